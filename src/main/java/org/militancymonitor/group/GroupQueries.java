package org.militancymonitor.group;

import java.time.LocalDate;
import java.util.List;

import org.militancymonitor.common.PartialDate;
import org.militancymonitor.system.DataChangedEvent;
import org.militancymonitor.system.DataChanges;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * What the group feature gives the home page: every group with its incident and claim
 * counts, and the latest UN listings. Counting reads every incident, too much work for
 * each request, so the counts are kept and refreshed in the background a few seconds
 * after the data changes; readers see the previous counts until then rather than wait for
 * them, and {@link #isUpToDate} says whether they are the data's as of now. This is the
 * one thing kept past a change, so it is not a
 * {@link org.militancymonitor.system.DataCache}.
 */
@Service
public class GroupQueries {

	/**
	 * Designations by a UN body, newest listing first (of unknown date last); neither
	 * they nor their groups retracted.
	 */
	private static final String UN_LISTINGS = """
			select g.slug, g.name, a.name as authority, d.regime, d.reference_number,
			       d.listed_on, d.listed_precision, d.delisted_on
			  from designation d
			  join actor a on a.id = d.authority_id
			  join militant_group g on g.id = d.group_id
			 where a.kind = 'UN_BODY' and d.retracted_at is null and g.retracted_at is null
			 order by d.listed_on desc nulls last, d.id desc
			 limit :limit
			""";

	/**
	 * Every live group with the number of published incidents it took part in and the
	 * number of distinct claims about it, counting only live facts and the claims that
	 * stand (neither they nor their sources retracted); it reads every incident's groups.
	 * incident_group holds each (incident, group) of incident_actor once, with the
	 * incident's status, so it counts without joining the incidents or their actors.
	 */
	private static final String SUMMARIES = """
			with group_claims as (
			    select group_id, claim_id from group_alias where claim_id is not null and retracted_at is null
			    union select group_id, claim_id from group_claim
			    union select group_id, claim_id from designation where claim_id is not null and retracted_at is null
			    union select group_id, claim_id from estimate where group_id is not null and retracted_at is null
			    union select r.from_group_id, rc.claim_id from relationship_claim rc join group_relationship r on r.id = rc.relationship_id
			     where r.retracted_at is null
			    union select r.to_group_id, rc.claim_id from relationship_claim rc join group_relationship r on r.id = rc.relationship_id
			     where r.retracted_at is null
			    union select fg.group_id, f.claim_id from report_finding f join finding_group fg on fg.finding_id = f.id
			      join report rp on rp.id = f.report_id where f.retracted_at is null and rp.retracted_at is null
			    union select sg.group_id, s.claim_id from statement s join statement_group sg on sg.statement_id = s.id
			     where s.retracted_at is null
			    union select g.group_id, ic.claim_id from incident_group g join incident_claim ic on ic.incident_id = g.incident_id),
			claims as (select gc.group_id, count(*) as n from group_claims gc
			             join claim c on c.id = gc.claim_id join source s on s.id = c.source_id
			            where c.retracted_at is null and s.retracted_at is null group by gc.group_id),
			incidents as (select group_id, count(*) as n from incident_group where status = 'PUBLISHED' group by group_id)
			select g.slug as slug, g.name as name, g.short_name as short_name, g.kind as kind, g.status as status,
			       coalesce(incidents.n, 0) as incident_count, coalesce(claims.n, 0) as claim_count
			  from militant_group g
			  left join incidents on incidents.group_id = g.id
			  left join claims on claims.group_id = g.id
			 where g.retracted_at is null
			 order by g.name
						""";

	private final JdbcClient jdbc;

	private final DataChanges changes;

	/** The last counts, with the version of the data they were counted from. */
	private volatile GroupList counted;

	private volatile boolean stale;

	GroupQueries(JdbcClient jdbc, DataChanges changes) {
		this.jdbc = jdbc;
		this.changes = changes;
	}

	/**
	 * Every group with its incident and claim counts, as of the last refresh: counting
	 * reads every incident, too much work for each request. The counts are refreshed in
	 * the background a few seconds after the data changes.
	 */
	public GroupList summaries() {
		GroupList current = this.counted;
		return (current != null) ? current : refreshSummaries();
	}

	/** The latest listings by a UN body, up to {@code limit}. */
	public List<Listing> latestUnListings(int limit) {
		return this.jdbc.sql(UN_LISTINGS)
			.param("limit", limit)
			.query((rs, n) -> new Listing(rs.getString("slug"), rs.getString("name"), rs.getString("authority"),
					rs.getString("regime"), rs.getString("reference_number"),
					PartialDate.fromSql(rs, "listed_on", "listed_precision"),
					rs.getObject("delisted_on", LocalDate.class)))
			.list();
	}

	@EventListener
	void onDataChanged(DataChangedEvent event) {
		this.stale = true;
	}

	@Scheduled(fixedDelayString = "${militancy.group-summaries.refresh:PT5S}")
	void refreshSummariesIfStale() {
		if (this.stale) {
			this.stale = false;
			try {
				refreshSummaries();
			}
			catch (RuntimeException ex) {
				this.stale = true; // try again at the next turn
				throw ex;
			}
		}
	}

	synchronized GroupList refreshSummaries() {
		// read before counting: a change committed meanwhile makes the counts out of date
		long version = this.changes.version();
		List<GroupSummary> fresh = this.jdbc.sql(SUMMARIES)
			.query((rs, n) -> new GroupSummary(rs.getString("slug"), rs.getString("name"), rs.getString("short_name"),
					rs.getString("kind"), rs.getString("status"), rs.getLong("incident_count"),
					rs.getLong("claim_count")))
			.list();
		GroupList counted = new GroupList(fresh, version);
		this.counted = counted;
		return counted;
	}

	/**
	 * Whether a list's counts are the data's as of now: false from a change until the
	 * refresh after it, and while changes are not heard.
	 */
	public boolean isUpToDate(GroupList list) {
		return this.changes.isListening() && list.version() == this.changes.version();
	}

	/**
	 * The groups with their counts, counted from the data at {@code version}.
	 */
	public record GroupList(List<GroupSummary> groups, long version) {
	}

	/**
	 * A group's listing by an authority under a regime.
	 *
	 * @param delisted the day it was delisted, or null while it stands
	 */
	public record Listing(String groupSlug, String groupName, String authority, String regime, String referenceNumber,
			PartialDate listed, LocalDate delisted) {
	}

}
