package org.militancymonitor.group;

import java.util.ArrayList;
import java.util.List;

import org.militancymonitor.claim.ClaimLine;

import org.springframework.validation.Errors;

/**
 * The claim lines of a form that bound whole. A line with a field that failed to bind
 * (text with a NUL, a value not of the list) is left out of the claims, as null, keeping
 * the other lines' indexes: its field error already says what is wrong, and its values
 * are not there to check.
 */
final class BoundClaimLines {

	private BoundClaimLines() {
	}

	static List<ClaimLine> of(List<ClaimLine> lines, String path, Errors errors) {
		List<ClaimLine> bound = new ArrayList<>(lines.size());
		for (int i = 0; i < lines.size(); i++) {
			bound.add(errors.hasFieldErrors(path + "[" + i + "].*") ? null : lines.get(i));
		}
		return bound;
	}

}
