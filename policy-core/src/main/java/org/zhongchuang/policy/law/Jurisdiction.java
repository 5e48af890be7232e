package org.zhongchuang.policy.law;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.Serializable;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A place whose government issues or applies provisions, with the chain of places it lies within: Jiaxing (330400)
 * lies within Zhejiang (330000), which lies within China.
 *
 * <p>Codes are national administrative-division codes (GB/T 2260) where one exists; China itself and the Lanbai pilot
 * zone have none. Two jurisdictions are equal when their ids are equal. Immutable and thread-safe.
 */
public final class Jurisdiction implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final Jurisdiction CHINA =
      new Jurisdiction("china", null, "中国", "China", null, ImmutableSet.of("中华人民共和国", "全国", "national", "cn"));
  public static final Jurisdiction JILIN =
      new Jurisdiction("jilin", "220000", "吉林省", "Jilin", CHINA, ImmutableSet.of("吉林"));
  public static final Jurisdiction LIAONING =
      new Jurisdiction("liaoning", "210000", "辽宁省", "Liaoning", CHINA, ImmutableSet.of("辽宁"));
  public static final Jurisdiction ZHEJIANG =
      new Jurisdiction("zhejiang", "330000", "浙江省", "Zhejiang", CHINA, ImmutableSet.of("浙江"));
  public static final Jurisdiction JIAXING =
      new Jurisdiction("jiaxing", "330400", "嘉兴市", "Jiaxing", ZHEJIANG, ImmutableSet.of("嘉兴"));
  public static final Jurisdiction GANSU =
      new Jurisdiction("gansu", "620000", "甘肃省", "Gansu", CHINA, ImmutableSet.of("甘肃"));
  /** The Lanzhou–Baiyin science and technology innovation reform pilot zone, inside Gansu; it has no GB/T 2260 code. */
  public static final Jurisdiction LANBAI = new Jurisdiction("lanbai", null, "兰白科技创新改革试验区",
      "Lanzhou–Baiyin pilot zone", GANSU, ImmutableSet.of("兰白试验区", "兰白", "兰白自创区"));

  private static final ImmutableList<Jurisdiction> BUILT_INS =
      ImmutableList.of(CHINA, JILIN, LIAONING, ZHEJIANG, JIAXING, GANSU, LANBAI);
  private static final ImmutableMap<String, Jurisdiction> BY_NAME = index();

  private final String id;
  private final String code;
  private final String chineseName;
  private final String englishName;
  private final Jurisdiction parent;
  private final ImmutableSet<String> aliases;

  private Jurisdiction(String id, String code, String chineseName, String englishName, Jurisdiction parent,
      ImmutableSet<String> aliases) {
    this.id = id;
    this.code = code;
    this.chineseName = chineseName;
    this.englishName = englishName;
    this.parent = parent;
    this.aliases = aliases;
  }

  /**
   * Defines a jurisdiction that is not built in, e.g. to give another city a matching rule of its own.
   *
   * @param id a lower-case key, not null, not one of the built-in ids
   * @param code its GB/T 2260 code, or null where it has none
   * @param chineseName not null
   * @param englishName not null
   * @param parent the jurisdiction it lies within, not null (every jurisdiction lies within China)
   */
  public static Jurisdiction define(String id, String code, String chineseName, String englishName,
      Jurisdiction parent) {
    requireNonNull(id, "id");
    requireNonNull(chineseName, "chineseName");
    requireNonNull(englishName, "englishName");
    requireNonNull(parent, "parent");
    if (BY_NAME.containsKey(key(id)) || (code != null && BY_NAME.containsKey(code))) {
      throw new IllegalArgumentException("'" + id + "' or its code is a built-in jurisdiction; use parse() for it");
    }
    return new Jurisdiction(id, code, chineseName, englishName, parent, ImmutableSet.of());
  }

  /**
   * Finds a built-in jurisdiction by code ({@code 330400}), pinyin id ({@code jiaxing}, any case) or Chinese name
   * ({@code 嘉兴市} or {@code 嘉兴}).
   *
   * @param name not null
   * @throws UnknownJurisdictionException listing the known jurisdictions, if none matches
   */
  public static Jurisdiction parse(String name) {
    requireNonNull(name, "name");
    Jurisdiction found = BY_NAME.get(key(name));
    if (found == null) {
      throw new UnknownJurisdictionException(name);
    }
    return found;
  }

  /** The built-in jurisdictions, China first. */
  public static ImmutableList<Jurisdiction> builtIns() {
    return BUILT_INS;
  }

  private static String key(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
  }

  private static ImmutableMap<String, Jurisdiction> index() {
    ImmutableMap.Builder<String, Jurisdiction> map = ImmutableMap.builder();
    for (Jurisdiction j : BUILT_INS) {
      map.put(j.id, j);
      map.put(j.chineseName, j);
      if (j.code != null) {
        map.put(j.code, j);
      }
      j.aliases.forEach(alias -> map.put(key(alias), j));
    }
    return map.buildOrThrow();
  }

  /** The pinyin key, e.g. {@code jiaxing}. */
  public String id() {
    return id;
  }

  /** The GB/T 2260 code, empty for China and the Lanbai zone. */
  public Optional<String> code() {
    return Optional.ofNullable(code);
  }

  /** The code where there is one, else the id: a stable key for output. */
  public String key() {
    return code != null ? code : id;
  }

  public String chineseName() {
    return chineseName;
  }

  public String englishName() {
    return englishName;
  }

  /** The jurisdiction this one lies within; empty for China. */
  public Optional<Jurisdiction> parent() {
    return Optional.ofNullable(parent);
  }

  /** This jurisdiction and those it lies within, most specific first: Jiaxing, Zhejiang, China. */
  public ImmutableList<Jurisdiction> chain() {
    ImmutableList.Builder<Jurisdiction> chain = ImmutableList.builder();
    for (Jurisdiction j = this; j != null; j = j.parent) {
      chain.add(j);
    }
    return chain.build();
  }

  /** Whether this jurisdiction is {@code other} or lies within it. */
  public boolean isWithin(Jurisdiction other) {
    requireNonNull(other, "other");
    // Walks the parents instead of building chain(): calculators ask this of every provision they consider.
    for (Jurisdiction j = this; j != null; j = j.parent) {
      if (j.equals(other)) {
        return true;
      }
    }
    return false;
  }

  /** How many jurisdictions this one lies within: China 0, a province 1, Jiaxing 2. */
  public int depth() {
    return chain().size() - 1;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Jurisdiction && ((Jurisdiction) o).id.equals(id);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id);
  }

  @Override
  public String toString() {
    return chineseName + " (" + key() + ")";
  }
}
