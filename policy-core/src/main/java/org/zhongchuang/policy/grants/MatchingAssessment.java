package org.zhongchuang.policy.grants;

import static org.zhongchuang.policy.grants.GrantsStep.MATCHING_LINE;
import static org.zhongchuang.policy.grants.GrantsStep.MATCHING_LINE_LEVEL;
import static org.zhongchuang.policy.grants.GrantsStep.MATCHING_LINE_NOT_IN_FORCE;
import static org.zhongchuang.policy.grants.GrantsStep.MATCHING_LINE_NO_RULE;
import static org.zhongchuang.policy.grants.GrantsStep.MATCHING_LINE_UNCERTAIN;
import static org.zhongchuang.policy.grants.GrantsStep.MATCHING_NO_RULE;
import static org.zhongchuang.policy.grants.GrantsStep.MATCHING_NO_RULE_TOTAL;
import static org.zhongchuang.policy.grants.GrantsStep.MATCHING_RULE;
import static org.zhongchuang.policy.grants.GrantsStep.MATCHING_TOTAL;
import static org.zhongchuang.policy.grants.GrantsStep.MATCHING_UNCERTAIN_AWARDS;
import static org.zhongchuang.policy.grants.GrantsStep.MATCHING_UNCERTAIN_TOTAL;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.zhongchuang.policy.catalogue.Catalogue;
import org.zhongchuang.policy.catalogue.MatchingRule;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.explain.Caveat;
import org.zhongchuang.policy.explain.Explanation;
import org.zhongchuang.policy.explain.Step;
import org.zhongchuang.policy.law.Citation;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.law.ValidityPeriod;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.text.Phrase;

/**
 * The local matching owed on a maker space's awards, line by line ({@link MatchingCalculator#assess}).
 *
 * <p>{@link #matchingAmount()} is exactly the sum of the lines' matched amounts; {@link #uncertainAmount()} exactly the
 * sum of what the awards dated when nobody can know whether the rule was in force would earn, and never part of the
 * matching amount. The explanation is built from the lines the first time it is read, and kept.
 *
 * <p>A value: equal when the case, the rule, the lines, the amounts and the catalogue are equal. Immutable in every
 * observable way and thread-safe (two threads that build the explanation at once build equal values); serializable,
 * the explanation being rebuilt when read.
 */
public final class MatchingAssessment extends GrantsAssessment {
  private static final long serialVersionUID = 2L;

  private final MatchingCase matchingCase;
  private final Jurisdiction makerSpace;
  private final Provision rule;
  /** Never handed out: {@link #lines()} is an unmodifiable view. */
  private final MatchingLine[] lines;
  private final long matchingAmount;
  private final long uncertainAmount;

  MatchingAssessment(Catalogue catalogue, MatchingCase matchingCase, Jurisdiction makerSpace, Provision rule,
      MatchingLine[] lines, long matchingAmount, long uncertainAmount) {
    super(catalogue);
    this.matchingCase = matchingCase;
    this.makerSpace = makerSpace;
    this.rule = rule;
    this.lines = lines;
    this.matchingAmount = matchingAmount;
    this.uncertainAmount = uncertainAmount;
  }

  /** The case assessed. */
  public MatchingCase matchingCase() {
    return matchingCase;
  }

  /** Where the maker space is: the place given, or the rule's own jurisdiction where the case names the rule. */
  public Jurisdiction makerSpace() {
    return makerSpace;
  }

  /** The {@link MatchingRule} provision applied; empty when none applies there. */
  public Optional<Provision> rule() {
    return Optional.ofNullable(rule);
  }

  /** One line per award, in the order given. */
  public List<MatchingLine> lines() {
    return new LineList(lines);
  }

  /** The matching owed: the sum of the lines' matched amounts. */
  public Cny matchingAmount() {
    return Cny.ofFen(matchingAmount);
  }

  /** What the awards of uncertain dates would add were the rule in force on them; never in the matching amount. */
  public Cny uncertainAmount() {
    return Cny.ofFen(uncertainAmount);
  }



  /** The step of each line, in the lines' order: the award, the reason and, where computed, the arithmetic. */
  public List<Step> lineSteps() {
    return explanation().steps().subList(1, 1 + lines.length);
  }

