package org.militancymonitor.system;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Level;

import org.militancymonitor.Await;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.util.FileSystemUtils;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Headless Chromium for the browser tests, on a temporary profile deleted when it is
 * closed, keeping the pages' console messages ({@link LogType#BROWSER}). Where no
 * Chromium is installed, {@link #start(String)} skips the test, saying why
 * ({@code .ci/run} installs Debian's).
 */
final class Chromium implements AutoCloseable {

	static final String BINARY = System.getenv().getOrDefault("CHROME_BIN", "/usr/bin/chromium");

	static final String DRIVER = System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver");

	/**
	 * How long the browser tests wait for anything a page does: generous, as a loaded
	 * two-core machine can take seconds for what takes milliseconds alone.
	 */
	static final Duration WAIT = Await.TIMEOUT;

	private final WebDriver driver;

	private final Path profile;

	private Chromium(WebDriver driver, Path profile) {
		this.driver = driver;
		this.profile = profile;
	}

	/**
	 * Starts Chromium, or skips the test (or the whole class, from a {@code @BeforeAll})
	 * where it is not installed.
	 * @param name names the temporary profile directory
	 */
	static Chromium start(String name) {
		assumeTrue(new File(BINARY).canExecute() && new File(DRIVER).canExecute(),
				"No Chromium at " + BINARY + " with ChromeDriver at " + DRIVER
						+ ": the browser test is skipped (apt-get install chromium chromium-driver, as .ci/run does)");
		Path profile;
		try {
			profile = Files.createTempDirectory(name + "-chromium");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(BINARY);
		// reduced motion: Bootstrap then scrolls at once, not smoothly, so that a click
		// on an
		// element below the first screen does not land while the page is still scrolling
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--window-size=1280,2000", "--force-prefers-reduced-motion", "--user-data-dir=" + profile);
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
		// a minute, not 20 s, for ChromeDriver to answer once started: a loaded
		// machine can take longer
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
			.usingAnyFreePort()
			.withTimeout(WAIT)
			.build();
		try {
			return new Chromium(new ChromeDriver(service, options), profile);
		}
		catch (RuntimeException ex) {
			FileSystemUtils.deleteRecursively(profile.toFile());
			throw ex;
		}
	}

	WebDriver driver() {
		return this.driver;
	}

	/** A wait of {@link #WAIT} on the browser. */
	WebDriverWait waiting() {
		return new WebDriverWait(this.driver, WAIT);
	}

	/**
	 * Waits until the browser shows a page whose address contains {@code part} and has
	 * finished loading: a click or a submit that navigates may return before the new page
	 * is there.
	 */
	void awaitPage(String part) {
		waiting()
			.withMessage(() -> "a loaded page at an address with " + part + " (at " + this.driver.getCurrentUrl() + ")")
			.until((driver) -> driver.getCurrentUrl().contains(part)
					&& "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
	}

	/**
	 * Signs the browser in through the real sign-in page, as a person would.
	 * @param base the application's address, such as {@code http://localhost:8080}
	 */
	void signIn(String base, String username, String password) {
		this.driver.get(base + "/login");
		this.driver.findElement(By.id("username")).sendKeys(username);
		this.driver.findElement(By.id("password")).sendKeys(password);
		this.driver.findElement(By.id("login-submit")).click();
		waiting().withMessage(() -> "signed in as " + username + " (at " + this.driver.getCurrentUrl() + ")")
			.until((driver) -> !driver.findElements(By.id("signed-in-as")).isEmpty());
	}

	@Override
	public void close() {
		try {
			this.driver.quit();
		}
		finally {
			FileSystemUtils.deleteRecursively(this.profile.toFile());
		}
	}

}
