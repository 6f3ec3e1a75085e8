/**
 * The contract model: what both sides agreed to, as immutable data.
 *
 * <p>Entry types: {@link dev.leadspec.model.Contract} (fields, criteria, tables, terms),
 * {@link dev.leadspec.model.Field}, {@link dev.leadspec.model.Criterion},
 * {@link dev.leadspec.model.Condition} (the three-valued condition language),
 * {@link dev.leadspec.model.Table}, {@link dev.leadspec.model.Money} and
 * {@link dev.leadspec.model.Lead}; {@link dev.leadspec.model.FieldKind} types written values (one
 * rule for every reader), and {@link dev.leadspec.model.LeadMapping} turns a host's records of
 * text cells into leads. Building a contract validates it; a built contract is
 * immutable and safe to share between threads.
 */
@NullMarked
@ValueStyle
package dev.leadspec.model;

import dev.leadspec.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
