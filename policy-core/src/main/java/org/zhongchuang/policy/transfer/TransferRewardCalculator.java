package org.zhongchuang.policy.transfer;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.zhongchuang.policy.batch.Batch;
import org.zhongchuang.policy.batch.CaseOutcome;
import org.zhongchuang.policy.catalogue.Catalogue;
import org.zhongchuang.policy.catalogue.Confidence;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.catalogue.RewardFloor;
import org.zhongchuang.policy.explain.Explanation;
import org.zhongchuang.policy.explain.LegacyText;
import org.zhongchuang.policy.explain.Step;
import org.zhongchuang.policy.law.Applicability;
import org.zhongchuang.policy.law.Citation;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.money.Share;
import org.zhongchuang.policy.text.Text;

/**
 * Results-transfer rewards (科技成果转化收益奖励, PROVISIONS.md §3): for a {@link TransferCase} it finds the statutory
 * minimum in force on the date (促进科技成果转化法 1996 or 2015 第四十五条) and whether it is hard for the unit, the local
 * policy floor of the most specific jurisdiction that reaches the unit, the binding minimum reward, whether a proposed
 * reward complies, and the team's exact split.
 *
 * <p>Every share, date and scope is read from the catalogue's {@link RewardFloor} provisions: a provision replaced
 * through {@link Catalogue#withReplaced} changes the result, and the explanation cites it as modified.
 *
 * <p>This class is immutable and thread-safe; {@link #assess} is a pure function of the catalogue and the case.
 */
