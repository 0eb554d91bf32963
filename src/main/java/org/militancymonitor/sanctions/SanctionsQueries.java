package org.militancymonitor.sanctions;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.militancymonitor.common.PartialDate;
import org.militancymonitor.sanctions.UnListEntry.Address;
import org.militancymonitor.sanctions.UnListEntry.Alias;
import org.militancymonitor.sanctions.UnListEntry.FieldChange;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the sanctions pages read, in SQL: the groups' designations by regime, the list's
 * entries, an entry with its aliases, addresses, links and history, the imports and their
 * change sets, the individuals linked to groups, the links waiting for an editor. Each
 * page reads in a constant number of statements.
 */
@Repository
class SanctionsQueries {

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	private final JdbcClient jdbc;

	private final JsonMapper json;

	SanctionsQueries(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * The live designations of the live groups, by regime (the UN list's first, a regime
	 * not stated last), each with its UN entry when the list as imported holds it.
	 */
	Map<String, List<GroupDesignation>> designationsByRegime() {
		List<GroupDesignation> rows = this.jdbc.sql("""
				select g.slug, g.name, a.name as authority, d.regime, d.reference_number, d.listed_on,
				       d.listed_precision, d.delisted_on, e.reference_number as entry,
				       e.absent_since_import_id is not null as off_list
				  from designation d
				  join militant_group g on g.id = d.group_id and g.retracted_at is null
				  left join actor a on a.id = d.authority_id
				  left join sanctions_entry e on e.reference_number = d.reference_number
				 where d.retracted_at is null
				 order by d.regime is null, d.regime not like 'UN %', d.regime, d.listed_on nulls last, g.name
				""")
			.query((rs, n) -> new GroupDesignation(rs.getString("slug"), rs.getString("name"),
					rs.getString("authority"), rs.getString("regime"), rs.getString("reference_number"),
					PartialDate.fromSql(rs, "listed_on", "listed_precision"),
					rs.getObject("delisted_on", LocalDate.class), rs.getString("entry"), rs.getBoolean("off_list")))
			.list();
		return rows.stream()
			.collect(Collectors.groupingBy((d) -> (d.regime() != null) ? d.regime() : "", LinkedHashMap::new,
					Collectors.toList()));
	}

	/** The list's regimes (UN list types) with their entries on the list and off it. */
	List<Regime> regimes() {
		return this.jdbc.sql("""
				select list_type,
				       count(*) filter (where kind = 'INDIVIDUAL' and absent_since_import_id is null) as individuals,
				       count(*) filter (where kind = 'ENTITY' and absent_since_import_id is null) as entities,
				       count(*) filter (where absent_since_import_id is not null) as off_list
				  from sanctions_entry
				 group by list_type
				 order by count(*) desc, list_type
				""")
			.query((rs, n) -> new Regime(rs.getString("list_type"), rs.getLong("individuals"), rs.getLong("entities"),
					rs.getLong("off_list")))
			.list();
	}

	/** The imports, newest first; at most {@code limit}. */
	List<ImportRow> imports(int limit) {
		return this.jdbc.sql(IMPORT_SELECT + " order by i.imported_at desc, i.id desc limit :limit")
			.param("limit", limit)
			.query(this::importRow)
			.list();
	}

	Optional<ImportRow> importById(long id) {
		return this.jdbc.sql(IMPORT_SELECT + " where i.id = :id").param("id", id).query(this::importRow).optional();
	}

	private static final String IMPORT_SELECT = """
			select i.id, i.file_name, i.sha256, i.date_generated_as_stated, i.imported_by, i.imported_at, i.outcome,
			       i.individuals, i.entities, i.added, i.amended, i.delisted, i.relisted, i.linked, i.queued,
			       s.slug as source_slug, s.title as source_title
			  from sanctions_import i left join source s on s.id = i.source_id
			""";

	private ImportRow importRow(ResultSet rs, int n) throws SQLException {
		return new ImportRow(rs.getLong("id"), rs.getString("file_name"), rs.getString("sha256"),
				rs.getString("date_generated_as_stated"), rs.getString("imported_by"),
				SHOWN.format(rs.getObject("imported_at", java.time.OffsetDateTime.class).toInstant()),
				rs.getString("outcome"), rs.getInt("individuals"), rs.getInt("entities"), rs.getInt("added"),
				rs.getInt("amended"), rs.getInt("delisted"), rs.getInt("relisted"), rs.getInt("linked"),
				rs.getInt("queued"), rs.getString("source_slug"), rs.getString("source_title"));
	}

	/**
	 * What the import changed, entry by entry, by kind of change and reference number.
	 */
	List<ChangeRow> changes(long importId) {
		return this.jdbc.sql("""
				select c.kind, e.reference_number, e.name, e.kind as entry_kind, e.list_type, c.fields::text as fields
				  from sanctions_change c join sanctions_entry e on e.id = c.entry_id
				 where c.import_id = :import
				 order by c.kind, e.reference_number
				""")
			.param("import", importId)
			.query((rs, n) -> new ChangeRow(rs.getString("kind"), rs.getString("reference_number"),
					rs.getString("name"), rs.getString("entry_kind"), rs.getString("list_type"),
					fields(rs.getString("fields"))))
			.list();
	}

	/** The entries of a regime (or all), on the list first, by reference number. */
	List<EntryRow> entries(String regime) {
		return this.jdbc.sql("""
				select e.reference_number, e.kind, e.list_type, e.name, e.listed_on,
				       (select max(u) from unnest(e.last_updated) as u) as last_updated,
				       e.absent_since_import_id is not null as off_list,
				       (select string_agg(g.name, ', ' order by g.name) from sanctions_match m
				          join militant_group g on g.id = m.group_id
				         where m.entry_id = e.id and m.status = 'CONFIRMED') as groups
				  from sanctions_entry e
				 where cast(:regime as text) is null or e.list_type = :regime
				 order by e.absent_since_import_id is not null, e.reference_number
				""")
			.param("regime", regime)
			.query((rs, n) -> new EntryRow(rs.getString("reference_number"), rs.getString("kind"),
					rs.getString("list_type"), rs.getString("name"), day(rs.getObject("listed_on", LocalDate.class)),
					day(rs.getObject("last_updated", LocalDate.class)), rs.getBoolean("off_list"),
					rs.getString("groups")))
			.list();
	}

	/** Whether any entry is of this regime. */
	boolean hasRegime(String regime) {
		return this.jdbc.sql("select exists (select 1 from sanctions_entry where list_type = :regime)")
			.param("regime", regime)
			.query(Boolean.class)
			.single();
	}

	/**
	 * The entry of the reference number with everything its page shows: its aliases and
	 * addresses, the groups it is linked or proposed to, the entries its comments name
	 * and those that name it, and what each import changed of it.
	 */
	Optional<EntryDetails> entry(String reference) {
		Optional<EntryDetails> found = this.jdbc.sql("""
				select e.id, e.reference_number, e.kind, e.data_id, e.list_type, e.name, e.first_name, e.second_name,
				       e.third_name, e.fourth_name, e.name_original_script, e.listed_on, e.listed_on_as_stated,
				       e.comments, e.gender, e.submitted, e.titles, e.designations, e.nationalities,
				       e.last_updated::text[] as last_updated, e.dates_of_birth, e.places_of_birth, e.documents,
				       e.delisted_on, e.mentions, f.date_generated_as_stated as first_seen,
				       a.date_generated_as_stated as off_since, a.id as off_since_import
				  from sanctions_entry e
				  join sanctions_import f on f.id = e.first_import_id
				  left join sanctions_import a on a.id = e.absent_since_import_id
				 where e.reference_number = :reference
				""")
			.param("reference", reference)
			.query((rs, n) -> new EntryDetails(rs.getLong("id"), rs.getString("reference_number"), rs.getString("kind"),
					rs.getObject("data_id", Long.class), rs.getString("list_type"), rs.getString("name"),
					rs.getString("name_original_script"), day(rs.getObject("listed_on", LocalDate.class)),
					rs.getString("listed_on_as_stated"), rs.getString("comments"), rs.getString("gender"),
					rs.getString("submitted"), strings(rs, "titles"), strings(rs, "designations"),
					strings(rs, "nationalities"),
					strings(rs, "last_updated").stream().map((d) -> day(LocalDate.parse(d))).toList(),
					strings(rs, "dates_of_birth"), strings(rs, "places_of_birth"), strings(rs, "documents"),
					day(rs.getObject("delisted_on", LocalDate.class)), rs.getString("first_seen"),
					rs.getString("off_since"), rs.getObject("off_since_import", Long.class), List.of(), List.of(),
					List.of(), List.of(), List.of()))
			.optional();
		return found.map(this::withParts);
	}

	private EntryDetails withParts(EntryDetails entry) {
		List<Alias> aliases = this.jdbc
			.sql("select quality, name, details from sanctions_alias where entry_id = :id order by position")
			.param("id", entry.id())
			.query((rs, n) -> new Alias(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list();
		List<Address> addresses = this.jdbc
			.sql("select street, city, state_province, zip_code, country, note "
					+ "from sanctions_address where entry_id = :id order by position")
			.param("id", entry.id())
			.query((rs, n) -> new Address(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6)))
			.list();
		List<MatchRow> links = this.jdbc
			.sql(MATCH_SELECT + " where m.entry_id = :id and m.status <> 'REJECTED' " + "order by m.status, g.name")
			.param("id", entry.id())
			.query(this::matchRow)
			.list();
		List<RelatedEntry> related = this.jdbc.sql("""
				select o.reference_number, o.name, o.kind, o.absent_since_import_id is not null as off_list,
				       o.reference_number = any(e.mentions) as named_here
				  from sanctions_entry e join sanctions_entry o
				    on o.id <> e.id and (o.reference_number = any(e.mentions) or e.reference_number = any(o.mentions))
				 where e.id = :id
				 order by o.reference_number
				""")
			.param("id", entry.id())
			.query((rs, n) -> new RelatedEntry(rs.getString("reference_number"), rs.getString("name"),
					rs.getString("kind"), rs.getBoolean("off_list"), rs.getBoolean("named_here")))
			.list();
		List<EntryChange> history = this.jdbc.sql("""
				select i.id, i.date_generated_as_stated, i.file_name, c.kind, c.fields::text as fields
				  from sanctions_change c join sanctions_import i on i.id = c.import_id
				 where c.entry_id = :id
				 order by i.date_generated, i.id
				""")
			.param("id", entry.id())
			.query((rs, n) -> new EntryChange(rs.getLong("id"), rs.getString("date_generated_as_stated"),
					rs.getString("file_name"), rs.getString("kind"), fields(rs.getString("fields"))))
			.list();
		return entry.with(aliases, addresses, links, related, history);
	}

	/**
	 * The individuals linked to the dashboard's groups: those whose entry names a linked
	 * entity's reference number (a commander's "Commander of Tehrik-e Taliban Pakistan
	 * (TTP) (QDe.132)"), and those a linked entity's entry names (its leader).
	 */
	List<LinkedIndividual> linkedIndividuals() {
		return this.jdbc.sql("""
				select g.slug, g.name as group_name, e.reference_number as entity, i.reference_number, i.name,
				       i.listed_on, i.absent_since_import_id is not null as off_list,
				       i.reference_number = any(e.mentions) as named_by_group
				  from sanctions_match m
				  join militant_group g on g.id = m.group_id and g.retracted_at is null
				  join sanctions_entry e on e.id = m.entry_id and e.kind = 'ENTITY'
				  join sanctions_entry i on i.kind = 'INDIVIDUAL'
				   and (e.reference_number = any(i.mentions) or i.reference_number = any(e.mentions))
				 where m.status = 'CONFIRMED'
				 order by g.name, i.absent_since_import_id is not null, i.listed_on nulls last, i.reference_number
				""")
			.query((rs, n) -> new LinkedIndividual(rs.getString("slug"), rs.getString("group_name"),
					rs.getString("entity"), rs.getString("reference_number"), rs.getString("name"),
					day(rs.getObject("listed_on", LocalDate.class)), rs.getBoolean("off_list"),
					rs.getBoolean("named_by_group")))
			.list();
	}

	/** The links waiting for an editor, the most similar first. */
	List<MatchRow> pendingMatches() {
		return this.jdbc
			.sql(MATCH_SELECT + " where m.status = 'PENDING' order by m.similarity desc, e.reference_number, g.name")
			.query(this::matchRow)
			.list();
	}

	/** The links editors decided, newest first; at most {@code limit}. */
	List<MatchRow> decidedMatches(int limit) {
		return this.jdbc
			.sql(MATCH_SELECT + " where m.decided_at is not null order by m.decided_at desc, m.id desc limit :limit")
			.param("limit", limit)
			.query(this::matchRow)
			.list();
	}

	long pendingCount() {
		return this.jdbc.sql("select count(*) from sanctions_match where status = 'PENDING'")
			.query(Long.class)
			.single();
	}

	private static final String MATCH_SELECT = """
			select m.id, m.version, e.reference_number, e.name as entry_name, e.list_type, g.slug, g.name as group_name,
			       m.method, m.similarity, m.entry_name as matched_entry_name, m.group_name as matched_group_name,
			       m.status, m.decided_by, m.decided_at, m.designation_id
			  from sanctions_match m
			  join sanctions_entry e on e.id = m.entry_id
			  join militant_group g on g.id = m.group_id
			""";

	private MatchRow matchRow(ResultSet rs, int n) throws SQLException {
		java.time.OffsetDateTime decided = rs.getObject("decided_at", java.time.OffsetDateTime.class);
		return new MatchRow(rs.getLong("id"), rs.getInt("version"), rs.getString("reference_number"),
				rs.getString("entry_name"), rs.getString("list_type"), rs.getString("slug"), rs.getString("group_name"),
				rs.getString("method"), rs.getDouble("similarity"), rs.getString("matched_entry_name"),
				rs.getString("matched_group_name"), rs.getString("status"), rs.getString("decided_by"),
				(decided != null) ? SHOWN.format(decided.toInstant()) : null,
				rs.getObject("designation_id", Long.class) != null);
	}

	private List<FieldChange> fields(String json) {
		return List.of(this.json.readValue(json, FieldChange[].class));
	}

	private static PartialDate day(LocalDate date) {
		return (date != null) ? PartialDate.ofDay(date) : PartialDate.unknown();
	}

	private static List<String> strings(ResultSet rs, String column) throws SQLException {
		Array array = rs.getArray(column);
		return (array != null) ? Arrays.asList((String[]) array.getArray()) : List.of();
	}

	static String shown(Instant instant) {
		return SHOWN.format(instant);
	}

	/** A group's designation as the sanctions page lists it. */
	record GroupDesignation(String groupSlug, String groupName, String authority, String regime, String reference,
			PartialDate listed, LocalDate delistedOn, String listEntry, boolean offList) {

		public PartialDate delisted() {
			return day(this.delistedOn);
		}

	}

	/** A UN list type with its entries. */
	record Regime(String listType, long individuals, long entities, long offList) {
	}

	/** An import as the pages list it. */
	record ImportRow(long id, String fileName, String sha256, String dateGenerated, String importedBy,
			String importedAt, String outcome, int individuals, int entities, int added, int amended, int delisted,
			int relisted, int linked, int queued, String sourceSlug, String sourceTitle) {
	}

	/** An entry an import changed, and how. */
	record ChangeRow(String kind, String reference, String name, String entryKind, String listType,
			List<FieldChange> fields) {
	}

	/** An entry in a list of entries. */
	record EntryRow(String reference, String kind, String listType, String name, PartialDate listed,
			PartialDate lastUpdated, boolean offList, String groups) {
	}

	/** An entry and everything its page shows. */
	record EntryDetails(long id, String reference, String kind, Long dataId, String listType, String name,
			String originalScript, PartialDate listed, String listedAsStated, String comments, String gender,
			String submitted, List<String> titles, List<String> designations, List<String> nationalities,
			List<PartialDate> lastUpdated, List<String> datesOfBirth, List<String> placesOfBirth,
			List<String> documents, PartialDate delisted, String firstSeen, String offSince, Long offSinceImport,
			List<Alias> aliases, List<Address> addresses, List<MatchRow> links, List<RelatedEntry> related,
			List<EntryChange> history) {

		EntryDetails with(List<Alias> aliases, List<Address> addresses, List<MatchRow> links,
				List<RelatedEntry> related, List<EntryChange> history) {
			return new EntryDetails(this.id, this.reference, this.kind, this.dataId, this.listType, this.name,
					this.originalScript, this.listed, this.listedAsStated, this.comments, this.gender, this.submitted,
					this.titles, this.designations, this.nationalities, this.lastUpdated, this.datesOfBirth,
					this.placesOfBirth, this.documents, this.delisted, this.firstSeen, this.offSince,
					this.offSinceImport, aliases, addresses, links, related, history);
		}

		public boolean isOffList() {
			return this.offSince != null;
		}

	}

	/** Another entry this one names in its comments, or that names it. */
	record RelatedEntry(String reference, String name, String kind, boolean offList, boolean namedHere) {
	}

	/** What an import changed of an entry. */
	record EntryChange(long importId, String dateGenerated, String fileName, String kind, List<FieldChange> fields) {
	}

	/** An individual whose entry names a group's entity, or whom the entity's names. */
	record LinkedIndividual(String groupSlug, String groupName, String entity, String reference, String name,
			PartialDate listed, boolean offList, boolean namedByGroup) {
	}

	/** A link between an entry and a group, certain or proposed, and who decided it. */
	record MatchRow(long id, int version, String reference, String entryName, String listType, String groupSlug,
			String groupName, String method, double similarity, String matchedEntryName, String matchedGroupName,
			String status, String decidedBy, String decidedAt, boolean designated) {

		/** The similarity as a percentage. */
		public long percent() {
			return Math.round(this.similarity * 100);
		}

	}

}
