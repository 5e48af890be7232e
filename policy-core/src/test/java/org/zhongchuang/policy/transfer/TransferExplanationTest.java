package org.zhongchuang.policy.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.zhongchuang.policy.catalogue.Catalogue;
import org.zhongchuang.policy.catalogue.ImmutableProvision;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.catalogue.RewardFloor;
import org.zhongchuang.policy.catalogue.UnitKind;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.law.ValidityPeriod;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.money.Share;
import org.zhongchuang.policy.text.Language;
import org.zhongchuang.policy.text.Text;

/**
 * The explanation is the product: each case's steps and warnings, rendered from the templates, exactly — one case per
 * headline the law and the policy level can give, and per outcome of the team. The citations' quotes follow the
 * steps and are the catalogue's, so they are left out here.
 */
class TransferExplanationTest {
  /**
   * A calculator of its own, over a copy of the built-in catalogue: the places it looks up are found within the test
   * (the built-in calculator keeps them for the life of the JVM).
   */
  private static final TransferRewardCalculator CALC = fresh(Catalogue.builtIn());

  static TransferRewardCalculator fresh(Catalogue catalogue) {
    return TransferRewardCalculator.of(Catalogue.of(catalogue.all()));
  }
  private static final LocalDate D2019 = LocalDate.of(2019, 1, 1);

  private static TransferCase.Builder in(String place, LocalDate date) {
    return TransferCase.builder().jurisdiction(Jurisdiction.parse(place)).date(date);
  }

  /** Steps and warnings, without the quoted citations. */
  static String shown(TransferRewardAssessment r, Language language) {
    String all = r.render(language);
    int cut = all.indexOf(language == Language.ZH ? "引用条款：" : "Citations:");
    return cut < 0 ? all : all.substring(0, cut);
  }

  // ---------------------------------------------------------------- the law's headlines

  @Test
  void oneFenShortOfTheHardMinimumWithATeamInBothLanguages() {
    // 1,000,000.00 × 50% = 500,000.00; 500,000.00 − 499,999.99 = 0.01 short. Split 1:2 of 49,999,999 fen:
    // 49,999,999 / 3 = 16,666,666.33… → 166,666.66, and 2 × that = 33,333,332.66… → 333,333.33 (the fen left goes to
    // the larger remainder, .66). Main contributor 甲 needs ⌈499,999.99 × 50%⌉ = 250,000.00, lacking 83,333.34.
    // Wage income at 50%, half-up: 83,333.33 and 166,666.665 → 166,666.67.
    TransferRewardAssessment r = CALC.assess(in("辽宁省", D2019).unit(UnitKind.UNIVERSITY, true, false)
        .mode(TransferMode.TRANSFER_OR_LICENCE).amount(Cny.ofYuan(1_000_000)).proposedReward(Cny.parse("499999.99"))
        .mainContributor("甲", 1).member("乙", 2).build());
    assertThat(shown(r, Language.EN)).isEqualTo(
        """
        Steps:
         1. Law: the proposed 499,999.99 does not comply with the law: it is 0.01 below the legal minimum 500,000.00 (50%)
            Per: 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款第（一）项
         2. Policy: no local policy floor reaches this unit in Liaoning
         3. Case: a university set up by the state or with public funds in Liaoning, 2019-01-01; transfer or licence; amount 1,000,000.00; proposed reward 499,999.99
         4. Statutory standard 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款第（一）项: at least 50% of the net transfer or licence income; a default that is a hard minimum for this state-established unit (第四十五条第二款): no rule or agreement may go below it; in force on the date
            Per: 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款第（一）项; 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第二款
         5. Statutory standard 国发〔2016〕16号 二（六）1: at least 50% of the net transfer or licence income; mandatory: it binds every unit it reaches; in force on the date
            Per: 国发〔2016〕16号 二（六）1
         6. Legal minimum = amount × the share the law certainly requires, rounded half-up to the fen
            1,000,000.00 × 50% = 500,000.00
         7. Neither Liaoning nor any place it lies within sets a reward floor
         8. The proposal against the legal minimum: shortfall
            499,999.99 < 500,000.00; max(0, 500,000.00 − 499,999.99) = 0.01
         9. Split of the proposed reward, 499,999.99: each member first gets the fen below their exact share; the fen left over go one each to the largest remainders, ties in the order listed
        10. 甲 (weight 1.00)
            499,999.99 × 1/3 = 166,666.6633… → 166,666.66
        11. 乙 (weight 2.00)
            499,999.99 × 2/3 = 333,333.3266… → 333,333.33
        12. The parts add up exactly to the reward split
            166,666.66, 333,333.33 = 499,999.99
        13. Main contributors: together 166,666.66 (33.33…% of 499,999.99), 83,333.34 less than the 250,000.00 国发〔2016〕16号 二（六）3 requires
            Per: 国发〔2016〕16号 二（六）3
        14. Wage income: under 财税〔2018〕58号 第一条 each member's cash reward is counted at 50% into that month's wage and salary income for individual income tax (the tax itself follows the month's wage tax and is not computed here), if: condition: the reward is paid within 36 months of each receipt of transfer income, condition: the technology contract is registered, condition: the recipients' names are published, condition: normal pay is not relabelled as a reward, transitional rule: transfer income received before the notice took effect qualifies for cash rewards paid within 36 months after it took effect that meet the other conditions, the specification (PROVISIONS.md) gives neither the title nor the clause number; both follow the document's usual heading and structure and were not checked against the text, the tax on the amount counted follows the month's wage and salary tax; this library does not compute wage-tax brackets
            Per: 财税〔2018〕58号 第一条
        15. 甲: of 166,666.66, counted into wage income at 50%
            166,666.66 × 50% = 83,333.33
        16. 乙: of 333,333.33, counted into wage income at 50%
            333,333.33 × 50% = 166,666.67
        17. Note of 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款第（一）项: for state-owned enterprises and public institutions the reward counts in the year's total wages but is not limited by it and not part of the wage-total base (art. 45(3))
            Per: 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款第（一）项
        Warnings:
         ! 国发〔2016〕16号 二（六）3 is not confirmed from an official text (secondary source): the specification records only the second half of the item; its subject is the people who made the main contribution to the research and the transfer
        """);
    assertThat(shown(r, Language.ZH)).isEqualTo(
        """
        计算过程：
         1. 法律：建议奖励 499,999.99 不符合法律规定：比法定最低奖励 500,000.00（50%）少 0.01
            依据：《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款第（一）项
         2. 政策：辽宁省没有适用于本单位的地方奖励比例规定
         3. 案件：辽宁省，2019-01-01；国家设立或利用财政资金设立的高等院校；转让或许可；金额 1,000,000.00；建议奖励 499,999.99
         4. 法定标准 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款第（一）项：从转让或许可净收入中提取不低于 50%；默认标准，对本国家设立单位为强制性下限（第四十五条第二款）：规定或约定均不得低于；该日施行中
            依据：《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款第（一）项；《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第二款
         5. 法定标准 国发〔2016〕16号 二（六）1：从转让或许可净收入中提取不低于 50%；强制性规定：约束其所及的所有单位；该日施行中
            依据：国发〔2016〕16号 二（六）1
         6. 法定最低奖励＝金额 × 法律确定要求的比例，四舍五入到分
            1,000,000.00 × 50% = 500,000.00
         7. 辽宁省及其上级地方均未规定奖励比例下限
         8. 建议奖励与法定最低奖励比较：差额
            499,999.99 < 500,000.00；max(0, 500,000.00 − 499,999.99) = 0.01
         9. 分配建议奖励 499,999.99：先按权重取到分（舍去），剩余的分按余数从大到小逐一补足，余数相同时按名单顺序
        10. 甲（权重 1.00）
            499,999.99 × 1/3 = 166,666.6633… → 166,666.66
        11. 乙（权重 2.00）
            499,999.99 × 2/3 = 333,333.3266… → 333,333.33
        12. 各成员金额合计，恰等于被分配的奖励
            166,666.66、333,333.33 = 499,999.99
        13. 主要贡献人员：合计 166,666.66（占 499,999.99 的 33.33…%），比 国发〔2016〕16号 二（六）3 要求的 250,000.00 少 83,333.34
            依据：国发〔2016〕16号 二（六）3
        14. 工资薪金所得：依 财税〔2018〕58号 第一条，各成员的现金奖励按 50% 计入当月“工资、薪金所得”缴纳个人所得税（税额按当月工资薪金计算，本库不计算），条件：条件：在每次取得转化收入后36个月内发放、条件：技术合同已登记、条件：获奖人员名单已公示、条件：不得将正常工资、奖金等收入列入现金奖励、过渡规定：“本通知施行前非营利性科研机构和高校取得的科技成果转化收入，自施行后36个月内给科技人员发放现金奖励，符合本通知规定的其他条件的，适用本通知”、规范（PROVISIONS.md）未载本文件标题和条款序号；标题和“第一条”依文件通行的标题与结构，未与原文核对、计入工资、薪金所得后的税额按当月工资薪金计算，本库不计算税率级距
            依据：财税〔2018〕58号 第一条
        15. 甲：166,666.66 中按 50% 计入工资、薪金所得
            166,666.66 × 50% = 83,333.33
        16. 乙：333,333.33 中按 50% 计入工资、薪金所得
            333,333.33 × 50% = 166,666.67
        17. 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款第（一）项 附注：国有企业、事业单位的奖励支出计入当年本单位工资总额，但不受当年工资总额限制、不纳入工资总额基数（第四十五条第三款）
            依据：《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款第（一）项
        注意：
         ! 国发〔2016〕16号 二（六）3 未经原文证实（二手资料）：规范只记载本项的后半句；主语为在研究开发和科技成果转化中作出主要贡献的人员
        """);
  }

