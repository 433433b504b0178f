package org.cthb.readiness.offline;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cthb.readiness.database.DuplicateKey;
import org.cthb.readiness.database.TransactionConflict;
import org.cthb.readiness.error.InvalidInput;
import org.cthb.readiness.learning.LearningService;
import org.cthb.readiness.quiz.QuizService;

import java.time.Instant;
import java.util.regex.Pattern;

/**
 * Receives what a learner did offline, change by change, in the order the browser queued them. Each change carries
 * an id the browser made; the first time it is applied within the usual rules (a lesson of the learner's version; an
 * answer to their own open attempt) and its outcome kept; sent again (a reply lost on a poor connection), it returns
 * that outcome and changes nothing, so a queued answer never overwrites one given later. An answer to an attempt
 * submitted meanwhile (in another window, on another device) is refused: the submitted attempt wins.
 */
@ApplicationScoped
public class OfflineChanges {

    /** Browsers make UUIDs ({@code crypto.randomUUID()}); any short, plain id will do. */
    static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9_-]{8,64}");

    @Inject
    LearningService learning;
    @Inject
    QuizService quizzes;

    /** The outcome kept for a change; {@code status} 409 when the attempt had been submitted. */
    record Kept(String kind, int status, String outcome, boolean replayed) {
    }

    public OfflineOutcome apply(long accountId, String clientId, OfflineChange change, String language) {
        if (clientId == null || !CLIENT_ID.matcher(clientId).matches()) {
            throw new InvalidInput("clientId", "give the change an id of 8 to 64 letters, digits, '-' or '_'");
        }
        validate(change);
        Kept kept;
        try {
            kept = QuarkusTransaction.requiringNew().call(() -> applyOnce(accountId, clientId, change, language));
        } catch (RuntimeException e) {
            // The same change sent twice at the same moment (a retry overtaking a slow reply): the loser reads the
            // winner's receipt.
            if (!DuplicateKey.isDuplicate(e) && !TransactionConflict.isConflict(e)) {
                throw e;
            }
            kept = QuarkusTransaction.requiringNew().call(() -> applyOnce(accountId, clientId, change, language));
        }
        if (kept.status() == 409) {
            throw new SubmittedElsewhere(kept.outcome());
        }
        return new OfflineOutcome(clientId, kept.kind(), true, kept.replayed());
    }

    private Kept applyOnce(long accountId, String clientId, OfflineChange change, String language) {
        OfflineReceipt.Key key = new OfflineReceipt.Key(accountId, clientId);
        OfflineReceipt earlier = OfflineReceipt.findById(key);
        if (earlier != null) {
            return new Kept(earlier.kind, earlier.status, earlier.outcome, true);
        }
        int status = 200;
        String outcome;
        if ("lesson".equals(change.kind())) {
            learning.markDone(accountId, change.version(), change.module(), change.lesson(),
                    Boolean.TRUE.equals(change.alternative()), language);
            outcome = "lesson " + change.module() + "/" + change.lesson() + " of version " + change.version()
                    + " done";
        } else {
            Instant submitted = quizzes.submittedAt(accountId, change.attempt());
            if (submitted == null) {
                quizzes.saveShownAnswer(accountId, change.attempt(), change.question(), change.options());
                outcome = "answer to question " + change.question() + " of attempt " + change.attempt() + " saved";
            } else {
                status = 409;
                outcome = "Attempt " + change.attempt() + " was already submitted (in another window or on another "
                        + "device) at " + submitted + "; this answer to question " + change.question()
                        + ", given offline, was not saved. The submitted attempt stands.";
            }
        }
        OfflineReceipt receipt = new OfflineReceipt();
        receipt.key = key;
        receipt.kind = change.kind();
        receipt.status = status;
        receipt.outcome = outcome.length() > 500 ? outcome.substring(0, 500) : outcome;
        receipt.receivedAt = Instant.now();
        receipt.persist();
        receipt.flush();
        return new Kept(receipt.kind, status, receipt.outcome, false);
    }

    private static void validate(OfflineChange change) {
        if (change == null) {
            throw new InvalidInput("kind", "send the change as JSON: kind \"lesson\" or \"answer\" and its fields");
        }
        if ("lesson".equals(change.kind())) {
            require(change.version() != null, "version", "the course version of the lesson");
            require(change.module() != null && !change.module().isBlank(), "module", "the lesson's module id");
            require(change.lesson() != null && !change.lesson().isBlank(), "lesson", "the lesson's name");
        } else if ("answer".equals(change.kind())) {
            require(change.attempt() != null, "attempt", "the attempt's id");
            require(change.question() != null && !change.question().isBlank(), "question", "the question's id");
            require(change.options() != null && !change.options().isEmpty(), "options",
                    "the chosen options by their position as shown (\"1\", \"2\", ...)");
        } else {
            throw new InvalidInput("kind", "kind must be \"lesson\" or \"answer\"");
        }
    }

    private static void require(boolean given, String field, String what) {
        if (!given) {
            throw new InvalidInput(field, "give " + field + ": " + what);
        }
    }
}
