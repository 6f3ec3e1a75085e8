package dev.leadspec.analysis;

/**
 * What the {@link Explorer} asks of each box: an answer constant on the whole box, or the
 * condition along which to split it.
 *
 * @param <T> the answer's type
 */
interface Question<T> {
  /** The answer on the whole box, or a split along a condition not constant on it. */
  BoxAnswer<T> answer(Box box);
}
