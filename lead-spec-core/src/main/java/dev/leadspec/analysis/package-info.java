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
 *
 * <h2>How the exact analysis works</h2>
 *
 * <p><b>Dimensions and atoms.</b> {@code SpaceBuilder} turns the fields of one contract (or of
 * two, matched by name, for a diff) into a {@code Space} of dimensions ({@code Dim}), each a
 * finite list of <em>atoms</em> such that every atomic condition of the contracts is constant
 * on each atom. An integer or date field is cut into intervals of ordering keys at both ends of
 * every {@code KeyRange} a comparison or range selects; a decimal field into the points
 * compared with and the open intervals between them; a flag or answer field has its two values;
 * a choice field its declared codes; a text field the texts mentioned and "another text". Every
 * such dimension ends with the atom "unknown". A choices field has one dimension for whether it
 * is known and one absent/present dimension per code a condition names (plus one for "another
 * code" when a condition compares the whole set). A field whose kind differs between two
 * versions keeps only "unknown" (and a remark says so); codes declared in only one version are
 * left out.
 *
 * <p><b>Boxes.</b> A {@code Box} is a product of atom sets ({@code AtomSet}, bits), one per
 * dimension: the set of leads whose every field lies in its set. The full box is every lead.
 *
 * <p><b>Three-valued evaluation over boxes.</b> {@code BoxConditionCompiler} compiles each
 * criterion and table row into a {@code BoxCondition} whose {@code eval} gives the <em>set</em>
 * of statuses (MET, NOT_MET, UNKNOWN as the bits {@code 1 << code} of
 * {@code internal.Kleene}) the condition takes on a box. An atomic condition knows its atoms
 * where it is met, not met and unknown, and intersects them with the box. {@code not} applies
 * {@code Kleene.notOfSet}; {@code all}, {@code any} and {@code atLeast} are thresholds (all
 * parts, one part, n parts) and apply {@code Kleene.atLeastOfSets}, the evaluator's scalar rule
 * lifted to sets (a test proves it equals enumerating the scalar rule). Parts are treated as
 * independent, so a composite's set may hold a status no lead of the box gives (two parts on
 * the same field); but a <em>single</em> status is always exact. {@code BoxContract} adds the
 * contract's rules: a criterion counts unknown as its {@code unknownAs} and holds or fails by
 * its role; the verdict on a box ({@code BoxVerdict}) is rejected, accepted with each table's
 * matching rows, or undecided.
 *
 * <p><b>Exploration.</b> A {@code Question} answers a box with a {@code BoxAnswer}: decided
 * (the same answer for every lead of it) or split along a condition that is not constant on it.
 * The {@code Explorer} splits depth first in a fixed order: a split cuts one dimension's set
 * into the atoms where one atomic condition is met, not met and unknown, so every split
 * strictly shrinks a box and the exploration ends, at the latest on boxes of single atoms where
 * every atomic condition, and so every composite, has a single status. Once a box's criteria
 * all hold, its {@code BoxMemo} keeps the table rows that can still match, for its parts.
 *
 * <p><b>Why it is exact.</b> The boxes an exploration decides partition the space: every lead
 * lies in exactly one, and on it the answer is the same for every lead because it was computed
 * from single statuses only, with the evaluator's rules. Nothing is sampled and no box is
 * skipped, so "no lead" and "every lead" are proofs; only the budget ends an exploration early,
 * and then the result says so.
 *
 * <p><b>Findings.</b> {@code Analyzer} asks: can some lead be accepted (else a deletion-minimal
 * set of criteria that cannot hold together), does each criterion decide some outcome, and per
 * table which accepted boxes match no row (gaps of a complete table), several rows (overlaps of a
 * UNIQUE table), or which rows never win (FIRST). {@code Regions} cuts the boxes of one defect
 * into connected pieces, merges neighbours and groups them into connected regions: one finding
 * per region, worded by {@code BoxWords}, with an example lead from {@code ExampleLeads} that the
 * evaluator confirms.
 *
 * <p><b>Diff regions.</b> {@code Differ} splits only along what can make the versions differ:
 * the changed criteria, the unchanged ones where acceptance hangs on them, and table rows where
 * a price or shared table's output can differ. Each decided box gets the key of the difference
 * (each version's acceptance, changed failing criteria, price and table outcomes); the boxes of
 * one key make one {@code DiffRegion}, described on the fields the amendment touched, its
 * examples evaluated by both evaluators.
 *
 * <p><b>Limits.</b> The work is worst-case exponential in the number of fields and literals:
 * the budget on boxes bounds it. Findings word at most 4 boxes and diff regions 6, and list up
 * to 256 examples; past 2048 pieces a defect is not cut further. Fields whose kind changed are
 * compared only where unknown.
 */
@NullMarked
@ValueStyle
package dev.leadspec.analysis;

import dev.leadspec.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
