package org.militancymonitor.system;

import java.util.List;
import java.util.function.Function;

import org.springframework.web.util.HtmlUtils;

/**
 * The options of a select, with their {@code <option>} elements rendered once: a filter
 * form offers dozens of regions and groups on every page, and rendering each option in
 * the template costs three expressions per option per request. Values and labels are
 * escaped here; a template inserts {@link #html(String)} unescaped.
 *
 * @param <T> the items offered
 */
public final class SelectOptions<T> {

	private final List<T> items;

	private final String[] values;

	private final String[] options;

	private final String[] selectedOptions;

	private final String allOptions;

	private SelectOptions(List<T> items, Function<T, String> value, Function<T, String> label) {
		this.items = List.copyOf(items);
		int n = this.items.size();
		this.values = new String[n];
		this.options = new String[n];
		this.selectedOptions = new String[n];
		StringBuilder all = new StringBuilder();
		for (int i = 0; i < n; i++) {
			T item = this.items.get(i);
			this.values[i] = value.apply(item);
			String escapedValue = HtmlUtils.htmlEscape(this.values[i], "UTF-8");
			String escapedLabel = HtmlUtils.htmlEscape(label.apply(item), "UTF-8");
			this.options[i] = "<option value=\"" + escapedValue + "\">" + escapedLabel + "</option>";
			this.selectedOptions[i] = "<option value=\"" + escapedValue + "\" selected=\"selected\">" + escapedLabel
					+ "</option>";
			all.append(this.options[i]);
		}
		this.allOptions = all.toString();
	}

	public static <T> SelectOptions<T> of(List<T> items, Function<T, String> value, Function<T, String> label) {
		return new SelectOptions<>(items, value, label);
	}

	public List<T> items() {
		return this.items;
	}

	/**
	 * The {@code <option>} elements, the one whose value equals {@code selected} (if any)
	 * marked selected.
	 */
	public String html(String selected) {
		int index = (selected != null) ? indexOf(selected) : -1;
		if (index < 0) {
			return this.allOptions;
		}
		StringBuilder html = new StringBuilder(this.allOptions.length() + 10);
		for (int i = 0; i < this.options.length; i++) {
			html.append((i == index) ? this.selectedOptions[i] : this.options[i]);
		}
		return html.toString();
	}

	private int indexOf(String value) {
		for (int i = 0; i < this.values.length; i++) {
			if (this.values[i].equals(value)) {
				return i;
			}
		}
		return -1;
	}

}
