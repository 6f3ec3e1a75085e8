package dev.leadspec.json;

import dev.leadspec.model.Answer;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Field;
import dev.leadspec.model.FieldKind;
import dev.leadspec.model.Lead;
import dev.leadspec.model.Value;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
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
 * or number near its limit) it gives up and the line goes to the strict tree reader behind it
 * ({@link LeadParser}), which gives the same lead, or the error with its path. Not thread-safe: one per stream.
 */
final class LeadScanner {
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final Quoted FORMAT = new Quoted(bytes(LeadJson.FORMAT));
  private static final Quoted FORMAT_NAME = new Quoted(bytes("format"));
  private static final Quoted ID_NAME = new Quoted(bytes("id"));
  private static final Quoted DELIVERED_AT_NAME = new Quoted(bytes("deliveredAt"));
  private static final Quoted FACTS_NAME = new Quoted(bytes("facts"));
  private static final Quoted YES = new Quoted(bytes("YES"));
  private static final Quoted NO = new Quoted(bytes("NO"));
  private static final byte[] TRUE = bytes("true");
  private static final byte[] FALSE = bytes("false");
  /** Integer facts below this are shared values. */
  private static final int SMALL = 10_000;
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

  /**
   * A string of plain bytes (see {@link #PLAIN}) with its closing quote, matched in place eight
   * bytes at a time.
   */
  private static final class Quoted {
    /** The string's length, without the quote. */
    final int length;
    final byte[] bytes;
    /** The bytes and the quote as little-endian words, the last one masked. */
    private final long[] words;
    private final long mask;

    Quoted(byte[] content) {
      this.length = content.length;
      this.bytes = content;
      byte[] quoted = Arrays.copyOf(content, content.length + 1);
      quoted[content.length] = '"';
      int n = quoted.length;
      this.words = new long[(n + 7) / 8];
      for (int i = 0; i < n; i++) {
        words[i / 8] |= (quoted[i] & 0xFFL) << (8 * (i % 8));
      }
      this.mask = n % 8 == 0 ? -1L : (1L << (8 * (n % 8))) - 1;
    }

