package id.dinsos.portal.sla;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.Assert;

/**
 * SLA settings (see the README's table).
 *
 * @param dueSoonShare the share of the time used from which a running clock is DUE_SOON
 *                     ({@code portal.sla.due-soon-share}, default 0.75)
 */
@ConfigurationProperties("portal.sla")
record SlaSettings(@DefaultValue("0.75") BigDecimal dueSoonShare) {

    SlaSettings {
        Assert.isTrue(dueSoonShare.signum() > 0 && dueSoonShare.compareTo(BigDecimal.ONE) <= 0,
                "portal.sla.due-soon-share must be more than 0 and at most 1, e.g. 0.75");
    }
}