  @Test
  void anEnterpriseThatDoesNotSayWhetherItHasItsOwnRuleGetsBothReadings() {
    // If the default binds: 1,000,000.00 × 50% = 500,000.00, and 400,000.00 is 100,000.00 short; if not, nothing binds.
    TransferRewardAssessment r = CALC.assess(in("辽宁省", D2019).unit(UnitKind.ENTERPRISE)
        .mode(TransferMode.TRANSFER_OR_LICENCE).amount(Cny.ofYuan(1_000_000)).proposedReward(Cny.ofYuan(400_000))
        .build());
    assertThat(shown(r, Language.EN)).isEqualTo(
        """
        Steps:
         1. Law: whether the proposed 400,000.00 complies with the law is uncertain: the default standard binds only if the unit has no reward rule of its own and no agreement with its researchers, and the case does not say (ownRuleOrAgreement). If the standard does not bind: no statutory minimum binds; the unit's own rule or agreement decides; if it binds: a legal minimum of 500,000.00 (50%)
            Per: 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款第（一）项
         2. Policy: no local policy floor reaches this unit in Liaoning
         3. Case: an enterprise in Liaoning, 2019-01-01; transfer or licence; amount 1,000,000.00; proposed reward 400,000.00
         4. Statutory standard 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款第（一）项: at least 50% of the net transfer or licence income; a default that binds only if the unit has no rule of its own and no agreement, which the case does not say: both readings; in force on the date
            Per: 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款第（一）项
         5. Statutory standard 国发〔2016〕16号 二（六）1: at least 50% of the net transfer or licence income; it reaches other units only; in force on the date
            Per: 国发〔2016〕16号 二（六）1
         6. Legal minimum if the uncertain standard binds (the default standard binds only if the unit has no reward rule of its own and no agreement with its researchers, and the case does not say (ownRuleOrAgreement))
            1,000,000.00 × 50% = 500,000.00
         7. Neither Liaoning nor any place it lies within sets a reward floor
         8. The proposal against the legal minimum if the uncertain standard binds: shortfall
            400,000.00 < 500,000.00; max(0, 500,000.00 − 400,000.00) = 100,000.00
         9. Note of 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款第（一）项: for state-owned enterprises and public institutions the reward counts in the year's total wages but is not limited by it and not part of the wage-total base (art. 45(3))
            Per: 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款第（一）项
        Warnings:
         ! 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款第（一）项 is a default standard: it binds only if the unit has no reward rule of its own and no agreement with its researchers; the case does not say (ownRuleOrAgreement), so both readings are given
        """);
  }

  @Test
  void withoutAProposalTheUncertainMinimumIsGivenBothWays() {
    TransferRewardAssessment r = CALC.assess(in("辽宁省", D2019).unit(UnitKind.ENTERPRISE)
        .mode(TransferMode.TRANSFER_OR_LICENCE).amount(Cny.ofYuan(1_000_000)).build());
    assertThat(shown(r, Language.EN)).isEqualTo(
        """
        Steps:
         1. Law: the legal minimum is uncertain: the default standard binds only if the unit has no reward rule of its own and no agreement with its researchers, and the case does not say (ownRuleOrAgreement). If the standard does not bind: no statutory minimum binds; the unit's own rule or agreement decides; if it binds: a legal minimum of 500,000.00 (50%)
            Per: 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款第（一）项
         2. Policy: no local policy floor reaches this unit in Liaoning
         3. Case: an enterprise in Liaoning, 2019-01-01; transfer or licence; amount 1,000,000.00; proposed reward —
         4. Statutory standard 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款第（一）项: at least 50% of the net transfer or licence income; a default that binds only if the unit has no rule of its own and no agreement, which the case does not say: both readings; in force on the date
            Per: 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款第（一）项
         5. Statutory standard 国发〔2016〕16号 二（六）1: at least 50% of the net transfer or licence income; it reaches other units only; in force on the date
            Per: 国发〔2016〕16号 二（六）1
         6. Legal minimum if the uncertain standard binds (the default standard binds only if the unit has no reward rule of its own and no agreement with its researchers, and the case does not say (ownRuleOrAgreement))
            1,000,000.00 × 50% = 500,000.00
         7. Neither Liaoning nor any place it lies within sets a reward floor
         8. Note of 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款第（一）项: for state-owned enterprises and public institutions the reward counts in the year's total wages but is not limited by it and not part of the wage-total base (art. 45(3))
            Per: 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款第（一）项
        Warnings:
         ! 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款第（一）项 is a default standard: it binds only if the unit has no reward rule of its own and no agreement with its researchers; the case does not say (ownRuleOrAgreement), so both readings are given
        """);
  }

  @Test
  void equityWithoutAValueGivesTheShareAndTheJilinFloorConcernsAnotherIncome() {
    TransferRewardAssessment r = CALC.assess(in("吉林省", D2019).unit(UnitKind.UNIVERSITY, true, false)
        .mode(TransferMode.INVESTMENT_AS_EQUITY).build());
    assertThat(shown(r, Language.EN)).isEqualTo(
        """
        Steps:
         1. Law: the legal minimum reward is 50% of the shares or capital contribution formed (no value given)
            Per: 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款第（二）项
         2. Policy: no local policy floor reaches this unit in Jilin
         3. Case: a university set up by the state or with public funds in Jilin, 2019-01-01; investment as equity; amount —; proposed reward —
         4. Statutory standard 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款第（二）项: at least 50% of the shares or capital contribution formed; a default that is a hard minimum for this state-established unit (第四十五条第二款): no rule or agreement may go below it; in force on the date
            Per: 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款第（二）项; 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第二款
         5. Local floor 吉政办发〔2015〕31号 二(二) (Jilin): at least 70%, permissive (it allows or encourages; paying less is not unlawful) — does not apply: it concerns another kind of income
         6. Note of 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款第（二）项: for state-owned enterprises and public institutions the reward counts in the year's total wages but is not limited by it and not part of the wage-total base (art. 45(3))
            Per: 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款第（二）项
        """);
  }

  @Test
  void withoutAProposalTheMinimumAndThePolicyLevelAreStated() {
    // 333,333.00 × 50% = 166,666.50; 333,333.00 × 70% = 233,333.10.
    TransferRewardAssessment r = CALC.assess(in("吉林省", D2019).unit(UnitKind.ENTERPRISE).ownRuleOrAgreement(false)
        .mode(TransferMode.TRANSFER_OR_LICENCE).amount(Cny.ofYuan(333_333)).build());
    assertThat(shown(r, Language.EN)).isEqualTo(
        """
        Steps:
         1. Law: the legal minimum reward is 166,666.50 (50%)
            Per: 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款第（一）项
         2. Policy: the local policy level is 233,333.10 (70%, 吉政办发〔2015〕31号 二(二))
            Per: 吉政办发〔2015〕31号 二(二)
         3. Case: an enterprise in Jilin, 2019-01-01; transfer or licence; amount 333,333.00; proposed reward —
         4. Statutory standard 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款第（一）项: at least 50% of the net transfer or licence income; a default, and the unit has no rule of its own and no agreement: it applies; in force on the date
            Per: 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款第（一）项
         5. Statutory standard 国发〔2016〕16号 二（六）1: at least 50% of the net transfer or licence income; it reaches other units only; in force on the date
            Per: 国发〔2016〕16号 二（六）1
         6. Legal minimum = amount × the share the law certainly requires, rounded half-up to the fen
            333,333.00 × 50% = 166,666.50
         7. Local floor 吉政办发〔2015〕31号 二(二) (Jilin): at least 70%, permissive (it allows or encourages; paying less is not unlawful) — applies: the most specific local floor in force
            Per: 吉政办发〔2015〕31号 二(二)
         8. Policy level of 吉政办发〔2015〕31号 二(二) = amount × its share, rounded half-up to the fen
            333,333.00 × 70% = 233,333.10
            Per: 吉政办发〔2015〕31号 二(二)
         9. Note of 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款第（一）项: for state-owned enterprises and public institutions the reward counts in the year's total wages but is not limited by it and not part of the wage-total base (art. 45(3))
            Per: 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款第（一）项
        10. Note of 吉政办发〔2015〕31号 二(二): for state-owned enterprises and public institutions the reward counts in the year's total wages, not in the wage-total base
            Per: 吉政办发〔2015〕31号 二(二)
        """);
  }

