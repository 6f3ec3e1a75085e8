/**
 * Exact analysis of contracts: proofs that no accepted lead falls through a table, that no
 * two rows of a UNIQUE table claim one lead, that some lead can be accepted at all; and the
 * semantic diff of two versions, in the verdicts they give rather than in their text.
 *
 * <p>Entry types: {@link dev.leadspec.analysis.ContractAnalysis} (its
 * {@link dev.leadspec.analysis.Finding}s, each with a {@link dev.leadspec.analysis.Severity}
 * and a stable code) and {@link dev.leadspec.analysis.SemanticDiff} (its
 * {@link dev.leadspec.analysis.DiffRegion}s). Nothing is sampled: conditions are normalised to
 * unions of boxes over the contract's fields (interval sets with open or closed ends for
 * integer, decimal and date fields, code sets for choice fields, subsets for choices fields,
 * YES/NO/unknown for answers, true/false/unknown for flags, the mentioned texts and "another
 * text" for text fields; unknown is a value of every field), and the space of leads is split
 * along fields until every verdict is constant on each box. Each criterion's {@code unknownAs}
 * and the Kleene rules of {@code all}, {@code any}, {@code not} and {@code atLeast} are applied
 * as the evaluator applies them. Text fields are exact too: the condition language only compares
 * texts for equality, {@code in} and known-ness, so the texts a contract mentions, "another
 * text" and unknown are all the cases there are. Every example lead is re-checked
 * through {@link dev.leadspec.eval.Evaluator} before it is reported; example leads are named
 * {@code example-1}, {@code example-2}, ... and delivered at the contract's effective instant.
 * A budget on boxes bounds the work: when it is reached the result says so
 * ({@code ANALYSIS_INCOMPLETE}) instead of hanging.
 */
@NullMarked
@ValueStyle
package dev.leadspec.analysis;

import dev.leadspec.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