  @Override
  Explanation build() {
    int n = lines.length;
    List<Step> steps = new ArrayList<>(n + 3);
    if (rule == null) {
      Step none = Step.of(MATCHING_NO_RULE, List.of(), makerSpace.chain());
      steps.add(none);
      for (int i = 0; i < n; i++) {
        steps.add(Step.of(MATCHING_LINE_NO_RULE, award(i, lines[i])));
      }
      steps.add(Step.computed(MATCHING_NO_RULE_TOTAL, Cny.ZERO, List.of(), Cny.ZERO));
      return new Explanation(steps, List.of(none));
    }
    MatchingRule terms = (MatchingRule) rule.terms();
    List<Citation> cite = List.of(rule.citation());
    List<Object> levels = List.copyOf(terms.eligibleLevels());
    steps.add(Step.of(MATCHING_RULE, cite, rule, levels, terms.ratio(),
        terms.capPerAward().<Object>map(c -> Phrase.of("grants.matching.rule.capPerAward", c)).orElse(""),
        terms.capPerYear().<Object>map(c -> Phrase.of("grants.matching.rule.capPerYear", c)).orElse(""),
        rule.validity()));
    List<Cny> matched = new ArrayList<>(n);
    List<Cny> uncertain = new ArrayList<>(0);
    LocalDate[] startWindow = new LocalDate[2];
    LocalDate[] endWindow = new LocalDate[2];
    for (int i = 0; i < n; i++) {
      MatchingLine line = lines[i];
      LocalDate day = line.award().date();
      steps.add(switch (line.reason()) {
        case MATCHED, CAPPED_PER_AWARD, CAPPED_PER_YEAR -> Step.computed(MATCHING_LINE, line.matched(), cite,
            arithmetic(i, line, terms, null));
        case IN_FORCE_UNCERTAIN -> Step.of(MATCHING_LINE_UNCERTAIN, cite, arithmetic(i, line, terms, line.uncertain()));
        case LEVEL_NOT_ELIGIBLE -> Step.of(MATCHING_LINE_LEVEL, cite, with(award(i, line), levels));
        case BEFORE_IN_FORCE, AFTER_END -> Step.of(MATCHING_LINE_NOT_IN_FORCE, cite,
            with(award(i, line), rule.statusOn(day).reason()));
        case NO_MATCHING_PROVISION -> throw new IllegalStateException("a line without a rule under " + rule.id());
      });
      matched.add(line.matched());
      if (line.reason() == MatchingReason.IN_FORCE_UNCERTAIN) {
        uncertain.add(line.uncertain());
        widen(day.isBefore(rule.validity().latestStart()) ? startWindow : endWindow, day);
      }
    }
    Cny total = matchingAmount();
    steps.add(Step.computed(MATCHING_TOTAL, total, cite, new Sum(matched, total)));
    List<Step> warnings = new ArrayList<>(Caveat.of(rule));
    if (!uncertain.isEmpty()) {
      steps.add(Step.of(MATCHING_UNCERTAIN_TOTAL, cite, new Sum(uncertain, uncertainAmount())));
      ValidityPeriod validity = rule.validity();
      for (LocalDate[] window : List.of(startWindow, endWindow)) {
        if (window[0] != null) {
          warnings.add(Caveat.notReliedOn(rule, validity.during(window[0], window[1])));
        }
      }
      warnings.add(Step.of(MATCHING_UNCERTAIN_AWARDS, uncertain.size(), uncertainAmount()));
    }
    return new Explanation(steps, warnings);
  }

  /** Number, level, amount, date, awarding body, reason. */
  private static Object[] award(int i, MatchingLine line) {
    Award a = line.award();
    return new Object[] {i + 1, a.level(), a.amount(), a.date(), a.awardingBody(), line.reason()};
  }

  private static Object[] with(Object[] args, Object more) {
    Object[] out = Arrays.copyOf(args, args.length + 1);
    out[args.length] = more;
    return out;
  }

  /** The award's arguments, then ratio, product, the caps that bound it ("" where none did), and {@code then}. */
  private static Object[] arithmetic(int i, MatchingLine line, MatchingRule terms, Cny then) {
    Object[] award = award(i, line);
    Object[] out = Arrays.copyOf(award, award.length + (then == null ? 4 : 5));
    Cny product = line.product();
    out[6] = terms.ratio();
    out[7] = product;
    out[8] = line.cappedPerAward()
        ? Phrase.of("grants.matching.formula.capPerAward", product, Cny.ofFen(line.capPerAwardFen())) : "";
    out[9] = line.cappedPerYear() ? Phrase.of("grants.matching.formula.capPerYear",
        line.cappedPerAward() ? Cny.ofFen(line.capPerAwardFen()) : product, line.award().date().getYear(),
        terms.capPerYear().orElseThrow(), Cny.ofFen(line.yearUsedFen()), Cny.ofFen(line.yearRoomFen())) : "";
    if (then != null) {
      out[10] = then;
    }
    return out;
  }

  private static void widen(LocalDate[] window, LocalDate day) {
    if (window[0] == null || day.isBefore(window[0])) {
      window[0] = day;
    }
    if (window[1] == null || day.isAfter(window[1])) {
      window[1] = day;
    }
  }

  @Override
  public boolean equals(Object o) {
    if (o == this) {
      return true;
    }
    if (!(o instanceof MatchingAssessment)) {
      return false;
    }
    MatchingAssessment a = (MatchingAssessment) o;
    return matchingAmount == a.matchingAmount && uncertainAmount == a.uncertainAmount
        && matchingCase.equals(a.matchingCase) && makerSpace.equals(a.makerSpace) && Objects.equals(rule, a.rule)
        && Arrays.equals(lines, a.lines) && sameCatalogue(a);
  }

  /** The hash of the case, the lines and the amounts (not of the catalogue: equal assessments still hash equal). */
  @Override
  public int hashCode() {
    return Objects.hash(matchingCase, Arrays.hashCode(lines), matchingAmount, uncertainAmount);
  }

  /** The place, the rule and the amounts, without building the explanation. */
  @Override
  public String toString() {
    return "MatchingAssessment[" + makerSpace.key() + ", rule " + (rule == null ? "none" : rule.id()) + ", "
        + lines.length + " awards, matching " + matchingAmount() + ", uncertain " + uncertainAmount() + "]";
  }
}
