package org.militancymonitor.statement;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.militancymonitor.common.NamedGroupRow;

/**
 * A row of `militant_group` as the statement feature names and links it through
 * `statement_group`.
 */
@Entity
@Immutable
@Table(name = "militant_group")
public class ConcernedGroup extends NamedGroupRow {

	protected ConcernedGroup() {
	}

}
