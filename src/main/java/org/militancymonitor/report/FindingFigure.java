package org.militancymonitor.report;

/**
 * A figure (an estimate) whose claim is a finding's claim.
 *
 * @param subject the group, or the state, the figure is about
 * @param groupSlug the group's slug, or {@code null} when the figure is about a state
 */
public record FindingFigure(long findingId, String subject, String groupSlug, String metric, Long low, Long best,
		Long high, String qualifier, String period) {

}
