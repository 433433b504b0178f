package org.cthb.readiness.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** A real headless Chromium (Debian's chromium and chromium-driver) pointed at the application under test. */
final class Browser implements AutoCloseable {

    private final URI base;
    private final Path profile;
    private final ChromeDriver driver;

    Browser(URL base, BrowserBinaries binaries) {
        this.base = URI.create(base.toString());
        try {
            this.profile = Files.createTempDirectory("cthb-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions().setBinary(binaries.chromium().toFile()).addArguments("--headless=new",
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--lang=en-US",
                "--window-size=1280,900", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(binaries.chromedriver().toFile()).usingAnyFreePort().build();
        try {
            this.driver = new ChromeDriver(service, options);
        } catch (WebDriverException e) {
            deleteProfile();
            throw notStarted(binaries, e);
        }
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    /** Found but would not start, most often because the browser and the driver are of different versions. */
    static BrowserBinaries.Missing notStarted(BrowserBinaries binaries, WebDriverException e) {
        String message = String.valueOf(e.getMessage());
        return new BrowserBinaries.Missing("Chromium (" + binaries.chromium() + ") did not start under its WebDriver ("
                + binaries.chromedriver() + "): " + message.lines().findFirst().orElse("") + " Both must come from"
                + " the same release: " + BrowserBinaries.INSTALL);
    }

    WebDriver driver() {
        return driver;
    }

    /** Opens a path of the application, e.g. {@code /learn}. */
    void open(String path) {
        driver.get(base.resolve(path).toString());
    }

    /** The path and query of the current page, without scheme and host. */
    String path() {
        URI here = URI.create(driver.getCurrentUrl());
        return here.getRawQuery() == null ? here.getRawPath() : here.getRawPath() + "?" + here.getRawQuery();
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    String text(String css) {
        return find(css).getText();
    }

    String lang() {
        return find("html").getDomAttribute("lang");
    }

    /** Clicks a link or button of the current page and waits until the next page has replaced it. */
    void follow(String css) {
        follow(find(css));
    }

    /** Marks the page it leaves, since Chromium may answer about the old page while the new one loads. */
    void follow(WebElement linkOrButton) {
        driver.executeScript("document.documentElement.setAttribute('data-left', '')");
        linkOrButton.click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(driver.executeScript("return document.readyState === 'complete'"
                        + " && !document.documentElement.hasAttribute('data-left')")));
    }

    /** Fills the sign-in form the current page shows and submits it. */
    void signIn(String email, String password) {
        find("#email").sendKeys(email);
        find("#password").sendKeys(password);
        follow("main form button[type=submit]");
    }

    /** Opens the sign-in page in this language, switching with the header's language button (a POST) if needed. */
    void language(String lang) {
        open("/signin");
        if (!lang.equals(lang())) {
            follow("header form[action='/language'] button");
        }
    }

    /** Presses the header's sign-out button. */
    void signOut() {
        follow("header form[action='/signout'] button");
    }

    /** Forgets cookies, so that the next test starts as a new visitor. */
    void reset() {
        open("/support");
        driver.manage().deleteAllCookies();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteProfile();
        }
    }

    private void deleteProfile() {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            // A leftover temporary profile is harmless.
        }
    }
}
