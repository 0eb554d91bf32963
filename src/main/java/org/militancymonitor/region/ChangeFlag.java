package org.militancymonitor.region;

/**
 * How a figure moved from one period to the next, in the manner of ACLED's Trendfinder: a
 * rise or fall of 10 % or more is flagged, one of 25 % or more flagged as sharp; from
 * none to some is new, and none in both is none.
 */
public enum ChangeFlag {

	SHARP_RISE, RISE, STABLE, FALL, SHARP_FALL, FROM_NONE, NONE;

	/** A rise or fall of this many percent or more is flagged. */
	public static final int FLAGGED = 10;

	/** A rise or fall of this many percent or more is sharp. */
	public static final int SHARP = 25;

	static ChangeFlag of(long current, long previous) {
		if (previous == 0) {
			return (current == 0) ? NONE : FROM_NONE;
		}
		// compared in whole numbers: 100 * change against 25 * previous, so that exactly
		// 10 % and 25 % are flagged, with no rounding
		long change = 100 * (current - previous);
		if (change >= SHARP * previous) {
			return SHARP_RISE;
		}
		if (change >= FLAGGED * previous) {
			return RISE;
		}
		if (change <= -SHARP * previous) {
			return SHARP_FALL;
		}
		if (change <= -FLAGGED * previous) {
			return FALL;
		}
		return STABLE;
	}

	/** The CSS class of its badge. */
	public String badge() {
		return switch (this) {
			case SHARP_RISE -> "text-bg-danger";
			case RISE -> "text-bg-warning";
			case FALL -> "text-bg-info";
			case SHARP_FALL -> "text-bg-primary";
			case FROM_NONE -> "text-bg-danger";
			case STABLE, NONE -> "text-bg-light";
		};
	}

}
