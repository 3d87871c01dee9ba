package org.newsgraph.rdf;

/**
 * What produced an article's graph: the newsgraph version and SHA-256 hashes of the bundled rules
 * and data files and of the models. Recorded in every article graph as a {@code prov:Activity};
 * a graph whose producer differs from the running one is outdated ({@code newsgraph reextract}).
 *
 * @param version    the newsgraph version
 * @param rulesHash  SHA-256 (hex) of the rules, word lists and gazetteers
 * @param modelsHash SHA-256 (hex) of the statistical models
 */
public record Producer(String version, String rulesHash, String modelsHash) {

    /** A short form for listings: {@code 0.1.0 rules 1a2b3c4d models 5e6f7a8b}. */
    public String describe() {
        return version + " rules " + rulesHash.substring(0, Math.min(8, rulesHash.length()))
                + " models " + modelsHash.substring(0, Math.min(8, modelsHash.length()));
    }
}
