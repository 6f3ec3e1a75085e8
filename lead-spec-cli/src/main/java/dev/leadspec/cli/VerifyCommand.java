package dev.leadspec.cli;

import dev.leadspec.eval.ContractHistory;
import dev.leadspec.eval.Verdict;
import dev.leadspec.json.LeadSource;
import dev.leadspec.json.StoredVerdict;
import dev.leadspec.json.VerdictReader;
import dev.leadspec.json.VerdictRecord;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Lead;
import dev.leadspec.model.LeadSpecException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code lead-spec verify}: recomputes stored verdicts and confirms them byte for byte. Both files
 * are read as bytes, one record per line ended by a line feed (as every lead-spec reader splits
 * them); a verdict line that cannot be read is a mismatch of that line and reading goes on. Stored
 * and recomputed verdicts are paired by lead id, not by position, and error records by the lead
 * line they name: a lead record that is still an error (unreadable, a duplicate id, a lead no
 * version governs) confirms the error record {@code evaluate} wrote for it. A verdict with no lead
 * is extra, a lead with no verdict is missing, and neither shifts the pairs after it. In-order
 * files are verified in constant memory; only records waiting for their pair are held.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
    description = "Recomputes each stored verdict from its lead and the governing contract version and confirms it byte "
        + "for byte; pairs verdicts and leads by lead id and names the first difference of every verdict that does not "
        + "match, every verdict without a lead and every lead without a verdict.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every verdict confirmed", "1:some verdicts did not match, or were missing or extra",
        "2:usage error", "3:the contract or a file could not be read", "4:internal error (a bug)"})
final class VerifyCommand implements Callable<Integer> {
  @ParentCommand
  LeadSpecCli cli;

  @Option(names = "--contract", required = true, paramLabel = "FILE", description = {"The contract, as JSON. Repeat it "
      + "for every version of a history: each lead is then recomputed by the version that governed it at its delivery, "
      + "its facts typed by the latest version."})
  List<Path> contracts;

  @Option(names = "--leads", required = true, description = "The leads: JSONL, or CSV read by the mapping "
      + "options (--mapping, --map, ...), as evaluate reads them.")
  Path leads;

  @Mixin
  LeadInput input = new LeadInput();

  @Option(names = "--verdicts", required = true, description = "The stored verdicts (and error records), as JSONL.")
  Path verdicts;

  private int confirmed;
  private int mismatched;

