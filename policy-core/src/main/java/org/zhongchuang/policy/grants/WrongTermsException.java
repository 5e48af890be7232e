package org.zhongchuang.policy.grants;

import java.util.stream.Collectors;
import org.zhongchuang.policy.PolicyInputException;
import org.zhongchuang.policy.catalogue.Catalogue;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.catalogue.Terms;

/**
 * A provision was handed to a calculator that cannot read its terms, e.g. a target given to the matching calculator.
 * The message names the provision, what it states, and the provisions of the expected kind.
 */
public final class WrongTermsException extends PolicyInputException {
  private static final long serialVersionUID = 1L;

  private final String provisionId;

  WrongTermsException(Provision provision, Class<? extends Terms> expected, Catalogue catalogue) {
    super("provision " + provision.id() + " (" + provision.citation().reference() + ") states "
        + provision.terms().getClass().getSimpleName() + " terms (" + provision.terms().summary().en()
        + "), not " + expected.getSimpleName() + "; accepted: a provision with " + expected.getSimpleName()
        + " terms" + accepted(expected, catalogue));
    this.provisionId = provision.id();
  }

  private static String accepted(Class<? extends Terms> expected, Catalogue catalogue) {
    String ids = catalogue.withTerms(expected).stream().map(Provision::id).collect(Collectors.joining(", "));
    return ids.isEmpty() ? "" : ", e.g. " + ids;
  }

  /** The id of the provision that was refused. */
  public String provisionId() {
    return provisionId;
  }
}
