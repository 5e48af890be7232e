package org.zhongchuang.policy.grants;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.zhongchuang.policy.MissingFactsException;
import org.zhongchuang.policy.PolicyInputException;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.text.Phrase;

/**
 * A place's actual figures against its development targets, keyed by metric (e.g. {@code maker-spaces}); a target
 * without a figure is reported as having none, never assumed met. Build one with {@link #builder()} or {@link #of}.
 *
 * <p>A value: immutable, thread-safe, serializable.
 */
public final class TargetCase implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Jurisdiction jurisdiction;
  private final Map<String, Long> actuals;

  private TargetCase(Jurisdiction jurisdiction, Map<String, Long> actuals) {
    this.jurisdiction = jurisdiction;
    this.actuals = actuals;
  }

  /**
   * @param jurisdiction whose targets, not null
   * @param actuals figures keyed by metric, each zero or more, not null, no null key or value; may be empty
   * @throws PolicyInputException if a figure is negative
   */
  public static TargetCase of(Jurisdiction jurisdiction, Map<String, Long> actuals) {
    return builder().jurisdiction(jurisdiction).actuals(actuals).build();
  }

  /** A builder: the jurisdiction is required, figures are optional. */
  public static Builder builder() {
    return new Builder();
  }

  /** Whose targets. */
  public Jurisdiction jurisdiction() {
    return jurisdiction;
  }

  /** The figures given, by metric, in the order given. */
  public Map<String, Long> actuals() {
    return actuals;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TargetCase && ((TargetCase) o).jurisdiction.equals(jurisdiction)
        && ((TargetCase) o).actuals.equals(actuals);
  }

  @Override
  public int hashCode() {
    return Objects.hash(jurisdiction, actuals);
  }

  @Override
  public String toString() {
    return "TargetCase[" + jurisdiction.key() + ", " + actuals + "]";
  }

  /** Builds a {@link TargetCase}. Not thread-safe. */
  public static final class Builder {
    private Jurisdiction jurisdiction;
    private final Map<String, Long> actuals = new LinkedHashMap<>();

    private Builder() {}

    /** Whose targets. */
    public Builder jurisdiction(Jurisdiction place) {
      this.jurisdiction = requireNonNull(place, "place");
      return this;
    }

    /**
     * The actual figure of one metric.
     *
     * @throws PolicyInputException if it is negative
     */
    public Builder actual(String metric, long value) {
      requireNonNull(metric, "metric");
      if (value < 0) {
        throw new PolicyInputException(Phrase.of("error.grants.target.negative", metric, value));
      }
      actuals.put(metric, value);
      return this;
    }

    /**
     * The actual figures of several metrics.
     *
     * @throws PolicyInputException if one is negative
     */
    public Builder actuals(Map<String, Long> figures) {
      requireNonNull(figures, "figures").forEach((metric, value) -> actual(metric, requireNonNull(value, "value")));
      return this;
    }

    /** @throws MissingFactsException if the jurisdiction is not given */
    public TargetCase build() {
      if (jurisdiction == null) {
        throw new MissingFactsException(List.of("jurisdiction"), Phrase.of("grants.missing.targets"));
      }
      return new TargetCase(jurisdiction, Collections.unmodifiableMap(new LinkedHashMap<>(actuals)));
    }
  }
}
