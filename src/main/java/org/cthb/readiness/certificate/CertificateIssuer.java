package org.cthb.readiness.certificate;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.cthb.readiness.audit.AuditLog;
import org.cthb.readiness.learning.Dashboard;
import org.cthb.readiness.learning.LearningService;
import org.cthb.readiness.quiz.ModulePassed;
import org.cthb.readiness.quiz.TrainingCycles;
import org.cthb.readiness.standard.Standards;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.stream.Collectors;

/**
 * Issues a certificate, in the grading transaction, when a passed quiz completes every module that the minimum
 * standard asks of the learner (the baseline and their nation's overlay, for every role they deploy in). A pass in
 * a renewal round issues a new certificate; the earlier ones stay as they were.
 */
@ApplicationScoped
public class CertificateIssuer {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    LearningService learning;
    @Inject
    Standards standards;
    @Inject
    Holders holders;
    @Inject
    AuditLog audit;
    @Inject
    Event<CertificateIssued> issuedEvents;
    @Inject
    TrainingCycles cycles;

    /**
     * The dashboard counts only the current round's passes, so a round completes, and certifies, once; a module
     * recognised from a credential earned elsewhere counts as done.
     */
    @Transactional
    void onModulePassed(@Observes ModulePassed passed) {
        Dashboard dashboard = learning.dashboard(passed.accountId(), "en");
        if (dashboard.complete()) {
            issue(passed.accountId(), passed.versionId(), dashboard, standards.forAccount(passed.accountId()));
        }
    }

    /**
     * When a recognition arrives last (the learner passed the rest here): certifies in the caller's transaction if
     * every required module is now done, unless the learner already holds a certificate of this round (one that
     * cannot be renewed yet), so that a recognition added afterwards never certifies twice.
     */
    @Transactional
    public void issueIfComplete(long accountId) {
        if (cycles.of(accountId).closedOn(LocalDate.now(ZoneOffset.UTC))) {
            return;
        }
        Dashboard dashboard = learning.dashboard(accountId, "en");
        if (dashboard.complete()) {
            issue(accountId, dashboard.versionId(), dashboard, standards.forAccount(accountId));
        }
    }

    /**
     * A certificate resting on a recognition no longer means what it says once the recognition is revoked (the
     * module was never shown here): it is revoked too, with a reason that says so, and audited, never deleted.
     * Returns the numbers of the certificates revoked.
     */
    @Transactional
    public java.util.List<String> revokeRestingOn(long recognitionId, String moduleId, String source, String reason,
                                                  String by) {
        Instant now = Instant.now();
        return Certificate.restingOn(recognitionId).stream().map(certificate -> {
            String why = truncated("The recognition of module " + moduleId + " (" + source + ") it rests on was revoked: "
                    + reason);
            certificate.revoke(why, by, now);
            audit.record("CERTIFICATE_REVOKED", "certificate", certificate.certificateNumber().display(),
                    certificate.nationIso3, why);
            return certificate.certificateNumber().display();
        }).toList();
    }

    private static String truncated(String reason) {
        return reason.length() <= 500 ? reason : reason.substring(0, 499) + "\u2026";
    }

    private void issue(long accountId, long versionId, Dashboard dashboard, Standards.Applied standard) {
        Instant now = Instant.now();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        java.util.Optional<LocalDate> lastRecognisedDay = dashboard.modules().stream()
                .filter(m -> m.status() == Dashboard.Status.RECOGNISED && m.recognisedUntil() != null)
                .map(m -> LocalDate.ofInstant(m.recognisedUntil().plusSeconds(1), ZoneOffset.UTC).minusDays(1))
                .min(LocalDate::compareTo);
        if (lastRecognisedDay.isPresent() && lastRecognisedDay.get().isBefore(today)) {
            // A recognised credential runs out before today ends: a certificate could not outlive it by a single
            // day, so none is issued; the module is owed again once it has expired.
            return;
        }
        Holders.Holder holder = holders.of(accountId);
        Certificate certificate = new Certificate();
        certificate.number = freshNumber().compact();
        certificate.accountId = accountId;
        certificate.personId = holder.personId();
        certificate.courseVersionId = versionId;
        certificate.holderName = holder.name();
        certificate.nationIso3 = holder.nationIso3();
        certificate.subjectPseudonym = holder.pseudonym();
        certificate.standardName = standard.name();
        certificate.standardVersion = standard.baselineVersion();
        certificate.overlayVersion = standard.overlayVersion();
        certificate.roles = standard.roles().stream().map(Enum::name).collect(Collectors.joining(","));
        certificate.issuedAt = now;
        certificate.issuedOn = today;
        certificate.expiresOn = certificate.issuedOn.plusMonths(standard.requirement().validityMonths());
        // Never outlive a credential a recognised module rests on: the last whole day (UTC) before it runs out.
        lastRecognisedDay.filter(last -> last.isBefore(certificate.expiresOn))
                .ifPresent(last -> certificate.expiresOn = last);
        certificate.statusListIndex = nextStatusListIndex();
        dashboard.modules().forEach(m -> {
            if (m.status() == Dashboard.Status.RECOGNISED) {
                certificate.recognised.put(m.moduleId(), new RecognisedModule(m.recognitionId(), m.recognisedFrom()));
            } else {
                certificate.modules.put(m.moduleId(), m.bestScore());
            }
        });
        certificate.persist();
        audit.record("CERTIFICATE_ISSUED", "certificate", certificate.certificateNumber().display(),
                certificate.nationIso3, "course version " + versionId + ", " + standard.name() + ", baseline v"
                        + standard.baselineVersion() + ", roles " + certificate.roles + ", valid until "
                        + certificate.expiresOn + (certificate.recognised.isEmpty() ? ""
                        : ", recognised " + certificate.recognised.keySet()));
        issuedEvents.fire(new CertificateIssued(certificate.id));
    }

    /** 55 random bits make a clash unlikely; the loop (and the unique constraint) make it impossible. */
    private static CertificateNumber freshNumber() {
        CertificateNumber number = CertificateNumber.random();
        while (Certificate.numberTaken(number)) {
            number = CertificateNumber.random();
        }
        return number;
    }

    /**
     * A random unused index, so that an index says nothing about when or how many certificates were issued
     * (Bitstring Status List, section 6.4). The counter row's lock makes concurrent issuances take turns, and its
     * value (how many were issued) sizes the range so that it is never more than half full, which keeps the
     * retries few; the unique constraint is the last guard.
     */
    private static int nextStatusListIndex() {
        var em = Panache.getEntityManager();
        int issued = ((Number) em.createNativeQuery(
                "select next_value from certificate_counter where name = 'status_list_index' for update")
                .getSingleResult()).intValue();
        em.createNativeQuery("update certificate_counter set next_value = next_value + 1 where name = 'status_list_index'")
                .executeUpdate();
        int step = BitstringStatusList.MINIMUM_BITS;
        int range = Math.max(step, (2 * (issued + 1) / step + 1) * step);
        int index = RANDOM.nextInt(range);
        while (Certificate.statusListIndexTaken(index)) {
            index = RANDOM.nextInt(range);
        }
        return index;
    }
}
