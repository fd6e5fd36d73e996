package id.dinsos.portal.organisation;

/**
 * The legal form of an organisation. The label of each is in the i18n bundle under
 * {@code organisation.legalForm.<NAME>}.
 */
public enum LegalForm {
    /** Yayasan (UU 16/2001), registered with Kemenkumham. */
    YAYASAN(true),
    /** Perkumpulan berbadan hukum, registered with Kemenkumham. */
    PERKUMPULAN(true),
    /** Perseroan Terbatas. */
    PT(true),
    /** Commanditaire Vennootschap, registered with Kemenkumham since Permenkumham 17/2018. */
    CV(true),
    /** A committee (panitia), e.g. for an undian gratis berhadiah or a collection of money or goods. */
    PANITIA(false),
    /** Anything else (e.g. a koperasi, whose decree comes from another ministry). */
    OTHER(false);

    private final boolean needsSkKemenkumham;

    LegalForm(boolean needsSkKemenkumham) {
        this.needsSkKemenkumham = needsSkKemenkumham;
    }

    /** Whether the form is a legal entity whose SK Kemenkumham number must be given. */
    public boolean needsSkKemenkumham() {
        return needsSkKemenkumham;
    }
}
