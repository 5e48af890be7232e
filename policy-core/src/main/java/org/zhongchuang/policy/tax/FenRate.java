package org.zhongchuang.policy.tax;

import java.math.BigInteger;
import java.math.RoundingMode;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.money.Share;

/**
 * A share applied to a positive amount of fen with one half-up rounding, as
 * {@link Cny#multipliedBy(Share, RoundingMode)} does, for a {@link TaxPlan}'s fixed rates: the division by the
 * share's denominator is done by multiplying by a reciprocal computed once (Granlund and Montgomery, "Division by
 * invariant integers using multiplication", 1994, theorem 4.2: with {@code l = ⌈log₂ d⌉} and
 * {@code m = ⌈2^(62+l) ÷ d⌉}, {@code ⌊n ÷ d⌋ = ⌊m·n ÷ 2^(62+l)⌋} for every {@code 0 ≤ n < 2^62}), because a hardware
 * division costs more than the rest of an assessment. Products of 2^62 or more and denominators below 3 take the
 * money type's own path. Immutable.
 */
final class FenRate {
  private static final long PRODUCT_LIMIT = 1L << 62;

  private final Share share;
  private final long numerator;
  private final long denominator;
  /** {@code m}, or 0 where the plain division is used (a denominator below 3 or of 2^62 or more). */
  private final long reciprocal;
  private final int shift;
  /** The most fen whose product with the numerator stays below 2^62, where {@code m} divides; −1: never. */
  private final long fastUpTo;

  FenRate(Share share) {
    this.share = share;
    this.numerator = share.numerator();
    this.denominator = share.denominator();
    long d = denominator;
    if (d < 3 || d >= PRODUCT_LIMIT) {
      this.reciprocal = 0;
      this.shift = 0;
    } else {
      int l = 64 - Long.numberOfLeadingZeros(d - 1);
      BigInteger[] qr = BigInteger.ONE.shiftLeft(62 + l).divideAndRemainder(BigInteger.valueOf(d));
      // m < 2^63 always (d > 2^(l-1) unless d = 2^l, where m = 2^62).
      this.reciprocal = qr[0].add(qr[1].signum() == 0 ? BigInteger.ZERO : BigInteger.ONE).longValueExact();
      this.shift = l - 2;
    }
    // A share is never negative, and zero reduces to 0/1, which takes the money type's path: numerator ≥ 1 here.
    this.fastUpTo = reciprocal == 0 ? -1 : (PRODUCT_LIMIT - 1) / numerator;
  }

  /** {@code fen × share}, rounded half-up to the fen; fen ≥ 0. */
  long of(long fen) {
    if (fen <= fastUpTo) {
      long product = fen * numerator;
      long quotient = Math.multiplyHigh(product, reciprocal) >>> shift;
      long remainder = product - quotient * denominator;
      return remainder >= denominator - remainder ? quotient + 1 : quotient;
    }
    // Beyond the reciprocal: the money type's exact path (long, else BigDecimal; AmountOverflowException past Cny.MAX).
    return Cny.ofFen(fen).multipliedBy(share, RoundingMode.HALF_UP).toFen();
  }

  @Override
  public String toString() {
    return share.toString();
  }
}
