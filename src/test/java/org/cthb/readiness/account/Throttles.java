package org.cthb.readiness.account;

import org.cthb.readiness.Sessions;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.quarkus.hibernate.orm.panache.Panache;

import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;

/** Sign-in attempts from chosen addresses, and time passing for the throttles of one test. */
final class Throttles {

    private Throttles() {
    }

    /** An address from a documentation range (RFC 5737) that no other test uses. */
    static String freshAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "198.51." + random.nextInt(1, 255) + "." + random.nextInt(1, 255);
    }

    static RequestSpecification from(String address) {
        return given().header("X-Forwarded-For", address);
    }

    static Response basic(String address, String email, String password) {
        return from(address).auth().preemptive().basic(email, password).get("/api/me");
    }

    static Response form(String address, String email, String password) {
        Sessions.SignInForm form = Sessions.signInForm();
        return from(address).redirects().follow(false).cookies(form.cookies()).formParam("email", email)
                .formParam("password", password).post(form.action());
    }

    /**
     * Fails {@code count} sign-ins that the throttle counts: an attempt refused as too soon is repeated after
     * letting its wait pass. Returns the longest wait met.
     */
    static long fail(String address, String email, int count) {
        long longest = 0;
        for (int counted = 0; counted < count; ) {
            Response attempt = basic(address, email, "guess-" + counted);
            if (attempt.statusCode() == 429) {
                long wait = Long.parseLong(attempt.header("Retry-After"));
                longest = Math.max(longest, wait);
                age(wait, email, address);
            } else if (attempt.statusCode() == 401) {
                counted++;
            } else {
                throw new AssertionError("sign-in answered " + attempt.statusCode() + ": " + attempt.asString());
            }
        }
        return longest;
    }

    /** Lets {@code seconds} pass for the throttles of these subjects, as if their failures were that much older. */
    static void age(long seconds, String... subjects) {
        QuarkusTransaction.requiringNew().run(() -> Panache.getEntityManager()
                .createNativeQuery("update login_backoff set last_failure_at = last_failure_at - interval ?1 second"
                        + " where subject in (?2)")
                .setParameter(1, seconds).setParameter(2, java.util.List.of(subjects)).executeUpdate());
    }
}
