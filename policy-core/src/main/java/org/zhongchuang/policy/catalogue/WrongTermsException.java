package org.zhongchuang.policy.catalogue;

import java.util.stream.Collectors;
import org.zhongchuang.policy.PolicyInputException;
import org.zhongchuang.policy.text.Phrase;

/**
 * A provision was asked for terms of a kind it does not state, e.g. a target handed to the matching calculator, or a
 * what-if that expected other terms. The message names the provision, what it states, and what was expected.
 */
public final class WrongTermsException extends PolicyInputException {
  private static final long serialVersionUID = 2L;

  private final String provisionId;

  /**
   * @param provision the provision refused, not null
   * @param expected the kind of terms expected, not null
   */
  public WrongTermsException(Provision provision, Class<? extends Terms> expected) {
    this(provision, expected, null);
  }

  /**
   * @param provision the provision refused, not null
   * @param expected the kind of terms expected, not null
   * @param catalogue where to find provisions of the expected kind to suggest, or null
   */
  public WrongTermsException(Provision provision, Class<? extends Terms> expected, Catalogue catalogue) {
    super("error.wrongTerms", provision.id(), provision.citation().reference(),
        provision.terms().termsKind().fileName(), TermsKind.ofType(expected).fileName(),
        catalogue == null ? "—" : catalogue.withTerms(expected).stream().map(Provision::id)
            .collect(Collectors.joining(", ")));
    this.provisionId = provision.id();
  }

  /** The id of the provision that was refused. */
  public String provisionId() {
    return provisionId;
  }
}
