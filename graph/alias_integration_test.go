package graph_test

import (
	"reflect"
	"testing"

	"github.com/kg-analytics/kg/extract"
	"github.com/kg-analytics/kg/graph"
	"github.com/kg-analytics/kg/graph/graphtest"
)

// Two states' defence ministries share their bare name as an alias: each document names its
// ministry in full, then bare ("the Ministry of National Defence said"), as extraction does.
var (
	ltuMoD = extract.Entity{ID: "inst:lithuania-ministry-of-national-defence", Type: "Institution",
		Name: "Ministry of National Defence of Lithuania"}
	polMoD = extract.Entity{ID: "inst:poland-ministry-of-national-defence", Type: "Institution",
		Name: "Ministry of National Defence of Poland"}
)

// TestResolveAlias: a name names one entity, none, or several; an id names its entity alone.
func TestResolveAlias(t *testing.T) {
	c, srv := graphtest.Open(t)
	if err := graphtest.Wipe(ctxT(t), srv); err != nil {
		t.Fatal(err)
	}
	write(t, c,
		mkDoc("mod-pl", "sha-mod-pl", []string{"The Ministry of National Defence of Poland condemned Russia.", "The Ministry of National Defence said so."},
			[]extract.Entity{polMoD, rus}, []extract.Mention{m(polMoD.ID, 0, "Ministry of National Defence of Poland"), m(rus.ID, 0, "Russia"), m(polMoD.ID, 1, "Ministry of National Defence")},
			[]rel{{Type: "CONDEMNED", Src: polMoD.ID, Dst: rus.ID, Polarity: "asserted", Modality: "fact", Sentence: 0}}),
		mkDoc("mod-lt", "sha-mod-lt", []string{"The Ministry of National Defence of Lithuania condemned Russia.", "The Ministry of National Defence said so."},
			[]extract.Entity{ltuMoD, rus}, []extract.Mention{m(ltuMoD.ID, 0, "Ministry of National Defence of Lithuania"), m(rus.ID, 0, "Russia"), m(ltuMoD.ID, 1, "Ministry of National Defence")},
			[]rel{{Type: "CONDEMNED", Src: ltuMoD.ID, Dst: rus.ID, Polarity: "asserted", Modality: "fact", Sentence: 0}}),
	)
	for _, tc := range []struct {
		name, alias string
		want        graph.Resolved
	}{
		{"unique alias", "Ministry of National Defence of Poland", graph.Resolved{ID: polMoD.ID, Name: polMoD.Name}},
		{"unique alias, dots and case as typed", "RUSSIA.", graph.Resolved{ID: rus.ID, Name: rus.Name}},
		{"unknown alias suggests names that start like it", "Ministry of Silly Walks",
			graph.Resolved{Suggestions: []string{ltuMoD.Name, polMoD.Name}}},
		{"ambiguous alias lists every entity by id", "ministry of national  defence",
			graph.Resolved{Candidates: []graph.Candidate{{ID: ltuMoD.ID, Name: ltuMoD.Name}, {ID: polMoD.ID, Name: polMoD.Name}}}},
		{"an id picks one", "inst:lithuania-ministry-of-national-defence", graph.Resolved{ID: ltuMoD.ID, Name: ltuMoD.Name}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := c.ResolveAlias(ctxT(t), tc.alias)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("ResolveAlias(%q) = %+v, want %+v", tc.alias, got, tc.want)
			}
		})
	}
}
