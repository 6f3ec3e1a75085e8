/**
 * Text people read and sign: a contract as a Markdown appendix in English or Russian with every
 * criterion and table row in words, a verdict as an explanation, a statement as a report, a
 * semantic diff as an amendment's summary. Output is byte-stable: no locale, time zone or default
 * charset is consulted.
 *
 * <p>Every phrase, and the number, date and money rules, of a language live in its phrase table
 * (the package-private {@code Phrases}, implemented by {@code EnglishPhrases} and
 * {@code RussianPhrases}), which its {@link dev.leadspec.text.Language} constant holds; the
 * renderers ({@code Markdown}, {@code DiffMarkdown}, {@code Words}) hold no language conditional.
 * A language is one phrase table class and one constant.
 *
 * <p>Entry types: {@link dev.leadspec.text.Markdown} and {@link dev.leadspec.text.Language}.
 */
@NullMarked
package dev.leadspec.text;

import org.jspecify.annotations.NullMarked;
