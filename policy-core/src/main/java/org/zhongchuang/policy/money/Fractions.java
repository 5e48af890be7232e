package org.zhongchuang.policy.money;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.function.Supplier;

/**
 * Exact {@code value × numerator ÷ denominator} with one rounding, in {@code long} when it fits.
 *
 * <p>This class has no state; it is thread-safe.
 */
final class Fractions {
  private Fractions() {}

  static long divide(long value, long numerator, long denominator, RoundingMode rounding,
      Supplier<? extends RuntimeException> overflow) {
    long product;
    try {
      product = Math.multiplyExact(value, numerator);
    } catch (ArithmeticException e) {
      return viaBigDecimal(BigInteger.valueOf(value).multiply(BigInteger.valueOf(numerator)), denominator, rounding,
          overflow);
    }
    long quotient = product / denominator;
    long remainder = product % denominator;
    if (remainder == 0) {
      return quotient;
    }
    long sign = Long.signum(product);
    long twice = Math.abs(remainder);
    boolean halfOrMore = twice >= denominator - twice;
    switch (rounding) {
      case HALF_UP:
        return halfOrMore ? quotient + sign : quotient;
      case DOWN:
        return quotient;
      case FLOOR:
        return sign < 0 ? quotient - 1 : quotient;
      default:
        return viaBigDecimal(BigInteger.valueOf(product), denominator, rounding, overflow);
    }
  }

  private static long viaBigDecimal(BigInteger product, long denominator, RoundingMode rounding,
      Supplier<? extends RuntimeException> overflow) {
    BigInteger result = new BigDecimal(product).divide(BigDecimal.valueOf(denominator), 0, rounding).toBigInteger();
    if (result.bitLength() > 63) {
      throw overflow.get();
    }
    return result.longValue();
  }
}
