package org.militancymonitor.sanctions;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Variants of the real list made in memory: a newer list that drops two entries (KPi.033
 * and ISIL-K's QDe.161), changes an alias of the TTP's QDe.132 and adds an entity
 * QDe.999.
 */
final class UnListVariants {

	static final String ORIGINAL_DATE = "dateGenerated=\"2020-03-20T19:09:21.822-04:00\"";

	static final String NEWER_DATE = "dateGenerated=\"2020-04-01T10:00:00.000-04:00\"";

	private UnListVariants() {
	}

	static String newer(String original) {
		String newer = replaceOnce(original, ORIGINAL_DATE, NEWER_DATE);
		newer = without(newer, "INDIVIDUAL", "KPi.033");
		newer = without(newer, "ENTITY", "QDe.161");
		newer = replaceOnce(newer, "<ALIAS_NAME>Pakistani Taliban</ALIAS_NAME>",
				"<ALIAS_NAME>Pakistani Taliban Movement</ALIAS_NAME>");
		return replaceOnce(newer, "<ENTITIES>",
				"""
						<ENTITIES><ENTITY><DATAID>9999999</DATAID><VERSIONNUM>1</VERSIONNUM><FIRST_NAME>TEST NEW FRONT</FIRST_NAME>\
						<UN_LIST_TYPE>Al-Qaida</UN_LIST_TYPE><REFERENCE_NUMBER>QDe.999</REFERENCE_NUMBER><LISTED_ON>2020-03-30</LISTED_ON>\
						<COMMENTS1>A test entity.</COMMENTS1><LIST_TYPE><VALUE>UN List</VALUE></LIST_TYPE><LAST_DAY_UPDATED><VALUE/>\
						</LAST_DAY_UPDATED><ENTITY_ALIAS/><ENTITY_ADDRESS/><SORT_KEY/><SORT_KEY_LAST_MOD/></ENTITY>""");
	}

	/** The list without the entry of that reference number. */
	static String without(String xml, String element, String reference) {
		Matcher entry = Pattern
			.compile("<" + element + ">(?:(?!</" + element + ">).)*<REFERENCE_NUMBER>" + Pattern.quote(reference)
					+ "\\s*</REFERENCE_NUMBER>.*?</" + element + ">", Pattern.DOTALL)
			.matcher(xml);
		assertThat(entry.find()).as("the list holds %s", reference).isTrue();
		return xml.substring(0, entry.start()) + xml.substring(entry.end());
	}

	static String replaceOnce(String xml, String what, String with) {
		int at = xml.indexOf(what);
		assertThat(at).as("the list holds %s", what).isNotNegative();
		assertThat(xml.indexOf(what, at + 1)).as("the list holds %s once", what).isNegative();
		return xml.substring(0, at) + with + xml.substring(at + what.length());
	}

}
