package org.militancymonitor.common;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * A group as another feature names and links it: a {@link NamedRow} of
 * {@code militant_group} with its short name.
 */
@MappedSuperclass
public abstract class NamedGroupRow extends NamedRow {

	private String shortName;

	/** When the group was retracted, or null while it is live. */
	@Column(name = "retracted_at")
	private Instant retractedAt;

	protected NamedGroupRow() {
	}

	/** Whether the group was retracted: lists that name groups leave it out. */
	public boolean isRetracted() {
		return this.retractedAt != null;
	}

	public String getShortName() {
		return this.shortName;
	}

	/** The short name if the group has one, else its name. */
	public String getDisplayName() {
		return (this.shortName != null) ? this.shortName : getName();
	}

}
