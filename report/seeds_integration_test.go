package report_test

import (
	"bytes"
	"context"
	"errors"
	htmlpkg "html"
	"regexp"
	"strings"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/kg-analytics/kg/cypher"
	"github.com/kg-analytics/kg/extract"
	"github.com/kg-analytics/kg/graph"
	"github.com/kg-analytics/kg/graph/graphtest"
	"github.com/kg-analytics/kg/report"
)

// seedGraph wipes the test server and builds the graph from seeds/ with `kg build`, the way a
// user would, so the reports are checked against what the real pipeline writes.
func seedGraph(t *testing.T) (*graph.Client, graphtest.Server, string) {
	t.Helper()
	client, srv := graphtest.Open(t)
	bin := graphtest.BuildKG(t, "../cmd/kg")
	if out, errOut, code := srv.RunKG(t, bin, "build", "../seeds"); code != 0 {
		t.Fatalf("kg build ../seeds exited %d\n%s%s", code, out, errOut)
	}
	return client, srv, bin
}

// row is what a report row must contain: column -> text the cell must contain (a list cell
// is its items joined by "; ").
type row map[string]string

func TestReportsOnSeeds(t *testing.T) {
	client, srv, bin := seedGraph(t)
	cat, err := cypher.Reports()
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()

	// Every expectation below can be checked by reading seeds/: the sentence is quoted.
	tests := []struct {
		report string
		params map[string]string
		want   []row // each must match some row
		none   bool  // the report must return no row
	}{
		// "on October 18, 2024, Russia's Foreign Minister Sergei Lavrov embarked on a visit to North Korea"
		{"entity-profile", map[string]string{"entity": "DPRK"}, []row{
			{"entity": "North Korea", "direction": "in", "relation": "VISITED", "other": "Sergey Lavrov", "dates": "2024-10-18"},
			// "Kim Jong Un" is "North Korea's leader"
			{"relation": "OFFICIAL_OF", "other": "Kim Jong Un", "roles": "leader"},
		}, false},
		// The same relations, one row per type and direction; MET_WITH and ALLY_OF without one.
		{"entity-summary", map[string]string{"entity": "DPRK"}, []row{
			{"entity": "North Korea", "relation": "-[SUPPLIED]->", "others": "Russia (", "items": "ammunition"},
			// "The prior Russian unwillingness to provide the latest military technology to
			// Pyongyang" (no item is named: the satellites of "Russian technology exports ...
			// demonstrated by ... surveillance satellites" are no stated transfer, issue 11).
			{"relation": "<-[SUPPLIED]-", "others": "Russia (1, 1 denied)"},
			{"relation": "-[ALLY_OF]-", "others": "China"},
			{"relation": "<-[VISITED]-", "others": "Sergey Lavrov", "dates": "2024-10-18"},
		}, false},
		{"entity-summary", map[string]string{"entity": "Lavrov"}, []row{{"relation": "-[MET_WITH]-", "others": "Kim Jong Un"}}, false},
		{"entity-profile", map[string]string{"entity": "D.P.R.K."}, []row{{"entity": "North Korea", "relation": "VISITED", "other": "Sergey Lavrov"}}, false},
		{"entity-profile", map[string]string{"entity": "state:prk"}, []row{{"entity": "North Korea", "relation": "ALLY_OF", "other": "Russia"}}, false},
		// "It is known that North Korea has supplied Russia with large quantities of military
		// equipment, like ammunition and missiles."; "The prior Russian unwillingness to provide
		// the latest military technology to Pyongyang has been well noted."
		{"transfers", map[string]string{"entity": "north korea"}, []row{
			{"supplier": "North Korea", "recipient": "Russia", "item": "ammunition", "polarity": "asserted", "evidence": "It is known that North Korea has supplied Russia"},
			{"supplier": "North Korea", "recipient": "Russia", "item": "missiles", "polarity": "asserted"},
			{"supplier": "Russia", "recipient": "North Korea", "polarity": "denied", "evidence": "unwillingness to provide"},
		}, false},
		// The Lavrov visit, and "On September 12, 2023, ... Kim Jong Un met Russian President Vladimir Putin"
		{"visits", map[string]string{"entity": "North Korea"}, []row{
			{"date": "2024-10-18", "relation": "VISITED", "who": "Sergey Lavrov", "with_or_to": "North Korea", "polarity": "asserted"},
			{"date": "2023-09-12", "relation": "MET_WITH", "who": "Kim Jong Un", "with_or_to": "Vladimir Putin"},
		}, false},
		// "on March 29, 2024, Russia vetoed the United Nations' renewal of the Panel of Experts"
		{"vetoes-sanctions", nil, []row{{"actor": "Russia", "relation": "VETOED", "target": "Panel of Experts", "dates": "2024-03-29"}}, false},
		// "Russian Foreign Minister Sergey Lavrov", "Russian Defense Minister Sergei Shoigu"
		// "On July 27, 2023, ... Russian Defense Minister Sergei Shoigu in Pyongyang"
		{"officials", map[string]string{"entity": "Russia"}, []row{
			{"official": "Sergey Lavrov", "role": "Foreign Minister", "of": "Russia"},
			{"official": "Sergei Shoigu", "role": "Defense Minister", "of": "Russia", "from": "2023-07-27", "to": "2023-07-27", "former": "false"},
		}, false},
		{"officials", map[string]string{"entity": "Lavrov"}, []row{{"official": "Sergey Lavrov", "of": "Russia"}}, false},
		// "Lavrov's discussions with Kim Jong Un"
		{"paths", map[string]string{"from": "Lavrov", "to": "Kim Jong Un"}, []row{{"hops": "1", "relations": "MET_WITH", "path": "Sergey Lavrov"}}, false},
		// Lavrov is Russia's minister and Russia is aligned with Iran: two hops, none within one.
		{"paths", map[string]string{"from": "Lavrov", "to": "Iran", "k": "3"}, []row{{"hops": "2", "names": "Russia"}}, false},
		{"paths", map[string]string{"from": "Lavrov", "to": "Iran", "k": "1"}, nil, true},
		// Putin's visit to North Korea is anticipated ("a potential visit of Putin to North
		// Korea") and denied ("Putin has yet to do so").
		{"contested", nil, []row{{"src": "Vladimir Putin", "relation": "VISITED", "dst": "North Korea", "denied_by": "has yet to do so",
			"asserted_by": "potential visit of Putin"}}, false},
		{"most-connected", map[string]string{"limit": "3"}, []row{{"entity": "Russia", "type": "State"}, {"entity": "North Korea"}}, false},
		{"most-connected", map[string]string{"type": "Person", "limit": "5"}, []row{{"entity": "Kim Jong Un", "type": "Person"}}, false},
		// Niklas Swanström is a fellow of the Foreign Policy Institute and the director of ISDP:
		// the two institutes share a neighbour and the word "institute" (and are two bodies).
		{"suspected-duplicates", map[string]string{"type": "Institution"}, []row{
			{"a_id": "inst:foreign-policy-institute", "b_id": "inst:isdp", "shared_neighbours": "Niklas Swanström", "shared_words": "institute"},
		}, false},
		{"co-mentioned", map[string]string{"entity": "DPRK"}, []row{{"entity": "North Korea", "co_mentioned": "Russia", "documents": "2"}}, false},
		{"evidence", map[string]string{"entity": "Russia", "relation": "VETOED"}, []row{
			{"src": "Russia", "relation": "VETOED", "dst": "Panel of Experts", "document": "RUSSIA-DPRK RELATIONS", "sentences": "vetoed"},
		}, false},
	}
	// Time bounds and date order.
	bounded := []struct {
		report string
		params map[string]string
		want   []row  // each must match some row
		none   bool   // the report must return no row
		absent []row  // none may match any row
		sorted string // this column's values come in ascending order, nulls last
	}{
		// Time bounds: the Lavrov visit (2024-10-18) and the Kim-Putin summit (2023-09-12).
		{report: "visits", params: map[string]string{"entity": "North Korea", "since": "2024"},
			want:   []row{{"date": "2024-10-18", "who": "Sergey Lavrov"}},
			absent: []row{{"date": "2023-09-12"}}, sorted: "date"},
		{report: "visits", params: map[string]string{"entity": "North Korea", "until": "2023-12"},
			want:   []row{{"date": "2023-09-12", "relation": "MET_WITH"}},
			absent: []row{{"date": "2024-10-18"}}, sorted: "date"},
		{report: "entity-profile", params: map[string]string{"entity": "DPRK", "since": "2024-10-01", "until": "2024-10-31"},
			want:   []row{{"relation": "VISITED", "other": "Sergey Lavrov", "dates": "2024-10-18"}},
			absent: []row{{"relation": "OFFICIAL_OF"}}},
		{report: "vetoes-sanctions", params: map[string]string{"since": "2024-04"},
			absent: []row{{"relation": "VETOED", "dates": "2024-03-29"}}},
		{report: "vetoes-sanctions", params: map[string]string{"until": "2024-03"},
			want: []row{{"actor": "Russia", "relation": "VETOED", "dates": "2024-03-29"}}},
		{report: "transfers", params: map[string]string{"entity": "north korea", "since": "2100"}, none: true},
		// The timeline of North Korea in date order ("... to launch its first "spy" satellite into
		// orbit on November 21, 2023"); "2024-03" keeps the veto of March 29.
		{report: "timeline", params: map[string]string{"entity": "North Korea"},
			want:   []row{{"date": "2023-11-21", "relation": "LAUNCHED"}, {"date": "2024-10-18", "relation": "VISITED", "subject": "Sergey Lavrov"}},
			sorted: "date"},
		{report: "timeline", params: map[string]string{"entity": "Russia", "since": "2024-03", "until": "2024-03"},
			want:   []row{{"date": "2024-03-29", "relation": "VETOED", "subject": "Russia", "object": "Panel of Experts"}},
			absent: []row{{"date": "2024-10-18"}, {"date": "2023"}}, sorted: "date"},
	}
	for _, tt := range bounded {
		tests = append(tests, struct {
			report string
			params map[string]string
			want   []row
			none   bool
		}{tt.report, tt.params, tt.want, tt.none})
	}
	covered := map[string]bool{}
	for _, tt := range tests {
		covered[tt.report] = true
		t.Run(tt.report+"/"+paramsName(tt.params), func(t *testing.T) {
			r, err := cat.Get(tt.report)
			if err != nil {
				t.Fatal(err)
			}
			values, err := r.Bind(tt.params)
			if err != nil {
				t.Fatal(err)
			}
			tab, err := report.Run(ctx, client, r, values)
			if err != nil {
				t.Fatal(err)
			}
			if tt.none {
				if len(tab.Rows) != 0 {
					t.Fatalf("want no rows, got %d:\n%s", len(tab.Rows), render(t, tab))
				}
				return
			}
			for _, w := range tt.want {
				if !hasRow(t, tab, w) {
					t.Errorf("no row with %v in:\n%s", w, render(t, tab))
				}
			}
			for _, b := range bounded {
				if b.report != tt.report || paramsName(b.params) != paramsName(tt.params) {
					continue
				}
				for _, w := range b.absent {
					if hasRow(t, tab, w) {
						t.Errorf("a row with %v in:\n%s", w, render(t, tab))
					}
				}
				if b.sorted != "" {
					checkSorted(t, tab, b.sorted)
				}
			}
		})
	}
	for _, name := range cat.Names() {
		if !covered[name] {
			t.Errorf("report %s has no test on the seed graph", name)
		}
	}

	t.Run("plans", func(t *testing.T) { checkPlans(t, client, cat) })
	t.Run("guide has no planner warnings", func(t *testing.T) { checkGuideWarnings(t, srv, cat) })

	// Every report's default run, on a 120- and an 80-column terminal: no line wider, every
	// cell (evidence included) read back whole, and entities named rather than given by id.
	t.Run("fits", func(t *testing.T) {
		idRe := regexp.MustCompile(`\b(state|person|inst|weapon|place|agr):[A-Za-z0-9-]+`)
		for _, r := range cat.All() {
			values, err := r.Bind(nil)
			if err != nil {
				t.Fatal(err)
			}
			tab, err := report.Run(ctx, client, r, values)
			if err != nil {
				t.Fatal(err)
			}
			// Cells of columns named as ids may hold ids; every other cell names entities.
			for _, row := range tab.Rows {
				for i, v := range row {
					c := tab.Columns[i]
					if c == "id" || strings.HasSuffix(c, "_id") || strings.HasSuffix(c, "ids") {
						continue
					}
					if id := idRe.FindString(text(v)); id != "" {
						t.Errorf("%s: column %s shows the id %s instead of a name", r.Name, c, id)
					}
				}
			}
			for _, w := range []int{120, 80} {
				var b bytes.Buffer
				if err := report.Write(&b, tab, "table", report.Options{Width: w}); err != nil {
					t.Fatal(err)
				}
				if err := report.CheckTable(tab, b.String(), w); err != nil {
					t.Errorf("%s at width %d: %v\n%s", r.Name, w, err, b.String())
				}
				if strings.Contains(b.String(), "[]") {
					t.Errorf("%s at width %d prints an empty list as []:\n%s", r.Name, w, b.String())
				}
			}
		}
	})

	t.Run("unknown entity", func(t *testing.T) {
		r, _ := cat.Get("entity-profile")
		values, _ := r.Bind(map[string]string{"entity": "Northh Korea"})
		_, err := report.Run(ctx, client, r, values)
		if err == nil || !strings.Contains(err.Error(), `--param entity="Northh Korea" matches no entity`) ||
			!strings.Contains(err.Error(), "North Korea") {
			t.Errorf("error = %v, want no-match with a suggestion", err)
		}
	})

	t.Run("read-only", func(t *testing.T) {
		_, err := report.Query(ctx, client, "CREATE (:Scratch {x: 1})", nil, false)
		if !errors.Is(err, graph.ErrWriteInReadMode) {
			t.Fatalf("write in read mode: error = %v", err)
		}
		tab, err := report.Query(ctx, client, "MATCH (n:Scratch) RETURN count(n) AS n", nil, false)
		if err != nil || text(tab.Rows[0][0]) != "0" {
			t.Fatalf("the refused write left data behind: %v %v", tab.Rows, err)
		}
	})

	t.Run("cli", func(t *testing.T) {
		cli := []struct {
			args     []string
			code     int
			stdout   string
			stderr   string
			noStderr bool
		}{
			{[]string{"report", "run", "vetoes-sanctions", "--format", "csv"}, 0, "Russia,VETOED,UN Panel of Experts", "", true},
			{[]string{"report", "run", "officials", "--param", "entity=Lavrov", "--format", "json"}, 0, `"official": "Sergey Lavrov"`, "", true},
			{[]string{"report", "run", "paths", "--param", "from=Lavrov", "--param", "to=Kim Jong Un", "--format", "markdown"}, 0, "| 1 | Sergey Lavrov", "", true},
			{[]string{"report", "run", "evidence", "--param", "relation=supplied", "--format", "csv"}, 0, "SUPPLIED", "", true},
			{[]string{"report", "run", "most-connected", "--param", "type=person", "--format", "csv"}, 0, "Kim Jong Un,Person", "", true},
			{[]string{"report", "run", "nope"}, 2, "", `kg: no report "nope"; available: co-mentioned,`, false},
			{[]string{"report", "run", "paths", "--param", "k=9"}, 2, "", "kg: report paths: --param k=\"9\": want a value in 1..6", false},
			{[]string{"report", "run", "paths", "--param", "hops=2"}, 2, "", `kg: report paths has no param "hops"; it accepts from (entity, default "Sergey Lavrov"), to (entity, default "Kim Jong Un"), k (int 1..6, default 4)`, false},
			{[]string{"report", "run", "visits", "--param", "entity"}, 2, "", `want NAME=VALUE`, false},
			{[]string{"report", "run", "visits", "--format", "xml"}, 2, "", `kg: unknown format "xml"; want one of table, csv, json, markdown`, false},
			{[]string{"query", "CREATE (:Scratch)"}, 1, "", "kg: query: the statement writes to the graph, and kg query is read-only; re-run with --write to allow writes", false},
			{[]string{"query", "MATCH (e:State {id: $id}) RETURN e.name AS name", "--param", "id=state:PRK"}, 0, "North Korea", "", true},
			{[]string{"query", "RETURN $n + 1 AS n", "--param", "n=41", "--format", "csv"}, 0, "n\n42\n", "", true},
			{[]string{"query", "MATCH (n) RETURN n LIMIT"}, 1, "", "kg: query: Invalid input", false},
			{[]string{"report", "show", "entity-profile", "--param", "entity=DPRK"}, 0, ":param entity => \"DPRK\";\n:param since => \"\";\n:param until => \"\";\n:param evidence => 3;\n", "", true},
		}
		for _, c := range cli {
			out, errOut, code := srv.RunKG(t, bin, c.args...)
			if code != c.code || !strings.Contains(out, c.stdout) || !strings.Contains(errOut, c.stderr) || (c.noStderr && errOut != "") {
				t.Errorf("kg %s: exit %d\nstdout: %s\nstderr: %s\nwant exit %d, stdout with %q, stderr with %q",
					strings.Join(c.args, " "), code, out, errOut, c.code, c.stdout, c.stderr)
			}
			if strings.Contains(errOut, "goroutine ") || strings.Count(strings.TrimSpace(errOut), "\n") > 0 {
				t.Errorf("kg %s: stderr is not one line: %s", strings.Join(c.args, " "), errOut)
			}
		}
		// The refused write must not have happened either.
		out, _, _ := srv.RunKG(t, bin, "query", "MATCH (n:Scratch) RETURN count(n) AS n", "--format", "csv")
		if out != "n\n0\n" {
			t.Errorf("after a refused write: %q", out)
		}
		if _, errOut, code := srv.RunKG(t, bin, "query", "--write", "CREATE (:Scratch) RETURN 1 AS one"); code != 0 {
			t.Errorf("kg query --write: exit %d: %s", code, errOut)
		}
	})
}

