package org.militancymonitor.stix;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.militancymonitor.claim.ClaimLine;
import org.militancymonitor.claim.ClaimPosition;
import org.militancymonitor.claim.ClaimantKind;
import org.militancymonitor.claim.Confidence;
import org.militancymonitor.claim.Parties;
import org.militancymonitor.claim.Party;
import org.militancymonitor.group.RelationshipDirection;
import org.militancymonitor.group.RelationshipForm;
import org.militancymonitor.group.RelationshipType;
import org.militancymonitor.incident.ActorNameQueue;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a STIX 2.1 bundle's threat actors, intrusion sets and the relationships between
 * them, in one transaction: a refused bundle leaves nothing behind. Each actor is
 * resolved to a group through the crosswalk (dataset STIX, by its object id), then as one
 * of the dashboard's own exported objects (its id is the group's, {@link StixIds}), then
 * by its name and aliases; an actor resolved by none of them is queued for an editor in
 * the imports' queue of actor names ({@link ActorNameQueue}), whose decision a later
 * import reuses, and never made a group. A relationship between two resolved groups, of a
 * type the dashboard knows, arrives as a draft for review with a claim citing the bundle
 * (a source of its own), unless a live relationship or a draft already holds it. The same
 * bundle (the same bytes) is imported once.
 */
@Service
class StixImports {

	/** The actor types the import reads. */
	static final Set<String> ACTORS = Set.of("threat-actor", "intrusion-set");

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Parties parties;

	private final ActorNameQueue queue;

	StixImports(JdbcClient jdbc, JsonMapper json, Parties parties, ActorNameQueue queue) {
		this.jdbc = jdbc;
		this.json = json;
		this.parties = parties;
		this.queue = queue;
	}

	/** A bundle refused, with the message key and its arguments. */
	static final class RefusedException extends RuntimeException {

		private final String code;

		private final Object[] args;

		RefusedException(String code, Object... args) {
			super(code);
			this.code = code;
			this.args = args;
		}

		String code() {
			return this.code;
		}

		Object[] args() {
			return this.args;
		}

	}

	/** An import: its id, and whether the same bundle had been imported before. */
	record Outcome(long id, boolean repeated) {
	}

	/** What an import read and did, for its page. */
	record Report(long id, String fileName, String bundleId, String importedBy, java.time.Instant createdAt,
			String sourceSlug, int actors, int actorsResolved, int actorsQueued, int relationships,
			int relationshipsProposed, int relationshipsPresent, int relationshipsSkipped, List<Actor> actorList) {
	}

	/** One actor of an import and what it resolved to. */
	record Actor(String stixId, String name, String groupSlug, String groupName, String resolvedBy) {
	}

	private record Resolved(Long groupId, String by) {
	}

