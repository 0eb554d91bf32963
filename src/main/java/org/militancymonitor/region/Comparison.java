package org.militancymonitor.region;

/**
 * The figures of the last four weeks beside those of the four weeks before and of the
 * same four weeks a year earlier (incidents dated to the day only: see
 * {@link SummaryPeriod}).
 */
public record Comparison(Figures current, Figures previous, Figures yearEarlier) {

	public static final Comparison NONE = new Comparison(Figures.NONE, Figures.NONE, Figures.NONE);

	public Change incidents() {
		return new Change(this.current.incidents(), this.previous.incidents());
	}

	public Change incidentsYearOnYear() {
		return new Change(this.current.incidents(), this.yearEarlier.incidents());
	}

	public Change fatalities() {
		return new Change(this.current.fatalities(), this.previous.fatalities());
	}

	public Change fatalitiesYearOnYear() {
		return new Change(this.current.fatalities(), this.yearEarlier.fatalities());
	}

	Comparison plus(Comparison other) {
		return new Comparison(this.current.plus(other.current), this.previous.plus(other.previous),
				this.yearEarlier.plus(other.yearEarlier));
	}

}
