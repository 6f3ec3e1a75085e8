package dev.leadspec.json;

import dev.leadspec.model.LeadSpecException;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A JSON document does not fit its format: malformed JSON, an unknown or duplicate property, a
 * value of the wrong type, a missing required value, trailing tokens, or a limit exceeded.
 * Carries the JSON path and the line and column where the problem is, and for an exceeded limit
 * the limit's name.
 *
 * <pre>{@code
 * // line 14, column 9, at $.criteria[1].tittle: unknown property "tittle" (did you mean "title"?)
 * catch (JsonFormatException e) { report(e.path(), e.line(), e.column(), e.problem()); }
 * }</pre>
 */
public final class JsonFormatException extends LeadSpecException {
  private static final long serialVersionUID = 1L;

  /** The JSON path of what is wrong. */
  private final String path;
  /** The line, from 1. */
  private final int line;
  /** The column, from 1. */
  private final int column;
  /** What is wrong, a lower-case fragment. */
  private final String problem;
  /** The limit exceeded, if one was. */
  private final @Nullable String limit;

  JsonFormatException(String path, int line, int column, String problem, @Nullable String limit) {
    super("line " + line + ", column " + column + ", at " + path + ": " + problem);
    this.path = Objects.requireNonNull(path, "path");
    this.line = line;
    this.column = column;
    this.problem = Objects.requireNonNull(problem, "problem");
    this.limit = limit;
  }

  /**
   * The JSON path of the offending value: {@code $.criteria[1].condition.kind}.
   *
   * @return the path
   */
  public String path() {
    return path;
  }

  /**
   * The line of the offending token, from 1 (the record's line in a JSONL stream).
   *
   * @return the line
   */
  public int line() {
    return line;
  }

  /**
   * The column of the offending token, from 1.
   *
   * @return the column
   */
  public int column() {
    return column;
  }

  /**
   * What is wrong, as a lower-case fragment, without the location.
   *
   * @return the problem
   */
  public String problem() {
    return problem;
  }

  /**
   * The limit exceeded, when that is the problem: {@code "nesting depth"}, {@code "document size"},
   * {@code "token count"}, {@code "string length"}, {@code "number length"} or
   * {@code "property name length"}.
   *
   * @return the limit's name, if a limit was exceeded
   */
  public Optional<String> limit() {
    return Optional.ofNullable(limit);
  }

  /**
   * This error, found in a JSONL record of {@code length} bytes from {@code offset}, at the
   * record's line: a record is one line however many carriage returns it holds (which a JSON
   * parser counts as line breaks), its column counted from the record's start.
   */
  JsonFormatException atRecord(int recordLine, byte[] bytes, int offset, int length) {
    int at = column;
    if (line > 1) {
      int breaks = 0;
      for (int i = offset; i < offset + length; i++) {
        if (bytes[i] == '\r' && ++breaks == line - 1) {
          at = i - offset + 1 + column;
          break;
        }
      }
    }
    return new JsonFormatException(path, recordLine, at, problem, limit);
  }
}
