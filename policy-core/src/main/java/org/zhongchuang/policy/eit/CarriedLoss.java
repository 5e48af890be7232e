package org.zhongchuang.policy.eit;

import static java.util.Objects.requireNonNull;

import java.time.Year;
import java.util.Optional;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.money.Cny;

/**
 * A loss carried into the next tax year: what is left of it and the last year it may be made good in, as known now (a
 * later qualified year may extend it, 财税〔2018〕76号).
 *
 * @param year the year of the loss, not null
 * @param amount what is left of it, more than zero, not null
 * @param lastYear the last tax year it may be made good in, not null
 * @param extendedBy the extension that set the last year, if one did
 * @param extensionUnconfirmed whether the extension rests on the loss year's own qualification (unconfirmed)
 */
public record CarriedLoss(Year year, Cny amount, Year lastYear, Optional<Provision> extendedBy,
    boolean extensionUnconfirmed) {

  public CarriedLoss {
    requireNonNull(year, "year");
    requireNonNull(amount, "amount");
    requireNonNull(lastYear, "lastYear");
    requireNonNull(extendedBy, "extendedBy");
  }
}
