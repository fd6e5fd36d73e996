package id.dinsos.portal.intake;

/** A submission refused because something mandatory is missing; nothing was changed. */
public class ApplicationIncompleteException extends RuntimeException {

    private final Review review;

    public ApplicationIncompleteException(Review review) {
        super("Application incomplete: requirements " + review.missingRequirements() + ", fields "
                + review.missingFields() + ", applicant " + review.missingPeople());
        this.review = review;
    }

    public Review review() {
        return review;
    }
}
