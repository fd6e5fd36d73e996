package id.dinsos.portal.organisation;

/** What a member may do: an administrator edits the profile and manages members; a member takes part. */
public enum OrganisationRole { ADMIN, MEMBER }
