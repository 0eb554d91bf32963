package org.militancymonitor.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HighlightedTests {

	@Test
	void shouldMarkEachMatchAndEscapeEverySegment() {
		Highlighted highlighted = Highlighted.parse("<i>the</i> " + Highlighted.START + "TTP & co" + Highlighted.STOP
				+ " said " + Highlighted.START + "<script>" + Highlighted.STOP);
		assertThat(highlighted.html())
			.isEqualTo("&lt;i&gt;the&lt;/i&gt; <mark>TTP &amp; co</mark> said <mark>&lt;script&gt;</mark>");
	}

	@Test
	void shouldLeaveCharactersThatNeedNoEscapingAsTheyAre() {
		assertThat(Highlighted.parse("ISLAMIC STATE’S " + Highlighted.START + "KHORASAN" + Highlighted.STOP + " … é")
			.html()).isEqualTo("ISLAMIC STATE’S <mark>KHORASAN</mark> … é");
		assertThat(Highlighted.parse("it's").html()).isEqualTo("it&#39;s");
	}

	@Test
	void shouldMarkToTheEndWhenAMatchIsNotClosed() {
		assertThat(Highlighted.parse("a " + Highlighted.START + "b c").html()).isEqualTo("a <mark>b c</mark>");
	}

	@Test
	void shouldRenderNothingForNoText() {
		assertThat(Highlighted.parse(null).html()).isEmpty();
		assertThat(Highlighted.parse("plain").html()).isEqualTo("plain");
	}

	@Test
	void shouldMarkAWholeName() {
		assertThat(Highlighted.whole("Tehrik-e-Taliban").html()).isEqualTo("<mark>Tehrik-e-Taliban</mark>");
	}

}
