package org.militancymonitor.incident;

import java.util.List;
import java.util.stream.IntStream;

/**
 * One page of the incident list and how many incidents match, counted up to a cap:
 * {@code total == countCap} means "more than {@code countCap - 1}".
 */
public record IncidentListing(List<IncidentRow> rows, long total, long countCap, int page, int size) {

	public boolean isTotalCapped() {
		return this.total >= this.countCap;
	}

	/** The lower bound shown as "more than N" when the total is capped. */
	public long countedAtLeast() {
		return this.countCap - 1;
	}

	/**
	 * The pages that can be reached: all of them when the count is exact; when it is
	 * capped, as far as counted (the next pages appear as the reader moves on).
	 */
	public int pageCount() {
		long reachable = Math.min(this.total, IncidentFilter.MAX_WINDOW);
		return (int) Math.max(1, (reachable + this.size - 1) / this.size);
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
