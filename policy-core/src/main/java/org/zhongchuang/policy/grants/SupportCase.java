package org.zhongchuang.policy.grants;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.zhongchuang.policy.MissingFactsException;
import org.zhongchuang.policy.PolicyInputException;
import org.zhongchuang.policy.catalogue.SupportFloor;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.text.Phrase;

/**
 * An amount of support proposed under a clause that states a least amount ({@link SupportFloor}, e.g. "50万元以上"),
 * on the day it is decided. Build one with {@link #builder()} or {@link #of}.
 *
 * <p>A value: immutable, thread-safe, serializable.
 */
public final class SupportCase implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String provisionId;
  private final Cny proposed;
  private final LocalDate date;

  private SupportCase(String provisionId, Cny proposed, LocalDate date) {
    this.provisionId = provisionId;
    this.proposed = proposed;
    this.date = date;
  }

  /**
   * @param provisionId the id of a provision with {@link SupportFloor} terms, e.g. {@code JX-2015-90/5.1}, not null
   * @param proposed the amount proposed, zero or more, not null
   * @param date the day the support is decided, not null
   * @throws PolicyInputException if the proposed amount is negative
   */
  public static SupportCase of(String provisionId, Cny proposed, LocalDate date) {
    return builder().provision(provisionId).proposed(proposed).date(date).build();
  }

  /** A builder: every fact is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The id of the support clause. */
  public String provisionId() {
    return provisionId;
  }

  /** The amount proposed. */
  public Cny proposed() {
    return proposed;
  }

  /** The day the support is decided. */
  public LocalDate date() {
    return date;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SupportCase && ((SupportCase) o).provisionId.equals(provisionId)
        && ((SupportCase) o).proposed.equals(proposed) && ((SupportCase) o).date.equals(date);
  }

  @Override
  public int hashCode() {
    return Objects.hash(provisionId, proposed, date);
  }

  @Override
  public String toString() {
    return "SupportCase[" + provisionId + ", " + proposed + ", " + date + "]";
  }

  /** Builds a {@link SupportCase}. Not thread-safe. */
  public static final class Builder {
    private String provisionId;
    private Cny proposed;
    private LocalDate date;

    private Builder() {}

    /** The id of a provision with {@link SupportFloor} terms. */
    public Builder provision(String id) {
      this.provisionId = requireNonNull(id, "id");
      return this;
    }

    /** The amount proposed, zero or more. */
    public Builder proposed(Cny amount) {
      this.proposed = requireNonNull(amount, "amount");
      return this;
    }

    /** The day the support is decided. */
    public Builder date(LocalDate day) {
      this.date = requireNonNull(day, "day");
      return this;
    }

    /**
     * @throws MissingFactsException naming the builder methods not called
     * @throws PolicyInputException if the proposed amount is negative
     */
    public SupportCase build() {
      List<String> missing = new ArrayList<>(3);
      if (provisionId == null) {
        missing.add("provision");
      }
      if (proposed == null) {
        missing.add("proposed");
      }
      if (date == null) {
        missing.add("date");
      }
      if (!missing.isEmpty()) {
        throw new MissingFactsException(missing, Phrase.of("grants.missing.support"));
      }
      if (proposed.isNegative()) {
        throw new PolicyInputException(Phrase.of("error.grants.support.negative", proposed));
      }
      return new SupportCase(provisionId, proposed, date);
    }
  }
}
