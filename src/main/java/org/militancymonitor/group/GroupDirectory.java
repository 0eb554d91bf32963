package org.militancymonitor.group;

import java.util.List;
import java.util.Optional;

import org.militancymonitor.system.DataChangedEvent;

import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Groups as other features offer them in filters and forms.
 */
@Service
public class GroupDirectory {

	private final GroupRepository groups;

	private volatile List<GroupSummary> summaries;

	private volatile boolean stale;

	private volatile List<GroupOption> options;

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
		this.options = null;
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

	/**
	 * Every group by name, kept in memory until the data changes, so that filters and
	 * forms cost no query.
	 */
	public List<GroupOption> options() {
		List<GroupOption> current = this.options;
		if (current == null) {
			current = this.groups.findOptions();
			this.options = current;
		}
		return current;
	}

	public Optional<GroupOption> find(String slug) {
		return options().stream().filter((o) -> o.slug().equals(slug)).findFirst();
	}

}
