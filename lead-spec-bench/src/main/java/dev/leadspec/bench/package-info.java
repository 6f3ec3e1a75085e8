/**
 * Benchmarks: the reference lead-qualification contract evaluated by hand-written Java, by
 * lead-spec and by the peer engines a CRM might pick instead, each checked equal to
 * hand-written Java on every lead before it is measured.
 *
 * <p>Entry types: {@link dev.leadspec.bench.EvaluateBenchmark} (one op = one lead, per
 * engine), {@link dev.leadspec.bench.ThreadsBenchmark} (one shared evaluator, one thread
 * versus two), {@link dev.leadspec.bench.BuildBenchmark} (contract build and compile),
 * {@link dev.leadspec.bench.TablesBenchmark} (a contract of composites and a price table:
 * hand-written, interpreted, generated),
 * {@link dev.leadspec.bench.HostLead} (the host's record) and
 * {@link dev.leadspec.bench.ResultsTable} (renders the committed results).
 */
@NullMarked
package dev.leadspec.bench;

import org.jspecify.annotations.NullMarked;
