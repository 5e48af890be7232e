package org.zhongchuang.policy.grants;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.zhongchuang.policy.Answer;
import org.zhongchuang.policy.catalogue.Catalogue;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.catalogue.SupportFloor;
import org.zhongchuang.policy.explain.Caveat;
import org.zhongchuang.policy.explain.Explanation;
import org.zhongchuang.policy.explain.Step;
import org.zhongchuang.policy.law.Citation;
import org.zhongchuang.policy.money.Cny;

/**
 * A proposed amount against a {@link SupportFloor} ("50万元以上", inclusive), on the day it is decided
 * ({@link SupportFloorCalculator#assess}).
 *
 * <p>Where nobody can know whether the clause is in force that day, {@link #meets()} is {@link Answer#UNCERTAIN} and
 * both readings are given: {@link #meetsIfInForce()} and {@link #shortfall()} say what holds were it in force; were it
 * not, no floor applies.
 *
 * <p>A value: equal when the case, the provision, the results and the catalogue are equal. Immutable in every
 * observable way and thread-safe; the explanation is built on first read.
 */
public final class SupportAssessment extends GrantsAssessment {
  private static final long serialVersionUID = 1L;

  private final SupportCase supportCase;
  private final Provision provision;
  private final Cny floor;
  private final Answer inForce;
  private final boolean meetsIfInForce;

  SupportAssessment(Catalogue catalogue, SupportCase supportCase, Provision provision, Cny floor, Answer inForce,
      boolean meetsIfInForce) {
    super(catalogue);
    this.supportCase = supportCase;
    this.provision = provision;
    this.floor = floor;
    this.inForce = inForce;
    this.meetsIfInForce = meetsIfInForce;
  }

  /** The case assessed. */
  public SupportCase supportCase() {
    return supportCase;
  }

  /** The floor's provision. */
  public Provision provision() {
    return provision;
  }

  /** The least amount, inclusive. */
  public Cny floor() {
    return floor;
  }

  /** The amount proposed. */
  public Cny proposed() {
    return supportCase.proposed();
  }

  /** Whether the clause is in force on the decision date: {@link Answer#YES} or {@link Answer#UNCERTAIN}. */
  public Answer inForce() {
    return inForce;
  }

  /**
   * Whether the proposed amount meets the floor: {@code proposed ≥ floor} when the clause is in force that day;
   * {@link Answer#UNCERTAIN} when that cannot be known.
   */
  public Answer meets() {
    return inForce == Answer.YES ? Answer.of(meetsIfInForce) : Answer.UNCERTAIN;
  }

  /** Whether {@code proposed ≥ floor}: the answer were the clause in force that day. */
  public boolean meetsIfInForce() {
    return meetsIfInForce;
  }

  /** {@code floor − proposed} where the proposal falls short (were the clause in force), else zero. */
  public Cny shortfall() {
    return meetsIfInForce ? Cny.ZERO : floor.minus(supportCase.proposed());
  }



  @Override
  Explanation build() {
    List<Citation> cite = List.of(provision.citation());
    SupportFloor terms = (SupportFloor) provision.terms();
    boolean certain = inForce == Answer.YES;
    Cny proposed = supportCase.proposed();
    Step rule = Step.of(GrantsStep.SUPPORT_RULE, cite, provision, terms.purpose(), floor);
    Step compare = meetsIfInForce
        ? Step.computed(certain ? GrantsStep.SUPPORT_MET : GrantsStep.SUPPORT_MET_IF_IN_FORCE, Cny.ZERO, cite,
            proposed, floor)
        : Step.computed(certain ? GrantsStep.SUPPORT_SHORT : GrantsStep.SUPPORT_SHORT_IF_IN_FORCE, shortfall(), cite,
            proposed, floor, shortfall());
    List<Step> warnings = new ArrayList<>(Caveat.of(provision));
    if (!certain) {
      warnings.add(Caveat.notReliedOn(provision, provision.statusOn(supportCase.date())));
    }
    return new Explanation(List.of(rule, compare), warnings);
  }

  @Override
  public boolean equals(Object o) {
    if (o == this) {
      return true;
    }
    if (!(o instanceof SupportAssessment)) {
      return false;
    }
    SupportAssessment a = (SupportAssessment) o;
    return meetsIfInForce == a.meetsIfInForce && inForce == a.inForce && floor.equals(a.floor)
        && supportCase.equals(a.supportCase) && provision.equals(a.provision)
        && sameCatalogue(a);
  }

  /** The hash of the case and the results. */
  @Override
  public int hashCode() {
    return Objects.hash(supportCase, floor, inForce, meetsIfInForce);
  }

  /** The amounts and the answer, without building the explanation. */
  @Override
  public String toString() {
    return "SupportAssessment[" + provision.id() + ", proposed " + proposed() + ", floor " + floor + ", meets "
        + meets() + ", shortfall " + shortfall() + "]";
  }
}
