package org.militancymonitor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;

import org.springframework.util.StringUtils;

/**
 * Which PostgreSQL the tests run on, decided once per JVM: {@code SPRING_DATASOURCE_URL}
 * if set; else a Testcontainers PostgreSQL when Docker is available; else an embedded
 * PostgreSQL. Never H2, which cannot run the PostgreSQL migrations.
 */
public enum TestDatabase {

	/**
	 * The database {@code SPRING_DATASOURCE_URL} names; Spring Boot connects as usual.
	 */
	CONFIGURED,

	/** A PostgreSQL container wired with {@code @ServiceConnection}. */
	TESTCONTAINERS,

	/** An embedded PostgreSQL server (Zonky), shared by every test context of the JVM. */
	EMBEDDED;

	private static final TestDatabase CHOSEN = choose();

	private static EmbeddedPostgres embedded;

	public static TestDatabase chosen() {
		return CHOSEN;
	}

	private static TestDatabase choose() {
		if (StringUtils.hasText(System.getenv("SPRING_DATASOURCE_URL"))
				|| StringUtils.hasText(System.getProperty("spring.datasource.url"))) {
			return CONFIGURED;
		}
		return dockerAvailable() ? TESTCONTAINERS : EMBEDDED;
	}

	private static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException | LinkageError ex) {
			return false;
		}
	}

	/**
	 * The JVM-wide embedded server, started on first use and stopped when the JVM exits.
	 */
	public static synchronized EmbeddedPostgres embeddedServer() {
		if (embedded == null) {
			try {
				Path directory = Files.createTempDirectory("militancy-test-pg");
				// a minute, not 10 s, for the server to accept connections: a loaded
				// machine can take longer
				embedded = EmbeddedPostgres.builder()
					.setDataDirectory(directory)
					.setCleanDataDirectory(true)
					.setPGStartupWait(Duration.ofMinutes(1))
					.start();
				EmbeddedPostgres server = embedded;
				Runtime.getRuntime().addShutdownHook(new Thread(() -> {
					try {
						server.close();
					}
					catch (IOException ex) {
						// the JVM is exiting; nothing more to do
					}
				}));
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not start the embedded PostgreSQL for the tests", ex);
			}
		}
		return embedded;
	}

}
