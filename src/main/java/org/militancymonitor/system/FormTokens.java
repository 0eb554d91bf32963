package org.militancymonitor.system;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * One-time tokens that make a form's POST idempotent: a form carries a fresh token, and
 * the transaction that saves what it submits first takes the token. A second POST with
 * the same token (a double click, a browser's retry) waits for the first one's
 * transaction on the token's key and is then told where the first one's result is,
 * instead of saving it again. A submission that is refused or rolls back leaves the token
 * free, so the corrected form can use it.
 */
@Component
public class FormTokens {

	private static final Pattern TOKEN = Pattern
		.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	private final JdbcClient jdbc;

	FormTokens(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A token for a new form. */
	public static String newToken() {
		return UUID.randomUUID().toString();
	}

	/**
	 * The token an API request's {@code Idempotency-Key} takes for its user: the same key
	 * of the same user is always the same token, and no form's.
	 */
	public static String forIdempotencyKey(String user, String key) {
		return UUID.nameUUIDFromBytes(("Idempotency-Key\n" + user + "\n" + key).getBytes(StandardCharsets.UTF_8))
			.toString();
	}

	/**
	 * A token for a small form a template renders on a record's page
	 * ({@code ${@formTokens.token()}}), one per form.
	 */
	public String token() {
		return newToken();
	}

	/**
	 * Takes the token for this submission, within the caller's transaction. Empty when it
	 * is taken now; otherwise the page of the earlier submission that took it.
	 * @throws InvalidTokenException when the token is missing or malformed
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<String> take(String token, String user) {
		if (token == null || !TOKEN.matcher(token).matches()) {
			throw new InvalidTokenException();
		}
		int taken = this.jdbc.sql(
				"insert into form_submission (token, username) values (cast(:token as uuid), :user) on conflict do nothing")
			.param("token", token)
			.param("user", user)
			.update();
		if (taken == 1) {
			return Optional.empty();
		}
		return Optional.of(this.jdbc
			.sql("select result_url from form_submission where token = cast(:token as uuid) and username = :user")
			.param("token", token)
			.param("user", user)
			.query(String.class)
			.optional()
			.orElse("/"));
	}

	/** Records where the submission that took the token led. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void complete(String token, String resultUrl) {
		this.jdbc.sql("update form_submission set result_url = :url where token = cast(:token as uuid)")
			.param("url", resultUrl)
			.param("token", token)
			.update();
	}

	/**
	 * Keeps, with a token this transaction took, what the request that took it was
	 * ({@code fingerprint}, a hash of its body), so that a repeat can be told from
	 * another request under the same key.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void fingerprint(String token, String fingerprint) {
		this.jdbc
			.sql("update form_submission set request_fingerprint = :fingerprint where token = cast(:token as uuid)")
			.param("fingerprint", fingerprint)
			.param("token", token)
			.update();
	}

	/** The fingerprint of the request that took the user's token, if one was kept. */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<String> fingerprintOf(String token, String user) {
		return this.jdbc.sql(
				"select request_fingerprint from form_submission where token = cast(:token as uuid) and username = :user")
			.param("token", token)
			.param("user", user)
			.query(String.class)
			.optional();
	}

	/**
	 * A form POST without a well-formed token: altered, or made by something other than
	 * the form. Answered 400 with a page saying so ({@link FormTokenAdvice}).
	 */
	public static class InvalidTokenException extends ResponseStatusException {

		InvalidTokenException() {
			super(HttpStatus.BAD_REQUEST, "form token missing or malformed");
		}

	}

	/** Forgets tokens older than a day: a retry comes within seconds. */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1H")
	void forgetOldTokens() {
		this.jdbc.sql("delete from form_submission where created_at < now() - interval '1 day'").update();
	}

}
