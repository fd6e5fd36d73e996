package id.dinsos.portal.sla;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.dinsos.portal.catalogue.TimeLimit;
import id.dinsos.portal.office.OfficeService;

/**
 * The office's working-time calendar and deadlines, wired to its data: office hours and zone from the
 * office profile, holidays from the holiday table, the due-soon share from
 * {@code portal.sla.due-soon-share}, "now" from the injected clock.
 *
 * <p>Nothing is cached between calls (another node may change the holidays): a caller that works
 * out many deadlines at once takes one {@link #calculator()} and uses it for all of them.
 */
@Service
public class SlaService {

    private final OfficeService office;
    private final Holidays holidays;
    private final SlaSettings settings;
    private final Clock clock;

    SlaService(OfficeService office, Holidays holidays, SlaSettings settings, Clock clock) {
        this.office = office;
        this.holidays = holidays;
        this.settings = settings;
        this.clock = clock;
    }

    /** The office's calendar as it stands: its hours, working weekdays and zone, and every holiday. */
    @Transactional(readOnly = true)
    public WorkingCalendar calendar() {
        return new WorkingCalendar(office.profile().hours(), holidays.dates());
    }

    /** Deadlines on the office's calendar, with the configured due-soon share. */
    @Transactional(readOnly = true)
    public DeadlineCalculator calculator() {
        return new DeadlineCalculator(calendar(), settings.dueSoonShare());
    }

    /** A clock for a service's time limit starting now (an application just submitted). */
    @Transactional(readOnly = true)
    public SlaClock startNow(TimeLimit limit) {
        return calculator().clock(clock.instant(), limit);
    }

    /** A clock rebuilt from what the application recorded: start, pauses and, once finished, completion. */
    @Transactional(readOnly = true)
    public SlaClock clock(Instant start, TimeLimit limit, List<SlaClock.Pause> pauses, @Nullable Instant completedAt) {
        return calculator().clock(start, limit, pauses, completedAt);
    }

    /** The clock's state now, by the injected clock. */
    public SlaState stateNow(SlaClock slaClock) {
        return slaClock.state(clock.instant());
    }
}
