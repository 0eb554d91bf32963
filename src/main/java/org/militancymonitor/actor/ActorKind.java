package org.militancymonitor.actor;

public enum ActorKind {

	STATE, DE_FACTO_AUTHORITY, INTERGOVERNMENTAL_ORGANISATION, UN_BODY, MEDIA, NGO, OTHER

}
