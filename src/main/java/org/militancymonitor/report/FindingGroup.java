package org.militancymonitor.report;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.militancymonitor.common.NamedGroupRow;

/**
 * A row of `militant_group` as the report feature names and links it through
 * `finding_group`.
 */
@Entity
@Immutable
@Table(name = "militant_group")
public class FindingGroup extends NamedGroupRow {

	protected FindingGroup() {
	}

}
