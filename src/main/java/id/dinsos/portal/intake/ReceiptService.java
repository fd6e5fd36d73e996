package id.dinsos.portal.intake;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import id.dinsos.portal.catalogue.CatalogueService;
import id.dinsos.portal.catalogue.Requirement;
import id.dinsos.portal.catalogue.ServiceDefinition;
import id.dinsos.portal.office.OfficeProfile;
import id.dinsos.portal.office.OfficeService;
import id.dinsos.portal.shared.RecordNotFoundException;
import id.dinsos.portal.shared.i18n.Languages;
import id.dinsos.portal.shared.identity.Nik;

/**
 * The receipt (tanda terima) of a submitted application, as a PDF: the office's letterhead, the
 * tracking number, the service, when it was submitted, the applicant with the NIK masked, the files
 * received per requirement, the service's time limit, how to track it, and that it is free. This
 * service gathers what it shows ({@link ReceiptContent}); a {@link ReceiptRenderer} (the letters module,
 * with the office's receipt template) lays it out, unsigned, with a QR code to the tracking page.
 * <p>
 * Who may have it is {@link ApplicationService#details(long)}'s rule, asked first: the applicant (and
 * the organisation's members), the partner system or clerk who entered it, and the unit's staff (their
 * reading audited). A draft has no receipt.
 */
@Service
public class ReceiptService {

    private final ApplicationService applications;
    private final CatalogueService catalogue;
    private final OfficeService office;
    private final ObjectProvider<ReceiptRenderer> renderer;
    private final Clock clock;
    private final String baseUrl;

    ReceiptService(ApplicationService applications, CatalogueService catalogue, OfficeService office,
                   ObjectProvider<ReceiptRenderer> renderer, Clock clock,
                   @Value("${portal.base-url:http://localhost:8080}") String baseUrl) {
        this.applications = applications;
        this.catalogue = catalogue;
        this.office = office;
        this.renderer = renderer;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /**
     * The receipt of one submitted application, in Indonesian unless {@code locale} is English.
     *
     * @throws RecordNotFoundException when the application does not exist, the caller may not see it,
     *                                 or it is still a draft (nothing has been received yet)
     */
    public Receipt receipt(long applicationId, @Nullable Locale locale) {
        ApplicationDetails application = applications.details(applicationId);
        String number = application.trackingNumber();
        if (!application.status().submitted() || number == null || application.submittedAt() == null) {
            throw new RecordNotFoundException("Receipt");
        }
        Locale language = Languages.supported(locale);
        OfficeProfile profile = office.profile();
        Optional<ServiceDefinition> service = catalogue.service(application.serviceCode());
        ZoneId zone = profile.hours().zone();

        Applicant applicant = application.applicant();
        Beneficiary beneficiary = application.beneficiary();
        ReceiptContent content = new ReceiptContent(
                language,
                profile,
                application.kind(),
                number,
                service.map(s -> s.name().in(language)).orElse(application.serviceCode()),
                application.submittedAt().atZone(zone),
                clock.instant().atZone(zone),
                applicant.name(),
                masked(applicant.nik()),
                beneficiary == null ? null : beneficiary.name(),
                received(application, service.orElse(null), language),
                service.map(s -> s.timeLimit().text().in(language)).orElse(null),
                service.map(s -> s.fee().isFree()).orElse(true),
                service.map(s -> s.fee().text().in(language)).orElse(null),
                baseUrl + "/lacak?nomor=" + number);
        // The letters module lays it out with the office's receipt template (same path as letters).
        return new Receipt(number, renderer.getObject().render(content));
    }

    /** The current files, per requirement in the standard's order; a requirement since removed comes last. */
    private static List<ReceiptContent.Received> received(ApplicationDetails application, @Nullable ServiceDefinition service,
                                                      Locale language) {
        Map<String, List<String>> files = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        if (service != null) {
            for (Requirement requirement : service.requirementsFor(application.variant())) {
                names.putIfAbsent(requirement.code(), requirement.name().in(language));
            }
        }
        names.keySet().forEach(code -> files.put(code, new ArrayList<>()));
        for (DocumentInfo document : application.documents()) {
            if (document.current()) {
                files.computeIfAbsent(document.requirementCode(), code -> new ArrayList<>()).add(document.originalName());
            }
        }
        List<ReceiptContent.Received> received = new ArrayList<>();
        files.forEach((code, list) -> {
            if (!list.isEmpty()) {
                received.add(new ReceiptContent.Received(names.getOrDefault(code, code), List.copyOf(list)));
            }
        });
        return received;
    }

    /** {@code 3216••••••••0002}; a value that is not a NIK is not shown at all. */
    private static @Nullable String masked(@Nullable String nik) {
        if (nik == null || nik.isBlank()) {
            return null;
        }
        try {
            return new Nik(nik).masked();
        } catch (RuntimeException notANik) {
            return null;
        }
    }
}
