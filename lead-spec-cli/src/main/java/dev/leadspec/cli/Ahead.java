package dev.leadspec.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;

/**
 * A stream's records worked on one thread ahead of the caller, in input order: a second thread
 * takes each record from the source and turns it into a result (for {@code evaluate}: reads,
 * parses and evaluates the lead), handing results over in batches through a bounded queue, so
 * that reading and evaluating on one core overlap writing on the other while memory stays
 * constant: a batch is handed over at {@link #BATCH} results or {@link #BATCH_WEIGHT} of their
 * estimated size, whichever comes first, and at most {@link #BATCHES} wait. A failure of the source or of the work reaches the caller, as thrown, after the
 * results before it. Iterate from one thread; close to stop the worker early.
 *
 * <pre>{@code
 * try (Ahead<Verdict> verdicts = Ahead.of(leads.iterator(), evaluator::evaluate, Verdict::results, v -> 1_000,
 *     "lead-spec-reader")) {
 *   while (verdicts.hasNext()) writer.write(verdicts.next());
 * }
 * }</pre>
 *
 * @param <T> the result type
 */
final class Ahead<T> implements Iterator<T>, AutoCloseable {
  /** Results per hand-over: enough to make the queue's cost per record negligible. */
  static final int BATCH = 512;
  /** The estimated size, in bytes, at which a batch is handed over before it has {@link #BATCH} results. */
  static final long BATCH_WEIGHT = 256 << 10;
  /**
   * Batches in the queue at most: with the two being filled and emptied, at most some 5,000
   * results, or ten times {@link #BATCH_WEIGHT} and the largest result, in memory.
   */
  static final int BATCHES = 8;

  private static final Object END = new Object();

  /** A failure of the worker, in place of the result it could not give. */
  private static final class Failure {
    final Throwable error;

    Failure(Throwable error) {
      this.error = error;
    }
  }

  /** How long the caller waits for a batch before it looks whether the worker is still alive. */
  private static final long WATCH_MILLIS = 200;

  private final BlockingQueue<Object[]> queue = new ArrayBlockingQueue<>(BATCHES);
  private final Thread worker;
  /** What ended the worker when it could not hand its failure over (out of memory as it did); null otherwise. */
  private volatile @Nullable Throwable died;
  private Object @Nullable [] batch;
  private int index;
  private @Nullable Object next;
  private boolean ended;

  private Ahead(Iterator<?> source, Function<Object, ?> work, Consumer<Object> spare, ToLongFunction<Object> weight,
      String name) {
    this.worker = new Thread(() -> {
      try {
        run(source, work, spare, weight);
      } catch (Throwable e) {
        // handing the failure over failed too: the caller finds the worker dead and says why
        died = e;
      }
    }, name);
    worker.setDaemon(true);
  }

  /**
   * Starts working ahead on a source.
   *
   * @param source the records, read on the worker thread only from now on
   * @param work what to make of each record, on the worker thread
   * @param spare work on a result that the caller would otherwise do, done on the worker thread
   *     only while the caller is behind (the queue is full), so that the two threads share the
   *     work whichever is slower on the machine at hand
   * @param weight a result's estimated size in memory, in bytes, which bounds a batch
   * @param name the worker thread's name
   * @param <S> the record type
   * @param <T> the result type
   * @return the results, in the source's order
   */
  @SuppressWarnings("unchecked")
  static <S, T> Ahead<T> of(Iterator<S> source, Function<? super S, ? extends T> work, Consumer<? super T> spare,
      ToLongFunction<? super T> weight, String name) {
    Ahead<T> ahead = new Ahead<>(source, record -> work.apply((S) record), result -> spare.accept((T) result),
        result -> weight.applyAsLong((T) result), name);
    ahead.worker.start();
    return ahead;
  }

  private void run(Iterator<?> source, Function<Object, ?> work, Consumer<Object> spare, ToLongFunction<Object> weight) {
    Object[] filling = new Object[BATCH];
    int count = 0;
    long weighed = 0;
    try {
      try {
        while (source.hasNext()) {
          Object result = work.apply(source.next());
          if (queue.remainingCapacity() == 0) {
            spare.accept(result);
          }
          filling[count++] = result;
          weighed += weight.applyAsLong(result);
          if (count == BATCH || weighed >= BATCH_WEIGHT) {
            queue.put(count == BATCH ? filling : Arrays.copyOf(filling, count));
            filling = new Object[BATCH];
            count = 0;
            weighed = 0;
          }
        }
        filling[count++] = END;
      } catch (RuntimeException | Error e) {
        // what the caller then throws in this record's place: a typed error, or, from a bug or
        // an out-of-memory error, what ends the command with its internal-error code
        filling[count++] = new Failure(e);
      }
      queue.put(Arrays.copyOf(filling, count));
    } catch (InterruptedException e) {
      // closed by the caller: nobody takes the rest
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Whether another result follows, waiting for the worker if need be.
   *
   * @return true if so
   */
  @Override
  public boolean hasNext() {
    if (next == null && !ended) {
      next = take();
    }
    return next != null;
  }

  /**
   * The next result, in the source's order.
   *
   * @return the result
   * @throws NoSuchElementException at the end
   * @throws RuntimeException what the source or the work threw, in its place
   */
  @Override
  @SuppressWarnings("unchecked")
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more records");
    }
    Object result = next;
    next = null;
    if (result instanceof Failure failure) {
      ended = true;
      if (failure.error instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw (Error) failure.error;
    }
    return (T) result;
  }

  private @Nullable Object take() {
    if (batch == null || index == batch.length) {
      batch = await();
      index = 0;
    }
    Object result = batch[index++];
    if (result == END) {
      ended = true;
      return null;
    }
    return result;
  }

  /**
   * The next batch; never waits forever: a worker that died without handing its end or failure
   * over (it ran out of memory doing so) ends the wait with an error that says so.
   */
  private Object[] await() {
    try {
      while (true) {
        Object[] next = queue.poll(WATCH_MILLIS, TimeUnit.MILLISECONDS);
        if (next != null) {
          return next;
        }
        if (!worker.isAlive() && queue.isEmpty()) {
          ended = true;
          Throwable cause = died;
          IllegalStateException error = new IllegalStateException("the reading thread " + worker.getName() + " died"
              + (cause == null ? " without a word" : ": " + cause), cause);
          if (cause instanceof Error fatal) {
            fatal.addSuppressed(error);
            throw fatal;
          }
          throw error;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the next record", e);
    }
  }

  /** Stops the worker, if it is still at work, and waits for it a moment; it is a daemon thread. */
  @Override
  public void close() {
    worker.interrupt();
    try {
      worker.join(TimeUnit.SECONDS.toMillis(1));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
