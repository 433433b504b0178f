package org.cthb.readiness.crawl;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every role calls every operation of the OpenAPI document, first with valid ids of its own nation, then (where the
 * role may act) with missing, wrong-typed, negative, huge and oversized parameters and bodies. Nothing may answer
 * 5xx, and every refusal is {@code application/problem+json} that says what is wrong.
 */
@QuarkusTest
class ApiFuzzCrawlTest {

    private static Cast cast;

    private static Cast cast() {
        if (cast == null) {
            cast = Cast.create("LTU", "POL");
        }
        return cast;
    }

    @ParameterizedTest
    @EnumSource(Actor.class)
    void everyOperationRefusesBadInputWithAProblem(Actor actor) {
        Cast cast = cast();
        WebSession session = actor.session(cast);
        Verdicts verdicts = new Verdicts();
        ApiFuzzer fuzzer = new ApiFuzzer(actor, session, verdicts);
        List<String> reached = new ArrayList<>();
        long attempt = actor == Actor.LEARNER_CERTIFIED ? cast.own.passedAttempt() : cast.own.openAttempt();
        for (OpenApi.Operation op : OpenApi.read()) {
            int status = FUZZED.contains(actor)
                    ? fuzzer.fuzz(op, ApiValues.path(op, cast, cast.own, attempt), ApiValues.query(op, cast, cast.own))
                    : probe(fuzzer, op, ApiValues.path(op, cast, cast.own, attempt), ApiValues.query(op, cast, cast.own));
            if (status != 401 && status != 403) {
                reached.add(op.toString());
            }
        }
        System.out.printf("API fuzz as %s: %d calls, %d faults%n%s%n", actor, fuzzer.calls(),
                verdicts.faults().size(), String.join("\n", verdicts.faults()));
        assertThat(verdicts.faults()).as("faults found calling the API as %s (%d calls)", actor, fuzzer.calls())
                .isEmpty();
        assertThat(reached).as("operations %s could act on", actor).contains(expected(actor));
    }

    /**
     * Who gets the bad values. A learner not started or certified and HQ staff call the same operations with the
     * same kinds of values as the learner mid-quiz and the other roles: they call every operation once, validly
     * (their own state differs), which keeps the class fast without losing a case.
     */
    private static final java.util.Set<Actor> FUZZED = java.util.EnumSet.of(Actor.ANONYMOUS, Actor.LEARNER_MID_QUIZ,
            Actor.AUTHOR, Actor.OFFICER, Actor.ADMIN);

    private static int probe(ApiFuzzer fuzzer, OpenApi.Operation op, java.util.Map<String, String> path,
                             java.util.Map<String, String> query) {
        io.restassured.response.Response response = fuzzer.call(op, "valid parameters", path, query,
                ApiFuzzer.baseBody(op));
        return response == null ? 599 : response.statusCode();
    }

    private static String[] expected(Actor actor) {
        return switch (actor) {
            case ANONYMOUS -> new String[]{"GET /api/nations", "GET /api/certificates/{number}"};
            case LEARNER_NOT_STARTED, LEARNER_MID_QUIZ, LEARNER_CERTIFIED ->
                    new String[]{"GET /api/learning/dashboard", "PUT /api/learning/attempts/{id}/answers/{question}"};
            case AUTHOR -> new String[]{"PUT /api/authoring/courses/{id}/draft", "POST /api/courses/import"};
            case OFFICER -> new String[]{"GET /api/nations/{iso3}/readiness", "POST /api/nations/{iso3}/roster"};
            case HQ_STAFF -> new String[]{"GET /api/missions/{code}/readiness"};
            case ADMIN -> new String[]{"POST /api/accounts", "PUT /api/standards/baseline", "GET /api/audit"};
        };
    }
}
