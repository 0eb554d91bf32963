package org.militancymonitor.group;

import java.util.List;

import org.militancymonitor.audit.History;
import org.militancymonitor.audit.HistoryPart;
import org.militancymonitor.claim.Claim;
import org.militancymonitor.incident.IncidentListing;
import org.militancymonitor.incident.IncidentQueries;
import org.militancymonitor.report.ReportQueries;
import org.militancymonitor.statement.StatementQueries;
import org.militancymonitor.system.NotFoundException;
import org.militancymonitor.system.PageCached;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The group profile and its history.
 */
@Controller
class GroupController {

	private final History history;

	private final GroupRepository groups;

	private final StatementQueries statements;

	private final IncidentQueries incidents;

	private final ReportQueries findings;

	private final JsonMapper json;

	private final MessageSource messages;

	GroupController(GroupRepository groups, StatementQueries statements, IncidentQueries incidents,
			ReportQueries findings, JsonMapper json, MessageSource messages, History history) {
		this.history = history;
		this.messages = messages;
		this.groups = groups;
		this.statements = statements;
		this.incidents = incidents;
		this.findings = findings;
		this.json = json;
	}

	@PageCached
	@GetMapping("/groups/{slug}")
	@Transactional(readOnly = true)
	String showGroup(@PathVariable String slug, @RequestParam(defaultValue = "0") int incidentPage, Model model) {
		MilitantGroup group = this.groups.findBySlug(slug).orElseThrow(() -> new NotFoundException("group", slug));
		IncidentListing incidents;
		try {
			incidents = this.incidents.forGroup(group.getId(), incidentPage);
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, ex.getMessage());
		}
		GroupProfile profile = GroupProfile.of(group, this.groups.findAliases(group),
				this.groups.findExternalNames(group), this.groups.findDesignations(group),
				this.groups.findEstimates(group), this.groups.findRelationships(group),
				this.groups.findAttributeClaims(group), this.statements.aboutGroup(group.getId()), incidents,
				this.findings.about(group.getId()), this.statements.contestedResponses(group.getId()));
		model.addAttribute("profile", profile);
		model.addAttribute("incidentPages", new GroupIncidentPages(slug));
		model.addAttribute("estimateChart", estimateChart(profile));
		return "groups/groupDetails";
	}

	@PageCached
	@GetMapping("/groups/{slug}/history")
	String showHistory(@PathVariable String slug, Model model) {
		MilitantGroup group = this.groups.findBySlug(slug).orElseThrow(() -> new NotFoundException("group", slug));
		model.addAttribute("group", group);
		model.addAttribute("entries",
				this.history.of(MilitantGroup.class, group.getId(), HistoryPart.referringBy(GroupAlias.class, "group"),
						HistoryPart.referringBy(GroupExternalName.class, "group"),
						HistoryPart.referringBy(Designation.class, "group"),
						HistoryPart.referringBy(Estimate.class, "group"),
						HistoryPart.referringBy(GroupClaim.class, "group"),
						HistoryPart.referringBy(GroupRelationship.class, "fromGroup"),
						HistoryPart.referringBy(GroupRelationship.class, "toGroup")));
		return "groups/groupHistory";
	}

	/**
	 * The chart's data as JSON for a data attribute, or {@code null} without dated
	 * estimates.
	 */
	private String estimateChart(GroupProfile profile) {
		List<GroupProfile.ChartSeries> series = profile.chartSeries((metric) -> this.messages
			.getMessage("enum.EstimateMetric." + metric.name(), null, LocaleContextHolder.getLocale()));
		return series.isEmpty() ? null : this.json.writeValueAsString(series);
	}

	/**
	 * Links to the pages of a group's incident list.
	 */
	public record GroupIncidentPages(String slug) {

		public String urlForPage(int page) {
			return "/groups/" + this.slug + "?incidentPage=" + page + "#incidents";
		}

	}

}
