package org.militancymonitor.sanctions;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;

import org.militancymonitor.sanctions.EntryTables.Change;
import org.militancymonitor.sanctions.EntryTables.ChangeKind;
import org.militancymonitor.sanctions.EntryTables.Stored;
import org.militancymonitor.sanctions.UnListEntry.FieldChange;
import org.militancymonitor.source.ListSources;
import org.militancymonitor.system.FormTokens;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a UN list, all of it or nothing, in one transaction, one import at a time.
 * <p>
 * The entries are always those of the newest list imported (by {@code dateGenerated}). A
 * newer list, or one generated at the same moment as the newest, is compared with them
 * entry by entry: an entry it adds, amends (the fields that differ, each with its values
 * before and after), no longer holds (delisted: absent from the newer list) or holds
 * again is recorded as the import's change set, and the entries take its values. The same
 * list again changes nothing and is recorded as such. A list generated before the newest
 * one imported is older news: it is recorded (file, date, counts) and changes nothing,
 * not the entries, not a designation, not a link.
 * <p>
 * A list that changed anything is a source (kind SANCTIONS_LIST, found by its slug when
 * the seed already cites it) that the designations it gives cite. The entries are then
 * linked to the dashboard's groups ({@link GroupLinks}), and each certain link keeps the
 * group's designation as the entry has it ({@link MatchDesignations}).
 */
@Component
class UnListImport {

	/** The advisory lock that keeps imports one at a time. */
	private static final long LOCK = 0x756e6c697374L;

	private final JdbcClient jdbc;

	private final EntryTables entries;

	private final GroupLinks links;

	private final MatchDesignations designations;

	private final ListSources sources;

	private final FormTokens tokens;

	UnListImport(JdbcClient jdbc, EntryTables entries, GroupLinks links, MatchDesignations designations,
			ListSources sources, FormTokens tokens) {
		this.jdbc = jdbc;
		this.entries = entries;
		this.links = links;
		this.designations = designations;
		this.sources = sources;
		this.tokens = tokens;
	}

	/**
	 * Imports the list, read from the named file by the named person. With a form's
	 * one-time token, a second submission of the same form imports nothing and is sent to
	 * the first one's result.
	 */
	@Transactional
	Outcome run(UnList list, String fileName, String importedBy, String formToken) {
		if (formToken != null) {
			Optional<String> earlier = this.tokens.take(formToken, importedBy);
			if (earlier.isPresent()) {
				return Outcome.earlier(earlier.get());
			}
		}
		// a whole list is written in this transaction: web requests' statement timeout is
		// not for it
		this.jdbc.sql("set local statement_timeout = 0").update();
		this.jdbc.sql("select pg_advisory_xact_lock(:lock)").param("lock", LOCK).query((rs, n) -> 1).list();
		OffsetDateTime newest = this.jdbc
			.sql("select max(date_generated) from sanctions_import where outcome <> 'OLDER'")
			.query(OffsetDateTime.class)
			.optional()
			.orElse(null);
		if (newest != null && list.dateGenerated().isBefore(newest)) {
			long id = record(list, fileName, importedBy, null, Kind.OLDER);
			return complete(formToken, new Outcome(id, Kind.OLDER, list, 0, 0, 0, 0, 0, 0, null));
		}
		Map<String, Stored> stored = this.entries.load();
		Plan plan = plan(list, stored);
		String sourceDate = sourceDate(list);
		String slug = "un-consolidated-list-" + sourceDate;
		String reason = "imported the UN Security Council Consolidated List generated " + list.dateGeneratedAsStated();
		Long sourceId = plan.isEmpty() ? existingSource(slug)
				: makeSource(list, fileName, importedBy, slug, sourceDate, reason);
		long importId = record(list, fileName, importedBy, sourceId, plan.isEmpty() ? Kind.UNCHANGED : Kind.APPLIED);
		Map<String, Long> ids = apply(plan, stored, importId);
		GroupLinks.Found found = this.links.find(list.entries(), ids, importId);
		List<Long> toKeep = this.jdbc.sql("""
				select m.id from sanctions_match m
				 where m.status = 'CONFIRMED'
				   and ((m.found_in_import_id = :import and m.designation_id is null) or m.entry_id in (:changed))
				""")
			.param("import", importId)
			.param("changed", plan.listingChanged(stored, ids))
			.query(Long.class)
			.list();
		LongSupplier source = new LongSupplier() {

			private Long id = sourceId;

			@Override
			public long getAsLong() {
				if (this.id == null) {
					this.id = makeSource(list, fileName, importedBy, slug, sourceDate, reason);
					UnListImport.this.jdbc.sql("update sanctions_import set source_id = :source where id = :id")
						.param("source", this.id)
						.param("id", importId)
						.update();
				}
				return this.id;
			}

		};
		this.designations.keep(toKeep, source, sourceDate, reason);
		this.jdbc.sql("""
				update sanctions_import set added = :added, amended = :amended, delisted = :delisted,
				       relisted = :relisted, linked = :linked, queued = :queued
				 where id = :id
				""")
			.param("added", plan.added().size())
			.param("amended", plan.amended().size())
			.param("delisted", plan.delisted().size())
			.param("relisted", plan.relisted().size())
			.param("linked", found.linked())
			.param("queued", found.queued())
			.param("id", importId)
			.update();
		return complete(formToken,
				new Outcome(importId, plan.isEmpty() ? Kind.UNCHANGED : Kind.APPLIED, list, plan.added().size(),
						plan.amended().size(), plan.delisted().size(), plan.relisted().size(), found.linked(),
						found.queued(), null));
	}

