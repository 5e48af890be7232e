package org.zhongchuang.policy.catalogue;

import static java.util.Objects.requireNonNull;

import org.zhongchuang.policy.text.Text;

/**
 * A report due within a number of working days after the year ends ("每年年终后20个工作日内").
 *
 * @param workingDays working days after year end
 * @param subject the report, not null
 */
public record ReportingDeadline(int workingDays, Text subject) implements Terms {
  public ReportingDeadline {
    requireNonNull(subject, "subject");
    if (workingDays <= 0) {
      throw new IllegalArgumentException("working days must be positive, got " + workingDays);
    }
  }

  /** The same deadline with another number of working days. */
  public ReportingDeadline withWorkingDays(int days) {
    return new ReportingDeadline(days, subject);
  }

  @Override
  public TermsKind termsKind() {
    return TermsKind.REPORTING_DEADLINE;
  }

  @Override
  public Text summary() {
    return Text.of(subject.zh() + "：年终后 " + workingDays + " 个工作日内",
        subject.en() + ": within " + workingDays + " working days after year end");
  }
}
