package org.militancymonitor.group;

import java.util.List;

import org.militancymonitor.system.DataChangedEvent;

import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Every group with its incident and claim counts, for the home page: counting reads every
 * incident, too much work for each request, so the counts are kept and refreshed in the
 * background a few seconds after the data changes (readers see the previous counts until
 * then, rather than waiting for them).
 */
@Service
class GroupSummaries {

	private final GroupRepository groups;

	private volatile List<GroupSummary> summaries;

	private volatile boolean stale;

	GroupSummaries(GroupRepository groups) {
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
			try {
				refreshSummaries();
			}
			catch (RuntimeException ex) {
				this.stale = true; // try again at the next turn
				throw ex;
			}
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

}
