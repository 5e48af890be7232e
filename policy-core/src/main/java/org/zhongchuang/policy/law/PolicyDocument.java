package org.zhongchuang.policy.law;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import org.zhongchuang.policy.text.Language;
import org.zhongchuang.policy.text.Renderable;
import java.util.Objects;
import java.util.Optional;

/**
 * A policy document or law: its number, title, issuer, jurisdiction and date, and its repeal if one is known.
 *
 * <p>A value: immutable, thread-safe and serializable (absent parts are held as nulls, offered as {@code Optional}).
 */
public final class PolicyDocument implements Renderable, Serializable {
  private static final long serialVersionUID = 1L;

  private final String id;
  private final String number;
  private final String title;
  private final String issuer;
  private final Jurisdiction jurisdiction;
  private final IssueDate issued;
  private final Repeal repeal;

  /**
   * @param id a short stable key, e.g. {@code JX-2015-90}, not null
   * @param number the document number (文号), e.g. {@code 嘉政办发〔2015〕90号}; empty where it has none (GS-2015)
   * @param title the full title, not null
   * @param issuer the issuing body, not null
   * @param jurisdiction where it was issued, not null
   * @param issued the issue date, exact or within bounds, not null
   * @param repeal its repeal, if one is known, not null
   */
  public PolicyDocument(String id, Optional<String> number, String title, String issuer, Jurisdiction jurisdiction,
      IssueDate issued, Optional<Repeal> repeal) {
    this.id = requireNonNull(id, "id");
    this.number = requireNonNull(number, "number").orElse(null);
    this.title = requireNonNull(title, "title");
    this.issuer = requireNonNull(issuer, "issuer");
    this.jurisdiction = requireNonNull(jurisdiction, "jurisdiction");
    this.issued = requireNonNull(issued, "issued");
    this.repeal = requireNonNull(repeal, "repeal").orElse(null);
  }

  public String id() {
    return id;
  }

  /** The document number; empty where it has none. */
  public Optional<String> number() {
    return Optional.ofNullable(number);
  }

  public String title() {
    return title;
  }

  public String issuer() {
    return issuer;
  }

  public Jurisdiction jurisdiction() {
    return jurisdiction;
  }

  public IssueDate issued() {
    return issued;
  }

  /** Its repeal, where one is known. */
  public Optional<Repeal> repeal() {
    return Optional.ofNullable(repeal);
  }

  /** The number where there is one, else the title in 《》: how the document is named in a citation. */
  public String reference() {
    return number != null ? number : "《" + title + "》";
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof PolicyDocument)) {
      return false;
    }
    PolicyDocument d = (PolicyDocument) o;
    return id.equals(d.id) && Objects.equals(number, d.number) && title.equals(d.title) && issuer.equals(d.issuer)
        && jurisdiction.equals(d.jurisdiction) && issued.equals(d.issued) && Objects.equals(repeal, d.repeal);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, number, title, issuer, jurisdiction, issued, repeal);
  }

  /** The reference, the same in every language. */
  @Override
  public String render(Language language) {
    return reference();
  }

  @Override
  public String toString() {
    return reference();
  }
}
