/**
 * lead-spec on Apache Flink: {@link dev.leadspec.flink.LeadSpecJob} evaluates leads read from
 * files (JSONL, or CSV by a mapping document) against a contract history shipped as JSON (and,
 * in a stream, new versions that reach it as broadcast state), writes the verdict JSONL the CLI
 * writes, rules on challenges joined by lead id, and states what is owed from per-subtask
 * {@link dev.leadspec.dispute.StatementAccumulator}s, as a bounded batch or a checkpointed stream
 * with an exactly-once file sink. The record types ({@link dev.leadspec.flink.LeadLine},
 * {@link dev.leadspec.flink.ChallengeLine}, {@link dev.leadspec.flink.OutputLine},
 * {@link dev.leadspec.flink.PartialStatement}, {@link dev.leadspec.flink.LeadOrChallenge},
 * {@link dev.leadspec.flink.ContractLine}) are Flink POJOs, so no record goes through Kryo.
 */
@NullMarked
package dev.leadspec.flink;

import org.jspecify.annotations.NullMarked;
