package id.dinsos.portal.organisation;

/** One of the caller's organisations, for a list: its name, form and the caller's role in it. */
public record OrganisationSummary(long id, String name, LegalForm legalForm, OrganisationRole role) {
}
