package extract

import (
	"context"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// failFirst returns a fault for Extractor.fault that panics, as a bug would, the first time
// stage starts on a unit, and notes that unit's sentence in *at (-2 while it has not fired).
func failFirst(stage string, at *int) func(string, int) {
	*at = -2
	return func(s string, sentence int) {
		if s == stage && *at == -2 {
			*at = sentence
			var none []int
			_ = none[sentence+2] // index out of range
		}
	}
}

// TestStagePanicContained: a bug that panics in one stage costs that stage's unit (one
// sentence's entities, one list, or a document-wide pass's output), not the document.
// The document comes back with one warning naming it, the stage and the sentence, and stays
// well formed; for a per-sentence stage, the other sentences' relations are as without the
// failure.
func TestStagePanicContained(t *testing.T) {
	plain := "France condemned the Russian strike on Kyiv. Poland supplied Leopard tanks to Ukraine. Germany condemned Russia on Friday."
	list := "Norway today sanctioned two firms.\n\nThe following entities are designated under the regulations:\n\nKestrel Marine (Malta), a shipping firm that moved drone parts.\n\nBorealis Freight, a broker.\n\nOfficials said more would follow. Germany condemned Russia on Friday."
	for _, c := range []struct {
		stage, text  string
		perSentence  bool
		othersIntact bool // the relations of the sentences outside the unit are as without the failure
		unitEnd      int  // the last sentence of the unit that failed (a list), if past the first
	}{
		{stageEntities, plain, true, true, 0},
		{stageListLine, list, true, true, 3},
		{stageListGoesOn, "Yesterday Canada sanctioned seven judges who jailed critics in Iran. Among them is Judge Amir Rahimi. Germany condemned Russia on Friday.", true, true, 0},
		{stageDates, plain, false, false, 0},
		{stageAdoption, plain, false, true, 0},
		{stageCoref, plain, false, true, 0},
		{stageSignatures, plain, false, true, 0},
		{stageIssuers, plain, false, true, 0},
		{stageBrackets, plain, false, true, 0},
		{stageNamedDraft, plain, false, true, 0},
		{stagePlaceDates, plain, false, false, 0},
		{stageAllianceDay, plain, false, false, 0},
	} {
		t.Run(c.stage, func(t *testing.T) {
			meta := Meta{ID: "doc-7", Published: "2024-05-03"}
			want, err := newTestExtractor(t).Extract(context.Background(), meta, c.text)
			if err != nil || len(want.Warnings) != 0 {
				t.Fatalf("without a failure: %v, warnings %q", err, want.Warnings)
			}
			x := newTestExtractor(t)
			var at int
			x.fault = failFirst(c.stage, &at)
			got, err := x.Extract(context.Background(), meta, c.text)
			if err != nil {
				t.Fatal(err)
			}
			if at == -2 {
				t.Fatalf("stage %q never ran on this text", c.stage)
			}
			if (at >= 0) != c.perSentence {
				t.Fatalf("stage %q ran on sentence %d", c.stage, at)
			}
			if len(got.Warnings) != 1 {
				t.Fatalf("warnings %q, want one", got.Warnings)
			}
			where := "doc-7: "
			if at >= 0 {
				where += "sentence " + strconv.Itoa(at) + ": "
			}
			for _, part := range []string{where + c.stage + " failed", "index out of range", " at r37contain_test.go:"} {
				if !strings.Contains(got.Warnings[0], part) {
					t.Errorf("warning %q lacks %q", got.Warnings[0], part)
				}
			}
			documentContract(t, c.stage, got)
			if len(got.Entities) == 0 || len(got.Relations) == 0 {
				t.Errorf("the document lost more than the stage: %+v", got)
			}
			if c.othersIntact {
				others := func(rels []Relation) []Relation {
					return slices.DeleteFunc(slices.Clone(rels), func(r Relation) bool { return r.Sentence >= at && r.Sentence <= max(at, c.unitEnd) })
				}
				if !slices.EqualFunc(others(got.Relations), others(want.Relations), relationEqual) {
					t.Errorf("relations\n got %+v\nwant %+v", got.Relations, want.Relations)
				}
			}
			if c.stage == stageEntities {
				if slices.ContainsFunc(got.Mentions, func(m Mention) bool { return m.Sentence == at }) {
					t.Errorf("mentions in the failed sentence %d: %+v", at, got.Mentions)
				}
				if len(got.Mentions) == len(want.Mentions) {
					t.Errorf("no mention lost: %+v", got.Mentions)
				}
			}
		})
	}
}

// TestFuzzSeedsSkipBlind: the fuzz seeds hold the development sets' texts but none of a
// blind set's.
func TestFuzzSeedsSkipBlind(t *testing.T) {
	var dev bool
	for _, path := range fuzzSeedFiles() {
		set := filepath.Base(filepath.Dir(path))
		if blindSet(set) {
			t.Errorf("fuzz seed %s is in blind set %s", path, set)
		}
		dev = dev || set == "heldout39"
	}
	if !dev {
		t.Error("no fuzz seed from heldout39, a development set")
	}
}
