package org.militancymonitor.source;

import org.militancymonitor.common.PartialDate;
import org.militancymonitor.group.EstimateMetric;
import org.militancymonitor.group.EstimateQualifier;

/**
 * A figure about a group or a state (estimate.claim_id).
 *
 * @param groupSlug the group's slug, or {@code null} when the figure is about a state
 */
public record EstimateFact(long claimId, String groupSlug, String subject, EstimateMetric metric, Long low, Long best,
		Long high, EstimateQualifier qualifier, String period, PartialDate asOf) {

}
