package org.militancymonitor.group;

import java.util.List;

import org.militancymonitor.claim.Claim;
import org.militancymonitor.claim.ClaimLine;
import org.militancymonitor.claim.ClaimLines;

import org.springframework.validation.Errors;

/**
 * The one claim that sources an alias or a designation, from the claim lines of its form
 * (the one it has, or a new one): a fact without its source is no fact of the dashboard.
 */
final class SourcingClaim {

	private SourcingClaim() {
	}

	/** The claim of the lines at {@code claims}; none and an error unless exactly one. */
	static Claim resolve(ClaimLines claimLines, List<ClaimLine> lines, Errors errors) {
		int before = errors.getErrorCount();
		List<Claim> claims = claimLines.resolve(lines, "claims", errors);
		if (errors.getErrorCount() > before) {
			return null;
		}
		if (claims.size() != 1) {
			errors.reject(claims.isEmpty() ? "groupForm.claim.required" : "groupForm.claim.one");
			return null;
		}
		return claims.get(0);
	}

	/** How the lines read in a diff or a conflict. */
	static String describe(List<ClaimLine> lines) {
		return lines.stream()
			.filter((line) -> line != null && !line.isEmpty() && !line.isRemove())
			.map(ClaimLine::describe)
			.reduce((a, b) -> a + "\n" + b)
			.orElse(null);
	}

	/** Drops empty lines and adds a blank one, for a form to show. */
	static void addBlankLine(List<ClaimLine> lines) {
		lines.removeIf((line) -> line == null || line.isEmpty());
		lines.add(new ClaimLine());
	}

}
