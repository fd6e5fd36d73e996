package id.dinsos.portal.sla;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface HolidayRecords extends ListCrudRepository<HolidayRecord, Long> {

    Optional<HolidayRecord> findByHolidayDate(LocalDate holidayDate);

    List<HolidayRecord> findByActiveTrueOrderByHolidayDate();

    List<HolidayRecord> findByActiveTrueAndHolidayDateBetweenOrderByHolidayDate(LocalDate from, LocalDate to);

    /**
     * Adds a row from the office's file unless the date has a row already (active, amended or deleted).
     * One statement, so that two nodes starting together cannot both insert the date; 1 if inserted.
     * IGNORE rather than ON DUPLICATE KEY UPDATE, whose count the driver reports as 1 for a row found:
     * IGNORE also turns other errors into warnings, so the file's rows are checked before they get here.
     */
    @Modifying
    @Query("""
            INSERT IGNORE INTO sla_holiday (holiday_date, name, type, source, active, updated_at, version)
            VALUES (:date, :name, :type, 'FILE', TRUE, :at, 0)""")
    int insertFromFileUnlessPresent(@Param("date") LocalDate date, @Param("name") String name,
                                    @Param("type") String type, @Param("at") Instant at);
}
