package org.militancymonitor.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.militancymonitor.system.FormTokens;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each account's API tokens (V54): made by their owner on the tokens page and shown to
 * them once, revoked by their owner, and checked at each API request that brings one as
 * {@code Authorization: Bearer <token>}. Only a token's SHA-256 is stored, so that the
 * table cannot sign anybody in; a token is 32 random bytes, beyond guessing, so failed
 * tokens are not throttled as passwords are.
 */
@Service
class ApiTokens {

	/** What every token starts with, so that a scanner of leaked secrets knows it. */
	static final String PREFIX = "mm_";

	/** Tokens an account may hold unrevoked at once. */
	static final int MAX_ACTIVE = 20;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final FormTokens forms;

	ApiTokens(JdbcClient jdbc, FormTokens forms) {
		this.jdbc = jdbc;
		this.forms = forms;
	}

	/** A token as its owner's page lists it: never the token itself. */
	public record TokenRow(long id, String name, String prefix, Instant createdAt, LocalDate lastUsedOn,
			Instant revokedAt) {

		public boolean isRevoked() {
			return this.revokedAt != null;
		}

	}

	/**
	 * What became of a request for a token: the token, shown this once; or nothing when
	 * the form was submitted before (its token was shown then).
	 */
	record Issued(String token, boolean repeated) {
	}

	/**
	 * Makes a token for the account, named by its owner, in one transaction with the
	 * form's one-time token.
	 * @throws AccountRefusal when the account holds {@link #MAX_ACTIVE} tokens already
	 */
	@Transactional
	Issued create(String username, String name, String formToken) {
		if (this.forms.take(formToken, username).isPresent()) {
			return new Issued(null, true);
		}
		long userId = this.jdbc.sql("select id from app_user where username = :username for update")
			.param("username", username)
			.query(Long.class)
			.single();
		long active = this.jdbc.sql("select count(*) from api_token where user_id = :user and revoked_at is null")
			.param("user", userId)
			.query(Long.class)
			.single();
		if (active >= MAX_ACTIVE) {
			throw new AccountRefusal("name", "token.tooMany");
		}
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		this.jdbc.sql("""
				insert into api_token (user_id, name, token_hash, prefix) values (:user, :name, :hash, :prefix)
				""")
			.param("user", userId)
			.param("name", name.strip())
			.param("hash", hash(token))
			.param("prefix", token.substring(0, PREFIX.length() + 6))
			.update();
		this.forms.complete(formToken, "/account/tokens");
		return new Issued(token, false);
	}

	/** The account's tokens, the unrevoked first, newest first. */
	List<TokenRow> of(String username) {
		return this.jdbc.sql("""
				select t.id, t.name, t.prefix, t.created_at, t.last_used_on, t.revoked_at
				  from api_token t join app_user u on u.id = t.user_id
				 where u.username = :username
				 order by t.revoked_at is not null, t.created_at desc, t.id desc
				""")
			.param("username", username)
			.query((rs, n) -> new TokenRow(rs.getLong("id"), rs.getString("name"), rs.getString("prefix"),
					instant(rs.getObject("created_at", OffsetDateTime.class)),
					rs.getObject("last_used_on", LocalDate.class),
					instant(rs.getObject("revoked_at", OffsetDateTime.class))))
			.list();
	}

	/**
	 * Revokes one of the account's own tokens; false when it has none of that id
	 * unrevoked (another's token is none of theirs).
	 */
	@Transactional
	boolean revoke(String username, long id) {
		return this.jdbc.sql("""
				update api_token set revoked_at = now()
				 where id = :id and revoked_at is null
				   and user_id = (select u.id from app_user u where u.username = :username)
				""").param("id", id).param("username", username).update() == 1;
	}

	/**
	 * The username a token signs in, when it is well-formed, stored, unrevoked and its
	 * account enabled; notes the day it was used, at most once a day.
	 */
	Optional<String> authenticate(String token) {
		if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
			return Optional.empty();
		}
		byte[] hash = hash(token);
		Optional<Used> used = this.jdbc.sql("""
				select t.id, t.last_used_on, u.username
				  from api_token t join app_user u on u.id = t.user_id
				 where t.token_hash = :hash and t.revoked_at is null and u.enabled
				""")
			.param("hash", hash)
			.query((rs, n) -> new Used(rs.getLong("id"), rs.getObject("last_used_on", LocalDate.class),
					rs.getString("username")))
			.optional();
		used.ifPresent((u) -> {
			LocalDate today = LocalDate.now(ZoneOffset.UTC);
			if (!today.equals(u.lastUsedOn())) {
				this.jdbc.sql("update api_token set last_used_on = :today where id = :id")
					.param("today", today)
					.param("id", u.id())
					.update();
			}
		});
		return used.map(Used::username);
	}

	private record Used(long id, LocalDate lastUsedOn, String username) {
	}

	static byte[] hash(String token) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JVM", ex);
		}
	}

	private static Instant instant(OffsetDateTime time) {
		return (time != null) ? time.toInstant() : null;
	}

}
