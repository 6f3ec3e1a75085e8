/**
 * Evaluation: a contract compiled once, each lead turned into a deterministic verdict that
 * names every criterion that decided it.
 *
 * <p>Entry types: {@link dev.leadspec.eval.Evaluator} (thread-safe, built once per contract),
 * {@link dev.leadspec.eval.Verdict}, {@link dev.leadspec.eval.CriterionResult} and
 * {@link dev.leadspec.eval.TableResult}.
 */
@NullMarked
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    strictBuilder = true,
    defaults = @Value.Immutable(copy = false),
    allowedClasspathAnnotations = {Override.class})
package dev.leadspec.eval;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
