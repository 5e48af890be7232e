package org.zhongchuang.policy.incubator;

import java.util.Arrays;
import org.zhongchuang.policy.Answer;
import org.zhongchuang.policy.catalogue.TaxType;
import org.zhongchuang.policy.money.Cny;

/** Test helpers: twelve monthly amounts, and a tax's months written as one letter each. */
final class Months {
  private Months() {}

  /** The same amount (yuan) in each of the twelve months. */
  static Cny[] each(long yuan) {
    Cny[] out = new Cny[12];
    Arrays.fill(out, Cny.ofYuan(yuan));
    return out;
  }

  /** Twelve amounts in yuan. */
  static Cny[] of(long... yuan) {
    return Arrays.stream(yuan).mapToObj(Cny::ofYuan).toArray(Cny[]::new);
  }

  /** E.g. {@code NNNNNN?YYYYY}: Y exempt, N not, ? uncertain, January first. */
  static String letters(IncubatorAssessment a, TaxType tax) {
    StringBuilder out = new StringBuilder(12);
    for (CoveragePeriod p : a.coverage(tax)) {
      for (int m = 0; m < p.months(); m++) {
        out.append(p.exempt() == Answer.YES ? 'Y' : p.exempt() == Answer.NO ? 'N' : '?');
      }
    }
    return out.toString();
  }
}
