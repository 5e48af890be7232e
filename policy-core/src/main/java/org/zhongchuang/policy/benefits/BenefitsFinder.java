package org.zhongchuang.policy.benefits;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.zhongchuang.policy.Answer;
import org.zhongchuang.policy.catalogue.Audience;
import org.zhongchuang.policy.catalogue.Catalogue;
import org.zhongchuang.policy.catalogue.NoFormula;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.catalogue.RewardFloor;
import org.zhongchuang.policy.catalogue.SupportFloor;
import org.zhongchuang.policy.catalogue.TermsKind;
import org.zhongchuang.policy.eit.AnnualReturnAssessment;
import org.zhongchuang.policy.eit.AnnualReturnCalculator;
import org.zhongchuang.policy.eit.Benefit;
import org.zhongchuang.policy.eit.Preference;
import org.zhongchuang.policy.eit.ReliefRoute;
import org.zhongchuang.policy.grants.MatchingAssessment;
import org.zhongchuang.policy.grants.MatchingCalculator;
import org.zhongchuang.policy.incubator.CoveragePeriod;
import org.zhongchuang.policy.incubator.IncubatorAssessment;
import org.zhongchuang.policy.incubator.IncubatorExemptionCalculator;
import org.zhongchuang.policy.incubator.TaxExemption;
import org.zhongchuang.policy.law.Applicability;
import org.zhongchuang.policy.law.Citation;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.text.Phrase;
import org.zhongchuang.policy.text.Renderable;
import org.zhongchuang.policy.transfer.PolicyFloor;
import org.zhongchuang.policy.transfer.StatutoryMinimum;
import org.zhongchuang.policy.transfer.TransferRewardAssessment;
import org.zhongchuang.policy.transfer.TransferRewardAssessment.FloorDecision;
import org.zhongchuang.policy.transfer.TransferRewardAssessment.FloorOutcome;
import org.zhongchuang.policy.transfer.WageIncomeCheck;

/**
 * "What am I owed?": finds every provision of a catalogue that could concern a {@link Profile} and answers each.
 *
 * <p>A provision could concern the profile when it addresses the profile's kind ({@link Audience#of(Provision)}), or
 * belongs to a group whose facts the profile gives; when it reaches the profile's place; and when it may be in force in
 * the tax year, or on the day asked about — except the income tax and the incubators' taxes, which are annual and are
 * answered for the whole tax year. Each is answered once, in one {@link Entitlement} or with others that grant
 * the same thing: where the profile gives the facts, by the calculator of its group (the annual return, the incubator
 * exemptions, the results-transfer reward, the matching of awards), whose figures are taken as they are; where it does
 * not, "uncertain" and which facts would decide it; a clause without a formula, "uncertain", with whom to ask.
 *
 * <p>Pure and thread-safe; the calculators it composes cache the law they compile.
 */
public final class BenefitsFinder {
  private final Catalogue catalogue;
  private final AnnualReturnCalculator annualReturn;
  private final IncubatorExemptionCalculator incubator;
  private final org.zhongchuang.policy.transfer.TransferRewardCalculator transfer;
  private final MatchingCalculator matching;

  private BenefitsFinder(Catalogue catalogue) {
    this.catalogue = requireNonNull(catalogue, "catalogue");
    this.annualReturn = AnnualReturnCalculator.of(catalogue);
    this.incubator = IncubatorExemptionCalculator.of(catalogue);
    this.transfer = org.zhongchuang.policy.transfer.TransferRewardCalculator.of(catalogue);
    this.matching = MatchingCalculator.of(catalogue);
  }

  /** A finder over the built-in catalogue. */
  public static BenefitsFinder builtIn() {
    return of(Catalogue.builtIn());
  }

  /** A finder over a catalogue (the built-in one, or one a caller changed for a what-if). */
  public static BenefitsFinder of(Catalogue catalogue) {
    return new BenefitsFinder(catalogue);
  }

