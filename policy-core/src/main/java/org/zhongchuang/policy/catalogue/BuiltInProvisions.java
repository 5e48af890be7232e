package org.zhongchuang.policy.catalogue;

import static org.zhongchuang.policy.catalogue.Documents.*;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Range;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.util.Optional;
import org.zhongchuang.policy.catalogue.RewardFloor.Basis;
import org.zhongchuang.policy.catalogue.RewardFloor.Force;
import org.zhongchuang.policy.catalogue.SmallLowProfitRelief.Application;
import org.zhongchuang.policy.law.Citation;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.law.PolicyDocument;
import org.zhongchuang.policy.law.QuoteKind;
import org.zhongchuang.policy.law.ValidityPeriod;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.money.Share;
import org.zhongchuang.policy.text.Text;

/**
 * Every provision of PROVISIONS.md, with the clause's own words. Seed quotes are verbatim (full-width digits as the
 * seeds print them); a test checks each against the seed text.
 */
final class BuiltInProvisions {
  private BuiltInProvisions() {}

  private static final LocalDate EIT_START = LocalDate.of(2008, 1, 1);
  private static final Share TWENTY = Share.percent(20);
  private static final Share HALF = Share.percent(50);

  static ImmutableList<Provision> all() {
    ImmutableList.Builder<Provision> all = ImmutableList.builder();
    tax(all);
    transfer(all);
    support(all);
    return all.build();
  }

  // ---------------------------------------------------------------- §2 small low-profit enterprise income tax

