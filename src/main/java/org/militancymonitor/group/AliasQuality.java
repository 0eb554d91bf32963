package org.militancymonitor.group;

public enum AliasQuality {

	AKA, FKA, WEAK, ACRONYM

}
