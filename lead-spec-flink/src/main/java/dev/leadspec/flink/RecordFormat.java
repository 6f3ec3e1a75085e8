package dev.leadspec.flink;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.FileSourceSplit;
import org.apache.flink.connector.file.src.reader.BulkFormat;
import org.apache.flink.connector.file.src.util.ArrayResultIterator;
import org.apache.flink.connector.file.src.util.CheckpointedPosition;
import org.apache.flink.core.fs.Path;
import org.jspecify.annotations.Nullable;

/**
 * A whole file read record by record with lead-spec's own readers, so line numbers, blank lines
 * and error records are the CLI's. A file is one split (not splittable: a line number needs the
 * lines before it). The position checkpointed is the count of records emitted; a restored reader
 * reads the file again from its start and skips that many.
 *
 * @param <T> the record type
 */
abstract class RecordFormat<T> implements BulkFormat<T, FileSourceSplit> {
  private static final long serialVersionUID = 1L;
  private static final int BATCH = 256;

  /** The records of a file; {@code source} names it in records and errors. */
  abstract Iterator<T> records(InputStream in, String source);

  @Override
  public Reader<T> createReader(Configuration config, FileSourceSplit split) throws IOException {
    return open(split, 0);
  }

  @Override
  public Reader<T> restoreReader(Configuration config, FileSourceSplit split) throws IOException {
    long skip = split.getReaderPosition().map(CheckpointedPosition::getRecordsAfterOffset).orElse(0L);
    return open(split, skip);
  }

  private Reader<T> open(FileSourceSplit split, long skip) throws IOException {
    Path path = split.path();
    InputStream in = path.getFileSystem().open(path);
    Iterator<T> records;
    try {
      records = records(in, path.toString());
    } catch (RuntimeException e) {
      in.close();
      throw e;
    }
    for (long i = 0; i < skip && records.hasNext(); i++) {
      records.next();
    }
    return new FileReader<>(records, in, skip);
  }

  @Override
  public boolean isSplittable() {
    return false;
  }

  /** Batches of up to {@value #BATCH} records, each with the count of records up to it. */
  private static final class FileReader<T> implements Reader<T> {
    private final Iterator<T> records;
    private final Closeable in;
    private long emitted;

    FileReader(Iterator<T> records, Closeable in, long emitted) {
      this.records = records;
      this.in = in;
      this.emitted = emitted;
    }

    @Override
    @SuppressWarnings("unchecked")
    public @Nullable RecordIterator<T> readBatch() {
      if (!records.hasNext()) {
        return null;
      }
      Object[] batch = new Object[BATCH];
      int count = 0;
      while (count < BATCH && records.hasNext()) {
        batch[count++] = records.next();
      }
      ArrayResultIterator<T> iterator = new ArrayResultIterator<>();
      iterator.set((T[]) batch, count, CheckpointedPosition.NO_OFFSET, emitted);
      emitted += count;
      return iterator;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
