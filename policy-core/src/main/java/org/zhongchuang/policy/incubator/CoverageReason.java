package org.zhongchuang.policy.incubator;

/**
 * Why a month of a tax is exempt, not exempt, or uncertain (each has a template {@code incubator.reason.<NAME>}).
 * Several may hold at once; a result lists those behind its answer.
 */
public enum CoverageReason {
  /** No provision exempting the tax is known for the month. */
  NO_PROVISION,
  /** The tax is not levied on this income: another replaced it (VAT replaced business tax from 2016-05-01). */
  NOT_LEVIED,
  /** The provisions in force do not cover the institution's kind and level. */
  INSTITUTION_NOT_COVERED,
  /** Whether the provision covers the institution's kind and level is unconfirmed. */
  INSTITUTION_UNCERTAIN,
  /** The provision itself is unconfirmed (no document is known). */
  PROVISION_UNCONFIRMED,
  /** The provision is in force for only part of the month, or its dates are uncertain. */
  PART_OF_MONTH,
  /** The caller said the institution does not meet the provision's conditions. */
  CONDITIONS_NOT_MET,
  /** The provision sets conditions and the caller did not say whether they are met. */
  CONDITIONS_NOT_STATED,
  /** The institution was not yet recognised at its level. */
  NOT_YET_RECOGNISED,
  /** The month of recognition: the wave's timing rule starts the exemptions from the month after. */
  RECOGNITION_MONTH,
  /** The month of recognition, in a wave with no timing rule in the catalogue. */
  RECOGNITION_MONTH_UNKNOWN,
  /** The month of recognition, of an institution recognised by the wave's cut-off day: it continues. */
  RECOGNISED_BY_CUT_OFF,
  /** The month the status was lost: the wave's timing rule stops the exemptions from the month after. */
  LOSS_MONTH,
  /** The month the status was lost, in a wave with no stop rule in the catalogue. */
  LOSS_MONTH_UNKNOWN,
  /** The status was lost in an earlier month. */
  STATUS_LOST
}
