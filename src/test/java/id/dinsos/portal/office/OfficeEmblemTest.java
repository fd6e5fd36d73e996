package id.dinsos.portal.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import javax.imageio.ImageIO;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.dinsos.portal.shared.DefinitionFiles;
import id.dinsos.portal.shared.DefinitionFiles.InvalidDefinitionException;
import id.dinsos.portal.shared.PortalProperties;

/** The office's emblem is read from the office's folder, next to office.yml, as the profile names it. */
class OfficeEmblemTest {

    private final DefinitionFiles files = new DefinitionFiles();

    @TempDir
    Path folder;

    private OfficeService office(@Nullable String emblem) {
        String yml = new String(files.read(files.resource("classpath:offices/bekasi/office.yml")).content(),
                StandardCharsets.UTF_8) + (emblem == null ? "" : "\nemblem: " + emblem + "\n");
        byte[] bytes = yml.getBytes(StandardCharsets.UTF_8);
        OfficeProfile profile = files.parseYaml(new DefinitionFiles.SourceFile("office.yml", bytes,
                DefinitionFiles.sha256(bytes)), OfficeProfile.class);
        OfficeProfiles profiles = mock(OfficeProfiles.class);
        when(profiles.findAll()).thenReturn(List.of(OfficeProfileRecord.imported(profile.code(), files.toJson(profile),
                DefinitionFiles.sha256(bytes), Instant.EPOCH)));
        return new OfficeService(profiles, mock(OfficeUnits.class), files, Clock.systemUTC(),
                new PortalProperties(folder, folder.toUri().toString(), false, "classpath:templates/"));
    }

    @Test
    void without_an_emblem_there_is_none() {
        assertThat(office(null).emblem()).isEmpty();
    }

    @Test
    void the_named_file_in_the_office_folder_is_the_emblem_as_an_opaque_png() throws IOException {
        BufferedImage image = new BufferedImage(30, 36, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(3, 3, 0xFF1B5E20);
        Files.createDirectories(folder.resolve("gambar"));
        ImageIO.write(image, "png", folder.resolve("gambar/lambang.png").toFile());

        byte[] emblem = office("gambar/lambang.png").emblem().orElseThrow();

        BufferedImage read = ImageIO.read(new ByteArrayInputStream(emblem));
        assertThat(read.getWidth()).isEqualTo(30);
        assertThat(read.getColorModel().hasAlpha()).isFalse();
        assertThat(read.getRGB(3, 3) & 0xFFFFFF).isEqualTo(0x1B5E20);
    }

    @Test
    void a_missing_file_is_refused_with_its_name() {
        assertThatThrownBy(() -> office("lambang.png").emblem()).isInstanceOf(InvalidDefinitionException.class)
                .hasMessageContaining("emblem 'lambang.png' is not in");
    }
}
