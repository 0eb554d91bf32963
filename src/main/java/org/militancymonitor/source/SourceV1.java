package org.militancymonitor.source;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.militancymonitor.claim.Claim;
import org.militancymonitor.claim.EvidenceJson;
import org.militancymonitor.common.PartialDateJson;
import org.militancymonitor.review.RetractionJson;

/**
 * A source as the API writes it: the document, its reliability and every claim taken from
 * it, the retracted ones marked.
 */
@Schema(name = "Source", description = "A document facts come from, with every claim extracted from it")
public record SourceV1(String slug, String title, String publisher, SourceKind kind, PartialDateJson published,
		String dateline, String url,
		@Schema(description = "The Admiralty grade of the source's reliability, A to F") String reliability,
		String notes, List<EvidenceJson> claims, RetractionJson retraction) {

	static SourceV1 of(Source source, List<Claim> claims) {
		return new SourceV1(source.getSlug(), source.getTitle(), source.getPublisher(), source.getKind(),
				PartialDateJson.of(source.getPublished()), source.getDateline(), source.getUrl(),
				source.getReliability(), source.getNotes(), claims.stream().map(EvidenceJson::of).toList(),
				RetractionJson.of(source.getRetraction()));
	}

	/** A source as the list shows it. */
	@Schema(name = "SourceSummary", description = "A live source with its number of claims that stand")
	public record SourceV1Summary(String slug, String href, String title, String publisher, SourceKind kind,
			PartialDateJson published, String dateline, String reliability, long claims) {

		static SourceV1Summary of(SourceSummary summary) {
			return new SourceV1Summary(summary.slug(), SourceV1ApiController.SOURCES + "/" + summary.slug(),
					summary.title(), summary.publisher(), summary.kind(), PartialDateJson.of(summary.published()),
					summary.dateline(), summary.reliability(), summary.claims());
		}

	}

}
