package org.cthb.readiness.account;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicIntegerArray;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Password checks yield the CPU to requests: their threads run at the lowest priority, and the pool is half the cores. */
class LowestCpuPriorityTest {

    @Test
    void aThreadLowersItsOwnPriorityToTheLowestAndNoOtherThreads() throws Exception {
        assumeTrue(Files.exists(Path.of("/proc/thread-self")), "Linux only");
        AtomicIntegerArray nice = new AtomicIntegerArray(3);
        Thread worker = new Thread(() -> {
            // Start from the normal priority where allowed (a build run under `nice` starts at the lowest already).
            renice(0);
            nice.set(0, LowestCpuPriority.ofCurrentThread());
            LowestCpuPriority.ofThisThread();
            nice.set(1, LowestCpuPriority.ofCurrentThread());
        });
        int before = LowestCpuPriority.ofCurrentThread();
        worker.start();
        worker.join();
        assumeTrue(nice.get(0) < LowestCpuPriority.NICE, "this JVM runs at the lowest priority already");
        assertThat(nice.get(1)).isEqualTo(LowestCpuPriority.NICE);
        // Only the calling thread: the one that started it keeps its own.
        assertThat(LowestCpuPriority.ofCurrentThread()).isEqualTo(before);
    }

    @Test
    void thePoolDefaultsToHalfTheCoresAndAtLeastOne() {
        assertThat(PasswordHashing.defaultThreads(1)).isEqualTo(1);
        assertThat(PasswordHashing.defaultThreads(2)).isEqualTo(1);
        assertThat(PasswordHashing.defaultThreads(3)).isEqualTo(1);
        assertThat(PasswordHashing.defaultThreads(4)).isEqualTo(2);
        assertThat(PasswordHashing.defaultThreads(16)).isEqualTo(8);
    }

    private static void renice(int value) {
        try {
            String tid = Files.readSymbolicLink(Path.of("/proc/thread-self")).getFileName().toString();
            new ProcessBuilder("renice", "-n", String.valueOf(value), "-p", tid)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        } catch (Exception e) {
            // not allowed: the assumption above skips the test
        }
    }
}
