package org.militancymonitor.sanctions;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.militancymonitor.sanctions.UnListEntry.Address;
import org.militancymonitor.sanctions.UnListEntry.Alias;
import org.militancymonitor.sanctions.UnListEntry.EntryKind;
import org.militancymonitor.sanctions.UnListEntry.FieldChange;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The entries of the list as stored, read and written in bulk for an import: every entry
 * with its aliases and addresses in three statements, and each kind of write in one
 * statement of all its rows (sent as JSON, {@code jsonb_to_recordset}), never a statement
 * per entry.
 */
@Component
class EntryTables {

	private static final String ENTRY_COLUMNS = "kind, data_id, version_num, list_type, name, first_name, second_name, "
			+ "third_name, fourth_name, name_original_script, listed_on, listed_on_as_stated, comments, gender, submitted, "
			+ "titles, designations, nationalities, last_updated, dates_of_birth, places_of_birth, documents, delisted_on, "
			+ "mentions";

	/** The entry's columns with their types, for {@code jsonb_to_recordset}. */
	private static final String ENTRY_TYPES = "kind text, data_id bigint, version_num integer, list_type text, "
			+ "name text, first_name text, second_name text, third_name text, fourth_name text, "
			+ "name_original_script text, listed_on date, listed_on_as_stated text, comments text, gender text, "
			+ "submitted text, titles text[], designations text[], nationalities text[], last_updated date[], "
			+ "dates_of_birth text[], places_of_birth text[], documents text[], delisted_on date, mentions text[]";

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	EntryTables(JdbcTemplate jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** Every stored entry by reference number, those off the list too. */
	Map<String, Stored> load() {
		Map<Long, List<Alias>> aliases = new HashMap<>();
		this.jdbc.query("select entry_id, quality, name, details from sanctions_alias order by entry_id, position",
				(ResultSet rs) -> {
					aliases.computeIfAbsent(rs.getLong(1), (id) -> new ArrayList<>())
						.add(new Alias(rs.getString(2), rs.getString(3), rs.getString(4)));
				});
		Map<Long, List<Address>> addresses = new HashMap<>();
		this.jdbc.query("select entry_id, street, city, state_province, zip_code, country, note from sanctions_address "
				+ "order by entry_id, position", (ResultSet rs) -> {
					addresses.computeIfAbsent(rs.getLong(1), (id) -> new ArrayList<>())
						.add(new Address(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
								rs.getString(6), rs.getString(7)));
				});
		Map<String, Stored> entries = new LinkedHashMap<>();
		this.jdbc.query("select id, reference_number, " + ENTRY_COLUMNS.replace("last_updated", "last_updated::text[]")
				+ ", absent_since_import_id is not null as absent from sanctions_entry", (ResultSet rs) -> {
					long id = rs.getLong("id");
					UnListEntry entry = new UnListEntry(EntryKind.valueOf(rs.getString("kind")),
							rs.getString("reference_number"), rs.getObject("data_id", Long.class),
							rs.getObject("version_num", Integer.class), rs.getString("list_type"),
							rs.getString("first_name"), rs.getString("second_name"), rs.getString("third_name"),
							rs.getString("fourth_name"), rs.getString("name_original_script"),
							rs.getObject("listed_on", LocalDate.class), rs.getString("listed_on_as_stated"),
							rs.getString("comments"), rs.getString("gender"), rs.getString("submitted"),
							strings(rs, "titles"), strings(rs, "designations"), strings(rs, "nationalities"),
							strings(rs, "last_updated").stream().map(LocalDate::parse).toList(),
							aliases.getOrDefault(id, List.of()), addresses.getOrDefault(id, List.of()),
							strings(rs, "dates_of_birth"), strings(rs, "places_of_birth"), strings(rs, "documents"),
							rs.getObject("delisted_on", LocalDate.class));
					entries.put(entry.referenceNumber(), new Stored(id, entry, rs.getBoolean("absent")));
				});
		return entries;
	}

	/** Adds the entries, first seen in the import; their ids in the same order. */
	List<Long> insert(List<UnListEntry> entries, long importId) {
		if (entries.isEmpty()) {
			return List.of();
		}
		List<Long> ids = this.jdbc.queryForList(
				"select nextval(pg_get_serial_sequence('sanctions_entry', 'id')) from generate_series(1, ?)",
				Long.class, entries.size());
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int i = 0; i < entries.size(); i++) {
			Map<String, Object> row = row(ids.get(i), entries.get(i));
			row.put("first_import_id", importId);
			rows.add(row);
		}
		this.jdbc.update("insert into sanctions_entry (id, reference_number, " + ENTRY_COLUMNS
				+ ", first_import_id) select id, reference_number, " + ENTRY_COLUMNS
				+ ", first_import_id from jsonb_to_recordset(cast(? as jsonb)) as x(id bigint, reference_number text, "
				+ ENTRY_TYPES + ", first_import_id bigint)", this.json.writeValueAsString(rows));
		writeParts(ids, entries);
		return ids;
	}

