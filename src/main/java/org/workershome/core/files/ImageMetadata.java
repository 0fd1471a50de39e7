package org.workershome.core.files;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

import org.workershome.core.files.UploadCheck.FileType;

/**
 * Removes metadata from uploaded pictures without decoding them: a phone photo's EXIF block carries the GPS
 * position where it was taken (often a worker's home), the camera's serial number and the time; XMP and text
 * chunks can carry names. The pixels are copied byte for byte, so nothing is lost to re-encoding and a file
 * the decoder would choke on is no worse than before.
 * <ul>
 * <li>JPEG: drops APP1 (EXIF, XMP), APP3–APP13, APP15, APP2 other than the ICC colour profile, comments, and
 * anything after the end-of-image marker (motion-photo videos, maker trailers). A photo's EXIF orientation is
 * kept, in a new EXIF block that holds nothing else, so a portrait photo still shows upright.</li>
 * <li>PNG: drops eXIf, tEXt, zTXt, iTXt and tIME chunks and anything after IEND.</li>
 * <li>WebP: drops the EXIF and XMP chunks and clears their flags in the VP8X header.</li>
 * <li>GIF is left as it is: cameras do not write it, and it has no place for a position.</li>
 * </ul>
 * A truncated structure is handled conservatively: a truncated metadata segment is dropped with the rest of the
 * file, a truncated picture segment is kept as it is.
 */
final class ImageMetadata {

