package org.zhongchuang.policy.eit;

import static java.util.Objects.requireNonNull;

import org.zhongchuang.policy.money.Cny;

/**
 * A point of law the specification marks unconfirmed that this return depends on, answered both ways: the assessment's
 * figures follow the reading each {@link Question} names first, and this gives the tax due the other way.
 *
 * @param question not null
 * @param otherTaxDue the tax due under the other reading, not null
 */
public record Uncertainty(Question question, Cny otherTaxDue) {

  /** The unconfirmed points (PROVISIONS.md §14, §15). */
  public enum Question {
    /**
     * §15 item 7: 公告2022年第28号 states no amortisation share for the fourth quarter of 2022. Read here: none is
     * granted, the rest of the year's applies; the other reading takes the clause's 100% for the fourth quarter's
     * amortisation.
     */
    FOURTH_QUARTER_AMORTISATION("fourth-quarter-amortisation"),
    /**
     * §15 item 8: amortisation of intangibles formed in an earlier year. Read here: the rate of the year the
     * amortisation is deducted (the plain reading); the other reading takes the rate of the year they were formed.
     */
    YEAR_OF_FORMATION("year-of-formation"),
    /**
     * §14 line 26: the small low-profit relief on the halved part of technology-transfer income. Read here: not
     * stacked (the form is believed to take it back, A107040); the other reading applies the relief to it too.
     */
    HALVED_TRANSFER_INCOME("halved-transfer-income"),
    /**
     * §15 item 13: the loss of a qualified year itself under 财税〔2018〕76号. Read here: ten years, as believed; the
     * other reading gives it five.
     */
    QUALIFIED_YEAR_OWN_LOSS("qualified-year-own-loss");

    private final String code;

    Question(String code) {
      this.code = code;
    }

    /** As the JSON contract writes it. */
    public String code() {
      return code;
    }
  }

  public Uncertainty {
    requireNonNull(question, "question");
    requireNonNull(otherTaxDue, "otherTaxDue");
  }
}
