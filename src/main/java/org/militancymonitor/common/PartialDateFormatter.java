package org.militancymonitor.common;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Formats a {@link PartialDate} with no more precision than it has: "12 Oct 2025", "Oct
 * 2025", "2024" or "date unknown". Templates call it as {@code @dates.format(...)}.
 */
@Component("dates")
public class PartialDateFormatter {

	/** Locales whose formatters are kept; formatters for any others are made per call. */
	private static final int MAX_LOCALES = 8;

	private final MessageSource messages;

	/** Formatters by locale and precision: a pattern is parsed once, not per date. */
	private final Map<Locale, Map<DatePrecision, DateTimeFormatter>> formatters = new ConcurrentHashMap<>();

	public PartialDateFormatter(MessageSource messages) {
		this.messages = messages;
	}

	public String format(PartialDate value) {
		Locale locale = LocaleContextHolder.getLocale();
		if (value == null || !value.isKnown()) {
			return this.messages.getMessage("date.unknown", null, locale);
		}
		Map<DatePrecision, DateTimeFormatter> formatters = this.formatters.get(locale);
		if (formatters == null) {
			formatters = formattersFor(locale);
			if (this.formatters.size() < MAX_LOCALES) {
				this.formatters.putIfAbsent(locale, formatters);
			}
		}
		return formatters.get(value.getPrecision()).format(value.getDate());
	}

	private static Map<DatePrecision, DateTimeFormatter> formattersFor(Locale locale) {
		return Map.of(DatePrecision.DAY, DateTimeFormatter.ofPattern("d MMM yyyy", locale), DatePrecision.MONTH,
				DateTimeFormatter.ofPattern("MMM yyyy", locale), DatePrecision.YEAR,
				DateTimeFormatter.ofPattern("yyyy", locale));
	}

	/**
	 * Formats the date, falling back to how the source worded it when the date itself is
	 * unknown (for example "October 12 (year not stated)").
	 */
	public String format(PartialDate value, String asStated) {
		if ((value == null || !value.isKnown()) && asStated != null && !asStated.isBlank()) {
			return asStated;
		}
		return format(value);
	}

}
