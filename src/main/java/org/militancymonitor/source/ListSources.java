package org.militancymonitor.source;

import java.time.LocalDate;

import org.militancymonitor.audit.Changes;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sources that sanctions lists are, for the import of a list: one source per list,
 * found by its slug (a list the seed already cites is that source, not a second one) or
 * made in the import's transaction, audited with its reason. A list is imported, not
 * entered: its source is not a draft for review.
 */
@Component
public class ListSources {

	private final SourceRepository sources;

	private final Changes changes;

	ListSources(SourceRepository sources, Changes changes) {
		this.sources = sources;
		this.changes = changes;
	}

	/** The id of the list's source, made now when there is none with its slug. */
	@Transactional(propagation = Propagation.MANDATORY)
	public long findOrMake(String slug, String title, String publisher, LocalDate published, String documentRef,
			String notes, String reason) {
		return this.sources.findBySlug(slug)
			.map(Source::getId)
			.orElseGet(() -> this.changes.because(reason,
					() -> this.sources
						.saveAndFlush(Source.sanctionsList(slug, title, publisher, published, documentRef, notes))
						.getId()));
	}

}