	private Outcome complete(String formToken, Outcome outcome) {
		if (formToken != null) {
			this.tokens.complete(formToken, "/sanctions/imports/" + outcome.importId());
		}
		return outcome;
	}

	/** What the list changes in the stored entries. */
	private static Plan plan(UnList list, Map<String, Stored> stored) {
		List<UnListEntry> added = new ArrayList<>();
		Map<String, List<FieldChange>> amended = new LinkedHashMap<>();
		Map<String, List<FieldChange>> relisted = new LinkedHashMap<>();
		Set<String> onList = new HashSet<>();
		Map<String, UnListEntry> byReference = new HashMap<>();
		for (UnListEntry entry : list.entries()) {
			onList.add(entry.referenceNumber());
			byReference.put(entry.referenceNumber(), entry);
			Stored before = stored.get(entry.referenceNumber());
			if (before == null) {
				added.add(entry);
				continue;
			}
			List<FieldChange> changes = before.entry().changesTo(entry);
			if (before.absent()) {
				relisted.put(entry.referenceNumber(), changes);
			}
			else if (!changes.isEmpty()) {
				amended.put(entry.referenceNumber(), changes);
			}
		}
		List<String> delisted = stored.values()
			.stream()
			.filter((s) -> !s.absent() && !onList.contains(s.entry().referenceNumber()))
			.map((s) -> s.entry().referenceNumber())
			.toList();
		return new Plan(added, amended, relisted, delisted, byReference);
	}

	/** Writes the plan; every entry's id by reference number, the new ones' included. */
	private Map<String, Long> apply(Plan plan, Map<String, Stored> stored, long importId) {
		Map<String, Long> ids = new HashMap<>();
		stored.forEach((reference, s) -> ids.put(reference, s.id()));
		List<Long> addedIds = this.entries.insert(plan.added(), importId);
		List<Change> changes = new ArrayList<>();
		for (int i = 0; i < addedIds.size(); i++) {
			ids.put(plan.added().get(i).referenceNumber(), addedIds.get(i));
			changes.add(new Change(addedIds.get(i), ChangeKind.ADDED, List.of()));
		}
		Map<Long, UnListEntry> updated = new LinkedHashMap<>();
		plan.amended().forEach((reference, fields) -> {
			updated.put(ids.get(reference), plan.byReference().get(reference));
			changes.add(new Change(ids.get(reference), ChangeKind.AMENDED, fields));
		});
		plan.relisted().forEach((reference, fields) -> {
			updated.put(ids.get(reference), plan.byReference().get(reference));
			changes.add(new Change(ids.get(reference), ChangeKind.RELISTED, fields));
		});
		this.entries.update(updated);
		List<Long> delisted = plan.delisted().stream().map(ids::get).toList();
		this.entries.markAbsent(delisted, importId);
		delisted.forEach((id) -> changes.add(new Change(id, ChangeKind.DELISTED, List.of())));
		this.entries.recordChanges(importId, changes);
		return ids;
	}

