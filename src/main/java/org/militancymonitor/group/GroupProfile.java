package org.militancymonitor.group;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

import org.militancymonitor.incident.IncidentListing;
import org.militancymonitor.report.FindingView;
import org.militancymonitor.claim.Claim;
import org.militancymonitor.claim.Evidence;
import org.militancymonitor.review.Retractable;
import org.militancymonitor.statement.ContestedResponse;
import org.militancymonitor.statement.StatementView;

/**
 * Everything the group page shows, each fact with its evidence: the live facts in their
 * sections, and apart from them (with who retracted them, when and why) the retracted
 * aliases, designations, estimates and relationships. A relationship with a retracted
 * group is left out of a live group's page.
 */
public record GroupProfile(MilitantGroup group, List<GroupAlias> aliases, List<GroupExternalName> externalNames,
		List<Designation> designations, List<Estimate> estimates, List<GroupRelationship> outgoing,
		List<GroupRelationship> incoming, List<GroupClaim> attributeClaims, List<StatementView> statements,
		IncidentListing incidents, List<FindingView> findings, List<ContestedResponse> contestedResponses,
		Retracted retracted) {

	static GroupProfile of(MilitantGroup group, List<GroupAlias> aliases, List<GroupExternalName> externalNames,
			List<Designation> designations, List<Estimate> estimates, List<GroupRelationship> relationships,
			List<GroupClaim> attributeClaims, List<StatementView> statements, IncidentListing incidents,
			List<FindingView> findings, List<ContestedResponse> contestedResponses) {
		Comparator<GroupRelationship> byTypeThenName = Comparator.comparing(GroupRelationship::getType)
			.thenComparing((r) -> r.getToGroup().getName())
			.thenComparing((r) -> r.getFromGroup().getName());
		List<GroupRelationship> live = relationships.stream()
			.filter((r) -> !r.isRetracted() && (group.isRetracted() || !otherEnd(r, group).isRetracted()))
			.sorted(byTypeThenName)
			.toList();
		List<GroupRelationship> outgoing = live.stream()
			.filter((r) -> r.getFromGroup().getId().equals(group.getId()))
			.toList();
		List<GroupRelationship> incoming = live.stream()
			.filter((r) -> r.getToGroup().getId().equals(group.getId()))
			.toList();
		Retracted retracted = new Retracted(retracted(aliases), retracted(externalNames), retracted(designations),
				retracted(estimates),
				relationships.stream().filter(GroupRelationship::isRetracted).sorted(byTypeThenName).toList());
		return new GroupProfile(group, live(aliases), live(externalNames), live(designations), live(estimates),
				outgoing, incoming, attributeClaims, statements, incidents, findings, contestedResponses, retracted);
	}

	private static MilitantGroup otherEnd(GroupRelationship relationship, MilitantGroup group) {
		return relationship.getFromGroup().getId().equals(group.getId()) ? relationship.getToGroup()
				: relationship.getFromGroup();
	}

	private static <T extends Retractable> List<T> live(List<T> facts) {
		return facts.stream().filter((f) -> !f.isRetracted()).toList();
	}

	private static <T extends Retractable> List<T> retracted(List<T> facts) {
		return facts.stream().filter(Retractable::isRetracted).toList();
	}

	/**
	 * The newest estimate of each figure (by as-of date; undated ones count as oldest).
	 */
	public List<Estimate> latestEstimates() {
		Map<EstimateMetric, Estimate> latest = new LinkedHashMap<>();
		this.estimates.forEach((e) -> latest.merge(e.getMetric(), e,
				(a, b) -> (b.getAsOf().compareTo(a.getAsOf()) > 0 && b.getAsOf().isKnown()) ? b : a));
		return List.copyOf(latest.values());
	}

	/**
	 * Dated estimates per figure, oldest first, for the chart.
	 */
	public Map<EstimateMetric, List<Estimate>> datedEstimates() {
		Map<EstimateMetric, List<Estimate>> dated = new LinkedHashMap<>();
		this.estimates.stream()
			.filter((e) -> e.getAsOf().isKnown() && e.getValue() != null)
			.sorted(Comparator.comparing(Estimate::getAsOf))
			.forEach((e) -> dated.computeIfAbsent(e.getMetric(), (m) -> new java.util.ArrayList<>()).add(e));
		return dated;
	}

	/**
	 * The chart's series: per figure, its dated estimates with who made them.
	 */
	public List<ChartSeries> chartSeries(Function<EstimateMetric, String> label) {
		return datedEstimates().entrySet()
			.stream()
			.map((entry) -> new ChartSeries(label.apply(entry.getKey()),
					entry.getValue()
						.stream()
						.map((e) -> new ChartPoint(e.getAsOf().getDate().toString(), e.getValue(),
								e.getClaim().getClaimantName()))
						.toList()))
			.toList();
	}

	public List<GroupRelationship> contestedRelationships() {
		return Stream.concat(this.outgoing.stream(), this.incoming.stream())
			.filter(GroupRelationship::isContested)
			.toList();
	}

	public List<FigureDispute> figureDisputes() {
		return FigureDispute.within(this.estimates);
	}

	public boolean isContested() {
		return !contestedRelationships().isEmpty() || !figureDisputes().isEmpty() || !this.contestedResponses.isEmpty();
	}

	/**
	 * The sources behind every fact on the page, each with how many distinct claims on
	 * the page come from it, by title; claims that no longer stand are no one's evidence.
	 */
	public List<SourceUse> sources() {
		Map<String, Evidence> byRef = new LinkedHashMap<>();
		evidence().filter((e) -> !e.isRetracted()).forEach((e) -> byRef.putIfAbsent(e.ref(), e));
		Map<String, SourceUse> bySource = new LinkedHashMap<>();
		byRef.values()
			.forEach((e) -> bySource.merge(e.sourceSlug(), new SourceUse(e.sourceSlug(), e.sourceTitle(), 1),
					SourceUse::plus));
		return bySource.values().stream().sorted(Comparator.comparing(SourceUse::title)).toList();
	}

	private Stream<Evidence> evidence() {
		Stream<Claim> claims = Stream
			.of(this.aliases.stream().map(GroupAlias::getClaim).filter(Objects::nonNull),
					this.externalNames.stream().map(GroupExternalName::getClaim),
					this.designations.stream().map(Designation::getClaim).filter(Objects::nonNull),
					this.estimates.stream().map(Estimate::getClaim),
					Stream.concat(this.outgoing.stream(), this.incoming.stream())
						.flatMap((r) -> r.getClaims().stream()),
					this.attributeClaims.stream().map(GroupClaim::getClaim))
			.flatMap(Function.identity());
		return Stream
			.of(claims.distinct().map(Evidence::of), this.statements.stream().map(StatementView::evidence),
					this.findings.stream().map(FindingView::evidence))
			.flatMap(Function.identity());
	}

	/** The facts retracted from the page, each kind apart. */
	public record Retracted(List<GroupAlias> aliases, List<GroupExternalName> externalNames,
			List<Designation> designations, List<Estimate> estimates, List<GroupRelationship> relationships) {

		public boolean isEmpty() {
			return this.aliases.isEmpty() && this.externalNames.isEmpty() && this.designations.isEmpty()
					&& this.estimates.isEmpty() && this.relationships.isEmpty();
		}

	}

	/** A line of the estimate chart. */
	public record ChartSeries(String label, List<ChartPoint> points) {
	}

	/** A point of the estimate chart. */
	public record ChartPoint(String date, long value, String claimant) {
	}

	/**
	 * A source behind facts on the page.
	 */
	public record SourceUse(String slug, String title, int claims) {

		SourceUse plus(SourceUse other) {
			return new SourceUse(this.slug, this.title, this.claims + other.claims);
		}

	}

}
