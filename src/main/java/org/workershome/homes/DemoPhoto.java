package org.workershome.homes;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import javax.imageio.ImageIO;

import org.springframework.web.multipart.MultipartFile;

/** A small drawn PNG as an uploaded photo of a demo home (the demo ships no pictures). */
record DemoPhoto(String name, byte[] bytes) implements MultipartFile {

    static DemoPhoto png(String name) {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        // a green roof with solar panels over a red-brick house
        g.setColor(new Color(0xb8, 0x4a, 0x3a));
        g.fillRect(8, 20, 48, 28);
        g.setColor(new Color(0x3a, 0x8a, 0x4a));
        g.fillPolygon(new int[] {4, 32, 60}, new int[] {22, 4, 22}, 3);
        g.setColor(new Color(0x2a, 0x4a, 0x8a));
        g.fillRect(20, 10, 10, 6);
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
