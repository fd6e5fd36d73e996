package id.dinsos.portal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.Repository;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;

/** The audit trail is append-only: nothing in the code can change or remove an event. */
class AuditEventsTest {

    @Test
    void the_repository_is_not_a_crud_repository_and_declares_no_update_or_delete() {
        assertThat(Repository.class).isAssignableFrom(AuditEvents.class);
        assertThat(CrudRepository.class.isAssignableFrom(AuditEvents.class)).isFalse();
        assertThat(Arrays.stream(AuditEvents.class.getMethods()).map(Method::getName))
                .allSatisfy(name -> assertThat(name.toLowerCase(Locale.ROOT))
                        .doesNotContain("delete").doesNotContain("remove").doesNotContain("update"))
                .containsOnly("save", "findLatest", "countAll", "findBySubject");
        for (Method method : AuditEvents.class.getMethods()) {
            org.springframework.data.jdbc.repository.query.Query query =
                    method.getAnnotation(org.springframework.data.jdbc.repository.query.Query.class);
            if (query != null) {
                assertThat(query.value().strip().toUpperCase(Locale.ROOT)).as(method.getName()).startsWith("SELECT");
            }
            assertThat(method.isAnnotationPresent(org.springframework.data.jdbc.repository.query.Modifying.class))
                    .as(method.getName()).isFalse();
        }
    }

    @Test
    void an_event_cannot_be_changed_once_made() {
        assertThat(AuditEvent.class.isRecord()).isTrue();
        assertThat(Arrays.stream(AuditEvent.class.getDeclaredFields()))
                .allSatisfy(f -> assertThat(java.lang.reflect.Modifier.isFinal(f.getModifiers()) || java.lang.reflect.Modifier.isStatic(f.getModifiers()))
                        .as(f.getName()).isTrue());
    }

    @Test
    void no_code_outside_the_audit_log_touches_the_events_repository_or_writes_the_table() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("id.dinsos.portal");
        ArchRuleDefinition.noClasses().that().doNotHaveFullyQualifiedName(AuditLog.class.getName())
                .and().doNotHaveFullyQualifiedName(AuditEvents.class.getName())
                .should().dependOnClassesThat().haveFullyQualifiedName(AuditEvents.class.getName())
                .check(classes);
    }
}
