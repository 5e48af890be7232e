package org.zhongchuang.policy.transfer;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.Set;
import org.zhongchuang.policy.catalogue.UnitKind;
import org.zhongchuang.policy.catalogue.UnitScope;
import org.zhongchuang.policy.text.Text;

/**
 * The unit that owns the job-related achievement (科技成果完成单位).
 *
 * @param kind university, research institute, enterprise or other; not null
 * @param isPublic set up by the state or with public funds (国家设立 / 利用财政资金设立)
 * @param isProvincial provincially owned (省属)
 */
public record OwningUnit(UnitKind kind, boolean isPublic, boolean isProvincial) implements Serializable {

  public OwningUnit {
    requireNonNull(kind, "kind");
  }

  /**
   * @param kind not null
   * @param isPublic set up by the state or with public funds
   * @param isProvincial provincially owned
   */
  public static OwningUnit of(UnitKind kind, boolean isPublic, boolean isProvincial) {
    return new OwningUnit(kind, isPublic, isProvincial);
  }

  /** Whether a provision's scope reaches this unit. */
  boolean isIn(UnitScope scope) {
    return scope.covers(kind, isPublic, isProvincial);
  }

  /** E.g. "a publicly established university (not provincially owned)". */
  public Text describe() {
    return new UnitScope(Set.of(kind), isPublic, isProvincial).describe()
        .plus(isPublic ? Text.of("", "") : Text.of("（非国家设立、非财政资金设立）", " (not set up by the state or with public funds)"));
  }
}
