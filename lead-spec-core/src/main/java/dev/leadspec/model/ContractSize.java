package dev.leadspec.model;

import java.util.List;

/**
 * An upper bound of the size of a contract's canonical document, written indented as
 * {@code LeadSpecJson.writeContract} writes it, and of its tokens as a JSON reader counts them:
 * so that a contract whose document the readers would refuse (over {@link Limits#MAX_DOCUMENT_BYTES}
 * or {@link Limits#MAX_TOKEN_COUNT}) is refused when it is built. Each member is counted with
 * its line end, its indent and room for the longest property name of the format; each string
 * with its quotes and escapes in UTF-8.
 */
final class ContractSize {
  /** The longest property name of the contract format ({@code "admitsLaterEvidence": }) and a comma. */
  private static final int NAME = 24;
  /** A number, a boolean, an enum constant or a date: a bound of its width. */
  private static final int WORD = 32;

  private long bytes;
  private long tokens;
  private int depth;
  /** Per depth, whether the container open there is an array, whose elements have no names. */
  private final boolean[] arrays = new boolean[Limits.MAX_CONDITION_DEPTH * 2 + 16];

  static ContractSize of(Contract contract) {
    ContractSize size = new ContractSize();
    size.contract(contract);
    return size;
  }

  long bytes() {
    return bytes;
  }

  long tokens() {
    return tokens;
  }

  private void contract(Contract contract) {
    open();
    word("format");
    text(contract.id());
    word("version");
    text(contract.title());
    text(contract.language());
    word("effectiveFrom");
    text(contract.zone().getId());
    open(true);
    for (Field field : contract.fields()) {
      open();
      text(field.name());
      word("kind");
      text(field.label());
      field.unit().ifPresent(this::text);
      if (!field.codes().isEmpty()) {
        texts(field.codes());
      }
      field.question().ifPresent(this::text);
      close();
    }
    close();
    open(true);
    for (Criterion criterion : contract.criteria()) {
      open();
      text(criterion.id());
      text(criterion.title());
      word("role");
      word("unknownAs");
      word("admitsLaterEvidence");
      condition(criterion.condition());
      close();
    }
    close();
    open(true);
    for (Table table : contract.tables()) {
      open();
      text(table.id());
      text(table.title());
      word("hitPolicy");
      word("complete");
      open(true);
      for (Row row : table.rows()) {
        open();
        text(row.id());
        condition(row.condition());
        output(row.output());
        close();
      }
      close();
      close();
    }
    close();
    open();
    contract.terms().price().ifPresent(this::output);
    contract.terms().priceTable().ifPresent(this::text);
    contract.terms().challengeWindow().ifPresent(window -> word("window"));
    close();
    close();
  }

  private void output(Output output) {
    open();
    if (output instanceof Money money) {
      word("amount");
      word("currency");
    } else {
      text(((Output.Code) output).code());
    }
    close();
  }

  private void condition(Condition condition) {
    open();
    word("kind");
    if (condition instanceof Condition.Compare compare) {
      text(compare.field());
      word("operator");
      value(compare.value());
    } else if (condition instanceof Condition.Between between) {
      text(between.field());
      value(between.low());
      value(between.high());
      word("lowInclusive");
      word("highInclusive");
    } else if (condition instanceof Condition.In in) {
      text(in.field());
      texts(in.codes());
      word("negated");
    } else if (condition instanceof Condition.Contains contains) {
      text(contains.field());
      texts(contains.codes());
      word("all");
    } else if (condition instanceof Condition.Known known) {
      text(known.field());
      word("known");
    } else if (condition instanceof Condition.Not not) {
      condition(not.part());
    } else if (condition instanceof Condition.AtLeast atLeast) {
      word("count");
      parts(atLeast.parts());
    } else if (condition instanceof Condition.All all) {
      parts(all.parts());
    } else {
      parts(((Condition.Any) condition).parts());
    }
    close();
  }

  private void parts(List<Condition> parts) {
    open(true);
    for (Condition part : parts) {
      condition(part);
    }
    close();
  }

  private void value(Value value) {
    if (value instanceof Value.TextValue text) {
      text(text.text());
    } else if (value instanceof Value.CodesValue codes) {
      texts(codes.codes());
    } else if (value instanceof Value.DecimalValue) {
      member(Limits.MAX_DECIMAL_DIGITS + 4);
    } else {
      word("value");
    }
  }

  private void texts(List<String> texts) {
    open(true);
    for (String text : texts) {
      text(text);
    }
    close();
  }

  private void open() {
    open(false);
  }

  private void open(boolean array) {
    member(1);
    depth++;
    arrays[depth] = array;
  }

  private void close() {
    depth--;
    tokens++;
    bytes += 1 + 2L * depth + 1;
  }

  @SuppressWarnings("unused")
  private void word(String what) {
    member(WORD);
  }

  private void text(String text) {
    member(utf8Escaped(text) + 2);
  }

  /** A member (its name and value, two tokens) or an array's element (one), with its line and indent. */
  private void member(long valueBytes) {
    tokens += arrays[depth] ? 1 : 2;
    bytes += 1 + 2L * depth + NAME + valueBytes;
  }

  /** The bytes of a string's content written as JSON in UTF-8, escapes included, at most. */
  static long utf8Escaped(String text) {
    long bytes = 0;
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c < 0x20) {
        bytes += 6;
      } else if (c == '"' || c == '\\') {
        bytes += 2;
      } else if (c < 0x80) {
        bytes += 1;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isSurrogate(c)) {
        bytes += 6;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }
}
