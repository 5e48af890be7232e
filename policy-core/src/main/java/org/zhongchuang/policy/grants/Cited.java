package org.zhongchuang.policy.grants;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.zhongchuang.policy.catalogue.Catalogue;
import org.zhongchuang.policy.catalogue.Confidence;
import org.zhongchuang.policy.catalogue.NoFormulaException;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.catalogue.Terms;
import org.zhongchuang.policy.catalogue.WrongTermsException;
import org.zhongchuang.policy.law.Applicability;
import org.zhongchuang.policy.text.Text;

/** How this package names provisions in explanations and reads their terms: shared by every calculator here. */
final class Cited {
  private Cited() {}

  /** E.g. "JX-2015-90/5.2（嘉政办发〔2015〕90号 五(二)）", marked when a caller modified the provision. */
  static Text label(Provision provision) {
    String ref = provision.citation().reference();
    Text label = Text.of(provision.id() + "（" + ref + "）", provision.id() + " (" + ref + ")");
    return provision.modification()
        .map(what -> label.plus(Text.of("【已由调用方修改：" + what.zh() + "】", " [modified by the caller: " + what.en() + "]")))
        .orElse(label);
  }

  /** Warnings every result that uses the provision carries: a caller's modification, a confidence below confirmed. */
  static ImmutableList<Text> caveats(Provision provision) {
    ImmutableList.Builder<Text> caveats = ImmutableList.builder();
    provision.modification().ifPresent(what -> caveats.add(Text.of(
        "本结果使用了经调用方修改的条款 " + provision.id() + "：" + what.zh() + "；并非原文规定",
        "this result uses provision " + provision.id() + " as modified by the caller: " + what.en()
            + "; it is not the clause as enacted")));
    if (provision.confidence() != Confidence.CONFIRMED) {
      caveats.add(Text.of("条款 " + provision.id() + " 的可信度为 " + provision.confidence() + "，未经原文证实",
          "provision " + provision.id() + " is " + provision.confidence().name().toLowerCase(java.util.Locale.ROOT)
              + ", not confirmed from the official text"));
    }
    return caveats.build();
  }

  /**
   * The provision's terms as the kind a calculator reads.
   *
   * @throws NoFormulaException if the provision states no amount or rate
   * @throws WrongTermsException if it states terms of another kind
   */
  static <T extends Terms> T terms(Provision provision, Class<T> kind, Catalogue catalogue) {
    if (!provision.terms().hasFormula()) {
      throw new NoFormulaException(provision);
    }
    if (!kind.isInstance(provision.terms())) {
      throw new WrongTermsException(provision, kind, catalogue);
    }
    return kind.cast(provision.terms());
  }

  /**
   * Whether the provision is in force on a day, refusing a day on which it certainly is not.
   *
   * @param what the day's role, for the message, e.g. "the leave start"
   * @throws NotInForceException if the provision is certainly not in force that day
   */
  static Applicability requireInForce(Provision provision, LocalDate day, String what) {
    Applicability applicability = provision.statusOn(day);
    if (applicability.isNotInForce()) {
      throw new NotInForceException(provision, day, applicability, what);
    }
    return applicability;
  }
}
