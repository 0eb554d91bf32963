package org.militancymonitor.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.QueryCountHolder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.militancymonitor.PostgresSpringBootTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The number of SQL statements each page runs does not grow with the data: counted over
 * the seed, then again after adding more incidents, relationships, estimates, claims and
 * statements (rolled back afterwards).
 */
@PostgresSpringBootTest
@Transactional
@WithMockUser(roles = "ANALYST")
class StatementCountTests {

	static final List<String> PAGES = List.of("/", "/groups/ttp", "/groups/isil-k", "/incidents",
			"/incidents?province=af-kunar&group=ttp&sort=fatalities", "/search?q=Pakistani+Taliban", "/search?q=clash",
			"/contested", "/graph", "/api/graph", "/reports", "/reports/unmt-report-002", "/sources",
			"/sources/article-000-denmark-warns-unsc-on-ttp", "/statements", "/actors/pakistan",
			"/regions/pakistan/map?from=2030-01-01", "/api/regions/south-asia/map?group=ttp", "/regions",
			"/regions/pakistan", "/regions/pk-khyber-pakhtunkhwa?group=ttp&months=24");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	DataChanges changes;

	/**
	 * Every change committed by earlier tests heard first: one heard between two counts
	 * would empty the caches, and the second count would read the reference data again.
	 */
	@BeforeEach
	void waitUntilChangesAreHeard() {
		DataChangesBarrier.awaitEveryChangeHeard(this.changes, this.dataSource);
	}

	@Test
	void shouldRunAConstantNumberOfStatementsPerPageWhateverTheData() throws Exception {
		countAll(); // warm up: reference data such as regions is read once, then cached
		Map<String, Long> before = countAll();
		ScriptUtils.executeSqlScript(DataSourceUtils.getConnection(this.dataSource),
				new ClassPathResource("system/more-data.sql"));
		Map<String, Long> after = countAll();
		assertThat(after).isEqualTo(before);
		assertThat(before.values()).allSatisfy((count) -> assertThat(count).isBetween(0L, 15L));
	}

	@Test
	void shouldShowIncidentPageInAConstantNumberOfStatements() throws Exception {
		long id = this.jdbc.sql("select min(id) from incident where synthetic = false").query(Long.class).single();
		assertThat(count("/incidents/" + id)).isBetween(1L, 5L);
	}

	/**
	 * A History page reads the record, then its revisions and each kind of part's in one
	 * query each, and each many-to-many collection once per revision read: an incident
	 * with one revision and its claims, a source and its claims (no collection).
	 */
	@Test
	void shouldShowAHistoryPageInOneStatementPerKindOfPartAndCollectionRevision() throws Exception {
		long id = this.jdbc.sql("select min(id) from incident where synthetic = false").query(Long.class).single();
		assertThat(count("/incidents/" + id + "/history")).isEqualTo(4L);
		assertThat(count("/sources/article-000-denmark-warns-unsc-on-ttp/history")).isEqualTo(3L);
	}

	@Test
	void shouldSearchEveryKindInOneRoundTrip() throws Exception {
		assertThat(count("/search?q=Pakistani+Taliban")).isEqualTo(1L);
		assertThat(count("/search?q=TTP&kind=quotes&page=1")).isEqualTo(1L);
	}

	private Map<String, Long> countAll() throws Exception {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String page : PAGES) {
			counts.put(page, count(page));
		}
		return counts;
	}

	private long count(String page) throws Exception {
		QueryCountHolder.clear();
		this.mvc.perform(get(page)).andExpect(status().isOk());
		return QueryCountHolder.getGrandTotal().getTotal();
	}

}
