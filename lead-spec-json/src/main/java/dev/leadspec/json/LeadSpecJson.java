package dev.leadspec.json;

import dev.leadspec.eval.Verdict;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Fingerprint;
import dev.leadspec.model.Lead;
import dev.leadspec.model.LeadMapping;
import dev.leadspec.model.LeadSpecException;
import dev.leadspec.model.MappingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Reads and writes contracts, leads and verdicts as JSON. Contracts parse strictly (an unknown
 * property, a duplicate key, trailing tokens, a float where an integer belongs, a number for an
 * enum, a null for a required value or an unknown condition kind is a
 * {@link JsonFormatException} with its JSON path, line and column); every input is bounded by
 * {@link JsonLimits}; output is canonical, UTF-8, with {@code \n} line ends, byte-identical for
 * equal inputs on any machine. Immutable and thread-safe.
 *
 * <pre>{@code
 * LeadSpecJson json = LeadSpecJson.standard();
 * Contract contract = json.readContract(Files.readAllBytes(Path.of("contract.json")));
 * Lead lead = json.readLead(line, contract);
 * byte[] verdictLine = json.writeVerdict(Evaluator.of(contract).evaluate(lead));
 * }</pre>
 */
public final class LeadSpecJson {
  /** The {@code format} of contract documents. */
  public static final String CONTRACT_FORMAT = CanonicalJson.CONTRACT_FORMAT;
  /** The {@code format} of lead documents and JSONL records. */
  public static final String LEAD_FORMAT = LeadJson.FORMAT;
  /** The {@code format} of verdict records. */
  public static final String VERDICT_FORMAT = VerdictJson.FORMAT;
  /** The {@code format} of error records in a verdict stream. */
  public static final String ERROR_FORMAT = VerdictJson.ERROR_FORMAT;

  private static final LeadSpecJson STANDARD = new LeadSpecJson(JsonLimits.defaults());

  private final JsonLimits limits;
  private final TreeParser parser;

  private LeadSpecJson(JsonLimits limits) {
    this.limits = limits;
    this.parser = new TreeParser(limits);
  }

  /**
   * JSON with the default {@link JsonLimits}.
   *
   * @return the shared instance
   */
  public static LeadSpecJson standard() {
    return STANDARD;
  }

  /**
   * JSON with other limits.
   *
   * <pre>{@code
   * LeadSpecJson json = LeadSpecJson.withLimits(JsonLimits.builder().maxDocumentBytes(65_536).build());
   * }</pre>
   *
   * @param limits the limits
   * @return an instance applying them
   * @throws NullPointerException if {@code limits} is null
   */
  public static LeadSpecJson withLimits(JsonLimits limits) {
    return new LeadSpecJson(Objects.requireNonNull(limits, "limits"));
  }

  /**
   * The limits applied to every document read.
   *
   * @return the limits
   */
  public JsonLimits limits() {
    return limits;
  }

  /**
   * Reads a contract document strictly and builds (so validates) the contract.
   *
   * <pre>{@code
   * Contract contract = LeadSpecJson.standard().readContract(bytes);
   * }</pre>
   *
   * @param json the document, UTF-8
   * @return the contract
   * @throws JsonFormatException if the document does not fit the contract format or a limit
   * @throws dev.leadspec.model.ContractValidationException if the contract is invalid
   */
  public Contract readContract(byte[] json) {
    return ContractReader.read(parser.parse(Objects.requireNonNull(json, "json")));
  }

