package dev.leadspec.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AheadTest {

  @Test
  void results_worked_on_another_thread_come_in_the_sources_order_across_many_batches() {
    // given
    int records = 20 * Ahead.BATCH + 7;
    Set<String> threads = ConcurrentHashMap.newKeySet();
    Iterator<Integer> source = IntStream.range(0, records).boxed().iterator();

    // when
    List<String> results = new ArrayList<>();
    try (Ahead<String> ahead = Ahead.of(source, n -> {
      threads.add(Thread.currentThread().getName());
      return "record " + n;
    }, result -> { }, result -> 1, "worker")) {
      ahead.forEachRemaining(results::add);
    }

    // then
    assertThat(results).hasSize(records).startsWith("record 0", "record 1").endsWith("record " + (records - 1));
    for (int i = 0; i < records; i++) {
      assertThat(results.get(i)).isEqualTo("record " + i);
    }
    assertThat(threads).containsExactly("worker");
  }

  @Test
  void a_source_that_fails_midway_gives_the_results_before_it_then_its_exception() {
    // given
    UncheckedIOException broken = new UncheckedIOException(new IOException("disk gone"));
    Iterator<Integer> source = new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return true;
      }

      @Override
      public Integer next() {
        if (next == 1234) {
          throw broken;
        }
        return next++;
      }
    };
    List<Integer> results = new ArrayList<>();

    // when
    try (Ahead<Integer> ahead = Ahead.of(source, n -> n, n -> { }, n -> 1, "worker")) {
      assertThatThrownBy(() -> ahead.forEachRemaining(results::add)).isSameAs(broken);
      assertThat(ahead.hasNext()).isFalse();
    }

    // then
    assertThat(results).hasSize(1234).endsWith(1233);
  }

  @Test
  void a_worker_that_runs_out_of_memory_ends_the_callers_wait_with_that_error_and_never_hangs() {
    // given: a source whose reading exhausts the heap after some records
    OutOfMemoryError exhausted = new OutOfMemoryError("Java heap space");
    Iterator<Integer> source = new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return true;
      }

      @Override
      public Integer next() {
        if (next == 700) {
          throw exhausted;
        }
        return next++;
      }
    };
    List<Integer> results = new ArrayList<>();

    // when / then: the caller gets the results before it, then the error, within a bounded time
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      try (Ahead<Integer> ahead = Ahead.of(source, n -> n, n -> { }, n -> 1, "worker")) {
        assertThatThrownBy(() -> ahead.forEachRemaining(results::add)).isSameAs(exhausted);
        assertThat(ahead.hasNext()).isFalse();
      }
    });
    assertThat(results).hasSize(700);
  }

  @Test
  void a_caller_that_stops_early_stops_the_worker_and_memory_stays_bounded() throws InterruptedException {
    // given: an endless source
    AtomicInteger taken = new AtomicInteger();
    Iterator<Integer> endless = endless(taken);

    // when
    try (Ahead<Integer> ahead = Ahead.of(endless, n -> n, n -> { }, n -> 1, "worker")) {
      assertThat(ahead.next()).isEqualTo(1);
      Thread.sleep(200);
    }
    int afterClose = taken.get();
    Thread.sleep(200);

    // then: at most the queue, the batch being filled and the one being read were taken
    assertThat(afterClose).isLessThanOrEqualTo((Ahead.BATCHES + 2) * Ahead.BATCH + 1);
    assertThat(taken.get()).isEqualTo(afterClose);
  }

  @Test
  void heavy_results_are_handed_over_in_smaller_batches_so_memory_is_bounded_by_size_too() throws InterruptedException {
    // given: results of a megabyte each, an endless source
    AtomicInteger taken = new AtomicInteger();
    Iterator<Integer> endless = endless(taken);

    // when: the caller takes one and waits
    try (Ahead<Integer> ahead = Ahead.of(endless, n -> n, n -> { }, n -> 1L << 20, "worker")) {
      assertThat(ahead.next()).isEqualTo(1);
      Thread.sleep(200);

      // then: one result per batch, the queue full, one more waiting to be put
      assertThat(taken.get()).isLessThanOrEqualTo(Ahead.BATCHES + 2);
    }
  }

  @Test
  void while_the_caller_is_behind_the_worker_does_the_spare_work_itself() throws InterruptedException {
    // given
    AtomicInteger spared = new AtomicInteger();
    Iterator<Integer> source = IntStream.range(0, 20 * Ahead.BATCH).boxed().iterator();

    // when: the caller waits long enough for the queue to fill
    List<Integer> results = new ArrayList<>();
    try (Ahead<Integer> ahead = Ahead.of(source, n -> n, n -> spared.incrementAndGet(), n -> 1, "worker")) {
      Thread.sleep(300);
      ahead.forEachRemaining(results::add);
    }

    // then
    assertThat(results).hasSize(20 * Ahead.BATCH);
    assertThat(spared.get()).isPositive();
  }

  /** An endless source of 1, 2, 3, …, counting what was taken. */
  private static Iterator<Integer> endless(AtomicInteger taken) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return true;
      }

      @Override
      public Integer next() {
        return taken.incrementAndGet();
      }
    };
  }
}
