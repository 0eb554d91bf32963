package org.militancymonitor.system;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import jakarta.servlet.FilterChain;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.militancymonitor.Await;
import org.militancymonitor.PostgresSpringBootTest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.LocaleResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * After a change, the last rendering of a page is served, stale, while one fresh
 * rendering is made, and never longer than {@code militancy.page-cache.max-staleness}
 * after the change was heard. Each test has a PageCache of its own, with a bound of its
 * own, in front of a rendering that counts itself; the data's version is moved by
 * {@link DataChangesBarrier} (every notification heard raises it).
 */
@PostgresSpringBootTest
@WithMockUser(roles = "ANALYST")
class PageCacheStalenessTests {

	private static final String PATH = "/groups/tjp";

	/** A page of a handler that gives its pages a bound of their own. */
	private static final String LAGGING = "/regions/pakistan";

	/** The version the rendering notes as that of a lagging value it shows (-1: none). */
	private volatile long servedVersion = -1;

	@Autowired
	ApplicationContext context;

	@Autowired
	DataChanges changes;

	@Autowired
	DataSource dataSource;

	@Autowired
	LocaleResolver locales;

	@Autowired
	ObjectProvider<SessionFragment> fragment;

	@Autowired
	MockMvc mvc;

	private final AtomicInteger renderings = new AtomicInteger();

	/** Opened to let a rendering that waits for it finish. */
	private final CountDownLatch release = new CountDownLatch(1);

	/** Which rendering waits for {@link #release} (0: none). */
	private volatile int blocked;

	private final String query = "n=" + UUID.randomUUID();

	private final ExecutorService clients = Executors.newFixedThreadPool(2);

