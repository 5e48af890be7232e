package org.zhongchuang.policy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.money.MalformedAmountException;

/**
 * A seeded fuzz test of the command's argument handling: random command lines built from the real options with valid,
 * malformed and out-of-range values, and junk. Every run ends in status 0 (a result) or 2 (one line on standard error,
 * nothing on standard output, no stack trace) — never status 1, never an exception escaping, and never a result from a
 * malformed amount.
 *
 * <p>CI runs {@value #DEFAULT_RUNS} command lines. A longer run: {@code ./mvnw -B test -DskipMutation
 * -pl policy-examples -am -Dtest=ArgumentFuzzTest -Dsurefire.failIfNoSpecifiedTests=false -Dfuzz.runs=200000}.
 */
class ArgumentFuzzTest {
  private static final int DEFAULT_RUNS = 3_000;
  private static final String[] COMMANDS = {"tax", "transfer", "match", "catalog", "tax", "transfer", "match", "bogus",
      "incubator", "incubator"};
  private static final String[] JURISDICTIONS = {"330400", "jiaxing", "嘉兴市", "lanbai", "china", "jilin", "620000",
      "辽宁", "shanghai", "", "33040", "--json"};
  private static final String[] AMOUNTS = {"250000", "25万", "２０万元", "300000.01", "0", "-5", "1.234", "abc", "--5",
      "", "12345678901234567890", "0.5亿", "3,000,000", "1e5", "300,000.00", "0.01"};
  private static final String[] DATES = {"2016-03-01", "2015-12-01", "2021-06-01", "1990-01-01", "2015-02-30",
      "2016/03/01", "", "9999-12-31", "2015-10-01", "tomorrow"};
  private static final String[] YEARS = {"2016", "2015", "2022", "2007", "2028", "1999", "abc", "", "-1", "20160"};
  private static final String[] FLAGS = {"--json", "--lang", "--qualifies", "--incubated", "--restricted", "--public",
      "--provincial", "--help", "--contract-otherwise", "-x", "--", "--income", "--award"};
  private static final String[] AMOUNT_OPTIONS = {"--income", "--assets", "--net-income", "--proposed",
      "--property-tax", "--land-use-tax", "--business-tax", "--vat"};

  @Test
  void everyCommandLineEndsInAResultOrAOneLineRefusal() {
    int runs = Integer.getInteger("fuzz.runs", DEFAULT_RUNS);
    SplittableRandom random = new SplittableRandom(Long.getLong("fuzz.seed", 20150302L));
    int results = 0;
    int refusals = 0;
    for (int i = 0; i < runs; i++) {
      List<String> args = commandLine(random);
      CliRun run = CliRun.run(args.toArray(String[]::new));
      String shown = String.join(" ", args);
      assertThat(run.status()).as("status of: %s%nstderr: %s", shown, run.err()).isIn(PolicyCli.OK, PolicyCli.BAD_INPUT);
      assertThat(run.err()).as("stderr of: %s", shown).doesNotContain("\tat ").doesNotContain("Exception:");
      if (run.status() == PolicyCli.BAD_INPUT) {
        refusals++;
        assertThat(run.out()).as("stdout of refused: %s", shown).isEmpty();
        assertThat(run.err().lines().count()).as("stderr lines of: %s", shown).isEqualTo(1);
      } else {
        results++;
        if (!args.contains("--help")) {
          assertThat(malformedAmountIn(args)).as("a result from a malformed amount: %s", shown).isFalse();
        }
      }
    }
    // The generator must reach both outcomes, or the test proves nothing.
    assertThat(results).isGreaterThan(runs / 50);
    assertThat(refusals).isGreaterThan(runs / 50);
  }

