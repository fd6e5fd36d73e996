package id.dinsos.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

import id.dinsos.portal.support.Http;
import id.dinsos.portal.support.IntegrationTest;

/** The "Endpoints" table of docs/access-rules.md, requested over HTTP against the running portal. */
@IntegrationTest
class AccessRulesHttpTest {

    @Value("${local.server.port}")
    int port;

    @Test
    void every_endpoint_answers_an_anonymous_caller_as_the_rules_say() throws Exception {
        Http http = new Http(port);
        List<String> mismatches = new ArrayList<>();
        List<List<String>> rows = AccessRulesTest.rows("Endpoints");
        assertThat(rows).hasSizeGreaterThan(4);
        for (List<String> row : rows) {
            String method = row.get(0);
            String path = row.get(1);
            int expected = Integer.parseInt(row.get(2));
            assertThat(method).isIn("GET", "POST");
            // A POST carries an empty JSON object: the answer to an anonymous caller must not depend on the body.
            int actual = method.equals("GET") ? http.get(path).statusCode() : http.postJson(path, "{}").statusCode();
            if (actual != expected) {
                mismatches.add(method + " " + path + ": " + actual + ", rules say " + expected);
            }
        }
        assertThat(mismatches).isEmpty();
    }
}
