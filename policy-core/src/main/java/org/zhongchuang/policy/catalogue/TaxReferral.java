package org.zhongchuang.policy.catalogue;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.zhongchuang.policy.text.Text;

/**
 * A local clause that lets institutions enjoy tax preferences "under the relevant rules" (可按照相关规定享受, 全面落实…
 * 税收优惠政策) without granting any of its own: a result cites it to say that it adds nothing beyond the national
 * rules (嘉政办发〔2015〕90号 五(四), 甘肃 二(四)).
 *
 * @param taxes the taxes it names; empty where it names none ("税收优惠政策"), not null
 * @param institutions the institutions it concerns, not empty
 */
public record TaxReferral(Set<TaxType> taxes, Set<Institution> institutions) implements Terms {

  public TaxReferral {
    requireNonNull(taxes, "taxes");
    requireNonNull(institutions, "institutions");
    if (institutions.isEmpty()) {
      throw new IllegalArgumentException("a referral names the institutions it concerns");
    }
    taxes = taxes.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(taxes));
    institutions = Collections.unmodifiableSet(new LinkedHashSet<>(institutions));
  }

  /**
   * Whether the clause concerns an institution: one it names, or an incubator whose maker spaces it names (a clause on
   * "maker spaces built by incubators of municipal level or above" concerns those incubators too).
   */
  public boolean concerns(Institution institution) {
    return institutions.contains(institution) || institution.kind() == InstitutionKind.INCUBATOR
        && institutions.contains(Institution.of(InstitutionKind.MAKER_SPACE_IN_INCUBATOR, institution.level()));
  }

  /** False: the clause states no amount or rate of its own; the rules it refers to do. */
  @Override
  public boolean hasFormula() {
    return false;
  }

  @Override
  public TermsKind termsKind() {
    return TermsKind.TAX_REFERRAL;
  }

  @Override
  public Text summary() {
    String zhTaxes = taxes.isEmpty() ? "税收优惠" : taxes.stream().map(IncubatorExemption::zh)
        .collect(Collectors.joining("、")) + "优惠";
    String enTaxes = taxes.isEmpty() ? "tax preferences" : taxes.stream().map(TaxType::fileName)
        .collect(Collectors.joining(", ")) + " preferences";
    return Text.of("按照相关规定享受" + zhTaxes + "（本条未另行规定减免）",
        enTaxes + " under the relevant rules (the clause grants none of its own)");
  }
}
