package org.zhongchuang.policy.examples.cli;

import static org.zhongchuang.policy.examples.cli.Reports.t;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.zhongchuang.policy.DateNotCoveredException;
import org.zhongchuang.policy.PolicyInputException;
import org.zhongchuang.policy.catalogue.Catalogue;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.catalogue.Terms;
import org.zhongchuang.policy.grants.NotInForceException;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.text.Renderable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --jurisdiction J} and {@code --provision ID} for the subcommands that apply one clause of a kind (the support
 * floor, the leave term): the clause applying in the place, or the one named. The user need not know a provision id
 * while the place has one clause of the kind; where it has several in force on the day, the command asks which.
 */
final class ProvisionChoice {
  @Option(names = "--jurisdiction", paramLabel = "J", converter = Converters.JurisdictionConverter.class,
      description = "Where: a code (330400), pinyin (jiaxing) or Chinese name (嘉兴市); the clause applying there is used.")
  Jurisdiction jurisdiction;

  @Option(names = "--provision", paramLabel = "ID",
      description = "The clause by its id (see 'policy catalog'); needed only where the place has several.")
  String provisionId;

  @Spec(Spec.Target.MIXEE) CommandSpec command;

  /**
   * The clause to apply.
   *
   * @param catalogue the catalogue to read, not null
   * @param type the kind of terms the subcommand applies
   * @param day the day that decides which clause is in force where the place has several, not null
   * @param what the kind of clause in words, e.g. 启动资金支持下限 / start-up support floor
   */
  Provision choose(Catalogue catalogue, Class<? extends Terms> type, LocalDate day, Renderable what) {
    List<Provision> ofKind = catalogue.withTerms(type);
    if (provisionId != null) {
      Provision chosen = catalogue.find(provisionId.strip()).orElse(null);
      if (chosen == null || !type.isInstance(chosen.terms())) {
        throw Refusals.invalid(command, "--provision", l -> (chosen == null
            ? t(l, "目录中没有条款 '" + provisionId + "'", "no provision '" + provisionId + "' in the catalogue")
            : t(l, "条款 '" + provisionId + "' 不是" + what.render(l), "provision '" + provisionId + "' is not a "
                + what.render(l))) + t(l, "；可接受：", "; accepted: ") + ids(ofKind, l));
      }
      if (jurisdiction != null && !jurisdiction.isWithin(chosen.jurisdiction())) {
        throw Refusals.invalid(command, "--provision", l -> t(l,
            "条款 '" + chosen.id() + "' 是" + Reports.place(chosen.jurisdiction(), l) + "的条款，不适用于"
                + Reports.place(jurisdiction, l),
            "provision '" + chosen.id() + "' is of " + Reports.place(chosen.jurisdiction(), l)
                + " and does not apply in " + Reports.place(jurisdiction, l))
            + t(l, "；可接受：", "; accepted: ") + ids(applying(ofKind), l));
      }
      return chosen;
    }
    if (jurisdiction == null) {
      throw Refusals.missing(command, List.of("--jurisdiction=J"), "--provision=ID", null);
    }
    List<Provision> here = applying(ofKind);
    if (here.isEmpty()) {
      List<Jurisdiction> places = ofKind.stream().map(Provision::jurisdiction).distinct().collect(Collectors.toList());
      throw Refusals.invalid(command, "--jurisdiction", l -> t(l,
          Reports.place(jurisdiction, l) + " 没有适用的" + what.render(l) + "；可接受：有此类条款的地区及其下辖地区：",
          "no " + what.render(l) + " applies in " + Reports.place(jurisdiction, l)
              + "; accepted: a place with one, or a place within it: ")
          + (places.isEmpty() ? t(l, "（目录中没有）", "(none in the catalogue)")
              : places.stream().map(j -> Reports.place(j, l)).collect(Collectors.joining(t(l, "、", ", ")))));
    }
    if (here.size() == 1) {
      return here.get(0);
    }
    List<Provision> inForce = new ArrayList<>();
    here.stream().filter(p -> !p.statusOn(day).isNotInForce()).forEach(inForce::add);
    if (inForce.size() == 1) {
      return inForce.get(0);
    }
    List<Provision> candidates = inForce.isEmpty() ? here : inForce;
    throw Refusals.missing(command, List.of("--provision=ID"), l -> t(l,
        Reports.place(jurisdiction, l) + " 有 " + candidates.size() + " 条" + what.render(l) + "：",
        candidates.size() + " clauses of " + what.render(l) + " apply in " + Reports.place(jurisdiction, l) + ": ")
        + ids(candidates, l));
  }

  /** The place the result is of: the one asked, else the clause's own. */
  Jurisdiction place(Provision chosen) {
    return jurisdiction == null ? chosen.jurisdiction() : jurisdiction;
  }

  /**
   * Applies the chosen clause, refusing as the options that decide it: a day the clause or the catalogue does not
   * cover as {@code dayOption}; a clause that states no amount or period (only a user's catalogue can make one so) as
   * {@code --catalogue}.
   */
  <A> A apply(String dayOption, Supplier<A> calculator) {
    try {
      return calculator.get();
    } catch (DateNotCoveredException | NotInForceException e) {
      throw Refusals.invalid(command, dayOption, e.problem());
    } catch (PolicyInputException e) {
      throw Refusals.invalid(command, "--catalogue", e.problem());
    }
  }

  private List<Provision> applying(List<Provision> ofKind) {
    if (jurisdiction == null) {
      return ofKind;
    }
    List<Provision> here = new ArrayList<>();
    ofKind.stream().filter(p -> jurisdiction.isWithin(p.jurisdiction())).forEach(here::add);
    return here;
  }

  private static String ids(List<Provision> provisions, org.zhongchuang.policy.text.Language language) {
    if (provisions.isEmpty()) {
      return t(language, "（目录中没有此类条款）", "(the catalogue has none)");
    }
    return provisions.stream().map(p -> "'" + p.id() + "' (" + p.citation().reference() + ")")
        .collect(Collectors.joining(t(language, "、", ", ")));
  }
}
