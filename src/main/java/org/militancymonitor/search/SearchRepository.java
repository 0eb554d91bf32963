package org.militancymonitor.search;

import java.util.List;

import org.militancymonitor.common.PartialDate;
import org.militancymonitor.region.RegionDirectory;
import org.militancymonitor.search.SearchResults.GroupHit;
import org.militancymonitor.search.SearchResults.IncidentHit;
import org.militancymonitor.search.SearchResults.QuoteHit;
import org.militancymonitor.search.SearchResults.ReportHit;
import org.militancymonitor.search.SearchResults.StatementHit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Search in PostgreSQL: pg_trgm similarity over normalised group names and aliases, and
 * full-text search (with {@code ts_headline} marking the match) over incidents,
 * statements, reports and their findings, and the quotes of claims. One statement per
 * kind of result.
 */
@Repository
class SearchRepository {

	/** Lowest trigram word similarity at which a name or alias counts as a match. */
	static final double NAME_THRESHOLD = 0.5;

	private static final String HEADLINE_OPTIONS = "'StartSel=" + Highlighted.START + ", StopSel=" + Highlighted.STOP
			+ ", MaxWords=40, MinWords=15, MaxFragments=2, FragmentDelimiter=\" … \"'";

	private final JdbcClient jdbc;

	private final RegionDirectory regions;

	SearchRepository(JdbcClient jdbc, RegionDirectory regions) {
		this.jdbc = jdbc;
		this.regions = regions;
	}

	/**
	 * Every group whose best name (alias, name or short name) is similar enough to the
	 * query. The query is normalised once ({@code materialized}): inlined, a generic plan
	 * normalised it again for each of the names it compares, 0.57 against 0.34 ms. The
	 * score is the word similarity alone: it compares the query with the part of the name
	 * that matches it best, which is at least as close as the whole name. Taking the
	 * greater of it and the whole name's similarity, as this did, computed every name's
	 * trigrams twice and never changed a score: over every name and alias against one
	 * another and the benchmark's queries (3,078 pairs) the word similarity was always
	 * the greater. 0.41 against 0.30 ms a search.
	 */
	List<GroupHit> groups(String query, int limit, int offset) {
		return this.jdbc
			.sql("""
					with q as materialized (select mm_search_normalize(:query) as text),
					names as (
					    select group_id, name, search_name, 0 as kind from group_alias
					    union all select id, name, name_search, 1 from militant_group
					    union all select id, short_name, short_name_search, 2 from militant_group where short_name is not null),
					best as (
					    select distinct on (n.group_id) n.group_id, n.name,
					           word_similarity(q.text, n.search_name) as score
					      from names n cross join q
					     order by n.group_id, score desc, length(n.name), n.kind, n.name)
					select g.slug, g.name, g.short_name, best.name as matched, best.score
					  from best join militant_group g on g.id = best.group_id
					 where best.score >= :threshold
					 order by best.score desc, g.name, g.slug
					 limit :limit offset :offset
					""")
			.param("query", query)
			.param("threshold", NAME_THRESHOLD)
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, n) -> new GroupHit(rs.getString("slug"), rs.getString("name"), rs.getString("short_name"),
					Highlighted.whole(rs.getString("matched")), rs.getDouble("score")))
			.list();
	}

	/**
	 * Incidents newest first. PostgreSQL plans this statement for each query (whether to
	 * walk the dates or look the words up depends on how common they are), so it joins
	 * nothing: with the two joins to region, planning took longer than running it. Places
	 * are named from the {@link RegionDirectory}.
	 */
	List<IncidentHit> incidents(String query, int limit, int offset) {
		return this.jdbc.sql("""
				with q as (select plainto_tsquery('english', mm_search_normalize(:query)) as ts)
				select i.id, i.occurred_on, i.date_precision, i.date_as_stated, i.place_name, i.admin1_id, i.country_id,
				       ts_headline('english', i.summary, q.ts, %s) as headline
				  from incident i cross join q
				 where i.search_vector @@ q.ts and i.status = 'PUBLISHED'
				 order by i.occurred_on desc nulls last, i.id desc
				 limit :limit offset :offset
				""".formatted(HEADLINE_OPTIONS))
			.param("query", query)
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, n) -> {
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
			})
			.list();
	}

	List<StatementHit> statements(String query, int limit, int offset) {
		return this.jdbc.sql("""
				with q as (select plainto_tsquery('english', mm_search_normalize(:query)) as ts)
				select s.id, coalesce(p.name, s.speaker_label) as speaker, a.name as actor, s.stance,
				       ts_headline('english', s.summary || coalesce(' “' || s.quote || '”', ''), q.ts, %s) as headline
				  from statement s cross join q
				  join actor a on a.id = s.actor_id
				  left join person p on p.id = s.speaker_person_id
				 where s.search_vector @@ q.ts
				 order by ts_rank(s.search_vector, q.ts) desc, s.made_on desc nulls last, s.id
				 limit :limit offset :offset
				""".formatted(HEADLINE_OPTIONS))
			.param("query", query)
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, n) -> new StatementHit(rs.getLong("id"), rs.getString("speaker"), rs.getString("actor"),
					rs.getString("stance"), Highlighted.parse(rs.getString("headline"))))
			.list();
	}

	List<ReportHit> reports(String query, int limit, int offset) {
		return this.jdbc
			.sql("""
					with q as (select plainto_tsquery('english', mm_search_normalize(:query)) as ts),
					hits as (
					    select r.id as report_id, ts_rank(r.search_vector, q.ts) as rank,
					           ts_headline('english', r.title || coalesce('. ' || r.description, ''), q.ts, %1$s) as headline
					      from report r cross join q where r.search_vector @@ q.ts
					    union all
					    select f.report_id, ts_rank(f.search_vector, q.ts), ts_headline('english', f.summary, q.ts, %1$s)
					      from report_finding f cross join q where f.search_vector @@ q.ts)
					select r.slug, r.title, h.headline
					  from (select distinct on (report_id) * from hits order by report_id, rank desc) h
					  join report r on r.id = h.report_id
					 order by h.rank desc, r.title, r.slug
					 limit :limit offset :offset
					"""
				.formatted(HEADLINE_OPTIONS))
			.param("query", query)
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, n) -> new ReportHit(rs.getString("slug"), rs.getString("title"),
					Highlighted.parse(rs.getString("headline"))))
			.list();
	}

	List<QuoteHit> quotes(String query, int limit, int offset) {
		return this.jdbc.sql("""
				with q as (select plainto_tsquery('english', mm_search_normalize(:query)) as ts)
				select c.ref, s.slug, s.title, ts_headline('english', c.quote, q.ts, %s) as headline
				  from claim c cross join q
				  join source s on s.id = c.source_id
				 where c.search_vector @@ q.ts and s.slug <> 'synthetic-generator'
				 order by ts_rank(c.search_vector, q.ts) desc, c.ref
				 limit :limit offset :offset
				""".formatted(HEADLINE_OPTIONS))
			.param("query", query)
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, n) -> new QuoteHit(rs.getString("ref"), rs.getString("slug"), rs.getString("title"),
					Highlighted.parse(rs.getString("headline"))))
			.list();
	}

}