  /**
   * Reads a contract document strictly.
   *
   * <pre>{@code
   * Contract contract = LeadSpecJson.standard().readContract(Files.readString(path));
   * }</pre>
   *
   * @param json the document
   * @return the contract
   * @throws JsonFormatException if the document does not fit the contract format or a limit
   * @throws dev.leadspec.model.ContractValidationException if the contract is invalid
   */
  public Contract readContract(String json) {
    return readContract(Objects.requireNonNull(json, "json").getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Reads a contract document from a stream, reading no more than the document size limit
   * allows: an oversized file fails without being read whole. The stream is not closed.
   *
   * <pre>{@code
   * try (InputStream in = Files.newInputStream(path)) { contract = json.readContract(in); }
   * }</pre>
   *
   * @param in the document, UTF-8
   * @return the contract
   * @throws JsonFormatException if the document does not fit the contract format or a limit
   * @throws UncheckedIOException if reading fails
   */
  public Contract readContract(InputStream in) {
    Objects.requireNonNull(in, "in");
    long max = limits.maxDocumentBytes();
    byte[] json;
    try {
      json = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
    } catch (IOException e) {
      throw new UncheckedIOException("reading a contract", e);
    }
    return readContract(json);
  }

  /**
   * The contract's canonical document: every property in a fixed order, every default written
   * out, decimals as canonical strings, two-space indents, {@code \n} line ends.
   *
   * <pre>{@code
   * Files.write(Path.of("contract.json"), LeadSpecJson.standard().writeContract(contract));
   * }</pre>
   *
   * @param contract the contract
   * @return the document, UTF-8
   */
  public byte[] writeContract(Contract contract) {
    return CanonicalJson.contract(Objects.requireNonNull(contract, "contract"));
  }

  /**
   * The contract's fingerprint: the SHA-256 of its RFC 8785 canonical JSON, as 64 lower-case hex
   * digits; the same as {@link Fingerprint#of(Contract)} and {@code Evaluator.of(contract).fingerprint()}.
   *
   * <pre>{@code
   * String agreed = LeadSpecJson.standard().fingerprint(contract);
   * }</pre>
   *
   * @param contract the contract
   * @return the fingerprint
   */
  public String fingerprint(Contract contract) {
    return Fingerprint.of(Objects.requireNonNull(contract, "contract"));
  }

  /**
   * Reads one lead; each fact is typed by the field the contract declares for it.
   *
   * <pre>{@code
   * Lead lead = json.readLead("{\"format\":\"lead-spec.lead/1\",\"id\":\"L-1\",...}", contract);
   * }</pre>
   *
   * @param json the lead document
   * @param contract the contract whose fields type the facts
   * @return the lead
   * @throws JsonFormatException if the document does not fit the lead format or a limit
   */
  public Lead readLead(String json, Contract contract) {
    return readLead(Objects.requireNonNull(json, "json").getBytes(StandardCharsets.UTF_8), contract);
  }

  /**
   * Reads one lead from UTF-8 bytes.
   *
   * @param json the lead document
   * @param contract the contract whose fields type the facts
   * @return the lead
   * @throws JsonFormatException if the document does not fit the lead format or a limit
   */
  public Lead readLead(byte[] json, Contract contract) {
    return LeadJson.read(parser.parse(Objects.requireNonNull(json, "json")), Objects.requireNonNull(contract, "contract"));
  }

  /**
   * A lead as one JSONL line, ended by {@code \n}.
   *
   * <pre>{@code
   * out.write(json.writeLead(lead));
   * }</pre>
   *
   * @param lead the lead
   * @return the line, UTF-8
   * @throws dev.leadspec.model.LeadSpecException if a fact's name holds a lone surrogate, which no
   *     JSON reader (this one included) would read back
   */
  public byte[] writeLead(Lead lead) {
    Objects.requireNonNull(lead, "lead");
    return CanonicalJson.line(g -> LeadJson.write(g, lead));
  }

  /**
   * A verdict as one JSONL line, ended by {@code \n}: contract id, version and fingerprint, lead,
   * outcome, reasons, every criterion's result with the facts it read, table results and price.
   * Equal verdicts give identical bytes on any machine.
   *
   * <pre>{@code
   * out.write(json.writeVerdict(evaluator.evaluate(lead)));
   * }</pre>
   *
   * @param verdict the verdict
   * @return the line, UTF-8
   */
  public byte[] writeVerdict(Verdict verdict) {
    JsonBuffer line = new JsonBuffer(1024);
    new VerdictEncoder(Objects.requireNonNull(verdict, "verdict")).encode(verdict, line);
    return line.toByteArray();
  }

  /**
   * Confirms that a stored verdict line is, byte for byte, the verdict recomputed now: same
   * contract version and fingerprint, same outcome, reasons, readings and price. A final line end
   * in the stored line is ignored.
   *
   * <pre>{@code
   * json.verifyVerdict(storedLine, history.evaluate(lead)); // throws, naming the first difference
   * }</pre>
   *
   * @param stored the stored verdict line, UTF-8
   * @param recomputed the verdict recomputed from the lead and the governing contract version
   * @throws JsonFormatException if the stored line is not a verdict document or exceeds a limit
   * @throws LeadSpecException if it differs, naming the JSON path of the first difference:
   *     {@code lead L-1: the stored verdict differs from the recomputed one at $.outcome: stored the
   *     string "ACCEPTED", recomputed the string "REJECTED"}
   */
  public void verifyVerdict(byte[] stored, Verdict recomputed) {
    Objects.requireNonNull(stored, "stored");
    Objects.requireNonNull(recomputed, "recomputed");
    VerdictCheck.verify(parser, stored, writeVerdict(recomputed), recomputed.leadId());
  }

  /**
   * Reads one verdict line strictly.
   *
   * <pre>{@code
   * StoredVerdict stored = json.readVerdict(line);
   * stored.contractVersion(); // the version that governed the lead
   * }</pre>
   *
   * @param json the verdict line, UTF-8
   * @return the verdict as stored
   * @throws JsonFormatException if the line is not a verdict document or exceeds a limit
   */
  public StoredVerdict readVerdict(byte[] json) {
    Objects.requireNonNull(json, "json");
    return VerdictJson.read(parser.parse(json), json);
  }

  /**
   * Streams verdicts (and error records) from JSONL, one record per non-blank line, in constant
   * memory; an unreadable line becomes a record with its error and line number.
   *
   * <pre>{@code
   * try (VerdictReader verdicts = json.verdictReader(in)) {
   *   for (VerdictRecord record : verdicts) { ... }
   * }
   * }</pre>
   *
   * @param in the JSONL input, UTF-8
   * @return the reader; closing it closes {@code in}
   */
  public VerdictReader verdictReader(InputStream in) {
    return new VerdictReader(this, Objects.requireNonNull(in, "in"));
  }

  /**
   * Streams leads from JSONL, one record per non-blank line, in constant memory. A bad line
   * becomes an error record with its line number; no record is dropped.
   *
   * <pre>{@code
   * try (LeadReader leads = json.leadReader(in, contract)) {
   *   for (LeadRecord record : leads) { ... }
   * }
   * }</pre>
   *
   * @param in the JSONL input, UTF-8
   * @param contract the contract whose fields type the facts
   * @return the reader; closing it closes {@code in}
   */
  public LeadReader leadReader(InputStream in, Contract contract) {
    return new LeadReader(this, Objects.requireNonNull(in, "in"), Objects.requireNonNull(contract, "contract"));
  }

  /**
   * Streams verdicts (and error records) as JSONL.
   *
   * <pre>{@code
   * try (VerdictWriter out = json.verdictWriter(System.out)) { out.write(verdict); }
   * }</pre>
   *
   * @param out the output
   * @return the writer; closing it closes {@code out}
   */
  public VerdictWriter verdictWriter(OutputStream out) {
    return new VerdictWriter(Objects.requireNonNull(out, "out"));
  }

  /**
   * Streams leads as JSONL.
   *
   * <pre>{@code
   * try (LeadWriter out = json.leadWriter(stream)) { out.write(lead); }
   * }</pre>
   *
   * @param out the output
   * @return the writer; closing it closes {@code out}
   */
  public LeadWriter leadWriter(OutputStream out) {
    return new LeadWriter(Objects.requireNonNull(out, "out"));
  }

  TreeParser parser() {
    return parser;
  }
  /**
   * Reads a mapping document ({@code lead-spec.mapping/1}, see {@code docs/mapping.md} and
   * {@code mapping.schema.json}), strictly. Whether it fits a contract and a file is checked when
   * it is applied ({@link LeadMapping#against}).
   *
   * <pre>{@code
   * LeadMapping mapping = json.readMapping(Files.readAllBytes(Path.of("x-education.mapping.json")));
   * }</pre>
   *
   * @param json the document, UTF-8
   * @return the mapping
   * @throws JsonFormatException naming the JSON path, line and column of what is wrong
   */
  public LeadMapping readMapping(byte[] json) {
    return MappingJson.read(parser.parse(Objects.requireNonNull(json, "json")));
  }

  /**
   * Writes a mapping as a mapping document ({@code lead-spec.mapping/1}), indented, each property
   * only where it differs from its default; {@link #readMapping} reads it back as an equal mapping.
   * Use it to turn the command line's shorthand options into a file, or to keep a mapping built in
   * code.
   *
   * <pre>{@code
   * LeadMapping mapping = LeadMapping.builder().separator(';').addUnknown("unknown")
   *     .addColumns(ColumnMapping.of("y", "subscribed")).build();
   * Files.write(Path.of("bank.mapping.json"), json.writeMapping(mapping));
   * }</pre>
   *
   * @param mapping the mapping
   * @return the document, UTF-8, ending in a line feed
   * @throws LeadSpecException if the document would not read back under this instance's limits
   *     (such as a column name longer than the property name limit), naming what is wrong
   */
  public byte[] writeMapping(LeadMapping mapping) {
    Objects.requireNonNull(mapping, "mapping");
    byte[] document;
    try {
      document = CanonicalJson.pretty(g -> MappingJson.write(g, mapping));
    } catch (tools.jackson.core.JacksonException e) {
      throw new LeadSpecException("the mapping cannot be written as JSON: " + e.getOriginalMessage());
    }
    try {
      MappingJson.read(parser.parse(document));
    } catch (LeadSpecException e) {
      // whatever we write our readers read back: refuse what they would not
      throw new LeadSpecException("the mapping cannot be written so that it reads back: " + e.getMessage());
    }
    return document;
  }

  /**
   * Reads a mapping document from a file, the one way the CLI's {@code --mapping} and the Flink
   * job read it: within the default document size limit, strictly, every problem of the document a
   * {@link MappingException} whose one problem names the file and the JSON path (the CLI's exit 2).
   * Whether the mapping fits a contract and a header is checked when it is applied
   * ({@link LeadMapping#against}, {@link LeadMapping#problems}).
   *
   * <pre>{@code
   * LeadMapping mapping = LeadSpecJson.readMappingFile(Path.of("bank.mapping.json"));
   * // a typo: MappingException "bank.mapping.json: line 2, column 3, at $.separatr: unknown property ..."
   * }</pre>
   *
   * @param file the mapping document, UTF-8
   * @return the mapping
   * @throws MappingException if the document is not a mapping document or exceeds a limit, its
   *     problem starting with the file's name
   * @throws UncheckedIOException if the file cannot be read: {@code cannot read mapping FILE: no such
   *     file or directory}, or the reason the system gives
   */
  public static LeadMapping readMappingFile(Path file) {
    Objects.requireNonNull(file, "file");
    byte[] document;
    try (InputStream in = Files.newInputStream(file)) {
      long max = STANDARD.limits.maxDocumentBytes();
      // no more than the limit allows is read: an oversized file fails without being read whole
      document = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
    } catch (NoSuchFileException e) {
      throw new UncheckedIOException("cannot read mapping " + file + ": no such file or directory", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read mapping " + file + ": " + e.getMessage(), e);
    }
    try {
      return STANDARD.readMapping(document);
    } catch (MappingException e) {
      throw e;
    } catch (LeadSpecException e) {
      throw new MappingException(List.of(file + ": " + e.getMessage()));
    }
  }

  /**
   * Reads a challenge, strictly; corrected values are typed by the contract's fields.
   *
   * <pre>{@code
   * Challenge challenge = json.readChallenge(line, history.latest());
   * }</pre>
   *
   * @param json a {@code lead-spec.challenge/1} document, UTF-8
   * @param contract the contract whose fields type the corrections
   * @return the challenge
   * @throws JsonFormatException naming the JSON path, line and column of what is wrong
   */
  public dev.leadspec.dispute.Challenge readChallenge(byte[] json, Contract contract) {
    return DisputeJson.readChallenge(parser.parse(Objects.requireNonNull(json, "json")), Objects.requireNonNull(contract, "contract"));
  }

  /**
   * Writes a challenge as one JSONL line.
   *
   * <pre>{@code
   * out.write(json.writeChallenge(challenge));
   * }</pre>
   *
   * @param challenge the challenge
   * @return the line, UTF-8, ending in a line feed
   */
  public byte[] writeChallenge(dev.leadspec.dispute.Challenge challenge) {
    Objects.requireNonNull(challenge, "challenge");
    return CanonicalJson.line(g -> DisputeJson.writeChallenge(g, challenge));
  }

  /**
   * Writes a ruling as one JSONL line: decision, ground, grounds in words, the governing version
   * and fingerprint, the challenge, the corrections admitted and set aside, and the outcomes.
   *
   * <pre>{@code
   * out.write(json.writeRuling(arbiter.rule(lead, challenge)));
   * }</pre>
   *
   * @param ruling the ruling
   * @return the line, UTF-8, ending in a line feed
   */
  public byte[] writeRuling(dev.leadspec.dispute.Ruling ruling) {
    Objects.requireNonNull(ruling, "ruling");
    return CanonicalJson.line(g -> DisputeJson.writeRuling(g, ruling));
  }

  /**
   * Writes a statement as an indented document: the total, then per version and per day.
   *
   * <pre>{@code
   * Files.write(path, json.writeStatement(Statement.of(verdicts, rulings)));
   * }</pre>
   *
   * @param statement the statement
   * @return the document, UTF-8, ending in a line feed
   */
  public byte[] writeStatement(dev.leadspec.dispute.Statement statement) {
    Objects.requireNonNull(statement, "statement");
    return CanonicalJson.pretty(g -> DisputeJson.writeStatement(g, statement));
  }

}
