package dev.adolink.server.support;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The base of a browser test class ({@code *BrowserIT}, annotated {@code @AdolinkIT}): one headless
 * Chromium for all of its tests, started before the first and closed after the last; the class is
 * skipped when Chromium is not installed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTest {

  @Autowired protected TestApi api;

  protected HeadlessChromium browser;

  @BeforeAll
  protected void startBrowser() {
    browser = HeadlessChromium.start(api);
  }

  @AfterAll
  protected void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }
}
