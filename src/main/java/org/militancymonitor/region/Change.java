package org.militancymonitor.region;

/**
 * A figure of the current period beside the same of an earlier one.
 *
 * @param current the figure in the current period
 * @param previous the figure in the period compared with
 */
public record Change(long current, long previous) {

	/** The change in percent, rounded half away from zero; null from none. */
	public Long percent() {
		if (this.previous == 0) {
			return null;
		}
		long change = 100 * (this.current - this.previous);
		long rounded = (2 * Math.abs(change) + this.previous) / (2 * this.previous);
		return (change < 0) ? -rounded : rounded;
	}

	public ChangeFlag flag() {
		return ChangeFlag.of(this.current, this.previous);
	}

	/** The percent with its sign ("+12 %", "-30 %", "0 %"), or null from none. */
	public String signedPercent() {
		Long percent = percent();
		if (percent == null) {
			return null;
		}
		return ((percent > 0) ? "+" : (percent < 0) ? "−" : "") + Math.abs(percent) + " %";
	}

}
