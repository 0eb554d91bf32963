package org.militancymonitor.statement;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.militancymonitor.claim.Claim;
import org.militancymonitor.claim.ClaimLine;
import org.militancymonitor.claim.ClaimLines;
import org.militancymonitor.claim.Parties;
import org.militancymonitor.claim.Party;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Resolves what a statement's form names (the state or organisation, the official, the
 * report, the statement answered, the groups and states concerned, the claim) into the
 * parts of a statement, each name that fits nothing or several a field error beside its
 * field: once when the form is saved, and again when a second person approves it, as the
 * data may have changed meanwhile.
 */
@Component
class StatementEditor {

	private final StatementRepository statements;

	private final StatementQueries queries;

	private final Parties parties;

	private final ClaimLines claimLines;

	StatementEditor(StatementRepository statements, StatementQueries queries, Parties parties, ClaimLines claimLines) {
		this.statements = statements;
		this.queries = queries;
		this.parties = parties;
		this.claimLines = claimLines;
	}

	/** The form of the statement as it is now. */
	@Transactional(readOnly = true)
	Optional<StatementForm> form(long id) {
		return this.statements.findById(id).map(StatementForm::of);
	}

	/** Checks a form: its field rules and every name it holds, as field errors. */
	@Transactional(readOnly = true)
	void check(StatementForm form, Long statementId, Errors errors) {
		resolve(form, statementId, errors);
	}

	/**
	 * The parts the form's names resolve to (within the caller's transaction), or null
	 * with field errors when any is wrong. A new claim is made, not saved: it is saved
	 * with the statement.
	 * @param statementId the statement the form edits, or {@code null} for a new one
	 */
	StatementParts resolve(StatementForm form, Long statementId, Errors errors) {
		form.quoteStatementInNewClaim();
		form.validate(errors);
		Long actorId = one(form.getActor(), Party.Kind.ACTOR, "actor", "statementForm.actor", errors);
		Long personId = blank(form.getSpeaker()) ? null
				: one(form.getSpeaker(), Party.Kind.PERSON, "speaker", "statementForm.speaker", errors);
		Long reportId = null;
		if (!blank(form.getRespondsToReport()) && !errors.hasFieldErrors("respondsToReport")) {
			reportId = this.queries.reportIdBySlug(form.getRespondsToReport()).orElse(null);
			if (reportId == null) {
				errors.rejectValue("respondsToReport", "statementForm.respondsToReport.unknown");
			}
		}
		Statement answered = null;
		if (form.getRespondsToStatement() != null && !errors.hasFieldErrors("respondsToStatement")) {
			answered = this.statements.findById(form.getRespondsToStatement())
				.filter((s) -> !s.getId().equals(statementId))
				.orElse(null);
			if (answered == null) {
				errors.rejectValue("respondsToStatement", "statementForm.respondsToStatement.unknown");
			}
		}
		Set<Long> groupIds = ids(form.getGroups(), Party.Kind.GROUP, "groups", "statementForm.group", errors);
		Set<Long> actorIds = ids(form.getConcernedActors(), Party.Kind.ACTOR, "concernedActors",
				"statementForm.concernedActor", errors);
		List<Claim> claims = this.claimLines.resolve(withoutBoundErrors(form.getClaims(), errors), "claims", errors);
		if (errors.hasErrors() || actorId == null || claims.size() != 1) {
			return null;
		}
		return new StatementParts(actorId, personId, reportId, answered,
				groupIds.isEmpty() ? List.of() : this.statements.findGroupsByIdIn(groupIds),
				actorIds.isEmpty() ? List.of() : this.statements.findActorsByIdIn(actorIds), claims.get(0));
	}

	/**
	 * The claim lines, those with a value that did not bind (an unknown confidence, say)
	 * left out: the claim lines would otherwise take the missing value for a checked one
	 * and make a claim without it. Their field errors already mark them.
	 */
	private static List<ClaimLine> withoutBoundErrors(List<ClaimLine> lines, Errors errors) {
		List<ClaimLine> checked = new ArrayList<>(lines);
		for (int i = 0; i < checked.size(); i++) {
			if (errors.hasFieldErrors("claims[" + i + "].*")) {
				checked.set(i, null);
			}
		}
		return checked;
	}

	private Set<Long> ids(List<String> names, Party.Kind kind, String path, String code, Errors errors) {
		Set<Long> ids = new LinkedHashSet<>();
		List<String> lines = new ArrayList<>(names);
		for (int i = 0; i < lines.size(); i++) {
			if (blank(lines.get(i))) {
				continue;
			}
			Long id = one(lines.get(i), kind, path + "[" + i + "]", code, errors);
			if (id != null) {
				ids.add(id);
			}
		}
		return ids;
	}

	/**
	 * The id of the one party a field names; a field error when it names none or several.
	 */
	private Long one(String text, Party.Kind kind, String field, String code, Errors errors) {
		if (errors.hasFieldErrors(field) || blank(text)) {
			return null;
		}
		List<Party> found = this.parties.find(text, Set.of(kind));
		if (found.size() != 1) {
			errors.rejectValue(field, found.isEmpty() ? code + ".unknown" : code + ".ambiguous");
			return null;
		}
		return found.get(0).id();
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
