package eval

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// These tests run the reference scorer (shared/eval/score.py) and the port on the same
// inputs and require identical output, byte for byte, in JSON, text and verbose text.

func sharedEval(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("KG_SHARED_EVAL")
	if dir == "" {
		dir = filepath.Join("..", "..", "shared", "eval")
	}
	if _, err := os.Stat(filepath.Join(dir, "score.py")); err != nil {
		t.Skipf("score.py not found in %s (set KG_SHARED_EVAL): %v", dir, err)
	}
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 not installed")
	}
	return dir
}

// runPython runs score.py and returns stdout and the exit status.
func runPython(t *testing.T, dir string, args ...string) (string, int) {
	t.Helper()
	cmd := exec.Command("python3", append([]string{filepath.Join(dir, "score.py")}, args...)...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("running score.py: %v", err)
	}
	if strings.Contains(stderr.String(), "Traceback") {
		t.Fatalf("score.py crashed: %s", stderr.String())
	}
	return strings.TrimSuffix(stdout.String(), "\n"), code
}

// runGo does what score.py's main does, with the port.
func runGo(goldPath, outPath, docs string, asJSON, verbose bool) (string, int) {
	warn := func(string) {}
	gold, err := LoadGoldFile(goldPath, warn)
	if err != nil {
		return "", 2
	}
	ids, err := SelectDocuments(gold, docs)
	if err != nil {
		return "", 2
	}
	out, malformed, err := LoadOutputFile(outPath, warn)
	if err != nil {
		return "", 2
	}
	r := Summarise(Score(gold, out, ids), gold, out, ids, malformed, verbose)
	if asJSON {
		return string(r.JSON()), 0
	}
	return r.Text(), 0
}

func compare(t *testing.T, dir, goldPath, outPath, docs string) {
	t.Helper()
	for _, mode := range []struct {
		json, verbose bool
	}{{true, true}, {false, true}} { // verbose output contains the plain output

		args := []string{goldPath, outPath}
		if mode.json {
			args = append(args, "--json")
		}
		if mode.verbose {
			args = append(args, "--verbose")
		}
		if docs != "" {
			args = append(args, "--docs", docs)
		}
		want, wantCode := runPython(t, dir, args...)
		got, gotCode := runGo(goldPath, outPath, docs, mode.json, mode.verbose)
		if gotCode != wantCode {
			t.Fatalf("%v: exit status %d, score.py %d", args, gotCode, wantCode)
		}
		if got != want {
			t.Fatalf("%v: output differs from score.py %s", args, firstDifference(want, got))
		}
	}
}

type rec map[string]any

