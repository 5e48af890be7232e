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

import java.io.Serializable;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.zhongchuang.policy.Calculator;
import org.zhongchuang.policy.DateNotCoveredException;
import org.zhongchuang.policy.PolicyInputException;
import org.zhongchuang.policy.catalogue.AwardLevel;
import org.zhongchuang.policy.catalogue.Catalogue;
import org.zhongchuang.policy.catalogue.MatchingRule;
import org.zhongchuang.policy.catalogue.NoFormulaException;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.catalogue.UnknownProvisionException;
import org.zhongchuang.policy.catalogue.WrongTermsException;
import org.zhongchuang.policy.law.Applicability;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.law.ValidityPeriod;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.money.Share;
import org.zhongchuang.policy.text.Phrase;

/**
 * Local matching of awards from other levels of government ("对于众创空间获得省和国家资金奖励的，给予1:1地方配套支持",
 * 嘉政办发〔2015〕90号 五(二)), for any {@link MatchingRule} in the catalogue.
 *
 * <p>Per award, in this order: a level the rule does not match is not matched; an award dated before the rule was in
 * force, or after it ceased to be, is not matched; one dated when nobody can know whether it was in force is not
 * matched and what it would earn is reported apart ({@link MatchingAssessment#uncertainAmount()}); otherwise the award
 * amount × the rule's ratio is rounded half-up to the fen once, then cut to the cap per award, then to what is left
 * of the cap for the award's calendar year. Year caps go to awards in date order (ties: the order given), first to
 * awards certainly matched, then to uncertain ones, so the matching amount is what is owed whatever the unknown date
 * turns out to be.
 *
 * <p>An award dated before every provision the catalogue holds for the maker space's places (its own, and those of
 * every place it lies within) is refused ({@link DateNotCoveredException}): the catalogue cannot say what the law was
 * then. Where no place of the chain has a rule, every line says so and the total is zero: no provision promises any
 * matching there.
 *
 * <p>The rule of each place is looked up once per calculator and kept. This class is immutable in every observable way
 * and thread-safe: {@link #assess} is a pure function of the catalogue and the case.
 */
public final class MatchingCalculator implements Calculator<MatchingCase, MatchingAssessment>, Serializable {
  private static final long serialVersionUID = 2L;
  private static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

  private final Catalogue catalogue;
  private final transient Map<Jurisdiction, List<Provision>> rulesByPlace;
  private final transient ConcurrentHashMap<Jurisdiction, RuleAt> atPlace = new ConcurrentHashMap<>();
  private final transient ConcurrentHashMap<String, RuleAt> byId = new ConcurrentHashMap<>();
  private final transient Coverage coverage;
  private transient volatile RuleAt lastPlace;

