package org.militancymonitor.common;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cells a spreadsheet would take for formulas, neutralised, and read back exactly.
 */
class SpreadsheetCellsTests {

	@Test
	void shouldNeutraliseWhatASpreadsheetWouldEvaluate() {
		assertThat(SpreadsheetCells.neutralise("=HYPERLINK(\"http://example.invalid\")"))
			.isEqualTo("'=HYPERLINK(\"http://example.invalid\")");
		assertThat(SpreadsheetCells.neutralise("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(SpreadsheetCells.neutralise("\tx")).isEqualTo("'\tx");
		assertThat(SpreadsheetCells.neutralise("\rx")).isEqualTo("'\rx");
		assertThat(SpreadsheetCells.neutralise("-2+3")).isEqualTo("'-2+3");
		assertThat(SpreadsheetCells.neutralise("+1 dead")).isEqualTo("'+1 dead");
	}

	@Test
	void shouldLeaveNumbersAndPlainTextAsTheyAre() {
		assertThat(SpreadsheetCells.neutralise("-30")).isEqualTo("-30");
		assertThat(SpreadsheetCells.neutralise("+1")).isEqualTo("+1");
		assertThat(SpreadsheetCells.neutralise("-33.25")).isEqualTo("-33.25");
		assertThat(SpreadsheetCells.neutralise("Battles")).isEqualTo("Battles");
		assertThat(SpreadsheetCells.neutralise("")).isEmpty();
		assertThat(SpreadsheetCells.neutralise((Object) 12)).isEqualTo(12);
	}

	@Test
	void shouldGiveBackExactlyWhatWasNeutralised() {
		for (String text : List.of("=1+1", "'=1+1", "''x", "'tis", "-30", "-x", "@me", "plain", "'", "\t", "")) {
			assertThat(SpreadsheetCells.restore(SpreadsheetCells.neutralise(text))).as(text).isEqualTo(text);
		}
		assertThat(SpreadsheetCells.restore("'tis")).isEqualTo("'tis");
	}

}
