package org.zhongchuang.policy.examples.cli;

import static org.zhongchuang.policy.examples.cli.Reports.t;

import com.google.common.collect.ImmutableMap;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.zhongchuang.policy.Answer;
import org.zhongchuang.policy.catalogue.Catalogue;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.catalogue.ResearchDeduction;
import org.zhongchuang.policy.catalogue.ReportingDeadline;
import org.zhongchuang.policy.catalogue.Restatement;
import org.zhongchuang.policy.catalogue.TaxRate;
import org.zhongchuang.policy.explain.Citations;
import org.zhongchuang.policy.grants.LeaveAssessment;
import org.zhongchuang.policy.grants.LeaveCalculator;
import org.zhongchuang.policy.grants.LeaveCase;
import org.zhongchuang.policy.grants.SupportAssessment;
import org.zhongchuang.policy.grants.SupportCase;
import org.zhongchuang.policy.grants.SupportFloorCalculator;
import org.zhongchuang.policy.grants.TargetAssessment;
import org.zhongchuang.policy.grants.TargetCalculator;
import org.zhongchuang.policy.grants.TargetCase;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.law.QuoteKind;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.money.Share;
import org.zhongchuang.policy.text.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code policy demo}: every quantitative provision of the five seed documents, each with a worked case. The tax,
 * transfer and matching cases run the very subcommands a user would type (shown before each), so the demo and the
 * command cannot drift apart; the rest call the library directly.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Walk through every quantitative provision of the five seed documents.",
        "A worked case each: the amount, the explanation and the citation."})