	/**
	 * Takes the list's values of entries already stored (amended, or back on the list),
	 * their aliases and addresses replaced.
	 */
	void update(Map<Long, UnListEntry> entries) {
		if (entries.isEmpty()) {
			return;
		}
		List<Map<String, Object>> rows = new ArrayList<>();
		entries.forEach((id, entry) -> rows.add(row(id, entry)));
		String assignments = String.join(", ",
				Arrays.stream(ENTRY_COLUMNS.split(", ")).map((c) -> c + " = x." + c).toList());
		this.jdbc.update("update sanctions_entry e set " + assignments + ", absent_since_import_id = null "
				+ "from jsonb_to_recordset(cast(? as jsonb)) as x(id bigint, reference_number text, " + ENTRY_TYPES
				+ ") where e.id = x.id", this.json.writeValueAsString(rows));
		Long[] ids = entries.keySet().toArray(Long[]::new);
		this.jdbc.update("delete from sanctions_alias where entry_id = any(?)",
				(PreparedStatement ps) -> ps.setArray(1, ps.getConnection().createArrayOf("bigint", ids)));
		this.jdbc.update("delete from sanctions_address where entry_id = any(?)",
				(PreparedStatement ps) -> ps.setArray(1, ps.getConnection().createArrayOf("bigint", ids)));
		writeParts(List.of(ids), List.copyOf(entries.values()));
	}

	/** Marks the entries off the list since the import. */
	void markAbsent(Collection<Long> entryIds, long importId) {
		if (entryIds.isEmpty()) {
			return;
		}
		this.jdbc.update("update sanctions_entry set absent_since_import_id = ? where id = any(?)",
				(PreparedStatement ps) -> {
					ps.setLong(1, importId);
					ps.setArray(2, ps.getConnection().createArrayOf("bigint", entryIds.toArray()));
				});
	}

