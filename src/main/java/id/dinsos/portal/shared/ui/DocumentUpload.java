package id.dinsos.portal.shared.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadFormat;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.server.streams.UploadEvent;

import id.dinsos.portal.shared.storage.FileStore;
import id.dinsos.portal.shared.storage.StoredFile;
import id.dinsos.portal.shared.storage.UploadPolicy;
import id.dinsos.portal.shared.storage.UploadRejectedException;

/**
 * An upload field for documents: PDF, JPG or PNG, several files at once, each streamed straight into
 * the {@link FileStore} (never held in memory) and checked there by content and size. A refused file
 * gets a translated message next to the field that says why and what to do; a stored one goes to the
 * callback, which records it in its module (and may refuse it in turn).
 *
 * <pre>{@code
 * var upload = new DocumentUpload(fileStore, uploadPolicy, file -> applications.attach(id, requirement, file));
 * upload.setAlreadyStored(() -> applications.storedBytes(id));   // for the per-application limit
 * }</pre>
 *
 * The browser's file picker offers only these types and the component refuses files over the limit
 * before sending them; both are conveniences, the store checks again.
 */
public class DocumentUpload extends Div implements LocaleChangeObserver {

    private static final long serialVersionUID = 1L;

    private static final Logger log = LoggerFactory.getLogger(DocumentUpload.class);

    /** What the file picker offers: media types and extensions (the server judges by content). */
    public static final List<String> ACCEPTED_FILE_TYPES = List.of(
            "application/pdf", "image/jpeg", "image/png", ".pdf", ".jpg", ".jpeg", ".png");

    private final FileStore store;
    private final UploadPolicy policy;
    private final SerializableConsumer<StoredFile> onStored;
    private SerializableConsumer<UploadRejectedException> onRejected = rejection -> { };
    private @Nullable SerializableSupplier<Long> alreadyStored;

    private final Upload upload = new Upload();
    private final Span hint = new Span();
    private final Span error = new Span();
    /** The message shown, as key and arguments, to show it again in another language. */
    private @Nullable Shown shown;

    private record Shown(String key, Object[] args) implements java.io.Serializable {
    }

