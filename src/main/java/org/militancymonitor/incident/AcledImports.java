package org.militancymonitor.incident;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.militancymonitor.claim.Parties;
import org.militancymonitor.claim.Party;
import org.militancymonitor.review.ReviewStatus;
import org.militancymonitor.system.FormTokens;
import org.postgresql.PGConnection;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports ACLED-format CSV files into incidents, in batches: a file is read as a stream
 * ({@link AcledRowReader}), and each batch of its good rows is written in one
 * transaction, set-based (its rows copied into a temporary table with COPY, then inserted
 * from there into the incidents, their actors, their claims and the audit), so that a
 * million rows take a few hundred statements.
 * <p>
 * The rules: a row with a problem in any cell is left out and the report names its line
 * and column, the rest of its batch is imported; a batch that the database refuses
 * nonetheless is left out whole, never in part, and the report says which lines. A row
 * whose {@code event_id_cnty} an incident has already is left as it is, so importing the
 * same file again changes nothing. Each incident cites the file, a source of its own
 * (kind DATASET), by a claim that quotes the row's notes; it is a draft, entered by the
 * editor who imported it, unless an administrator imported the file as published. Its
 * parties are found through the crosswalk (ACLED's names of groups), then the groups'
 * names and aliases and the states' and organisations' names, then the editors' earlier
 * decisions; a name found nowhere is queued for an editor with the incidents that name
 * it, and never made a group. The audit rows are those Envers writes for the same records
 * (V40), in the batch's transaction, with one revision per batch whose reason is
 * "imported from" the file.
 */
@Service
class AcledImports {

	/** Rows written in one transaction. */
	static final int BATCH = 5000;

	/** Problems kept for a report (all are counted). */
	static final int PROBLEMS_KEPT = 1000;

	private static final Log logger = LogFactory.getLog(AcledImports.class);

	private static final String STAGE = """
			create temporary table if not exists acled_stage (
			    line bigint, incident_id bigint, claim_id bigint, event_id_cnty text, occurred_on date,
			    date_precision text, date_as_stated text, country_id bigint, admin1_id bigint, admin2_id bigint,
			    place_name text, latitude double precision, longitude double precision, location_precision text,
			    event_type text, sub_event_type text, cross_border boolean, fatalities integer, summary text,
			    quote text, note text) on commit delete rows;
			create temporary table if not exists acled_stage_party (
			    incident_id bigint, ordinal integer, group_id bigint, actor_id bigint, role text,
			    uncertain boolean) on commit delete rows;
			create temporary table if not exists acled_stage_mention (
			    incident_id bigint, name_id bigint, role text, uncertain boolean) on commit delete rows
			""";

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final TransactionTemplate transactions;

	private final Parties parties;

	private final FormTokens tokens;

	AcledImports(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactionManager, Parties parties,
			FormTokens tokens) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.transactions = new TransactionTemplate(transactionManager);
		this.parties = parties;
		this.tokens = tokens;
	}

	/** An import as its report shows it. */
	record Summary(long id, String fileName, String startedBy, Instant createdAt, Instant finishedAt, String status,
			boolean asPublished, String sourceSlug, int rowsRead, int rowsImported, int rowsPresent, int rowsRejected,
			int problems, String failure) {

		public boolean isFinished() {
			return !"QUEUED".equals(this.status) && !"RUNNING".equals(this.status);
		}

		/** Problems beyond those kept for the report. */
		public int problemsNotShown() {
			return Math.max(0, this.problems - PROBLEMS_KEPT);
		}

	}

	/** A problem as the report lists it. */
	record ReportedProblem(long line, String column, String value, String code, boolean rejected) {
	}

	/**
	 * Records a new import, queued, in one transaction with the upload form's token.
	 * @return the new import, or with no id the page of the import an earlier POST of the
	 * same form started
	 */
	Started start(String token, String fileName, String user, boolean asPublished) {
		return this.transactions.execute((status) -> {
			Optional<String> earlier = this.tokens.take(token, user);
			if (earlier.isPresent()) {
				return new Started(earlier.get(), null);
			}
			long id = create(fileName, user, asPublished);
			this.tokens.complete(token, url(id));
			return new Started(url(id), id);
		});
	}

	/** An import started: its page, and its id unless an earlier POST started it. */
	record Started(String url, Long id) {
	}

	static String url(long id) {
		return "/incidents/import/" + id;
	}

	/** Marks an import that could not be queued. */
	void refuse(long id, String failure) {
		this.jdbc
			.sql("update acled_import set status = 'FAILED', finished_at = now(), failure = :failure where id = :id")
			.param("failure", failure)
			.param("id", id)
			.update();
	}

	/** Records a new import, queued. */
	long create(String fileName, String user, boolean asPublished) {
		return this.jdbc.sql("""
				insert into acled_import (file_name, started_by, as_published) values (:file, :user, :published)
				returning id""")
			.param("file", fileName)
			.param("user", user)
			.param("published", asPublished)
			.query(Long.class)
			.single();
	}

	Optional<Summary> find(long id) {
		return this.jdbc.sql("""
				select a.*, s.slug as source_slug from acled_import a left join source s on s.id = a.source_id
				 where a.id = :id""").param("id", id).query((rs, n) -> summary(rs)).optional();
	}

	List<Summary> recent(int limit) {
		return this.jdbc.sql("""
				select a.*, s.slug as source_slug from acled_import a left join source s on s.id = a.source_id
				 order by a.id desc limit :limit""").param("limit", limit).query((rs, n) -> summary(rs)).list();
	}

	List<ReportedProblem> problems(long id) {
		return this.jdbc.sql("""
				select line, column_name, value, code, rejected from acled_import_problem
				 where import_id = :id order by seq""")
			.param("id", id)
			.query((rs, n) -> new ReportedProblem(rs.getLong("line"), rs.getString("column_name"),
					rs.getString("value"), rs.getString("code"), rs.getBoolean("rejected")))
			.list();
	}

	/** Imports that were queued or running when the application stopped. */
	int markInterrupted() {
		return this.jdbc.sql("""
				update acled_import set status = 'INTERRUPTED', finished_at = now()
				 where status in ('QUEUED', 'RUNNING')""").update();
	}

	private static Summary summary(java.sql.ResultSet rs) throws SQLException {
		java.sql.Timestamp finished = rs.getTimestamp("finished_at");
		return new Summary(rs.getLong("id"), rs.getString("file_name"), rs.getString("started_by"),
				rs.getTimestamp("created_at").toInstant(), (finished != null) ? finished.toInstant() : null,
				rs.getString("status"), rs.getBoolean("as_published"), rs.getString("source_slug"),
				rs.getInt("rows_read"), rs.getInt("rows_imported"), rs.getInt("rows_present"),
				rs.getInt("rows_rejected"), rs.getInt("problems"), rs.getString("failure"));
	}

	/**
	 * Runs an import of the file, which it reads as a stream; the import's record tells
	 * how far it got and what it found.
	 */
	void run(long id, Path file) {
		Run run = new Run(id);
		this.jdbc.sql("update acled_import set status = 'RUNNING' where id = :id").param("id", id).update();
		String status = "DONE";
		try (InputStream in = Files.newInputStream(file);
				AcledRowReader reader = AcledRowReader.open(in, AcledRegions.load(this.jdbc))) {
			List<AcledRowReader.Row> batch = new ArrayList<>(BATCH);
			AcledRowReader.Row row;
			while (true) {
				try {
					row = reader.next();
				}
				catch (AcledRowReader.FileProblem ex) {
					write(run, batch);
					batch.clear();
					run.problem(ex.problem());
					status = "FAILED";
					break;
				}
				if (row == null) {
					break;
				}
				run.read++;
				batch.add(row);
				if (batch.size() == BATCH) {
					write(run, batch);
					batch.clear();
				}
			}
			write(run, batch);
		}
		catch (AcledRowReader.FileProblem ex) {
			run.problem(ex.problem());
			status = "FAILED";
		}
		catch (IOException | RuntimeException ex) {
			logger.warn("ACLED import " + id + " stopped", ex);
			run.failure = "the import stopped: " + ex.getClass().getSimpleName();
			status = "FAILED";
		}
		finally {
			run.finish(status);
		}
	}

	/**
	 * Writes a batch: its good rows whose event is not imported yet, in one transaction;
	 * if the database refuses it, none of them, and a problem says which lines.
	 */
	private void write(Run run, List<AcledRowReader.Row> rows) {
		if (rows.isEmpty()) {
			return;
		}
		List<AcledRowReader.Row> good = new ArrayList<>(rows.size());
		Map<String, Long> lines = new LinkedHashMap<>();
		for (AcledRowReader.Row row : rows) {
			row.problems().forEach(run::problem);
			if (row.isRejected()) {
				run.rejected++;
				continue;
			}
			Long earlier = lines.putIfAbsent(row.eventId(), row.line());
			if (earlier != null) {
				run.problem(new AcledRowReader.Problem(row.line(), "event_id_cnty", row.eventId(), "repeated", true));
				run.rejected++;
				continue;
			}
			good.add(row);
		}
		// events an incident has already: imported before (left as they are), or by an
		// earlier batch of this very file (the same event twice)
		Map<String, Boolean> present = new HashMap<>();
		if (!lines.isEmpty()) {
			this.jdbc.sql("""
					select i.event_id_cnty, exists (select 1 from incident_claim ic join claim c on c.id = ic.claim_id
					                                 where ic.incident_id = i.id and c.source_id = :source) as mine
					  from incident i where i.event_id_cnty in (:ids)""")
				.param("ids", new ArrayList<>(lines.keySet()))
				.param("source", (run.sourceId != null) ? run.sourceId : -1L)
				.query((java.sql.ResultSet rs) -> {
					present.put(rs.getString("event_id_cnty"), rs.getBoolean("mine"));
				});
		}
		List<AcledRowReader.Row> fresh = new ArrayList<>(good.size());
		for (AcledRowReader.Row row : good) {
			Boolean mine = present.get(row.eventId());
			if (mine == null) {
				fresh.add(row);
			}
			else if (mine) {
				run.problem(new AcledRowReader.Problem(row.line(), "event_id_cnty", row.eventId(), "repeated", true));
				run.rejected++;
			}
			else {
				run.present++;
			}
		}
		if (fresh.isEmpty()) {
			run.progress();
			return;
		}
		Map<AcledRowReader.Mention, Resolution> resolved = new HashMap<>();
		for (AcledRowReader.Row row : fresh) {
			for (AcledRowReader.Mention mention : row.values().mentions()) {
				resolved.computeIfAbsent(mention, (m) -> run.resolve(m.name()));
			}
		}
		try {
			this.transactions.executeWithoutResult((status) -> insert(run, fresh, resolved));
			run.imported += fresh.size();
		}
		catch (DataAccessException | UncheckedIOException ex) {
			logger.warn("ACLED import " + run.id + ": a batch was refused", ex);
			run.sourceIdIfRolledBack();
			run.problem(new AcledRowReader.Problem(fresh.get(0).line(), null,
					fresh.get(0).line() + "–" + fresh.get(fresh.size() - 1).line(), "batch.refused", true));
			run.rejected += fresh.size();
		}
		run.progress();
	}

	/** The batch's inserts, in the caller's transaction. */
	private void insert(Run run, List<AcledRowReader.Row> rows, Map<AcledRowReader.Mention, Resolution> resolved) {
		// a batch of thousands of rows may take longer than web requests' statement
		// timeout
		this.jdbc.sql("set local statement_timeout = 0").update();
		this.jdbc.sql(STAGE).update();
		long rev = this.jdbc.sql("""
				insert into revision (changed_at, username, reason) values (now(), :user, :reason) returning id""")
			.param("user", run.user)
			.param("reason", "imported from " + run.fileName)
			.query(Long.class)
			.single();
		if (run.sourceId == null) {
			run.sourceId = createSource(run, rev);
			run.sourceCreatedNow = true;
		}
		List<long[]> ids = this.jdbc.sql("""
				select nextval(pg_get_serial_sequence('incident', 'id')), nextval(pg_get_serial_sequence('claim', 'id'))
				  from generate_series(1, :n)""")
			.param("n", rows.size())
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.list();
		StringBuilder stage = new StringBuilder(rows.size() * 600);
		StringBuilder parties = new StringBuilder();
		StringBuilder mentions = new StringBuilder();
		for (int i = 0; i < rows.size(); i++) {
			AcledRowReader.Row row = rows.get(i);
			AcledRowReader.Values v = row.values();
			long incidentId = ids.get(i)[0];
			AcledCopy.row(stage, row.line(), incidentId, ids.get(i)[1], row.eventId(), v.occurred().getDate(),
					v.occurred().getPrecision().name(), v.dateAsStated(), v.countryId(), v.admin1Id(), v.admin2Id(),
					v.placeName(), v.latitude(), v.longitude(), v.locationPrecision().name(), v.eventType().name(),
					v.subEventType().name(), v.crossBorder(), v.fatalities(), v.summary(), v.quote(), v.claimNote());
			Set<String> seen = new HashSet<>();
			int ordinal = 0;
			for (AcledRowReader.Mention mention : v.mentions()) {
				Resolution resolution = resolved.get(mention);
				String key = resolution.kind() + ":" + resolution.id() + ":" + mention.role();
				if (resolution.kind() == Resolution.Kind.SKIP || !seen.add(key)) {
					continue;
				}
				if (resolution.kind() == Resolution.Kind.PENDING) {
					AcledCopy.row(mentions, incidentId, resolution.id(), mention.role().name(), mention.uncertain());
				}
				else {
					boolean group = resolution.kind() == Resolution.Kind.GROUP;
					AcledCopy.row(parties, incidentId, ordinal++, group ? resolution.id() : null,
							group ? null : resolution.id(), mention.role().name(), mention.uncertain());
				}
			}
		}
		copy("copy acled_stage from stdin with (format csv)", stage);
		copy("copy acled_stage_party from stdin with (format csv)", parties);
		copy("copy acled_stage_mention from stdin with (format csv)", mentions);
		boolean published = run.asPublished;
		this.jdbc
			.sql("""
					with claims as (
					    insert into claim (id, ref, source_id, quote, claimant_kind, position, confidence, note)
					    select s.claim_id, 'acled-' || :import || '-' || s.line, :source, s.quote, 'SOURCE', 'ASSERTS',
					           'MODERATE', s.note
					      from acled_stage s
					    returning *)
					insert into claim_aud (rev, revtype, id, ref, source_id, quote, claimant_kind, claimant_actor_id,
					                       claimant_person_id, claimant_group_id, claimant_label, position, confidence, note,
					                       retracted_at, retracted_by, retraction_reason)
					select :rev, 0, c.id, c.ref, c.source_id, c.quote, c.claimant_kind, c.claimant_actor_id,
					       c.claimant_person_id, c.claimant_group_id, c.claimant_label, c.position, c.confidence, c.note,
					       c.retracted_at, c.retracted_by, c.retraction_reason
					  from claims c""")
			.param("import", run.id)
			.param("source", run.sourceId)
			.param("rev", rev)
			.update();
		this.jdbc.sql("""
				with incidents as (
				    insert into incident (id, occurred_on, date_precision, date_as_stated, country_id, admin1_id,
				                          admin2_id, place_name, latitude, longitude, location_precision, event_type,
				                          sub_event_type, cross_border, fatalities_best, summary, status, created_by,
				                          last_edited_by, reviewed_by, reviewed_at, event_id_cnty)
				    select s.incident_id, s.occurred_on, s.date_precision, s.date_as_stated, s.country_id, s.admin1_id,
				           s.admin2_id, s.place_name, s.latitude, s.longitude, s.location_precision, s.event_type,
				           s.sub_event_type, s.cross_border, s.fatalities, s.summary, :status, :user, :user,
				           case when :published then :user end, case when :published then now() end, s.event_id_cnty
				      from acled_stage s order by s.line
				    returning *)
				insert into incident_aud (rev, revtype, id, occurred_on, date_precision, date_as_stated, country_id,
				                          admin1_id, admin2_id, place_name, latitude, longitude, location_precision,
				                          event_type, sub_event_type, cross_border, fatalities_low, fatalities_best,
				                          fatalities_high, injured, summary, status, synthetic, created_by,
				                          last_edited_by, submitted_by, submitted_at, reviewed_by, reviewed_at,
				                          retraction_reason)
				select :rev, 0, i.id, i.occurred_on, i.date_precision, i.date_as_stated, i.country_id, i.admin1_id,
				       i.admin2_id, i.place_name, i.latitude, i.longitude, i.location_precision, i.event_type,
				       i.sub_event_type, i.cross_border, i.fatalities_low, i.fatalities_best, i.fatalities_high,
				       i.injured, i.summary, i.status, i.synthetic, i.created_by, i.last_edited_by, i.submitted_by,
				       i.submitted_at, i.reviewed_by, i.reviewed_at, i.retraction_reason
				  from incidents i""")
			.param("status", (published ? ReviewStatus.PUBLISHED : ReviewStatus.DRAFT).name())
			.param("user", run.user)
			.param("published", published)
			.param("rev", rev)
			.update();
		this.jdbc.sql("""
				with links as (
				    insert into incident_claim (incident_id, claim_id)
				    select s.incident_id, s.claim_id from acled_stage s
				    returning *)
				insert into incident_claim_aud (rev, revtype, incident_id, claim_id)
				select :rev, 0, l.incident_id, l.claim_id from links l""").param("rev", rev).update();
		this.jdbc.sql("""
				with actors as (
				    insert into incident_actor (incident_id, group_id, actor_id, role, attribution_uncertain)
				    select p.incident_id, p.group_id, p.actor_id, p.role, p.uncertain from acled_stage_party p
				     order by p.incident_id, p.ordinal
				    returning *)
				insert into incident_actor_aud (rev, revtype, id, incident_id, group_id, actor_id, role,
				                                attribution_uncertain, description)
				select :rev, 0, a.id, a.incident_id, a.group_id, a.actor_id, a.role, a.attribution_uncertain,
				       a.description
				  from actors a""").param("rev", rev).update();
		this.jdbc.sql("""
				insert into acled_actor_mention (name_id, incident_id, role, attribution_uncertain)
				select m.name_id, m.incident_id, m.role, bool_or(m.uncertain) from acled_stage_mention m
				 group by m.name_id, m.incident_id, m.role""").update();
	}

	/** The file's source, made with the batch that imports its first row. */
	private long createSource(Run run, long rev) {
		long id = this.jdbc.sql("""
				insert into source (slug, title, kind, published_precision, document_ref, notes)
				values ('acled-import-' || :import, :title, 'DATASET', 'UNKNOWN', :file, :notes)
				returning id""")
			.param("import", run.id)
			.param("title", "ACLED-format file " + run.fileName + " (import " + run.id + ")")
			.param("file", run.fileName)
			.param("notes", "Imported by " + run.user + " (import " + run.id + "). Each incident imported from it is "
					+ "sourced by a claim that quotes the row's notes; the row's own sources and source scale are "
					+ "the claim's note.")
			.query(Long.class)
			.single();
		this.jdbc.sql("""
				insert into source_aud (rev, revtype, id, slug, title, publisher, kind, published_on,
				                        published_precision, dateline, url, reliability, document_ref, notes,
				                        retracted_at, retracted_by, retraction_reason)
				select :rev, 0, s.id, s.slug, s.title, s.publisher, s.kind, s.published_on, s.published_precision,
				       s.dateline, s.url, s.reliability, s.document_ref, s.notes, s.retracted_at, s.retracted_by,
				       s.retraction_reason
				  from source s where s.id = :id""").param("rev", rev).param("id", id).update();
		this.jdbc.sql("update acled_import set source_id = :source where id = :import")
			.param("source", id)
			.param("import", run.id)
			.update();
		return id;
	}

	/** Copies CSV rows into a temporary table on the transaction's connection. */
	private void copy(String sql, StringBuilder rows) {
		if (rows.length() == 0) {
			return;
		}
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try {
			connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(rows.toString()));
		}
		catch (SQLException ex) {
			throw new org.springframework.jdbc.UncategorizedSQLException("COPY", sql, ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** What a name in a file stands for. */
	record Resolution(Kind kind, long id) {

		enum Kind {

			/** A group, by its id. */
			GROUP,
			/** A state or organisation, by its id. */
			ACTOR,
			/** A name an editor has yet to map, by its id in the queue. */
			PENDING,
			/** A name an editor dismissed. */
			SKIP

		}

	}

	/** One import as it runs: its counts, and the names it resolved. */
	private final class Run {

		private final long id;

		private final String user;

		private final String fileName;

		private final boolean asPublished;

		private final Map<String, Resolution> names = new HashMap<>();

		private final List<AcledRowReader.Problem> pendingProblems = new ArrayList<>();

		private Long sourceId;

		private boolean sourceCreatedNow;

		private int read;

		private int imported;

		private int present;

		private int rejected;

		private int problems;

		private String failure;

		Run(long id) {
			this.id = id;
			Map<String, Object> row = AcledImports.this.jdbc
				.sql("select started_by, file_name, as_published, source_id from acled_import where id = :id")
				.param("id", id)
				.query()
				.singleRow();
			this.user = (String) row.get("started_by");
			this.fileName = (String) row.get("file_name");
			this.asPublished = (Boolean) row.get("as_published");
			this.sourceId = (row.get("source_id") != null) ? ((Number) row.get("source_id")).longValue() : null;
		}

		void problem(AcledRowReader.Problem problem) {
			this.problems++;
			if (this.problems <= PROBLEMS_KEPT) {
				this.pendingProblems.add(problem);
			}
		}

		/** A batch that made the source was refused: the source went with it. */
		void sourceIdIfRolledBack() {
			if (this.sourceCreatedNow) {
				this.sourceId = null;
			}
		}

		/**
		 * The party a name stands for: through the crosswalk, then the groups' names and
		 * aliases and the states' and organisations' names, then the editors' decisions;
		 * a name found nowhere is queued (in a transaction of its own, so that it stays
		 * queued whatever becomes of the batch).
		 */
		Resolution resolve(String name) {
			return this.names.computeIfAbsent(name, this::find);
		}

		private Resolution find(String name) {
			JdbcClient jdbc = AcledImports.this.jdbc;
			Optional<Long> crosswalk = jdbc.sql("""
					select group_id from group_external_name
					 where dataset = 'ACLED' and name = :name and retracted_at is null""")
				.param("name", name)
				.query(Long.class)
				.optional();
			if (crosswalk.isPresent()) {
				return new Resolution(Resolution.Kind.GROUP, crosswalk.get());
			}
			List<Party> found = AcledImports.this.parties.find(name, Set.of(Party.Kind.GROUP, Party.Kind.ACTOR));
			if (found.size() == 1) {
				Party party = found.get(0);
				return new Resolution(
						(party.kind() == Party.Kind.GROUP) ? Resolution.Kind.GROUP : Resolution.Kind.ACTOR, party.id());
			}
			jdbc.sql("""
					insert into acled_actor_name (name, first_import_id) values (:name, :import)
					on conflict (name) do nothing""").param("name", name).param("import", this.id).update();
			return jdbc.sql("select id, status, group_id, actor_id from acled_actor_name where name = :name")
				.param("name", name)
				.query((rs, n) -> switch (rs.getString("status")) {
					case "MAPPED" -> (rs.getObject("group_id") != null)
							? new Resolution(Resolution.Kind.GROUP, rs.getLong("group_id"))
							: new Resolution(Resolution.Kind.ACTOR, rs.getLong("actor_id"));
					case "DISMISSED" -> new Resolution(Resolution.Kind.SKIP, rs.getLong("id"));
					default -> new Resolution(Resolution.Kind.PENDING, rs.getLong("id"));
				})
				.single();
		}

		/** Writes the counts so far, and the problems found since the last time. */
		void progress() {
			JdbcClient jdbc = AcledImports.this.jdbc;
			int seq = this.problems - this.pendingProblems.size();
			for (AcledRowReader.Problem problem : this.pendingProblems) {
				jdbc.sql("""
						insert into acled_import_problem (import_id, seq, line, column_name, value, code, rejected)
						values (:import, :seq, :line, :column, :value, :code, :rejected)""")
					.param("import", this.id)
					.param("seq", ++seq)
					.param("line", problem.line())
					.param("column", problem.column())
					.param("value", problem.value())
					.param("code", problem.code())
					.param("rejected", problem.rejected())
					.update();
			}
			this.pendingProblems.clear();
			jdbc.sql("""
					update acled_import set rows_read = :read, rows_imported = :imported, rows_present = :present,
					       rows_rejected = :rejected, problems = :problems
					 where id = :id""")
				.param("read", this.read)
				.param("imported", this.imported)
				.param("present", this.present)
				.param("rejected", this.rejected)
				.param("problems", this.problems)
				.param("id", this.id)
				.update();
		}

		void finish(String status) {
			progress();
			AcledImports.this.jdbc
				.sql("update acled_import set status = :status, finished_at = now(), failure = :failure where id = :id")
				.param("status", status)
				.param("failure", this.failure)
				.param("id", this.id)
				.update();
		}

	}

}
