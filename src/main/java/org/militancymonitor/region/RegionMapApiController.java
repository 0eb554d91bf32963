package org.militancymonitor.region;

import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A region's map as JSON: published incidents by province, those known only to their
 * country, and the located ones as aggregated points, for a period ({@code from},
 * {@code to} as ISO dates), a group, an event type ({@code type}) and the date precisions
 * counted ({@code precision}, {@code day} or {@code month}, as on a summary). A malformed
 * value or an unknown group answers 400, an unknown region 404, as problem details.
 */
@RestController
class RegionMapApiController {

	private final RegionMapQueries queries;

	private final MessageSource messages;

	RegionMapApiController(RegionMapQueries queries, MessageSource messages) {
		this.queries = queries;
		this.messages = messages;
	}

	@InitBinder("filter")
	void initFilterBinder(WebDataBinder binder) {
		binder.setAllowedFields("from", "to", "group", "type", "precision");
	}

	@GetMapping("/api/regions/{slug}/map")
	ResponseEntity<?> map(@PathVariable String slug, @Valid @ModelAttribute("filter") MapFilter filter,
			BindingResult result) {
		Locale locale = LocaleContextHolder.getLocale();
		RegionOption region = this.queries.region(slug).orElse(null);
		if (region == null) {
			return ResponseEntity
				.of(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
						this.messages.getMessage("region.map.api.unknownRegion", new Object[] { slug }, locale)))
				.build();
		}
		this.queries.checkGroup(filter, result);
		if (result.hasErrors()) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
					this.messages.getMessage("region.map.api.invalid", null, locale));
			problem.setProperty("invalid",
					result.getFieldErrors()
						.stream()
						.map((e) -> new Invalid(e.getField(), String.valueOf(e.getRejectedValue()),
								this.messages.getMessage(e, locale)))
						.toList());
			return ResponseEntity.of(problem).build();
		}
		return ResponseEntity.ok(this.queries.map(region, filter));
	}

	/** A rejected parameter: its name, the value given and what is wrong with it. */
	record Invalid(String parameter, String value, String message) {
	}

}
