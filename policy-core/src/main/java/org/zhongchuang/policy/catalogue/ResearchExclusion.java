package org.zhongchuang.policy.catalogue;

import static java.util.Objects.requireNonNull;

import org.zhongchuang.policy.text.Text;

/**
 * Industries that may not take the research super-deduction at all (财税〔2015〕119号 四): while it is in force an
 * enterprise of these industries deducts no extra share, whatever rate another provision states.
 *
 * @param industries the industries, in words, not null
 */
public record ResearchExclusion(Text industries) implements Terms {
  public ResearchExclusion {
    requireNonNull(industries, "industries");
  }

  @Override
  public TermsKind termsKind() {
    return TermsKind.RESEARCH_EXCLUSION;
  }

  @Override
  public Text summary() {
    return Text.of(industries.zh() + "不适用研发费用加计扣除",
        "no research super-deduction for " + industries.en());
  }
}
