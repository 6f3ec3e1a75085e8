/**
 * Text people read and sign: a contract as a Markdown appendix in English or Russian with every
 * criterion and table row in words, a verdict as an explanation, a statement as a report.
 * Output is byte-stable: no locale, time zone or default charset is consulted.
 *
 * <p>Entry types: {@link dev.leadspec.text.Markdown} and {@link dev.leadspec.text.Language}.
 */
@NullMarked
package dev.leadspec.text;

import org.jspecify.annotations.NullMarked;