  @Test
  void aStandardThatMayNotBeInForceAndWouldRaiseTheMinimumLeavesTheAnswerUncertain() {
    // 国发〔2016〕16号 二（六）1 raised to 60% for the what-if; on 2016-03-01 its being in force is uncertain.
    // 1,000,000.00 × 50% = 500,000.00 (met by 550,000.00); × 60% = 600,000.00 (50,000.00 short).
    Catalogue higher = Catalogue.builtIn().withModified("SC-2016-1", RewardFloor.class,
        f -> f.withMinimum(Share.percent(60)), Text.of("改", "changed"));
    TransferRewardAssessment r = fresh(higher).assess(in("辽宁省", LocalDate.of(2016, 3, 1))
        .unit(UnitKind.UNIVERSITY, true, false).mode(TransferMode.TRANSFER_OR_LICENCE).amount(Cny.ofYuan(1_000_000))
        .proposedReward(Cny.ofYuan(550_000)).build());
    assertThat(shown(r, Language.EN)).isEqualTo(
        """
        Steps:
         1. Law: whether the proposed 550,000.00 complies with the law is uncertain: a standard that would raise the minimum may or may not be in force on the date. If the standard does not bind: a legal minimum of 500,000.00 (50%); if it binds: a legal minimum of 600,000.00 (60%)
            Per: 国发〔2016〕16号 二（六）1
         2. Policy: no local policy floor reaches this unit in Liaoning
         3. Case: a university set up by the state or with public funds in Liaoning, 2016-03-01; transfer or licence; amount 1,000,000.00; proposed reward 550,000.00
         4. Statutory standard 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款第（一）项: at least 50% of the net transfer or licence income; a default that is a hard minimum for this state-established unit (第四十五条第二款): no rule or agreement may go below it; in force on the date
            Per: 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款第（一）项; 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第二款
         5. Statutory standard 国发〔2016〕16号 二（六）1 (modified: changed): at least 60% of the net transfer or licence income; mandatory: it binds every unit it reaches; it may or may not be in force on the date
            Per: 国发〔2016〕16号 二（六）1
         6. Legal minimum = amount × the share the law certainly requires, rounded half-up to the fen
            1,000,000.00 × 50% = 500,000.00
         7. Legal minimum if the uncertain standard binds (a standard that would raise the minimum may or may not be in force on the date)
            1,000,000.00 × 60% = 600,000.00
         8. Neither Liaoning nor any place it lies within sets a reward floor
         9. The proposal against the legal minimum: shortfall
            550,000.00 ≥ 500,000.00; max(0, 500,000.00 − 550,000.00) = 0.00
        10. The proposal against the legal minimum if the uncertain standard binds: shortfall
            550,000.00 < 600,000.00; max(0, 600,000.00 − 550,000.00) = 50,000.00
        11. Note of 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款第（一）项: for state-owned enterprises and public institutions the reward counts in the year's total wages but is not limited by it and not part of the wage-total base (art. 45(3))
            Per: 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款第（一）项
        Warnings:
         ! whether 国发〔2016〕16号 二（六）1 (modified: changed) is in force on the date cannot be known: whether 2016-03-01 is in force cannot be known: 国发〔2016〕16号 was signed on 2016-02-26 and published on 2016-03-02; whether it applies from its signature or from its publication is unconfirmed
         ! 国发〔2016〕16号 二（六）1 is modified: changed; this result does not follow the provision as enacted
        """);
  }

  @Test
  void noStandardKnownLeavesTheProposalUnjudged() {
    TransferRewardAssessment r = CALC.assess(in("辽宁省", LocalDate.of(2015, 9, 30)).unit(UnitKind.UNIVERSITY, true, false)
        .mode(TransferMode.INVESTMENT_AS_EQUITY).amount(Cny.ofYuan(1_000_000)).proposedReward(Cny.ofYuan(100)).build());
    assertThat(shown(r, Language.EN)).isEqualTo(
        """
        Steps:
         1. Law: the proposed 100.00 cannot be checked against a statutory standard: the catalogue knows no statutory standard for this mode and unit on the date
         2. Policy: no local policy floor reaches this unit in Liaoning
         3. Case: a university set up by the state or with public funds in Liaoning, 2015-09-30; investment as equity; amount 1,000,000.00; proposed reward 100.00
         4. No statutory standard for investment as equity is known on 2015-09-30
         5. Neither Liaoning nor any place it lies within sets a reward floor
        Warnings:
         ! no statutory standard for investment as equity is known on 2015-09-30: the proposal cannot be judged against one
        """);
  }

  @Test
  void theUnitsOwnRuleDecidesAndTheProposalIsNotJudged() {
    TransferRewardAssessment r = CALC.assess(in("辽宁省", D2019).unit(UnitKind.ENTERPRISE).ownRuleOrAgreement(true)
        .mode(TransferMode.TRANSFER_OR_LICENCE).amount(Cny.ofYuan(1_000_000)).proposedReward(Cny.ofYuan(100)).build());
    assertThat(shown(r, Language.EN)).isEqualTo(
        """
        Steps:
         1. Law: the proposed 100.00 cannot be checked against a statutory standard: the unit has its own reward rule or agreement, which decides instead of the default standard (第四十四条); check the proposal against it
            Per: 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款第（一）项
         2. Policy: no local policy floor reaches this unit in Liaoning
         3. Case: an enterprise in Liaoning, 2019-01-01; transfer or licence; amount 1,000,000.00; proposed reward 100.00
         4. Statutory standard 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款第（一）项: at least 50% of the net transfer or licence income; a default, and the unit has its own rule or agreement: that decides instead; in force on the date
            Per: 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款第（一）项
         5. Statutory standard 国发〔2016〕16号 二（六）1: at least 50% of the net transfer or licence income; it reaches other units only; in force on the date
            Per: 国发〔2016〕16号 二（六）1
         6. Neither Liaoning nor any place it lies within sets a reward floor
         7. Note of 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款第（一）项: for state-owned enterprises and public institutions the reward counts in the year's total wages but is not limited by it and not part of the wage-total base (art. 45(3))
            Per: 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款第（一）项
        """);
  }

  // ---------------------------------------------------------------- the policy level

