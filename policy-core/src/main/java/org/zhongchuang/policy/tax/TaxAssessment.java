package org.zhongchuang.policy.tax;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.io.Serializable;
import java.time.Year;
import java.util.List;
import org.zhongchuang.policy.explain.Explanation;
import org.zhongchuang.policy.law.Citation;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.money.Share;
import org.zhongchuang.policy.text.Language;
import org.zhongchuang.policy.text.Text;

/**
 * The enterprise income tax of one enterprise for one tax year, as a small low-profit enterprise or not.
 *
 * <p>Its amounts always reconcile: the band taxes add up to {@link #taxDue()} exactly, and
 * {@code taxDue + relief = standardTax} exactly (the constructor refuses anything else).
 *
 * @param taxYear not null
 * @param jurisdiction where the enterprise is, not null
 * @param taxableIncome annual taxable income as given, not null
 * @param eligibility whether it is a small low-profit enterprise, not null
 * @param bands the tax band by band; empty in a loss year; not null
 * @param taxDue the sum of the band taxes, not null
 * @param standardTax taxable income at the statutory rate (企业所得税法 第四条), rounded half-up once; zero in a loss
 *     year; not null
 * @param relief {@code standardTax − taxDue}, not null
 * @param effectiveRate {@code taxDue ÷ taxableIncome} as an exact fraction; zero in a loss year; not null
 * @param explanation the steps, in Chinese and English, and the warnings; not null
 */
public record TaxAssessment(Year taxYear, Jurisdiction jurisdiction, Cny taxableIncome, Eligibility eligibility,
    List<TaxBand> bands, Cny taxDue, Cny standardTax, Cny relief, Share effectiveRate,
    Explanation explanation) implements Serializable {

  public TaxAssessment {
    requireNonNull(taxYear, "taxYear");
    requireNonNull(jurisdiction, "jurisdiction");
    requireNonNull(taxableIncome, "taxableIncome");
    requireNonNull(eligibility, "eligibility");
    bands = ImmutableList.copyOf(requireNonNull(bands, "bands"));
    requireNonNull(taxDue, "taxDue");
    requireNonNull(standardTax, "standardTax");
    requireNonNull(relief, "relief");
    requireNonNull(effectiveRate, "effectiveRate");
    requireNonNull(explanation, "explanation");
    Cny bandTotal = Cny.total(bands.stream().map(TaxBand::tax).collect(ImmutableList.toImmutableList()));
    if (!bandTotal.equals(taxDue) || !taxDue.plus(relief).equals(standardTax)) {
      throw new IllegalArgumentException("amounts do not reconcile: bands " + bandTotal + ", tax due " + taxDue
          + ", relief " + relief + ", standard tax " + standardTax);
    }
  }

  /** Whether it is a small low-profit enterprise in the year. */
  public boolean eligible() {
    return eligibility.eligible();
  }

  /** Every clause the assessment relies on, each once, in order of use (read from the explanation). */
  public ImmutableList<Citation> citations() {
    return explanation.citations();
  }

  /** Where the result depends on something uncertain, modified or unknown (the explanation's warnings). */
  public List<Text> warnings() {
    return explanation.warnings();
  }

  /** The explanation as text, in Chinese or English. @param language not null */
  public String render(Language language) {
    return explanation.render(requireNonNull(language, "language"));
  }
}
