package org.militancymonitor.sanctions;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.militancymonitor.PostgresSpringBootTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The sanctions pages an analyst reads, over the seed with the shared UN list imported
 * and then a newer list: the designations by regime, the list's regimes, the individuals
 * linked to groups, an entry, the imports and their change sets, and the group profile's
 * designations.
 */
@PostgresSpringBootTest
@WithMockUser(roles = "ANALYST")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SanctionsControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UnListImport imports;

	long first;

	long newer;

	@BeforeAll
	void importTheListAndANewerOne() {
		UnListImports.remove(this.jdbc);
		String original = UnListFiles.sharedText();
		this.first = this.imports.run(UnListImportTests.list(original), UnListFiles.FILE_NAME, "editor-a", null)
			.importId();
		this.newer = this.imports
			.run(UnListImportTests.list(UnListVariants.newer(original)), "consolidated-2020-04-01.xml", "editor-b",
					null)
			.importId();
	}

	@AfterAll
	void removeImports() {
		UnListImports.remove(this.jdbc);
	}

	@Test
	void shouldShowTheGroupsDesignationsByRegimeWithTheirEntries() throws Exception {
		this.mvc.perform(get("/sanctions"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Designations of the groups, by regime"),
					containsString("UN Security Council ISIL (Da’esh) and Al-Qaida sanctions list"),
					containsString("href=\"/sanctions/entries/QDe.132\""), containsString("href=\"/groups/ttp\""),
					containsString("29 Jul 2011"), containsString("href=\"/groups/isil-k\""),
					// ISIL-K is off the newer list: delisted by its date
					containsString("1 Apr 2020"), containsString("id=\"nav-sanctions\""))));
	}

	@Test
	void shouldShowTheListByRegimeAndItsImports() throws Exception {
		this.mvc.perform(get("/sanctions"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("href=\"/sanctions/entries?regime=Al-Qaida\""),
					containsString("href=\"/sanctions/entries?regime=Taliban\""),
					containsString("href=\"/sanctions/imports/" + this.first + "\""),
					containsString("href=\"/sanctions/imports/" + this.newer + "\""),
					containsString("2020-04-01T10:00:00.000-04:00"), containsString("consolidated-2020-03-20.xml"),
					containsString("1 added, 1 amended, 2 delisted"), not(containsString("id=\"import-link\"")))));
	}

	@Test
	void shouldShowTheIndividualsLinkedToTheGroups() throws Exception {
		String page = this.mvc.perform(get("/sanctions"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String individuals = page.substring(page.indexOf("id=\"individuals\""), page.indexOf("id=\"imports\""));
		// the TTP's leader named in its entry, and a TTP member whose entry names the TTP
		assertThat(individuals).contains("href=\"/sanctions/entries/QDi.352\"", "MAULANA FAZLULLAH",
				"named in the group&#39;s entry", "href=\"/sanctions/entries/QDi.312\"", "names the group&#39;s entry");
	}

	@Test
	void shouldShowAnEntryWithItsAliasesGroupsRelatedEntriesAndChanges() throws Exception {
		this.mvc.perform(get("/sanctions/entries/QDe.132"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("TEHRIK-E TALIBAN PAKISTAN (TTP)"),
					containsString("تحریک طالبان پاکستان"), containsString("Pakistani Taliban Movement"),
					containsString("a.k.a."), containsString("15 Jun 2015"), containsString("href=\"/groups/ttp\""),
					containsString("by reference number"), containsString("href=\"/sanctions/entries/QDi.352\""),
					containsString("Tehrik-e Taliban is based in the tribal areas"), containsString("Amended"),
					containsString("a.k.a. Pakistani Taliban\n"))));
		this.mvc.perform(get("/sanctions/entries/QDe.161"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"off-list\""),
					containsString("Not on the UN list generated 2020-04-01T10:00:00.000-04:00"))));
		this.mvc.perform(get("/sanctions/entries/QDi.352"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("7 Apr 2015"), containsString("(2015-04-07-04:00)"))));
	}

	@Test
	void shouldAnswerAnUnknownEntryRegimeOrImportWith404() throws Exception {
		this.mvc.perform(get("/sanctions/entries/QDe.000")).andExpect(status().isNotFound());
		this.mvc.perform(get("/sanctions/entries").param("regime", "Atlantis")).andExpect(status().isNotFound());
		this.mvc.perform(get("/sanctions/imports/999999999")).andExpect(status().isNotFound());
		this.mvc.perform(get("/sanctions/imports/not-a-number")).andExpect(status().isBadRequest());
	}

	@Test
	void shouldListARegimesEntries() throws Exception {
		this.mvc.perform(get("/sanctions/entries").param("regime", "Taliban"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("The UN list: Taliban"),
					containsString("href=\"/sanctions/entries/TAe.012\""), not(containsString("QDe.132")))));
		this.mvc.perform(get("/sanctions/entries"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("href=\"/sanctions/entries/QDe.999\""), containsString("off the list"))));
	}

	@Test
	void shouldShowAnImportsChangeSet() throws Exception {
		this.mvc.perform(get("/sanctions/imports/" + this.newer))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("This list changed the entries"),
					containsString("change-ADDED"), containsString("QDe.999"), containsString("change-AMENDED"),
					containsString("Pakistani Taliban Movement"), containsString("change-DELISTED"),
					containsString("KPi.033"), containsString("href=\"/sources/un-consolidated-list-2020-04-01\""),
					containsString("editor-b"))));
		this.mvc.perform(get("/sanctions/imports/" + this.first))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("1014 added"),
					containsString("href=\"/sources/un-consolidated-list-2020-03-20\""))));
		this.mvc.perform(get("/sanctions/imports"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/sanctions/imports/" + this.first + "\"")));
	}

	@Test
	void shouldLinkTheProfilesDesignationToItsEntryAndShowItsDelisting() throws Exception {
		this.mvc.perform(get("/groups/ttp"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/sanctions/entries/QDe.132\"")));
		this.mvc.perform(get("/groups/isil-k"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("href=\"/sanctions/entries/QDe.161\""),
					containsString("designation-delisted\">1 Apr 2020<"))));
	}

}
