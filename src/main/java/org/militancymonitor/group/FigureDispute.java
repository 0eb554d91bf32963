package org.militancymonitor.group;

import java.util.List;

/**
 * Different estimates of one figure of one group, side by side.
 */
public record FigureDispute(MilitantGroup group, EstimateMetric metric, List<Estimate> estimates) {

	/**
	 * The figures of one group's estimates that more than one value or source gives.
	 */
	static List<FigureDispute> within(List<Estimate> estimates) {
		return of(estimates).stream()
			.filter((f) -> f.estimates().stream().map(Estimate::getValue).distinct().count() > 1
					|| f.estimates().stream().map((e) -> e.getClaim().getSourceId()).distinct().count() > 1)
			.toList();
	}

	static List<FigureDispute> of(List<Estimate> disputed) {
		return disputed.stream()
			.collect(java.util.stream.Collectors.groupingBy((e) -> List.of(e.getGroup().getId(), e.getMetric()),
					java.util.LinkedHashMap::new, java.util.stream.Collectors.toList()))
			.values()
			.stream()
			.map((estimates) -> new FigureDispute(estimates.get(0).getGroup(), estimates.get(0).getMetric(), estimates))
			.toList();
	}

}
