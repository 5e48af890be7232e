package org.zhongchuang.policy.catalogue;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.ObjectStreamException;
import java.io.Serializable;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.zhongchuang.policy.catalogue.CatalogueFiles.DocumentFile;
import org.zhongchuang.policy.catalogue.CatalogueFiles.ReformFile;
import org.zhongchuang.policy.catalogue.CatalogueFiles.Replacement;
import org.zhongchuang.policy.law.Applicability;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.law.PolicyDocument;
import org.zhongchuang.policy.text.Phrase;
import org.zhongchuang.policy.text.Text;

/**
 * An immutable set of provisions, keyed by id, with the documents they come from.
 *
 * <p>{@link #builtIn()} is read from the catalogue files shipped in the library: one YAML file per policy document,
 * each provision with the clause's own words beside the numbers it states (the format: {@code policy-core/CATALOGUE.md}).
 * A caller adds documents and applies reforms from files of its own with {@link #with(Path...)}, or changes one
 * provision in code with {@link #withModified}; every provision so changed is cited as modified, with the reason.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Catalogue implements Serializable {
  private static final long serialVersionUID = 2L;

  private final ImmutableMap<String, Provision> provisions;
  private final ImmutableList<Reform> reforms;

  private Catalogue(ImmutableMap<String, Provision> provisions, ImmutableList<Reform> reforms) {
    this.provisions = provisions;
    this.reforms = reforms;
  }

  /** Read once, on first use. */
  private static final class BuiltIn {
    static final Catalogue CATALOGUE = load();

    private static Catalogue load() {
      Builder builder = new Builder(ImmutableMap.of(), ImmutableList.of());
      for (DocumentFile file : CatalogueFiles.builtIn()) {
        builder.add(file);
      }
      return builder.build();
    }
  }

  /** The catalogue of every provision of the five seed documents and the national law behind them. */
  public static Catalogue builtIn() {
    return BuiltIn.CATALOGUE;
  }

  /** A catalogue with no provisions, to build one from files alone: {@code Catalogue.empty().with(files)}. */
  public static Catalogue empty() {
    return new Catalogue(ImmutableMap.of(), ImmutableList.of());
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
    return new Catalogue(ImmutableMap.copyOf(map), ImmutableList.of());
  }

  /**
   * A copy with the documents and reforms of the given files: each document file adds its provisions; each reform
   * file replaces the provisions it names (cited as modified, with the reform's reason) and adds its own. Document
   * files are read first, then reforms in the order given, so a reform may change a provision of a document given
   * beside it.
   *
   * @param files YAML catalogue files, not null
   * @return the new catalogue; this one is unchanged
   * @throws CatalogueFileException naming the file, line and field, if any file cannot be read or is malformed, or
   *     if a provision id is already in the catalogue or a reform names one that is not; nothing is half-loaded
   */
  public Catalogue with(Path... files) {
    requireNonNull(files, "files");
    return with(List.of(files));
  }

  /** As {@link #with(Path...)}. */
  public Catalogue with(List<Path> files) {
    requireNonNull(files, "files");
    List<DocumentFile> documents = new ArrayList<>();
    List<ReformFile> reformFiles = new ArrayList<>();
    for (Path file : files) {
      Object read = CatalogueFiles.read(requireNonNull(file, "file"));
      if (read instanceof DocumentFile d) {
        documents.add(d);
      } else {
        reformFiles.add((ReformFile) read);
      }
    }
    Builder builder = new Builder(provisions, reforms);
    documents.forEach(builder::add);
    reformFiles.forEach(builder::apply);
    return builder.build();
  }

  /** Collects provisions from files, refusing a clash with the file and line where it is written. */
  private static final class Builder {
    private final Map<String, Provision> provisions;
    private final Map<String, String> origin = new LinkedHashMap<>();
    private final List<Reform> reforms;

    Builder(Map<String, Provision> provisions, List<Reform> reforms) {
      this.provisions = new LinkedHashMap<>(provisions);
      this.reforms = new ArrayList<>(reforms);
    }

    void add(DocumentFile file) {
      for (Provision p : file.provisions()) {
        put(p, file.name(), file.lines().get(p.id()));
      }
    }

    private void put(Provision p, String file, Integer line) {
      if (provisions.containsKey(p.id())) {
        String where = origin.getOrDefault(p.id(), "the catalogue");
        throw new CatalogueFileException(file, line == null ? 0 : line, "provisions[" + p.id() + "].id",
            Phrase.of("catalogue.duplicateId", p.id(), where));
      }
      provisions.put(p.id(), p);
      origin.put(p.id(), file + (line == null ? "" : ":" + line));
    }

    void apply(ReformFile file) {
      for (Replacement r : file.replacements()) {
        Provision original = provisions.get(r.id());
        if (original == null) {
          throw CatalogueFiles.unknownProvision(r);
        }
        provisions.put(r.id(), CatalogueFiles.replaced(original, r, file.reform()));
      }
      for (Provision p : file.additions()) {
        put(p, file.name(), null);
      }
      reforms.add(file.reform());
    }

    Catalogue build() {
      return new Catalogue(ImmutableMap.copyOf(provisions), ImmutableList.copyOf(reforms));
    }
  }

  /** Every provision, in catalogue order (the order of the files, and within a file the order written). */
  public List<Provision> all() {
    return provisions.values().asList();
  }

  /** The documents the provisions cite, each once, in catalogue order. */
  public List<PolicyDocument> documents() {
    return provisions.values().stream().map(p -> p.citation().document()).distinct()
        .collect(ImmutableList.toImmutableList());
  }

  /** The reforms applied to this catalogue, in the order applied. */
  public List<Reform> reforms() {
    return reforms;
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
  public List<Provision> withTerms(Class<? extends Terms> kind) {
    requireNonNull(kind, "kind");
    return provisions.values().stream().filter(p -> kind.isInstance(p.terms()))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The provisions that apply in a jurisdiction: its own and those of every jurisdiction it lies within (a Haining
   * enterprise is bound by Jiaxing's, Zhejiang's and China's provisions too).
   *
   * @param jurisdiction not null
   */
  public List<Provision> applicableIn(Jurisdiction jurisdiction) {
    requireNonNull(jurisdiction, "jurisdiction");
    return provisions.values().stream().filter(p -> jurisdiction.isWithin(p.jurisdiction()))
        .collect(ImmutableList.toImmutableList());
  }

  /** Every provision with whether it is in force on a day. */
  public List<ProvisionStatus> statusOn(LocalDate day) {
    requireNonNull(day, "day");
    return statuses(p -> p.statusOn(day));
  }

  /** Every provision with whether it is in force on any day of a tax year. */
  public List<ProvisionStatus> statusDuring(Year taxYear) {
    requireNonNull(taxYear, "taxYear");
    return statuses(p -> p.statusDuring(taxYear));
  }

  /**
   * The provisions in force on a day, and those whose being in force depends on a date nobody knows (marked
   * {@link Applicability.Status#UNCERTAIN}, with the reason).
   */
  public List<ProvisionStatus> inForceOn(LocalDate day) {
    return statusOn(day).stream().filter(s -> !s.applicability().isNotInForce())
        .collect(ImmutableList.toImmutableList());
  }

  /** As {@link #inForceOn}, for any day of a tax year. */
  public List<ProvisionStatus> inForceDuring(Year taxYear) {
    return statusDuring(taxYear).stream().filter(s -> !s.applicability().isNotInForce())
        .collect(ImmutableList.toImmutableList());
  }

  private List<ProvisionStatus> statuses(Function<Provision, Applicability> status) {
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
        : ImmutableProvision.copyOf(replacement).withModification(Text.of("由调用方替换", "replaced by the caller"));
    ImmutableMap.Builder<String, Provision> map = ImmutableMap.builder();
    provisions.forEach((id, p) -> map.put(id, id.equals(replacement.id()) ? marked : p));
    return new Catalogue(map.buildOrThrow(), reforms);
  }

  /**
   * A copy with one provision's terms changed, typed: {@code withModified("CN-EIT-REG-92",
   * SmallLowProfitCriteria.class, c -> c.withIncomeCeiling(Cny.ofYuan(500_000)), reason)}. Results cite the provision
   * as modified, with the reason.
   *
   * @param id the provision, not null
   * @param type the kind of terms it holds, not null
   * @param change what to do to them, not null; must return terms of the same kind
   * @param reason why, in Chinese and English, not null
   * @throws UnknownProvisionException if the catalogue has no such provision
   * @throws WrongTermsException if its terms are not of that type
   */
  public <T extends Terms> Catalogue withModified(String id, Class<T> type, UnaryOperator<T> change, Text reason) {
    requireNonNull(type, "type");
    requireNonNull(change, "change");
    requireNonNull(reason, "reason");
    Provision p = byId(id);
    if (!type.isInstance(p.terms())) {
      throw new WrongTermsException(p, type);
    }
    Terms changed = requireNonNull(change.apply(type.cast(p.terms())), "changed terms");
    return withReplaced(p.modifiedTerms(changed, reason));
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
        .put(addition.id(), addition).buildOrThrow(), reforms);
  }

  /** How many provisions it holds. */
  public int size() {
    return provisions.size();
  }

  /** Whether this is the built-in catalogue, unchanged. */
  public boolean isBuiltIn() {
    return this == builtIn();
  }

  /** The built-in catalogue travels as a token: each JVM reads its own files. */
  private Object writeReplace() throws ObjectStreamException {
    return this == BuiltIn.CATALOGUE ? new BuiltInToken() : this;
  }

  private static final class BuiltInToken implements Serializable {
    private static final long serialVersionUID = 1L;

    private Object readResolve() throws ObjectStreamException {
      return builtIn();
    }
  }

  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof Catalogue && ((Catalogue) o).provisions.equals(provisions)
        && ((Catalogue) o).reforms.equals(reforms);
  }

  @Override
  public int hashCode() {
    return provisions.hashCode();
  }

  @Override
  public String toString() {
    return "Catalogue(" + provisions.size() + " provisions" + (reforms.isEmpty() ? "" : ", " + reforms.size()
        + " reforms") + ")";
  }
}
