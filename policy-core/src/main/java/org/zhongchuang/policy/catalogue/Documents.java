package org.zhongchuang.policy.catalogue;

import java.time.LocalDate;
import java.util.Optional;
import org.zhongchuang.policy.law.IssueDate;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.law.PolicyDocument;
import org.zhongchuang.policy.law.Repeal;
import org.zhongchuang.policy.text.Text;

/** The documents the built-in catalogue cites: the five seeds, the national laws, and the national tax notices. */
public final class Documents {
  private Documents() {}

  private static final Text SIGNED = Text.of("文末署名日期", "signature date in the document");

  private static PolicyDocument doc(String id, String number, String title, String issuer, Jurisdiction where,
      IssueDate issued) {
    return new PolicyDocument(id, Optional.ofNullable(number), title, issuer, where, issued, Optional.empty());
  }

  private static IssueDate signed(int y, int m, int d) {
    return IssueDate.exact(LocalDate.of(y, m, d), SIGNED);
  }

  // The five seed documents (PROVISIONS.md §1).

  public static final PolicyDocument CN_GBF_2015_9 = doc("CN-GBF-2015-9", "国办发〔2015〕9号",
      "国务院办公厅关于发展众创空间推进大众创新创业的指导意见", "国务院办公厅", Jurisdiction.CHINA, signed(2015, 3, 2));

  public static final PolicyDocument JL_2015_31 = doc("JL-2015-31", "吉政办发〔2015〕31号",
      "吉林省人民政府办公厅关于发展众创空间推进大众创新创业的实施意见", "吉林省人民政府办公厅", Jurisdiction.JILIN,
      signed(2015, 6, 8));

  public static final PolicyDocument LN_2015_94 = doc("LN-2015-94", "辽政办发〔2015〕94号",
      "辽宁省人民政府办公厅关于发展众创空间推进大众创新创业的实施意见", "辽宁省人民政府办公厅", Jurisdiction.LIAONING,
      IssueDate.exact(LocalDate.of(2015, 11, 12),
          Text.of("印发日期（文件只载“2015 年 11 月 12 日印发”）", "printing date: the seed gives only \"2015年11月12日印发\"")));

