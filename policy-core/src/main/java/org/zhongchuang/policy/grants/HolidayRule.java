package org.zhongchuang.policy.grants;

/**
 * The article that extends a period ending on a statutory holiday, which the library does not apply (it holds no
 * holiday calendar): named in the warning through {@code enum.HolidayRule.<NAME>} templates.
 */
enum HolidayRule {
  /** 民法通则 第一百五十四条, for a last day before 2021-01-01. */
  GENERAL_PRINCIPLES_154,
  /** 民法典 第二百零三条, from 2021-01-01. */
  CIVIL_CODE_203
}