  @Test
  void aJiaxingFloorThatMayHaveBeenRepealedIsReachedExactly() {
    // 1,000,000.00 × 70% = 700,000.00, exactly the proposal: no shortfall if the floor is in force.
    TransferRewardAssessment r = CALC.assess(in("嘉兴市", LocalDate.of(2021, 3, 1)).unit(UnitKind.UNIVERSITY, true, true)
        .mode(TransferMode.TRANSFER_OR_LICENCE).amount(Cny.ofYuan(1_000_000)).proposedReward(Cny.ofYuan(700_000))
        .build());
    assertThat(shown(r, Language.EN)).isEqualTo(
        """
        Steps:
         1. Law: the proposed 700,000.00 complies with the law: it is at least the legal minimum 500,000.00 (50%)
            Per: 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款第（一）项
         2. Policy: whether the local policy level applies is uncertain, because 嘉政办发〔2015〕90号 四(四) may or may not be in force. If it is: the policy level is 700,000.00 (70%, 嘉政办发〔2015〕90号 四(四)), and the proposal reaches it; if it is not: no local policy floor applies
            Per: 嘉政办发〔2015〕90号 四(四)
         3. Case: a university set up by the state or with public funds, provincially owned in Jiaxing, 2021-03-01; transfer or licence; amount 1,000,000.00; proposed reward 700,000.00
         4. Statutory standard 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款第（一）项: at least 50% of the net transfer or licence income; a default that is a hard minimum for this state-established unit (第四十五条第二款): no rule or agreement may go below it; in force on the date
            Per: 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款第（一）项; 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第二款
         5. Statutory standard 国发〔2016〕16号 二（六）1: at least 50% of the net transfer or licence income; mandatory: it binds every unit it reaches; in force on the date
            Per: 国发〔2016〕16号 二（六）1
         6. Legal minimum = amount × the share the law certainly requires, rounded half-up to the fen
            1,000,000.00 × 50% = 500,000.00
         7. Local floor 嘉政办发〔2015〕90号 四(四) (Jiaxing): at least 70%, permissive (it allows or encourages; paying less is not unlawful) — may or may not be in force (see the warnings): whether 2021-03-01 is in force cannot be known: confirmed as still in force on 2019-12-30 by the clean-up notice 嘉政发〔2019〕22号; later repealed in full ("全文废止") by the clean-up notice 嘉政发〔2021〕34号 (secondary source); the repeal's date is unconfirmed (secondary source); the window is inferred from the year in the repealing document's number, 〔2021〕
            Per: 嘉政办发〔2015〕90号 四(四)
         8. Policy level of 嘉政办发〔2015〕90号 四(四) = amount × its share, rounded half-up to the fen
            1,000,000.00 × 70% = 700,000.00
            Per: 嘉政办发〔2015〕90号 四(四)
         9. The proposal against the legal minimum: shortfall
            700,000.00 ≥ 500,000.00; max(0, 500,000.00 − 700,000.00) = 0.00
        10. The proposal against the local policy level if the uncertain floor is in force: shortfall
            700,000.00 ≥ 700,000.00; max(0, 700,000.00 − 700,000.00) = 0.00
        11. Note of 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款第（一）项: for state-owned enterprises and public institutions the reward counts in the year's total wages but is not limited by it and not part of the wage-total base (art. 45(3))
            Per: 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款第（一）项
        12. Note of 嘉政办发〔2015〕90号 四(四): the part used for rewards is not counted in the performance-pay base
            Per: 嘉政办发〔2015〕90号 四(四)
        13. Note of 嘉政办发〔2015〕90号 四(四): equity rewards are not taxed (individual income tax) until the shares are transferred
            Per: 嘉政办发〔2015〕90号 四(四)
        Warnings:
         ! whether the local floor 嘉政办发〔2015〕90号 四(四) is in force on the date cannot be known (whether 2021-03-01 is in force cannot be known: confirmed as still in force on 2019-12-30 by the clean-up notice 嘉政发〔2019〕22号; later repealed in full ("全文废止") by the clean-up notice 嘉政发〔2021〕34号 (secondary source); the repeal's date is unconfirmed (secondary source); the window is inferred from the year in the repealing document's number, 〔2021〕); if it is, the policy level is 700,000.00
        """);
  }

  @Test
  void theLanbaiFloorOfUncertainDateSupersedesGansuAndThe1996LawBinds() {
    // 1996 law: 1,000,000.00 × 20% = 200,000.00, met. Lanbai, if in force: × 90% = 900,000.00, 300,000.00 short.
    TransferRewardAssessment r = CALC.assess(in("lanbai", LocalDate.of(2015, 7, 1))
        .unit(UnitKind.RESEARCH_INSTITUTE, true, false).mode(TransferMode.TRANSFER_OR_LICENCE)
        .amount(Cny.ofYuan(1_000_000)).proposedReward(Cny.ofYuan(600_000)).build());
    assertThat(shown(r, Language.EN)).isEqualTo(
        """
        Steps:
         1. Law: the proposed 600,000.00 complies with the law: it is at least the legal minimum 200,000.00 (20%)
            Per: 《中华人民共和国促进科技成果转化法（1996）》 第二十九条（条文及条号未经证实）
         2. Policy: whether the local policy level applies is uncertain, because 《甘肃省发展众创空间推进大众创新创业实施方案》 二(十) may or may not be in force. If it is: the policy level is 900,000.00 (90%, 《甘肃省发展众创空间推进大众创新创业实施方案》 二(十)), and the proposal is 300,000.00 short of it; if it is not: no local policy floor applies
            Per: 《甘肃省发展众创空间推进大众创新创业实施方案》 二(十)
         3. Case: a research institute set up by the state or with public funds in Lanzhou–Baiyin pilot zone, 2015-07-01; transfer or licence; amount 1,000,000.00; proposed reward 600,000.00
         4. Statutory standard 《中华人民共和国促进科技成果转化法（1996）》 第二十九条（条文及条号未经证实）: at least 20% of the net transfer or licence income; mandatory: it binds every unit it reaches; in force on the date
            Per: 《中华人民共和国促进科技成果转化法（1996）》 第二十九条（条文及条号未经证实）
         5. Legal minimum = amount × the share the law certainly requires, rounded half-up to the fen
            1,000,000.00 × 20% = 200,000.00
         6. Local floor 《甘肃省发展众创空间推进大众创新创业实施方案》 二(十) (Lanzhou–Baiyin pilot zone): at least 90%, permissive (it allows or encourages; paying less is not unlawful) — may or may not be in force (see the warnings): whether 2015-07-01 is in force cannot be known: GS-2015 carries no number and no date: issued no earlier than 2015-03-02 (it cites 国办发〔2015〕9号) and no later than 2015-12-31 (upper bound inferred: it implements the 2015 national opinion and cites the Third and Fourth Plenums but not the Fifth of October 2015)
            Per: 《甘肃省发展众创空间推进大众创新创业实施方案》 二(十)
         7. Local floor 《甘肃省发展众创空间推进大众创新创业实施方案》 二(三) (Gansu): at least 50%, permissive (it allows or encourages; paying less is not unlawful) — superseded by the more specific 《甘肃省发展众创空间推进大众创新创业实施方案》 二(十) (Lanzhou–Baiyin pilot zone)
         8. Policy level of 《甘肃省发展众创空间推进大众创新创业实施方案》 二(十) = amount × its share, rounded half-up to the fen
            1,000,000.00 × 90% = 900,000.00
            Per: 《甘肃省发展众创空间推进大众创新创业实施方案》 二(十)
         9. The proposal against the legal minimum: shortfall
            600,000.00 ≥ 200,000.00; max(0, 200,000.00 − 600,000.00) = 0.00
        10. The proposal against the local policy level if the uncertain floor is in force: shortfall
            600,000.00 < 900,000.00; max(0, 900,000.00 − 600,000.00) = 300,000.00
        11. Note of 《甘肃省发展众创空间推进大众创新创业实施方案》 二(十): in force from the document's issue date, which is unknown (inferred window 2015-03-02 to 2015-12-31)
            Per: 《甘肃省发展众创空间推进大众创新创业实施方案》 二(十)
        Warnings:
         ! whether the local floor 《甘肃省发展众创空间推进大众创新创业实施方案》 二(十) is in force on the date cannot be known (whether 2015-07-01 is in force cannot be known: GS-2015 carries no number and no date: issued no earlier than 2015-03-02 (it cites 国办发〔2015〕9号) and no later than 2015-12-31 (upper bound inferred: it implements the 2015 national opinion and cites the Third and Fourth Plenums but not the Fifth of October 2015)); if it is, the policy level is 900,000.00
         ! 《中华人民共和国促进科技成果转化法（1996）》 第二十九条（条文及条号未经证实） is not confirmed from an official text (unconfirmed): the article's wording, its number and its mandatory "应当" are unconfirmed; a 1999 Hefei rule restating it says "应当" (secondary), the seeds call it "现行不低于20%" and 国办发〔1999〕29号 gives the same 20% (confirmed)
         ! 《甘肃省发展众创空间推进大众创新创业实施方案》 was issued on an unknown day between 2015-03-02 and 2015-12-31: GS-2015 carries no number and no date: issued no earlier than 2015-03-02 (it cites 国办发〔2015〕9号) and no later than 2015-12-31 (upper bound inferred: it implements the 2015 national opinion and cites the Third and Fourth Plenums but not the Fifth of October 2015)
        """);
  }

