package org.zhongchuang.policy.catalogue;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.zhongchuang.policy.law.Applicability;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.law.PolicyDocument;
import org.zhongchuang.policy.text.Text;

/**
 * An immutable set of provisions, keyed by id. {@link #builtIn()} holds every provision of the specification; a
 * caller derives a changed copy with {@link #withReplaced} or {@link #withAdded} to ask "what if".
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Catalogue implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Catalogue BUILT_IN = of(BuiltInProvisions.all());

  private final ImmutableMap<String, Provision> provisions;

  private Catalogue(ImmutableMap<String, Provision> provisions) {
    this.provisions = provisions;
  }

  /** The catalogue of every provision in the five seed documents and the national law behind them. */
  public static Catalogue builtIn() {
    return BUILT_IN;
  }

  /**
   * @param provisions not null; ids must be unique
   */
  public static Catalogue of(Iterable<Provision> provisions) {
    requireNonNull(provisions, "provisions");
    Map<String, Provision> map = new LinkedHashMap<>();
    for (Provision p : provisions) {
      if (map.put(p.id(), p) != null) {
        throw new IllegalArgumentException("duplicate provision id " + p.id());
      }
    }
    return new Catalogue(ImmutableMap.copyOf(map));
  }

  /** Every provision, in catalogue order. */
  public ImmutableList<Provision> all() {
    return provisions.values().asList();
  }

  /** The documents the provisions cite, each once, in catalogue order. */
  public ImmutableList<PolicyDocument> documents() {
    return provisions.values().stream().map(p -> p.citation().document()).distinct()
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * @param id not null
   * @throws UnknownProvisionException if there is none
   */
  public Provision byId(String id) {
    requireNonNull(id, "id");
    Provision p = provisions.get(id);
    if (p == null) {
      throw new UnknownProvisionException(id, provisions.size());
    }
    return p;
  }

  /** @param id not null */
  public Optional<Provision> find(String id) {
    return Optional.ofNullable(provisions.get(requireNonNull(id, "id")));
  }

  /** The provisions of a kind of terms, e.g. every {@link RewardFloor}. */
  public ImmutableList<Provision> withTerms(Class<? extends Terms> kind) {
    requireNonNull(kind, "kind");
    return provisions.values().stream().filter(p -> kind.isInstance(p.terms()))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The provisions that apply in a jurisdiction: its own and those of every jurisdiction it lies within (a Jiaxing
   * enterprise is bound by Zhejiang's and China's provisions too).
   *
   * @param jurisdiction not null
   */
  public ImmutableList<Provision> applicableIn(Jurisdiction jurisdiction) {
    requireNonNull(jurisdiction, "jurisdiction");
    return provisions.values().stream().filter(p -> jurisdiction.isWithin(p.jurisdiction()))
        .collect(ImmutableList.toImmutableList());
  }

  /** Every provision with whether it is in force on a day. */
  public ImmutableList<ProvisionStatus> statusOn(LocalDate day) {
    requireNonNull(day, "day");
    return statuses(p -> p.statusOn(day));
  }

  /** Every provision with whether it is in force on any day of a tax year. */
  public ImmutableList<ProvisionStatus> statusDuring(Year taxYear) {
    requireNonNull(taxYear, "taxYear");
    return statuses(p -> p.statusDuring(taxYear));
  }

  /**
   * The provisions in force on a day, and those whose being in force depends on a date nobody knows (marked
   * {@link Applicability.Status#UNCERTAIN}, with the reason).
   */
  public ImmutableList<ProvisionStatus> inForceOn(LocalDate day) {
    return statusOn(day).stream().filter(s -> !s.applicability().isNotInForce())
        .collect(ImmutableList.toImmutableList());
  }

  /** As {@link #inForceOn}, for any day of a tax year. */
  public ImmutableList<ProvisionStatus> inForceDuring(Year taxYear) {
    return statusDuring(taxYear).stream().filter(s -> !s.applicability().isNotInForce())
        .collect(ImmutableList.toImmutableList());
  }

  private ImmutableList<ProvisionStatus> statuses(Function<Provision, Applicability> status) {
    return provisions.values().stream().map(p -> new ProvisionStatus(p, status.apply(p)))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * A copy with one provision replaced by another of the same id. A replacement not yet marked as modified is marked
   * "replaced by the caller", so results cite it as modified.
   *
   * @param replacement not null; its id must be in this catalogue
   * @throws UnknownProvisionException if it is not
   */
  public Catalogue withReplaced(Provision replacement) {
    requireNonNull(replacement, "replacement");
    byId(replacement.id());
    Provision marked = replacement.isModified() ? replacement
        : ImmutableProvision.copyOf(replacement)
            .withModification(Text.of("由调用方替换", "replaced by the caller"));
    ImmutableMap.Builder<String, Provision> map = ImmutableMap.builder();
    provisions.forEach((id, p) -> map.put(id, id.equals(replacement.id()) ? marked : p));
    return new Catalogue(map.buildOrThrow());
  }

  /**
   * A copy with one more provision.
   *
   * @param addition not null; its id must not be in this catalogue
   */
  public Catalogue withAdded(Provision addition) {
    requireNonNull(addition, "addition");
    if (provisions.containsKey(addition.id())) {
      throw new IllegalArgumentException("provision " + addition.id() + " is already in the catalogue; use withReplaced");
    }
    return new Catalogue(ImmutableMap.<String, Provision>builder().putAll(provisions)
        .put(addition.id(), addition).buildOrThrow());
  }

  /** How many provisions it holds. */
  public int size() {
    return provisions.size();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Catalogue && ((Catalogue) o).provisions.equals(provisions);
  }

  @Override
  public int hashCode() {
    return provisions.hashCode();
  }

  @Override
  public String toString() {
    return "Catalogue(" + provisions.size() + " provisions)";
  }
}
