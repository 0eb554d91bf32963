package org.militancymonitor.incident;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.militancymonitor.Await;
import org.militancymonitor.PostgresSpringBootTest;
import org.militancymonitor.SignedIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The ACLED import over real PostgreSQL, through its upload page: a file of the
 * dashboard's own ACLED export imported gives back the same records; the report names the
 * line and the column of each problem; a bad row is left out, the rest of its batch
 * imported, and a batch the database refuses is left out whole; importing the same file
 * again changes nothing; an unresolved actor is queued, never made a group; incidents are
 * drafts unless an administrator imports them as published; each is sourced and audited.
 * What an import writes is removed after each test.
 */
@PostgresSpringBootTest
class AcledImportTests {

	static final String EDITOR = "editor-import";

	static final String HEADER = String.join(",", AcledFormat.COLUMNS) + "\r\n";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void removeWhatWasImported() {
		this.jdbc.sql("drop trigger if exists acled_test_refuse on incident").update();
		this.jdbc.sql("""
				delete from incident where id in (select ic.incident_id from incident_claim ic
				  join claim c on c.id = ic.claim_id join source s on s.id = c.source_id
				 where s.slug like 'acled-import-%')""").update();
		this.jdbc.sql("delete from claim where source_id in (select id from source where slug like 'acled-import-%')")
			.update();
		this.jdbc.sql("update acled_import set source_id = null").update();
		this.jdbc.sql("delete from source where slug like 'acled-import-%'").update();
		this.jdbc.sql("delete from acled_actor_name").update();
		this.jdbc.sql("delete from acled_import").update();
		this.jdbc.sql("delete from form_submission where username like 'editor-import%' or username = 'admin-import'")
			.update();
	}

