package id.dinsos.portal.shared;

/**
 * A record that does not exist, or that the caller may not see: the two answer the same, so that an
 * identifier guessed or copied from someone else reveals nothing (404 over REST, "not found" in a view).
 */
public class RecordNotFoundException extends RuntimeException {

    public RecordNotFoundException(String what) {
        super(what + " not found");
    }
}
