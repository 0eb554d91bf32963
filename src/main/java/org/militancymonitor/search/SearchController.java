package org.militancymonitor.search;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The search box in the header: groups by any of their names, incidents, statements,
 * reports and quotes, grouped by kind with the match highlighted. The overview shows the
 * first {@value #OVERVIEW_SIZE} of each kind, with a link to the kind's own pages of
 * {@value #PAGE_SIZE} when there are more.
 */
@Controller
class SearchController {

	static final int MAX_QUERY_LENGTH = 200;

	private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");

	static final int OVERVIEW_SIZE = 10;

	static final int PAGE_SIZE = 20;

	/** Pages of one kind reach this far (1,000 results). */
	static final int MAX_PAGE = 49;

	private final SearchQueries search;

	SearchController(SearchQueries search) {
		this.search = search;
	}

	@GetMapping("/search")
	String showResults(@RequestParam(name = "q", required = false) String query,
			@RequestParam(name = "kind", required = false) String kindParam,
			@RequestParam(name = "page", required = false) String pageParam, Model model,
			HttpServletResponse response) {
		String q = (query != null) ? query.strip() : "";
		// shown back in the box without control characters, which are refused below
		String shown = CONTROL.matcher(q).replaceAll("");
		model.addAttribute("query", shown);
		SearchKind kind = (kindParam != null && !kindParam.isEmpty()) ? SearchKind.fromParam(kindParam).orElse(null)
				: null;
		int page = page(pageParam);
		String error = null;
		if (q.length() > MAX_QUERY_LENGTH || shown.length() != q.length()) {
			error = "search.invalid";
		}
		else if (kind == null && kindParam != null && !kindParam.isEmpty()) {
			error = "search.invalidKind";
		}
		else if (page < 0 || (page > 0 && kind == null)) {
			error = "search.invalidPage";
		}
		if (error != null) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("queryError", error);
			return "search/searchResults";
		}
		if (!q.isEmpty()) {
			model.addAttribute("results", find(q, kind, page));
		}
		return "search/searchResults";
	}

	/**
	 * The first results of every kind (no kind asked for), or a page of one kind. One
	 * more than shown is read of each, to know whether there are more. No transaction
	 * spans the statements: a search needs none, and one would only add a JPA session and
	 * a commit.
	 */
	private SearchResults find(String q, SearchKind kind, int page) {
		int size = (kind != null) ? PAGE_SIZE : OVERVIEW_SIZE;
		Set<SearchKind> kinds = (kind != null) ? EnumSet.of(kind) : EnumSet.allOf(SearchKind.class);
		SearchQueries.Hits hits = this.search.find(q, kinds, size + 1, page * size);
		Set<SearchKind> more = EnumSet.noneOf(SearchKind.class);
		return new SearchResults(q, kind, page, shown(SearchKind.GROUPS, hits.groups(), size, more),
				shown(SearchKind.INCIDENTS, hits.incidents(), size, more),
				shown(SearchKind.STATEMENTS, hits.statements(), size, more),
				shown(SearchKind.REPORTS, hits.reports(), size, more),
				shown(SearchKind.QUOTES, hits.quotes(), size, more), more);
	}

	/**
	 * The first {@code size} hits; notes the kind in {@code more} when there are more.
	 */
	private static <T> List<T> shown(SearchKind kind, List<T> hits, int size, Set<SearchKind> more) {
		if (hits.size() > size) {
			more.add(kind);
			return hits.subList(0, size);
		}
		return hits;
	}

	/**
	 * The page asked for, from 0; -1 when it is not a whole number from 0 to the last.
	 */
	private static int page(String value) {
		if (value == null || value.isEmpty()) {
			return 0;
		}
		if (value.length() > 3 || !value.chars().allMatch(Character::isDigit)) {
			return -1;
		}
		int page = Integer.parseInt(value);
		return (page <= MAX_PAGE) ? page : -1;
	}

}
