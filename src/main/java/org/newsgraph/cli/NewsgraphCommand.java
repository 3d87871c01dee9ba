package org.newsgraph.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/** The top-level {@code newsgraph} command. */
@Command(name = "newsgraph", mixinStandardHelpOptions = true, versionProvider = NewsgraphCommand.Version.class,
        description = {
            "Turns news articles into a knowledge graph of people, organisations, countries and "
                + "places and what they did to each other, stored as RDF in an Apache Jena TDB2 store.",
            "",
            "Example:",
            "  newsgraph ingest seeds/",
            "  newsgraph query queries/advisers.rq"
        },
        subcommands = {IngestCommand.class, QueryCommand.class, ExportCommand.class, ArticlesCommand.class,
                DeleteCommand.class, StatsCommand.class, ServeCommand.class, ValidateCommand.class, EntitiesCommand.class,
                ReextractCommand.class, ExplainCommand.class, ExtractCommand.class,
                HelpCommand.class})
public final class NewsgraphCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** The version the build recorded, and what it records as the producer of each graph. */
    static final class Version implements picocli.CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"newsgraph " + org.newsgraph.Fingerprint.version()};
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