	@Test
	void shouldGiveBackTheSameRecordsWhenItsOwnExportIsImported() throws Exception {
		String exported = this.mvc.perform(get("/incidents/acled.csv").with(SignedIn.analyst("analyst-import")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		List<CSVRecord> before = records(exported);
		assertThat(before).hasSizeGreaterThan(20);
		long id = importFile(exported, SignedIn.editor(EDITOR), false);
		assertThat(count("select rows_imported from acled_import where id = " + id)).isEqualTo(before.size());
		assertThat(count("select rows_rejected from acled_import where id = " + id)).isZero();
		String again = this.mvc
			.perform(get("/incidents/acled.csv").param("status", "DRAFT").with(SignedIn.editor("editor-import-2")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Map<String, CSVRecord> after = new HashMap<>();
		records(again).forEach((r) -> after.put(r.get("event_id_cnty"), r));
		for (CSVRecord original : before) {
			CSVRecord imported = after.get(original.get("event_id_cnty"));
			assertThat(imported).as("the import of %s", original.get("event_id_cnty")).isNotNull();
			for (String column : AcledFormat.COLUMNS) {
				if (!column.equals("timestamp")) {
					assertThat(imported.get(column)).as("%s of %s", column, original.get("event_id_cnty"))
						.isEqualTo(original.get(column));
				}
			}
		}
	}

	@Test
	void shouldChangeNothingWhenTheSameFileIsImportedAgain() throws Exception {
		String file = HEADER
				+ row("TST1", "2024-03-05", "1", "Battles", "Armed clash", "TTP: Tehreek-i-Taliban Pakistan",
						"Pakistan", "Pakistan", "Khyber Pakhtunkhwa", "Bannu", "Bannu", "33.0", "70.6", "1",
						"Militants attacked a checkpost in Bannu.", "3", "")
				+ row("TST2", "2024-03", "3", "Explosions/Remote violence", "Remote explosive/landmine/IED",
						"Islamic State Khorasan Province (ISKP)", "", "Afghanistan", "Kunar", "", "", "", "", "3",
						"A roadside bomb in Kunar.", "", "");
		importFile(file, SignedIn.editor(EDITOR), false);
		String counts = """
				select (select count(*) from incident) || '/' || (select count(*) from incident_actor) || '/'
				       || (select count(*) from claim) || '/' || (select count(*) from source) || '/'
				       || (select count(*) from incident_aud) || '/' || (select count(*) from claim_aud) || '/'
				       || (select count(*) from revision) || '/' || (select count(*) from acled_actor_name)""";
		String first = this.jdbc.sql(counts).query(String.class).single();
		long again = importFile(file, SignedIn.editor(EDITOR), false);
		assertThat(this.jdbc.sql(counts).query(String.class).single()).isEqualTo(first);
		assertThat(count("select rows_present from acled_import where id = " + again)).isEqualTo(2);
		assertThat(count("select rows_imported from acled_import where id = " + again)).isZero();
		this.mvc.perform(get("/incidents/import/" + again).with(SignedIn.editor(EDITOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<dd class=\"col-sm-9\" id=\"rows-present\">2</dd>")));
	}

	@Test
	void shouldNameTheLineAndColumnOfEveryProblemAndImportTheOtherRows() throws Exception {
		String file = "\uFEFF" + HEADER
				+ row("TST10", "2024-01-02", "1", "Battles", "Armed clash", "TTP: Tehreek-i-Taliban Pakistan", "",
						"Pakistan", "", "", "", "", "", "", "A clash.", "ten", "")
				+ row("TST11", "2024-01-02", "1", "Skirmish", "Armed clash", "TTP: Tehreek-i-Taliban Pakistan", "",
						"Pakistan", "", "", "", "", "", "", "A skirmish.", "1", "")
				+ row("TST12", "2024-01-03", "1", "Battles", "Armed clash", "TTP: Tehreek-i-Taliban Pakistan", "",
						"Pakistan", "", "", "", "", "", "", "Notes over\ntwo lines.", "2", "")
				+ row("TST13", "2024-01-04", "1", "Battles", "Armed clash", "TTP: Tehreek-i-Taliban Pakistan", "",
						"Pakistan", "", "", "", "95", "70", "1", "Far north.", "2", "")
				+ row("TST14", "2024-01-05", "1", "Battles", "Armed clash", "TTP: Tehreek-i-Taliban Pakistan", "",
						"Atlantis", "", "", "", "", "", "", "Nowhere.", "2", "")
				+ row("TST12", "2024-01-06", "1", "Battles", "Armed clash", "TTP: Tehreek-i-Taliban Pakistan", "",
						"Pakistan", "", "", "", "", "", "", "The same event again.", "2", "")
				+ row("TST15", "2024-01-07", "1", "Battles", "Armed clash", "TTP: Tehreek-i-Taliban Pakistan", "",
						"Pakistan", "Khyber Pakhtunkhwa", "Lower Dir", "Timergara", "", "", "3", "In Lower Dir.", "",
						"")
				+ row("TST16", "2024-01-08", "1", "Battles", "Armed clash", "TTP: Tehreek-i-Taliban Pakistan", "",
						"Pakistan", "", "", "", "", "", "", "", "2", "");
		long id = importFile(file, SignedIn.editor(EDITOR), false);
		List<String> problems = this.jdbc
			.sql("select line || ' ' || coalesce(column_name, '-') || ' ' || code || ' ' || rejected "
					+ "from acled_import_problem where import_id = :id order by seq")
			.param("id", id)
			.query(String.class)
			.list();
		assertThat(problems).containsExactly("2 fatalities invalid true", "3 event_type unknown true",
				"6 latitude invalid true", "7 country unknown true", "8 event_id_cnty repeated true",
				"9 admin2 admin2.unknown false", "10 notes required true");
		assertThat(this.jdbc.sql("select event_id_cnty from incident where event_id_cnty like 'TST1_' order by 1")
			.query(String.class)
			.list()).containsExactly("TST12", "TST15");
		assertThat(this.jdbc
			.sql("select place_name || ' ' || location_precision from incident " + "where event_id_cnty = 'TST15'")
			.query(String.class)
			.single()).isEqualTo("Timergara, Lower Dir ADMIN1");
		assertThat(count("select rows_read from acled_import where id = " + id)).isEqualTo(8);
		assertThat(count("select rows_imported from acled_import where id = " + id)).isEqualTo(2);
		assertThat(count("select rows_rejected from acled_import where id = " + id)).isEqualTo(6);
		this.mvc.perform(get("/incidents/import/" + id).with(SignedIn.editor(EDITOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<td class=\"problem-line\">6</td>")))
			.andExpect(content().string(containsString("<td class=\"problem-column font-monospace\">latitude</td>")));
	}

	@Test
	void shouldLeaveABatchTheDatabaseRefusesOutWhole() throws Exception {
		this.jdbc.sql("""
				create or replace function public.acled_test_refuse() returns trigger language plpgsql as
				$$ begin if new.summary = 'Refused by the database.' then raise exception 'refused'; end if;
				return new; end $$""").update();
		this.jdbc
			.sql("create trigger acled_test_refuse before insert on incident for each row "
					+ "execute function public.acled_test_refuse()")
			.update();
		try {
			String file = HEADER
					+ row("TST20", "2024-02-01", "1", "Battles", "Armed clash", "TTP: Tehreek-i-Taliban Pakistan", "",
							"Pakistan", "", "", "", "", "", "", "A first clash.", "1", "")
					+ row("TST21", "2024-02-02", "1", "Battles", "Armed clash", "TTP: Tehreek-i-Taliban Pakistan", "",
							"Pakistan", "", "", "", "", "", "", "Refused by the database.", "1", "")
					+ row("TST22", "2024-02-03", "1", "Battles", "Armed clash", "TTP: Tehreek-i-Taliban Pakistan", "",
							"Pakistan", "", "", "", "", "", "", "A third clash.", "1", "");
			long id = importFile(file, SignedIn.editor(EDITOR), false);
			assertThat(count("select count(*) from incident where event_id_cnty like 'TST2_'")).isZero();
			assertThat(count("select count(*) from claim where ref like 'acled-" + id + "-%'")).isZero();
			assertThat(count("select count(*) from source where slug = 'acled-import-" + id + "'")).isZero();
			assertThat(this.jdbc
				.sql("select line || ' ' || value || ' ' || code from acled_import_problem where import_id = :id")
				.param("id", id)
				.query(String.class)
				.list()).containsExactly("2 2–4 batch.refused");
			assertThat(count("select rows_rejected from acled_import where id = " + id)).isEqualTo(3);
		}
		finally {
			this.jdbc.sql("drop trigger if exists acled_test_refuse on incident").update();
			this.jdbc.sql("drop function if exists public.acled_test_refuse()").update();
		}
	}

	@Test
	void shouldQueueAnUnresolvedActorForAnEditorAndNeverMakeItAGroup() throws Exception {
		long groups = count("select count(*) from militant_group");
		String file = HEADER
				+ row("TST30", "2024-04-01", "1", "Violence against civilians", "Attack",
						"Unidentified Armed Group (Pakistan)", "Civilians (Pakistan)", "Pakistan", "", "", "", "", "",
						"", "Gunmen shot two shopkeepers.", "2", "")
				+ row("TST31", "2024-04-02", "1", "Battles", "Armed clash", "Unidentified Armed Group (Pakistan)",
						"Pakistan", "Pakistan", "", "", "", "", "", "", "A clash with unknown gunmen.", "0", "")
				+ row("TST32", "2024-04-03", "1", "Battles", "Armed clash", "Lashkar of the Unknown", "", "Pakistan",
						"", "", "", "", "", "", "A clash with another unknown group.", "0", "");
		importFile(file, SignedIn.editor(EDITOR), false);
		assertThat(count("select count(*) from militant_group")).isEqualTo(groups);
		assertThat(this.jdbc
			.sql("select n.name || ' ' || n.status || ' ' || count(m.incident_id) from acled_actor_name n "
					+ "left join acled_actor_mention m on m.name_id = n.id group by n.id order by n.name")
			.query(String.class)
			.list())
			.containsExactly("Lashkar of the Unknown PENDING 1", "Unidentified Armed Group (Pakistan) PENDING 2");
		assertThat(count("select count(*) from incident_actor ia join incident i on i.id = ia.incident_id "
				+ "where i.event_id_cnty = 'TST31'"))
			.as("Pakistan, found among the states")
			.isEqualTo(1);
		this.mvc.perform(get("/incidents/actor-names").with(SignedIn.editor(EDITOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Unidentified Armed Group (Pakistan)")));
		long unidentified = count("select id from acled_actor_name where name = 'Unidentified Armed Group (Pakistan)'");
		this.mvc
			.perform(post("/incidents/actor-names/" + unidentified + "/map").param("version", "0")
				.param("party", "Pakistani Taliban")
				.param("formToken", UUID.randomUUID().toString())
				.with(SignedIn.editor(EDITOR)))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.sql("""
				select i.event_id_cnty || ' ' || ia.role from incident_actor ia join incident i on i.id = ia.incident_id
				  join militant_group g on g.id = ia.group_id
				 where g.slug = 'ttp' and i.event_id_cnty in ('TST30', 'TST31') order by 1""")
			.query(String.class)
			.list()).containsExactly("TST30 PERPETRATOR", "TST31 PERPETRATOR");
		assertThat(
				count("""
						select count(*) from incident_actor_aud a join revision r on r.id = a.rev
						 where r.username = 'editor-import' and r.reason like 'actor name "Unidentified Armed Group (Pakistan)"%'
						"""))
			.isEqualTo(2);
		long lashkar = count("select id from acled_actor_name where name = 'Lashkar of the Unknown'");
		this.mvc
			.perform(post("/incidents/actor-names/" + lashkar + "/dismiss").param("version", "0")
				.param("formToken", UUID.randomUUID().toString())
				.with(SignedIn.editor(EDITOR)))
			.andExpect(status().is3xxRedirection());
		assertThat(count("select count(*) from acled_actor_mention")).isZero();
		assertThat(this.jdbc.sql("select status from acled_actor_name order by name").query(String.class).list())
			.containsExactly("DISMISSED", "MAPPED");
		String later = HEADER
				+ row("TST33", "2024-04-04", "1", "Battles", "Armed clash", "Unidentified Armed Group (Pakistan)",
						"Lashkar of the Unknown", "Pakistan", "", "", "", "", "", "", "A later clash.", "0", "");
		importFile(later, SignedIn.editor(EDITOR), false);
		assertThat(this.jdbc.sql("""
				select coalesce(g.slug, 'actor') || ' ' || ia.role from incident_actor ia
				  join incident i on i.id = ia.incident_id left join militant_group g on g.id = ia.group_id
				 where i.event_id_cnty = 'TST33'""").query(String.class).list())
			.as("the decisions reused: mapped to the TTP, dismissed")
			.containsExactly("ttp PERPETRATOR");
		assertThat(count("select count(*) from acled_actor_mention")).isZero();
	}

	@Test
	void shouldImportDraftsUnlessAnAdministratorImportsThemAsPublished() throws Exception {
		String file = HEADER + row("TST40", "2024-05-01", "1", "Battles", "Armed clash",
				"TTP: Tehreek-i-Taliban Pakistan", "", "Pakistan", "", "", "", "", "", "", "A clash.", "1", "");
		this.mvc
			.perform(multipart("/incidents/import").file(upload(file))
				.param("published", "true")
				.param("formToken", UUID.randomUUID().toString())
				.with(SignedIn.editor(EDITOR)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Only an administrator")));
		assertThat(count("select count(*) from acled_import")).isZero();
		importFile(file, SignedIn.editor(EDITOR), false);
		assertThat(this.jdbc.sql("select status || ' ' || created_by from incident where event_id_cnty = 'TST40'")
			.query(String.class)
			.single()).isEqualTo("DRAFT editor-import");
		String other = HEADER + row("TST41", "2024-05-02", "1", "Battles", "Armed clash",
				"TTP: Tehreek-i-Taliban Pakistan", "", "Pakistan", "", "", "", "", "", "", "A clash.", "1", "");
		importFile(other, SignedIn.admin("admin-import"), true);
		assertThat(this.jdbc.sql("select status || ' ' || reviewed_by from incident where event_id_cnty = 'TST41'")
			.query(String.class)
			.single()).isEqualTo("PUBLISHED admin-import");
	}

	@Test
	void shouldSourceAndAuditEveryImportedIncident() throws Exception {
		String file = HEADER + row("TST50", "2024-06-01", "1", "Battles", "Armed clash",
				"TTP: Tehreek-i-Taliban Pakistan", "Pakistan", "Pakistan", "", "", "", "", "", "",
				"Militants clashed with the police.", "4", "suspected: TTP: Tehreek-i-Taliban Pakistan");
		long id = importFile(file, SignedIn.editor(EDITOR), false);
		assertThat(this.jdbc.sql("""
				select s.slug || ' | ' || s.kind || ' | ' || c.quote || ' | ' || c.claimant_kind || ' | ' || c.note
				  from incident i join incident_claim ic on ic.incident_id = i.id join claim c on c.id = ic.claim_id
				  join source s on s.id = c.source_id
				 where i.event_id_cnty = 'TST50'""").query(String.class).single())
			.isEqualTo("acled-import-" + id + " | DATASET | Militants clashed with the police. | SOURCE | "
					+ "ACLED source: Dawn\nACLED source scale: National");
		assertThat(this.jdbc.sql("""
				select r.username || ' | ' || r.reason || ' | ' || a.revtype from incident i
				  join incident_aud a on a.id = i.id join revision r on r.id = a.rev where i.event_id_cnty = 'TST50'""")
			.query(String.class)
			.list()).containsExactly("editor-import | imported from test.csv | 0");
		long rev = count(
				"select a.rev from incident_aud a join incident i on i.id = a.id where i.event_id_cnty = 'TST50'");
		for (String table : List.of("claim", "source", "incident_claim")) {
			assertThat(count("select count(*) from " + table + "_aud where rev = " + rev)).as(table).isEqualTo(1);
		}
		assertThat(count("""
				select count(*) from incident_actor_aud a join incident i on i.id = a.incident_id
				 where i.event_id_cnty = 'TST50'""")).isEqualTo(2);
		assertThat(count("""
				select count(*) from incident_claim_aud a join incident i on i.id = a.incident_id
				 where i.event_id_cnty = 'TST50'""")).isEqualTo(1);
		assertThat(this.jdbc.sql("""
				select ia.role from incident_actor ia join incident i on i.id = ia.incident_id
				 where i.event_id_cnty = 'TST50' order by ia.id""").query(String.class).list())
			.containsExactly("SUSPECTED", "TARGET");
		long incident = count("select id from incident where event_id_cnty = 'TST50'");
		this.mvc.perform(get("/incidents/" + incident + "/history").with(SignedIn.editor(EDITOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("imported from test.csv")));
	}

	@Test
	void shouldRefuseAFileWithoutAcledsColumnsAndImportNothing() throws Exception {
		long incidents = count("select count(*) from incident");
		long id = importFile("event_id_cnty,event_date,country\r\nTST60,2024-01-01,Pakistan\r\n",
				SignedIn.editor(EDITOR), false);
		assertThat(this.jdbc.sql("select status from acled_import where id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("FAILED");
		assertThat(this.jdbc
			.sql("select line || ' ' || column_name || ' ' || code from acled_import_problem where import_id = :id")
			.param("id", id)
			.query(String.class)
			.list()).containsExactly("1 time_precision header.missing");
		assertThat(count("select count(*) from incident")).isEqualTo(incidents);
	}

	@Test
	void shouldAnswerAnUploadWithoutAFileWithTheFormMarkingIt() throws Exception {
		this.mvc
			.perform(multipart("/incidents/import").param("formToken", UUID.randomUUID().toString())
				.with(SignedIn.editor(EDITOR)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Choose a CSV file to import.")));
	}

	/** Uploads the file as the requester and waits until its import has finished. */
	private long importFile(String text, RequestPostProcessor requester, boolean published) throws Exception {
		String location = this.mvc
			.perform(multipart("/incidents/import").file(upload(text))
				.param("published", String.valueOf(published))
				.param("formToken", UUID.randomUUID().toString())
				.with(requester))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith("/incidents/import/");
		long id = Long.parseLong(location.substring("/incidents/import/".length()));
		Await.until("import " + id + " to finish",
				() -> !List.of("QUEUED", "RUNNING")
					.contains(this.jdbc.sql("select status from acled_import where id = :id")
						.param("id", id)
						.query(String.class)
						.single()));
		return id;
	}

	private static MockMultipartFile upload(String text) {
		return new MockMultipartFile("file", "test.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * A row in ACLED's columns: the values given, "Dawn" and "National" as its source,
	 * the rest empty.
	 */
	static String row(String id, String date, String timePrecision, String eventType, String subEventType,
			String actor1, String actor2, String country, String admin1, String admin2, String location,
			String latitude, String longitude, String geoPrecision, String notes, String fatalities, String tags) {
		Map<String, String> values = new HashMap<>();
		values.put("event_id_cnty", id);
		values.put("event_date", date.length() == 7 ? date + "-15" : date);
		values.put("year", date.substring(0, 4));
		values.put("time_precision", timePrecision);
		values.put("event_type", eventType);
		values.put("sub_event_type", subEventType);
		values.put("actor1", actor1);
		values.put("actor2", actor2);
		values.put("country", country);
		values.put("admin1", admin1);
		values.put("admin2", admin2);
		values.put("location", location);
		values.put("latitude", latitude);
		values.put("longitude", longitude);
		values.put("geo_precision", geoPrecision);
		values.put("source", "Dawn");
		values.put("source_scale", "National");
		values.put("notes", notes);
		values.put("fatalities", fatalities);
		values.put("tags", tags);
		List<String> cells = new ArrayList<>();
		for (String column : AcledFormat.COLUMNS) {
			String value = values.getOrDefault(column, "");
			cells.add("\"" + value.replace("\"", "\"\"") + "\"");
		}
		return String.join(",", cells) + "\r\n";
	}

	private static List<CSVRecord> records(String text) throws Exception {
		try (CSVParser parser = CSVParser.parse(text,
				CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
			return parser.getRecords();
		}
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
