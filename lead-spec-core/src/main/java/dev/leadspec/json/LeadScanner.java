package dev.leadspec.json;

import dev.leadspec.model.Answer;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Field;
import dev.leadspec.model.FieldKind;
import dev.leadspec.model.Lead;
import dev.leadspec.model.Value;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The quick way through a lead line of one contract: a scanner of the plain JSON that lead lines
 * are nearly always written in (ASCII strings without escapes, integers, booleans, arrays of
 * codes, the four lead properties once each), straight into the lead builder. What it accepts,
 * it checks as strictly as Jackson does; on anything else (an escape, a byte outside printable
 * ASCII, a decimal or exponent, a null, evidence, an unknown or repeated property, a string, name
 * or number near its limit) it gives up and the line goes to the Jackson readers behind it
 * ({@link LeadParser}), which give the same lead, or the error with its path, as they always
 * have. Not thread-safe: one per stream.
 */
final class LeadScanner {
  private static final byte[] FORMAT = LeadJson.FORMAT.getBytes(StandardCharsets.US_ASCII);
  private static final byte[] FORMAT_NAME = bytes("format");
  private static final byte[] ID_NAME = bytes("id");
  private static final byte[] DELIVERED_AT_NAME = bytes("deliveredAt");
  private static final byte[] FACTS_NAME = bytes("facts");
  private static final byte[] YES = bytes("YES");
  private static final byte[] NO = bytes("NO");
  private static final byte[] TRUE = bytes("true");
  private static final byte[] FALSE = bytes("false");
  /** The deepest the accepted JSON nests: the lead, its facts, an array of codes. */
  private static final int DEPTH = 3;
  /** The most digits of an integer accepted, well inside a long. */
  private static final int DIGITS = 18;

  /** Thrown, without a stack, to leave a line to the readers behind: not an error. */
  private static final class GiveUp extends RuntimeException {
    private static final long serialVersionUID = 1L;

    GiveUp() {
      super(null, null, false, false);
    }
  }

  private static final GiveUp GIVE_UP = new GiveUp();
  /** The bytes a scanned string may hold as they are: printable ASCII but the quote and backslash (and DEL, which JSON allows). */
  private static final boolean[] PLAIN = new boolean[256];

  static {
    for (int b = 0x20; b < 0x80; b++) {
      PLAIN[b] = b != '"' && b != '\\';
    }
  }

  private final boolean enabled;
  private final int maxString;
  private final int maxName;
  private final int maxNumber;
  private final long maxTokens;
  private final long maxDocument;
  private final Field[] fields;
  private final FieldKind[] kinds;
  private final byte[][] names;
  /** Whether a name's bytes are all plain, so that it may be matched in place by {@link #quoted}. */
  private final boolean[] plainNames;
  /** Per choice field, its plain codes as bytes (null for another) and as shared values; empty for the other kinds. */
  private final byte[] @Nullable [][] codes;
  private final Value[][] codeValues;
  private final boolean[] seen;
  private final List<String> undeclared = new ArrayList<>();
  private byte[] lastInstant = new byte[0];
  private @Nullable Instant instant;

  /** Per position among a line's facts, the field found there last. */
  private final int[] order;
  private int name;
  private int nameLength;
  private byte[] line = new byte[0];
  private int at;
  private int end;
  private long tokens;

  LeadScanner(JsonLimits limits, Contract contract) {
    this.maxString = limits.maxStringLength();
    this.maxName = limits.maxNameLength();
    this.maxNumber = limits.maxNumberLength();
    this.maxTokens = limits.maxTokenCount();
    this.maxDocument = limits.maxDocumentBytes();
    this.fields = contract.fields().toArray(new Field[0]);
    int n = fields.length;
    this.kinds = new FieldKind[n];
    this.names = new byte[n][];
    this.codes = new byte[n][][];
    this.codeValues = new Value[n][];
    this.seen = new boolean[n];
    this.plainNames = new boolean[n];
    this.order = new int[n];
    Arrays.fill(order, -1);
    for (int i = 0; i < n; i++) {
      kinds[i] = fields[i].kind();
      // a name or code beyond ASCII never matches a scanned one: its lines have other bytes and go behind
      names[i] = fields[i].name().getBytes(StandardCharsets.UTF_8);
      plainNames[i] = plain(names[i]);
      List<String> fieldCodes = kinds[i] == FieldKind.CHOICE ? fields[i].codes() : List.of();
      codes[i] = new byte[fieldCodes.size()][];
      codeValues[i] = new Value[fieldCodes.size()];
      for (int c = 0; c < fieldCodes.size(); c++) {
        byte[] code = fieldCodes.get(c).getBytes(StandardCharsets.UTF_8);
        // a code beyond plain ASCII is never matched in place; its lines have other bytes and go behind
        codes[i][c] = plain(code) ? code : null;
        codeValues[i][c] = Value.of(fieldCodes.get(c));
      }
    }
    this.enabled = limits.maxNestingDepth() >= DEPTH;
  }

