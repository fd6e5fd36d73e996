package id.dinsos.portal.letter;

/** Where a letter stands; labels under {@code letter.status.<NAME>}. */
public enum LetterStatus {
    /** Being initialled up the paraf chain. */
    DRAFT,
    /** Returned by someone in the chain, with a comment; the preparer reopens it. */
    RETURNED,
    /** Every paraf given; waiting for the signature. */
    READY,
    /** Signed and issued, and not revoked. */
    VALID,
    /** Revoked by its signer, with a reason; still verifiable, as revoked. */
    REVOKED;

    public boolean issued() {
        return this == VALID || this == REVOKED;
    }
}
