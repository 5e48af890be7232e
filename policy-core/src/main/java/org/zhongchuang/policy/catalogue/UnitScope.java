package org.zhongchuang.policy.catalogue;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import java.io.Serializable;
import java.util.Set;
import org.zhongchuang.policy.text.Text;

/**
 * Which units a reward provision reaches.
 *
 * @param kinds the kinds of unit, not empty
 * @param publicOnly only units set up by the state or with public funds (国家设立 / 利用财政资金设立)
 * @param provincialOnly only provincially owned units (省属)
 */
public record UnitScope(Set<UnitKind> kinds, boolean publicOnly, boolean provincialOnly) implements Serializable {
  public UnitScope {
    kinds = ImmutableSet.copyOf(requireNonNull(kinds, "kinds"));
    if (kinds.isEmpty()) {
      throw new IllegalArgumentException("a unit scope names at least one kind of unit");
    }
  }

  /** Every unit. */
  public static UnitScope all() {
    return new UnitScope(ImmutableSet.copyOf(UnitKind.values()), false, false);
  }

  /** Whether a unit of this kind and ownership is in scope. */
  public boolean covers(UnitKind kind, boolean isPublic, boolean isProvincial) {
    return kinds.contains(kind) && (!publicOnly || isPublic) && (!provincialOnly || isProvincial);
  }

  public Text describe() {
    String zh = (provincialOnly ? "省属" : "") + (publicOnly ? "国家设立或利用财政资金设立的" : "")
        + kinds.stream().map(UnitScope::zh).reduce((a, b) -> a + "、" + b).orElse("");
    String en = (provincialOnly ? "provincially owned " : "") + (publicOnly ? "publicly established " : "")
        + kinds.stream().map(k -> k.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
            .reduce((a, b) -> a + ", " + b).orElse("");
    return Text.of(zh, en);
  }

  private static String zh(UnitKind kind) {
    switch (kind) {
      case UNIVERSITY:
        return "高等院校";
      case RESEARCH_INSTITUTE:
        return "科研院所";
      case ENTERPRISE:
        return "企业";
      default:
        return "其他单位";
    }
  }
}
