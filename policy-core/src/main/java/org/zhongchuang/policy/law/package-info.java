/** Jurisdictions, documents, citations and validity periods: who said what, where, and when. */
package org.zhongchuang.policy.law;
