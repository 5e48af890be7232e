package org.zhongchuang.policy.examples.cli;

import static org.zhongchuang.policy.examples.cli.Reports.t;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.zhongchuang.policy.PolicyInputException;
import org.zhongchuang.policy.catalogue.UnitKind;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.money.Share;
import org.zhongchuang.policy.text.Language;
import org.zhongchuang.policy.transfer.DateNotCoveredException;
import org.zhongchuang.policy.transfer.MemberReward;
import org.zhongchuang.policy.transfer.MinimumOutcome;
import org.zhongchuang.policy.transfer.PolicyFloor;
import org.zhongchuang.policy.transfer.TeamMember;
import org.zhongchuang.policy.transfer.TransferCase;
import org.zhongchuang.policy.transfer.TransferInputException;
import org.zhongchuang.policy.transfer.TransferMode;
import org.zhongchuang.policy.transfer.TransferRewardAssessment;
import org.zhongchuang.policy.transfer.TransferRewardCalculator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code policy transfer}: the minimum reward from results-transfer income, and a check of a proposed reward. */
@Command(name = "transfer", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Minimum reward from results-transfer income (科技成果转化收益奖励).",
        "The reward to the people who made and transferred a job-related achievement (职务科技成果), as a share of",
        "the net transfer or licence income; checks a proposed reward and splits it among a team to the fen."})
