package org.militancymonitor.stix;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.militancymonitor.PostgresSpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A group's STIX 2.1 bundle over the seed: valid against the OASIS schemas for every
 * group, the same on a second export, and carrying the group's aliases, relationships,
 * designations, statements, reports, claims and published incidents.
 */
@PostgresSpringBootTest
@WithMockUser(roles = "ANALYST")
class StixExportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Test
	void shouldValidateEveryGroupsBundleAgainstTheOasisSchemas() throws Exception {
		StixSchemas schemas = StixSchemas.load();
		List<String> slugs = this.jdbc.sql("select slug from militant_group where retracted_at is null order by slug")
			.query(String.class)
			.list();
		assertThat(slugs).contains("ttp", "isil-k");
		List<String> problems = new ArrayList<>();
		for (String slug : slugs) {
			problems.addAll(schemas.problems(bundle(slug)).stream().map((p) -> slug + " " + p).toList());
		}
		assertThat(problems).isEmpty();
		// bundle.json checks every type the export writes but notes and incidents
		assertThat(schemas.bundleTypes()).contains("intrusion-set", "identity", "relationship", "report")
			.doesNotContain("note", "incident");
	}

	@Test
	void shouldGiveTheSameBundleOnASecondExport() throws Exception {
		assertThat(text("ttp")).isEqualTo(text("ttp"));
		assertThat(bundle("ttp").get("id").asString())
			.isEqualTo("bundle--" + StixIds.uuid5(StixIds.NAMESPACE, "bundle/ttp"));
	}

	@Test
	void shouldCarryTheGroupsFactsAndClaims() throws Exception {
		JsonNode bundle = bundle("ttp");
		JsonNode group = object(bundle, StixIds.group("ttp"));
		assertThat(group.get("type").asString()).isEqualTo("intrusion-set");
		List<String> aliases = this.jdbc.sql("""
				select a.name from group_alias a join militant_group g on g.id = a.group_id
				 where g.slug = 'ttp' and a.retracted_at is null and a.name <> g.name""").query(String.class).list();
		assertThat(aliases).isNotEmpty();
		assertThat(group.get("aliases").valueStream().map(JsonNode::asString).toList())
			.containsExactlyInAnyOrderElementsOf(aliases);
		int relationships = this.jdbc
			.sql("""
					select count(*) from group_relationship r join militant_group g on g.id in (r.from_group_id, r.to_group_id)
					 where g.slug = 'ttp' and r.retracted_at is null""")
			.query(Integer.class)
			.single();
		assertThat(relationships).isPositive();
		assertThat(objects(bundle, "relationship").stream()
			.filter((r) -> r.get("source_ref").asString().startsWith("intrusion-set--")
					&& r.get("target_ref").asString().startsWith("intrusion-set--"))
			.count()).isEqualTo(relationships);
		int incidents = this.jdbc.sql("""
				select count(distinct i.id) from incident i join incident_actor a on a.incident_id = i.id
				  join militant_group g on g.id = a.group_id where g.slug = 'ttp' and i.status = 'PUBLISHED'""")
			.query(Integer.class)
			.single();
		assertThat(incidents).isPositive();
		assertThat(objects(bundle, "incident")).hasSize(incidents);
		// every claim of an alias of the group is a note with its verbatim quote, on the
		// group
		List<String> quotes = this.jdbc.sql("""
				select c.quote from group_alias a join militant_group g on g.id = a.group_id
				  join claim c on c.id = a.claim_id where g.slug = 'ttp' and a.retracted_at is null
				   and c.retracted_at is null""").query(String.class).list();
		assertThat(quotes).isNotEmpty();
		List<JsonNode> notes = objects(bundle, "note");
		for (String quote : quotes) {
			assertThat(notes).anySatisfy((n) -> {
				assertThat(n.get("content").asString()).isEqualTo(quote);
				assertThat(n.get("object_refs").valueStream().map(JsonNode::asString))
					.contains(group.get("id").asString());
			});
		}
		assertThat(objects(bundle, "identity")).extracting((i) -> i.get("name").asString()).contains("Pakistan");
		assertThat(objects(bundle, "report")).isNotEmpty()
			.allSatisfy((r) -> assertThat(r.get("object_refs").valueStream().map(JsonNode::asString))
				.contains(group.get("id").asString()));
		// every reference points at an object of the bundle
		List<String> ids = bundle.get("objects").valueStream().map((o) -> o.get("id").asString()).toList();
		assertThat(ids).doesNotHaveDuplicates();
		for (JsonNode object : bundle.get("objects")) {
			for (String property : List.of("source_ref", "target_ref", "created_by_ref")) {
				if (object.has(property)) {
					assertThat(ids).contains(object.get(property).asString());
				}
			}
			object.path("object_refs").forEach((ref) -> assertThat(ids).contains(ref.asString()));
		}
	}

	@Test
	@Transactional
	void shouldLeaveOutDraftIncidents() throws Exception {
		for (String status : List.of("DRAFT", "SUBMITTED")) {
			long id = this.jdbc.sql("""
					insert into incident (occurred_on, date_precision, location_precision, event_type, sub_event_type,
					                      summary, status)
					values (date '2024-05-01', 'DAY', 'UNKNOWN', 'BATTLES', 'ARMED_CLASH', :summary, :status)
					returning id""")
				.param("summary", "An unpublished clash, " + status)
				.param("status", status)
				.query(Long.class)
				.single();
			this.jdbc.sql("""
					insert into incident_actor (incident_id, group_id, role)
					select :id, id, 'PERPETRATOR' from militant_group where slug = 'ttp'""").param("id", id).update();
		}
		long drafts = this.jdbc.sql("""
				select count(*) from incident i join incident_actor a on a.incident_id = i.id
				  join militant_group g on g.id = a.group_id where g.slug = 'ttp' and i.status <> 'PUBLISHED'""")
			.query(Long.class)
			.single();
		List<String> summaries = this.jdbc.sql("""
				select i.summary from incident i join incident_actor a on a.incident_id = i.id
				  join militant_group g on g.id = a.group_id where g.slug = 'ttp' and i.status <> 'PUBLISHED'""")
			.query(String.class)
			.list();
		assertThat(summaries).hasSize((int) drafts);
		List<String> exported = objects(bundle("ttp"), "incident").stream()
			.map((i) -> i.get("description").asString())
			.toList();
		assertThat(exported).doesNotContainAnyElementsOf(summaries);
	}

	@Test
	void shouldAnswer404ForAnUnknownGroup() throws Exception {
		this.mvc.perform(get("/groups/no-such-group/stix.json")).andExpect(status().isNotFound());
	}

	@Test
	void shouldLinkTheBundleFromTheProfile() throws Exception {
		this.mvc.perform(get("/groups/ttp"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("href=\"/groups/ttp/stix.json\"")));
	}

	private String text(String slug) throws Exception {
		return this.mvc.perform(get("/groups/" + slug + "/stix.json"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/stix+json"))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	private JsonNode bundle(String slug) throws Exception {
		return this.json.readTree(text(slug));
	}

	static JsonNode object(JsonNode bundle, String id) {
		return bundle.get("objects")
			.valueStream()
			.filter((o) -> o.get("id").asString().equals(id))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + id));
	}

	static List<JsonNode> objects(JsonNode bundle, String type) {
		return bundle.get("objects").valueStream().filter((o) -> o.get("type").asString().equals(type)).toList();
	}

}
