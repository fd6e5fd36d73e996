package id.dinsos.portal.shared;

import java.util.List;

import org.springframework.util.Assert;

/** Checks shared by the definition records. */
public final class Texts {

    private Texts() {
    }

    /** A list that must hold at least one entry (a component of the standard that cannot be empty). */
    public static <T> List<T> required(List<T> list, String what) {
        Assert.notEmpty(list, what + " must not be empty");
        return List.copyOf(list);
    }

    public static <T> List<T> optional(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    public static String requireCode(String code, String what) {
        Assert.hasText(code, what + " is required");
        Assert.isTrue(code.matches("[a-z0-9]+(-[a-z0-9]+)*"), what + " '" + code + "' must be kebab-case");
        return code;
    }
}
