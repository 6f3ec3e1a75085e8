/**
 * The {@code lead-spec} command: {@code evaluate}, {@code check}, {@code render}, {@code settle}, {@code diff}
 * and {@code verify}, over contract JSON files and lead files in JSONL or CSV.
 *
 * <p>Entry types: {@link dev.leadspec.cli.LeadSpecCli} (the command) and
 * {@link dev.leadspec.cli.CsvLeads} (CSV records to leads, with a column-to-field mapping).
 */
@NullMarked
package dev.leadspec.cli;

import org.jspecify.annotations.NullMarked;