final class TransferCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--jurisdiction", required = true, paramLabel = "J",
      converter = Converters.JurisdictionConverter.class,
      description = "Where the unit is: a code (330400), pinyin (jiaxing, lanbai) or Chinese name (嘉兴市).")
  Jurisdiction jurisdiction;

  @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", converter = Converters.DateConverter.class,
      description = "The day the reward is decided (which law and policy are in force).")
  LocalDate date;

  @Option(names = "--net-income", required = true, paramLabel = "AMOUNT",
      converter = Converters.AmountConverter.class,
      description = "Net income from transferring or licensing the achievement (转让净收入/许可净收入).")
  Cny netIncome;

  @Option(names = "--unit", paramLabel = "university|research-institute|enterprise|other", defaultValue = "other",
      converter = Converters.UnitConverter.class,
      description = "The kind of unit that owns the achievement (default: ${DEFAULT-VALUE}).")
  UnitKind unit;

  @Option(names = "--public", description = "The unit was set up by the state or with public funds.")
  boolean isPublic;

  @Option(names = "--provincial", description = "The unit is provincially owned (省属).")
  boolean provincial;

  @Option(names = "--proposed", paramLabel = "AMOUNT", converter = Converters.AmountConverter.class,
      description = "A proposed reward, checked against the statutory minimum and the policy floor.")
  Cny proposed;

  @Option(names = "--split", paramLabel = "NAME=WEIGHT", split = ",",
      description = {"Share the reward (the proposal, else the minimum) among the team by weight, e.g.",
          "张三=3,李四=2,王五=1; weights are whole numbers, decimals, percentages or ratios."})
  List<String> split;

  @Option(names = "--contract-otherwise",
      description = "The contract provides otherwise (除合同另有约定), which displaces a floor that yields to it.")
  boolean contractOtherwise;

  @Mixin OutputOptions output;

  @Mixin CatalogueOption catalogue;

  @Override
  public Integer call() {
    TransferCase.Builder builder = TransferCase.builder().jurisdiction(jurisdiction).date(date)
        .unit(unit, isPublic, provincial).mode(TransferMode.TRANSFER_OR_LICENCE).amount(netIncome)
        .contractProvidesOtherwise(contractOtherwise);
    if (proposed != null) {
      builder.proposedReward(proposed);
    }
    for (String member : split == null ? List.<String>of() : split) {
      Refusals.about(spec, "--split", () -> builder.member(member(member)));
    }
    TransferCase transferCase;
    try {
      transferCase = builder.build();
    } catch (PolicyInputException e) {
      // Reachable from the command line: a negative amount, or a repeated name in the team.
      String option = netIncome.isNegative() ? "--net-income"
          : proposed != null && proposed.isNegative() ? "--proposed" : "--split";
      throw Refusals.invalid(spec, option, e.getMessage());
    }
    TransferRewardAssessment assessment;
    try {
      assessment = new TransferRewardCalculator(catalogue.catalogue()).assess(transferCase);
    } catch (DateNotCoveredException e) {
      throw Refusals.invalid(spec, "--date", e.getMessage());
    } catch (TransferInputException e) {
      throw Refusals.invalid(spec, "--split", e.getMessage());
    }
    return output.print(spec, l -> json(assessment, l), l -> text(assessment, l));
  }

  private TeamMember member(String text) {
    int eq = text.lastIndexOf('=');
    if (eq < 0) {
      throw new PolicyInputException("cannot read team member '" + text
          + "'; accepted: NAME=WEIGHT, e.g. 张三=3 (weights: whole numbers, decimals, percentages or ratios)");
    }
    return TeamMember.of(text.substring(0, eq).strip(), Share.parse(text.substring(eq + 1)));
  }

  static Json.Obj json(TransferRewardAssessment a, Language language) {
    List<Object> split = new ArrayList<>();
    for (MemberReward m : a.split()) {
      split.add(Json.object().put("name", m.name()).put("amount", m.amount()).put("weight", m.weight()));
    }
    return Json.object()
        .put("jurisdiction", a.transferCase().jurisdiction().key())
        .put("date", a.transferCase().date().toString())
        .put("unit", a.transferCase().unit().kind().name().toLowerCase(Locale.ROOT).replace('_', '-'))
        .put("netIncome", a.netIncome().orElse(null))
        .put("statutoryMinimumShare", a.statutoryMinimumShare().orElse(null))
        .put("statutoryMinimumIsHard", a.statutoryMinimumIsHard())
        .put("policyFloorShare", a.policyFloorShare().orElse(null))
        .put("minimumReward", a.minimumReward().orElse(null))
        .put("complies", a.complies().orElse(null))
        .put("shortfall", a.shortfall().orElse(null))
        .put("split", split)
        .put("citations", Reports.citations(a.citations(), language))
        .put("warnings", Reports.texts(a.warnings(), language))
        .put("bindingShare", a.bindingShare().orElse(null))
        .put("statutoryProvision", a.statutoryMinimum().map(s -> s.provision().id()).orElse(null))
        .put("policyFloorProvision", a.policyFloor().map(f -> f.provision().id()).orElse(null))
        .put("ifUncertainFloorInForce", a.uncertainPolicyFloor().map(f -> uncertain(f, a)).orElse(null))
        .put("sideNotes", Reports.texts(a.sideNotes(), language))
        .put("steps", Reports.steps(a.explanation(), language));
  }

  private static Json.Obj uncertain(PolicyFloor floor, TransferRewardAssessment a) {
    MinimumOutcome outcome = a.ifUncertainFloorInForce().orElseThrow();
    return Json.object()
        .put("provision", floor.provision().id())
        .put("policyFloorShare", floor.share())
        .put("bindingShare", outcome.bindingShare().orElse(null))
        .put("minimumReward", outcome.minimumReward().orElse(null))
        .put("complies", outcome.complies().orElse(null))
        .put("shortfall", outcome.shortfall().orElse(null));
  }

  static String text(TransferRewardAssessment a, Language language) {
    StringBuilder out = new StringBuilder();
    TransferCase c = a.transferCase();
    out.append(t(language, "科技成果转化收益奖励：", "Results-transfer reward: ")).append(Reports.place(c.jurisdiction(),
        language)).append(t(language, "，", ", ")).append(c.date()).append(t(language, "，", ", "))
        .append(c.unit().describe().in(language)).append('\n');
    a.netIncome().ifPresent(n -> out.append(t(language, "转让净收入：", "Net income: "))
        .append(Reports.yuan(n, language)).append('\n'));
    out.append(t(language, "法定最低比例：", "Statutory minimum: "))
        .append(a.statutoryMinimumShare().map(Share::toPercentString).orElse(t(language, "无", "none")))
        .append(a.statutoryMinimumIsHard() ? t(language, "（强制性下限）", " (hard minimum)")
            : t(language, "（默认标准）", " (default)")).append('\n');
    out.append(t(language, "地方政策下限：", "Local policy floor: "))
        .append(a.policyFloor().map(f -> f.share().toPercentString() + " (" + f.provision().citation().reference()
            + ")").orElse(t(language, "无", "none"))).append('\n');
    a.uncertainPolicyFloor().ifPresent(f -> out.append(t(language, "是否有效无法确定的政策下限：",
        "Policy floor whose being in force cannot be known: ")).append(f.share().toPercentString()).append(" (")
        .append(f.provision().citation().reference()).append(")\n"));
    out.append(t(language, "最低奖励：", "Minimum reward: "))
        .append(a.minimumReward().map(m -> Reports.yuan(m, language)).orElse(t(language, "无", "none")))
        .append('\n');
    a.complies().ifPresent(ok -> out.append(t(language, "拟奖励 ", "Proposed ")).append(
        Reports.yuan(c.proposedReward().orElseThrow(), language)).append(ok ? t(language, "：符合", ": complies")
        : t(language, "：不足 ", ": short by ") + Reports.yuan(a.shortfall().orElseThrow(), language)).append('\n'));
    if (!a.split().isEmpty()) {
      out.append(t(language, "团队分配：", "Team split:")).append('\n');
      a.split().forEach(m -> out.append("  ").append(m.name()).append(" (").append(m.weight().toBigDecimal().stripTrailingZeros().toPlainString())
          .append(") ").append(Reports.yuan(m.amount(), language)).append('\n'));
    }
    out.append('\n').append(a.render(language));
    return out.toString();
  }
}
