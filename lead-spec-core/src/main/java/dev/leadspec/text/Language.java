package dev.leadspec.text;

/**
 * The language a document is rendered in. Phrases are built in, numbers and dates are formatted
 * by fixed rules (never by the JVM's locale): English writes {@code 5 000} and {@code 6.5} and
 * ISO dates; Russian writes {@code 5 000}, {@code 6,5} and {@code 01.03.2026}.
 *
 * <pre>{@code
 * Markdown.contract(contract, Language.RU);
 * }</pre>
 */
public enum Language {
  /** English. */
  EN,
  /** Russian. */
  RU
}
