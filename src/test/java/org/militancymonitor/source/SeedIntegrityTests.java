package org.militancymonitor.source;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.militancymonitor.PostgresDataJpaTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed: every fact is backed by a claim with a source and a quote, nothing is
 * orphaned, and each source article yields the facts extracted from it.
 */
@PostgresDataJpaTest
class SeedIntegrityTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void shouldGiveEveryClaimASourceAndAQuote() {
		assertThat(count("select count(*) from claim where source_id is null or btrim(quote) = ''")).isZero();
		assertThat(count("select count(*) from claim")).isGreaterThanOrEqualTo(109);
	}

	@Test
	void shouldBackEveryFactWithAClaim() {
		assertThat(count("""
				select count(*) from group_relationship r
				 where not exists (select 1 from relationship_claim rc where rc.relationship_id = r.id)""")).isZero();
		assertThat(count("""
				select count(*) from incident i
				 where not exists (select 1 from incident_claim ic where ic.incident_id = i.id)""")).isZero();
		assertThat(count("select count(*) from estimate where claim_id is null")).isZero();
		assertThat(count("select count(*) from statement where claim_id is null")).isZero();
		assertThat(count("select count(*) from report_finding where claim_id is null")).isZero();
		assertThat(count("""
				select count(*) from group_alias a join militant_group g on g.id = a.group_id
				 where a.claim_id is null""")).isZero();
	}

	@Test
	void shouldLeaveNoClaimUnused() {
		assertThat(this.jdbc.sql("""
				select c.ref from claim c
				 where not exists (select 1 from group_alias x where x.claim_id = c.id)
				   and not exists (select 1 from group_claim x where x.claim_id = c.id)
				   and not exists (select 1 from group_external_name x where x.claim_id = c.id)
				   and not exists (select 1 from designation x where x.claim_id = c.id)
				   and not exists (select 1 from relationship_claim x where x.claim_id = c.id)
				   and not exists (select 1 from estimate x where x.claim_id = c.id)
				   and not exists (select 1 from incident_claim x where x.claim_id = c.id)
				   and not exists (select 1 from report_finding x where x.claim_id = c.id)
				   and not exists (select 1 from statement x where x.claim_id = c.id)
				""").query(String.class).list()).isEmpty();
	}

	@Test
	void shouldGiveEveryIncidentAnActorAndEveryReportAFinding() {
		assertThat(count("""
				select count(*) from incident i
				 where not exists (select 1 from incident_actor ia where ia.incident_id = i.id)""")).isZero();
		assertThat(count("""
				select count(*) from report r
				 where not exists (select 1 from report_finding f where f.report_id = r.id)""")).isZero();
	}

	@Test
	void shouldSeedTheTrackedGroups() {
		assertThat(this.jdbc.sql("select slug from militant_group").query(String.class).list()).contains("ttp",
				"isil-k", "isil", "afghan-taliban", "al-qaeda", "aqis", "bla", "majeed-brigade", "etim", "tjp");
	}

	@Test
	void shouldRecordTheUnListingsOfTtpAndIsilK() {
		Map<String, String> listings = this.jdbc.sql("""
				select g.slug, d.reference_number || ' ' || d.listed_on from designation d
				  join militant_group g on g.id = d.group_id where d.reference_number is not null""")
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		assertThat(listings).containsEntry("ttp", "QDe.132 2011-07-29").containsEntry("isil-k", "QDe.161 2019-05-14");
	}

	@Test
	void shouldLeaveTheAuthorityAndLawOfABanUnknownWhenTheArticleNamesNeither() {
		assertThat(this.jdbc.sql("""
				select g.slug || ' ' || coalesce(a.slug, '?') || ' ' || coalesce(d.regime, '?') from designation d
				  join militant_group g on g.id = d.group_id left join actor a on a.id = d.authority_id
				  join claim c on c.id = d.claim_id join source s on s.id = c.source_id
				 where s.kind = 'NEWS_ARTICLE' order by g.slug""").query(String.class).list())
			.containsExactly("bla ? ?", "ttp ? ?");
	}

	@Test
	void shouldKeepTheAccusationOfShelterAndItsDenial() {
		List<String> positions = this.jdbc.sql("""
				select c.position from group_relationship r
				  join relationship_claim rc on rc.relationship_id = r.id join claim c on c.id = rc.claim_id
				 where r.type = 'SHELTERS'
				   and r.from_group_id = (select id from militant_group where slug = 'afghan-taliban')
				   and r.to_group_id = (select id from militant_group where slug = 'ttp')""")
			.query(String.class)
			.list();
		assertThat(positions).contains("ASSERTS", "DENIES");
	}

	@Test
	void shouldNotInventDatesForUndatedArticles() {
		assertThat(this.jdbc.sql("""
				select slug from source
				 where slug like 'article-%' and published_precision <> 'UNKNOWN'""").query(String.class).list())
			.containsExactly("article-003-treat-ttp-same-as-daesh");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			article-000-denmark-warns-unsc-on-ttp                | 22 | 6  | 2  | 3 | 7  | 13 | 1 | 6  | 1 | 15
			article-001-un-report-taliban-support-for-ttp        | 20 | 8  | 10 | 2 | 12 | 0  | 1 | 7  | 1 | 15
			article-002-region-worried-about-taliban-terror-ties | 22 | 1  | 6  | 0 | 2  | 7  | 1 | 10 | 0 | 5
			article-003-treat-ttp-same-as-daesh                  | 17 | 1  | 1  | 0 | 4  | 9  | 0 | 0  | 0 | 7
			article-004-unsc-alarm-over-is-k                     | 13 | 2  | 3  | 0 | 1  | 10 | 0 | 0  | 0 | 11
			un-consolidated-list-2020-03-20                      | 15 | 14 | 1  | 0 | 0  | 0  | 0 | 0  | 2 | 8
			""")
	void shouldSeedTheFactsOfEachSource(String source, int claims, int aliases, int relationships, int estimates,
			int incidents, int statements, int reports, int findings, int designations, int groupClaims) {
		Map<String, Object> counts = this.jdbc
			.sql("""
					select
					 (select count(*) from claim c where c.source_id = s.id) as claims,
					 (select count(*) from group_alias x join claim c on c.id = x.claim_id where c.source_id = s.id) as aliases,
					 (select count(distinct rc.relationship_id) from relationship_claim rc join claim c on c.id = rc.claim_id
					   where c.source_id = s.id) as relationships,
					 (select count(*) from estimate x join claim c on c.id = x.claim_id where c.source_id = s.id) as estimates,
					 (select count(distinct ic.incident_id) from incident_claim ic join claim c on c.id = ic.claim_id
					   where c.source_id = s.id) as incidents,
					 (select count(*) from statement x join claim c on c.id = x.claim_id where c.source_id = s.id) as statements,
					 (select count(distinct f.report_id) from report_finding f join claim c on c.id = f.claim_id
					   where c.source_id = s.id) as reports,
					 (select count(*) from report_finding x join claim c on c.id = x.claim_id where c.source_id = s.id) as findings,
					 (select count(*) from designation x join claim c on c.id = x.claim_id where c.source_id = s.id) as designations,
					 (select count(*) from group_claim x join claim c on c.id = x.claim_id where c.source_id = s.id) as group_claims
					from source s where s.slug = :slug""")
			.param("slug", source)
			.query()
			.singleRow();
		assertThat(counts).containsEntry("claims", (long) claims)
			.containsEntry("aliases", (long) aliases)
			.containsEntry("relationships", (long) relationships)
			.containsEntry("estimates", (long) estimates)
			.containsEntry("incidents", (long) incidents)
			.containsEntry("statements", (long) statements)
			.containsEntry("reports", (long) reports)
			.containsEntry("findings", (long) findings)
			.containsEntry("designations", (long) designations)
			.containsEntry("group_claims", (long) groupClaims);
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
