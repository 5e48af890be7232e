package org.zhongchuang.policy.catalogue;

/** How sure the project is of a provision's facts (the marks of the specification, PROVISIONS.md). */
public enum Confidence {
  /** Read in a copy of the official text. */
  CONFIRMED,
  /** From a reprint or summary. */
  SECONDARY,
  /** Not confirmed: results that depend on it say so. */
  UNCONFIRMED
}
