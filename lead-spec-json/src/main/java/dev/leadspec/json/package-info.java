/**
 * JSON for contracts, leads and verdicts, with Jackson 3 confined to this package: strict,
 * bounded reading with the JSON path and line/column of every error, canonical writing, JSONL
 * streaming of leads and verdicts.
 *
 * <p>Entry types: {@link dev.leadspec.json.LeadSpecJson} (the facade),
 * {@link dev.leadspec.json.LeadReader}, {@link dev.leadspec.json.LeadWriter},
 * {@link dev.leadspec.json.VerdictWriter} and {@link dev.leadspec.json.VerdictReader} (JSONL),
 * {@link dev.leadspec.json.StoredVerdict} (a verdict read back),
 * {@link dev.leadspec.json.JsonLimits} and {@link dev.leadspec.json.JsonFormatException}. Every
 * document carries a {@code format} field naming its kind and version, such as
 * {@code "lead-spec.contract/1"}.
 */
@NullMarked
@ValueStyle
package dev.leadspec.json;

import dev.leadspec.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
