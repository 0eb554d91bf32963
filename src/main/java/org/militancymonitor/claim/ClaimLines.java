package org.militancymonitor.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * Turns the claim lines of a form into claims: an existing one by its reference, a new
 * one from its source, quote, claimant and confidence, each missing or unknown part a
 * field error beside its field.
 */
@Component
public class ClaimLines {

	private final ClaimRepository claims;

	private final Parties parties;

	ClaimLines(ClaimRepository claims, Parties parties) {
		this.claims = claims;
		this.parties = parties;
	}

	/**
	 * The claims of the lines at {@code path} (e.g. {@code claims}); an empty or removed
	 * line is none. Where a line has errors it gives no claim.
	 */
	public List<Claim> resolve(List<ClaimLine> lines, String path, Errors errors) {
		List<Claim> resolved = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			ClaimLine line = lines.get(i);
			String at = path + "[" + i + "].";
			if (line == null || line.isRemove() || line.isEmpty()) {
				continue;
			}
			if (line.isExisting()) {
				// a retracted claim, or one of a retracted source, is evidence of nothing
				// new
				this.claims.findByRef(line.getRef().strip())
					.ifPresentOrElse((claim) -> standing(claim, resolved, at, errors),
							() -> errors.rejectValue(at + "ref", "claim.unknownRef"));
				continue;
			}
			Claim claim = newClaim(line, at, errors);
			if (claim != null) {
				resolved.add(claim);
			}
		}
		return resolved;
	}

	private static void standing(Claim claim, List<Claim> resolved, String at, Errors errors) {
		if (claim.isStanding()) {
			resolved.add(claim);
		}
		else {
			errors.rejectValue(at + "ref", "claim.retractedRef");
		}
	}

	private Claim newClaim(ClaimLine line, String at, Errors errors) {
		Long source = one(line.getSource(), Set.of(Party.Kind.SOURCE), at + "source", "claim.source", errors);
		if (blank(line.getQuote()) && !errors.hasFieldErrors(at + "quote")) {
			errors.rejectValue(at + "quote", "claim.quote.required");
		}
		if (line.getPosition() == null && !errors.hasFieldErrors(at + "position")) {
			errors.rejectValue(at + "position", "claim.position.required");
		}
		if (line.getConfidence() == null && !errors.hasFieldErrors(at + "confidence")) {
			errors.rejectValue(at + "confidence", "claim.confidence.required");
		}
		Long claimant = null;
		ClaimantKind kind = line.getClaimantKind();
		if (kind == null) {
			if (!errors.hasFieldErrors(at + "claimantKind")) {
				errors.rejectValue(at + "claimantKind", "claim.claimantKind.required");
			}
		}
		else {
			switch (kind) {
				case STATE, ORGANISATION -> claimant = one(line.getClaimant(), Set.of(Party.Kind.ACTOR),
						at + "claimant", "claim.claimant", errors);
				case OFFICIAL -> claimant = one(line.getClaimant(), Set.of(Party.Kind.PERSON), at + "claimant",
						"claim.claimant", errors);
				case GROUP -> claimant = one(line.getClaimant(), Set.of(Party.Kind.GROUP), at + "claimant",
						"claim.claimant", errors);
				case ANONYMOUS_SOURCE -> {
					if (blank(line.getClaimantLabel()) && !errors.hasFieldErrors(at + "claimantLabel")) {
						errors.rejectValue(at + "claimantLabel", "claim.claimantLabel.required");
					}
				}
				case SOURCE -> {
				}
			}
		}
		// Any error on the line, from binding or from here, and it makes no claim.
		if (errors.hasFieldErrors(at + "*") || kind == null) {
			return null;
		}
		return Claim.of(newRef(), source, line.getQuote(), kind, claimant, line.getClaimantLabel(), line.getPosition(),
				line.getConfidence());
	}

	/**
	 * The id of the one party a field names; a field error when it names none or several.
	 */
	private Long one(String text, Set<Party.Kind> kinds, String field, String code, Errors errors) {
		if (errors.hasFieldErrors(field)) {
			return null;
		}
		if (blank(text)) {
			errors.rejectValue(field, code + ".required");
			return null;
		}
		List<Party> found = this.parties.find(text, kinds);
		if (found.size() != 1) {
			errors.rejectValue(field, found.isEmpty() ? code + ".unknown" : code + ".ambiguous");
			return null;
		}
		return found.get(0).id();
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	/** A reference for a claim entered on a form. */
	static String newRef() {
		return "entered-" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
	}

}
