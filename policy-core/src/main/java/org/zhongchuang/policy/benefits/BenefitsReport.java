package org.zhongchuang.policy.benefits;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.zhongchuang.policy.Answer;
import org.zhongchuang.policy.catalogue.Catalogue;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.eit.AnnualReturnAssessment;
import org.zhongchuang.policy.explain.Explained;
import org.zhongchuang.policy.explain.Step;
import org.zhongchuang.policy.grants.MatchingAssessment;
import org.zhongchuang.policy.incubator.IncubatorAssessment;
import org.zhongchuang.policy.law.Citation;
import org.zhongchuang.policy.text.Language;
import org.zhongchuang.policy.text.Phrase;
import org.zhongchuang.policy.text.Renderable;
import org.zhongchuang.policy.transfer.TransferRewardAssessment;

/**
 * What a {@link Profile} may be owed: every provision that could concern it, answered in {@link Entitlement}s, grouped,
 * with the {@link GroupTotal}s where worths add up, and how many provisions were left out and why (another place,
 * another time, addressed to others). The assessments of the calculators it used are kept for the detail.
 *
 * <p>Immutable. {@link #render(Language)} writes it as text; nothing in the text is computed there.
 */
public final class BenefitsReport implements Renderable, Serializable {
  private static final long serialVersionUID = 1L;

  private final Profile profile;
  private final Catalogue catalogue;
  private final List<Entitlement> entitlements;
  private final List<GroupTotal> totals;
  private final int elsewhere;
  private final int otherTimes;
  private final int addressedToOthers;
  private final AnnualReturnAssessment annualReturn;
  private final IncubatorAssessment incubator;
  private final TransferRewardAssessment transfer;
  private final MatchingAssessment matching;

  BenefitsReport(Profile profile, Catalogue catalogue, List<Entitlement> entitlements, List<GroupTotal> totals,
      int elsewhere, int otherTimes, int addressedToOthers, Optional<AnnualReturnAssessment> annualReturn,
      Optional<IncubatorAssessment> incubator, Optional<TransferRewardAssessment> transfer,
      Optional<MatchingAssessment> matching) {
    this.profile = requireNonNull(profile, "profile");
    this.catalogue = requireNonNull(catalogue, "catalogue");
    // The finder answers group by group, in the order of Group.
    this.entitlements = List.copyOf(entitlements);
    this.totals = List.copyOf(totals);
    this.elsewhere = elsewhere;
    this.otherTimes = otherTimes;
    this.addressedToOthers = addressedToOthers;
    this.annualReturn = annualReturn.orElse(null);
    this.incubator = incubator.orElse(null);
    this.transfer = transfer.orElse(null);
    this.matching = matching.orElse(null);
  }

  /** The question. */
  public Profile profile() {
    return profile;
  }

  /** The catalogue that answered it. */
  public Catalogue catalogue() {
    return catalogue;
  }

  /** Every answer, by group in the order of {@link Group}, and within a group computed ones first. */
  public List<Entitlement> entitlements() {
    return entitlements;
  }

  /** The answers of one group. */
  public List<Entitlement> entitlements(Group group) {
    return entitlements.stream().filter(e -> e.group() == group).toList();
  }

  /** The groups that have answers, each with its total where the worths add up. */
  public List<GroupTotal> totals() {
    return totals;
  }

  /** The total of a group, if the report has the group. */
  public Optional<GroupTotal> total(Group group) {
    return totals.stream().filter(t -> t.group() == group).findFirst();
  }

  /** The answers that are yes. */
  public List<Entitlement> applying() {
    return entitlements.stream().filter(e -> e.applies() == Answer.YES).toList();
  }

  /** Every provision answered, each once, in the order of the answers. */
  public List<Provision> provisions() {
    Set<Provision> out = new LinkedHashSet<>();
    entitlements.forEach(e -> out.addAll(e.provisions()));
    return List.copyOf(out);
  }

  /** The clauses of every provision answered, each once. */
  public List<Citation> citations() {
    return provisions().stream().map(Provision::citation).distinct().toList();
  }

  /** How many provisions addressed to the profile were left out because they reach other places only. */
  public int elsewhere() {
    return elsewhere;
  }

  /** How many were left out because they are not in force in the tax year (or on the day asked about). */
  public int otherTimes() {
    return otherTimes;
  }

  /** How many were left out because they address others (another kind of profile, the government itself). */
  public int addressedToOthers() {
    return addressedToOthers;
  }

