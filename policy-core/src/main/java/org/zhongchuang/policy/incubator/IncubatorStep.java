package org.zhongchuang.policy.incubator;

import org.zhongchuang.policy.explain.StepKind;

/**
 * The kinds of step and warning of an incubator exemption explanation; each has a template in
 * {@code text/incubator.properties} (English) and {@code text/incubator_zh.properties} (Chinese), and a computed step
 * also a {@code .formula}.
 */
public enum IncubatorStep implements StepKind {
  /** {0} year, {1} place, {2} institution, {3} recognition, {4} loss of status, {5} the conditions as given. */
  CASE("incubator.case"),
  /** {0} provision, {1} validity, {2} taxes, {3} base, {4} institutions, {5} uncertain ones, {6} conditions. */
  PROVISION("incubator.provision"),
  /** {0} timing provision, {1} its rule. */
  TIMING("incubator.timing"),
  /** {0} year, {1} the nearest known wave before, {2} after. */
  NO_WAVE("incubator.noWave"),
  /** {0} taxes, {1} the months, {2} provision, {3} reasons. */
  PERIOD_EXEMPT("incubator.period.yes"),
  /** As {@link #PERIOD_EXEMPT}. */
  PERIOD_NOT_EXEMPT("incubator.period.no"),
  /** As {@link #PERIOD_EXEMPT}. */
  PERIOD_UNCERTAIN("incubator.period.uncertain"),
  /** {0} tax, {1} given, {2} exempt, {3} uncertain, {4} due, {5} by month or for the year. */
  AMOUNT("incubator.amount"),
  /** {0} tax, {1} uncertain, {2} due if it is exempt, {3} due if not. */
  READINGS("incubator.readings"),
  /** {0} given, {1} exempt, {2} uncertain, {3} due: all taxes given. */
  TOTAL("incubator.total"),
  /** {0} local clause, {1} whether it is in force, {2} what it says. */
  LOCAL("incubator.local"),
  /** {0} provision, {1} a note it carries. */
  NOTE("incubator.note"),

  /** Warning: {0} the taxes with uncertain parts; both readings are given. */
  UNCERTAIN("incubator.warn.uncertain"),
  /** Warning: {0} year: no exemption is known; the amounts are the taxes as given. */
  NONE_KNOWN("incubator.warn.noneKnown");

  private final String key;

  IncubatorStep(String key) {
    this.key = key;
  }

  @Override
  public String key() {
    return key;
  }
}
