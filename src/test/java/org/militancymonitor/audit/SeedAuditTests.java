package org.militancymonitor.audit;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.militancymonitor.PostgresDataJpaTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed's first revisions (V41): every row of every audited table has exactly one
 * creation in the audit, in a revision by {@code seed} that names the source the row came
 * from, or the reference data when no claim reaches it.
 */
@PostgresDataJpaTest
class SeedAuditTests {

	private static final String REFERENCE = "seeded from the reference data";

	@Autowired
	JdbcClient jdbc;

	@Test
	void shouldGiveEveryRowOfEveryAuditedTableExactlyOneCreation() {
		List<String> tables = this.jdbc.sql("""
				select substr(c.relname, 1, length(c.relname) - 4) from pg_class c
				  join pg_namespace n on n.oid = c.relnamespace
				 where n.nspname = current_schema() and c.relkind = 'r' and c.relname like '%\\_aud'
				 order by 1""").query(String.class).list();
		assertThat(tables)
			.contains("incident", "incident_actor", "incident_claim", "claim", "source", "report", "report_finding",
					"finding_group", "statement", "statement_group", "statement_actor", "militant_group", "group_alias",
					"designation", "estimate", "group_relationship", "relationship_claim", "group_claim", "actor",
					"person")
			.doesNotContain("region");
		List<String> wrong = new ArrayList<>();
		for (String table : tables) {
			List<String> key = keyOf(table);
			String match = String.join(" and ", key.stream().map((c) -> "a." + c + " = t." + c).toList());
			long rows = count("select count(*) from " + table);
			long without = count("select count(*) from " + table + " t where (select count(*) from " + table
					+ "_aud a where " + match + " and a.revtype = 0) <> 1");
			assertThat(rows).as(table).isPositive();
			if (without > 0) {
				wrong.add(table + ": " + without + " of " + rows);
			}
		}
		assertThat(wrong).as("rows without exactly one creation in the audit").isEmpty();
	}

	@Test
	void shouldNameTheReferenceDataOrARealSourceInEverySeedRevision() {
		List<String> reasons = this.jdbc.sql("select reason from revision where username = 'seed' order by id")
			.query(String.class)
			.list();
		List<String> expected = new ArrayList<>(List.of(REFERENCE));
		expected
			.addAll(this.jdbc.sql("select 'seeded from ' || title from source order by id").query(String.class).list());
		assertThat(reasons).containsExactlyElementsOf(expected)
			.contains("seeded from [Denmark warns UN Security Council of TTP threat]");
	}

	@Test
	void shouldTraceEachRowToTheSourceItCameFrom() {
		assertThat(count("""
				select count(*) from claim c join claim_aud a on a.id = c.id and a.revtype = 0
				  join revision r on r.id = a.rev join source s on s.id = c.source_id
				 where r.reason <> 'seeded from ' || s.title""")).isZero();
		assertThat(count("""
				select count(*) from incident i join incident_aud a on a.id = i.id and a.revtype = 0
				  join revision r on r.id = a.rev
				 where not exists (select 1 from incident_claim ic join claim c on c.id = ic.claim_id
				                     join source s on s.id = c.source_id
				                    where ic.incident_id = i.id and r.reason = 'seeded from ' || s.title)""")).isZero();
		assertThat(count("""
				select count(*) from statement x join statement_aud a on a.id = x.id and a.revtype = 0
				  join revision r on r.id = a.rev join claim c on c.id = x.claim_id join source s on s.id = c.source_id
				 where r.reason <> 'seeded from ' || s.title""")).isZero();
		assertThat(this.jdbc
			.sql("""
					select distinct r.reason from militant_group g join militant_group_aud a on a.id = g.id and a.revtype = 0
					  join revision r on r.id = a.rev""")
			.query(String.class)
			.list()).containsExactly(REFERENCE);
	}

	@Test
	void shouldRecordTheClaimsEachLaterArticleAddsToARelationshipAsAChange() {
		assertThat(count("""
				select count(*) from group_relationship_aud a join revision r on r.id = a.rev
				 where a.revtype = 1 and r.username = 'seed'""")).isPositive();
		assertThat(count("""
				select count(*) from relationship_claim rc
				  join relationship_claim_aud a on a.relationship_id = rc.relationship_id and a.claim_id = rc.claim_id
				 where not exists (select 1 from group_relationship_aud g
				                    where g.id = rc.relationship_id and g.rev = a.rev)""")).isZero();
	}

	private List<String> keyOf(String table) {
		List<String> columns = this.jdbc.sql("""
				select a.attname from pg_attribute a
				 where a.attrelid = (:table || '_aud')::regclass and a.attnum > 0 and not a.attisdropped
				   and a.attname not in ('rev', 'revtype') order by a.attnum""")
			.param("table", table)
			.query(String.class)
			.list();
		return columns.contains("id") ? List.of("id") : columns;
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
