package dev.leadspec.cli;

import dev.leadspec.eval.Evaluator;
import dev.leadspec.model.Contract;
import dev.leadspec.model.LeadSpecException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code lead-spec verify}: recomputes stored verdicts and confirms them byte for byte. */
@Command(name = "verify", mixinStandardHelpOptions = true,
    description = "Recomputes each stored verdict from its lead and the contract and confirms it byte for byte; names the "
        + "first difference of every verdict that does not match.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every verdict confirmed", "1:some verdicts did not match", "2:usage error",
        "3:the contract or a file could not be read"})
final class VerifyCommand implements Callable<Integer> {
  @ParentCommand
  LeadSpecCli cli;

  @Option(names = "--contract", required = true, description = "The contract, as JSON.")
  Path contract;

  @Option(names = "--leads", required = true, description = "The leads, in the order of the verdicts: JSONL, or CSV read "
      + "by the mapping options below.")
  Path leads;

  @Mixin
  LeadInput input = new LeadInput();

  @Option(names = "--verdicts", required = true, description = "The stored verdicts, as JSONL, one per lead.")
  Path verdicts;

  @Override
  public Integer call() throws IOException {
    Contract read = cli.contract(contract);
    Evaluator evaluator = Evaluator.of(read);
    int confirmed = 0;
    int mismatched = 0;
    try (LeadInput.Leads records = input.open(cli, leads.toString(), read);
        BufferedReader stored = Files.newBufferedReader(verdicts, StandardCharsets.UTF_8)) {
      int line = 0;
      for (String verdict = stored.readLine(); verdict != null; verdict = stored.readLine()) {
        line++;
        if (!records.hasNext()) {
          cli.out.print("verdict line " + line + ": no lead left in " + leads + "\n");
          mismatched++;
          continue;
        }
        LeadInput.Item record = records.next();
        try {
          if (record.lead == null) {
            throw new LeadSpecException("leads line " + record.line + ": " + record.error);
          }
          cli.json.verifyVerdict(verdict.getBytes(StandardCharsets.UTF_8), evaluator.evaluate(record.lead));
          confirmed++;
        } catch (LeadSpecException e) {
          cli.out.print("verdict line " + line + ": " + e.getMessage() + "\n");
          mismatched++;
        }
      }
    }
    cli.out.flush();
    cli.err.print("lead-spec: " + confirmed + " verdicts confirmed, " + mismatched + " did not match\n");
    return mismatched > 0 ? LeadSpecCli.FINDINGS : 0;
  }
}
