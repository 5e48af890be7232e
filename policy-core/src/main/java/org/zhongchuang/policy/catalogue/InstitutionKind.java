package org.zhongchuang.policy.catalogue;

import java.util.Locale;

/** A kind of institution that incubates start-ups, as the tax notices name them. */
public enum InstitutionKind {
  /** 科技企业孵化器. */
  INCUBATOR("incubator"),
  /** 大学科技园. */
  UNIVERSITY_SCIENCE_PARK("university science park"),
  /** 众创空间, in its own name (from 2019 the notices name 国家备案众创空间, a maker space registered nationally). */
  MAKER_SPACE("maker space"),
  /**
   * A maker space built by or forming part of an incubator (财税〔2016〕89号 “含众创空间”; 嘉政办发〔2015〕90号 五(四)
   * “科技企业孵化器建设的众创空间”); its level is the incubator's.
   */
  MAKER_SPACE_IN_INCUBATOR("maker space in incubator");

  private final String fileName;

  InstitutionKind(String fileName) {
    this.fileName = fileName;
  }

  /** The name in the catalogue files, without the level, e.g. {@code university science park}. */
  public String fileName() {
    return fileName;
  }

  /** The name as the command line and JSON write it, e.g. {@code university-science-park}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
