package org.militancymonitor.search;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.militancymonitor.common.PartialDate;
import org.militancymonitor.region.RegionDirectory;
import org.militancymonitor.search.SearchResults.GroupHit;
import org.militancymonitor.search.SearchResults.IncidentHit;
import org.militancymonitor.search.SearchResults.QuoteHit;
import org.militancymonitor.search.SearchResults.ReportHit;
import org.militancymonitor.search.SearchResults.StatementHit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * Search in PostgreSQL: pg_trgm similarity over normalised group names and aliases, and
 * full-text search (with {@code ts_headline} marking the match) over incidents,
 * statements, reports and their findings, and the quotes of claims. One statement per
 * kind of result, all of them sent together. Retracted records are not found (nor the
 * aliases of retracted groups, the findings of retracted reports, the quotes of retracted
 * sources).
 */
@Repository
class SearchQueries {

	/** Lowest trigram word similarity at which a name or alias counts as a match. */
	static final double NAME_THRESHOLD = 0.5;

	private static final String HEADLINE_OPTIONS = "'StartSel=" + Highlighted.START + ", StopSel=" + Highlighted.STOP
			+ ", MaxWords=40, MinWords=15, MaxFragments=2, FragmentDelimiter=\" … \"'";

	/**
	 * Each kind's statement. Each takes three parameters: the query, the limit and the
	 * offset.
	 * <p>
	 * Where a statement's plan does not depend on the query, PostgreSQL keeps one generic
	 * plan for it, in which the query is a parameter: the tsquery is then computed once
	 * ({@code materialized}), not again for every row it is compared with, ranked by or
	 * highlighted in.
	 */
	private static final Map<SearchKind, String> STATEMENTS = new EnumMap<>(SearchKind.class);

	static {
		/*
		 * Groups: every group whose best name (alias, name or short name) is similar
		 * enough to the query. The query is normalised once (materialized), not again for
		 * each name a generic plan compares it with. The score is the word similarity
		 * alone: it compares the query with the part of the name that matches it best,
		 * which is at least as close as the whole name, so the whole name's similarity
		 * need not be computed too.
		 */
		STATEMENTS.put(SearchKind.GROUPS, """
				with q as materialized (select mm_search_normalize(?) as text),
				names as (
				    select group_id, name, search_name, 0 as kind from group_alias where retracted_at is null
				    union all select id, name, name_search, 1 from militant_group where retracted_at is null
				    union all select id, short_name, short_name_search, 2 from militant_group
				     where short_name is not null and retracted_at is null),
				best as (
				    select distinct on (n.group_id) n.group_id, n.name,
				           word_similarity(q.text, n.search_name) as score
				      from names n cross join q
				     order by n.group_id, score desc, length(n.name), n.kind, n.name)
				select g.slug, g.name, g.short_name, best.name as matched, best.score
				  from best join militant_group g on g.id = best.group_id
				 where best.score >= %s and g.retracted_at is null
				 order by best.score desc, g.name, g.slug
				 limit ? offset ?
				""".formatted(NAME_THRESHOLD));
		/*
		 * Incidents newest first. PostgreSQL plans this statement for each query (whether
		 * to walk the dates or look the words up depends on how common they are), so it
		 * joins nothing, which keeps the planning cheap: places are named from the
		 * RegionDirectory.
		 */
		STATEMENTS.put(SearchKind.INCIDENTS, """
				with q as (select plainto_tsquery('english', mm_search_normalize(?)) as ts)
				select i.id, i.occurred_on, i.date_precision, i.date_as_stated, i.place_name, i.admin1_id, i.country_id,
				       ts_headline('english', i.summary, q.ts, %s) as headline
				  from incident i cross join q
				 where i.search_vector @@ q.ts and i.status = 'PUBLISHED'
				 order by i.occurred_on desc nulls last, i.id desc
				 limit ? offset ?
				""".formatted(HEADLINE_OPTIONS));
		STATEMENTS.put(SearchKind.STATEMENTS, """
				with q as materialized (select plainto_tsquery('english', mm_search_normalize(?)) as ts)
				select s.id, coalesce(p.name, s.speaker_label) as speaker, a.name as actor, s.stance,
				       ts_headline('english', s.summary || coalesce(' “' || s.quote || '”', ''), q.ts, %s) as headline
				  from statement s cross join q
				  join actor a on a.id = s.actor_id
				  left join person p on p.id = s.speaker_person_id
				 where s.search_vector @@ q.ts and s.retracted_at is null
				 order by ts_rank(s.search_vector, q.ts) desc, s.made_on desc nulls last, s.id
				 limit ? offset ?
				""".formatted(HEADLINE_OPTIONS));
		STATEMENTS.put(SearchKind.REPORTS,
				"""
						with q as materialized (select plainto_tsquery('english', mm_search_normalize(?)) as ts),
						hits as (
						    select r.id as report_id, ts_rank(r.search_vector, q.ts) as rank,
						           ts_headline('english', r.title || coalesce('. ' || r.description, ''), q.ts, %1$s) as headline
						      from report r cross join q where r.search_vector @@ q.ts and r.retracted_at is null
						    union all
						    select f.report_id, ts_rank(f.search_vector, q.ts), ts_headline('english', f.summary, q.ts, %1$s)
						      from report_finding f cross join q where f.search_vector @@ q.ts and f.retracted_at is null)
						select r.slug, r.title, h.headline
						  from (select distinct on (report_id) * from hits order by report_id, rank desc) h
						  join report r on r.id = h.report_id and r.retracted_at is null
						 order by h.rank desc, r.title, r.slug
						 limit ? offset ?
						"""
					.formatted(HEADLINE_OPTIONS));
		STATEMENTS.put(SearchKind.QUOTES, """
				with q as materialized (select plainto_tsquery('english', mm_search_normalize(?)) as ts)
				select c.ref, s.slug, s.title, ts_headline('english', c.quote, q.ts, %s) as headline
				  from claim c cross join q
				  join source s on s.id = c.source_id
				 where c.search_vector @@ q.ts and s.slug <> 'synthetic-generator'
				   and c.retracted_at is null and s.retracted_at is null
				 order by ts_rank(c.search_vector, q.ts) desc, c.ref
				 limit ? offset ?
				""".formatted(HEADLINE_OPTIONS));
	}

