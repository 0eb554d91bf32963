package org.militancymonitor.claim;

/**
 * A group, a state or organisation, an official or a source, found by a name an editor
 * typed.
 */
public record Party(Kind kind, long id, String slug, String name) {

	public enum Kind {

		GROUP, ACTOR, PERSON, SOURCE

	}

}
