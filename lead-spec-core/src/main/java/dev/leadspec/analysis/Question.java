package dev.leadspec.analysis;

import org.jspecify.annotations.Nullable;
/**
 * What the explorer asks of each box: an answer that is constant on the whole box, or null when
 * the box must be split, with {@link #pending} naming the condition to split along.
 */
abstract class Question {
  @Nullable ANode pending;

  /** The answer on the whole box, or null (and {@link #pending} set) when it is not constant. */
  abstract @Nullable Object answer(Box box);
}
