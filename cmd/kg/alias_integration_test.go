package main

import (
	"context"
	"strings"
	"testing"

	"github.com/kg-analytics/kg/extract"
	"github.com/kg-analytics/kg/graph"
	"github.com/kg-analytics/kg/graph/graphtest"
)

// TestReportEntityAlias: `kg report run` with an entity param answers for the one entity a
// name names, or says in one line that it names none, or lists the entities it names and
// how to pick one by id, rather than reporting on all of them at once.
func TestReportEntityAlias(t *testing.T) {
	client, srv := graphtest.Open(t)
	bin := graphtest.BuildKG(t, ".")
	ctx := context.Background()
	if err := graphtest.Wipe(ctx, srv); err != nil {
		t.Fatal(err)
	}
	// Two states' defence ministries share their bare name as an alias (each document names
	// its ministry in full, then bare, as extraction does); each condemned a different state.
	doc := func(id, stateName, target, targetName string) extract.Document {
		body := extract.Entity{ID: "inst:" + strings.ToLower(stateName) + "-ministry-of-national-defence", Type: "Institution",
			Name: "Ministry of National Defence of " + stateName}
		tgt := extract.Entity{ID: target, Type: "State", Name: targetName}
		text := "The Ministry of National Defence of " + stateName + " condemned " + targetName + "."
		return extract.Document{
			Meta: extract.Meta{ID: id, SHA256: "sha-" + id, Title: id, Source: "Test Wire", Published: "2024-05-01", Path: "testdata/" + id + ".txt"},
			Sentences: []extract.Sentence{{Index: 0, Text: text},
				{Index: 1, Text: "The Ministry of National Defence said so."}},
			Entities: []extract.Entity{body, tgt},
			Mentions: []extract.Mention{{EntityID: body.ID, Sentence: 0, Surface: body.Name},
				{EntityID: tgt.ID, Sentence: 0, Surface: targetName},
				{EntityID: body.ID, Sentence: 1, Surface: "Ministry of National Defence"}},
			Relations: []extract.Relation{{Type: "CONDEMNED", Src: body.ID, Dst: tgt.ID, Polarity: "asserted", Modality: "fact", Sentence: 0}},
		}
	}
	for _, d := range []extract.Document{
		doc("mod-pl", "Poland", "state:RUS", "Russia"),
		doc("mod-lt", "Lithuania", "state:BLR", "Belarus"),
	} {
		if _, err := client.WriteDocument(ctx, d, graph.WriteOptions{}); err != nil {
			t.Fatal(err)
		}
	}
	for _, c := range []struct {
		name, entity string
		code         int
		stdout, not  string // stdout must hold stdout and not hold not
		stderr       []string
	}{
		{"unique alias", "Ministry of National Defence of Poland", 0, "Russia", "Belarus", nil},
		{"unknown alias", "Ministry of Silly Walks", 1, "", "", []string{
			`kg: report entity-profile: --param entity="Ministry of Silly Walks" matches no entity in the graph; did you mean Ministry of National Defence of Lithuania, Ministry of National Defence of Poland?`}},
		{"ambiguous alias", "ministry of national defence", 1, "", "", []string{
			`--param entity="ministry of national defence" names 2 entities: ` +
				`inst:lithuania-ministry-of-national-defence (Ministry of National Defence of Lithuania), ` +
				`inst:poland-ministry-of-national-defence (Ministry of National Defence of Poland); ` +
				`pick one by id, e.g. --param entity=inst:lithuania-ministry-of-national-defence`}},
		{"pick by id", "inst:lithuania-ministry-of-national-defence", 0, "Belarus", "Russia", nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			out, errOut, code := srv.RunKG(t, bin, "report", "run", "entity-profile", "--param", "entity="+c.entity, "--format", "csv")
			if code != c.code {
				t.Errorf("exit %d, want %d\nstdout: %s\nstderr: %s", code, c.code, out, errOut)
			}
			if !strings.Contains(out, c.stdout) || c.not != "" && strings.Contains(out, c.not) {
				t.Errorf("stdout %q: want %q and no %q", out, c.stdout, c.not)
			}
			for _, w := range c.stderr {
				if !strings.Contains(errOut, w) {
					t.Errorf("stderr %q: want %q", errOut, w)
				}
			}
			if c.stderr == nil && errOut != "" || strings.Count(strings.TrimSpace(errOut), "\n") > 0 {
				t.Errorf("stderr is not empty or one line: %q", errOut)
			}
		})
	}
}
