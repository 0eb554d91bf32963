package org.militancymonitor.system;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.militancymonitor.Await;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link AdmissionControl} on real threads: requests beyond the limit wait and go in the
 * order they came; one that waits too long is answered 503. A request that holds its
 * permit holds it until the test lets it go, and those that should wait in line may wait
 * minutes, so that a loaded machine's slowness changes no outcome.
 */
class AdmissionControlTests {

	private final ExecutorService threads = Executors.newCachedThreadPool();

	private final CountDownLatch release = new CountDownLatch(1);

	private final CountDownLatch firstStarted = new CountDownLatch(1);

	private final List<String> served = new CopyOnWriteArrayList<>();

	@AfterEach
	void stopThreads() throws InterruptedException {
		this.release.countDown();
		this.threads.shutdown();
		assertThat(this.threads.awaitTermination(Await.TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isTrue();
	}

	@Test
	void shouldLetWaitingRequestsInInTheOrderTheyCame() throws Exception {
		AdmissionControl admission = new AdmissionControl(1, Duration.ofMinutes(5));
		Future<?> first = this.threads.submit(() -> request(admission, "/incidents?page=0", this.release));
		assertThat(this.firstStarted.await(Await.TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isTrue();
		Future<?> second = this.threads.submit(() -> request(admission, "/incidents?page=1", null));
		awaitWaiting(admission, 1);
		Future<?> third = this.threads.submit(() -> request(admission, "/incidents?page=2", null));
		awaitWaiting(admission, 2);
		Future<?> fourth = this.threads.submit(() -> request(admission, "/incidents?page=3", null));
		awaitWaiting(admission, 3);
		assertThat(this.served).containsExactly("/incidents?page=0");

		this.release.countDown();
		for (Future<?> request : List.of(first, second, third, fourth)) {
			assertThat(request.get(Await.TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isEqualTo(200);
		}
		assertThat(this.served).containsExactly("/incidents?page=0", "/incidents?page=1", "/incidents?page=2",
				"/incidents?page=3");
	}

	@Test
	void shouldAnswer503WithRetryAfterWhenNoPermitFreesInTime() throws Exception {
		AdmissionControl admission = busyWithOneSearch();

		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/incidents");
		MockHttpServletResponse response = new MockHttpServletResponse();
		admission.doFilter(request, response, (req, res) -> this.served.add("/incidents"));

		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After")).isEqualTo("1");
		assertThat(this.served).containsExactly("/search?q=TTP");
		assertThat(admission.waiting()).isZero();
	}

	@Test
	void shouldNotHoldHealthProbesBehindBusyRequests() throws Exception {
		AdmissionControl admission = busyWithOneSearch();

		MockHttpServletResponse response = new MockHttpServletResponse();
		admission.doFilter(new MockHttpServletRequest("GET", "/actuator/health"), response,
				(req, res) -> this.served.add("/actuator/health"));

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(this.served).containsExactly("/search?q=TTP", "/actuator/health");
	}

	@Test
	void shouldNotHoldStaticAssetsBehindBusyRequests() throws Exception {
		AdmissionControl admission = busyWithOneSearch();

		for (String asset : List.of("/css/militancy.css", "/js/graph.js", "/geo/pk-af-boundaries.geojson",
				"/favicon.ico", "/favicon.svg")) {
			MockHttpServletResponse response = new MockHttpServletResponse();
			admission.doFilter(new MockHttpServletRequest("GET", asset), response,
					(req, res) -> this.served.add(asset));
			assertThat(response.getStatus()).as(asset).isEqualTo(200);
		}
		assertThat(this.served).containsExactly("/search?q=TTP", "/css/militancy.css", "/js/graph.js",
				"/geo/pk-af-boundaries.geojson", "/favicon.ico", "/favicon.svg");
	}

	@Test
	void shouldNotHoldChangesBehindBusyReads() throws Exception {
		AdmissionControl admission = busyWithOneSearch();

		MockHttpServletResponse response = new MockHttpServletResponse();
		admission.doFilter(new MockHttpServletRequest("POST", "/incidents/1/edit"), response,
				(req, res) -> this.served.add("POST /incidents/1/edit"));

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(this.served).containsExactly("/search?q=TTP", "POST /incidents/1/edit");
	}

	@Test
	void shouldBoundChangesByTheirOwnPermits() throws Exception {
		AdmissionControl admission = new AdmissionControl(5, 1, Duration.ofMillis(200));
		CountDownLatch started = new CountDownLatch(1);
		this.threads.submit(() -> {
			try {
				admission.doFilter(new MockHttpServletRequest("POST", "/sources/new"), new MockHttpServletResponse(),
						(req, res) -> {
							started.countDown();
							try {
								this.release.await(5, TimeUnit.MINUTES);
							}
							catch (InterruptedException ex) {
								Thread.currentThread().interrupt();
							}
						});
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
			return null;
		});
		assertThat(started.await(Await.TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isTrue();

		MockHttpServletResponse second = new MockHttpServletResponse();
		admission.doFilter(new MockHttpServletRequest("POST", "/sources/new"), second,
				(req, res) -> this.served.add("second POST"));
		MockHttpServletResponse read = new MockHttpServletResponse();
		admission.doFilter(new MockHttpServletRequest("GET", "/sources"), read, (req, res) -> this.served.add("GET"));

		assertThat(second.getStatus()).as("a second change while the only write permit is taken").isEqualTo(503);
		assertThat(read.getStatus()).as("a read meanwhile").isEqualTo(200);
		assertThat(this.served).containsExactly("GET");
	}

	@Test
	void shouldKeepATurnForOtherRoutesWhileOneRouteHoldsItsShare() throws Exception {
		// three turns, two of them at most for one route
		AdmissionControl admission = new AdmissionControl(3, 1, Duration.ofMillis(300));
		this.threads.submit(() -> request(admission, "/incidents?page=0", this.release));
		this.threads.submit(() -> request(admission, "/incidents/12", this.release));
		Await.until("two incident pages holding their turns", () -> admission.active(true) == 2);

		assertThat(request(admission, "/incidents?page=1", null)).as("a third of the route").isEqualTo(503);
		assertThat(request(admission, "/reports", null)).as("another route meanwhile").isEqualTo(200);
		assertThat(request(admission, "/api/v1/incidents", null)).as("the API's route").isEqualTo(200);
		assertThat(admission.refused()).isEqualTo(1);
	}

	@Test
	void shouldTellTheRouteOfAPath() {
		assertThat(AdmissionControl.route("/incidents")).isEqualTo("/incidents");
		assertThat(AdmissionControl.route("/incidents/12/edit")).isEqualTo("/incidents");
		assertThat(AdmissionControl.route("/incidents.csv")).isEqualTo("/incidents.csv");
		assertThat(AdmissionControl.route("/api/v1/incidents/12")).isEqualTo("/api/v1/incidents");
		assertThat(AdmissionControl.route("/api/ping")).isEqualTo("/api/ping");
		assertThat(AdmissionControl.route("/api/v1")).isEqualTo("/api/v1");
		assertThat(AdmissionControl.route("/")).isEqualTo("/");
	}

	/**
	 * Admission for one request at a time, waiting 200 ms at most, with that one taken by
	 * a search that holds it until the test ends.
	 */
	private AdmissionControl busyWithOneSearch() throws InterruptedException {
		AdmissionControl admission = new AdmissionControl(1, Duration.ofMillis(200));
		this.threads.submit(() -> request(admission, "/search?q=TTP", this.release));
		assertThat(this.firstStarted.await(Await.TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isTrue();
		return admission;
	}

	/**
	 * One request through the filter; the chain notes it and, given a latch, holds its
	 * permit until the latch opens (which the test does however it ends). Returns the
	 * response status.
	 */
	private int request(AdmissionControl admission, String uri, CountDownLatch holdUntil) {
		String[] parts = uri.split("\\?", 2);
		MockHttpServletRequest request = new MockHttpServletRequest("GET", parts[0]);
		request.setQueryString((parts.length > 1) ? parts[1] : null);
		MockHttpServletResponse response = new MockHttpServletResponse();
		FilterChain chain = (req, res) -> {
			this.served.add(uri);
			if (holdUntil != null) {
				this.firstStarted.countDown();
				try {
					if (!holdUntil.await(5, TimeUnit.MINUTES)) {
						throw new IllegalStateException("The test never let " + uri + " go");
					}
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
		};
		try {
			admission.doFilter(request, response, chain);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		return response.getStatus();
	}

	private static void awaitWaiting(AdmissionControl admission, int count) {
		Await.until(count + " requests waiting", () -> admission.waiting() >= count);
		assertThat(admission.waiting()).isEqualTo(count);
	}

}
