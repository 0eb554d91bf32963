package org.militancymonitor.system;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import jakarta.servlet.FilterChain;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.militancymonitor.Await;
import org.militancymonitor.PostgresSpringBootTest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.pattern.PathPattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Rendered group profiles are served again until a committed change to the data, which
 * PostgreSQL notifies, and only then.
 */
@PostgresSpringBootTest
@WithMockUser(roles = "ANALYST")
class PageCacheTests {

	private static final String MARKER = "PageCacheTests was here";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataChanges changes;

	@Autowired
	PageCache pageCache;

	@Autowired
	DataSource dataSource;

	/**
	 * Every change committed by earlier tests heard first: one heard during a test would
	 * raise the version and turn an expected hit into a miss.
	 */
	@BeforeEach
	void waitUntilChangesAreHeard() {
		DataChangesBarrier.awaitEveryChangeHeard(this.changes, this.dataSource);
	}

	@Test
	void shouldKeepThePagesOfTheHandlersMarkedPageCachedAndNoOthers() {
		assertThat(this.pageCache.paths()).map(PathPattern::getPatternString)
			.containsExactlyInAnyOrder("/groups/{slug}", "/contested", "/graph", "/statements", "/statements/{id}",
					"/actors/{slug}", "/reports", "/reports/{slug}", "/sources", "/sources/{slug}",
					"/groups/{slug}/history", "/statements/{id}/history", "/actors/{slug}/history",
					"/reports/{slug}/history", "/sources/{slug}/history", "/regions/{slug}/map", "/regions",
					"/regions/{slug}", "/", "/sanctions", "/sanctions/entries", "/sanctions/entries/{reference}",
					"/sanctions/imports", "/sanctions/imports/{id}");
	}

	@Test
	void shouldServeAProfileAgainUntilTheDataChanges() throws Exception {
		this.mvc.perform(get("/groups/tjp")).andExpect(status().isOk());
		this.mvc.perform(get("/groups/tjp"))
			.andExpect(header().string(PageCache.HEADER, "hit"))
			.andExpect(content().string(not(containsString(MARKER))));
		String before = this.jdbc.sql("select description from militant_group where slug = 'tjp'")
			.query(String.class)
			.optional()
			.orElse(null);
		try {
			long version = this.changes.version();
			this.jdbc.sql("update militant_group set description = :marker where slug = 'tjp'")
				.param("marker", MARKER)
				.update();
			// heard, and the caches emptied (waiting for the version alone, they could be
			// emptied after the next rendering is kept)
			DataChangesBarrier.awaitEveryChangeHeard(this.changes, this.dataSource);
			assertThat(this.changes.version()).isGreaterThan(version);
			// within militancy.page-cache.max-staleness of the change the last rendering
			// is
			// served and the page rendered again; later, rendered for this request (a
			// loaded machine may take that long to get here)
			String how = this.mvc.perform(get("/groups/tjp")).andReturn().getResponse().getHeader(PageCache.HEADER);
			assertThat(how).isIn("stale", "miss");
			this.mvc.perform(get("/groups/tjp"))
				.andExpect(header().string(PageCache.HEADER, "hit"))
				.andExpect(content().string(containsString(MARKER)));
		}
		finally {
			long version = this.changes.version();
			this.jdbc.sql("update militant_group set description = :before where slug = 'tjp'")
				.param("before", before)
				.update();
			DataChangesBarrier.awaitEveryChangeHeard(this.changes, this.dataSource);
			assertThat(this.changes.version()).isGreaterThan(version);
		}
	}

	@Test
	void shouldServeOneCopyWhateverLanguageTheBrowserAsks() throws Exception {
		this.mvc.perform(get("/groups/tjp").header("Accept-Language", "en-GB")).andExpect(status().isOk());
		this.mvc.perform(get("/groups/tjp").header("Accept-Language", "de-DE, fr;q=0.5"))
			.andExpect(status().isOk())
			.andExpect(header().string(PageCache.HEADER, "hit"))
			.andExpect(header().string("Content-Language", "en"))
			.andExpect(content().contentType("text/html;charset=UTF-8"));
	}

	@Test
	void shouldKeepEachPageOfAProfileApart() throws Exception {
		this.mvc.perform(get("/groups/ttp?incidentPage=0")).andExpect(status().isOk());
		this.mvc.perform(get("/groups/ttp?incidentPage=7"))
			.andExpect(status().isOk())
			.andExpect(header().string(PageCache.HEADER, "miss"));
	}

