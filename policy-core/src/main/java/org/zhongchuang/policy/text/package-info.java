/** Bilingual texts: every description, reason and warning the library produces is in Chinese and English. */
package org.zhongchuang.policy.text;
