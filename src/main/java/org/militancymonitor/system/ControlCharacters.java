package org.militancymonitor.system;

/**
 * Text no request may store: control characters other than tab and line breaks.
 * PostgreSQL cannot store a NUL in text, and no source's words hold the others.
 */
public final class ControlCharacters {

	private ControlCharacters() {
	}

	/** Whether the text holds a control character other than tab, CR or LF. */
	public static boolean in(String text) {
		if (text == null) {
			return false;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
				return true;
			}
		}
		return false;
	}

}
