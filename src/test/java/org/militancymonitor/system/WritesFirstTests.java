package org.militancymonitor.system;

import java.security.Principal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.militancymonitor.Await;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link WritesFirst} on real threads: a signed-in user's change is held in its chain
 * until the test lets it go, and what a read does meanwhile is observed, not timed.
 */
class WritesFirstTests {

	private static final Principal EDITOR = () -> "editor";

	private final ExecutorService threads = Executors.newCachedThreadPool();

	private final CountDownLatch release = new CountDownLatch(1);

	private final List<String> served = new CopyOnWriteArrayList<>();

	@AfterEach
	void stopThreads() throws InterruptedException {
		this.release.countDown();
		this.threads.shutdown();
		assertThat(this.threads.awaitTermination(Await.TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isTrue();
	}

	@Test
	void shouldHoldReadsUntilASignedInUsersSaveIsDone() throws Exception {
		WritesFirst writesFirst = new WritesFirst(Duration.ofMinutes(5));
		Future<?> save = saving(writesFirst, EDITOR);

		Future<?> read = this.threads.submit(() -> request(writesFirst, "GET", "/incidents"));
		Await.until("the read to hold off", () -> writesFirst.waitingReads() == 1);
		assertThat(this.served).containsExactly("POST /incidents/1/edit");

		this.release.countDown();
		save.get(Await.TIMEOUT.toSeconds(), TimeUnit.SECONDS);
		read.get(Await.TIMEOUT.toSeconds(), TimeUnit.SECONDS);
		assertThat(this.served).containsExactly("POST /incidents/1/edit", "saved", "GET /incidents");
		assertThat(writesFirst.saving()).isZero();
	}

	@Test
	void shouldLetAReadGoAfterTheBoundWhileTheSaveGoesOn() throws Exception {
		WritesFirst writesFirst = new WritesFirst(Duration.ofMillis(100));
		saving(writesFirst, EDITOR);

		request(writesFirst, "GET", "/incidents");

		assertThat(this.served).containsExactly("POST /incidents/1/edit", "GET /incidents");
		assertThat(writesFirst.saving()).isOne();
	}

	@Test
	void shouldNotHoldReadsForAPostWithoutASignedInUser() throws Exception {
		WritesFirst writesFirst = new WritesFirst(Duration.ofMinutes(5));
		saving(writesFirst, null);

		request(writesFirst, "GET", "/incidents");

		assertThat(this.served).containsExactly("POST /incidents/1/edit", "GET /incidents");
		assertThat(writesFirst.saving()).isZero();
	}

	@Test
	void shouldNotHoldHealthProbesOrStaticAssets() throws Exception {
		WritesFirst writesFirst = new WritesFirst(Duration.ofMinutes(5));
		saving(writesFirst, EDITOR);

		for (String path : List.of("/actuator/health", "/css/militancy.css", "/js/region-charts.js",
				"/webjars/leaflet/leaflet.js", "/geo/pk-af-boundaries.geojson", "/favicon.svg")) {
			request(writesFirst, "GET", path);
		}

		assertThat(this.served).hasSize(7);
		assertThat(writesFirst.waitingReads()).isZero();
	}

	@Test
	void shouldHoldNothingWhenTurnedOff() throws Exception {
		WritesFirst writesFirst = new WritesFirst(Duration.ZERO);
		saving(writesFirst, EDITOR);

		request(writesFirst, "GET", "/incidents");

		assertThat(this.served).containsExactly("POST /incidents/1/edit", "GET /incidents");
		assertThat(writesFirst.saving()).as("a change is not even counted").isZero();
	}

	/**
	 * Starts a POST by {@code user} that is in its chain until {@link #release} opens.
	 */
	private Future<?> saving(WritesFirst writesFirst, Principal user) throws InterruptedException {
		CountDownLatch started = new CountDownLatch(1);
		Future<?> save = this.threads.submit(() -> {
			MockHttpServletRequest request = new MockHttpServletRequest("POST", "/incidents/1/edit");
			request.setUserPrincipal(user);
			writesFirst.doFilter(request, new MockHttpServletResponse(), (req, res) -> {
				this.served.add("POST /incidents/1/edit");
				started.countDown();
				try {
					if (!this.release.await(5, TimeUnit.MINUTES)) {
						throw new IllegalStateException("The test never let the save go");
					}
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				this.served.add("saved");
			});
			return null;
		});
		assertThat(started.await(Await.TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isTrue();
		return save;
	}

	private Void request(WritesFirst writesFirst, String method, String path) throws Exception {
		writesFirst.doFilter(new MockHttpServletRequest(method, path), new MockHttpServletResponse(),
				(req, res) -> this.served.add(method + " " + path));
		return null;
	}

}