  private static void tax(ImmutableList.Builder<Provision> all) {
    ValidityPeriod fromEit = ValidityPeriod.from(EIT_START);
    all.add(p("CN-EIT-4", Jurisdiction.CHINA,
        law(EIT_LAW, "第四条第一款", "企业所得税的税率为25％。", "The enterprise income tax rate is 25%."),
        fromEit, Text.of("所有居民企业", "all resident enterprises"),
        new TaxRate(TaxRate.Kind.STATUTORY, Share.percent(25))));
    all.add(p("CN-EIT-28-1", Jurisdiction.CHINA,
        law(EIT_LAW, "第二十八条第一款", "符合条件的小型微利企业，减按20％的税率征收企业所得税。",
            "Qualifying small low-profit enterprises pay enterprise income tax at a reduced 20%."),
        fromEit, Text.of("符合条件的小型微利企业", "qualifying small low-profit enterprises"),
        new TaxRate(TaxRate.Kind.SMALL_LOW_PROFIT, TWENTY)));
    all.add(p("CN-EIT-28-2", Jurisdiction.CHINA,
        law(EIT_LAW, "第二十八条第二款", "国家需要重点扶持的高新技术企业，减按15％的税率征收企业所得税。",
            "High and new technology enterprises the state supports pay enterprise income tax at a reduced 15%."),
        fromEit, Text.of("国家需要重点扶持的高新技术企业", "high and new technology enterprises the state supports"),
        new TaxRate(TaxRate.Kind.HIGH_TECH, Share.percent(15))));
    all.add(p("CN-EIT-REG-92", Jurisdiction.CHINA,
        law(EIT_REGULATION, "第九十二条",
            "企业所得税法第二十八条第一款所称符合条件的小型微利企业，是指从事国家非限制和禁止行业，并符合下列条件的企业："
                + "(一)工业企业，年度应纳税所得额不超过30万元，从业人数不超过100人，资产总额不超过3000万元；"
                + "(二)其他企业，年度应纳税所得额不超过30万元，从业人数不超过80人，资产总额不超过1000万元。",
            "A small low-profit enterprise is in no restricted or prohibited industry and has taxable income ≤ 300,000;"
                + " industrial: ≤ 100 employees and ≤ 30 million in assets; other: ≤ 80 employees, ≤ 10 million."),
        fromEit, Text.of("小型微利企业的认定条件", "who is a small low-profit enterprise"),
        new SmallLowProfitCriteria(yuan(300_000), 100, 80, yuan(30_000_000), yuan(10_000_000))));
    all.add(p("CN-EIT-REG-95", Jurisdiction.CHINA,
        law(EIT_REGULATION, "第九十五条",
            "企业所得税法第三十条第(一)项所称研究开发费用的加计扣除，是指企业为开发新技术、新产品、新工艺发生的研究开发费用，"
                + "未形成无形资产计入当期损益的，在按照规定据实扣除的基础上，按照研究开发费用的50%加计扣除；"
                + "形成无形资产的，按照无形资产成本的150%摊销。",
            "R&D expenses are deducted with an additional 50%; those forming intangible assets are amortised at 150%."),
        fromEit, Text.of("企业的研究开发费用", "enterprises' research and development expenses"),
        new DeductionRate(HALF, Text.of("研究开发费用", "research and development expenses"))));

    Text wholeIncome = Text.of("年应纳税所得额在本档之内的小型微利企业，全部所得适用",
        "applies to all income of a small low-profit enterprise whose annual income is in the band");
    Text portion = Text.of("小型微利企业年应纳税所得额在本档之内的部分", "the portion of a small low-profit enterprise's income in the band");

    all.add(relief("CN-CS-2009-133", CS_2009_133, "第一条", 2010, 2010, Range.atMost(yuan(30_000)),
        Application.WHOLE_INCOME, HALF, "年应纳税所得额低于3万元（含3万元）的小型微利企业，其所得减按50%计入应纳税所得额，按20%的税率缴纳企业所得税",
        "Income ≤ 30,000: counted at 50%, taxed at 20% (tax year 2010).", wholeIncome));
    all.add(relief("CN-CS-2011-4", CS_2011_4, "第一条", 2011, 2011, Range.atMost(yuan(30_000)),
        Application.WHOLE_INCOME, HALF, "年应纳税所得额低于3万元（含3万元）的小型微利企业，其所得减按50%计入应纳税所得额，按20%的税率缴纳企业所得税",
        "Income ≤ 30,000: counted at 50%, taxed at 20% (tax year 2011).", wholeIncome));
    all.add(relief("CN-CS-2011-117", CS_2011_117, "第一条", 2012, 2015, Range.atMost(yuan(60_000)),
        Application.WHOLE_INCOME, HALF, "年应纳税所得额低于6万元（含6万元）的小型微利企业，其所得减按50%计入应纳税所得额，按20%的税率缴纳企业所得税",
        "Income ≤ 60,000: counted at 50%, taxed at 20% (2012–2015).", wholeIncome));
    all.add(relief("CN-CS-2014-34", CS_2014_34, "第一条", 2014, 2016, Range.atMost(yuan(100_000)),
        Application.WHOLE_INCOME, HALF, "年应纳税所得额低于10万元（含10万元）的小型微利企业，其所得减按50%计入应纳税所得额，按20%的税率缴纳企业所得税",
        "Income ≤ 100,000: counted at 50%, taxed at 20% (2014–2016).", wholeIncome));
    all.add(relief("CN-CS-2015-34", CS_2015_34, "第一条", 2015, 2017, Range.atMost(yuan(200_000)),
        Application.WHOLE_INCOME, HALF, "年应纳税所得额低于20万元（含20万元）的小型微利企业，其所得减按50%计入应纳税所得额，按20%的税率缴纳企业所得税",
        "Income ≤ 200,000: counted at 50%, taxed at 20% (2015–2017).", wholeIncome));
    all.add(ImmutableProvision.copyOf(relief("CN-CS-2015-99", CS_2015_99, "第一条", 2015, 2017,
        Range.openClosed(yuan(200_000), yuan(300_000)), Application.WHOLE_INCOME, HALF,
        "自2015年10月1日起至2017年12月31日，对年应纳税所得额在20万元到30万元（含30万元）之间的小型微利企业，其所得减按50%计入应纳税所得额，按20%的税率缴纳企业所得税",
        "From 2015-10-01 to 2017-12-31, income above 200,000 up to 300,000: counted at 50%, taxed at 20%.",
        wholeIncome)).withValidity(ValidityPeriod.between(LocalDate.of(2015, 10, 1), LocalDate.of(2017, 12, 31))));
    all.add(p("CN-SAT-2015-61", Jurisdiction.CHINA,
        summary(SAT_2015_61, "第二条",
            "2015年10月1日之前成立、2015年度年应纳税所得额在20万元到30万元（含30万元）之间的小型微利企业，"
                + "按2015年10月1日后的经营月份数占其2015年度经营月份数的比例计算享受优惠的所得；"
                + "2015年10月1日之后成立的，全年享受；新办企业经营月份从税务登记之月起计算",
            "Tax year 2015: an enterprise founded before 2015-10-01 with income 200,000–300,000 gets the halving on"
                + " income × (months after 2015-10-01 ÷ months operated in 2015); one founded later gets it for the"
                + " whole year; a new enterprise's months count from its tax registration month."),
        ValidityPeriod.from(LocalDate.of(2015, 10, 1)),
        Text.of("2015年度的小型微利企业", "small low-profit enterprises in tax year 2015"),
        new SplitYearApportionment(Year.of(2015))));
    all.add(relief("CN-CS-2017-43", CS_2017_43, "第一条", 2017, 2019, Range.atMost(yuan(500_000)),
        Application.WHOLE_INCOME, HALF, "年应纳税所得额上限由30万元提高至50万元，对年应纳税所得额低于50万元（含50万元）的小型微利企业，其所得减按50%计入应纳税所得额，按20%的税率缴纳企业所得税",
        "Income ≤ 500,000: counted at 50%, taxed at 20% (2017–2019).", wholeIncome));
    all.add(criteria("CN-CS-2017-43-C", CS_2017_43, "第一条", 2017, 2019, yuan(500_000), 100, 80, yuan(30_000_000),
        yuan(10_000_000), "小型微利企业年应纳税所得额上限由30万元提高至50万元",
        "The taxable-income ceiling of a small low-profit enterprise rises to 500,000 (other conditions as before)."));
    all.add(ImmutableProvision.copyOf(relief("CN-CS-2018-77", CS_2018_77, "第一条", 2018, 2018,
        Range.atMost(yuan(1_000_000)), Application.WHOLE_INCOME, HALF,
        "年应纳税所得额上限由50万元提高至100万元，对年应纳税所得额低于100万元（含100万元）的小型微利企业，其所得减按50%计入应纳税所得额，按20%的税率缴纳企业所得税",
        "Income ≤ 1,000,000: counted at 50%, taxed at 20%.", wholeIncome))
        .withNotes(abolished()));
    all.add(ImmutableProvision.copyOf(criteria("CN-CS-2018-77-C", CS_2018_77, "第一条", 2018, 2018,
        yuan(1_000_000), 100, 80, yuan(30_000_000), yuan(10_000_000), "小型微利企业年应纳税所得额上限由50万元提高至100万元",
        "The taxable-income ceiling rises to 1,000,000 (other conditions as before).")).withNotes(abolished()));
    all.add(relief("CN-CS-2019-13-1", CS_2019_13, "第二条", 2019, 2021,
        Range.openClosed(Cny.ZERO, yuan(1_000_000)), Application.PORTION, Share.percent(25),
        "对小型微利企业年应纳税所得额不超过100万元的部分，减按25%计入应纳税所得额，按20%的税率缴纳企业所得税",
        "The portion of income up to 1,000,000 is counted at 25% and taxed at 20%.", portion));
    all.add(relief("CN-CS-2019-13-2", CS_2019_13, "第二条", 2019, 2021,
        Range.openClosed(yuan(1_000_000), yuan(3_000_000)), Application.PORTION, HALF,
        "对年应纳税所得额超过100万元但不超过300万元的部分，减按50%计入应纳税所得额，按20%的税率缴纳企业所得税",
        "The portion of income above 1,000,000 up to 3,000,000 is counted at 50% and taxed at 20%.", portion));
    all.add(criteria("CN-CS-2019-13-C", CS_2019_13, "第二条", 2019, 2021, yuan(3_000_000), 300, 300,
        yuan(50_000_000), yuan(50_000_000), "小型微利企业是指从事国家非限制和禁止行业，且同时符合年度应纳税所得额不超过300万元、从业人数不超过300人、资产总额不超过5000万元等三个条件的企业",
        "Small low-profit: no restricted industry, income ≤ 3,000,000, ≤ 300 employees, assets ≤ 50 million."));
    all.add(relief("CN-ANN-2021-12", ANN_2021_12, "第一条", 2021, 2022,
        Range.openClosed(Cny.ZERO, yuan(1_000_000)), Application.PORTION, Share.percent("12.5"),
        "对小型微利企业年应纳税所得额不超过100万元的部分，在《财政部 税务总局关于实施小微企业普惠性税收减免政策的通知》（财税〔2019〕13号）第二条规定的优惠政策基础上，再减半征收企业所得税",
        "The portion up to 1,000,000 is halved again on top of 财税〔2019〕13号: counted at 12.5%, taxed at 20%.",
        portion));
    all.add(relief("CN-ANN-2022-13", ANN_2022_13, "第一条", 2022, 2024,
        Range.openClosed(yuan(1_000_000), yuan(3_000_000)), Application.PORTION, Share.percent(25),
        "对小型微利企业年应纳税所得额超过100万元但不超过300万元的部分，减按25%计入应纳税所得额，按20%的税率缴纳企业所得税",
        "The portion above 1,000,000 up to 3,000,000 is counted at 25% and taxed at 20%.", portion));
    all.add(criteria("CN-ANN-2022-13-C", ANN_2022_13, "第三条", 2022, 2024, yuan(3_000_000), 300, 300,
        yuan(50_000_000), yuan(50_000_000), "小型微利企业是指从事国家非限制和禁止行业，且同时符合年度应纳税所得额不超过300万元、从业人数不超过300人、资产总额不超过5000万元等三个条件的企业",
        "Small low-profit: no restricted industry, income ≤ 3,000,000, ≤ 300 employees, assets ≤ 50 million."));
    all.add(relief("CN-ANN-2023-6", ANN_2023_6, "第一条", 2023, 2024,
        Range.openClosed(Cny.ZERO, yuan(1_000_000)), Application.PORTION, Share.percent(25),
        "对小型微利企业年应纳税所得额不超过100万元的部分，减按25%计入应纳税所得额，按20%的税率缴纳企业所得税",
        "The portion up to 1,000,000 is counted at 25% and taxed at 20%.", portion));
    all.add(relief("CN-ANN-2023-12", ANN_2023_12, "第三条", 2023, 2027,
        Range.openClosed(Cny.ZERO, yuan(3_000_000)), Application.PORTION, Share.percent(25),
        "对小型微利企业减按25%计算应纳税所得额，按20%的税率缴纳企业所得税政策，延续执行至2027年12月31日",
        "A small low-profit enterprise's income is counted at 25% and taxed at 20%, extended to 2027-12-31.", portion));
    all.add(criteria("CN-ANN-2023-12-C", ANN_2023_12, "第三条", 2023, 2027, yuan(3_000_000), 300, 300,
        yuan(50_000_000), yuan(50_000_000), "小型微利企业是指从事国家非限制和禁止行业，且同时符合年度应纳税所得额不超过300万元、从业人数不超过300人、资产总额不超过5000万元等三个条件的企业",
        "Small low-profit: no restricted industry, income ≤ 3,000,000, ≤ 300 employees, assets ≤ 50 million."));

    all.add(p("JL-2015-31/2.6", Jurisdiction.JILIN,
        seed(JL_2015_31, "二(六)",
            "对孵化机构内在孵企业年应纳税所得额低于２０万元（含２０万元）的初创企业（小型微利企业），其所得减按５０％计入应纳税所得额，按２０％的税率缴纳企业所得税",
            "Start-ups incubated in an incubator with income ≤ 200,000 (small low-profit): counted at 50%, taxed at 20%."),
        ValidityPeriod.from(LocalDate.of(2015, 6, 8)),
        Text.of("吉林省孵化机构内在孵的初创企业（小型微利企业）", "start-ups incubated in a Jilin incubator that are small low-profit enterprises"),
        new Restatement("CN-CS-2015-34", true)));
    all.add(p("JX-2015-90/5.4-tax", Jurisdiction.JIAXING,
        seed(JX_2015_90, "五(四)",
            "自2015年10月1日起至2017年12月31日，对年应纳税所得额在20万元到30万元（含30万元）之间的小型微利企业，其所得减按50%计入应纳税所得额，按20%的税率缴纳企业所得税",
            "From 2015-10-01 to 2017-12-31, small low-profit enterprises with income 200,000–300,000: counted at 50%, taxed at 20%."),
        ValidityPeriod.between(LocalDate.of(2015, 10, 1), LocalDate.of(2017, 12, 31)),
        Text.of("嘉兴市的小型微利企业", "small low-profit enterprises in Jiaxing"),
        new Restatement("CN-CS-2015-99", false)));
    all.add(p("GS-2015/2.2-rd", Jurisdiction.GANSU,
        seed(GS_2015, "二(二)", "全面落实企业所得税研发费用加计扣除和高新技术企业税收优惠政策",
            "Fully implement the R&D super-deduction and the high-tech enterprise tax preference."),
        gsPeriod(), Text.of("甘肃省企业", "enterprises in Gansu"), new Restatement("CN-EIT-REG-95", false)));
    all.add(p("GS-2015/2.2-hte", Jurisdiction.GANSU,
        seed(GS_2015, "二(二)", "全面落实企业所得税研发费用加计扣除和高新技术企业税收优惠政策",
            "Fully implement the R&D super-deduction and the high-tech enterprise tax preference."),
        gsPeriod(), Text.of("甘肃省高新技术企业", "high-tech enterprises in Gansu"), new Restatement("CN-EIT-28-2", false)));
  }

