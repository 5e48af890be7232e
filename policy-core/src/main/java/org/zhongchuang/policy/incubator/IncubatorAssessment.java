package org.zhongchuang.policy.incubator;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.zhongchuang.policy.Answer;
import org.zhongchuang.policy.PolicyInputException;
import org.zhongchuang.policy.catalogue.Catalogue;
import org.zhongchuang.policy.catalogue.TaxType;
import org.zhongchuang.policy.explain.Explained;
import org.zhongchuang.policy.explain.Explanation;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.text.Phrase;

/**
 * What the incubator, university-science-park and maker-space exemptions do for one institution in one tax year: month
 * by month and tax by tax, exempt, not exempt or uncertain, by which provision and why; for each tax given, the part
 * certainly exempt, the part uncertain and the part still due, which add up to the tax given exactly; the waves in
 * force, or where none is known the nearest ones; the local clauses that add nothing.
 *
 * <p>{@link IncubatorExemptionCalculator#assess} decided every month and split every amount; the periods, the
 * explanation, the citations and the warnings are views of those decisions, the explanation built when first read.
 *
 * <p>A value: equal when its case, its catalogue and its decisions are equal; immutable and thread-safe; serializable.
 */
public final class IncubatorAssessment implements Explained, Serializable {
  private static final long serialVersionUID = 1L;

  private final Catalogue catalogue;
  private final IncubatorCase incubatorCase;
  private final Decisions decisions;
  /** By tax ordinal; null where the tax was not given. */
  private final TaxExemption[] lines;
  private final IncubatorExemptionCalculator.Waves waves;
  private final List<LocalClause> clauses;
  private transient volatile Explanation explanation;

  IncubatorAssessment(Catalogue catalogue, IncubatorCase incubatorCase, Decisions decisions, TaxExemption[] lines,
      IncubatorExemptionCalculator.Waves waves, List<LocalClause> clauses) {
    this.catalogue = catalogue;
    this.incubatorCase = incubatorCase;
    this.decisions = decisions;
    this.lines = lines;
    this.waves = waves;
    this.clauses = List.copyOf(clauses);
  }

  /** The case assessed. */
  public IncubatorCase incubatorCase() {
    return incubatorCase;
  }

  /** The catalogue the law was read from. */
  public Catalogue catalogue() {
    return catalogue;
  }

  /**
   * Whether the institution is exempt from any of the four taxes in any month of the year: yes; no; or uncertain, where
   * no month is certainly exempt and some may be.
   */
  public Answer exempt() {
    Answer best = Answer.NO;
    for (int t = 0; t < IncubatorExemptionCalculator.TAXES.length; t++) {
      Answer a = decisions.answer(t);
      best = a == Answer.YES || best == Answer.YES ? Answer.YES : a == Answer.UNCERTAIN ? a : best;
    }
    return best;
  }

  /** The taxes given, each split into exempt, uncertain and due, in the order of {@link TaxType}. */
  public List<TaxExemption> taxes() {
    List<TaxExemption> out = new ArrayList<>(lines.length);
    for (TaxExemption line : lines) {
      if (line != null) {
        out.add(line);
      }
    }
    return out;
  }

  /** The split of one tax, if it was given. */
  public Optional<TaxExemption> tax(TaxType tax) {
    return Optional.ofNullable(lines[index(tax)]);
  }

  /**
   * The months of the year for a tax, whether given or not, grouped into periods of equal treatment.
   *
   * @param tax property tax, urban land-use tax, business tax or VAT
   * @throws PolicyInputException for enterprise income tax, which these exemptions do not cover
   */
  public List<CoveragePeriod> coverage(TaxType tax) {
    return decisions.periods(index(tax), incubatorCase.year().getValue());
  }

  /** Whether some month of the tax is exempt: yes, no, or uncertain. */
  public Answer exempt(TaxType tax) {
    return decisions.answer(index(tax));
  }

  private static int index(TaxType tax) {
    requireNonNull(tax, "tax");
    if (tax == TaxType.ENTERPRISE_INCOME_TAX) {
      throw new PolicyInputException(Phrase.of("incubator.error.eit"));
    }
    return tax.ordinal();
  }

  /** Whether a known wave is in force in some month of the year (one that is only believed does not count). */
  public boolean exemptionKnown() {
    return waves.known();
  }

  /** The waves in force in some month of the year, known or only believed, by first day. */
  public List<Wave> waves() {
    return waves.inForce();
  }

  /** Where no known wave is in force in the year: the last known one that ended before it. */
  public Optional<Wave> nearestWaveBefore() {
    return Optional.ofNullable(waves.before());
  }

  /** Where no known wave is in force in the year: the first known one that starts after it. */
  public Optional<Wave> nearestWaveAfter() {
    return Optional.ofNullable(waves.after());
  }

  /** The local clauses in force in the year that refer this institution to the national rules and add nothing. */
  public List<LocalClause> localClauses() {
    return clauses;
  }

  /** The sum of the taxes given. */
  public Cny totalGiven() {
    return sum(0);
  }

  /** The sum of the parts certainly exempt. */
  public Cny totalExempt() {
    return sum(1);
  }

  /** The sum of the parts that are uncertain. */
  public Cny totalUncertain() {
    return sum(2);
  }

  /** The sum of the parts certainly still due. */
  public Cny totalDue() {
    return sum(3);
  }

  private Cny sum(int part) {
    Cny total = Cny.ZERO;
    for (TaxExemption line : lines) {
      if (line != null) {
        total = total.plus(part == 0 ? line.given().total() : part == 1 ? line.exempt() : part == 2
            ? line.uncertain() : line.due());
      }
    }
    return total;
  }

  Decisions decisions() {
    return decisions;
  }

  @Override
  public Explanation explanation() {
    Explanation e = explanation;
    if (e == null) {
      e = IncubatorExplainer.explain(this);
      explanation = e;
    }
    return e;
  }

  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof IncubatorAssessment a && a.incubatorCase.equals(incubatorCase)
        && a.decisions.equals(decisions) && Arrays.equals(a.lines, lines) && a.catalogue.equals(catalogue);
  }

  @Override
  public int hashCode() {
    return Objects.hash(incubatorCase, decisions);
  }

  /** The year, place, institution and amounts (without building the explanation). */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("IncubatorAssessment[").append(incubatorCase.year()).append(", ")
        .append(incubatorCase.jurisdiction().key()).append(", ").append(incubatorCase.institution())
        .append(", exempt ").append(exempt().code());
    for (TaxExemption line : taxes()) {
      out.append(", ").append(line.tax().code()).append(' ').append(line.given().total().toPlainString())
          .append(": exempt ").append(line.exempt().toPlainString()).append(", uncertain ")
          .append(line.uncertain().toPlainString()).append(", due ").append(line.due().toPlainString());
    }
    return out.append(']').toString();
  }
}