  /**
   * The warnings of the computations the report used (the annual return, the incubator exemptions, the transfer
   * reward, the matching), in that order, each once: where a figure depends on something uncertain, modified or not
   * modelled. Empty when none, or when no facts were given.
   */
  public List<Step> warnings() {
    Set<Step> out = new LinkedHashSet<>();
    for (Explained e : new Explained[] {annualReturn, incubator, transfer, matching}) {
      if (e != null) {
        out.addAll(e.warnings());
      }
    }
    return List.copyOf(out);
  }

  /** The annual return, where the profile gave its figures. */
  public Optional<AnnualReturnAssessment> annualReturn() {
    return Optional.ofNullable(annualReturn);
  }

  /** The incubator exemptions, where the profile gave the institution and its taxes. */
  public Optional<IncubatorAssessment> incubator() {
    return Optional.ofNullable(incubator);
  }

  /** The results-transfer reward, where the profile gave a transfer. */
  public Optional<TransferRewardAssessment> transfer() {
    return Optional.ofNullable(transfer);
  }

  /** The matching of awards, where the profile gave awards. */
  public Optional<MatchingAssessment> matching() {
    return Optional.ofNullable(matching);
  }

  /** The report as text: heading, each group with its answers and total, then what was left out. */
  @Override
  public String render(Language language) {
    StringBuilder out = new StringBuilder();
    Phrase.of("benefits.heading", profile.audience(), profile.jurisdiction(), profile.taxYear(),
        profile.day().map(d -> (Object) Phrase.of("benefits.heading.day", d)).orElse(""), entitlements.size())
        .renderTo(out, language);
    out.append('\n');
    for (GroupTotal t : totals) {
      out.append('\n');
      Phrase.of("benefits.group", t.group()).renderTo(out, language);
      out.append('\n');
      for (Entitlement e : entitlements(t.group())) {
        Phrase.of("benefits.line", e.applies(), e.title(), worth(e)).renderTo(out, language);
        out.append('\n');
        Phrase.of("benefits.line.why", e.why()).renderTo(out, language);
        out.append('\n');
        Phrase.of("benefits.line.provisions", e.provisions()).renderTo(out, language);
        out.append('\n');
        if (e.askWhom().isPresent()) {
          // A clause without a formula: its own words, and whom to ask.
          Phrase.of("benefits.line.quote", e.provisions().get(0).citation().quote()).renderTo(out, language);
          out.append('\n');
          Phrase.of("benefits.line.ask", e.askWhom().get()).renderTo(out, language);
          out.append('\n');
        }
      }
      Phrase.of(t.total().isPresent() ? "benefits.total" : "benefits.total.none", t.total().orElse(null),
          t.ifUncertain().map(u -> (Object) Phrase.of("benefits.total.ifUncertain", u)).orElse(""), t.basis())
          .renderTo(out, language);
      out.append('\n');
    }
    out.append('\n');
    Phrase.of("benefits.leftOut", elsewhere, otherTimes, addressedToOthers).renderTo(out, language);
    out.append('\n');
    List<Step> warnings = warnings();
    if (!warnings.isEmpty()) {
      out.append('\n');
      Phrase.of("benefits.warnings").renderTo(out, language);
      out.append('\n');
      for (Step w : warnings) {
        Phrase.of("benefits.warning", w).renderTo(out, language);
        out.append('\n');
      }
    }
    return out.toString();
  }

  private static Object worth(Entitlement e) {
    if (e.worth().isPresent()) {
      return Phrase.of(e.worthIfUncertain().isPresent() ? "benefits.worth.both" : "benefits.worth", e.worth().get(),
          e.worthKind().get(), e.worthIfUncertain().orElse(null));
    }
    if (e.worthIfUncertain().isPresent()) {
      return Phrase.of(e.worthKind().get() == WorthKind.AT_LEAST_IF_GRANTED ? "benefits.worth"
          : "benefits.worth.ifUncertain", e.worthIfUncertain().get(), e.worthKind().get());
    }
    return "";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BenefitsReport r && profile.equals(r.profile) && catalogue.equals(r.catalogue)
        && entitlements.equals(r.entitlements) && totals.equals(r.totals) && elsewhere == r.elsewhere
        && otherTimes == r.otherTimes && addressedToOthers == r.addressedToOthers;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(profile, entitlements, totals, elsewhere, otherTimes, addressedToOthers);
  }

  @Override
  public String toString() {
    return "BenefitsReport[" + profile + ", " + entitlements.size() + " answers]";
  }
}
