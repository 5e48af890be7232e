package org.zhongchuang.policy.catalogue;

import static java.util.Objects.requireNonNull;

import java.time.Year;
import org.zhongchuang.policy.text.Text;

/**
 * A development target ("到2020年…以上"): at least {@code threshold} units of a metric by the end of a year.
 *
 * @param metric a stable key, e.g. {@code maker-spaces}, not null
 * @param description the metric in words, not null
 * @param threshold the least value that meets the target, inclusive
 * @param unit the unit in words, e.g. 家 / institutions, not null
 * @param deadline the year by which it is to be met, not null
 */
public record Target(String metric, Text description, long threshold, Text unit, Year deadline) implements Terms {
  public Target {
    requireNonNull(metric, "metric");
    requireNonNull(description, "description");
    requireNonNull(unit, "unit");
    requireNonNull(deadline, "deadline");
    if (threshold <= 0) {
      throw new IllegalArgumentException("a target threshold is positive, got " + threshold);
    }
  }

  /** The same target with another threshold. */
  public Target withThreshold(long newThreshold) {
    return new Target(metric, description, newThreshold, unit, deadline);
  }

  /** The same target by another year. */
  public Target withDeadline(Year newDeadline) {
    return new Target(metric, description, threshold, unit, newDeadline);
  }

  @Override
  public TermsKind termsKind() {
    return TermsKind.TARGET;
  }

  @Override
  public Text summary() {
    return Text.of("到" + deadline + "年，" + description.zh() + " " + threshold + " " + unit.zh() + "以上",
        "by " + deadline + ": " + description.en() + " ≥ " + threshold + " " + unit.en());
  }
}
