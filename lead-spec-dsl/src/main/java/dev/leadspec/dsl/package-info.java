/**
 * The fluent, type-safe DSL for lead-qualification contracts: sugar over core's model, nothing
 * else. Start from {@link dev.leadspec.dsl.LeadSpec}, meant for {@code import static}.
 *
 * <p>Typed field references ({@link dev.leadspec.dsl.IntegerField},
 * {@link dev.leadspec.dsl.ChoiceField}, ...) offer only the conditions their kind allows, so
 * {@code between} on a choice does not compile. Every DSL object is immutable: each call returns
 * a new value, safe to keep and reuse.
 */
@NullMarked
package dev.leadspec.dsl;

import org.jspecify.annotations.NullMarked;
