package org.zhongchuang.policy.grants;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import org.zhongchuang.policy.Answer;
import org.zhongchuang.policy.Calculator;
import org.zhongchuang.policy.DateNotCoveredException;
import org.zhongchuang.policy.catalogue.Catalogue;
import org.zhongchuang.policy.catalogue.NoFormulaException;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.catalogue.SupportFloor;
import org.zhongchuang.policy.catalogue.UnknownProvisionException;
import org.zhongchuang.policy.catalogue.WrongTermsException;
import org.zhongchuang.policy.law.Applicability;
import org.zhongchuang.policy.money.Cny;

/**
 * Fixed support of at least an amount, e.g. start-up support of "50万元以上" for attracting a renowned maker-space
 * operator (嘉政办发〔2015〕90号 五(一)): a proposed amount against the floor, inclusive.
 *
 * <p>A clause that promises support with no amount ("给予适当补贴") has no amount to state or check: asking answers
 * {@link NoFormulaException}, never zero.
 *
 * <p>This class is immutable and thread-safe: {@link #assess} is a pure function of the catalogue and the case.
 */
public final class SupportFloorCalculator implements Calculator<SupportCase, SupportAssessment>, Serializable {
  private static final long serialVersionUID = 2L;

  private final Catalogue catalogue;
  private final transient Coverage coverage;

  private SupportFloorCalculator(Catalogue catalogue) {
    this.catalogue = catalogue;
    this.coverage = new Coverage(catalogue);
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

  @Override
  public Catalogue catalogue() {
    return catalogue;
  }

  /**
   * The least amount a support clause states.
   *
   * @param provisionId the id of a provision with {@link SupportFloor} terms, e.g. {@code JX-2015-90/5.1}, not null
   * @return the floor, inclusive
   * @throws UnknownProvisionException if the catalogue has no such provision
   * @throws NoFormulaException if the clause states no amount ("适当补贴")
   * @throws WrongTermsException if it states terms other than a support floor
   */
  public Cny minimumOf(String provisionId) {
    requireNonNull(provisionId, "provisionId");
    return Cited.terms(catalogue.byId(provisionId), SupportFloor.class, catalogue).minimum();
  }

  /**
   * Checks a proposed amount against the floor the case's clause states.
   *
   * @param input not null
   * @return whether it meets the floor, and the shortfall
   * @throws UnknownProvisionException if the catalogue has no such provision
   * @throws NoFormulaException if the clause states no amount
   * @throws WrongTermsException if it states terms other than a support floor
   * @throws DateNotCoveredException if the decision date is before every provision of the clause's places
   * @throws NotInForceException if the clause is certainly not in force on the decision date
   */
  @Override
  public SupportAssessment assess(SupportCase input) {
    requireNonNull(input, "input");
    Provision provision = catalogue.byId(input.provisionId());
    SupportFloor terms = Cited.terms(provision, SupportFloor.class, catalogue);
    coverage.check(provision.jurisdiction(), input.date());
    Applicability.Status status = provision.validity().statusOn(input.date());
    if (status == Applicability.Status.NOT_IN_FORCE) {
      throw new NotInForceException(provision, input.date(), "grants.day.decision");
    }
    Cny floor = terms.minimum();
    return new SupportAssessment(catalogue, input, provision, floor,
        status == Applicability.Status.IN_FORCE ? Answer.YES : Answer.UNCERTAIN, !input.proposed().isLessThan(floor));
  }

  /** A new calculator over the same catalogue. */
  private Object readResolve() {
    return of(catalogue);
  }
}
