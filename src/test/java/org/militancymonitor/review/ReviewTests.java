package org.militancymonitor.review;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rules of review: the steps in their order, and a second person to publish.
 */
class ReviewTests {

	@Test
	void shouldTakeADraftThroughSubmissionToPublicationByASecondPerson() {
		Review review = Review.draftBy("alice");
		review.submit("alice");
		assertThat(review.isReviewableBy("alice")).isFalse();
		assertThat(review.isReviewableBy("bob")).isTrue();
		review.publish("bob");
		assertThat(review.getStatus()).isEqualTo(ReviewStatus.PUBLISHED);
		assertThat(review.getReviewedBy()).isEqualTo("bob");
		assertThat(review.getStatus().isPublic()).isTrue();
	}

	@Test
	void shouldRefuseToLetTheCreatorEditorOrSubmitterPublish() {
		Review review = Review.draftBy("alice");
		review.edit("carol");
		review.submit("dave");
		for (String author : new String[] { "alice", "carol", "dave" }) {
			assertThatThrownBy(() -> review.publish(author)).isInstanceOf(ReviewException.class)
				.extracting((ex) -> ((ReviewException) ex).getMessageKey())
				.isEqualTo("review.refused.ownDraft");
		}
		assertThat(review.getStatus()).isEqualTo(ReviewStatus.SUBMITTED);
	}

	@Test
	void shouldRefuseStepsOutOfOrder() {
		Review draft = Review.draftBy("alice");
		assertThatThrownBy(() -> draft.publish("bob")).isInstanceOf(ReviewException.class);
		assertThatThrownBy(() -> draft.retract("bob", "wrong")).isInstanceOf(ReviewException.class);
		assertThatThrownBy(() -> draft.sendBack("bob")).isInstanceOf(ReviewException.class);
		draft.submit("alice");
		assertThatThrownBy(() -> draft.submit("alice")).isInstanceOf(ReviewException.class);
		draft.publish("bob");
		assertThatThrownBy(() -> draft.edit("alice")).isInstanceOf(ReviewException.class);
		assertThatThrownBy(() -> draft.publish("carol")).isInstanceOf(ReviewException.class);
	}

	@Test
	void shouldSendAnEditedSubmissionBackToDraft() {
		Review review = Review.draftBy("alice");
		review.submit("alice");
		review.edit("bob");
		assertThat(review.getStatus()).isEqualTo(ReviewStatus.DRAFT);
		review.submit("bob");
		assertThatThrownBy(() -> review.publish("bob")).isInstanceOf(ReviewException.class);
	}

	@Test
	void shouldRetractOnlyWithAReason() {
		Review review = Review.draftBy("alice");
		review.submit("alice");
		review.publish("bob");
		assertThatThrownBy(() -> review.retract("bob", "  ")).isInstanceOf(ReviewException.class);
		review.retract("bob", " The source withdrew its report. ");
		assertThat(review.getStatus()).isEqualTo(ReviewStatus.RETRACTED);
		assertThat(review.getRetractionReason()).isEqualTo("The source withdrew its report.");
		assertThat(review.getStatus().isPublic()).isTrue();
	}

	@Test
	void shouldApproveARevisionOnlyByASecondPersonAndOnlyFromTheCurrentVersion() {
		PendingRevision revision = new PendingRevision("incident", 7, 3, "{}", "toll raised", "alice");
		assertThatThrownBy(() -> revision.approve("alice", 3)).isInstanceOf(ReviewException.class);
		assertThatThrownBy(() -> revision.approve("bob", 4)).isInstanceOf(ReviewException.class)
			.extracting((ex) -> ((ReviewException) ex).getMessageKey())
			.isEqualTo("review.refused.revisionStale");
		revision.approve("bob", 3);
		assertThat(revision.getStatus()).isEqualTo(RevisionStatus.APPROVED);
		assertThatThrownBy(() -> revision.reject("carol", null)).isInstanceOf(ReviewException.class);
	}

	@Test
	void shouldRefuseARevisionWithoutAReason() {
		assertThatThrownBy(() -> new PendingRevision("incident", 7, 3, "{}", " ", "alice"))
			.isInstanceOf(ReviewException.class);
	}

	@Test
	void shouldListOnlyTheFieldsThatDiffer() {
		assertThat(FieldChange.between(java.util.Map.of("a", "1", "b", "2"), java.util.Map.of("a", "1", "b", "3")))
			.containsExactly(new FieldChange("b", "2", "3"));
	}

}