	/** The list's source when there is one already (the same list imported before). */
	private Long existingSource(String slug) {
		return this.jdbc.sql("select id from source where slug = :slug")
			.param("slug", slug)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	private long makeSource(UnList list, String fileName, String importedBy, String slug, String sourceDate,
			String reason) {
		return this.sources.findOrMake(slug,
				"United Nations Security Council Consolidated List (generated " + sourceDate + ")",
				"United Nations Security Council", LocalDate.parse(sourceDate), fileName,
				"dateGenerated=\"" + list.dateGeneratedAsStated() + "\". Imported by " + importedBy + ": "
						+ list.individuals() + " individuals, " + list.entities() + " entities.",
				reason);
	}

	private long record(UnList list, String fileName, String importedBy, Long sourceId, Kind kind) {
		return this.jdbc.sql("""
				insert into sanctions_import (file_name, sha256, date_generated, date_generated_as_stated, imported_by,
				                              source_id, outcome, individuals, entities)
				values (:file, :sha, :generated, :generatedAsStated, :by, :source, :outcome, :individuals, :entities)
				returning id
				""")
			.param("file", fileName)
			.param("sha", list.sha256())
			.param("generated", list.dateGenerated())
			.param("generatedAsStated", list.dateGeneratedAsStated())
			.param("by", importedBy)
			.param("source", sourceId)
			.param("outcome", kind.name())
			.param("individuals", list.individuals())
			.param("entities", list.entities())
			.query(Long.class)
			.single();
	}

	/** The list's date as its file writes it, which names its source. */
	private static String sourceDate(UnList list) {
		return list.dateGenerated().toLocalDate().toString();
	}

	/** What an import did. */
	enum Kind {

		APPLIED, UNCHANGED, OLDER, EARLIER_SUBMISSION

	}

	/**
	 * What an import did, with its counts; for a second submission of the same form,
	 * where the first one's result is.
	 */
	record Outcome(long importId, Kind kind, UnList list, int added, int amended, int delisted, int relisted,
			int linked, int queued, String earlierResult) {

		static Outcome earlier(String url) {
			return new Outcome(0, Kind.EARLIER_SUBMISSION, null, 0, 0, 0, 0, 0, 0, url);
		}

	}

	/** The changes a list makes, by reference number. */
	private record Plan(List<UnListEntry> added, Map<String, List<FieldChange>> amended,
			Map<String, List<FieldChange>> relisted, List<String> delisted, Map<String, UnListEntry> byReference) {

		boolean isEmpty() {
			return this.added.isEmpty() && this.amended.isEmpty() && this.relisted.isEmpty() && this.delisted.isEmpty();
		}

		/**
		 * The entries whose listing changed (listed on, delisted on, on or off the list):
		 * their groups' designations follow; never empty, for SQL's {@code in}.
		 */
		List<Long> listingChanged(Map<String, Stored> stored, Map<String, Long> ids) {
			List<Long> changed = new ArrayList<>();
			changed.add(-1L);
			this.delisted.forEach((reference) -> changed.add(ids.get(reference)));
			this.relisted.keySet().forEach((reference) -> changed.add(ids.get(reference)));
			this.amended.forEach((reference, fields) -> {
				if (fields.stream()
					.anyMatch(
							(f) -> Objects.equals(f.field(), "listedOn") || Objects.equals(f.field(), "delistedOn"))) {
					changed.add(ids.get(reference));
				}
			});
			return changed;
		}

	}

}
