package org.militancymonitor.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.militancymonitor.claim.Claim;
import org.militancymonitor.claim.ClaimLines;
import org.militancymonitor.claim.Parties;
import org.militancymonitor.claim.Party;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * Resolves what a finding's form names: its groups by any of their names or aliases, and
 * its claim. The form's POST resolves them to mark what is wrong beside its field; the
 * approval resolves them again, since a group or a claim may be gone meanwhile.
 */
@Component
class FindingParts {

	private final Parties parties;

	private final ClaimLines claimLines;

	private final FindingGroupRepository groups;

	FindingParts(Parties parties, ClaimLines claimLines, FindingGroupRepository groups) {
		this.parties = parties;
		this.claimLines = claimLines;
		this.groups = groups;
	}

	/** A finding's groups and claim; null where the form has errors. */
	record Resolved(List<FindingGroup> groups, Claim claim) {
	}

	Resolved resolve(FindingForm form, Errors errors) {
		form.validate(errors);
		Set<Long> ids = new LinkedHashSet<>();
		for (int i = 0; i < form.getGroups().size(); i++) {
			String name = form.getGroups().get(i);
			String field = "groups[" + i + "]";
			if (name == null || name.isBlank() || errors.hasFieldErrors(field)) {
				continue;
			}
			List<Party> found = this.parties.find(name, Set.of(Party.Kind.GROUP));
			if (found.size() != 1) {
				errors.rejectValue(field, found.isEmpty() ? "finding.group.unknown" : "finding.group.ambiguous");
				continue;
			}
			ids.add(found.get(0).id());
		}
		List<Claim> claims = this.claimLines.resolve(form.getClaims(), "claims", errors);
		if (errors.hasErrors()) {
			return null;
		}
		List<FindingGroup> found = new ArrayList<>(this.groups.findByIdIn(ids));
		return new Resolved(found, claims.get(0));
	}

}
