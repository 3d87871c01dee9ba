package org.newsgraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.newsgraph.NewsgraphException;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.GraphStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsgraph query}: runs SPARQL over the union of all article graphs. */
@Command(name = "query", mixinStandardHelpOptions = true,
        header = "Runs a SPARQL query over the union of all article graphs.",
        description = {
            "Runs a SPARQL query over the union of all article graphs (no GRAPH clause needed). QUERY "
                + "is a query string or the path of a .rq file. The prefixes ng:, ngid:, rdf:, rdfs:, "
                + "skos:, prov:, dcterms:, schema:, xsd:, owl:, nif: and itsrdf: are predeclared. SELECT and ASK print in "
                + "--format (--results, as Jena's tools call it); CONSTRUCT and DESCRIBE print Turtle.",
            "",
            "Example:",
            "  newsgraph query --format csv queries/advisers.rq",
            "  newsgraph query 'SELECT ?name WHERE { ?p a ng:Person ; rdfs:label ?name }'",
            "  newsgraph query --loc my-db --results text --time queries/titles.rq",
            "  newsgraph query --limit 100 --offset 200 queries/statements.rq"
        })
public final class QueryCommand implements Callable<Integer> {
    /** Result formats for SELECT and ASK; {@code text} is Jena's name for {@code table}. */
    public enum Format { table, text, csv, tsv, json, xml }

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Parameters(paramLabel = "QUERY", description = "A SPARQL query, or the path of a .rq file.")
    String queryArg;

    @Option(names = {"-f", "--format", "--results"}, defaultValue = "table",
            description = "Result format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}; text is the table).")
    Format format;

