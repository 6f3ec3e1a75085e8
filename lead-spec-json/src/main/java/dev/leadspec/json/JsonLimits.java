package dev.leadspec.json;

import dev.leadspec.model.Limits;
import org.immutables.value.Value;

/**
 * Bounds on untrusted JSON input, sized for contracts and leads: nesting depth, string length,
 * number length, property name length, document size and token count. A document over any bound
 * fails with a {@link JsonFormatException} naming the limit. In a JSONL stream each record is a
 * document. The defaults are the values of the one limit policy, {@link dev.leadspec.model.Limits},
 * which building a contract also applies: whatever lead-spec writes, these defaults read back.
 * Lowering a limit below its default makes a reader refuse some documents lead-spec writes.
 *
 * <pre>{@code
 * JsonLimits limits = JsonLimits.builder().maxDocumentBytes(1 << 20).build();
 * LeadSpecJson json = LeadSpecJson.withLimits(limits);
 * }</pre>
 */
@Value.Immutable
public abstract class JsonLimits {
  /** Default: deep enough for conditions nested some 50 levels. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = Limits.MAX_NESTING_DEPTH;
  /** Default: a long title, question or free text. */
  public static final int DEFAULT_MAX_STRING_LENGTH = Limits.MAX_STRING_LENGTH;
  /** Default: any long, and decimals with tens of digits. */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = Limits.MAX_NUMBER_LENGTH;
  /** Default: field names and property names. */
  public static final int DEFAULT_MAX_NAME_LENGTH = Limits.MAX_NAME_LENGTH;
  /** Default: 4 MiB, a contract with thousands of criteria or rows. */
  public static final long DEFAULT_MAX_DOCUMENT_BYTES = Limits.MAX_DOCUMENT_BYTES;
  /** Default: tokens (values, names, brackets) in one document. */
  public static final long DEFAULT_MAX_TOKEN_COUNT = Limits.MAX_TOKEN_COUNT;

  JsonLimits() {}

  /**
   * Starts limits, each at its default unless set.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The default limits.
   *
   * @return the defaults
   */
  public static JsonLimits defaults() {
    return builder().build();
  }

  /**
   * How deeply arrays and objects may nest.
   *
   * @return the depth
   */
  @Value.Default
  public int maxNestingDepth() {
    return DEFAULT_MAX_NESTING_DEPTH;
  }

  /**
   * The longest string value, in characters.
   *
   * @return the length
   */
  @Value.Default
  public int maxStringLength() {
    return DEFAULT_MAX_STRING_LENGTH;
  }

  /**
   * The longest number, in characters.
   *
   * @return the length
   */
  @Value.Default
  public int maxNumberLength() {
    return DEFAULT_MAX_NUMBER_LENGTH;
  }

  /**
   * The longest property name, in characters.
   *
   * @return the length
   */
  @Value.Default
  public int maxNameLength() {
    return DEFAULT_MAX_NAME_LENGTH;
  }

  /**
   * The largest document (or JSONL record), in bytes.
   *
   * @return the size
   */
  @Value.Default
  public long maxDocumentBytes() {
    return DEFAULT_MAX_DOCUMENT_BYTES;
  }

  /**
   * The most tokens in one document.
   *
   * @return the count
   */
  @Value.Default
  public long maxTokenCount() {
    return DEFAULT_MAX_TOKEN_COUNT;
  }

  @Value.Check
  void check() {
    if (maxNestingDepth() < 1 || maxStringLength() < 1 || maxNumberLength() < 1 || maxNameLength() < 1
        || maxDocumentBytes() < 1 || maxTokenCount() < 1) {
      throw new IllegalArgumentException("json limits must be positive: " + this);
    }
  }

  /** Builds {@link JsonLimits}. */
  public static final class Builder extends ImmutableJsonLimits.Builder {
    Builder() {}
  }
}