  private static Text abolished() {
    return Text.of("原定执行至2020-12-31，自2019-01-01起由财税〔2019〕13号废止",
        "set to run to 2020-12-31; abolished from 2019-01-01 by 财税〔2019〕13号");
  }

  private static Provision relief(String id, PolicyDocument doc, String clause, int firstYear, int lastYear,
      Range<Cny> band, Application application, Share inclusion, String quote, String gloss, Text scope) {
    return p(id, Jurisdiction.CHINA, summary(doc, clause, quote, gloss), years(firstYear, lastYear), scope,
        new SmallLowProfitRelief(band, application, inclusion, TWENTY));
  }

  private static Provision criteria(String id, PolicyDocument doc, String clause, int firstYear, int lastYear,
      Cny ceiling, int industrialEmployees, int otherEmployees, Cny industrialAssets, Cny otherAssets, String quote,
      String gloss) {
    return p(id, Jurisdiction.CHINA, summary(doc, clause, quote, gloss), years(firstYear, lastYear),
        Text.of("小型微利企业的认定条件", "who is a small low-profit enterprise"),
        new SmallLowProfitCriteria(ceiling, industrialEmployees, otherEmployees, industrialAssets, otherAssets));
  }

  // ---------------------------------------------------------------- §3 results-transfer rewards

