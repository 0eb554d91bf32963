package org.militancymonitor.report;

import org.militancymonitor.common.PartialDate;
import org.militancymonitor.claim.Evidence;

/**
 * A report finding as other features show it.
 */
public record FindingView(String reportSlug, String reportTitle, String issuingBody, PartialDate reportPublished,
		String summary, Evidence evidence) {
}
