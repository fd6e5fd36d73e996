package id.dinsos.portal.account;

/** Who an account belongs to: a member of the public, or the office's staff. */
public enum AccountKind { CITIZEN, STAFF }