  private static void transfer(ImmutableList.Builder<Provision> all) {
    UnitScope stateInstitutes = new UnitScope(ImmutableSet.of(UnitKind.UNIVERSITY, UnitKind.RESEARCH_INSTITUTE),
        true, false);
    Text wages = Text.of(
        "国有企业、事业单位的奖励支出计入当年本单位工资总额，但不受当年工资总额限制、不纳入工资总额基数（第四十五条第三款）",
        "for state-owned enterprises and public institutions the reward counts in the year's total wages but is not"
            + " limited by it and not part of the wage-total base (art. 45(3))");
    all.add(ImmutableProvision.copyOf(p("N-1996", Jurisdiction.CHINA,
        summary(TRANSFER_LAW_1996, "（条文未经证实）", "从转让净收入中提取不低于20%的比例，对完成该项科技成果及其转化做出重要贡献的人员给予奖励",
            "At least 20% of net transfer income rewards the people who made and transferred the achievement."),
        ValidityPeriod.between(LocalDate.of(1996, 10, 1), LocalDate.of(2015, 9, 30)),
        Text.of("全国所有单位", "all units, nationwide"),
        new RewardFloor(TWENTY, Basis.NET_INCOME, UnitScope.all(), Force.STATUTORY_DEFAULT, Optional.empty(), 0, 0)))
        .withConfidence(Confidence.SECONDARY)
        .withNotes(Text.of("条文原文未经证实；各地意见称“现行不低于20%”，国办发〔1999〕29号亦规定20%（已证实）",
            "the article's wording is unconfirmed; the seeds call it \"现行不低于20%\" and 国办发〔1999〕29号 gives the same"
                + " 20% (confirmed)")));
    all.add(ImmutableProvision.copyOf(p("N-2015-1", Jurisdiction.CHINA,
        law(TRANSFER_LAW_2015, "第四十五条第一款第（一）项",
            "将该项职务科技成果转让、许可给他人实施的，从该项科技成果转让净收入或者许可净收入中提取不低于百分之五十的比例",
            "Transfer or licence: at least 50% of the net transfer or licence income."),
        ValidityPeriod.from(LocalDate.of(2015, 10, 1)), Text.of("未规定也未约定奖励的单位", "units with no rule and no agreement"),
        new RewardFloor(HALF, Basis.NET_INCOME, UnitScope.all(), Force.STATUTORY_DEFAULT, Optional.of(stateInstitutes),
            0, 0))).withNotes(wages));
    all.add(ImmutableProvision.copyOf(p("N-2015-2", Jurisdiction.CHINA,
        law(TRANSFER_LAW_2015, "第四十五条第一款第（二）项",
            "利用该项职务科技成果作价投资的，从该项科技成果形成的股份或者出资比例中提取不低于百分之五十的比例",
            "Investment as equity: at least 50% of the shares or capital contribution formed."),
        ValidityPeriod.from(LocalDate.of(2015, 10, 1)), Text.of("未规定也未约定奖励的单位", "units with no rule and no agreement"),
        new RewardFloor(HALF, Basis.EQUITY, UnitScope.all(), Force.STATUTORY_DEFAULT, Optional.of(stateInstitutes),
            0, 0))).withNotes(wages));
    all.add(ImmutableProvision.copyOf(p("N-2015-3", Jurisdiction.CHINA,
        law(TRANSFER_LAW_2015, "第四十五条第一款第（三）项",
            "将该项职务科技成果自行实施或者与他人合作实施的，应当在实施转化成功投产后连续三至五年，每年从实施该项科技成果的营业利润中提取不低于百分之五的比例",
            "Own or joint implementation: at least 5% of each year's operating profit for 3 to 5 years after production starts."),
        ValidityPeriod.from(LocalDate.of(2015, 10, 1)), Text.of("未规定也未约定奖励的单位", "units with no rule and no agreement"),
        new RewardFloor(Share.percent(5), Basis.OPERATING_PROFIT, UnitScope.all(), Force.STATUTORY_DEFAULT,
            Optional.of(stateInstitutes), 3, 5))).withNotes(wages));
    all.add(p("N-2015-HARD", Jurisdiction.CHINA,
        law(TRANSFER_LAW_2015, "第四十五条第二款",
            "国家设立的研究开发机构、高等院校规定或者与科技人员约定奖励和报酬的方式和数额应当符合前款第一项至第三项规定的标准。",
            "State-established research institutes and universities may not set or agree rewards below the standards of paragraph 1."),
        ValidityPeriod.from(LocalDate.of(2015, 10, 1)),
        Text.of("国家设立的研究开发机构、高等院校", "state-established research institutes and universities"),
        new NoFormula(Text.of("第一款标准对国家设立的研究开发机构、高等院校为强制性下限（数额见第一款）",
            "paragraph 1's standards are a hard minimum for state-established institutes and universities (amounts in paragraph 1)"))));
    all.add(ImmutableProvision.copyOf(p("JL-2015-31/2.2", Jurisdiction.JILIN,
        seed(JL_2015_31, "二(二)",
            "对用于奖励科研负责人、骨干技术人员等重要贡献人员和团队的收益比例，可以从现行不低于２０％提高到不低于７０％",
            "The share of income rewarding project leaders, key technical staff and teams may rise from at least 20% to at least 70%."),
        ValidityPeriod.from(LocalDate.of(2015, 6, 8)),
        Text.of("科研负责人、骨干技术人员等重要贡献人员和团队", "project leaders, key technical staff and other key contributors and teams"),
        new RewardFloor(Share.percent(70), Basis.NET_INCOME, UnitScope.all(), Force.POLICY_FLOOR, Optional.empty(), 0, 0)))
        .withNotes(Text.of("国有企业事业单位的奖励计入当年单位工资总额，不作为工资总额基数",
            "for state-owned enterprises and public institutions the reward counts in the year's total wages, not in the wage-total base")));
    all.add(ImmutableProvision.copyOf(p("GS-2015/2.3", Jurisdiction.GANSU,
        seed(GS_2015, "二(三)",
            "对用于奖励科研负责人、骨干技术人员等重要贡献人员和团队的收益比例，可以从现行不低于20%提高到不低于50%",
            "At publicly funded universities and institutes the share rewarding key contributors may rise from at least 20% to at least 50%."),
        gsPeriod(), Text.of("利用财政资金设立的高等学校和科研院所", "universities and research institutes set up with public funds"),
        new RewardFloor(HALF, Basis.NET_INCOME,
            new UnitScope(ImmutableSet.of(UnitKind.UNIVERSITY, UnitKind.RESEARCH_INSTITUTE), true, false),
            Force.POLICY_FLOOR, Optional.empty(), 0, 0)))
        .withNotes(Text.of("科技成果入股比例不设上线", "no cap on the share of equity taken for achievements (\"科技成果入股比例不设上线\")"),
            gsDateNote()));
    all.add(ImmutableProvision.copyOf(p("GS-2015/2.10", Jurisdiction.LANBAI,
        seed(GS_2015, "二(十)", "科技成果转化所获收益可按不少于90%的比例用于对成果完成人员和成果转化突出贡献人员进行奖励",
            "In the Lanbai zone, at least 90% of transfer income may reward the people who made the achievement and those who contributed most to its transfer."),
        gsPeriod(), Text.of("兰白科技创新改革试验区内的科研院所", "research institutes in the Lanbai pilot zone"),
        new RewardFloor(Share.percent(90), Basis.NET_INCOME,
            new UnitScope(ImmutableSet.of(UnitKind.RESEARCH_INSTITUTE), false, false), Force.POLICY_FLOOR,
            Optional.empty(), 0, 0)))
        .withNotes(gsDateNote()));
    all.add(ImmutableProvision.copyOf(p("JX-2015-90/4.4-reward", Jurisdiction.JIAXING,
        seed(JX_2015_90, "四(四)",
            "赋予省属高校、科研院所等事业单位职务科技成果使用和处置自主权，应用职务发明成果转化所得收益，除合同另有约定外，可按不少于70%的比例划归参与研发的科技人员和团队拥有，转化收益用于人员激励的部分不计入绩效工资总额基数。高校、科研院所转化职务科技成果以股份或出资比例等股权形式给予个人奖励的，暂不征收个人所得税，待其转让时按有关规定计征。",
            "Unless the contract says otherwise, at least 70% of the income from transferring a job-related invention may go to the researchers and team."),
        jxPeriod(LocalDate.of(2015, 12, 1)),
        Text.of("省属高校、科研院所等事业单位", "provincial universities, research institutes and similar public institutions"),
        new RewardFloor(Share.percent(70), Basis.NET_INCOME,
            new UnitScope(ImmutableSet.of(UnitKind.UNIVERSITY, UnitKind.RESEARCH_INSTITUTE, UnitKind.OTHER), false,
                true),
            Force.POLICY_FLOOR_UNLESS_CONTRACT, Optional.empty(), 0, 0)))
        .withNotes(Text.of("转化收益用于人员激励的部分不计入绩效工资总额基数", "the part used for rewards is not counted in the performance-pay base"),
            Text.of("以股权形式给予个人的奖励暂不征收个人所得税，待转让时计征",
                "equity rewards are not taxed (individual income tax) until the shares are transferred")));
  }

