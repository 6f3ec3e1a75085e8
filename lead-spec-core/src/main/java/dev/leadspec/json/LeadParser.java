package dev.leadspec.json;

import dev.leadspec.model.Contract;
import dev.leadspec.model.Field;
import dev.leadspec.model.FieldKind;
import dev.leadspec.model.Lead;
import dev.leadspec.model.Value;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;

/**
 * Leads of one contract, read by the quickest reader that is sure of the line: the
 * {@link LeadScanner} for plain lines, else this reader,
 * straight from Jackson's token stream into the lead builder, without
 * the path-carrying {@link Node} tree. It takes only what it is sure of: a well-formed lead
 * line whose facts it can type exactly as {@link LeadJson#read} does. Anything else (evidence, a
 * duplicate or unknown property, a null, a value of an odd kind, a number near a limit, any
 * parser error) sends the line to the strict tree reader, which then gives the same lead or the
 * same error, with its path, as it always has. Not thread-safe: one per stream.
 */
final class LeadParser {
  private static final Pattern INTEGER = Pattern.compile("-?\\d+");

  private final TreeParser tree;
  private final Contract contract;
  private final LeadScanner scanner;
  /** Declared field name to its position in the contract's fields. */
  private final Map<String, Integer> positions = new HashMap<>();
  private final Field[] fields;
  private final boolean[] seen;
  private final List<String> undeclared = new ArrayList<>();
  private @Nullable String lastInstantText;
  private @Nullable Instant lastInstant;

  LeadParser(TreeParser tree, JsonLimits limits, Contract contract) {
    this.tree = tree;
    this.contract = contract;
    this.fields = contract.fields().toArray(new Field[0]);
    this.seen = new boolean[fields.length];
    this.scanner = new LeadScanner(limits, contract);
    for (int i = 0; i < fields.length; i++) {
      positions.put(fields[i].name(), i);
    }
  }

  /** The lead on the line, read fast when it can be. @throws JsonFormatException as {@link LeadJson#read} does */
  Lead read(byte[] line) {
    return read(line, 0, line.length);
  }

  /**
   * The lead on a line of {@code length} bytes from {@code offset}, read fast when it can be.
   *
   * @throws JsonFormatException as {@link LeadJson#read} does
   */
  Lead read(byte[] bytes, int offset, int length) {
    Lead lead = scanner.scan(bytes, offset, length);
    if (lead == null) {
      lead = fast(bytes, offset, length);
    }
    return lead != null ? lead : LeadJson.read(tree.parse(Arrays.copyOfRange(bytes, offset, offset + length)), contract);
  }

  /** The lead, or null when the line must go to the strict reader. */
  @Nullable Lead fast(byte[] line) {
    return fast(line, 0, line.length);
  }

  private @Nullable Lead fast(byte[] bytes, int offset, int length) {
    if (length > tree.maxDocumentBytes()) {
      return null;
    }
    try (JsonParser parser = tree.factory().createParser(ObjectReadContext.empty(), bytes, offset, length)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      Lead.Builder builder = Lead.builder();
      boolean format = false;
      boolean facts = false;
      String id = null;
      Instant deliveredAt = null;
      for (JsonToken token = parser.nextToken(); token == JsonToken.PROPERTY_NAME; token = parser.nextToken()) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        switch (name) {
          case "format":
            if (format || value != JsonToken.VALUE_STRING || !LeadJson.FORMAT.equals(parser.getString())) {
              return null;
            }
            format = true;
            break;
          case "id":
            if (id != null || value != JsonToken.VALUE_STRING) {
              return null;
            }
            id = parser.getString();
            break;
          case "deliveredAt":
            if (deliveredAt != null || value != JsonToken.VALUE_STRING) {
              return null;
            }
            deliveredAt = instant(parser.getString());
            if (deliveredAt == null) {
              return null;
            }
            break;
          case "facts":
            if (facts || value != JsonToken.START_OBJECT || !facts(parser, builder)) {
              return null;
            }
            facts = true;
            break;
          default:
            return null;
        }
      }
      if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null
          || !format || !facts || id == null || deliveredAt == null) {
        return null;
      }
      return builder.id(id).deliveredAt(deliveredAt).build();
    } catch (RuntimeException e) {
      // malformed, over a limit, or refused by the builder: the strict reader says why
      return null;
    }
  }

  private @Nullable Instant instant(String text) {
    if (text.equals(lastInstantText)) {
      return lastInstant;
    }
    try {
      Instant instant = Instant.parse(text);
      lastInstantText = text;
      lastInstant = instant;
      return instant;
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** Reads the facts object into the builder; false when the line must go to the strict reader. */
  private boolean facts(JsonParser parser, Lead.Builder builder) {
    Arrays.fill(seen, false);
    undeclared.clear();
    for (JsonToken token = parser.nextToken(); token == JsonToken.PROPERTY_NAME; token = parser.nextToken()) {
      String name = parser.currentName();
      Integer position = positions.get(name);
      Field field = null;
      if (position != null) {
        if (seen[position]) {
          return false;
        }
        seen[position] = true;
        field = fields[position];
      } else {
        if (undeclared.contains(name)) {
          return false;
        }
        undeclared.add(name);
      }
      Value value = value(parser, parser.nextToken(), field);
      if (value == null) {
        return false;
      }
      builder.fact(name, value);
    }
    return parser.currentToken() == JsonToken.END_OBJECT;
  }

  /**
   * A string fact as {@link LeadJson#fact} types it for a field of this kind (null: undeclared), by
   * {@link FieldKind#parse}, or null when that is an integer written as a string, which only the
   * strict reader words.
   */
  static @Nullable Value typed(@Nullable FieldKind kind, String text) {
    if (kind == null || kind == FieldKind.TEXT || kind == FieldKind.CHOICE) {
      return Value.of(text);
    }
    if (kind == FieldKind.INTEGER) {
      return INTEGER.matcher(text).matches() ? null : Value.of(text);
    }
    Optional<Value> typed = kind.parse(text);
    return typed.isPresent() ? typed.get() : Value.of(text);
  }

  /** The fact as {@link LeadJson#fact} types it, or null when that would be an error or is not certain. */
  private @Nullable Value value(JsonParser parser, JsonToken token, @Nullable Field field) {
    FieldKind kind = field == null ? null : field.kind();
    switch (token) {
      case VALUE_STRING:
        return typed(kind, parser.getString());
      case VALUE_NUMBER_INT:
        if (parser.getStringLength() > tree.maxNumberLength()
            || parser.getNumberType() != JsonParser.NumberType.INT && parser.getNumberType() != JsonParser.NumberType.LONG) {
          return null;
        }
        return Value.of(parser.getLongValue());
      case VALUE_NUMBER_FLOAT:
        if (parser.getStringLength() > tree.maxNumberLength()) {
          return null;
        }
        return Value.of(new BigDecimal(parser.getString()));
      case VALUE_TRUE:
        return Value.of(true);
      case VALUE_FALSE:
        return Value.of(false);
      case START_ARRAY: {
        List<String> codes = new ArrayList<>();
        for (JsonToken element = parser.nextToken(); element != JsonToken.END_ARRAY; element = parser.nextToken()) {
          if (element != JsonToken.VALUE_STRING) {
            return null;
          }
          codes.add(parser.getString());
        }
        return Value.codes(codes);
      }
      default:
        return null;
    }
  }
}
