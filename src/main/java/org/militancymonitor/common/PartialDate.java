package org.militancymonitor.common;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A date together with its precision. With precision {@link DatePrecision#MONTH} only the
 * year and month of {@code date} are meaningful (the day is 1), with
 * {@link DatePrecision#YEAR} only the year; with {@link DatePrecision#UNKNOWN} there is
 * no date. Owners map the two columns with {@code @AttributeOverride}.
 */
@Embeddable
public class PartialDate implements Comparable<PartialDate> {

	@Column(name = "date")
	private LocalDate date;

	@Column(name = "precision", nullable = false)
	@Enumerated(EnumType.STRING)
	private DatePrecision precision = DatePrecision.UNKNOWN;

	protected PartialDate() {
	}

	private PartialDate(LocalDate date, DatePrecision precision) {
		this.date = date;
		this.precision = precision;
	}

	public static PartialDate unknown() {
		return new PartialDate(null, DatePrecision.UNKNOWN);
	}

	public static PartialDate of(LocalDate date, DatePrecision precision) {
		Objects.requireNonNull(precision, "precision");
		if (precision == DatePrecision.UNKNOWN || date == null) {
			if (date != null || precision != DatePrecision.UNKNOWN) {
				throw new IllegalArgumentException("a date needs a precision, and an unknown date has no value");
			}
			return unknown();
		}
		LocalDate normalised = switch (precision) {
			case DAY -> date;
			case MONTH -> date.withDayOfMonth(1);
			case YEAR -> date.withDayOfYear(1);
			case UNKNOWN -> throw new IllegalStateException();
		};
		return new PartialDate(normalised, precision);
	}

	/**
	 * Reads the two columns of a partial date from an SQL result: a date (null when
	 * unknown) and a precision name.
	 */
	public static PartialDate fromSql(ResultSet rs, String dateColumn, String precisionColumn) throws SQLException {
		LocalDate date = rs.getObject(dateColumn, LocalDate.class);
		return (date != null) ? of(date, DatePrecision.valueOf(rs.getString(precisionColumn))) : unknown();
	}

	public static PartialDate ofDay(LocalDate date) {
		return of(date, DatePrecision.DAY);
	}

	public static PartialDate ofMonth(int year, int month) {
		return of(LocalDate.of(year, month, 1), DatePrecision.MONTH);
	}

	public static PartialDate ofYear(int year) {
		return of(LocalDate.of(year, 1, 1), DatePrecision.YEAR);
	}

	public LocalDate getDate() {
		return this.date;
	}

	public DatePrecision getPrecision() {
		return (this.precision != null) ? this.precision : DatePrecision.UNKNOWN;
	}

	public boolean isKnown() {
		return this.date != null && getPrecision() != DatePrecision.UNKNOWN;
	}

	/**
	 * Unknown dates sort last; otherwise by date, the less precise first on a tie.
	 */
	@Override
	public int compareTo(PartialDate other) {
		if (!isKnown() || !other.isKnown()) {
			return Boolean.compare(!isKnown(), !other.isKnown());
		}
		int byDate = this.date.compareTo(other.date);
		return (byDate != 0) ? byDate : other.getPrecision().compareTo(getPrecision());
	}

	@Override
	public boolean equals(Object obj) {
		return (obj instanceof PartialDate other) && Objects.equals(this.date, other.date)
				&& getPrecision() == other.getPrecision();
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.date, getPrecision());
	}

	@Override
	public String toString() {
		return isKnown() ? this.date + "/" + getPrecision() : "unknown";
	}

}
