package org.workershome.core.member;

import java.util.Optional;
import java.util.regex.Pattern;

/** A mainland mobile number (11 digits from 13x–19x) or a landline with area code (010-12345678). */
@org.springframework.modulith.NamedInterface("member")
public final class PhoneNumber {

    private static final Pattern MOBILE = Pattern.compile("^1[3-9]\\d{9}$");
    private static final Pattern LANDLINE = Pattern.compile("^0\\d{2,3}-?\\d{7,8}$");

    private PhoneNumber() {}

    /** Normalised number (spaces and a +86 prefix removed), or empty when it is not a valid number. */
    public static Optional<String> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String s = raw.replaceAll("[\\s()]", "");
        if (s.startsWith("+86")) {
            s = s.substring(3);
        }
        return MOBILE.matcher(s).matches() || LANDLINE.matcher(s).matches() ? Optional.of(s) : Optional.empty();
    }
}
