package org.militancymonitor.system;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets at most {@code militancy.web.max-active-requests} requests work at once; the
 * others wait their turn in the order they came.
 * <p>
 * Tomcat's queue of requests waiting for a thread is not that order: a thread that has
 * answered a request on a kept-alive connection reads the connection's next request at
 * once if it has already arrived, ahead of every request in the queue. With more
 * connections than threads, some connections are then served again and again while the
 * others wait. Here every request has a thread (server.tomcat threads are many, and cheap
 * while they wait) and takes a permit from a fair semaphore before it starts.
 * <p>
 * A request that waits longer than {@code militancy.web.max-wait} is answered 503
 * (Service Unavailable) with a Retry-After header. Actuator endpoints (health probes) do
 * not wait, nor do stylesheets, scripts and the favicon, nor pages the {@link PageCache}
 * answers, which comes first: each is cheap and need not queue behind pages being
 * rendered.
 * <p>
 * Changes (any method but GET and HEAD) have a lane of their own, with
 * {@code militancy.web.max-active-writes} permits: an editor's save is rare and waits for
 * no queue of readers, and a flood of posts still cannot take more than those permits.
 * <p>
 * No one route (the path to its first segment past {@code /api/v1}, such as
 * {@code /incidents} or {@code /api/v1/incidents}) holds more than
 * {@code militancy.web.max-active-per-route} of the reads' turns (one less than them
 * all): when a table is locked and its pages wait for the statement timeout, the other
 * pages still get a turn.
 */
@Component
@Order(AdmissionControl.ORDER)
class AdmissionControl extends OncePerRequestFilter {

	/** After Spring's own filters and the {@link PageCache}, just before the servlet. */
	static final int ORDER = Ordered.LOWEST_PRECEDENCE;

	/**
	 * Paths that never wait: health probes, and the static assets, the map's boundaries
	 * and WebJars.
	 */
	private static final List<String> UNQUEUED = List.of("/actuator/", "/css/", "/js/", "/webjars/", "/geo/",
			"/favicon.ico", "/favicon.svg");

	private static final int MAX_ROUTES = 100;

	private final Semaphore permits;

	private final Semaphore writes;

	private final long maxWaitNanos;

	private final int maxActive;

	private final int maxWrites;

	/** Requests turned away with 503 after waiting {@code max-wait} for a turn. */
	private final LongAdder refused = new LongAdder();

	private final int maxActivePerRoute;

	/** Each route's share of the reads' turns, for the first routes asked for. */
	private final Map<String, Semaphore> routes = new ConcurrentHashMap<>();

	@Autowired
	AdmissionControl(@Value("${militancy.web.max-active-requests:5}") int maxActive,
			@Value("${militancy.web.max-active-writes:2}") int maxWrites,
			@Value("${militancy.web.max-active-per-route:0}") int maxActivePerRoute,
			@Value("${militancy.web.max-wait:10s}") Duration maxWait) {
		this.maxActive = maxActive;
		this.maxActivePerRoute = (maxActivePerRoute > 0) ? Math.min(maxActivePerRoute, maxActive)
				: Math.max(1, maxActive - 1);
		this.maxWrites = maxWrites;
		this.permits = new Semaphore(maxActive, true);
		this.writes = new Semaphore(maxWrites, true);
		this.maxWaitNanos = maxWait.toNanos();
	}

	AdmissionControl(int maxActive, int maxWrites, Duration maxWait) {
		this(maxActive, maxWrites, 0, maxWait);
	}

	AdmissionControl(int maxActive, Duration maxWait) {
		this(maxActive, 1, maxWait);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return isUnqueued(request);
	}

	/**
	 * Whether a request is one that never waits (also for a save, {@link WritesFirst}).
	 */
	static boolean isUnqueued(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return UNQUEUED.stream().anyMatch(path::startsWith);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean reads = HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod());
		long deadline = System.nanoTime() + this.maxWaitNanos;
		Semaphore share = (reads && this.maxActivePerRoute < this.maxActive) ? share(request) : null;
		if (share != null && !admit(share, deadline)) {
			refuse(response);
			return;
		}
		Semaphore lane = reads ? this.permits : this.writes;
		try {
			if (!admit(lane, deadline)) {
				refuse(response);
				return;
			}
			try {
				chain.doFilter(request, response);
			}
			finally {
				lane.release();
			}
		}
		finally {
			if (share != null) {
				share.release();
			}
		}
	}

	private void refuse(HttpServletResponse response) throws IOException {
		this.refused.increment();
		response.setHeader(HttpHeaders.RETRY_AFTER, "1");
		response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
	}

	/** The route's share of the turns; routes past the first hundred share one. */
	private Semaphore share(HttpServletRequest request) {
		String route = route(request.getRequestURI().substring(request.getContextPath().length()));
		Semaphore share = this.routes.get(route);
		if (share == null) {
			share = this.routes.computeIfAbsent((this.routes.size() < MAX_ROUTES) ? route : "",
					(key) -> new Semaphore(this.maxActivePerRoute, true));
		}
		return share;
	}

	/**
	 * The path to its first segment, or past {@code /api} and a version to the next:
	 * {@code /incidents/12} is {@code /incidents}, {@code /api/v1/incidents/12} is
	 * {@code /api/v1/incidents}.
	 */
	static String route(String path) {
		int from = 1;
		if (path.startsWith("/api/")) {
			from = 5;
			if (path.startsWith("v", from)) {
				int version = path.indexOf('/', from);
				from = (version < 0) ? path.length() : version + 1;
			}
		}
		int end = path.indexOf('/', Math.min(from, path.length()));
		return (end < 0) ? path : path.substring(0, end);
	}

	private boolean admit(Semaphore lane, long deadline) {
		try {
			return lane.tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/** Requests waiting for a permit now. */
	int waiting() {
		return waiting(true) + waiting(false);
	}

	/**
	 * Requests waiting for a turn now, reads (for their route's share or for a turn) or
	 * writes.
	 */
	int waiting(boolean reads) {
		if (!reads) {
			return this.writes.getQueueLength();
		}
		int waiting = this.permits.getQueueLength();
		for (Semaphore share : this.routes.values()) {
			waiting += share.getQueueLength();
		}
		return waiting;
	}

	/** Requests holding a turn now, reads or writes. */
	int active(boolean reads) {
		return reads ? this.maxActive - this.permits.availablePermits()
				: this.maxWrites - this.writes.availablePermits();
	}

	/** The turns there are for reads or for writes. */
	int turns(boolean reads) {
		return reads ? this.maxActive : this.maxWrites;
	}

	/** Requests turned away since start (503 after waiting for a turn). */
	long refused() {
		return this.refused.sum();
	}

}