func writeJSONL(t *testing.T, path string, lines []any) {
	t.Helper()
	var b bytes.Buffer
	for _, l := range lines {
		switch l := l.(type) {
		case string: // raw line, for malformed input
			b.WriteString(l + "\n")
		default:
			data, err := json.Marshal(l)
			if err != nil {
				t.Fatal(err)
			}
			b.Write(data)
			b.WriteByte('\n')
		}
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// goldShape is the part of a gold file these tests read back to build outputs from it.
type goldShape struct {
	Documents map[string]struct {
		Entities []struct {
			ID    string   `json:"id"`
			Type  string   `json:"type"`
			Names []string `json:"names"`
		} `json:"entities"`
		Relations []struct {
			Src      string   `json:"src"`
			Type     string   `json:"type"`
			Dst      string   `json:"dst"`
			Item     string   `json:"item"`
			Dates    []string `json:"dates"`
			Polarity string   `json:"polarity"`
			Modality string   `json:"modality"`
		} `json:"relations"`
	} `json:"documents"`
}

// outputFromGold builds extractor output from the gold file, passing each record through
// mutate (nil: drop it) so that cases from perfect to badly wrong come from one place.
func outputFromGold(t *testing.T, goldPath string, mutate func(r rec) rec) []any {
	t.Helper()
	data, err := os.ReadFile(goldPath)
	if err != nil {
		t.Fatal(err)
	}
	var g goldShape
	if err := json.Unmarshal(data, &g); err != nil {
		t.Fatal(err)
	}
	var ids []string
	for id := range g.Documents {
		ids = append(ids, id)
	}
	// Map order is random; sort so every run builds the same file.
	sortStrings(ids)
	var lines []any
	for _, id := range ids {
		doc := g.Documents[id]
		for _, e := range doc.Entities {
			r := rec{"kind": "entity", "doc": id, "id": e.ID, "type": e.Type, "name": e.Names[0], "surfaces": e.Names}
			if r = mutate(r); r != nil {
				lines = append(lines, map[string]any(r))
			}
		}
		for i, r := range doc.Relations {
			dates := r.Dates
			if len(dates) == 0 {
				dates = []string{""}
			}
			for _, d := range dates {
				out := rec{"kind": "relation", "doc": id, "type": r.Type, "src": r.Src, "dst": r.Dst,
					"polarity": r.Polarity, "modality": r.Modality, "sentence": i, "evidence": "evidence of " + r.Type}
				if d != "" {
					out["date"] = d
				} else {
					out["date"] = nil
				}
				if r.Item != "" {
					out["item"] = r.Item
				} else {
					out["item"] = nil
				}
				if out = mutate(out); out != nil {
					lines = append(lines, map[string]any(out))
				}
			}
		}
	}
	return lines
}

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

func TestParityWithScorePyOnSeedsGold(t *testing.T) {
	dir := sharedEval(t)
	goldPath := filepath.Join(dir, "seeds.gold.json")
	tmp := t.TempDir()
	rng := rand.New(rand.NewPCG(1, 2))
	pick := func(p float64) bool { return rng.Float64() < p }
	types := []string{"State", "Person", "Institution", "Weapon", "Place", "Agreement"}
	dateForms := func(d string) string {
		switch rng.IntN(6) {
		case 0:
			return d[:4] // less precise: wrong
		case 1:
			return d + "-01" // more precise: right at the gold's precision
		case 2:
			return d + "1" // digit after the gold prefix: wrong
		case 3:
			return d + "²" // a Python digit that is not a decimal digit
		case 4:
			return d + "T00" // non-digit after the prefix: right
		}
		return d
	}
	cases := map[string]func(rec) rec{
		"perfect": func(r rec) rec { return r },
		"ids-differ": func(r rec) rec {
			for _, k := range []string{"id", "src", "dst", "item"} {
				if s, ok := r[k].(string); ok {
					r[k] = "x-" + s
				}
			}
			return r
		},
		"partial": func(r rec) rec {
			if pick(0.4) {
				return nil
			}
			return r
		},
		"wrong-types": func(r rec) rec {
			if r["kind"] == "entity" && pick(0.3) {
				r["type"] = types[rng.IntN(len(types))]
			}
			if r["kind"] == "relation" && pick(0.2) {
				r["type"] = "SUPPORTS"
			}
			return r
		},
		"unaligned": func(r rec) rec {
			if r["kind"] == "entity" && pick(0.3) {
				r["name"], r["surfaces"] = "Nobody In Gold", []string{"Nobody In Gold", "NIG"}
			}
			if r["kind"] == "relation" && pick(0.2) {
				r["dst"] = "not:declared"
			}
			return r
		},
		"reversed": func(r rec) rec {
			if r["kind"] == "relation" && pick(0.5) {
				r["src"], r["dst"] = r["dst"], r["src"]
			}
			return r
		},
		"attributes": func(r rec) rec {
			if r["kind"] != "relation" {
				return r
			}
			if d, ok := r["date"].(string); ok && pick(0.7) {
				r["date"] = dateForms(d)
			} else if pick(0.2) {
				r["date"] = "2024"
			}
			if pick(0.3) {
				r["polarity"] = "denied"
			}
			if pick(0.3) {
				r["modality"] = []string{"fact", "reported", "speculative", ""}[rng.IntN(4)]
			}
			if pick(0.3) {
				r["item"] = "weapon:drone"
			}
			return r
		},
		"names-mangled": func(r rec) rec {
			if r["kind"] != "entity" {
				return r
			}
			name := r["name"].(string)
			switch rng.IntN(5) {
			case 0:
				name = "The " + strings.ToUpper(name) + "’s"
			case 1:
				name = strings.ReplaceAll(name, " ", "\u00a0\u001c ")
			case 2:
				name = "\uff34he " + name // fullwidth T: NFKC makes it "The"
			case 3:
				name = strings.ReplaceAll(name, "s", "'s")
			}
			r["name"], r["surfaces"] = name, []string{}
			return r
		},
	}
	var names []string
	for name := range cases {
		names = append(names, name)
	}
	sortStrings(names)
	for i, name := range names {
		mutate := cases[name]
		rng = rand.New(rand.NewPCG(uint64(i), 7)) // fixed per case: the same files every run
		t.Run(name, func(t *testing.T) {
			outPath := filepath.Join(tmp, name+".jsonl")
			writeJSONL(t, outPath, outputFromGold(t, goldPath, mutate))
			compare(t, dir, goldPath, outPath, "")
		})
	}
	t.Run("docs-option", func(t *testing.T) {
		outPath := filepath.Join(tmp, "docs.jsonl")
		writeJSONL(t, outPath, outputFromGold(t, goldPath, func(r rec) rec {
			if r["doc"] == "003_312caedb8300c8ff" {
				return nil
			}
			return r
		}))
		compare(t, dir, goldPath, outPath, "003_312caedb8300c8ff, 000_c793960b10bc7080,003_312caedb8300c8ff")
		compare(t, dir, goldPath, outPath, "no-such-doc")
	})
}

// TestParityOnHandMadeCases covers what the seeds gold lacks: undirected relations both
// ways, split and merged entities, tie-breaking in alignment, unusual names and malformed
// lines.
func TestParityOnHandMadeCases(t *testing.T) {
	dir := sharedEval(t)
	tmp := t.TempDir()
	gold := map[string]any{"documents": map[string]any{
		"d1": map[string]any{
			"entities": []any{
				rec{"id": "state:PRK", "type": "State", "names": []string{"North Korea", "D.P.R.K.", "DPRK", "Pyongyang"}},
				rec{"id": "state:RUS", "type": "State", "names": []string{"Russia", "Moscow", "the Kremlin"}},
				rec{"id": "place:pyongyang", "type": "Place", "names": []string{"Pyongyang"}},
				rec{"id": "person:kim", "type": "Person", "names": []string{"Kim Jong Un", "Kim"}},
				rec{"id": "person:putin", "type": "Person", "names": []string{"Vladimir Putin", "Putin"}},
				rec{"id": "person:ozil", "type": "Person", "names": []string{"İlkay ÖZİL", "ΟΔΥΣΣΕΑΣ"}},
				rec{"id": "weapon:shell", "type": "Weapon", "names": []string{"artillery shells"}},
			},
			"relations": []any{
				rec{"src": "state:PRK", "type": "SUPPLIED", "dst": "state:RUS", "item": "weapon:shell", "dates": []string{"2023-08", "2023-09-12"}, "polarity": "asserted", "modality": "reported"},
				rec{"src": "person:kim", "type": "MET_WITH", "dst": "person:putin", "dates": []string{"2023-09"}, "polarity": "asserted", "modality": "fact"},
				rec{"src": "state:RUS", "type": "ALLY_OF", "dst": "state:PRK", "dates": []string{}, "polarity": "asserted", "modality": "fact"},
				rec{"src": "person:putin", "type": "VISITED", "dst": "place:pyongyang", "dates": []string{"2024-06-19"}, "polarity": "denied", "modality": "speculative"},
				rec{"src": "state:PRK", "type": "LAUNCHED", "dst": "weapon:ghost"},
			},
		},
		"d2": map[string]any{"entities": []any{rec{"id": "state:USA", "type": "State", "names": []string{"United States", "U.S."}}}},
		"d0": map[string]any{},
	}}
	goldPath := filepath.Join(tmp, "gold.json")
	data, _ := json.Marshal(gold)
	if err := os.WriteFile(goldPath, append([]byte("\ufeff"), data...), 0o644); err != nil {
		t.Fatal(err)
	}
	ent := func(doc, id, typ, name string, surfaces ...string) rec {
		return rec{"kind": "entity", "doc": doc, "id": id, "type": typ, "name": name, "surfaces": surfaces}
	}
	rel := func(src, typ, dst string, kv ...any) rec {
		r := rec{"kind": "relation", "doc": "d1", "type": typ, "src": src, "dst": dst, "date": nil,
			"polarity": "asserted", "modality": "fact", "sentence": 3, "evidence": "Some   evidence\nthat is " + strings.Repeat("long ", 30)}
		for i := 0; i+1 < len(kv); i += 2 {
			r[kv[i].(string)] = kv[i+1]
		}
		return r
	}
	lines := []any{
		ent("d1", "s:prk", "State", "North Korea", "D.P.R.K"),
		ent("d1", "s:prk2", "State", "Pyongyang"),          // split entity, ties to gold order
		ent("d1", "place:pyongyang", "Place", "Pyongyang"), // same id wins ties
		ent("d1", "s:rus", "State", "THE KREMLIN’S"),       // curly possessive and "the"
		ent("d1", "p:kim", "Person", "Kim"),
		ent("d1", "p:kim", "Person", "", "Kim Jong Un"), // merged by id
		ent("d1", "p:putin", "Person", "Putin's"),
		ent("d1", "p:ozil", "Person", "i̇lkay özi̇l"),
		ent("d1", "p:od", "Person", "οδυσσεας"), // final sigma vs σ
		ent("d1", "w:shell", "Weapon", "Artillery  Shells"),
		ent("d1", "s:nobody", "State", "Atlantis"),
		rel("s:prk", "SUPPLIED", "s:rus", "item", "w:shell", "date", "2023-08-30"),
		rel("s:prk2", "SUPPLIED", "s:rus", "date", "2023", "modality", "reported"),
		rel("p:putin", "MET_WITH", "p:kim", "date", "2023-09-13"),
		rel("s:prk", "ALLY_OF", "s:rus"),
		rel("place:pyongyang", "VISITED", "p:putin"),
		rel("s:nobody", "ATTACKED", "s:prk", "sentence", 2.0),
		rel("s:nobody", "ATTACKED", "s:prk", "sentence", 5),
		rel("zz:undeclared", "CONDEMNED", "s:rus", "sentence", true, "evidence", 12),
		rel("s:rus", "SANCTIONED", "s:prk", "sentence", nil, "evidence", ""),
		ent("d2", "s:usa", "State", "U.S", "United  States"),
		ent("d9", "s:x", "State", "Elsewhere"),
		rec{"kind": "document", "doc": "d1", "anything": []int{1}},
		rec{"kind": "sentence"},
		// Malformed lines, each skipped and counted.
		`{"kind": "entity", "doc": "d1", "id": "e", "type": "State", "surfaces": "North Korea"}`,
		`{"kind": "entity", "doc": "d1", "type": "State"}`,
		`{"kind": "relation", "doc": "d1", "type": "SUPPLIED", "src": "s:prk", "dst": "s:rus", "date": 2023}`,
		`{"kind": "relation", "doc": "", "type": "SUPPLIED", "src": "s:prk", "dst": "s:rus"}`,
		`{"kind": 7}`,
		`["not", "an", "object"]`,
		`{"kind": "entity", "doc": "d1", "id": "e", "type": "State"`,
		`{"kind": "entity"} trailing`,
		"{\"kind\": \"entity\", \"doc\": \"d1\", \"id\": \"bad\xff\", \"type\": \"State\"}",
		"",
		"   \t",
		"\u001c",
		"\ufeff" + `{"kind": "entity", "doc": "d1", "id": "s:bom", "type": "Person", "name": "Putin"}`,
		`{"kind": "entity", "doc": "d1", "id": "s:big", "type": "State", "name": "Moscow", "n": 1e999}` + "\r",
	}
	outPath := filepath.Join(tmp, "out.jsonl")
	writeJSONL(t, outPath, lines)
	compare(t, dir, goldPath, outPath, "")
	compare(t, dir, goldPath, outPath, "d1")

	t.Run("empty output", func(t *testing.T) {
		empty := filepath.Join(tmp, "empty.jsonl")
		if err := os.WriteFile(empty, nil, 0o644); err != nil {
			t.Fatal(err)
		}
		compare(t, dir, goldPath, empty, "")
	})
	t.Run("unusable inputs exit 2", func(t *testing.T) {
		bad := filepath.Join(tmp, "bad.json")
		for i, content := range []string{`[]`, `{"documents": []}`, `{"documents": {"d": {"entities": [{"id": "x"}]}}}`,
			`{"documents": {"d": {"entities": [{"id": "x", "type": "State", "names": ["a"]}, {"id": "x", "type": "State", "names": []}]}}}`,
			`{"documents": {"d": {"relations": [{"src": "a", "type": "T", "dst": "b", "dates": "2023"}]}}}`,
			`{"documents": {"d": {"entities": null}}}`, `not json`} {
			if err := os.WriteFile(bad, []byte(content), 0o644); err != nil {
				t.Fatal(err)
			}
			t.Run(fmt.Sprint(i), func(t *testing.T) { compare(t, dir, bad, outPath, "") })
		}
		compare(t, dir, filepath.Join(tmp, "missing.json"), outPath, "")
		compare(t, dir, goldPath, filepath.Join(tmp, "missing.jsonl"), "")
	})
}

// TestNormaliseMatchesPython compares name normalisation character by character with
// Python's, on names that exercise NFKC, case mapping, quotes, possessives and white space.
func TestNormaliseMatchesPython(t *testing.T) {
	dir := sharedEval(t)
	names := []string{
		"The D.P.R.K.’s", "the  Kremlin's", "Putin's's", "Putin'sa", "Putin's_x", "Putin's-x", "Putin's²",
		"İstanbul", "ΟΔΥΣΣΕΑΣ", "ΟΔΥΣΣΕΑΣ'", "Σ", "aΣ.b", "ﬁnal ＴＨＥ", "\uff34he x", "the", "The ",
		"a\u001cb\u00a0c\u2003d", "Kim ‘Jong’ Un", "„quoted“", "Ⅻ's", "x's\u0301", "", "   ", "ǅemal", "ß",
	}
	script := `import json,sys; sys.path.insert(0, sys.argv[1]); import score
print(json.dumps([score.normalise(n) for n in json.load(sys.stdin)]))`
	in, _ := json.Marshal(names)
	cmd := exec.Command("python3", "-c", script, dir)
	cmd.Stdin = bytes.NewReader(in)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("python: %v", err)
	}
	var want []string
	if err := json.Unmarshal(out, &want); err != nil {
		t.Fatal(err)
	}
	for i, n := range names {
		if got := normalise(n); got != want[i] {
			t.Errorf("normalise(%q) = %q, score.py %q", n, got, want[i])
		}
	}
}

// firstDifference shows the first line where two outputs part.
func firstDifference(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(w) || i < len(g); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			return fmt.Sprintf("at line %d:\n  score.py: %q\n  port:     %q", i+1, wl, gl)
		}
	}
	return ""
}
