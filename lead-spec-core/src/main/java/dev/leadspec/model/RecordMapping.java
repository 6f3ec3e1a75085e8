package dev.leadspec.model;

import dev.leadspec.internal.Suggestions;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A {@link LeadMapping} checked against a contract and one file's header: turns each record's
 * cells into a lead. Immutable and safe to share between threads.
 *
 * <pre>{@code
 * RecordMapping records = mapping.against(contract, List.of("id", "delivered_at", "employees"));
 * Lead lead = records.lead(2, List.of("L-1", "2026-03-02T10:00:00Z", "120"));
 * }</pre>
 */
public final class RecordMapping {
  private final List<String> header;
  private final int id;
  private final int delivered;
  private final String deliveredName;
  private final @Nullable Instant deliveredAt;
  private final ZoneId zone;
  /** Per header position: how its cell becomes a fact, or null for the id and delivery columns. */
  private final @Nullable Column[] columns;
  /** The facts the columns give, in header order: every lead of the file is built with it. */
  private final LeadLayout layout;

  private RecordMapping(List<String> header, int id, int delivered, String deliveredName, @Nullable Instant deliveredAt,
      ZoneId zone, @Nullable Column[] columns) {
    this.header = header;
    this.id = id;
    this.delivered = delivered;
    this.deliveredName = deliveredName;
    this.deliveredAt = deliveredAt;
    this.zone = zone;
    this.columns = columns;
    Set<String> facts = new LinkedHashSet<>();
    for (Column column : columns) {
      if (column != null) {
        facts.add(column.fact);
      }
    }
    this.layout = LeadLayout.of(List.copyOf(facts));
  }

  static RecordMapping of(LeadMapping mapping, Contract contract, List<String> header) {
    List<String> problems = new ArrayList<>(mapping.problems(contract));
    String columnsInWords = "the header's columns: " + header;
    Set<String> unique = new HashSet<>();
    for (String name : header) {
      if (!unique.add(name)) {
        problems.add("column \"" + name + "\" appears twice in the header");
      }
    }
    if (header.size() == 1 && contract.fields().size() > 1) {
      String only = header.get(0);
      String guess = "";
      for (char separator : new char[] {';', '\t', ',', '|'}) {
        if (separator != mapping.separator() && only.indexOf(separator) >= 0) {
          guess = "; is the separator '" + (separator == '\t' ? "\\t" : String.valueOf(separator)) + "'?";
          break;
        }
      }
      problems.add("the header is one column, \"" + only + "\", split at '" + mapping.separator() + "'" + guess);
    }
    Map<String, ColumnMapping> listed = new HashMap<>();
    for (ColumnMapping column : mapping.columns()) {
      listed.put(column.column(), column);
      if (!header.contains(column.column())) {
        problems.add("column \"" + column.column() + "\" is not in the header" + Suggestions.suggestion(column.column(), header));
      }
    }
    int id = -1;
    if (mapping.idColumn().isPresent()) {
      id = header.indexOf(mapping.idColumn().get());
      if (id < 0) {
        problems.add("id column \"" + mapping.idColumn().get() + "\" is not in the header"
            + Suggestions.suggestion(mapping.idColumn().get(), header));
      }
    } else {
      id = header.indexOf(LeadMapping.DEFAULT_ID_COLUMN);
    }
    String deliveredName = mapping.deliveredAtColumn().orElse(LeadMapping.DEFAULT_DELIVERED_AT_COLUMN);
    int delivered = header.indexOf(deliveredName);
    if (delivered < 0 && mapping.deliveredAt().isEmpty()) {
      problems.add("delivery column \"" + deliveredName + "\" is not in the header" + Suggestions.suggestion(deliveredName, header)
          + (mapping.deliveredAt().isEmpty() ? " and no delivery instant is given for every lead" : ""));
    }
    if (delivered >= 0 && mapping.deliveredAtColumn().isPresent() && mapping.deliveredAt().isPresent()) {
      problems.add("both a delivery column \"" + deliveredName + "\" and a delivery instant " + mapping.deliveredAt().get()
          + " for every lead are given; choose one");
    }
    Column[] columns = new Column[header.size()];
    Set<String> fed = new HashSet<>();
    for (int c = 0; c < header.size(); c++) {
      String name = header.get(c);
      if (c == id || c == delivered || !unique.contains(name)) {
        continue;
      }
      ColumnMapping rule = listed.get(name);
      if (rule == null) {
        if (mapping.columns().stream().anyMatch(other -> other.field().equals(name))) {
          // a column of a field's name that another column feeds: carried, not read as the field
          columns[c] = Column.carried(name, mapping);
          continue;
        }
        rule = ColumnMapping.of(name, name);
      }
      Optional<Field> field = contract.field(rule.field());
      if (field.isEmpty()) {
        columns[c] = Column.carried(name, mapping);
        continue;
      }
      fed.add(field.get().name());
      columns[c] = new Column(rule, field.get(), mapping);
    }
    List<String> unmapped = new ArrayList<>();
    for (Field field : contract.fields()) {
      if (!fed.contains(field.name()) && !mapping.allowUnmapped().contains(field.name())
          && mapping.columns().stream().noneMatch(column -> column.field().equals(field.name()))) {
        unmapped.add(field.name());
      }
    }
    for (String field : unmapped) {
      List<String> free = new ArrayList<>();
      for (String name : header) {
        if (contract.field(name).isEmpty() && !listed.containsKey(name)) {
          free.add(name);
        }
      }
      problems.add("field \"" + field + "\" has no column" + Suggestions.suggestion(field, free)
          + " (map one to it, or allow it to be unmapped)");
    }
    if (!problems.isEmpty()) {
      throw new MappingException(problems, columnsInWords);
    }
    return new RecordMapping(header, id, delivered, deliveredName, mapping.deliveredAt().orElse(null), contract.zone(),
        columns);
  }