final class DemoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh", converter = Converters.LanguageConverter.class,
      description = "Language of the walk-through: zh (default) or en.")
  Language language;

  @picocli.CommandLine.Mixin CatalogueOption catalogueOption;

  private PrintWriter out;
  private int section;

  @Override
  public Integer call() {
    out = spec.commandLine().getOut();
    Language l = language;
    out.println(t(l, "众创空间政策计算演示：五份文件中的每一项量化条款，各配一个算例。",
        "Demo: every quantitative provision of the five seed documents, each with a worked case."));

    heading(t(l, "小型微利企业所得税：吉林省在孵初创企业（吉政办发〔2015〕31号 二(六)）",
        "Small low-profit enterprise tax: a start-up incubated in Jilin (吉政办发〔2015〕31号 二(六))"));
    command("tax", "--jurisdiction", "jilin", "--year", "2015", "--income", "20万", "--incubated",
        "--industry", "other", "--employees", "30", "--assets", "500万");

    heading(t(l, "小型微利企业所得税：嘉兴市 2015 年跨 10 月 1 日的分段计算（嘉政办发〔2015〕90号 五(四)）",
        "Small low-profit enterprise tax: Jiaxing's 2015 split year (嘉政办发〔2015〕90号 五(四))"));
    command("tax", "--jurisdiction", "嘉兴市", "--year", "2015", "--income", "25万", "--established", "2014-05-01",
        "--industry", "other", "--employees", "50", "--assets", "800万");
    heading(t(l, "同上，2015 年 10 月 1 日以后成立的企业：全年减半",
        "The same, for an enterprise established after 2015-10-01: the whole year is halved"));
    command("tax", "--jurisdiction", "嘉兴市", "--year", "2015", "--income", "25万", "--established", "2015-11-16",
        "--industry", "other", "--employees", "12", "--assets", "200万");
    heading(t(l, "嘉兴市 2016 年：30 万元（含）以内减半；超过 1 分即按 25% 全额纳税",
        "Jiaxing 2016: up to 300,000 (inclusive) halved; one fen more and all income pays 25%"));
    command("tax", "--jurisdiction", "330400", "--year", "2016", "--income", "300000.00", "--qualifies");
    command("tax", "--jurisdiction", "330400", "--year", "2016", "--income", "300000.01", "--qualifies");

    heading(t(l, "科技成果转化收益奖励：吉林省高校符合法定 50%，低于全省政策水平 70%（吉政办发〔2015〕31号 二(二)）",
        "Results-transfer reward: a Jilin university complies with the law's 50% and is short of the province's 70% (吉政办发〔2015〕31号 二(二))"));
    command("transfer", "--jurisdiction", "jilin", "--date", "2016-06-01", "--net-income", "100万",
        "--unit", "university", "--public", "--proposed", "60万");
    heading(t(l, "科技成果转化收益奖励：甘肃省财政资金设立的高校不低于 50%（甘肃省实施方案 二(三)）",
        "Results-transfer reward: Gansu's floor of 50% at publicly funded universities (Gansu plan 二(三))"));
    command("transfer", "--jurisdiction", "gansu", "--date", "2016-06-01", "--net-income", "100万",
        "--unit", "university", "--public");
    heading(t(l, "科技成果转化收益奖励：兰白试验区科研院所不低于 90%，按 3:2:2 分给团队（甘肃省实施方案 二(十)）",
        "Results-transfer reward: the Lanbai zone's 90% at research institutes, split 3:2:2 (Gansu plan 二(十))"));
    command("transfer", "--jurisdiction", "lanbai", "--date", "2016-06-01", "--net-income", "100万",
        "--unit", "research-institute", "--public", "--proposed", "90万", "--split", "张三=3,李四=2,王五=2", "--main",
        "张三");
    heading(t(l, "科技成果转化收益奖励：嘉兴市省属高校不低于 70%（嘉政办发〔2015〕90号 四(四)）",
        "Results-transfer reward: Jiaxing's 70% at provincial universities (嘉政办发〔2015〕90号 四(四))"));
    command("transfer", "--jurisdiction", "jiaxing", "--date", "2016-06-01", "--net-income", "100万",
        "--unit", "university", "--public", "--provincial", "--proposed", "70万");

    heading(t(l, "孵化器、大学科技园和众创空间的税收减免：嘉兴市市级孵化器建设的众创空间（嘉政办发〔2015〕90号 五(四)）",
        "Incubator and maker-space tax exemptions: a maker space of a municipal incubator in Jiaxing"
            + " (嘉政办发〔2015〕90号 五(四))"));
    command("incubator", "--year", "2017", "--jurisdiction", "嘉兴市", "--kind", "maker-space-in-incubator",
        "--level", "municipal", "--property-tax", "5万");
    heading(t(l, "同上，甘肃省一家 2020 年 3 月认定的省级孵化器：自认定次月起免征（财税〔2018〕120号；甘肃省实施方案 二(四)）",
        "The same for a Gansu provincial incubator recognised in March 2020: exempt from the month after"
            + " (财税〔2018〕120号; Gansu plan 二(四))"));
    command("incubator", "--year", "2020", "--jurisdiction", "gansu", "--kind", "incubator", "--level",
        "provincial", "--recognised", "2020-03-05", "--conditions-met", "--property-tax",
        "1万;1万;1万;1万;1万;1万;1万;1万;1万;1万;1万;1万", "--vat", "0");

    heading(t(l, "配套支持：嘉兴市对省级和国家级奖励 1:1 配套（嘉政办发〔2015〕90号 五(二)）",
        "Matching: Jiaxing matches provincial and national awards 1:1 (嘉政办发〔2015〕90号 五(二))"));
    command("match", "--jurisdiction", "jiaxing", "--date", "2016-06-01", "--award", "national=50万",
        "--award", "provincial=30万", "--award", "municipal=20万");

    heading(t(l, "启动资金：招引知名众创空间运行机构，50 万元以上（嘉政办发〔2015〕90号 五(一)）",
        "Start-up support: at least 500,000 for bringing in a renowned operator (嘉政办发〔2015〕90号 五(一))"));
    Catalogue catalogue = catalogueOption.catalogue();
    SupportFloorCalculator floors = SupportFloorCalculator.of(catalogue);
    for (Cny proposed : List.of(Cny.ofYuan(600_000), Cny.ofFen(49_999_999))) {
      SupportAssessment check = floors.assess(SupportCase.of("JX-2015-90/5.1", proposed, LocalDate.of(2016, 6, 1)));
      out.println(t(l, "拟支持 ", "Proposed ") + Reports.yuan(proposed, l) + (check.meets() == Answer.YES
          ? t(l, "：达到下限 ", ": meets the floor of ") + Reports.yuan(check.floor(), l)
          : t(l, "：低于下限，差 ", ": below the floor, short by ") + Reports.yuan(check.shortfall(), l)));
    }
    out.println();
    out.print(floors.assess(SupportCase.of("JX-2015-90/5.1", Cny.ofYuan(600_000), LocalDate.of(2016, 6, 1)))
        .render(l));

    heading(t(l, "2020 年发展目标（吉政办发〔2015〕31号 一(三)、嘉政办发〔2015〕90号 二、甘肃省实施方案 一(二)）",
        "Targets for 2020 (吉政办发〔2015〕31号 一(三), 嘉政办发〔2015〕90号 二, Gansu plan 一(二))"));
    out.println(t(l, "以下实际数为演示用的假设数字，并非统计数据。",
        "The actual figures below are invented for the demonstration; they are not statistics."));
    TargetCalculator targets = TargetCalculator.of(catalogue);
    TargetAssessment jilin = targets.assess(TargetCase.of(Jurisdiction.JILIN, ImmutableMap.of("maker-spaces", 120L,
        "incubated-enterprises", 4_800L, "makers", 10_000L, "graduated-enterprises", 1_050L)));
    out.print(jilin.render(l));
    out.print(targets.assess(TargetCase.of(Jurisdiction.JIAXING, ImmutableMap.<String, Long>builder()
        .put("maker-spaces", 100L).put("vc-institutions", 25L).put("vc-funds-yuan", 12_000_000_000L)
        .put("innovation-talents", 48_000L).put("mentors", 520L).put("tech-smes", 3_100L)
        .put("high-tech-enterprises", 800L).build())).render(l));
    out.print(targets.assess(TargetCase.of(Jurisdiction.GANSU, ImmutableMap.of("incubators", 49L))).render(l));

    heading(t(l, "离岗创业：保留人事关系不超过 3 年（嘉政办发〔2015〕90号 四(四)）",
        "Leave to found a company: the personnel relationship kept up to 3 years (嘉政办发〔2015〕90号 四(四))"));
    LeaveAssessment leave = LeaveCalculator.of(catalogue)
        .assess(LeaveCase.of(LeaveCalculator.JIAXING_LEAVE, LocalDate.of(2016, 3, 1)));
    out.println(t(l, "2016-03-01 离岗，最迟 ", "Leave from 2016-03-01: the relationship may be kept until ")
        + leave.lastDay());
    out.print(leave.render(l));

    heading(t(l, "甘肃省全面落实研发费用加计扣除和高新技术企业优惠（甘肃省实施方案 二(二)）",
        "Gansu fully implements the R&D super-deduction and the high-tech rate (Gansu plan 二(二))"));
    Cny amount = Cny.ofYuan(1_000_000);
    for (String id : List.of("GS-2015/2.2-rd", "GS-2015/2.2-hte")) {
      Provision local = catalogue.byId(id);
      Provision national = catalogue.byId(((Restatement) local.terms()).restatedId());
      Share share = national.terms() instanceof ResearchDeduction ? ((ResearchDeduction) national.terms()).extra()
          : ((TaxRate) national.terms()).rate();
      String what = national.terms() instanceof ResearchDeduction
          ? t(l, "研发费用 ", "R&D expenses of ") + Reports.yuan(amount, l) + t(l, " 加计扣除 ", ": additional deduction ")
          : t(l, "高新技术企业应纳税所得额 ", "High-tech enterprise taxable income of ") + Reports.yuan(amount, l)
              + t(l, " 应纳税额 ", ": tax ");
      out.println(what + amount.format() + " × " + share + " = "
          + Reports.yuan(amount.multipliedBy(share, RoundingMode.HALF_UP), l));
      out.println("   " + Citations.render(national.citation(), l));
      out.println("   " + Citations.render(local.citation(), l));
    }

    heading(t(l, "其他数据与未规定金额的条款", "Other figures, and clauses that state no amount"));
    List<Provision> rest = new ArrayList<>(catalogue.withTerms(ReportingDeadline.class));
    catalogue.all().stream().filter(p -> !p.terms().hasFormula())
        .filter(p -> p.citation().quoteKind() == QuoteKind.SEED_VERBATIM).forEach(rest::add);
    for (Provision p : rest) {
      out.println(" - " + p.terms().summary().in(l));
      out.println("   " + Citations.render(p.citation(), l));
    }
    return PolicyCli.OK;
  }

  private void heading(String title) {
    out.println();
    out.println("== " + ++section + ". " + title);
  }

  /** Runs a subcommand exactly as typed (in the demo's language), showing the command line first. */
  private void command(String... args) {
    out.println("$ policy " + String.join(" ", args));
    List<String> withLanguage = new ArrayList<>(List.of(args));
    withLanguage.addAll(List.of("--lang", language.code()));
    catalogueOption.files.forEach(f -> withLanguage.addAll(List.of("--catalogue", f.toString())));
    StringWriter err = new StringWriter();
    int status = PolicyCli.commandLine(out, new PrintWriter(err), language).execute(withLanguage.toArray(String[]::new));
    if (status != PolicyCli.OK) {
      throw new IllegalStateException("demo case 'policy " + String.join(" ", args) + "' failed: " + err);
    }
    out.println();
  }
}