  private static boolean plain(byte[] bytes) {
    for (byte b : bytes) {
      if (!PLAIN[b & 0xFF]) {
        return false;
      }
    }
    return true;
  }

  private static byte[] bytes(String ascii) {
    return ascii.getBytes(StandardCharsets.US_ASCII);
  }

  /** The lead on the line, or null when the line must go to the readers behind. */
  @Nullable Lead scan(byte[] json) {
    if (!enabled || json.length > maxDocument) {
      return null;
    }
    line = json;
    at = 0;
    end = json.length;
    tokens = 0;
    try {
      return lead();
    } catch (RuntimeException e) {
      // GiveUp, or the builder refusing the lead (a blank id): the readers behind say why
      return null;
    }
  }

  private Lead lead() {
    Lead.Builder builder = Lead.builder();
    boolean format = false;
    boolean facts = false;
    String id = null;
    Instant deliveredAt = null;
    space();
    expect('{');
    token();
    space();
    do {
      space();
      expect('"');
      int property = quoted(FORMAT_NAME, maxName) ? 0 : quoted(ID_NAME, maxName) ? 1
          : quoted(DELIVERED_AT_NAME, maxName) ? 2 : quoted(FACTS_NAME, maxName) ? 3 : -1;
      token();
      space();
      expect(':');
      space();
      if (property == 0 && !format) {
        expect('"');
        if (!quoted(FORMAT, maxString)) {
          throw GIVE_UP;
        }
        format = true;
      } else if (property == 1 && id == null) {
        id = string();
      } else if (property == 2 && deliveredAt == null) {
        deliveredAt = deliveredAt();
      } else if (property == 3 && !facts) {
        facts(builder);
        facts = true;
      } else {
        // evidence, an unknown property, or one repeated
        throw GIVE_UP;
      }
      token();
      space();
    } while (next(','));
    expect('}');
    token();
    space();
    if (at != end || !format || !facts || id == null || deliveredAt == null) {
      throw GIVE_UP;
    }
    return builder.id(id).deliveredAt(deliveredAt).build();
  }

  private void facts(Lead.Builder builder) {
    expect('{');
    Arrays.fill(seen, false);
    undeclared.clear();
    space();
    if (next('}')) {
      token();
      return;
    }
    int position = 0;
    int field = -1;
    do {
      space();
      expect('"');
      field = field(position++, field);
      token();
      space();
      expect(':');
      space();
      String key;
      if (field >= 0) {
        if (seen[field]) {
          throw GIVE_UP;
        }
        seen[field] = true;
        key = fields[field].name();
      } else {
        key = new String(line, name, nameLength, StandardCharsets.ISO_8859_1);
        if (undeclared.contains(key)) {
          throw GIVE_UP;
        }
        undeclared.add(key);
      }
      builder.fact(key, value(field));
      token();
      space();
    } while (next(','));
    expect('}');
    token();
  }

  /**
   * Passes over a fact's name, its opening quote passed: the declared field of that name, or -1
   * (with the name's place in {@link #name} and {@link #nameLength}). Tried first: the field found
   * at this position of the previous line, as the lines of a stream keep one order, then the field
   * declared after the previous fact's.
   */
  private int field(int position, int previous) {
    int n = names.length;
    int guess = position < n ? order[position] : -1;
    if (guess >= 0 && plainNames[guess] && quoted(names[guess], maxName)) {
      return guess;
    }
    guess = previous + 1 < n ? previous + 1 : -1;
    if (guess >= 0 && plainNames[guess] && quoted(names[guess], maxName)) {
      return guess;
    }
    name = at;
    nameLength = skipString(maxName);
    for (int i = 0; i < n; i++) {
      if (same(name, nameLength, names[i])) {
        if (position < n) {
          order[position] = i;
        }
        return i;
      }
    }
    return -1;
  }

  /**
   * Passes over a string whose bytes are {@code plain} (printable ASCII, no quote or backslash),
   * its opening quote passed, and its closing quote; false, passing nothing, when it is another.
   */
  private boolean quoted(byte[] plain, int max) {
    int length = plain.length;
    if (length >= max || end - at <= length || line[at + length] != '"' || !same(at, length, plain)) {
      return false;
    }
    at += length + 1;
    return true;
  }

