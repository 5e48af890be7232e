package org.zhongchuang.policy.grants;

import static java.util.Objects.requireNonNull;
import static org.zhongchuang.policy.grants.MatchingReason.AFTER_END;
import static org.zhongchuang.policy.grants.MatchingReason.BEFORE_IN_FORCE;
import static org.zhongchuang.policy.grants.MatchingReason.CAPPED_PER_AWARD;
import static org.zhongchuang.policy.grants.MatchingReason.CAPPED_PER_YEAR;
import static org.zhongchuang.policy.grants.MatchingReason.IN_FORCE_UNCERTAIN;
import static org.zhongchuang.policy.grants.MatchingReason.LEVEL_NOT_ELIGIBLE;
import static org.zhongchuang.policy.grants.MatchingReason.MATCHED;
import static org.zhongchuang.policy.grants.MatchingReason.NO_MATCHING_PROVISION;

import com.google.common.collect.ImmutableList;
import java.io.Serializable;
import java.math.RoundingMode;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.zhongchuang.policy.PolicyInputException;
import org.zhongchuang.policy.catalogue.AwardLevel;
import org.zhongchuang.policy.catalogue.Catalogue;
import org.zhongchuang.policy.catalogue.MatchingRule;
import org.zhongchuang.policy.catalogue.NoFormulaException;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.explain.Explanation;
import org.zhongchuang.policy.explain.LegacyText;
import org.zhongchuang.policy.explain.Step;
import org.zhongchuang.policy.law.Applicability;
import org.zhongchuang.policy.law.Citation;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.text.Text;

/**
 * Local matching of awards from other levels of government ("对于众创空间获得省和国家资金奖励的，给予1:1地方配套支持",
 * 嘉政办发〔2015〕90号 五(二)), for any {@link MatchingRule} in the catalogue.
 *
 * <p>Per award, in this order: a level the rule does not match is not matched; an award dated before the rule was in
 * force, or after it ceased to be, is not matched; one dated when nobody can know whether it was in force is not
 * matched and what it would earn is reported apart ({@link MatchingResult#uncertainAmount()}); otherwise the award
 * amount × the rule's ratio is rounded half-up to the fen once, then cut to the cap per award, then to what is left
 * of the cap for the award's calendar year. Year caps go to awards in date order (ties: the order given), first to
 * awards certainly matched, then to uncertain ones, so the matching amount is what is owed whatever the unknown date
 * turns out to be.
 *
 * <p>This class is immutable and thread-safe: every method is a pure function of the catalogue and its arguments.
 */
