package id.dinsos.portal.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import id.dinsos.portal.shared.DefinitionFiles;
import id.dinsos.portal.shared.DefinitionFiles.InvalidDefinitionException;

/** The office's emblem for documents: PNG or JPEG in, an opaque RGB PNG out; anything else refused with a reason. */
class EmblemsTest {

    private static byte[] image(int type, String format, Color colour) throws IOException {
        BufferedImage image = new BufferedImage(40, 50, type);
        for (int x = 0; x < 40; x++) {
            for (int y = 0; y < 50; y++) {
                image.setRGB(x, y, x < 20 ? colour.getRGB() : 0x00000000);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    @Test
    void a_transparent_png_is_flattened_onto_white_and_keeps_its_size() throws IOException {
        byte[] png = Emblems.normalised("lambang.png", image(BufferedImage.TYPE_INT_ARGB, "png", Color.RED));

        BufferedImage read = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(read.getColorModel().hasAlpha()).isFalse();
        assertThat(read.getWidth()).isEqualTo(40);
        assertThat(read.getHeight()).isEqualTo(50);
        assertThat(read.getRGB(5, 5) & 0xFFFFFF).isEqualTo(0xFF0000);
        assertThat(read.getRGB(35, 5) & 0xFFFFFF).isEqualTo(0xFFFFFF);
    }

    @Test
    void a_jpeg_is_taken() throws IOException {
        byte[] png = Emblems.normalised("lambang.jpg", image(BufferedImage.TYPE_INT_RGB, "jpg", Color.BLUE));
        assertThat(ImageIO.read(new ByteArrayInputStream(png)).getWidth()).isEqualTo(40);
    }

    @Test
    void an_svg_or_a_broken_file_is_refused_with_the_reason() {
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Emblems.normalised("lambang.svg", svg)).isInstanceOf(InvalidDefinitionException.class)
                .hasMessageContaining("lambang.svg").hasMessageContaining("PNG or JPEG");
        byte[] broken = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3, 4, 5, 6};
        assertThatThrownBy(() -> Emblems.normalised("lambang.png", broken)).isInstanceOf(InvalidDefinitionException.class)
                .hasMessageContaining("cannot be read");
    }

    @Test
    void the_office_file_names_an_emblem_only_as_a_png_or_jpeg_in_its_folder() {
        DefinitionFiles files = new DefinitionFiles();
        String yml = new String(files.read(files.resource("classpath:offices/bekasi/office.yml")).content(),
                StandardCharsets.UTF_8);
        // Bekasi ships none (no licensed emblem file): its letterhead is text only.
        assertThat(parse(files, yml).emblem()).isNull();
        assertThat(parse(files, yml + "\nemblem: lambang.png\n").emblem()).isEqualTo("lambang.png");
        assertThatThrownBy(() -> parse(files, yml + "\nemblem: ../lambang.png\n"))
                .hasMessageContaining("emblem must be the name of a .png or .jpg file");
        assertThatThrownBy(() -> parse(files, yml + "\nemblem: lambang.svg\n"))
                .hasMessageContaining("emblem must be the name of a .png or .jpg file");
    }

    private static OfficeProfile parse(DefinitionFiles files, String yml) {
        byte[] bytes = yml.getBytes(StandardCharsets.UTF_8);
        return files.parseYaml(new DefinitionFiles.SourceFile("office.yml", bytes, DefinitionFiles.sha256(bytes)),
                OfficeProfile.class);
    }
}
