package org.militancymonitor.group;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.militancymonitor.claim.EvidenceJson;
import org.militancymonitor.common.NamedLink;
import org.militancymonitor.common.PartialDateJson;
import org.militancymonitor.review.RetractionJson;

/**
 * A group as the API writes it: its names, designations, the latest estimate of each
 * figure and its relationships in and out, each fact with the claims behind it. Facts
 * retracted are left out; a retracted group says so.
 */
@Schema(name = "Group", description = "A militant group with its names, designations, latest estimates and "
		+ "relationships, each fact with its claims")
public record GroupV1(String slug, String name, String shortName, GroupKind kind, GroupStatus status,
		PartialDateJson founded, NamedLink parent, String description, List<GroupV1Alias> aliases,
		List<GroupV1Designation> designations,
		@Schema(description = "The newest estimate of each figure") List<GroupV1Estimate> latestEstimates,
		@Schema(description = "Relationships from this group to others") List<GroupV1Relationship> outgoing,
		@Schema(description = "Relationships from others to this group") List<GroupV1Relationship> incoming,
		@Schema(description = "The retraction, or null while the group is live") RetractionJson retraction) {

	static GroupV1 of(GroupProfile profile) {
		MilitantGroup group = profile.group();
		MilitantGroup parent = group.getParent();
		return new GroupV1(group.getSlug(), group.getName(), group.getShortName(), group.getKind(), group.getStatus(),
				PartialDateJson.of(group.getFounded()),
				(parent != null) ? new NamedLink(parent.getSlug(), parent.getName()) : null, group.getDescription(),
				profile.aliases().stream().map(GroupV1Alias::of).toList(),
				profile.designations().stream().map(GroupV1Designation::of).toList(),
				profile.latestEstimates().stream().map(GroupV1Estimate::of).toList(),
				profile.outgoing().stream().map(GroupV1Relationship::of).toList(),
				profile.incoming().stream().map(GroupV1Relationship::of).toList(),
				RetractionJson.of(group.getRetraction()));
	}

	static NamedLink link(MilitantGroup group) {
		return new NamedLink(group.getSlug(), group.getName());
	}

	/** A name the group is known by. */
	@Schema(name = "GroupAlias", description = "A name a group is known by, with its quality and original script")
	public record GroupV1Alias(String name, AliasQuality quality, String originalScript, EvidenceJson claim) {

		static GroupV1Alias of(GroupAlias alias) {
			return new GroupV1Alias(alias.getName(), alias.getQuality(), alias.getOriginalScript(),
					EvidenceJson.of(alias.getClaim()));
		}

	}

	/** A listing of a group by an authority under a regime. */
	@Schema(name = "Designation", description = "A listing of a group by an authority under a regime")
	public record GroupV1Designation(@Schema(description = "The group listed") NamedLink group,
			@Schema(description = "Who listed it; null when the source names nobody") NamedLink authority,
			@Schema(description = "The regime or law; null when the source names none") String regime,
			String referenceNumber, PartialDateJson listed,
			@Schema(description = "The day it was delisted; null while it stands") LocalDate delistedOn, boolean active,
			EvidenceJson claim) {

		static GroupV1Designation of(Designation designation) {
			return new GroupV1Designation(link(designation.getGroup()), (designation.getAuthority() != null)
					? new NamedLink(designation.getAuthority().slug(), designation.getAuthority().name()) : null,
					designation.getRegime(), designation.getReferenceNumber(),
					PartialDateJson.of(designation.getListed()), designation.getDelistedOn(), designation.isActive(),
					EvidenceJson.of(designation.getClaim()));
		}

	}

	/** A figure about the group (fighters, attacks, funding...) as of a date. */
	@Schema(name = "Estimate", description = "A figure about a group (low, best, high) as of a date, with its claim")
	public record GroupV1Estimate(EstimateMetric metric, Long low, Long best, Long high, EstimateQualifier qualifier,
			PartialDateJson asOf, String period, String region, String note, EvidenceJson claim) {

		static GroupV1Estimate of(Estimate estimate) {
			return new GroupV1Estimate(estimate.getMetric(), estimate.getLow(), estimate.getBest(), estimate.getHigh(),
					estimate.getQualifier(), PartialDateJson.of(estimate.getAsOf()), estimate.getPeriod(),
					estimate.getRegionName(), estimate.getNote(), EvidenceJson.of(estimate.getClaim()));
		}

	}

	/**
	 * A directed, typed link between two groups, with the claims that assert and deny it.
	 */
	@Schema(name = "Relationship",
			description = "A directed, typed link between groups; contested when claims that stand assert and deny it")
	public record GroupV1Relationship(RelationshipType type, NamedLink from, NamedLink to, PartialDateJson validFrom,
			PartialDateJson validTo, String description, boolean contested, List<EvidenceJson> claims) {

		static GroupV1Relationship of(GroupRelationship relationship) {
			return new GroupV1Relationship(relationship.getType(), link(relationship.getFromGroup()),
					link(relationship.getToGroup()), PartialDateJson.of(relationship.getValidFrom()),
					PartialDateJson.of(relationship.getValidTo()), relationship.getDescription(),
					relationship.isContested(),
					relationship.getClaims()
						.stream()
						.map(EvidenceJson::of)
						.sorted(java.util.Comparator.comparing(EvidenceJson::ref))
						.toList());
		}

	}

	/** A group as the list shows it. */
	@Schema(name = "GroupSummary", description = "A live group with its counts; its whole record is at its `href`")
	public record GroupV1Summary(String slug, String href, String name, String shortName, String kind, String status,
			@Schema(description = "Published incidents it took part in (recounted a few seconds after a change)") long incidentCount,
			@Schema(description = "Distinct claims about it that stand") long claimCount) {

		static GroupV1Summary of(GroupSummary summary) {
			return new GroupV1Summary(summary.slug(), GroupV1ApiController.GROUPS + "/" + summary.slug(),
					summary.name(), summary.shortName(), summary.kind(), summary.status(), summary.incidentCount(),
					summary.claimCount());
		}

	}

}
