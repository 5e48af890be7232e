package org.zhongchuang.policy.examples.cli;

import static org.zhongchuang.policy.examples.cli.Reports.t;

import java.util.ArrayList;
import java.util.List;
import org.zhongchuang.policy.text.Language;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The words of a refused command line, in the user's language: the command's own refusals render themselves, and
 * picocli's (an unknown option, a missing one, one given twice, a value no converter reads) are worded here, naming
 * the option as the user types it.
 */
final class Parsing {
  private Parsing() {}

  static String describe(ParameterException e, Language language) {
    if (e instanceof Refusals.Refusal) {
      return ((Refusals.Refusal) e).message().render(language);
    }
    if (e.getCause() instanceof Refusals.Unreadable && e.getArgSpec() != null) {
      return Refusals.invalidValue(name(e.getArgSpec()), ((Refusals.Unreadable) e.getCause()).problem())
          .render(language);
    }
    if (e instanceof MissingParameterException) {
      List<String> names = new ArrayList<>();
      for (ArgSpec arg : ((MissingParameterException) e).getMissing()) {
        names.add("'" + withLabel(arg) + "'");
      }
      String list = String.join(", ", names);
      return t(language, "缺少必需的选项 " + list,
          "Missing required option" + (names.size() > 1 ? "s " : " ") + list);
    }
    if (e instanceof UnmatchedArgumentException) {
      UnmatchedArgumentException u = (UnmatchedArgumentException) e;
      String unmatched = "'" + String.join("', '", u.getUnmatched()) + "'";
      String line = t(language, "无法识别的参数 " + unmatched, "Unknown argument " + unmatched);
      if (!u.getSuggestions().isEmpty()) {
        String suggestions = String.join(", ", u.getSuggestions());
        line += t(language, "；您是否想输入：" + suggestions + "？", "; did you mean: " + suggestions + "?");
      }
      return line;
    }
    if (e instanceof OverwrittenOptionException) {
      String option = name(((OverwrittenOptionException) e).getOverwritten());
      return t(language, "选项 '" + option + "' 只能给一次", "option '" + option + "' may be given only once");
    }
    if (e.getArgSpec() != null && e.getValue() != null) {
      // A value picocli itself could not read (every option has its own converter, so this is a fallback).
      String option = name(e.getArgSpec());
      return t(language, "选项 '" + option + "' 的值 '" + e.getValue() + "' 无效；可接受的形式见 --help",
          "Invalid value '" + e.getValue() + "' for option '" + option + "'; see --help for the accepted form");
    }
    return t(language, "命令行无效：", "") + e.getMessage();
  }

  /** The option's longest name, or a positional parameter's label. */
  static String name(ArgSpec arg) {
    return arg instanceof OptionSpec ? ((OptionSpec) arg).longestName() : arg.paramLabel();
  }

  private static String withLabel(ArgSpec arg) {
    if (arg instanceof OptionSpec option && option.arity().max() > 0) {
      return option.longestName() + "=" + option.paramLabel();
    }
    return name(arg);
  }
}
