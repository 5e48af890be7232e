/**
 * "What am I owed?": every provision of the catalogue that could concern an enterprise, a maker space, a research unit
 * or a researcher in a place and a tax year, whether it applies (yes, no, uncertain, and why), what it is worth where a
 * formula exists (computed by the calculators of the other packages, never a second time here), and for clauses with
 * no formula the clause and whom to ask. {@link org.zhongchuang.policy.benefits.BenefitsFinder} is the entry point;
 * {@link org.zhongchuang.policy.benefits.Profile} the question.
 */
package org.zhongchuang.policy.benefits;
