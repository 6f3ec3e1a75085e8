package dev.leadspec.flink;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.flink.api.common.serialization.Encoder;
import org.apache.flink.core.io.SimpleVersionedSerializer;
import org.apache.flink.streaming.api.functions.sink.filesystem.BucketAssigner;
import org.apache.flink.streaming.api.functions.sink.filesystem.bucketassigners.SimpleVersionedStringSerializer;

/** Output lines go to the bucket they name, their bytes written as they are. */
final class Buckets implements BucketAssigner<OutputLine, String>, Encoder<OutputLine> {
  private static final long serialVersionUID = 1L;

  @Override
  public String getBucketId(OutputLine line, Context context) {
    return line.bucket;
  }

  @Override
  public SimpleVersionedSerializer<String> getSerializer() {
    return SimpleVersionedStringSerializer.INSTANCE;
  }

  @Override
  public void encode(OutputLine line, OutputStream out) throws IOException {
    out.write(line.bytes);
  }
}
