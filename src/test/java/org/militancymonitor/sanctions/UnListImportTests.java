package org.militancymonitor.sanctions;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.militancymonitor.PostgresSpringBootTest;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import of the real UN list over the seed: its counts, its links to the seed's
 * groups without a second designation, a second import that changes nothing, a newer
 * list's change set, and an older list that changes nothing.
 */
@PostgresSpringBootTest
class UnListImportTests {

	@Autowired
	UnListImport imports;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@BeforeEach
	@AfterEach
	void removeImports() {
		UnListImports.remove(this.jdbc);
	}

	@Test
	void shouldImportTheSharedListWithItsRealCountsAndLinkTheSeedsDesignations() {
		long designations = count("select count(*) from designation");
		long sources = count("select count(*) from source");
		int ttpVersion = designationVersion("QDe.132");
		UnListImport.Outcome outcome = this.imports.run(list(UnListFiles.shared()), UnListFiles.FILE_NAME, "test",
				null);
		assertThat(outcome.kind()).isEqualTo(UnListImport.Kind.APPLIED);
		assertThat(outcome.added()).isEqualTo(1014);
		assertThat(count("select count(*) from sanctions_entry where kind = 'INDIVIDUAL'")).isEqualTo(709);
		assertThat(count("select count(*) from sanctions_entry where kind = 'ENTITY'")).isEqualTo(305);
		assertThat(count("select count(*) from sanctions_change where kind = 'ADDED'")).isEqualTo(1014);
		// linked to the seed's designations by reference number, none made twice
		assertThat(link("QDe.132")).containsEntry("slug", "ttp")
			.containsEntry("method", "REFERENCE")
			.containsEntry("status", "CONFIRMED")
			.containsEntry("designation", seededDesignation("QDe.132"));
		assertThat(link("QDe.161")).containsEntry("slug", "isil-k")
			.containsEntry("status", "CONFIRMED")
			.containsEntry("designation", seededDesignation("QDe.161"));
		assertThat(count("select count(*) from designation where reference_number in ('QDe.132', 'QDe.161')"))
			.isEqualTo(2);
		assertThat(designationVersion("QDe.132")).isEqualTo(ttpVersion);
		// the list the seed cites is that source, not a second one
		assertThat(count("select count(*) from source where kind = 'SANCTIONS_LIST'")).isEqualTo(1);
		assertThat(this.jdbc.sql("select s.slug from sanctions_import i join source s on s.id = i.source_id")
			.query(String.class)
			.single()).isEqualTo("un-consolidated-list-2020-03-20");
		long madeDesignations = count("select count(*) from designation") - designations;
		assertThat(madeDesignations).isEqualTo(
				count("select count(*) from designation d join claim c on c.id = d.claim_id where c.ref like 'unl-%'"));
		assertThat(count("select count(*) from source")).isEqualTo(sources);

		Map<String, Long> before = tableCounts();
		UnListImport.Outcome again = this.imports.run(list(UnListFiles.shared()), UnListFiles.FILE_NAME, "test", null);
		assertThat(again.kind()).isEqualTo(UnListImport.Kind.UNCHANGED);
		assertThat(List.of(again.added(), again.amended(), again.delisted(), again.relisted(), again.linked(),
				again.queued()))
			.containsOnly(0);
		Map<String, Long> after = tableCounts();
		assertThat(after.get("sanctions_import")).isEqualTo(before.get("sanctions_import") + 1);
		after.remove("sanctions_import");
		before.remove("sanctions_import");
		assertThat(after).isEqualTo(before);
		assertThat(this.jdbc.sql("select outcome from sanctions_import order by id").query(String.class).list())
			.containsExactly("APPLIED", "UNCHANGED");
		assertThat(designationVersion("QDe.132")).isEqualTo(ttpVersion);
	}

