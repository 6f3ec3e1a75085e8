package dev.leadspec.model;

/**
 * The kind of fact a field holds.
 *
 * <pre>{@code
 * Field.builder().name("employees").kind(FieldKind.INTEGER).build();
 * }</pre>
 */
public enum FieldKind {
  /** One code of a closed set. */
  CHOICE("a choice"),
  /** A set of codes of a closed set (at most 64 codes). */
  CHOICES("a set of choices"),
  /** A whole number ({@code long}). */
  INTEGER("an integer"),
  /** A decimal number, compared by value: 1.0 equals 1.00. */
  DECIMAL("a decimal"),
  /** True or false. */
  FLAG("a flag"),
  /** The answer to a scripted question asked in the call: YES or NO. */
  ANSWER("an answer"),
  /** An ISO local date. */
  DATE("a date"),
  /** Free text. */
  TEXT("a text");

  private final String words;

  FieldKind(String words) {
    this.words = words;
  }

  /**
   * The kind in words, with its article: {@code "an integer"}.
   *
   * @return the words
   */
  public String words() {
    return words;
  }
}
