package org.militancymonitor.region;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.militancymonitor.common.PartialDateFormatter;
import org.militancymonitor.common.SpreadsheetCells;

import org.springframework.context.MessageSource;

/**
 * A summary's tables as CSV (RFC 4180, UTF-8), each with the same numbers as on the page.
 * A text cell that a spreadsheet would take for a formula is neutralised
 * ({@link SpreadsheetCells}).
 */
final class SummaryCsv {

	/** The tables a summary exports, as their file names say. */
	static final List<String> TABLES = List.of("changes", "months", "groups", "types", "subregions", "timeline");

	private final MessageSource messages;

	private final PartialDateFormatter dates;

	private final Locale locale;

	SummaryCsv(MessageSource messages, PartialDateFormatter dates, Locale locale) {
		this.messages = messages;
		this.dates = dates;
		this.locale = locale;
	}

	/** The table named {@code table} (one of {@link #TABLES}). */
	String table(String table, RegionSummary summary) {
		return switch (table) {
			case "changes" -> changes(summary);
			case "months" -> months(summary);
			case "groups" -> breakdown(summary.groups(), "summary.csv.group", true, false);
			case "types" -> breakdown(summary.types(), "summary.csv.type", false, true);
			case "subregions" -> breakdown(summary.subregions(), "summary.csv.region", false, false);
			case "timeline" -> timeline(summary);
			default -> throw new IllegalArgumentException("No table " + table);
		};
	}

	private String changes(RegionSummary summary) {
		List<List<Object>> rows = new ArrayList<>();
		Comparison t = summary.totals();
		rows.add(List.of(text("summary.csv.measure"), text("summary.current"), text("summary.previous"),
				text("summary.csv.changePercent"), text("summary.csv.flag"), text("summary.yearEarlier"),
				text("summary.csv.yearChangePercent"), text("summary.csv.yearFlag")));
		rows.add(changeRow(text("summary.incidents"), t.incidents(), t.incidentsYearOnYear()));
		rows.add(changeRow(text("summary.fatalities"), t.fatalities(), t.fatalitiesYearOnYear()));
		rows.add(List.of(text("summary.fatalitiesLow"), t.current().fatalitiesLow(), t.previous().fatalitiesLow(), "",
				"", t.yearEarlier().fatalitiesLow(), "", ""));
		rows.add(List.of(text("summary.fatalitiesHigh"), t.current().fatalitiesHigh(), t.previous().fatalitiesHigh(),
				"", "", t.yearEarlier().fatalitiesHigh(), "", ""));
		return write(rows);
	}

	private List<Object> changeRow(String measure, Change change, Change yearOnYear) {
		return List.of(measure, change.current(), change.previous(), percent(change), flag(change),
				yearOnYear.previous(), percent(yearOnYear), flag(yearOnYear));
	}

	private String months(RegionSummary summary) {
		List<List<Object>> rows = new ArrayList<>();
		rows.add(List.of(text("summary.csv.month"), text("summary.incidents"), text("summary.monthOnly"),
				text("summary.fatalities"), text("summary.fatalitiesLow"), text("summary.fatalitiesHigh"),
				text("summary.fatalitiesUnknown")));
		for (MonthFigures m : summary.months()) {
			Figures f = m.figures();
			rows.add(List.of(m.month().toString().substring(0, 7), f.incidents(), m.monthOnly(), f.fatalities(),
					f.fatalitiesLow(), f.fatalitiesHigh(), f.fatalitiesUnknown()));
		}
		for (YearFigures y : summary.undated()) {
			Figures f = y.figures();
			rows.add(List.of(
					(y.year() != null) ? text("summary.csv.yearOnly", String.valueOf(y.year()))
							: text("summary.dateUnknown"),
					f.incidents(), "", f.fatalities(), f.fatalitiesLow(), f.fatalitiesHigh(), f.fatalitiesUnknown()));
		}
		return write(rows);
	}

	private String breakdown(List<Breakdown> lines, String keyHeader, boolean groups, boolean types) {
		List<List<Object>> rows = new ArrayList<>();
		List<Object> header = new ArrayList<>(List.of(text(keyHeader), text("summary.incidents"),
				text("summary.fatalities"), text("summary.fatalitiesLow"), text("summary.fatalitiesHigh"),
				text("summary.csv.current"), text("summary.csv.previous"), text("summary.csv.changePercent"),
				text("summary.csv.flag"), text("summary.csv.yearEarlier"), text("summary.csv.yearChangePercent"),
				text("summary.csv.yearFlag"), text("summary.csv.currentFatalities")));
		if (groups) {
			header.add(text("summary.csv.newlyActive"));
		}
		rows.add(header);
		for (Breakdown line : lines) {
			Figures p = line.period();
			Comparison w = line.weeks();
			List<Object> row = new ArrayList<>(List.of(types ? text(line.name()) : line.name(), p.incidents(),
					p.fatalities(), p.fatalitiesLow(), p.fatalitiesHigh(), w.current().incidents(),
					w.previous().incidents(), percent(w.incidents()), flag(w.incidents()), w.yearEarlier().incidents(),
					percent(w.incidentsYearOnYear()), flag(w.incidentsYearOnYear()), w.current().fatalities()));
			if (groups) {
				row.add(line.newlyActive() ? text("summary.csv.yes") : "");
			}
			rows.add(row);
		}
		return write(rows);
	}

	private String timeline(RegionSummary summary) {
		List<List<Object>> rows = new ArrayList<>();
		rows.add(List.of(text("summary.csv.date"), text("summary.csv.event"), text("summary.csv.group"),
				text("summary.csv.by"), text("summary.csv.detail")));
		for (TimelineEvent e : summary.timeline()) {
			rows.add(List.of(this.dates.format(e.date()), text("summary.timeline." + e.kind()),
					(e.groupName() != null) ? e.groupName() : "", e.actor(), e.detail()));
		}
		return write(rows);
	}

	private Object percent(Change change) {
		Long percent = change.percent();
		return (percent != null) ? percent : "";
	}

	private String flag(Change change) {
		return text("summary.flag." + change.flag().name());
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, this.locale);
	}

	private static String write(List<List<Object>> rows) {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
			for (List<Object> row : rows) {
				printer.printRecord(row.stream().map(SpreadsheetCells::neutralise).toList());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

}
