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
    Names names = new Names();
    names.feed(bytes, offset, offset + length);
    return of(factory, bytes, offset, length, names.count);
  }

  /**
   * The id stated by a line of which only the first {@code length} bytes are at hand (a line over
   * the record size), given how many times {@code "id"} and a colon occur on the whole line.
   */
  static @Nullable String of(JsonFactory factory, byte[] bytes, int offset, int length, int idNames) {
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
    return complete || idNames == 1 ? id : null;
  }

  /**
   * Counts the occurrences of {@code "id"}, white space, then a colon, in bytes fed in order, piece
   * by piece: an occurrence split between two pieces counts.
   */
  static final class Names {
    private int state;
    int count;

    void feed(byte[] bytes, int from, int to) {
      for (int i = from; i < to; i++) {
        byte b = bytes[i];
        switch (state) {
          case 4:
            if (b == ':') {
              count++;
              state = 0;
            } else if (b != ' ' && b != '\t' && b != '\r') {
              state = b == '"' ? 1 : 0;
            }
            break;
          case 3:
            state = b == '"' ? 4 : 0;
            break;
          case 2:
            state = b == 'd' ? 3 : b == '"' ? 1 : 0;
            break;
          case 1:
            state = b == 'i' ? 2 : b == '"' ? 1 : 0;
            break;
          default:
            state = b == '"' ? 1 : 0;
        }
      }
    }
  }
}