	/** Records what the import changed. */
	void recordChanges(long importId, List<Change> changes) {
		if (changes.isEmpty()) {
			return;
		}
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Change change : changes) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("entry_id", change.entryId());
			row.put("kind", change.kind().name());
			row.put("fields", change.fields());
			rows.add(row);
		}
		this.jdbc.update(
				"insert into sanctions_change (import_id, entry_id, kind, fields) "
						+ "select ?, entry_id, kind, fields from jsonb_to_recordset(cast(? as jsonb)) "
						+ "as x(entry_id bigint, kind text, fields jsonb) order by entry_id",
				importId, this.json.writeValueAsString(rows));
	}

	private void writeParts(List<Long> ids, List<UnListEntry> entries) {
		List<Map<String, Object>> aliases = new ArrayList<>();
		List<Map<String, Object>> addresses = new ArrayList<>();
		for (int i = 0; i < entries.size(); i++) {
			UnListEntry entry = entries.get(i);
			List<Alias> entryAliases = entry.aliases();
			for (int position = 0; position < entryAliases.size(); position++) {
				Alias alias = entryAliases.get(position);
				Map<String, Object> row = new LinkedHashMap<>();
				row.put("entry_id", ids.get(i));
				row.put("position", position);
				row.put("quality", alias.quality());
				row.put("name", alias.name());
				row.put("details", alias.details());
				aliases.add(row);
			}
			List<Address> entryAddresses = entry.addresses();
			for (int position = 0; position < entryAddresses.size(); position++) {
				Address address = entryAddresses.get(position);
				Map<String, Object> row = new LinkedHashMap<>();
				row.put("entry_id", ids.get(i));
				row.put("position", position);
				row.put("street", address.street());
				row.put("city", address.city());
				row.put("state_province", address.stateProvince());
				row.put("zip_code", address.zipCode());
				row.put("country", address.country());
				row.put("note", address.note());
				addresses.add(row);
			}
		}
		if (!aliases.isEmpty()) {
			this.jdbc.update(
					"insert into sanctions_alias (entry_id, position, quality, name, details) "
							+ "select * from jsonb_to_recordset(cast(? as jsonb)) "
							+ "as x(entry_id bigint, position integer, quality text, name text, details text)",
					this.json.writeValueAsString(aliases));
		}
		if (!addresses.isEmpty()) {
			this.jdbc.update("insert into sanctions_address (entry_id, position, street, city, state_province, "
					+ "zip_code, country, note) select * from jsonb_to_recordset(cast(? as jsonb)) as x(entry_id bigint, "
					+ "position integer, street text, city text, state_province text, zip_code text, country text, "
					+ "note text)", this.json.writeValueAsString(addresses));
		}
	}

	/** The entry's columns as a row of JSON, named as the table names them. */
	private static Map<String, Object> row(long id, UnListEntry entry) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("id", id);
		row.put("reference_number", entry.referenceNumber());
		row.put("kind", entry.kind().name());
		row.put("data_id", entry.dataId());
		row.put("version_num", entry.versionNum());
		row.put("list_type", entry.listType());
		row.put("name", entry.name());
		row.put("first_name", entry.firstName());
		row.put("second_name", entry.secondName());
		row.put("third_name", entry.thirdName());
		row.put("fourth_name", entry.fourthName());
		row.put("name_original_script", entry.nameOriginalScript());
		row.put("listed_on", text(entry.listedOn()));
		row.put("listed_on_as_stated", entry.listedOnAsStated());
		row.put("comments", entry.comments());
		row.put("gender", entry.gender());
		row.put("submitted", entry.submitted());
		row.put("titles", entry.titles());
		row.put("designations", entry.designations());
		row.put("nationalities", entry.nationalities());
		row.put("last_updated", entry.lastUpdated().stream().map(LocalDate::toString).toList());
		row.put("dates_of_birth", entry.datesOfBirth());
		row.put("places_of_birth", entry.placesOfBirth());
		row.put("documents", entry.documents());
		row.put("delisted_on", text(entry.delistedOn()));
		row.put("mentions", entry.mentions());
		return row;
	}

	private static String text(LocalDate date) {
		return (date != null) ? date.toString() : null;
	}

	private static List<String> strings(ResultSet rs, String column) throws SQLException {
		Array array = rs.getArray(column);
		return (array != null) ? Arrays.asList((String[]) array.getArray()) : List.of();
	}

	/** An entry as stored: its id, what it holds, whether it is off the list. */
	record Stored(long id, UnListEntry entry, boolean absent) {
	}

	/** What an import did to an entry. */
	record Change(long entryId, ChangeKind kind, List<FieldChange> fields) {
	}

	/** The kinds of change an import makes to an entry. */
	enum ChangeKind {

		ADDED, AMENDED, DELISTED, RELISTED

	}

}
