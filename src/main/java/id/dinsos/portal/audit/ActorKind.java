package id.dinsos.portal.audit;

/** Who acted: a signed-in person, a partner system, the portal itself, or someone not signed in. */
public enum ActorKind { CITIZEN, STAFF, API_CLIENT, SYSTEM, ANONYMOUS }
