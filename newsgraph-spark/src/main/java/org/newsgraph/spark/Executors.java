package org.newsgraph.spark;

import org.newsgraph.Pipeline;

/**
 * The models, gazetteers and rules, loaded once per executor JVM on first use and shared by every
 * task it runs ({@link Pipeline} is thread-safe: each task thread gets its own annotator).
 *
 * <p>A static holder, against the project's rule of passing a context: a Spark executor gives a job
 * no other place that lives longer than one task, and reading the models takes seconds.
 */
final class Executors {
    private static volatile Pipeline pipeline;

    private Executors() {
    }

    static Pipeline pipeline() {
        Pipeline p = pipeline;
        if (p == null) {
            synchronized (Executors.class) {
                p = pipeline;
                if (p == null) {
                    p = Pipeline.load();
                    pipeline = p;
                }
            }
        }
        return p;
    }
}
