package org.militancymonitor.statement;

public enum Stance {

	WARNS, ACCUSES, DENIES, REJECTS, CALLS_FOR, EXPRESSES_CONCERN, ASSESSES

}
