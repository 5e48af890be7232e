package org.zhongchuang.policy.grants;

import java.io.Serializable;
import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * The lines of one matching, as an unmodifiable view of the array its assessment holds (no copy: nothing else holds
 * the array). Equal to any list of the same lines.
 */
final class LineList extends AbstractList<MatchingLine> implements RandomAccess, Serializable {
  private static final long serialVersionUID = 1L;

  private final MatchingLine[] lines;

  LineList(MatchingLine[] lines) {
    this.lines = lines;
  }

  @Override
  public MatchingLine get(int index) {
    return lines[index];
  }

  @Override
  public int size() {
    return lines.length;
  }
}