	@Transactional
	Outcome importBundle(byte[] bytes, String fileName, String user) {
		JsonNode bundle = parse(bytes);
		String digest = sha256(bytes);
		Optional<Long> earlier = this.jdbc.sql("select id from stix_import where digest = :d")
			.param("d", digest)
			.query(Long.class)
			.optional();
		if (earlier.isPresent()) {
			return new Outcome(earlier.get(), true);
		}
		String bundleId = bundle.get("id").asString();
		long id = this.jdbc.sql("""
				insert into stix_import (file_name, bundle_id, digest, imported_by)
				values (:file, :bundle, :digest, :user) returning id""")
			.param("file", fileName)
			.param("bundle", bundleId)
			.param("digest", digest)
			.param("user", user)
			.query(Long.class)
			.single();
		long rev = this.jdbc.sql("""
				insert into revision (changed_at, username, reason) values (now(), :user, :reason) returning id""")
			.param("user", user)
			.param("reason", "STIX bundle " + fileName + " imported (import " + id + ")")
			.query(Long.class)
			.single();
		String sourceSlug = "stix-import-" + id;
		long sourceId = this.jdbc.sql("""
				insert into source (slug, title, kind, published_precision, document_ref, notes)
				values (:slug, :title, 'DATASET', 'UNKNOWN', :file, :notes) returning id""")
			.param("slug", sourceSlug)
			.param("title", "STIX 2.1 bundle " + fileName + " (" + bundleId + ", import " + id + ")")
			.param("file", fileName)
			.param("notes",
					"Imported by " + user + " (STIX import " + id + "). The relationships it gave between "
							+ "groups are drafts for review, each with a claim quoting the bundle.")
			.query(Long.class)
			.single();
		this.jdbc.sql("""
				insert into source_aud (rev, revtype, id, slug, title, publisher, kind, published_on,
				                        published_precision, dateline, url, reliability, document_ref, notes,
				                        retracted_at, retracted_by, retraction_reason)
				select :rev, 0, s.id, s.slug, s.title, s.publisher, s.kind, s.published_on, s.published_precision,
				       s.dateline, s.url, s.reliability, s.document_ref, s.notes, s.retracted_at, s.retracted_by,
				       s.retraction_reason
				  from source s where s.id = :id""").param("rev", rev).param("id", sourceId).update();

		Map<String, Long> ownIds = new HashMap<>();
		this.jdbc.sql("select id, slug from militant_group where retracted_at is null")
			.query((rs, n) -> ownIds.put(StixIds.group(rs.getString("slug")), rs.getLong("id")))
			.list();
		Map<String, Long> groups = new LinkedHashMap<>();
		int actors = 0;
		int resolvedCount = 0;
		for (JsonNode object : bundle.get("objects")) {
			if (!ACTORS.contains(object.get("type").asString())) {
				continue;
			}
			String stixId = object.get("id").asString();
			String name = object.get("name").asString().strip();
			Resolved resolved = resolve(object, stixId, name, ownIds);
			actors++;
			if (resolved.groupId() != null) {
				resolvedCount++;
				groups.put(stixId, resolved.groupId());
			}
			this.jdbc.sql("""
					insert into stix_import_actor (import_id, stix_id, name, group_id, resolved_by)
					values (:import, :stix, :name, :group, :by) on conflict do nothing""")
				.param("import", id)
				.param("stix", stixId)
				.param("name", name)
				.param("group", resolved.groupId())
				.param("by", resolved.by())
				.update();
		}

		int relationships = 0;
		int proposed = 0;
		int present = 0;
		int skipped = 0;
		Set<String> seen = new HashSet<>();
		for (JsonNode object : bundle.get("objects")) {
			if (!object.get("type").asString().equals("relationship")) {
				continue;
			}
			String sourceRef = object.path("source_ref").asString("");
			String targetRef = object.path("target_ref").asString("");
			if (!isActorRef(sourceRef) || !isActorRef(targetRef)) {
				continue;
			}
			relationships++;
			Long from = groups.get(sourceRef);
			Long to = groups.get(targetRef);
			RelationshipType type = type(object.path("relationship_type").asString(""));
			if (from == null || to == null || from.equals(to) || type == null) {
				skipped++;
				continue;
			}
			if (!seen.add(from + "/" + type + "/" + to) || held(from, to, type)) {
				present++;
				continue;
			}
			draft(from, to, type, object, sourceSlug, user);
			proposed++;
		}
		this.jdbc.sql("""
				update stix_import set source_id = :source, actors = :actors, actors_resolved = :resolved,
				       actors_queued = :queued, relationships = :relationships, relationships_proposed = :proposed,
				       relationships_present = :present, relationships_skipped = :skipped
				 where id = :id""")
			.param("source", sourceId)
			.param("actors", actors)
			.param("resolved", resolvedCount)
			.param("queued", actors - resolvedCount)
			.param("relationships", relationships)
			.param("proposed", proposed)
			.param("present", present)
			.param("skipped", skipped)
			.param("id", id)
			.update();
		return new Outcome(id, false);
	}

