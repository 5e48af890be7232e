package org.zhongchuang.policy.grants;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.zhongchuang.policy.MissingFactsException;
import org.zhongchuang.policy.catalogue.TermLimit;
import org.zhongchuang.policy.text.Phrase;

/**
 * A researcher's leave to found a company: the term-limit provision it is granted under (for Jiaxing's,
 * {@link LeaveCalculator#JIAXING_LEAVE}) and the day it starts. Build one with {@link #builder()} or {@link #of}.
 *
 * <p>A value: immutable, thread-safe, serializable.
 */
public final class LeaveCase implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String provisionId;
  private final LocalDate leaveStart;

  private LeaveCase(String provisionId, LocalDate leaveStart) {
    this.provisionId = provisionId;
    this.leaveStart = leaveStart;
  }

  /**
   * @param provisionId the id of a provision with {@link TermLimit} terms, e.g. {@link LeaveCalculator#JIAXING_LEAVE},
   *     not null
   * @param leaveStart the day the leave starts (not counted), not null
   */
  public static LeaveCase of(String provisionId, LocalDate leaveStart) {
    return builder().provision(provisionId).leaveStart(leaveStart).build();
  }

  /** A builder: both facts are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The id of the term-limit provision. */
  public String provisionId() {
    return provisionId;
  }

  /** The day the leave starts. */
  public LocalDate leaveStart() {
    return leaveStart;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LeaveCase && ((LeaveCase) o).provisionId.equals(provisionId)
        && ((LeaveCase) o).leaveStart.equals(leaveStart);
  }

  @Override
  public int hashCode() {
    return Objects.hash(provisionId, leaveStart);
  }

  @Override
  public String toString() {
    return "LeaveCase[" + provisionId + ", " + leaveStart + "]";
  }

  /** Builds a {@link LeaveCase}. Not thread-safe. */
  public static final class Builder {
    private String provisionId;
    private LocalDate leaveStart;

    private Builder() {}

    /** The id of a provision with {@link TermLimit} terms, e.g. {@link LeaveCalculator#JIAXING_LEAVE}. */
    public Builder provision(String id) {
      this.provisionId = requireNonNull(id, "id");
      return this;
    }

    /** The day the leave starts. */
    public Builder leaveStart(LocalDate day) {
      this.leaveStart = requireNonNull(day, "day");
      return this;
    }

    /** @throws MissingFactsException naming the builder methods not called */
    public LeaveCase build() {
      List<String> missing = new ArrayList<>(2);
      if (provisionId == null) {
        missing.add("provision");
      }
      if (leaveStart == null) {
        missing.add("leaveStart");
      }
      if (!missing.isEmpty()) {
        throw new MissingFactsException(missing, Phrase.of("grants.missing.leave"));
      }
      return new LeaveCase(provisionId, leaveStart);
    }
  }
}
