package org.zhongchuang.policy.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhongchuang.policy.catalogue.AwardLevel;
import org.zhongchuang.policy.catalogue.Catalogue;
import org.zhongchuang.policy.catalogue.MatchingRule;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.money.Share;
import org.zhongchuang.policy.text.Text;

/** Documents and rules are values: every field takes part in equality, and they say what they are. */
class PolicyDocumentTest {
  private static final IssueDate ISSUED = IssueDate.exact(LocalDate.of(2015, 12, 1), Text.of("落款", "signature"));

  private static PolicyDocument doc(String id, Optional<String> number, String title, String issuer,
      Jurisdiction where, IssueDate issued) {
    return new PolicyDocument(id, number, title, issuer, where, issued, Optional.empty());
  }

  private static PolicyDocument base() {
    return doc("X", Optional.of("嘉政办发〔2015〕90号"), "标题", "发文机关", Jurisdiction.JIAXING, ISSUED);
  }

  @Test
  void accessorsReturnWhatWasGiven() {
    PolicyDocument d = base();
    assertThat(d.id()).isEqualTo("X");
    assertThat(d.number()).contains("嘉政办发〔2015〕90号");
    assertThat(d.title()).isEqualTo("标题");
    assertThat(d.issuer()).isEqualTo("发文机关");
    assertThat(d.jurisdiction()).isEqualTo(Jurisdiction.JIAXING);
    assertThat(d.issued()).isEqualTo(ISSUED);
    assertThat(d.repeal()).isEmpty();
    assertThat(d).hasToString("嘉政办发〔2015〕90号");
    assertThat(doc("X", Optional.empty(), "标题", "发文机关", Jurisdiction.JIAXING, ISSUED).reference()).isEqualTo("《标题》");
  }

  @Test
  void equalExactlyWhenEveryFieldIs() {
    PolicyDocument d = base();
    assertThat(d).isEqualTo(base()).hasSameHashCodeAs(base()).isNotEqualTo("嘉政办发〔2015〕90号");
    PolicyDocument repealed = Catalogue.builtIn().byId("JX-2015-90/5.2").citation().document();
    assertThat(repealed.repeal()).isPresent();
    assertThat(List.of(
        doc("Y", d.number(), "标题", "发文机关", Jurisdiction.JIAXING, ISSUED),
        doc("X", Optional.empty(), "标题", "发文机关", Jurisdiction.JIAXING, ISSUED),
        doc("X", d.number(), "题", "发文机关", Jurisdiction.JIAXING, ISSUED),
        doc("X", d.number(), "标题", "机关", Jurisdiction.JIAXING, ISSUED),
        doc("X", d.number(), "标题", "发文机关", Jurisdiction.ZHEJIANG, ISSUED),
        doc("X", d.number(), "标题", "发文机关", Jurisdiction.JIAXING,
            IssueDate.exact(LocalDate.of(2015, 12, 2), Text.of("落款", "signature"))),
        new PolicyDocument("X", d.number(), "标题", "发文机关", Jurisdiction.JIAXING, ISSUED, repealed.repeal())))
        .allSatisfy(other -> assertThat(other).isNotEqualTo(d))
        .allSatisfy(other -> assertThat(other.hashCode()).isNotEqualTo(d.hashCode()));
  }

  @Test
  void aWindowIssueDateKeepsItsBoundsAndReason() {
    IssueDate window = IssueDate.between(LocalDate.of(2015, 3, 1), LocalDate.of(2015, 3, 31),
        Text.of("仅知月份", "month only"));
    assertThat(window).isEqualTo(new IssueDate.Window(LocalDate.of(2015, 3, 1), LocalDate.of(2015, 3, 31),
        Text.of("仅知月份", "month only")));
    assertThat(window.earliest()).isEqualTo(LocalDate.of(2015, 3, 1));
    assertThat(window.latest()).isEqualTo(LocalDate.of(2015, 3, 31));
  }

  @Test
  void matchingRulesAreValues() {
    MatchingRule rule = new MatchingRule(Share.ONE, Set.of(AwardLevel.NATIONAL), Optional.of(Cny.ofYuan(10)),
        Optional.of(Cny.ofYuan(100)));
    MatchingRule same = new MatchingRule(Share.ONE, Set.of(AwardLevel.NATIONAL), Optional.of(Cny.ofYuan(10)),
        Optional.of(Cny.ofYuan(100)));
    assertThat(rule).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo("rule").hasToString(rule.summary().en());
    assertThat(rule.toString()).isNotEmpty();
    assertThat(List.of(
        new MatchingRule(Share.percent(50), Set.of(AwardLevel.NATIONAL), Optional.of(Cny.ofYuan(10)),
            Optional.of(Cny.ofYuan(100))),
        new MatchingRule(Share.ONE, Set.of(AwardLevel.PROVINCIAL), Optional.of(Cny.ofYuan(10)),
            Optional.of(Cny.ofYuan(100))),
        new MatchingRule(Share.ONE, Set.of(AwardLevel.NATIONAL), Optional.empty(), Optional.of(Cny.ofYuan(100))),
        new MatchingRule(Share.ONE, Set.of(AwardLevel.NATIONAL), Optional.of(Cny.ofYuan(10)), Optional.empty())))
        .allSatisfy(other -> assertThat(other).isNotEqualTo(rule))
        .allSatisfy(other -> assertThat(other.hashCode()).isNotEqualTo(rule.hashCode()));
  }
}
