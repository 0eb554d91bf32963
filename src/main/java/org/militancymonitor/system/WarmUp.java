package org.militancymonitor.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Requests every kind of page for {@code militancy.warm-up.duration} (30s) after
 * start-up, before the application reports that it is ready (readiness,
 * {@code /actuator/health}): a fresh JVM interprets the code of a page for its first
 * hundreds of renderings and compiles it over minutes, and 32 clients arriving at once
 * then waited seconds.
 * <p>
 * The requests go to the application's own HTTP port on the loopback address, through
 * every filter: Spring Security's rules, the {@link PageCache} (which keeps what they
 * render, as for any analyst) and the {@link AdmissionControl}. They carry the cookie of
 * a session the application makes for itself in Tomcat's session manager, signed in as an
 * analyst named {@value #USER} with no account and no password, never sent anywhere; the
 * session is ended when the warm-up is. Nothing is written.
 */
@Component
@Order
class WarmUp implements ApplicationRunner {

	static final String USER = "warm-up";

	private static final Log logger = LogFactory.getLog(WarmUp.class);

	// a kept page first: however short the warm-up, it leaves one in the page cache
	private static final List<String> FIXED = List.of("/contested", "/", "/graph", "/statements", "/reports",
			"/sources", "/incidents", "/incidents?page=5", "/incidents?sort=fatalities&dir=desc",
			"/incidents?sort=date&dir=asc", "/incidents?from=2021-01-01&to=2021-12-31",
			"/incidents?from=2024-08-01&to=2024-08-28&sort=fatalities&dir=desc", "/incidents?page=399", "/search?q=TTP",
			"/search?q=Kabul", "/search?q=Daesh", "/search?q=propaganda", "/search?q=Majeed+Brigade");

	private final ApplicationContext context;

	private final JdbcClient jdbc;

	private final Duration duration;

	private final int threads;

	private final String address;

	WarmUp(ApplicationContext context, JdbcClient jdbc, @Value("${militancy.warm-up.duration:30s}") Duration duration,
			@Value("${militancy.warm-up.threads:2}") int threads, @Value("${server.address:}") String address,
			@Value("${server.ssl.enabled:false}") boolean ssl) {
		this.context = context;
		this.jdbc = jdbc;
		this.duration = ssl ? Duration.ZERO : duration;
		this.threads = Math.max(1, threads);
		this.address = (address.isBlank() || address.equals("0.0.0.0") || address.equals("::")) ? "127.0.0.1" : address;
	}

	@Override
	public void run(ApplicationArguments args) throws InterruptedException {
		Result result = warmUp();
		if (result.requests() > 0) {
			logger.info("Warmed up with " + result.requests() + " requests for every kind of page in "
					+ result.elapsed().toMillis() + " ms"
					+ ((result.failures() > 0) ? " (" + result.failures() + " not answered 200)" : ""));
		}
	}

	/** Requests the pages for the set duration, unless there is nothing to do it on. */
	Result warmUp() throws InterruptedException {
		if (this.duration.isZero() || this.duration.isNegative()
				|| !(this.context instanceof ServletWebServerApplicationContext web)
				|| !(web.getWebServer() instanceof TomcatWebServer tomcat) || tomcat.getPort() <= 0) {
			return new Result(0, 0, Duration.ZERO);
		}
		Context servletContext = (Context) tomcat.getTomcat().getHost().findChildren()[0];
		Session session = servletContext.getManager().createSession(null);
		try {
			session.getSession()
				.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, signedIn());
			String cookie = ((servletContext.getSessionCookieName() != null) ? servletContext.getSessionCookieName()
					: "JSESSIONID") + "=" + session.getIdInternal();
			return warmUp("http://" + (this.address.contains(":") ? "[" + this.address + "]" : this.address) + ":"
					+ tomcat.getPort() + servletContext.getPath(), cookie);
		}
		finally {
			session.expire();
		}
	}

	private static SecurityContext signedIn() {
		List<GrantedAuthority> roles = List.of(new SimpleGrantedAuthority("ROLE_ANALYST"));
		SecurityContext security = SecurityContextHolder.createEmptyContext();
		security.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(new User(USER, "", roles), null, roles));
		return security;
	}

	private Result warmUp(String base, String cookie) throws InterruptedException {
		List<String> paths = new ArrayList<>(FIXED);
		List<String> groups = this.jdbc.sql("select slug from militant_group order by slug").query(String.class).list();
		long end = System.nanoTime() + this.duration.toNanos();
		AtomicInteger requests = new AtomicInteger();
		AtomicInteger failures = new AtomicInteger();
		AtomicLong round = new AtomicLong();
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		ExecutorService workers = Executors.newFixedThreadPool(this.threads, (task) -> {
			Thread thread = new Thread(task, "warm-up");
			thread.setDaemon(true);
			return thread;
		});
		long started = System.nanoTime();
		for (int t = 0; t < this.threads; t++) {
			workers.execute(() -> {
				while (System.nanoTime() < end && !Thread.currentThread().isInterrupted()) {
					long r = round.getAndIncrement();
					List<String> work = new ArrayList<>(paths);
					// every profile, a page of its incidents that is not kept yet:
					// renders
					for (String slug : groups) {
						work.add("/groups/" + slug + ((r == 0) ? "" : "?incidentPage=" + (r % 40)));
					}
					for (String path : work) {
						if (System.nanoTime() >= end) {
							return;
						}
						requests.incrementAndGet();
						if (!get(http, base + path, cookie)) {
							failures.incrementAndGet();
						}
					}
				}
			});
		}
		workers.shutdown();
		if (!workers.awaitTermination(this.duration.toSeconds() + 60, TimeUnit.SECONDS)) {
			workers.shutdownNow();
		}
		return new Result(requests.get(), failures.get(), Duration.ofNanos(System.nanoTime() - started));
	}

	private static boolean get(HttpClient http, String url, String cookie) {
		try {
			HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(url))
				.header("Cookie", cookie)
				.timeout(Duration.ofSeconds(30))
				.build(), HttpResponse.BodyHandlers.discarding());
			return response.statusCode() == 200;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
		catch (java.io.IOException | RuntimeException ex) {
			return false;
		}
	}

	/** What a warm-up asked for, how many answers were not 200, and how long it took. */
	record Result(int requests, int failures, Duration elapsed) {
	}

}
