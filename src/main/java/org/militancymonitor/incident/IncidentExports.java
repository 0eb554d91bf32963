package org.militancymonitor.incident;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import javax.sql.DataSource;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.militancymonitor.common.DatePrecision;
import org.militancymonitor.common.SpreadsheetCells;
import org.militancymonitor.review.ReviewStatus;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The incident list's matches as files: CSV, ACLED's CSV and GeoJSON. However many there
 * are, they stream in constant memory: one statement in a read-only transaction, so that
 * the driver reads its rows through a cursor a few thousand at a time, each row written
 * to the output as it is read. The names of regions, groups and states come from a few
 * hundred rows read beforehand, not from joins on every row.
 */
@Service
class IncidentExports {

	/** Rows the driver fetches at a time. */
	static final int FETCH_SIZE = 2000;

	private static final int WRITE_BUFFER = 64 * 1024;

	private static final String PARTIES = """
			left join lateral (
			       select string_agg(ia.role || ',' || coalesce(ia.group_id, -ia.actor_id)
			                         || case when ia.attribution_uncertain then ',u' else '' end, ';' order by ia.id)
			                 as parties
			         from incident_actor ia where ia.incident_id = i.id) p on true
			""";

	/** The titles of the sources of the incident's standing claims. */
	private static final String SOURCE_TITLES = """
			left join lateral (
			       select string_agg(distinct s.title, '; ') as sources
			         from incident_claim ic join claim c on c.id = ic.claim_id join source s on s.id = c.source_id
			        where ic.incident_id = i.id and c.retracted_at is null and s.retracted_at is null) s on true
			""";

	/**
	 * For ACLED's source column: what an imported row named as its sources (kept in its
	 * claim's note), else the publisher of each source, else its title; and for its
	 * timestamp, when the incident last changed.
	 */
	private static final String ACLED_SOURCES = """
			left join lateral (
			       select string_agg(distinct coalesce(substring(c.note from '(?:^|\\n)ACLED source: ([^\\n]*)'),
			                                           s.publisher, s.title), '; ') as sources,
			              string_agg(distinct substring(c.note from '(?:^|\\n)ACLED source scale: ([^\\n]*)'), '; ')
			                 as source_scale
			         from incident_claim ic join claim c on c.id = ic.claim_id join source s on s.id = c.source_id
			        where ic.incident_id = i.id and c.retracted_at is null and s.retracted_at is null) s on true
			left join lateral (
			       select r.changed_at from incident_aud a join revision r on r.id = a.rev
			        where a.id = i.id order by a.rev desc limit 1) r on true
			""";

	private final JdbcClient jdbc;

	private final JdbcClient streaming;

	private final TransactionTemplate readOnly;

	private final JsonMapper json;

	IncidentExports(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions, JsonMapper json) {
		this.jdbc = jdbc;
		JdbcTemplate template = new JdbcTemplate(dataSource);
		template.setFetchSize(FETCH_SIZE);
		this.streaming = JdbcClient.create(template);
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.json = json;
	}

	/** The columns of the dashboard's own CSV, in order. */
	enum Column {

		ID, URL, DATE, DATE_PRECISION, DATE_AS_STATED, EVENT_TYPE, SUB_EVENT_TYPE, CROSS_BORDER, COUNTRY, PROVINCE,
		DISTRICT, PLACE, LATITUDE, LONGITUDE, LOCATION_PRECISION, PERPETRATORS, CLAIMED_BY, SUSPECTED, TARGETS,
		FATALITIES_LOW, FATALITIES_BEST, FATALITIES_HIGH, INJURED, STATUS, SUMMARY, SOURCES, EVENT_ID_CNTY, SYNTHETIC

	}

	/**
	 * How the dashboard's CSV names what it writes, in the request's language: the
	 * headers, and the labels of each enum's values.
	 */
	record Labels(Map<Column, String> headers, Map<Enum<?>, String> values, String uncertain) {

		String of(Enum<?> value) {
			return (value != null) ? this.values.get(value) : null;
		}

	}

