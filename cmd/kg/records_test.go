package main

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// recordLines extracts paths as records (one shard when shard is set) and returns the lines.
func recordLines(t *testing.T, out string, shard string, paths ...string) []string {
	t.Helper()
	args := []string{"extract", "--format", "records", "-o", out}
	if shard != "" {
		args = append(args, "--shard", shard)
	}
	_, stderr, code := runKG(t, "", append(args, paths...)...)
	if code != 0 {
		t.Fatalf("kg %s: exit %d\n%s", strings.Join(args, " "), code, stderr)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	return strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
}

// TestExtractShardsUnion: the records of --shard 0/3, 1/3 and 2/3 are, together and in any
// order, the records of one unsharded run, each document in exactly one shard.
func TestExtractShardsUnion(t *testing.T) {
	dir := t.TempDir()
	corpus := "../../testdata/corpus"
	all := recordLines(t, filepath.Join(dir, "all.jsonl"), "", corpus)
	if len(all) < 20 {
		t.Fatalf("only %d records from %s", len(all), corpus)
	}
	var union []string
	for i := range 3 {
		lines := recordLines(t, filepath.Join(dir, fmt.Sprintf("shard-%d.jsonl", i)), fmt.Sprintf("%d/3", i), corpus)
		if len(lines) == 0 || len(lines) == len(all) {
			t.Errorf("shard %d/3 holds %d of %d documents", i, len(lines), len(all))
		}
		union = append(union, lines...)
	}
	slices.Sort(all)
	slices.Sort(union)
	if !slices.Equal(all, union) {
		t.Errorf("the shards' records (%d lines) differ from one run's (%d lines)", len(union), len(all))
	}
	// 0/1 is everything.
	one := recordLines(t, filepath.Join(dir, "one.jsonl"), "0/1", corpus)
	slices.Sort(one)
	if !slices.Equal(all, one) {
		t.Errorf("--shard 0/1 (%d lines) differs from no --shard (%d lines)", len(one), len(all))
	}
}

// A bad --shard is refused before any input is read: one line, exit 2, no output file.
func TestExtractShardFlagErrors(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "out.jsonl")
	for _, tc := range []struct{ shard, want string }{
		{"3/3", `--shard "3/3": the index must be from 0 to 2`},
		{"-1/2", `--shard "-1/2": the index must be from 0 to 1`},
		{"0/0", `--shard "0/0": the shard count must be at least 1`},
		{"two", `--shard "two": want i/n, e.g. 0/4`},
	} {
		_, stderr, code := runKG(t, "", "extract", "--format", "records", "--shard", tc.shard, "-o", out, filepath.Join(dir, "missing"))
		if code != 2 || stderr != "kg: "+tc.want+"\n" {
			t.Errorf("--shard %s: exit %d, stderr %q; want 2 and %q", tc.shard, code, stderr, tc.want)
		}
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("output written despite a bad --shard: %v", err)
	}
}

// kg build --from refuses bad records before connecting or writing anything.
func TestBuildFromBadRecords(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "scorer.jsonl"), `{"kind":"entity","doc":"a","id":"state:RUS","type":"State","name":"Russia","surfaces":[]}`+"\n")
	// No server listens on port 1: a build that got as far as connecting would say so.
	t.Setenv("NEO4J_URI", "bolt://127.0.0.1:1")
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--from", filepath.Join(dir, "scorer.jsonl")}, "not a kg record"},
		{[]string{"--from", filepath.Join(dir, "none")}, "records " + filepath.Join(dir, "none")},
		{[]string{"--from", dir, "../../seeds"}, "give either --from RECORDS or paths to extract, not both"},
	} {
		_, stderr, code := runKG(t, "", append([]string{"build"}, tc.args...)...)
		if code != 2 || !strings.Contains(stderr, tc.want) || strings.Count(stderr, "\n") != 1 {
			t.Errorf("build %v: exit %d, stderr %q; want 2 and one line with %q", tc.args, code, stderr, tc.want)
		}
	}
}
