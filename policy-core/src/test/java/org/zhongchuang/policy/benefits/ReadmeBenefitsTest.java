package org.zhongchuang.policy.benefits;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.zhongchuang.policy.Answer;
import org.zhongchuang.policy.catalogue.Audience;
import org.zhongchuang.policy.eit.AnnualReturnCase;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.tax.EnterpriseFacts;
import org.zhongchuang.policy.text.Language;

/** The README's "what am I owed?" snippet, verbatim, with its commented values asserted. */
class ReadmeBenefitsTest {
  @Test
  void theReadmeSnippetRunsAndItsCommentsAreTrue() throws IOException {
    BenefitsReport owed = BenefitsFinder.builtIn().find(Profile.builder()
        .audience(Audience.ENTERPRISE)
        .jurisdiction(Jurisdiction.parse("嘉兴市"))
        .taxYear(2023)
        .annualReturn(AnnualReturnCase.builder().taxYear(2023).jurisdiction(Jurisdiction.parse("嘉兴市"))
            .totalProfit(Cny.parse("280万")).researchExpensed(Cny.parse("60万"))
            .transfer(Cny.parse("150万"), Cny.parse("30万")).priorLoss(Year.of(2021), Cny.parse("20万"))
            .enterprise(EnterpriseFacts.builder().restrictedOrProhibitedIndustry(false)
                .employees(120).totalAssets(Cny.parse("3000万")))
            .build())
        .build());
    assertThat(owed.entitlements(Group.INCOME_TAX).subList(0, 3)).extracting(Entitlement::item, Entitlement::applies,
        e -> e.worth().orElseThrow()).containsExactly(
            org.assertj.core.groups.Tuple.tuple("research-deduction", Answer.YES, Cny.parse("30000.00")),
            org.assertj.core.groups.Tuple.tuple("transfer-income", Answer.YES, Cny.parse("60000.00")),
            org.assertj.core.groups.Tuple.tuple("small-low-profit", Answer.YES, Cny.parse("160000.00")));
    assertThat(owed.total(Group.INCOME_TAX).orElseThrow().total()).contains(Cny.parse("610000.00"));
    assertThat(owed.annualReturn().orElseThrow().taxWithoutPreferences()).isEqualTo(Cny.parse("650000.00"));
    assertThat(owed.entitlements(Group.SUBSIDIES)).singleElement().satisfies(e -> {
      assertThat(e.provisions().get(0).citation().reference()).isEqualTo("国办发〔2015〕9号 二(二)");
      assertThat(e.applies()).isEqualTo(Answer.UNCERTAIN);
      assertThat(e.askWhom()).contains("国务院办公厅");
    });
    assertThat(owed.render(Language.ZH)).contains("== 企业所得税 ==");

    String readme = Files.readString(Path.of("..", "README.md"), UTF_8);
    assertThat(readme).contains("This snippet is checked by `ReadmeBenefitsTest`")
        .contains("owed.total(Group.INCOME_TAX).orElseThrow();       // 610000.00: tax with no preference 650000.00"
            + " − tax due 40000.00")
        .contains(".totalProfit(Cny.parse(\"280万\")).researchExpensed(Cny.parse(\"60万\"))");
  }
}
