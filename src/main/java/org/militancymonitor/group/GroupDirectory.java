package org.militancymonitor.group;

import java.util.List;
import java.util.Optional;

import org.militancymonitor.system.DataChangedEvent;

import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Groups as other features offer them in filters and forms.
 */
@Service
@Transactional(readOnly = true)
public class GroupDirectory {

	private final GroupRepository groups;

	private volatile List<GroupSummary> summaries;

	private volatile boolean stale;

	public GroupDirectory(GroupRepository groups) {
		this.groups = groups;
	}

	/**
	 * Every group with its incident and claim counts, as of the last refresh: counting
	 * reads every incident, too much work for each request. The counts are refreshed in
	 * the background a few seconds after the data changes.
	 */
	public List<GroupSummary> summaries() {
		List<GroupSummary> current = this.summaries;
		return (current != null) ? current : refreshSummaries();
	}

	@EventListener
	void onDataChanged(DataChangedEvent event) {
		this.stale = true;
	}

	@Scheduled(fixedDelayString = "${militancy.group-summaries.refresh:PT5S}")
	void refreshSummariesIfStale() {
		if (this.stale) {
			this.stale = false;
			refreshSummaries();
		}
	}

	List<GroupSummary> refreshSummaries() {
		List<GroupSummary> fresh = this.groups.findSummaries()
			.stream()
			.map((s) -> (GroupSummary) new GroupSummaryRow(s.getSlug(), s.getName(), s.getShortName(), s.getKind(),
					s.getStatus(), s.getIncidentCount(), s.getClaimCount()))
			.toList();
		this.summaries = fresh;
		return fresh;
	}

	record GroupSummaryRow(String getSlug, String getName, String getShortName, String getKind, String getStatus,
			long getIncidentCount, long getClaimCount) implements GroupSummary {
	}

	public List<GroupOption> options() {
		return this.groups.findOptions();
	}

	public Optional<GroupOption> find(String slug) {
		return this.groups.findOptionBySlug(slug);
	}

}
