package org.cthb.readiness.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrowserBinariesTest {

    private static final Map<String, String> NONE_GIVEN = Map.of(BrowserBinaries.CHROMIUM_PROPERTY, "",
            BrowserBinaries.CHROMEDRIVER_PROPERTY, "");

    @TempDir
    Path root;

    @Test
    void debianPackagesAreFoundWhereTheyInstall() throws IOException {
        Path chromium = program("usr/bin/chromium");
        Path driver = program("usr/bin/chromedriver");

        assertThat(BrowserBinaries.find(NONE_GIVEN, root)).isEqualTo(new BrowserBinaries(chromium, driver));
    }

    @Test
    void ubuntusSnapIsFoundToo() throws IOException {
        Path chromium = program("snap/bin/chromium");
        Path driver = program("snap/bin/chromium.chromedriver");

        assertThat(BrowserBinaries.find(NONE_GIVEN, root)).isEqualTo(new BrowserBinaries(chromium, driver));
    }

    @Test
    void aMachineWithoutChromiumGetsOneMessageWithTheInstallCommandAndNoStackTrace() {
        BrowserBinaries.Missing missing = catchThrowableOfType(BrowserBinaries.Missing.class,
                () -> BrowserBinaries.find(NONE_GIVEN, root));

        assertThat(missing.getMessage()).contains("sudo apt-get install chromium chromium-driver",
                "No Chromium found at /usr/bin/chromium", "No chromedriver (Chromium's WebDriver) found at /usr/bin/chromedriver")
                .doesNotContain("\n");
        assertThat(missing.getStackTrace()).isEmpty();
        assertThat(missing.getCause()).isNull();
    }

    @Test
    void onlyTheMissingDriverIsNamedWhenTheBrowserIsThere() throws IOException {
        program("usr/bin/chromium");

        BrowserBinaries.Missing missing = catchThrowableOfType(BrowserBinaries.Missing.class,
                () -> BrowserBinaries.find(NONE_GIVEN, root));

        assertThat(missing.getMessage()).contains("chromedriver", BrowserBinaries.INSTALL)
                .doesNotContain("No Chromium");
    }

    @Test
    void aFileThatCannotBeRunIsNotABrowser() throws IOException {
        Path chromium = program("usr/bin/chromium");
        program("usr/bin/chromedriver");
        Files.setPosixFilePermissions(chromium, PosixFilePermissions.fromString("rw-r--r--"));

        assertThat(catchThrowableOfType(BrowserBinaries.Missing.class, () -> BrowserBinaries.find(NONE_GIVEN, root))
                .getMessage()).contains("No Chromium found");
    }

    @Test
    void aPathGivenOnTheCommandLineIsTheOnlyPlaceLookedAt() throws IOException {
        program("usr/bin/chromium");
        Path driver = program("usr/bin/chromedriver");
        Path own = program("opt/chromium/chrome");
        Map<String, String> given = Map.of(BrowserBinaries.CHROMIUM_PROPERTY, own.toString(),
                BrowserBinaries.CHROMEDRIVER_PROPERTY, "");

        assertThat(BrowserBinaries.find(given, root)).isEqualTo(new BrowserBinaries(own, driver));

        Map<String, String> wrong = Map.of(BrowserBinaries.CHROMIUM_PROPERTY, root.resolve("nowhere").toString(),
                BrowserBinaries.CHROMEDRIVER_PROPERTY, "");
        assertThat(catchThrowableOfType(BrowserBinaries.Missing.class, () -> BrowserBinaries.find(wrong, root))
                .getMessage()).contains("No executable Chromium at " + root.resolve("nowhere") + " (-Dcthb.chromium)");
    }

    private Path program(String path) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "#!/bin/sh\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }
}
