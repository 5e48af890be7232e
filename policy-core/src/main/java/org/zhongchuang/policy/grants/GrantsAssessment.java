package org.zhongchuang.policy.grants;

import java.io.Serializable;
import org.zhongchuang.policy.catalogue.Catalogue;
import org.zhongchuang.policy.explain.Explained;
import org.zhongchuang.policy.explain.Explanation;

/**
 * What every grants assessment shares: the catalogue it was read from, and an explanation built from its recorded
 * decisions the first time it is read, then kept ({@code volatile}: two threads that build it at once build equal
 * values). Not serialized: a deserialized assessment builds it again when read.
 */
abstract class GrantsAssessment implements Explained, Serializable {
  private static final long serialVersionUID = 1L;

  private final Catalogue catalogue;
  private transient volatile Explanation explanation;

  GrantsAssessment(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  /** The catalogue the provisions were read from. */
  public final Catalogue catalogue() {
    return catalogue;
  }

  /** The steps and the warnings, built from the recorded decisions on first read. */
  @Override
  public final Explanation explanation() {
    Explanation e = explanation;
    if (e == null) {
      e = build();
      explanation = e;
    }
    return e;
  }

  /** Projects the recorded decisions into steps and warnings; computes no amount. */
  abstract Explanation build();

  /** Whether both read the same catalogue (the same object, or equal ones). */
  final boolean sameCatalogue(GrantsAssessment other) {
    return catalogue == other.catalogue || catalogue.equals(other.catalogue);
  }
}
