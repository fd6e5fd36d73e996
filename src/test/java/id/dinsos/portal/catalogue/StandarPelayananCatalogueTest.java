package id.dinsos.portal.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import id.dinsos.portal.catalogue.FormField.FieldType;
import id.dinsos.portal.shared.LocalizedText;

/**
 * Reads the Standar Pelayanan's numbers back from the catalogue files: every figure below was read
 * off seed 002 (Keputusan Kepala Dinas Sosial Kabupaten Bekasi OR.02/2308/DINSOS/2023, Lampiran II).
 */
class StandarPelayananCatalogueTest {

    /** code, section, unit, requirements, time min, time max, time unit, channel, a word of the product. */
    record Expected(String code, String section, String unit, int requirements, String min, String max,
                    TimeLimitUnit timeUnit, Channel channel, String product) {
    }

    static List<Expected> seed() {
        return List.of(
                new Expected("sjpp", "I.a", "fakir-miskin", 6, "10", "10", TimeLimitUnit.MINUTES, Channel.COUNTER, "SJPP"),
                new Expected("dtks", "I.b", "fakir-miskin", 5, "1", "1", TimeLimitUnit.MONTHS, Channel.COUNTER, "DTKS"),
                new Expected("kis-apbn", "I.c", "fakir-miskin", 5, "10", "10", TimeLimitUnit.MINUTES, Channel.COUNTER, "KIS APBN"),
                new Expected("bansos-ppks", "II.a", "linjamsos", 6, "1", "2", TimeLimitUnit.CALENDAR_DAYS, Channel.ONLINE, "Bantuan Sosial"),
                new Expected("rujukan", "III.a", "rehsos", 2, "7", "7", TimeLimitUnit.WORKING_DAYS, Channel.REPORT, "Berita Acara"),
                new Expected("adopsi-anak", "III.b", "rehsos", 20, "1", "1.5", TimeLimitUnit.YEARS, Channel.ONLINE, "Pengangkatan Anak"),
                new Expected("odgj", "III.c", "rehsos", 2, "1", "1", TimeLimitUnit.WORKING_DAYS, Channel.REPORT, "Rehabilitasi"),
                new Expected("rekomendasi-abk", "III.d", "rehsos", 7, "1", "2", TimeLimitUnit.WORKING_DAYS, Channel.ONLINE, "Rekomendasi"),
                new Expected("alat-bantu", "III.e", "rehsos", 6, "3", "3", TimeLimitUnit.MONTHS, Channel.ONLINE, "Kursi Roda"),
                new Expected("pemulangan-wts", "III.f", "rehsos", 4, "1", "2", TimeLimitUnit.WORKING_DAYS, Channel.REPORT, "Serah Terima"),
                new Expected("pemulangan-gepeng", "III.g", "rehsos", 4, "1", "1", TimeLimitUnit.WORKING_DAYS, Channel.REPORT, "Serah Terima"),
                new Expected("pemulangan-orang-terlantar", "III.h", "rehsos", 2, "30", "30", TimeLimitUnit.MINUTES, Channel.COUNTER, "Rekomendasi"),
                new Expected("rekomendasi-ugb-pub", "IV.a", "dayasos", 8, "3", "4", TimeLimitUnit.CALENDAR_DAYS, Channel.DPMPTSP, "Undian Gratis Berhadiah"),
                new Expected("lks", "IV.b", "dayasos", 18, "6", "7", TimeLimitUnit.CALENDAR_DAYS, Channel.DPMPTSP, "Tanda Terdaftar"));
    }

