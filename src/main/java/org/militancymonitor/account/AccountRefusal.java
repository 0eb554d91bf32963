package org.militancymonitor.account;

/**
 * A change to an account that the rules refuse, with the message code that says why and
 * the field it concerns (null for the whole form).
 */
class AccountRefusal extends RuntimeException {

	private final String field;

	private final String code;

	AccountRefusal(String field, String code) {
		super(code);
		this.field = field;
		this.code = code;
	}

	String field() {
		return this.field;
	}

	String code() {
		return this.code;
	}

}