  /** A fact as {@link LeadJson#fact} types it for the field at {@code field} (-1: undeclared). */
  private Value value(int field) {
    FieldKind kind = field >= 0 ? kinds[field] : null;
    byte b = peek();
    if (b == '"') {
      at++;
      if (kind == FieldKind.CHOICE) {
        byte[][] fieldCodes = codes[field];
        for (int c = 0; c < fieldCodes.length; c++) {
          if (fieldCodes[c] != null && quoted(fieldCodes[c], maxString)) {
            return codeValues[field][c];
          }
        }
      } else if (kind == FieldKind.ANSWER) {
        if (quoted(YES, maxString)) {
          return Value.of(Answer.YES);
        }
        if (quoted(NO, maxString)) {
          return Value.of(Answer.NO);
        }
      }
      int start = at;
      int length = skipString(maxString);
      Value typed = LeadParser.typed(kind, new String(line, start, length, StandardCharsets.ISO_8859_1));
      if (typed == null) {
        throw GIVE_UP;
      }
      return typed;
    }
    if (b == '-' || b >= '0' && b <= '9') {
      return Value.of(integer());
    }
    if (b == 't' && literal(TRUE)) {
      return Value.of(true);
    }
    if (b == 'f' && literal(FALSE)) {
      return Value.of(false);
    }
    if (b == '[') {
      return Value.codes(codes());
    }
    throw GIVE_UP;
  }

  private List<String> codes() {
    at++;
    token();
    List<String> list = new ArrayList<>(4);
    space();
    if (!next(']')) {
      do {
        space();
        list.add(string());
        token();
        space();
      } while (next(','));
      expect(']');
    }
    token();
    return list;
  }

  /** An integer of at most {@link #DIGITS} digits, with no leading zero, fraction or exponent. */
  private long integer() {
    int start = at;
    boolean negative = line[at] == '-';
    if (negative) {
      at++;
    }
    int digits = at;
    long value = 0;
    while (at < end && line[at] >= '0' && line[at] <= '9') {
      value = value * 10 + (line[at] - '0');
      at++;
    }
    int count = at - digits;
    if (count == 0 || count > DIGITS || count > 1 && line[digits] == '0' || at - start >= maxNumber) {
      throw GIVE_UP;
    }
    if (at < end) {
      byte b = line[at];
      if (b != ',' && b != '}' && b != ']' && b != ' ' && b != '\t' && b != '\r') {
        throw GIVE_UP;
      }
    }
    return negative ? -value : value;
  }

  private boolean literal(byte[] word) {
    if (!same(at, Math.min(word.length, end - at), word)) {
      return false;
    }
    at += word.length;
    if (at < end) {
      byte b = line[at];
      if (b != ',' && b != '}' && b != ']' && b != ' ' && b != '\t' && b != '\r') {
        throw GIVE_UP;
      }
    }
    return true;
  }

  private Instant deliveredAt() {
    expect('"');
    if (instant != null && quoted(lastInstant, maxString)) {
      return instant;
    }
    int start = at;
    int length = skipString(maxString);
    try {
      Instant parsed = Instant.parse(new String(line, start, length, StandardCharsets.ISO_8859_1));
      lastInstant = Arrays.copyOfRange(line, start, start + length);
      instant = parsed;
      return parsed;
    } catch (DateTimeException e) {
      throw GIVE_UP;
    }
  }

  /** A string value, its opening quote next. */
  private String string() {
    expect('"');
    int start = at;
    int length = skipString(maxString);
    return new String(line, start, length, StandardCharsets.ISO_8859_1);
  }

  /**
   * Passes over a string's printable ASCII up to and past its closing quote, its opening quote
   * already passed; gives up on an escape, any other byte, or a length near {@code max}.
   *
   * @return the string's length
   */
  private int skipString(int max) {
    int start = at;
    byte[] bytes = line;
    int i = at;
    while (i < end && PLAIN[bytes[i] & 0xFF]) {
      i++;
    }
    int length = i - start;
    // anything but the closing quote (an escape, a control byte, a byte of a multi-byte character, the end) gives up
    if (i == end || bytes[i] != '"' || length >= max) {
      throw GIVE_UP;
    }
    at = i + 1;
    return length;
  }

  private boolean same(int start, int length, byte[] expected) {
    if (length != expected.length) {
      return false;
    }
    byte[] bytes = line;
    for (int i = 0; i < length; i++) {
      if (bytes[start + i] != expected[i]) {
        return false;
      }
    }
    return true;
  }

  /** Counts a token, over-counting rather than under: a line near the token limit goes behind. */
  private void token() {
    if (++tokens >= maxTokens) {
      throw GIVE_UP;
    }
  }

  private void space() {
    while (at < end) {
      byte b = line[at];
      if (b != ' ' && b != '\t' && b != '\r') {
        return;
      }
      at++;
    }
  }

  private byte peek() {
    if (at >= end) {
      throw GIVE_UP;
    }
    return line[at];
  }

  private void expect(char c) {
    if (at >= end || line[at] != c) {
      throw GIVE_UP;
    }
    at++;
  }

  private boolean next(char c) {
    if (at < end && line[at] == c) {
      at++;
      return true;
    }
    return false;
  }
}
