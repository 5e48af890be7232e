/**
 * The provision catalogue: every quantitative provision as data ({@link org.zhongchuang.policy.catalogue.Provision}
 * with typed {@link org.zhongchuang.policy.catalogue.Terms}), queried by id, jurisdiction and date.
 */
package org.zhongchuang.policy.catalogue;