	/**
	 * Writes the matches as the dashboard's CSV (RFC 4180, UTF-8, with a byte-order mark
	 * for spreadsheets that need one): a row for each incident, its parties by role and
	 * its sources' titles, every text cell neutralised for spreadsheets.
	 */
	void csv(ResolvedFilter filter, OutputStream out, boolean bom, Labels labels, String baseUrl) {
		Reference reference = reference();
		stream(filter, out, bom, Extra.SOURCE_TITLES, (writer) -> {
			CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
			List<Object> header = new ArrayList<>();
			for (Column column : Column.values()) {
				header.add(labels.headers().get(column));
			}
			printer.printRecord(header);
			return (row) -> {
				Parties parties = reference.parties(row.parties(), labels.uncertain());
				printer.printRecord(cells(row.id(), baseUrl + "/incidents/" + row.id(), isoDate(row),
						labels.of(row.datePrecision()), row.dateAsStated(), labels.of(row.eventType()),
						labels.of(row.subEventType()), String.valueOf(row.crossBorder()),
						reference.region(row.countryId()), reference.region(row.admin1Id()),
						reference.region(row.admin2Id()), row.placeName(), decimal(row.latitude()),
						decimal(row.longitude()), labels.of(row.locationPrecision()), parties.perpetrators(),
						parties.claimedBy(), parties.suspected(), parties.targets(), row.fatalitiesLow(),
						row.fatalitiesBest(), row.fatalitiesHigh(), row.injured(), labels.of(row.status()),
						row.summary(), row.sources(), row.eventIdCnty(), String.valueOf(row.synthetic())));
			};
		});
	}

	/**
	 * Writes the matches in ACLED's CSV format, with ACLED's columns in ACLED's order
	 * ({@link AcledFormat}); an incident that has no id of ACLED's is {@code MM-} and its
	 * id here. Every text cell is neutralised for spreadsheets, as the import reads back.
	 */
	void acled(ResolvedFilter filter, OutputStream out, boolean bom) {
		Reference reference = reference();
		stream(filter, out, bom, Extra.ACLED, (writer) -> {
			CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
			printer.printRecord(AcledFormat.COLUMNS);
			return (row) -> printer.printRecord(cells(reference.acledRow(row)));
		});
	}

	/**
	 * Writes the matches as a GeoJSON FeatureCollection: an incident known to a point
	 * (exactly or near it, with coordinates) is a Point; any other has no geometry
	 * ({@code null}), never a point made up for its district, province or country. Its
	 * location precision is a property.
	 */
	void geoJson(ResolvedFilter filter, OutputStream out, String baseUrl) {
		Reference reference = reference();
		stream(filter, out, false, Extra.NONE, (writer) -> {
			JsonGenerator json = this.json.createGenerator(writer);
			json.writeStartObject();
			json.writeStringProperty("type", "FeatureCollection");
			json.writeArrayPropertyStart("features");
			return new RowWriter() {

				@Override
				public void write(ExportRow row) {
					feature(json, row, reference, baseUrl);
				}

				@Override
				public void finish() {
					json.writeEndArray();
					json.writeEndObject();
					json.flush();
				}

			};
		});
	}

	private void feature(JsonGenerator json, ExportRow row, Reference reference, String baseUrl) {
		json.writeStartObject();
		json.writeStringProperty("type", "Feature");
		json.writeNumberProperty("id", row.id());
		json.writeName("geometry");
		if (isPoint(row)) {
			json.writeStartObject();
			json.writeStringProperty("type", "Point");
			json.writeArrayPropertyStart("coordinates");
			json.writeNumber(row.longitude());
			json.writeNumber(row.latitude());
			json.writeEndArray();
			json.writeEndObject();
		}
		else {
			json.writeNull();
		}
		json.writeObjectPropertyStart("properties");
		json.writeStringProperty("url", baseUrl + "/incidents/" + row.id());
		json.writeStringProperty("date", isoDate(row));
		json.writeStringProperty("datePrecision", row.datePrecision().name());
		json.writeStringProperty("dateAsStated", row.dateAsStated());
		json.writeStringProperty("eventType", row.eventType().name());
		json.writeStringProperty("subEventType", row.subEventType().name());
		json.writeBooleanProperty("crossBorder", row.crossBorder());
		json.writeStringProperty("locationPrecision", row.locationPrecision().name());
		json.writeStringProperty("country", reference.region(row.countryId()));
		json.writeStringProperty("province", reference.region(row.admin1Id()));
		json.writeStringProperty("district", reference.region(row.admin2Id()));
		json.writeStringProperty("place", row.placeName());
		number(json, "fatalitiesLow", row.fatalitiesLow());
		number(json, "fatalitiesBest", row.fatalitiesBest());
		number(json, "fatalitiesHigh", row.fatalitiesHigh());
		number(json, "injured", row.injured());
		json.writeArrayPropertyStart("parties");
		for (Party party : reference.list(row.parties())) {
			json.writeStartObject();
			json.writeStringProperty("name", reference.name(party));
			json.writeStringProperty("role", party.role().name());
			json.writeBooleanProperty("attributionUncertain", party.uncertain());
			json.writeEndObject();
		}
		json.writeEndArray();
		json.writeStringProperty("status", row.status().name());
		json.writeStringProperty("summary", row.summary());
		json.writeStringProperty("eventIdCnty", row.eventIdCnty());
		json.writeBooleanProperty("synthetic", row.synthetic());
		json.writeEndObject();
		json.writeEndObject();
	}

