package org.militancymonitor.region;

import java.util.ArrayList;
import java.util.List;

/**
 * Classes of incident counts for the province choropleth: up to {@link #CLASSES} by
 * quantiles of the provinces' counts (counts are heavy-tailed: equal intervals would put
 * every province but one in the lowest class), or one per count where there are few.
 * Fewer classes take shades spread over the scale, the highest always the darkest.
 */
final class ChoroplethScale {

	static final int CLASSES = 5;

	/** The shades (1 to {@link #CLASSES}) of 1, 2, 3, 4 and 5 classes. */
	private static final int[][] SHADES = { { 5 }, { 3, 5 }, { 2, 4, 5 }, { 2, 3, 4, 5 }, { 1, 2, 3, 4, 5 } };

	private ChoroplethScale() {
	}

	/** The classes for these counts; provinces without incidents are in none. */
	static List<RegionMap.Bin> of(List<Long> counts) {
		List<Long> sorted = counts.stream().filter((c) -> c > 0).sorted().toList();
		List<Long> distinct = sorted.stream().distinct().toList();
		List<Long> uppers = new ArrayList<>();
		if (distinct.size() <= CLASSES) {
			uppers.addAll(distinct);
		}
		else {
			for (int k = 1; k <= CLASSES; k++) {
				long upper = sorted.get((int) Math.ceil(k * sorted.size() / (double) CLASSES) - 1);
				if (uppers.isEmpty() || upper > uppers.get(uppers.size() - 1)) {
					uppers.add(upper);
				}
			}
		}
		List<RegionMap.Bin> bins = new ArrayList<>();
		long low = sorted.isEmpty() ? 1 : sorted.get(0);
		for (long upper : uppers) {
			bins.add(new RegionMap.Bin(SHADES[uppers.size() - 1][bins.size()], low, upper));
			low = upper + 1;
		}
		return List.copyOf(bins);
	}

	/** The shade of a count's class; 0 for none. */
	static int shadeOf(List<RegionMap.Bin> bins, long count) {
		for (RegionMap.Bin bin : bins) {
			if (count <= bin.high()) {
				return (count >= bin.low()) ? bin.shade() : 0;
			}
		}
		return 0;
	}

}
