package org.zhongchuang.policy.law;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.Optional;

/**
 * A policy document or law: its number, title, issuer, jurisdiction and date, and its repeal if one is known.
 *
 * @param id a short stable key, e.g. {@code JX-2015-90}, not null
 * @param number the document number (文号), e.g. {@code 嘉政办发〔2015〕90号}; empty where it has none (GS-2015)
 * @param title the full title, not null
 * @param issuer the issuing body, not null
 * @param jurisdiction where it was issued, not null
 * @param issued the issue date, exact or within bounds, not null
 * @param repeal its repeal, if one is known
 */
public record PolicyDocument(String id, Optional<String> number, String title, String issuer,
    Jurisdiction jurisdiction, IssueDate issued, Optional<Repeal> repeal) implements Serializable {

  public PolicyDocument {
    requireNonNull(id, "id");
    requireNonNull(number, "number");
    requireNonNull(title, "title");
    requireNonNull(issuer, "issuer");
    requireNonNull(jurisdiction, "jurisdiction");
    requireNonNull(issued, "issued");
    requireNonNull(repeal, "repeal");
  }

  /** The number where there is one, else the title in 《》: how the document is named in a citation. */
  public String reference() {
    return number.orElse("《" + title + "》");
  }

  @Override
  public String toString() {
    return reference();
  }
}
