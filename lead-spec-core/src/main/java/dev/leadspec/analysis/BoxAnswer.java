package dev.leadspec.analysis;

/**
 * What a {@link Question} answers on a box: either {@linkplain Decided decided}, the same answer
 * for every lead of the box, or {@linkplain Split split}, when the answer is not constant on the
 * box and the box must be cut along a condition that is not constant on it.
 *
 * @param <T> the answer's type
 */
sealed interface BoxAnswer<T> permits BoxAnswer.Decided, BoxAnswer.Split {
  static <T> BoxAnswer<T> decided(T answer) {
    return new Decided<>(answer);
  }

  static <T> BoxAnswer<T> split(BoxCondition along) {
    return new Split<>(along);
  }

  /** Whether the answer is constant on the box. */
  boolean isDecided();

  /** The answer on the whole box; only when {@link #isDecided()}. */
  T answer();

  /** The condition to cut the box along; only when not {@link #isDecided()}. */
  BoxCondition along();

  /** The answer on every lead of the box. */
  record Decided<T>(T answer) implements BoxAnswer<T> {
    @Override
    public boolean isDecided() {
      return true;
    }

    @Override
    public BoxCondition along() {
      throw new IllegalStateException("a decided box is not split");
    }
  }

  /** The box must be cut along {@code along}, a condition not constant on it. */
  record Split<T>(BoxCondition along) implements BoxAnswer<T> {
    @Override
    public boolean isDecided() {
      return false;
    }

    @Override
    public T answer() {
      throw new IllegalStateException("a box to split has no answer");
    }
  }
}
