package id.dinsos.portal.casework;

/** Whose cases the inbox lists: those the person holds (or their role's queue holds), or all of their units'. */
public enum InboxScope {
    MINE, UNIT
}
