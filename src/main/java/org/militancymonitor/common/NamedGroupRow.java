package org.militancymonitor.common;

import jakarta.persistence.MappedSuperclass;

/**
 * A group as another feature names and links it: a {@link NamedRow} of
 * {@code militant_group} with its short name.
 */
@MappedSuperclass
public abstract class NamedGroupRow extends NamedRow {

	private String shortName;

	protected NamedGroupRow() {
	}

	public String getShortName() {
		return this.shortName;
	}

	/** The short name if the group has one, else its name. */
	public String getDisplayName() {
		return (this.shortName != null) ? this.shortName : getName();
	}

}
