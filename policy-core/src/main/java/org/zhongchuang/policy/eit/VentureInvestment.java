package org.zhongchuang.policy.eit;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.zhongchuang.policy.PolicyInputException;
import org.zhongchuang.policy.catalogue.VentureCapitalDeduction.Investee;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.text.Phrase;

/**
 * An equity investment of a corporate venture-capital enterprise (创业投资企业) in a qualifying investee: the paid-in
 * amount for newly issued equity, the investee's kind, and when the holding period completes — given as that day, or
 * as the day of investment (the holding then completes on the same day of the month, the provision's period later,
 * e.g. 24 months). The caller asserts that the investor and the investee meet the provision's conditions
 * (PROVISIONS.md §10): the assessment says that it rests on the assertion.
 *
 * <p>A value: immutable, thread-safe, serializable.
 */
public final class VentureInvestment implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Cny amount;
  private final Investee investee;
  private final LocalDate investedOn;
  private final LocalDate heldUntil;

  private VentureInvestment(Cny amount, Investee investee, LocalDate investedOn, LocalDate heldUntil) {
    this.amount = requireNonNull(amount, "amount");
    this.investee = requireNonNull(investee, "investee");
    if (!amount.isPositive()) {
      throw new PolicyInputException(Phrase.of("error.eit.investment", amount));
    }
    this.investedOn = investedOn;
    this.heldUntil = heldUntil;
  }

  /**
   * An investment made on a day; the holding completes the provision's period later.
   *
   * @param amount more than zero, not null
   * @param on the day of investment, not null
   * @param investee not null
   */
  public static VentureInvestment invested(Cny amount, LocalDate on, Investee investee) {
    return new VentureInvestment(amount, investee, requireNonNull(on, "on"), null);
  }

  /**
   * An investment whose holding period completes on a day the caller gives.
   *
   * @param amount more than zero, not null
   * @param completed the day the holding period completes, not null
   * @param investee not null
   */
  public static VentureInvestment heldUntil(Cny amount, LocalDate completed, Investee investee) {
    return new VentureInvestment(amount, investee, null, requireNonNull(completed, "completed"));
  }

  /** The paid-in investment. */
  public Cny amount() {
    return amount;
  }

  /** The investee's kind. */
  public Investee investee() {
    return investee;
  }

  /** The day of investment, where given. */
  public Optional<LocalDate> investedOn() {
    return Optional.ofNullable(investedOn);
  }

  /** The day the holding period completes, where given. */
  public Optional<LocalDate> heldUntil() {
    return Optional.ofNullable(heldUntil);
  }

  LocalDate investedOnOrNull() {
    return investedOn;
  }

  LocalDate heldUntilOrNull() {
    return heldUntil;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof VentureInvestment v && amount.equals(v.amount) && investee == v.investee
        && Objects.equals(investedOn, v.investedOn) && Objects.equals(heldUntil, v.heldUntil);
  }

  @Override
  public int hashCode() {
    return Objects.hash(amount, investee, investedOn, heldUntil);
  }

  @Override
  public String toString() {
    return amount.toPlainString() + (investedOn != null ? " invested " + investedOn : " held until " + heldUntil)
        + " (" + investee + ")";
  }
}
