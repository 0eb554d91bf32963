package org.militancymonitor.claim;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.militancymonitor.system.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * Reads a claim for its edit form and checks what the form names: the claimant of the
 * kind chosen, found by name as the other forms find parties.
 */
@Component
class ClaimEdits {

	private final ClaimRepository claims;

	private final Parties parties;

	private final JdbcClient jdbc;

	ClaimEdits(ClaimRepository claims, Parties parties, JdbcClient jdbc) {
		this.claims = claims;
		this.parties = parties;
		this.jdbc = jdbc;
	}

	Claim byRef(String ref) {
		return this.claims.findByRef(ref).orElseThrow(() -> new NotFoundException("claim", ref));
	}

	Claim byId(long id) {
		return this.claims.findById(id).orElseThrow(() -> new NotFoundException(ClaimReview.KIND, id));
	}

	Optional<Claim> find(long id) {
		return this.claims.findById(id);
	}

	void flush() {
		this.claims.flush();
	}

	/** The form of a claim as it is now. */
	ClaimForm form(Claim claim) {
		return ClaimForm.of(claim, claimantName(claim));
	}

	/**
	 * The claimant's own name (not the page's "official, for the state"), so that the
	 * form's picker finds it again.
	 */
	private String claimantName(Claim claim) {
		String sql;
		Long id;
		switch (claim.getClaimantKind()) {
			case STATE, ORGANISATION -> {
				sql = "select name from actor where id = :id";
				id = claim.getClaimantActorId();
			}
			case OFFICIAL -> {
				sql = "select name from person where id = :id";
				id = claim.getClaimantPersonId();
			}
			case GROUP -> {
				sql = "select name from militant_group where id = :id";
				id = claim.getClaimantGroupId();
			}
			default -> {
				return null;
			}
		}
		return (id != null) ? this.jdbc.sql(sql).param("id", id).query(String.class).optional().orElse(null) : null;
	}

	/**
	 * The id of the claimant the form names for its kind, or null for a kind held without
	 * one (the source itself, an anonymous source); a field error where it is missing,
	 * unknown or ambiguous.
	 */
	Long claimant(ClaimForm form, Errors errors) {
		ClaimantKind kind = form.getClaimantKind();
		if (kind == null) {
			return null;
		}
		Set<Party.Kind> kinds;
		switch (kind) {
			case STATE, ORGANISATION -> kinds = Set.of(Party.Kind.ACTOR);
			case OFFICIAL -> kinds = Set.of(Party.Kind.PERSON);
			case GROUP -> kinds = Set.of(Party.Kind.GROUP);
			case ANONYMOUS_SOURCE -> {
				if (blank(form.getClaimantLabel()) && !errors.hasFieldErrors("claimantLabel")) {
					errors.rejectValue("claimantLabel", "claim.claimantLabel.required");
				}
				return null;
			}
			default -> {
				return null;
			}
		}
		if (errors.hasFieldErrors("claimant")) {
			return null;
		}
		if (blank(form.getClaimant())) {
			errors.rejectValue("claimant", "claim.claimant.required");
			return null;
		}
		List<Party> found = this.parties.find(form.getClaimant(), kinds);
		if (found.size() != 1) {
			errors.rejectValue("claimant", found.isEmpty() ? "claim.claimant.unknown" : "claim.claimant.ambiguous");
			return null;
		}
		return found.get(0).id();
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
