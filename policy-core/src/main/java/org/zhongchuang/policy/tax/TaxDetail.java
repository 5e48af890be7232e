package org.zhongchuang.policy.tax;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.io.Serializable;
import java.util.List;
import org.zhongchuang.policy.explain.Explanation;
import org.zhongchuang.policy.money.Cny;

/**
 * What the reference computation of {@link SmallLowProfitTaxCalculator} gives for one enterprise and year: the
 * eligibility with every condition, the bands with their provisions, the amounts and the explanation. A
 * {@link TaxAssessment} holds one once it has been read. The band taxes add up to the tax due exactly (checked).
 */
record TaxDetail(Eligibility eligibility, List<TaxBand> bands, Cny taxDue, Cny standardTax, Explanation explanation)
    implements Serializable {

  TaxDetail {
    requireNonNull(eligibility, "eligibility");
    bands = ImmutableList.copyOf(requireNonNull(bands, "bands"));
    requireNonNull(taxDue, "taxDue");
    requireNonNull(standardTax, "standardTax");
    requireNonNull(explanation, "explanation");
    Cny bandTotal = Cny.total(bands.stream().map(TaxBand::tax).collect(ImmutableList.toImmutableList()));
    if (!bandTotal.equals(taxDue)) {
      throw new IllegalArgumentException("amounts do not reconcile: bands " + bandTotal + ", tax due " + taxDue);
    }
  }
}
