package dev.adolink.server.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser for UI journeys: Debian's {@code /usr/bin/chromium}, headless, driven through
 * {@code /usr/bin/chromedriver} (given explicitly, so Selenium never tries to download one), with a
 * fresh profile. A test class starts one in {@code @BeforeAll} (with
 * {@code @TestInstance(PER_CLASS)}) and closes it in {@code @AfterAll}; each test signs in as its
 * own user. Without Chromium, {@link #start} skips the class (a JUnit assumption; {@code .ci/run}
 * installs it). Screenshots go to {@code target/screenshots/}.
 */
public final class HeadlessChromium implements AutoCloseable {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private final ChromeDriver driver;
  private final Path profile;
  private final String base;

  private HeadlessChromium(TestApi api) {
    try {
      profile = Files.createTempDirectory("adolink-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,1000",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    base = api.baseUrl();
  }

  /** Skips the calling test (a JUnit assumption) when Chromium or its driver is missing. */
  public static void requireInstalled() {
    assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "Chromium is not installed (apt-get install chromium chromium-driver)");
  }

  public static HeadlessChromium start(TestApi api) {
    requireInstalled();
    return new HeadlessChromium(api);
  }

  /**
   * Signs in through the login form (as nobody first: a browser shared by a test class may switch
   * users) and expects to land on the organizations page.
   */
  public HeadlessChromium signIn(String email, String password) {
    submitLogin(email, password);
    assertThat(text("h1")).as(page()).isEqualTo("Organizations");
    return this;
  }

  /** Fills and sends the login form with no session, whatever it answers. */
  public void submitLogin(String email, String password) {
    open("/login");
    driver.manage().deleteAllCookies();
    open("/login");
    type("input[name=username]", email);
    type("input[name=password]", password);
    submit("form button[type=submit]");
  }

  /** A path of the server under test. */
  public void open(String path) {
    driver.get(path.startsWith("http") ? path : base + path);
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

  /** The text of the whole page. */
  public String page() {
    return find("body").getText();
  }

  public void type(String css, String text) {
    WebElement field = find(css);
    field.clear();
    field.sendKeys(text);
  }

  public void select(String css, String visibleText) {
    new Select(find(css)).selectByVisibleText(visibleText);
  }

  public void selectValue(String css, String value) {
    new Select(find(css)).selectByValue(value);
  }

  /** Clicks something that stays on the page (a checkbox, a summary). */
  public void click(String css) {
    find(css).click();
  }

  /** Clicks a button or link that loads another page, and waits for that page. */
  public void submit(String css) {
    navigate(find(css));
  }

  /** Clicks the button or link of this text inside {@code css}, and waits for the next page. */
  public void clickText(String css, String text) {
    navigate(
        driver.findElements(By.cssSelector(css + " button, " + css + " a")).stream()
            .filter(element -> element.getText().strip().equals(text))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no '" + text + "' in " + css + ": " + page())));
  }

  /**
   * Clicks a button whose form asks first ({@code data-confirm}), accepts the question and waits
   * for the next page; answers the question asked.
   */
  public String submitConfirming(String css) {
    String[] question = new String[1];
    navigate(
        () -> {
          find(css).click();
          org.openqa.selenium.Alert alert =
              new WebDriverWait(driver, Duration.ofSeconds(10))
                  .until(org.openqa.selenium.support.ui.ExpectedConditions.alertIsPresent());
          question[0] = alert.getText();
          alert.accept();
        });
    return question[0];
  }

  private void navigate(WebElement target) {
    navigate(target::click);
  }

  /**
   * Marks the current page, runs the action and waits until another page has loaded: the mark (a
   * property of {@code window}) is gone with the old page. Errors while the page is swapped are
   * retried until the timeout.
   */
  private void navigate(Runnable action) {
    driver.executeScript("window.adolinkOldPage = true");
    action.run();
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .ignoring(WebDriverException.class)
        .until(
            d ->
                Boolean.TRUE.equals(
                    ((ChromeDriver) d)
                        .executeScript(
                            "return window.adolinkOldPage === undefined"
                                + " && document.readyState === 'complete'")));
  }

  /** Waits (up to 30 s) until the browser is on a page whose URL contains this text. */
  public void awaitUrl(String part) {
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    wait.until(d -> d.getCurrentUrl().contains(part));
    wait.until(
        d -> "complete".equals(((ChromeDriver) d).executeScript("return document.readyState")));
  }

  /**
   * How long the browser took to load the current page, redirects included: from the navigation's
   * start to the end of its load event (the Navigation Timing API).
   */
  public long loadMillis() {
    Object millis =
        driver.executeScript(
            "const n = performance.getEntriesByType('navigation')[0];"
                + " return Math.round((n.loadEventEnd > 0 ? n.loadEventEnd : n.responseEnd)"
                + " - n.startTime);");
    return ((Number) millis).longValue();
  }

  /**
   * Reloads the page until an element's text contains {@code text} (up to 30 s), for what the
   * server finishes in the background (a page that did not wait for Azure DevOps).
   */
  public void reloadUntil(String css, String text) {
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .ignoring(WebDriverException.class)
        .until(
            d -> {
              if (d.findElements(By.cssSelector(css)).stream()
                  .anyMatch(element -> element.getText().contains(text))) {
                return true;
              }
              d.navigate().refresh();
              return false;
            });
  }

  /** Resizes the browser's window (the default is 1280 × 1000). */
  public void resize(int width, int height) {
    driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
  }

  /** Loads the current page again. */
  public void reload() {
    navigate(() -> driver.navigate().refresh());
  }

  public String url() {
    return driver.getCurrentUrl();
  }

  /** Saves the whole page as {@code target/screenshots/<name>.png}, for people to look at. */
  public void screenshot(String name) {
    long height = (Long) driver.executeScript("return document.documentElement.scrollHeight");
    driver
        .manage()
        .window()
        .setSize(new Dimension(1280, (int) Math.min(Math.max(height, 800), 4000)));
    try {
      Files.createDirectories(SCREENSHOTS);
      File shot = driver.getScreenshotAs(OutputType.FILE);
      Files.copy(
          shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      driver.manage().window().setSize(new Dimension(1280, 1000));
    }
  }

  /** Saves the page's HTML as {@code target/screenshots/<name>.html}. */
  public void saveSource(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Files.writeString(SCREENSHOTS.resolve(name + ".html"), driver.getPageSource());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Quits Chromium; the last page is kept as {@code target/screenshots/last-page.html}. */
  @Override
  public void close() {
    try {
      saveSource("last-page");
      driver.quit();
    } finally {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      } catch (IOException e) {
        // the profile is in the temporary directory; a leftover does no harm
      }
    }
  }
}