public final class TransferRewardCalculator implements Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * The clause that makes the statutory standards hard for state-established institutes (第四十五条第二款); cited,
   * never computed with. The unit scope it reaches is data: {@link RewardFloor#hardFor()}.
   */
  static final String HARD_MINIMUM_CLAUSE = "N-2015-HARD";

  private static final TransferRewardCalculator BUILT_IN = new TransferRewardCalculator(Catalogue.builtIn());

  private final Catalogue catalogue;

  /** @param catalogue the provisions to read, not null */
  public TransferRewardCalculator(Catalogue catalogue) {
    this.catalogue = requireNonNull(catalogue, "catalogue");
  }

  /** A calculator over {@link Catalogue#builtIn()}. */
  public static TransferRewardCalculator builtIn() {
    return BUILT_IN;
  }

  /** The catalogue it reads. */
  public Catalogue catalogue() {
    return catalogue;
  }

  /**
   * Assesses a case.
   *
   * @param transferCase not null
   * @return the statutory minimum, policy floor, binding minimum, compliance, split, notes and explanation
   * @throws DateNotCoveredException if the date is before the first statutory minimum the catalogue knows
   *     (1996-10-01 in the built-in catalogue)
   * @throws TransferInputException if the case has a team but there is no reward to split (nothing proposed and no
   *     minimum amount)
   * @throws IllegalStateException if the catalogue holds two national floors in force for one mode on one day
   */
  public TransferRewardAssessment assess(TransferCase transferCase) {
    requireNonNull(transferCase, "transferCase");
    return new Assessment(transferCase).run();
  }

  /**
   * Assesses a population, lazily, one outcome per case in the cases' order, on a sequential or a parallel stream;
   * a refused case becomes an {@link CaseOutcome.Refused} with the reason and the batch goes on.
   *
   * @param cases not null, with no null element
   * @return the outcomes, in order
   */
  public Stream<CaseOutcome<TransferCase, TransferRewardAssessment>> assessAll(Stream<TransferCase> cases) {
    return Batch.assessAll(cases, this::assess);
  }

  /** One assessment's working state: steps, warnings and notes are gathered in order. */
  private final class Assessment {
    private final TransferCase c;
    private final LocalDate date;
    private final RewardFloor.Basis basis;
    private final List<Step> steps = new ArrayList<>();
    private final Set<Text> warnings = new LinkedHashSet<>();
    private final Set<Text> notes = new LinkedHashSet<>();

    Assessment(TransferCase c) {
      this.c = c;
      this.date = c.date();
      this.basis = c.mode().basis();
    }

    TransferRewardAssessment run() {
      StatutoryMinimum statutory = statutoryMinimum();
      LocalFloors local = localFloors();
      Cny amount = c.amount().orElse(null);
      Cny proposed = c.proposedReward().orElse(null);

      Share statutoryShare = statutory == null ? null : statutory.share();
      MinimumOutcome outcome = new MinimumOutcome(
          max(statutoryShare, local.certain == null ? null : local.certain.share()), amount, proposed);
      bindingSteps(statutory, local.certain, outcome, Text.of("", ""));
      MinimumOutcome alternative = null;
      if (local.uncertain != null) {
        alternative = new MinimumOutcome(max(statutoryShare, local.uncertain.share()), amount, proposed);
        Text ifInForce = Text.of("若" + local.uncertain.provision().id() + "已施行：",
            "if " + local.uncertain.provision().id() + " is in force: ");
        bindingSteps(statutory, local.uncertain, alternative, ifInForce);
        warnings.add(Text.of(local.uncertain.provision().id() + "（" + local.uncertain.share() + "）在 " + date
                + " 是否施行无法确定，主要结果只计确定施行的规定；若其已施行，最低比例为 "
                + alternative.bindingShare().orElseThrow() + minimumClause(alternative, true) + "。原因：",
            "whether " + local.uncertain.provision().id() + " (" + local.uncertain.share() + ") is in force on "
                + date + " cannot be known; the main figures count only provisions certainly in force; if it is in"
                + " force, the minimum share is " + alternative.bindingShare().orElseThrow()
                + minimumClause(alternative, false) + ". Why: ").plus(local.uncertain.applicability().reasonText()));
      }
      if (outcome.bindingShare().isEmpty() && proposed != null) {
        warnings.add(Text.of("没有已知的最低比例，无法判断建议奖励是否合规",
            "with no minimum share known, the proposed reward cannot be judged"));
      }
      complianceSteps(statutory, local.certain, outcome);
      RewardYears years = years(statutory, local.certain);
      ImmutableList<MemberReward> split = split(outcome);
      return new TransferRewardAssessment(c, statutory, local.certain, local.uncertain, local.displaced, outcome,
          alternative, years, split, ImmutableList.copyOf(notes), LegacyText.explanation(steps, ImmutableList.copyOf(warnings)));
    }

    // ------------------------------------------------------------------ statutory minimum

    private StatutoryMinimum statutoryMinimum() {
      List<Provision> national = catalogue.withTerms(RewardFloor.class).stream()
          .filter(p -> p.jurisdiction().depth() == 0).collect(Collectors.toList());
      LocalDate first = national.stream().map(p -> p.validity().earliestStart()).min(Comparator.naturalOrder())
          .orElseThrow(() -> new IllegalStateException("the catalogue holds no national reward floor"));
      if (date.isBefore(first)) {
        String known = national.stream().filter(p -> p.validity().earliestStart().equals(first))
            .map(p -> p.id() + ", " + p.citation().reference() + " " + floor(p).summary().en())
            .collect(Collectors.joining("; "));
        throw new DateNotCoveredException(date, first, known);
      }
      List<Provision> forMode = national.stream().filter(p -> floor(p).basis() == basis)
          .filter(p -> c.unit().isIn(floor(p).appliesTo())).collect(Collectors.toList());
      List<Provision> inForce = new ArrayList<>();
      for (Provision p : forMode) {
        Applicability a = p.statusOn(date);
        if (a.isInForce()) {
          inForce.add(p);
        } else if (a.isUncertain()) {
          warnings.add(Text.of(p.id() + " 的施行情况无法确定，未计入：", p.id() + " may or may not be in force and is not"
              + " counted: ").plus(a.reasonText()));
        }
      }
      if (inForce.size() > 1) {
        throw new IllegalStateException("the catalogue has " + inForce.size() + " national reward floors for "
            + basis + " in force on " + date + ": " + inForce + "; at most one is expected");
      }
      if (inForce.isEmpty()) {
        List<Provision> others = national.stream().filter(p -> p.statusOn(date).isInForce())
            .collect(Collectors.toList());
        Text none = Text.of("在 " + date + " 没有已知的" + c.mode().label().zh() + "法定最低比例",
            "no statutory minimum is known for " + c.mode().label().en() + " on " + date);
        if (!others.isEmpty()) {
          none = none.plus(Text.of("；当日施行的法定标准只涉及其他方式：", "; the statutory standards in force that day"
              + " cover other modes only: ")).plus(join(others.stream()
                  .map(p -> Text.of(p.id() + "（", p.id() + " (").plus(floor(p).summary()).plus(Text.of("）", ")")))
                  .collect(Collectors.toList()), Text.of("，", ", ")));
        }
        steps.add(LegacyText.decision(none));
        warnings.add(none);
        return null;
      }
      Provision p = inForce.get(0);
      boolean hard = floor(p).hardFor().map(scope -> c.unit().isIn(scope)).orElse(false);
      StatutoryMinimum statutory = new StatutoryMinimum(p, hard);
      List<Citation> cites = new ArrayList<>(List.of(p.citation()));
      Text force;
      if (hard) {
        catalogue.find(HARD_MINIMUM_CLAUSE).filter(h -> h.statusOn(date).isInForce())
            .ifPresent(h -> cites.add(h.citation()));
        force = Text.of("对本单位（" + c.unit().describe().zh() + "）为强制性下限：单位规定或约定的奖励不得低于此标准",
            "a hard minimum for this unit (" + c.unit().describe().en() + "): no unit rule or agreement may go below it");
      } else {
        force = Text.of("对本单位（" + c.unit().describe().zh() + "）为默认标准：单位未规定、也未与科技人员约定时适用，单位规定或约定可另定",
            "a default for this unit (" + c.unit().describe().en() + "): it applies where the unit has no rule and no"
                + " agreement, which may set another amount");
      }
      steps.add(LegacyText.step(Text.of(date + " 施行的法定最低标准：", "statutory minimum in force on " + date + ": ")
          .plus(floor(p).summary()).plus(Text.of("；", "; ")).plus(force).plus(modified(p)), "", Optional.empty(),
          cites));
      caveats(p);
      return statutory;
    }

    // ------------------------------------------------------------------ local policy floors

    private LocalFloors localFloors() {
      List<Provision> chain = catalogue.withTerms(RewardFloor.class).stream()
          .filter(p -> p.jurisdiction().depth() > 0 && c.jurisdiction().isWithin(p.jurisdiction()))
          .sorted(Comparator.<Provision>comparingInt(p -> -p.jurisdiction().depth())
              .thenComparing(p -> floor(p).minimum(), Comparator.reverseOrder())
              .thenComparing(Provision::id))
          .collect(Collectors.toList());
      LocalFloors result = new LocalFloors();
      for (Provision p : chain) {
        RewardFloor f = floor(p);
        Applicability a = p.statusOn(date);
        Text outcome;
        boolean cited = false;
        if (f.basis() != basis) {
          outcome = Text.of("不适用：该规定针对其他收益形式", "does not apply: it concerns another kind of income");
        } else if (!c.unit().isIn(f.appliesTo())) {
          outcome = Text.of("不适用：该规定只涉及" + f.appliesTo().describe().zh() + "，本单位为" + c.unit().describe().zh(),
              "does not apply: it reaches " + f.appliesTo().describe().en() + " only; this unit is "
                  + c.unit().describe().en());
        } else if (a.isNotInForce()) {
          outcome = Text.of("不适用：", "does not apply: ").plus(a.reasonText());
        } else if (f.yieldsToContract() && c.contractProvidesOtherwise()) {
          outcome = Text.of("不约束：合同另有约定（“除合同另有约定外”）", "does not bind: the contract provides otherwise"
              + " (\"除合同另有约定外\")");
          cited = true;
          if (result.displaced == null) {
            result.displaced = new PolicyFloor(p, a);
          }
          warnings.add(Text.of(p.id() + " 的 " + f.minimum() + " 下限因合同另有约定而不约束；只适用法定标准及其他地方规定",
              "the " + f.minimum() + " floor of " + p.id() + " yields to the contract, which provides otherwise;"
                  + " only the statutory standard and any other local floor apply"));
        } else if (result.certain != null || result.uncertain != null && a.isUncertain()) {
          Provision winner = (result.uncertain != null ? result.uncertain : result.certain).provision();
          boolean deeper = winner.jurisdiction().depth() > p.jurisdiction().depth();
          outcome = Text.of("被" + (deeper ? "更具体的" : "同一地方更高的") + winner.id() + "（"
                  + winner.jurisdiction().chineseName() + "）取代", "superseded by the "
                  + (deeper ? "more specific " : "higher floor of the same place, ") + winner.id() + " ("
                  + winner.jurisdiction().englishName() + ")");
        } else if (a.isUncertain()) {
          result.uncertain = new PolicyFloor(p, a);
          cited = true;
          outcome = Text.of("是否施行无法确定（见注意事项）：", "may or may not be in force (see warnings): ").plus(a.reasonText());
          caveats(p);
        } else {
          result.certain = new PolicyFloor(p, a);
          cited = true;
          outcome = Text.of("适用（最具体的施行中的地方规定）", "applies (the most specific local floor in force)");
          if (result.uncertain != null) {
            outcome = outcome.plus(Text.of("；若更具体的" + result.uncertain.provision().id() + "已施行，则由其取代",
                "; if the more specific " + result.uncertain.provision().id() + " is in force, it takes precedence"));
          }
          caveats(p);
        }
        steps.add(LegacyText.step(Text.of("地方规定 " + p.id() + "（" + p.jurisdiction().chineseName() + "）：",
                "local provision " + p.id() + " (" + p.jurisdiction().englishName() + "): ").plus(f.summary())
            .plus(Text.of("，", ", ")).plus(forceText(f)).plus(Text.of("——", " — ")).plus(outcome)
            .plus(modified(p)), "", Optional.empty(), cited ? List.of(p.citation()) : List.of()));
      }
      if (chain.isEmpty()) {
        steps.add(LegacyText.decision(Text.of(c.jurisdiction().chineseName() + "及其上级地方未规定奖励比例下限，只适用国家法定标准",
            "neither " + c.jurisdiction().englishName() + " nor any place it lies within sets a reward floor; the"
                + " national statutory standard alone applies")));
      }
      return result;
    }

    // ------------------------------------------------------------------ binding minimum and compliance

    private void bindingSteps(StatutoryMinimum statutory, PolicyFloor floor, MinimumOutcome outcome, Text prefix) {
      if (outcome.bindingShare().isEmpty()) {
        return;
      }
      Share binding = outcome.bindingShare().get();
      List<Citation> cites = new ArrayList<>();
      List<String> terms = new ArrayList<>();
      if (statutory != null) {
        cites.add(statutory.provision().citation());
        terms.add(statutory.share().toString());
      }
      if (floor != null) {
        cites.add(floor.provision().citation());
        terms.add(floor.share().toString());
      }
      steps.add(LegacyText.step(prefix.plus(Text.of("约束性最低比例取法定标准与地方下限中较高者",
          "the binding minimum share is the higher of the statutory standard and the local floor")),
          (terms.size() > 1 ? "max(" + String.join(", ", terms) + ") = " : "") + binding, Optional.empty(), cites));
      Optional<Cny> amount = c.amount();
      if (outcome.minimumReward().isPresent()) {
        RewardYears years = years(statutory, floor);
        Text what = years != null
            ? Text.of("每年最低奖励（投产后连续" + years.min() + "至" + years.max() + "年）",
                "minimum reward each year (for " + years.min() + " to " + years.max() + " years after production starts)")
            : Text.of("最低奖励", "minimum reward");
        steps.add(LegacyText.computation(prefix.plus(what).plus(Text.of("＝" + c.mode().amountLabel().zh() + " × 约束性最低比例，四舍五入到分",
                " = " + c.mode().amountLabel().en() + " × binding share, rounded half-up to the fen")),
            amount.orElseThrow().format() + " × " + binding + " = " + outcome.minimumReward().get().format(),
            outcome.minimumReward().get(), cites));
      } else if (amount.isEmpty()) {
        steps.add(LegacyText.decision(prefix.plus(Text.of("未给出股份价值：最低奖励为作价投资形成的股份或出资比例的 " + binding,
            "no value of the shares given: the minimum reward is " + binding
                + " of the shares or capital contribution formed"))));
      }
    }

    private void complianceSteps(StatutoryMinimum statutory, PolicyFloor floor, MinimumOutcome outcome) {
      Optional<Cny> proposed = c.proposedReward();
      if (proposed.isEmpty()) {
        return;
      }
      Cny amount = c.amount().orElseThrow();
      if (statutory != null) {
        check("法定标准", "the statutory standard", statutory.provision(),
            new ComplianceCheck(statutory.share(), amount.multipliedBy(statutory.share(), RoundingMode.HALF_UP),
                proposed.get()));
      }
      if (floor != null) {
        check("地方下限", "the local floor", floor.provision(),
            new ComplianceCheck(floor.share(), amount.multipliedBy(floor.share(), RoundingMode.HALF_UP),
                proposed.get()));
      }
      outcome.check().ifPresent(check -> steps.add(LegacyText.computation(
          check.complies()
              ? Text.of("建议奖励达到约束性最低奖励", "the proposed reward meets the binding minimum")
              : Text.of("建议奖励低于约束性最低奖励，差额如下", "the proposed reward falls short of the binding minimum by"),
          shortfallFormula(check), check.shortfall(), ImmutableList.of())));
    }

    private String shortfallFormula(ComplianceCheck check) {
      return check.proposed().format() + (check.complies() ? " ≥ " : " < ") + check.minimum().format() + "; max(0, "
          + check.minimum().format() + " − " + check.proposed().format() + ") = " + check.shortfall().format();
    }

    private void check(String zh, String en, Provision p, ComplianceCheck check) {
      steps.add(LegacyText.computation(Text.of("建议奖励与" + zh + "（" + check.share() + "）比较："
              + (check.complies() ? "达到" : "未达到"),
              "the proposed reward against " + en + " (" + check.share() + "): "
                  + (check.complies() ? "meets it" : "falls short")),
          shortfallFormula(check), check.shortfall(), ImmutableList.of(p.citation())));
    }

    // ------------------------------------------------------------------ team split

    private ImmutableList<MemberReward> split(MinimumOutcome outcome) {
      if (c.team().isEmpty()) {
        return ImmutableList.of();
      }
      Text which;
      Cny reward;
      if (c.proposedReward().isPresent()) {
        reward = c.proposedReward().get();
        which = Text.of("按权重分配建议奖励 ", "the proposed reward ");
      } else if (outcome.minimumReward().isPresent()) {
        reward = outcome.minimumReward().get();
        which = Text.of("按权重分配约束性最低奖励 ", "the binding minimum reward ");
      } else {
        throw new TransferInputException("a team split needs a reward in yuan, but nothing is proposed and no minimum"
            + " amount is known (no amount given, or no minimum share known for " + c.mode() + " on " + date
            + "); accepted: give proposedReward(...) or amount(...)");
      }
      ImmutableList<MemberReward> parts = TeamSplit.split(reward, c.team());
      BigInteger[] weights = TeamSplit.wholeWeights(c.team());
      BigInteger total = BigInteger.ZERO;
      for (BigInteger w : weights) {
        total = total.add(w);
      }
      steps.add(LegacyText.decision(which.plus(Text.of(reward.format() + " 元：先按权重取到分（舍去），剩余的分按余数从大到小逐一补足，余数相同时按名单顺序",
          reward.format() + " yuan is split by weight: each member first gets the fen below their exact share, the"
              + " fen left over go one each to the largest remainders, ties in the order listed"))));
      for (int i = 0; i < parts.size(); i++) {
        MemberReward m = parts.get(i);
        BigInteger scaled = BigInteger.valueOf(reward.toFen()).multiply(weights[i]).multiply(BigInteger.valueOf(100));
        // fen × 100 / total, read with four decimals of yuan: an ellipsis marks a share that does not end there.
        BigDecimal exact = new BigDecimal(scaled.divide(total), 4);
        boolean exactEnough = scaled.mod(total).signum() == 0;
        steps.add(LegacyText.computation(Text.of(m.name() + "（权重 " + m.weight().toDecimalString() + "）",
                m.name() + " (weight " + m.weight().toDecimalString() + ")"),
            reward.format() + " × " + weights[i] + "/" + total + " = " + String.format(Locale.ROOT, "%,.4f", exact)
                + (exactEnough ? "" : "…") + " → " + m.amount().format(), m.amount(), ImmutableList.of()));
      }
      steps.add(LegacyText.computation(Text.of("各成员金额合计，恰等于被分配的奖励", "the parts add up exactly to the reward split"),
          parts.stream().map(m -> m.amount().format()).collect(Collectors.joining(" + ")) + " = "
              + Cny.total(parts.stream().map(MemberReward::amount).collect(Collectors.toList())).format(),
          reward, ImmutableList.of()));
      return parts;
    }

    // ------------------------------------------------------------------ helpers

    /** The yearly span of an operating-profit reward, from the statutory standard or else the floor. */
    private RewardYears years(StatutoryMinimum statutory, PolicyFloor floor) {
      if (basis != RewardFloor.Basis.OPERATING_PROFIT) {
        return null;
      }
      RewardFloor f = statutory != null ? statutory.terms() : floor != null ? floor.terms() : null;
      return f == null ? null : new RewardYears(f.minYears(), f.maxYears());
    }

    /** "，最低奖励 … 元，差额 … 元" for a warning about the other reading. */
    private String minimumClause(MinimumOutcome outcome, boolean zh) {
      StringBuilder s = new StringBuilder();
      outcome.minimumReward().ifPresent(m -> s.append(zh ? "，最低奖励 " + m.format() + " 元" : ", the minimum reward "
          + m.format()));
      outcome.shortfall().filter(Cny::isPositive).ifPresent(d -> s.append(zh ? "，建议奖励差额 " + d.format() + " 元" : ", and the proposal falls"
          + " short by " + d.format()));
      return s.toString();
    }

    /**
     * A provision used: its side notes are kept, except that a provision not read in an official copy has its notes
     * (which then are caveats about its wording) flagged as a warning; a provision changed by the caller is flagged.
     */
    private void caveats(Provision p) {
      if (p.confidence() != Confidence.CONFIRMED) {
        Text why = join(p.notes(), Text.of("；", "; "));
        warnings.add(Text.of(p.id() + " 的可信度为 " + p.confidence() + "：", p.id() + " is " + p.confidence()
            + ": ").plus(why));
      } else {
        notes.addAll(p.notes());
      }
      p.modification().ifPresent(m -> warnings.add(Text.of(p.id() + " 已被修改：", p.id() + " is modified: ").plus(m)));
    }

    private Text modified(Provision p) {
      return p.modification().map(m -> Text.of("〔已修改：" + m.zh() + "〕", " [modified: " + m.en() + "]"))
          .orElse(Text.of("", ""));
    }
  }

  /** The local floors found for a case: the certain one, a more specific uncertain one, one displaced by contract. */
  private static final class LocalFloors {
    PolicyFloor certain;
    PolicyFloor uncertain;
    PolicyFloor displaced;
  }

  private static RewardFloor floor(Provision p) {
    return (RewardFloor) p.terms();
  }

  private static Share max(Share a, Share b) {
    if (a == null) {
      return b;
    }
    return b == null || !b.isGreaterThan(a) ? a : b;
  }

  /** How a local floor binds: every local floor is a policy floor; one may also yield to the contract. */
  private static Text forceText(RewardFloor floor) {
    return floor.yieldsToContract()
        ? Text.of("地方政策下限（合同另有约定的除外）", "local policy floor unless the contract provides otherwise")
        : Text.of("地方政策下限", "local policy floor");
  }

  /** The texts one after another with a separator between them; empty for none. */
  static Text join(List<Text> parts, Text separator) {
    Text out = Text.of("", "");
    for (int i = 0; i < parts.size(); i++) {
      out = i == 0 ? parts.get(0) : out.plus(separator).plus(parts.get(i));
    }
    return out;
  }
}
