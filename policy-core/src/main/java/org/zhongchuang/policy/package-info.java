/**
 * Exact, typed, cited calculators for the quantitative provisions of China's 2015 mass entrepreneurship and
 * innovation (大众创业、万众创新 / 众创空间) policy documents.
 *
 * <p>Packages, one concept each: {@code money} (yuan and shares), {@code law} (jurisdictions, documents, citations,
 * validity), {@code catalogue} (every provision as data), {@code explain} (steps and their rendering), and one package
 * per calculator.
 */
package org.zhongchuang.policy;
