package org.militancymonitor.incident;

import java.util.Arrays;
import java.util.List;

/**
 * ACLED's event types, each with its sub-event types.
 */
public enum EventType {

	BATTLES, EXPLOSIONS_REMOTE_VIOLENCE, VIOLENCE_AGAINST_CIVILIANS, PROTESTS, RIOTS, STRATEGIC_DEVELOPMENTS;

	public List<SubEventType> subEventTypes() {
		return Arrays.stream(SubEventType.values()).filter((sub) -> sub.getEventType() == this).toList();
	}

}
