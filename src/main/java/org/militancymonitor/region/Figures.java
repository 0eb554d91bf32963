package org.militancymonitor.region;

/**
 * Published incidents and their fatalities: the best figure (else the low, else the high)
 * summed, and the range summed from each incident's low and high (an incident without a
 * range counting its best figure on both sides).
 *
 * @param incidents how many incidents
 * @param fatalities the sum of their best figures
 * @param fatalitiesLow the sum of their low figures
 * @param fatalitiesHigh the sum of their high figures
 * @param fatalitiesUnknown how many of them state no figure at all (counted as 0)
 */
public record Figures(long incidents, long fatalities, long fatalitiesLow, long fatalitiesHigh,
		long fatalitiesUnknown) {

	public static final Figures NONE = new Figures(0, 0, 0, 0, 0);

	/** Whether the low and high figures differ from the best. */
	public boolean hasRange() {
		return this.fatalitiesLow != this.fatalities || this.fatalitiesHigh != this.fatalities;
	}

	Figures plus(Figures other) {
		return new Figures(this.incidents + other.incidents, this.fatalities + other.fatalities,
				this.fatalitiesLow + other.fatalitiesLow, this.fatalitiesHigh + other.fatalitiesHigh,
				this.fatalitiesUnknown + other.fatalitiesUnknown);
	}

}
