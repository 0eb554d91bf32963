package org.militancymonitor.system;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The entity tags of the API's detail resources: a hash of the representation as JSON, so
 * that a tag changes whenever anything the representation shows changes, the names of
 * other records it shows included, and never otherwise. A GET with a matching
 * {@code If-None-Match} is answered 304 by Spring MVC from the tag on the response; a
 * write compares {@code If-Match} with the tag of the record as it is now
 * ({@link #matches}).
 */
@Component
public class EntityTags {

	private final JsonMapper json;

	EntityTags(JsonMapper json) {
		this.json = json;
	}

	/** The strong tag of a representation, quoted as the header carries it. */
	public String of(Object representation) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(this.json.writeValueAsBytes(representation));
			return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JVM", ex);
		}
	}

	/** A 200 with the representation as JSON and its tag. */
	public <T> ResponseEntity<T> ok(T representation) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.eTag(of(representation))
			.header(HttpHeaders.CACHE_CONTROL, "private, no-cache")
			.body(representation);
	}

	/**
	 * Whether an {@code If-Match} header names the tag: {@code *}, or one of its
	 * comma-separated tags compared strongly (a weak tag {@code W/"..."} never matches).
	 */
	public static boolean matches(String ifMatch, String tag) {
		if (ifMatch == null) {
			return false;
		}
		for (String candidate : ifMatch.split(",")) {
			String trimmed = candidate.strip();
			if (trimmed.equals("*") || trimmed.equals(tag)) {
				return true;
			}
		}
		return false;
	}

}
