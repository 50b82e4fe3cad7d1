package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/kg-analytics/kg/export"
)

func newExportCommand() *cobra.Command {
	var (
		format, out  string
		types        []string
		since, until string
		claims, bom  bool
	)
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Export the entity graph as GraphML, CSV or JSON Lines (read-only)",
		Long: `Writes the entity graph for other tools: every entity, and every typed relationship
with its dates, claim counts (asserted / denied), items, roles and modalities. Entity ids
are the graph's (state:PRK); MET_WITH and ALLY_OF are undirected.

  graphml  one GraphML document (Gephi, yEd, Cytoscape, networkx): node attributes label,
           type, aliases; edge attributes label, relation, weight (claims), claims,
           asserted, denied, first_date, last_date, dates, items, roles, modalities,
           documents; undirected edges carry directed="false".
  csv      nodes.csv and edges.csv (and claims.csv with --claims) into the folder --out,
           with Gephi's spreadsheet columns first (Id, Label; Source, Target, Type, Label,
           Weight); lists are joined with "; ". --bom adds the UTF-8 byte-order
           mark Excel needs to show non-ASCII text (curly quotes, accents) correctly.
  jsonl    one JSON object per line: "kind" entity, relation or claim.

--claims adds every claim with its polarity, modality, document and evidence sentence
(GraphML: an evidence attribute on each edge). --type keeps entity types (State, Person,
...) and/or relation types (SUPPLIED, ...), in any case; a relation is kept when both its
ends are. --since/--until (YYYY, YYYY-MM or YYYY-MM-DD, inclusive) keep relations with a
date in range, and claims dated in range; undated ones are left out. Output is complete or
absent: nothing is written until the whole graph has been read.`,
		Example: `  kg export --format graphml --out kg.graphml
  kg export --format csv --out kg-csv/ --claims
  kg export --format jsonl --type state,supplied --since 2023 > supplies.jsonl`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			// Every flag is checked before connecting, so a typo is reported as one.
			f, err := export.LookupFormat(format)
			if err != nil {
				return usageErrorf("export: %w", err)
			}
			if bom && f.Name != "csv" {
				return usageErrorf("export: --bom applies to --format csv only")
			}
			if f.Files && out == "" {
				return usageErrorf("export: --format %s writes several files; name their folder with --out DIR", f.Name)
			}
			ents, rels, err := export.ParseTypes(types)
			if err != nil {
				return usageErrorf("export: --type: %w", err)
			}
			for _, d := range [][2]string{{"since", since}, {"until", until}} {
				if err := export.CheckDate(d[0], d[1]); err != nil {
					return usageErrorf("export: %w", err)
				}
			}
			if since != "" && until != "" && since > until {
				return usageErrorf("export: --since %s is after --until %s", since, until)
			}
			client, err := openReadGraph(cmd)
			if err != nil {
				return err
			}
			defer client.Close(context.WithoutCancel(cmd.Context()))
			g, err := export.Read(cmd.Context(), client, export.Filter{
				EntityTypes: ents, RelationTypes: rels, Since: since, Until: until, Claims: claims})
			if err != nil {
				return fmt.Errorf("export: %w", err)
			}
			var o export.Output
			if err := f.Write(&o, g, export.WriteOptions{Claims: claims, BOM: bom}); err != nil {
				return fmt.Errorf("export: writing %s: %w", f.Name, err)
			}
			summary := fmt.Sprintf("%d entities, %d relations", len(g.Entities), len(g.Relations))
			if claims {
				summary += fmt.Sprintf(", %d claims", len(g.Claims))
			}
			switch {
			case f.Files:
				paths, err := o.WriteDir(out)
				if err != nil {
					return fmt.Errorf("export: %w", err)
				}
				fmt.Fprintf(cmd.ErrOrStderr(), "kg export: %s -> %s\n", summary, strings.Join(paths, ", "))
			case out != "" && out != "-":
				if err := o.WriteFile(out); err != nil {
					return fmt.Errorf("export: %w", err)
				}
				fmt.Fprintf(cmd.ErrOrStderr(), "kg export: %s -> %s\n", summary, out)
			default:
				return o.WriteStream(cmd.OutOrStdout())
			}
			return nil
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&format, "format", "graphml", "output format: "+strings.Join(export.FormatNames(), ", "))
	fl.StringVar(&out, "out", "", "file to write (graphml, jsonl; default standard output), or folder (csv, required)")
	fl.StringSliceVar(&types, "type", nil, "keep only these entity and/or relation types (repeatable or comma-separated; any case)")
	fl.StringVar(&since, "since", "", "keep relations dated on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)")
	fl.StringVar(&until, "until", "", "keep relations dated on or before this date (YYYY, YYYY-MM or YYYY-MM-DD)")
	fl.BoolVar(&bom, "bom", false, "csv: start each file with a UTF-8 byte-order mark, for Excel")
	fl.BoolVar(&claims, "claims", false, "also export every claim with its evidence sentence and document")
	return cmd
}
