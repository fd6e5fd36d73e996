package id.dinsos.portal.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the office's definition files (office profile, catalogue) and turns them into the JSON the
 * database keeps. Strict on purpose: an unknown key is a typo in an office's file, and a typo must
 * stop the import with the file's name and the reason rather than silently drop a requirement.
 */
@Component
public class DefinitionFiles {

    private final YAMLMapper yaml = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .build();
    // Stored JSON holds the record components only, never derived helpers such as isFree().
    private final JsonMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .changeDefaultVisibility(v -> v
                    .withVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                    .withVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY))
            .build();
    private final ResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

    /** A file as read: where it came from, its bytes and their SHA-256. */
    public record SourceFile(String name, byte[] content, String sha256) {
    }

    public SourceFile read(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            byte[] bytes = in.readAllBytes();
            return new SourceFile(resource.getFilename() == null ? resource.getDescription() : resource.getFilename(),
                    bytes, sha256(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource.getDescription(), e);
        }
    }

    /** The files matching a pattern such as {@code classpath:offices/bekasi/services/*.yml}, by name. */
    public List<Resource> find(String pattern) {
        try {
            return Arrays.stream(resolver.getResources(pattern))
                    .filter(Resource::exists)
                    .sorted(Comparator.comparing(r -> String.valueOf(r.getFilename())))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + pattern, e);
        }
    }

    public Resource resource(String location) {
        return resolver.getResource(location);
    }

    /** Parses a YAML file; a mistake becomes an {@link InvalidDefinitionException} naming the file. */
    public <T> T parseYaml(SourceFile file, Class<T> type) {
        try {
            return yaml.readValue(file.content(), type);
        } catch (JacksonException e) {
            throw new InvalidDefinitionException(file.name(), rootMessage(e));
        }
    }

    public String toJson(Object value) {
        return json.writeValueAsString(value);
    }

    public <T> T fromJson(String value, Class<T> type) {
        return json.readValue(value, type);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String rootMessage(JacksonException e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String location = e.getLocation() != null ? " (line " + e.getLocation().getLineNr() + ")" : "";
        return (cause instanceof IllegalArgumentException ? cause.getMessage() : e.getOriginalMessage()) + location;
    }

    /** A definition file that cannot be imported, with the file and the reason. */
    public static class InvalidDefinitionException extends RuntimeException {
        public InvalidDefinitionException(String file, String reason) {
            super(file + ": " + reason);
        }
    }
}
