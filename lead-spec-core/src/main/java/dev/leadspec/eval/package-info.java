/**
 * Evaluation: a contract compiled once, each lead turned into a deterministic verdict that
 * names every criterion that decided it.
 *
 * <p>Entry types: {@link dev.leadspec.eval.Evaluator} (thread-safe, built once per contract),
 * {@link dev.leadspec.eval.Verdict}, {@link dev.leadspec.eval.CriterionResult},
 * {@link dev.leadspec.eval.TableResult} and {@link dev.leadspec.eval.ContractHistory} (the
 * versions of one contract; a lead is evaluated against the version in effect when it was
 * delivered). Every verdict names its contract's id, version and fingerprint; the fingerprint is
 * computed once per compiled contract, on first use, never while a lead is evaluated.
 */
@NullMarked
@ValueStyle
package dev.leadspec.eval;

import dev.leadspec.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
