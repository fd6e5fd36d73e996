package id.dinsos.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;

/**
 * Reads docs/access-rules.md and holds the code to it: every screen has a row, every row a screen,
 * and each persona's access follows from the view's annotations exactly as the row says.
 */
class AccessRulesTest {

    private static final Path RULES = Path.of("docs/access-rules.md");
    private static final List<String> PERSONAS = List.of("anonymous", "citizen", "staff", "admin");

    /** The roles each persona holds (Spring authorities without the ROLE_ prefix). */
    private static final Map<String, Set<String>> ROLES = Map.of(
            "anonymous", Set.of(),
            "citizen", Set.of("CITIZEN"),
            "staff", Set.of("STAFF", "VERIFIER"),
            "admin", Set.of("STAFF", "ADMIN"));

    /** The rows of one table, keyed by their first cell. */
    static Map<String, List<String>> table(String heading) throws IOException {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (List<String> cells : rows(heading)) {
            rows.put(cells.getFirst(), cells.subList(1, cells.size()));
        }
        return rows;
    }

    /** The rows of one table, every cell, header excluded. */
    static List<List<String>> rows(String heading) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        boolean inSection = false;
        for (String line : Files.readAllLines(RULES)) {
            if (line.startsWith("## ")) {
                inSection = line.equals("## " + heading);
                continue;
            }
            if (!inSection || !line.startsWith("|") || line.startsWith("|---")) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (String cell : line.substring(1, line.length() - 1).split("\\|", -1)) {
                cells.add(cell.strip().replace("`", ""));
            }
            if (!cells.getFirst().equals("route") && !cells.getFirst().equals("method")) {
                rows.add(cells);
            }
        }
        return rows;
    }

    static Map<String, Class<?>> routes() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Map<String, Class<?>> routes = new LinkedHashMap<>();
        for (var candidate : scanner.findCandidateComponents("id.dinsos.portal")) {
            Class<?> view = Class.forName(candidate.getBeanClassName());
            if (view.getProtectionDomain().getCodeSource().getLocation().getPath().contains("test-classes")) {
                continue; // a page that exists only in the tests (e.g. the upload test page)
            }
            routes.put(view.getAnnotation(Route.class).value(), view);
        }
        return routes;
    }

    @Test
    void every_screen_has_a_row_and_every_row_a_screen() throws Exception {
        assertThat(new TreeSet<>(routes().keySet())).isEqualTo(new TreeSet<>(table("Screens").keySet()));
    }

    @Test
    void each_persona_reaches_exactly_the_screens_its_row_allows() throws Exception {
        AccessAnnotationChecker checker = new AccessAnnotationChecker();
        Map<String, List<String>> rows = table("Screens");
        List<String> mismatches = new ArrayList<>();
        for (var route : routes().entrySet()) {
            List<String> row = rows.get(route.getKey());
            for (int i = 0; i < PERSONAS.size(); i++) {
                String persona = PERSONAS.get(i);
                Principal principal = persona.equals("anonymous") ? null : () -> persona;
                boolean allowed = checker.hasAccess(route.getValue(), principal, role -> ROLES.get(persona).contains(role));
                boolean expected = row.get(i).equals("yes");
                if (allowed != expected) {
                    mismatches.add(route.getKey() + " for " + persona + ": code says " + allowed + ", rules say " + expected);
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }
}