  // ---------------------------------------------------------------- §4, §5 support, targets and the rest

  private static void support(ImmutableList.Builder<Provision> all) {
    Text makerSpaces = Text.of("嘉兴市的众创空间", "maker spaces in Jiaxing");
    all.add(p("JX-2015-90/5.1", Jurisdiction.JIAXING,
        seed(JX_2015_90, "五(一)",
            "对招引国内知名众创空间运行机构在我市建立众创空间的，经市政府职能部门确认后，采取一事一议的方式，给予50万元以上的启动资金支持",
            "Bringing a renowned domestic maker-space operator to set up in Jiaxing earns start-up support of at least 500,000 yuan, case by case."),
        jxPeriod(LocalDate.of(2015, 12, 1)),
        Text.of("招引国内知名众创空间运行机构在嘉兴建立众创空间的", "attracting a renowned domestic maker-space operator to Jiaxing"),
        new SupportFloor(yuan(500_000), Text.of("启动资金支持（一事一议）", "start-up support (decided case by case)"))));
    all.add(p("JX-2015-90/5.2", Jurisdiction.JIAXING,
        seed(JX_2015_90, "五(二)", "对于众创空间获得省和国家资金奖励的，给予1:1地方配套支持。财政补助资金用于补贴众创空间的运行。",
            "Provincial and national awards to a maker space are matched 1:1 locally; the money subsidises its operation."),
        jxPeriod(LocalDate.of(2015, 12, 1)), makerSpaces,
        new MatchingRule(Share.ratio(1, 1), ImmutableSet.of(AwardLevel.NATIONAL, AwardLevel.PROVINCIAL),
            Optional.empty(), Optional.empty())));
    all.add(p("JX-2015-90/5.2-merit", Jurisdiction.JIAXING,
        seed(JX_2015_90, "五(二)", "对市级众创空间考评结果优秀的，给予一定的财政资金补助",
            "Municipal maker spaces rated excellent receive some fiscal subsidy."),
        jxPeriod(LocalDate.of(2015, 12, 1)), makerSpaces,
        new NoFormula(Text.of("考评优秀的市级众创空间财政补助", "subsidy for municipal maker spaces rated excellent"))));
    all.add(p("JX-2015-90/5.3", Jurisdiction.JIAXING,
        seed(JX_2015_90, "五(三)", "根据活动的影响力、规模、效果及实际支出等情况，市财政给予一定比例的资金支持",
            "Competitions hosted by maker spaces receive municipal funding of some proportion of their cost."),
        jxPeriod(LocalDate.of(2015, 12, 1)), makerSpaces,
        new NoFormula(Text.of("承办创业创新大赛的资金支持", "support for hosting entrepreneurship competitions"))));
    all.add(p("JX-2015-90/5.4-cost", Jurisdiction.JIAXING,
        seed(JX_2015_90, "五(四)", "对众创空间等新型孵化机构的房租、宽带接入费和用于创业服务的公共软件、开发工具等，由所在地财政给予适当补助",
            "Local finance gives appropriate subsidies for maker spaces' rent, broadband, public software and development tools."),
        jxPeriod(LocalDate.of(2015, 12, 1)), makerSpaces,
        new NoFormula(Text.of("房租、宽带接入费、公共软件和开发工具补助", "subsidy for rent, broadband, public software and development tools"))));
    all.add(p("JX-2015-90/4.4-leave", Jurisdiction.JIAXING,
        seed(JX_2015_90, "四(四)", "支持高校、科研院所科技人员离岗创业，经原单位同意，可在3年内保留人事关系",
            "Researchers leaving to found a company may keep their personnel relationship for up to 3 years."),
        jxPeriod(LocalDate.of(2015, 12, 1)), Text.of("嘉兴高校、科研院所离岗创业的科技人员", "researchers of Jiaxing universities and institutes on leave to found a company"),
        new TermLimit(Period.ofYears(3), Text.of("离岗创业保留人事关系", "keeping the personnel relationship while on leave"))));
    all.add(p("JX-2015-90/6.2", Jurisdiction.JIAXING,
        seed(JX_2015_90, "六(二)", "每年年终后20个工作日内向市发展众创空间领导小组办公室报告年度工作总结",
            "An annual work report is due within 20 working days after year end."),
        jxPeriod(LocalDate.of(2015, 12, 1)), Text.of("嘉兴各地、市级有关部门", "Jiaxing's counties and municipal departments"),
        new ReportingDeadline(20, Text.of("年度工作总结", "annual work report"))));

    all.add(p("CN-GBF-2015-9/2.2", Jurisdiction.CHINA,
        seed(CN_GBF_2015_9, "二(二)",
            "有条件的地方政府可对众创空间等新型孵化机构的房租、宽带接入费用和用于创业服务的公共软件、开发工具给予适当财政补贴",
            "Local governments that can may subsidise maker spaces' rent, broadband, public software and development tools."),
        ValidityPeriod.from(LocalDate.of(2015, 3, 2)), Text.of("众创空间等新型孵化机构", "maker spaces and other new incubators"),
        new NoFormula(Text.of("房租、宽带接入费用、公共软件和开发工具补贴", "subsidy for rent, broadband, public software and development tools"))));
    all.add(p("JL-2015-31/2.5", Jurisdiction.JILIN,
        seed(JL_2015_31, "二(五)", "相关部门对分管的孵化机构用于创业服务公共软件、开发工具的支出给予适当补贴",
            "Departments subsidise their incubators' spending on public software and development tools."),
        ValidityPeriod.from(LocalDate.of(2015, 6, 8)), Text.of("吉林省孵化机构", "incubators in Jilin"),
        new NoFormula(Text.of("公共软件、开发工具支出补贴", "subsidy for public software and development tools"))));
    all.add(p("LN-2015-94/2.8", Jurisdiction.LIAONING,
        seed(LN_2015_94, "二(八)",
            "对众创空间的房租、宽带接入费用、用于创业服务购置的公共软件、开发工具，以及举办各类创业活动等支出费用，给予适当补贴",
            "Maker spaces' rent, broadband, public software, development tools and events are subsidised appropriately."),
        ValidityPeriod.from(LocalDate.of(2015, 11, 12)), Text.of("辽宁省众创空间", "maker spaces in Liaoning"),
        new NoFormula(Text.of("房租、宽带、公共软件、开发工具和创业活动补贴", "subsidy for rent, broadband, software, tools and events"))));
    all.add(ImmutableProvision.copyOf(p("GS-2015/2.2-cost", Jurisdiction.GANSU,
        seed(GS_2015, "二(二)", "对众创空间等新型孵化机构的房租、宽带接入费用和用于创业服务的公共软件、开发工具给予适当财政补贴",
            "Maker spaces' rent, broadband, public software and development tools are subsidised appropriately."),
        gsPeriod(), Text.of("甘肃省众创空间等新型孵化机构", "maker spaces and new incubators in Gansu"),
        new NoFormula(Text.of("房租、宽带接入费用、公共软件和开发工具补贴", "subsidy for rent, broadband, public software and development tools"))))
        .withNotes(gsDateNote()));

    Year y2020 = Year.of(2020);
    Text jlTargets = Text.of("吉林省（全省）", "Jilin province as a whole");
    String jlQuote = "到２０２０年，形成完善的创新创业政策体系、服务体系和浓厚的社会创新创业文化氛围。培育一批天使投资人和创业投资机构；"
        + "建成１００家以上能有效满足大众创新创业需求、具有较强专业化服务能力的众创空间等新型创业服务平台；"
        + "实现在孵企业达到５０００家以上、聚集创客１万人以上，累计毕业企业达到１０００家以上";
    ValidityPeriod jl = ValidityPeriod.from(LocalDate.of(2015, 6, 8));
    all.add(target("JL-2015-31/1.3-spaces", Jurisdiction.JILIN, seed(JL_2015_31, "一(三)", jlQuote,
        "By 2020: 100+ maker spaces, 5,000+ incubated enterprises, 10,000+ makers, 1,000+ graduated enterprises."), jl,
        jlTargets, new Target("maker-spaces", Text.of("众创空间等新型创业服务平台", "maker spaces and similar platforms"), 100,
            Text.of("家", "platforms"), y2020)));
    all.add(target("JL-2015-31/1.3-incubated", Jurisdiction.JILIN, seed(JL_2015_31, "一(三)", jlQuote,
        "By 2020: 5,000+ incubated enterprises."), jl, jlTargets,
        new Target("incubated-enterprises", Text.of("在孵企业", "incubated enterprises"), 5_000, Text.of("家", "enterprises"), y2020)));
    all.add(target("JL-2015-31/1.3-makers", Jurisdiction.JILIN, seed(JL_2015_31, "一(三)", jlQuote,
        "By 2020: 10,000+ makers."), jl, jlTargets,
        new Target("makers", Text.of("聚集创客", "makers"), 10_000, Text.of("人", "people"), y2020)));
    all.add(target("JL-2015-31/1.3-graduated", Jurisdiction.JILIN, seed(JL_2015_31, "一(三)", jlQuote,
        "By 2020: 1,000+ graduated enterprises in total."), jl, jlTargets,
        new Target("graduated-enterprises", Text.of("累计毕业企业", "graduated enterprises (cumulative)"), 1_000,
            Text.of("家", "enterprises"), y2020)));

    ValidityPeriod jx = jxPeriod(LocalDate.of(2015, 12, 1));
    Text jxScope = Text.of("嘉兴市（全市）", "Jiaxing city as a whole");
    all.add(target("JX-2015-90/2.1", Jurisdiction.JIAXING, seed(JX_2015_90, "二(一)",
        "到2020年，各地要结合特色产业基地和特色小镇的建设与发展，培育100家以上富有嘉兴产业特色、能有效满足大众创业创新需求、具有较强专业化服务能力的众创空间等新型创业服务平台",
        "By 2020: 100+ maker spaces and similar platforms."), jx, jxScope,
        new Target("maker-spaces", Text.of("众创空间等新型创业服务平台", "maker spaces and similar platforms"), 100,
            Text.of("家", "platforms"), y2020)));
    String vc = "到2020年，培育一批天使投资人，集聚创业投资机构20家以上，管理资金规模100亿元以上，投融资渠道更加畅通";
    all.add(target("JX-2015-90/2.2-institutions", Jurisdiction.JIAXING, seed(JX_2015_90, "二(二)", vc,
        "By 2020: 20+ venture-capital institutions."), jx, jxScope,
        new Target("vc-institutions", Text.of("创业投资机构", "venture-capital institutions"), 20, Text.of("家", "institutions"), y2020)));
    all.add(target("JX-2015-90/2.2-funds", Jurisdiction.JIAXING, seed(JX_2015_90, "二(二)", vc,
        "By 2020: venture capital under management of 10 billion yuan or more."), jx, jxScope,
        new Target("vc-funds-yuan", Text.of("创业投资机构管理资金规模", "venture capital under management"), 10_000_000_000L,
            Text.of("元", "yuan"), y2020)));
    String talent = "到2020年，创业创新人才队伍不断壮大，吸引科技创业创新人才5万人以上；进一步健全创业辅导制度，培养创业导师500人以上";
    all.add(target("JX-2015-90/2.3-talents", Jurisdiction.JIAXING, seed(JX_2015_90, "二(三)", talent,
        "By 2020: 50,000+ innovation talents."), jx, jxScope,
        new Target("innovation-talents", Text.of("科技创业创新人才", "innovation and entrepreneurship talents"), 50_000,
            Text.of("人", "people"), y2020)));
    all.add(target("JX-2015-90/2.3-mentors", Jurisdiction.JIAXING, seed(JX_2015_90, "二(三)", talent,
        "By 2020: 500+ entrepreneurship mentors."), jx, jxScope,
        new Target("mentors", Text.of("创业导师", "entrepreneurship mentors"), 500, Text.of("人", "people"), y2020)));
    String firms = "到2020年，孵化培育具有较强市场竞争力的科技型中小微企业3000家以上、高新技术企业800家以上";
    all.add(target("JX-2015-90/2.4-smes", Jurisdiction.JIAXING, seed(JX_2015_90, "二(四)", firms,
        "By 2020: 3,000+ technology SMEs."), jx, jxScope,
        new Target("tech-smes", Text.of("科技型中小微企业", "technology SMEs"), 3_000, Text.of("家", "enterprises"), y2020)));
    all.add(target("JX-2015-90/2.4-hte", Jurisdiction.JIAXING, seed(JX_2015_90, "二(四)", firms,
        "By 2020: 800+ high-tech enterprises."), jx, jxScope,
        new Target("high-tech-enterprises", Text.of("高新技术企业", "high-tech enterprises"), 800, Text.of("家", "enterprises"), y2020)));
    all.add(ImmutableProvision.copyOf(target("GS-2015/1.2", Jurisdiction.GANSU, seed(GS_2015, "一(二)",
        "到2020年，形成一批有效满足大众创新创业需求、具有较强专业化服务能力的众创空间等新型创业服务平台，全省孵化器数量达到50家以上",
        "By 2020: 50+ incubators in the province."), gsPeriod(), Text.of("甘肃省（全省）", "Gansu province as a whole"),
        new Target("incubators", Text.of("孵化器", "incubators"), 50, Text.of("家", "incubators"), y2020)))
        .withNotes(gsDateNote()));
  }

