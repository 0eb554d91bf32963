package org.militancymonitor.audit;

import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.criteria.AuditCriterion;

/**
 * The rows of another audited entity that belong to a record and whose changes its
 * history shows, such as an incident's actors: the entity and the property that refers to
 * the record.
 *
 * @param type the part's entity
 * @param property the property holding the record: an association or a column of its id
 * @param association whether the property is an association ({@code @ManyToOne}) rather
 * than a column of the id
 */
public record HistoryPart(Class<?> type, String property, boolean association) {

	/** The rows of {@code type} whose association {@code property} is the record. */
	public static HistoryPart referringBy(Class<?> type, String property) {
		return new HistoryPart(type, property, true);
	}

	/** The rows of {@code type} whose column {@code property} holds the record's id. */
	public static HistoryPart holdingIdIn(Class<?> type, String property) {
		return new HistoryPart(type, property, false);
	}

	AuditCriterion of(Object recordId) {
		return this.association ? AuditEntity.relatedId(this.property).eq(recordId)
				: AuditEntity.property(this.property).eq(recordId);
	}

}
