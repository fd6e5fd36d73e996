package id.dinsos.portal.intake;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import id.dinsos.portal.office.OfficeProfile;

/**
 * What a receipt (tanda terima) shows, gathered by {@link ReceiptService} and laid out by a
 * {@link ReceiptRenderer}. The NIK is already masked: the full number never leaves intake for a receipt.
 *
 * @param locale       the reader's language (Indonesian or English)
 * @param trackingLink the public tracking page of the application, for the QR code and the text
 */
public record ReceiptContent(Locale locale, OfficeProfile office, ApplicationKind kind, String trackingNumber,
                             String serviceName, ZonedDateTime submittedAt, ZonedDateTime printedAt,
                             @Nullable String applicantName, @Nullable String maskedNik,
                             @Nullable String beneficiaryName, List<Received> received, @Nullable String timeLimit,
                             boolean free, @Nullable String feeText, String trackingLink) {

    public ReceiptContent {
        received = List.copyOf(received);
    }

    /** The files received for one requirement. */
    public record Received(String requirement, List<String> fileNames) {
        public Received {
            fileNames = List.copyOf(fileNames);
        }
    }
}
