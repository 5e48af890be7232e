package org.zhongchuang.policy.transfer;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.zhongchuang.policy.Answer;
import org.zhongchuang.policy.catalogue.Confidence;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.catalogue.WageInclusion;
import org.zhongchuang.policy.explain.Caveat;
import org.zhongchuang.policy.explain.Explanation;
import org.zhongchuang.policy.explain.Step;
import org.zhongchuang.policy.law.Applicability.Status;
import org.zhongchuang.policy.law.Citation;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.money.Share;
import org.zhongchuang.policy.text.Phrase;
import org.zhongchuang.policy.text.Text;
import org.zhongchuang.policy.transfer.StatutoryMinimum.Binding;
import org.zhongchuang.policy.transfer.TransferRewardAssessment.FloorOutcome;
import org.zhongchuang.policy.transfer.TransferRewardAssessment.LegalMinimumReason;

/**
 * Projects an assessment's recorded decisions into steps: no amount is computed here that the assessment did not
 * compute (the exact shares of a split are shown, not used), and no word is written here — every word is a template.
 */
final class TransferExplainer {
  private TransferExplainer() {}

  static Explanation explain(TransferRewardAssessment a) {
    TransferCase c = a.transferCase();
    List<Step> steps = new ArrayList<>(24);
    List<Step> warnings = new ArrayList<>(4);
    headlines(a, c, steps);
    steps.add(Step.of(TransferStep.CASE, c.jurisdiction(), c.date(), unit(c.unit()), mode(c.mode()),
        c.amount, c.proposedReward));
    law(a, c, steps, warnings);
    policy(a, c, steps, warnings);
    comparisons(a, c, steps);
    team(a, c, steps, warnings);
    for (Provision p : noted(a)) {
      for (Text note : p.notes()) {
        steps.add(Step.of(TransferStep.NOTE, List.of(p.citation()), p, note));
      }
    }
    if (a.proposalExceedsAmount()) {
      warnings.add(Step.of(TransferStep.PROPOSAL_ABOVE_AMOUNT, c.proposedReward, c.amount));
    }
    weights(c, warnings);
    Set<Provision> relied = reliedOn(a);
    relied.forEach(p -> warnings.addAll(Caveat.of(p)));
    return new Explanation(steps, warnings);
  }

  // ------------------------------------------------------------------ headlines

  private static void headlines(TransferRewardAssessment a, TransferCase c, List<Step> steps) {
    List<Citation> lawCites = new ArrayList<>(2);
    a.statutoryMinimum().ifPresent(m -> lawCites.add(m.provision().citation()));
    Cny proposed = c.proposedReward;
    LegalMinimumReason reason = a.legalMinimumReason();
    Share lower = a.legalMinimumShare().orElse(null);
    if (proposed != null) {
      Answer complies = a.complies().orElseThrow();
      if (reason == LegalMinimumReason.OWN_RULE_GOVERNS || reason == LegalMinimumReason.NONE_KNOWN) {
        steps.add(Step.of(TransferStep.LAW_NOT_JUDGED, lawCites, proposed, reasonPhrase(reason)));
      } else if (complies == Answer.UNCERTAIN) {
        steps.add(Step.of(TransferStep.LAW_UNCERTAIN, lawCites, proposed, lowReading(a),
            Phrase.of("transfer.reading.min", a.minimumRewardIfUncertainBinds().orElse(null),
                a.legalMinimumShareIfUncertainBinds().orElse(null)), reasonPhrase(reason)));
      } else if (complies == Answer.YES) {
        steps.add(Step.of(TransferStep.LAW_COMPLIES, lawCites, proposed, a.minimumReward().orElseThrow(), lower));
      } else {
        steps.add(Step.of(TransferStep.LAW_FALLS_SHORT, lawCites, proposed, a.minimumReward().orElseThrow(), lower,
            a.shortfall().orElseThrow()));
      }
    } else if (reason == LegalMinimumReason.OWN_RULE_GOVERNS || reason == LegalMinimumReason.NONE_KNOWN) {
      steps.add(Step.of(TransferStep.LAW_NO_MINIMUM, lawCites, reasonPhrase(reason)));
    } else if (reason != LegalMinimumReason.BINDS) {
      steps.add(Step.of(TransferStep.LAW_MINIMUM_UNCERTAIN, lawCites, lowReading(a),
          Phrase.of("transfer.reading.min", a.minimumRewardIfUncertainBinds().orElse(null),
              a.legalMinimumShareIfUncertainBinds().orElse(null)), reasonPhrase(reason)));
    } else if (a.minimumReward().isPresent()) {
      steps.add(Step.of(TransferStep.LAW_MINIMUM, lawCites, a.minimumReward().get(), lower));
    } else {
      steps.add(Step.of(TransferStep.LAW_MINIMUM_SHARE, lawCites, lower));
    }

    PolicyFloor floor = a.policyFloor().orElse(null);
    PolicyFloor uncertain = a.uncertainPolicyFloor().orElse(null);
    if (uncertain != null) {
      Object otherwise = floor == null ? Phrase.of("transfer.reading.noFloor")
          : policyReading(floor, a.policyFloorReward().orElse(null), a.policyFloorShortfall().orElse(null));
      steps.add(Step.of(TransferStep.POLICY_UNCERTAIN, List.of(uncertain.provision().citation()),
          uncertain.provision(), policyReading(uncertain, a.uncertainFloorReward().orElse(null),
              a.uncertainFloorShortfall().orElse(null)), otherwise));
    } else if (floor == null && a.floorDisplacedByContract().isPresent()) {
      Provision displaced = a.floorDisplacedByContract().get().provision();
      steps.add(Step.of(TransferStep.POLICY_DISPLACED, List.of(displaced.citation()), displaced));
    } else if (floor == null) {
      steps.add(Step.of(TransferStep.POLICY_NONE, c.jurisdiction()));
    } else if (proposed == null || a.policyFloorReward().isEmpty()) {
      steps.add(Step.of(TransferStep.POLICY_LEVEL, List.of(floor.provision().citation()),
          a.policyFloorReward().orElse(null), floor.share(), floor.provision()));
    } else if (a.meetsPolicyFloor().orElseThrow() == Answer.YES) {
      steps.add(Step.of(TransferStep.POLICY_MEETS, List.of(floor.provision().citation()), proposed,
          a.policyFloorReward().get(), floor.share(), floor.provision()));
    } else {
      steps.add(Step.of(TransferStep.POLICY_FALLS_SHORT, List.of(floor.provision().citation()), proposed,
          a.policyFloorReward().get(), floor.share(), floor.provision(), a.policyFloorShortfall().orElseThrow()));
    }
  }

