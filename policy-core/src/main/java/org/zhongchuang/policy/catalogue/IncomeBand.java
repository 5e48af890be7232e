package org.zhongchuang.policy.catalogue;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import org.zhongchuang.policy.money.Cny;

/**
 * A band of annual income: "above 200,000 up to 300,000 (含)" is {@code (200000, 300000]}. Each end is included or not
 * as the clause says ("（含）" includes it); a band with no lower end starts at minus infinity.
 *
 * @param lower the lower end, or null for none
 * @param lowerIncluded whether the lower end belongs to the band (false when there is no lower end)
 * @param upper the upper end, not null
 * @param upperIncluded whether the upper end belongs to the band
 */
public record IncomeBand(Cny lower, boolean lowerIncluded, Cny upper, boolean upperIncluded) implements Serializable {

  public IncomeBand {
    requireNonNull(upper, "upper");
    if (lower == null && lowerIncluded) {
      throw new IllegalArgumentException("a band with no lower end cannot include it");
    }
    if (lower != null && (lower.isGreaterThan(upper) || lower.equals(upper) && !(lowerIncluded && upperIncluded))) {
      throw new IllegalArgumentException("an empty income band: " + describe(lower, lowerIncluded, upper,
          upperIncluded));
    }
  }

  /** Income up to {@code upper}, inclusive ("低于…（含…）"). */
  public static IncomeBand upTo(Cny upper) {
    return new IncomeBand(null, false, upper, true);
  }

  /** Income above {@code lower} up to {@code upper}, inclusive ("超过…但不超过…"). */
  public static IncomeBand aboveUpTo(Cny lower, Cny upper) {
    return new IncomeBand(requireNonNull(lower, "lower"), false, upper, true);
  }

  /** Whether an amount lies in the band. */
  public boolean contains(Cny amount) {
    requireNonNull(amount, "amount");
    boolean aboveLower = lower == null || (lowerIncluded ? !amount.isLessThan(lower) : amount.isGreaterThan(lower));
    boolean belowUpper = upperIncluded ? !amount.isGreaterThan(upper) : amount.isLessThan(upper);
    return aboveLower && belowUpper;
  }

  /** The same band with another upper end, included. */
  public IncomeBand withUpper(Cny newUpper) {
    return new IncomeBand(lower, lowerIncluded, newUpper, true);
  }

  /** The same band with another lower end, excluded ("above"), or none (null). */
  public IncomeBand withLowerAbove(Cny newLower) {
    return new IncomeBand(newLower, false, upper, upperIncluded);
  }

  /** E.g. {@code > 200,000.00 and ≤ 300,000.00}, or {@code ≤ 30,000.00}. */
  public String describe(String and) {
    String low = lower == null ? "" : (lowerIncluded ? "≥ " : "> ") + lower.format();
    String high = (upperIncluded ? "≤ " : "< ") + upper.format();
    return low.isEmpty() ? high : low + and + high;
  }

  private static String describe(Cny lower, boolean lowerIncluded, Cny upper, boolean upperIncluded) {
    return (lowerIncluded ? "[" : "(") + lower + ", " + upper + (upperIncluded ? "]" : ")");
  }

  /** Interval notation, e.g. {@code (200000.00, 300000.00]}. */
  @Override
  public String toString() {
    return (lower == null ? "(-∞" : (lowerIncluded ? "[" : "(") + lower) + ", " + upper + (upperIncluded ? "]" : ")");
  }
}