	Optional<Report> find(long id) {
		List<Actor> actors = this.jdbc.sql("""
				select a.stix_id, a.name, g.slug, g.name as group_name, a.resolved_by
				  from stix_import_actor a left join militant_group g on g.id = a.group_id
				 where a.import_id = :id order by a.name, a.stix_id""")
			.param("id", id)
			.query((rs, n) -> new Actor(rs.getString("stix_id"), rs.getString("name"), rs.getString("slug"),
					rs.getString("group_name"), rs.getString("resolved_by")))
			.list();
		return this.jdbc.sql("""
				select i.*, s.slug as source_slug from stix_import i left join source s on s.id = i.source_id
				 where i.id = :id""")
			.param("id", id)
			.query((rs, n) -> new Report(rs.getLong("id"), rs.getString("file_name"), rs.getString("bundle_id"),
					rs.getString("imported_by"), rs.getTimestamp("created_at").toInstant(), rs.getString("source_slug"),
					rs.getInt("actors"), rs.getInt("actors_resolved"), rs.getInt("actors_queued"),
					rs.getInt("relationships"), rs.getInt("relationships_proposed"), rs.getInt("relationships_present"),
					rs.getInt("relationships_skipped"), actors))
			.optional();
	}

	/** The latest imports, newest first. */
	List<Report> recent(int limit) {
		return this.jdbc.sql("select id from stix_import order by id desc limit :limit")
			.param("limit", limit)
			.query(Long.class)
			.list()
			.stream()
			.map((i) -> find(i).orElseThrow())
			.toList();
	}

	/**
	 * The bundle, checked: a JSON object of type bundle, STIX 2.1, its objects typed and
	 * identified.
	 */
	private JsonNode parse(byte[] bytes) {
		JsonNode bundle;
		try {
			bundle = this.json.readTree(bytes);
		}
		catch (JacksonException ex) {
			throw new RefusedException("stixImport.refused.malformed", ex.getOriginalMessage());
		}
		if (bundle == null || !bundle.isObject() || !"bundle".equals(bundle.path("type").asString(null))
				|| !bundle.path("id").isString() || !bundle.path("id").asString().startsWith("bundle--")
				|| !bundle.path("objects").isArray()) {
			throw new RefusedException("stixImport.refused.notBundle");
		}
		if (bundle.has("spec_version")) {
			// a STIX 2.0 bundle names its version on the bundle; 2.1 only on its objects
			throw new RefusedException("stixImport.refused.version", bundle.get("spec_version").asString());
		}
		for (JsonNode object : bundle.get("objects")) {
			if (!object.isObject() || !object.path("type").isString() || !object.path("id").isString()
					|| !object.get("id").asString().startsWith(object.get("type").asString() + "--")) {
				throw new RefusedException("stixImport.refused.object");
			}
			String version = object.path("spec_version").asString(null);
			if (!StixFormat.SPEC_VERSION.equals(version)) {
				throw new RefusedException("stixImport.refused.version", (version != null) ? version : "—");
			}
			if (ACTORS.contains(object.get("type").asString())) {
				String name = object.path("name").isString() ? object.get("name").asString().strip() : "";
				if (name.isEmpty() || name.length() > 300) {
					throw new RefusedException("stixImport.refused.actorName", object.get("id").asString());
				}
			}
		}
		return bundle;
	}

	private Resolved resolve(JsonNode object, String stixId, String name, Map<String, Long> ownIds) {
		Optional<Long> crosswalk = this.jdbc.sql("""
				select x.group_id from group_external_name x join militant_group g on g.id = x.group_id
				 where x.dataset = 'STIX' and x.external_id = :id and x.retracted_at is null
				   and g.retracted_at is null""").param("id", stixId).query(Long.class).optional();
		if (crosswalk.isPresent()) {
			return new Resolved(crosswalk.get(), "CROSSWALK");
		}
		if (ownIds.containsKey(stixId)) {
			return new Resolved(ownIds.get(stixId), "DASHBOARD_ID");
		}
		Set<String> names = new LinkedHashSet<>();
		names.add(name);
		object.path("aliases").forEach((a) -> {
			if (a.isString() && !a.asString().isBlank() && a.asString().length() <= 300) {
				names.add(a.asString().strip());
			}
		});
		Set<Long> found = new LinkedHashSet<>();
		for (String each : names) {
			for (Party party : this.parties.find(each, Set.of(Party.Kind.GROUP))) {
				if (ownIds.containsValue(party.id())) {
					found.add(party.id());
				}
			}
		}
		if (found.size() == 1) {
			return new Resolved(found.iterator().next(), "NAME");
		}
		Optional<Long> decided = this.queue.mappedGroupOrQueue(name);
		if (decided.isPresent()) {
			return new Resolved(decided.get(), "QUEUE");
		}
		return new Resolved(null, found.isEmpty() ? "QUEUED" : "AMBIGUOUS");
	}

