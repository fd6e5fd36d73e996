package id.dinsos.portal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;

import org.springframework.data.repository.Repository;

import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The module rules of docs/adr/0001, checked on every build. */
@AnalyzeClasses(packages = "id.dinsos.portal", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule repositories_are_private_to_their_module = classes()
            .that().areAssignableTo(Repository.class)
            .should().notHaveModifier(JavaModifier.PUBLIC)
            .because("modules reach each other through their services, never another module's repository");

    @ArchTest
    static final ArchRule views_call_services_not_repositories = noClasses()
            .that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().areAssignableTo(Repository.class);

    // shared.ui is the exception: the public layout's menu links to the views of the modules.
    @ArchTest
    static final ArchRule the_shared_kernel_depends_on_no_feature_module = noClasses()
            .that().resideInAnyPackage("id.dinsos.portal.shared", "id.dinsos.portal.shared.db",
                    "id.dinsos.portal.shared.i18n", "id.dinsos.portal.shared.api", "id.dinsos.portal.shared.identity")
            .should().dependOnClassesThat().resideInAnyPackage("id.dinsos.portal.catalogue..", "id.dinsos.portal.office..",
                    "id.dinsos.portal.notification..", "id.dinsos.portal.account..");

    // Uploads arrive from views, jobs and (later) the REST API alike: the store knows no view and no module.
    @ArchTest
    static final ArchRule file_storage_depends_on_no_feature_module_and_no_view = noClasses()
            .that().resideInAPackage("id.dinsos.portal.shared.storage..")
            .should().dependOnClassesThat().resideInAnyPackage("id.dinsos.portal.catalogue..", "id.dinsos.portal.office..",
                    "id.dinsos.portal.notification..", "id.dinsos.portal.account..", "id.dinsos.portal.shared.ui..",
                    "com.vaadin..");

    // Plain Java, so that a form, an import job or the REST API can validate the same way.
    @ArchTest
    static final ArchRule identity_numbers_depend_on_no_framework = noClasses()
            .that().resideInAPackage("id.dinsos.portal.shared.identity..")
            .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..", "org.springframework..");

    @ArchTest
    static final ArchRule the_office_does_not_depend_on_the_catalogue = noClasses()
            .that().resideInAPackage("id.dinsos.portal.office..")
            .should().dependOnClassesThat().resideInAPackage("id.dinsos.portal.catalogue..");

    // Every module may send mail; the office profile, which the mails' footer reads, must not need it.
    @ArchTest
    static final ArchRule the_office_does_not_depend_on_notifications = noClasses()
            .that().resideInAPackage("id.dinsos.portal.office..")
            .should().dependOnClassesThat().resideInAPackage("id.dinsos.portal.notification..");

    @ArchTest
    static final ArchRule time_is_read_from_the_injected_clock = noClasses()
            .should().callMethod(Instant.class, "now")
            .orShould().callMethod(LocalDate.class, "now")
            .orShould().callMethod(LocalDateTime.class, "now")
            .orShould().callMethod(ZonedDateTime.class, "now")
            .because("deadlines and their tests depend on a Clock that tests can fix");
}
