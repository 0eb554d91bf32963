package org.militancymonitor.report;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.militancymonitor.statement.StatementQueries;
import org.militancymonitor.system.EntityTags;
import org.militancymonitor.system.NotFoundException;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reports through the API: the list, and a report with its findings and responses, read
 * as the report page reads them.
 */
@RestController
@Tag(name = "Reports", description = "UN Monitoring Team reports and briefings, their findings and the responses")
class ReportV1ApiController {

	static final String REPORTS = "/api/v1/reports";

	private final ReportRepository reports;

	private final ReportQueries queries;

	private final StatementQueries statements;

	private final EntityTags tags;

	ReportV1ApiController(ReportRepository reports, ReportQueries queries, StatementQueries statements,
			EntityTags tags) {
		this.reports = reports;
		this.queries = queries;
		this.statements = statements;
		this.tags = tags;
	}

	@Operation(summary = "List reports",
			description = "Every live report, newest first (those of unknown date last), with its number of live "
					+ "findings.")
	@GetMapping(path = REPORTS, produces = MediaType.APPLICATION_JSON_VALUE)
	List<ReportV1.ReportV1Summary> list() {
		return this.reports.findSummaries().stream().map(ReportV1.ReportV1Summary::of).toList();
	}

	@Operation(summary = "A report",
			description = "A report by its slug with its live findings in order (groups, claim, figures) and the "
					+ "statements that respond to it. Sends an ETag and answers a matching If-None-Match with 304.")
	@GetMapping(path = REPORTS + "/{slug}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Transactional(readOnly = true)
	public ResponseEntity<ReportV1> get(@PathVariable String slug) {
		Report report = this.reports.findBySlug(slug).orElseThrow(() -> new NotFoundException("report", slug));
		return this.tags.ok(ReportV1.of(ReportDetails.of(report, this.reports.findFindings(report),
				this.queries.figures(report.getId()), this.statements.respondingToReport(report.getId()))));
	}

}
