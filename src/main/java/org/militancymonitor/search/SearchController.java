package org.militancymonitor.search;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
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

	static final int OVERVIEW_SIZE = 10;

	static final int PAGE_SIZE = 20;

	/** Pages of one kind reach this far (1,000 results). */
	static final int MAX_PAGE = 49;

	private final SearchRepository search;

	SearchController(SearchRepository search) {
		this.search = search;
	}

	@GetMapping("/search")
	@Transactional(readOnly = true)
	String showResults(@RequestParam(name = "q", required = false) String query,
			@RequestParam(name = "kind", required = false) String kindParam,
			@RequestParam(name = "page", required = false) String pageParam, Model model,
			HttpServletResponse response) {
		String q = (query != null) ? query.strip() : "";
		model.addAttribute("query", q);
		SearchKind kind = (kindParam != null && !kindParam.isEmpty()) ? SearchKind.fromParam(kindParam).orElse(null)
				: null;
		int page = page(pageParam);
		String error = null;
		if (q.length() > MAX_QUERY_LENGTH || q.chars().anyMatch((c) -> Character.isISOControl(c))) {
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
			model.addAttribute("results", (kind != null) ? onePage(q, kind, page) : overview(q));
		}
		return "search/searchResults";
	}

	private SearchResults overview(String q) {
		Set<SearchKind> more = EnumSet.noneOf(SearchKind.class);
		int n = OVERVIEW_SIZE + 1;
		return new SearchResults(q, null, 0, first(this.search.groups(q, n, 0), SearchKind.GROUPS, OVERVIEW_SIZE, more),
				first(this.search.incidents(q, n, 0), SearchKind.INCIDENTS, OVERVIEW_SIZE, more),
				first(this.search.statements(q, n, 0), SearchKind.STATEMENTS, OVERVIEW_SIZE, more),
				first(this.search.reports(q, n, 0), SearchKind.REPORTS, OVERVIEW_SIZE, more),
				first(this.search.quotes(q, n, 0), SearchKind.QUOTES, OVERVIEW_SIZE, more), more);
	}

	private SearchResults onePage(String q, SearchKind kind, int page) {
		Set<SearchKind> more = EnumSet.noneOf(SearchKind.class);
		int n = PAGE_SIZE + 1;
		int offset = page * PAGE_SIZE;
		return new SearchResults(q, kind, page,
				(kind == SearchKind.GROUPS) ? first(this.search.groups(q, n, offset), kind, PAGE_SIZE, more)
						: List.of(),
				(kind == SearchKind.INCIDENTS) ? first(this.search.incidents(q, n, offset), kind, PAGE_SIZE, more)
						: List.of(),
				(kind == SearchKind.STATEMENTS) ? first(this.search.statements(q, n, offset), kind, PAGE_SIZE, more)
						: List.of(),
				(kind == SearchKind.REPORTS) ? first(this.search.reports(q, n, offset), kind, PAGE_SIZE, more)
						: List.of(),
				(kind == SearchKind.QUOTES) ? first(this.search.quotes(q, n, offset), kind, PAGE_SIZE, more)
						: List.of(),
				more);
	}

	/** The first {@code size} hits; notes the kind in {@code more} if there were more. */
	private static <T> List<T> first(List<T> hits, SearchKind kind, int size, Set<SearchKind> more) {
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
