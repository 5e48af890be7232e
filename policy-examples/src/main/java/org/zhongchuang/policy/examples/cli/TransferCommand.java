package org.zhongchuang.policy.examples.cli;

import static org.zhongchuang.policy.examples.cli.Reports.t;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.zhongchuang.policy.Answer;
import org.zhongchuang.policy.DateNotCoveredException;
import org.zhongchuang.policy.MissingFactsException;
import org.zhongchuang.policy.PolicyInputException;
import org.zhongchuang.policy.catalogue.UnitKind;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.text.Language;
import org.zhongchuang.policy.transfer.MainContributorsCheck;
import org.zhongchuang.policy.transfer.MemberReward;
import org.zhongchuang.policy.transfer.PolicyFloor;
import org.zhongchuang.policy.transfer.TeamMember;
import org.zhongchuang.policy.transfer.TransferCase;
import org.zhongchuang.policy.transfer.TransferMode;
import org.zhongchuang.policy.transfer.TransferRewardAssessment;
import org.zhongchuang.policy.transfer.TransferRewardCalculator;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code policy transfer}: whether a results-transfer reward complies with the law, whether it reaches the local
 * policy level, and its split among a team.
 */
@Command(name = "transfer", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Results-transfer rewards (科技成果转化收益奖励): does a proposed reward comply with the law, and",
        "does it reach the local policy level? The legal minimum is the statutory standard where it binds the unit;",
        "local floors allow or encourage a higher level and never make a reward unlawful. Splits the reward among a",
        "team to the fen, with the main contributors' share and the wage income counted under 财税〔2018〕58号."})
final class TransferCommand implements Callable<Integer>, CsvBatch.Source {
  @Spec CommandSpec spec;

