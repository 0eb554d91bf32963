package org.militancymonitor.incident;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.militancymonitor.common.DatePrecision;
import org.militancymonitor.review.ReviewStatus;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The incident list's matches as files, with the list's filters and sort from the query
 * string (the page's links carry them): all the matches, not a page of them. Each file is
 * written straight to the response as its rows are read (through Tomcat's buffer, sent in
 * chunks), in the request's thread and its turn of the admission control. A malformed
 * filter answers 400 with the list's form marking it, as the list does.
 */
@Controller
class IncidentExportController {

	private final IncidentFilters filters;

	private final IncidentExports exports;

	private final MessageSource messages;

	IncidentExportController(IncidentFilters filters, IncidentExports exports, MessageSource messages) {
		this.filters = filters;
		this.exports = exports;
		this.messages = messages;
	}

	/** The list's filters and sort; the page and its size are the list's alone. */
	@InitBinder("filter")
	void initFilterBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
		binder.setAllowedFields("from", "to", "country", "province", "group", "type", "minFatalities", "maxFatalities",
				"status", "sort", "dir");
	}

	@GetMapping("/incidents.csv")
	String exportCsv(@Valid @ModelAttribute("filter") IncidentFilter filter, BindingResult result,
			@RequestParam(name = "bom", defaultValue = "false") boolean bom, Model model, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		ResolvedFilter resolved = resolve(filter, result, model, request, response);
		if (resolved == null) {
			return "incidents/incidentList";
		}
		start(response, "text/csv;charset=UTF-8", "incidents", "csv");
		this.exports.csv(resolved, response.getOutputStream(), bom, labels(), baseUrl());
		return null;
	}

	@GetMapping("/incidents/acled.csv")
	String exportAcled(@Valid @ModelAttribute("filter") IncidentFilter filter, BindingResult result,
			@RequestParam(name = "bom", defaultValue = "false") boolean bom, Model model, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		ResolvedFilter resolved = resolve(filter, result, model, request, response);
		if (resolved == null) {
			return "incidents/incidentList";
		}
		start(response, "text/csv;charset=UTF-8", "incidents-acled", "csv");
		this.exports.acled(resolved, response.getOutputStream(), bom);
		return null;
	}

	@GetMapping("/incidents.geojson")
	String exportGeoJson(@Valid @ModelAttribute("filter") IncidentFilter filter, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		ResolvedFilter resolved = resolve(filter, result, model, request, response);
		if (resolved == null) {
			return "incidents/incidentList";
		}
		start(response, "application/geo+json", "incidents", "geojson");
		this.exports.geoJson(resolved, response.getOutputStream(), baseUrl());
		return null;
	}

	/**
	 * The filter resolved; or null, with the list's form and its errors in the model and
	 * the status 400.
	 */
	private ResolvedFilter resolve(IncidentFilter filter, BindingResult result, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		ResolvedFilter resolved = this.filters.resolve(filter, result, request);
		if (resolved == null) {
			this.filters.addChoices(model, request);
			model.addAttribute("formErrors", true);
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		}
		return resolved;
	}

	private static void start(HttpServletResponse response, String contentType, String name, String extension) {
		response.setContentType(contentType);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename(name + "-" + LocalDate.now(ZoneOffset.UTC) + "." + extension)
					.build()
					.toString());
	}

	private static String baseUrl() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}

	/** The CSV's headers and enum labels in the request's language, looked up once. */
	private IncidentExports.Labels labels() {
		Locale locale = LocaleContextHolder.getLocale();
		Map<IncidentExports.Column, String> headers = new EnumMap<>(IncidentExports.Column.class);
		for (IncidentExports.Column column : IncidentExports.Column.values()) {
			headers.put(column, this.messages.getMessage("incidentCsv." + column.name(), null, locale));
		}
		Map<Enum<?>, String> values = new HashMap<>();
		for (Enum<?>[] type : new Enum<?>[][] { DatePrecision.values(), EventType.values(), SubEventType.values(),
				LocationPrecision.values(), ReviewStatus.values() }) {
			for (Enum<?> value : type) {
				values.put(value, this.messages.getMessage(
						"enum." + value.getDeclaringClass().getSimpleName() + "." + value.name(), null, locale));
			}
		}
		return new IncidentExports.Labels(headers, values,
				"(" + this.messages.getMessage("incident.attributionUncertain", null, locale) + ")");
	}

}
