package id.dinsos.portal.organisation.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The download's Content-Disposition: an ASCII name for old clients, the exact name in RFC 5987 form. */
class OrganisationDocumentControllerTest {

    @Test
    void a_plain_name_is_given_as_it_is_in_both_forms() {
        assertThat(OrganisationDocumentController.attachment("akta-2015_v2.pdf"))
                .isEqualTo("attachment; filename=\"akta-2015_v2.pdf\"; filename*=UTF-8''akta-2015_v2.pdf");
    }

    @Test
    void spaces_quotes_backslashes_and_non_ascii_letters_cannot_break_the_header() {
        assertThat(OrganisationDocumentController.attachment("SK \"Kemenkumham\" ñ\\*.pdf"))
                .isEqualTo("attachment; filename=\"SK _Kemenkumham_ __*.pdf\"; "
                        + "filename*=UTF-8''SK%20%22Kemenkumham%22%20%C3%B1%5C%2A.pdf");
    }

    @Test
    void an_emoji_is_one_placeholder_in_the_ascii_name() {
        assertThat(OrganisationDocumentController.attachment("foto 📄.jpg"))
                .isEqualTo("attachment; filename=\"foto _.jpg\"; filename*=UTF-8''foto%20%F0%9F%93%84.jpg");
    }
}
