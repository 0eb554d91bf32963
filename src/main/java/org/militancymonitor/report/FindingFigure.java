package org.militancymonitor.report;

import org.militancymonitor.group.EstimateMetric;
import org.militancymonitor.group.EstimateQualifier;

/**
 * A figure (an estimate) whose claim is a finding's claim.
 *
 * @param subject the group, or the state, the figure is about
 * @param groupSlug the group's slug, or {@code null} when the figure is about a state
 */
public record FindingFigure(long findingId, String subject, String groupSlug, EstimateMetric metric, Long low,
		Long best, Long high, EstimateQualifier qualifier, String period) {

}
