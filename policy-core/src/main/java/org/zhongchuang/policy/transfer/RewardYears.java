package org.zhongchuang.policy.transfer;

import java.io.Serializable;

/**
 * For rewards from operating profit: the span of years over which the yearly reward is paid after production starts
 * (第四十五条第一款第（三）项: "连续三至五年").
 *
 * @param min the fewest years, one or more
 * @param max the most years, not below {@code min}
 */
public record RewardYears(int min, int max) implements Serializable {
  /** @throws IllegalArgumentException if {@code min < 1} or {@code max < min} */
  public RewardYears {
    if (min < 1 || max < min) {
      throw new IllegalArgumentException("years must satisfy 1 ≤ min ≤ max, got " + min + "–" + max);
    }
  }
}
