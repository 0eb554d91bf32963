package org.militancymonitor.sanctions;

import java.time.Instant;
import java.util.List;

import org.militancymonitor.sanctions.SanctionsMatch.Status;
import org.militancymonitor.system.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An editor's decision on a proposed link, and what a confirmed one gives the group: its
 * designation, citing the newest list applied (the list the entry stands on).
 */
@Component
class MatchDecisions {

	private final SanctionsMatchRepository matches;

	private final MatchDesignations designations;

	private final JdbcClient jdbc;

	MatchDecisions(SanctionsMatchRepository matches, MatchDesignations designations, JdbcClient jdbc) {
		this.matches = matches;
		this.designations = designations;
		this.jdbc = jdbc;
	}

	/**
	 * Confirms or rejects the link as seen at the version; the same decision by the same
	 * editor again (a double click) is no second decision.
	 */
	@Transactional
	Decision decide(long id, int version, boolean confirm, String editor) {
		SanctionsMatch match = this.matches.findById(id).orElseThrow(() -> new NotFoundException("link", id));
		Status wanted = confirm ? Status.CONFIRMED : Status.REJECTED;
		if (match.getStatus() != Status.PENDING) {
			return (match.getStatus() == wanted && editor.equals(match.getDecidedBy())) ? Decision.ALREADY
					: Decision.DECIDED_BY_ANOTHER;
		}
		if (match.getVersion() != version) {
			return Decision.DECIDED_BY_ANOTHER;
		}
		match.decide(confirm, editor, Instant.now());
		this.matches.flush();
		if (confirm) {
			Newest newest = this.jdbc.sql("""
					select i.source_id, left(i.date_generated_as_stated, 10) as generated
					  from sanctions_import i
					 where i.outcome = 'APPLIED'
					 order by i.date_generated desc, i.id desc limit 1
					""").query(Newest.class).single();
			String reference = this.jdbc.sql("select reference_number from sanctions_entry where id = :id")
				.param("id", match.getEntryId())
				.query(String.class)
				.single();
			this.designations.keep(List.of(id), newest::sourceId, newest.generated(),
					"confirmed by " + editor + " as the group of UN list entry " + reference);
		}
		return Decision.MADE;
	}

	/** What became of a decision. */
	enum Decision {

		MADE, ALREADY, DECIDED_BY_ANOTHER

	}

	private record Newest(long sourceId, String generated) {
	}

}
