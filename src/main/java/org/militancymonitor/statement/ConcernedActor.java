package org.militancymonitor.statement;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.militancymonitor.common.NamedRow;

/**
 * A row of `actor` as the statement feature names and links it through `statement_actor`.
 */
@Entity
@Immutable
@Table(name = "actor")
public class ConcernedActor extends NamedRow {

	protected ConcernedActor() {
	}

}
