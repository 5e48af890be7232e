package org.zhongchuang.policy.grants;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.zhongchuang.policy.MissingFactsException;
import org.zhongchuang.policy.PolicyInputException;
import org.zhongchuang.policy.catalogue.AwardLevel;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.text.Phrase;

/**
 * A maker space's awards to match: where the maker space is (the rule of the most specific place of its chain
 * applies) or which rule to apply (a provision id), and the awards, each with its own level, amount, date and awarding
 * body. Build one with {@link #builder()} or {@link #of(Jurisdiction, List)}.
 *
 * <p>A value: immutable, thread-safe, serializable; equal when the place or rule and the awards (in order) are equal.
 */
public final class MatchingCase implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Jurisdiction makerSpace;
  private final String ruleId;
  private final List<Award> awards;

  private MatchingCase(Jurisdiction makerSpace, String ruleId, List<Award> awards) {
    this.makerSpace = makerSpace;
    this.ruleId = ruleId;
    this.awards = awards;
  }

  /**
   * The awards of a maker space in a place, under the rule that applies there.
   *
   * @param makerSpace where the maker space is, not null
   * @param awards the awards, not null, no null element; may be empty
   */
  public static MatchingCase of(Jurisdiction makerSpace, List<Award> awards) {
    return builder().makerSpace(makerSpace).awards(awards).build();
  }

  /** A builder: give {@link Builder#makerSpace} or {@link Builder#rule}, and the awards. */
  public static Builder builder() {
    return new Builder();
  }

  /** Where the maker space is; empty when the case names its rule instead. */
  public Optional<Jurisdiction> makerSpace() {
    return Optional.ofNullable(makerSpace);
  }

  /** The id of the rule to apply; empty when the case gives the place instead. */
  public Optional<String> rule() {
    return Optional.ofNullable(ruleId);
  }

  /** The awards, in the order given. */
  public List<Award> awards() {
    return awards;
  }

  Jurisdiction makerSpaceOrNull() {
    return makerSpace;
  }

  String ruleIdOrNull() {
    return ruleId;
  }

  @Override
  public boolean equals(Object o) {
    if (o == this) {
      return true;
    }
    if (!(o instanceof MatchingCase)) {
      return false;
    }
    MatchingCase c = (MatchingCase) o;
    return Objects.equals(makerSpace, c.makerSpace) && Objects.equals(ruleId, c.ruleId) && awards.equals(c.awards);
  }

  @Override
  public int hashCode() {
    return Objects.hash(makerSpace, ruleId, awards);
  }

  @Override
  public String toString() {
    return "MatchingCase[" + (makerSpace != null ? makerSpace.key() : "rule " + ruleId) + ", " + awards.size()
        + " awards]";
  }

  /** Builds a {@link MatchingCase}. Not thread-safe. */
  public static final class Builder {
    private Jurisdiction makerSpace;
    private String ruleId;
    private final List<Award> awards = new ArrayList<>();
    private boolean awardsGiven;

    private Builder() {}

    /** Where the maker space is: the matching rule of the most specific place of its chain applies. */
    public Builder makerSpace(Jurisdiction place) {
      this.makerSpace = requireNonNull(place, "place");
      return this;
    }

    /** The id of the matching rule to apply, instead of the one of a place: a what-if, or another city's rule. */
    public Builder rule(String provisionId) {
      this.ruleId = requireNonNull(provisionId, "provisionId");
      return this;
    }

    /** One more award. */
    public Builder award(Award award) {
      awards.add(requireNonNull(award, "award"));
      awardsGiven = true;
      return this;
    }

    /**
     * One more award.
     *
     * @throws PolicyInputException if the amount is not positive or the awarding body is blank
     */
    public Builder award(AwardLevel level, Cny amount, LocalDate date, String awardingBody) {
      return award(Award.of(level, amount, date, awardingBody));
    }

    /** More awards, in order; an empty list says there are none. */
    public Builder awards(List<Award> more) {
      requireNonNull(more, "more").forEach(a -> awards.add(requireNonNull(a, "award")));
      awardsGiven = true;
      return this;
    }

    /**
     * @throws MissingFactsException if neither the place nor the rule is given, or no award (not even an empty list)
     * @throws PolicyInputException if both the place and the rule are given
     */
    public MatchingCase build() {
      List<String> missing = new ArrayList<>(2);
      if (makerSpace == null && ruleId == null) {
        missing.add("makerSpace");
      }
      if (!awardsGiven) {
        missing.add("awards");
      }
      if (!missing.isEmpty()) {
        throw new MissingFactsException(missing, Phrase.of("grants.missing.matching"));
      }
      if (makerSpace != null && ruleId != null) {
        throw new PolicyInputException(Phrase.of("error.grants.matching.placeAndRule", makerSpace, ruleId));
      }
      return new MatchingCase(makerSpace, ruleId, List.copyOf(awards));
    }
  }
}