  @Test
  void shortOfTheJiaxingLevelWhileTheMainContributorsRuleMayNotYetBeInForce() {
    // Law 500,000.00 met; Jiaxing 700,000.00, 100,000.00 short. Split 3:2 of 600,000.00 = 360,000.00 + 240,000.00;
    // the main contributor's 360,000.00 is at least 600,000.00 × 50% = 300,000.00 if 国发〔2016〕16号 is in force.
    TransferRewardAssessment r = CALC.assess(in("嘉兴市", LocalDate.of(2016, 3, 1)).unit(UnitKind.UNIVERSITY, true, true)
        .mode(TransferMode.TRANSFER_OR_LICENCE).amount(Cny.ofYuan(1_000_000)).proposedReward(Cny.ofYuan(600_000))
        .mainContributor("甲", 3).member("乙", 2).build());
    assertThat(shown(r, Language.EN)).isEqualTo(
        """
        Steps:
         1. Law: the proposed 600,000.00 complies with the law: it is at least the legal minimum 500,000.00 (50%)
            Per: 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款第（一）项
         2. Policy: the proposed 600,000.00 is 100,000.00 short of the local policy level 700,000.00 (70%, 嘉政办发〔2015〕90号 四(四)); the floor allows or encourages that level, and falling short of it is not unlawful
            Per: 嘉政办发〔2015〕90号 四(四)
         3. Case: a university set up by the state or with public funds, provincially owned in Jiaxing, 2016-03-01; transfer or licence; amount 1,000,000.00; proposed reward 600,000.00
         4. Statutory standard 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款第（一）项: at least 50% of the net transfer or licence income; a default that is a hard minimum for this state-established unit (第四十五条第二款): no rule or agreement may go below it; in force on the date
            Per: 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款第（一）项; 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第二款
         5. Statutory standard 国发〔2016〕16号 二（六）1: at least 50% of the net transfer or licence income; mandatory: it binds every unit it reaches; it may or may not be in force on the date
            Per: 国发〔2016〕16号 二（六）1
         6. Legal minimum = amount × the share the law certainly requires, rounded half-up to the fen
            1,000,000.00 × 50% = 500,000.00
         7. Local floor 嘉政办发〔2015〕90号 四(四) (Jiaxing): at least 70%, permissive (it allows or encourages; paying less is not unlawful) — applies: the most specific local floor in force
            Per: 嘉政办发〔2015〕90号 四(四)
         8. Policy level of 嘉政办发〔2015〕90号 四(四) = amount × its share, rounded half-up to the fen
            1,000,000.00 × 70% = 700,000.00
            Per: 嘉政办发〔2015〕90号 四(四)
         9. The proposal against the legal minimum: shortfall
            600,000.00 ≥ 500,000.00; max(0, 500,000.00 − 600,000.00) = 0.00
        10. The proposal against the local policy level: shortfall
            600,000.00 < 700,000.00; max(0, 700,000.00 − 600,000.00) = 100,000.00
        11. Split of the proposed reward, 600,000.00: each member first gets the fen below their exact share; the fen left over go one each to the largest remainders, ties in the order listed
        12. 甲 (weight 3.00)
            600,000.00 × 3/5 = 360,000.0000 → 360,000.00
        13. 乙 (weight 2.00)
            600,000.00 × 2/5 = 240,000.0000 → 240,000.00
        14. The parts add up exactly to the reward split
            360,000.00, 240,000.00 = 600,000.00
        15. Main contributors: together 360,000.00 (60%); 国发〔2016〕16号 二（六）3 would require 300,000.00, and they would receive enough; whether it is in force on the date is uncertain: whether 2016-03-01 is in force cannot be known: 国发〔2016〕16号 was signed on 2016-02-26 and published on 2016-03-02; whether it applies from its signature or from its publication is unconfirmed
            Per: 国发〔2016〕16号 二（六）3
        16. Wage income: the reduced counting of 财税〔2018〕58号 第一条 does not apply: it is not in force on the date: 2016-03-01 is before the start (2018-07-01)
            Per: 财税〔2018〕58号 第一条
        17. Note of 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款第（一）项: for state-owned enterprises and public institutions the reward counts in the year's total wages but is not limited by it and not part of the wage-total base (art. 45(3))
            Per: 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款第（一）项
        18. Note of 嘉政办发〔2015〕90号 四(四): the part used for rewards is not counted in the performance-pay base
            Per: 嘉政办发〔2015〕90号 四(四)
        19. Note of 嘉政办发〔2015〕90号 四(四): equity rewards are not taxed (individual income tax) until the shares are transferred
            Per: 嘉政办发〔2015〕90号 四(四)
        Warnings:
         ! whether 国发〔2016〕16号 二（六）1 is in force on the date cannot be known: whether 2016-03-01 is in force cannot be known: 国发〔2016〕16号 was signed on 2016-02-26 and published on 2016-03-02; whether it applies from its signature or from its publication is unconfirmed
         ! 国发〔2016〕16号 二（六）3 is not confirmed from an official text (secondary source): the specification records only the second half of the item; its subject is the people who made the main contribution to the research and the transfer
        """);
  }

  @Test
  void aFloorThatYieldsToTheContractIsDisplacedAndItsNotesStillShown() {
    TransferRewardAssessment r = CALC.assess(in("嘉兴市", LocalDate.of(2016, 3, 2)).unit(UnitKind.UNIVERSITY, true, true)
        .mode(TransferMode.TRANSFER_OR_LICENCE).amount(Cny.ofYuan(1_000_000)).contractProvidesOtherwise(true).build());
    assertThat(shown(r, Language.EN)).isEqualTo(
        """
        Steps:
         1. Law: the legal minimum reward is 500,000.00 (50%)
            Per: 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款第（一）项
         2. Policy: the local floor of 嘉政办发〔2015〕90号 四(四) yields to the contract, which provides otherwise; no other local floor reaches this unit
            Per: 嘉政办发〔2015〕90号 四(四)
         3. Case: a university set up by the state or with public funds, provincially owned in Jiaxing, 2016-03-02; transfer or licence; amount 1,000,000.00; proposed reward —
         4. Statutory standard 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款第（一）项: at least 50% of the net transfer or licence income; a default that is a hard minimum for this state-established unit (第四十五条第二款): no rule or agreement may go below it; in force on the date
            Per: 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款第（一）项; 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第二款
         5. Statutory standard 国发〔2016〕16号 二（六）1: at least 50% of the net transfer or licence income; mandatory: it binds every unit it reaches; in force on the date
            Per: 国发〔2016〕16号 二（六）1
         6. Legal minimum = amount × the share the law certainly requires, rounded half-up to the fen
            1,000,000.00 × 50% = 500,000.00
         7. Local floor 嘉政办发〔2015〕90号 四(四) (Jiaxing): at least 70%, permissive (it allows or encourages; paying less is not unlawful) — does not apply: the contract provides otherwise ("除合同另有约定外")
            Per: 嘉政办发〔2015〕90号 四(四)
         8. Note of 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款第（一）项: for state-owned enterprises and public institutions the reward counts in the year's total wages but is not limited by it and not part of the wage-total base (art. 45(3))
            Per: 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款第（一）项
         9. Note of 嘉政办发〔2015〕90号 四(四): the part used for rewards is not counted in the performance-pay base
            Per: 嘉政办发〔2015〕90号 四(四)
        10. Note of 嘉政办发〔2015〕90号 四(四): equity rewards are not taxed (individual income tax) until the shares are transferred
            Per: 嘉政办发〔2015〕90号 四(四)
        Warnings:
         ! the 70% floor of 嘉政办发〔2015〕90号 四(四) yields to the contract, which provides otherwise; only the statutory standard and any other local floor apply
        """);
  }

