package id.dinsos.portal.account;

import java.util.List;

/** A form a service refused, with every problem found (not only the first): the person fixes all at once. */
public class FormRejectedException extends RuntimeException {

    private final List<FieldProblem> problems;

    public FormRejectedException(List<FieldProblem> problems) {
        super("Form rejected: " + problems.stream().map(p -> p.field() + "=" + p.messageKey()).toList());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
