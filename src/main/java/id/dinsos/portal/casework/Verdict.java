package id.dinsos.portal.casework;

/** A requirement as the verifier found it. */
public enum Verdict {
    COMPLETE, WANTING
}