  @Test
  void aMoreSpecificFloorOfUncertainDateLeavesTheLessSpecificOneApplyingIfItIsNot() {
    // What if the Lanbai floor started on an unknown day of 2016: on 2016-06-01 Gansu's 50% applies if it is not.
    // 1,000,000.00 × 50% = 500,000.00, reached by 600,000.00; × 90% = 900,000.00, 300,000.00 short.
    Provision lanbai = Catalogue.builtIn().byId("GS-2015/2.10");
    Catalogue later = Catalogue.builtIn().withReplaced(lanbai.modifiedValidity(new ValidityPeriod(
        new ValidityPeriod.Within(LocalDate.of(2016, 1, 1), LocalDate.of(2016, 12, 31),
            Text.of("2016年某日", "an unknown day of 2016")), new ValidityPeriod.Open()), Text.of("推迟", "a later start")));
    TransferRewardAssessment r = fresh(later).assess(in("lanbai", LocalDate.of(2016, 6, 1))
        .unit(UnitKind.RESEARCH_INSTITUTE, true, false).mode(TransferMode.TRANSFER_OR_LICENCE)
        .amount(Cny.ofYuan(1_000_000)).proposedReward(Cny.ofYuan(600_000)).build());
    assertThat(shown(r, Language.EN)).isEqualTo(
        """
        Steps:
         1. Law: the proposed 600,000.00 complies with the law: it is at least the legal minimum 500,000.00 (50%)
            Per: 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款第（一）项
         2. Policy: whether the local policy level applies is uncertain, because 《甘肃省发展众创空间推进大众创新创业实施方案》 二(十) (modified: a later start) may or may not be in force. If it is: the policy level is 900,000.00 (90%, 《甘肃省发展众创空间推进大众创新创业实施方案》 二(十) (modified: a later start)), and the proposal is 300,000.00 short of it; if it is not: the policy level is 500,000.00 (50%, 《甘肃省发展众创空间推进大众创新创业实施方案》 二(三)), and the proposal reaches it
            Per: 《甘肃省发展众创空间推进大众创新创业实施方案》 二(十)
         3. Case: a research institute set up by the state or with public funds in Lanzhou–Baiyin pilot zone, 2016-06-01; transfer or licence; amount 1,000,000.00; proposed reward 600,000.00
         4. Statutory standard 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款第（一）项: at least 50% of the net transfer or licence income; a default that is a hard minimum for this state-established unit (第四十五条第二款): no rule or agreement may go below it; in force on the date
            Per: 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款第（一）项; 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第二款
         5. Statutory standard 国发〔2016〕16号 二（六）1: at least 50% of the net transfer or licence income; mandatory: it binds every unit it reaches; in force on the date
            Per: 国发〔2016〕16号 二（六）1
         6. Legal minimum = amount × the share the law certainly requires, rounded half-up to the fen
            1,000,000.00 × 50% = 500,000.00
         7. Local floor 《甘肃省发展众创空间推进大众创新创业实施方案》 二(十) (modified: a later start) (Lanzhou–Baiyin pilot zone): at least 90%, permissive (it allows or encourages; paying less is not unlawful) — may or may not be in force (see the warnings): whether 2016-06-01 is in force cannot be known: an unknown day of 2016
            Per: 《甘肃省发展众创空间推进大众创新创业实施方案》 二(十)
         8. Local floor 《甘肃省发展众创空间推进大众创新创业实施方案》 二(三) (Gansu): at least 50%, permissive (it allows or encourages; paying less is not unlawful) — applies if the more specific 《甘肃省发展众创空间推进大众创新创业实施方案》 二(十) (modified: a later start) is not in force
            Per: 《甘肃省发展众创空间推进大众创新创业实施方案》 二(三)
         9. Policy level of 《甘肃省发展众创空间推进大众创新创业实施方案》 二(三) = amount × its share, rounded half-up to the fen
            1,000,000.00 × 50% = 500,000.00
            Per: 《甘肃省发展众创空间推进大众创新创业实施方案》 二(三)
        10. Policy level of 《甘肃省发展众创空间推进大众创新创业实施方案》 二(十) (modified: a later start) = amount × its share, rounded half-up to the fen
            1,000,000.00 × 90% = 900,000.00
            Per: 《甘肃省发展众创空间推进大众创新创业实施方案》 二(十)
        11. The proposal against the legal minimum: shortfall
            600,000.00 ≥ 500,000.00; max(0, 500,000.00 − 600,000.00) = 0.00
        12. The proposal against the local policy level: shortfall
            600,000.00 ≥ 500,000.00; max(0, 500,000.00 − 600,000.00) = 0.00
        13. The proposal against the local policy level if the uncertain floor is in force: shortfall
            600,000.00 < 900,000.00; max(0, 900,000.00 − 600,000.00) = 300,000.00
        14. Note of 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款第（一）项: for state-owned enterprises and public institutions the reward counts in the year's total wages but is not limited by it and not part of the wage-total base (art. 45(3))
            Per: 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款第（一）项
        15. Note of 《甘肃省发展众创空间推进大众创新创业实施方案》 二(三): no cap on the share of equity taken for achievements ("科技成果入股比例不设上线")
            Per: 《甘肃省发展众创空间推进大众创新创业实施方案》 二(三)
        16. Note of 《甘肃省发展众创空间推进大众创新创业实施方案》 二(三): in force from the document's issue date, which is unknown (inferred window 2015-03-02 to 2015-12-31)
            Per: 《甘肃省发展众创空间推进大众创新创业实施方案》 二(三)
        17. Note of 《甘肃省发展众创空间推进大众创新创业实施方案》 二(十) (modified: a later start): in force from the document's issue date, which is unknown (inferred window 2015-03-02 to 2015-12-31)
            Per: 《甘肃省发展众创空间推进大众创新创业实施方案》 二(十)
        Warnings:
         ! whether the local floor 《甘肃省发展众创空间推进大众创新创业实施方案》 二(十) (modified: a later start) is in force on the date cannot be known (whether 2016-06-01 is in force cannot be known: an unknown day of 2016); if it is, the policy level is 900,000.00
         ! 《甘肃省发展众创空间推进大众创新创业实施方案》 was issued on an unknown day between 2015-03-02 and 2015-12-31: GS-2015 carries no number and no date: issued no earlier than 2015-03-02 (it cites 国办发〔2015〕9号) and no later than 2015-12-31 (upper bound inferred: it implements the 2015 national opinion and cites the Third and Fourth Plenums but not the Fifth of October 2015)
         ! 《甘肃省发展众创空间推进大众创新创业实施方案》 二(十) is modified: a later start; this result does not follow the provision as enacted
        """);
  }

  @Test
  void ofTwoFloorsOfOnePlaceTheHigherAppliesWhateverTheCatalogueOrder() {
    // A second Jilin floor of 80%, added after the 70% one: 1,000,000.00 × 80% = 800,000.00, reached exactly.
    Provision jl = Catalogue.builtIn().byId("JL-2015-31/2.2");
    Catalogue two = Catalogue.builtIn().withAdded(ImmutableProvision.copyOf(jl).withId("JL-X")
        .withTerms(((RewardFloor) jl.terms()).withMinimum(Share.percent(80))));
    TransferRewardAssessment r = fresh(two).assess(in("吉林省", D2019).unit(UnitKind.ENTERPRISE).ownRuleOrAgreement(false)
        .mode(TransferMode.TRANSFER_OR_LICENCE).amount(Cny.ofYuan(1_000_000)).proposedReward(Cny.ofYuan(800_000))
        .build());
    assertThat(r.policyFloor().orElseThrow().provision().id()).isEqualTo("JL-X");
    assertThat(shown(r, Language.EN)).isEqualTo(
        """
        Steps:
         1. Law: the proposed 800,000.00 complies with the law: it is at least the legal minimum 500,000.00 (50%)
            Per: 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款第（一）项
         2. Policy: the proposed 800,000.00 reaches the local policy level 800,000.00 (80%, 吉政办发〔2015〕31号 二(二))
            Per: 吉政办发〔2015〕31号 二(二)
         3. Case: an enterprise in Jilin, 2019-01-01; transfer or licence; amount 1,000,000.00; proposed reward 800,000.00
         4. Statutory standard 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款第（一）项: at least 50% of the net transfer or licence income; a default, and the unit has no rule of its own and no agreement: it applies; in force on the date
            Per: 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款第（一）项
         5. Statutory standard 国发〔2016〕16号 二（六）1: at least 50% of the net transfer or licence income; it reaches other units only; in force on the date
            Per: 国发〔2016〕16号 二（六）1
         6. Legal minimum = amount × the share the law certainly requires, rounded half-up to the fen
            1,000,000.00 × 50% = 500,000.00
         7. Local floor 吉政办发〔2015〕31号 二(二) (Jilin): at least 80%, permissive (it allows or encourages; paying less is not unlawful) — applies: the most specific local floor in force
            Per: 吉政办发〔2015〕31号 二(二)
         8. Local floor 吉政办发〔2015〕31号 二(二) (Jilin): at least 70%, permissive (it allows or encourages; paying less is not unlawful) — superseded by the higher floor of the same place, 吉政办发〔2015〕31号 二(二) (Jilin)
         9. Policy level of 吉政办发〔2015〕31号 二(二) = amount × its share, rounded half-up to the fen
            1,000,000.00 × 80% = 800,000.00
            Per: 吉政办发〔2015〕31号 二(二)
        10. The proposal against the legal minimum: shortfall
            800,000.00 ≥ 500,000.00; max(0, 500,000.00 − 800,000.00) = 0.00
        11. The proposal against the local policy level: shortfall
            800,000.00 ≥ 800,000.00; max(0, 800,000.00 − 800,000.00) = 0.00
        12. Note of 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款第（一）项: for state-owned enterprises and public institutions the reward counts in the year's total wages but is not limited by it and not part of the wage-total base (art. 45(3))
            Per: 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款第（一）项
        13. Note of 吉政办发〔2015〕31号 二(二): for state-owned enterprises and public institutions the reward counts in the year's total wages, not in the wage-total base
            Per: 吉政办发〔2015〕31号 二(二)
        """);
  }

  // ---------------------------------------------------------------- the team

