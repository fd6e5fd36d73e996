package id.dinsos.portal.account;

import java.io.Serializable;

import org.springframework.util.Assert;

/**
 * A role a signed-in staff member may act in, and the unit it is held in: their own, or one they
 * deputise for today ({@code deputising}), so that a letter can say "Plh." where it must.
 */
public record StaffGrant(StaffRole role, String unitCode, boolean deputising) implements Serializable {

    public StaffGrant {
        Assert.notNull(role, "role is required");
        Assert.hasText(unitCode, "unit is required");
    }
}