  private static Phrase lowReading(TransferRewardAssessment a) {
    return a.legalMinimumShare().isPresent()
        ? Phrase.of("transfer.reading.min", a.minimumReward().orElse(null), a.legalMinimumShare().get())
        : Phrase.of("transfer.reading.noneBinds");
  }

  private static Phrase policyReading(PolicyFloor floor, Cny level, Cny shortfall) {
    String key = shortfall == null ? "transfer.reading.policy.level"
        : shortfall.isZero() ? "transfer.reading.policy.meets" : "transfer.reading.policy.short";
    return Phrase.of(key, level, floor.share(), floor.provision(), shortfall);
  }

  private static Phrase reasonPhrase(LegalMinimumReason reason) {
    return Phrase.of("transfer.reason." + reason.name());
  }

  // ------------------------------------------------------------------ the law

  private static void law(TransferRewardAssessment a, TransferCase c, List<Step> steps, List<Step> warnings) {
    StatutoryMinimum[] standards = a.standardsArray();
    if (standards.length == 0) {
      steps.add(Step.of(TransferStep.NO_STANDARD, mode(c.mode()), c.date()));
      warnings.add(Step.of(TransferStep.NO_STANDARD_KNOWN, mode(c.mode()), c.date()));
    }
    for (StatutoryMinimum m : standards) {
      Provision p = m.provision();
      steps.add(Step.of(TransferStep.STANDARD, cites(a, m), p, m.share(),
          Phrase.of("transfer.basis." + m.terms().basis().name()), Phrase.of("transfer.binding." + m.binding().name()),
          Phrase.of("transfer.status." + m.status().name())));
      if (m.binding() == Binding.DEFAULT_OWN_RULE_UNKNOWN) {
        warnings.add(Step.of(TransferStep.OWN_RULE_UNKNOWN, List.of(p.citation()), p));
      }
      if (m.status() == Status.UNCERTAIN && m.binds() != Answer.NO) {
        warnings.add(Step.of(TransferStep.STANDARD_UNCERTAIN, List.of(p.citation()), p,
            p.statusOn(c.date()).reason()));
      }
    }
    Cny amount = c.amount;
    a.legalMinimumShare().ifPresent(share -> {
      if (amount != null) {
        steps.add(Step.computed(TransferStep.LEGAL_MINIMUM, a.minimumReward().orElseThrow(), List.of(), amount, share,
            a.minimumReward().get()));
      }
    });
    if (a.minimumRewardIfUncertainBinds().isPresent()) {
      steps.add(Step.computed(TransferStep.LEGAL_MINIMUM_IF, a.minimumRewardIfUncertainBinds().get(), List.of(),
          amount, a.legalMinimumShareIfUncertainBinds().orElseThrow(), a.minimumRewardIfUncertainBinds().get(),
          reasonPhrase(a.legalMinimumReason())));
    }
    a.rewardYears().ifPresent(y -> steps.add(Step.of(TransferStep.YEARS, y.min(), y.max())));
  }

