package org.zhongchuang.policy.grants;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.zhongchuang.policy.PolicyInputException;
import org.zhongchuang.policy.catalogue.Catalogue;
import org.zhongchuang.policy.catalogue.NoFormulaException;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.catalogue.TermLimit;
import org.zhongchuang.policy.catalogue.UnknownProvisionException;
import org.zhongchuang.policy.explain.Explanation;
import org.zhongchuang.policy.explain.LegacyText;
import org.zhongchuang.policy.explain.Step;
import org.zhongchuang.policy.law.Applicability;
import org.zhongchuang.policy.law.Citation;
import org.zhongchuang.policy.text.Text;

/**
 * The last day a researcher on leave to found a company may keep the personnel relationship ("可在3年内保留人事关系",
 * 嘉政办发〔2015〕90号 四(四)), counted as Chinese civil law counts periods: the start day is not counted; a period in
 * years or months ends on the corresponding day of its last month, or on that month's last day where there is no
 * corresponding day (民法通则 第一百五十四条; from 2021-01-01 民法典 第二百零一、二百零二条). So a leave starting
 * 2016-03-01 may keep the relationship to 2019-03-01, one starting 2016-02-29 to 2019-02-28.
 *
 * <p>The extension of a period whose last day is a statutory holiday (民法通则 第一百五十四条, 民法典 第二百零三条) is not applied: the library
 * holds no holiday calendar, and every result says so.
 *
 * <p>This class is immutable and thread-safe: every method is a pure function of the catalogue and its arguments.
 */
