package dev.leadspec.dsl;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Texts by language tag, as the DSL's steps keep them: a later text for a language replaces an earlier one. */
final class Translated {
  private Translated() {}

  /**
   * The translations with one more, or one replaced, in declaration order.
   *
   * @param translations the translations so far
   * @param language the BCP 47 tag (checked when the contract is built)
   * @param text the text in that language
   * @return a new unmodifiable map
   */
  static Map<String, String> plus(Map<String, String> translations, String language, String text) {
    Map<String, String> next = new LinkedHashMap<>(translations);
    next.put(Objects.requireNonNull(language, "language"), Objects.requireNonNull(text, "text"));
    return Collections.unmodifiableMap(next);
  }
}
