package org.militancymonitor.sanctions;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.militancymonitor.PostgresSpringBootTest;
import org.militancymonitor.SignedIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The links an import proposes (the ETIM by its acronym, lookalike names by trigram) and
 * an editor's decisions on them: a confirmed link gives the group its designation citing
 * the list, a rejected one is never proposed again, a decision from an older version
 * answers 409.
 */
@PostgresSpringBootTest
class SanctionsMatchControllerTests {

	static final RequestPostProcessor EDITOR = SignedIn.editor("editor-sanctions");

	static final RequestPostProcessor OTHER_EDITOR = SignedIn.editor("editor-sanctions-2");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UnListImport imports;

	@BeforeEach
	void importTheList() {
		UnListImports.remove(this.jdbc);
		this.imports.run(UnListImportTests.list(UnListFiles.shared()), UnListFiles.FILE_NAME, "test", null);
	}

	@AfterEach
	void removeImports() {
		UnListImports.remove(this.jdbc);
	}

	@Test
	void shouldQueueTheUncertainLinksAndLinkTheCertainOnes() throws Exception {
		// ETIM only by its acronym, ISIL's affiliates by names like ISIL-K's: proposed,
		// not linked
		assertThat(linkStatus("QDe.088", "etim")).isEqualTo("PENDING ACRONYM");
		assertThat(linkStatus("QDe.165", "isil-k")).isEqualTo("PENDING TRIGRAM");
		// Al-Qaida by the name "Al Qaeda" of both: linked, with a designation citing the
		// list
		assertThat(linkStatus("QDe.004", "al-qaeda")).isEqualTo("CONFIRMED EXACT");
		assertThat(this.jdbc.sql("""
				select c.ref || ' ' || s.slug || ' ' || d.listed_on from designation d
				  join militant_group g on g.id = d.group_id join claim c on c.id = d.claim_id
				  join source s on s.id = c.source_id
				 where g.slug = 'al-qaeda' and d.reference_number = 'QDe.004'
				""").query(String.class).single())
			.isEqualTo("unl-2020-03-20-qde-004 un-consolidated-list-2020-03-20 2001-10-06");
		this.mvc.perform(get("/sanctions/matches").with(EDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"match-" + id("QDe.088", "etim") + "\""),
					containsString("by an acronym alone"),
					containsString("EASTERN TURKISTAN ISLAMIC MOVEMENT (ETIM)"))));
	}

	@Test
	void shouldGiveAConfirmedGroupItsDesignationAndNeverProposeARejectedLinkAgain() throws Exception {
		long etim = id("QDe.088", "etim");
		this.mvc.perform(post("/sanctions/matches/" + etim + "/confirm").param("version", "0").with(EDITOR))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/sanctions/matches"));
		assertThat(linkStatus("QDe.088", "etim")).isEqualTo("CONFIRMED ACRONYM");
		assertThat(this.jdbc.sql("""
				select d.regime || ' ' || d.listed_on || ' ' || c.quote from designation d
				  join militant_group g on g.id = d.group_id join claim c on c.id = d.claim_id
				 where g.slug = 'etim' and d.reference_number = 'QDe.088'
				""").query(String.class).single())
			.startsWith("UN Security Council ISIL (Da’esh) and Al-Qaida sanctions list (resolutions 1267/1989/2253) "
					+ "2002-09-11 <FIRST_NAME>EASTERN TURKISTAN ISLAMIC MOVEMENT (ETIM)</FIRST_NAME>");
		this.mvc.perform(get("/groups/etim").with(EDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/sanctions/entries/QDe.088\"")));
		// a double click is no second decision
		this.mvc.perform(post("/sanctions/matches/" + etim + "/confirm").param("version", "0").with(EDITOR))
			.andExpect(status().isFound());

		long libya = id("QDe.165", "isil-k");
		this.mvc.perform(post("/sanctions/matches/" + libya + "/reject").param("version", "0").with(EDITOR))
			.andExpect(status().isFound());
		assertThat(linkStatus("QDe.165", "isil-k")).isEqualTo("REJECTED TRIGRAM");
		this.imports.run(UnListImportTests.list(UnListFiles.shared()), UnListFiles.FILE_NAME, "test", null);
		assertThat(linkStatus("QDe.165", "isil-k")).isEqualTo("REJECTED TRIGRAM");
		this.mvc.perform(get("/sanctions/matches").with(EDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"decided\""), containsString("editor-sanctions"))));
	}

	@Test
	void shouldAnswerADecisionOnALinkDecidedMeanwhileWith409() throws Exception {
		long libya = id("QDe.165", "isil-k");
		this.mvc.perform(post("/sanctions/matches/" + libya + "/reject").param("version", "0").with(EDITOR))
			.andExpect(status().isFound());
		this.mvc.perform(post("/sanctions/matches/" + libya + "/confirm").param("version", "0").with(OTHER_EDITOR))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Someone decided this link meanwhile")));
		assertThat(linkStatus("QDe.165", "isil-k")).isEqualTo("REJECTED TRIGRAM");
		this.mvc.perform(post("/sanctions/matches/" + libya + "/confirm").with(OTHER_EDITOR))
			.andExpect(status().isBadRequest());
		this.mvc.perform(post("/sanctions/matches/999999999/confirm").param("version", "0").with(EDITOR))
			.andExpect(status().isNotFound());
	}

	private String linkStatus(String reference, String group) {
		return this.jdbc.sql("""
				select m.status || ' ' || m.method from sanctions_match m
				  join sanctions_entry e on e.id = m.entry_id join militant_group g on g.id = m.group_id
				 where e.reference_number = :reference and g.slug = :group
				""").param("reference", reference).param("group", group).query(String.class).single();
	}

	private long id(String reference, String group) {
		return this.jdbc.sql("""
				select m.id from sanctions_match m
				  join sanctions_entry e on e.id = m.entry_id join militant_group g on g.id = m.group_id
				 where e.reference_number = :reference and g.slug = :group
				""").param("reference", reference).param("group", group).query(Long.class).single();
	}

}
