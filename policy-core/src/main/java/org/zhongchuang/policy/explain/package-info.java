/** Explanations: the ordered, cited steps behind every result, and their rendering as Chinese or English text. */
package org.zhongchuang.policy.explain;
