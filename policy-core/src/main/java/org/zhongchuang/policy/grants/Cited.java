package org.zhongchuang.policy.grants;

import org.zhongchuang.policy.catalogue.Catalogue;
import org.zhongchuang.policy.catalogue.NoFormulaException;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.catalogue.Terms;
import org.zhongchuang.policy.catalogue.WrongTermsException;

/** How this package reads a provision's terms: shared by every calculator here. */
final class Cited {
  private Cited() {}

  /**
   * The provision's terms as the kind a calculator reads.
   *
   * @throws NoFormulaException if the provision states no amount or rate
   * @throws WrongTermsException if it states terms of another kind
   */
  static <T extends Terms> T terms(Provision provision, Class<T> kind, Catalogue catalogue) {
    if (!provision.terms().hasFormula()) {
      throw new NoFormulaException(provision);
    }
    if (!kind.isInstance(provision.terms())) {
      throw new WrongTermsException(provision, kind, catalogue);
    }
    return kind.cast(provision.terms());
  }
}
