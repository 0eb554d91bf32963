package org.militancymonitor.review;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One field that differs between two versions of a record, by its label's message key,
 * with the values as text (null when empty).
 */
public record FieldChange(String label, String before, String after) {

	/**
	 * The fields whose values differ, in the order of {@code before}'s fields and then
	 * any only {@code after} has.
	 */
	public static List<FieldChange> between(Map<String, String> before, Map<String, String> after) {
		Set<String> labels = new LinkedHashSet<>(before.keySet());
		labels.addAll(after.keySet());
		List<FieldChange> changes = new ArrayList<>();
		for (String label : labels) {
			String old = blankToNull(before.get(label));
			String now = blankToNull(after.get(label));
			if (!Objects.equals(old, now)) {
				changes.add(new FieldChange(label, old, now));
			}
		}
		return changes;
	}

	/** Every field of two versions side by side, marking those that differ. */
	public static List<FieldComparison> compare(Map<String, String> mine, Map<String, String> current) {
		Set<String> labels = new LinkedHashSet<>(mine.keySet());
		labels.addAll(current.keySet());
		List<FieldComparison> rows = new ArrayList<>();
		for (String label : labels) {
			String a = blankToNull(mine.get(label));
			String b = blankToNull(current.get(label));
			rows.add(new FieldComparison(label, a, b, !Objects.equals(a, b)));
		}
		return rows;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

	/** A field of two versions side by side. */
	public record FieldComparison(String label, String mine, String current, boolean differs) {
	}

}