	@Test
	void shouldRecordWhatANewerListAddsAmendsAndDelistsAndLetAnOlderOneChangeNothing() {
		String original = UnListFiles.sharedText();
		this.imports.run(list(original), UnListFiles.FILE_NAME, "test", null);
		String newer = UnListVariants.newer(original);
		UnListImport.Outcome outcome = this.imports.run(list(newer), "consolidated-2020-04-01.xml", "test", null);
		assertThat(outcome.kind()).isEqualTo(UnListImport.Kind.APPLIED);
		assertThat(List.of(outcome.added(), outcome.amended(), outcome.delisted(), outcome.relisted()))
			.containsExactly(1, 1, 2, 0);
		long importId = outcome.importId();
		assertThat(changes(importId)).containsExactlyInAnyOrder("ADDED QDe.999", "AMENDED QDe.132", "DELISTED KPi.033",
				"DELISTED QDe.161");
		String fields = this.jdbc
			.sql("select c.fields::text from sanctions_change c join sanctions_entry e on e.id = c.entry_id "
					+ "where c.import_id = :import and e.reference_number = 'QDe.132'")
			.param("import", importId)
			.query(String.class)
			.single();
		List<Map<String, String>> amended = this.json.readValue(fields,
				this.json.getTypeFactory().constructCollectionType(List.class, Map.class));
		assertThat(amended).singleElement().satisfies((field) -> {
			assertThat(field).containsEntry("field", "aliases");
			assertThat(field.get("before")).contains("a.k.a. Pakistani Taliban").doesNotContain("Movement");
			assertThat(field.get("after")).contains("a.k.a. Pakistani Taliban Movement");
		});
		assertThat(this.jdbc
			.sql("select a.name from sanctions_alias a join sanctions_entry e on e.id = a.entry_id "
					+ "where e.reference_number = 'QDe.132' order by position")
			.query(String.class)
			.list()).contains("Pakistani Taliban Movement").doesNotContain("Pakistani Taliban");
		// off the newer list: delisted since it, the group's designation too
		assertThat(count("select count(*) from sanctions_entry where absent_since_import_id = " + importId))
			.isEqualTo(2);
		assertThat(this.jdbc.sql("select delisted_on from designation where reference_number = 'QDe.161'")
			.query(LocalDate.class)
			.single()).isEqualTo(LocalDate.of(2020, 4, 1));
		assertThat(count("select count(*) from source where slug = 'un-consolidated-list-2020-04-01'")).isEqualTo(1);

		// the older list again: recorded, nothing changed
		Map<String, Long> before = tableCounts();
		UnListImport.Outcome older = this.imports.run(list(original), UnListFiles.FILE_NAME, "test", null);
		assertThat(older.kind()).isEqualTo(UnListImport.Kind.OLDER);
		Map<String, Long> after = tableCounts();
		assertThat(after.remove("sanctions_import")).isEqualTo(before.remove("sanctions_import") + 1);
		assertThat(after).isEqualTo(before);
		assertThat(count("select count(*) from sanctions_entry where absent_since_import_id is not null")).isEqualTo(2);
		assertThat(this.jdbc.sql("select delisted_on from designation where reference_number = 'QDe.161'")
			.query(LocalDate.class)
			.single()).isEqualTo(LocalDate.of(2020, 4, 1));

		// the newer list again: unchanged
		assertThat(this.imports.run(list(newer), "consolidated-2020-04-01.xml", "test", null).kind())
			.isEqualTo(UnListImport.Kind.UNCHANGED);
	}

	@Test
	void shouldPutAnEntryBackOnTheListWhenANewerListHoldsItAgain() {
		String original = UnListFiles.sharedText();
		this.imports.run(list(original), UnListFiles.FILE_NAME, "test", null);
		this.imports.run(list(UnListVariants.newer(original)), "newer.xml", "test", null);
		UnListImport.Outcome back = this.imports
			.run(list(original.replace("dateGenerated=\"2020-03-20T19:09:21.822-04:00\"",
					"dateGenerated=\"2020-05-01T10:00:00.000-04:00\"")), "newest.xml", "test", null);
		assertThat(changes(back.importId())).contains("RELISTED QDe.161", "RELISTED KPi.033", "DELISTED QDe.999",
				"AMENDED QDe.132");
		assertThat(this.jdbc.sql("select delisted_on from designation where reference_number = 'QDe.161'")
			.query(LocalDate.class)
			.optional()).isEmpty();
	}

	private List<String> changes(long importId) {
		return this.jdbc
			.sql("select c.kind || ' ' || e.reference_number from sanctions_change c "
					+ "join sanctions_entry e on e.id = c.entry_id where c.import_id = :import")
			.param("import", importId)
			.query(String.class)
			.list();
	}

	private Map<String, Object> link(String reference) {
		return this.jdbc.sql("""
				select g.slug, m.method, m.status, m.designation_id as designation
				  from sanctions_match m join sanctions_entry e on e.id = m.entry_id
				  join militant_group g on g.id = m.group_id
				 where e.reference_number = :reference
				""").param("reference", reference).query().singleRow();
	}

	private Long seededDesignation(String reference) {
		return this.jdbc
			.sql("select d.id from designation d join claim c on c.id = d.claim_id "
					+ "where d.reference_number = :reference and c.ref like 'un-%'")
			.param("reference", reference)
			.query(Long.class)
			.single();
	}

	private int designationVersion(String reference) {
		return this.jdbc.sql("select version from designation where reference_number = :reference")
			.param("reference", reference)
			.query(Integer.class)
			.single();
	}

	private Map<String, Long> tableCounts() {
		Map<String, Long> counts = new java.util.TreeMap<>();
		for (String table : List.of("sanctions_import", "sanctions_entry", "sanctions_alias", "sanctions_address",
				"sanctions_change", "sanctions_match", "designation", "claim", "source")) {
			counts.put(table, count("select count(*) from " + table));
		}
		counts.put("designation versions", count("select coalesce(sum(version), 0) from designation"));
		return counts;
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	static UnList list(byte[] bytes) {
		return UnListParser.parse(new ByteArrayInputStream(bytes));
	}

	static UnList list(String xml) {
		return list(xml.getBytes(StandardCharsets.UTF_8));
	}

}
