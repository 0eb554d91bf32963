package org.militancymonitor.audit;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.PersistenceUnitUtil;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.proxy.HibernateProxy;
import org.hibernate.proxy.LazyInitializer;
import org.militancymonitor.common.PartialDate;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.ReflectionUtils;

/**
 * A record's history from the audit: its revisions in order, each with when, who, why,
 * and the fields it changed against the revision before, for the record and for the parts
 * named (an incident's actors, a source's claims).
 * <p>
 * It costs one query for the record's revisions and one per kind of part (each joined to
 * its revisions), plus, for each revision read, one query per many-to-many collection the
 * entity maps (Envers loads a collection as of a revision on first use): an incident with
 * one revision costs three. References to other entities are shown by id and never
 * loaded. The audit is read here and written only by Envers, so this is the one class
 * outside the repositories that holds an {@code EntityManager}: Envers' reader needs it.
 */
@Component
public class History {

	private final EntityManager entityManager;

	private final PersistenceUnitUtil persistenceUnit;

	private final Map<Class<?>, List<Field>> fields = new ConcurrentHashMap<>();

	History(EntityManager entityManager) {
		this.entityManager = entityManager;
		this.persistenceUnit = entityManager.getEntityManagerFactory().getPersistenceUnitUtil();
	}

	/**
	 * The revisions of the record of {@code type} with {@code id} and of its
	 * {@code parts}, oldest first; empty when the audit holds none.
	 */
	@Transactional(readOnly = true)
	public List<HistoryEntry> of(Class<?> type, Object id, HistoryPart... parts) {
		AuditReader reader = AuditReaderFactory.get(this.entityManager);
		Map<Long, Revision> revisions = new HashMap<>();
		Map<Long, List<HistoryChange>> changes = new TreeMap<>();
		collect(reader.createQuery()
			.forRevisionsOfEntity(type, false, true)
			.add(AuditEntity.id().eq(id))
			.addOrder(AuditEntity.revisionNumber().asc())
			.getResultList(), type, false, revisions, changes);
		for (HistoryPart part : parts) {
			collect(reader.createQuery()
				.forRevisionsOfEntity(part.type(), false, true)
				.add(part.of(id))
				.addOrder(AuditEntity.revisionNumber().asc())
				.getResultList(), part.type(), true, revisions, changes);
		}
		List<HistoryEntry> entries = new ArrayList<>(changes.size());
		changes.forEach((number, made) -> {
			Revision revision = revisions.get(number);
			entries.add(new HistoryEntry(number, revision.getChangedAt().atOffset(ZoneOffset.UTC),
					revision.getUsername(), revision.getReason(), made));
		});
		return entries;
	}

	/**
	 * Adds the changes of each row of {@code rows} (an entity's revisions in order) to
	 * the revisions that made them, each against the row's revision before.
	 */
	private void collect(List<?> rows, Class<?> type, boolean part, Map<Long, Revision> revisions,
			Map<Long, List<HistoryChange>> changes) {
		Map<Object, Map<String, String>> previous = new HashMap<>();
		Map<Long, List<HistoryChange>> found = new HashMap<>();
		for (Object row : rows) {
			Object[] columns = (Object[]) row;
			Object entity = columns[0];
			Revision revision = (Revision) columns[1];
			ChangeKind kind = ChangeKind.of((RevisionType) columns[2]);
			Object id = this.persistenceUnit.getIdentifier(entity);
			Map<String, String> values = snapshot(entity, type);
			Map<String, String> before = previous.getOrDefault(id, Map.of());
			List<FieldChange> changed = new ArrayList<>();
			if (kind != ChangeKind.DELETED) {
				values.forEach((field, value) -> {
					String old = before.get(field);
					if (!Objects.equals(old, value)) {
						changed.add(new FieldChange(label(type, field), old, value));
					}
				});
			}
			previous.put(id, values);
			revisions.putIfAbsent(revision.getId(), revision);
			if (kind == ChangeKind.CHANGED && changed.isEmpty() && !part) {
				// a revision of a part alone (revision_on_collection_change): its part
				// says
				// what changed
				changes.computeIfAbsent(revision.getId(), (n) -> new ArrayList<>());
				continue;
			}
			found.computeIfAbsent(revision.getId(), (n) -> new ArrayList<>())
				.add(new HistoryChange(part ? "history.part." + type.getSimpleName() : null, part ? id : null, kind,
						changed));
		}
		found.forEach((number, made) -> {
			made.sort(Comparator.comparing((HistoryChange c) -> String.valueOf(c.partId())));
			changes.computeIfAbsent(number, (n) -> new ArrayList<>()).addAll(made);
		});
	}

	/** The message key of a field's label. */
	static String label(Class<?> type, String field) {
		return "history." + type.getSimpleName() + "." + field;
	}

	/** The audited fields of an entity and their values as text, in declaration order. */
	private Map<String, String> snapshot(Object entity, Class<?> type) {
		Map<String, String> values = new LinkedHashMap<>();
		for (Field field : auditedFields(type)) {
			values.put(field.getName(), text(ReflectionUtils.getField(field, entity)));
		}
		return values;
	}

	/**
	 * The fields whose changes a history shows: those Envers audits, less the id, the
	 * version and the inverse sides of one-to-many associations (their rows are parts).
	 */
	List<Field> auditedFields(Class<?> type) {
		return this.fields.computeIfAbsent(type, (t) -> {
			List<Field> found = new ArrayList<>();
			for (Class<?> c = t; c != null && c != Object.class; c = c.getSuperclass()) {
				List<Field> own = new ArrayList<>();
				for (Field field : c.getDeclaredFields()) {
					if (!Modifier.isStatic(field.getModifiers()) && !Modifier.isTransient(field.getModifiers())
							&& !field.isAnnotationPresent(Id.class) && !field.isAnnotationPresent(Version.class)
							&& !field.isAnnotationPresent(NotAudited.class)
							&& !field.isAnnotationPresent(Transient.class)
							&& !field.isAnnotationPresent(OneToMany.class)) {
						ReflectionUtils.makeAccessible(field);
						own.add(field);
					}
				}
				found.addAll(0, own);
			}
			return List.copyOf(found);
		});
	}

	/**
	 * A value as the history shows it: enums by name, dates in ISO 8601 (a partial date
	 * to its precision), other entities by id, collections as their sorted ids.
	 */
	private String text(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Enum<?> constant) {
			return constant.name();
		}
		if (value instanceof PartialDate date) {
			return partialDate(date);
		}
		if (value instanceof TemporalAccessor || value instanceof CharSequence || value instanceof Number
				|| value instanceof Boolean || value instanceof Character) {
			return value.toString();
		}
		if (value instanceof Collection<?> collection) {
			if (collection.isEmpty()) {
				return null;
			}
			return collection.stream()
				.map(this::text)
				.sorted(Comparator.comparing(String::length).thenComparing(Comparator.naturalOrder()))
				.collect(Collectors.joining(", "));
		}
		LazyInitializer proxy = HibernateProxy.extractLazyInitializer(value);
		if (proxy != null) {
			return String.valueOf(proxy.getInternalIdentifier());
		}
		if (value.getClass().isAnnotationPresent(Entity.class)) {
			return String.valueOf(this.persistenceUnit.getIdentifier(value));
		}
		return value.toString();
	}

	private static String partialDate(PartialDate date) {
		if (!date.isKnown()) {
			return null;
		}
		String iso = date.getDate().toString();
		return switch (date.getPrecision()) {
			case YEAR -> iso.substring(0, 4);
			case MONTH -> iso.substring(0, 7);
			default -> iso;
		};
	}

}
