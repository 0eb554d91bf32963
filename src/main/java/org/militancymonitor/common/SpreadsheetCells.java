package org.militancymonitor.common;

import java.util.regex.Pattern;

/**
 * Text cells of a CSV file as a spreadsheet takes them for what they say, never for a
 * formula: a cell beginning with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
 * carriage return gets a leading apostrophe, which spreadsheets hide and which stops them
 * evaluating it. A plain number ({@code -30}) is left as it is: a spreadsheet reads it as
 * a number, never as a formula. A cell that already begins with an apostrophe gets one
 * more, so that {@link #restore} gives back exactly what was written.
 */
public final class SpreadsheetCells {

	private static final Pattern NUMBER = Pattern.compile("^[+-]?\\d+(\\.\\d+)?$");

	private SpreadsheetCells() {
	}

	/** The cell as written to a file; anything but text is left as it is. */
	public static Object neutralise(Object cell) {
		return (cell instanceof String text) ? neutralise(text) : cell;
	}

	/** The text as written to a file. */
	public static String neutralise(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		char first = text.charAt(0);
		if (first == '\'' || (isFormulaStart(first) && !NUMBER.matcher(text).matches())) {
			return "'" + text;
		}
		return text;
	}

	/**
	 * The text a neutralised cell stood for, when a file this application wrote is read
	 * back: the leading apostrophe {@link #neutralise} added is taken off again. Other
	 * cells are left as they are.
	 */
	public static String restore(String cell) {
		if (cell == null || cell.length() < 2 || cell.charAt(0) != '\'') {
			return cell;
		}
		char second = cell.charAt(1);
		return (second == '\'' || isFormulaStart(second)) ? cell.substring(1) : cell;
	}

	private static boolean isFormulaStart(char c) {
		return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
	}

}
