package org.zhongchuang.policy.catalogue;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.zhongchuang.policy.text.Text;

/**
 * When an institution recognised, or stripped of its status, during a wave starts and stops enjoying the wave's
 * exemptions (财税〔2018〕120号: "自认定之日次月起享受…自取消资格之日次月起停止享受"): from the month after its recognition,
 * unless it was recognised by a day before the wave (then from the start of the wave's provisions); and, where the
 * clause says so, to the month of the loss of status. Where a wave has no such clause in the catalogue, the month of
 * recognition and the month of the loss are uncertain.
 *
 * <p>A value: immutable, thread-safe, serializable.
 */
public final class RecognitionTiming implements Terms {
  private static final long serialVersionUID = 1L;

  private final String wave;
  private final LocalDate continuingIfRecognisedBy;
  private final boolean stopsMonthAfterLoss;

  /**
   * @param wave the wave whose exemptions it times, not blank
   * @param continuingIfRecognisedBy institutions recognised on or before this day enjoy the exemptions from the start
   *     of the provisions in force (those recognised before the wave continue), not null
   * @param stopsMonthAfterLoss whether the exemptions stop from the month after the loss of status (the month of the
   *     loss is still exempt); false where the clause says nothing of it
   */
  public RecognitionTiming(String wave, Optional<LocalDate> continuingIfRecognisedBy, boolean stopsMonthAfterLoss) {
    this.wave = requireNonNull(wave, "wave");
    this.continuingIfRecognisedBy = requireNonNull(continuingIfRecognisedBy, "continuingIfRecognisedBy")
        .orElse(null);
    this.stopsMonthAfterLoss = stopsMonthAfterLoss;
    if (wave.isBlank()) {
      throw new IllegalArgumentException("a timing rule names its wave");
    }
  }

  /** The wave whose exemptions it times. */
  public String wave() {
    return wave;
  }

  /** Institutions recognised on or before this day enjoy the exemptions from the start of the provisions in force. */
  public Optional<LocalDate> continuingIfRecognisedBy() {
    return Optional.ofNullable(continuingIfRecognisedBy);
  }

  /** Whether the exemptions stop from the month after the loss of status (the month of the loss still exempt). */
  public boolean stopsMonthAfterLoss() {
    return stopsMonthAfterLoss;
  }

  /** The same rule, saying or not saying when the exemptions stop. */
  public RecognitionTiming withStopsMonthAfterLoss(boolean stops) {
    return new RecognitionTiming(wave, continuingIfRecognisedBy(), stops);
  }

  @Override
  public TermsKind termsKind() {
    return TermsKind.RECOGNITION_TIMING;
  }

  @Override
  public Text summary() {
    String byZh = continuingIfRecognisedBy == null ? "" : continuingIfRecognisedBy + " 以前认定的自本批政策起始日起享受；";
    String byEn = continuingIfRecognisedBy == null ? ""
        : "recognised by " + continuingIfRecognisedBy + ": from the wave's start; ";
    return Text.of(wave + "：" + byZh + "其后认定的自认定之日次月起享受"
            + (stopsMonthAfterLoss ? "；被取消资格的自取消资格之日次月起停止享受" : "（停止时点未载）"),
        wave + ": " + byEn + "recognised later: from the month after recognition"
            + (stopsMonthAfterLoss ? "; stripped of the status: stops from the month after" : " (no stop rule)"));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RecognitionTiming t && wave.equals(t.wave)
        && Objects.equals(continuingIfRecognisedBy, t.continuingIfRecognisedBy)
        && stopsMonthAfterLoss == t.stopsMonthAfterLoss;
  }

  @Override
  public int hashCode() {
    return Objects.hash(wave, continuingIfRecognisedBy, stopsMonthAfterLoss);
  }

  @Override
  public String toString() {
    return summary().en();
  }
}
