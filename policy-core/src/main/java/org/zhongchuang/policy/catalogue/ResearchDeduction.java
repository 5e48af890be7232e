package org.zhongchuang.policy.catalogue;

import static java.util.Objects.requireNonNull;

import java.util.Objects;
import java.util.Optional;
import org.zhongchuang.policy.money.Share;
import org.zhongchuang.policy.text.Text;

/**
 * The research and development super-deduction (研发费用加计扣除, PROVISIONS.md §8): expenses charged to the year's profit
 * ("未形成无形资产计入当期损益的") are deducted once more at {@code extra}; intangible assets formed by research are
 * amortised at {@code amortisation} of their cost ("形成无形资产的…按照无形资产成本的175%在税前摊销"). The provision's
 * validity is the period in which the expenses are incurred. Where several provisions cover an enterprise and a day,
 * the highest rate applies: rates never add.
 *
 * <p>A value: immutable, thread-safe, serializable. The amortisation share is at least 100%, or not stated
 * (公告2022年第28号).
 */
public final class ResearchDeduction implements Terms {
  private static final long serialVersionUID = 1L;

  /** Which enterprises a rate is for. */
  public enum Category {
    /** Every enterprise that may deduct (from 2016, those outside the excluded industries). */
    ALL,
    /** 制造业企业: "以制造业业务为主营业务，享受优惠当年主营业务收入占收入总额的比例达到50%以上的企业". */
    MANUFACTURING,
    /** 科技型中小企业, registered under 国科发政〔2017〕115号. */
    TECHNOLOGY_SME,
    /** 集成电路 and 工业母机 enterprises on the lists of 公告2023年第44号. */
    LISTED_IC_OR_MACHINE_TOOL
  }

  private final Share extra;
  /** Null where the clause states none. */
  private final Share amortisation;
  private final Category enterprises;

  public ResearchDeduction(Share extra, Optional<Share> amortisation, Category enterprises) {
    this.extra = requireNonNull(extra, "extra");
    this.amortisation = requireNonNull(amortisation, "amortisation").orElse(null);
    this.enterprises = requireNonNull(enterprises, "enterprises");
    if (this.amortisation != null && this.amortisation.isLessThan(Share.ONE)) {
      throw new IllegalArgumentException("an intangible is amortised at 100% of its cost or more, not "
          + this.amortisation);
    }
  }

  /** The additional share of expensed research costs. */
  public Share extra() {
    return extra;
  }

  /** The share of an intangible's cost amortised; empty where the clause states none. */
  public Optional<Share> amortisation() {
    return Optional.ofNullable(amortisation);
  }

  /** Which enterprises. */
  public Category enterprises() {
    return enterprises;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ResearchDeduction r && extra.equals(r.extra) && Objects.equals(amortisation, r.amortisation)
        && enterprises == r.enterprises;
  }

  @Override
  public int hashCode() {
    return Objects.hash(extra, amortisation, enterprises);
  }

  @Override
  public String toString() {
    return "ResearchDeduction[" + extra + ", " + (amortisation == null ? "not stated" : amortisation) + ", "
        + enterprises + "]";
  }

  /** The same terms at another extra share. */
  public ResearchDeduction withExtra(Share newExtra) {
    return new ResearchDeduction(newExtra, amortisation(), enterprises);
  }

  /** The same terms with another amortisation share (empty: not stated). */
  public ResearchDeduction withAmortisation(Optional<Share> newAmortisation) {
    return new ResearchDeduction(extra, newAmortisation, enterprises);
  }

  /**
   * The extra share of an intangible's straight-line amortisation: the amortisation share less the cost itself (175% →
   * 75%); empty where no amortisation share is stated.
   */
  public Optional<Share> extraAmortisation() {
    return amortisation().map(a -> Share.ofFraction(a.numerator() - a.denominator(), a.denominator()));
  }

  @Override
  public TermsKind termsKind() {
    return TermsKind.RESEARCH_DEDUCTION;
  }

  @Override
  public Text summary() {
    Text who = switch (enterprises) {
      case ALL -> Text.of("企业", "enterprises");
      case MANUFACTURING -> Text.of("制造业企业", "manufacturing enterprises");
      case TECHNOLOGY_SME -> Text.of("科技型中小企业", "technology SMEs");
      case LISTED_IC_OR_MACHINE_TOOL -> Text.of("集成电路和工业母机企业", "listed IC and machine-tool enterprises");
    };
    String zhAmortised = amortisation().map(a -> "，形成无形资产的按成本的 " + a + " 摊销").orElse("，未规定无形资产摊销比例");
    String enAmortised = amortisation().map(a -> "; intangibles amortised at " + a + " of cost")
        .orElse("; no amortisation share stated");
    return Text.of(who.zh() + "研发费用按 " + extra + " 加计扣除" + zhAmortised,
        "research costs of " + who.en() + ": additional deduction of " + extra + enAmortised);
  }
}