    @Test
    void the_catalogue_holds_exactly_the_fourteen_services_in_the_standards_order() {
        List<String> codes = CatalogueFiles.services().stream()
                .sorted(Comparator.comparingInt(ServiceDefinition::order))
                .map(ServiceDefinition::code).toList();
        assertThat(codes).containsExactly("sjpp", "dtks", "kis-apbn", "bansos-ppks", "rujukan", "adopsi-anak", "odgj",
                "rekomendasi-abk", "alat-bantu", "pemulangan-wts", "pemulangan-gepeng", "pemulangan-orang-terlantar",
                "rekomendasi-ugb-pub", "lks");
        assertThat(CatalogueFiles.services()).extracting(ServiceDefinition::order)
                .containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seed")
    void each_service_states_the_seeds_requirements_time_limit_unit_and_product(Expected expected) {
        ServiceDefinition service = CatalogueFiles.service(expected.code());
        assertThat(service.section()).isEqualTo(expected.section());
        assertThat(service.unit()).isEqualTo(expected.unit());
        assertThat(service.requirements()).hasSize(expected.requirements());
        assertThat(service.timeLimit().min()).isEqualByComparingTo(new BigDecimal(expected.min()));
        assertThat(service.timeLimit().max()).isEqualByComparingTo(new BigDecimal(expected.max()));
        assertThat(service.timeLimit().unit()).isEqualTo(expected.timeUnit());
        assertThat(service.channel()).isEqualTo(expected.channel());
        assertThat(service.product().id()).containsIgnoringCase(expected.product());
    }

    @Test
    void ugb_and_pub_are_variants_with_four_requirements_each() {
        ServiceDefinition ugbPub = CatalogueFiles.service("rekomendasi-ugb-pub");
        assertThat(ugbPub.variants()).extracting(ServiceDefinition.Variant::code).containsExactly("ugb", "pub");
        assertThat(ugbPub.requirementsFor("ugb")).hasSize(4)
                .extracting(Requirement::code).contains("akta-notaris", "npwp").doesNotContain("sk-panitia");
        assertThat(ugbPub.requirementsFor("pub")).hasSize(4)
                .extracting(Requirement::code).contains("akta-notaris", "sk-panitia");
    }

    @Test
    void lks_has_new_and_renewal_variants_sharing_its_eighteen_requirements() {
        ServiceDefinition lks = CatalogueFiles.service("lks");
        assertThat(lks.variants()).extracting(ServiceDefinition.Variant::code).containsExactly("baru", "perpanjangan");
        assertThat(lks.requirementsFor("baru")).hasSize(18);
        assertThat(lks.requirementsFor("perpanjangan")).hasSize(18);
    }

    @Test
    void adoption_keeps_husband_and_wife_papers_as_one_requirement_with_a_note() {
        ServiceDefinition adoption = CatalogueFiles.service("adopsi-anak");
        assertThat(adoption.requirements()).anySatisfy(r ->
                assertThat(r.note()).isNotNull().extracting(LocalizedText::id).asString().containsIgnoringCase("suami"));
        assertThat(adoption.timeLimit().text().id()).contains("1,5");
    }

    @Test
    void the_counting_note_is_not_a_requirement() {
        ServiceDefinition sjpp = CatalogueFiles.service("sjpp");
        assertThat(sjpp.requirements()).noneSatisfy(r -> assertThat(r.name().id()).containsIgnoringCase("syarat tersebut"));
        assertThat(sjpp.requirementsNote()).isNotNull();
        assertThat(sjpp.requirementsNote().id()).contains("6 syarat");
    }

    @Test
    void every_service_is_free_and_has_all_fourteen_components_in_both_languages() {
        for (ServiceDefinition s : CatalogueFiles.services()) {
            assertThat(s.fee().isFree()).as(s.code() + " fee").isTrue();
            List<LocalizedText> texts = new java.util.ArrayList<>();
            texts.addAll(List.of(s.name(), s.officialName(), s.summary(), s.channelNote(), s.product(),
                    s.timeLimit().text(), s.fee().text(), s.staff().text()));
            texts.addAll(s.procedure());
            texts.addAll(s.complaintChannels());
            texts.addAll(s.legalBasis());
            texts.addAll(s.competence());
            texts.addAll(s.facilities());
            texts.addAll(s.supervision());
            texts.addAll(s.guarantee());
            texts.addAll(s.safety());
            texts.addAll(s.evaluation());
            s.requirements().forEach(r -> texts.add(r.name()));
            assertThat(texts).as(s.code() + ": every text has an English translation")
                    .allSatisfy(t -> assertThat(t.hasEnglish()).as(t.id()).isTrue());
            assertThat(s.supervisionChain()).as(s.code()).startsWith("pelaksana").endsWith("kepala-dinas");
        }
    }

    @Test
    void report_based_services_are_those_the_office_acts_on_from_a_report() {
        Map<Channel, List<String>> byChannel = CatalogueFiles.services().stream().collect(Collectors.groupingBy(
                ServiceDefinition::channel, Collectors.mapping(ServiceDefinition::code, Collectors.toList())));
        assertThat(byChannel.get(Channel.REPORT))
                .containsExactlyInAnyOrder("odgj", "pemulangan-gepeng", "pemulangan-wts", "rujukan");
        assertThat(byChannel.get(Channel.DPMPTSP)).containsExactlyInAnyOrder("lks", "rekomendasi-ugb-pub");
    }

    @Test
    void every_service_asks_at_least_two_questions_of_its_own() {
        for (ServiceDefinition s : CatalogueFiles.services()) {
            assertThat(s.fields()).as(s.code()).hasSizeGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void every_field_its_help_and_its_options_have_english() {
        for (ServiceDefinition s : CatalogueFiles.services()) {
            for (FormField f : s.fields()) {
                List<LocalizedText> texts = new java.util.ArrayList<>();
                texts.add(f.label());
                if (f.help() != null) {
                    texts.add(f.help());
                }
                f.options().forEach(o -> texts.add(o.label()));
                assertThat(texts).as(s.code() + "/" + f.code())
                        .allSatisfy(t -> assertThat(t.hasEnglish()).as(t.id()).isTrue());
            }
        }
    }

    @Test
    void no_form_asks_again_for_the_applicants_own_identity_or_contact() {
        for (ServiceDefinition s : CatalogueFiles.services()) {
            assertThat(s.fields()).as(s.code())
                    .extracting(FormField::type).doesNotContain(FieldType.PHONE, FieldType.EMAIL);
            assertThat(s.fields()).as(s.code()).extracting(FormField::code)
                    .doesNotContain("nama", "nama-lengkap", "nik", "alamat", "telepon", "email");
        }
        // the only NIK asked is the other spouse's: an adoption is applied for by husband and wife together
        assertThat(CatalogueFiles.services().stream().flatMap(s -> s.fields().stream()
                .filter(f -> f.type() == FieldType.NIK).map(f -> s.code() + "/" + f.code())))
                .containsExactly("adopsi-anak/nik-pasangan");
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"odgj", "pemulangan-gepeng", "pemulangan-wts", "rujukan"})
    void report_based_services_ask_what_where_and_when_and_who_reports(String code) {
        ServiceDefinition service = CatalogueFiles.service(code);
        assertThat(service.channel()).isEqualTo(Channel.REPORT);
        Map<String, FormField> fields = service.fields().stream()
                .collect(Collectors.toMap(FormField::code, f -> f));
        assertThat(fields.get("kejadian")).as("what").isNotNull()
                .satisfies(f -> assertThat(f.type()).isEqualTo(FieldType.TEXTAREA));
        assertThat(fields.get("lokasi-desa")).as("where").isNotNull()
                .satisfies(f -> assertThat(f.type()).isEqualTo(FieldType.REGION));
        assertThat(fields.get("lokasi-detail")).as("where exactly").isNotNull()
                .satisfies(f -> assertThat(f.type()).isEqualTo(FieldType.TEXT));
        assertThat(fields.get("tanggal-kejadian")).as("when").isNotNull()
                .satisfies(f -> assertThat(f.type()).isEqualTo(FieldType.DATE));
        assertThat(fields.get("dalam-bahaya")).as("in danger now").isNotNull()
                .satisfies(f -> assertThat(f.type()).isEqualTo(FieldType.YES_NO));
        assertThat(List.of("kejadian", "lokasi-desa", "tanggal-kejadian", "dalam-bahaya"))
                .allSatisfy(c -> assertThat(fields.get(c).isRequired()).as(c).isTrue());
        assertThat(fields.get("hubungan-pelapor").options()).extracting(FormField.Option::code)
                .containsExactly("keluarga", "tetangga", "rt-rw", "perangkat-desa", "polisi", "lainnya");
    }

    @Test
    void ugb_asks_about_the_draw_and_pub_about_the_collection() {
        ServiceDefinition ugbPub = CatalogueFiles.service("rekomendasi-ugb-pub");
        List<FormField> ugbOnly = ugbPub.fields().stream().filter(f -> "ugb".equals(f.variant())).toList();
        List<FormField> pubOnly = ugbPub.fields().stream().filter(f -> "pub".equals(f.variant())).toList();
        assertThat(ugbOnly).extracting(FormField::code)
                .contains("tanggal-pengundian", "tempat-pengundian", "daftar-hadiah", "nilai-hadiah");
        assertThat(ugbOnly).filteredOn(f -> f.code().equals("nilai-hadiah")).extracting(FormField::type)
                .containsExactly(FieldType.MONEY);
        assertThat(pubOnly).extracting(FormField::code)
                .contains("tujuan-pengumpulan", "mulai-pengumpulan", "selesai-pengumpulan", "wilayah-pengumpulan",
                        "target-pengumpulan");
        assertThat(ugbPub.fieldsFor("ugb")).doesNotContainAnyElementsOf(pubOnly).contains(ugbOnly.toArray(FormField[]::new));
        assertThat(ugbPub.fieldsFor("pub")).doesNotContainAnyElementsOf(ugbOnly).contains(pubOnly.toArray(FormField[]::new));
        assertThat(ugbPub.fieldsFor("ugb")).extracting(FormField::code).contains("nama-penyelenggara");
        assertThat(ugbPub.fieldsFor("pub")).extracting(FormField::code).contains("nama-penyelenggara");
    }

    @Test
    void alat_bantu_asks_the_kind_of_disability_and_the_device_needed() {
        ServiceDefinition alatBantu = CatalogueFiles.service("alat-bantu");
        FormField device = alatBantu.fields().stream().filter(f -> f.code().equals("alat-diminta")).findFirst().orElseThrow();
        assertThat(device.type()).isEqualTo(FieldType.SELECT);
        assertThat(device.isRequired()).isTrue();
        // the standard's product is a wheelchair, so it is the first choice
        assertThat(device.options().getFirst().code()).isEqualTo("kursi-roda");
        assertThat(alatBantu.fields()).extracting(FormField::code).contains("jenis-disabilitas");
    }

    @Test
    void lks_renewal_asks_the_existing_registration_number_and_a_new_lks_does_not() {
        ServiceDefinition lks = CatalogueFiles.service("lks");
        assertThat(lks.fieldsFor("perpanjangan")).extracting(FormField::code).contains("nomor-tanda-terdaftar");
        assertThat(lks.fieldsFor("baru")).extracting(FormField::code).doesNotContain("nomor-tanda-terdaftar")
                .contains("nama-lks", "bidang-pelayanan", "desa-lks", "alamat-lks", "jumlah-klien");
        assertThat(lks.fields()).filteredOn(f -> f.code().equals("bidang-pelayanan")).singleElement()
                .satisfies(f -> assertThat(f.options()).extracting(FormField.Option::code).containsExactly(
                        "anak", "lanjut-usia", "disabilitas", "fakir-miskin", "korban-bencana", "tuna-sosial", "lainnya"));
    }

    @Test
    void sjpp_asks_no_diagnosis_and_says_health_documents_are_kept_confidential() {
        ServiceDefinition sjpp = CatalogueFiles.service("sjpp");
        assertThat(sjpp.fields()).extracting(FormField::code).contains("nama-faskes", "sedang-dirawat", "tanggal-masuk")
                .noneMatch(c -> c.contains("diagnos") || c.contains("penyakit"));
        assertThat(sjpp.fields()).extracting(FormField::type).doesNotContain(FieldType.TEXTAREA);
        assertThat(sjpp.fields()).anySatisfy(f -> {
            assertThat(f.help()).isNotNull();
            assertThat(f.help().id()).contains("rahasia");
            assertThat(f.help().en()).contains("confidential");
        });
    }
}
