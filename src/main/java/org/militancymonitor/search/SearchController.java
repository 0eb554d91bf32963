package org.militancymonitor.search;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The search box in the header: groups by any of their names, incidents, statements,
 * reports and quotes, grouped by kind with the match highlighted.
 */
@Controller
class SearchController {

	static final int MAX_QUERY_LENGTH = 200;

	private final SearchRepository search;

	SearchController(SearchRepository search) {
		this.search = search;
	}

	@GetMapping("/search")
	@Transactional(readOnly = true)
	String showResults(@RequestParam(name = "q", required = false) String query, Model model,
			HttpServletResponse response) {
		String q = (query != null) ? query.strip() : "";
		model.addAttribute("query", q);
		if (q.length() > MAX_QUERY_LENGTH || q.chars().anyMatch((c) -> Character.isISOControl(c))) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("queryError", "search.invalid");
			return "search/searchResults";
		}
		if (!q.isEmpty()) {
			model.addAttribute("results", new SearchResults(q, this.search.groups(q), this.search.incidents(q),
					this.search.statements(q), this.search.reports(q), this.search.quotes(q)));
		}
		return "search/searchResults";
	}

}
