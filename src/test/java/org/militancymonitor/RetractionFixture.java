package org.militancymonitor;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Published records of every retractable kind, entered for a test and removed after it,
 * so that retracting them leaves the seed as it was: a source with a claim for each fact,
 * a group with an alias, a designation, an estimate and a relationship with the TTP, a
 * report with a finding about the group, and a statement about it.
 */
public final class RetractionFixture {

	public static final String SOURCE = "test-retract-source";

	public static final String SOURCE_TITLE = "Test Retraction Wire";

	public static final String GROUP = "test-retract-front";

	public static final String GROUP_NAME = "Testretract Liberation Front";

	public static final String ALIAS = "Zarqwynstan Brigade";

	public static final String REGIME = "Test Retraction Act";

	public static final String REPORT = "test-retract-report";

	public static final String REPORT_TITLE = "Test Retraction Report";

	public static final String FINDING = "The Testretract front recruits in Zarqwynstan.";

	public static final String STATEMENT = "Pakistan warns of the Testretract front in Zarqwynstan.";

	/** The quote of the claim behind the alias, a word of which the search finds. */
	public static final String ALIAS_QUOTE = "The Testretract front is also called the Zarqwynstan Brigade.";

	private final JdbcClient jdbc;

	public final long source;

	public final long group;

	public final long alias;

	public final long designation;

	public final long estimate;

	public final long relationship;

	public final long report;

	public final long finding;

	public final long statement;

	/** The claims behind the alias, the finding and the statement. */
	public final String aliasClaim;

	public final String findingClaim;

	public final String statementClaim;

	private RetractionFixture(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.source = id("""
				insert into source (slug, title, kind, reliability) values (:slug, :title, 'NEWS_ARTICLE', 'B')
				returning id""", SOURCE, SOURCE_TITLE);
		this.aliasClaim = "test-retract-alias";
		long aliasClaimId = claim(this.aliasClaim, ALIAS_QUOTE);
		long designationClaim = claim("test-retract-designation", "Pakistan bans the front under a test act.");
		long estimateClaim = claim("test-retract-estimate", "The front has some 4,321 fighters.");
		long relationshipClaim = claim("test-retract-relationship", "The front is a rival of the TTP.");
		this.findingClaim = "test-retract-finding";
		long findingClaimId = claim(this.findingClaim, "The front recruits in Zarqwynstan, the team finds.");
		this.statementClaim = "test-retract-statement";
		long statementClaimId = claim(this.statementClaim, "Pakistan warned of the front in Zarqwynstan.");
		this.group = id(
				"""
						insert into militant_group (slug, name, short_name, kind, status) values (:slug, :title, 'TRLF', 'INSURGENT', 'ACTIVE')
						returning id""",
				GROUP, GROUP_NAME);
		this.alias = this.jdbc.sql("""
				insert into group_alias (group_id, name, quality, claim_id) values (:group, :name, 'AKA', :claim)
				returning id""")
			.param("group", this.group)
			.param("name", ALIAS)
			.param("claim", aliasClaimId)
			.query(Long.class)
			.single();
		this.designation = this.jdbc
			.sql("""
					insert into designation (group_id, authority_id, regime, listed_on, listed_precision, claim_id)
					values (:group, (select id from actor where slug = 'pakistan'), :regime, date '2024-02-03', 'DAY', :claim)
					returning id""")
			.param("group", this.group)
			.param("regime", REGIME)
			.param("claim", designationClaim)
			.query(Long.class)
			.single();
		this.estimate = this.jdbc.sql("""
				insert into estimate (group_id, metric, best, as_of, as_of_precision, claim_id)
				values (:group, 'FIGHTERS', 4321, date '2025-01-01', 'DAY', :claim) returning id""")
			.param("group", this.group)
			.param("claim", estimateClaim)
			.query(Long.class)
			.single();
		this.relationship = this.jdbc.sql("""
				insert into group_relationship (from_group_id, to_group_id, type)
				values (:group, (select id from militant_group where slug = 'ttp'), 'RIVAL_OF') returning id""")
			.param("group", this.group)
			.query(Long.class)
			.single();
		this.jdbc.sql("insert into relationship_claim (relationship_id, claim_id) values (:r, :c)")
			.param("r", this.relationship)
			.param("c", relationshipClaim)
			.update();
		this.report = id(
				"""
						insert into report (slug, title, issuing_body, kind) values (:slug, :title, 'Test Monitoring Team', 'OTHER')
						returning id""",
				REPORT, REPORT_TITLE);
		this.finding = this.jdbc
			.sql("""
					insert into report_finding (report_id, summary, claim_id, position) values (:report, :summary, :claim, 1)
					returning id""")
			.param("report", this.report)
			.param("summary", FINDING)
			.param("claim", findingClaimId)
			.query(Long.class)
			.single();
		this.jdbc.sql("insert into finding_group (finding_id, group_id) values (:f, :g)")
			.param("f", this.finding)
			.param("g", this.group)
			.update();
		this.statement = this.jdbc.sql("""
				insert into statement (actor_id, speaker_label, venue_kind, stance, summary, claim_id)
				values ((select id from actor where slug = 'pakistan'), 'a test official', 'PRESS_STATEMENT', 'WARNS',
				        :summary, :claim) returning id""")
			.param("summary", STATEMENT)
			.param("claim", statementClaimId)
			.query(Long.class)
			.single();
		this.jdbc.sql("insert into statement_group (statement_id, group_id) values (:s, :g)")
			.param("s", this.statement)
			.param("g", this.group)
			.update();
	}

