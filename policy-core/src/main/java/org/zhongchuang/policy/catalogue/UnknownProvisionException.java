package org.zhongchuang.policy.catalogue;

import org.zhongchuang.policy.PolicyInputException;

/** A provision id that the catalogue does not hold. */
public final class UnknownProvisionException extends PolicyInputException {
  private static final long serialVersionUID = 1L;

  UnknownProvisionException(String id, int size) {
    super("no provision '" + id + "' in this catalogue (" + size + " provisions); list them with Catalogue.all()");
  }
}
