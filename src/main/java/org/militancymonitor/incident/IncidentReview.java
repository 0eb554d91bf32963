package org.militancymonitor.incident;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.militancymonitor.review.PendingRevision;
import org.militancymonitor.review.ReviewItem;
import org.militancymonitor.review.ReviewKind;
import org.militancymonitor.system.NotFoundException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Incidents in the review queue: the submitted drafts, and what a pending revision of a
 * published incident would change.
 */
@Component
class IncidentReview implements ReviewKind {

	private static final int TITLE_LENGTH = 120;

	private final JdbcClient jdbc;

	private final IncidentEditor editor;

	private final JsonMapper json;

	IncidentReview(JdbcClient jdbc, IncidentEditor editor, JsonMapper json) {
		this.jdbc = jdbc;
		this.editor = editor;
		this.json = json;
	}

	@Override
	public String kind() {
		return IncidentEditor.KIND;
	}

	@Override
	public String labelKey() {
		return "review.kind.incident";
	}

	@Override
	public List<ReviewItem> submitted() {
		return this.jdbc.sql("""
				select id, summary, submitted_by, submitted_at from incident
				 where status = 'SUBMITTED' order by submitted_at, id
				""")
			.query((rs, n) -> new ReviewItem(kind(), rs.getLong("id"), shorten(rs.getString("summary")),
					IncidentEditor.url(rs.getLong("id")), rs.getString("submitted_by"),
					rs.getObject("submitted_at", OffsetDateTime.class).toInstant(), null))
			.list();
	}

	@Override
	public long countSubmitted() {
		return this.jdbc.sql("select count(*) from incident where status = 'SUBMITTED'").query(Long.class).single();
	}

	@Override
	public ReviewItem describe(long recordId) {
		return this.jdbc.sql("select summary from incident where id = :id")
			.param("id", recordId)
			.query(String.class)
			.optional()
			.map((summary) -> new ReviewItem(kind(), recordId, shorten(summary), IncidentEditor.url(recordId), null,
					(Instant) null, null))
			.orElse(null);
	}

	@Override
	public Map<String, String> currentValues(long recordId) {
		return this.editor.form(recordId).orElseThrow(() -> new NotFoundException(kind(), recordId)).describe();
	}

	@Override
	public Map<String, String> proposedValues(String payload) {
		return this.json.readValue(payload, IncidentForm.class).describe();
	}

	@Override
	public String title(String payload) {
		return shorten(this.json.readValue(payload, IncidentForm.class).getSummary());
	}

	/** Incidents' drafts are rows of their own, edited on the incident's form. */
	@Override
	public String editUrl(PendingRevision revision) {
		return (revision.getRecordId() != null) ? IncidentEditor.url(revision.getRecordId()) + "/edit"
				: "/incidents/new";
	}

	@Override
	public long apply(PendingRevision revision, String reviewer) {
		this.editor.applyRevision(revision);
		return revision.getRecordId();
	}

	@Override
	public int currentVersion(long recordId) {
		return this.jdbc.sql("select version from incident where id = :id")
			.param("id", recordId)
			.query(Integer.class)
			.optional()
			.orElseThrow(() -> new NotFoundException(kind(), recordId));
	}

	private static String shorten(String summary) {
		if (summary == null) {
			return "";
		}
		return (summary.length() <= TITLE_LENGTH) ? summary : summary.substring(0, TITLE_LENGTH - 1) + "…";
	}

}