// checkPlans checks the plans on the seed graph: every report that takes an entity starts
// from a unique-index seek on Alias(key), one per entity param, no report scans all nodes,
// and the whole-graph reports scan no label or relationship type (graph.PlanScans).
func checkPlans(t *testing.T, client *graph.Client, cat *cypher.Catalog) {
	for _, r := range cat.All() {
		t.Run(r.Name, func(t *testing.T) {
			values, err := r.Bind(nil)
			if err != nil {
				t.Fatal(err)
			}
			ops, err := client.Explain(context.Background(), r.Query, values)
			if err != nil {
				t.Fatal(err)
			}
			plan := strings.Join(ops, "\n")
			for _, msg := range graph.PlanScans(ops, r.WholeGraph()) {
				t.Errorf("plan %s in:\n%s", msg, plan)
			}
			entities := 0
			for _, p := range r.Params {
				if p.Type == cypher.TypeEntity {
					entities++
				}
			}
			seeks := 0
			for _, op := range ops {
				if strings.HasPrefix(op, "NodeUniqueIndexSeek") && strings.Contains(op, ":Alias(key)") {
					seeks++
				}
			}
			if seeks != entities {
				t.Errorf("%d entity params but %d Alias(key) index seeks in:\n%s", entities, seeks, plan)
			}
		})
	}
}

