package org.zhongchuang.policy.catalogue;

import static java.util.Objects.requireNonNull;

import org.zhongchuang.policy.text.Text;

/**
 * A local clause that restates a national provision for its jurisdiction: a result that applies the national
 * provision there cites the local clause beside it.
 *
 * @param restatedId the id of the national provision restated, not null
 * @param incubatedStartUpsOnly whether the local clause is limited to start-ups incubated in an incubator (Jilin)
 */
public record Restatement(String restatedId, boolean incubatedStartUpsOnly) implements Terms {
  public Restatement {
    requireNonNull(restatedId, "restatedId");
  }

  /** The same restatement of another provision. */
  public Restatement withRestatedId(String newId) {
    return new Restatement(newId, incubatedStartUpsOnly);
  }

  /** The same restatement, limited to incubated start-ups or not. */
  public Restatement withIncubatedStartUpsOnly(boolean only) {
    return new Restatement(restatedId, only);
  }

  @Override
  public TermsKind termsKind() {
    return TermsKind.RESTATEMENT;
  }

  @Override
  public Text summary() {
    return Text.of("在本地重申 " + restatedId + (incubatedStartUpsOnly ? "（限孵化机构内在孵初创企业）" : ""),
        "restates " + restatedId + " locally" + (incubatedStartUpsOnly ? " (incubated start-ups only)" : ""));
  }
}
