package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.newsgraph.Pipeline;
import org.newsgraph.extract.Explanation;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.text.Article;
import org.newsgraph.text.ArticleReader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsgraph explain FILE}: each sentence's tokens, mentions and facts with the pass or rule behind each. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {
            "Shows why the graph says what it says, sentence by sentence.",
            "For each sentence of FILE: its tokens with their part-of-speech tags, each",
            "mention with its type, entity and the recognition pass that made it",
            "(\"model>of-phrases\": found by the name finder, grown by the of-phrases",
            "repair), and each fact with the rule that made it",
            "(\"relation@relations.rules:99\"). Nothing is stored.",
            "",
            "Example:",
            "  newsgraph explain seeds/000_5e68b89ffc9390b7.txt"
        })
public final class ExplainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A text, Markdown or HTML article, or - for standard input.")
    Path file;

    @Override
    public Integer call() {
        Article article = new ArticleReader(StandardCharsets.UTF_8, 50_000_000).read(file);
        Pipeline pipeline = Pipeline.load();
        AnnotatedText text = pipeline.annotate(article.text());
        PrintWriter out = spec.commandLine().getOut();
        Explanation.lines(text, pipeline.extract(text)).forEach(out::println);
        return 0;
    }
}
