package org.zhongchuang.policy.benefits;

/** What an {@link Entitlement}'s worth measures. */
public enum WorthKind {
  /** Enterprise income tax saved: the tax due without the preference, less the tax due. */
  TAX_SAVED("tax-saved"),
  /** Tax exempted: the part of the tax given that is not due. */
  TAX_EXEMPTED("tax-exempted"),
  /** The least reward the researchers must receive. */
  MINIMUM_REWARD("minimum-reward"),
  /** A local policy level of reward that allows or encourages and does not bind. */
  POLICY_LEVEL("policy-level"),
  /** The local matching of awards. */
  MATCHED("matched"),
  /** The least support when it is granted; whether it is granted is decided case by case. */
  AT_LEAST_IF_GRANTED("at-least-if-granted");

  private final String code;

  WorthKind(String code) {
    this.code = code;
  }

  /** The name in JSON, e.g. {@code tax-saved}. */
  public String code() {
    return code;
  }
}
