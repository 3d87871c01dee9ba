package org.newsgraph.extract.recognize;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.newsgraph.extract.Gazetteer;
import org.newsgraph.extract.RelationRules;

/**
 * Every word list recognition reads, loaded once and immutable (as GATE ANNIE's {@code lists.def}).
 * Each list has one home: the sections of {@code lexicon.txt}, except honorifics and verbs of saying,
 * which the relation rules share and which live in {@code relations.rules} ({@code @honorific},
 * {@code @say}).
 */
public record Lexicon(Set<String> honorifics, Set<String> titles, Set<String> portfolios, Set<String> orgHeads,
                      Set<String> locationHeads, Set<String> orgNouns, Set<String> stateNouns, Set<String> eventHeads,
                      Set<String> languages, Set<String> say, Set<String> notNames, Set<String> particles,
                      Set<String> nameJoiners, Set<String> nameSuffixes, Set<String> pronouns, Set<String> compass,
                      Set<String> placePrepositions, Set<String> portfolioOpeners, Set<String> ofPhraseOpeners,
                      Set<String> andWords, Set<String> languageCues, Set<String> functionTags,
                      Set<String> compoundTails, Set<String> organisationTails, Set<String> documentHeads,
                      Set<String> bodiesAlone, Set<String> placeNouns, Set<String> notAlone, Set<String> locatives,
                      Set<String> webDomains, Set<String> officeHolders, Set<String> officeHeads, Set<String> compassInNames,
                      Set<String> placeOpeners, Set<String> ruleNouns) {

    /** The lists of the gazetteer's {@code lexicon.txt} and the word classes shared with {@code rules}. */
    public static Lexicon load(Gazetteer g, RelationRules rules) {
        return new Lexicon(Set.copyOf(rules.words("honorific")), w(g, "titles"), w(g, "portfolios"), w(g, "org-heads"),
                w(g, "location-heads"), w(g, "org-nouns"), w(g, "state-nouns"), w(g, "event-heads"),
                w(g, "languages"), Set.copyOf(rules.words("say")), w(g, "not-names"), w(g, "particles"),
                w(g, "name-joiners"), w(g, "name-suffixes"), w(g, "pronouns"), w(g, "compass"),
                w(g, "place-prepositions"), w(g, "portfolio-openers"), w(g, "of-phrase-openers"),
                w(g, "and-words"), w(g, "language-cues"),
                // part-of-speech tags are written in lower case like every entry, compared as the tagger writes them
                w(g, "function-tags").stream().map(t -> t.toUpperCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet()),
                w(g, "compound-tails"), w(g, "organisation-tails"), w(g, "document-heads"), w(g, "bodies-alone"),
                w(g, "place-nouns"), w(g, "not-alone"), w(g, "locatives"),
                w(g, "web-domains"), w(g, "office-holders"), w(g, "office-heads"), w(g, "compass-in-names"),
                w(g, "place-openers"), w(g, "rule-nouns"));
    }

    /** A generational suffix ("Jr.", "jr", "III"), given in lower case, with or without its full stop. */
    public boolean isNameSuffix(String lower) {
        return nameSuffixes.contains(lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower);
    }

    private static Set<String> w(Gazetteer g, String section) {
        return g.words(section);
    }
}
