package main

import (
	"context"

	"github.com/spf13/cobra"

	"github.com/kg-analytics/kg/extract"
	"github.com/kg-analytics/kg/identity"
)

// parseShard checks kg extract --shard before any file is read: "" keeps every input.
func (f *extractFlags) parseShard(s string) error {
	if s == "" {
		return nil
	}
	sh, err := extract.ParseShard(s)
	if err != nil {
		return asUsage(err)
	}
	f.shard = sh
	return nil
}

// documentSource hands documents to kg build in order, as extract.Run does.
type documentSource func(ctx context.Context, emit func(extract.Result) error) (extract.Summary, error)

// recordsSource is kg build --from: the documents of record files written by
// kg extract --format records, checked whole before the build writes anything. The inputs
// it returns stand for those documents (progress total, --prune's list of what is present).
// Without index, the files are not read ahead and no inputs are returned: kg import reads
// every document before it touches the database anyway, so a first pass would only read
// the files twice.
func recordsSource(ctx context.Context, from string, args []string, index bool) ([]extract.Input, documentSource, error) {
	if len(args) > 0 {
		return nil, nil, usageErrorf("give either --from RECORDS or paths to extract, not both")
	}
	files, err := extract.RecordFiles(from)
	if err != nil {
		return nil, nil, asUsage(err)
	}
	var inputs []extract.Input
	if index {
		if inputs, err = extract.IndexRecords(ctx, files); err != nil {
			return nil, nil, asUsage(err)
		}
	}
	return inputs, func(ctx context.Context, emit func(extract.Result) error) (extract.Summary, error) {
		return extract.ReadRecords(ctx, files, emit)
	}, nil
}

// buildInputs are what kg build and kg import read: the inputs (from records with --from, else
// from paths), the extractor and the analyst's identity corrections.
type buildInputs struct {
	inputs []extract.Input
	source documentSource // nil: extract the inputs
	x      *extract.Extractor
	corr   *identity.Corrections
}

// loadBuildInputs checks and loads them, mapping user errors to usage errors, before any
// connection to the graph is made.
// With index false (kg import), record files are not read ahead (recordsSource).
func loadBuildInputs(cmd *cobra.Command, args []string, from string, in extractFlags, cfg config, index bool) (buildInputs, error) {
	var b buildInputs
	var err error
	if from != "" {
		b.inputs, b.source, err = recordsSource(cmd.Context(), from, args, index)
	} else {
		var paths []string
		if paths, err = inputPaths(cmd, args); err != nil {
			return b, err
		}
		if b.inputs, err = extract.CollectInputs(paths, in.manifest); err != nil {
			err = asUsage(err)
		}
	}
	if err != nil {
		return b, err
	}
	if b.x, err = extract.New(extract.Options{RuleDirs: cfg.RulesDirs}); err != nil {
		return b, usageErrorf("loading rules: %v", err)
	}
	if b.corr, err = loadCorrections(cfg); err != nil {
		return b, err
	}
	return b, nil
}
