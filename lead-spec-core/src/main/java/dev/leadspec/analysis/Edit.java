package dev.leadspec.analysis;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One edit an amendment makes to the text of a contract, as an author reads it: a criterion,
 * field or table added, removed or changed (naming which of its parts changed), or a term
 * changed (the price, the price table, the challenge window, the zone, the effective date, or
 * whether a criterion admits evidence recorded after delivery). The words before and after are
 * the model's own, in English; {@code dev.leadspec.text.Markdown#diff} words them in the
 * contract's labels, in English or Russian.
 *
 * <pre>{@code
 * for (Edit edit : SemanticDiff.between(v1, v2).edits()) {
 *   System.out.println(edit);  // criterion ENG-TIME changed (condition): seconds_on_site >= 300 → seconds_on_site >= 240
 * }
 * }</pre>
 */
@Value.Immutable
public abstract class Edit {
  Edit() {}

  static ImmutableEdit.Builder builder() {
    return ImmutableEdit.builder();
  }

  /**

   * What was edited, and how.

   *

   * @return the kind

   */
  public abstract Kind kind();

  /**
   * The criterion id, field name or table id edited; for a term, its name: {@code price},
   * {@code price table}, {@code challenge window}, {@code zone}, {@code effective from}, or the
   * id of the criterion whose later-evidence rule changed.
   *
   * @return the subject
   */
  public abstract String subject();

  /**
   * The parts of a changed criterion, field or table that differ: for a criterion
   * {@code title}, {@code condition}, {@code role}, {@code unknownAs}; for a field {@code kind},
   * {@code label}, {@code unit}, {@code codes}, {@code question}; for a table {@code title},
   * {@code hitPolicy}, {@code complete}, {@code rows}. Empty for the other kinds.
   *
   * @return the parts, in that order
   */
  public abstract List<String> parts();

  /**

   * The subject before, in the model's words; empty when it was added.

   *

   * @return the words

   */
  public abstract Optional<String> before();

  /**

   * The subject after, in the model's words; empty when it was removed.

   *

   * @return the words

   */
  public abstract Optional<String> after();

  /** {@code criterion ENG-TIME changed (condition): before → after}. */
  @Override
  public String toString() {
    String what = kind().words() + " " + subject();
    String parts = parts().isEmpty() ? "" : " (" + String.join(", ", parts()) + ")";
    return what + parts + ": " + before().orElse("none") + " → " + after().orElse("none");
  }

  /**
   * The kinds of edit, in the order a summary lists them.
   *
   * <pre>{@code
   * diff.edits().stream().filter(e -> e.kind() == Edit.Kind.TERM_CHANGED).count();
   * }</pre>
   */
  public enum Kind {
    /** A criterion only the later contract has. */
    CRITERION_ADDED("criterion added"),
    /** A criterion only the earlier contract has. */
    CRITERION_REMOVED("criterion removed"),
    /** A criterion both have, with a part that differs. */
    CRITERION_CHANGED("criterion changed"),
    /** A field only the later contract declares. */
    FIELD_ADDED("field added"),
    /** A field only the earlier contract declares. */
    FIELD_REMOVED("field removed"),
    /** A field both declare, with a part that differs. */
    FIELD_CHANGED("field changed"),
    /** A table only the later contract has. */
    TABLE_ADDED("table added"),
    /** A table only the earlier contract has. */
    TABLE_REMOVED("table removed"),
    /** A table both have, with a part that differs. */
    TABLE_CHANGED("table changed"),
    /** A term: price, price table, challenge window, zone, effective date, a later-evidence rule. */
    TERM_CHANGED("term changed");

    private final String words;

    Kind(String words) {
      this.words = words;
    }

    /**

     * The kind in words: {@code criterion added}.

     *

     * @return the words

     */
    public String words() {
      return words;
    }
  }
}
