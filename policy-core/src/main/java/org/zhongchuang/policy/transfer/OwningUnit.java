package org.zhongchuang.policy.transfer;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import org.zhongchuang.policy.Answer;
import org.zhongchuang.policy.catalogue.UnitKind;

/**
 * The unit that owns the job-related achievement (科技成果完成单位).
 *
 * @param kind university, research institute, enterprise or other; not null
 * @param stateEstablished whether the state set it up (国家设立) or funded its setting up (利用财政资金设立):
 *     {@link Answer#UNCERTAIN} when the caller did not say, which a {@link TransferCase} allows only for enterprises and
 *     other units; not null
 * @param provincial provincially owned (省属)
 */
public record OwningUnit(UnitKind kind, Answer stateEstablished, boolean provincial) implements Serializable {

  public OwningUnit {
    requireNonNull(kind, "kind");
    requireNonNull(stateEstablished, "stateEstablished");
  }

  /**
   * @param kind not null
   * @param stateEstablished set up by the state or with public funds
   * @param provincial provincially owned
   */
  public static OwningUnit of(UnitKind kind, boolean stateEstablished, boolean provincial) {
    return new OwningUnit(kind, Answer.of(stateEstablished), provincial);
  }

  /** Whether it is a university or a research institute: the units 第四十五条第二款 and the team rules speak of. */
  public boolean isUniversityOrInstitute() {
    return kind == UnitKind.UNIVERSITY || kind == UnitKind.RESEARCH_INSTITUTE;
  }
}
