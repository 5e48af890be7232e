package org.zhongchuang.policy.incubator;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import org.zhongchuang.policy.Answer;
import org.zhongchuang.policy.catalogue.TaxType;
import org.zhongchuang.policy.money.Cny;

/**
 * What becomes of one tax the caller gave: the part certainly exempt, the part exempt under one reading of something
 * uncertain and not under the other, and the part certainly still due; {@code exempt + uncertain + due = given}
 * exactly, each zero or more.
 *
 * @param given the tax as given, not null
 * @param exempt certainly exempt, not null
 * @param uncertain exempt or not depending on what is uncertain, not null
 * @param due certainly still due, not null
 * @param answer whether any month of the tax is exempt: yes, no, or uncertain (no month certainly is, some may be),
 *     not null
 */
public record TaxExemption(TaxAmount given, Cny exempt, Cny uncertain, Cny due, Answer answer)
    implements Serializable {

  public TaxExemption {
    requireNonNull(given, "given");
    requireNonNull(exempt, "exempt");
    requireNonNull(uncertain, "uncertain");
    requireNonNull(due, "due");
    requireNonNull(answer, "answer");
    if (!exempt.plus(uncertain).plus(due).equals(given.total())) {
      throw new IllegalArgumentException("the parts " + exempt + " + " + uncertain + " + " + due
          + " do not add up to " + given.total());
    }
  }

  /** The tax. */
  public TaxType tax() {
    return given.tax();
  }

  /** The tax still due where everything uncertain goes the caller's way: {@code due}. */
  public Cny dueAtLeast() {
    return due;
  }

  /** The tax still due where nothing uncertain goes the caller's way: {@code due + uncertain}. */
  public Cny dueAtMost() {
    return due.plus(uncertain);
  }
}
