package org.zhongchuang.policy;

/**
 * A three-valued answer: yes, no, or uncertain because a fact the answer depends on is unknown (a document's date, a
 * repeal's day, a fact the caller did not give). An assessment that answers {@code UNCERTAIN} says why and gives both
 * readings.
 */
public enum Answer {
  YES,
  NO,
  UNCERTAIN;

  /** {@link #YES} or {@link #NO}. */
  public static Answer of(boolean yes) {
    return yes ? YES : NO;
  }

  /** The answer as the JSON contract writes it: {@code yes}, {@code no}, {@code uncertain}. */
  public String code() {
    return switch (this) {
      case YES -> "yes";
      case NO -> "no";
      case UNCERTAIN -> "uncertain";
    };
  }
}