  private MatchingCalculator(Catalogue catalogue) {
    this.catalogue = catalogue;
    this.coverage = new Coverage(catalogue);
    Map<Jurisdiction, List<Provision>> rules = new HashMap<>();
    for (Provision p : catalogue.withTerms(MatchingRule.class)) {
      rules.computeIfAbsent(p.jurisdiction(), j -> new ArrayList<>(1)).add(p);
    }
    this.rulesByPlace = Map.copyOf(rules);
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

  @Override
  public Catalogue catalogue() {
    return catalogue;
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
    return Optional.ofNullable(at(requireNonNull(makerSpace, "makerSpace")).usable().provision);
  }

  /**
   * The matching owed on a case's awards, line by line in the order given.
   *
   * @param input not null
   * @return the assessment; its explanation is built when first read
   * @throws DateNotCoveredException if an award is dated before every provision the catalogue holds for the place
   * @throws PolicyInputException if the place's rule is ambiguous (two rules for one place)
   * @throws UnknownProvisionException if the case names a rule the catalogue does not hold
   * @throws NoFormulaException if the rule named states no amount or rate
   * @throws WrongTermsException if the provision named states terms other than a matching rule
   */
  @Override
  public MatchingAssessment assess(MatchingCase input) {
    requireNonNull(input, "input");
    RuleAt at = input.ruleIdOrNull() != null ? named(input.ruleIdOrNull()) : at(input.makerSpaceOrNull());
    at.usable();
    List<Award> awards = input.awards();
    int n = awards.size();
    MatchingLine[] lines = new MatchingLine[n];
    long total = 0;
    long uncertain = 0;
    if (at.provision != null && at.capPerYear >= 0) {
      for (int i = 0; i < n; i++) {
        covered(at, awards.get(i));
      }
      matchInDateOrder(at, awards, lines);
      for (MatchingLine line : lines) {
        total = add(total, line.matchedFen());
        uncertain = add(uncertain, line.uncertainFen());
      }
    } else {
      // Without a year's cap no award takes from another: one pass, in the order given.
      for (int i = 0; i < n; i++) {
        Award award = awards.get(i);
        MatchingReason decided = at.provision == null ? NO_MATCHING_PROVISION : decide(at, award);
        MatchingLine line;
        if (decided == MATCHED) {
          line = compute(at, award, MATCHED, null);
          total = add(total, line.matchedFen());
        } else if (decided == IN_FORCE_UNCERTAIN) {
          line = compute(at, award, IN_FORCE_UNCERTAIN, null);
          uncertain = add(uncertain, line.uncertainFen());
        } else {
          // A date on which the rule may be in force, or after its start, is after the first day of the place's
          // chain, which holds the rule: only the other awards need the check.
          if (decided != AFTER_END) {
            covered(at, award);
          }
          line = MatchingLine.unmatched(award, decided);
        }
        lines[i] = line;
      }
    }
    return new MatchingAssessment(catalogue, input, at.place, at.provision, lines, total, uncertain);
  }

  /** @throws DateNotCoveredException if the award is dated before every provision of the place's chain */
  private void covered(RuleAt at, Award award) {
    if (at.firstDay != null && award.date().isBefore(at.firstDay)) {
      throw coverage.refusal(at.place, award.date());
    }
  }

  /** The level and date decide first: {@code MATCHED} and {@code IN_FORCE_UNCERTAIN} still need their amounts. */
  private static MatchingReason decide(RuleAt at, Award award) {
    if ((at.levels & 1 << award.level().ordinal()) == 0) {
      return LEVEL_NOT_ELIGIBLE;
    }
    LocalDate day = award.date();
    if (at.certainFrom != null && !day.isBefore(at.certainFrom) && !day.isAfter(at.certainTo)) {
      return MATCHED;
    }
    // Outside [certainFrom, certainTo] the rule is never certainly in force: it may be, or it is not.
    if (at.validity.statusOn(day) == Applicability.Status.UNCERTAIN) {
      return IN_FORCE_UNCERTAIN;
    }
    return day.isBefore(at.validity.earliestStart()) ? BEFORE_IN_FORCE : AFTER_END;
  }

  /** Year caps go in date order, to the awards certainly matched before the uncertain ones. */
  private static void matchInDateOrder(RuleAt at, List<Award> awards, MatchingLine[] lines) {
    int n = awards.size();
    int[] order = dateOrder(awards);
    Map<Integer, Long> years = new HashMap<>();
    boolean[] uncertain = new boolean[n];
    for (int i : order) {
      Award award = awards.get(i);
      MatchingReason decided = decide(at, award);
      if (decided == MATCHED) {
        lines[i] = compute(at, award, MATCHED, years);
      } else if (decided == IN_FORCE_UNCERTAIN) {
        uncertain[i] = true;
      } else {
        lines[i] = MatchingLine.unmatched(award, decided);
      }
    }
    // After every certain line, so an unknown date can only add to what is owed, never take from it.
    for (int i : order) {
      if (uncertain[i]) {
        lines[i] = compute(at, awards.get(i), IN_FORCE_UNCERTAIN, years);
      }
    }
  }

  /** @param years what each calendar year has used of its cap so far; null where the rule has no such cap */
  private static MatchingLine compute(RuleAt at, Award award, MatchingReason base, Map<Integer, Long> years) {
    long product = product(at, award.amount());
    long amount = product;
    MatchingReason reason = base;
    long capPerAward = -1;
    if (at.capPerAward >= 0 && amount > at.capPerAward) {
      amount = at.capPerAward;
      capPerAward = at.capPerAward;
      reason = base == MATCHED ? CAPPED_PER_AWARD : base;
    }
    long room = -1;
    long used = 0;
    if (years != null) {
      int year = award.date().getYear();
      used = years.getOrDefault(year, 0L);
      long left = at.capPerYear - used;
      if (amount > left) {
        amount = left;
        room = left;
        reason = base == MATCHED ? CAPPED_PER_YEAR : base;
      }
      years.put(year, used + amount);
    }
    return MatchingLine.computed(award, reason, product, amount, capPerAward, room, used);
  }

  /** The award × the ratio, rounded half-up to the fen once; a whole ratio (1:1) needs no rounding, nor a division. */
  private static long product(RuleAt at, Cny amount) {
    if (at.ratio.denominator() == 1) {
      try {
        return Math.multiplyExact(amount.toFen(), at.ratio.numerator());
      } catch (ArithmeticException beyondALong) {
        // multipliedBy refuses it in the library's words
      }
    }
    return amount.multipliedBy(at.ratio, ROUNDING).toFen();
  }

  /** The indices of the awards by date; ties keep the order given (the sort is stable). */
  private static int[] dateOrder(List<Award> awards) {
    int n = awards.size();
    Integer[] boxed = new Integer[n];
    Arrays.setAll(boxed, i -> i);
    Arrays.sort(boxed, Comparator.comparing(i -> awards.get(i).date()));
    int[] order = new int[n];
    Arrays.setAll(order, i -> boxed[i]);
    return order;
  }

  /** @throws org.zhongchuang.policy.money.AmountOverflowException beyond the largest amount */
  private static long add(long sum, long fen) {
    return Cny.ofFen(sum).plus(Cny.ofFen(fen)).toFen();
  }

  private RuleAt at(Jurisdiction place) {
    // Most populations are of one place: the last place asked is checked before the map.
    RuleAt last = lastPlace;
    if (last != null && last.place == place) {
      return last;
    }
    RuleAt at = atPlace.get(place);
    if (at == null) {
      at = atPlace.computeIfAbsent(place, this::find);
    }
    lastPlace = at;
    return at;
  }

  private RuleAt named(String id) {
    RuleAt at = byId.get(id);
    if (at == null) {
      Provision p = catalogue.byId(id);
      Cited.terms(p, MatchingRule.class, catalogue);
      at = byId.computeIfAbsent(id, k -> RuleAt.of(p.jurisdiction(), p, coverage.firstDay(p.jurisdiction())));
    }
    return at;
  }

  private RuleAt find(Jurisdiction place) {
    LocalDate firstDay = coverage.firstDay(place);
    for (Jurisdiction j : place.chain()) {
      List<Provision> here = rulesByPlace.get(j);
      if (here != null && here.size() > 1) {
        List<String> ids = new ArrayList<>(here.size());
        here.forEach(p -> ids.add(p.id()));
        return RuleAt.ambiguous(place, j, ids);
      }
      if (here != null) {
        return RuleAt.of(place, here.get(0), firstDay);
      }
    }
    return new RuleAt(place, null, null, null, firstDay, null, null);
  }

  /** A new calculator over the same catalogue: the lookups kept are rebuilt, not serialized. */
  private Object readResolve() {
    return of(catalogue);
  }

  /** The rule that applies for a place (or a rule named by id), read once into the numbers the hot path needs. */
  private static final class RuleAt {
    final Jurisdiction place;
    final Provision provision;
    final Share ratio;
    final ValidityPeriod validity;
    /**
     * The days on which the rule is certainly in force, {@code [latestStart, earliestEnd]}, read once from its validity:
     * most awards fall there, and need no other question; null where there is no such day.
     */
    final LocalDate certainFrom;
    final LocalDate certainTo;
    final int levels;
    final long capPerAward;
    final long capPerYear;
    final LocalDate firstDay;
    final Jurisdiction ambiguousAt;
    final List<String> ambiguous;

    RuleAt(Jurisdiction place, Provision provision, MatchingRule rule, ValidityPeriod validity, LocalDate firstDay,
        Jurisdiction ambiguousAt, List<String> ambiguous) {
      this.place = place;
      this.provision = provision;
      this.ratio = rule == null ? null : rule.ratio();
      this.validity = validity;
      boolean someDayCertain = validity != null && !validity.latestStart().isAfter(validity.earliestEnd());
      this.certainFrom = someDayCertain ? validity.latestStart() : null;
      this.certainTo = someDayCertain ? validity.earliestEnd() : null;
      int bits = 0;
      if (rule != null) {
        for (AwardLevel level : rule.eligibleLevels()) {
          bits |= 1 << level.ordinal();
        }
      }
      this.levels = bits;
      this.capPerAward = rule == null ? -1 : rule.capPerAward().map(Cny::toFen).orElse(-1L);
      this.capPerYear = rule == null ? -1 : rule.capPerYear().map(Cny::toFen).orElse(-1L);
      this.firstDay = firstDay;
      this.ambiguousAt = ambiguousAt;
      this.ambiguous = ambiguous;
    }

    static RuleAt of(Jurisdiction place, Provision provision, LocalDate firstDay) {
      return new RuleAt(place, provision, (MatchingRule) provision.terms(), provision.validity(), firstDay, null, null);
    }

    static RuleAt ambiguous(Jurisdiction place, Jurisdiction at, List<String> ids) {
      return new RuleAt(place, null, null, null, null, at, List.copyOf(ids));
    }

    /** @throws PolicyInputException if the place has two rules */
    RuleAt usable() {
      if (ambiguous != null) {
        throw new PolicyInputException(Phrase.of("error.grants.matching.ambiguous", ambiguous.size(), ambiguousAt,
            ambiguous));
      }
      return this;
    }
  }
}
