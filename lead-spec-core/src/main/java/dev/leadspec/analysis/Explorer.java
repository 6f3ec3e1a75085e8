package dev.leadspec.analysis;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Splits the space of leads along conditions until a question's answer is constant on every
 * box, depth first and in a fixed order; every box examined costs one unit of a shared budget,
 * so no analysis runs unbounded.
 */
final class Explorer {
  /** How an exploration ended. */
  enum End { DONE, STOPPED, OUT_OF_BUDGET }

  /** Receives each box on which the answer is constant; returns false to stop. */
  interface Sink<T> {
    boolean decided(Box box, T answer);
  }

  private final long budget;
  private long used;

  Explorer(long budget) {
    this.budget = budget;
  }

  long used() {
    return used;
  }

  boolean exhausted() {
    return used >= budget;
  }

  <T> End explore(Box root, Question<T> question, Sink<? super T> sink) {
    Deque<Box> stack = new ArrayDeque<>();
    stack.push(root);
    while (!stack.isEmpty()) {
      if (used >= budget) {
        return End.OUT_OF_BUDGET;
      }
      used++;
      Box box = stack.pop();
      BoxAnswer<T> answer = question.answer(box);
      if (answer.isDecided()) {
        if (!sink.decided(box, answer.answer())) {
          return End.STOPPED;
        }
        continue;
      }
      Box[] children = answer.along().split(box);
      for (int i = children.length - 1; i >= 0; i--) {
        stack.push(children[i]);
      }
    }
    return End.DONE;
  }
}
