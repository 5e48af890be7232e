package org.zhongchuang.policy.incubator;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import org.zhongchuang.policy.Answer;
import org.zhongchuang.policy.catalogue.Provision;

/**
 * A local clause that refers the institution to the national rules (嘉政办发〔2015〕90号 五(四): "可按照相关规定享受"): it
 * adds no exemption of its own, and a result says so.
 *
 * @param provision the clause, not null
 * @param inForce {@link Answer#YES}, or {@link Answer#UNCERTAIN} where its dates are known only to a window, not null
 */
public record LocalClause(Provision provision, Answer inForce) implements Serializable {
  public LocalClause {
    requireNonNull(provision, "provision");
    requireNonNull(inForce, "inForce");
  }
}
