package org.newsgraph.extract.recognize;

import static org.newsgraph.extract.recognize.Candidates.Source.CONTEXT;
import static org.newsgraph.extract.recognize.Candidates.Source.GAZETTEER;
import static org.newsgraph.extract.recognize.Candidates.Source.MODEL;

import java.util.ArrayList;
import java.util.List;

import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * The order of recognition, one line per pass (as GATE ANNIE's {@code main.jape}). Each sentence
 * goes through every pass in this order; then {@link Propagation} runs over the whole article.
 * Sources fill one list of {@link Candidates} each; repairs reshape one list; {@link Choose} merges
 * them in the sources' order of trust: gazetteer, model, context.
 */
final class Passes {

    private Passes() {
    }

    /** The passes in order; without a {@code model} (null) the model's list stays empty. */
    static List<Pass> of(TokenShape shape, TokenNameFinderModel model) {
        List<Pass> passes = new ArrayList<>();
        passes.add(new GazetteerNames(shape));                     // countries, demonyms for states, capitals, known organisations
        if (model != null) {
            passes.add(new ModelNames(shape, model));              // the name finder's spans, trimmed, retyped by context
        }
        passes.add(new JoinInitials(shape).on(MODEL));             // "Robert F" "." "Kennedy": one name across an initial
        passes.add(new SplitTitled(shape).on(MODEL));              // "Shadow Home Secretary | Yvette Cooper"
        passes.add(new WholeNames(shape).on(MODEL));               // "Eden" grows to "Eden Hazard", "Rapid Support" to "... Forces"
        passes.add(new Refine(shape).on(MODEL));                   // drop events, languages, lone heads, "-level" tails; a person that is a place
        passes.add(new OfPhrases(shape).on(MODEL));                // "Center for Strategic and International Studies"
        passes.add(new SplitGlued(shape).on(MODEL));               // "Refugee Council | Enver Solomon told"
        passes.add(new GivenNameTypes(shape).on(MODEL));           // "musician Tiziano Lugli" is a person, not a place
        passes.add(new CompoundSplit(shape).on(MODEL));            // "Vienna-based agency" is Vienna
        passes.add(new ContextNames(shape));                       // proper-noun runs typed by a title, head word, locative, verb
        passes.add(new SplitTitled(shape).on(CONTEXT));            // as for the model's names
        passes.add(new Refine(shape).on(CONTEXT));                 //   "
        passes.add(new OfPhrases(shape).on(CONTEXT));              //   "
        passes.add(new SplitGlued(shape).on(CONTEXT));             //   "
        passes.add(new CompoundSplit(shape).on(CONTEXT));          //   "
        passes.add(new HyphenatedPrefix(shape).on(MODEL));         // "Counter-" "Daesh Coalition" is one name
        passes.add(new HyphenatedPrefix(shape).on(CONTEXT));       //   "
        passes.add(new GivenNames(shape));                         // a known given name and family names: "Dries Mertens", "L. Ron Hubbard"
        passes.add(new KindNames(shape));                          // "the company Hitwise UK", "the Sea Org group", "Gawker.com", "of The Globe and Mail"
        passes.add(new CoordinatedHeads(shape));                   // "the State and Homeland Security Departments": two departments
        passes.add(new ContextOrganisations());                    // an organisation named by its head word joins the model's
        passes.add(new NumberedUnits(shape));                      // "the 507th Air Refueling Wing", "the U.S. 5th Fleet"
        passes.add(new LeadingPlaceInOrganisations(shape).on(MODEL)); // "Kurdistan | Regional Government" is one name
        passes.add(new WithoutLeadingPlace(shape).on(MODEL));      // "Ambassador to the United States | Hamdullah Mohib"
        passes.add(new HyphenatedNames(shape).on(MODEL));          // "Park Sun-won" is a person whatever the tags
        passes.add(new PlaceAsGivenName(shape));                   // "Defence Minister Wellington Koo"
        passes.add(new NearPlaces(shape));                         // "Near Dayr Az Zawr, five strikes": a place whatever the tags
        passes.add(new CompassPlaces(shape).on(GAZETTEER));       // "East | Los Angeles" grows to "East Los Angeles"
        passes.add(new CompassPlaces(shape).on(MODEL));           //   "
        passes.add(new CompassPlaces(shape).on(CONTEXT));         //   "
        passes.add(new PossessiveOffices(shape));                  // "the Los Angeles Sheriff's office" over "Los Angeles Sheriff"
        passes.add(new TitleCaseHeadline(shape));                  // "Coalition Strikes Mosul Hospital": only the gazetteer's names stand
        passes.add(new Choose(shape.lexicon()));                   // overlaps settled: gazetteer, then model, then context
        passes.add(new CoordinatedPlaces(shape));                  // "in Qamenas, | Sarmin and Talamenes": listed with a place, a place
        return List.copyOf(passes);
    }
}
