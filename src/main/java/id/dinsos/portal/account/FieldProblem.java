package id.dinsos.portal.account;

/**
 * What is wrong with one field of a form, as an i18n key and its arguments, so the view can say it
 * next to the field in the person's language.
 */
public record FieldProblem(String field, String messageKey, Object... args) {
}