  // ---------------------------------------------------------------- helpers

  private static Provision target(String id, Jurisdiction where, Citation citation, ValidityPeriod validity,
      Text scope, Target target) {
    return p(id, where, citation, validity, scope, target);
  }

  /** GS-2015 is in force from its issue date, known only to lie in a window. */
  private static ValidityPeriod gsPeriod() {
    return new ValidityPeriod(new ValidityPeriod.Within(GS_2015.issued().earliest(), GS_2015.issued().latest(),
        GS_DATE_REASON), new ValidityPeriod.Open());
  }

  private static Text gsDateNote() {
    return Text.of("施行日期取决于文件印发日期，该日期不详（推定窗口 2015-03-02 至 2015-12-31）",
        "in force from the document's issue date, which is unknown (inferred window 2015-03-02 to 2015-12-31)");
  }

  /** JX-2015-90 is in force from {@code first} until its repeal, whose date is known only to a window. */
  private static ValidityPeriod jxPeriod(LocalDate first) {
    var repeal = JX_2015_90.repeal().orElseThrow();
    return new ValidityPeriod(new ValidityPeriod.On(first), new ValidityPeriod.Within(
        repeal.effective().earliest().minusDays(1), repeal.effective().latest().minusDays(1),
        repeal.note().plus(Text.of("；", "; ")).plus(((org.zhongchuang.policy.law.IssueDate.Window) repeal.effective()).reason())));
  }

  private static ValidityPeriod years(int first, int last) {
    return ValidityPeriod.between(LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31));
  }

  private static Cny yuan(long yuan) {
    return Cny.ofYuan(yuan);
  }

  private static Citation seed(PolicyDocument doc, String clause, String quote, String gloss) {
    return new Citation(doc, clause, quote, QuoteKind.SEED_VERBATIM, gloss);
  }

  private static Citation law(PolicyDocument doc, String clause, String quote, String gloss) {
    return new Citation(doc, clause, quote, QuoteKind.LAW_VERBATIM, gloss);
  }

  private static Citation summary(PolicyDocument doc, String clause, String quote, String gloss) {
    return new Citation(doc, clause, quote, QuoteKind.SPECIFICATION_SUMMARY, gloss);
  }

  private static Provision p(String id, Jurisdiction where, Citation citation, ValidityPeriod validity, Text scope,
      Terms terms) {
    return Provision.builder().id(id).jurisdiction(where).citation(citation).validity(validity).scope(scope)
        .terms(terms).confidence(Confidence.CONFIRMED).build();
  }
}