  /**
   * A standard's clause; for one that is hard for the unit, also the clauses of its document that state no amount and
   * are in force (第四十五条第二款, which makes the first paragraph's standards hard).
   */
  private static List<Citation> cites(TransferRewardAssessment a, StatutoryMinimum m) {
    if (m.binding() != Binding.HARD) {
      return List.of(m.provision().citation());
    }
    List<Citation> out = new ArrayList<>(2);
    out.add(m.provision().citation());
    for (Provision p : a.clausesWithoutFormula()) {
      if (p.citation().document().equals(m.provision().citation().document())
          && p.validity().statusOn(a.transferCase().date()) == Status.IN_FORCE) {
        out.add(p.citation());
      }
    }
    return out;
  }

  // ------------------------------------------------------------------ the policy level

  private static void policy(TransferRewardAssessment a, TransferCase c, List<Step> steps, List<Step> warnings) {
    Provision[] floors = a.floorsArray();
    FloorOutcome[] outcomes = a.outcomesArray();
    Provision winner = a.uncertainPolicyFloor().or(a::policyFloor).map(PolicyFloor::provision).orElse(null);
    if (floors.length == 0) {
      steps.add(Step.of(TransferStep.NO_LOCAL_FLOOR, c.jurisdiction()));
    }
    for (int i = 0; i < floors.length; i++) {
      Provision p = floors[i];
      FloorOutcome o = outcomes[i];
      Object what = switch (o) {
        case NOT_IN_FORCE -> Phrase.of("transfer.outcome.NOT_IN_FORCE", p.statusOn(c.date()).reason());
        case SUPERSEDED -> Phrase.of(winner != null && winner.jurisdiction().depth() == p.jurisdiction().depth()
            ? "transfer.outcome.SUPERSEDED_HIGHER" : "transfer.outcome.SUPERSEDED", winner,
            winner == null ? null : winner.jurisdiction());
        case UNCERTAIN -> Phrase.of("transfer.outcome.UNCERTAIN", p.statusOn(c.date()).reason());
        case APPLIES -> a.uncertainPolicyFloor().isPresent()
            ? Phrase.of("transfer.outcome.APPLIES_IF_NOT", a.uncertainPolicyFloor().get().provision())
            : Phrase.of("transfer.outcome.APPLIES");
        case OTHER_MODE, NOT_FOR_UNIT, DISPLACED_BY_CONTRACT -> Phrase.of("transfer.outcome." + o.name());
      };
      boolean cited = o == FloorOutcome.APPLIES || o == FloorOutcome.UNCERTAIN || o == FloorOutcome.DISPLACED_BY_CONTRACT;
      steps.add(Step.of(TransferStep.LOCAL_FLOOR, cited ? List.of(p.citation()) : List.of(), p, p.jurisdiction(),
          TransferRewardCalculator.floor(p).minimum(),
          Phrase.of("transfer.force." + TransferRewardCalculator.floor(p).force().name()), what));
      if (o == FloorOutcome.UNCERTAIN) {
        warnings.add(Step.of(TransferStep.FLOOR_UNCERTAIN, List.of(p.citation()), p, p.statusOn(c.date()).reason(),
            a.uncertainFloorReward().orElse(null)));
      }
      if (o == FloorOutcome.DISPLACED_BY_CONTRACT) {
        warnings.add(Step.of(TransferStep.FLOOR_DISPLACED, List.of(p.citation()), p,
            TransferRewardCalculator.floor(p).minimum()));
      }
    }
    a.policyFloor().ifPresent(f -> a.policyFloorReward().ifPresent(r -> steps.add(Step.computed(
        TransferStep.POLICY_AMOUNT, r, List.of(f.provision().citation()), c.amount, f.share(), r, f.provision()))));
    a.uncertainPolicyFloor().ifPresent(f -> a.uncertainFloorReward().ifPresent(r -> steps.add(Step.computed(
        TransferStep.POLICY_AMOUNT, r, List.of(f.provision().citation()), c.amount, f.share(), r, f.provision()))));
  }

  // ------------------------------------------------------------------ comparisons

