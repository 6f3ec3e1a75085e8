package dev.leadspec.json;

import dev.leadspec.model.Contract;
import dev.leadspec.model.Lead;
import java.util.Arrays;

/**
 * Leads of one contract, each read by one of two readers: the {@link LeadScanner} for the plain
 * lines it is sure of, else the strict tree reader ({@link TreeParser} and {@link LeadJson#read}),
 * which gives the same lead, or the error with its path, line and column. Not thread-safe: one per
 * stream.
 */
final class LeadParser {
  private final TreeParser tree;
  private final Contract contract;
  private final LeadScanner scanner;

  LeadParser(TreeParser tree, JsonLimits limits, Contract contract) {
    this.tree = tree;
    this.contract = contract;
    this.scanner = new LeadScanner(limits, contract);
  }

  /**
   * The lead on the line, scanned when it can be.
   *
   * @throws JsonFormatException as {@link LeadJson#read} does
   */
  Lead read(byte[] line) {
    return read(line, 0, line.length);
  }

  /**
   * The lead on a line of {@code length} bytes from {@code offset}, scanned when it can be.
   *
   * @throws JsonFormatException as {@link LeadJson#read} does
   */
  Lead read(byte[] bytes, int offset, int length) {
    Lead lead = scanner.scan(bytes, offset, length);
    return lead != null ? lead : LeadJson.read(tree.parse(Arrays.copyOfRange(bytes, offset, offset + length)), contract);
  }
}
