package org.militancymonitor.common;

/**
 * How much of a date is known. Sources often give only a month or a year, or no date at
 * all; the dashboard never shows more precision than the source gave.
 */
public enum DatePrecision {

	DAY, MONTH, YEAR, UNKNOWN

}
