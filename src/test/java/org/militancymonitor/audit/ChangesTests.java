package org.militancymonitor.audit;

import java.util.List;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.militancymonitor.PostgresSpringBootTest;
import org.militancymonitor.source.Source;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * A change made with {@link Changes#because} is recorded in a revision with the signed-in
 * user, the reason and the fields it changed, which {@link History} reads back. Each test
 * puts back what it changed, in a revision of its own.
 */
@PostgresSpringBootTest
class ChangesTests {

	private static final String SOURCE = "article-003-treat-ttp-same-as-daesh";

	@Autowired
	Changes changes;

	@Autowired
	History history;

	@Autowired
	EntityManager entityManager;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void shouldRecordTheUserTheReasonAndTheFieldsAChangeChanged() {
		long id = sourceId();
		String notes = this.jdbc.sql("select notes from source where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("editor-ann", null, List.of()));
		try {
			this.changes.because("the dateline was misread", () -> setNotes(id, "Corrected note."));
			List<HistoryEntry> entries = this.history.of(Source.class, id);
			HistoryEntry change = entries.get(entries.size() - 1);
			assertThat(entries.get(0).reason())
				.isEqualTo("seeded from Treat TTP threat same as Daesh, Pakistan tells world");
			assertThat(entries.get(0).username()).isEqualTo("seed");
			assertThat(change.username()).isEqualTo("editor-ann");
			assertThat(change.reason()).isEqualTo("the dateline was misread");
			assertThat(change.changes()).singleElement().satisfies((c) -> {
				assertThat(c.isOfRecord()).isTrue();
				assertThat(c.kind()).isEqualTo(ChangeKind.CHANGED);
				assertThat(c.fields())
					.containsExactly(new FieldChange("history.Source.notes", notes, "Corrected note."));
			});
			assertThat(ChangeReason.current()).as("cleared after the transaction").isNull();
		}
		finally {
			this.changes.because("put back after ChangesTests", () -> setNotes(id, notes));
		}
	}

	@Test
	void shouldRecordSystemAsTheUserWhenNobodyIsSignedIn() {
		long id = sourceId();
		String dateline = this.jdbc.sql("select dateline from source where id = :id")
			.param("id", id)
			.query(String.class)
			.optional()
			.orElse(null);
		try {
			this.changes.because("checking the dateline", () -> setDateline(id, "ISLAMABAD (checked)"));
			List<HistoryEntry> entries = this.history.of(Source.class, id);
			HistoryEntry change = entries.get(entries.size() - 1);
			assertThat(change.username()).isEqualTo(RevisionStamp.SYSTEM);
			assertThat(change.changes().get(0).fields())
				.containsExactly(new FieldChange("history.Source.dateline", dateline, "ISLAMABAD (checked)"));
		}
		finally {
			this.changes.because("put back after ChangesTests", () -> setDateline(id, dateline));
		}
	}

	@Test
	void shouldRefuseAChangeWithoutAReason() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.changes.because(" ", () -> {
		}));
		assertThatIllegalStateException().isThrownBy(() -> ChangeReason.give("outside any transaction"));
	}

	private long sourceId() {
		return this.jdbc.sql("select id from source where slug = :slug")
			.param("slug", SOURCE)
			.query(Long.class)
			.single();
	}

	private void setNotes(long id, String notes) {
		ReflectionTestUtils.setField(this.entityManager.find(Source.class, id), "notes", notes);
	}

	private void setDateline(long id, String dateline) {
		ReflectionTestUtils.setField(this.entityManager.find(Source.class, id), "dateline", dateline);
	}

}
