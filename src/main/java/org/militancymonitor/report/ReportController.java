package org.militancymonitor.report;

import org.militancymonitor.audit.History;
import org.militancymonitor.audit.HistoryPart;
import org.militancymonitor.statement.StatementQueries;
import org.militancymonitor.system.NotFoundException;
import org.militancymonitor.system.PageCached;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The report list and the report page with its findings, their figures and evidence, and
 * the statements that respond to the report.
 */
@Controller
class ReportController {

	private final History history;

	private final ReportRepository reports;

	private final ReportQueries queries;

	private final StatementQueries statements;

	ReportController(ReportRepository reports, ReportQueries queries, StatementQueries statements, History history) {
		this.history = history;
		this.reports = reports;
		this.queries = queries;
		this.statements = statements;
	}

	@PageCached
	@GetMapping("/reports")
	String showReportList(Model model) {
		model.addAttribute("reports", this.reports.findSummaries());
		return "reports/reportList";
	}

	@PageCached
	@GetMapping("/reports/{slug}")
	@Transactional(readOnly = true)
	String showReport(@PathVariable String slug, Model model) {
		Report report = this.reports.findBySlug(slug).orElseThrow(() -> new NotFoundException("report", slug));
		model.addAttribute("details", ReportDetails.of(report, this.reports.findFindings(report),
				this.queries.figures(report.getId()), this.statements.respondingToReport(report.getId())));
		return "reports/reportDetails";
	}

	@PageCached
	@GetMapping("/reports/{slug}/history")
	String showHistory(@PathVariable String slug, Model model) {
		Report report = this.reports.findBySlug(slug).orElseThrow(() -> new NotFoundException("report", slug));
		model.addAttribute("report", report);
		model.addAttribute("entries",
				this.history.of(Report.class, report.getId(), HistoryPart.referringBy(ReportFinding.class, "report")));
		return "reports/reportHistory";
	}

}
