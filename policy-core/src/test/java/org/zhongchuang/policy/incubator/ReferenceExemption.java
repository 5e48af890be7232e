package org.zhongchuang.policy.incubator;

import static org.zhongchuang.policy.catalogue.InstitutionKind.INCUBATOR;
import static org.zhongchuang.policy.catalogue.InstitutionKind.MAKER_SPACE;
import static org.zhongchuang.policy.catalogue.InstitutionKind.MAKER_SPACE_IN_INCUBATOR;
import static org.zhongchuang.policy.catalogue.InstitutionKind.UNIVERSITY_SCIENCE_PARK;
import static org.zhongchuang.policy.catalogue.RecognitionLevel.NATIONAL;
import static org.zhongchuang.policy.catalogue.RecognitionLevel.PROVINCIAL;

import java.time.LocalDate;
import java.time.YearMonth;
import org.zhongchuang.policy.Answer;
import org.zhongchuang.policy.catalogue.Institution;
import org.zhongchuang.policy.catalogue.TaxType;

/**
 * A slow, obviously correct reading of PROVISIONS.md §12 written out by hand, without the catalogue: the test oracle
 * of one month of one tax for the built-in waves. 'Y' exempt, 'N' not, '?' uncertain, '-' not levied.
 */
final class ReferenceExemption {
  private ReferenceExemption() {}

  static char month(Institution inst, TaxType tax, YearMonth ym, LocalDate recognised, LocalDate lost,
      Answer conditions) {
    if (tax == TaxType.BUSINESS_TAX && !ym.isBefore(YearMonth.of(2016, 5))) {
      return '-';
    }
    int y = ym.getYear();
    String wave = y >= 2008 && y <= 2010 ? "W1" : y <= 2012 && y >= 2011 ? "W1b" : y >= 2013 && y <= 2015 ? "W2"
        : y >= 2016 && y <= 2018 ? "W3" : y >= 2019 && y <= 2023 ? "W4" : y >= 2024 && y <= 2027 ? "W5" : null;
    if (wave == null) {
      return 'N';
    }
    boolean premises = tax == TaxType.PROPERTY_TAX || tax == TaxType.URBAN_LAND_USE_TAX;
    boolean services;
    switch (wave) {
      case "W1", "W1b", "W2" -> services = tax == TaxType.BUSINESS_TAX;
      case "W3" -> services = ym.isBefore(YearMonth.of(2016, 5)) ? tax == TaxType.BUSINESS_TAX : tax == TaxType.VAT;
      default -> services = tax == TaxType.VAT;
    }
    if (!premises && !services) {
      return 'N';
    }
    // Who: Y certainly covered, ? uncertainly, N not.
    char who;
    boolean nationalIncubator = inst.kind() == INCUBATOR && inst.level() == NATIONAL;
    boolean nationalPark = inst.kind() == UNIVERSITY_SCIENCE_PARK && inst.level() == NATIONAL;
    boolean w4Set = (inst.kind() == INCUBATOR || inst.kind() == UNIVERSITY_SCIENCE_PARK)
        && (inst.level() == NATIONAL || inst.level() == PROVINCIAL) || inst.kind() == MAKER_SPACE
        && inst.level() == NATIONAL;
    switch (wave) {
      case "W1" -> who = nationalIncubator || nationalPark ? 'Y' : 'N';
      case "W1b" -> who = nationalIncubator || nationalPark ? '?' : 'N';
      case "W2" -> who = nationalIncubator || nationalPark ? 'Y'
          : inst.kind() == INCUBATOR && inst.level() == PROVINCIAL ? '?' : 'N';
      case "W3" -> who = nationalIncubator || nationalPark || inst.kind() == MAKER_SPACE_IN_INCUBATOR
          && inst.level() == NATIONAL ? 'Y' : 'N';
      default -> who = w4Set ? 'Y' : 'N';
    }
    if (who == 'N') {
      return 'N';
    }
    // Conditions: W1 incubators ("符合条件的"), W2 parks, all of W3, and VAT from 2019.
    boolean conditional = wave.equals("W1") && inst.kind() == INCUBATOR || wave.equals("W2")
        && inst.kind() == UNIVERSITY_SCIENCE_PARK || wave.equals("W3") || tax == TaxType.VAT
        && (wave.equals("W4") || wave.equals("W5"));
    char result = who;
    if (conditional) {
      if (conditions == Answer.NO) {
        return 'N';
      }
      if (conditions == Answer.UNCERTAIN) {
        result = '?';
      }
    }
    // The institution's own dates.
    YearMonth r = YearMonth.from(recognised);
    if (ym.isBefore(r)) {
      return 'N';
    }
    YearMonth l = lost == null ? null : YearMonth.from(lost);
    if (l != null && ym.isAfter(l)) {
      return 'N';
    }
    boolean timed = wave.equals("W4") || wave.equals("W5");
    if (ym.equals(r)) {
      if (timed) {
        LocalDate cutOff = wave.equals("W4") ? LocalDate.of(2018, 12, 31) : LocalDate.of(2023, 12, 31);
        if (recognised.isAfter(cutOff)) {
          return 'N';
        }
      } else {
        result = '?';
      }
    }
    if (ym.equals(l) && !wave.equals("W4")) {
      result = '?';
    }
    return result;
  }
}