  private static boolean malformedAmountIn(List<String> args) {
    for (int i = 0; i + 1 < args.size(); i++) {
      if (List.of(AMOUNT_OPTIONS).contains(args.get(i))) {
        try {
          for (String amount : args.get(i + 1).split("[;；]", -1)) {
            Cny.parse(amount);
          }
        } catch (MalformedAmountException e) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<String> commandLine(SplittableRandom random) {
    List<String> args = new ArrayList<>();
    String command = pick(random, COMMANDS);
    args.add(command);
    // Mostly well-formed skeletons, so that deep paths are reached, then noise.
    switch (command) {
      case "tax":
        add(random, args, "--jurisdiction", pick(random, JURISDICTIONS));
        add(random, args, "--year", pick(random, YEARS));
        add(random, args, "--income", pick(random, AMOUNTS));
        if (random.nextBoolean()) {
          args.add("--qualifies");
        } else {
          add(random, args, "--employees", pick(random, new String[] {"10", "80", "81", "300", "-1", "x"}));
          add(random, args, "--assets", pick(random, AMOUNTS));
          add(random, args, "--industry", pick(random, new String[] {"industrial", "other", "farming"}));
        }
        add(random, args, "--established", pick(random, DATES));
        break;
      case "transfer":
        add(random, args, "--jurisdiction", pick(random, JURISDICTIONS));
        add(random, args, "--date", pick(random, DATES));
        add(random, args, "--net-income", pick(random, AMOUNTS));
        add(random, args, "--unit", pick(random, new String[] {"university", "research-institute", "enterprise",
            "other", "school"}));
        add(random, args, "--proposed", pick(random, AMOUNTS));
        add(random, args, "--split", pick(random, new String[] {"a=1,b=2", "张三=3,李四=2", "a=0", "a=1,a=2", "a", "=1",
            "a=-1", "a=1.5"}));
        break;
      case "incubator":
        add(random, args, "--year", pick(random, YEARS));
        add(random, args, "--jurisdiction", pick(random, JURISDICTIONS));
        add(random, args, "--kind", pick(random, new String[] {"incubator", "university-science-park", "maker-space",
            "maker-space-in-incubator", "park"}));
        add(random, args, "--level", pick(random, new String[] {"national", "provincial", "municipal", "county"}));
        add(random, args, "--recognised", pick(random, DATES));
        if (random.nextInt(4) == 0) {
          add(random, args, "--lost", pick(random, DATES));
        }
        if (random.nextInt(3) == 0) {
          args.add(random.nextBoolean() ? "--conditions-met" : "--conditions-not-met");
        }
        for (String tax : new String[] {"--property-tax", "--land-use-tax", "--business-tax", "--vat"}) {
          if (random.nextBoolean()) {
            args.add(tax);
            args.add(random.nextBoolean() ? pick(random, AMOUNTS)
                : String.join(";", java.util.Collections.nCopies(random.nextInt(11, 14), pick(random, AMOUNTS))));
          }
        }
        break;
      case "match":
        add(random, args, "--jurisdiction", pick(random, JURISDICTIONS));
        add(random, args, "--date", pick(random, DATES));
        for (int n = random.nextInt(0, 4); n > 0; n--) {
          args.add("--award");
          args.add(pick(random, new String[] {"national", "provincial", "municipal", "county", "other", "city", ""})
              + pick(random, new String[] {"=", "=", "", ":"}) + pick(random, AMOUNTS)
              + (random.nextInt(4) == 0 ? "@科学技术部" : ""));
        }
        break;
      case "catalog":
        if (random.nextBoolean()) {
          add(random, args, "--jurisdiction", pick(random, JURISDICTIONS));
        }
        if (random.nextBoolean()) {
          add(random, args, "--date", pick(random, DATES));
        }
        break;
      default:
        break;
    }
    for (int n = random.nextInt(0, 3); n > 0; n--) {
      String flag = pick(random, FLAGS);
      args.add(flag);
      if (flag.equals("--lang")) {
        args.add(pick(random, new String[] {"zh", "en", "fr", ""}));
      }
    }
    if (random.nextInt(10) == 0) {
      args.add(random.nextInt(args.size() + 1), Character.toString(random.nextInt(0x20, 0x3000)));
    }
    return args;
  }

  /** Usually adds the option with its value; sometimes drops it, or gives the option without its value. */
  private static void add(SplittableRandom random, List<String> args, String option, String value) {
    int roll = random.nextInt(20);
    if (roll == 0) {
      return;
    }
    args.add(option);
    if (roll != 1) {
      args.add(value);
    }
  }

  private static String pick(SplittableRandom random, String[] values) {
    return values[random.nextInt(values.length)];
  }
}
