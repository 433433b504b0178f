package org.cthb.readiness.account;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import org.cthb.readiness.TestAccounts;
import org.cthb.readiness.security.Role;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.cthb.readiness.account.Throttles.basic;
import static org.cthb.readiness.account.Throttles.form;
import static org.cthb.readiness.account.Throttles.freshAddress;

/** Password checks run on a small bounded pool (here one thread and one queued check: UntrustedPeerProfile). */
@QuarkusTest
@TestProfile(UntrustedPeerProfile.class)
class PasswordHashingTest {

    @Inject
    PasswordHashing hashing;
    @Inject
    PasswordHasher hasher;
    @Inject
    Vertx vertx;

    @Test
    void aFullPoolAnswers503WithRetryAfterAndNothingElseWaits() throws Exception {
        String email = TestAccounts.create(Role.LEARNER, null);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch running = new CountDownLatch(1);
        CompletableFuture<Void> busy = CompletableFuture.runAsync(() -> hashing.run(() -> {
            running.countDown();
            await(release);
            return null;
        }));
        assertThat(running.await(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> queued = CompletableFuture.runAsync(() -> hashing.run(() -> null));
        while (hashing.queued() < 1) {
            Thread.onSpinWait();
        }
        try {
            Response api = basic(freshAddress(), email, TestAccounts.PASSWORD);
            assertThat(api.statusCode()).isEqualTo(503);
            assertThat(api.contentType()).startsWith("application/problem+json");
            assertThat(Long.parseLong(api.header("Retry-After"))).isPositive();

            long sent = System.nanoTime();
            Response post = form(freshAddress(), email, TestAccounts.PASSWORD);
            // Held for the refusal delay (0.7 s in this profile), so a client retrying in a loop is slowed down.
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sent)).isGreaterThanOrEqualTo(700);
            assertThat(post.statusCode()).isEqualTo(303);
            assertThat(post.header("Location")).contains("/signin?busy=");
            Response page = given().get(post.header("Location"));
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.header("Retry-After")).isNotNull();
            assertThat(Jsoup.parse(page.asString()).select("[role=alert]").text()).contains("try again in");
        } finally {
            release.countDown();
        }
        busy.get(30, TimeUnit.SECONDS);
        queued.get(30, TimeUnit.SECONDS);
        // A refusal for lack of room is not a failed password: no throttle counts it.
        basic(freshAddress(), email, TestAccounts.PASSWORD).then().statusCode(200);
    }

    @Test
    void checksRunAtTheLowestCpuPriority() {
        assumeTrue(java.nio.file.Files.exists(java.nio.file.Path.of("/proc/thread-self")), "Linux only");
        assertThat(hashing.run(LowestCpuPriority::ofCurrentThread)).isEqualTo(LowestCpuPriority.NICE);
    }

    @Test
    void hashingIsRefusedOnTheEventLoop() throws Exception {
        CompletableFuture<Throwable> outcome = new CompletableFuture<>();
        vertx.runOnContext(ignored -> {
            try {
                hasher.matches("password", null);
                outcome.complete(null);
            } catch (Throwable e) {
                outcome.complete(e);
            }
        });
        assertThat(outcome.get(30, TimeUnit.SECONDS)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("event loop");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
