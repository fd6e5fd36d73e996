package id.dinsos.portal.organisation;

/**
 * What a document in an organisation's library is. The label of each is the i18n key
 * {@code organisation.document.kind.<NAME>}; the name is what the database stores.
 */
public enum DocumentKind {

    /** Akta pendirian (and its amendments): the deed of establishment. */
    AKTA,
    /** SK Kemenkumham: the Ministry of Law's decree recognising a yayasan, perkumpulan or PT. */
    SK_KEMENKUMHAM,
    /** The organisation's NPWP card or registration letter. */
    NPWP,
    /** Anggaran Dasar / Anggaran Rumah Tangga: the articles and by-laws. */
    AD_ART,
    /** Surat keterangan domisili: the village's or district's letter confirming the address. */
    DOMISILI,
    OTHER;

    /** The i18n key of this kind's label. */
    public String messageKey() {
        return "organisation.document.kind." + name();
    }
}
