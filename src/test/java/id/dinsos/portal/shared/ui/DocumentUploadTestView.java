package id.dinsos.portal.shared.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import id.dinsos.portal.shared.storage.FileStore;
import id.dinsos.portal.shared.storage.UploadPolicy;

/**
 * Test-only page (src/test, so never in the product) with one {@link DocumentUpload}: each stored
 * file is listed as {@code key type size}, each refusal's reason as its enum name.
 */
@Route("uji/unggah")
@AnonymousAllowed
public class DocumentUploadTestView extends Div {

    public DocumentUploadTestView(FileStore store, UploadPolicy policy) {
        Div stored = new Div();
        stored.setId("stored");
        Div rejected = new Div();
        rejected.setId("rejected");
        DocumentUpload upload = new DocumentUpload(store, policy,
                file -> stored.add(new Span(file.key() + " " + file.type() + " " + file.size() + ";")));
        upload.setOnRejected(e -> rejected.add(new Span(e.reason() + ";")));
        upload.setAlreadyStored(() -> 0L);
        add(new H1("DocumentUpload"), upload, stored, rejected);
    }
}
