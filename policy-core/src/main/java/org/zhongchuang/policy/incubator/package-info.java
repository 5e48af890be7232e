/**
 * The tax exemptions of incubators, university science parks and maker spaces (PROVISIONS.md §12): property tax and
 * urban land-use tax on the premises they use or let to incubated firms, business tax and then VAT on their incubation
 * services, wave by wave from 2008 to 2027, month by month within a year.
 * {@link org.zhongchuang.policy.incubator.IncubatorExemptionCalculator} is the entry point.
 */
package org.zhongchuang.policy.incubator;