public final class MatchingCalculator implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

  private final Catalogue catalogue;

  private MatchingCalculator(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  /**
   * @param catalogue the provisions to read matching rules from, not null
   * @return a calculator reading that catalogue
   */
  public static MatchingCalculator of(Catalogue catalogue) {
    return new MatchingCalculator(requireNonNull(catalogue, "catalogue"));
  }

  /** A calculator reading {@link Catalogue#builtIn()}. */
  public static MatchingCalculator builtIn() {
    return of(Catalogue.builtIn());
  }

  /**
   * The matching rule that applies to a maker space in a jurisdiction: that of the most specific jurisdiction in its
   * chain that has one (Jiaxing's before Zhejiang's before China's).
   *
   * @param makerSpace where the maker space is, not null
   * @return the provision, empty if no jurisdiction in the chain has one
   * @throws PolicyInputException if the most specific jurisdiction with a rule has more than one
   */
  public Optional<Provision> ruleFor(Jurisdiction makerSpace) {
    requireNonNull(makerSpace, "makerSpace");
    List<Provision> rules = catalogue.withTerms(MatchingRule.class);
    for (Jurisdiction place : makerSpace.chain()) {
      List<Provision> here = rules.stream().filter(p -> p.jurisdiction().equals(place)).toList();
      if (here.size() > 1) {
        throw new PolicyInputException("the catalogue holds " + here.size() + " matching rules for " + place + " ("
            + here.stream().map(Provision::id).collect(Collectors.joining(", ")) + "); accepted: at most one per"
            + " jurisdiction — replace one with Catalogue.withReplaced, or pass the rule to match(Provision, awards)");
      }
      if (here.size() == 1) {
        return Optional.of(here.get(0));
      }
    }
    return Optional.empty();
  }

  /**
   * The matching owed on a maker space's awards under the rule that applies where it is ({@link #ruleFor}). Where no
   * rule applies, every line says so and the total is zero: no provision promises any matching there.
   *
   * @param makerSpace where the maker space is, not null
   * @param awards the awards it received, not null, no null element; may be empty
   * @return the matching, line by line, in the order given
   * @throws PolicyInputException if the jurisdiction's rule is ambiguous
   */
  public MatchingResult match(Jurisdiction makerSpace, List<Award> awards) {
    requireNonNull(makerSpace, "makerSpace");
    ImmutableList<Award> given = ImmutableList.copyOf(requireNonNull(awards, "awards"));
    Optional<Provision> rule = ruleFor(makerSpace);
    return rule.isPresent() ? apply(makerSpace, rule.get(), given) : noRule(makerSpace, given);
  }

  /**
   * The matching owed on awards under a given rule, e.g. one a caller defined for another city, applied to a maker
   * space in the rule's own jurisdiction.
   *
   * @param rule a provision with {@link MatchingRule} terms, not null
   * @param awards the awards, not null, no null element; may be empty
   * @return the matching, line by line, in the order given
   * @throws NoFormulaException if the provision states no amount or rate
   * @throws org.zhongchuang.policy.catalogue.WrongTermsException if it states terms other than a matching rule
   */
  public MatchingResult match(Provision rule, List<Award> awards) {
    requireNonNull(rule, "rule");
    return apply(rule.jurisdiction(), rule, ImmutableList.copyOf(requireNonNull(awards, "awards")));
  }

  private MatchingResult apply(Jurisdiction makerSpace, Provision provision, List<Award> awards) {
    MatchingRule rule = Cited.terms(provision, MatchingRule.class, catalogue);
    Citation citation = provision.citation();
    MatchingLine[] lines = new MatchingLine[awards.size()];
    String[] formulas = new String[awards.size()];
    List<Integer> uncertain = new ArrayList<>();
    Set<Text> uncertainReasons = new LinkedHashSet<>();
    Map<Year, Cny> usedOfYearCap = new HashMap<>();

    for (int i : dateOrder(awards)) {
      Award award = awards.get(i);
      if (!rule.eligibleLevels().contains(award.level())) {
        lines[i] = unmatched(award, LEVEL_NOT_ELIGIBLE, Text.of("（配套范围：" + levelsZh(rule) + "）",
            " (matched levels: " + levelsEn(rule) + ")"));
        continue;
      }
      Applicability status = provision.statusOn(award.date());
      if (status.isNotInForce()) {
        MatchingReason reason =
            award.date().isBefore(provision.validity().earliestStart()) ? BEFORE_IN_FORCE : AFTER_END;
        lines[i] = unmatched(award, reason, bracketed(status.reasonText()));
      } else if (status.isUncertain()) {
        uncertain.add(i);
        uncertainReasons.add(status.reasonText());
      } else {
        Computed c = compute(award, rule, usedOfYearCap);
        formulas[i] = c.formula;
        lines[i] = new MatchingLine(award, c.reason, c.amount, Cny.ZERO,
            describe(award).plus(Text.of("：", ": ")).plus(c.reason.text()));
      }
    }
    // After every certain line, so an unknown date can only add to what is owed, never take from it.
    for (int i : uncertain) {
      Award award = awards.get(i);
      Computed c = compute(award, rule, usedOfYearCap);
      formulas[i] = c.formula;
      lines[i] = new MatchingLine(award, IN_FORCE_UNCERTAIN, Cny.ZERO, c.amount,
          describe(award).plus(Text.of("：", ": ")).plus(IN_FORCE_UNCERTAIN.text())
              .plus(Text.of("；若当日有效，应配套 " + c.amount.format() + " 元",
                  "; were it in force that day, the matching would be " + c.amount.format())));
    }

    ImmutableList<MatchingLine> result = ImmutableList.copyOf(lines);
    Cny total = Cny.total(result.stream().map(MatchingLine::matched).toList());
    Cny uncertainTotal = Cny.total(result.stream().map(MatchingLine::uncertain).toList());

    List<Step> steps = new ArrayList<>();
    steps.add(LegacyText.decision(Text.of("适用配套条款 ", "The matching rule is ").plus(Cited.label(provision))
        .plus(Text.of("：", ": ")).plus(rule.summary())
        .plus(Text.of("；有效期 " + provision.validity(), "; in force " + provision.validity())), citation));
    for (int i = 0; i < result.size(); i++) {
      MatchingLine line = result.get(i);
      Text description = Text.of("第 " + (i + 1) + " 笔：", "Award " + (i + 1) + ": ").plus(line.detail());
      if (line.reason().isMatched()) {
        steps.add(LegacyText.computation(description, formulas[i], line.matched(), List.of(citation)));
      } else if (formulas[i] != null) {
        steps.add(LegacyText.step(description, formulas[i], Optional.empty(), List.of(citation)));
      } else {
        steps.add(LegacyText.decision(description, citation));
      }
    }
    steps.add(LegacyText.computation(Text.of("配套合计（各笔配套额之和）", "Matching owed (the sum of the lines)"),
        sum(result.stream().map(MatchingLine::matched).toList(), total), total, List.of(citation)));

    ImmutableList.Builder<Text> warnings = ImmutableList.<Text>builder().addAll(Cited.caveats(provision));
    if (!uncertain.isEmpty()) {
      steps.add(LegacyText.step(Text.of("效力不确定的奖励可能另需配套（未计入合计）",
              "Further matching owed only if the rule was in force on the uncertain dates (not in the total)"),
          sum(result.stream().map(MatchingLine::uncertain).toList(), uncertainTotal), Optional.empty(),
          List.of(citation)));
      Text why = uncertainReasons.stream().reduce((a, b) -> a.plus(Text.of("；", "; ")).plus(b)).orElseThrow();
      warnings.add(Text.of(uncertain.size() + " 笔奖励的日期无法确定条款是否有效，其可能的配套 " + uncertainTotal.format()
              + " 元未计入合计：", uncertain.size() + " award(s) are dated when the rule may or may not have been in"
              + " force; the " + uncertainTotal.format() + " they might earn is not in the total: ").plus(why));
    }
    return new MatchingResult(makerSpace, Optional.of(provision), result, total, uncertainTotal,
        LegacyText.explanation(steps, warnings.build()));
  }

  private static MatchingResult noRule(Jurisdiction makerSpace, List<Award> awards) {
    ImmutableList<MatchingLine> lines = awards.stream()
        .map(a -> unmatched(a, NO_MATCHING_PROVISION, Text.of("", "")))
        .collect(ImmutableList.toImmutableList());
    String chainZh = makerSpace.chain().stream().map(Jurisdiction::chineseName).collect(Collectors.joining("、"));
    String chainEn = makerSpace.chain().stream().map(Jurisdiction::englishName).collect(Collectors.joining(", "));
    Text none = Text.of(chainZh + " 在目录中均无配套支持条款：没有条款承诺任何配套，配套合计为 0",
        "no matching provision in the catalogue for " + chainEn + ": no provision promises any matching, so the"
            + " total is 0");
    List<Step> steps = new ArrayList<>();
    steps.add(LegacyText.decision(none));
    for (int i = 0; i < lines.size(); i++) {
      steps.add(LegacyText.decision(Text.of("第 " + (i + 1) + " 笔：", "Award " + (i + 1) + ": ").plus(lines.get(i).detail())));
    }
    steps.add(LegacyText.computation(Text.of("配套合计", "Matching owed"), "0.00", Cny.ZERO, List.of()));
    return new MatchingResult(makerSpace, Optional.empty(), lines, Cny.ZERO, Cny.ZERO,
        LegacyText.explanation(steps, List.of(none)));
  }

  private record Computed(Cny amount, MatchingReason reason, String formula) {}

  private static Computed compute(Award award, MatchingRule rule, Map<Year, Cny> usedOfYearCap) {
    Cny product = award.amount().multipliedBy(rule.ratio(), ROUNDING);
    StringBuilder formula = new StringBuilder(
        award.amount().format() + " × " + rule.ratio() + " = " + product.format());
    Cny amount = product;
    MatchingReason reason = MATCHED;
    if (rule.capPerAward().isPresent() && amount.isGreaterThan(rule.capPerAward().get())) {
      Cny cap = rule.capPerAward().get();
      formula.append("; min(").append(amount.format()).append(", cap/award ").append(cap.format()).append(") = ")
          .append(cap.format());
      amount = cap;
      reason = CAPPED_PER_AWARD;
    }
    if (rule.capPerYear().isPresent()) {
      Year year = Year.from(award.date());
      Cny cap = rule.capPerYear().get();
      Cny used = usedOfYearCap.getOrDefault(year, Cny.ZERO);
      Cny room = cap.minus(used);
      if (amount.isGreaterThan(room)) {
        formula.append("; min(").append(amount.format()).append(", cap/").append(year).append(' ')
            .append(cap.format()).append(" − used ").append(used.format()).append(") = ").append(room.format());
        amount = room;
        reason = CAPPED_PER_YEAR;
      }
      usedOfYearCap.put(year, used.plus(amount));
    }
    return new Computed(amount, reason, formula.toString());
  }

  private static MatchingLine unmatched(Award award, MatchingReason reason, Text why) {
    return new MatchingLine(award, reason, Cny.ZERO, Cny.ZERO,
        describe(award).plus(Text.of("：", ": ")).plus(reason.text()).plus(why));
  }

  private static List<Integer> dateOrder(List<Award> awards) {
    return IntStream.range(0, awards.size()).boxed()
        .sorted(Comparator.comparing(i -> awards.get(i).date())).toList();
  }

  private static String sum(List<Cny> parts, Cny total) {
    List<String> shown = parts.stream().filter(Cny::isPositive).map(Cny::format).toList();
    return shown.size() <= 1 ? total.format() : String.join(" + ", shown) + " = " + total.format();
  }

  private static Text bracketed(Text text) {
    return Text.of("（", " (").plus(text).plus(Text.of("）", ")"));
  }

  private static Text describe(Award award) {
    String zhLevel = award.level() == AwardLevel.OTHER ? "其他" : award.level().chinese() + "级";
    String enLevel = award.level().name().toLowerCase(java.util.Locale.ROOT);
    return Text.of(zhLevel + "奖励 " + award.amount().format() + " 元（" + award.date() + "，" + award.awardingBody() + "）",
        enLevel + " award of " + award.amount().format() + " (" + award.date() + ", " + award.awardingBody() + ")");
  }

  private static String levelsZh(MatchingRule rule) {
    return rule.eligibleLevels().stream().map(AwardLevel::chinese).collect(Collectors.joining("、"));
  }

  private static String levelsEn(MatchingRule rule) {
    return rule.eligibleLevels().stream().map(l -> l.name().toLowerCase(java.util.Locale.ROOT))
        .collect(Collectors.joining(", "));
  }
}
