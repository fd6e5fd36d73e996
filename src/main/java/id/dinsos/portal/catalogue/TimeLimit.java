package id.dinsos.portal.catalogue;

import java.math.BigDecimal;

import org.springframework.util.Assert;

import id.dinsos.portal.shared.LocalizedText;

/**
 * A service's time limit as the standard states it: a range (a single value has min = max), its
 * unit, and the standard's own wording, which is what the public sees. Ranges keep both ends: the
 * low end is the target, the high end the deadline.
 */
public record TimeLimit(BigDecimal min, BigDecimal max, TimeLimitUnit unit, LocalizedText text) {

    public TimeLimit {
        Assert.notNull(min, "timeLimit.min is required");
        Assert.notNull(max, "timeLimit.max is required");
        Assert.notNull(unit, "timeLimit.unit is required");
        Assert.notNull(text, "timeLimit.text is required");
        Assert.isTrue(min.signum() > 0, "timeLimit.min must be positive");
        Assert.isTrue(min.compareTo(max) <= 0, "timeLimit.min must not exceed timeLimit.max");
    }

    public boolean isRange() {
        return min.compareTo(max) != 0;
    }
}
