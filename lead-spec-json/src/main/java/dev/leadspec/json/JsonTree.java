package dev.leadspec.json;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed JSON value and its subtree (members, elements), with its path and the line and column
 * of its first token, so that every reading error names where it is. {@link TreeParser} builds
 * it, {@link TreeValues} reads it.
 */
final class JsonTree {
  enum Type {
    OBJECT("an object"),
    ARRAY("an array"),
    STRING("a string"),
    INTEGER("an integer"),
    DECIMAL("a decimal number"),
    BOOLEAN("a boolean"),
    NULL("null");

    final String words;

    Type(String words) {
      this.words = words;
    }
  }

  final Type type;
  final String path;
  final int line;
  final int column;
  /** The text of a string or number; "true"/"false" for a boolean. */
  final String text;
  /** Members of an object, in document order, with the location of each name. */
  final Map<String, JsonTree> members;
  final List<JsonTree> elements;

  JsonTree(Type type, String path, int line, int column, String text, Map<String, JsonTree> members, List<JsonTree> elements) {
    this.type = type;
    this.path = path;
    this.line = line;
    this.column = column;
    this.text = text;
    this.members = members;
    this.elements = elements;
  }

  static JsonTree scalar(Type type, String path, int line, int column, String text) {
    return new JsonTree(type, path, line, column, text, Map.of(), List.of());
  }

  static JsonTree object(String path, int line, int column, LinkedHashMap<String, JsonTree> members) {
    return new JsonTree(Type.OBJECT, path, line, column, "", members, List.of());
  }

  static JsonTree array(String path, int line, int column, List<JsonTree> elements) {
    return new JsonTree(Type.ARRAY, path, line, column, "", Map.of(), elements);
  }

  /** What the value is, in words, for messages: {@code the decimal number 1.5}. */
  String describe() {
    switch (type) {
      case STRING:
        // a long string is named by its start and end, so that a message stays short
        return text.length() <= 200 ? "the string \"" + text + "\""
            : "the string \"" + text.substring(0, 160) + "...\" (" + text.length() + " characters)";
      case INTEGER:
      case DECIMAL:
        return "the " + (type == Type.INTEGER ? "integer " : "decimal number ") + text;
      case BOOLEAN:
        return text;
      case NULL:
        return "null";
      default:
        return type.words;
    }
  }

  JsonFormatException error(String problem) {
    return new JsonFormatException(path, line, column, problem, null);
  }

  JsonFormatException limitError(String problem, String limit) {
    return new JsonFormatException(path, line, column, problem, limit);
  }

  static String member(String path, String name) {
    boolean simple = !name.isEmpty();
    for (int i = 0; i < name.length() && simple; i++) {
      char c = name.charAt(i);
      simple = c == '_' || c == '-' && i > 0 || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' && i > 0;
    }
    return simple ? path + "." + name : path + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
  }
}