  private static void comparisons(TransferRewardAssessment a, TransferCase c, List<Step> steps) {
    Cny proposed = c.proposedReward;
    if (proposed == null) {
      return;
    }
    compare(steps, proposed, a.minimumReward().orElse(null), "transfer.compare.law");
    compare(steps, proposed, a.minimumRewardIfUncertainBinds().orElse(null), "transfer.compare.lawIf");
    compare(steps, proposed, a.policyFloorReward().orElse(null), "transfer.compare.policy");
    compare(steps, proposed, a.uncertainFloorReward().orElse(null), "transfer.compare.policyIf");
  }

  private static void compare(List<Step> steps, Cny proposed, Cny minimum, String with) {
    if (minimum == null) {
      return;
    }
    Cny shortfall = proposed.isLessThan(minimum) ? minimum.minus(proposed) : Cny.ZERO;
    steps.add(Step.computed(TransferStep.COMPARE, shortfall, List.of(), proposed, minimum, shortfall,
        proposed.isLessThan(minimum) ? "<" : "≥", Phrase.of(with)));
  }

  // ------------------------------------------------------------------ the team

  private static void team(TransferRewardAssessment a, TransferCase c, List<Step> steps, List<Step> warnings) {
    List<MemberReward> parts = a.split();
    if (parts.isEmpty()) {
      return;
    }
    Cny reward = a.splitReward().orElseThrow();
    steps.add(Step.of(TransferStep.SPLIT, reward, Phrase.of(c.proposedReward != null ? "transfer.splitOf.proposal"
        : "transfer.splitOf.legalMinimum")));
    BigInteger[] weights = TeamSplit.wholeWeights(c.team());
    BigInteger total = BigInteger.ZERO;
    for (BigInteger w : weights) {
      total = total.add(w);
    }
    List<Cny> amounts = new ArrayList<>(parts.size());
    for (int i = 0; i < parts.size(); i++) {
      MemberReward m = parts.get(i);
      BigInteger scaled = BigInteger.valueOf(reward.toFen()).multiply(weights[i]).multiply(BigInteger.valueOf(100));
      // fen × 100 / total, read with four decimals of yuan: an ellipsis marks a share that does not end there.
      BigDecimal exact = new BigDecimal(scaled.divide(total), 4);
      String shown = String.format(Locale.ROOT, "%,.4f", exact) + (scaled.mod(total).signum() == 0 ? "" : "…");
      steps.add(Step.computed(TransferStep.MEMBER, m.amount(), List.of(), m.name(), c.team().get(i).percent()
          ? m.weight().toPercentString() : m.weight().toDecimalString(), m.amount(), reward, weights[i], total, shown));
      amounts.add(m.amount());
    }
    steps.add(Step.computed(TransferStep.SPLIT_TOTAL, reward, List.of(), amounts, reward));

    MainContributorsCheck main = a.mainContributors().orElseThrow();
    List<Citation> mainCites = main.rule().map(p -> List.of(p.citation())).orElse(List.of());
    Share mainShare = main.mainShare().orElse(null);
    switch (main.outcome()) {
      case MET -> steps.add(Step.of(TransferStep.MAIN_MET, mainCites, main.ruleOrNull(), main.mainTotal(), mainShare,
          main.requiredOrNull(), reward));
      case NOT_MET -> steps.add(Step.of(TransferStep.MAIN_NOT_MET, mainCites, main.ruleOrNull(), main.mainTotal(),
          mainShare, main.requiredOrNull(), reward, main.gap().orElseThrow()));
      case NONE_MARKED -> steps.add(Step.of(TransferStep.MAIN_NONE_MARKED, mainCites, main.ruleOrNull(),
          main.requiredOrNull(), reward));
      case RULE_MAY_NOT_BE_IN_FORCE -> steps.add(Step.of(TransferStep.MAIN_RULE_UNCERTAIN, mainCites,
          main.ruleOrNull(), main.mainTotal(), mainShare, main.requiredOrNull(),
          Phrase.of(main.gap().orElseThrow().isZero() ? "transfer.main.wouldMeet" : "transfer.main.wouldNotMeet",
              main.gap().get()), main.ruleOrNull().statusOn(c.date()).reason()));
      case NOT_APPLICABLE -> steps.add(Step.of(TransferStep.MAIN_NOT_APPLICABLE));
    }

    WageIncomeCheck wage = a.wageIncome();
    List<Citation> wageCites = wage.rule().map(p -> List.of(p.citation())).orElse(List.of());
    switch (wage.applies()) {
      case YES -> steps.add(Step.of(TransferStep.WAGE_APPLIES, wageCites, wage.ruleOrNull(),
          wage.terms().orElseThrow().counted(), wage.ruleOrNull().notes()));
      case UNCERTAIN -> steps.add(Step.of(TransferStep.WAGE_UNCERTAIN, wageCites, wage.ruleOrNull(),
          wage.terms().orElseThrow().counted(), wageWhy(wage, c), wage.ruleOrNull().notes()));
      case NO -> steps.add(wage.ruleOrNull() == null ? Step.of(TransferStep.WAGE_NO_RULE, wageCites)
          : Step.of(TransferStep.WAGE_NOT_APPLICABLE, wageCites, wage.ruleOrNull(), wageWhy(wage, c)));
    }
    if (wage.applies() != Answer.NO) {
      WageInclusion terms = wage.terms().orElseThrow();
      for (MemberReward m : parts) {
        steps.add(Step.computed(TransferStep.WAGE_MEMBER, m.wageIncomeCountedOrNull(), List.of(), m.name(),
            m.amount(), terms.counted(), m.wageIncomeCountedOrNull()));
      }
    }
  }

