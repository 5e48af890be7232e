package org.zhongchuang.policy.catalogue;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whom a provision addresses: the kinds of profile that ask "what am I owed?" ({@code org.zhongchuang.policy.benefits}).
 * A provision's {@link Provision#audience()} names them where the catalogue says so ({@code audience:} in the files);
 * otherwise {@link #of(Provision)} derives them from the kind of its terms.
 */
public enum Audience {
  /** An enterprise: its income tax, start-up support, subsidies. */
  ENTERPRISE("enterprise"),
  /** An incubator, a university science park or a maker space: its exemptions, matching, subsidies. */
  MAKER_SPACE("maker-space"),
  /** A unit that owns research results (an institute, a university, an enterprise): the rewards it must pay. */
  RESEARCH_UNIT("research-unit"),
  /** A researcher: the rewards owed, how they are taxed, leave to found a company. */
  RESEARCHER("researcher"),
  /** The government itself: targets and its own reporting. No profile is of this kind. */
  GOVERNMENT("government");

  private final String code;

  Audience(String code) {
    this.code = code;
  }

  /** The name in files and on the command line, e.g. {@code maker-space}. */
  public String code() {
    return code;
  }

  /**
   * @param text a code ({@code maker-space}), the catalogue files' spelling ({@code maker space}) or the enum name, any
   *     case
   * @return the audience, or null if none has that name
   */
  public static Audience byName(String text) {
    String n = text.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
    for (Audience a : values()) {
      if (a.code.equals(n)) {
        return a;
      }
    }
    return null;
  }

  /** Whom the provision addresses: as the catalogue says, or by the kind of its terms. */
  public static Set<Audience> of(Provision provision) {
    List<Audience> named = provision.audience();
    return named.isEmpty() ? byKind(provision.terms().termsKind()) : EnumSet.copyOf(named);
  }

  /** Whom terms of a kind address when the catalogue names no audience. */
  public static Set<Audience> byKind(TermsKind kind) {
    return switch (kind) {
      case TAX_RATE, SMALL_LOW_PROFIT_CRITERIA, SMALL_LOW_PROFIT_RELIEF, SIZE_MEASURE, PREPAYMENT, SPLIT_YEAR,
          RESTATEMENT, EXTRA_DEDUCTION, RESEARCH_DEDUCTION, RESEARCH_EXCLUSION, TRANSFER_INCOME_RELIEF,
          HALVED_INCOME_RATE, VENTURE_CAPITAL_DEDUCTION, LOSS_CARRY_FORWARD, SUPPORT_FLOOR -> EnumSet.of(ENTERPRISE);
      case INCUBATOR_EXEMPTION, RECOGNITION_TIMING, TAX_REFERRAL, MATCHING -> EnumSet.of(MAKER_SPACE);
      case REWARD_FLOOR, WAGE_INCLUSION, TERM_LIMIT -> EnumSet.of(RESEARCH_UNIT, RESEARCHER);
      case NO_FORMULA -> EnumSet.of(ENTERPRISE, MAKER_SPACE);
      case TARGET, REPORTING_DEADLINE -> EnumSet.of(GOVERNMENT);
    };
  }
}