	private final JdbcTemplate jdbc;

	private final RegionDirectory regions;

	SearchQueries(JdbcTemplate jdbc, RegionDirectory regions) {
		this.jdbc = jdbc;
		this.regions = regions;
	}

	/**
	 * Up to {@code limit} hits of each kind asked for, after skipping {@code offset}.
	 * <p>
	 * The kinds' statements go to PostgreSQL as one prepared statement of several: the
	 * driver sends them all and then waits once, one round trip for every kind, and each
	 * statement keeps its own plan.
	 */
	Hits find(String query, Set<SearchKind> kinds, int limit, int offset) {
		String sql = kinds.stream().sorted().map(STATEMENTS::get).collect(Collectors.joining(";\n"));
		return this.jdbc.execute(sql, (PreparedStatement statement) -> {
			int parameter = 1;
			for (int i = 0; i < kinds.size(); i++) {
				statement.setString(parameter++, query);
				statement.setInt(parameter++, limit);
				statement.setInt(parameter++, offset);
			}
			statement.execute();
			Results results = new Results(statement, kinds);
			// in the order of the statements: SearchKind's order
			List<GroupHit> groups = results.next(SearchKind.GROUPS, this::group);
			List<IncidentHit> incidents = results.next(SearchKind.INCIDENTS, this::incident);
			List<StatementHit> statements = results.next(SearchKind.STATEMENTS, this::statement);
			List<ReportHit> reports = results.next(SearchKind.REPORTS, this::report);
			List<QuoteHit> quotes = results.next(SearchKind.QUOTES, this::quote);
			return new Hits(groups, incidents, statements, reports, quotes);
		});
	}

	private GroupHit group(ResultSet rs, int row) throws SQLException {
		return new GroupHit(rs.getString("slug"), rs.getString("name"), rs.getString("short_name"),
				Highlighted.whole(rs.getString("matched")), rs.getDouble("score"));
	}

	private IncidentHit incident(ResultSet rs, int row) throws SQLException {
		PartialDate occurred = PartialDate.fromSql(rs, "occurred_on", "date_precision");
		String place = rs.getString("place_name");
		if (place == null) {
			place = this.regions.name(rs.getObject("admin1_id", Long.class));
		}
		if (place == null) {
			place = this.regions.name(rs.getObject("country_id", Long.class));
		}
		return new IncidentHit(rs.getLong("id"), occurred, rs.getString("date_as_stated"), place,
				Highlighted.parse(rs.getString("headline")));
	}

	private StatementHit statement(ResultSet rs, int row) throws SQLException {
		return new StatementHit(rs.getLong("id"), rs.getString("speaker"), rs.getString("actor"),
				rs.getString("stance"), Highlighted.parse(rs.getString("headline")));
	}

	private ReportHit report(ResultSet rs, int row) throws SQLException {
		return new ReportHit(rs.getString("slug"), rs.getString("title"), Highlighted.parse(rs.getString("headline")));
	}

	private QuoteHit quote(ResultSet rs, int row) throws SQLException {
		return new QuoteHit(rs.getString("ref"), rs.getString("slug"), rs.getString("title"),
				Highlighted.parse(rs.getString("headline")));
	}

	/**
	 * What the search found of each kind; no hits of the kinds not asked for.
	 */
	record Hits(List<GroupHit> groups, List<IncidentHit> incidents, List<StatementHit> statements,
			List<ReportHit> reports, List<QuoteHit> quotes) {
	}

	/**
	 * The result sets of a statement of several, read in turn.
	 */
	private static final class Results {

		private final PreparedStatement statement;

		private final Set<SearchKind> kinds;

		private boolean first = true;

		Results(PreparedStatement statement, Set<SearchKind> kinds) {
			this.statement = statement;
			this.kinds = kinds;
		}

		/**
		 * The rows of the kind's result set, the next one; none if it was not asked for.
		 */
		<T> List<T> next(SearchKind kind, RowMapper<T> rows) throws SQLException {
			if (!this.kinds.contains(kind)) {
				return List.of();
			}
			if (!this.first) {
				this.statement.getMoreResults();
			}
			this.first = false;
			List<T> list = new ArrayList<>();
			try (ResultSet rs = this.statement.getResultSet()) {
				while (rs.next()) {
					list.add(rows.mapRow(rs, list.size()));
				}
			}
			return list;
		}

	}

}
