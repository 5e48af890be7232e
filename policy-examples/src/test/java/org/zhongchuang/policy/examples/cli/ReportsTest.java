package org.zhongchuang.policy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.zhongchuang.policy.money.Share;

class ReportsTest {

  @Test
  void percentagesAreExactUpToFourDecimalsAndMarkedWhenRounded() {
    assertThat(Reports.percent(Share.percent("17.5"))).isEqualTo("17.5%");
    assertThat(Reports.percent(Share.percent(25))).isEqualTo("25%");
    assertThat(Reports.percent(Share.ofFraction(1, 16))).isEqualTo("6.25%");
    assertThat(Reports.percent(Share.ofFraction(1, 160_000))).isEqualTo("≈0.0006%"); // 0.000625% rounds half-up
    assertThat(Reports.percent(Share.ofFraction(1, 3))).isEqualTo("≈33.3333%");
    assertThat(Reports.percent(Share.ofFraction(2, 3))).isEqualTo("≈66.6667%");
    assertThat(Reports.percent(Share.ofFraction(1, 10_000))).isEqualTo("0.01%");
    assertThat(Reports.percent(Share.ofFraction(1, 1_000_000))).isEqualTo("0.0001%");
  }
}
