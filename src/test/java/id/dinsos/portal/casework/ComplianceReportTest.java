package id.dinsos.portal.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

/** The nearest-rank percentile the compliance table uses for the median and the 90th percentile. */
class ComplianceReportTest {

    @Test
    void nearest_rank_percentiles() {
        List<Long> ten = LongStream.rangeClosed(1, 10).map(i -> i * 60).boxed().toList();
        assertThat(ComplianceReport.percentile(ten, 50)).isEqualTo(300);
        assertThat(ComplianceReport.percentile(ten, 90)).isEqualTo(540);
        assertThat(ComplianceReport.percentile(ten, 100)).isEqualTo(600);

        List<Long> odd = List.of(10L, 20L, 30L, 40L, 1000L);
        assertThat(ComplianceReport.percentile(odd, 50)).isEqualTo(30);
        assertThat(ComplianceReport.percentile(odd, 90)).isEqualTo(1000);

        assertThat(ComplianceReport.percentile(List.of(42L), 90)).isEqualTo(42);
        assertThat(ComplianceReport.percentile(List.of(), 50)).isZero();
    }

    @Test
    void share_met() {
        assertThat(new ComplianceReport.ServiceCompliance("s", "u", 4, 3, 0, 0).shareMet()).isEqualTo(0.75);
        assertThat(new ComplianceReport.ServiceCompliance("s", "u", 0, 0, 0, 0).shareMet()).isZero();
    }
}
