package org.cthb.readiness.integrations;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.fail;

/**
 * Runs the test-only npm tools of {@code src/test/js/integrations} (an xAPI validator, an OpenAPI linter), installed
 * with {@code npm ci} from the committed lock file. A missing install fails the test with the command that fixes it,
 * rather than skipping: a check that silently does not run proves nothing.
 */
public final class NodeChecks {

    public static final Path DIR = Path.of("src/test/js/integrations");
    public static final String INSTALL = "npm ci --prefix src/test/js/integrations";

    /** What a tool printed and how it ended. */
    public record Run(int exitCode, String output) {
    }

    private NodeChecks() {
    }

    /** Runs {@code node <script> <args>} in the tools' folder, at most {@code seconds}. */
    public static Run node(String script, long seconds, String... args) {
        List<String> command = new ArrayList<>(List.of("node", script));
        command.addAll(List.of(args));
        return run(command, seconds);
    }

    /** Runs a binary the packages installed ({@code node_modules/.bin/<name>}). */
    public static Run bin(String name, long seconds, String... args) {
        List<String> command = new ArrayList<>(List.of(DIR.resolve("node_modules/.bin").resolve(name)
                .toAbsolutePath().toString()));
        command.addAll(List.of(args));
        return run(command, seconds);
    }

    private static Run run(List<String> command, long seconds) {
        if (!Files.isDirectory(DIR.resolve("node_modules"))) {
            fail("The npm tools of the integration checks are not installed: run `" + INSTALL + "` (CI runs it in"
                    + " .ci/run) and this test again");
        }
        try {
            Path output = Files.createTempFile("node-check", ".txt");
            try {
                Process process = new ProcessBuilder(command).directory(DIR.toFile()).redirectErrorStream(true)
                        .redirectOutput(output.toFile()).start();
                if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    fail(String.join(" ", command) + " did not finish within " + seconds + " s");
                }
                return new Run(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not run " + command + " (is node on the PATH?): " + e.getMessage(),
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
