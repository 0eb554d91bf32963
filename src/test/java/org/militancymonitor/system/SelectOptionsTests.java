package org.militancymonitor.system;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SelectOptionsTests {

	record Place(String slug, String name) {
	}

	private final SelectOptions<Place> options = SelectOptions.of(List.of(new Place("af-kunar", "Kunar"),
			new Place("pk-punjab", "Punjab"), new Place("x\"><script>", "<b>Tom & Jerry</b>")), Place::slug,
			Place::name);

	@Test
	void shouldRenderEveryOptionInOrderWithNoneSelected() {
		assertThat(this.options.html(null))
			.isEqualTo("<option value=\"af-kunar\">Kunar</option>" + "<option value=\"pk-punjab\">Punjab</option>"
					+ "<option value=\"x&quot;&gt;&lt;script&gt;\">&lt;b&gt;Tom &amp; Jerry&lt;/b&gt;</option>");
	}

	@Test
	void shouldMarkOnlyTheChosenValueSelected() {
		assertThat(this.options.html("pk-punjab")).contains("<option value=\"af-kunar\">Kunar</option>")
			.contains("<option value=\"pk-punjab\" selected=\"selected\">Punjab</option>")
			.containsOnlyOnce(" selected=");
	}

	@Test
	void shouldSelectNothingForAnUnknownOrEscapedLookingValue() {
		assertThat(this.options.html("narnia")).doesNotContain("selected");
		assertThat(this.options.html("x&quot;&gt;&lt;script&gt;")).doesNotContain("selected");
		assertThat(this.options.html("x\"><script>")).containsOnlyOnce("selected=\"selected\">&lt;b&gt;");
	}

	@Test
	void shouldKeepTheItems() {
		assertThat(this.options.items()).extracting(Place::slug)
			.containsExactly("af-kunar", "pk-punjab", "x\"><script>");
	}

}
