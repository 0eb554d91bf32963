package org.militancymonitor.group;

import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.militancymonitor.Await;
import org.militancymonitor.PostgresSpringBootTest;
import org.militancymonitor.RetractionFixture;
import org.militancymonitor.SignedIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Retracting a group and its aliases, designations, estimates and relationships: the
 * record stays, its page says who retracted it, when and why, and the profile sections,
 * the groups index, the search, the graph and the contested page leave it out; the
 * History shows the retraction; a form from an older version or without a reason changes
 * nothing.
 */
@PostgresSpringBootTest
@WithMockUser(roles = "ANALYST")
class GroupRetractionTests {

	static final RequestPostProcessor EDITOR = SignedIn.editor("editor-retract-one");

	static final RequestPostProcessor REVIEWER = SignedIn.editor("editor-retract-two");

	static final String PROFILE = "/groups/" + RetractionFixture.GROUP;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	RetractionFixture fixture;

	@BeforeEach
	void enter() {
		this.fixture = RetractionFixture.enter(this.jdbc);
	}

	@AfterEach
	void remove() {
		RetractionFixture.remove(this.jdbc);
	}

	@Test
	void shouldMoveRetractedFactsOutOfTheProfileSectionsIntoTheRetractedSection() throws Exception {
		String before = page(PROFILE, EDITOR);
		assertThat(section(before, "aliases")).contains(RetractionFixture.ALIAS);
		assertThat(section(before, "designations")).contains(RetractionFixture.REGIME);
		assertThat(section(before, "estimates")).contains("4,321");
		assertThat(section(before, "relationships")).contains("href=\"/groups/ttp\"");
		assertThat(before).doesNotContain("id=\"retracted\"")
			.contains("action=\"" + PROFILE + "/aliases/" + this.fixture.alias + "/retract\"");

		retract("/aliases/" + this.fixture.alias, "group_alias", this.fixture.alias, "No source uses this name.",
				"alias");
		retract("/designations/" + this.fixture.designation, "designation", this.fixture.designation,
				"The act was never passed.", "designation");
		retract("/estimates/" + this.fixture.estimate, "estimate", this.fixture.estimate, "The figure was a misprint.",
				"estimate");
		retract("/relationships/" + this.fixture.relationship, "group_relationship", this.fixture.relationship,
				"The two were never rivals.", "relationship");

		String after = page(PROFILE, EDITOR);
		assertThat(section(after, "aliases")).doesNotContain(RetractionFixture.ALIAS);
		assertThat(section(after, "designations")).doesNotContain(RetractionFixture.REGIME);
		assertThat(section(after, "estimates")).doesNotContain("4,321");
		assertThat(section(after, "relationships")).doesNotContain("href=\"/groups/ttp\"");
		assertThat(after).doesNotContain("id=\"latest-estimates\"");
		String retracted = section(after, "retracted");
		assertThat(retracted)
			.contains("id=\"retracted-alias-" + this.fixture.alias + "\"", RetractionFixture.ALIAS,
					"No source uses this name.", RetractionFixture.REGIME, "The act was never passed.", "4,321",
					"The figure was a misprint.", "The two were never rivals.", "by editor-retract-one:")
			.doesNotContain("/retract\"");
		// the TTP's own profile shows the rivalry apart too
		String ttp = page("/groups/ttp", EDITOR);
		assertThat(section(ttp, "relationships")).doesNotContain("href=\"" + PROFILE + "\"");
		assertThat(section(ttp, "retracted")).contains("href=\"" + PROFILE + "\"", "The two were never rivals.");
		assertThat(page("/api/graph", EDITOR)).doesNotContain("\"r" + this.fixture.relationship + "\"")
			.doesNotContain("\"d" + this.fixture.designation + "\"");
		// the source page no longer lists them among the facts of their claims
		assertThat(page("/sources/" + RetractionFixture.SOURCE, EDITOR)).doesNotContain(RetractionFixture.REGIME)
			.doesNotContain("<strong>" + RetractionFixture.ALIAS + "</strong>");
		this.mvc.perform(get(PROFILE + "/history").with(EDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("retracted: No source uses this name."),
					containsString("retracted: The figure was a misprint."), containsString("Retraction"))));
		// a retracted fact is not edited
		this.mvc.perform(get(PROFILE + "/aliases/" + this.fixture.alias + "/edit").with(EDITOR))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("A retracted record is not edited.")));
		// and a new alias of the same name may be entered beside the retracted one
		this.jdbc.sql("insert into group_alias (group_id, name, quality) values (:group, :name, 'AKA')")
			.param("group", this.fixture.group)
			.param("name", RetractionFixture.ALIAS)
			.update();
	}

	@Test
	void shouldRefuseAStaleBlankOrRepeatedRetractionAndChangeNothing() throws Exception {
		String url = PROFILE + "/aliases/" + this.fixture.alias + "/retract";
		int version = this.fixture.version("group_alias", this.fixture.alias);
		this.mvc.perform(RetractionFixture.retract(url, version + 1, "From a page of another version.", EDITOR))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Someone changed this record meanwhile")));
		this.mvc.perform(RetractionFixture.retract(url, version, "   ", EDITOR))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("Say why you retract it"),
					containsString("id=\"reason-error\""), containsString("action=\"" + url + "\""))));
		this.mvc.perform(RetractionFixture.retract(url, version, "x".repeat(1001), EDITOR))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Use at most 1000 characters.")));
		this.mvc.perform(
				post(url).with(EDITOR).param("reason", "No version.").param("formToken", UUID.randomUUID().toString()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("The form lost the version of the record")));
		assertThat(this.fixture.retraction("group_alias", this.fixture.alias)).isNull();
		assertThat(this.fixture.version("group_alias", this.fixture.alias)).isEqualTo(version);
		assertThat(section(page(PROFILE, EDITOR), "aliases")).contains(RetractionFixture.ALIAS);

		String token = UUID.randomUUID().toString();
		this.mvc
			.perform(post(url).with(EDITOR)
				.param("version", Integer.toString(version))
				.param("reason", "First.")
				.param("formToken", token))
			.andExpect(flash().attribute("message", "retraction.done"));
		// the same form again (a double click): the first retraction's page, nothing more
		this.mvc
			.perform(post(url).with(EDITOR)
				.param("version", Integer.toString(version))
				.param("reason", "Second.")
				.param("formToken", token))
			.andExpect(flash().attribute("message", "form.alreadySaved"));
		// another form from the page as it is now: retracted already
		this.mvc.perform(RetractionFixture.retract(url, version + 1, "Again.", EDITOR))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("This record is retracted already.")));
		assertThat(this.fixture.retraction("group_alias", this.fixture.alias)).isEqualTo("First.");
		assertThat(this.jdbc.sql("select count(*) from revision where reason = 'retracted: First.' and username = ?")
			.param("editor-retract-one")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void shouldTakeARetractedGroupOutOfTheIndexAndTheSearchButKeepItsPage() throws Exception {
		Await.until("the groups index to list the group", () -> page("/", EDITOR).contains(PROFILE + "\""));
		assertThat(page("/search?q=Testretract+Liberation", EDITOR)).contains("href=\"" + PROFILE + "\"");
		// readers see no retraction form
		assertThat(page(PROFILE, null)).doesNotContain("/retract\"").doesNotContain("retract-form");

		this.mvc
			.perform(RetractionFixture.retract(PROFILE + "/retract",
					this.fixture.version("militant_group", this.fixture.group), "The front is a hoax of one website.",
					EDITOR))
			.andExpect(redirectedUrl(PROFILE))
			.andExpect(flash().attribute("message", "retraction.done"));

		String page = page(PROFILE, EDITOR);
		assertThat(page)
			.contains("Retracted on ", "by editor-retract-one:", "The front is a hoax of one website.",
					RetractionFixture.GROUP_NAME)
			.doesNotContain("href=\"" + PROFILE + "/edit\"")
			.doesNotContain("action=\"" + PROFILE + "/retract\"")
			.doesNotContain("href=\"" + PROFILE + "/aliases/new\"");
		this.mvc.perform(get(PROFILE + "/edit").with(EDITOR)).andExpect(status().isConflict());
		this.mvc.perform(get(PROFILE + "/aliases/new").with(EDITOR)).andExpect(status().isConflict());
		Await.until("the groups index to leave the group out", () -> !page("/", EDITOR).contains(PROFILE + "\""));
		assertThat(page("/search?q=Testretract+Liberation", EDITOR)).doesNotContain("href=\"" + PROFILE + "\"");
		assertThat(page("/search?q=Zarqwynstan+Brigade", EDITOR)).doesNotContain("href=\"" + PROFILE + "\"");
		assertThat(page("/statements", EDITOR)).doesNotContain("href=\"" + PROFILE + "\"");
		assertThat(section(page("/groups/ttp", EDITOR), "relationships")).doesNotContain("href=\"" + PROFILE + "\"");
		this.mvc.perform(get(PROFILE + "/history").with(EDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("retracted: The front is a hoax of one website.")));
		// analysts read the page too, with the banner
		Await.until("an analyst's page to show the retraction",
				() -> page(PROFILE, null).contains("The front is a hoax of one website."));
	}

	@Test
	void shouldRefuseToApproveAPendingRevisionOfARetractedRecord() throws Exception {
		String ref = this.fixture.aliasClaim;
		this.mvc
			.perform(post(PROFILE + "/aliases/" + this.fixture.alias + "/edit").with(EDITOR)
				.param("formToken", UUID.randomUUID().toString())
				.param("version", Integer.toString(this.fixture.version("group_alias", this.fixture.alias)))
				.param("name", "Zarqwynstan Brigade Renamed")
				.param("quality", "FKA")
				.param("claims[0].ref", ref)
				.param("reason", "The source spells it so."))
			.andExpect(redirectedUrl(PROFILE));
		long revision = this.jdbc.sql("select id from pending_revision where editor = 'editor-retract-one'")
			.query(Long.class)
			.single();
		retract("/aliases/" + this.fixture.alias, "group_alias", this.fixture.alias, "Not a name of the front.",
				"alias");
		this.mvc.perform(post("/review/revisions/" + revision + "/approve").param("version", "0").with(REVIEWER))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("a revision of it is not approved")));
		assertThat(this.jdbc.sql("select name from group_alias where id = ?")
			.param(this.fixture.alias)
			.query(String.class)
			.single()).isEqualTo(RetractionFixture.ALIAS);
		assertThat(this.jdbc.sql("select status from pending_revision where id = ?")
			.param(revision)
			.query(String.class)
			.single()).isEqualTo("PENDING");
	}

	private void retract(String part, String table, long id, String reason, String fact) throws Exception {
		this.mvc.perform(this.fixture.retract(PROFILE + part + "/retract", table, id, reason, EDITOR))
			.andExpect(redirectedUrl(PROFILE + "#retracted-" + fact + "-" + id))
			.andExpect(flash().attribute("message", "retraction.done"));
		assertThat(this.fixture.retraction(table, id)).isEqualTo(reason);
	}

	/** The part of a page from the section of this id to the next section. */
	static String section(String page, String id) {
		int start = page.indexOf("<section id=\"" + id + "\"");
		assertThat(start).as("section %s", id).isNotNegative();
		int end = page.indexOf("<section", start + 1);
		return page.substring(start, (end < 0) ? page.length() : end);
	}

	private String page(String url, RequestPostProcessor requester) {
		try {
			return this.mvc.perform((requester != null) ? get(url).with(requester) : get(url))
				.andReturn()
				.getResponse()
				.getContentAsString();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
