package id.dinsos.portal.account;

/**
 * The purposes a person is asked to agree to at registration. Public service itself is a lawful
 * basis without consent (UU 27/2022 Pasal 20); these are what goes beyond it. The text of each is
 * in the i18n bundle under {@code consent.<NAME>}; change {@link #textVersion()} whenever it changes.
 */
public enum ConsentPurpose {
    /** Read and understood the privacy notice (required to register). */
    PRIVACY_NOTICE("2026-11", true),
    /** May be contacted by e-mail for the satisfaction survey after a service (optional). */
    SURVEY_CONTACT("2026-11", false);

    private final String textVersion;
    private final boolean required;

    ConsentPurpose(String textVersion, boolean required) {
        this.textVersion = textVersion;
        this.required = required;
    }

    public String textVersion() {
        return textVersion;
    }

    public boolean required() {
        return required;
    }
}
