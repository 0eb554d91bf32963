package org.militancymonitor.sanctions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.militancymonitor.sanctions.UnListEntry.Address;
import org.militancymonitor.sanctions.UnListEntry.Alias;
import org.militancymonitor.sanctions.UnListEntry.EntryKind;

/**
 * Reads a UN Security Council Consolidated List (root {@code CONSOLIDATED_LIST}, the UN's
 * {@code sc-sanctions.xsd}) with StAX, one entry at a time: the file is never held as a
 * document. The parser reads no document type: a file that declares one is refused before
 * anything in it is read, so that no entity is expanded (billion laughs) and no external
 * entity or DTD is fetched (a local file such as /etc/passwd, a URL). Whatever else is
 * wrong (not XML, truncated, another root, an entry without its reference number, a date
 * that is none, a reference number twice) refuses the whole file with where and what:
 * nothing of it is imported.
 */
final class UnListParser {

	static final String ROOT = "CONSOLIDATED_LIST";

	/** Deeper than any element of the list: an entry nests three levels. */
	private static final int MAX_DEPTH = 8;

	/** The longest reference number and list type the tables keep (V51). */
	static final int MAX_REFERENCE = 40;

	static final int MAX_LIST_TYPE = 100;

	private UnListParser() {
	}

	/** The StAX factory of the JDK, with document types and external entities off. */
	static XMLInputFactory hardenedFactory() {
		XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		factory.setProperty(XMLInputFactory.IS_COALESCING, true);
		factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
		return factory;
	}

	/**
	 * The list in the stream, read to its end (the SHA-256 is the whole stream's).
	 * @throws UnListRefusal when the stream is not a well-formed UN list
	 */
	static UnList parse(InputStream input) {
		MessageDigest digest = sha256();
		DigestInputStream in = new DigestInputStream(input, digest);
		XMLStreamReader reader;
		try {
			reader = hardenedFactory().createXMLStreamReader(new KeptOpen(in));
		}
		catch (XMLStreamException ex) {
			throw notXml(ex);
		}
		try {
			UnList list = read(reader);
			in.transferTo(java.io.OutputStream.nullOutputStream());
			return new UnList(list.dateGenerated(), list.dateGeneratedAsStated(), list.entries(),
					HexFormat.of().formatHex(digest.digest()));
		}
		catch (XMLStreamException ex) {
			throw notXml(ex);
		}
		catch (IOException ex) {
			throw new UnListRefusal("unreadable", String.valueOf(ex.getMessage()));
		}
		catch (UncheckedIOException ex) {
			throw new UnListRefusal("unreadable", String.valueOf(ex.getCause().getMessage()));
		}
		finally {
			try {
				reader.close();
			}
			catch (XMLStreamException ex) {
				// the reader holds nothing more once read or refused
			}
		}
	}

	private static UnList read(XMLStreamReader reader) throws XMLStreamException {
		while (true) {
			int event = reader.next();
			if (event == XMLStreamConstants.DTD) {
				throw new UnListRefusal("doctype", line(reader));
			}
			if (event == XMLStreamConstants.START_ELEMENT) {
				break;
			}
			if (event == XMLStreamConstants.END_DOCUMENT) {
				throw new UnListRefusal("empty");
			}
		}
		if (!ROOT.equals(reader.getLocalName())) {
			throw new UnListRefusal("root", reader.getLocalName());
		}
		String generatedAsStated = reader.getAttributeValue(null, "dateGenerated");
		OffsetDateTime generated = dateTime(generatedAsStated);
		List<UnListEntry> entries = new ArrayList<>();
		Map<String, Integer> lines = new HashMap<>();
		while (true) {
			int event = reader.next();
			if (event == XMLStreamConstants.END_ELEMENT) {
				break;
			}
			if (event == XMLStreamConstants.START_ELEMENT) {
				String section = reader.getLocalName();
				EntryKind kind = switch (section) {
					case "INDIVIDUALS" -> EntryKind.INDIVIDUAL;
					case "ENTITIES" -> EntryKind.ENTITY;
					default -> throw new UnListRefusal("unexpected", section, line(reader), ROOT);
				};
				readSection(reader, kind, entries, lines);
			}
			else {
				refuseEntities(reader, event);
			}
		}
		while (reader.hasNext()) {
			int event = reader.next();
			if (event == XMLStreamConstants.DTD) {
				throw new UnListRefusal("doctype", line(reader));
			}
		}
		if (entries.isEmpty()) {
			throw new UnListRefusal("empty");
		}
		return new UnList(generated, generatedAsStated.strip(), entries, "");
	}

