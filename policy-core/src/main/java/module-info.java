/**
 * Exact, typed, cited calculators for China's 2015 mass entrepreneurship and innovation policies. Runtime
 * dependencies: Guava and snakeyaml-engine.
 */
module org.zhongchuang.policy {
  requires com.google.common;
  requires org.snakeyaml.engine;
  requires static org.immutables.value.annotations;

  exports org.zhongchuang.policy;
  exports org.zhongchuang.policy.money;
  exports org.zhongchuang.policy.text;
  exports org.zhongchuang.policy.law;
  exports org.zhongchuang.policy.catalogue;
  exports org.zhongchuang.policy.explain;
  exports org.zhongchuang.policy.tax;
  exports org.zhongchuang.policy.eit;
  exports org.zhongchuang.policy.grants;
  exports org.zhongchuang.policy.transfer;
  exports org.zhongchuang.policy.incubator;
  exports org.zhongchuang.policy.batch;
}