  @Option(names = "--jurisdiction", paramLabel = "J",
      converter = Converters.JurisdictionConverter.class,
      description = "Where the unit is: a code (330400), pinyin (jiaxing, lanbai) or Chinese name (嘉兴市).")
  Jurisdiction jurisdiction;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = Converters.DateConverter.class,
      description = "The day the reward is decided (which law and policy are in force).")
  LocalDate date;

  @Option(names = {"--net-income", "--amount"}, paramLabel = "AMOUNT", converter = Converters.AmountConverter.class,
      description = {"Net transfer or licence income (转让净收入/许可净收入); with --mode equity the value of the shares",
          "formed (may be left out), with --mode own-implementation the year's profit from implementing it."})
  Cny netIncome;

  @Option(names = "--unit", paramLabel = "university|research-institute|enterprise|other",
      converter = Converters.UnitConverter.class, description = "The kind of unit that owns the achievement.")
  UnitKind unit;

  @Option(names = "--public", description = "The unit was set up by the state or with public funds (国家设立).")
  boolean establishedYes;

  @Option(names = "--not-public", description = "The unit was not set up by the state.")
  boolean establishedNo;


  @Option(names = "--provincial", description = "The unit is provincially owned (省属).")
  boolean provincial;

  @Option(names = "--own-rule", description = "The unit has its own reward rule or an agreement with the researchers (the default of the law"
            + " then does not bind, unless it is hard for the unit).")
  boolean ownRuleYes;

  @Option(names = "--no-own-rule", description = "The unit has no reward rule of its own and no agreement. Neither given: both readings.")
  boolean ownRuleNo;


  @Option(names = "--mode", paramLabel = "transfer|equity|own-implementation", defaultValue = "transfer",
      converter = ModeConverter.class, description = "How the achievement is put to use (default: ${DEFAULT-VALUE}).")
  TransferMode mode;

  @Option(names = "--proposed", paramLabel = "AMOUNT", converter = Converters.AmountConverter.class,
      description = "A proposed reward, checked against the legal minimum and the local policy level.")
  Cny proposed;

  @Option(names = "--split", paramLabel = "NAME=WEIGHT", split = ",",
      description = {"Share the reward (the proposal, else the legal minimum) among the team by weight, e.g.",
          "张三=3,李四=2,王五=1; weights are whole numbers, decimals or ratios (proportions) or percentages of the",
          "reward (50%%); percentages that do not add up to 100%% are warned of."})
  List<String> split;

  @Option(names = "--main", paramLabel = "NAME", split = ",",
      description = "The members of --split who are main contributors (国发〔2016〕16号 二（六）3).")
  List<String> main;

  @Option(names = "--contract-otherwise",
      description = "The contract provides otherwise (除合同另有约定), which displaces a floor that yields to it.")
  boolean contractOtherwise;

  @Option(names = "--non-profit", description = "A private unit that is non-profit (民办非营利性).")
  boolean nonProfitYes;

  @Option(names = "--for-profit", description = "A private unit that is not non-profit.")
  boolean nonProfitNo;


  @Mixin OutputOptions output;

  @Mixin CatalogueOption catalogue;

  /** {@code transfer}, {@code equity}, {@code own-implementation}. */
  static final class ModeConverter implements ITypeConverter<TransferMode> {
    @Override
    public TransferMode convert(String value) {
      for (TransferMode m : TransferMode.values()) {
        if (m.code().equals(value.strip().toLowerCase(Locale.ROOT))) {
          return m;
        }
      }
      throw new Refusals.Unreadable("未知的转化方式 '" + value + "'；可接受：transfer（转让或许可）、equity（作价投资）、"
          + "own-implementation（自行实施或合作实施）", "unknown mode '" + value
          + "'; accepted: transfer, equity, own-implementation");
    }
  }

  @Mixin CsvOptions csv;

  /** The options every case needs (on the command line, or as columns with --csv). */
  static final List<String> REQUIRED = List.of("--jurisdiction", "--date", "--unit");

  private TransferRewardCalculator calculator;

  @Override
  public Integer call() {
    return CsvBatch.oneOrMany(spec, csv, output, this, REQUIRED, () -> {
      TransferRewardAssessment assessment = assess();
      return output.print(spec, l -> json(Contract.output(spec, l), assessment, l), l -> text(assessment, l));
    });
  }

  /** A yes or no given by one of two flags, or null for neither; both are refused. */
  private Boolean either(boolean yes, boolean no, String yesOption, String noOption) {
    if (yes && no) {
      throw Refusals.invalid(spec, noOption, yesOption + " 与 " + noOption + " 只能给一个",
          yesOption + " and " + noOption + " contradict each other; give one");
    }
    return yes ? Boolean.TRUE : no ? Boolean.FALSE : null;
  }

  private TransferRewardAssessment assess() {
    TransferCase transferCase = transferCase();
    if (calculator == null) {
      calculator = TransferRewardCalculator.of(catalogue.catalogue());
    }
    TransferRewardAssessment assessment;
    try {
      assessment = calculator.assess(transferCase);
    } catch (DateNotCoveredException e) {
      throw Refusals.invalid(spec, "--date", e.problem());
    } catch (MissingFactsException e) {
      throw Refusals.missing(spec, List.of("--public | --not-public"), e.why());
    } catch (PolicyInputException e) {
      throw Refusals.invalid(spec, "--split", e.problem());
    }
    return assessment;
  }

  /** The case the options give (also read from a profile's {@code transfer} section by {@link BenefitsCommand}). */
  TransferCase transferCase() {
    TransferCase.Builder builder = TransferCase.builder().jurisdiction(jurisdiction).date(date).unit(unit)
        .provincial(provincial).mode(mode).contractProvidesOtherwise(contractOtherwise);
    Boolean stateEstablished = either(establishedYes, establishedNo, "--public", "--not-public");
    if (stateEstablished != null) {
      builder.stateEstablished(stateEstablished);
    }
    Boolean ownRule = either(ownRuleYes, ownRuleNo, "--own-rule", "--no-own-rule");
    if (ownRule != null) {
      builder.ownRuleOrAgreement(ownRule);
    }
    Boolean nonProfit = either(nonProfitYes, nonProfitNo, "--non-profit", "--for-profit");
    if (nonProfit != null) {
      builder.nonProfit(nonProfit);
    }
    if (netIncome != null) {
      Refusals.about(spec, "--net-income", () -> builder.amount(netIncome));
    }
    if (proposed != null) {
      builder.proposedReward(proposed);
    }
    Set<String> mains = new LinkedHashSet<>(main == null ? List.of() : main.stream().map(String::strip).toList());
    for (String member : split == null ? List.<String>of() : split) {
      Refusals.about(spec, "--split", () -> {
        TeamMember m = member(member);
        builder.member(mains.remove(m.name()) ? m.asMainContributor() : m);
      });
    }
    if (!mains.isEmpty()) {
      throw Refusals.invalid(spec, "--main", String.join(",", mains) + "：不是 --split 中的成员；可接受：--split 中给出的姓名",
          String.join(",", mains) + ": not a member of --split; accepted: names given in --split");
    }
    try {
      return builder.build();
    } catch (MissingFactsException e) {
      List<String> options = new ArrayList<>();
      for (String fact : e.facts()) {
        options.add(switch (fact) {
          case "stateEstablished" -> "--public | --not-public";
          case "amount" -> "--net-income";
          default -> throw new IllegalStateException("no option gives the fact " + fact);
        });
      }
      throw Refusals.missing(spec, options, e.why());
    } catch (PolicyInputException e) {
      // Reachable from the command line: a negative amount, or a repeated name in the team.
      String option = netIncome != null && netIncome.isNegative() ? "--net-income"
          : proposed != null && proposed.isNegative() ? "--proposed" : proposed != null && netIncome == null
              ? "--proposed" : "--split";
      throw Refusals.invalid(spec, option, e.problem());
    }
  }

  /** One reward per row of a CSV file. */
  @Override
  public CsvBatch.Rows rows() {
    return CsvBatch.Rows.of(ALIASES, PAIRS, REQUIRED, CSV_HEADER, language -> {
      TransferRewardAssessment a = assess();
      List<String> cells = new ArrayList<>(CSV_HEADER.size());
      TransferCase c = a.transferCase();
      cells.add(c.jurisdiction().key());
      cells.add(c.date().toString());
      cells.add(c.unit().kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
      cells.add(c.mode().code());
      cells.add(a.netIncome().map(Cny::toPlainString).orElse(""));
      cells.add(a.minimumReward().map(Cny::toPlainString).orElse(""));
      cells.add(a.legalMinimumReason().name().toLowerCase(Locale.ROOT).replace('_', '-'));
      cells.add(a.policyFloorReward().map(Cny::toPlainString).orElse(""));
      cells.add(a.complies().map(Answer::code).orElse(""));
      cells.add(a.shortfall().map(Cny::toPlainString).orElse(""));
      cells.add(a.meetsPolicyFloor().map(Answer::code).orElse(""));
      cells.add(a.policyFloorShortfall().map(Cny::toPlainString).orElse(""));
      cells.add(a.split().stream().map(m -> m.name() + "=" + m.amount().toPlainString())
          .collect(java.util.stream.Collectors.joining(";")));
      cells.add(Reports.joined(a.warnings(), language));
      return cells;
    });
  }

  /** The columns of {@code --csv} output after id, status and error. */
  static final List<String> CSV_HEADER = List.of("jurisdiction", "date", "unit", "mode", "netIncome",
      "minimumReward", "minimumRewardReason", "policyFloorReward", "complies", "shortfall", "meetsPolicyFloor",
      "policyFloorShortfall", "split", "warnings");

  /** Columns of yes or no that set one of two flags. */
  static final Map<String, List<String>> PAIRS = Map.of(
      "public", List.of("--public", "--not-public"),
      "own-rule", List.of("--own-rule", "--no-own-rule"),
      "non-profit", List.of("--non-profit", "--for-profit"));

  /** Chinese names of the input columns. */
  static final Map<String, List<String>> ALIASES = Map.ofEntries(
      Map.entry("jurisdiction", List.of("地区", "所在地")),
      Map.entry("date", List.of("日期", "奖励日期")),
      Map.entry("net-income", List.of("净收入", "转化净收入")),
      Map.entry("unit", List.of("单位类型")),
      Map.entry("public", List.of("国家设立")),
      Map.entry("own-rule", List.of("有单位规定或约定")),
      Map.entry("non-profit", List.of("非营利")),
      Map.entry("provincial", List.of("省属")),
      Map.entry("mode", List.of("转化方式")),
      Map.entry("proposed", List.of("拟奖励")),
      Map.entry("split", List.of("团队分配")),
      Map.entry("main", List.of("主要贡献人员")),
      Map.entry("contract-otherwise", List.of("合同另有约定")));

  private static TeamMember member(String text) {
    int eq = text.lastIndexOf('=');
    if (eq < 0) {
      throw new PolicyInputException(Refusals.text("无法读取团队成员 '" + text
          + "'；可接受：姓名=权重，例如 张三=3（权重可为整数、小数、百分数或比例）", "cannot read team member '" + text
          + "'; accepted: NAME=WEIGHT, e.g. 张三=3 (weights: whole numbers, decimals, percentages or ratios)"));
    }
    return TeamMember.parse(text.substring(0, eq).strip(), text.substring(eq + 1));
  }

  private static String answer(Answer a) {
    return a == null ? null : a.code();
  }

  /** The result as JSON (contract version 1; schema {@code schemas/v1/transfer.json}). */
  static Json.Obj json(Json.Obj out, TransferRewardAssessment a, Language language) {
    List<Object> split = new ArrayList<>();
    boolean wage = a.wageIncome().applies() != Answer.NO;
    for (MemberReward m : a.split()) {
      Json.Obj member = Json.object().put("name", m.name()).put("amount", m.amount()).put("weight", m.weight())
          .put("mainContributor", m.mainContributor());
      if (wage) {
        member.put("wageIncomeCounted", m.wageIncomeCounted().orElse(null));
      }
      split.add(member);
    }
    TransferCase c = a.transferCase();
    MainContributorsCheck main = a.mainContributors().orElse(null);
    return out
        .put("jurisdiction", Contract.place(c.jurisdiction(), language))
        .put("date", c.date().toString())
        .put("unit", Contract.code(c.unit().kind()))
        .put("mode", c.mode().code())
        .put("netIncome", a.netIncome().orElse(null))
        .put("statutoryMinimumShare", a.statutoryMinimumShare().orElse(null))
        .put("statutoryMinimumSharePercent", Contract.percent(a.statutoryMinimumShare().orElse(null)))
        .put("statutoryMinimumIsHard", a.statutoryMinimumIsHard())
        .put("statutoryMinimumBinds", a.statutoryMinimumBinds().code())
        .put("policyFloorShare", a.policyFloorShare().orElse(null))
        .put("policyFloorSharePercent", Contract.percent(a.policyFloorShare().orElse(null)))
        .put("policyFloorForce", a.policyFloorForce().map(Contract::code).orElse(null))
        .put("policyFloorReward", a.policyFloorReward().orElse(null))
        .put("policyFloorShortfall", a.policyFloorShortfall().orElse(null))
        .put("meetsPolicyFloor", answer(a.meetsPolicyFloor().orElse(null)))
        .put("minimumReward", a.minimumReward().orElse(null))
        .put("minimumRewardReason", Contract.code(a.legalMinimumReason()))
        .put("minimumRewardIfUncertainBinds", a.minimumRewardIfUncertainBinds().orElse(null))
        .put("complies", answer(a.complies().orElse(null)))
        .put("shortfall", a.shortfall().orElse(null))
        .put("split", split)
        .put("mainContributorsShare", main == null ? null : main.mainShare().orElse(null))
        .put("mainContributorsSharePercent", main == null ? null : Contract.percent(main.mainShare().orElse(null)))
        .put("mainContributorsRule", main == null ? null : main.code())
        .put("wageIncomeRule", a.wageIncome().applies().code())
        .put("citations", Reports.citations(a.citations(), language))
        .put("warnings", Reports.texts(a.warnings(), language))
        .put("bindingShare", a.bindingShare().orElse(null))
        .put("bindingSharePercent", Contract.percent(a.bindingShare().orElse(null)))
        .put("statutoryProvision", a.statutoryMinimum().map(s -> Contract.provision(s.provision())).orElse(null))
        .put("policyFloorProvision", a.policyFloor().map(f -> Contract.provision(f.provision())).orElse(null))
        .put("ifUncertainFloorInForce", a.uncertainPolicyFloor().map(f -> uncertain(f, a)).orElse(null))
        .put("sideNotes", Reports.texts(a.sideNotes(), language))
        .put("steps", Reports.steps(a.explanation(), language));
  }

  private static Json.Obj uncertain(PolicyFloor floor, TransferRewardAssessment a) {
    return Json.object()
        .put("provision", Contract.provision(floor.provision()))
        .put("policyFloorShare", floor.share())
        .put("policyFloorSharePercent", Contract.percent(floor.share()))
        .put("policyFloorForce", Contract.code(floor.force()))
        .put("policyFloorReward", a.uncertainFloorReward().orElse(null))
        .put("policyFloorShortfall", a.uncertainFloorShortfall().orElse(null));
  }

  static String text(TransferRewardAssessment a, Language language) {
    StringBuilder out = new StringBuilder();
    TransferCase c = a.transferCase();
    out.append(t(language, "科技成果转化收益奖励：", "Results-transfer reward: ")).append(Reports.place(c.jurisdiction(),
        language)).append(t(language, "，", ", ")).append(c.date()).append('\n');
    a.minimumReward().ifPresent(m -> out.append(t(language, "法定最低奖励：", "Legal minimum: "))
        .append(Reports.yuan(m, language)).append('\n'));
    a.policyFloorReward().ifPresent(m -> out.append(t(language, "地方政策水平：", "Local policy level: "))
        .append(Reports.yuan(m, language)).append('\n'));
    if (!a.split().isEmpty()) {
      out.append(t(language, "团队分配：", "Team split:")).append('\n');
      a.split().forEach(m -> out.append("  ").append(m.name()).append(" (")
          .append(m.weight().toBigDecimal().stripTrailingZeros().toPlainString()).append(") ")
          .append(Reports.yuan(m.amount(), language)).append('\n'));
    }
    out.append('\n').append(a.render(language));
    return out.toString();
  }
}
