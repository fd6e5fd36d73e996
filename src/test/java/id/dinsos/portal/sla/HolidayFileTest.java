package id.dinsos.portal.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.dinsos.portal.shared.DefinitionFiles;
import id.dinsos.portal.shared.DefinitionFiles.InvalidDefinitionException;

/** The office's holidays.csv as the start-up import reads it. */
class HolidayFileTest {

    private static DefinitionFiles.SourceFile file(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new DefinitionFiles.SourceFile("holidays.csv", bytes, DefinitionFiles.sha256(bytes));
    }

    @Test
    void the_bekasi_file_lists_2025_to_2027_with_both_types_one_row_per_date() {
        List<HolidayFile.Row> rows = TestCalendars.bekasiFile();
        assertThat(rows).hasSize(79);
        assertThat(rows).extracting(HolidayFile.Row::date).doesNotHaveDuplicates()
                .allMatch(d -> d.getYear() >= 2025 && d.getYear() <= 2027);
        assertThat(rows).extracting(HolidayFile.Row::type)
                .contains(HolidayType.LIBUR_NASIONAL, HolidayType.CUTI_BERSAMA);
    }

    @Test
    void the_bekasi_file_has_the_collective_leave_of_christmas_2026() {
        assertThat(TestCalendars.bekasiFile()).filteredOn(r -> r.date().equals(LocalDate.parse("2026-12-24")))
                .singleElement().satisfies(r -> {
                    assertThat(r.type()).isEqualTo(HolidayType.CUTI_BERSAMA);
                    assertThat(r.name()).isEqualTo("Cuti Bersama Kelahiran Yesus Kristus");
                });
    }

    @Test
    void a_name_may_contain_commas_and_quotes() {
        List<HolidayFile.Row> rows = HolidayFile.parse(file("""
                date,name,type
                # a comment line
                2030-01-01,Tahun Baru, 2030 Masehi,libur_nasional

                2030-01-02,"Cuti ""bersama"", tambahan",cuti_bersama
                """));
        assertThat(rows).extracting(HolidayFile.Row::name)
                .containsExactly("Tahun Baru, 2030 Masehi", "Cuti \"bersama\", tambahan");
        assertThat(rows.get(1).line()).isEqualTo(5);
    }

    @Test
    void an_unknown_type_is_refused_with_its_line() {
        assertThatThrownBy(() -> HolidayFile.parse(file("date,name,type\n2030-01-01,Tahun Baru,libur\n")))
                .isInstanceOf(InvalidDefinitionException.class)
                .hasMessageContaining("holidays.csv").hasMessageContaining("line 2").hasMessageContaining("libur");
    }

    @Test
    void a_bad_date_is_refused_with_its_line() {
        assertThatThrownBy(() -> HolidayFile.parse(file("date,name,type\n2030-02-30,Tahun Baru,libur_nasional\n")))
                .isInstanceOf(InvalidDefinitionException.class).hasMessageContaining("line 2: the date");
    }

    @Test
    void a_file_without_its_header_is_refused() {
        assertThatThrownBy(() -> HolidayFile.parse(file("2030-01-01,Tahun Baru,libur_nasional\n")))
                .isInstanceOf(InvalidDefinitionException.class).hasMessageContaining("line 1");
    }

    @Test
    void a_date_listed_twice_is_refused() {
        assertThatThrownBy(() -> HolidayFile.parse(file(
                "date,name,type\n2030-01-01,A,libur_nasional\n2030-01-01,B,cuti_bersama\n")))
                .isInstanceOf(InvalidDefinitionException.class).hasMessageContaining("line 3").hasMessageContaining("line 2");
    }

    @Test
    void a_row_without_a_name_is_refused() {
        assertThatThrownBy(() -> HolidayFile.parse(file("date,name,type\n2030-01-01,,libur_nasional\n")))
                .isInstanceOf(InvalidDefinitionException.class).hasMessageContaining("line 2: the name");
        assertThatThrownBy(() -> HolidayFile.parse(file("date,name,type\n2030-01-01,libur_nasional\n")))
                .isInstanceOf(InvalidDefinitionException.class).hasMessageContaining("line 2");
    }
}
