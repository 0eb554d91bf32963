package org.militancymonitor.sanctions;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.militancymonitor.PostgresSpringBootTest;
import org.militancymonitor.SignedIn;
import org.militancymonitor.account.Role;
import org.militancymonitor.account.TestAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The upload page: the real list imported from it, a second submission of the same form
 * sent to the first one's result, and malformed and hostile files refused with why and
 * nothing imported; over real HTTP, a file above the size limit answered 413 with a page
 * that says so.
 */
@PostgresSpringBootTest
class SanctionsImportControllerTests {

	static final RequestPostProcessor EDITOR = SignedIn.editor("editor-sanctions");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	@BeforeEach
	@AfterEach
	void removeImports() {
		UnListImports.remove(this.jdbc);
	}

	@Test
	void shouldShowTheUploadFormWithItsLimit() throws Exception {
		this.mvc.perform(get("/sanctions/imports/new").with(EDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("enctype=\"multipart/form-data\""),
					containsString("name=\"formToken\""), containsString("At most 10 MB."),
					containsString("action=\"/sanctions/imports\""), containsString("name=\"_csrf\""))));
	}

	@Test
	void shouldImportTheSharedListFromTheFormAndSendASecondSubmissionToTheFirstResult() throws Exception {
		String token = UUID.randomUUID().toString();
		MockMultipartFile file = new MockMultipartFile("file", "consolidated-2020-03-20.xml", "text/xml",
				UnListFiles.shared());
		MvcResult first = this.mvc
			.perform(multipart("/sanctions/imports").file(file).param("formToken", token).with(EDITOR))
			.andExpect(status().isFound())
			.andExpect(redirectedUrlPattern("/sanctions/imports/*"))
			.andExpect(flash().attribute("message", "sanctions.import.done.APPLIED"))
			.andReturn();
		String result = first.getResponse().getRedirectedUrl();
		assertThat(count("sanctions_entry")).isEqualTo(1014);
		assertThat(this.jdbc.sql("select imported_by from sanctions_import").query(String.class).single())
			.isEqualTo("editor-sanctions");
		this.mvc.perform(multipart("/sanctions/imports").file(file).param("formToken", token).with(EDITOR))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl(result));
		assertThat(count("sanctions_import")).isOne();
		this.mvc.perform(get(result).with(EDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("1014 added"), containsString("editor-sanctions"))));
	}

	@Test
	void shouldRefuseMalformedAndHostileFilesWithWhyAndNothingImported(@TempDir Path directory) throws Exception {
		String original = UnListFiles.sharedText();
		Path secret = Files.writeString(directory.resolve("secret.txt"), "root:x:0:0:the-secret-line");
		String small = UnListFiles.small("2021-01-01T10:00:00Z")
			.replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "");
		Map<String, String> refusals = new java.util.LinkedHashMap<>();
		refusals.put(original.substring(0, original.length() / 2), "is not well-formed XML");
		refusals.put(original.replace("CONSOLIDATED_LIST", "SANCTIONS_LIST"),
				"root element is SANCTIONS_LIST, not CONSOLIDATED_LIST");
		refusals.put("<?xml version=\"1.0\"?><!DOCTYPE CONSOLIDATED_LIST [<!ENTITY a \"aaaaaaaaaa\">"
				+ "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
				+ small.replace("<FIRST_NAME>TEST FRONT</FIRST_NAME>", "<FIRST_NAME>&c;</FIRST_NAME>"),
				"declares a document type");
		refusals.put("<?xml version=\"1.0\"?><!DOCTYPE CONSOLIDATED_LIST [<!ENTITY xxe SYSTEM \"" + secret.toUri()
				+ "\">]>" + small.replace("<COMMENTS1/>", "<COMMENTS1>&xxe;</COMMENTS1>"), "declares a document type");
		refusals.put("<?xml version=\"1.0\"?><!DOCTYPE CONSOLIDATED_LIST [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
				+ small.replace("<COMMENTS1/>", "<COMMENTS1>&xxe;</COMMENTS1>"), "declares a document type");
		refusals.put(small.replace("<LISTED_ON>2011-07-29</LISTED_ON>", "<LISTED_ON>yesterday</LISTED_ON>"),
				"LISTED_ON that is not a date, &quot;yesterday&quot;");
		refusals.put("%PDF-1.4", "is not well-formed XML");
		for (Map.Entry<String, String> refusal : refusals.entrySet()) {
			MockMultipartFile file = new MockMultipartFile("file", "list.xml", "text/xml",
					refusal.getKey().getBytes(StandardCharsets.UTF_8));
			this.mvc
				.perform(multipart("/sanctions/imports").file(file)
					.param("formToken", UUID.randomUUID().toString())
					.with(EDITOR))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(allOf(containsString("id=\"import-refusal\""),
						containsString(refusal.getValue()), containsString("othing was imported"),
						not(containsString("root:x:0:0")), not(containsString("the-secret-line")))));
		}
		for (String table : List.of("sanctions_import", "sanctions_entry", "sanctions_change", "sanctions_match")) {
			assertThat(count(table)).as(table).isZero();
		}
		assertThat(
				this.jdbc.sql("select count(*) from source where kind = 'SANCTIONS_LIST'").query(Long.class).single())
			.isOne();
	}

	@Test
	void shouldAskForAFileWhenTheFormSendsNone() throws Exception {
		this.mvc.perform(multipart("/sanctions/imports").param("formToken", UUID.randomUUID().toString()).with(EDITOR))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Choose the XML file of the UN list")));
		MockMultipartFile empty = new MockMultipartFile("file", "empty.xml", "text/xml", new byte[0]);
		this.mvc
			.perform(multipart("/sanctions/imports").file(empty)
				.param("formToken", UUID.randomUUID().toString())
				.with(EDITOR))
			.andExpect(status().isBadRequest());
		assertThat(count("sanctions_import")).isZero();
	}

	@Test
	void shouldShowAHostileFileNameEscaped() throws Exception {
		MockMultipartFile file = new MockMultipartFile("file", "<img src=x onerror=alert(1)>.xml", "text/xml",
				UnListFiles.small("2021-01-01T10:00:00Z").getBytes(StandardCharsets.UTF_8));
		String result = this.mvc
			.perform(multipart("/sanctions/imports").file(file)
				.param("formToken", UUID.randomUUID().toString())
				.with(EDITOR))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.mvc.perform(get(result).with(EDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(not(containsString("<img src=x onerror=alert(1)>")),
					containsString("&lt;img src=x onerror=alert(1)&gt;.xml"))));
	}

	@Test
	void shouldAnswerAFileAboveTheLimitWith413AndTheFormOverRealHttp() throws Exception {
		String base = "http://localhost:" + this.port;
		HttpClient http = TestAccounts.signIn(base,
				TestAccounts.ensure(this.jdbc, "editor-sanctions-http", Role.EDITOR), TestAccounts.PASSWORD);
		String form = http
			.send(HttpRequest.newBuilder(URI.create(base + "/sanctions/imports/new")).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
		assertThat(csrf.find()).as("the form's CSRF token").isTrue();
		byte[] tooLarge = new byte[10 * 1024 * 1024 + 1];
		java.util.Arrays.fill(tooLarge, (byte) ' ');
		String boundary = "----sanctions" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf.group(1)
				+ "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"formToken\"\r\n\r\n"
				+ UUID.randomUUID() + "\r\n--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.xml\"\r\n"
				+ "Content-Type: text/xml\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(tooLarge);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/sanctions/imports"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("id=\"too-large\"", "larger than an upload may be",
				"href=\"/sanctions/imports/new\"");
		assertThat(count("sanctions_import")).isZero();
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}
