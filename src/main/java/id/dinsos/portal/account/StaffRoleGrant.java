package id.dinsos.portal.account;

import org.springframework.data.relational.core.mapping.Table;
import org.springframework.util.Assert;

/** One role a staff member holds in one unit: a row of the account aggregate. */
@Table("account_staff_role")
record StaffRoleGrant(StaffRole role, String unitCode) {

    StaffRoleGrant {
        Assert.notNull(role, "role is required");
        Assert.hasText(unitCode, "unit is required");
    }
}
