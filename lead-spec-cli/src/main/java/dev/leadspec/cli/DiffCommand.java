package dev.leadspec.cli;

import dev.leadspec.analysis.DiffRegion;
import dev.leadspec.analysis.SemanticDiff;
import dev.leadspec.model.Contract;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code lead-spec diff}: what changed in the verdicts between two contracts. */
@Command(name = "diff", mixinStandardHelpOptions = true,
    description = "Shows the regions of leads whose outcome or table output differs between two contracts (usually two "
        + "versions), each with an example lead and the criteria responsible.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:no lead gets a different verdict", "1:some leads get different verdicts", "2:usage error",
        "3:a contract could not be read", "4:internal error (a bug)"})
final class DiffCommand implements Callable<Integer> {
  @ParentCommand
  LeadSpecCli cli;

  @Parameters(index = "0", paramLabel = "FROM", description = "The earlier contract, as JSON.")
  Path from;

  @Parameters(index = "1", paramLabel = "TO", description = "The later contract, as JSON.")
  Path to;

  @Override
  public Integer call() {
    Contract before = cli.contract(from);
    Contract after = cli.contract(to);
    SemanticDiff diff = SemanticDiff.between(before, after);
    for (DiffRegion region : diff.regions()) {
      cli.out.print(region.words() + "\n");
    }
    for (String remark : diff.remarks()) {
      cli.out.print("note: " + remark + "\n");
    }
    cli.out.flush();
    cli.err.print("lead-spec: " + before.reference() + " -> " + after.reference() + ": " + diff.regions().size() + " regions differ"
        + (diff.isComplete() ? "" : ", diff incomplete") + "\n");
    return diff.isEmpty() ? 0 : LeadSpecCli.FINDINGS;
  }
}
