package id.dinsos.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import id.dinsos.portal.audit.ActorKind;
import id.dinsos.portal.office.OfficeProfile;
import id.dinsos.portal.shared.ui.AdminMenu;

/** The texts the administration pages build from codes exist in both languages, for every code. */
class StaffTextsTest {

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_en.properties"})
    void every_role_scope_status_actor_and_unit_kind_has_its_text(String bundle) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = StaffTextsTest.class.getResourceAsStream("/i18n/" + bundle)) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        for (StaffRole role : StaffRole.values()) {
            assertThat(texts).containsKey("staff.role." + role);
        }
        for (String scope : ApiScopes.ALL) {
            assertThat(texts).containsKey("apiclient.scope." + scope);
        }
        for (ActorKind kind : ActorKind.values()) {
            assertThat(texts).containsKey("admin.audit.actor." + kind);
        }
        for (OfficeProfile.UnitKind kind : OfficeProfile.UnitKind.values()) {
            assertThat(texts).containsKey("admin.units.kind." + kind);
        }
        for (String status : List.of("PENDING", "SENT", "FAILED")) {
            assertThat(texts).containsKey("admin.outbox.status." + status);
        }
        for (String status : List.of("active", "invited", "inactive")) {
            assertThat(texts).containsKey("admin.staff.status." + status);
        }
        for (String state : List.of("inforce", "notinforce", "ended")) {
            assertThat(texts).containsKey("admin.deputy." + state);
        }
        for (String[] page : AdminMenu.PAGES) {
            assertThat(texts).containsKey(page[1]);
        }
    }
}
