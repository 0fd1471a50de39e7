package org.workershome.core.member;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A mainland resident ID-card number (公民身份号码, GB 11643-1999): 6-digit region, 8-digit birth date,
 * 3-digit sequence (odd for men), and an ISO 7064 MOD 11-2 check character.
 */
@org.springframework.modulith.NamedInterface("member")
public record IdCardNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("^\\d{17}[\\dX]$");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    public IdCardNumber {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a valid ID-card number");
        }
    }

    /** Normalises (trims, upper-case x) and validates; empty when the number is not valid. */
    public static Optional<IdCardNumber> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String normalised = raw.strip().toUpperCase();
        return isValid(normalised) ? Optional.of(new IdCardNumber(normalised)) : Optional.empty();
    }

    public static boolean isValid(String value) {
        if (value == null || !FORMAT.matcher(value).matches()) {
            return false;
        }
        if (checkCharacter(value.substring(0, 17)) != value.charAt(17)) {
            return false;
        }
        try {
            LocalDate birth = birthDateOf(value);
            return !birth.isBefore(LocalDate.of(1900, 1, 1)) && !birth.isAfter(LocalDate.now().plusDays(1));
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** The check character for the first 17 digits. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    public LocalDate birthDate() {
        return birthDateOf(value);
    }

    public Gender gender() {
        return (value.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
    }

    public String regionCode() {
        return value.substring(0, 6);
    }

    private static LocalDate birthDateOf(String value) {
        return LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(10, 12)),
                Integer.parseInt(value.substring(12, 14)));
    }

    @Override
    public String toString() {
        return org.workershome.core.crypto.Masks.idNumber(value);
    }
}
