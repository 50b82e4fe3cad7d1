package main

import (
	"context"

	"github.com/kg-analytics/kg/extract"
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
func recordsSource(ctx context.Context, from string, args []string) ([]extract.Input, documentSource, error) {
	if len(args) > 0 {
		return nil, nil, usageErrorf("give either --from RECORDS or paths to extract, not both")
	}
	files, err := extract.RecordFiles(from)
	if err != nil {
		return nil, nil, asUsage(err)
	}
	inputs, err := extract.IndexRecords(ctx, files)
	if err != nil {
		return nil, nil, asUsage(err)
	}
	return inputs, func(ctx context.Context, emit func(extract.Result) error) (extract.Summary, error) {
		return extract.ReadRecords(ctx, files, emit)
	}, nil
}
