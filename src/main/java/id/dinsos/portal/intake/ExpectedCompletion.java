package id.dinsos.portal.intake;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * The expected completion of submitted applications: the deadline of the service clock that the back
 * office keeps (docs/adr/0014). Intake shows it on "My applications", the tracking page and the
 * tracking API; the back office implements it, so that intake does not depend on it.
 */
public interface ExpectedCompletion {

    /**
     * The deadline, as it stands now, of each of these applications whose clock runs or waits; none for
     * a draft, a withdrawn or a finished application. While the clock is paused the date is the one
     * that holds if the wait ended now.
     */
    Map<Long, Instant> dueAt(Collection<Long> applicationIds);
}
