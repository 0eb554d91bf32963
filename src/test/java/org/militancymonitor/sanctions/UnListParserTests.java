package org.militancymonitor.sanctions;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.militancymonitor.sanctions.UnListEntry.EntryKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The parser on the real list and on malformed and hostile variants of it.
 */
class UnListParserTests {

	@Test
	void shouldReadTheSharedListWithItsRealCounts() {
		UnList list = parse(UnListFiles.shared());
		assertThat(list.individuals()).isEqualTo(709);
		assertThat(list.entities()).isEqualTo(305);
		assertThat(list.dateGenerated()).isEqualTo(OffsetDateTime.parse("2020-03-20T19:09:21.822-04:00"));
		assertThat(list.dateGeneratedAsStated()).isEqualTo("2020-03-20T19:09:21.822-04:00");
		assertThat(list.sha256()).hasSize(64);
		Map<String, UnListEntry> byReference = byReference(list);
		UnListEntry ttp = byReference.get("QDe.132");
		assertThat(ttp.kind()).isEqualTo(EntryKind.ENTITY);
		assertThat(ttp.name()).isEqualTo("TEHRIK-E TALIBAN PAKISTAN (TTP)");
		assertThat(ttp.listType()).isEqualTo("Al-Qaida");
		assertThat(ttp.listedOn()).isEqualTo(LocalDate.of(2011, 7, 29));
		assertThat(ttp.nameOriginalScript()).isEqualTo("تحریک طالبان پاکستان");
		assertThat(ttp.aliases()).extracting(UnListEntry.Alias::name)
			.containsExactly("Tehrik-I-Taliban Pakistan", "Tehrik-e-Taliban", "Pakistani Taliban", "Tehreek-e-Taliban");
		assertThat(ttp.aliases()).extracting(UnListEntry.Alias::quality).containsOnly("a.k.a.");
		assertThat(ttp.lastUpdated()).containsExactly(LocalDate.of(2015, 6, 15));
		assertThat(ttp.mentions()).containsExactly("QDi.352");
		assertThat(ttp.names()).contains("TEHRIK-E TALIBAN PAKISTAN", "TTP", "Pakistani Taliban");
	}

	@Test
	void shouldKeepEveryQuirkTheListsReadmeNames() {
		Map<String, UnListEntry> byReference = byReference(parse(UnListFiles.shared()));
		// a line break inside FIRST_NAME
		assertThat(byReference.get("QDe.161").firstName())
			.isEqualTo("ISLAMIC STATE IN IRAQ AND THE LEVANT - KHORASAN (ISIL-\nK)");
		// LISTED_ON with a timezone offset: the date as written
		UnListEntry fazlullah = byReference.get("QDi.352");
		assertThat(fazlullah.listedOnAsStated()).isEqualTo("2015-04-07-04:00");
		assertThat(fazlullah.listedOn()).isEqualTo(LocalDate.of(2015, 4, 7));
		assertThat(fazlullah.mentions()).containsExactly("QDe.132");
		// several VALUE children in LAST_DAY_UPDATED
		assertThat(byReference.values()).anySatisfy((e) -> assertThat(e.lastUpdated()).hasSizeGreaterThan(5));
		// empty ENTITY_ALIAS elements are no alias; alias names are trimmed
		assertThat(byReference.values()).allSatisfy((e) -> assertThat(e.aliases())
			.allSatisfy((a) -> assertThat(a.name()).isNotBlank().isEqualTo(a.name().strip())));
		assertThat(byReference.get("QDe.152").aliases()).extracting(UnListEntry.Alias::name)
			.contains("Tehrik-e Taliban Pakistan Jamaat ul Ahrar");
		// reference numbers are trimmed too (some have a trailing space)
		assertThat(byReference).containsKey("KPi.034");
		assertThat(byReference.get("KPi.033").firstName()).isEqualTo("RI");
	}

	@Test
	void shouldReadASmallListWithEveryPart() {
		UnList list = parse(UnListFiles.small("2021-01-01T10:00:00Z").getBytes(StandardCharsets.UTF_8));
		Map<String, UnListEntry> byReference = byReference(list);
		UnListEntry person = byReference.get("QDi.901");
		assertThat(person.name()).isEqualTo("TEST PERSON");
		assertThat(person.lastUpdated()).containsExactly(LocalDate.of(2016, 1, 1), LocalDate.of(2017, 2, 2));
		assertThat(person.aliases()).containsExactly(new UnListEntry.Alias("Good", "Testy", null));
		assertThat(person.addresses()).isEmpty();
		assertThat(person.datesOfBirth()).containsExactly("EXACT, 1970");
		assertThat(person.placesOfBirth()).isEmpty();
		assertThat(person.mentions()).containsExactly("QDe.901");
		UnListEntry front = byReference.get("QDe.901");
		assertThat(front.aliases()).isEmpty();
		assertThat(front.lastUpdated()).isEmpty();
		assertThat(front.comments()).isNull();
	}

	@Test
	void shouldRefuseATruncatedFile() {
		byte[] whole = UnListFiles.shared();
		byte[] half = java.util.Arrays.copyOf(whole, whole.length / 2);
		UnListRefusal refusal = refusal(half);
		assertThat(refusal.code()).isEqualTo("notXml");
	}

