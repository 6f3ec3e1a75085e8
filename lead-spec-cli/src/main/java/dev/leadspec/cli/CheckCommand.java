package dev.leadspec.cli;

import dev.leadspec.analysis.ContractAnalysis;
import dev.leadspec.analysis.Finding;
import dev.leadspec.analysis.Severity;
import dev.leadspec.model.Contract;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code lead-spec check}: the exact analysis's findings, one per line. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Analyses a contract over every possible lead: unsatisfiable criteria, never-decisive criteria, table gaps, "
        + "overlaps and shadowed rows, each with an example lead.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:no error finding", "1:error findings (or the analysis could not finish)", "2:usage error",
        "3:the contract could not be read", "4:internal error (a bug)"})
final class CheckCommand implements Callable<Integer> {
  @ParentCommand
  LeadSpecCli cli;

  @Option(names = "--contract", required = true, description = "The contract, as JSON.")
  Path contract;

  @Override
  public Integer call() {
    Contract read = cli.contract(contract);
    ContractAnalysis analysis = ContractAnalysis.of(read);
    int errors = 0;
    for (Finding finding : analysis.findings()) {
      cli.out.print(finding + "\n");
      errors += finding.severity() == Severity.ERROR ? 1 : 0;
    }
    cli.out.flush();
    cli.err.print("lead-spec: " + read.reference() + ": " + analysis.findings().size() + " findings, " + errors + " errors"
        + (analysis.isComplete() ? "" : ", analysis incomplete") + "\n");
    return errors > 0 || !analysis.isComplete() ? LeadSpecCli.FINDINGS : 0;
  }
}
