package id.dinsos.portal.notification;

import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/** Checks and masks e-mail addresses: a citizen's address is personal data and never logged in full. */
public final class MailAddresses {

    /** RFC 5321's limit for a forward path. */
    private static final int MAX_LENGTH = 254;
    private static final Pattern ANY_ADDRESS = Pattern.compile("[^\\s<>\"'(),;:]+@[^\\s<>\"'(),;:]+");

    private MailAddresses() {
    }

    /**
     * Whether the text is one bare address ({@code budi@example.org}) that a mail server accepts: no
     * display name, no list, a domain with a dot (a citizen's address is never {@code user@localhost}).
     */
    public static boolean isValid(String address) {
        if (address.isBlank() || address.length() > MAX_LENGTH || !address.equals(address.strip())) {
            return false;
        }
        try {
            InternetAddress parsed = new InternetAddress(address, true);
            parsed.validate();
            String domain = address.substring(address.lastIndexOf('@') + 1);
            return parsed.getPersonal() == null && address.equals(parsed.getAddress())
                    && domain.contains(".") && !domain.startsWith(".") && !domain.endsWith(".");
        } catch (AddressException e) {
            return false;
        }
    }

    /** {@code budi.santoso@example.org} becomes {@code b***@example.org}: enough to tell mails apart in a log. */
    public static String mask(String address) {
        int at = address.lastIndexOf('@');
        if (at <= 0) {
            return "***";
        }
        return address.charAt(0) + "***" + address.substring(at).toLowerCase(Locale.ROOT);
    }

    /** Masks every address inside a text, e.g. a mail server's error message. */
    static String maskAll(String text) {
        return ANY_ADDRESS.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(mask(m.group())));
    }
}
