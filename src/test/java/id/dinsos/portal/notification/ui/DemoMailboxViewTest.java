package id.dinsos.portal.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.MatchResult;

import org.junit.jupiter.api.Test;

/** Which parts of a mail's text the demo mailbox turns into links. */
class DemoMailboxViewTest {

    private static List<String> links(String text) {
        return DemoMailboxView.LINK.matcher(text).results().map(MatchResult::group).toList();
    }

    @Test
    void web_links_become_clickable_without_the_punctuation_after_them() {
        assertThat(links("Buka https://portal.example/daftar/konfirmasi?token=a1b2.\nLalu http://dinsos.bekasikab.go.id, terima kasih"))
                .containsExactly("https://portal.example/daftar/konfirmasi?token=a1b2", "http://dinsos.bekasikab.go.id");
        assertThat(links("(lihat https://portal.example/a)")).containsExactly("https://portal.example/a");
    }

    @Test
    void nothing_but_http_and_https_becomes_a_link() {
        assertThat(links("javascript:alert(1) mailto:budi@example.org ftp://x.example/f")).isEmpty();
    }
}