  @Override
  public Integer call() throws IOException {
    List<Contract> versions = new ArrayList<>();
    for (Path file : contracts) {
      versions.add(cli.contract(file));
    }
    ContractHistory history = ContractHistory.of(versions);
    if (input.printMapping(cli, history.latest())) {
      return 0;
    }
    // what waits for its pair: verdicts by lead id, error records by the input line they name;
    // leads by id (for a verdict) and every lead record by line (for an error record)
    Map<String, VerdictRecord> storedById = new LinkedHashMap<>();
    Map<Long, VerdictRecord> storedByLine = new LinkedHashMap<>();
    Map<String, LeadSource.Record> leadsById = new LinkedHashMap<>();
    Map<Long, LeadSource.Record> leadsByLine = new LinkedHashMap<>();
    try (LeadInput.Leads leadRecords = input.open(cli, leads.toString(), history.latest());
        InputStream verdictStream = Files.newInputStream(verdicts);
        VerdictReader verdictReader = cli.json.verdictReader(verdictStream)) {
      Iterator<VerdictRecord> storedRecords = verdictReader.iterator();
      while (leadRecords.hasNext() || storedRecords.hasNext()) {
        if (storedRecords.hasNext()) {
          VerdictRecord stored = storedRecords.next();
          if (stored.verdict().isPresent()) {
            String id = stored.leadId().orElseThrow();
            LeadSource.Record lead = leadsById.remove(id);
            if (lead != null) {
              leadsByLine.remove(lead.line());
              pair(stored, lead, history);
            } else if (storedById.containsKey(id)) {
              mismatch("verdict line " + stored.line() + ": a second verdict for lead " + id + " (the first is on line "
                  + storedById.get(id).line() + ")");
            } else {
              storedById.put(id, stored);
            }
          } else if (stored.inputLine().isPresent()) {
            long line = stored.inputLine().getAsLong();
            LeadSource.Record lead = leadsByLine.remove(line);
            if (lead != null) {
              if (lead.lead().isPresent()) {
                leadsById.remove(lead.lead().get().id(), lead);
              }
              pair(stored, lead, history);
            } else if (storedByLine.containsKey(line)) {
              mismatch("verdict line " + stored.line() + ": a second error record for lead line " + line + " (the first is "
                  + "on line " + storedByLine.get(line).line() + ")");
            } else {
              storedByLine.put(line, stored);
            }
          } else {
            mismatch("verdict line " + stored.line() + ": " + stored.error().orElse("not a verdict"));
          }
        }
        if (leadRecords.hasNext()) {
          LeadSource.Record record = leadRecords.next();
          VerdictRecord stored = record.lead().isPresent() ? storedById.remove(record.lead().get().id()) : null;
          if (stored == null) {
            stored = storedByLine.remove(record.line());
          }
          if (stored != null) {
            pair(stored, record, history);
          } else if (record.lead().isPresent() && leadsById.containsKey(record.lead().get().id())) {
            mismatch("lead line " + record.line() + ": lead " + record.lead().get().id() + " again (first on line "
                + leadsById.get(record.lead().get().id()).line() + ")");
          } else {
            leadsByLine.put(record.line(), record);
            if (record.lead().isPresent()) {
              leadsById.put(record.lead().get().id(), record);
            }
          }
        }
      }
    }
    for (VerdictRecord extra : storedById.values()) {
      mismatch("verdict line " + extra.line() + ": lead " + extra.leadId().orElseThrow() + " has no lead in " + leads);
    }
    for (VerdictRecord extra : storedByLine.values()) {
      mismatch("verdict line " + extra.line() + ": an error record for lead line " + extra.inputLine().getAsLong()
          + ", which has no record in " + leads);
    }
    for (LeadSource.Record missing : leadsByLine.values()) {
      mismatch(missing.lead().isPresent() ? "lead line " + missing.line() + ": lead " + missing.lead().get().id() + " has no stored verdict in "
          + verdicts : "lead line " + missing.line() + ": an error record (" + LeadInput.describe(leads.toString(), missing) + "), but "
          + verdicts + " has no error record of that line");
    }
    cli.out.flush();
    cli.err.print("lead-spec: " + confirmed + " verdicts confirmed, " + mismatched + " did not match\n");
    return mismatched > 0 ? LeadSpecCli.FINDINGS : 0;
  }

  /**
   * Confirms a stored record against its lead's recomputed verdict, or reports how they differ: an
   * error record is confirmed by a lead record that is still an error (of the same lead, when both
   * name one), or by a lead that still gives no verdict.
   */
  private void pair(VerdictRecord stored, LeadSource.Record record, ContractHistory history) {
    if (record.lead().isEmpty()) {
      if (stored.verdict().isPresent()) {
        mismatch("verdict line " + stored.line() + ": lead " + stored.leadId().orElseThrow() + " has a stored verdict, but its "
            + "record is an error now: " + LeadInput.describe(leads.toString(), record));
      } else if (stored.leadId().isPresent() && record.leadId().isPresent() && !stored.leadId().get().equals(record.leadId().get())) {
        mismatch("verdict line " + stored.line() + ": the error record names lead " + stored.leadId().get() + ", but "
            + LeadInput.describe(leads.toString(), record));
      } else {
        confirmed++;
      }
      return;
    }
    Lead lead = record.lead().orElseThrow();
    Verdict recomputed;
    try {
      recomputed = history.evaluate(lead);
    } catch (LeadSpecException e) {
      // the lead gives no verdict: a stored error record is confirmed, a stored verdict is not
      if (stored.verdict().isEmpty()) {
        confirmed++;
      } else {
        mismatch("verdict line " + stored.line() + ": lead " + lead.id() + " gives no verdict now: " + e.getMessage());
      }
      return;
    }
    if (stored.verdict().isEmpty()) {
      mismatch("verdict line " + stored.line() + ": an error record (" + stored.error().orElse("") + ") where lead "
          + lead.id() + " gives a verdict now");
      return;
    }
    StoredVerdict verdict = stored.verdict().get();
    try {
      cli.json.verifyVerdict(verdict.json().getBytes(StandardCharsets.UTF_8), recomputed);
      confirmed++;
    } catch (LeadSpecException e) {
      mismatch("verdict line " + stored.line() + ": " + e.getMessage());
    }
  }

  private void mismatch(String message) {
    cli.out.print(message + "\n");
    mismatched++;
  }
}