    /** Whether the string and its quote are at {@code at}, before {@code end}. */
    boolean at(byte[] line, int at, int end) {
      if (end - at <= length) {
        return false;
      }
      int last = words.length - 1;
      if (line.length - at >= 8 * words.length) {
        for (int w = 0; w < last; w++) {
          if ((long) LONGS.get(line, at + 8 * w) != words[w]) {
            return false;
          }
        }
        return ((long) LONGS.get(line, at + 8 * last) & mask) == words[last];
      }
      for (int i = 0; i < length; i++) {
        if (line[at + i] != bytes[i]) {
          return false;
        }
      }
      return line[at + length] == '"';
    }
  }
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
  /** Each name whose bytes are all plain, to be matched in place by {@link #quoted}; null for another. */
  private final @Nullable Quoted[] quotedNames;
  /** Per choice field, its plain codes (null for another) and their values, shared; empty for the other kinds. */
  private final @Nullable Quoted[][] codes;
  /** Per choice field and first byte of a plain code, the indexes of the codes that start so. */
  private final int[][][] codesByFirst;
  private final Value[][] codeValues;
  private final boolean[] seen;
  private final @Nullable Value[] small = new Value[SMALL];
  private final List<String> undeclared = new ArrayList<>();
  private @Nullable Quoted lastInstant;
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
    this.codes = new Quoted[n][];
    this.codesByFirst = new int[n][][];
    this.codeValues = new Value[n][];
    this.seen = new boolean[n];
    this.quotedNames = new Quoted[n];
    this.order = new int[n];
    Arrays.fill(order, -1);
    for (int i = 0; i < n; i++) {
      kinds[i] = fields[i].kind();
      // a name or code beyond ASCII never matches a scanned one: its lines have other bytes and go behind
      names[i] = fields[i].name().getBytes(StandardCharsets.UTF_8);
      quotedNames[i] = plain(names[i]) ? new Quoted(names[i]) : null;
      List<String> fieldCodes = kinds[i] == FieldKind.CHOICE ? fields[i].codes() : List.of();
      codes[i] = new Quoted[fieldCodes.size()];
      codeValues[i] = new Value[fieldCodes.size()];
      for (int c = 0; c < fieldCodes.size(); c++) {
        byte[] code = fieldCodes.get(c).getBytes(StandardCharsets.UTF_8);
        // a code beyond plain ASCII is never matched in place; its lines have other bytes and go behind
        codes[i][c] = plain(code) ? new Quoted(code) : null;
        codeValues[i][c] = Value.of(fieldCodes.get(c));
      }
      codesByFirst[i] = byFirstByte(codes[i]);
    }
    this.enabled = limits.maxNestingDepth() >= DEPTH;
  }

  private static int[][] byFirstByte(@Nullable Quoted[] codes) {
    int[][] byFirst = new int[128][];
    for (int c = 0; c < codes.length; c++) {
      if (codes[c] != null) {
        int first = codes[c].bytes[0];
        int[] before = byFirst[first] == null ? new int[0] : byFirst[first];
        byFirst[first] = Arrays.copyOf(before, before.length + 1);
        byFirst[first][before.length] = c;
      }
    }
    return byFirst;
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
    return scan(json, 0, json.length);
  }

  /** The lead on a line of {@code length} bytes from {@code offset}, or null when it must go to the readers behind. */
  @Nullable Lead scan(byte[] bytes, int offset, int length) {
    if (!enabled || length > maxDocument) {
      return null;
    }
    line = bytes;
    at = offset;
    end = offset + length;
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
      int property = property();
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

  /** Passes over a lead property's name, its opening quote passed: 0 format, 1 id, 2 deliveredAt, 3 facts, or -1. */
  private int property() {
    byte first = at < end ? line[at] : 0;
    if (first == 'f') {
      return quoted(FORMAT_NAME, maxName) ? 0 : quoted(FACTS_NAME, maxName) ? 3 : -1;
    }
    if (first == 'i') {
      return quoted(ID_NAME, maxName) ? 1 : -1;
    }
    return first == 'd' && quoted(DELIVERED_AT_NAME, maxName) ? 2 : -1;
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
    if (guess >= 0 && quoted(quotedNames[guess], maxName)) {
      return guess;
    }
    guess = previous + 1 < n ? previous + 1 : -1;
    if (guess >= 0 && quoted(quotedNames[guess], maxName)) {
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
   * Passes over a string of plain bytes, its opening quote passed, and its closing quote; false,
   * passing nothing, when it is another (or none is given).
   */
  private boolean quoted(@Nullable Quoted plain, int max) {
    if (plain == null || plain.length >= max || !plain.at(line, at, end)) {
      return false;
    }
    at += plain.length + 1;
    return true;
  }

  /** A fact as {@link LeadJson#fact} types it for the field at {@code field} (-1: undeclared). */
  private Value value(int field) {
    FieldKind kind = field >= 0 ? kinds[field] : null;
    byte b = peek();
    if (b == '"') {
      at++;
      if (kind == FieldKind.CHOICE) {
        int[] candidates = at < end && line[at] >= 0 ? codesByFirst[field][line[at]] : null;
        if (candidates != null) {
          for (int c : candidates) {
            if (quoted(codes[field][c], maxString)) {
              return codeValues[field][c];
            }
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
      Value typed = LeadJson.typed(kind, new String(line, start, length, StandardCharsets.ISO_8859_1));
      if (typed == null) {
        throw GIVE_UP;
      }
      return typed;
    }
    if (b == '-' || b >= '0' && b <= '9') {
      return integerValue(integer());
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

  /** The value of an integer fact; those from 0 to {@link #SMALL} are made once and shared, as values are immutable. */
  private Value integerValue(long number) {
    if (number < 0 || number >= SMALL) {
      return Value.of(number);
    }
    Value value = small[(int) number];
    if (value == null) {
      value = Value.of(number);
      small[(int) number] = value;
    }
    return value;
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
    if (quoted(lastInstant, maxString)) {
      return instant;
    }
    int start = at;
    int length = skipString(maxString);
    try {
      Instant parsed = Instant.parse(new String(line, start, length, StandardCharsets.ISO_8859_1));
      lastInstant = new Quoted(Arrays.copyOfRange(line, start, start + length));
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
