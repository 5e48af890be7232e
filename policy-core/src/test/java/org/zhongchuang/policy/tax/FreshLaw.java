package org.zhongchuang.policy.tax;

import org.zhongchuang.policy.catalogue.Catalogue;

/**
 * The built-in law in calculators of their own. {@link SmallLowProfitTaxCalculator#builtIn()} is one instance per JVM
 * and compiles each year's plan once: a test that reads a plan an earlier test compiled never exercises the
 * compilation, so a mistake in it (or a mutant of it, PIT running many mutants in one JVM) would go unseen. A calculator
 * from here compiles every plan it is asked for, from a catalogue equal to the built-in one.
 */
final class FreshLaw {
  /** Equal to the built-in catalogue, but not it: {@link SmallLowProfitTaxCalculator#of} makes a new calculator. */
  private static final Catalogue COPY = Catalogue.of(Catalogue.builtIn().all());

  private FreshLaw() {}

  static SmallLowProfitTaxCalculator calculator() {
    return SmallLowProfitTaxCalculator.of(COPY);
  }

  static PrepaymentCalculator prepayment() {
    return PrepaymentCalculator.of(COPY);
  }
}
