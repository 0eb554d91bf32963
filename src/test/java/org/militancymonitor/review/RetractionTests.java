package org.militancymonitor.review;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rule of retraction every retractable kind shares: once, by an editor, with a reason
 * readers see; a retracted record is neither edited nor revised.
 */
class RetractionTests {

	@Test
	void shouldRetractALiveRecordWithItsReasonAndEditor() {
		Record record = new Record();
		assertThat(record.isRetracted()).isFalse();
		record.retract("alice", "  The source withdrew the article.  ");
		assertThat(record.isRetracted()).isTrue();
		assertThat(record.getRetraction().getReason()).isEqualTo("The source withdrew the article.");
		assertThat(record.getRetraction().getRetractedBy()).isEqualTo("alice");
		assertThat(record.getRetraction().getRetractedAt()).isNotNull();
		assertThat(record.getRetraction().toString()).startsWith("retracted on ")
			.endsWith(" by alice: The source withdrew the article.");
	}

	@Test
	void shouldRefuseToRetractTwice() {
		Record record = new Record();
		record.retract("alice", "wrong group");
		Retraction first = record.getRetraction();
		assertThatThrownBy(() -> record.retract("bob", "again")).isInstanceOf(ReviewException.class)
			.extracting((ex) -> ((ReviewException) ex).getMessageKey())
			.isEqualTo("review.refused.retractedAlready");
		assertThat(record.getRetraction()).isSameAs(first);
	}

	@Test
	void shouldRefuseARetractionWithoutAReason() {
		Record record = new Record();
		for (String blank : new String[] { null, "", "   ", "\n\t" }) {
			assertThatThrownBy(() -> record.retract("alice", blank)).isInstanceOf(ReviewException.class)
				.extracting((ex) -> ((ReviewException) ex).getMessageKey())
				.isEqualTo("review.refused.retractWithoutReason");
		}
		assertThatThrownBy(() -> record.retract("alice", "x".repeat(Retraction.MAX_REASON + 1)))
			.isInstanceOf(ReviewException.class)
			.extracting((ex) -> ((ReviewException) ex).getMessageKey())
			.isEqualTo("review.refused.retractReasonTooLong");
		assertThat(record.isRetracted()).isFalse();
	}

	@Test
	void shouldRefuseToEditOrReviseARetractedRecord() {
		Record record = new Record();
		record.requireEditable();
		Retraction.requireLive(record.getRetraction());
		record.retract("alice", "duplicate of another record");
		assertThatThrownBy(record::requireEditable).isInstanceOf(ReviewException.class)
			.extracting((ex) -> ((ReviewException) ex).getMessageKey())
			.isEqualTo("review.refused.editRetracted");
		assertThatThrownBy(() -> Retraction.requireLive(record.getRetraction())).isInstanceOf(ReviewException.class)
			.extracting((ex) -> ((ReviewException) ex).getMessageKey())
			.isEqualTo("review.refused.revisionRetracted");
	}

	/** A record that keeps its retraction as the entities do. */
	private static final class Record implements Retractable {

		private Retraction retraction;

		@Override
		public int getVersion() {
			return 0;
		}

		@Override
		public Retraction getRetraction() {
			return this.retraction;
		}

		@Override
		public void retract(String editor, String reason) {
			this.retraction = Retraction.retract(this.retraction, editor, reason);
		}

	}

}
