package org.newsgraph.extract.recognize;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The candidates of one sentence that the passes share, kept apart by the source that found them
 * until {@link Choose} settles the overlaps in the sources' order of trust.
 */
final class Candidates {

    /** Where a candidate came from, in order of trust. */
    enum Source { GAZETTEER, MODEL, CONTEXT }

    private final Map<Source, List<Candidate>> bySource = new EnumMap<>(Source.class);
    private List<Candidate> chosen = List.of();

    Candidates() {
        for (Source s : Source.values()) {
            bySource.put(s, new ArrayList<>());
        }
    }

    List<Candidate> get(Source source) {
        return bySource.get(source);
    }

    void set(Source source, List<Candidate> candidates) {
        bySource.put(source, new ArrayList<>(candidates));
    }

    /** The names chosen, without overlaps, in text order (empty until {@link Choose} ran). */
    List<Candidate> chosen() {
        return chosen;
    }

    void choose(List<Candidate> names) {
        chosen = List.copyOf(names);
    }
}
