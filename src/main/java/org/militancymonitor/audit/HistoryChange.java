package org.militancymonitor.audit;

import java.util.List;

/**
 * What one revision did to the record or to one of its parts.
 *
 * @param part the message key naming the kind of part ({@code history.part.<Entity>}),
 * {@code null} for the record itself
 * @param partId the part's id, {@code null} for the record itself
 * @param kind created, changed or deleted
 * @param fields the fields whose values the revision changed, in the entity's order
 */
public record HistoryChange(String part, Object partId, ChangeKind kind, List<FieldChange> fields) {

	public boolean isOfRecord() {
		return this.part == null;
	}

}
