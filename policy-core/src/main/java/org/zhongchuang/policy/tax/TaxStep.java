package org.zhongchuang.policy.tax;

import org.zhongchuang.policy.explain.StepKind;

/** The kinds of steps and warnings of a small low-profit enterprise tax assessment; templates in {@code tax*.properties}. */
public enum TaxStep implements StepKind {
  /** Who is a small low-profit enterprise this year, and how this enterprise fares. */
  ELIGIBILITY("tax.eligibility"),
  /** A headcount or assets figure averaged from the values the year's measure averages. */
  AVERAGE("tax.average"),
  /** Total assets averaged over the start and end of the year (国税函〔2008〕251号). */
  AVERAGE_YEAR_ENDS("tax.average.assets2008"),
  /** Taxable income not above zero: no tax. */
  LOSS("tax.loss"),
  /** A band with a share of income counted. */
  BAND("tax.band"),
  /** A band taxed at a rate on all of its income. */
  BAND_RATE("tax.bandRate"),
  /** The split year: an enterprise established on or after the relief's start is relieved all year. */
  SPLIT_WHOLE_YEAR("tax.splitWholeYear"),
  /** The split year: the months after the relief's start, apportioned. */
  SPLIT("tax.split"),
  /** The band taxes add up to the tax due. */
  SUM("tax.sum"),
  /** The tax at the statutory rate. */
  STANDARD("tax.standard"),
  /** The relief and the effective rate. */
  RELIEF("tax.relief"),

  /** Warning: a relief in force for part of the year with no split-year rule is applied to the whole year. */
  PART_YEAR("tax.warn.partYear"),
  /** Warning: no relief is known for the year; none is assumed. */
  LAST_RELIEF("tax.warn.lastRelief"),
  /** Warning: newer criteria ended; the year falls back to older ones. */
  FALLBACK_CRITERIA("tax.warn.fallbackCriteria"),
  /** Warning: eligibility rests on the caller's assertion about headcount and assets. */
  SIZE_ASSERTED("tax.warn.sizeAsserted"),
  /** Warning: the exact and the rounded headcount are on different sides of the limit. */
  HEADCOUNT_ROUNDING("tax.warn.headcountRounding"),
  /** Warning: no size measure is known for the year; the averages were taken as given. */
  NO_MEASURE("tax.warn.noMeasure");

  private final String key;

  TaxStep(String key) {
    this.key = key;
  }

  @Override
  public String key() {
    return key;
  }
}
