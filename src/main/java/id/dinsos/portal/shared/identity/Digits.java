package id.dinsos.portal.shared.identity;

import org.jspecify.annotations.Nullable;

/** Small helpers shared by the identity numbers: cleaning typed input, digit checks, Luhn, masking. */
final class Digits {

    /** The character shown in place of a hidden digit. */
    static final char MASK = '•';

    private Digits() {
    }

    /**
     * The input without the separators people type or copy from a card: whitespace (including the
     * non-breaking space a PDF or a web page leaves behind) and every character in {@code separators}.
     */
    static String strip(@Nullable String input, String separators) {
        if (input == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(input.length());
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && separators.indexOf(c) < 0) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Only ASCII 0–9: {@link Character#isDigit} also accepts Arabic-Indic or full-width digits, which a
     * database search or another agency's system would not match.
     */
    static boolean isAsciiDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Number of ASCII digits in the text: what a person "entered" when the length is wrong. */
    static int countDigits(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                n++;
            }
        }
        return n;
    }

    static int number(String digits, int from, int to) {
        return Integer.parseInt(digits, from, to, 10);
    }

    /**
     * Luhn mod 10 over the whole string, whose last digit is the check digit. Leading zeros do not
     * change the result, which is why a 16-digit NPWP (the old number with a 0 in front) keeps its check.
     */
    static boolean luhnValid(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubled) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }


    /** The first {@code keepStart} and last {@code keepEnd} characters, the rest hidden. */
    static String mask(String s, int keepStart, int keepEnd) {
        if (s.length() <= keepStart + keepEnd) {
            return String.valueOf(MASK).repeat(s.length());
        }
        return s.substring(0, keepStart)
                + String.valueOf(MASK).repeat(s.length() - keepStart - keepEnd)
                + s.substring(s.length() - keepEnd);
    }
}