public final class LeaveCalculator implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The id of Jiaxing's leave provision, 嘉政办发〔2015〕90号 四(四), in the built-in catalogue. */
  public static final String JIAXING_LEAVE = "JX-2015-90/4.4-leave";

  private final Catalogue catalogue;

  private LeaveCalculator(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  /**
   * @param catalogue the provisions to read the term limit from, not null
   * @return a calculator reading that catalogue
   */
  public static LeaveCalculator of(Catalogue catalogue) {
    return new LeaveCalculator(requireNonNull(catalogue, "catalogue"));
  }

  /** A calculator reading {@link Catalogue#builtIn()}. */
  public static LeaveCalculator builtIn() {
    return of(Catalogue.builtIn());
  }

  /**
   * The last day under Jiaxing's provision ({@value #JIAXING_LEAVE}) as the catalogue holds it.
   *
   * @param leaveStart the day the leave starts, not null
   * @return the last day, explained
   * @throws UnknownProvisionException if the catalogue does not hold the provision
   * @throws NotInForceException if the provision is certainly not in force on the leave start
   */
  public LeaveEnd lastDayOfLeave(LocalDate leaveStart) {
    return lastDayOfLeave(JIAXING_LEAVE, leaveStart);
  }

  /**
   * The last day under a term-limit provision of the catalogue.
   *
   * @param provisionId the id of a provision with {@link TermLimit} terms, not null
   * @param leaveStart the day the leave starts, not null
   * @return the last day, explained
   * @throws UnknownProvisionException if the catalogue has no such provision
   * @throws org.zhongchuang.policy.catalogue.WrongTermsException if it states terms other than a term limit
   * @throws NotInForceException if the provision is certainly not in force on the leave start
   */
  public LeaveEnd lastDayOfLeave(String provisionId, LocalDate leaveStart) {
    requireNonNull(provisionId, "provisionId");
    return lastDayOfLeave(catalogue.byId(provisionId), leaveStart);
  }

  /**
   * The last day under a given term-limit provision, e.g. a modified copy.
   *
   * @param provision a provision with {@link TermLimit} terms, not null
   * @param leaveStart the day the leave starts, not null
   * @return the last day, explained
   * @throws NoFormulaException if the provision states no period
   * @throws org.zhongchuang.policy.catalogue.WrongTermsException if it states terms other than a term limit
   * @throws PolicyInputException if its period is not positive
   * @throws NotInForceException if the provision is certainly not in force on the leave start
   */
  public LeaveEnd lastDayOfLeave(Provision provision, LocalDate leaveStart) {
    requireNonNull(provision, "provision");
    requireNonNull(leaveStart, "leaveStart");
    Period maximum = Cited.terms(provision, TermLimit.class, catalogue).maximum();
    if (maximum.isNegative() || maximum.isZero()) {
      throw new PolicyInputException("provision " + provision.id() + " limits the term to " + maximum
          + "; accepted: a positive period");
    }
    Applicability applicability = Cited.requireInForce(provision, leaveStart, "the leave start");
    // 民法典 第二百零二条: LocalDate.plus clamps a missing corresponding day to the month's last day.
    LocalDate lastDay = leaveStart.plus(maximum);
    LocalDate firstDayCounted = leaveStart.plusDays(1);
    List<Citation> counting = CountingRules.forPeriod(leaveStart, lastDay);
    Citation clause = provision.citation();

    Step rule = LegacyText.decision(Text.of("适用 ", "Per ").plus(Cited.label(provision)).plus(Text.of("：", ": "))
        .plus(provision.terms().summary()), clause);
    Step runs = LegacyText.decision(Text.of("开始的当日 " + leaveStart + " 不计入，自下一日 " + firstDayCounted + " 开始计算",
        "The start day " + leaveStart + " is not counted; the period runs from " + firstDayCounted), counting.get(0));
    Step ends = LegacyText.step(endsText(leaveStart, maximum, lastDay, counting),
        leaveStart + " + " + maximum + " = " + lastDay, Optional.empty(), counting);

    ImmutableList.Builder<Text> warnings = ImmutableList.<Text>builder().addAll(Cited.caveats(provision));
    if (applicability.isUncertain()) {
      warnings.add(Text.of("离岗开始之日条款是否有效无法确定：", "whether the provision is in force on the leave start cannot"
          + " be known: ").plus(applicability.reasonText()));
    }
    if (lastDay.isAfter(provision.validity().earliestEnd())) {
      warnings.add(Text.of("最后一日 " + lastDay + " 晚于条款可能失效之日（有效期 " + provision.validity()
              + "）：条款失效对已同意的离岗创业有无影响，目录中没有规定",
          "the last day " + lastDay + " is after the provision may have ceased to be in force (in force "
              + provision.validity() + "); whether that affects leave already agreed is not stated in the catalogue"));
    }
    warnings.add(holidayCaveat(lastDay));
    return new LeaveEnd(provision, leaveStart, maximum, firstDayCounted, lastDay, applicability,
        LegacyText.explanation(List.of(rule, runs, ends), warnings.build()));
  }

  private static Text endsText(LocalDate start, Period maximum, LocalDate lastDay, List<Citation> counting) {
    boolean corresponding = start.plusMonths(maximum.toTotalMonths()).getDayOfMonth() == start.getDayOfMonth();
    Text text = corresponding
        ? Text.of("期间届满：到期月的对应日 " + lastDay + " 为最后一日",
            "The period ends on the corresponding day of its last month, " + lastDay)
        : Text.of("期间届满：到期月没有对应日（" + start.getDayOfMonth() + " 日），以该月末日 " + lastDay + " 为最后一日",
            "The last month has no corresponding day (" + start.getDayOfMonth() + "), so the period ends on its last"
                + " day, " + lastDay);
    if (counting.contains(CountingRules.GPCL_154)) {
      // 民法通则 states no corresponding-day rule; the 民法典 wrote down the same method.
      text = text.plus(Text.of("（民法通则未明文规定对应日规则，按与民法典第二百零二条相同的方法计算）",
          " (the 民法通则 states no corresponding-day rule; counted as 民法典 art. 202 writes it down)"));
    }
    return text;
  }

  private static Text holidayCaveat(LocalDate lastDay) {
    DayOfWeek day = lastDay.getDayOfWeek();
    boolean weekend = day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    boolean code = !lastDay.isBefore(CountingRules.CIVIL_CODE_IN_FORCE);
    String article = code ? "民法典第二百零三条" : "民法通则第一百五十四条";
    Text caveat = Text.of("未按节假日顺延：最后一日为法定休假日的，以休假日结束的次日为最后一日（" + article + "），本库不含节假日历",
        "not extended for holidays: a period whose last day is a statutory holiday ends the day after it (" + article
            + "); the library holds no holiday calendar");
    return weekend ? caveat.plus(Text.of("；" + lastDay + " 为周末，请核对", "; " + lastDay + " is a weekend day: check it"))
        : caveat;
  }
}
