package org.militancymonitor.report;

import org.militancymonitor.common.PartialDate;

/**
 * A report as the report list shows it.
 */
public record ReportSummary(String slug, String title, String issuingBody, ReportKind kind, String documentSymbol,
		PartialDate published, long findings) {

}
