package org.militancymonitor.incident;

import java.time.LocalDate;

/**
 * Rows in the CSV that PostgreSQL's COPY reads: text quoted (a quote doubled), an absent
 * value as an unquoted empty field, which COPY reads as null.
 */
final class AcledCopy {

	private AcledCopy() {
	}

	static void row(StringBuilder out, Object... values) {
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				out.append(',');
			}
			Object value = values[i];
			if (value == null) {
				continue;
			}
			if (value instanceof String text) {
				out.append('"').append(text.replace("\"", "\"\"")).append('"');
			}
			else if (value instanceof Boolean flag) {
				out.append(flag ? 't' : 'f');
			}
			else if (value instanceof LocalDate date) {
				out.append(date);
			}
			else {
				out.append(value);
			}
		}
		out.append('\n');
	}

}
