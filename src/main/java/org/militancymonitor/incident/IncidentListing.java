package org.militancymonitor.incident;

import java.util.List;
import java.util.stream.IntStream;

/**
 * One page of the incident list and how many incidents match, counted up to
 * {@link IncidentFilter#MAX_WINDOW}: {@code total > MAX_WINDOW} means "more than".
 */
public record IncidentListing(List<IncidentRow> rows, long total, int page, int size) {

	public boolean isTotalCapped() {
		return this.total > IncidentFilter.MAX_WINDOW;
	}

	public int pageCount() {
		long reachable = Math.min(this.total, IncidentFilter.MAX_WINDOW);
		return (int) Math.max(1, (reachable + this.size - 1) / this.size);
	}

	public int window() {
		return IncidentFilter.MAX_WINDOW;
	}

	/** The page numbers (from 0) to offer around the current page. */
	public List<Integer> nearbyPages() {
		return IntStream.rangeClosed(Math.max(0, this.page - 2), Math.min(pageCount() - 1, this.page + 2))
			.boxed()
			.toList();
	}

	public boolean hasPrevious() {
		return this.page > 0;
	}

	public boolean hasNext() {
		return this.page + 1 < pageCount();
	}

	public long firstRow() {
		return this.rows.isEmpty() ? 0 : (long) this.page * this.size + 1;
	}

	public long lastRow() {
		return (long) this.page * this.size + this.rows.size();
	}

}