    private static final byte[] EXIF_ID = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] ICC_ID = "ICC_PROFILE\0".getBytes(StandardCharsets.ISO_8859_1);
    private static final Set<String> PNG_METADATA = Set.of("eXIf", "tEXt", "zTXt", "iTXt", "tIME");
    private static final Set<String> WEBP_METADATA = Set.of("EXIF", "XMP ");
    private static final int TAG_ORIENTATION = 0x0112;

    private ImageMetadata() {}

    /** The content without metadata; the same array if there was none. */
    static byte[] strip(FileType type, byte[] content) {
        if (content.length < 12) { // shorter than any header: nothing to strip (UploadCheck has judged the type)
            return content;
        }
        return switch (type) {
            case JPEG -> jpeg(content);
            case PNG -> png(content);
            case WEBP -> webp(content);
            case GIF, PDF, MP4 -> content;
        };
    }

    private static byte[] jpeg(byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        out.write(b, 0, 2); // SOI
        boolean changed = false;
        int i = 2;
        while (i < b.length) {
            if ((b[i] & 0xFF) != 0xFF || i + 1 >= b.length) {
                // Entropy-coded data after a scan header: copy up to the next real marker.
                int next = nextMarker(b, i);
                out.write(b, i, next - i);
                i = next;
                continue;
            }
            int marker = b[i + 1] & 0xFF;
            if (marker == 0xFF) { // fill byte
                out.write(0xFF);
                i++;
                continue;
            }
            if (marker == 0xD9) { // EOI: whatever follows is not part of the picture
                out.write(b, i, 2);
                changed |= i + 2 < b.length;
                break;
            }
            if (marker == 0x00 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) { // stuffed byte, no length
                out.write(b, i, 2);
                i += 2;
                continue;
            }
            if (i + 4 > b.length) {
                out.write(b, i, b.length - i);
                break;
            }
            int end = i + 2 + (((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF));
            boolean keep = keepJpegSegment(marker, b, i + 4, Math.min(end, b.length));
            if (!keep) {
                changed = true;
                if (marker == 0xE1 && end <= b.length && startsWith(b, i + 4, EXIF_ID)) {
                    int orientation = orientation(b, i + 4 + EXIF_ID.length, end);
                    if (orientation > 1 && orientation <= 8) {
                        out.writeBytes(orientationOnly(orientation));
                    }
                }
            }
            if (end > b.length || end < i + 4) { // truncated or nonsense length
                if (keep) {
                    out.write(b, i, b.length - i);
                }
                break;
            }
            if (keep) {
                out.write(b, i, end - i);
            }
            i = end;
        }
        return changed ? out.toByteArray() : b;
    }

    private static boolean keepJpegSegment(int marker, byte[] b, int payload, int end) {
        if (marker == 0xFE) { // comment
            return false;
        }
        if (marker < 0xE0 || marker > 0xEF) {
            return true;
        }
        return switch (marker) {
            case 0xE0, 0xEE -> true; // JFIF, Adobe (colour transform)
            case 0xE2 -> end - payload >= ICC_ID.length && startsWith(b, payload, ICC_ID);
            default -> false;
        };
    }

    /** The index of the next marker that ends entropy-coded data (not a stuffed 0xFF00 or a restart marker). */
    private static int nextMarker(byte[] b, int from) {
        for (int i = from; i + 1 < b.length; i++) {
            if ((b[i] & 0xFF) == 0xFF) {
                int next = b[i + 1] & 0xFF;
                if (next != 0x00 && next != 0xFF && (next < 0xD0 || next > 0xD7)) {
                    return i;
                }
            }
        }
        return b.length;
    }

    /** The orientation tag of IFD0 in an EXIF TIFF block starting at {@code tiff}, or 0. */
    private static int orientation(byte[] b, int tiff, int end) {
        if (end - tiff < 8) {
            return 0;
        }
        boolean little = b[tiff] == 'I' && b[tiff + 1] == 'I';
        if (!little && !(b[tiff] == 'M' && b[tiff + 1] == 'M')) {
            return 0;
        }
        long ifd = tiff + u32(b, tiff + 4, little);
        if (ifd + 2 > end) {
            return 0;
        }
        int count = u16(b, (int) ifd, little);
        for (int e = 0; e < count; e++) {
            int entry = (int) ifd + 2 + e * 12;
            if (entry + 12 > end) {
                return 0;
            }
            if (u16(b, entry, little) == TAG_ORIENTATION && u16(b, entry + 2, little) == 3) {
                return u16(b, entry + 8, little);
            }
        }
        return 0;
    }

    /** An APP1 EXIF segment holding one IFD with one entry: the orientation. */
    private static byte[] orientationOnly(int orientation) {
        ByteArrayOutputStream s = new ByteArrayOutputStream(36);
        s.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xE1, 0, 34});
        s.writeBytes(EXIF_ID);
        s.writeBytes(new byte[] {'M', 'M', 0, 42, 0, 0, 0, 8, // big-endian TIFF, IFD0 at 8
                0, 1, // one entry
                0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0, // orientation, SHORT, 1 value
                0, 0, 0, 0}); // no next IFD
        return s.toByteArray();
    }

    private static byte[] png(byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        out.write(b, 0, 8); // signature
        boolean changed = false;
        int i = 8;
        while (i < b.length) {
            if (i + 8 > b.length) {
                out.write(b, i, b.length - i);
                break;
            }
            long length = u32(b, i, false);
            String type = new String(b, i + 4, 4, StandardCharsets.ISO_8859_1);
            long end = i + 12 + length;
            boolean keep = !PNG_METADATA.contains(type);
            changed |= !keep;
            if (end > b.length) {
                if (keep) {
                    out.write(b, i, b.length - i);
                }
                break;
            }
            if (keep) {
                out.write(b, i, (int) end - i);
            }
            i = (int) end;
            if (type.equals("IEND")) {
                changed |= i < b.length;
                break;
            }
        }
        return changed ? out.toByteArray() : b;
    }

    private static byte[] webp(byte[] b) {
        byte[] out = Arrays.copyOf(b, b.length);
        int length = 12; // RIFF, size, WEBP
        int vp8x = -1;
        boolean changed = false;
        int i = 12;
        while (i < b.length) {
            if (i + 8 > b.length) {
                System.arraycopy(b, i, out, length, b.length - i);
                length += b.length - i;
                break;
            }
            String fourcc = new String(b, i, 4, StandardCharsets.ISO_8859_1);
            long size = u32(b, i + 4, true);
            long end = i + 8 + size + (size & 1);
            boolean keep = !WEBP_METADATA.contains(fourcc);
            changed |= !keep;
            int copyEnd = (int) Math.min(end, b.length);
            if (keep) {
                if (fourcc.equals("VP8X") && size >= 1) {
                    vp8x = length + 8;
                }
                System.arraycopy(b, i, out, length, copyEnd - i);
                length += copyEnd - i;
            }
            if (end > b.length) {
                break;
            }
            i = (int) end;
        }
        if (!changed) {
            return b;
        }
        if (vp8x >= 0 && vp8x < length) {
            out[vp8x] &= (byte) ~0x0C; // EXIF and XMP present flags
        }
        int riffSize = length - 8;
        out[4] = (byte) riffSize;
        out[5] = (byte) (riffSize >>> 8);
        out[6] = (byte) (riffSize >>> 16);
        out[7] = (byte) (riffSize >>> 24);
        return Arrays.copyOf(out, length);
    }

    private static boolean startsWith(byte[] b, int offset, byte[] prefix) {
        return b.length - offset >= prefix.length && Arrays.equals(b, offset, offset + prefix.length, prefix, 0, prefix.length);
    }

    private static int u16(byte[] b, int at, boolean little) {
        int x = b[at] & 0xFF;
        int y = b[at + 1] & 0xFF;
        return little ? (y << 8) | x : (x << 8) | y;
    }

    private static long u32(byte[] b, int at, boolean little) {
        long v = 0;
        for (int k = 0; k < 4; k++) {
            v = (v << 8) | (b[at + (little ? 3 - k : k)] & 0xFF);
        }
        return v;
    }
}
