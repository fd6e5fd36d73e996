package id.dinsos.portal.casework;

/** The inbox's order: the deadline first (the default), or the oldest submission first. */
public enum InboxSort {
    DUE, SUBMITTED
}
