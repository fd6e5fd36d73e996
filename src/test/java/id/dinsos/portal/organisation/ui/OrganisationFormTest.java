package id.dinsos.portal.organisation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The deed's date as people type it from the document. */
class OrganisationFormTest {

    @ParameterizedTest
    @ValueSource(strings = {"12/03/2015", "12/3/2015", " 12.03.2015 ", "12-03-2015"})
    void a_date_is_read_with_slashes_dots_or_dashes(String typed) {
        assertThat(OrganisationForm.date(typed)).isEqualTo(LocalDate.of(2015, 3, 12));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "31/02/2015", "2015-03-12", "12/13/2015", "12/03/15"})
    void an_empty_or_impossible_date_is_no_date(String typed) {
        assertThat(OrganisationForm.date(typed)).isNull();
    }

    @Test
    void an_npwp_is_shown_in_its_own_format() {
        assertThat(OrganisationForm.formattedNpwp("012345674123000")).isEqualTo("01.234.567.4-123.000");
        assertThat(OrganisationForm.formattedNpwp("0012345674123000")).isEqualTo("0012345674123000");
    }
}