	private static void readSection(XMLStreamReader reader, EntryKind kind, List<UnListEntry> entries,
			Map<String, Integer> lines) throws XMLStreamException {
		String element = (kind == EntryKind.INDIVIDUAL) ? "INDIVIDUAL" : "ENTITY";
		while (true) {
			int event = reader.next();
			if (event == XMLStreamConstants.END_ELEMENT) {
				return;
			}
			if (event == XMLStreamConstants.START_ELEMENT) {
				if (!element.equals(reader.getLocalName())) {
					throw new UnListRefusal("unexpected", reader.getLocalName(), line(reader),
							(kind == EntryKind.INDIVIDUAL) ? "INDIVIDUALS" : "ENTITIES");
				}
				Node node = Node.read(reader, 1);
				UnListEntry entry = entry(node, kind);
				Integer earlier = lines.putIfAbsent(entry.referenceNumber(), node.line());
				if (earlier != null) {
					throw new UnListRefusal("duplicate", entry.referenceNumber(), node.line(), earlier);
				}
				entries.add(entry);
			}
			else {
				refuseEntities(reader, event);
			}
		}
	}

	private static void refuseEntities(XMLStreamReader reader, int event) {
		if (event == XMLStreamConstants.ENTITY_REFERENCE) {
			throw new UnListRefusal("entity", reader.getLocalName(), UnListParser.line(reader));
		}
	}

	private static UnListEntry entry(Node node, EntryKind kind) {
		String reference = node.text("REFERENCE_NUMBER");
		if (reference == null) {
			throw new UnListRefusal("missing", node.line(), "REFERENCE_NUMBER");
		}
		if (reference.length() > MAX_REFERENCE) {
			throw new UnListRefusal("tooLong", reference, node.line(), "REFERENCE_NUMBER", MAX_REFERENCE);
		}
		String listType = node.text("UN_LIST_TYPE");
		if (listType == null) {
			throw new UnListRefusal("missingIn", reference, node.line(), "UN_LIST_TYPE");
		}
		if (listType.length() > MAX_LIST_TYPE) {
			throw new UnListRefusal("tooLong", reference, node.line(), "UN_LIST_TYPE", MAX_LIST_TYPE);
		}
		String first = node.text("FIRST_NAME");
		String second = node.text("SECOND_NAME");
		String third = node.text("THIRD_NAME");
		String fourth = node.text("FOURTH_NAME");
		if (first == null && second == null && third == null && fourth == null) {
			throw new UnListRefusal("missingIn", reference, node.line(), "FIRST_NAME");
		}
		String listedAsStated = node.text("LISTED_ON");
		boolean individual = kind == EntryKind.INDIVIDUAL;
		List<Alias> aliases = node.all(individual ? "INDIVIDUAL_ALIAS" : "ENTITY_ALIAS")
			.stream()
			.filter((a) -> a.text("ALIAS_NAME") != null)
			.map((a) -> new Alias(a.text("QUALITY"), a.text("ALIAS_NAME"), a.flatten("QUALITY", "ALIAS_NAME")))
			.toList();
		List<Address> addresses = node.all(individual ? "INDIVIDUAL_ADDRESS" : "ENTITY_ADDRESS")
			.stream()
			.map((a) -> new Address(a.text("STREET"), a.text("CITY"), a.text("STATE_PROVINCE"), a.text("ZIP_CODE"),
					a.text("COUNTRY"), a.text("NOTE")))
			.filter((a) -> !a.toString().isEmpty())
			.toList();
		String submitted = (node.text("SUBMITTED_BY") != null) ? node.text("SUBMITTED_BY") : node.text("SUBMITTED_ON");
		return new UnListEntry(kind, reference, number(node, reference, "DATAID"),
				integer(node, reference, "VERSIONNUM"), listType, first, second, third, fourth,
				node.text("NAME_ORIGINAL_SCRIPT"), date(node, reference, "LISTED_ON", listedAsStated), listedAsStated,
				node.text("COMMENTS1"), node.text("GENDER"), submitted, node.values("TITLE"),
				node.values("DESIGNATION"), node.values("NATIONALITY"),
				node.child("LAST_DAY_UPDATED")
					.map((updated) -> updated.all("VALUE")
						.stream()
						.filter((v) -> v.text() != null)
						.map((v) -> date(v, reference, "LAST_DAY_UPDATED", v.text()))
						.toList())
					.orElse(List.of()),
				aliases, addresses, flattened(node, "INDIVIDUAL_DATE_OF_BIRTH"),
				flattened(node, "INDIVIDUAL_PLACE_OF_BIRTH"), flattened(node, "INDIVIDUAL_DOCUMENT"),
				date(node, reference, "DELISTED_ON", node.text("DELISTED_ON")));
	}

	private static List<String> flattened(Node node, String name) {
		return node.all(name).stream().map((n) -> n.flatten()).filter(Objects::nonNull).toList();
	}