	/**
	 * Renders "rendering N", the Nth time it is called; the {@link #blocked} one waits.
	 */
	private final FilterChain rendering = (request, response) -> {
		int n = this.renderings.incrementAndGet();
		if (n == this.blocked) {
			try {
				assertThat(this.release.await(5, TimeUnit.MINUTES)).as("the test let the rendering finish").isTrue();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		if (this.servedVersion >= 0) {
			request.setAttribute(LaggingCache.SERVED_VERSION, this.servedVersion);
		}
		response.setContentType("text/html;charset=UTF-8");
		response.getWriter().write("<p>rendering " + n + "</p>");
	};

	@BeforeEach
	void waitUntilChangesAreHeard() {
		DataChangesBarrier.awaitEveryChangeHeard(this.changes, this.dataSource);
	}

	@AfterEach
	void stopClients() throws InterruptedException {
		this.release.countDown();
		this.clients.shutdownNow();
		assertThat(this.clients.awaitTermination(Await.TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isTrue();
	}

	@Test
	void shouldServeTheLastRenderingAfterAChangeAndRenderItAgainOnce() throws Exception {
		PageCache pageCache = pageCache(Duration.ofMinutes(10));
		assertThat(request(pageCache)).isEqualTo("miss <p>rendering 1</p>");
		assertThat(request(pageCache)).isEqualTo("hit <p>rendering 1</p>");
		change();
		// served the old copy; the fresh one rendered after the answer, on the same
		// thread (so done when the request returns)
		assertThat(request(pageCache)).isEqualTo("stale <p>rendering 1</p>");
		assertThat(this.renderings).hasValue(2);
		assertThat(request(pageCache)).isEqualTo("hit <p>rendering 2</p>");
		assertThat(this.renderings).hasValue(2);
	}

	@Test
	void shouldRenderAgainOnceWhileEveryoneElseIsServedTheStaleCopy() throws Exception {
		PageCache pageCache = pageCache(Duration.ofMinutes(10));
		assertThat(request(pageCache)).isEqualTo("miss <p>rendering 1</p>");
		change();
		this.blocked = 2;
		Future<String> first = this.clients.submit(() -> request(pageCache));
		// its answer is the stale copy; the fresh rendering it then makes waits
		Await.until("the fresh rendering to start", () -> this.renderings.get() == 2);
		for (int i = 0; i < 3; i++) {
			assertThat(request(pageCache)).isEqualTo("stale <p>rendering 1</p>");
		}
		assertThat(this.renderings).hasValue(2);
		this.release.countDown();
		assertThat(first.get(Await.TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isEqualTo("stale <p>rendering 1</p>");
		assertThat(request(pageCache)).isEqualTo("hit <p>rendering 2</p>");
	}

	@Test
	void shouldNeverServeACopyOlderThanTheBound() throws Exception {
		// a bound shorter than any request: once the data has changed, the copy is too
		// old
		PageCache pageCache = pageCache(Duration.ofNanos(1));
		assertThat(request(pageCache)).isEqualTo("miss <p>rendering 1</p>");
		change();
		assertThat(request(pageCache)).isEqualTo("miss <p>rendering 2</p>");
		assertThat(request(pageCache)).isEqualTo("hit <p>rendering 2</p>");
	}

	@Test
	void shouldRenderForTheRequestAfterAChangeWhenStaleCopiesAreOff() throws Exception {
		PageCache pageCache = pageCache(Duration.ZERO);
		assertThat(request(pageCache)).isEqualTo("miss <p>rendering 1</p>");
		change();
		assertThat(request(pageCache)).isEqualTo("miss <p>rendering 2</p>");
		assertThat(request(pageCache)).isEqualTo("hit <p>rendering 2</p>");
	}

	@Test
	void shouldNotLetARenderingOfOlderDataReplaceANewerOne() throws Exception {
		PageCache pageCache = pageCache(Duration.ofMinutes(10));
		this.blocked = 1;
		Future<String> old = this.clients.submit(() -> request(pageCache));
		Await.until("the first rendering to start", () -> this.renderings.get() == 1);
		change(); // while it renders: it shows the data before the change
		assertThat(request(pageCache)).isEqualTo("miss <p>rendering 2</p>");
		this.release.countDown();
		assertThat(old.get(Await.TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isEqualTo("miss <p>rendering 1</p>");
		assertThat(request(pageCache)).isEqualTo("hit <p>rendering 2</p>");
	}

	@Test
	void shouldKeepPagesApartByRoles() throws Exception {
		PageCache pageCache = pageCache(Duration.ofMinutes(10));
		assertThat(request(pageCache)).isEqualTo("miss <p>rendering 1</p>");
		change();
		// never the analysts' copy, stale or not
		assertThat(request(pageCache, "ROLE_MANAGER", "ROLE_ANALYST")).isEqualTo("miss <p>rendering 2</p>");
		assertThat(request(pageCache)).isEqualTo("stale <p>rendering 1</p>");
	}

	@Test
	void shouldSayInEveryPageWhenItsDataWasReadAndHowLongItMayLag() throws Exception {
		this.mvc.perform(get(PATH))
			.andExpect(status().isOk())
			.andExpect(content().string(matchesPattern(
					"(?s).*<p class=\"mb-0\" id=\"data-as-of\">Data as of \\d\\d:\\d\\d:\\d\\d UTC; pages may lag a "
							+ "change by up to 5 s\\.</p>.*")));
	}

	@Test
	void shouldServeALaggingPageAfterAChangeWithoutRenderingItAgainUntilItIsHalfTheBoundOld() throws Exception {
		PageCache pageCache = pageCache(Duration.ofSeconds(5), Duration.ofMinutes(10));
		assertThat(request(pageCache, LAGGING)).isEqualTo("miss <p>rendering 1</p>");
		change();
		assertThat(request(pageCache, LAGGING)).isEqualTo("stale <p>rendering 1</p>");
		change();
		assertThat(request(pageCache, LAGGING)).isEqualTo("stale <p>rendering 1</p>");
		assertThat(this.renderings).hasValue(1);
		// a page of the cache's own bound is rendered again at once
		assertThat(request(pageCache)).isEqualTo("miss <p>rendering 2</p>");
		change();
		assertThat(request(pageCache)).isEqualTo("stale <p>rendering 2</p>");
		assertThat(this.renderings).hasValue(3);
	}

	@Test
	void shouldRenderALaggingPageAgainOnceItsRenderingIsHalfTheBoundOld() throws Exception {
		PageCache pageCache = pageCache(Duration.ofSeconds(5), Duration.ofSeconds(4));
		assertThat(request(pageCache, LAGGING)).isEqualTo("miss <p>rendering 1</p>");
		Thread.sleep(2100);
		change();
		assertThat(request(pageCache, LAGGING)).isEqualTo("stale <p>rendering 1</p>");
		assertThat(this.renderings).hasValue(2);
		assertThat(request(pageCache, LAGGING)).isEqualTo("hit <p>rendering 2</p>");
	}

	@Test
	void shouldNeverServeALaggingPageLongerThanItsBoundAfterAChange() throws Exception {
		PageCache pageCache = pageCache(Duration.ofMinutes(10), Duration.ofSeconds(1));
		assertThat(request(pageCache, LAGGING)).isEqualTo("miss <p>rendering 1</p>");
		change();
		Thread.sleep(1100);
		assertThat(request(pageCache, LAGGING)).isEqualTo("miss <p>rendering 2</p>");
	}

	@Test
	void shouldKeepAPageShowingALaggingValueUnderThatValuesVersion() throws Exception {
		PageCache pageCache = pageCache(Duration.ofMinutes(10), Duration.ofMinutes(10));
		this.servedVersion = this.changes.version() - 1;
		assertThat(request(pageCache, LAGGING)).isEqualTo("miss <p>rendering 1</p>");
		// out of date as soon as kept: served stale, not as the data's of now
		assertThat(request(pageCache, LAGGING)).isEqualTo("stale <p>rendering 1</p>");
	}

	@Test
	void shouldSayOnASummaryPageHowLongItMayLag() throws Exception {
		this.mvc.perform(get("/regions/pakistan"))
			.andExpect(status().isOk())
			.andExpect(content().string(matchesPattern(
					"(?s).*<p class=\"mb-0\" id=\"data-as-of\">Data as of \\d\\d:\\d\\d:\\d\\d UTC; pages may lag a "
							+ "change by up to 60 s\\.</p>.*")));
	}

	private PageCache pageCache(Duration maxStaleness) {
		return pageCache(maxStaleness, Duration.ofMinutes(10));
	}

	/**
	 * A page cache of a bound of its own, whose summary pages ({@link #LAGGING}) lag by
	 * {@code summaryLag}.
	 */
	private PageCache pageCache(Duration maxStaleness, Duration summaryLag) {
		MockEnvironment properties = new MockEnvironment().withProperty("militancy.summaries.max-lag",
				summaryLag.toMillis() + "ms");
		PageCache pageCache = new PageCache(this.context, properties, this.changes, this.locales, this.fragment,
				DataSize.ofMegabytes(1), maxStaleness, Duration.ofMinutes(5));
		pageCache.readPaths();
		return pageCache;
	}

	/**
	 * The {@value PageCache#HEADER} header and the body of an analyst's request for the
	 * page, from whichever thread.
	 */
	private String request(PageCache pageCache) throws Exception {
		return requestAs(pageCache, PATH, "ROLE_ANALYST");
	}

	private String request(PageCache pageCache, String path) throws Exception {
		return requestAs(pageCache, path, "ROLE_ANALYST");
	}

	private String request(PageCache pageCache, String role, String... roles) throws Exception {
		String[] all = new String[roles.length + 1];
		all[0] = role;
		System.arraycopy(roles, 0, all, 1, roles.length);
		return requestAs(pageCache, PATH, all);
	}

	private String requestAs(PageCache pageCache, String path, String... roles) throws Exception {
		SecurityContext before = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new TestingAuthenticationToken("someone", "password", roles));
		SecurityContextHolder.setContext(context);
		try {
			MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
			request.setQueryString(this.query);
			request.setParameter("n", this.query.substring(2));
			MockHttpServletResponse response = new MockHttpServletResponse();
			pageCache.doFilter(request, response, this.rendering);
			return response.getHeader(PageCache.HEADER) + " " + response.getContentAsString();
		}
		finally {
			SecurityContextHolder.setContext(before);
		}
	}

	/** Waits until the data's version has moved on (any notification heard moves it). */
	private void change() {
		long version = this.changes.version();
		DataChangesBarrier.awaitEveryChangeHeard(this.changes, this.dataSource);
		assertThat(this.changes.version()).isGreaterThan(version);
	}

}
