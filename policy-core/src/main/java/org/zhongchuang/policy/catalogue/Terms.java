package org.zhongchuang.policy.catalogue;

import java.io.Serializable;
import org.zhongchuang.policy.text.Text;

/**
 * What a provision grants or requires, as data a calculator reads. Each kind of quantity is a record of its own; a
 * calculator looks for the kinds it understands and never hard-codes a number.
 */
public interface Terms extends Serializable {

  /** One line that states the terms, e.g. "应纳税所得额 ≤ 200,000.00 元的，全部所得按 50% 计入、税率 20%". */
  Text summary();

  /** False for clauses that promise support with no amount or rate ("给予适当补贴"). */
  default boolean hasFormula() {
    return true;
  }
}
