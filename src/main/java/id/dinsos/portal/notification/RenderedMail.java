package id.dinsos.portal.notification;

/** A template filled in: what is stored in the outbox and later sent as it is. */
record RenderedMail(String template, String language, String subject, String body) {
}