	/** Whether a live relationship or a draft or pending one already holds it. */
	private boolean held(long from, long to, RelationshipType type) {
		return this.jdbc
			.sql("""
					select exists (select 1 from group_relationship r
					                where r.from_group_id = :from and r.to_group_id = :to and r.type = :type
					                  and r.retracted_at is null)
					    or exists (select 1 from pending_revision p
					                where p.kind = 'relationship' and p.record_id is null
					                  and p.status in ('DRAFT', 'PENDING')
					                  and p.payload ->> 'type' = :type
					                  and ((p.payload ->> 'direction' = 'OUTGOING'
					                        and (p.payload ->> 'groupId')::bigint = :from
					                        and p.payload ->> 'otherGroup' = (select name from militant_group where id = :to))
					                    or (p.payload ->> 'direction' = 'INCOMING'
					                        and (p.payload ->> 'groupId')::bigint = :to
					                        and p.payload ->> 'otherGroup' = (select name from militant_group where id = :from))))""")
			.param("from", from)
			.param("to", to)
			.param("type", type.name())
			.query(Boolean.class)
			.single();
	}

	private void draft(long from, long to, RelationshipType type, JsonNode object, String sourceSlug, String user) {
		Map<String, Object> fromGroup = this.jdbc.sql("select name from militant_group where id = :id")
			.param("id", from)
			.query()
			.singleRow();
		String toName = this.jdbc.sql("select name from militant_group where id = :id")
			.param("id", to)
			.query(String.class)
			.single();
		RelationshipForm form = new RelationshipForm();
		form.setGroupId(from);
		form.setGroupName((String) fromGroup.get("name"));
		form.setDirection(RelationshipDirection.OUTGOING);
		form.setOtherGroup(toName);
		form.setType(type);
		String description = object.path("description").asString(null);
		if (description != null && !description.isBlank() && description.length() <= 4000) {
			form.setDescription(description);
		}
		ClaimLine claim = new ClaimLine();
		claim.setSource(sourceSlug);
		claim.setQuote(quote(object, description));
		claim.setClaimantKind(ClaimantKind.SOURCE);
		claim.setPosition(ClaimPosition.ASSERTS);
		claim.setConfidence(confidence(object.path("confidence")));
		form.setClaims(List.of(claim));
		this.jdbc.sql("""
				insert into pending_revision (kind, payload, editor, status)
				values ('relationship', cast(:payload as jsonb), :editor, 'DRAFT')""")
			.param("payload", this.json.writeValueAsString(form))
			.param("editor", user)
			.update();
	}

	/**
	 * What the bundle says, verbatim: the relationship's description when it has one that
	 * fits a quote, else its type between its two ends as the bundle writes them.
	 */
	private static String quote(JsonNode object, String description) {
		if (description != null && !description.isBlank() && description.length() <= 1200) {
			return description;
		}
		return "\"source_ref\": \"" + object.path("source_ref").asString() + "\", \"relationship_type\": \""
				+ object.path("relationship_type").asString() + "\", \"target_ref\": \""
				+ object.path("target_ref").asString() + "\"";
	}

	/**
	 * STIX's 0–100 confidence on the dashboard's three levels (the spec's High/Medium/Low
	 * scale).
	 */
	private static Confidence confidence(JsonNode value) {
		if (!value.isInt()) {
			return Confidence.LOW;
		}
		int confidence = value.asInt();
		return (confidence >= 70) ? Confidence.HIGH : (confidence >= 30) ? Confidence.MODERATE : Confidence.LOW;
	}

	/**
	 * The dashboard's type for a STIX relationship_type its export writes; null for any
	 * other.
	 */
	static RelationshipType type(String relationshipType) {
		String constant = relationshipType.toUpperCase(Locale.ROOT).replace('-', '_');
		for (RelationshipType type : RelationshipType.values()) {
			if (type.name().equals(constant)) {
				return type;
			}
		}
		return null;
	}

	private static boolean isActorRef(String ref) {
		return ref.startsWith("threat-actor--") || ref.startsWith("intrusion-set--");
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
