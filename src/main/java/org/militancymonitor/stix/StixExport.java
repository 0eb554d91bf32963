package org.militancymonitor.stix;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A group as a STIX 2.1 bundle. The group is an {@code intrusion-set} (the spec's object
 * for a set of behaviour and resources attributed to one organisation; a
 * {@code threat-actor} is the individuals or organisation behind it, of which the
 * dashboard records nothing but the group's own facts), with its aliases; its
 * relationships to other groups are {@code relationship}s between intrusion sets (the
 * other groups named in them with their name alone); the states and organisations that
 * designated the group or made statements about it are {@code identity} objects, a
 * designation a {@code designates} relationship from its authority; the UN reports with
 * findings on it are {@code report}s; every claim is a {@code note} carrying its verbatim
 * quote, pointing at the objects it supports; its published incidents are
 * {@code incident}s (the spec's object for one, the group tied to it by a relationship
 * named after its role). Only live, published records count.
 * <p>
 * The group's own facts are few and read first; its incidents, which may be many, are
 * read through a cursor in one read-only transaction and written as they are read, so the
 * export runs in constant memory. Ids are name-based ({@link StixIds}) and timestamps
 * come from the records and their audit, so the same data exports to the same bundle.
 */
@Service
class StixExport {

	static final int FETCH_SIZE = 1000;

	/** Who made the bundle: the dashboard, as an identity every object names. */
	static final String CREATOR = StixIds.id("identity", "militancy-monitor");

	/**
	 * When the dashboard's identity was first written; fixed, so that it never changes.
	 */
	private static final Instant CREATOR_CREATED = Instant.parse("2026-01-01T00:00:00Z");

	private static final String CLAIM_COLUMNS = """
			c.ref, c.quote, e.claimant_name, c.position, c.confidence, s.title as source_title, s.url as source_url,
			c.created_at as claim_created,
			(select max(rv.changed_at) from claim_aud ca join revision rv on rv.id = ca.rev where ca.id = c.id)
			    as claim_changed""";

	private static final String CLAIM_JOINS = """
			join claim_evidence e on e.claim_id = c.id
			join source s on s.id = c.source_id""";

	private static final String LIVE_CLAIM = "c.retracted_at is null and s.retracted_at is null";

	private final JdbcClient streaming;

	private final TransactionTemplate readOnly;

	private final JsonMapper json;

	StixExport(DataSource dataSource, PlatformTransactionManager transactions, JsonMapper json) {
		JdbcTemplate template = new JdbcTemplate(dataSource);
		template.setFetchSize(FETCH_SIZE);
		this.streaming = JdbcClient.create(template);
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.json = json;
	}

	/** A live group, the subject of a bundle. */
	record Group(long id, String slug, String name, String shortName, String description, LocalDate foundedOn,
			String foundedPrecision, Instant created, Instant modified) {
	}

	/** A claim as a note: its quote and who made it, and the objects it supports. */
	record ClaimNote(String ref, String quote, String claimant, String position, String confidence, String sourceTitle,
			String sourceUrl, Instant created, Instant modified) {
	}

	Optional<Group> group(String slug) {
		return this.streaming.sql("""
				select id, slug, name, short_name, description, founded_on, founded_precision, created_at, updated_at
				  from militant_group where slug = :slug and retracted_at is null""")
			.param("slug", slug)
			.query((rs, n) -> new Group(rs.getLong("id"), rs.getString("slug"), rs.getString("name"),
					rs.getString("short_name"), rs.getString("description"), date(rs, "founded_on"),
					rs.getString("founded_precision"), instant(rs, "created_at"), instant(rs, "updated_at")))
			.optional();
	}

	/** Writes the group's bundle to the output, and flushes it. */
	void write(Group group, OutputStream out, String baseUrl) {
		this.readOnly.executeWithoutResult((status) -> {
			try {
				Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
				JsonGenerator generator = this.json.createGenerator(writer);
				new Bundle(generator, group, baseUrl).write();
				generator.flush();
				writer.flush();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	/**
	 * One bundle being written: what has been written so far of the group's own facts.
	 */
	private final class Bundle {

		private final JsonGenerator out;

		private final Group group;

		private final String groupId;

		private final String baseUrl;

		/** The group-level claims, by reference, with the objects each supports. */
		private final Map<String, Note> notes = new LinkedHashMap<>();

		private final Set<String> identities = new HashSet<>();

		Bundle(JsonGenerator out, Group group, String baseUrl) {
			this.out = out;
			this.group = group;
			this.groupId = StixIds.group(group.slug());
			this.baseUrl = baseUrl;
		}

		void write() {
			this.out.writeStartObject();
			this.out.writeStringProperty("type", "bundle");
			this.out.writeStringProperty("id", StixIds.id("bundle", this.group.slug()));
			this.out.writeArrayPropertyStart("objects");
			creator();
			intrusionSet();
			relationships();
			designations();
			statements();
			reports();
			for (Note note : this.notes.values()) {
				note(StixIds.id("note", note.claim.ref()), note.claim, note.abstractText, note.refs);
			}
			incidents();
			this.out.writeEndArray();
			this.out.writeEndObject();
		}

		private void creator() {
			start("identity", CREATOR, CREATOR_CREATED, CREATOR_CREATED, false);
			this.out.writeStringProperty("name", "Militancy Monitor");
			this.out.writeStringProperty("identity_class", "system");
			this.out.writeEndObject();
		}

		private void intrusionSet() {
			List<String> aliases = new ArrayList<>();
			streaming.sql("""
					select a.name from group_alias a
					 where a.group_id = :g and a.retracted_at is null order by a.name""")
				.param("g", this.group.id())
				.query(String.class)
				.list()
				.stream()
				.filter((a) -> !a.equals(this.group.name()))
				.forEach(aliases::add);
			claims("""
					select %s from group_alias a join claim c on c.id = a.claim_id %s
					 where a.group_id = :g and a.retracted_at is null and %s order by a.id""", null, this.groupId);
			claims("""
					select %s from group_claim gc join claim c on c.id = gc.claim_id %s
					 where gc.group_id = :g and %s order by gc.claim_id""", null, this.groupId);
			start("intrusion-set", this.groupId, this.group.created(), this.group.modified(), true);
			this.out.writeStringProperty("name", this.group.name());
			if (this.group.description() != null) {
				this.out.writeStringProperty("description", this.group.description());
			}
			if (!aliases.isEmpty()) {
				this.out.writeArrayPropertyStart("aliases");
				aliases.forEach(this.out::writeString);
				this.out.writeEndArray();
			}
			if (this.group.foundedOn() != null) {
				this.out.writeStringProperty("first_seen", startOf(this.group.foundedOn()));
			}
			this.out.writeArrayPropertyStart("external_references");
			dashboardReference("/groups/" + this.group.slug(), this.group.slug());
			this.out.writeEndArray();
			this.out.writeEndObject();
		}

		private void relationships() {
			record Link(long id, String type, LocalDate from, LocalDate to, String description, String fromSlug,
					String fromName, String toSlug, String toName, Instant created, Instant modified) {
			}
			List<Link> links = streaming.sql("""
					select r.id, r.type, r.valid_from, r.valid_to, r.description, f.slug as from_slug,
					       f.name as from_name, t.slug as to_slug, t.name as to_name,
					       (select min(rv.changed_at) from group_relationship_aud a join revision rv on rv.id = a.rev
					         where a.id = r.id) as created,
					       (select max(rv.changed_at) from group_relationship_aud a join revision rv on rv.id = a.rev
					         where a.id = r.id) as modified
					  from group_relationship r
					  join militant_group f on f.id = r.from_group_id
					  join militant_group t on t.id = r.to_group_id
					 where (r.from_group_id = :g or r.to_group_id = :g) and r.retracted_at is null
					   and f.retracted_at is null and t.retracted_at is null
					 order by r.id""")
				.param("g", this.group.id())
				.query((rs, n) -> new Link(rs.getLong("id"), rs.getString("type"), date(rs, "valid_from"),
						date(rs, "valid_to"), rs.getString("description"), rs.getString("from_slug"),
						rs.getString("from_name"), rs.getString("to_slug"), rs.getString("to_name"),
						instant(rs, "created"), instant(rs, "modified")))
				.list();
			Set<String> others = new LinkedHashSet<>();
			for (Link link : links) {
				String other = link.fromSlug().equals(this.group.slug()) ? link.toSlug() : link.fromSlug();
				String otherName = link.fromSlug().equals(this.group.slug()) ? link.toName() : link.fromName();
				if (others.add(other)) {
					// the other group by its name alone: its own bundle has the rest
					start("intrusion-set", StixIds.group(other), this.group.created(), this.group.created(), true);
					this.out.writeStringProperty("name", otherName);
					this.out.writeArrayPropertyStart("external_references");
					dashboardReference("/groups/" + other, other);
					this.out.writeEndArray();
					this.out.writeEndObject();
				}
				String id = relationshipId(link.fromSlug(), link.type(), link.toSlug());
				Instant created = orGroup(link.created());
				start("relationship", id, created, later(created, link.modified()), true);
				this.out.writeStringProperty("relationship_type", relationshipType(link.type()));
				if (link.description() != null) {
					this.out.writeStringProperty("description", link.description());
				}
				this.out.writeStringProperty("source_ref", StixIds.group(link.fromSlug()));
				this.out.writeStringProperty("target_ref", StixIds.group(link.toSlug()));
				if (link.from() != null) {
					this.out.writeStringProperty("start_time", startOf(link.from()));
				}
				if (link.to() != null && (link.from() == null || link.to().isAfter(link.from()))) {
					this.out.writeStringProperty("stop_time", startOf(link.to()));
				}
				this.out.writeEndObject();
				claims("""
						select %s from relationship_claim rc join claim c on c.id = rc.claim_id %s
						 where rc.relationship_id = :r and %s order by c.id""", Map.of("r", link.id()), id);
			}
		}

		private void designations() {
			record Listing(String regime, String reference, LocalDate listedOn, LocalDate delistedOn, String actorSlug,
					String actorName, String actorKind, Long claimId, Instant created, Instant modified) {
			}
			List<Listing> listings = streaming.sql("""
					select d.regime, d.reference_number, d.listed_on, d.delisted_on, a.slug, a.name, a.kind,
					       d.claim_id,
					       (select min(rv.changed_at) from designation_aud da join revision rv on rv.id = da.rev
					         where da.id = d.id) as created,
					       (select max(rv.changed_at) from designation_aud da join revision rv on rv.id = da.rev
					         where da.id = d.id) as modified
					  from designation d left join actor a on a.id = d.authority_id
					 where d.group_id = :g and d.retracted_at is null
					 order by d.id""")
				.param("g", this.group.id())
				.query((rs, n) -> new Listing(rs.getString("regime"), rs.getString("reference_number"),
						date(rs, "listed_on"), date(rs, "delisted_on"), rs.getString("slug"), rs.getString("name"),
						rs.getString("kind"), (Long) rs.getObject("claim_id"), instant(rs, "created"),
						instant(rs, "modified")))
				.list();
			for (Listing listing : listings) {
				String target = this.groupId;
				if (listing.actorSlug() != null) {
					String authority = identity(listing.actorSlug(), listing.actorName(), listing.actorKind());
					target = StixIds.id("relationship", "designation/" + listing.actorSlug() + "/" + this.group.slug()
							+ "/" + ((listing.regime() != null) ? listing.regime() : ""));
					Instant created = orGroup(listing.created());
					start("relationship", target, created, later(created, listing.modified()), true);
					this.out.writeStringProperty("relationship_type", "designates");
					String description = String
						.join(" ", nonNull(listing.regime(), ""), nonNull(listing.reference(), ""))
						.trim();
					if (!description.isEmpty()) {
						this.out.writeStringProperty("description", description);
					}
					this.out.writeStringProperty("source_ref", authority);
					this.out.writeStringProperty("target_ref", this.groupId);
					if (listing.listedOn() != null) {
						this.out.writeStringProperty("start_time", startOf(listing.listedOn()));
					}
					if (listing.delistedOn() != null
							&& (listing.listedOn() == null || listing.delistedOn().isAfter(listing.listedOn()))) {
						this.out.writeStringProperty("stop_time", startOf(listing.delistedOn()));
					}
					this.out.writeEndObject();
				}
				if (listing.claimId() != null) {
					claims("select %s from claim c %s where c.id = :c and %s", Map.of("c", listing.claimId()), target);
				}
			}
		}

		private void statements() {
			record Said(String summary, String stance, String actorSlug, String actorName, String actorKind,
					ClaimNote claim) {
			}
			List<Said> said = streaming.sql("""
					select st.summary, st.stance, a.slug, a.name, a.kind, %s
					  from statement st
					  join statement_group sg on sg.statement_id = st.id
					  join actor a on a.id = st.actor_id
					  join claim c on c.id = st.claim_id
					  %s
					 where sg.group_id = :g and st.retracted_at is null and %s
					 order by st.id""".formatted(CLAIM_COLUMNS, CLAIM_JOINS, LIVE_CLAIM))
				.param("g", this.group.id())
				.query((rs, n) -> new Said(rs.getString("summary"), rs.getString("stance"), rs.getString("slug"),
						rs.getString("name"), rs.getString("kind"), claim(rs)))
				.list();
			for (Said statement : said) {
				String actor = identity(statement.actorSlug(), statement.actorName(), statement.actorKind());
				Note note = note(statement.claim());
				note.refs.add(this.groupId);
				note.refs.add(actor);
				if (note.abstractText == null) {
					note.abstractText = statement.summary();
				}
			}
		}

		private void reports() {
			record Finding(long reportId, String slug, String title, String issuingBody, String symbol,
					LocalDate publishedOn, String description, Instant created, Instant modified, String summary,
					ClaimNote claim) {
			}
			List<Finding> findings = streaming.sql("""
					select r.id as report_id, r.slug, r.title, r.issuing_body, r.document_symbol, r.published_on,
					       r.description,
					       (select min(rv.changed_at) from report_aud ra join revision rv on rv.id = ra.rev
					         where ra.id = r.id) as created,
					       (select max(rv.changed_at) from report_aud ra join revision rv on rv.id = ra.rev
					         where ra.id = r.id) as modified,
					       f.summary, %s
					  from report r
					  join report_finding f on f.report_id = r.id
					  join finding_group fg on fg.finding_id = f.id
					  join claim c on c.id = f.claim_id
					  %s
					 where fg.group_id = :g and r.retracted_at is null and f.retracted_at is null and %s
					 order by r.id, f.position, f.id""".formatted(CLAIM_COLUMNS, CLAIM_JOINS, LIVE_CLAIM))
				.param("g", this.group.id())
				.query((rs, n) -> new Finding(rs.getLong("report_id"), rs.getString("slug"), rs.getString("title"),
						rs.getString("issuing_body"), rs.getString("document_symbol"), date(rs, "published_on"),
						rs.getString("description"), instant(rs, "created"), instant(rs, "modified"),
						rs.getString("summary"), claim(rs)))
				.list();
			Map<Long, List<Finding>> byReport = new LinkedHashMap<>();
			findings.forEach((f) -> byReport.computeIfAbsent(f.reportId(), (k) -> new ArrayList<>()).add(f));
			for (List<Finding> parts : byReport.values()) {
				Finding first = parts.get(0);
				String id = StixIds.id("report", first.slug());
				List<String> refs = new ArrayList<>();
				refs.add(this.groupId);
				for (Finding finding : parts) {
					Note note = note(finding.claim());
					note.refs.add(this.groupId);
					note.refs.add(id);
					if (note.abstractText == null) {
						note.abstractText = finding.summary();
					}
					String noteId = StixIds.id("note", finding.claim().ref());
					if (!refs.contains(noteId)) {
						refs.add(noteId);
					}
				}
				Instant created = orGroup(first.created());
				start("report", id, created, later(created, first.modified()), true);
				this.out.writeStringProperty("name", first.title());
				if (first.description() != null) {
					this.out.writeStringProperty("description", first.description());
				}
				this.out.writeArrayPropertyStart("report_types");
				this.out.writeString("threat-actor");
				this.out.writeEndArray();
				this.out.writeStringProperty("published",
						(first.publishedOn() != null) ? startOf(first.publishedOn()) : StixIds.timestamp(created));
				this.out.writeArrayPropertyStart("object_refs");
				refs.forEach(this.out::writeString);
				this.out.writeEndArray();
				this.out.writeArrayPropertyStart("external_references");
				dashboardReference("/reports/" + first.slug(), first.slug());
				if (first.symbol() != null) {
					this.out.writeStartObject();
					this.out.writeStringProperty("source_name", first.issuingBody());
					this.out.writeStringProperty("external_id", first.symbol());
					this.out.writeEndObject();
				}
				this.out.writeEndArray();
				this.out.writeEndObject();
			}
		}

		private void incidents() {
			streaming.sql("""
					select i.id, i.event_id_cnty, i.occurred_on, i.date_precision, i.date_as_stated, i.event_type,
					       i.sub_event_type, i.place_name, i.summary, i.fatalities_low, i.fatalities_best,
					       i.fatalities_high, i.created_at, i.updated_at, roles.roles, claims.claims
					  from incident_group ig
					  join incident i on i.id = ig.incident_id
					  left join lateral (
					       select string_agg(distinct a.role, ',' order by a.role) as roles
					         from incident_actor a where a.incident_id = i.id and a.group_id = :g) roles on true
					  left join lateral (
					       select json_agg(json_build_object('ref', c.ref, 'quote', c.quote,
					                                         'claimant', e.claimant_name, 'position', c.position,
					                                         'confidence', c.confidence, 'sourceTitle', s.title,
					                                         'sourceUrl', s.url,
					                                         'created', floor(extract(epoch from c.created_at) * 1000))
					                       order by c.id) as claims
					         from incident_claim ic join claim c on c.id = ic.claim_id
					         join claim_evidence e on e.claim_id = c.id
					         join source s on s.id = c.source_id
					        where ic.incident_id = i.id and c.retracted_at is null and s.retracted_at is null) claims
					       on true
					 where ig.group_id = :g and i.status = 'PUBLISHED'
					 order by i.id""").param("g", this.group.id()).query((ResultSet rs) -> incident(rs));
		}

		private void incident(ResultSet rs) throws SQLException {
			long id = rs.getLong("id");
			String eventId = rs.getString("event_id_cnty");
			String key = (eventId != null) ? "acled/" + eventId : "mm/" + id;
			String stixId = StixIds.id("incident", key);
			Instant created = instant(rs, "created_at");
			Instant modified = later(created, instant(rs, "updated_at"));
			LocalDate occurred = date(rs, "occurred_on");
			String place = rs.getString("place_name");
			String subType = rs.getString("sub_event_type");
			String name = humanise(subType) + ((place != null) ? " in " + place : "")
					+ ((occurred != null) ? ", " + partial(occurred, rs.getString("date_precision")) : "");
			start("incident", stixId, created, modified, true);
			this.out.writeStringProperty("name", name);
			this.out.writeStringProperty("description", rs.getString("summary"));
			this.out.writeStringProperty("x_mm_event_type", rs.getString("event_type").toLowerCase(Locale.ROOT));
			this.out.writeStringProperty("x_mm_sub_event_type", subType.toLowerCase(Locale.ROOT));
			if (occurred != null) {
				this.out.writeStringProperty("x_mm_occurred_on", occurred.toString());
				this.out.writeStringProperty("x_mm_date_precision",
						rs.getString("date_precision").toLowerCase(Locale.ROOT));
			}
			number("x_mm_fatalities_low", rs, "fatalities_low");
			number("x_mm_fatalities_best", rs, "fatalities_best");
			number("x_mm_fatalities_high", rs, "fatalities_high");
			this.out.writeArrayPropertyStart("external_references");
			dashboardReference("/incidents/" + id, String.valueOf(id));
			if (eventId != null) {
				this.out.writeStartObject();
				this.out.writeStringProperty("source_name", "acled");
				this.out.writeStringProperty("external_id", eventId);
				this.out.writeEndObject();
			}
			this.out.writeEndArray();
			this.out.writeEndObject();
			String roles = rs.getString("roles");
			if (roles != null) {
				for (String role : roles.split(",")) {
					String type = switch (role) {
						case "TARGET" -> "targets";
						case "CLAIMED_BY" -> "claimed-by";
						case "SUSPECTED" -> "suspected-of";
						default -> "attributed-to";
					};
					start("relationship",
							StixIds.id("relationship", "incident/" + key + "/" + type + "/" + this.group.slug()),
							created, modified, true);
					this.out.writeStringProperty("relationship_type", type);
					this.out.writeStringProperty("source_ref", stixId);
					this.out.writeStringProperty("target_ref", this.groupId);
					this.out.writeEndObject();
				}
			}
			String claims = rs.getString("claims");
			if (claims != null) {
				for (JsonNode c : json.readTree(claims)) {
					Instant claimCreated = Instant.ofEpochMilli(c.get("created").asLong());
					ClaimNote claim = new ClaimNote(c.get("ref").asString(), c.get("quote").asString(),
							text(c, "claimant"), c.get("position").asString(), c.get("confidence").asString(),
							text(c, "sourceTitle"), text(c, "sourceUrl"), claimCreated, claimCreated);
					note(StixIds.id("note", claim.ref() + "/" + key), claim, null, List.of(stixId));
				}
			}
		}

		private void number(String property, ResultSet rs, String column) throws SQLException {
			int value = rs.getInt(column);
			if (!rs.wasNull()) {
				this.out.writeNumberProperty(property, value);
			}
		}

		/**
		 * Reads a claim query's notes into the group-level notes, supporting the target.
		 */
		private void claims(String sql, Map<String, Object> params, String target) {
			var spec = streaming.sql(sql.formatted(CLAIM_COLUMNS, CLAIM_JOINS, LIVE_CLAIM)).param("g", this.group.id());
			if (params != null) {
				for (Map.Entry<String, Object> param : params.entrySet()) {
					spec = spec.param(param.getKey(), param.getValue());
				}
			}
			for (ClaimNote claim : spec.query((rs, n) -> claim(rs)).list()) {
				note(claim).refs.add(target);
			}
		}

		private Note note(ClaimNote claim) {
			return this.notes.computeIfAbsent(claim.ref(), (ref) -> new Note(claim));
		}

		private String identity(String slug, String name, String kind) {
			String id = StixIds.id("identity", slug);
			if (this.identities.add(id)) {
				start("identity", id, this.group.created(), this.group.created(), true);
				this.out.writeStringProperty("name", name);
				this.out.writeStringProperty("identity_class", switch (kind) {
					case "STATE", "DE_FACTO_AUTHORITY" -> "government";
					default -> "organization";
				});
				this.out.writeStringProperty("x_mm_actor_kind", kind.toLowerCase(Locale.ROOT));
				this.out.writeArrayPropertyStart("external_references");
				dashboardReference("/actors/" + slug, slug);
				this.out.writeEndArray();
				this.out.writeEndObject();
			}
			return id;
		}

		private void note(String id, ClaimNote claim, String abstractText, Iterable<String> refs) {
			start("note", id, claim.created(), later(claim.created(), claim.modified()), true);
			this.out.writeNumberProperty("confidence", switch (claim.confidence()) {
				case "HIGH" -> 85;
				case "MODERATE" -> 50;
				default -> 15;
			});
			this.out.writeArrayPropertyStart("labels");
			this.out.writeString(claim.position().toLowerCase(Locale.ROOT));
			this.out.writeEndArray();
			if (abstractText != null) {
				this.out.writeStringProperty("abstract", abstractText);
			}
			this.out.writeStringProperty("content", claim.quote());
			if (claim.claimant() != null) {
				this.out.writeArrayPropertyStart("authors");
				this.out.writeString(claim.claimant());
				this.out.writeEndArray();
			}
			this.out.writeArrayPropertyStart("object_refs");
			refs.forEach(this.out::writeString);
			this.out.writeEndArray();
			this.out.writeStringProperty("x_mm_claim_ref", claim.ref());
			this.out.writeArrayPropertyStart("external_references");
			if (claim.sourceTitle() != null) {
				this.out.writeStartObject();
				this.out.writeStringProperty("source_name", claim.sourceTitle());
				if (claim.sourceUrl() != null && claim.sourceUrl().matches("^[a-z][a-z0-9+.-]*://\\S+$")) {
					this.out.writeStringProperty("url", claim.sourceUrl());
				}
				else {
					this.out.writeStringProperty("description", claim.sourceTitle());
				}
				this.out.writeEndObject();
			}
			this.out.writeEndArray();
			this.out.writeEndObject();
		}

		/** Opens an object with the common properties. */
		private void start(String type, String id, Instant created, Instant modified, boolean byCreator) {
			this.out.writeStartObject();
			this.out.writeStringProperty("type", type);
			this.out.writeStringProperty("spec_version", "2.1");
			this.out.writeStringProperty("id", id);
			if (byCreator) {
				this.out.writeStringProperty("created_by_ref", CREATOR);
			}
			this.out.writeStringProperty("created", StixIds.timestamp(created));
			this.out.writeStringProperty("modified", StixIds.timestamp(later(created, modified)));
		}

		private void dashboardReference(String path, String externalId) {
			this.out.writeStartObject();
			this.out.writeStringProperty("source_name", StixFormat.SOURCE_NAME);
			this.out.writeStringProperty("url", this.baseUrl + path);
			this.out.writeStringProperty("external_id", externalId);
			this.out.writeEndObject();
		}

		private Instant orGroup(Instant instant) {
			return (instant != null) ? instant : this.group.created();
		}

	}

	/** A group-level note being gathered. */
	private static final class Note {

		final ClaimNote claim;

		final Set<String> refs = new LinkedHashSet<>();

		String abstractText;

		Note(ClaimNote claim) {
			this.claim = claim;
		}

	}

	static String relationshipId(String fromSlug, String type, String toSlug) {
		return StixIds.id("relationship", "group/" + fromSlug + "/" + relationshipType(type) + "/" + toSlug);
	}

	/**
	 * The dashboard's relationship type as a STIX relationship_type: lower case, hyphens.
	 */
	static String relationshipType(String type) {
		return type.toLowerCase(Locale.ROOT).replace('_', '-');
	}

	private static ClaimNote claim(ResultSet rs) throws SQLException {
		Instant created = instant(rs, "claim_created");
		Instant changed = instant(rs, "claim_changed");
		return new ClaimNote(rs.getString("ref"), rs.getString("quote"), rs.getString("claimant_name"),
				rs.getString("position"), rs.getString("confidence"), rs.getString("source_title"),
				rs.getString("source_url"), created, (changed != null) ? changed : created);
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return (value == null || value.isNull()) ? null : value.asString();
	}

	private static String nonNull(String text, String otherwise) {
		return (text != null) ? text : otherwise;
	}

	private static String humanise(String constant) {
		String words = constant.toLowerCase(Locale.ROOT).replace('_', ' ');
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	private static String partial(LocalDate date, String precision) {
		return switch (precision) {
			case "YEAR" -> String.valueOf(date.getYear());
			case "MONTH" -> date.toString().substring(0, 7);
			default -> date.toString();
		};
	}

	private static Instant later(Instant created, Instant modified) {
		return (modified == null || modified.isBefore(created)) ? created : modified;
	}

	private static String startOf(LocalDate date) {
		return StixIds.timestamp(date.atStartOfDay().toInstant(ZoneOffset.UTC));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	private static LocalDate date(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, LocalDate.class);
	}

}
