package org.newsgraph.spark;

import java.io.IOException;

import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.NullWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.TaskAttemptContext;
import org.apache.hadoop.mapreduce.lib.output.TextOutputFormat;

/**
 * Text output whose part files end in {@code .nq} ({@code .nq.gz} when compressed), so that a bulk
 * loader that picks files by extension ({@code newsgraph load DIR}, Jena's {@code tdb2.xloader})
 * knows them for N-Quads.
 */
public final class NQuadsOutputFormat extends TextOutputFormat<NullWritable, Text> {
    @Override
    public Path getDefaultWorkFile(TaskAttemptContext context, String extension) throws IOException {
        return super.getDefaultWorkFile(context, ".nq" + extension);
    }
}
