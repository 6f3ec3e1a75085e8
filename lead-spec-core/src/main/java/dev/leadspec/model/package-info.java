/**
 * The contract model: what both sides agreed to, as immutable data.
 *
 * <p>Entry types: {@link dev.leadspec.model.Contract} (fields, criteria, tables, terms),
 * {@link dev.leadspec.model.Field}, {@link dev.leadspec.model.Criterion},
 * {@link dev.leadspec.model.Condition} (the three-valued condition language),
 * {@link dev.leadspec.model.Table}, {@link dev.leadspec.model.Money} and
 * {@link dev.leadspec.model.Lead}. Building a contract validates it; a built contract is
 * immutable and safe to share between threads.
 */
@NullMarked
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    strictBuilder = true,
    defaults = @Value.Immutable(copy = false),
    allowedClasspathAnnotations = {Override.class})
package dev.leadspec.model;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
