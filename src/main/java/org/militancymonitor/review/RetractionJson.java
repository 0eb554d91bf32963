package org.militancymonitor.review;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A record's retraction as the API writes it: who withdrew it, when and why.
 */
@Schema(name = "Retraction", description = "Who withdrew a record, when and why; the record stays, marked retracted")
public record RetractionJson(String retractedBy, Instant retractedAt, String reason) {

	/** The retraction, or null while the record is live. */
	public static RetractionJson of(Retraction retraction) {
		return (retraction != null && retraction.getRetractedAt() != null)
				? new RetractionJson(retraction.getRetractedBy(), retraction.getRetractedAt(), retraction.getReason())
				: null;
	}

}
