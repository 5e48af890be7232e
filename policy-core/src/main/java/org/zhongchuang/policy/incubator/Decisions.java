package org.zhongchuang.policy.incubator;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.zhongchuang.policy.Answer;
import org.zhongchuang.policy.catalogue.Provision;

/**
 * What the calculator decided for each month of each of the four taxes (property tax, urban land-use tax, business tax,
 * VAT; index {@code tax ordinal × 12 + month − 1}): exempt, not exempt or uncertain, the provision behind it, the
 * reasons, and the timing rule that decided a month of recognition or loss. Written once by the calculator, read by
 * the assessment.
 */
final class Decisions implements Serializable {
  private static final long serialVersionUID = 1L;

  static final byte NOT = 0;
  static final byte UNCERTAIN = 1;
  static final byte EXEMPT = 2;
  static final int MONTHS = 48;

  final byte[] status = new byte[MONTHS];
  /** Bits of {@link CoverageReason} ordinals. */
  final int[] reasons = new int[MONTHS];
  final Provision[] provision = new Provision[MONTHS];
  final Provision[] timing = new Provision[MONTHS];

  static int bit(CoverageReason reason) {
    return 1 << reason.ordinal();
  }

  void set(int i, byte s, int r, Provision p, Provision t) {
    status[i] = s;
    reasons[i] = r;
    provision[i] = p;
    timing[i] = t;
  }

  boolean has(int i, CoverageReason reason) {
    return (reasons[i] & bit(reason)) != 0;
  }

  /** Yes if some month of the tax is exempt, else uncertain if some may be, else no. */
  Answer answer(int tax) {
    byte best = NOT;
    for (int m = 0; m < 12; m++) {
      best = (byte) Math.max(best, status[tax * 12 + m]);
    }
    return ANSWERS[best];
  }

  private static final Answer[] ANSWERS = {Answer.NO, Answer.UNCERTAIN, Answer.YES};

  /** The months of a tax grouped into periods of equal treatment. */
  List<CoveragePeriod> periods(int tax, int year) {
    List<CoveragePeriod> out = new ArrayList<>(2);
    int start = 0;
    for (int m = 1; m <= 12; m++) {
      if (m == 12 || !same(tax * 12 + start, tax * 12 + m)) {
        int i = tax * 12 + start;
        out.add(new CoveragePeriod(YearMonth.of(year, start + 1), YearMonth.of(year, m), ANSWERS[status[i]],
            Optional.ofNullable(provision[i]), reasonSet(reasons[i]), Optional.ofNullable(timing[i])));
        start = m;
      }
    }
    return out;
  }

  private boolean same(int a, int b) {
    return status[a] == status[b] && reasons[a] == reasons[b] && provision[a] == provision[b]
        && timing[a] == timing[b];
  }

  static Set<CoverageReason> reasonSet(int bits) {
    Set<CoverageReason> out = EnumSet.noneOf(CoverageReason.class);
    for (CoverageReason r : CoverageReason.values()) {
      if ((bits & bit(r)) != 0) {
        out.add(r);
      }
    }
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Decisions d && Arrays.equals(status, d.status) && Arrays.equals(reasons, d.reasons)
        && Arrays.equals(provision, d.provision) && Arrays.equals(timing, d.timing);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(status);
  }
}
