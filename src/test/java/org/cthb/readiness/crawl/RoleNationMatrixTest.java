package org.cthb.readiness.crawl;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Role × operation × nation, generated from the OpenAPI document: every operation, called by every role, on the
 * records of the caller's own nation and of another nation. Asserts that another nation's data is never returned
 * (nor another person's, to a learner, author or HQ staff), that a role the document does not list gets 401
 * (anonymous) or 403, that a listed role is never refused on its own records, and that an officer acting on
 * another nation's records gets 403 or 404. Writes carry bodies valid enough to pass validation, so that a refusal
 * proves the authorisation rather than a check of the body.
 */
@QuarkusTest
class RoleNationMatrixTest {

    /**
     * Public by design: anyone holding a certificate number may verify it and read the holder's name and nation
     * (PRODUCT.md, verification). Its answer is excluded from the leak check, and only from it.
     */
    private static final String PUBLIC_VERIFICATION = "GET /api/certificates/{number}";
    /** Path parameters that name records of one nation: acting on another nation's must be refused. */
    private static final Set<String> NATION_BOUND = Set.of("iso3", "number", "id");

    @Test
    void noRoleReadsOrActsOnAnotherNationsRecords() {
        Cast cast = Cast.create("NOR", "DNK");
        List<OpenApi.Operation> operations = OpenApi.read();
        Map<Actor, WebSession> sessions = new EnumMap<>(Actor.class);
        for (Actor actor : Actor.values()) {
            sessions.put(actor, actor.session(cast));
        }
        Verdicts verdicts = new Verdicts();
        List<String> faults = new ArrayList<>();
        int cells = 0;
        for (OpenApi.Operation op : operations) {
            for (Actor actor : Actor.values()) {
                for (boolean own : new boolean[]{true, false}) {
                    cells++;
                    Cast.NationCast target = own ? cast.own : cast.other;
                    long attempt = own && actor == Actor.LEARNER_CERTIFIED ? target.passedAttempt() : target.openAttempt();
                    ApiFuzzer caller = new ApiFuzzer(actor, sessions.get(actor), verdicts);
                    Map<String, String> path = ApiValues.path(op, cast, target, attempt);
                    Response response = caller.call(op, own ? "own nation" : "other nation", path,
                            ApiValues.query(op, cast, target), body(op));
                    if (response != null) {
                        judge(faults, cast, op, actor, own, response, path.values());
                    }
                }
            }
        }
        faults.addAll(verdicts.faults());
        assertThat(faults).as("leaks and wrong refusals in %d cells of %d operations", cells, operations.size())
                .isEmpty();
        assertThat(operations).as("the document lists the nation-bound operations")
                .extracting(Object::toString).contains("GET /api/nations/{iso3}/readiness",
                        "GET /api/certificates/{number}/pdf", "PUT /api/learning/attempts/{id}/answers/{question}");
    }

    private static void judge(List<String> faults, Cast cast, OpenApi.Operation op, Actor actor, boolean own,
                              Response response, java.util.Collection<String> sent) {
        String cell = op + " as " + actor + " on " + (own ? "own" : "other") + " nation -> " + response.statusCode();
        int status = response.statusCode();
        if (!op.allows(actor.role())) {
            int expected = actor == Actor.ANONYMOUS ? 401 : 403;
            if (status != expected) {
                faults.add(cell + ": the document does not allow " + actor + ", expected " + expected);
            }
        } else if (own && actsOnOwnRecords(actor, op) && (status == 401 || status == 403)) {
            faults.add(cell + ": refused although the document allows " + actor + " on its own records");
        }
        boolean nationBound = op.in("path").stream().anyMatch(p -> NATION_BOUND.contains(p.name()))
                && !op.toString().equals(PUBLIC_VERIFICATION) && !op.path().startsWith("/api/courses/")
                && !op.path().startsWith("/api/authoring/");
        if (!own && nationBound && actor != Actor.ADMIN && status != 401 && status != 403 && status != 404) {
            faults.add(cell + ": acted on another nation's records");
        }
        if (actor != Actor.ADMIN && !op.toString().equals(PUBLIC_VERIFICATION)) {
            String body = response.asString();
            for (String secret : forbidden(cast, actor)) {
                // A refusal may repeat what the caller sent ("No certificate G9D-..."): that is no leak.
                boolean echoed = sent.stream().anyMatch(v -> v.contains(secret) || secret.contains(v));
                if (body.contains(secret) && !echoed) {
                    faults.add(cell + ": returned " + secret + " (" + Verdicts.abbreviate(body) + ")");
                }
            }
        }
    }

    /** Whether the own-nation records used for this operation are the actor's to act on. */
    private static boolean actsOnOwnRecords(Actor actor, OpenApi.Operation op) {
        boolean personal = op.path().contains("/attempts/") || op.path().contains("{number}");
        return switch (actor) {
            case ADMIN, OFFICER, AUTHOR, HQ_STAFF -> true;
            case LEARNER_CERTIFIED -> true;
            case LEARNER_MID_QUIZ -> !op.path().contains("{number}");
            case LEARNER_NOT_STARTED -> !personal;
            case ANONYMOUS -> false;
        };
    }

    /** What the actor must never receive: the other nation's people, and (but for officers) other people at all. */
    private static List<String> forbidden(Cast cast, Actor actor) {
        List<String> secrets = new ArrayList<>(cast.other.secrets());
        if (actor == Actor.OFFICER) {
            return secrets;
        }
        Cast.NationCast own = cast.own;
        if (actor != Actor.LEARNER_NOT_STARTED) {
            secrets.addAll(List.of(own.newLearner(), own.marker() + "Alpha"));
        }
        if (actor != Actor.LEARNER_MID_QUIZ) {
            secrets.addAll(List.of(own.midQuizLearner(), own.marker() + "Bravo"));
        }
        if (actor != Actor.LEARNER_CERTIFIED) {
            secrets.addAll(List.of(own.certifiedLearner(), own.marker() + "Charlie"));
        }
        return secrets;
    }

    /** Bodies valid enough to pass validation, so that what answers is the authorisation. */
    private static ApiFuzzer.Body body(OpenApi.Operation op) {
        String json = "application/json";
        if (op.path().endsWith("/revoke")) {
            return new ApiFuzzer.Body(json, "{\"reason\":\"Role and nation matrix test\"}", false);
        }
        if (op.path().equals("/api/nations/{iso3}/standard") && op.method().equals("put")) {
            return new ApiFuzzer.Body(json, "{\"basedOn\":999999,\"note\":\"matrix\",\"roles\":{}}", false);
        }
        if (op.path().endsWith("/answers/{question}")) {
            return new ApiFuzzer.Body(json, "{\"options\":[\"1\"]}", false);
        }
        return ApiFuzzer.baseBody(op);
    }
}
