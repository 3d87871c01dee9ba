package org.newsgraph.nlp;

import java.util.Arrays;

import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.SequenceValidator;

/**
 * Tags a sequence one token at a time with the most probable valid outcome: what OpenNLP's
 * {@code BeamSearch} does with a beam of 1, without sorting every token's outcome scores (the
 * lemmatizer has hundreds of outcomes) or keeping sequence objects. Not thread-safe.
 */
final class GreedyDecoder {
    private final MaxentModel model;
    private final double[] probs;

    GreedyDecoder(MaxentModel model) {
        this.model = model;
        this.probs = new double[model.getNumOutcomes()];
    }

    String[] decode(String[] words, Object[] additionalContext, BeamSearchContextGenerator<String> contexts,
                    SequenceValidator<String> validator) {
        String[] outcomes = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            String[] prior = Arrays.copyOf(outcomes, i);
            model.eval(contexts.getContext(i, words, prior, additionalContext), probs);
            int best = best(i, words, prior, validator);
            outcomes[i] = model.getOutcome(best);
        }
        return outcomes;
    }

    /** The most probable outcome that the validator accepts; the most probable one if it accepts none. */
    private int best(int i, String[] words, String[] prior, SequenceValidator<String> validator) {
        int top = 0;
        for (int k = 1; k < probs.length; k++) {
            if (probs[k] > probs[top]) {
                top = k;
            }
        }
        if (validator.validSequence(i, words, prior, model.getOutcome(top))) {
            return top;
        }
        int best = -1;
        for (int k = 0; k < probs.length; k++) {
            if ((best < 0 || probs[k] > probs[best]) && validator.validSequence(i, words, prior, model.getOutcome(k))) {
                best = k;
            }
        }
        return best < 0 ? top : best;
    }
}
