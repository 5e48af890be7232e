package org.zhongchuang.policy.transfer;

import org.zhongchuang.policy.explain.StepKind;

/**
 * The kinds of step and warning of a results-transfer explanation; each has a template in
 * {@code text/transfer.properties} (English) and {@code text/transfer_zh.properties} (Chinese), and a computed step
 * also a {@code .formula}.
 */
public enum TransferStep implements StepKind {
  // ---------------------------------------------------------------- headlines: the law
  /** {0} proposal, {1} legal minimum, {2} share. */
  LAW_COMPLIES("transfer.law.complies"),
  /** {0} proposal, {1} legal minimum, {2} share, {3} shortfall. */
  LAW_FALLS_SHORT("transfer.law.fallsShort"),
  /** {0} proposal, {1} the reading where the uncertain standard does not bind, {2} where it does, {3} why. */
  LAW_UNCERTAIN("transfer.law.uncertain"),
  /** {0} proposal, {1} why no standard can be checked. */
  LAW_NOT_JUDGED("transfer.law.notJudged"),
  /** Nothing proposed: {0} legal minimum, {1} share. */
  LAW_MINIMUM("transfer.law.minimum"),
  /** Nothing proposed, no amount (equity): {0} share. */
  LAW_MINIMUM_SHARE("transfer.law.minimumShare"),
  /** Nothing proposed: {0} one reading, {1} the other, {2} why. */
  LAW_MINIMUM_UNCERTAIN("transfer.law.minimumUncertain"),
  /** Nothing proposed: {0} why there is no legal minimum. */
  LAW_NO_MINIMUM("transfer.law.noMinimum"),
  // ---------------------------------------------------------------- headlines: the policy level
  /** {0} proposal, {1} level, {2} share, {3} floor. */
  POLICY_MEETS("transfer.policy.meets"),
  /** {0} proposal, {1} level, {2} share, {3} floor, {4} shortfall. */
  POLICY_FALLS_SHORT("transfer.policy.fallsShort"),
  /** {0} the uncertain floor, {1} the reading if it is in force, {2} the reading if it is not. */
  POLICY_UNCERTAIN("transfer.policy.uncertain"),
  /** Nothing proposed: {0} level, {1} share, {2} floor. */
  POLICY_LEVEL("transfer.policy.level"),
  /** {0} place: no local floor reaches the unit. */
  POLICY_NONE("transfer.policy.none"),
  /** {0} the local floor that yields to the contract, which provides otherwise. */
  POLICY_DISPLACED("transfer.policy.displaced"),
  // ---------------------------------------------------------------- the case and the standards
  /** {0} place, {1} date, {2} unit, {3} mode, {4} amount or —, {5} proposal or —. */
  CASE("transfer.case"),
  /** {0} provision, {1} share, {2} what it is a share of, {3} how it binds this unit, {4} whether it is in force. */
  STANDARD("transfer.standard"),
  /** {0} mode, {1} date. */
  NO_STANDARD("transfer.noStandard"),
  /** {0} amount, {1} share, {2} legal minimum. */
  LEGAL_MINIMUM("transfer.legalMinimum"),
  /** {0} amount, {1} share, {2} minimum under the other reading, {3} the reading. */
  LEGAL_MINIMUM_IF("transfer.legalMinimumIf"),
  /** {0} fewest years, {1} most years. */
  YEARS("transfer.years"),
  // ---------------------------------------------------------------- local floors
  /** {0} provision, {1} its place, {2} share, {3} force, {4} what became of it. */
  LOCAL_FLOOR("transfer.localFloor"),
  /** {0} place. */
  NO_LOCAL_FLOOR("transfer.noLocalFloor"),
  /** {0} amount, {1} share, {2} policy level, {3} floor. */
  POLICY_AMOUNT("transfer.policyAmount"),
  // ---------------------------------------------------------------- comparisons
  /** {0} proposal, {1} minimum, {2} shortfall, {3} comparison sign, {4} what is compared with. */
  COMPARE("transfer.compare"),
  // ---------------------------------------------------------------- the team
  /** {0} reward, {1} what it is (the proposal, the legal minimum). */
  SPLIT("transfer.split"),
  /** {0} name, {1} weight, {2} part, {3} reward, {4} whole weight, {5} total weight, {6} exact share. */
  MEMBER("transfer.member"),
  /** {0} parts, {1} total. */
  SPLIT_TOTAL("transfer.splitTotal"),
  /** {0} rule, {1} main contributors' total, {2} their share, {3} required, {4} reward. */
  MAIN_MET("transfer.main.met"),
  /** {0} rule, {1} main contributors' total, {2} their share, {3} required, {4} reward, {5} gap. */
  MAIN_NOT_MET("transfer.main.notMet"),
  /** {0} rule, {1} required, {2} reward. */
  MAIN_NONE_MARKED("transfer.main.noneMarked"),
  /** {0} rule, {1} main contributors' total, {2} their share, {3} required, {4} whether it would be met. */
  MAIN_RULE_UNCERTAIN("transfer.main.ruleUncertain"),
  /** No rule reaches the unit on the date. */
  MAIN_NOT_APPLICABLE("transfer.main.notApplicable"),
  /** {0} rule, {1} share counted, {2} conditions. */
  WAGE_APPLIES("transfer.wage.applies"),
  /** {0} rule, {1} share counted, {2} why uncertain, {3} conditions. */
  WAGE_UNCERTAIN("transfer.wage.uncertain"),
  /** {0} rule, {1} why not. */
  WAGE_NOT_APPLICABLE("transfer.wage.notApplicable"),
  /** No rule on counting cash rewards into wage income is known on the date. */
  WAGE_NO_RULE("transfer.wage.noRule"),
  /** {0} name, {1} part, {2} share counted, {3} amount counted. */
  WAGE_MEMBER("transfer.wage.member"),
  /** {0} provision, {1} its note. */
  NOTE("transfer.note"),
  // ---------------------------------------------------------------- warnings
  /** {0} the default standard. */
  OWN_RULE_UNKNOWN("transfer.warn.ownRuleUnknown"),
  /** {0} the standard, {1} why its being in force is uncertain. */
  STANDARD_UNCERTAIN("transfer.warn.standardUncertain"),
  /** {0} the floor, {1} why, {2} level if in force. */
  FLOOR_UNCERTAIN("transfer.warn.floorUncertain"),
  /** {0} the floor, {1} its share. */
  FLOOR_DISPLACED("transfer.warn.floorDisplaced"),
  /** {0} proposal, {1} amount. */
  PROPOSAL_ABOVE_AMOUNT("transfer.warn.proposalAboveAmount"),
  /** {0} the sum of the percentages. */
  PERCENTAGES_NOT_WHOLE("transfer.warn.percentagesNotWhole"),
  /** Some weights are percentages and some are proportions. */
  WEIGHTS_MIXED("transfer.warn.weightsMixed"),
  /** {0} mode, {1} date. */
  NO_STANDARD_KNOWN("transfer.warn.noStandardKnown");

  private final String key;

  TransferStep(String key) {
    this.key = key;
  }

  @Override
  public String key() {
    return key;
  }
}