	@Test
	void shouldRefuseAnotherRootElement() {
		UnListRefusal refusal = refusal("<?xml version=\"1.0\"?><SANCTIONS dateGenerated=\"2020-03-20T19:09:21Z\"/>");
		assertThat(refusal.code()).isEqualTo("root");
		assertThat(refusal.arguments()).containsExactly("SANCTIONS");
	}

	@Test
	void shouldRefuseABillionLaughsWithoutExpandingIt() {
		StringBuilder entities = new StringBuilder("<!ENTITY lol \"lol\">");
		for (int i = 1; i <= 9; i++) {
			entities.append("<!ENTITY lol").append(i).append(" \"");
			entities.append(("&lol" + ((i == 1) ? "" : i - 1) + ";").repeat(10)).append("\">");
		}
		String xml = "<?xml version=\"1.0\"?><!DOCTYPE CONSOLIDATED_LIST [" + entities + "]>"
				+ UnListFiles.small("2021-01-01T10:00:00Z")
					.replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "")
					.replace("<FIRST_NAME>TEST FRONT</FIRST_NAME>", "<FIRST_NAME>&lol9;</FIRST_NAME>");
		UnListRefusal refusal = refusal(xml);
		assertThat(refusal.code()).isEqualTo("doctype");
	}

	@Test
	void shouldRefuseAnExternalEntityWithoutReadingTheFileItNames(@TempDir Path directory) throws Exception {
		Path secret = Files.writeString(directory.resolve("secret.txt"), "root:x:0:0:the-secret-line");
		for (String target : List.of("file:///etc/passwd", secret.toUri().toString())) {
			String xml = "<?xml version=\"1.0\"?><!DOCTYPE CONSOLIDATED_LIST [<!ENTITY xxe SYSTEM \"" + target + "\">]>"
					+ UnListFiles.small("2021-01-01T10:00:00Z")
						.replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "")
						.replace("<COMMENTS1/>", "<COMMENTS1>&xxe;</COMMENTS1>");
			UnListRefusal refusal = refusal(xml);
			assertThat(refusal.code()).isEqualTo("doctype");
			assertThat(refusal.getMessage()).doesNotContain("root:x:0:0");
		}
	}

	@Test
	void shouldRefuseAnEntityTheFileNeverDeclared() {
		String xml = UnListFiles.small("2021-01-01T10:00:00Z").replace("<COMMENTS1/>", "<COMMENTS1>&xxe;</COMMENTS1>");
		UnListRefusal refusal = refusal(xml);
		assertThat(refusal.code()).isIn("notXml", "entity");
	}

	@Test
	void shouldRefuseAnExternalDocumentType() {
		String xml = "<?xml version=\"1.0\"?><!DOCTYPE CONSOLIDATED_LIST SYSTEM \"http://127.0.0.1:9/list.dtd\">"
				+ UnListFiles.small("2021-01-01T10:00:00Z").replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "");
		assertThat(refusal(xml).code()).isEqualTo("doctype");
	}

	@Test
	void shouldRefuseWhatIsNotXml() {
		assertThat(refusal("%PDF-1.4 not a list").code()).isEqualTo("notXml");
		assertThat(refusal("").code()).isIn("notXml", "notXmlNowhere", "empty");
	}

	@Test
	void shouldRefuseAnEntryWithoutItsReferenceNumberOrWithABadDate() {
		String small = UnListFiles.small("2021-01-01T10:00:00Z");
		assertThat(refusal(small.replace("<REFERENCE_NUMBER>QDe.901</REFERENCE_NUMBER>", "")).code())
			.isEqualTo("missing");
		UnListRefusal badDate = refusal(
				small.replace("<LISTED_ON>2011-07-29</LISTED_ON>", "<LISTED_ON>29/07/2011</LISTED_ON>"));
		assertThat(badDate.code()).isEqualTo("badDate");
		assertThat(badDate.arguments()).contains("QDe.901", "LISTED_ON", "29/07/2011");
		assertThat(refusal(small.replace("QDe.901</REFERENCE_NUMBER>", "QDi.901</REFERENCE_NUMBER>")).code())
			.isEqualTo("duplicate");
		assertThat(refusal(small.replace("dateGenerated=\"2021-01-01T10:00:00Z\"", "")).code())
			.isEqualTo("dateGenerated");
	}

	@Test
	void shouldRefuseAListWithoutEntries() {
		assertThat(refusal("<CONSOLIDATED_LIST dateGenerated=\"2021-01-01T10:00:00Z\"><INDIVIDUALS/><ENTITIES/>"
				+ "</CONSOLIDATED_LIST>")
			.code()).isEqualTo("empty");
	}

	private static UnList parse(byte[] bytes) {
		return UnListParser.parse(new ByteArrayInputStream(bytes));
	}

	private static UnListRefusal refusal(String xml) {
		return refusal(xml.getBytes(StandardCharsets.UTF_8));
	}

	private static UnListRefusal refusal(byte[] bytes) {
		UnListRefusal refusal = catchThrowableOfType(UnListRefusal.class, () -> parse(bytes));
		assertThat(refusal).as("refused").isNotNull();
		return refusal;
	}

	private static Map<String, UnListEntry> byReference(UnList list) {
		return list.entries().stream().collect(Collectors.toMap(UnListEntry::referenceNumber, Function.identity()));
	}

}