  /** The catalogue it reads. */
  public Catalogue catalogue() {
    return catalogue;
  }

  /**
   * @param profile not null
   * @return every provision that could concern the profile, answered, grouped, with totals where they add up
   * @throws org.zhongchuang.policy.PolicyInputException if a calculator refuses the facts the profile gives
   */
  public BenefitsReport find(Profile profile) {
    requireNonNull(profile, "profile");
    Set<Group> factsGiven = factsGiven(profile);
    Map<Group, List<Provision>> candidates = new EnumMap<>(Group.class);
    Map<Provision, Applicability> when = new LinkedHashMap<>();
    int elsewhere = 0;
    int otherTimes = 0;
    int others = 0;
    for (Provision p : catalogue.all()) {
      Group group = Group.of(p);
      if (group == null || !Audience.of(p).contains(profile.audience()) && !factsGiven.contains(group)) {
        others++;
      } else if (!profile.jurisdiction().isWithin(p.jurisdiction())) {
        elsewhere++;
      } else {
        // Income tax and the incubators' taxes are annual: answered for the whole year even when a day is asked.
        boolean annual = group == Group.INCOME_TAX || group == Group.INCUBATOR_TAXES;
        Applicability a = profile.day().isPresent() && !annual ? p.statusOn(profile.day().get())
            : p.statusDuring(profile.taxYear());
        if (a.isNotInForce()) {
          otherTimes++;
        } else {
          when.put(p, a);
          candidates.computeIfAbsent(group, g -> new ArrayList<>()).add(p);
        }
      }
    }
    Answers answers = new Answers(when);
    Map<Group, GroupTotal> totals = new EnumMap<>(Group.class);
    // Every fact given is computed, whether or not a provision of its group reaches the place: facts the calculators
    // refuse are refused, never passed over.
    AnnualReturnAssessment eit = profile.annualReturn().map(annualReturn::assess).orElse(null);
    IncubatorAssessment inc = profile.incubator().map(incubator::assess).orElse(null);
    TransferRewardAssessment tr = profile.transfer().map(transfer::assess).orElse(null);
    MatchingAssessment ma = profile.awards().map(matching::assess).orElse(null);
    for (Map.Entry<Group, List<Provision>> e : candidates.entrySet()) {
      Group g = e.getKey();
      List<Provision> ps = e.getValue();
      switch (g) {
        case INCOME_TAX -> {
          if (eit != null) {
            totals.put(g, incomeTax(eit, ps, answers));
          } else {
            ps.forEach(p -> answers.plain(g, p, prepayment(p) ? Phrase.of("benefits.prepayment")
                : Phrase.of("benefits.needs.annualReturn"), Answer.UNCERTAIN));
            totals.put(g, new GroupTotal(g, Optional.empty(), Optional.empty(),
                Phrase.of("benefits.total.needs.annualReturn")));
          }
        }
        case INCUBATOR_TAXES -> {
          if (inc != null) {
            totals.put(g, incubatorTaxes(inc, ps, answers));
          } else {
            ps.forEach(p -> answers.plain(g, p, referral(p) ? Phrase.of("benefits.referral")
                : Phrase.of("benefits.needs.incubator"), referral(p) ? Answer.YES : Answer.UNCERTAIN));
            totals.put(g, new GroupTotal(g, Optional.empty(), Optional.empty(),
                Phrase.of("benefits.total.needs.incubator")));
          }
        }
        case REWARDS -> {
          if (tr != null) {
            rewards(tr, ps, answers);
          } else {
            ps.forEach(p -> rewardWithoutFacts(p, answers));
          }
          totals.put(g, new GroupTotal(g, Optional.empty(), Optional.empty(), Phrase.of("benefits.total.rewards")));
        }
        case GRANTS -> totals.put(g, grants(ma, ps, answers));
        case SUBSIDIES -> {
          ps.forEach(p -> answers.noFormula(g, p));
          totals.put(g, new GroupTotal(g, Optional.empty(), Optional.empty(), Phrase.of("benefits.total.subsidies")));
        }
      }
    }
    return new BenefitsReport(profile, catalogue, answers.items, List.copyOf(totals.values()), elsewhere, otherTimes,
        others, Optional.ofNullable(eit), Optional.ofNullable(inc), Optional.ofNullable(tr), Optional.ofNullable(ma));
  }

