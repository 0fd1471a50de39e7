package org.workershome.portal;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;

import javax.imageio.ImageIO;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.audit.AuditTrail;
import org.workershome.core.files.FileStore;
import org.workershome.core.files.UploadCheck;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.error.NotFound;

/**
 * Pictures for articles: checked by their bytes (JPEG, PNG, GIF, WebP; 10 MB), decoded with the JDK's ImageIO
 * (a file that does not decode is refused), and a thumbnail 320 px wide stored beside the original as JPEG.
 */
@Service
public class ImageManagement {

    static final int THUMB_WIDTH = 320;
    /** Larger pictures are refused from their header, before any pixel is decoded (decompression bombs). */
    static final int MAX_SIDE = 10_000;
    static final long MAX_PIXELS = 40_000_000L;

    private static final UploadCheck CHECK = UploadCheck.of(UploadCheck.IMAGES, UploadCheck.TEN_MB);

    private final PortalImages images;
    private final FileStore files;
    private final AuditTrail audit;
    private final Clock clock;
    private final Access access;

    ImageManagement(PortalImages images, FileStore files, AuditTrail audit, Clock clock, Access access) {
        this.access = access;
        this.images = images;
        this.files = files;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public PortalImage upload(CurrentUser user, MultipartFile file) {
        access.require(user, PortalModule.WRITE);
        UploadCheck.Upload upload = CHECK.check(file);
        return store(user, upload.content(), upload.type().contentType());
    }

    @Transactional
    public PortalImage store(CurrentUser user, byte[] content, String contentType) {
        BufferedImage image;
        try {
            image = decodeWithinLimits(content);
        } catch (InvalidInput tooLarge) {
            throw tooLarge;
        } catch (IOException | RuntimeException e) {
            image = null;
        }
        if (image == null) {
            throw InvalidInput.field("file", "portal.error.image");
        }
        int w = image.getWidth();
        int h = image.getHeight();
        int tw = Math.min(THUMB_WIDTH, w);
        int th = Math.max(1, Math.round(h * (tw / (float) w)));
        BufferedImage thumb = new BufferedImage(tw, th, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = thumb.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, tw, th);
        g.drawImage(image, 0, 0, tw, th, null);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(thumb, "jpg", out);
        } catch (IOException e) {
            throw InvalidInput.field("file", "portal.error.image");
        }
        PortalImage saved = images.save(new PortalImage(files.save(content), files.save(out.toByteArray()), contentType,
                w, h, tw, th, user == null ? null : user.accountId(), clock.instant()));
        audit.record("PORTAL_IMAGE_UPLOAD", "portal_image", saved.getId(), null, w + "x" + h);
        return saved;
    }

    /** Reads width and height from the header first; decodes only a picture of a sensible size. */
    private static BufferedImage decodeWithinLimits(byte[] content) throws IOException {
        try (javax.imageio.stream.ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            if (in == null) {
                return null;
            }
            java.util.Iterator<javax.imageio.ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return null;
            }
            javax.imageio.ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int w = reader.getWidth(0);
                int h = reader.getHeight(0);
                if (w <= 0 || h <= 0 || w > MAX_SIDE || h > MAX_SIDE || (long) w * h > MAX_PIXELS) {
                    throw InvalidInput.field("file", "portal.error.imageSize");
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        }
    }

    /** Links freshly uploaded pictures to their article, so the body editor offers them; taken pictures stay. */
    @Transactional
    public void attach(List<Long> ids, Long articleId) {
        images.findAllById(ids).stream().filter(i -> i.getArticleId() == null).forEach(i -> i.attachTo(articleId));
    }

    @Transactional(readOnly = true)
    public List<PortalImage> ofArticle(Long articleId) {
        return images.findByArticleIdOrderByIdAsc(articleId);
    }

    @Transactional(readOnly = true)
    public PortalImage find(Long id) {
        return images.findById(id).orElseThrow(NotFound.of("image", id));
    }

    public InputStream open(String key) {
        return files.open(key);
    }
}
