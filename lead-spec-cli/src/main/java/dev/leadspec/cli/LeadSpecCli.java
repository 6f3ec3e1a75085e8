package dev.leadspec.cli;

import dev.leadspec.json.LeadSpecJson;
import dev.leadspec.model.Contract;
import dev.leadspec.model.LeadSpecException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code lead-spec} command. Exit codes: 0 done; 1 done, with findings (records that were
 * errors, error findings, differing contracts, verdicts that did not verify); 2 usage or mapping
 * error; 3 could not run (an unreadable or invalid contract or input file, an output that cannot
 * be written); 4 internal error (a bug in lead-spec: the message says so and where to report it).
 * Whatever happens, the command returns one of these codes: a failure on a reading thread ends
 * the command too, and nothing waits forever.
 *
 * <pre>{@code
 * java -jar lead-spec.jar evaluate --contract contract.json leads.jsonl > verdicts.jsonl
 * int exit = LeadSpecCli.run(System.out, System.err, "check", "--contract", "contract.json");
 * }</pre>
 */
@Command(name = "lead-spec", mixinStandardHelpOptions = true, versionProvider = LeadSpecCli.Version.class,
    description = "Lead-qualification contracts as code: evaluate leads, check and render contracts, settle disputes, "
        + "diff versions, verify stored verdicts.",
    subcommands = {EvaluateCommand.class, CheckCommand.class, RenderCommand.class, SettleCommand.class, DiffCommand.class,
        VerifyCommand.class, ReportCommand.class, TestCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:done",
        "1:done, with findings: records that were errors, error findings, differing contracts, verdicts that did not verify",
        "2:usage or mapping error",
        "3:could not run: an unreadable or invalid contract or input file, or an output that cannot be written",
        "4:internal error: a bug in lead-spec (the message says where to report it)"})
public final class LeadSpecCli implements Runnable {
  static final int FINDINGS = 1;
  static final int USAGE = 2;
  static final int CANNOT_RUN = 3;
  static final int INTERNAL = 4;
  /** Where a bug is reported: the project names no public address yet, so the message names the tracker. */
  static final String REPORT = "the lead-spec issue tracker";

  final PrintStream out;
  final PrintStream err;
  final LeadSpecJson json = LeadSpecJson.standard();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  private LeadSpecCli(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /**
   * Runs the command and exits with its code.
   *
   * @param args the arguments: a subcommand and its options
   */
  public static void main(String[] args) {
    System.exit(run(new PrintStream(System.out, false, StandardCharsets.UTF_8), new PrintStream(System.err, true,
        StandardCharsets.UTF_8), args));
  }

  /**
   * Runs the command on the given streams.
   *
   * @param out where results go (verdicts, findings, documents)
   * @param err where messages, progress and the summary go
   * @param args the arguments
   * @return the exit code
   */
  public static int run(PrintStream out, PrintStream err, String... args) {
    CommandLine commandLine = new CommandLine(new LeadSpecCli(out, err));
    commandLine.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
    commandLine.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
    commandLine.setExecutionExceptionHandler((exception, line, parsed) -> exitCode(exception, err));
    int code;
    try {
      code = commandLine.execute(args);
    } catch (Throwable e) {
      // an Error (out of memory, a stack overflow) passes picocli by: it is still one of ours
      code = exitCode(e, err);
    }
    out.flush();
    return code;
  }

  /**
   * The exit code of a command that ended by throwing, with its message on {@code err}: 2 for a
   * usage error, 3 for input or output that could not be used (a typed lead-spec error, a file
   * that cannot be read or written), 4 for anything else, which is a bug.
   */
  static int exitCode(Throwable exception, PrintStream err) {
    int code;
    String message;
    if (exception instanceof CommandLine.ParameterException || exception instanceof UsageException
        || exception instanceof dev.leadspec.model.MappingException) {
      // a mapping that does not fit the contract or the file is a usage error, told before any output
      code = USAGE;
      message = exception.getMessage();
    } else if (exception instanceof java.nio.file.NoSuchFileException missing) {
      code = CANNOT_RUN;
      message = "no such file or directory: " + missing.getFile();
    } else if (exception instanceof LeadSpecException || exception instanceof UncheckedIOException
        || exception instanceof java.io.IOException) {
      code = CANNOT_RUN;
      message = exception.getMessage();
    } else {
      code = INTERNAL;
      StackTraceElement[] trace = exception.getStackTrace();
      message = "internal error, a bug in lead-spec: " + exception
          + (trace.length > 0 ? " at " + trace[0] : "") + "; please report it on " + REPORT
          + " with the command line and, if you can, the input that caused it";
    }
    err.print("lead-spec: " + message + "\n");
    err.flush();
    return code;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  Contract contract(Path file) {
    try {
      return json.readContract(Files.readAllBytes(file));
    } catch (java.nio.file.NoSuchFileException e) {
      throw new UncheckedIOException("cannot read contract " + file + ": no such file or directory", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read contract " + file + ": " + e.getMessage(), e);
    } catch (LeadSpecException e) {
      throw new LeadSpecException("contract " + file + ": " + e.getMessage());
    }
  }

  /** The version from the jar's manifest, or the build's when run from classes. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = LeadSpecCli.class.getPackage().getImplementationVersion();
      return new String[] {"lead-spec " + (version == null ? "0.1.0-SNAPSHOT" : version)};
    }
  }
}