    @Option(names = "--time", description = "Print the time the query took on standard error, as Jena's tools do.")
    boolean time;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "0",
            description = "Cancel the query after this many seconds (0: no limit).")
    double timeoutSeconds;

    @Option(names = "--limit", paramLabel = "N",
            description = "At most N rows, in place of the query's own LIMIT (0: all rows). With --offset, pages through a long answer.")
    Long limit;

    @Option(names = "--offset", paramLabel = "N",
            description = "Skip the first N rows (the ready queries are ordered, so pages follow on: --offset 1000, 2000...).")
    Long offset;

    @Override
    public Integer call() throws IOException {
        Query query = parse(readQuery(queryArg), queryArg);
        page(query);
        PrintWriter out = spec.commandLine().getOut();
        long started;
        try (GraphStore store = storeOptions.openExisting()) {
            started = System.nanoTime(); // the query's own time, as tdb2.tdbquery --time reports it
            long timeout = (long) (timeoutSeconds * 1000);
            store.query(query, timeout, qe -> {
                OutputStream os = new WriterOutputStream(out);
                if (query.isSelectType()) {
                    ResultSet rs = qe.execSelect();
                    writeResults(os, rs, query);
                } else if (query.isAskType()) {
                    boolean answer = qe.execAsk();
                    switch (format) {
                        case table, text -> out.println(answer ? "yes" : "no");
                        default -> ResultsWriter.create().lang(lang(format)).build().write(os, answer);
                    }
                } else if (query.isConstructType()) {
                    RDFDataMgr.write(os, withPrefixes(qe.execConstruct()), Lang.TURTLE);
                } else if (query.isDescribeType()) {
                    RDFDataMgr.write(os, withPrefixes(qe.execDescribe()), Lang.TURTLE);
                } else {
                    throw new NewsgraphException("only SELECT, ASK, CONSTRUCT and DESCRIBE queries are supported");
                }
                try {
                    os.flush();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                return null;
            });
        }
        out.flush();
        if (time) {
            spec.commandLine().getErr().printf(java.util.Locale.ROOT, "Time: %.3f sec%n", (System.nanoTime() - started) / 1e9);
        }
        return 0;
    }

    /** Applies --limit and --offset to the query, in place of its own. */
    private void page(Query query) {
        if (limit != null) {
            if (limit < 0) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--limit must be 0 or more, not " + limit);
            }
            query.setLimit(limit == 0 ? Query.NOLIMIT : limit);
        }
        if (offset != null) {
            if (offset < 0) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--offset must be 0 or more, not " + offset);
            }
            query.setOffset(offset == 0 ? Query.NOLIMIT : offset);
        }
    }

    private void writeResults(OutputStream os, ResultSet rs, Query query) {
        if (format == Format.table || format == Format.text) {
            ResultSetFormatter.out(os, rs, query.getPrologue());
        } else {
            ResultsWriter.create().lang(lang(format)).build().write(os, rs);
        }
    }

    private static org.apache.jena.rdf.model.Model withPrefixes(org.apache.jena.rdf.model.Model m) {
        NG.PREFIXES.forEach(m::setNsPrefix);
        return m;
    }

    private static Lang lang(Format f) {
        return switch (f) {
            case csv -> ResultSetLang.RS_CSV;
            case tsv -> ResultSetLang.RS_TSV;
            case json -> ResultSetLang.RS_JSON;
            case xml -> ResultSetLang.RS_XML;
            case table, text -> ResultSetLang.RS_Text;
        };
    }

    /** The query text: the file's content when the argument names a file. */
    static String readQuery(String arg) throws IOException {
        Path p = Path.of(arg.length() < 4096 && !arg.contains("\n") ? arg : ".");
        if (!arg.contains("\n") && arg.length() < 4096 && Files.isRegularFile(p)) {
            return Files.readString(p, StandardCharsets.UTF_8);
        }
        if (arg.endsWith(".rq") && !arg.contains(" ")) {
            throw new NewsgraphException(arg + ": no such query file");
        }
        return arg;
    }

    /** Parses with the newsgraph prefixes predeclared; errors name the source, line and column. */
    static Query parse(String text, String source) {
        Query q = new Query();
        NG.PREFIXES.forEach(q::setPrefix);
        try {
            return QueryFactory.parse(q, text, null, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            String where = source.length() < 200 && !source.contains("\n") && source.endsWith(".rq") ? source + ": " : "";
            throw new NewsgraphException(where + describe(e), e);
        }
    }

    private static final Pattern AT = Pattern.compile("(?i)at line (\\d+), column (\\d+)");
    private static final Pattern TOKEN = Pattern.compile("^Encountered \" \\S+ \"(.*?) \"\" at");
    private static final Pattern LEXICAL = Pattern.compile("Encountered: (?:'.*?' \\((\\d+)\\)|<EOF>),? after (?:prefix )?\"(.*)\"");

    /**
     * The parser's complaint in one line: where (the offending token's line and column, which
     * JavaCC puts in the message; the exception's own position is the token before) and what.
     */
    static String describe(QueryParseException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        String first = message.lines().findFirst().orElse("").strip();
        int line = e.getLine();
        int column = e.getColumn();
        Matcher at = AT.matcher(first);
        if (at.find()) {
            line = Integer.parseInt(at.group(1));
            column = Integer.parseInt(at.group(2));
        }
        String what;
        Matcher token = TOKEN.matcher(first);
        Matcher lexical = LEXICAL.matcher(first);
        if (first.startsWith("Encountered \"<EOF>\"")) {
            what = "the query ends too early (a missing '}' or ')'?)";
        } else if (token.find()) {
            what = "unexpected \"" + token.group(1).strip() + "\"";
        } else if (first.startsWith("Lexical error") && lexical.find()) {
            what = lexical.group(1) == null
                    ? "the query ends inside \"" + lexical.group(2) + "\" (an unclosed quote or IRI?)"
                    : "unexpected character '" + Character.toString(Integer.parseInt(lexical.group(1))) + "' after \""
                            + lexical.group(2) + "\"";
        } else {
            what = first.replaceFirst("(?i)^line \\d+, column \\d+:\\s*", "");
        }
        String place = line > 0 ? " at line " + line + ", column " + column : "";
        return "syntax error in query" + place + ": " + what;
    }
}
