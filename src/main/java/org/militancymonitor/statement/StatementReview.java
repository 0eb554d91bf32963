package org.militancymonitor.statement;

import java.util.Map;

import org.militancymonitor.audit.Changes;
import org.militancymonitor.review.PendingRevision;
import org.militancymonitor.review.Proposals;
import org.militancymonitor.review.ReviewException;
import org.militancymonitor.review.ReviewItem;
import org.militancymonitor.review.ReviewKind;
import org.militancymonitor.system.NotFoundException;

import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

/**
 * Statements in review: a new statement is a draft until submitted and goes live, with
 * its groups, states and claim, when a second person approves it; an edit of a statement
 * waits as a pending revision with its reason.
 */
@Component
class StatementReview implements ReviewKind {

	static final String KIND = "statement";

	private final StatementRepository statements;

	private final StatementEditor editor;

	private final Proposals proposals;

	private final Changes changes;

	StatementReview(StatementRepository statements, StatementEditor editor, Proposals proposals, Changes changes) {
		this.statements = statements;
		this.editor = editor;
		this.proposals = proposals;
		this.changes = changes;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public String labelKey() {
		return "review.kind.statement";
	}

	@Override
	public ReviewItem describe(long recordId) {
		return this.statements.findById(recordId)
			.map((s) -> new ReviewItem(KIND, recordId, s.getSummary(), url(recordId), null, null, null))
			.orElse(null);
	}

	@Override
	public String title(String payload) {
		return form(payload).getSummary();
	}

	@Override
	public String editUrl(PendingRevision revision) {
		return "/statements/new?draft=" + revision.getId();
	}

	@Override
	public Map<String, String> currentValues(long recordId) {
		return this.editor.form(recordId).orElseThrow(() -> new NotFoundException(KIND, recordId)).describe();
	}

	@Override
	public Map<String, String> proposedValues(String payload) {
		return form(payload).describe();
	}

	/**
	 * Resolves the revision's names again, as groups, states, reports or claims may have
	 * changed since it was saved, and makes or changes the statement with them.
	 */
	@Override
	public long apply(PendingRevision revision, String reviewer) {
		StatementForm form = this.proposals.form(revision, StatementForm.class);
		Errors errors = new BeanPropertyBindingResult(form, "form");
		StatementParts parts = this.editor.resolve(form, revision.getRecordId(), errors);
		if (parts == null) {
			throw new ReviewException("review.refused.revisionInvalid", errors.getAllErrors().toString());
		}
		if (revision.getRecordId() == null) {
			return this.changes.because("approved new statement (revision " + revision.getId() + ")",
					() -> this.statements.saveAndFlush(Statement.of(form, parts)).getId());
		}
		Statement statement = statement(revision.getRecordId());
		this.changes.because(
				"approved revision " + revision.getId() + " by " + revision.getEditor() + ": " + revision.getReason(),
				() -> {
					statement.update(form, parts);
					this.statements.flush();
				});
		return statement.getId();
	}

	@Override
	public int currentVersion(long recordId) {
		return statement(recordId).getVersion();
	}

	@Override
	public boolean isRetracted(long recordId) {
		return statement(recordId).isRetracted();
	}

	static String url(long id) {
		return "/statements/" + id;
	}

	private Statement statement(long id) {
		return this.statements.findById(id).orElseThrow(() -> new NotFoundException(KIND, id));
	}

	private StatementForm form(String payload) {
		return this.proposals.form(payload, StatementForm.class);
	}

}