  @Test
  void theLegalMinimumIsSplitWhenNothingIsProposedInBothLanguages() {
    // 1.00 × 50% = 0.50; three equal members: 50 / 3 = 16 fen each, remainder 2 fen to the first two listed.
    // Main contributor 甲: 0.17 of the required 0.25, 0.08 short. Wage income: 0.085 → 0.09, 0.08.
    TransferRewardAssessment r = CALC.assess(in("辽宁省", D2019).unit(UnitKind.UNIVERSITY, true, false)
        .mode(TransferMode.TRANSFER_OR_LICENCE).amount(Cny.ofYuan(1)).mainContributor("甲", 1).member("乙", 1)
        .member("丙", 1).build());
    assertThat(shown(r, Language.EN)).isEqualTo(
        """
        Steps:
         1. Law: the legal minimum reward is 0.50 (50%)
            Per: 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款第（一）项
         2. Policy: no local policy floor reaches this unit in Liaoning
         3. Case: a university set up by the state or with public funds in Liaoning, 2019-01-01; transfer or licence; amount 1.00; proposed reward —
         4. Statutory standard 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款第（一）项: at least 50% of the net transfer or licence income; a default that is a hard minimum for this state-established unit (第四十五条第二款): no rule or agreement may go below it; in force on the date
            Per: 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款第（一）项; 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第二款
         5. Statutory standard 国发〔2016〕16号 二（六）1: at least 50% of the net transfer or licence income; mandatory: it binds every unit it reaches; in force on the date
            Per: 国发〔2016〕16号 二（六）1
         6. Legal minimum = amount × the share the law certainly requires, rounded half-up to the fen
            1.00 × 50% = 0.50
         7. Neither Liaoning nor any place it lies within sets a reward floor
         8. Split of the legal minimum reward, 0.50: each member first gets the fen below their exact share; the fen left over go one each to the largest remainders, ties in the order listed
         9. 甲 (weight 1.00)
            0.50 × 1/3 = 0.1666… → 0.17
        10. 乙 (weight 1.00)
            0.50 × 1/3 = 0.1666… → 0.17
        11. 丙 (weight 1.00)
            0.50 × 1/3 = 0.1666… → 0.16
        12. The parts add up exactly to the reward split
            0.17, 0.17, 0.16 = 0.50
        13. Main contributors: together 0.17 (34% of 0.50), 0.08 less than the 0.25 国发〔2016〕16号 二（六）3 requires
            Per: 国发〔2016〕16号 二（六）3
        14. Wage income: under 财税〔2018〕58号 第一条 each member's cash reward is counted at 50% into that month's wage and salary income for individual income tax (the tax itself follows the month's wage tax and is not computed here), if: condition: the reward is paid within 36 months of each receipt of transfer income, condition: the technology contract is registered, condition: the recipients' names are published, condition: normal pay is not relabelled as a reward, transitional rule: transfer income received before the notice took effect qualifies for cash rewards paid within 36 months after it took effect that meet the other conditions, the specification (PROVISIONS.md) gives neither the title nor the clause number; both follow the document's usual heading and structure and were not checked against the text, the tax on the amount counted follows the month's wage and salary tax; this library does not compute wage-tax brackets
            Per: 财税〔2018〕58号 第一条
        15. 甲: of 0.17, counted into wage income at 50%
            0.17 × 50% = 0.09
        16. 乙: of 0.17, counted into wage income at 50%
            0.17 × 50% = 0.09
        17. 丙: of 0.16, counted into wage income at 50%
            0.16 × 50% = 0.08
        18. Note of 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款第（一）项: for state-owned enterprises and public institutions the reward counts in the year's total wages but is not limited by it and not part of the wage-total base (art. 45(3))
            Per: 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款第（一）项
        Warnings:
         ! 国发〔2016〕16号 二（六）3 is not confirmed from an official text (secondary source): the specification records only the second half of the item; its subject is the people who made the main contribution to the research and the transfer
        """);
    assertThat(shown(r, Language.ZH)).isEqualTo(
        """
        计算过程：
         1. 法律：法定最低奖励为 0.50（50%）
            依据：《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款第（一）项
         2. 政策：辽宁省没有适用于本单位的地方奖励比例规定
         3. 案件：辽宁省，2019-01-01；国家设立或利用财政资金设立的高等院校；转让或许可；金额 1.00；建议奖励 —
         4. 法定标准 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款第（一）项：从转让或许可净收入中提取不低于 50%；默认标准，对本国家设立单位为强制性下限（第四十五条第二款）：规定或约定均不得低于；该日施行中
            依据：《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款第（一）项；《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第二款
         5. 法定标准 国发〔2016〕16号 二（六）1：从转让或许可净收入中提取不低于 50%；强制性规定：约束其所及的所有单位；该日施行中
            依据：国发〔2016〕16号 二（六）1
         6. 法定最低奖励＝金额 × 法律确定要求的比例，四舍五入到分
            1.00 × 50% = 0.50
         7. 辽宁省及其上级地方均未规定奖励比例下限
         8. 分配法定最低奖励 0.50：先按权重取到分（舍去），剩余的分按余数从大到小逐一补足，余数相同时按名单顺序
         9. 甲（权重 1.00）
            0.50 × 1/3 = 0.1666… → 0.17
        10. 乙（权重 1.00）
            0.50 × 1/3 = 0.1666… → 0.17
        11. 丙（权重 1.00）
            0.50 × 1/3 = 0.1666… → 0.16
        12. 各成员金额合计，恰等于被分配的奖励
            0.17、0.17、0.16 = 0.50
        13. 主要贡献人员：合计 0.17（占 0.50 的 34%），比 国发〔2016〕16号 二（六）3 要求的 0.25 少 0.08
            依据：国发〔2016〕16号 二（六）3
        14. 工资薪金所得：依 财税〔2018〕58号 第一条，各成员的现金奖励按 50% 计入当月“工资、薪金所得”缴纳个人所得税（税额按当月工资薪金计算，本库不计算），条件：条件：在每次取得转化收入后36个月内发放、条件：技术合同已登记、条件：获奖人员名单已公示、条件：不得将正常工资、奖金等收入列入现金奖励、过渡规定：“本通知施行前非营利性科研机构和高校取得的科技成果转化收入，自施行后36个月内给科技人员发放现金奖励，符合本通知规定的其他条件的，适用本通知”、规范（PROVISIONS.md）未载本文件标题和条款序号；标题和“第一条”依文件通行的标题与结构，未与原文核对、计入工资、薪金所得后的税额按当月工资薪金计算，本库不计算税率级距
            依据：财税〔2018〕58号 第一条
        15. 甲：0.17 中按 50% 计入工资、薪金所得
            0.17 × 50% = 0.09
        16. 乙：0.17 中按 50% 计入工资、薪金所得
            0.17 × 50% = 0.09
        17. 丙：0.16 中按 50% 计入工资、薪金所得
            0.16 × 50% = 0.08
        18. 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款第（一）项 附注：国有企业、事业单位的奖励支出计入当年本单位工资总额，但不受当年工资总额限制、不纳入工资总额基数（第四十五条第三款）
            依据：《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款第（一）项
        注意：
         ! 国发〔2016〕16号 二（六）3 未经原文证实（二手资料）：规范只记载本项的后半句；主语为在研究开发和科技成果转化中作出主要贡献的人员
        """);
  }

  @Test
  void aPrivateUniversityHasNoMainContributorsRuleAndMayCountWageIncome() {
    // 70.00 by 2:1: 7,000 × 2 / 3 = 4,666.66… → 46.67 (the larger remainder), 23.33. At 50%: 23.335 → 23.34, 11.665
    // → 11.67.
    TransferRewardAssessment r = CALC.assess(in("辽宁省", D2019).unit(UnitKind.UNIVERSITY, false, false)
        .ownRuleOrAgreement(false).mode(TransferMode.TRANSFER_OR_LICENCE).amount(Cny.ofYuan(100))
        .proposedReward(Cny.ofYuan(70)).member("甲", 2).member("乙", 1).build());
    assertThat(shown(r, Language.EN)).isEqualTo(
        """
        Steps:
         1. Law: the proposed 70.00 complies with the law: it is at least the legal minimum 50.00 (50%)
            Per: 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款第（一）项
         2. Policy: no local policy floor reaches this unit in Liaoning
         3. Case: a university not set up by the state or with public funds in Liaoning, 2019-01-01; transfer or licence; amount 100.00; proposed reward 70.00
         4. Statutory standard 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款第（一）项: at least 50% of the net transfer or licence income; a default, and the unit has no rule of its own and no agreement: it applies; in force on the date
            Per: 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款第（一）项
         5. Statutory standard 国发〔2016〕16号 二（六）1: at least 50% of the net transfer or licence income; it reaches other units only; in force on the date
            Per: 国发〔2016〕16号 二（六）1
         6. Legal minimum = amount × the share the law certainly requires, rounded half-up to the fen
            100.00 × 50% = 50.00
         7. Neither Liaoning nor any place it lies within sets a reward floor
         8. The proposal against the legal minimum: shortfall
            70.00 ≥ 50.00; max(0, 50.00 − 70.00) = 0.00
         9. Split of the proposed reward, 70.00: each member first gets the fen below their exact share; the fen left over go one each to the largest remainders, ties in the order listed
        10. 甲 (weight 2.00)
            70.00 × 2/3 = 46.6666… → 46.67
        11. 乙 (weight 1.00)
            70.00 × 1/3 = 23.3333… → 23.33
        12. The parts add up exactly to the reward split
            46.67, 23.33 = 70.00
        13. Main contributors: no rule on their share of the reward reaches this unit on the date
        14. Wage income: 财税〔2018〕58号 第一条 (counted at 50%) applies only if the unit is non-profit, which the case does not say (nonProfit); its conditions: condition: the reward is paid within 36 months of each receipt of transfer income, condition: the technology contract is registered, condition: the recipients' names are published, condition: normal pay is not relabelled as a reward, transitional rule: transfer income received before the notice took effect qualifies for cash rewards paid within 36 months after it took effect that meet the other conditions, the specification (PROVISIONS.md) gives neither the title nor the clause number; both follow the document's usual heading and structure and were not checked against the text, the tax on the amount counted follows the month's wage and salary tax; this library does not compute wage-tax brackets
            Per: 财税〔2018〕58号 第一条
        15. 甲: of 46.67, counted into wage income at 50%
            46.67 × 50% = 23.34
        16. 乙: of 23.33, counted into wage income at 50%
            23.33 × 50% = 11.67
        17. Note of 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款第（一）项: for state-owned enterprises and public institutions the reward counts in the year's total wages but is not limited by it and not part of the wage-total base (art. 45(3))
            Per: 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款第（一）项
        """);
  }

