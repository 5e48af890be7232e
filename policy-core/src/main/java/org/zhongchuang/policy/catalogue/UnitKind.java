package org.zhongchuang.policy.catalogue;

/** The kind of unit that owns a job-related scientific achievement (职务科技成果). */
public enum UnitKind {
  /** 高等院校 / 高等学校. */
  UNIVERSITY,
  /** 研究开发机构 / 科研院所. */
  RESEARCH_INSTITUTE,
  /** 企业. */
  ENTERPRISE,
  /** Any other unit. */
  OTHER
}
