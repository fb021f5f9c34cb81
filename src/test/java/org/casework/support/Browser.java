package org.casework.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium driven through ChromeDriver: Debian's packages ({@code chromium}, {@code chromium-driver}),
 * which {@code .ci/run} installs, so no browser is ever downloaded. Other paths can be given with the system
 * properties {@code casework.chromium} and {@code casework.chromedriver}.
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = System.getProperty("casework.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("casework.chromedriver", "/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final String base;
    private final File profile;

    private Browser(ChromeDriver driver, String base, File profile) {
        this.driver = driver;
        this.base = base;
        this.profile = profile;
    }

    public static Browser open(int port) {
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            throw new IllegalStateException("Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                    + ": apt-get install chromium chromium-driver (as .ci/run does)");
        }
        try {
            var profile = Files.createTempDirectory("casework-chromium").toFile();
            var service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER))
                    .usingAnyFreePort()
                    .build();
            var options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            // Without the networking switches Chromium keeps calling home, which this closed network refuses.
            options.addArguments(
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--window-size=1280,1000",
                    "--user-data-dir=" + profile.getAbsolutePath());
            var driver = new ChromeDriver(service, options);
            driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
            return new Browser(driver, "http://localhost:" + port, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Forgets every cookie, so the next page is seen by someone not signed in. */
    public Browser startAfresh() {
        driver.manage().deleteAllCookies();
        return this;
    }

    public Browser visit(String path) {
        driver.get(base + path);
        return this;
    }

    /** Signs in through the sign-in page, as a person would. */
    public Browser signIn(String username, String password) {
        visit("/sign-in");
        type("#username", username);
        type("#password", password);
        press("Sign in");
        return this;
    }

    public Browser signOut() {
        press("Sign out");
        return this;
    }

    public Browser type(String css, String text) {
        var field = find(css);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /**
     * Clicks the button (or link) whose visible text starts with this text, and waits for the page it leads to, so
     * that what the test reads next is the new page.
     */
    public Browser press(String text) {
        var page = driver.findElement(By.tagName("html"));
        driver.findElement(By.xpath("//button[starts-with(normalize-space(.), '" + text + "')]"
                        + " | //a[starts-with(normalize-space(.), '" + text + "')]"))
                .click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(page));
        return this;
    }

    /**
     * Clicks the button in the page's main content whose text starts with this text, for when the header has a link
     * with the same words (the portal's "Sign in" link beside the sign-in form's "Sign in" button).
     */
    public Browser submit(String text) {
        var page = driver.findElement(By.tagName("html"));
        driver.findElement(By.xpath("//main//button[starts-with(normalize-space(.), '" + text + "')]"))
                .click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(page));
        return this;
    }

    /** Picks a radio button or checkbox by its label. */
    public Browser choose(String label) {
        driver.findElement(By.xpath("//label[normalize-space(.) = '" + label + "']"))
                .click();
        return this;
    }

    /** Runs a script in the page and returns what it returns. */
    public Object script(String javascript) {
        return driver.executeScript(javascript);
    }

    /** Waits until the element matching the selector shows the text (for parts of a page that htmx replaces). */
    public Browser waitForText(String css, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
        return this;
    }

    /** Picks an option of a select box by its value. */
    public Browser select(String css, String value) {
        new Select(find(css)).selectByValue(value);
        return this;
    }

    /**
     * Clicks the button whose text starts with this text and waits until htmx has replaced the region (and not
     * reloaded the page), so that what the test reads next is the new content.
     */
    public Browser pressUpdating(String text, String regionCss) {
        var page = driver.findElement(By.tagName("html"));
        var region = find(regionCss);
        driver.findElement(By.xpath("//button[starts-with(normalize-space(.), '" + text + "')]"))
                .click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(region));
        waitFor(regionCss);
        assertThat(isStale(page))
                .as("htmx replaced part of the page rather than reloading it")
                .isFalse();
        return this;
    }

    /**
     * Does something that replaces what {@code css} matches (the whole page, {@code "html"}, or a part htmx redraws)
     * and waits until it has been replaced, so that what the test reads next is the new content.
     */
    public Browser replacing(String css, Runnable doing) {
        var before = find(css);
        doing.run();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(before));
        waitFor(css);
        return this;
    }

    /** Waits (up to ten seconds) for something to appear that a script adds, and returns it. */
    public WebElement waitFor(String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    /**
     * Sends the form twice, as a double click or an impatient officer would: first in the background, waiting for
     * the answer, then as the browser does, waiting for the page it leads to.
     */
    public Browser submitTwice(String formCss) {
        var page = driver.findElement(By.tagName("html"));
        driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const form = document.querySelector(arguments[0]);
                fetch(form.action, {method: 'POST', body: new URLSearchParams(new FormData(form)), redirect: 'manual'})
                    .then(() => done(), () => done());
                """, formCss);
        find(formCss).submit();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(page));
        return this;
    }

    private static boolean isStale(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException gone) {
            return true;
        }
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public String text(String css) {
        return find(css).getText();
    }

    public String heading() {
        var headings = all("h1");
        if (headings.isEmpty()) throw new AssertionError("No heading on " + url() + ":\n" + driver.getPageSource());
        return headings.getFirst().getText();
    }

    public String title() {
        return driver.getTitle();
    }

    public String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    public String pageText() {
        return find("body").getText();
    }

    /** The table's body rows, each as the text of its cells. */
    public List<List<String>> rows(String tableCss) {
        return all(tableCss + " tbody tr").stream()
                .map(row -> row.findElements(By.cssSelector("td")).stream()
                        .map(WebElement::getText)
                        .toList())
                .toList();
    }

    /** A cookie the browser holds for the service, such as the session's, for a request made outside the browser. */
    public String cookie(String name) {
        var cookie = driver.manage().getCookieNamed(name);
        if (cookie == null) throw new AssertionError("The browser holds no cookie named " + name);
        return cookie.getValue();
    }

    /** Runs axe-core on the page as it stands: no serious or critical accessibility violations allowed. */
    public Browser assertAccessible() {
        var results = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
                .analyze(driver);
        var serious = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .toList();
        assertThat(serious)
                .as(() -> "Accessibility violations on " + path() + ":\n" + describe(serious))
                .isEmpty();
        return this;
    }

    private static String describe(List<Rule> rules) {
        return rules.stream()
                .map(rule -> rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " at "
                        + rule.getNodes().stream()
                                .map(node -> String.valueOf(node.getTarget()))
                                .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile.toPath())) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .map(java.nio.file.Path::toFile)
                    .forEach(File::delete);
        } catch (IOException ignored) {
            // A temporary folder left behind is harmless.
        }
    }
}