	/**
	 * A date as the list writes it, {@code 2011-07-29} or with an offset
	 * ({@code 2015-04-07-04:00}), which is dropped: the date is the one written.
	 */
	private static LocalDate date(Node node, String reference, String element, String text) {
		if (text == null) {
			return null;
		}
		try {
			return DateTimeFormatter.ISO_DATE.parse(text, LocalDate::from);
		}
		catch (DateTimeParseException ex) {
			throw new UnListRefusal("badDate", reference, element, text, node.line());
		}
	}

	private static Long number(Node node, String reference, String element) {
		String text = node.text(element);
		try {
			return (text != null) ? Long.valueOf(text) : null;
		}
		catch (NumberFormatException ex) {
			throw new UnListRefusal("badNumber", reference, element, text, node.line());
		}
	}

	private static Integer integer(Node node, String reference, String element) {
		Long value = number(node, reference, element);
		if (value != null && (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE)) {
			throw new UnListRefusal("badNumber", reference, element, value, node.line());
		}
		return (value != null) ? value.intValue() : null;
	}

	/**
	 * The {@code dateGenerated} attribute ({@code xs:dateTime}); one without an offset is
	 * taken as UTC.
	 */
	private static OffsetDateTime dateTime(String text) {
		if (text == null || text.isBlank()) {
			throw new UnListRefusal("dateGenerated", String.valueOf(text));
		}
		String value = text.strip();
		try {
			return OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
		}
		catch (DateTimeParseException ex) {
			try {
				return LocalDateTime.parse(value, DateTimeFormatter.ISO_LOCAL_DATE_TIME).atOffset(ZoneOffset.UTC);
			}
			catch (DateTimeParseException again) {
				throw new UnListRefusal("dateGenerated", value);
			}
		}
	}

	private static UnListRefusal notXml(XMLStreamException ex) {
		Location location = ex.getLocation();
		String detail = String.valueOf(ex.getMessage());
		int message = detail.indexOf("Message:");
		if (message >= 0) {
			detail = detail.substring(message + "Message:".length());
		}
		detail = detail.strip();
		return (location != null)
				? new UnListRefusal("notXml", location.getLineNumber(), location.getColumnNumber(), detail)
				: new UnListRefusal("notXmlNowhere", detail);
	}

	private static int line(XMLStreamReader reader) {
		return reader.getLocation().getLineNumber();
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every JDK has SHA-256", ex);
		}
	}

	/** An element of an entry with its text and children, read whole. */
	private record Node(String name, String rawText, List<Node> children, int line) {

		static Node read(XMLStreamReader reader, int depth) throws XMLStreamException {
			if (depth > MAX_DEPTH) {
				throw new UnListRefusal("tooDeep", reader.getLocalName(), UnListParser.line(reader));
			}
			String name = reader.getLocalName();
			int line = UnListParser.line(reader);
			StringBuilder text = new StringBuilder();
			List<Node> children = new ArrayList<>();
			while (true) {
				int event = reader.next();
				switch (event) {
					case XMLStreamConstants.START_ELEMENT -> children.add(read(reader, depth + 1));
					case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
						text.append(reader.getText());
					case XMLStreamConstants.END_ELEMENT -> {
						return new Node(name, text.toString(), List.copyOf(children), line);
					}
					default -> refuseEntities(reader, event);
				}
			}
		}

		/** The element's own text, trimmed; null when empty. */
		String text() {
			String stripped = this.rawText.strip();
			return stripped.isEmpty() ? null : stripped;
		}

		/**
		 * The trimmed text of the first child of that name; null when absent or empty.
		 */
		String text(String child) {
			return child(child).map(Node::text).orElse(null);
		}

		java.util.Optional<Node> child(String child) {
			return this.children.stream().filter((c) -> c.name.equals(child)).findFirst();
		}

		List<Node> all(String child) {
			return this.children.stream().filter((c) -> c.name.equals(child)).toList();
		}

		/** The texts of the child's VALUE elements, the empty ones left out. */
		List<String> values(String child) {
			return child(child).map((c) -> c.all("VALUE").stream().map(Node::text).filter(Objects::nonNull).toList())
				.orElse(List.of());
		}

		/**
		 * The children's texts joined, those named left out: a date of birth as "EXACT,
		 * 1964-07-17", a document as "Passport, 381310014"; null when all are empty.
		 */
		String flatten(String... leaveOut) {
			if (this.children.isEmpty()) {
				return text();
			}
			List<String> skip = List.of(leaveOut);
			String joined = this.children.stream()
				.filter((c) -> !skip.contains(c.name))
				.map(Node::flatten)
				.filter(Objects::nonNull)
				.collect(Collectors.joining(", "));
			return joined.isEmpty() ? null : joined;
		}

	}

	/**
	 * The stream as the parser reads it: the parser closes what it reads at the end of
	 * the document, and the rest of the stream is still to be read into the digest.
	 */
	private static final class KeptOpen extends java.io.FilterInputStream {

		KeptOpen(InputStream in) {
			super(in);
		}

		@Override
		public void close() {
			// the caller closes the stream it opened
		}

	}

}
