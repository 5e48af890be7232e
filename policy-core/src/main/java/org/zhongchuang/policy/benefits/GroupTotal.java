package org.zhongchuang.policy.benefits;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.Optional;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.text.Renderable;

/**
 * The total of a group where its worths add up, and why they do or do not.
 *
 * @param group not null
 * @param total the certain total; empty where the worths do not add up or none is computed
 * @param ifUncertain the further amount that depends on uncertain points; empty when none
 * @param basis how the total is formed, or why there is none, not null
 */
public record GroupTotal(Group group, Optional<Cny> total, Optional<Cny> ifUncertain, Renderable basis)
    implements Serializable {

  public GroupTotal {
    requireNonNull(group, "group");
    requireNonNull(total, "total");
    requireNonNull(ifUncertain, "ifUncertain");
    requireNonNull(basis, "basis");
  }
}