  /**
   * The header the mapping was checked against.
   *
   * @return the column names, in file order
   */
  public List<String> header() {
    return header;
  }

  /**
   * The lead id a record gives: its id cell, or {@code line-N} when the header has no id column.
   *
   * <pre>{@code
   * records.leadId(7, cells); // Optional[L-6]
   * }</pre>
   *
   * @param line the record's line number, for {@code line-N}
   * @param cells the record's cells
   * @return the id, or empty when the record has no id cell or it is blank
   */
  public Optional<String> leadId(long line, List<String> cells) {
    if (id < 0) {
      return Optional.of("line-" + line);
    }
    if (id >= cells.size()) {
      return Optional.empty();
    }
    String text = cells.get(id).strip();
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  /**
   * Turns one record's cells into a lead.
   *
   * <pre>{@code
   * Lead lead = records.lead(2, List.of("L-1", "2026-03-02", "Google"));
   * }</pre>
   *
   * @param line the record's line number, for {@code line-N} ids and messages
   * @param cells the record's cells, one per header column
   * @return the lead
   * @throws LeadInputException if a cell is not a spelling of its field's kind, naming the lead
   * @throws LeadSpecException if the record has another number of cells than the header, or its id
   *     or delivery time cannot be read
   */
  public Lead lead(long line, List<String> cells) {
    Objects.requireNonNull(cells, "cells");
    Optional<String> leadId = leadId(line, cells);
    String named = leadId.map(text -> "lead " + text + ": ").orElse("");
    if (cells.size() != header.size()) {
      throw new LeadSpecException(named + "has " + cells.size() + " cells, but the header has " + header.size() + " columns");
    }
    if (leadId.isEmpty()) {
      throw new LeadSpecException("the id cell (column \"" + header.get(id) + "\") is empty");
    }
    Lead.Builder lead = Lead.builder(layout).id(leadId.get())
        .deliveredAt(delivered >= 0 ? instant(leadId.get(), cells.get(delivered)) : Objects.requireNonNull(deliveredAt));
    for (int c = 0; c < columns.length; c++) {
      Column column = columns[c];
      if (column != null) {
        Value value = column.value(leadId.get(), cells.get(c));
        if (value != null) {
          lead.fact(column.fact, value);
        }
      }
    }
    return lead.build();
  }

  /** A delivery time as an instant, a local date-time or a date, the last two in the contract's zone. */
  private Instant instant(String leadId, String cell) {
    String text = cell.strip();
    try {
      if (text.length() == 10) {
        return LocalDate.parse(text).atStartOfDay(zone).toInstant();
      }
      String iso = text.length() > 10 && text.charAt(10) == ' ' ? text.substring(0, 10) + 'T' + text.substring(11) : text;
      if (iso.endsWith("Z") || iso.endsWith("z")) {
        return Instant.parse(iso.toUpperCase(Locale.ROOT));
      }
      if (iso.length() > 16 && (iso.lastIndexOf('+') > 10 || iso.lastIndexOf('-') > 10)) {
        return OffsetDateTime.parse(iso).toInstant();
      }
      return LocalDateTime.parse(iso).atZone(zone).toInstant();
    } catch (DateTimeException e) {
      throw new LeadSpecException("lead " + leadId + ": " + deliveredName + " \"" + cell + "\" is not an instant such as "
          + "2026-03-02T10:15:00Z, a local date-time such as 2026-03-02T10:15 or a date such as 2026-03-02 (read in " + zone
          + ")");
    }
  }

  @Override
  public String toString() {
    return "RecordMapping" + header;
  }

  /** One column: how its cell becomes a fact. */
  static final class Column {
    final String fact;
    private final @Nullable Field field;
    private final @Nullable FieldKind kind;
    private final boolean trim;
    private final boolean ignoreCase;
    private final Set<String> unknown;
    private final Map<String, String> aliases;
    /** A choice field's codes by their (folded) spelling. */
    private final Map<String, String> codes;
    private final @Nullable String otherwise;
    private final boolean otherwiseUnknown;
    private final String separator;

    Column(ColumnMapping rule, @Nullable Field field, LeadMapping mapping) {
      this.fact = field != null ? field.name() : rule.column();
      this.field = field;
      this.kind = field != null ? field.kind() : null;
      this.trim = mapping.trim(rule);
      this.ignoreCase = mapping.ignoreCase(rule);
      Set<String> tokens = new HashSet<>();
      mapping.unknown().forEach(token -> tokens.add(fold(clean(token))));
      rule.unknown().forEach(token -> tokens.add(fold(clean(token))));
      this.unknown = Set.copyOf(tokens);
      Map<String, String> folded = new HashMap<>();
      rule.aliases().forEach((from, to) -> folded.put(fold(clean(from)), to));
      this.aliases = Map.copyOf(folded);
      Map<String, String> byCode = new HashMap<>();
      if (field != null) {
        for (String code : field.codes()) {
          byCode.putIfAbsent(fold(code), code);
        }
      }
      this.codes = Map.copyOf(byCode);
      this.otherwise = rule.otherwise().orElse(null);
      this.otherwiseUnknown = rule.otherwiseUnknown();
      this.separator = rule.separator();
    }

    /** A column naming no field: its cells are carried as texts. */
    static Column carried(String name, LeadMapping mapping) {
      return new Column(ColumnMapping.of(name, name), null, mapping);
    }

    /** What the contract alone shows wrong in a column's rule for its field. */
    static List<String> problems(ColumnMapping rule, Field field, boolean ignoreCase) {
      List<String> problems = new ArrayList<>();
      String subject = "column \"" + rule.column() + "\" (field \"" + field.name() + "\", " + field.kind().words() + ")";
      boolean choice = field.kind() == FieldKind.CHOICE || field.kind() == FieldKind.CHOICES;
      for (Map.Entry<String, String> alias : rule.aliases().entrySet()) {
        if (choice && !declared(field, alias.getValue(), ignoreCase)) {
          problems.add(subject + ": alias \"" + alias.getKey() + "\" -> \"" + alias.getValue() + "\" is not a declared code"
              + Suggestions.suggestion(alias.getValue(), field.codes()) + "; codes: " + field.codes());
        } else if (!choice && field.kind().parse(alias.getValue()).isEmpty()) {
          problems.add(subject + ": alias \"" + alias.getKey() + "\" -> \"" + alias.getValue() + "\" is not "
              + field.kind().spellings());
        }
      }
      if (!choice && (rule.otherwise().isPresent() || rule.otherwiseUnknown())) {
        problems.add(subject + ": a catch-all (otherwise) needs a choice or choices field");
      }
      if (choice && rule.otherwise().isPresent() && !declared(field, rule.otherwise().get(), false)) {
        problems.add(subject + ": catch-all \"" + rule.otherwise().get() + "\" is not a declared code"
            + Suggestions.suggestion(rule.otherwise().get(), field.codes()) + "; codes: " + field.codes());
      }
      if (field.kind() != FieldKind.CHOICES && !rule.separator().equals("|")) {
        problems.add(subject + ": a separator \"" + rule.separator() + "\" needs a choices field");
      }
      return problems;
    }

    private static boolean declared(Field field, String code, boolean ignoreCase) {
      for (String declared : field.codes()) {
        if (ignoreCase ? declared.equalsIgnoreCase(code) : declared.equals(code)) {
          return true;
        }
      }
      return false;
    }

    private String clean(String text) {
      return trim ? text.strip() : text;
    }

    private String fold(String text) {
      return ignoreCase ? text.toLowerCase(Locale.ROOT) : text;
    }

    /** The cell's fact, or null when it is unknown. */
    @Nullable Value value(String leadId, String cell) {
      String text = clean(cell);
      if (text.isEmpty() || !unknown.isEmpty() && unknown.contains(fold(text))) {
        return null;
      }
      if (!aliases.isEmpty() && kind != FieldKind.CHOICES) {
        String alias = aliases.get(fold(text));
        if (alias != null) {
          text = alias;
        }
      }
      if (kind == null || kind == FieldKind.TEXT) {
        return Value.of(text);
      }
      if (kind == FieldKind.CHOICE) {
        String code = code(text);
        return code == null ? null : Value.of(code);
      }
      if (kind == FieldKind.CHOICES) {
        Set<String> set = new LinkedHashSet<>();
        int from = 0;
        while (true) {
          int at = text.indexOf(separator, from);
          String part = clean(at < 0 ? text.substring(from) : text.substring(from, at));
          if (!aliases.isEmpty()) {
            String alias = aliases.get(fold(part));
            part = alias != null ? alias : part;
          }
          String code = code(part);
          if (code == null) {
            return null;
          }
          set.add(code);
          if (at < 0) {
            break;
          }
          from = at + separator.length();
        }
        return Value.codes(set);
      }
      Optional<Value> typed = kind.parse(text);
      if (typed.isEmpty()) {
        throw new LeadInputException(leadId, Objects.requireNonNull(field).name(), kind.spellings(), "\"" + cell + "\"");
      }
      return typed.get();
    }

    /**
     * A choice value as the code the field declares; the catch-all, when it covers an undeclared
     * one; null when the catch-all makes it unknown; else as written, which evaluation reports.
     */
    private @Nullable String code(String text) {
      String code = codes.get(fold(text));
      if (code != null) {
        return code;
      }
      if (otherwiseUnknown) {
        return null;
      }
      return otherwise != null ? otherwise : text;
    }
  }
}