  /** Repealed in full by 嘉政发〔2021〕34号 (secondary source; the repeal's exact date is unconfirmed). */
  public static final PolicyDocument JX_2015_90 = new PolicyDocument("JX-2015-90", Optional.of("嘉政办发〔2015〕90号"),
      "嘉兴市人民政府办公室关于加快发展众创空间的若干意见", "嘉兴市人民政府办公室", Jurisdiction.JIAXING, signed(2015, 12, 1),
      Optional.of(new Repeal("嘉政发〔2021〕34号",
          IssueDate.between(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31), Text.of(
              "废止日期未经证实（二手资料）；窗口按废止文件文号的年份〔2021〕推定",
              "the repeal's date is unconfirmed (secondary source); the window is inferred from the year in the"
                  + " repealing document's number, 〔2021〕")),
          Text.of("嘉政发〔2021〕34号全文废止（二手资料）", "repealed in full by 嘉政发〔2021〕34号 (secondary source)"))));

  /** The reason GS-2015's date is a window. */
  public static final Text GS_DATE_REASON = Text.of(
      "《甘肃省发展众创空间推进大众创新创业实施方案》未载文号和日期：不早于2015-03-02（引用国办发〔2015〕9号），"
          + "不晚于2015-12-31（推定：落实2015年国家意见，引用十八届三中、四中全会而未引五中全会）",
      "GS-2015 carries no number and no date: issued no earlier than 2015-03-02 (it cites 国办发〔2015〕9号) and no"
          + " later than 2015-12-31 (upper bound inferred: it implements the 2015 national opinion and cites the Third"
          + " and Fourth Plenums but not the Fifth of October 2015)");

  public static final PolicyDocument GS_2015 = doc("GS-2015", null, "甘肃省发展众创空间推进大众创新创业实施方案",
      "甘肃省人民政府办公厅", Jurisdiction.GANSU,
      IssueDate.between(LocalDate.of(2015, 3, 2), LocalDate.of(2015, 12, 31), GS_DATE_REASON));

  // National laws (../shared/sources).

  public static final PolicyDocument EIT_LAW = doc("CN-EIT-LAW", null, "中华人民共和国企业所得税法", "全国人民代表大会",
      Jurisdiction.CHINA, IssueDate.exact(LocalDate.of(2007, 3, 16),
          Text.of("第十届全国人民代表大会第五次会议通过", "adopted by the 5th session of the 10th National People's Congress")));

  public static final PolicyDocument EIT_REGULATION = doc("CN-EIT-REG", "中华人民共和国国务院令第512号",
      "中华人民共和国企业所得税法实施条例", "国务院", Jurisdiction.CHINA, IssueDate.exact(LocalDate.of(2007, 12, 6),
          Text.of("公布日期", "date of promulgation")));

  public static final PolicyDocument TRANSFER_LAW_1996 = doc("CN-PTT-1996", null, "中华人民共和国促进科技成果转化法（1996）",
      "全国人民代表大会常务委员会", Jurisdiction.CHINA, IssueDate.exact(LocalDate.of(1996, 5, 15),
          Text.of("第八届全国人民代表大会常务委员会第十九次会议通过", "adopted by the 19th session of the 8th NPC Standing Committee")));

  public static final PolicyDocument TRANSFER_LAW_2015 = doc("CN-PTT-2015", null, "中华人民共和国促进科技成果转化法（2015年修正）",
      "全国人民代表大会常务委员会", Jurisdiction.CHINA, IssueDate.exact(LocalDate.of(2015, 8, 29),
          Text.of("第十二届全国人民代表大会常务委员会第十六次会议修正", "amended by the 16th session of the 12th NPC Standing Committee")));

  // National small low-profit enterprise notices (PROVISIONS.md §2.2), issued by 财政部 and 国家税务总局.

  private static final String MOF_SAT = "财政部 国家税务总局";
  private static final String MOF_STA = "财政部 税务总局";

  public static final PolicyDocument CS_2009_133 = doc("CN-CS-2009-133", "财税〔2009〕133号",
      "财政部 国家税务总局关于小型微利企业有关企业所得税政策的通知", MOF_SAT, Jurisdiction.CHINA, issued(2009, 12, 2));
  public static final PolicyDocument CS_2011_4 = doc("CN-CS-2011-4", "财税〔2011〕4号",
      "财政部 国家税务总局关于继续实施小型微利企业所得税优惠政策的通知", MOF_SAT, Jurisdiction.CHINA, issued(2011, 1, 27));
  public static final PolicyDocument CS_2011_117 = doc("CN-CS-2011-117", "财税〔2011〕117号",
      "财政部 国家税务总局关于继续实施小型微利企业所得税优惠政策的通知", MOF_SAT, Jurisdiction.CHINA, issued(2011, 11, 29));
  public static final PolicyDocument CS_2014_34 = doc("CN-CS-2014-34", "财税〔2014〕34号",
      "财政部 国家税务总局关于小型微利企业所得税优惠政策有关问题的通知", MOF_SAT, Jurisdiction.CHINA, issued(2014, 4, 8));
  public static final PolicyDocument CS_2015_34 = doc("CN-CS-2015-34", "财税〔2015〕34号",
      "财政部 国家税务总局关于小型微利企业所得税优惠政策的通知", MOF_SAT, Jurisdiction.CHINA,
      IssueDate.between(LocalDate.of(2015, 3, 1), LocalDate.of(2015, 3, 31),
          Text.of("发文日期只知为2015年3月（日未经证实）", "issued in March 2015; the day is unconfirmed")));
  public static final PolicyDocument CS_2015_99 = doc("CN-CS-2015-99", "财税〔2015〕99号",
      "财政部 国家税务总局关于进一步扩大小型微利企业所得税优惠政策范围的通知", MOF_SAT, Jurisdiction.CHINA, issued(2015, 9, 2));
  public static final PolicyDocument SAT_2015_61 = doc("CN-SAT-2015-61", "国家税务总局公告2015年第61号",
      "国家税务总局关于贯彻落实进一步扩大小型微利企业所得税优惠政策范围有关征管问题的公告", "国家税务总局", Jurisdiction.CHINA,
      issued(2015, 9, 10));
  public static final PolicyDocument CS_2017_43 = doc("CN-CS-2017-43", "财税〔2017〕43号",
      "财政部 税务总局关于扩大小型微利企业所得税优惠政策范围的通知", MOF_STA, Jurisdiction.CHINA, issued(2017, 6, 6));
  public static final PolicyDocument CS_2018_77 = doc("CN-CS-2018-77", "财税〔2018〕77号",
      "财政部 税务总局关于进一步扩大小型微利企业所得税优惠政策范围的通知", MOF_STA, Jurisdiction.CHINA, issued(2018, 7, 11));
  public static final PolicyDocument CS_2019_13 = doc("CN-CS-2019-13", "财税〔2019〕13号",
      "财政部 税务总局关于实施小微企业普惠性税收减免政策的通知", MOF_STA, Jurisdiction.CHINA, issued(2019, 1, 17));
  public static final PolicyDocument ANN_2021_12 = doc("CN-ANN-2021-12", "财政部 税务总局公告2021年第12号",
      "财政部 税务总局关于实施小微企业和个体工商户所得税优惠政策的公告", MOF_STA, Jurisdiction.CHINA, issued(2021, 4, 2));
  public static final PolicyDocument ANN_2022_13 = doc("CN-ANN-2022-13", "财政部 税务总局公告2022年第13号",
      "财政部 税务总局关于进一步实施小微企业所得税优惠政策的公告", MOF_STA, Jurisdiction.CHINA, issued(2022, 3, 14));
  public static final PolicyDocument ANN_2023_6 = doc("CN-ANN-2023-6", "财政部 税务总局公告2023年第6号",
      "财政部 税务总局关于小微企业和个体工商户所得税优惠政策的公告", MOF_STA, Jurisdiction.CHINA, issued(2023, 3, 26));
  public static final PolicyDocument ANN_2023_12 = doc("CN-ANN-2023-12", "财政部 税务总局公告2023年第12号",
      "财政部 税务总局关于进一步支持小微企业和个体工商户发展有关税费政策的公告", MOF_STA, Jurisdiction.CHINA, issued(2023, 8, 2));

  private static IssueDate issued(int y, int m, int d) {
    return IssueDate.exact(LocalDate.of(y, m, d), Text.of("发文日期", "date of issue"));
  }
}
