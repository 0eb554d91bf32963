package org.militancymonitor.stix;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * Deterministic STIX identifiers: a name-based UUID (version 5) of the record's natural
 * key (a slug, a claim's reference, an incident's dataset id) in the dashboard's own
 * namespace, so that every export of a record gives it the same id, and an import can
 * tell the dashboard's own objects back from their ids.
 */
final class StixIds {

	/** The dashboard's namespace for its STIX ids (chosen once; never change it). */
	static final UUID NAMESPACE = UUID.fromString("6f1c2a7e-3b5d-4e8f-9a10-5d6c7b8e9f01");

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
		.withZone(ZoneOffset.UTC);

	private StixIds() {
	}

	static String id(String type, String key) {
		return type + "--" + uuid5(NAMESPACE, type + "/" + key);
	}

	static String group(String slug) {
		return id("intrusion-set", slug);
	}

	/** RFC 3339 in UTC with milliseconds and a Z, as the spec's timestamps are. */
	static String timestamp(Instant instant) {
		return TIMESTAMP.format(instant);
	}

	static UUID uuid5(UUID namespace, String name) {
		MessageDigest sha1;
		try {
			sha1 = MessageDigest.getInstance("SHA-1");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		ByteBuffer ns = ByteBuffer.allocate(16);
		ns.putLong(namespace.getMostSignificantBits());
		ns.putLong(namespace.getLeastSignificantBits());
		sha1.update(ns.array());
		byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
		hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
		hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
		ByteBuffer bytes = ByteBuffer.wrap(hash, 0, 16);
		return new UUID(bytes.getLong(), bytes.getLong());
	}

}