  private static Phrase wageWhy(WageIncomeCheck wage, TransferCase c) {
    return switch (wage.outcome()) {
      case NOT_IN_FORCE, RULE_MAY_NOT_BE_IN_FORCE -> Phrase.of("transfer.wageWhy." + wage.outcome().name(),
          wage.ruleOrNull().statusOn(c.date()).reason());
      default -> Phrase.of("transfer.wageWhy." + wage.outcome().name());
    };
  }

  private static void weights(TransferCase c, List<Step> warnings) {
    boolean anyPercent = false;
    boolean allPercent = true;
    Share sum = Share.ZERO;
    for (TeamMember m : c.team()) {
      anyPercent |= m.percent();
      allPercent &= m.percent();
      if (m.percent()) {
        sum = plus(sum, m.weight());
      }
    }
    if (anyPercent && !allPercent) {
      warnings.add(Step.of(TransferStep.WEIGHTS_MIXED));
    } else if (anyPercent && sum.compareTo(Share.ONE) != 0) {
      warnings.add(Step.of(TransferStep.PERCENTAGES_NOT_WHOLE, sum));
    }
  }

  private static Share plus(Share a, Share b) {
    BigInteger n = BigInteger.valueOf(a.numerator()).multiply(BigInteger.valueOf(b.denominator()))
        .add(BigInteger.valueOf(b.numerator()).multiply(BigInteger.valueOf(a.denominator())));
    BigInteger d = BigInteger.valueOf(a.denominator()).multiply(BigInteger.valueOf(b.denominator()));
    BigInteger g = n.gcd(d);
    return Share.ofFraction(n.divide(g).longValueExact(), d.divide(g).longValueExact());
  }

  // ------------------------------------------------------------------ provisions relied on

  /** The provisions a result rests on: binding or possibly binding standards, the floors chosen, the team rules. */
  static Set<Provision> reliedOn(TransferRewardAssessment a) {
    Set<Provision> out = new LinkedHashSet<>();
    for (StatutoryMinimum m : a.standardsArray()) {
      if (m.binds() != Answer.NO) {
        out.add(m.provision());
      }
    }
    a.statutoryMinimum().ifPresent(m -> out.add(m.provision()));
    a.policyFloor().ifPresent(f -> out.add(f.provision()));
    a.uncertainPolicyFloor().ifPresent(f -> out.add(f.provision()));
    a.floorDisplacedByContract().ifPresent(f -> out.add(f.provision()));
    a.mainContributors().flatMap(MainContributorsCheck::rule).ifPresent(out::add);
    if (a.wageIncome().applies() != Answer.NO && !a.split().isEmpty()) {
      a.wageIncome().rule().ifPresent(out::add);
    }
    return out;
  }

  /** The provisions whose side notes are shown: those relied on and confirmed, but the wage rule (its notes are its
   * conditions, shown in its step). */
  static List<Provision> noted(TransferRewardAssessment a) {
    List<Provision> out = new ArrayList<>();
    for (Provision p : reliedOn(a)) {
      if (p.confidence() == Confidence.CONFIRMED && !p.notes().isEmpty() && !(p.terms() instanceof WageInclusion)) {
        out.add(p);
      }
    }
    return out;
  }

  private static Phrase unit(OwningUnit u) {
    return Phrase.of("transfer.unit", Phrase.of("transfer.kind." + u.kind().name()),
        Phrase.of("transfer.established." + u.stateEstablished().name()),
        Phrase.of(u.provincial() ? "transfer.provincial.yes" : "transfer.provincial.no"));
  }

  static Phrase mode(TransferMode mode) {
    return Phrase.of("transfer.mode." + mode.name());
  }
}
