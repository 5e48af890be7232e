package org.zhongchuang.policy.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.zhongchuang.policy.catalogue.Catalogue;
import org.zhongchuang.policy.catalogue.Provision;

/** Prints the built-in catalogue: every provision with its clause, validity and terms. */
public final class Demo {
  private Demo() {}

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Catalogue catalogue = Catalogue.builtIn();
    out.println("Built-in catalogue: " + catalogue.size() + " provisions");
    for (Provision p : catalogue.all()) {
      out.println(p.id() + "  " + p.citation().reference() + "  [" + p.validity() + "]  " + p.terms().summary().zh());
    }
  }
}
