package org.militancymonitor.system;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

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
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--window-size=1280,2000", "--user-data-dir=" + profile);
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
			.usingAnyFreePort()
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
