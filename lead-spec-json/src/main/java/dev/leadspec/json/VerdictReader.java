package dev.leadspec.json;

import java.io.InputStream;
import java.util.Arrays;

/**
 * Verdicts from a JSONL stream written by {@link VerdictWriter}, one record per non-blank line,
 * read lazily in constant memory. Error records and unreadable lines become records with their
 * error; reading goes on.
 *
 * <pre>{@code
 * try (VerdictReader verdicts = LeadSpecJson.standard().verdictReader(in)) {
 *   for (VerdictRecord record : verdicts) System.out.println(record);
 * }
 * }</pre>
 */
public final class VerdictReader extends RecordReader<VerdictRecord> {
  VerdictReader(LeadSpecJson json, InputStream in) {
    super(json, in, "verdict");
  }

  @Override
  VerdictRecord record(byte[] bytes, int offset, int length, int lineNumber) {
    byte[] line = Arrays.copyOfRange(bytes, offset, offset + length);
    return VerdictJson.record(json.parser().parse(line), line, lineNumber);
  }

  @Override
  VerdictRecord failed(int lineNumber, JsonFormatException error) {
    return new VerdictRecord(lineNumber, null, null, error.getMessage());
  }
}
