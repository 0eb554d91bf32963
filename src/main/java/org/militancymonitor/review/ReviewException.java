package org.militancymonitor.review;

/**
 * A review step the record's state or the person asking for it does not allow: publishing
 * one's own draft, retracting a draft, approving a revision of a record that changed
 * since. Its message is a message key; the page shows it as a conflict (409).
 */
public class ReviewException extends RuntimeException {

	private final String messageKey;

	public ReviewException(String messageKey, String detail) {
		super(messageKey + ": " + detail);
		this.messageKey = messageKey;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

}
