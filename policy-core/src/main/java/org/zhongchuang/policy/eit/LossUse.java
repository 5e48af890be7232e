package org.zhongchuang.policy.eit;

import static java.util.Objects.requireNonNull;

import java.time.Year;
import java.util.Optional;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.money.Cny;

/**
 * A loss of an earlier year, as line 21 treats it: the last year it may be made good (five years later, or ten where
 * 财税〔2018〕76号 extends it), what of it this year makes good, and what is left.
 *
 * @param year the year of the loss, not null
 * @param available its unused remainder at the start of the tax year, not null
 * @param lastYear the last tax year it may be made good in, not null
 * @param extendedBy the extension that set the last year, if one did
 * @param extensionUnconfirmed whether the extension rests on the loss year's own qualification (PROVISIONS.md §15
 *     item 13: believed, unconfirmed)
 * @param used what this year makes good, not null
 */
public record LossUse(Year year, Cny available, Year lastYear, Optional<Provision> extendedBy,
    boolean extensionUnconfirmed, Cny used) {

  public LossUse {
    requireNonNull(year, "year");
    requireNonNull(available, "available");
    requireNonNull(lastYear, "lastYear");
    requireNonNull(extendedBy, "extendedBy");
    requireNonNull(used, "used");
  }

  /** {@code available − used}. */
  public Cny left() {
    return available.minus(used);
  }
}
