package org.workershome.core.demo;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.function.Consumer;

import javax.imageio.ImageIO;

import org.springframework.web.multipart.MultipartFile;

/** A small PNG drawn in code, uploaded by demo data as a photo (the demo ships no pictures). */
public record DemoPhoto(String name, byte[] bytes) implements MultipartFile {

    /** A 64 × 48 picture, drawn by {@code drawing}. */
    public static DemoPhoto png(String name, Consumer<Graphics2D> drawing) {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        drawing.accept(g);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new DemoPhoto(name, out.toByteArray());
    }

    @Override public String getName() { return "photos"; }
    @Override public String getOriginalFilename() { return name; }
    @Override public String getContentType() { return "image/png"; }
    @Override public boolean isEmpty() { return bytes.length == 0; }
    @Override public long getSize() { return bytes.length; }
    @Override public byte[] getBytes() { return bytes.clone(); }
    @Override public InputStream getInputStream() { return new ByteArrayInputStream(bytes); }

    @Override
    public void transferTo(File dest) throws IOException {
        Files.write(dest.toPath(), bytes);
    }
}
