package org.militancymonitor.incident;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.militancymonitor.common.DatePrecision;
import org.militancymonitor.common.PartialDate;
import org.militancymonitor.common.SpreadsheetCells;

/**
 * Reads an ACLED-format CSV file record by record from its stream (UTF-8, with or without
 * a byte-order mark, columns found by their names in the header, in any order), and makes
 * of each record an incident's values or the problems that keep it out, each named by the
 * line the record starts on and its column. What ACLED's columns say that the dashboard
 * keeps is read; what it derives or does not keep ({@code disorder_type},
 * {@code interaction}, {@code civilian_targeting}, {@code iso}, {@code region},
 * {@code admin3}, {@code timestamp}, the actor types but to leave out civilians,
 * protesters and rioters) is not.
 */
final class AcledRowReader implements Closeable {

	/** The columns a file must have. */
	static final List<String> REQUIRED = List.of("event_id_cnty", "event_date", "time_precision", "event_type",
			"sub_event_type", "actor1", "actor2", "country", "notes");

	/** The longest notes an incident's summary holds. */
	static final int MAX_NOTES = 4000;

	/** The longest quote a claim holds. */
	static final int MAX_QUOTE = 1200;

	private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

	private static final Pattern WHOLE_NUMBER = Pattern.compile("^\\d{1,7}$");

	private static final Pattern YEAR = Pattern.compile("^\\d{4}$");

	/** Control characters a text refuses; notes may also hold tabs and line breaks. */
	private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

	private static final Pattern CONTROL_IN_LINE = Pattern.compile("[\\x00-\\x1F\\x7F]");

	/** ACLED's names of parties that are no group nor state: they are not imported. */
	private static final Pattern NOT_A_PARTY = Pattern.compile("^(Civilians|Protesters|Rioters)\\b.*");

	private final CSVParser parser;

	private final Iterator<CSVRecord> records;

	private final Map<String, Integer> columns = new HashMap<>();

	private int headerSize;

	private final AcledRegions regions;

	private AcledRowReader(CSVParser parser, AcledRegions regions) {
		this.parser = parser;
		this.records = parser.iterator();
		this.regions = regions;
	}

