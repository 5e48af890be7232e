package org.zhongchuang.policy.explain;

/**
 * A kind of step or warning: the key of its template. Each calculator names its kinds in an enum of its own that
 * implements this interface, so that a {@code switch} over them is exhaustive; a test checks that every kind has a
 * template in every language shipped.
 */
public interface StepKind {

  /** The template key, e.g. {@code tax.band}; {@code <key>.formula}, where it exists, renders the arithmetic. */
  String key();
}
