package org.zhongchuang.policy.transfer;

import java.time.LocalDate;

/**
 * A date before the first statutory minimum the catalogue knows (促进科技成果转化法 of 1996, in force 1996-10-01): the
 * catalogue cannot say what the minimum was then, so it refuses rather than guess.
 */
public final class DateNotCoveredException extends TransferInputException {
  private static final long serialVersionUID = 1L;
  private final LocalDate date;
  private final LocalDate firstKnown;

  DateNotCoveredException(LocalDate date, LocalDate firstKnown, String known) {
    super("no statutory minimum of results-transfer rewards is known for " + date
        + ": the catalogue knows them from " + firstKnown + " (" + known + "); give a date on or after " + firstKnown);
    this.date = date;
    this.firstKnown = firstKnown;
  }

  /** The date refused. */
  public LocalDate date() {
    return date;
  }

  /** The first day for which the catalogue knows a statutory minimum. */
  public LocalDate firstKnown() {
    return firstKnown;
  }
}
