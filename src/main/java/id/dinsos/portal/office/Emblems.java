package id.dinsos.portal.office;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import id.dinsos.portal.shared.DefinitionFiles.InvalidDefinitionException;

/**
 * The office's emblem as documents take it: any PNG or JPEG becomes an opaque 8-bit RGB PNG, its
 * transparency flattened onto white. PDF/A-2 allows transparency, but an opaque image is what every
 * validator and printer takes without question, and the letterhead is white anyway.
 */
public final class Emblems {

    /** Larger than any letterhead needs (62 pt high is about 260 px at 300 dpi). */
    static final int MAX_SIDE = 3000;

    private Emblems() {
    }

    /**
     * @param name  the file's name, for the reason of a refusal
     * @throws InvalidDefinitionException when it is not a readable PNG or JPEG of a sensible size
     */
    public static byte[] normalised(String name, byte[] bytes) {
        boolean png = bytes.length > 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G';
        boolean jpeg = bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8;
        if (!png && !jpeg) {
            throw new InvalidDefinitionException(name, "the emblem must be a PNG or JPEG image (PDF cannot draw an SVG)");
        }
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            image = null;
        }
        if (image == null) {
            throw new InvalidDefinitionException(name, "the emblem cannot be read as an image (a CMYK JPEG? save it as RGB)");
        }
        if (image.getWidth() > MAX_SIDE || image.getHeight() > MAX_SIDE) {
            throw new InvalidDefinitionException(name, "the emblem is " + image.getWidth() + "×" + image.getHeight()
                    + " pixels; at most " + MAX_SIDE + " on each side");
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(rgb, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
