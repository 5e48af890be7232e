package org.zhongchuang.policy.catalogue;

import java.util.Locale;

/**
 * The level of government that recognised an institution (认定; for a maker space, the registration, 备案): national
 * (the State Council's science or education department), provincial or municipal.
 */
public enum RecognitionLevel {
  /** 国家级; for a maker space, 国家备案. */
  NATIONAL,
  /** 省级. */
  PROVINCIAL,
  /** 市级. */
  MUNICIPAL;

  /** The name as the catalogue files, the command line and JSON write it: {@code national}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
