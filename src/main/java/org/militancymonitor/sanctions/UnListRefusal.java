package org.militancymonitor.sanctions;

import java.text.MessageFormat;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * Why a file is refused as a UN list, as a message key of {@code sanctions.properties}
 * with its arguments (the line, the element, the value): nothing of a refused file is
 * imported.
 */
class UnListRefusal extends RuntimeException {

	private final String code;

	private final Object[] arguments;

	UnListRefusal(String code, Object... arguments) {
		super(code + " " + java.util.Arrays.toString(arguments));
		this.code = code;
		this.arguments = arguments.clone();
	}

	/** The message key, under {@code sanctions.refused.}. */
	String code() {
		return this.code;
	}

	Object[] arguments() {
		return this.arguments.clone();
	}

	/** The refusal in words, for the page and the command line. */
	String describe(MessageSource messages) {
		return messages.getMessage("sanctions.refused." + this.code, this.arguments,
				MessageFormat.format("{0} {1}", this.code, java.util.Arrays.toString(this.arguments)), Locale.ENGLISH);
	}

}
