package org.militancymonitor.statement;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.militancymonitor.system.ApiExceptionHandler;
import org.militancymonitor.system.EntityTags;
import org.militancymonitor.system.NotFoundException;
import org.militancymonitor.system.Problems;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Statements through the API: those the who-said-what matrix holds for a period and a
 * kind of venue, and a statement as its page shows it.
 */
@RestController
@Tag(name = "Statements", description = "What states and organisations said about the groups, and with what stance")
class StatementV1ApiController {

	static final String STATEMENTS = "/api/v1/statements";

	private final StatementRepository statements;

	private final StatementQueries queries;

	private final EntityTags tags;

	private final ApiExceptionHandler problems;

	StatementV1ApiController(StatementRepository statements, StatementQueries queries, EntityTags tags,
			ApiExceptionHandler problems) {
		this.statements = statements;
		this.queries = queries;
		this.tags = tags;
		this.problems = problems;
	}

	@InitBinder("filter")
	void initBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
		binder.setAllowedFields("from", "to", "venue");
	}

	@Operation(summary = "List statements",
			description = "The live statements the who-said-what matrix holds, newest first (those of unknown date "
					+ "last): made from `from` to `to` (ISO dates; a period leaves out statements of unknown date) at a "
					+ "kind of `venue`. A malformed value answers 400 naming the parameter.")
	@GetMapping(path = STATEMENTS, produces = MediaType.APPLICATION_JSON_VALUE)
	List<StatementV1.StatementV1Summary> list(@ParameterObject @Valid @ModelAttribute("filter") StatementFilter filter,
			BindingResult result, HttpServletRequest request) {
		if (result.hasErrors()) {
			throw Problems.raise(this.problems.invalidParameters(result,
					(field) -> "dateRangeOrdered".equals(field) ? "from" : field, request));
		}
		return StatementV1.StatementV1Summary.of(this.queries.rows(filter));
	}

	@Operation(summary = "A statement",
			description = "A statement by its id with its speaker, venue, stance, the groups and states it concerns, "
					+ "what it answers, what answers it and its claim. Sends an ETag and answers a matching "
					+ "If-None-Match with 304.")
	@GetMapping(path = STATEMENTS + "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<StatementV1> get(@PathVariable long id) {
		return this.tags.ok(StatementV1
			.of(this.statements.findDetails(id).orElseThrow(() -> new NotFoundException("statement", id))));
	}

}
