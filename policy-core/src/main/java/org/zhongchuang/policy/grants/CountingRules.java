package org.zhongchuang.policy.grants;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.zhongchuang.policy.law.Citation;
import org.zhongchuang.policy.law.IssueDate;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.law.PolicyDocument;
import org.zhongchuang.policy.law.QuoteKind;
import org.zhongchuang.policy.law.Repeal;
import org.zhongchuang.policy.text.Text;

/**
 * How Chinese civil law counts a period: the 民法通则 until 2020-12-31, the 民法典 from 2021-01-01 (民法典 第一千二百六十条).
 * Neither text is held with the project: the articles are cited by name with their operative wording
 * ({@link QuoteKind#SPECIFICATION_SUMMARY}), never as verbatim quotes.
 */
final class CountingRules {
  private CountingRules() {}

  /** The first day the 民法典 is in force and the 民法通则 is not. */
  static final LocalDate CIVIL_CODE_IN_FORCE = LocalDate.of(2021, 1, 1);

  static final PolicyDocument GENERAL_PRINCIPLES = new PolicyDocument("CN-GPCL-1986", Optional.empty(),
      "中华人民共和国民法通则", "全国人民代表大会", Jurisdiction.CHINA,
      IssueDate.exact(LocalDate.of(1986, 4, 12), Text.of("第六届全国人民代表大会第四次会议通过",
          "adopted by the 4th session of the 6th National People's Congress")),
      Optional.of(new Repeal("中华人民共和国民法典", IssueDate.exact(CIVIL_CODE_IN_FORCE,
          Text.of("民法典第一千二百六十条", "Civil Code art. 1260")),
          Text.of("民法典施行之日同时废止", "repealed on the day the Civil Code took effect"))));

  static final PolicyDocument CIVIL_CODE = new PolicyDocument("CN-CC-2020", Optional.empty(), "中华人民共和国民法典",
      "全国人民代表大会", Jurisdiction.CHINA, IssueDate.exact(LocalDate.of(2020, 5, 28),
          Text.of("第十三届全国人民代表大会第三次会议通过", "adopted by the 3rd session of the 13th National People's Congress")),
      Optional.empty());

  static final Citation GPCL_154 = new Citation(GENERAL_PRINCIPLES, "第一百五十四条",
      "规定按照日、月、年计算期间的，开始的当天不算入，从下一天开始计算", QuoteKind.SPECIFICATION_SUMMARY,
      "A period counted in days, months or years does not count its first day; it runs from the next day"
          + " (cited by name as the counting rule; the law's text is not held with the project).");

  static final Citation CC_201 = new Citation(CIVIL_CODE, "第二百零一条",
      "按照年、月、日计算期间的，开始的当日不计入，自下一日开始计算", QuoteKind.SPECIFICATION_SUMMARY,
      "A period counted in years, months or days does not count its first day; it runs from the next day"
          + " (cited by name; the law's text is not held with the project).");

  static final Citation CC_202 = new Citation(CIVIL_CODE, "第二百零二条",
      "按照年、月计算期间的，到期月的对应日为期间的最后一日；没有对应日的，月末日为期间的最后一日", QuoteKind.SPECIFICATION_SUMMARY,
      "A period in years or months ends on the corresponding day of its last month, or on that month's last day"
          + " where it has no corresponding day (cited by name; the law's text is not held with the project).");

  /**
   * The counting rules for a period from {@code start} to {@code lastDay}: those in force when it began, and the
   * 民法典's too where it runs into 2021 (both give the same last day).
   */
  static ImmutableList<Citation> forPeriod(LocalDate start, LocalDate lastDay) {
    if (!start.isBefore(CIVIL_CODE_IN_FORCE)) {
      return ImmutableList.of(CC_201, CC_202);
    }
    return lastDay.isBefore(CIVIL_CODE_IN_FORCE) ? ImmutableList.of(GPCL_154)
        : ImmutableList.of(GPCL_154, CC_201, CC_202);
  }
}
