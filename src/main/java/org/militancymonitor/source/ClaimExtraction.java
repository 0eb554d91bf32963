package org.militancymonitor.source;

import java.util.List;

import org.militancymonitor.claim.Claim;

/**
 * A claim of a source with every fact it supports.
 */
public record ClaimExtraction(Claim claim, List<AliasFact> aliases, List<ExternalNameFact> externalNames,
		List<AttributeFact> attributes, List<DesignationFact> designations, List<RelationshipFact> relationships,
		List<EstimateFact> estimates, IncidentLinks incidents, List<FindingFact> findings,
		List<StatementFact> statements) {

	/** Whether no fact was extracted from the claim. */
	public boolean isEmpty() {
		return this.aliases.isEmpty() && this.externalNames.isEmpty() && this.attributes.isEmpty()
				&& this.designations.isEmpty() && this.relationships.isEmpty() && this.estimates.isEmpty()
				&& this.incidents.shown().isEmpty() && this.findings.isEmpty() && this.statements.isEmpty();
	}

}