	/** Whether an incident is known to a point: exactly, or near it, with coordinates. */
	static boolean isPoint(ExportRow row) {
		return (row.locationPrecision() == LocationPrecision.EXACT || row.locationPrecision() == LocationPrecision.NEAR)
				&& row.latitude() != null && row.longitude() != null;
	}

	private static void number(JsonGenerator json, String name, Integer value) {
		if (value != null) {
			json.writeNumberProperty(name, value.intValue());
		}
		else {
			json.writeNullProperty(name);
		}
	}

	/**
	 * Runs the filter's query in a read-only transaction and hands each row to the writer
	 * as the cursor reads it; the output is flushed once at the end, and on the way
	 * whenever its buffer fills.
	 */
	private void stream(ResolvedFilter filter, OutputStream out, boolean bom, Extra extra, Format format) {
		IncidentQueries.Selection selection = IncidentQueries.select(filter);
		String sql = "select i.id, i.occurred_on, i.date_precision, i.date_as_stated, i.event_type, i.sub_event_type,"
				+ " i.cross_border, i.country_id, i.admin1_id, i.admin2_id, i.place_name, i.latitude, i.longitude,"
				+ " i.location_precision, i.fatalities_low, i.fatalities_best, i.fatalities_high, i.fatalities,"
				+ " i.injured, i.status, i.summary, i.synthetic, i.event_id_cnty, i.created_at, p.parties, "
				+ extra.columns + " from " + selection.withIncident() + "\n" + PARTIES + extra.joins + selection.where()
				+ selection.orderBy();
		Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), WRITE_BUFFER);
		try {
			if (bom) {
				writer.write('\uFEFF');
			}
			RowWriter rows = format.open(writer);
			this.readOnly.executeWithoutResult(
					(status) -> this.streaming.sql(sql).paramSource(selection.params()).query((ResultSet rs) -> {
						try {
							rows.write(ExportRow.of(rs));
						}
						catch (IOException ex) {
							throw new UncheckedIOException(ex);
						}
					}));
			rows.finish();
			writer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** What a format reads beside the incident's own columns and its parties. */
	private enum Extra {

		NONE("", "null as sources, null as source_scale, null as changed_at"),
		SOURCE_TITLES(IncidentExports.SOURCE_TITLES, "s.sources, null as source_scale, null as changed_at"),
		ACLED(IncidentExports.ACLED_SOURCES, "s.sources, s.source_scale, r.changed_at");

		private final String joins;

		private final String columns;

		Extra(String joins, String columns) {
			this.joins = joins;
			this.columns = columns;
		}

	}

	/** Opens a file's format on the output: writes its head, returns its row writer. */
	@FunctionalInterface
	private interface Format {

		RowWriter open(Writer writer) throws IOException;

	}

	@FunctionalInterface
	private interface RowWriter {

		void write(ExportRow row) throws IOException;

		default void finish() throws IOException {
		}

	}

	/** The cells as written: text neutralised for spreadsheets, null as empty. */
	private static List<Object> cells(Object... values) {
		List<Object> cells = new ArrayList<>(values.length);
		for (Object value : values) {
			cells.add((value == null) ? "" : SpreadsheetCells.neutralise(value));
		}
		return cells;
	}

	private static List<Object> cells(List<Object> values) {
		return cells(values.toArray());
	}

	/** A number as a plain decimal, never in exponent notation; null when absent. */
	static String decimal(Double value) {
		return (value != null) ? BigDecimal.valueOf(value).stripTrailingZeros().toPlainString() : null;
	}

	/** The date to its precision: 2024-03-05, 2024-03, 2024, or null when unknown. */
	private static String isoDate(ExportRow row) {
		LocalDate date = row.occurredOn();
		if (date == null) {
			return null;
		}
		return switch (row.datePrecision()) {
			case DAY -> date.toString();
			case MONTH -> date.toString().substring(0, 7);
			case YEAR -> String.valueOf(date.getYear());
			case UNKNOWN -> null;
		};
	}

	/** The names and kinds the rows refer to by id, read once per export. */
	private Reference reference() {
		Map<Long, RegionRef> regions = new HashMap<>();
		this.jdbc
			.sql("select r.id, r.name, r.iso_code, w.name as world from region r "
					+ "left join region w on w.id = r.parent_id")
			.query((ResultSet rs) -> {
				regions.put(rs.getLong("id"),
						new RegionRef(rs.getString("name"), rs.getString("iso_code"), rs.getString("world")));
			});
		Map<Long, PartyRef> groups = new HashMap<>();
		this.jdbc.sql("""
				select g.id, g.name, g.kind,
				       (select x.name from group_external_name x where x.group_id = g.id and x.dataset = 'ACLED'
				           and x.retracted_at is null order by x.id limit 1) as acled_name
				  from militant_group g
				""").query((ResultSet rs) -> {
			String kind = rs.getString("kind");
			int inter = "DE_FACTO_AUTHORITY".equals(kind) ? AcledFormat.STATE_FORCES
					: "OTHER".equals(kind) ? AcledFormat.POLITICAL_MILITIAS : AcledFormat.REBEL_GROUPS;
			String acled = rs.getString("acled_name");
			groups.put(rs.getLong("id"),
					new PartyRef(rs.getString("name"), (acled != null) ? acled : rs.getString("name"), inter, null));
		});
		Map<Long, PartyRef> actors = new HashMap<>();
		this.jdbc.sql("select id, name, kind, country_id from actor").query((ResultSet rs) -> {
			String kind = rs.getString("kind");
			boolean state = "STATE".equals(kind) || "DE_FACTO_AUTHORITY".equals(kind);
			actors.put(rs.getLong("id"),
					new PartyRef(rs.getString("name"), rs.getString("name"),
							state ? AcledFormat.STATE_FORCES : AcledFormat.EXTERNAL_FORCES,
							state ? rs.getObject("country_id", Long.class) : null));
		});
		return new Reference(regions, groups, actors);
	}

	private record RegionRef(String name, String isoCode, String worldRegion) {
	}

	/**
	 * A group or an actor: its name, its name in ACLED's data, its ACLED actor type, and
	 * for a state the country whose forces it is (elsewhere its forces are external).
	 */
	private record PartyRef(String name, String acledName, int inter, Long countryId) {
	}

	/** A party of an incident as the export reads it: a group (id > 0) or an actor. */
	record Party(ActorRole role, long id, boolean uncertain) {

		boolean isGroup() {
			return this.id > 0;
		}

	}

	/** An incident's parties by role, as CSV cells. */
	private record Parties(String perpetrators, String claimedBy, String suspected, String targets) {
	}

	private record Reference(Map<Long, RegionRef> regions, Map<Long, PartyRef> groups, Map<Long, PartyRef> actors) {

		String region(Long id) {
			RegionRef region = (id != null) ? this.regions.get(id) : null;
			return (region != null) ? region.name() : null;
		}

		PartyRef party(Party party) {
			PartyRef ref = party.isGroup() ? this.groups.get(party.id()) : this.actors.get(-party.id());
			return (ref != null) ? ref : new PartyRef("?", "?", AcledFormat.POLITICAL_MILITIAS, null);
		}

		String name(Party party) {
			return party(party).name();
		}

		/** The parties a row's {@code parties} column lists, in the order entered. */
		List<Party> list(String parties) {
			List<Party> list = new ArrayList<>();
			if (parties == null || parties.isEmpty()) {
				return list;
			}
			for (String entry : parties.split(";")) {
				String[] parts = entry.split(",");
				list.add(new Party(ActorRole.valueOf(parts[0]), Long.parseLong(parts[1]), parts.length > 2));
			}
			return list;
		}

		Parties parties(String parties, String uncertain) {
			StringJoiner perpetrators = new StringJoiner("; ");
			StringJoiner claimedBy = new StringJoiner("; ");
			StringJoiner suspected = new StringJoiner("; ");
			StringJoiner targets = new StringJoiner("; ");
			for (Party party : list(parties)) {
				String name = name(party) + (party.uncertain() ? " " + uncertain : "");
				switch (party.role()) {
					case PERPETRATOR -> perpetrators.add(name);
					case CLAIMED_BY -> claimedBy.add(name);
					case SUSPECTED -> suspected.add(name);
					case TARGET -> targets.add(name);
				}
			}
			return new Parties(perpetrators.toString(), claimedBy.toString(), suspected.toString(), targets.toString());
		}

		/**
		 * The incident as ACLED's row: actor 1 the first perpetrator (else the first who
		 * claimed it, else the first suspected), the other such parties associated with
		 * it; actor 2 the first target, the others associated with it, and for violence
		 * against civilians with no target named, ACLED's "Civilians (country)". The
		 * roles that ACLED's columns cannot say (claimed by, suspected, uncertain) and a
		 * crossing of a border are tags.
		 */
		List<Object> acledRow(ExportRow row) {
			List<Party> side1 = new ArrayList<>();
			List<Party> side2 = new ArrayList<>();
			List<String> tags = new ArrayList<>();
			for (ActorRole role : new ActorRole[] { ActorRole.PERPETRATOR, ActorRole.CLAIMED_BY, ActorRole.SUSPECTED,
					ActorRole.TARGET }) {
				for (Party party : list(row.parties())) {
					if (party.role() != role) {
						continue;
					}
					(role == ActorRole.TARGET ? side2 : side1).add(party);
					String name = party(party).acledName();
					if (role == ActorRole.CLAIMED_BY) {
						tags.add(AcledFormat.CLAIMED_BY_TAG + name);
					}
					else if (role == ActorRole.SUSPECTED) {
						tags.add(AcledFormat.SUSPECTED_TAG + name);
					}
					if (party.uncertain()) {
						tags.add(AcledFormat.UNCERTAIN_TAG + name);
					}
				}
			}
			if (row.crossBorder()) {
				tags.add(AcledFormat.CROSS_BORDER_TAG);
			}
			RegionRef country = (row.countryId() != null) ? this.regions.get(row.countryId()) : null;
			String actor1 = side1.isEmpty() ? null : party(side1.get(0)).acledName();
			Integer inter1 = side1.isEmpty() ? null : inter(side1.get(0), row);
			String actor2 = side2.isEmpty() ? null : party(side2.get(0)).acledName();
			Integer inter2 = side2.isEmpty() ? null : inter(side2.get(0), row);
			if (side2.isEmpty() && row.eventType() == EventType.VIOLENCE_AGAINST_CIVILIANS) {
				actor2 = (country != null) ? "Civilians (" + country.name() + ")" : "Civilians";
				inter2 = AcledFormat.CIVILIANS;
			}
			LocalDate date = row.occurredOn();
			DatePrecision precision = row.datePrecision();
			boolean dated = precision == DatePrecision.DAY || precision == DatePrecision.MONTH;
			Integer iso = (country != null) ? AcledFormat.isoNumeric(country.isoCode()) : null;
			List<Object> cells = new ArrayList<>(AcledFormat.COLUMNS.size());
			cells.add((row.eventIdCnty() != null) ? row.eventIdCnty() : "MM-" + row.id());
			cells.add(dated ? date.toString() : null);
			cells.add((date != null) ? String.valueOf(date.getYear()) : null);
			cells.add(AcledFormat.timePrecision(precision));
			cells.add(AcledFormat.disorderType(row.subEventType()));
			cells.add(AcledFormat.label(row.eventType()));
			cells.add(AcledFormat.label(row.subEventType()));
			cells.add(actor1);
			cells.add(associated(side1));
			cells.add(inter1);
			cells.add(actor2);
			cells.add(associated(side2));
			cells.add(inter2);
			cells.add(AcledFormat.interaction(inter1, inter2));
			cells
				.add((row.eventType() == EventType.VIOLENCE_AGAINST_CIVILIANS) ? AcledFormat.CIVILIAN_TARGETING : null);
			cells.add(iso);
			cells.add((country != null) ? country.worldRegion() : null);
			cells.add(region(row.countryId()));
			cells.add(region(row.admin1Id()));
			cells.add(region(row.admin2Id()));
			cells.add(null);
			cells.add(row.placeName());
			cells.add(decimal(row.latitude()));
			cells.add(decimal(row.longitude()));
			cells.add(AcledFormat.geoPrecision(row.locationPrecision()));
			cells.add(row.sources());
			cells.add(row.sourceScale());
			cells.add(row.summary());
			cells.add(row.fatalities());
			cells.add(String.join("; ", tags));
			cells.add((row.changedAt() != null) ? row.changedAt().toEpochSecond() : row.createdAt().toEpochSecond());
			return cells;
		}

		private String associated(List<Party> side) {
			StringJoiner names = new StringJoiner("; ");
			for (int i = 1; i < side.size(); i++) {
				names.add(party(side.get(i)).acledName());
			}
			return names.toString();
		}

		/**
		 * ACLED's type of the party in this incident: a state's forces are state forces
		 * in their own country and external forces elsewhere.
		 */
		private int inter(Party party, ExportRow row) {
			PartyRef ref = party(party);
			if (!party.isGroup() && ref.inter() == AcledFormat.STATE_FORCES
					&& (ref.countryId() == null || !ref.countryId().equals(row.countryId()))) {
				return AcledFormat.EXTERNAL_FORCES;
			}
			return ref.inter();
		}

	}

	/** A row of the export's query. */
	record ExportRow(long id, LocalDate occurredOn, DatePrecision datePrecision, String dateAsStated,
			EventType eventType, SubEventType subEventType, boolean crossBorder, Long countryId, Long admin1Id,
			Long admin2Id, String placeName, Double latitude, Double longitude, LocationPrecision locationPrecision,
			Integer fatalitiesLow, Integer fatalitiesBest, Integer fatalitiesHigh, Integer fatalities, Integer injured,
			ReviewStatus status, String summary, boolean synthetic, String eventIdCnty, OffsetDateTime createdAt,
			String parties, String sources, String sourceScale, OffsetDateTime changedAt) {

		static ExportRow of(ResultSet rs) throws SQLException {
			return new ExportRow(rs.getLong("id"), rs.getObject("occurred_on", LocalDate.class),
					DatePrecision.valueOf(rs.getString("date_precision")), rs.getString("date_as_stated"),
					EventType.valueOf(rs.getString("event_type")), SubEventType.valueOf(rs.getString("sub_event_type")),
					rs.getBoolean("cross_border"), rs.getObject("country_id", Long.class),
					rs.getObject("admin1_id", Long.class), rs.getObject("admin2_id", Long.class),
					rs.getString("place_name"), rs.getObject("latitude", Double.class),
					rs.getObject("longitude", Double.class),
					LocationPrecision.valueOf(rs.getString("location_precision")),
					rs.getObject("fatalities_low", Integer.class), rs.getObject("fatalities_best", Integer.class),
					rs.getObject("fatalities_high", Integer.class), rs.getObject("fatalities", Integer.class),
					rs.getObject("injured", Integer.class), ReviewStatus.valueOf(rs.getString("status")),
					rs.getString("summary"), rs.getBoolean("synthetic"), rs.getString("event_id_cnty"),
					rs.getObject("created_at", OffsetDateTime.class), rs.getString("parties"), rs.getString("sources"),
					rs.getString("source_scale"), rs.getObject("changed_at", OffsetDateTime.class));
		}

	}

}
