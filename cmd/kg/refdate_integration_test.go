package main

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/kg-analytics/kg/graph/graphtest"
)

// TestBuildStoresReferenceDate: kg build stores each document's reference date on its
// Document node (issue 12): the header's Published line, the HTML page's publication
// metadata, or, with neither, the latest full date the text mentions; the published date
// stays empty when no source gave one.
func TestBuildStoresReferenceDate(t *testing.T) {
	client, srv := graphtest.Open(t)
	bin := graphtest.BuildKG(t, ".")
	dir := t.TempDir()
	files := map[string]string{
		"header.txt": "Lavrov lands in Pyongyang\nPublished: Monday, 3 March 2025\nSource: Test Wire\n\n" +
			"Russian Foreign Minister Sergey Lavrov visited Pyongyang on Friday.\n",
		"inferred.txt": "Kim Jong Un met Vladimir Putin on 12 September 2023 in Amur.\n\n" +
			"Sergey Lavrov visited Pyongyang on October 18, 2023, and met Kim the next day.\n",
		"page.html": `<!doctype html><html><head><title>Shoigu in Pyongyang</title>
<meta property="article:published_time" content="2023-07-28T09:00:00Z"></head>
<body><article><h1>Shoigu in Pyongyang</h1>
<p>Russian Defence Minister Sergei Shoigu visited Pyongyang on Thursday and met Kim Jong Un,
state media reported, in the first visit by a Russian defence minister since the Soviet era.</p>
<p>The two men toured an exhibition of weapons, including new drones and missiles, the agency said.</p>
</article></body></html>`,
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	kgOK(t, srv, bin, "build", "--identity", filepath.Join(t.TempDir(), "id.tsv"), dir)

	recs, err := client.Read(context.Background(),
		`MATCH (d:Document) RETURN d.id AS id, d.ref_date AS ref, coalesce(d.published, '') AS published`, nil)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string][2]string{}
	for _, r := range recs {
		id, _ := r.Get("id")
		ref, _ := r.Get("ref")
		pub, _ := r.Get("published")
		refS, _ := ref.(string)
		got[id.(string)] = [2]string{refS, pub.(string)}
	}
	want := map[string][2]string{
		"header":   {"2025-03-03", "2025-03-03"},
		"inferred": {"2023-10-18", ""},
		"page":     {"2023-07-28", "2023-07-28"},
	}
	for id, w := range want {
		if got[id] != w {
			t.Errorf("document %s: ref_date, published = %q, want %q", id, got[id], w)
		}
	}
	if len(got) != len(want) {
		t.Errorf("documents = %v, want %d", got, len(want))
	}
}
