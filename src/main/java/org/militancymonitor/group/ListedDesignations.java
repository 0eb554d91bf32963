package org.militancymonitor.group;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;

import org.militancymonitor.audit.Changes;
import org.militancymonitor.claim.Claim;
import org.militancymonitor.claim.ClaimPosition;
import org.militancymonitor.claim.ClaimantKind;
import org.militancymonitor.claim.Confidence;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The designations a sanctions list gives the groups it is linked to: a list import keeps
 * a group's designation as the list has it, in the import's transaction and audited with
 * its reason. The group's designation is the one with the listing's reference number (the
 * seed's QDe.132 of the TTP), else its one designation by the same authority under the
 * same regime without a reference number, else a new one citing the list; never a second
 * one.
 */
@Component
public class ListedDesignations {

	private final DesignationRepository designations;

	private final GroupRepository groups;

	private final Changes changes;

	ListedDesignations(DesignationRepository designations, GroupRepository groups, Changes changes) {
		this.designations = designations;
		this.groups = groups;
		this.changes = changes;
	}

	/**
	 * Keeps the group's designation of the listing as the list has it (reference number,
	 * listing date, delisting date) and gives its id; empty when the group is retracted
	 * or already holds another listing under the same regime. The citation's claim is
	 * made only for a new designation, or found by its reference when it was made before.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<Long> keep(Listing listing, Citation citation, String reason) {
		MilitantGroup group = this.groups.findById(listing.groupId()).orElse(null);
		if (group == null || group.isRetracted()) {
			return Optional.empty();
		}
		Designation designation = this.designations.findLiveByReference(listing.groupId(), listing.referenceNumber())
			.stream()
			.findFirst()
			.orElseGet(() -> sameRegimeWithoutReference(listing));
		if (designation == null) {
			if (!this.designations.findSame(listing.groupId(), listing.authorityId(), listing.regime()).isEmpty()) {
				return Optional.empty();
			}
			Claim claim = this.designations.findClaim(citation.ref())
				.orElseGet(() -> Claim.of(citation.ref(), citation.sourceId().getAsLong(), citation.quote(),
						(citation.claimantActorId() != null) ? ClaimantKind.ORGANISATION : ClaimantKind.SOURCE,
						citation.claimantActorId(), citation.claimantLabel(), ClaimPosition.ASSERTS, Confidence.HIGH));
			Designation created = Designation.listed(group, listing.authorityId(), listing.regime(),
					listing.referenceNumber(), listing.listedOn(), listing.delistedOn(), claim);
			return Optional.of(this.changes.because(reason, () -> this.designations.saveAndFlush(created).getId()));
		}
		if (designation.takeListing(listing.referenceNumber(), listing.listedOn(), listing.delistedOn())) {
			this.changes.because(reason, () -> this.designations.flush());
		}
		return Optional.of(designation.getId());
	}

	private Designation sameRegimeWithoutReference(Listing listing) {
		List<Designation> same = this.designations.findSame(listing.groupId(), listing.authorityId(), listing.regime());
		return same.stream().filter((d) -> d.getReferenceNumber() == null).findFirst().orElse(null);
	}

	/**
	 * A group's listing on a sanctions list: the authority (an actor's id, null when
	 * unknown), the regime as the dashboard names it, the dates as the list gives them.
	 */
	public record Listing(long groupId, String referenceNumber, Long authorityId, String regime, LocalDate listedOn,
			LocalDate delistedOn) {
	}

	/**
	 * The claim a new designation cites: its reference, the list's source (made when
	 * first needed), a verbatim quote of the entry and the organisation that asserts it.
	 */
	public record Citation(String ref, LongSupplier sourceId, String quote, Long claimantActorId,
			String claimantLabel) {
	}

}
