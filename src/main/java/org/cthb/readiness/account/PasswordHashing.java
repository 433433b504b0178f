package org.cthb.readiness.account;

import io.quarkus.runtime.BlockingOperationControl;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.cthb.readiness.error.RetryLater;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Runs password hashing on a fixed pool with a short queue. Each Argon2id check holds 19 MiB and a core for about
 * 80 ms: unbounded, a sign-in flood takes all memory and CPU; bounded, it costs at most the pool's share, and
 * whoever finds the queue full is told to come back (503) instead of waiting.
 */
@ApplicationScoped
public class PasswordHashing {

    @ConfigProperty(name = "cthb.password-hashing.threads")
    Optional<Integer> configuredThreads;
    @ConfigProperty(name = "cthb.password-hashing.queue")
    Optional<Integer> configuredQueue;
    @ConfigProperty(name = "cthb.password-hashing.retry-after", defaultValue = "PT2S")
    Duration retryAfter;
    @ConfigProperty(name = "cthb.password-hashing.refusal-delay", defaultValue = "PT1S")
    Duration refusalDelay;

    private ThreadPoolExecutor pool;
    private final AtomicLong completed = new AtomicLong();

    @PostConstruct
    void start() {
        int threads = configuredThreads.orElse(defaultThreads(Runtime.getRuntime().availableProcessors()));
        int queue = configuredQueue.orElse(4 * threads);
        AtomicInteger number = new AtomicInteger();
        pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(Math.max(1, queue)), work -> {
                    Thread thread = new Thread(() -> {
                        LowestCpuPriority.ofThisThread();
                        work.run();
                    }, "password-hashing-" + number.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.AbortPolicy());
    }

    /**
     * Half the cores, at least one: a sign-in flood may fill the pool, never more than half the machine, so the
     * people already answering keep the other half (bench: "Quiz flow under a sign-in flood").
     */
    static int defaultThreads(int cores) {
        return Math.max(1, cores / 2);
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }

    /** Runs {@code work} on the pool and waits for it; refuses with 503 when the pool and its queue are full. */
    public <T> T run(Supplier<T> work) {
        // The caller waits here: on an event loop that would stall every request that loop serves.
        if (!BlockingOperationControl.isBlockingAllowed()) {
            throw new IllegalStateException("Password hashing must not be awaited on an event loop thread");
        }
        Future<T> result;
        try {
            result = pool.submit(() -> {
                T value = work.get();
                completed.incrementAndGet();
                return value;
            });
        } catch (RejectedExecutionException full) {
            throw busy();
        }
        return await(result);
    }

    /**
     * Whether a new check would find no room. Asked before any other work for a sign-in (no worker thread, no
     * database), so that refusing the excess of a flood costs next to nothing; the pool's own refusal stays the rule.
     */
    public boolean isFull() {
        return pool.getQueue().remainingCapacity() == 0 && pool.getActiveCount() >= pool.getMaximumPoolSize();
    }

    public RetryLater busy() {
        return new RetryLater(503, retryAfter.toSeconds(), "Many people are signing in right now; please try"
                + " again in " + retryAfter.toSeconds() + " seconds.");
    }

    /**
     * How long a refusal for lack of room is held before it is sent. Holding costs a timer, not a thread; a client
     * that signs in again as soon as it is refused (a flood, a script in a loop) is slowed to about one attempt per
     * delay, instead of taking the CPU that people already signed in need.
     */
    public Duration refusalDelay() {
        return refusalDelay;
    }

    private static <T> T await(Future<T> result) {
        try {
            return result.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a password check", e);
        }
    }

    /** Checks finished so far, so that tests can tell a refusal that never hashed. */
    long completed() {
        return completed.get();
    }

    int queued() {
        return pool.getQueue().size();
    }
}
