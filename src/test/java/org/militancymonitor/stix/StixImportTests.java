package org.militancymonitor.stix;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.militancymonitor.PostgresSpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The STIX 2.1 import over the seed, each test in a transaction rolled back after it (the
 * import joins it): a group's own export resolves back to the group and its relationships
 * and changes nothing; a new relationship between known groups arrives as a draft citing
 * the bundle, once however often the bundle is imported; the OASIS example bundles import
 * with their actors queued, never made groups; bad input is a 4xx with a message and
 * nothing imported.
 */
@PostgresSpringBootTest
@Transactional
class StixImportTests {

	static final Path EXAMPLES = StixSchemas.ROOT.resolve("examples").resolve("threat-reports");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Test
	void shouldResolveAGroupsOwnBundleBackToItAndItsRelationships() throws Exception {
		byte[] bundle = this.mvc.perform(get("/groups/ttp/stix.json").with(user("a").roles("ANALYST")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		Map<String, Long> before = counts();
		long id = imported(upload("ttp-stix.json", bundle));
		Map<String, Object> row = this.jdbc.sql("select * from stix_import where id = :id")
			.param("id", id)
			.query()
			.singleRow();
		int relationships = this.jdbc
			.sql("""
					select count(*) from group_relationship r join militant_group g on g.id in (r.from_group_id, r.to_group_id)
					 where g.slug = 'ttp' and r.retracted_at is null""")
			.query(Integer.class)
			.single();
		assertThat(row.get("actors_queued")).isEqualTo(0);
		assertThat(row.get("relationships")).isEqualTo(relationships);
		assertThat(row.get("relationships_present")).isEqualTo(relationships);
		assertThat(row.get("relationships_proposed")).isEqualTo(0);
		assertThat(this.jdbc.sql("""
				select g.slug from stix_import_actor a join militant_group g on g.id = a.group_id
				 where a.import_id = :id and a.stix_id = :stix and a.resolved_by = 'DASHBOARD_ID'""")
			.param("id", id)
			.param("stix", StixIds.group("ttp"))
			.query(String.class)
			.list()).containsExactly("ttp");
		Map<String, Long> after = counts();
		assertThat(after.get("groups")).isEqualTo(before.get("groups"));
		assertThat(after.get("relationships")).isEqualTo(before.get("relationships"));
		assertThat(after.get("drafts")).isEqualTo(before.get("drafts"));
		assertThat(after.get("names")).isEqualTo(before.get("names"));
		this.mvc.perform(get("/stix/import/" + id).with(user("e").roles("EDITOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(StixIds.group("ttp"))));
	}

	@Test
	void shouldProposeANewRelationshipAsADraftOnceCitingTheBundle() throws Exception {
		// two groups by their names, and a type no relationship between them has yet
		String type = this.jdbc
			.sql("""
					select t from unnest(array['RIVAL_OF', 'ALLIED_WITH', 'COLLABORATES_WITH', 'FUNDS']) t
					 where not exists (select 1 from group_relationship r
					                    join militant_group f on f.id = r.from_group_id join militant_group o on o.id = r.to_group_id
					                   where f.slug = 'ttp' and o.slug = 'isil-k' and r.type = t and r.retracted_at is null)
					 limit 1""")
			.query(String.class)
			.single();
		String ttp = name("ttp");
		String isilK = name("isil-k");
		String bundle = """
				{"type": "bundle", "id": "bundle--5d0092c5-5f74-4287-9642-33f4c354e56d", "objects": [
				 {"type": "threat-actor", "spec_version": "2.1", "id": "threat-actor--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",
				  "created": "2024-01-01T00:00:00.000Z", "modified": "2024-01-01T00:00:00.000Z", "name": "%s"},
				 {"type": "intrusion-set", "spec_version": "2.1", "id": "intrusion-set--4e78f46f-a023-4e5f-bc24-71b3ca22ec29",
				  "created": "2024-01-01T00:00:00.000Z", "modified": "2024-01-01T00:00:00.000Z", "name": "Not a name here",
				  "aliases": ["%s"]},
				 {"type": "relationship", "spec_version": "2.1", "id": "relationship--44298a74-ba52-4f0c-87a3-1824e67d7fad",
				  "created": "2024-01-01T00:00:00.000Z", "modified": "2024-01-01T00:00:00.000Z", "confidence": 80,
				  "relationship_type": "%s", "description": "The two fight over the same recruits.",
				  "source_ref": "threat-actor--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",
				  "target_ref": "intrusion-set--4e78f46f-a023-4e5f-bc24-71b3ca22ec29"}]}
				"""
			.formatted(ttp, isilK, type.toLowerCase().replace('_', '-'));
		long drafts = countDrafts();
		long id = imported(upload("rivals.json", bundle.getBytes(StandardCharsets.UTF_8)));
		assertThat(countDrafts()).isEqualTo(drafts + 1);
		JsonNode payload = this.json.readTree(this.jdbc.sql("""
				select payload::text from pending_revision where kind = 'relationship' order by id desc limit 1""")
			.query(String.class)
			.single());
		assertThat(payload.get("type").asString()).isEqualTo(type);
		assertThat(payload.get("otherGroup").asString()).isEqualTo(isilK);
		assertThat(payload.get("claims").get(0).get("source").asString()).isEqualTo("stix-import-" + id);
		assertThat(payload.get("claims").get(0).get("quote").asString())
			.isEqualTo("The two fight over the same recruits.");
		assertThat(payload.get("claims").get(0).get("confidence").asString()).isEqualTo("HIGH");
		assertThat(this.jdbc.sql("select count(*) from source_aud a join source s on s.id = a.id where s.slug = :slug")
			.param("slug", "stix-import-" + id)
			.query(Long.class)
			.single()).isEqualTo(1);
		// the same bundle again: the same import, nothing new
		Map<String, Long> before = counts();
		this.mvc
			.perform(multipart("/stix/import").file(file("rivals.json", bundle.getBytes(StandardCharsets.UTF_8)))
				.with(user("e").roles("EDITOR"))
				.with(csrf()))
			.andExpect(redirectedUrl("/stix/import/" + id));
		assertThat(counts()).isEqualTo(before);
		// the same relationships in another bundle: held by the draft already
		long second = imported(
				upload("rivals-again.json", bundle.replace("5d0092c5", "6d0092c5").getBytes(StandardCharsets.UTF_8)));
		assertThat(countDrafts()).isEqualTo(drafts + 1);
		assertThat(this.jdbc.sql("select relationships_present from stix_import where id = :id")
			.param("id", second)
			.query(Integer.class)
			.single()).isEqualTo(1);
		// the draft goes through review like any: submitted by the importer, approved by
		// a second editor
		Map<String, Object> draft = this.jdbc
			.sql("select id, version from pending_revision where kind = 'relationship' order by id desc limit 1")
			.query()
			.singleRow();
		this.mvc
			.perform(post("/review/revisions/" + draft.get("id") + "/submit")
				.param("version", draft.get("version").toString())
				.with(user("e").roles("EDITOR"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		int version = this.jdbc.sql("select version from pending_revision where id = :id")
			.param("id", draft.get("id"))
			.query(Integer.class)
			.single();
		this.mvc
			.perform(post("/review/revisions/" + draft.get("id") + "/approve").param("version", String.valueOf(version))
				.with(user("r").roles("EDITOR"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.sql("""
				select s.slug from group_relationship r
				  join militant_group f on f.id = r.from_group_id join militant_group o on o.id = r.to_group_id
				  join relationship_claim rc on rc.relationship_id = r.id join claim c on c.id = rc.claim_id
				  join source s on s.id = c.source_id
				 where f.slug = 'ttp' and o.slug = 'isil-k' and r.type = :type and r.retracted_at is null
				   and c.quote = 'The two fight over the same recruits.'""")
			.param("type", type)
			.query(String.class)
			.list()).containsExactly("stix-import-" + id);
	}

	@Test
	void shouldImportTheExampleBundlesWithTheirActorsQueued() throws Exception {
		assumeTrue(Files.isDirectory(EXAMPLES),
				"The STIX example bundles are not in " + EXAMPLES.toAbsolutePath().normalize() + ": skipped");
		long groups = counts().get("groups");
		byte[] apt1 = Files.readAllBytes(EXAMPLES.resolve("apt1.json"));
		List<String> actors = this.json.readTree(apt1)
			.get("objects")
			.valueStream()
			.filter((o) -> StixImports.ACTORS.contains(o.get("type").asString()))
			.map((o) -> o.get("name").asString())
			.toList();
		assertThat(actors).contains("APT1", "Ugly Gorilla");
		long id = imported(upload("apt1.json", apt1));
		Map<String, Object> row = this.jdbc.sql("select * from stix_import where id = :id")
			.param("id", id)
			.query()
			.singleRow();
		assertThat(row.get("actors")).isEqualTo(actors.size());
		assertThat(row.get("actors_queued")).isEqualTo(actors.size());
		assertThat(row.get("relationships_proposed")).isEqualTo(0);
		assertThat(
				this.jdbc.sql("select name from acled_actor_name where status = 'PENDING'").query(String.class).list())
			.containsAll(actors);
		assertThat(counts().get("groups")).isEqualTo(groups);
		long names = counts().get("names");
		long poisonIvy = imported(upload("poisonivy.json", Files.readAllBytes(EXAMPLES.resolve("poisonivy.json"))));
		assertThat(this.jdbc.sql("select actors from stix_import where id = :id")
			.param("id", poisonIvy)
			.query(Integer.class)
			.single()).isZero();
		// apt1 again under another name: the same import, nothing queued twice
		upload("apt1-copy.json", apt1).andExpect(redirectedUrl("/stix/import/" + id));
		assertThat(counts().get("names")).isEqualTo(names);
		assertThat(counts().get("groups")).isEqualTo(groups);
	}

	@Test
	void shouldRefuseWhatIsNoStix21BundleWithAMessageAndImportNothing() throws Exception {
		Map<String, Long> before = counts();
		refused("{\"type\": \"bundle\", \"id\": ", "not valid JSON");
		refused("[1, 2]", "not a STIX bundle");
		refused("{\"type\": \"indicator\", \"id\": \"indicator--1\"}", "not a STIX bundle");
		refused("""
				{"type": "bundle", "id": "bundle--1", "spec_version": "2.0", "objects": []}""", "not STIX 2.1");
		refused("""
				{"type": "bundle", "id": "bundle--1", "objects": [
				 {"type": "threat-actor", "spec_version": "2.1", "id": "threat-actor--1", "name": "A new actor"},
				 {"type": "threat-actor", "spec_version": "2.2", "id": "threat-actor--2", "name": "Another"}]}""",
				"not STIX 2.1");
		refused("""
				{"type": "bundle", "id": "bundle--1", "objects": [
				 {"type": "threat-actor", "spec_version": "2.1", "id": "threat-actor--1", "name": "A new actor"},
				 {"type": "threat-actor", "spec_version": "2.1", "id": "threat-actor--2"}]}""", "has no name");
		this.mvc.perform(multipart("/stix/import").with(user("e").roles("EDITOR")).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Choose a file.")));
		assertThat(counts()).isEqualTo(before);
		assertThat(this.jdbc.sql("select count(*) from acled_actor_name where name = 'A new actor'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void shouldShowTheUploadPageToEditors() throws Exception {
		this.mvc.perform(get("/stix/import").with(user("e").roles("EDITOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"stix-import-form\"")))
			.andExpect(content().string(containsString("name=\"_csrf\"")));
	}

	private void refused(String body, String message) throws Exception {
		upload("bad.json", body.getBytes(StandardCharsets.UTF_8)).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString(message)));
	}

	private ResultActions upload(String name, byte[] bytes) throws Exception {
		return this.mvc
			.perform(multipart("/stix/import").file(file(name, bytes)).with(user("e").roles("EDITOR")).with(csrf()));
	}

	private static MockMultipartFile file(String name, byte[] bytes) {
		return new MockMultipartFile("file", name, "application/json", bytes);
	}

	private long imported(ResultActions result) throws Exception {
		String location = result.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/stix/import/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private String name(String slug) {
		return this.jdbc.sql("select name from militant_group where slug = :slug")
			.param("slug", slug)
			.query(String.class)
			.single();
	}

	private long countDrafts() {
		return this.jdbc.sql("select count(*) from pending_revision where kind = 'relationship' and status = 'DRAFT'")
			.query(Long.class)
			.single();
	}

	private Map<String, Long> counts() {
		return Map.of("groups", count("militant_group"), "relationships", count("group_relationship"), "drafts",
				count("pending_revision"), "names", count("acled_actor_name"), "imports", count("stix_import"),
				"sources", count("source"), "claims", count("claim"));
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}
