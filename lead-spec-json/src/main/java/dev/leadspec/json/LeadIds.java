package dev.leadspec.json;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The lead id a JSONL line states, for the error record of a line that is not a lead: read
 * leniently, token by token under the reader's limits, up to the line's end or its first error.
 * Given only when it is unambiguous: the line is an object whose top level has one {@code "id"}, a
 * non-blank string, and no {@code "format"} other than a lead's; and, when the line is not
 * well-formed JSON (so that what follows the error cannot be told apart), the bytes
 * {@code "id"} followed by a colon occur once on the whole line. Never a guess.
 */
final class LeadIds {
  private LeadIds() {}

  /** The id the line states, or null when it states none unambiguously. */
  static @Nullable String of(JsonFactory factory, byte[] bytes, int offset, int length) {
    String id = null;
    int ids = 0;
    boolean complete = false;
    try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), bytes, offset, length)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      while (true) {
        JsonToken token = parser.nextToken();
        if (token == JsonToken.END_OBJECT) {
          complete = parser.nextToken() == null;
          break;
        }
        if (token != JsonToken.PROPERTY_NAME) {
          return null;
        }
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if (name.equals("id")) {
          ids++;
          id = value == JsonToken.VALUE_STRING ? parser.getString() : null;
        } else if (name.equals("format")) {
          if (value != JsonToken.VALUE_STRING || !parser.getString().equals(LeadJson.FORMAT)) {
            return null;
          }
        } else {
          parser.skipChildren();
        }
      }
    } catch (JacksonException e) {
      // the line is not well-formed (or over a limit) from here on: what was read stands
      complete = false;
    }
    if (ids != 1 || id == null || id.isBlank()) {
      return null;
    }
    return complete || idNames(bytes, offset, length) == 1 ? id : null;
  }

  /** How many times {@code "id"}, white space, then a colon, occur on the line. */
  private static int idNames(byte[] bytes, int offset, int length) {
    int count = 0;
    int end = offset + length;
    for (int i = offset; i + 4 <= end; i++) {
      if (bytes[i] == '"' && bytes[i + 1] == 'i' && bytes[i + 2] == 'd' && bytes[i + 3] == '"') {
        int j = i + 4;
        while (j < end && (bytes[j] == ' ' || bytes[j] == '\t' || bytes[j] == '\r')) {
          j++;
        }
        if (j < end && bytes[j] == ':') {
          count++;
        }
      }
    }
    return count;
  }
}
