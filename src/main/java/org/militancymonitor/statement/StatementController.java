package org.militancymonitor.statement;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.militancymonitor.audit.History;
import org.militancymonitor.audit.HistoryPart;
import org.militancymonitor.system.NotFoundException;
import org.militancymonitor.system.PageCached;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Who said what: the matrix of states and organisations against the groups their
 * statements concern, filtered from its URL, and the statement page.
 */
@Controller
class StatementController {

	private final History history;

	private final StatementRepository statements;

	private final StatementQueries queries;

	StatementController(StatementRepository statements, StatementQueries queries, History history) {
		this.history = history;
		this.statements = statements;
		this.queries = queries;
	}

	/**
	 * Binds only the filter's own fields: an indexed or nested name such as
	 * {@code venue[0]} would otherwise make the binder try to grow a path through an
	 * enum.
	 */
	@InitBinder
	void initBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
		binder.setAllowedFields("from", "to", "venue");
	}

	@PageCached
	@GetMapping("/statements")
	String showStatementMatrix(@Valid @ModelAttribute("filter") StatementFilter filter, BindingResult result,
			Model model, HttpServletResponse response) {
		model.addAttribute("venueKinds", VenueKind.values());
		if (result.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return "statements/statementMatrix";
		}
		model.addAttribute("matrix", this.queries.matrix(filter));
		return "statements/statementMatrix";
	}

	@PageCached
	@GetMapping("/statements/{id}")
	String showStatement(@PathVariable long id, Model model) {
		model.addAttribute("statement",
				this.statements.findDetails(id).orElseThrow(() -> new NotFoundException("statement", id)));
		return "statements/statementDetails";
	}

	@PageCached
	@GetMapping("/statements/{id}/history")
	String showHistory(@PathVariable long id, Model model) {
		if (!this.statements.existsById(id)) {
			throw new NotFoundException("statement", id);
		}
		model.addAttribute("id", id);
		model.addAttribute("entries", this.history.of(Statement.class, id));
		return "statements/statementHistory";
	}

}
