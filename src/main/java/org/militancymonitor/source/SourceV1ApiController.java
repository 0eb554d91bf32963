package org.militancymonitor.source;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.militancymonitor.system.EntityTags;
import org.militancymonitor.system.NotFoundException;

import org.springframework.data.domain.Limit;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sources through the API: the list, and a source with every claim taken from it.
 */
@RestController
@Tag(name = "Sources", description = "The documents facts come from, and the claims extracted from each")
class SourceV1ApiController {

	static final String SOURCES = "/api/v1/sources";

	private final SourceRepository sources;

	private final EntityTags tags;

	SourceV1ApiController(SourceRepository sources, EntityTags tags) {
		this.sources = sources;
		this.tags = tags;
	}

	@Operation(summary = "List sources",
			description = "Every live source, newest first (those of unknown date last), with its number of claims "
					+ "that stand; the benchmark's synthetic source is left out, as on the source list.")
	@GetMapping(path = SOURCES, produces = MediaType.APPLICATION_JSON_VALUE)
	List<SourceV1.SourceV1Summary> list() {
		return this.sources.findSummaries().stream().map(SourceV1.SourceV1Summary::of).toList();
	}

	@Operation(summary = "A source",
			description = "A source by its slug with every claim extracted from it, in the order extracted, the "
					+ "retracted ones marked. Sends an ETag and answers a matching If-None-Match with 304.")
	@GetMapping(path = SOURCES + "/{slug}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Transactional(readOnly = true)
	public ResponseEntity<SourceV1> get(@PathVariable String slug) {
		Source source = this.sources.findBySlug(slug).orElseThrow(() -> new NotFoundException("source", slug));
		return this.tags
			.ok(SourceV1.of(source, this.sources.findClaims(source.getId(), Limit.of(SourceDetails.CLAIMS_SHOWN))));
	}

}
