package org.militancymonitor.sanctions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/**
 * The real UN list the tests read, from the shared test data beside the project
 * ({@code ../shared/testdata/un-sanctions}); a test that needs it is skipped, saying so,
 * where it is absent. Variants of it are made in memory by the tests, never kept.
 */
final class UnListFiles {

	static final Path SHARED = Path.of("../shared/testdata/un-sanctions/consolidated-2020-03-20.xml");

	static final String FILE_NAME = "consolidated-2020-03-20.xml";

	private UnListFiles() {
	}

	/** The list's bytes, or the test is skipped when the shared file is absent. */
	static byte[] shared() {
		Assumptions.assumeTrue(Files.isReadable(SHARED), () -> "the UN list " + SHARED.toAbsolutePath().normalize()
				+ " is absent (shared test data beside the project): skipped");
		try {
			return Files.readAllBytes(SHARED);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String sharedText() {
		return new String(shared(), StandardCharsets.UTF_8);
	}

	/**
	 * A small well-formed list of one entity and one individual, generated at the given
	 * time.
	 */
	static String small(String dateGenerated) {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<CONSOLIDATED_LIST dateGenerated="%s">
				  <INDIVIDUALS>
				    <INDIVIDUAL><DATAID>1</DATAID><VERSIONNUM>1</VERSIONNUM><FIRST_NAME>TEST</FIRST_NAME><SECOND_NAME>PERSON</SECOND_NAME><UN_LIST_TYPE>Al-Qaida</UN_LIST_TYPE><REFERENCE_NUMBER>QDi.901</REFERENCE_NUMBER><LISTED_ON>2015-04-07-04:00</LISTED_ON><COMMENTS1>Member of Test Front (QDe.901).</COMMENTS1><LIST_TYPE><VALUE>UN List</VALUE></LIST_TYPE><LAST_DAY_UPDATED><VALUE>2016-01-01</VALUE><VALUE>2017-02-02</VALUE></LAST_DAY_UPDATED><INDIVIDUAL_ALIAS><QUALITY>Good</QUALITY><ALIAS_NAME> Testy</ALIAS_NAME></INDIVIDUAL_ALIAS><INDIVIDUAL_ADDRESS><COUNTRY/></INDIVIDUAL_ADDRESS><INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>EXACT</TYPE_OF_DATE><YEAR>1970</YEAR></INDIVIDUAL_DATE_OF_BIRTH><INDIVIDUAL_PLACE_OF_BIRTH/><INDIVIDUAL_DOCUMENT/><SORT_KEY/><SORT_KEY_LAST_MOD/></INDIVIDUAL>
				  </INDIVIDUALS>
				  <ENTITIES>
				    <ENTITY><DATAID>2</DATAID><VERSIONNUM>1</VERSIONNUM><FIRST_NAME>TEST FRONT</FIRST_NAME><UN_LIST_TYPE>Al-Qaida</UN_LIST_TYPE><REFERENCE_NUMBER>QDe.901</REFERENCE_NUMBER><LISTED_ON>2011-07-29</LISTED_ON><COMMENTS1/><LIST_TYPE><VALUE>UN List</VALUE></LIST_TYPE><LAST_DAY_UPDATED><VALUE/></LAST_DAY_UPDATED><ENTITY_ALIAS/><ENTITY_ADDRESS/><SORT_KEY/><SORT_KEY_LAST_MOD/></ENTITY>
				  </ENTITIES>
				</CONSOLIDATED_LIST>
				"""
			.formatted(dateGenerated);
	}

}
