package dev.leadspec.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import org.jspecify.annotations.Nullable;

/**
 * Parses one JSON document into {@link JsonTree}s under {@link JsonLimits}: duplicate keys and
 * trailing tokens are errors, every error carries its path, line and column.
 */
final class TreeParser {
  private final JsonFactory factory;
  private final long maxDocumentBytes;
  private final int maxNumberLength;

  TreeParser(JsonLimits limits) {
    this.maxDocumentBytes = limits.maxDocumentBytes();
    this.maxNumberLength = limits.maxNumberLength();
    this.factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(limits.maxNestingDepth())
            .maxStringLength(limits.maxStringLength())
            .maxNumberLength(limits.maxNumberLength())
            .maxNameLength(limits.maxNameLength())
            .maxDocumentLength(limits.maxDocumentBytes())
            .maxTokenCount(limits.maxTokenCount())
            .build())
        .build();
  }

  long maxDocumentBytes() {
    return maxDocumentBytes;
  }

  int maxNumberLength() {
    return maxNumberLength;
  }

  /** The factory, with the limits as Jackson's stream read constraints, for readers of the token stream. */
  JsonFactory factory() {
    return factory;
  }

  JsonTree parse(byte[] json) {
    if (json.length > maxDocumentBytes) {
      throw new JsonFormatException("$", 1, 1, "document size limit exceeded: the document is "
          + json.length + " bytes, more than the maximum allowed (" + maxDocumentBytes + ")", "document size");
    }
    String[] path = {"$"};
    JsonParser parser = factory.createParser(ObjectReadContext.empty(), json);
    try {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new JsonFormatException("$", 1, 1, "the document is empty", null);
      }
      JsonTree root = value(parser, first, "$", path);
      path[0] = "$";
      JsonToken trailing = parser.nextToken();
      if (trailing != null) {
        TokenStreamLocation at = parser.currentTokenLocation();
        throw new JsonFormatException("$", at.getLineNr(), at.getColumnNr(),
            "trailing tokens after the document: " + trailing.asString(), null);
      }
      return root;
    } catch (StreamConstraintsException e) {
      TokenStreamLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
      String limit = limitName(e.getOriginalMessage());
      throw new JsonFormatException(path[0], at.getLineNr(), at.getColumnNr(),
          (limit == null ? "" : limit + " limit exceeded: ") + lowerFirst(e.getOriginalMessage()), limit);
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
      throw new JsonFormatException(path[0], at.getLineNr(), at.getColumnNr(),
          "malformed JSON: " + lowerFirst(e.getOriginalMessage()), null);
    } finally {
      parser.close();
    }
  }

  private JsonTree value(JsonParser parser, JsonToken token, String here, String[] path) {
    path[0] = here;
    TokenStreamLocation at = parser.currentTokenLocation();
    int line = at.getLineNr();
    int column = at.getColumnNr();
    switch (token) {
      case START_OBJECT: {
        LinkedHashMap<String, JsonTree> members = new LinkedHashMap<>();
        while (true) {
          // a problem between members is the object's, not the previous member's
          path[0] = here;
          if (parser.nextToken() == JsonToken.END_OBJECT) {
            break;
          }
          String name = parser.currentName();
          String memberPath = JsonTree.member(here, name);
          path[0] = memberPath;
          if (members.containsKey(name)) {
            TokenStreamLocation nameAt = parser.currentTokenLocation();
            throw new JsonFormatException(memberPath, nameAt.getLineNr(), nameAt.getColumnNr(),
                "duplicate property \"" + name + "\"", null);
          }
          members.put(name, value(parser, parser.nextToken(), memberPath, path));
        }
        return JsonTree.object(here, line, column, members);
      }
      case START_ARRAY: {
        List<JsonTree> elements = new ArrayList<>();
        while (true) {
          // a malformed element is that element's, not the previous one's
          String element = here + "[" + elements.size() + "]";
          path[0] = element;
          JsonToken next = parser.nextToken();
          if (next == JsonToken.END_ARRAY) {
            break;
          }
          elements.add(value(parser, next, element, path));
        }
        return JsonTree.array(here, line, column, elements);
      }
      case VALUE_STRING:
        return JsonTree.scalar(JsonTree.Type.STRING, here, line, column, parser.getString());
      case VALUE_NUMBER_INT:
        return JsonTree.scalar(JsonTree.Type.INTEGER, here, line, column, number(parser.getString(), here, line, column));
      case VALUE_NUMBER_FLOAT:
        return JsonTree.scalar(JsonTree.Type.DECIMAL, here, line, column, number(parser.getString(), here, line, column));
      case VALUE_TRUE:
        return JsonTree.scalar(JsonTree.Type.BOOLEAN, here, line, column, "true");
      case VALUE_FALSE:
        return JsonTree.scalar(JsonTree.Type.BOOLEAN, here, line, column, "false");
      case VALUE_NULL:
        return JsonTree.scalar(JsonTree.Type.NULL, here, line, column, "null");
      default:
        throw new JsonFormatException(here, line, column, "unexpected token " + token, null);
    }
  }

  /** Jackson checks a number's length only when its value is asked for; the text is checked here, as read. */
  private String number(String text, String here, int line, int column) {
    if (text.length() > maxNumberLength) {
      throw new JsonFormatException(here, line, column, "number length limit exceeded: number value length ("
          + text.length() + ") exceeds the maximum allowed (" + maxNumberLength + ")", "number length");
    }
    return text;
  }

  private static @Nullable String limitName(@Nullable String message) {
    if (message == null) {
      return null;
    }
    if (message.contains("getMaxNestingDepth")) {
      return "nesting depth";
    }
    if (message.contains("getMaxDocumentLength")) {
      return "document size";
    }
    if (message.contains("getMaxTokenCount")) {
      return "token count";
    }
    if (message.contains("getMaxNumberLength")) {
      return "number length";
    }
    if (message.contains("getMaxStringLength")) {
      return "string length";
    }
    if (message.contains("getMaxNameLength")) {
      return "property name length";
    }
    return null;
  }

  private static String lowerFirst(@Nullable String message) {
    if (message == null || message.isEmpty()) {
      return "unreadable input";
    }
    int source = message.indexOf(" (start marker at [Source:");
    String text = (source < 0 ? message : message.substring(0, source)).replaceAll(", from `[^`]*`", "");
    return Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }
}
