/**
 * JSON for contracts, leads, verdicts, challenges, rulings and statements (module
 * lead-spec-json): strict, bounded reading with the JSON path and line/column of every error,
 * canonical writing, JSONL streaming of leads and verdicts. It stands on Jackson 3's streaming
 * core alone ({@code tools.jackson.core:jackson-core}: no databind, no annotations), so it shares
 * nothing with a host's Jackson 2; the contract fingerprint is core's
 * ({@link dev.leadspec.model.Fingerprint}).
 *
 * <p>Entry types: {@link dev.leadspec.json.LeadSpecJson} (the facade),
 * {@link dev.leadspec.json.LeadReader}, {@link dev.leadspec.json.LeadWriter},
 * {@link dev.leadspec.json.VerdictWriter} and {@link dev.leadspec.json.VerdictReader} (JSONL),
 * {@link dev.leadspec.json.StoredVerdict} (a verdict read back),
 * {@link dev.leadspec.json.LeadSource} (lead files, JSONL or CSV by a mapping, as every reader
 * reads them; CSV by a strict RFC 4180 reader of its own, bounded by
 * {@link dev.leadspec.json.CsvLimits}),
 * {@link dev.leadspec.json.JsonLimits} and {@link dev.leadspec.json.JsonFormatException}. Every
 * document carries a {@code format} field naming its kind and version, such as
 * {@code "lead-spec.contract/1"}.
 */
@NullMarked
@ValueStyle
package dev.leadspec.json;

import dev.leadspec.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
