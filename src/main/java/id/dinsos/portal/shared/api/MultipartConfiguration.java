package id.dinsos.portal.shared.api;

import org.springframework.boot.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

import id.dinsos.portal.shared.storage.UploadPolicy;
import jakarta.servlet.MultipartConfigElement;

/**
 * The servlet container's limits on multipart requests (the REST API's uploads), derived from
 * {@code portal.upload.max-file-size} so that the two never drift apart: the container stops reading
 * a file part a margin above the portal's limit (the request is answered 413 with a JSON problem,
 * never a 500 or an HTML page), and a file just above the limit still reaches the file store, whose
 * check refuses it with the same message. Parts are written to disk from the first byte
 * (threshold 0): an upload is never held in memory.
 * <p>
 * Replaces Spring Boot's {@code spring.servlet.multipart.max-file-size} and {@code max-request-size};
 * {@code spring.servlet.multipart.resolve-lazily=true} (application.properties) lets the API's
 * controller answer the refusal itself.
 */
@Configuration(proxyBeanMethods = false)
class MultipartConfiguration {

    /** What the container lets through above the portal's per-file limit. */
    static final DataSize MARGIN = DataSize.ofMegabytes(1);
    /** Room for the other parts and the multipart framing of one request. */
    static final DataSize REQUEST_OVERHEAD = DataSize.ofMegabytes(1);

    @Bean
    MultipartConfigElement multipartConfigElement(UploadPolicy policy) {
        long maxFile = policy.maxFileSize().toBytes() + MARGIN.toBytes();
        MultipartConfigFactory factory = new MultipartConfigFactory();
        factory.setMaxFileSize(DataSize.ofBytes(maxFile));
        factory.setMaxRequestSize(DataSize.ofBytes(maxFile + REQUEST_OVERHEAD.toBytes()));
        factory.setFileSizeThreshold(DataSize.ofBytes(0));
        return factory.createMultipartConfig();
    }
}
