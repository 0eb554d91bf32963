package org.militancymonitor.source;

/** A report finding the claim carries (report_finding.claim_id). */
public record FindingFact(long claimId, String reportSlug, String reportTitle, int position, String summary) {

}
