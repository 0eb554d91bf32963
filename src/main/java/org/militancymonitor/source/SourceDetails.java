package org.militancymonitor.source;

import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

import org.militancymonitor.claim.Claim;

/**
 * Everything the source page shows: the source and, claim by claim, what was extracted
 * from it, so an analyst can audit the extraction against the document.
 */
public record SourceDetails(Source source, List<ClaimExtraction> claims, long claimCount) {

	/**
	 * How many claims the page shows at most: a dataset's import is one source with a
	 * claim for every row it imported.
	 */
	static final int CLAIMS_SHOWN = 200;

	static SourceDetails of(Source source, List<Claim> claims, long claimCount, List<AliasFact> aliases,
			List<ExternalNameFact> externalNames, List<AttributeFact> attributes, List<DesignationFact> designations,
			List<RelationshipFact> relationships, List<EstimateFact> estimates, Map<Long, IncidentLinks> incidents,
			List<FindingFact> findings, List<StatementFact> statements) {
		Map<Long, List<AliasFact>> aliasesByClaim = byClaim(aliases, AliasFact::claimId);
		Map<Long, List<ExternalNameFact>> externalNamesByClaim = byClaim(externalNames, ExternalNameFact::claimId);
		Map<Long, List<AttributeFact>> attributesByClaim = byClaim(attributes, AttributeFact::claimId);
		Map<Long, List<DesignationFact>> designationsByClaim = byClaim(designations, DesignationFact::claimId);
		Map<Long, List<RelationshipFact>> relationshipsByClaim = byClaim(relationships, RelationshipFact::claimId);
		Map<Long, List<EstimateFact>> estimatesByClaim = byClaim(estimates, EstimateFact::claimId);
		Map<Long, List<FindingFact>> findingsByClaim = byClaim(findings, FindingFact::claimId);
		Map<Long, List<StatementFact>> statementsByClaim = byClaim(statements, StatementFact::claimId);
		List<ClaimExtraction> extractions = claims.stream().map((claim) -> {
			Long id = claim.getId();
			return new ClaimExtraction(claim, aliasesByClaim.getOrDefault(id, List.of()),
					externalNamesByClaim.getOrDefault(id, List.of()), attributesByClaim.getOrDefault(id, List.of()),
					designationsByClaim.getOrDefault(id, List.of()), relationshipsByClaim.getOrDefault(id, List.of()),
					estimatesByClaim.getOrDefault(id, List.of()), incidents.getOrDefault(id, IncidentLinks.NONE),
					findingsByClaim.getOrDefault(id, List.of()), statementsByClaim.getOrDefault(id, List.of()));
		}).toList();
		return new SourceDetails(source, extractions, claimCount);
	}

	private static <T> Map<Long, List<T>> byClaim(List<T> facts, ToLongFunction<T> claimId) {
		return facts.stream().collect(Collectors.groupingBy(claimId::applyAsLong));
	}

	/** Whether the page shows fewer claims than were extracted. */
	public boolean isCut() {
		return this.claims.size() < this.claimCount;
	}

	/** How many of the claims shown that stand support no fact. */
	public long unusedClaimCount() {
		return this.claims.stream().filter((x) -> x.isEmpty() && !x.claim().isRetracted()).count();
	}

}