	/** Enters the records, removing any a failed run left. */
	public static RetractionFixture enter(JdbcClient jdbc) {
		remove(jdbc);
		return new RetractionFixture(jdbc);
	}

	/** Removes the records and what the tests entered about them. */
	public static void remove(JdbcClient jdbc) {
		jdbc.sql("delete from pending_revision where editor like 'editor-retract%'").update();
		jdbc.sql("delete from form_submission where username like 'editor-retract%'").update();
		jdbc.sql("delete from statement where claim_id in (select c.id from claim c join source s on s.id = c.source_id"
				+ " where s.slug = :source)")
			.param("source", SOURCE)
			.update();
		jdbc.sql("delete from report where slug = :report").param("report", REPORT).update();
		jdbc.sql("delete from militant_group where slug = :group").param("group", GROUP).update();
		jdbc.sql("delete from claim where source_id = (select id from source where slug = :source)")
			.param("source", SOURCE)
			.update();
		jdbc.sql("delete from source where slug = :source").param("source", SOURCE).update();
	}

	/** The record's version now, from the table the record is in. */
	public int version(String table, long id) {
		return this.jdbc.sql("select version from " + table + " where id = :id")
			.param("id", id)
			.query(Integer.class)
			.single();
	}

	/** Why the record was retracted, or null while it is live. */
	public String retraction(String table, long id) {
		return this.jdbc.sql("select retraction_reason from " + table + " where id = :id")
			.param("id", id)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	/** The id of a claim of the fixture's source. */
	public long claim(String ref) {
		return this.jdbc.sql("select id from claim where ref = :ref").param("ref", ref).query(Long.class).single();
	}

	/** A retraction as the record's page sends it, from the record's current version. */
	public MockHttpServletRequestBuilder retract(String url, String table, long id, String reason,
			RequestPostProcessor editor) {
		return retract(url, version(table, id), reason, editor);
	}

	/** A retraction made from the given version. */
	public static MockHttpServletRequestBuilder retract(String url, int version, String reason,
			RequestPostProcessor editor) {
		return post(url).with(editor)
			.param("version", Integer.toString(version))
			.param("reason", reason)
			.param("formToken", UUID.randomUUID().toString());
	}

	private long claim(String ref, String quote) {
		return this.jdbc.sql("""
				insert into claim (ref, source_id, quote, claimant_kind, position, confidence)
				values (:ref, :source, :quote, 'SOURCE', 'ASSERTS', 'MODERATE') returning id""")
			.param("ref", ref)
			.param("source", this.source)
			.param("quote", quote)
			.query(Long.class)
			.single();
	}

	private long id(String sql, String slug, String title) {
		return this.jdbc.sql(sql).param("slug", slug).param("title", title).query(Long.class).single();
	}

}
