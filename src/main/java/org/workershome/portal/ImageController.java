package org.workershome.portal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.workershome.core.error.NotFound;

/** Serves article pictures; they never change under their id, so browsers keep them a year. */
@Controller
class ImageController {

    private final ImageManagement images;

    ImageController(ImageManagement images) {
        this.images = images;
    }

    @GetMapping("/portal-images/{id:\\d+}/{size:thumb|large}")
    ResponseEntity<byte[]> image(@PathVariable Long id, @PathVariable String size) throws IOException {
        PortalImage image = images.find(id);
        boolean thumb = size.equals("thumb");
        try (InputStream in = images.open(thumb ? image.getThumbKey() : image.getFileKey())) {
            return ResponseEntity.ok()
                    .cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                    .contentType(MediaType.parseMediaType(thumb ? "image/jpeg" : image.getContentType()))
                    .body(in.readAllBytes());
        } catch (NotFound e) {
            throw e;
        }
    }
}