    /**
     * @param onStored called, with the UI locked, for each file stored; it records the file in its
     *                 module. If it throws, the file is deleted again and the person told: an
     *                 {@link UploadRejectedException} with its reason, anything else as a failure
     */
    public DocumentUpload(FileStore store, UploadPolicy policy, SerializableConsumer<StoredFile> onStored) {
        this.store = store;
        this.policy = policy;
        this.onStored = onStored;
        addClassName("document-upload");
        upload.setUploadHandler(this::receive);
        // Raw uploads (one request per file, the file as the body) pass no multipart parser and its
        // limits; the store enforces the portal's own.
        upload.setUploadFormat(UploadFormat.RAW);
        upload.setAcceptedFileTypes(ACCEPTED_FILE_TYPES.toArray(String[]::new));
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, policy.maxFileSize().toBytes()));
        // Refused in the browser (type or size): its message is one of the texts set in localeChange.
        upload.addFileRejectedListener(event -> {
            shown = null;
            error.setText(event.getErrorMessage());
        });
        hint.addClassName("hint");
        error.addClassName("field-error");
        // Announced by screen readers as soon as it appears.
        error.getElement().setAttribute("role", "alert");
        add(upload, hint, error);
    }

    /**
     * Counts the bytes the application's files already take, so that a file that would take the total
     * past {@code portal.upload.max-application-size} is refused. Called for each upload outside the
     * UI lock: it must not touch components.
     */
    public void setAlreadyStored(SerializableSupplier<Long> alreadyStored) {
        this.alreadyStored = alreadyStored;
    }

    /** Called, with the UI locked, for each refused file (after its message is shown). */
    public void setOnRejected(SerializableConsumer<UploadRejectedException> onRejected) {
        this.onRejected = onRejected;
    }

    /** The Vaadin component itself, e.g. to limit the number of files or add a label. */
    public Upload getUpload() {
        return upload;
    }

    /** The message shown for the last refused file, empty when there is none. */
    public String getErrorText() {
        return error.getText();
    }

    // Runs on the upload's request thread without the session lock (Vaadin's UploadHandler contract):
    // read the stream here, touch components only inside ui.access.
    private void receive(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        Locale locale = ui.getLocale();
        StoredFile stored;
        try (InputStream content = event.getInputStream()) {
            Long before = alreadyStored == null ? null : alreadyStored.get();
            stored = before == null
                    ? store.store(content, event.getFileName())
                    : store.store(content, event.getFileName(), before);
        } catch (UploadRejectedException e) {
            event.reject(getTranslation(locale, e.reason().messageKey(), e.argsArray()));
            ui.access(() -> rejected(e));
            return;
        } catch (UncheckedIOException e) {
            ui.access(() -> show("upload.failed"));
            throw e.getCause();
        }
        ui.access(() -> stored(stored));
    }

    private void stored(StoredFile file) {
        try {
            onStored.accept(file);
            clearError();
        } catch (UploadRejectedException e) {
            store.delete(file.key());
            rejected(e);
        } catch (RuntimeException e) {
            // Nothing stays stored that no record points to.
            store.delete(file.key());
            log.warn("Recording upload {} failed; the file was deleted again", file.key(), e);
            show("upload.failed");
        }
    }

    private void rejected(UploadRejectedException rejection) {
        show(rejection.reason().messageKey(), rejection.argsArray());
        onRejected.accept(rejection);
    }

    private void show(String key, Object... args) {
        shown = new Shown(key, args);
        error.setText(getTranslation(key, args));
    }

    private void clearError() {
        shown = null;
        error.setText("");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        Locale locale = event.getLocale();
        Number megabytes = UploadRejectedException.megabytes(policy.maxFileSize().toBytes());
        String tooLarge = getTranslation(locale, "upload.rejected.too-large", megabytes);
        String wrongType = getTranslation(locale, "upload.rejected.wrong-type");
        UploadI18N i18n = new UploadI18N()
                .setDropFiles(new UploadI18N.DropFiles()
                        .setOne(getTranslation(locale, "upload.drop.one"))
                        .setMany(getTranslation(locale, "upload.drop.many")))
                .setAddFiles(new UploadI18N.AddFiles()
                        .setOne(getTranslation(locale, "upload.add.one"))
                        .setMany(getTranslation(locale, "upload.add.many")))
                .setFile(new UploadI18N.File()
                        .setRetry(getTranslation(locale, "upload.file.retry"))
                        .setStart(getTranslation(locale, "upload.file.start"))
                        .setRemove(getTranslation(locale, "upload.file.remove")))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(getTranslation(locale, "upload.error.too-many-files"))
                        .setFileIsTooBig(tooLarge)
                        .setIncorrectFileType(wrongType))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(getTranslation(locale, "upload.status.connecting"))
                                .setStalled(getTranslation(locale, "upload.status.stalled"))
                                .setProcessing(getTranslation(locale, "upload.status.processing"))
                                .setHeld(getTranslation(locale, "upload.status.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(getTranslation(locale, "upload.remaining.prefix"))
                                .setUnknown(getTranslation(locale, "upload.remaining.unknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(getTranslation(locale, "upload.error.server-unavailable"))
                                .setUnexpectedServerError(getTranslation(locale, "upload.error.unexpected"))
                                // A file the server refused (422): the reason is shown under the field.
                                .setForbidden(getTranslation(locale, "upload.error.not-accepted"))
                                .setFileTooLarge(tooLarge)));
        upload.setI18n(i18n);
        hint.setText(getTranslation(locale, "upload.hint", megabytes));
        if (shown != null) {
            error.setText(getTranslation(locale, shown.key(), shown.args()));
        }
    }
}
