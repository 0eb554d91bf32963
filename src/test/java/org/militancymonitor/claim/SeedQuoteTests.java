package org.militancymonitor.claim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.militancymonitor.PostgresDataJpaTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every quote of the seed stands verbatim in the document it is taken from (the source's
 * {@code document_ref}), after normalising curly quotes and whitespace only: the claims
 * and statements of the five articles in {@code ../shared/seeds}, the claims of the UN
 * Consolidated List in {@code ../shared/testdata/un-sanctions}. The documents are not
 * part of the repository; without them the tests are skipped.
 */
@PostgresDataJpaTest
class SeedQuoteTests {

	/** Relative to the project directory, the working directory Maven runs tests in. */
	static final Path SEEDS = Path.of("..", "shared", "seeds");

	static final Path UN_LISTS = Path.of("..", "shared", "testdata", "un-sanctions");

	private static final Pattern DATE_GENERATED = Pattern.compile("dateGenerated=\"(\\d{4}-\\d{2}-\\d{2})");

	@Autowired
	JdbcClient jdbc;

	private final Map<Path, String> documents = new HashMap<>();

	@Test
	void shouldQuoteEveryArticleVerbatim() {
		assumeTrue(Files.isDirectory(SEEDS), "The seed articles are not here (" + SEEDS.toAbsolutePath().normalize()
				+ " is absent, as on a clone of the repository alone): their quotes cannot be checked");
		List<Quote> quotes = quotes("NEWS_ARTICLE");
		assertThat(quotes).hasSizeGreaterThan(90);
		assertThat(notVerbatim(quotes, SEEDS)).isEmpty();
	}

	@Test
	void shouldQuoteTheUnListVerbatim() {
		assumeTrue(Files.isDirectory(UN_LISTS), "The UN Consolidated List is not here ("
				+ UN_LISTS.toAbsolutePath().normalize() + " is absent): its quotes cannot be checked");
		List<Quote> quotes = quotes("SANCTIONS_LIST");
		assertThat(quotes).isNotEmpty();
		assertThat(notVerbatim(quotes, UN_LISTS)).isEmpty();
	}

	@Test
	void shouldCiteTheUnListOfTheDateItWasGenerated() {
		assumeTrue(Files.isDirectory(UN_LISTS), "The UN Consolidated List is not here ("
				+ UN_LISTS.toAbsolutePath().normalize() + " is absent): its date cannot be checked");
		List<Map.Entry<String, String>> lists = this.jdbc
			.sql("select document_ref, published_on::text from source where kind = 'SANCTIONS_LIST'")
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
			.list();
		assertThat(lists).isNotEmpty().allSatisfy((list) -> {
			Matcher generated = DATE_GENERATED.matcher(document(UN_LISTS.resolve(list.getKey())));
			assertThat(generated.find()).as("%s has a dateGenerated", list.getKey()).isTrue();
			assertThat(generated.group(1)).as("the date %s was generated", list.getKey()).isEqualTo(list.getValue());
		});
	}

	/** The claims of the sources of this kind, and the quotes of statements they back. */
	private List<Quote> quotes(String sourceKind) {
		return this.jdbc.sql("""
				select 'claim ' || c.ref as label, s.document_ref, c.quote
				  from claim c join source s on s.id = c.source_id
				 where s.kind = :kind
				union all
				select 'statement ' || st.id || ' (claim ' || c.ref || ')', s.document_ref, st.quote
				  from statement st join claim c on c.id = st.claim_id join source s on s.id = c.source_id
				 where s.kind = :kind and st.quote is not null
				 order by 1
				""").param("kind", sourceKind).query(Quote.class).list();
	}

	private List<String> notVerbatim(List<Quote> quotes, Path directory) {
		return quotes.stream().filter((quote) -> {
			Path file = directory.resolve(quote.documentRef());
			return !Files.isRegularFile(file) || !normalize(document(file)).contains(normalize(quote.quote()));
		}).map((quote) -> quote.label() + " in " + quote.documentRef() + ": " + quote.quote()).toList();
	}

	private String document(Path file) {
		return this.documents.computeIfAbsent(file, (path) -> {
			try {
				return Files.readString(path, StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	/** Curly quotes made straight, every run of whitespace one space. */
	static String normalize(String text) {
		return text.replace('\u2018', '\'')
			.replace('\u2019', '\'')
			.replace('\u201C', '"')
			.replace('\u201D', '"')
			.replaceAll("[\\s\\u00A0]+", " ")
			.strip();
	}

	record Quote(String label, String documentRef, String quote) {
	}

}
