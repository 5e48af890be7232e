package org.zhongchuang.policy.catalogue;

import java.util.Locale;

/** A tax a provision exempts or names, with the name the catalogue files use ({@code taxes: [property tax]}). */
public enum TaxType {
  /** 房产税. */
  PROPERTY_TAX("property tax"),
  /** 城镇土地使用税. */
  URBAN_LAND_USE_TAX("urban land-use tax"),
  /** 营业税: on services until it was replaced by VAT (营改增). */
  BUSINESS_TAX("business tax"),
  /** 增值税. */
  VAT("VAT"),
  /** 企业所得税: named by local clauses; no calculator of exemptions computes it. */
  ENTERPRISE_INCOME_TAX("enterprise income tax");

  private final String fileName;

  TaxType(String fileName) {
    this.fileName = fileName;
  }

  /** The name in the catalogue files, e.g. {@code urban land-use tax}. */
  public String fileName() {
    return fileName;
  }

  /** The name as the command line and JSON write it, e.g. {@code urban-land-use-tax}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
