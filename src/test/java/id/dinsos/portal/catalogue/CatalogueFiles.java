package id.dinsos.portal.catalogue;

import java.util.List;

import id.dinsos.portal.shared.DefinitionFiles;

/** Reads the office's catalogue files the way the start-up import does, without Spring. */
final class CatalogueFiles {

    static final String LOCATION = "classpath:offices/bekasi/";
    static final DefinitionFiles FILES = new DefinitionFiles();

    private CatalogueFiles() {
    }

    static List<DefinitionFiles.SourceFile> sources() {
        return FILES.find(LOCATION + "services/*.yml").stream().map(FILES::read).toList();
    }

    static List<ServiceDefinition> services() {
        return sources().stream().map(f -> FILES.parseYaml(f, ServiceDefinition.class)).toList();
    }

    static ServiceDefinition service(String code) {
        return services().stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();
    }
}