	/**
	 * Opens the file and reads its header.
	 * @throws FileProblem when it has no header or lacks a required column
	 */
	static AcledRowReader open(InputStream in, AcledRegions regions) throws IOException, FileProblem {
		InputStreamReader decoder = new InputStreamReader(in,
				StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT));
		CSVParser parser = CSVParser.builder()
			.setReader(new BufferedReader(decoder, 64 * 1024))
			.setFormat(CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get())
			.get();
		AcledRowReader reader = new AcledRowReader(parser, regions);
		try {
			reader.readHeader();
		}
		catch (RuntimeException | FileProblem ex) {
			parser.close();
			throw ex;
		}
		return reader;
	}

	private void readHeader() throws FileProblem {
		CSVRecord header;
		try {
			if (!this.records.hasNext()) {
				throw new FileProblem(1, null, "file.empty");
			}
			header = this.records.next();
		}
		catch (UncheckedIOException | IllegalStateException ex) {
			throw new FileProblem(1, null, "file.malformed");
		}
		this.headerSize = header.size();
		for (int i = 0; i < header.size(); i++) {
			String name = header.get(i).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
			this.columns.putIfAbsent(name, i);
		}
		for (String column : REQUIRED) {
			if (!this.columns.containsKey(column)) {
				throw new FileProblem(1, column, "header.missing");
			}
		}
	}

	/**
	 * The next record, or null at the end of the file.
	 * @throws FileProblem when the file cannot be read on from here (broken quoting, not
	 * UTF-8): what was read before stands
	 */
	Row next() throws FileProblem {
		long line = this.parser.getCurrentLineNumber() + 1;
		CSVRecord record;
		try {
			if (!this.records.hasNext()) {
				return null;
			}
			record = this.records.next();
		}
		catch (UncheckedIOException | IllegalStateException ex) {
			throw new FileProblem(line, null, (ex.getCause() instanceof java.nio.charset.CharacterCodingException)
					? "file.notUtf8" : "file.malformed");
		}
		return new Parse(record, line).row();
	}

	@Override
	public void close() throws IOException {
		this.parser.close();
	}

	/** A problem with the file as a whole, from the line it was found on. */
	static final class FileProblem extends Exception {

		private final Problem problem;

		FileProblem(long line, String column, String code) {
			super(code + " at line " + line);
			this.problem = new Problem(line, column, null, code, true);
		}

		Problem problem() {
			return this.problem;
		}

	}

	/**
	 * Something wrong with a record's cell: {@code rejected} when the row is not imported
	 * for it, else a note of what was left out of the imported row.
	 */
	record Problem(long line, String column, String value, String code, boolean rejected) {
	}

	/** A party a row names, in the role it has there. */
	record Mention(String name, ActorRole role, boolean uncertain) {
	}

	/**
	 * A record read: the incident's values when it has no rejecting problem, and its
	 * problems.
	 */
	record Row(long line, String eventId, Values values, List<Problem> problems) {

		boolean isRejected() {
			return this.values == null;
		}

	}

	/** What an imported row makes of its incident and its claim. */
	record Values(PartialDate occurred, String dateAsStated, EventType eventType, SubEventType subEventType,
			boolean crossBorder, Long countryId, Long admin1Id, Long admin2Id, String placeName, Double latitude,
			Double longitude, LocationPrecision locationPrecision, Integer fatalities, String summary, String quote,
			String claimNote, List<Mention> mentions) {
	}

	/** The reading of one record. */
	private final class Parse {

		private final CSVRecord record;

		private final long line;

		private final List<Problem> problems = new ArrayList<>();

		private boolean rejected;

		Parse(CSVRecord record, long line) {
			this.record = record;
			this.line = line;
		}

		Row row() {
			String eventId = text("event_id_cnty");
			if (this.record.size() != AcledRowReader.this.headerSize) {
				reject(null, String.valueOf(this.record.size()), "fields.count");
				return new Row(this.line, eventId, null, this.problems);
			}
			if (eventId == null) {
				reject("event_id_cnty", null, "required");
			}
			else if (eventId.length() > 100) {
				reject("event_id_cnty", eventId, "tooLong");
			}
			PartialDate occurred = date();
			String dateAsStated = ("2".equals(text("time_precision")) && occurred.isKnown())
					? "the week of " + text("event_date") + " (ACLED time precision 2)" : null;
			EventType eventType = eventType();
			SubEventType subEventType = subEventType(eventType);
			Set<String> tags = tags();
			Long[] place = regions();
			String location = line("location");
			if (place[3] != null) {
				// a district the regions do not hold: imported at its province, its name
				// kept with the place
				location = (location != null) ? location + ", " + text("admin2") : text("admin2");
			}
			Double latitude = coordinate("latitude", 90);
			Double longitude = coordinate("longitude", 180);
			if ((latitude == null) != (longitude == null) && !this.rejected) {
				reject((latitude == null) ? "latitude" : "longitude", null, "coordinates.both");
			}
			LocationPrecision precision = locationPrecision(place, latitude != null && longitude != null);
			Integer fatalities = wholeNumber("fatalities");
			String notes = notes();
			List<Mention> mentions = mentions(tags);
			String source = line("source");
			String scale = line("source_scale");
			if (this.rejected) {
				return new Row(this.line, eventId, null, this.problems);
			}
			StringBuilder note = new StringBuilder();
			if (source != null) {
				note.append(AcledFormat.SOURCE_NOTE).append(source);
			}
			if (scale != null) {
				note.append((note.length() > 0) ? "\n" : "").append(AcledFormat.SOURCE_SCALE_NOTE).append(scale);
			}
			return new Row(this.line, eventId,
					new Values(occurred, dateAsStated, eventType, subEventType,
							tags.contains(AcledFormat.CROSS_BORDER_TAG), place[0], place[1], place[2], location,
							latitude, longitude, precision, fatalities, notes, quote(notes),
							(note.length() > 0) ? note.toString() : null, mentions),
					this.problems);
		}

		/**
		 * The date: a day for time precision 1, a month for 3 (the month of the date
		 * given), and for 2, a week, the month of its middle, which the date is (the week
		 * is kept as the date as stated); a year alone when only the year is given;
		 * unknown when nothing is.
		 */
		private PartialDate date() {
			String value = text("event_date");
			String precision = text("time_precision");
			String yearText = text("year");
			Integer year = null;
			if (yearText != null) {
				if (!YEAR.matcher(yearText).matches()) {
					reject("year", yearText, "invalid");
				}
				else {
					year = Integer.valueOf(yearText);
				}
			}
			if (value == null) {
				if (precision != null) {
					reject("event_date", null, "required");
					return PartialDate.unknown();
				}
				return (year != null) ? PartialDate.ofYear(year) : PartialDate.unknown();
			}
			LocalDate date = parseDate(value);
			if (date == null) {
				reject("event_date", value, "invalid");
				return PartialDate.unknown();
			}
			if (year != null && year != date.getYear()) {
				reject("year", yearText, "mismatch");
			}
			if (precision == null || "1".equals(precision)) {
				return PartialDate.ofDay(date);
			}
			if ("2".equals(precision) || "3".equals(precision)) {
				return PartialDate.of(date, DatePrecision.MONTH);
			}
			reject("time_precision", precision, "invalid");
			return PartialDate.unknown();
		}

		private LocalDate parseDate(String value) {
			try {
				return LocalDate.parse(value);
			}
			catch (DateTimeParseException ex) {
				try {
					return LocalDate.parse(value, DAY_MONTH_YEAR);
				}
				catch (DateTimeException again) {
					return null;
				}
			}
		}

		private EventType eventType() {
			String value = text("event_type");
			EventType type = AcledFormat.eventType(value);
			if (type == null) {
				reject("event_type", value, (value == null) ? "required" : "unknown");
			}
			return type;
		}

		private SubEventType subEventType(EventType eventType) {
			String value = text("sub_event_type");
			SubEventType type = AcledFormat.subEventType(value);
			if (type == null) {
				reject("sub_event_type", value, (value == null) ? "required" : "unknown");
			}
			else if (eventType != null && type.getEventType() != eventType) {
				reject("sub_event_type", value, "notOfType");
			}
			return type;
		}

		/**
		 * The country, province and district the row names, by name within each other; a
		 * country or province the regions do not hold rejects the row, a district they do
		 * not hold leaves the row at its province (fourth element: not null then).
		 */
		private Long[] regions() {
			Long[] found = new Long[4];
			String country = line("country");
			String admin1 = line("admin1");
			String admin2 = line("admin2");
			if (country == null) {
				if (admin1 != null) {
					reject("country", null, "required");
				}
				return found;
			}
			found[0] = AcledRowReader.this.regions.country(country);
			if (found[0] == null) {
				reject("country", country, "unknown");
				return found;
			}
			if (admin1 == null) {
				return found;
			}
			found[1] = AcledRowReader.this.regions.admin1(found[0], admin1);
			if (found[1] == null) {
				reject("admin1", admin1, "unknown");
				return found;
			}
			if (admin2 != null) {
				found[2] = AcledRowReader.this.regions.admin2(found[1], admin2);
				if (found[2] == null) {
					note("admin2", admin2, "admin2.unknown");
					found[3] = 1L;
				}
			}
			return found;
		}

		/**
		 * ACLED's geo precision as the dashboard's: 1 the place, 2 near it (both need
		 * coordinates), 3 the finest region the row names; none: unknown.
		 */
		private LocationPrecision locationPrecision(Long[] place, boolean coordinates) {
			String value = text("geo_precision");
			if (value == null) {
				return LocationPrecision.UNKNOWN;
			}
			switch (value) {
				case "1", "2" -> {
					if (!coordinates && !this.rejected) {
						reject("geo_precision", value, "geo_precision.needsCoordinates");
						return LocationPrecision.UNKNOWN;
					}
					return "1".equals(value) ? LocationPrecision.EXACT : LocationPrecision.NEAR;
				}
				case "3" -> {
					return (place[2] != null) ? LocationPrecision.ADMIN2 : (place[1] != null) ? LocationPrecision.ADMIN1
							: (place[0] != null) ? LocationPrecision.COUNTRY : LocationPrecision.UNKNOWN;
				}
				default -> {
					reject("geo_precision", value, "invalid");
					return LocationPrecision.UNKNOWN;
				}
			}
		}

		private Double coordinate(String column, double bound) {
			String value = text(column);
			if (value == null) {
				return null;
			}
			try {
				double number = Double.parseDouble(value);
				if (Double.isFinite(number) && Math.abs(number) <= bound) {
					return number;
				}
			}
			catch (NumberFormatException ex) {
				// refused below
			}
			reject(column, value, "invalid");
			return null;
		}

		private Integer wholeNumber(String column) {
			String value = text(column);
			if (value == null) {
				return null;
			}
			if (!WHOLE_NUMBER.matcher(value).matches() || Integer.parseInt(value) > 1_000_000) {
				reject(column, value, "invalid");
				return null;
			}
			return Integer.valueOf(value);
		}

		private String notes() {
			String notes = cell("notes");
			if (notes == null || notes.isBlank()) {
				reject("notes", null, "required");
				return null;
			}
			notes = notes.strip();
			if (CONTROL.matcher(notes).find()) {
				reject("notes", null, "control");
				return null;
			}
			if (notes.length() > MAX_NOTES) {
				reject("notes", null, "tooLong");
				return null;
			}
			return notes;
		}

		/**
		 * The claim's quote: the notes, or when they are longer than a quote may be, as
		 * much of their beginning as ends a sentence (else a word) within the bound,
		 * verbatim still.
		 */
		private String quote(String notes) {
			if (notes.length() <= MAX_QUOTE) {
				return notes;
			}
			note("notes", null, "notes.quoteCut");
			String head = notes.substring(0, MAX_QUOTE);
			int sentence = Math.max(head.lastIndexOf(". "), head.lastIndexOf(".\n"));
			if (sentence > MAX_QUOTE / 2) {
				return head.substring(0, sentence + 1);
			}
			int space = head.lastIndexOf(' ');
			return (space > 0) ? head.substring(0, space) : head;
		}

		private Set<String> tags() {
			Set<String> tags = new HashSet<>();
			String value = line("tags");
			if (value != null) {
				for (String tag : value.split(";")) {
					if (!tag.isBlank()) {
						tags.add(tag.strip());
					}
				}
			}
			return tags;
		}

		/**
		 * The parties: actor 1 and those associated with it as perpetrators, unless a tag
		 * says they claimed it or are suspected; actor 2 and those associated with it as
		 * targets; a tag also marks an uncertain attribution. Civilians, protesters and
		 * rioters are no party of the dashboard's and are left out.
		 */
		private List<Mention> mentions(Set<String> tags) {
			Set<Mention> mentions = new LinkedHashSet<>();
			side(mentions, tags, line("actor1"), line("assoc_actor_1"), text("inter1"), false);
			side(mentions, tags, line("actor2"), line("assoc_actor_2"), text("inter2"), true);
			return List.copyOf(mentions);
		}

		private void side(Set<Mention> mentions, Set<String> tags, String actor, String associated, String inter,
				boolean targets) {
			if (isNotAParty(inter)) {
				return;
			}
			List<String> names = new ArrayList<>();
			if (actor != null) {
				names.add(actor);
			}
			if (associated != null) {
				for (String name : associated.split(";")) {
					if (!name.isBlank()) {
						names.add(name.strip());
					}
				}
			}
			for (String name : names) {
				if (NOT_A_PARTY.matcher(name).matches()) {
					continue;
				}
				ActorRole role = targets ? ActorRole.TARGET : tags.contains(AcledFormat.CLAIMED_BY_TAG + name)
						? ActorRole.CLAIMED_BY
						: tags.contains(AcledFormat.SUSPECTED_TAG + name) ? ActorRole.SUSPECTED : ActorRole.PERPETRATOR;
				if (name.length() > 300) {
					note(targets ? "actor2" : "actor1", name, "actor.tooLong");
					continue;
				}
				mentions.add(new Mention(name, role, tags.contains(AcledFormat.UNCERTAIN_TAG + name)));
			}
		}

		/**
		 * ACLED's actor types of rioters, protesters and civilians, as codes or names.
		 */
		private boolean isNotAParty(String inter) {
			if (inter == null) {
				return false;
			}
			String type = inter.toLowerCase(Locale.ROOT);
			return type.equals(String.valueOf(AcledFormat.RIOTERS))
					|| type.equals(String.valueOf(AcledFormat.PROTESTERS))
					|| type.equals(String.valueOf(AcledFormat.CIVILIANS)) || type.startsWith("rioters")
					|| type.startsWith("protesters") || type.startsWith("civilians");
		}

		/** A cell as the file has it (a neutralised cell restored), or null. */
		private String cell(String column) {
			Integer index = AcledRowReader.this.columns.get(column);
			if (index == null || index >= this.record.size()) {
				return null;
			}
			String value = SpreadsheetCells.restore(this.record.get(index));
			return (value == null || value.isEmpty()) ? null : value;
		}

		/** A one-line text: stripped, null when blank; a control character rejects it. */
		private String line(String column) {
			String value = cell(column);
			if (value == null || value.isBlank()) {
				return null;
			}
			value = value.strip();
			if (CONTROL_IN_LINE.matcher(value).find()) {
				reject(column, null, "control");
				return null;
			}
			return value;
		}

		private String text(String column) {
			return line(column);
		}

		private void reject(String column, String value, String code) {
			this.rejected = true;
			this.problems.add(new Problem(this.line, column, shorten(value), code, true));
		}

		private void note(String column, String value, String code) {
			this.problems.add(new Problem(this.line, column, shorten(value), code, false));
		}

		private static String shorten(String value) {
			return (value == null || value.length() <= 200) ? value : value.substring(0, 200) + "…";
		}

	}

}
