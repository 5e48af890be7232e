package org.zhongchuang.policy.catalogue;

import java.io.Serializable;
import org.zhongchuang.policy.text.Language;
import org.zhongchuang.policy.text.Phrase;
import org.zhongchuang.policy.text.Renderable;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.zhongchuang.policy.law.Applicability;
import org.zhongchuang.policy.law.Citation;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.law.ValidityPeriod;
import org.zhongchuang.policy.text.Text;

/**
 * One provision of law or policy as data: what it grants ({@link #terms()}), to whom ({@link #scope()}), where
 * ({@link #jurisdiction()}), when ({@link #validity()}), and the words that say so ({@link #citation()}).
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder()}; derive a changed copy with the generated
 * {@code with*} methods of {@link ImmutableProvision} or through {@link Catalogue#withReplaced}.
 */
@Value.Immutable(prehash = true)
@Value.Style(jdkOnly = true)
public abstract class Provision implements Renderable, Serializable {
  private static final long serialVersionUID = 1L;

  /** A stable key, e.g. {@code CN-CS-2019-13-1} or {@code JX-2015-90/5.2}. */
  public abstract String id();

  /** Where the provision applies: its own jurisdiction and every place within it. */
  public abstract Jurisdiction jurisdiction();

  /** The clause that says so, in its own words. */
  public abstract Citation citation();

  /** The days it is in force. */
  public abstract ValidityPeriod validity();

  /** Who it applies to, in words. */
  public abstract Text scope();

  /** What it grants or requires. */
  public abstract Terms terms();

  /** How sure the project is of it. */
  public abstract Confidence confidence();

  /** Side notes the clause attaches, and caveats about dates or wording. */
  public abstract List<Text> notes();

  /**
   * Why a number its terms state is not written in its quote (e.g. "再减半征收" states 12.5% without the figure), where
   * one is not; the catalogue's lint checks every other number against the quote.
   */
  public abstract Optional<Text> numbersNotQuoted();

  /**
   * Whom it addresses where the catalogue says so ({@code audience:}); empty where the kind of its terms says it (see
   * {@link Audience#of(Provision)}).
   */
  public abstract List<Audience> audience();

  /** Set when a caller changed the provision in a derived catalogue: what was changed, for citing it as modified. */
  public abstract Optional<Text> modification();

  /** Whether it is in force on a day. */
  public final Applicability statusOn(LocalDate day) {
    return validity().on(day);
  }

  /** Whether it is in force on any day of a tax (calendar) year. */
  public final Applicability statusDuring(Year taxYear) {
    return validity().during(taxYear);
  }

  /** Whether a caller changed it. */
  public final boolean isModified() {
    return modification().isPresent();
  }

  /** @return a new builder */
  public static ImmutableProvision.Builder builder() {
    return ImmutableProvision.builder();
  }

  /** The same provision with other terms, marked as modified by the caller. */
  public final Provision modifiedTerms(Terms terms, Text what) {
    return ImmutableProvision.copyOf(this).withTerms(terms).withModification(what);
  }

  /** The same provision with another validity, marked as modified by the caller. */
  public final Provision modifiedValidity(ValidityPeriod validity, Text what) {
    return ImmutableProvision.copyOf(this).withValidity(validity).withModification(what);
  }

  @Value.Check
  protected void check() {
    if (id().isBlank()) {
      throw new IllegalArgumentException("a provision needs an id");
    }
  }

  /**
   * How results name it: the clause's reference, and where a caller changed it, the one wording of "modified" with the
   * reason (template {@code provision.modified}).
   */
  @Override
  public final String render(Language language) {
    return modification().isPresent()
        ? Phrase.of("provision.modified", citation().reference(), modification().get()).render(language)
        : citation().reference();
  }

  @Override
  public String toString() {
    return id() + " " + citation().reference() + (isModified() ? " (modified)" : "");
  }
}
