package org.zhongchuang.policy.catalogue;

import org.zhongchuang.policy.PolicyInputException;

/** An amount asked of a provision that states none ("给予适当补贴"): the answer is not zero, it is unknown. */
public final class NoFormulaException extends PolicyInputException {
  private static final long serialVersionUID = 1L;

  /** @param provision the provision asked, not null */
  public NoFormulaException(Provision provision) {
    super("provision " + provision.id() + " (" + provision.citation().reference() + ") states no amount or rate: "
        + provision.terms().summary().en() + "; the amount is decided case by case, not by a formula");
  }
}
