package id.dinsos.portal.sla;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.dinsos.portal.shared.DefinitionFiles.InvalidDefinitionException;
import id.dinsos.portal.shared.DefinitionFiles.SourceFile;

/**
 * Reads an office's {@code holidays.csv}: a header {@code date,name,type}, then one row per day off
 * ({@code 2026-12-24,Cuti Bersama Kelahiran Yesus Kristus,cuti_bersama}). The name is everything
 * between the first and the last comma, so it may contain commas; quotes around it are removed.
 * Blank lines and lines starting with {@code #} are skipped. A mistake stops the import with the
 * file, the line and the reason, as for the office's other files.
 */
final class HolidayFile {

    static final String HEADER = "date,name,type";

    record Row(int line, LocalDate date, String name, HolidayType type) {
    }

    private HolidayFile() {
    }

    static List<Row> parse(SourceFile file) {
        String text = new String(file.content(), StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Row> rows = new ArrayList<>();
        Map<LocalDate, Integer> seen = new HashMap<>();
        boolean header = false;
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (!header) {
                if (!line.equalsIgnoreCase(HEADER)) {
                    throw new InvalidDefinitionException(file.name(), "line " + number + ": the first line must be '"
                            + HEADER + "'");
                }
                header = true;
                continue;
            }
            Row row = row(file, number, line);
            Integer earlier = seen.putIfAbsent(row.date(), number);
            if (earlier != null) {
                throw new InvalidDefinitionException(file.name(), "line " + number + ": " + row.date()
                        + " is already on line " + earlier + " (one row per date: join the names)");
            }
            rows.add(row);
        }
        return rows;
    }

    private static Row row(SourceFile file, int number, String line) {
        int first = line.indexOf(',');
        int last = line.lastIndexOf(',');
        if (first < 0 || first == last) {
            throw new InvalidDefinitionException(file.name(), "line " + number + ": expected date,name,type");
        }
        String name = unquote(line.substring(first + 1, last).strip());
        if (name.isEmpty() || name.length() > Holidays.MAX_NAME_LENGTH) {
            throw new InvalidDefinitionException(file.name(), "line " + number + ": the name must have 1 to "
                    + Holidays.MAX_NAME_LENGTH + " characters");
        }
        try {
            LocalDate date = LocalDate.parse(line.substring(0, first).strip());
            HolidayType type = HolidayType.ofCode(line.substring(last + 1).strip());
            return new Row(number, date, name, type);
        } catch (DateTimeParseException e) {
            throw new InvalidDefinitionException(file.name(), "line " + number + ": the date must be YYYY-MM-DD");
        } catch (IllegalArgumentException e) {
            throw new InvalidDefinitionException(file.name(), "line " + number + ": " + e.getMessage());
        }
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1).replace("\"\"", "\"").strip();
        }
        return value;
    }
}
