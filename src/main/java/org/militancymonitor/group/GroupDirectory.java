package org.militancymonitor.group;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.militancymonitor.system.DataChangedEvent;
import org.militancymonitor.system.DataCaches;
import org.militancymonitor.system.SelectOptions;

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

	private final Supplier<SelectOptions<GroupOption>> options;

	public GroupDirectory(GroupRepository groups, DataCaches caches) {
		this.groups = groups;
		this.options = caches
			.value(() -> SelectOptions.of(this.groups.findOptions(), GroupOption::slug, GroupOption::name));
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

	/**
	 * Every group by name, kept in memory until the data changes, so that filters and
	 * forms cost no query.
	 */
	public SelectOptions<GroupOption> options() {
		return this.options.get();
	}

	public Optional<GroupOption> find(String slug) {
		return options().items().stream().filter((o) -> o.slug().equals(slug)).findFirst();
	}

}