func paramsName(p map[string]string) string {
	if len(p) == 0 {
		return "defaults"
	}
	var parts []string
	for _, k := range []string{"entity", "from", "to", "k", "type", "relation", "limit", "since", "until"} {
		if v, ok := p[k]; ok {
			parts = append(parts, k+"="+v)
		}
	}
	return strings.Join(parts, ",")
}

func text(v any) string {
	var b bytes.Buffer
	_ = report.Write(&b, report.Table{Columns: []string{"x"}, Rows: [][]any{{v}}}, "csv", report.Options{})
	s := strings.TrimPrefix(b.String(), "x\n")
	return strings.Trim(strings.TrimSuffix(s, "\n"), `"`)
}

func hasRow(t *testing.T, tab report.Table, want row) bool {
	t.Helper()
	col := map[string]int{}
	for i, c := range tab.Columns {
		col[c] = i
	}
	for k := range want {
		if _, ok := col[k]; !ok {
			t.Fatalf("report has no column %q (columns: %v)", k, tab.Columns)
		}
	}
	for _, r := range tab.Rows {
		ok := true
		for k, v := range want {
			if !strings.Contains(text(r[col[k]]), v) {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

func render(t *testing.T, tab report.Table) string {
	var b bytes.Buffer
	if err := report.Write(&b, tab, "table", report.Options{Width: 120}); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// checkSorted: the column's values come in ascending order, empty ones last.
func checkSorted(t *testing.T, tab report.Table, column string) {
	t.Helper()
	k := -1
	for i, c := range tab.Columns {
		if c == column {
			k = i
		}
	}
	if k < 0 {
		t.Fatalf("report has no column %q (columns: %v)", column, tab.Columns)
	}
	prev := ""
	for i, r := range tab.Rows {
		v := text(r[k])
		if i > 0 && (prev == "" && v != "" || v != "" && v < prev) {
			t.Errorf("row %d: %s %q after %q: not in order\n%s", i, column, v, prev, render(t, tab))
			return
		}
		prev = v
	}
}

// checkGuideWarnings asks the planner (EXPLAIN) for every query of the Browser guide, the
// reports' and its own, and fails on any notification, which Browser shows in a warning tab
// beside the result (such as an exhaustive shortest-path search).
func checkGuideWarnings(t *testing.T, srv graphtest.Server, cat *cypher.Catalog) {
	ctx := context.Background()
	html, err := cypher.Guide(cat, "http://127.0.0.1/kg/style.grass", extract.RelationTypes())
	if err != nil {
		t.Fatal(err)
	}
	params := map[string]any{"entity": cypher.DefaultEntity, "from": "North Korea", "to": "Russia"}
	for _, r := range cat.All() {
		values, err := r.Bind(nil)
		if err != nil {
			t.Fatal(err)
		}
		for k, v := range values {
			if _, ok := params[k]; !ok {
				params[k] = v
			}
		}
	}
	drv, err := neo4j.NewDriverWithContext(srv.URI, neo4j.BasicAuth(srv.Username, srv.Password, ""))
	if err != nil {
		t.Fatal(err)
	}
	defer drv.Close(ctx)
	blocks := regexp.MustCompile(`(?s)<pre class="code runnable">(.*?)</pre>`).FindAllStringSubmatch(string(html), -1)
	queries := 0
	for _, b := range blocks {
		q := htmlpkg.UnescapeString(b[1])
		if strings.HasPrefix(strings.TrimSpace(q), ":") {
			continue
		}
		queries++
		sum, err := neo4j.ExecuteQuery(ctx, drv, "EXPLAIN "+q, params, neo4j.EagerResultTransformer,
			neo4j.ExecuteQueryWithDatabase(srv.Database), neo4j.ExecuteQueryWithReadersRouting())
		if err != nil {
			t.Errorf("EXPLAIN %s: %v", q, err)
			continue
		}
		// Browser lists informations (such as ExhaustiveShortestPath) in the same warning tab.
		for _, n := range sum.Summary.Notifications() {
			t.Errorf("planner %s %s (%s) on the guide's query:\n%s", n.SeverityLevel(), n.Code(), n.Title(), q)
		}
	}
	if queries < len(cat.All())+2 {
		t.Errorf("found %d queries in the guide, want at least one per report plus 2", queries)
	}
}
