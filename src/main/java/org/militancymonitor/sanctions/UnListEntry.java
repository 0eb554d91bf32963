package org.militancymonitor.sanctions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An entry of the UN Security Council Consolidated List, an individual or an entity, as
 * the list gives it: texts trimmed (a line break inside a name kept), empty elements left
 * out, dates as dates (an offset such as {@code 2015-04-07-04:00} dropped, the date kept
 * as written) and, for the listing date, also as stated.
 */
record UnListEntry(EntryKind kind, String referenceNumber, Long dataId, Integer versionNum, String listType,
		String firstName, String secondName, String thirdName, String fourthName, String nameOriginalScript,
		LocalDate listedOn, String listedOnAsStated, String comments, String gender, String submitted,
		List<String> titles, List<String> designations, List<String> nationalities, List<LocalDate> lastUpdated,
		List<Alias> aliases, List<Address> addresses, List<String> datesOfBirth, List<String> placesOfBirth,
		List<String> documents, LocalDate delistedOn) {

	/** A reference number as the list writes them: two letters, i or e, a dot, digits. */
	static final Pattern REFERENCE = Pattern.compile("\\b[A-Z]{2}[ie]\\.\\d{3,4}\\b");

	UnListEntry {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(referenceNumber, "reference number");
		titles = List.copyOf(titles);
		designations = List.copyOf(designations);
		nationalities = List.copyOf(nationalities);
		lastUpdated = List.copyOf(lastUpdated);
		aliases = List.copyOf(aliases);
		addresses = List.copyOf(addresses);
		datesOfBirth = List.copyOf(datesOfBirth);
		placesOfBirth = List.copyOf(placesOfBirth);
		documents = List.copyOf(documents);
	}

	/** The whole name: an individual's names in the list's order, an entity's name. */
	String name() {
		return Stream.of(this.firstName, this.secondName, this.thirdName, this.fourthName)
			.filter(Objects::nonNull)
			.collect(Collectors.joining(" "));
	}

	/**
	 * The other entries the comments name by reference number, as a TTP commander's entry
	 * names the TTP's (QDe.132).
	 */
	List<String> mentions() {
		if (this.comments == null) {
			return List.of();
		}
		Set<String> found = new LinkedHashSet<>();
		Matcher matcher = REFERENCE.matcher(this.comments);
		while (matcher.find()) {
			if (!matcher.group().equals(this.referenceNumber)) {
				found.add(matcher.group());
			}
		}
		return List.copyOf(found);
	}

	/**
	 * The names the entry is known by, to find it among the groups' names: the name, each
	 * alias, the original script, and each of these without a closing parenthesis, whose
	 * content (an acronym such as TTP) counts as a name of its own.
	 */
	List<String> names() {
		List<String> names = new ArrayList<>();
		Stream.concat(Stream.of(name(), this.nameOriginalScript), this.aliases.stream().map(Alias::name))
			.filter(Objects::nonNull)
			.forEach((name) -> {
				String flat = name.replaceAll("\\s+", " ").strip();
				names.add(flat);
				Matcher parenthesis = TRAILING_PARENTHESIS.matcher(flat);
				if (parenthesis.matches()) {
					names.add(parenthesis.group(1).strip());
					names.add(parenthesis.group(2).strip());
				}
			});
		return names.stream().filter((n) -> !n.isBlank()).distinct().toList();
	}

	private static final Pattern TRAILING_PARENTHESIS = Pattern.compile("(.+?)\\s*\\(([^()]+)\\)");

	/**
	 * What the entry holds, field by field, each as text: two entries are the same entry
	 * when these are equal, and an amendment is the fields that differ.
	 */
	Map<String, String> fields() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("kind", this.kind.name());
		fields.put("dataId", text(this.dataId));
		fields.put("versionNum", text(this.versionNum));
		fields.put("listType", this.listType);
		fields.put("firstName", this.firstName);
		fields.put("secondName", this.secondName);
		fields.put("thirdName", this.thirdName);
		fields.put("fourthName", this.fourthName);
		fields.put("originalScript", this.nameOriginalScript);
		fields.put("listedOn", this.listedOnAsStated);
		fields.put("comments", this.comments);
		fields.put("gender", this.gender);
		fields.put("submitted", this.submitted);
		fields.put("titles", lines(this.titles));
		fields.put("designations", lines(this.designations));
		fields.put("nationalities", lines(this.nationalities));
		fields.put("lastUpdated", lines(this.lastUpdated));
		fields.put("aliases", lines(this.aliases));
		fields.put("addresses", lines(this.addresses));
		fields.put("datesOfBirth", lines(this.datesOfBirth));
		fields.put("placesOfBirth", lines(this.placesOfBirth));
		fields.put("documents", lines(this.documents));
		fields.put("delistedOn", text(this.delistedOn));
		return fields;
	}

	/** The fields in which {@code newer} differs from this entry, with both values. */
	List<FieldChange> changesTo(UnListEntry newer) {
		Map<String, String> before = fields();
		Map<String, String> after = newer.fields();
		List<FieldChange> changes = new ArrayList<>();
		before.forEach((field, value) -> {
			if (!Objects.equals(value, after.get(field))) {
				changes.add(new FieldChange(field, value, after.get(field)));
			}
		});
		return changes;
	}

	private static String text(Object value) {
		return (value != null) ? value.toString() : null;
	}

	private static String lines(List<?> values) {
		return values.isEmpty() ? null : values.stream().map(Object::toString).collect(Collectors.joining("\n"));
	}

	/** Individual or entity, as the list files them. */
	enum EntryKind {

		INDIVIDUAL, ENTITY

	}

	/**
	 * A name the entry is also known by, with its quality as the list writes it (a.k.a.,
	 * f.k.a., Good, Low; null when empty) and, for an individual, what else the list
	 * gives with it (a date or place of birth, a note).
	 */
	record Alias(String quality, String name, String details) {

		@Override
		public String toString() {
			String text = (this.quality != null) ? this.quality + " " + this.name : this.name;
			return (this.details != null) ? text + " (" + this.details + ")" : text;
		}

	}

	/** An address of an entry, each part as given. */
	record Address(String street, String city, String stateProvince, String zipCode, String country, String note) {

		@Override
		public String toString() {
			return Stream.of(this.street, this.city, this.stateProvince, this.zipCode, this.country, this.note)
				.filter(Objects::nonNull)
				.collect(Collectors.joining(", "));
		}

	}

	/** A field an import changed, with its text before and after (null: empty). */
	record FieldChange(String field, String before, String after) {
	}

}
