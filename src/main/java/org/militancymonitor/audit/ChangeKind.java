package org.militancymonitor.audit;

import org.hibernate.envers.RevisionType;

/**
 * What a revision did to a record or one of its parts.
 */
public enum ChangeKind {

	CREATED, CHANGED, DELETED;

	static ChangeKind of(RevisionType type) {
		return switch (type) {
			case ADD -> CREATED;
			case MOD -> CHANGED;
			case DEL -> DELETED;
		};
	}

}
