package org.militancymonitor.common;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class PartialDateFormatterTests {

	private final PartialDateFormatter dates = new PartialDateFormatter(messages());

	private static StaticMessageSource messages() {
		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessage("date.unknown", Locale.ENGLISH, "date unknown");
		messages.addMessage("date.unknown", Locale.FRENCH, "date inconnue");
		return messages;
	}

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void shouldShowNoMorePrecisionThanTheDateHas() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(this.dates.format(PartialDate.ofDay(LocalDate.of(2025, 10, 12)))).isEqualTo("12 Oct 2025");
		assertThat(this.dates.format(PartialDate.ofMonth(2025, 10))).isEqualTo("Oct 2025");
		assertThat(this.dates.format(PartialDate.ofYear(2024))).isEqualTo("2024");
		assertThat(this.dates.format(PartialDate.unknown())).isEqualTo("date unknown");
		assertThat(this.dates.format(null)).isEqualTo("date unknown");
	}

	@Test
	void shouldFallBackToTheWordsOfTheSourceOnlyWhenTheDateIsUnknown() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(this.dates.format(PartialDate.unknown(), "October 12 (year not stated)"))
			.isEqualTo("October 12 (year not stated)");
		assertThat(this.dates.format(PartialDate.ofMonth(2025, 10), "early October")).isEqualTo("Oct 2025");
		assertThat(this.dates.format(PartialDate.unknown(), " ")).isEqualTo("date unknown");
	}

	@Test
	void shouldFormatInTheLocaleOfEachCall() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(this.dates.format(PartialDate.ofMonth(2025, 2))).isEqualTo("Feb 2025");
		LocaleContextHolder.setLocale(Locale.FRENCH);
		assertThat(this.dates.format(PartialDate.ofMonth(2025, 2))).isEqualTo("févr. 2025");
		assertThat(this.dates.format(PartialDate.unknown())).isEqualTo("date inconnue");
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(this.dates.format(PartialDate.ofMonth(2025, 2))).isEqualTo("Feb 2025");
	}

}
