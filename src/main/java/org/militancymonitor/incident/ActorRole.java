package org.militancymonitor.incident;

public enum ActorRole {

	PERPETRATOR, TARGET, CLAIMED_BY, SUSPECTED

}
