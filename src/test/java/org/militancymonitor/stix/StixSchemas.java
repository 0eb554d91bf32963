package org.militancymonitor.stix;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The OASIS STIX 2.1 JSON schemas beside the project ({@code ../shared/testdata/stix2}),
 * their {@code $id}s mapped to the local files so that their {@code $ref}s between files
 * resolve offline. A test that needs them is skipped, saying so, where they are absent.
 */
final class StixSchemas {

	static final Path ROOT = Path.of("..", "shared", "testdata", "stix2");

	static final String ID_PREFIX = "http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/";

	private final SchemaRegistry registry;

	private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

	private StixSchemas(Path schemas) {
		Path local = schemas.toAbsolutePath().normalize();
		// each $id under the OASIS prefix is read from the file at the same path here
		this.registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, (builder) -> builder
			.schemas((id) -> id.startsWith(ID_PREFIX) ? read(local.resolve(id.substring(ID_PREFIX.length()))) : null));
	}

	/** The schemas, or the test skipped when they are not beside the project. */
	static StixSchemas load() {
		Path schemas = ROOT.resolve("schemas");
		assumeTrue(Files.isRegularFile(schemas.resolve("common/bundle.json")), "The OASIS STIX 2.1 schemas are not in "
				+ schemas.toAbsolutePath().normalize() + ": the STIX validation is skipped");
		return new StixSchemas(schemas);
	}

	/**
	 * What is wrong with a bundle: each object against its own type's schema (which
	 * includes the common properties' schema, core.json), and the bundle against
	 * bundle.json with the objects of the types bundle.json names. bundle.json (at the
	 * commit of the shared copy) names no note, opinion, incident, grouping or location,
	 * and its branch for other objects requires exactly one of core.json and
	 * cyber-observable-core.json to hold, which both do for any object with a
	 * spec_version: it refuses every such object whatever its content (as it refused
	 * infrastructure before upstream's issue 133), so those are checked by their own
	 * schemas alone.
	 */
	List<String> problems(JsonNode bundle) {
		List<String> problems = new ArrayList<>();
		Set<String> listed = bundleTypes();
		ObjectNode envelope = (ObjectNode) bundle.deepCopy();
		ArrayNode objects = envelope.putArray("objects");
		bundle.path("objects").forEach((o) -> {
			if (listed.contains(o.path("type").asString())) {
				objects.add(o);
			}
		});
		add(problems, "bundle", schema("common/bundle.json").validate(envelope));
		for (JsonNode object : bundle.path("objects")) {
			String type = object.path("type").asString();
			String file = type.equals("relationship") || type.equals("sighting") ? "sros/" + type + ".json"
					: "sdos/" + type + ".json";
			add(problems, object.path("id").asString(), schema(file).validate(object));
		}
		return problems;
	}

	/** The object types bundle.json lists by name (its oneOf of the types' schemas). */
	Set<String> bundleTypes() {
		Set<String> types = new TreeSet<>();
		JsonNode items = schema("common/bundle.json").getSchemaNode().path("properties").path("objects").path("items");
		for (JsonNode branch : items.path("anyOf").path(0).path("oneOf")) {
			String ref = branch.path("$ref").asString();
			types.add(ref.substring(ref.lastIndexOf('/') + 1, ref.length() - ".json".length()));
		}
		return types;
	}

	private static String read(Path file) {
		try {
			return Files.isRegularFile(file) ? Files.readString(file) : null;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Schema schema(String file) {
		return this.schemas.computeIfAbsent(file, (f) -> this.registry.getSchema(SchemaLocation.of(ID_PREFIX + f)));
	}

	private static void add(List<String> problems, String where, List<Error> errors) {
		errors.forEach((e) -> problems.add(where + ": " + e));
	}

}