	@Test
	void shouldNotKeepErrorPages() throws Exception {
		this.mvc.perform(get("/groups/no-such-group")).andExpect(status().isNotFound());
		this.mvc.perform(get("/groups/no-such-group"))
			.andExpect(status().isNotFound())
			.andExpect(header().string(PageCache.HEADER, "miss"));
		this.mvc.perform(get("/groups/ttp?incidentPage=x")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/groups/ttp?incidentPage=x")).andExpect(header().string(PageCache.HEADER, "miss"));
	}

	@Test
	void shouldComputeTheIncidentListAndSearchForEachRequest() throws Exception {
		this.mvc.perform(get("/incidents")).andExpect(header().doesNotExist(PageCache.HEADER));
		this.mvc.perform(get("/search?q=TTP")).andExpect(header().doesNotExist(PageCache.HEADER));
	}

	@Test
	@Transactional
	void shouldNotKeepPagesRenderedInsideATransactionThatMayRollBack() throws Exception {
		this.jdbc.sql("update militant_group set description = :marker where slug = 'tjp'")
			.param("marker", MARKER)
			.update();
		this.mvc.perform(get("/groups/tjp"))
			.andExpect(header().doesNotExist(PageCache.HEADER))
			.andExpect(content().string(containsString(MARKER)));
	}

	@Test
	void shouldListenAgainAndForgetEverythingWhenTheConnectionIsLost() throws Exception {
		this.mvc.perform(get("/groups/tjp")).andExpect(status().isOk());
		this.mvc.perform(get("/groups/tjp")).andExpect(header().string(PageCache.HEADER, "hit"));
		long version = this.changes.version();
		int listener = this.changes.listenerPid();
		assertThat(listener).isPositive();
		boolean terminated = this.jdbc.sql("select pg_terminate_backend(:pid)")
			.param("pid", listener)
			.query(Boolean.class)
			.single();
		assertThat(terminated).isTrue();
		// a new connection (the old one's pid is gone), heard as two changes: the
		// loss and the listening again
		Await.until("the listener to listen on a new connection", () -> this.changes.version() > version + 1
				&& this.changes.listenerPid() > 0 && this.changes.listenerPid() != listener);
		// rendered again: for this request, or after serving the old copy if the loss was
		// heard less than militancy.page-cache.max-staleness ago (changes made while
		// nobody listened are no older than the loss)
		String how = this.mvc.perform(get("/groups/tjp")).andReturn().getResponse().getHeader(PageCache.HEADER);
		assertThat(how).isIn("stale", "miss");
		this.mvc.perform(get("/groups/tjp")).andExpect(header().string(PageCache.HEADER, "hit"));
	}

	/**
	 * On a PageCache of its own that waits minutes rather than the configured
	 * {@code militancy.web.max-wait} for another's rendering: on a loaded machine the
	 * four clients may take seconds to line up, and one that gave up waiting would render
	 * the page a second time.
	 */
	@Test
	void shouldRenderAPageOnceForEveryoneWhoAsksForItMeanwhile(@Autowired ApplicationContext context,
			@Autowired LocaleResolver locales, @Autowired ObjectProvider<SessionFragment> fragment) throws Exception {
		PageCache pageCache = new PageCache(context, context.getEnvironment(), this.changes, locales, fragment,
				DataSize.ofMegabytes(1), Duration.ofSeconds(5), Duration.ofMinutes(5));
		pageCache.readPaths();
		String path = "/groups/tjp";
		String query = "n=" + UUID.randomUUID(); // a page not kept yet
		CountDownLatch finish = new CountDownLatch(1);
		AtomicInteger renderings = new AtomicInteger();
		FilterChain slowRendering = (request, response) -> {
			renderings.incrementAndGet();
			try {
				// until the test has seen the others wait (it opens the latch however
				// it ends)
				assertThat(finish.await(5, TimeUnit.MINUTES)).as("the test let the rendering finish").isTrue();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			response.setContentType("text/html;charset=UTF-8");
			response.getWriter().write("<p>rendered once</p>");
		};
		ExecutorService clients = Executors.newFixedThreadPool(4);
		try {
			List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				answers.add(clients.submit(() -> {
					MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
					request.setQueryString(query);
					request.setParameter("n", query.substring(2));
					MockHttpServletResponse response = new MockHttpServletResponse();
					pageCache.doFilter(request, response, slowRendering);
					return response;
				}));
			}
			Await.until("one rendering with three requests waiting for it",
					() -> renderings.get() == 1 && pageCache.waiting() == 3);
			finish.countDown();
			List<String> how = new ArrayList<>();
			for (Future<MockHttpServletResponse> answer : answers) {
				MockHttpServletResponse response = answer.get(Await.TIMEOUT.toSeconds(), TimeUnit.SECONDS);
				assertThat(response.getContentAsString()).isEqualTo("<p>rendered once</p>");
				how.add(response.getHeader(PageCache.HEADER));
			}
			assertThat(renderings).hasValue(1);
			assertThat(how).containsExactlyInAnyOrder("miss", "shared", "shared", "shared");
		}
		finally {
			finish.countDown();
			clients.shutdownNow();
		}
		assertThat(clients.awaitTermination(Await.TIMEOUT.toSeconds(), TimeUnit.SECONDS)).as("the clients finished")
			.isTrue();
	}

}
