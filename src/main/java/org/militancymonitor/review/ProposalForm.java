package org.militancymonitor.review;

import java.util.Map;

/**
 * A form whose saves go through {@link Proposals}: what a conflict page compares and
 * re-bases.
 */
public interface ProposalForm {

	/** The fields as text by their label's message key, in form order. */
	Map<String, String> describe();

	void setVersion(int version);

	void setFormToken(String formToken);

}
