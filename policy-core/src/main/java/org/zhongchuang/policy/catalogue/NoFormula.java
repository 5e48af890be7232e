package org.zhongchuang.policy.catalogue;

import static java.util.Objects.requireNonNull;

import org.zhongchuang.policy.text.Text;

/**
 * A clause that promises support with no amount or rate ("给予适当补贴"). It has no formula: asking it for an amount
 * is an error, never zero.
 *
 * @param subject what is supported, not null
 */
public record NoFormula(Text subject) implements Terms {
  public NoFormula {
    requireNonNull(subject, "subject");
  }

  @Override
  public boolean hasFormula() {
    return false;
  }

  /** The same clause about another subject. */
  public NoFormula withSubject(Text newSubject) {
    return new NoFormula(newSubject);
  }

  @Override
  public TermsKind termsKind() {
    return TermsKind.NO_FORMULA;
  }

  @Override
  public Text summary() {
    return Text.of(subject.zh() + "（未规定金额或比例）", subject.en() + " (no amount or rate is stated)");
  }
}
