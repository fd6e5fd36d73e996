package id.dinsos.portal.catalogue;

/** How a person reaches a service, as the Standar Pelayanan describes it. */
public enum Channel {
    /** The person may apply online (the form arrives with the intake module). */
    ONLINE,
    /** In person at the office's counter (SLRT) only. */
    COUNTER,
    /** The office acts on a report from the public, a village, the police or Satpol PP. */
    REPORT,
    /** Through the one-stop licensing office (DPMPTSP). */
    DPMPTSP
}
