package dev.leadspec.cli;

import dev.leadspec.text.Language;
import dev.leadspec.text.Markdown;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code lead-spec render}: the contract as a Markdown appendix. */
@Command(name = "render", mixinStandardHelpOptions = true,
    description = "Renders a contract as a Markdown appendix, every criterion and table row in words, with its fingerprint.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:rendered", "2:usage error", "3:the contract could not be read",
        "4:internal error (a bug)"})
final class RenderCommand implements Callable<Integer> {
  @ParentCommand
  LeadSpecCli cli;

  @Option(names = "--contract", required = true, description = "The contract, as JSON.")
  Path contract;

  @Option(names = "--language", defaultValue = "EN", description = "EN or RU (default: ${DEFAULT-VALUE}).")
  Language language;

  @Override
  public Integer call() {
    cli.out.print(Markdown.contract(cli.contract(contract), language));
    cli.out.flush();
    return 0;
  }
}
