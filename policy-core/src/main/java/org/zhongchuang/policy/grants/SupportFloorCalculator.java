package org.zhongchuang.policy.grants;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.zhongchuang.policy.PolicyInputException;
import org.zhongchuang.policy.catalogue.Catalogue;
import org.zhongchuang.policy.catalogue.NoFormulaException;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.catalogue.SupportFloor;
import org.zhongchuang.policy.catalogue.UnknownProvisionException;
import org.zhongchuang.policy.explain.Explanation;
import org.zhongchuang.policy.explain.LegacyText;
import org.zhongchuang.policy.explain.Step;
import org.zhongchuang.policy.law.Applicability;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.text.Text;

/**
 * Fixed support of at least an amount, e.g. start-up support of "50万元以上" for attracting a renowned maker-space
 * operator (嘉政办发〔2015〕90号 五(一)), and the amount a support clause states.
 *
 * <p>A clause that promises support with no amount ("给予适当补贴") has no amount to state or check: asking answers
 * {@link NoFormulaException}, never zero.
 *
 * <p>This class is immutable and thread-safe: every method is a pure function of the catalogue and its arguments.
 */
public final class SupportFloorCalculator implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Catalogue catalogue;

  private SupportFloorCalculator(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  /**
   * @param catalogue the provisions to read, not null
   * @return a calculator reading that catalogue
   */
  public static SupportFloorCalculator of(Catalogue catalogue) {
    return new SupportFloorCalculator(requireNonNull(catalogue, "catalogue"));
  }

  /** A calculator reading {@link Catalogue#builtIn()}. */
  public static SupportFloorCalculator builtIn() {
    return of(Catalogue.builtIn());
  }

  /**
   * The least amount a support clause states.
   *
   * @param provisionId the id of a provision with {@link SupportFloor} terms, e.g. {@code JX-2015-90/5.1}, not null
   * @return the floor, inclusive
   * @throws UnknownProvisionException if the catalogue has no such provision
   * @throws NoFormulaException if the clause states no amount ("适当补贴")
   * @throws org.zhongchuang.policy.catalogue.WrongTermsException if it states terms other than a support floor
   */
  public Cny minimumOf(String provisionId) {
    requireNonNull(provisionId, "provisionId");
    return Cited.terms(catalogue.byId(provisionId), SupportFloor.class, catalogue).minimum();
  }

  /**
   * Checks a proposed amount against a floor read from the catalogue.
   *
   * @param provisionId the id of a provision with {@link SupportFloor} terms, not null
   * @param proposed the amount proposed, zero or more, not null
   * @param decisionDate the day the support is decided, not null
   * @return whether it meets the floor, and the shortfall
   * @throws UnknownProvisionException if the catalogue has no such provision
   * @throws NoFormulaException if the clause states no amount
   * @throws org.zhongchuang.policy.catalogue.WrongTermsException if it states terms other than a support floor
   * @throws NotInForceException if the provision is certainly not in force on the decision date
   * @throws PolicyInputException if the proposed amount is negative
   */
  public FloorCheck check(String provisionId, Cny proposed, LocalDate decisionDate) {
    requireNonNull(provisionId, "provisionId");
    return check(catalogue.byId(provisionId), proposed, decisionDate);
  }

  /**
   * Checks a proposed amount against a given floor provision, e.g. a modified copy.
   *
   * @param provision a provision with {@link SupportFloor} terms, not null
   * @param proposed the amount proposed, zero or more, not null
   * @param decisionDate the day the support is decided, not null
   * @return whether it meets the floor, and the shortfall
   * @throws NoFormulaException if the clause states no amount
   * @throws org.zhongchuang.policy.catalogue.WrongTermsException if it states terms other than a support floor
   * @throws NotInForceException if the provision is certainly not in force on the decision date
   * @throws PolicyInputException if the proposed amount is negative
   */
  public FloorCheck check(Provision provision, Cny proposed, LocalDate decisionDate) {
    requireNonNull(provision, "provision");
    requireNonNull(proposed, "proposed");
    requireNonNull(decisionDate, "decisionDate");
    SupportFloor terms = Cited.terms(provision, SupportFloor.class, catalogue);
    if (proposed.isNegative()) {
      throw new PolicyInputException("proposed support " + proposed.toPlainString() + " is negative; accepted: an"
          + " amount of zero or more");
    }
    Applicability applicability = Cited.requireInForce(provision, decisionDate, "the decision date");
    Cny floor = terms.minimum();
    boolean meets = !proposed.isLessThan(floor);
    Cny shortfall = meets ? Cny.ZERO : floor.minus(proposed);

    Step rule = LegacyText.decision(Text.of("适用 ", "Per ").plus(Cited.label(provision)).plus(Text.of("：", ": "))
        .plus(terms.summary()).plus(Text.of("（“以上”含本数）", " (\"以上\" includes the amount itself)")),
        provision.citation());
    Step compare = meets
        ? LegacyText.computation(Text.of("拟支持金额不低于下限：达到", "The proposed amount is at least the floor: met"),
            proposed.format() + " ≥ " + floor.format() + "; shortfall 0.00", Cny.ZERO, List.of(provision.citation()))
        : LegacyText.computation(Text.of("拟支持金额低于下限：差额", "The proposed amount is below the floor: shortfall"),
            floor.format() + " − " + proposed.format() + " = " + shortfall.format(), shortfall,
            List.of(provision.citation()));
    ImmutableList.Builder<Text> warnings = ImmutableList.<Text>builder().addAll(Cited.caveats(provision));
    if (applicability.isUncertain()) {
      warnings.add(Text.of("决定日期条款是否有效无法确定：", "whether the clause is in force on the decision date cannot be"
          + " known: ").plus(applicability.reasonText()));
    }
    return new FloorCheck(provision, floor, proposed, decisionDate, applicability, meets, shortfall,
        LegacyText.explanation(List.of(rule, compare), warnings.build()));
  }
}
