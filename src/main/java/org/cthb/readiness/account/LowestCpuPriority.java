package org.cthb.readiness.account;

import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Puts the calling thread at the lowest CPU priority of the operating system (nice 19 on Linux), for work that must
 * yield to everything else: a password check then runs on whatever CPU the requests of people already signed in
 * leave, instead of taking a core from them while a sign-in flood lasts. Java's own thread priorities are ignored
 * on Linux unless the JVM runs with special flags and rights; raising a thread's own niceness needs neither, so the
 * thread asks {@code renice} for its own thread id (read from /proc/thread-self). Elsewhere, or without renice, the
 * thread keeps its priority and the pool's size alone bounds the CPU that hashing takes.
 */
final class LowestCpuPriority {

    private static final Logger LOG = Logger.getLogger(LowestCpuPriority.class);
    static final int NICE = 19;

    private LowestCpuPriority() {
    }

    static void ofThisThread() {
        Path self = Path.of("/proc/thread-self");
        if (!Files.exists(self)) {
            return;
        }
        try {
            // "<pid>/task/<tid>"; setpriority(2) on a thread id changes that thread only.
            String tid = Files.readSymbolicLink(self).getFileName().toString();
            Process renice = new ProcessBuilder("renice", "-n", String.valueOf(NICE), "-p", tid)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!renice.waitFor(10, TimeUnit.SECONDS) || renice.exitValue() != 0) {
                renice.destroyForcibly();
                LOG.warnf("Could not lower the CPU priority of %s; password checks compete with requests at equal"
                        + " priority", Thread.currentThread().getName());
            }
        } catch (IOException | RuntimeException e) {
            LOG.warnf("Could not lower the CPU priority of %s (%s); password checks compete with requests at equal"
                    + " priority", Thread.currentThread().getName(), e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The niceness of the calling thread, from /proc (tests); -100 when it cannot be read. */
    static int ofCurrentThread() {
        try {
            String stat = Files.readString(Path.of("/proc/thread-self/stat"));
            // Fields after the command name in parentheses: state is field 3, nice is field 19.
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Integer.parseInt(f[16]);
        } catch (IOException | RuntimeException e) {
            return -100;
        }
    }
}
