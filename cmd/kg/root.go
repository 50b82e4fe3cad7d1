package main

import (
	"github.com/spf13/cobra"
)

func newRootCommand() *cobra.Command {
	root := &cobra.Command{
		Use:   "kg",
		Short: "Build and query a knowledge graph of international relations",
		Long: `kg reads news and analysis about how states deal with each other, extracts states,
officials, institutions, weapons, places and agreements with rule-based extraction, and
writes them with dated, sourced relations into Neo4j. Every relation keeps the sentence and
document that state it.

Configuration comes from flags, then the environment (NEO4J_URI, NEO4J_USERNAME,
NEO4J_PASSWORD, NEO4J_DATABASE, KG_*), then kg.yaml in the working directory or the user
config directory, then defaults (bolt://localhost:7687).`,
		Example: `  kg extract seeds/ --format text
  kg build seeds/
  kg report run entity-profile --param entity=DPRK`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	pf := root.PersistentFlags()
	pf.String("config", "", "config file (default: ./kg.yaml, then the user config dir)")
	pf.String("uri", "", "Neo4j URI (env NEO4J_URI; default bolt://localhost:7687)")
	pf.String("username", "", "Neo4j user (env NEO4J_USERNAME; default neo4j)")
	pf.String("password", "", "Neo4j password; avoid: other users see command lines in ps. Prefer env NEO4J_PASSWORD; the local server's is found in .kg/neo4j/password")
	pf.String("database", "", "Neo4j database (env NEO4J_DATABASE; default neo4j)")
	pf.String("connect-timeout", "", "Neo4j connect timeout, e.g. 30s (env KG_CONNECT_TIMEOUT; default 15s)")
	pf.Int("workers", 0, "extraction workers (env KG_WORKERS; default: number of CPUs)")
	pf.String("log-level", "", "log level: debug, info, warn, error (env KG_LOG_LEVEL; default warn)")
	root.AddCommand(
		newExtractCommand(), newEvalCommand(),
		newStatusCommand(), newSchemaCommand(), newBuildCommand(),
		newReportCommand(), newQueryCommand(), newBrowserAssetsCommand(), newEntitiesCommand(),
		newExportCommand(), newImportCommand(),
	)
	applyUsagePolicy(root)
	return root
}
