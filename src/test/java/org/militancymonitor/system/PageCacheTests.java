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
import java.util.function.BooleanSupplier;

import jakarta.servlet.FilterChain;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.militancymonitor.PostgresSpringBootTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
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

	@BeforeEach
	void waitUntilChangesAreHeard() {
		awaitTrue(this.changes::isListening);
	}

	@Test
	void shouldKeepThePagesOfTheHandlersMarkedPageCachedAndNoOthers() {
		assertThat(this.pageCache.paths()).map(PathPattern::getPatternString)
			.containsExactlyInAnyOrder("/groups/{slug}", "/contested", "/graph", "/statements", "/statements/{id}",
					"/actors/{slug}", "/reports", "/reports/{slug}", "/sources", "/sources/{slug}");
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
			awaitTrue(() -> this.changes.version() > version);
			this.mvc.perform(get("/groups/tjp"))
				.andExpect(header().string(PageCache.HEADER, "miss"))
				.andExpect(content().string(containsString(MARKER)));
			this.mvc.perform(get("/groups/tjp")).andExpect(header().string(PageCache.HEADER, "hit"));
		}
		finally {
			long version = this.changes.version();
			this.jdbc.sql("update militant_group set description = :before where slug = 'tjp'")
				.param("before", before)
				.update();
			awaitTrue(() -> this.changes.version() > version);
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
		awaitTrue(() -> this.changes.version() > version + 1 && this.changes.isListening());
		this.mvc.perform(get("/groups/tjp")).andExpect(header().string(PageCache.HEADER, "miss"));
	}

	@Test
	void shouldRenderAPageOnceForEveryoneWhoAsksForItMeanwhile() throws Exception {
		String path = "/groups/tjp";
		String query = "n=" + UUID.randomUUID(); // a page not kept yet
		CountDownLatch finish = new CountDownLatch(1);
		AtomicInteger renderings = new AtomicInteger();
		FilterChain slowRendering = (request, response) -> {
			renderings.incrementAndGet();
			try {
				finish.await(10, TimeUnit.SECONDS);
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
					this.pageCache.doFilter(request, response, slowRendering);
					return response;
				}));
			}
			awaitTrue(() -> renderings.get() == 1 && this.pageCache.waiting() == 3);
			finish.countDown();
			List<String> how = new ArrayList<>();
			for (Future<MockHttpServletResponse> answer : answers) {
				MockHttpServletResponse response = answer.get(10, TimeUnit.SECONDS);
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
	}

	private static void awaitTrue(BooleanSupplier condition) {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("waited 30 s").isLessThan(deadline);
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

}
