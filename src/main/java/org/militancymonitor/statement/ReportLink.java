package org.militancymonitor.statement;

/**
 * The report a statement responds to.
 */
public record ReportLink(String slug, String title) {
}
