package org.militancymonitor.region;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The choropleth's classes: one per count where there are few, quantiles where there are
 * many, contiguous, the highest always the darkest shade, provinces without incidents in
 * none.
 */
class ChoroplethScaleTests {

	@Test
	void shouldGiveEachCountItsClassWhereThereAreFew() {
		List<RegionMap.Bin> bins = ChoroplethScale.of(List.of(0L, 1L, 2L, 2L, 0L));
		assertThat(bins).containsExactly(new RegionMap.Bin(3, 1, 1), new RegionMap.Bin(5, 2, 2));
		assertThat(ChoroplethScale.shadeOf(bins, 0)).isZero();
		assertThat(ChoroplethScale.shadeOf(bins, 1)).isEqualTo(3);
		assertThat(ChoroplethScale.shadeOf(bins, 2)).isEqualTo(5);
	}

	@Test
	void shouldSplitManyCountsByQuantilesIntoFiveContiguousClasses() {
		List<Long> counts = List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 500L, 0L);
		List<RegionMap.Bin> bins = ChoroplethScale.of(counts);
		// eleven counts: the 3rd, 5th, 7th, 9th and 11th smallest close the classes
		assertThat(bins).containsExactly(new RegionMap.Bin(1, 1, 3), new RegionMap.Bin(2, 4, 5),
				new RegionMap.Bin(3, 6, 7), new RegionMap.Bin(4, 8, 9), new RegionMap.Bin(5, 10, 500));
		for (long count : counts) {
			assertThat(ChoroplethScale.shadeOf(bins, count)).as("shade of %s", count)
				.isEqualTo((count == 0) ? 0
						: bins.stream()
							.filter((b) -> b.low() <= count && count <= b.high())
							.findFirst()
							.orElseThrow()
							.shade());
		}
	}

	@Test
	void shouldMergeQuantilesThatFallOnTheSameCount() {
		List<RegionMap.Bin> bins = ChoroplethScale.of(List.of(1L, 1L, 1L, 1L, 1L, 1L, 1L, 2L, 3L, 4L, 5L, 90L));
		assertThat(bins.get(0)).isEqualTo(new RegionMap.Bin(2, 1, 1));
		assertThat(bins).extracting(RegionMap.Bin::high).isSorted().doesNotHaveDuplicates().endsWith(90L);
		assertThat(bins).last().extracting(RegionMap.Bin::shade).isEqualTo(5);
	}

	@Test
	void shouldHaveNoClassWithoutIncidents() {
		assertThat(ChoroplethScale.of(List.of(0L, 0L))).isEmpty();
		assertThat(ChoroplethScale.of(List.of())).isEmpty();
	}

}