  private static Set<Group> factsGiven(Profile profile) {
    Set<Group> given = new HashSet<>();
    profile.annualReturn().ifPresent(f -> given.add(Group.INCOME_TAX));
    profile.incubator().ifPresent(f -> given.add(Group.INCUBATOR_TAXES));
    profile.transfer().ifPresent(f -> given.add(Group.REWARDS));
    profile.awards().ifPresent(f -> given.add(Group.GRANTS));
    return given;
  }

  private static boolean prepayment(Provision p) {
    return p.terms().termsKind() == TermsKind.PREPAYMENT;
  }

  private static boolean referral(Provision p) {
    return p.terms().termsKind() == TermsKind.TAX_REFERRAL;
  }

  // ------------------------------------------------------------------------------------------------ income tax

  private static GroupTotal incomeTax(AnnualReturnAssessment a, List<Provision> ps, Answers answers) {
    for (Benefit b : a.benefits()) {
      if (b.provisions().isEmpty()) {
        continue; // a route no provision applied to (all taxable income taxed apart): its rules are answered below
      }
      boolean route = b.preference() == Preference.SMALL_LOW_PROFIT || b.preference() == Preference.HIGH_TECH;
      boolean taken = !route || a.chosen().code().equals(b.preference().code());
      Cny without = b.worth().plus(a.taxDue());
      if (!taken && taxAs(a, b.preference()).equals(a.taxDue())) {
        answers.add(new Entitlement(Group.INCOME_TAX, b.preference().code(),
            Phrase.of("benefits.title", b.preference()), b.provisions(), Answer.NO,
            Phrase.of("benefits.eit.sameTax", b.preference(), a.taxDue()), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty()));
      } else if (taken) {
        answers.add(new Entitlement(Group.INCOME_TAX, b.preference().code(),
            Phrase.of("benefits.title", b.preference()), b.provisions(), Answer.YES,
            Phrase.of("benefits.eit.taken", b.preference(), without, a.taxDue()), Optional.of(b.worth()),
            Optional.empty(), Optional.of(WorthKind.TAX_SAVED), Optional.empty()));
      } else {
        answers.add(new Entitlement(Group.INCOME_TAX, b.preference().code(),
            Phrase.of("benefits.title", b.preference()), b.provisions(), Answer.NO,
            Phrase.of("benefits.eit.otherRoute", b.preference(), taxAs(a, b.preference()), a.taxDue()),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
      }
    }
    Set<Citation> cited = new HashSet<>(a.citations());
    for (Provision p : ps) {
      if (!answers.answered(p)) {
        if (cited.contains(p.citation())) {
          answers.plain(Group.INCOME_TAX, p, Phrase.of("benefits.applied"), Answer.YES);
        } else if (prepayment(p)) {
          answers.plain(Group.INCOME_TAX, p, Phrase.of("benefits.prepayment"), Answer.UNCERTAIN);
        } else {
          answers.plain(Group.INCOME_TAX, p, Phrase.of("benefits.notUsed", p.scope()), Answer.NO);
        }
      }
    }
    Renderable basis = Phrase.of(a.taxDueCertain() == Answer.YES ? "benefits.total.eit" : "benefits.total.eit.uncertain",
        a.taxWithoutPreferences(), a.taxDue(), a.uncertainties().size());
    return new GroupTotal(Group.INCOME_TAX, Optional.of(a.totalBenefit()), Optional.empty(), basis);
  }

  private static Cny taxAs(AnnualReturnAssessment a, Preference route) {
    return (route == Preference.HIGH_TECH ? a.taxAsHighTech() : a.taxAsSmallLowProfit()).orElse(a.taxDue());
  }

  // ------------------------------------------------------------------------------------------------ incubators

  private static GroupTotal incubatorTaxes(IncubatorAssessment a, List<Provision> ps, Answers answers) {
    for (TaxExemption t : a.taxes()) {
      Set<Provision> by = new LinkedHashSet<>();
      for (CoveragePeriod c : a.coverage(t.tax())) {
        c.provision().ifPresent(by::add);
      }
      if (by.isEmpty()) {
        continue;
      }
      answers.add(new Entitlement(Group.INCUBATOR_TAXES, t.tax().name().toLowerCase(java.util.Locale.ROOT)
          .replace('_', '-'), Phrase.of("benefits.title", t.tax()), List.copyOf(by), t.answer(),
          Phrase.of("benefits.incubator.tax", t.tax(), t.given().total(), t.exempt(), t.uncertain(), t.due()),
          Optional.of(t.exempt()), t.uncertain().isZero() ? Optional.empty() : Optional.of(t.uncertain()),
          Optional.of(WorthKind.TAX_EXEMPTED), Optional.empty()));
    }
    Set<Citation> cited = new HashSet<>(a.citations());
    for (Provision p : ps) {
      if (!answers.answered(p)) {
        if (referral(p)) {
          answers.plain(Group.INCUBATOR_TAXES, p, Phrase.of("benefits.referral"), Answer.YES);
        } else if (cited.contains(p.citation())) {
          answers.plain(Group.INCUBATOR_TAXES, p, Phrase.of("benefits.applied"), Answer.YES);
        } else {
          answers.plain(Group.INCUBATOR_TAXES, p, Phrase.of("benefits.notUsed", p.scope()), Answer.NO);
        }
      }
    }
    return new GroupTotal(Group.INCUBATOR_TAXES, Optional.of(a.totalExempt()),
        a.totalUncertain().isZero() ? Optional.empty() : Optional.of(a.totalUncertain()),
        Phrase.of("benefits.total.incubator", a.totalGiven(), a.totalExempt(), a.totalUncertain(), a.totalDue()));
  }

  // ------------------------------------------------------------------------------------------------ rewards

  private static void rewards(TransferRewardAssessment a, List<Provision> ps, Answers answers) {
    Optional<StatutoryMinimum> statutory = a.statutoryMinimum();
    if (statutory.isPresent()) {
      Answer binds = a.statutoryMinimumBinds();
      answers.add(new Entitlement(Group.REWARDS, statutory.get().provision().id(),
          statutory.get().provision().terms().summary(), List.of(statutory.get().provision()), binds,
          proposal(a, Phrase.of("benefits.transfer.minimum", statutory.get().share(), a.legalMinimumReason()),
              binds == Answer.YES ? a.shortfall() : a.shortfallIfUncertainBinds()),
          binds == Answer.YES ? a.minimumReward() : Optional.empty(),
          binds == Answer.YES ? Optional.empty() : a.minimumRewardIfUncertainBinds(),
          Optional.of(WorthKind.MINIMUM_REWARD), Optional.empty()));
    }
    Optional<PolicyFloor> floor = a.policyFloor();
    if (floor.isPresent() && !answers.answered(floor.get().provision())) {
      answers.add(new Entitlement(Group.REWARDS, floor.get().provision().id(),
          floor.get().provision().terms().summary(), List.of(floor.get().provision()),
          Answer.YES, proposal(a, Phrase.of("benefits.transfer.floor", floor.get().share(), floor.get().force()),
              a.policyFloorShortfall()),
          a.policyFloorReward(), Optional.empty(), Optional.of(kind(floor.get())), Optional.empty()));
    }
    Optional<PolicyFloor> maybe = a.uncertainPolicyFloor();
    if (maybe.isPresent() && !answers.answered(maybe.get().provision())) {
      answers.add(new Entitlement(Group.REWARDS, maybe.get().provision().id(),
          maybe.get().provision().terms().summary(), List.of(maybe.get().provision()),
          Answer.UNCERTAIN, proposal(a, Phrase.of("benefits.transfer.floor.uncertain", maybe.get().share()),
              a.uncertainFloorShortfall()), Optional.empty(),
          a.uncertainFloorReward(), Optional.of(kind(maybe.get())), Optional.empty()));
    }
    for (FloorDecision d : a.localFloors()) {
      if (!answers.answered(d.provision()) && d.outcome() != FloorOutcome.APPLIES) {
        answers.add(new Entitlement(Group.REWARDS, d.provision().id(),
            d.provision().terms().summary(), List.of(d.provision()),
            d.outcome() == FloorOutcome.UNCERTAIN ? Answer.UNCERTAIN : Answer.NO,
            Phrase.of("benefits.transfer.floorOutcome", d.outcome()), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty()));
      }
    }
    WageIncomeCheck wage = a.wageIncome();
    if (wage.ruleOrNull() != null && !answers.answered(wage.ruleOrNull())) {
      answers.add(new Entitlement(Group.REWARDS, wage.ruleOrNull().id(),
          wage.ruleOrNull().terms().summary(), List.of(wage.ruleOrNull()), wage.applies(),
          Phrase.of("benefits.transfer.wage." + wage.outcome().name()), Optional.empty(), Optional.empty(), Optional.empty(),
          Optional.empty()));
    }
    Set<Citation> cited = new HashSet<>(a.citations());
    for (Provision p : ps) {
      if (!answers.answered(p)) {
        if (cited.contains(p.citation())) {
          answers.plain(Group.REWARDS, p, Phrase.of("benefits.applied"), Answer.YES);
        } else if (p.terms().termsKind() == TermsKind.TERM_LIMIT) {
          answers.plain(Group.REWARDS, p, Phrase.of("benefits.leave"), Answer.UNCERTAIN);
        } else if (p.terms() instanceof NoFormula) {
          answers.noFormula(Group.REWARDS, p);
        } else {
          answers.plain(Group.REWARDS, p, Phrase.of("benefits.notUsed", p.scope()), Answer.NO);
        }
      }
    }
  }

  /** A floor every unit must pay is the least reward; one that allows or encourages is a policy level. */
  private static WorthKind kind(PolicyFloor floor) {
    return floor.force() == RewardFloor.Force.MANDATORY ? WorthKind.MINIMUM_REWARD : WorthKind.POLICY_LEVEL;
  }

  /** The reason, and where a reward is proposed, whether it reaches the floor or by how much it falls short. */
  private static Renderable proposal(TransferRewardAssessment a, Renderable why, Optional<Cny> shortfall) {
    Optional<Cny> proposed = a.transferCase().proposedReward();
    if (proposed.isEmpty() || shortfall.isEmpty()) {
      return why;
    }
    return shortfall.get().isPositive() ? Phrase.of("benefits.transfer.short", why, proposed.get(), shortfall.get())
        : Phrase.of("benefits.transfer.meets", why, proposed.get());
  }

  private static void rewardWithoutFacts(Provision p, Answers answers) {
    if (p.terms() instanceof NoFormula) {
      answers.noFormula(Group.REWARDS, p);
    } else {
      answers.plain(Group.REWARDS, p, p.terms().termsKind() == TermsKind.TERM_LIMIT ? Phrase.of("benefits.leave")
          : Phrase.of("benefits.needs.transfer"), Answer.UNCERTAIN);
    }
  }

  // ------------------------------------------------------------------------------------------------ grants

  private static GroupTotal grants(MatchingAssessment a, List<Provision> ps, Answers answers) {
    Optional<Provision> rule = a == null ? Optional.empty() : a.rule();
    if (rule.isPresent()) {
      Cny certain = a.matchingAmount();
      Cny uncertain = a.uncertainAmount();
      Answer applies = certain.isPositive() ? Answer.YES : uncertain.isPositive() ? Answer.UNCERTAIN : Answer.NO;
      answers.add(new Entitlement(Group.GRANTS, rule.get().id(), rule.get().terms().summary(),
          List.of(rule.get()), applies,
          Phrase.of("benefits.matching", a.lines().size(), certain, uncertain), Optional.of(certain),
          uncertain.isZero() ? Optional.empty() : Optional.of(uncertain), Optional.of(WorthKind.MATCHED),
          Optional.empty()));
    }
    for (Provision p : ps) {
      if (answers.answered(p)) {
        continue;
      }
      if (p.terms() instanceof SupportFloor floor) {
        answers.add(new Entitlement(Group.GRANTS, p.id(), p.terms().summary(), List.of(p), Answer.UNCERTAIN,
            answers.timed(p, Phrase.of("benefits.supportFloor", floor.minimum())), Optional.empty(),
            Optional.of(floor.minimum()), Optional.of(WorthKind.AT_LEAST_IF_GRANTED), Optional.empty()));
      } else if (a == null) {
        answers.plain(Group.GRANTS, p, Phrase.of("benefits.needs.awards"), Answer.UNCERTAIN);
      } else {
        answers.plain(Group.GRANTS, p, Phrase.of("benefits.notUsed", p.scope()), Answer.NO);
      }
    }
    return a == null
        ? new GroupTotal(Group.GRANTS, Optional.empty(), Optional.empty(), Phrase.of("benefits.total.needs.awards"))
        : new GroupTotal(Group.GRANTS, Optional.of(a.matchingAmount()),
            a.uncertainAmount().isZero() ? Optional.empty() : Optional.of(a.uncertainAmount()),
            Phrase.of("benefits.total.grants"));
  }

  // ------------------------------------------------------------------------------------------------ answers

  /** The entitlements found so far, and which provisions they answer. */
  private static final class Answers {
    final Map<Provision, Applicability> when;
    final List<Entitlement> items = new ArrayList<>();
    final Set<Provision> answered = new HashSet<>();

    Answers(Map<Provision, Applicability> when) {
      this.when = when;
    }

    boolean answered(Provision p) {
      return answered.contains(p);
    }

    void add(Entitlement e) {
      items.add(e);
      answered.addAll(e.provisions());
    }

    /**
     * A provision answered on its own, without a worth; a yes becomes uncertain where the provision may not be in
     * force when asked (a no stays a no).
     */
    void plain(Group g, Provision p, Renderable why, Answer answer) {
      boolean no = answer == Answer.NO;
      add(new Entitlement(g, p.id(), p.terms().summary(), List.of(p), no ? answer : timed(p, answer), no ? why : timed(p, why),
          Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
    }

    /** A clause without a formula: uncertain, with whom to ask (the body that issued it). */
    void noFormula(Group g, Provision p) {
      add(new Entitlement(g, p.id(), p.terms().summary(), List.of(p), Answer.UNCERTAIN,
          timed(p, Phrase.of("benefits.noFormula", ((NoFormula) p.terms()).subject())), Optional.empty(),
          Optional.empty(), Optional.empty(), Optional.of(p.citation().document().issuer())));
    }

    /** Uncertain where the provision may not be in force when asked. */
    Answer timed(Provision p, Answer a) {
      return when.get(p).isUncertain() ? Answer.UNCERTAIN : a;
    }

    Renderable timed(Provision p, Renderable why) {
      Applicability a = when.get(p);
      return a.isUncertain() ? Phrase.of("benefits.mayNotBeInForce", why, a.reason()) : why;
    }
  }
}
