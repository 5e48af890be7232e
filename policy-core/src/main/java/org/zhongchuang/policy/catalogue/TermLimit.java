package org.zhongchuang.policy.catalogue;

import static java.util.Objects.requireNonNull;

import java.time.Period;
import org.zhongchuang.policy.text.Text;

/**
 * A period that may last at most so long ("可在3年内保留人事关系").
 *
 * @param maximum the longest period, not null
 * @param subject what may last so long, not null
 */
public record TermLimit(Period maximum, Text subject) implements Terms {
  public TermLimit {
    requireNonNull(maximum, "maximum");
    requireNonNull(subject, "subject");
  }

  /** The same limit with another longest period. */
  public TermLimit withMaximum(Period newMaximum) {
    return new TermLimit(newMaximum, subject);
  }

  @Override
  public TermsKind termsKind() {
    return TermsKind.TERM_LIMIT;
  }

  @Override
  public Text summary() {
    return Text.of(subject.zh() + "：最长 " + maximum.getYears() + " 年", subject.en() + ": at most " + maximum.getYears() + " years");
  }
}
