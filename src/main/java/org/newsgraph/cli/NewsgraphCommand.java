package org.newsgraph.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/** The top-level {@code newsgraph} command. */
@Command(name = "newsgraph", mixinStandardHelpOptions = true, version = "newsgraph 0.1.0",
        description = {
            "Turns news articles into a knowledge graph of people, organisations, countries and places",
            "and what they did to each other, stored as RDF in an Apache Jena TDB2 store.",
            "",
            "Example:",
            "  newsgraph ingest seeds/",
            "  newsgraph query queries/advisers.rq"
        },
        subcommands = {IngestCommand.class, QueryCommand.class, ExportCommand.class, ArticlesCommand.class,
                DeleteCommand.class, StatsCommand.class, ServeCommand.class, ValidateCommand.class, EntitiesCommand.class, ExplainCommand.class,
                HelpCommand.class})
public final class NewsgraphCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
