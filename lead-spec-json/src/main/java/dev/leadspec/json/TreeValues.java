package dev.leadspec.json;

import dev.leadspec.model.Limits;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The typed values of a {@link JsonTree}, read strictly: each wrong type, missing value or unknown
 * name is an error at its path. (The scalar readers every document reader of this package shares.)
 */
final class TreeValues {
  // The shapes of text every reader of this package checks, declared once.
  /** An ISO date's shape, {@code 2026-03-10} (its values are checked by {@code LocalDate}). */
  static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  /** A plain decimal: digits, an optional fraction, no exponent. */
  static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");
  /** An integer's digits, with an optional minus. */
  static final Pattern INTEGER = Pattern.compile("-?\\d+");
  /** A contract fingerprint: 64 lower-case hex digits. */
  static final Pattern FINGERPRINT = Pattern.compile("[0-9a-f]{64}");

  private TreeValues() {}

  /** The property a document may carry to name its JSON Schema, for editors; readers ignore it. */
  static final String SCHEMA = "$schema";

  /**
   * Checks that the node is an object with only the allowed properties; a document (the root)
   * may also carry {@value #SCHEMA}, a string, which is ignored.
   */
  static JsonTree object(JsonTree node, String... allowed) {
    expect(node, JsonTree.Type.OBJECT);
    List<String> names = Arrays.asList(allowed);
    for (var member : node.members.entrySet()) {
      if (member.getKey().equals(SCHEMA) && node.path.equals("$")) {
        expect(member.getValue(), JsonTree.Type.STRING);
      } else if (!names.contains(member.getKey())) {
        JsonTree value = member.getValue();
        throw value.error("unknown property \"" + member.getKey() + "\"" + suggestion(member.getKey(), names)
            + "; expected one of " + String.join(", ", names));
      }
    }
    return node;
  }

  static JsonTree required(JsonTree object, String name) {
    JsonTree value = object.members.get(name);
    if (value == null) {
      throw object.error("missing required property \"" + name + "\"");
    }
    if (value.type == JsonTree.Type.NULL) {
      throw value.error("null for required property \"" + name + "\"");
    }
    return value;
  }

  static Optional<JsonTree> optional(JsonTree object, String name) {
    JsonTree value = object.members.get(name);
    if (value != null && value.type == JsonTree.Type.NULL) {
      throw value.error("null for property \"" + name + "\"; leave the property out instead");
    }
    return Optional.ofNullable(value);
  }

  static void expect(JsonTree node, JsonTree.Type type) {
    if (node.type != type) {
      throw node.error("expected " + type.words + ", found " + node.describe());
    }
  }

  static String string(JsonTree node) {
    expect(node, JsonTree.Type.STRING);
    return node.text;
  }

  static String string(JsonTree object, String name) {
    return string(required(object, name));
  }

  static boolean bool(JsonTree node) {
    expect(node, JsonTree.Type.BOOLEAN);
    return node.text.equals("true");
  }

  static boolean bool(JsonTree object, String name, boolean otherwise) {
    return optional(object, name).map(TreeValues::bool).orElse(otherwise);
  }

  /** An integer token within the long range; a decimal number or a string is an error. */
  static long integer(JsonTree node) {
    if (node.type == JsonTree.Type.DECIMAL) {
      throw node.error("expected an integer, found the decimal number " + node.text);
    }
    expect(node, JsonTree.Type.INTEGER);
    return longValue(node, node.text);
  }

  /** An integer written as a number, or as a string of digits when beyond ±(2^53−1) (I-JSON). */
  static long integerOrBigString(JsonTree node, long safe) {
    if (node.type == JsonTree.Type.STRING && INTEGER.matcher(node.text).matches()) {
      long value = longValue(node, node.text);
      if (Math.abs(value) <= safe && value != Long.MIN_VALUE) {
        throw node.error("integer " + node.text + " is written as a string; write it as a number");
      }
      return value;
    }
    return integer(node);
  }

  static int smallInteger(JsonTree node) {
    long value = integer(node);
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      throw node.error("integer " + node.text + " is out of range");
    }
    return (int) value;
  }

  private static long longValue(JsonTree node, String text) {
    try {
      return new BigInteger(text).longValueExact();
    } catch (ArithmeticException | NumberFormatException e) {
      throw node.error("integer " + text + " is out of range (a 64-bit integer)");
    }
  }

  /**
   * A decimal written as a string (canonical) or as a JSON number, refused by size before it is
   * built (see {@link Limits#decimal}).
   */
  static BigDecimal decimal(JsonTree node) {
    if (node.type == JsonTree.Type.STRING) {
      if (!DECIMAL.matcher(node.text).matches()) {
        throw node.error("expected a decimal such as \"12.50\", found " + node.describe());
      }
      return boundedDecimal(node);
    }
    if (node.type == JsonTree.Type.INTEGER || node.type == JsonTree.Type.DECIMAL) {
      return boundedDecimal(node);
    }
    throw node.error("expected a decimal, found " + node.describe());
  }

  private static BigDecimal boundedDecimal(JsonTree node) {
    try {
      return Limits.decimal(node.text);
    } catch (IllegalArgumentException e) {
      throw node.limitError(e.getMessage(), "decimal digits");
    }
  }

  static LocalDate date(JsonTree node) {
    String text = string(node);
    if (DATE.matcher(text).matches()) {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeException e) {
        // reported below
      }
    }
    throw node.error("expected an ISO date such as \"2026-03-01\", found " + node.describe());
  }

  static Instant instant(JsonTree node) {
    String text = string(node);
    try {
      return Instant.parse(text);
    } catch (DateTimeException e) {
      throw node.error("expected an ISO instant such as \"2026-03-02T10:15:00Z\", found " + node.describe());
    }
  }

  static ZoneId zone(JsonTree node) {
    String text = string(node);
    try {
      return ZoneId.of(text);
    } catch (DateTimeException e) {
      throw node.error("unknown time zone \"" + text + "\"");
    }
  }

  static Duration duration(JsonTree node) {
    String text = string(node);
    try {
      return Duration.parse(text);
    } catch (DateTimeException e) {
      throw node.error("expected an ISO duration such as \"P14D\" or \"PT336H\", found " + node.describe());
    }
  }

  /** A constant of an enum, written as its name; a number for an enum is an error. */
  static <E extends Enum<E>> E constant(JsonTree node, Class<E> type, String what) {
    E[] constants = type.getEnumConstants();
    List<String> names = new ArrayList<>();
    for (E constant : constants) {
      names.add(constant.name());
    }
    if (node.type != JsonTree.Type.STRING) {
      throw node.error("expected " + what + " (one of " + String.join(", ", names) + "), found " + node.describe());
    }
    for (E constant : constants) {
      if (constant.name().equals(node.text)) {
        return constant;
      }
    }
    throw node.error("unknown " + what + " \"" + node.text + "\"" + suggestion(node.text, names) + "; expected one of "
        + String.join(", ", names));
  }

  static List<String> strings(JsonTree node) {
    expect(node, JsonTree.Type.ARRAY);
    List<String> strings = new ArrayList<>(node.elements.size());
    for (JsonTree element : node.elements) {
      strings.add(string(element));
    }
    return strings;
  }

  static String suggestion(String name, Iterable<String> candidates) {
    return dev.leadspec.internal.Suggestions.suggestion(name, candidates);
  }
}
