package org.militancymonitor.sanctions;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A UN Security Council Consolidated List as read from its file: when the UN generated it
 * (the {@code dateGenerated} attribute, and as the file writes it), its entries, and the
 * file's SHA-256.
 */
record UnList(OffsetDateTime dateGenerated, String dateGeneratedAsStated, List<UnListEntry> entries, String sha256) {

	UnList {
		entries = List.copyOf(entries);
	}

	long individuals() {
		return this.entries.stream().filter((e) -> e.kind() == UnListEntry.EntryKind.INDIVIDUAL).count();
	}

	long entities() {
		return this.entries.stream().filter((e) -> e.kind() == UnListEntry.EntryKind.ENTITY).count();
	}

}