  @Test
  void onTheDaySignedTheMainContributorsWouldLackAndTheProposalExceedsTheAmount() {
    // 120.00 by 1:3 = 30.00 + 90.00; 120.00 × 50% = 60.00 required, 30.00 lacking.
    TransferRewardAssessment r = CALC.assess(in("辽宁省", LocalDate.of(2016, 2, 26)).unit(UnitKind.UNIVERSITY, true, false)
        .mode(TransferMode.TRANSFER_OR_LICENCE).amount(Cny.ofYuan(100)).proposedReward(Cny.ofYuan(120))
        .mainContributor("甲", 1).member("乙", 3).build());
    assertThat(shown(r, Language.EN)).isEqualTo(
        """
        Steps:
         1. Law: the proposed 120.00 complies with the law: it is at least the legal minimum 50.00 (50%)
            Per: 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款第（一）项
         2. Policy: no local policy floor reaches this unit in Liaoning
         3. Case: a university set up by the state or with public funds in Liaoning, 2016-02-26; transfer or licence; amount 100.00; proposed reward 120.00
         4. Statutory standard 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款第（一）项: at least 50% of the net transfer or licence income; a default that is a hard minimum for this state-established unit (第四十五条第二款): no rule or agreement may go below it; in force on the date
            Per: 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款第（一）项; 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第二款
         5. Statutory standard 国发〔2016〕16号 二（六）1: at least 50% of the net transfer or licence income; mandatory: it binds every unit it reaches; it may or may not be in force on the date
            Per: 国发〔2016〕16号 二（六）1
         6. Legal minimum = amount × the share the law certainly requires, rounded half-up to the fen
            100.00 × 50% = 50.00
         7. Neither Liaoning nor any place it lies within sets a reward floor
         8. The proposal against the legal minimum: shortfall
            120.00 ≥ 50.00; max(0, 50.00 − 120.00) = 0.00
         9. Split of the proposed reward, 120.00: each member first gets the fen below their exact share; the fen left over go one each to the largest remainders, ties in the order listed
        10. 甲 (weight 1.00)
            120.00 × 1/4 = 30.0000 → 30.00
        11. 乙 (weight 3.00)
            120.00 × 3/4 = 90.0000 → 90.00
        12. The parts add up exactly to the reward split
            30.00, 90.00 = 120.00
        13. Main contributors: together 30.00 (25%); 国发〔2016〕16号 二（六）3 would require 60.00, and they would lack 30.00; whether it is in force on the date is uncertain: whether 2016-02-26 is in force cannot be known: 国发〔2016〕16号 was signed on 2016-02-26 and published on 2016-03-02; whether it applies from its signature or from its publication is unconfirmed
            Per: 国发〔2016〕16号 二（六）3
        14. Wage income: the reduced counting of 财税〔2018〕58号 第一条 does not apply: it is not in force on the date: 2016-02-26 is before the start (2018-07-01)
            Per: 财税〔2018〕58号 第一条
        15. Note of 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款第（一）项: for state-owned enterprises and public institutions the reward counts in the year's total wages but is not limited by it and not part of the wage-total base (art. 45(3))
            Per: 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款第（一）项
        Warnings:
         ! whether 国发〔2016〕16号 二（六）1 is in force on the date cannot be known: whether 2016-02-26 is in force cannot be known: 国发〔2016〕16号 was signed on 2016-02-26 and published on 2016-03-02; whether it applies from its signature or from its publication is unconfirmed
         ! the proposed reward 120.00 is more than the amount it is a share of (100.00)
         ! 国发〔2016〕16号 二（六）3 is not confirmed from an official text (secondary source): the specification records only the second half of the item; its subject is the people who made the main contribution to the research and the transfer
        """);
  }

  @Test
  void ownImplementationIsPaidYearlyAndTheMainContributorsGetExactlyHalf() {
    // 1,000.00 × 5% = 50.00 a year for 3 to 5 years; 500.00 of 1,000.00 is exactly the 50% required.
    TransferRewardAssessment r = CALC.assess(in("辽宁省", D2019).unit(UnitKind.UNIVERSITY, true, false)
        .mode(TransferMode.OWN_IMPLEMENTATION).amount(Cny.ofYuan(1000)).proposedReward(Cny.ofYuan(1000))
        .mainContributor("甲", 1).member("乙", 1).build());
    assertThat(shown(r, Language.EN)).isEqualTo(
        """
        Steps:
         1. Law: the proposed 1,000.00 complies with the law: it is at least the legal minimum 50.00 (5%)
            Per: 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款第（三）项
         2. Policy: no local policy floor reaches this unit in Liaoning
         3. Case: a university set up by the state or with public funds in Liaoning, 2019-01-01; own or joint implementation; amount 1,000.00; proposed reward 1,000.00
         4. Statutory standard 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款第（三）项: at least 5% of each year's operating profit; a default that is a hard minimum for this state-established unit (第四十五条第二款): no rule or agreement may go below it; in force on the date
            Per: 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款第（三）项; 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第二款
         5. Legal minimum = amount × the share the law certainly requires, rounded half-up to the fen
            1,000.00 × 5% = 50.00
         6. The minimum is paid each year, for 3 to 5 years
         7. Neither Liaoning nor any place it lies within sets a reward floor
         8. The proposal against the legal minimum: shortfall
            1,000.00 ≥ 50.00; max(0, 50.00 − 1,000.00) = 0.00
         9. Split of the proposed reward, 1,000.00: each member first gets the fen below their exact share; the fen left over go one each to the largest remainders, ties in the order listed
        10. 甲 (weight 1.00)
            1,000.00 × 1/2 = 500.0000 → 500.00
        11. 乙 (weight 1.00)
            1,000.00 × 1/2 = 500.0000 → 500.00
        12. The parts add up exactly to the reward split
            500.00, 500.00 = 1,000.00
        13. Main contributors: together 500.00 (50% of 1,000.00), at least the 500.00 国发〔2016〕16号 二（六）3 requires
            Per: 国发〔2016〕16号 二（六）3
        14. Wage income: the reduced counting of 财税〔2018〕58号 第一条 does not apply: it counts cash rewards from transfer or licence income only
            Per: 财税〔2018〕58号 第一条
        15. Note of 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款第（三）项: for state-owned enterprises and public institutions the reward counts in the year's total wages but is not limited by it and not part of the wage-total base (art. 45(3))
            Per: 《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款第（三）项
        Warnings:
         ! 国发〔2016〕16号 二（六）3 is not confirmed from an official text (secondary source): the specification records only the second half of the item; its subject is the people who made the main contribution to the research and the transfer
        """);
  }

  @Test
  void aWeightWrittenAsAPercentageIsShownAsThatPercentage() {
    // 60% and 40% of a 500,000.00 reward: 300,000.00 and 200,000.00; the step shows "60%", not the proportion 0.60.
    TransferRewardAssessment r = CALC.assess(in("辽宁省", D2019).unit(UnitKind.UNIVERSITY, true, false)
        .mode(TransferMode.TRANSFER_OR_LICENCE).amount(Cny.ofYuan(1_000_000)).proposedReward(Cny.ofYuan(500_000))
        .member(TeamMember.percent("甲", Share.percent(60))).member(TeamMember.percent("乙", Share.percent(40)))
        .build());
    assertThat(shown(r, Language.EN)).contains("甲 (weight 60%)").contains("乙 (weight 40%)")
        .doesNotContain("0.60%");
    assertThat(r.split()).extracting(MemberReward::amount).containsExactly(Cny.ofYuan(300_000), Cny.ofYuan(200_000));
  }
}
