package id.dinsos.portal.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import id.dinsos.portal.shared.DefinitionFiles;

/** The default office is Dinas Sosial Kabupaten Bekasi as seed 002's letterhead states it. */
class OfficeProfileFileTest {

    private final DefinitionFiles files = new DefinitionFiles();

    private OfficeProfile bekasi() {
        return files.parseYaml(files.read(files.resource("classpath:offices/bekasi/office.yml")), OfficeProfile.class);
    }

    @Test
    void the_default_office_is_the_regency_of_bekasi_at_sukamahi_not_the_city() {
        OfficeProfile office = bekasi();
        assertThat(office.government().id()).isEqualTo("PEMERINTAH KABUPATEN BEKASI");
        assertThat(office.name().id()).isEqualTo("DINAS SOSIAL");
        assertThat(String.join(" ", office.address())).contains("Sukamahi").contains("Cikarang Pusat")
                .doesNotContainIgnoringCase("Kota Bekasi");
        assertThat(office.city()).isEqualTo("Cikarang Pusat");
        assertThat(office.head().nip()).isEqualTo("197008101991011002");
    }

    @Test
    void office_hours_are_eight_to_half_past_three_on_weekdays_in_jakarta_time() {
        OfficeProfile.Hours hours = bekasi().hours();
        assertThat(hours.open()).isEqualTo(LocalTime.of(8, 0));
        assertThat(hours.close()).isEqualTo(LocalTime.of(15, 30));
        assertThat(hours.zone()).isEqualTo(ZoneId.of("Asia/Jakarta"));
        assertThat(hours.days()).containsExactly(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
    }

    @Test
    void every_unit_and_team_a_service_names_exists_in_the_office() {
        OfficeProfile office = bekasi();
        assertThat(office.units()).extracting(OfficeProfile.Unit::code)
                .containsExactly("sekretariat", "fakir-miskin", "linjamsos", "rehsos", "dayasos");
        files.find("classpath:offices/bekasi/services/*.yml").stream().map(files::read)
                .map(f -> files.parseYaml(f, id.dinsos.portal.catalogue.ServiceDefinition.class))
                .forEach(s -> {
                    assertThat(office.unit(s.unit())).as(s.code() + " unit").isPresent();
                    if (s.team() != null) {
                        assertThat(office.hasTeam(s.unit(), s.team())).as(s.code() + " team " + s.team()).isTrue();
                    }
                });
    }

    @Test
    void the_maklumat_is_the_pledge_of_lampiran_three() {
        OfficeProfile.Maklumat maklumat = bekasi().maklumat();
        assertThat(maklumat.text().getFirst().id()).startsWith("Dengan ini kami menyatakan")
                .contains("bersedia menerima sanksi");
        assertThat(maklumat.place()).isEqualTo("Cikarang Pusat");
    }
}
