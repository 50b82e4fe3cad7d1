package extract

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// The paradigm test measures how much of the language of each relation the rules cover,
// CheckList-style: every trigger of a lexicon (testdata/paradigm/lexicon.tsv) is crossed with
// constructions (constructions.tsv: tenses, passive, nominalisations, coordination, an
// official as actor, a pronoun subject, a relative clause, apposition, negation, hedges) and
// entities from the gazetteers (fills.tsv), and the sentences are extracted one document
// each. The coverage matrix (relation x construction: sentences whose expected relations
// all came out, sentences, false relations) is pinned in testdata/paradigm.golden.tsv; a cell
// that loses a pass or gains a false relation fails the test, and
// `go test ./extract -run TestParadigm -update` records progress (and rewrites
// testdata/paradigm-matrix.md, the same matrix laid out for reading).
// `-paradigm-show REL/CONSTRUCTION` logs that cell's failing sentences.

var paradigmShow = flag.String("paradigm-show", "", "log the failing sentences of the paradigm cells matching REL/CONSTRUCTION (either part may be empty)")

const paradigmDir = "testdata/paradigm"

type pFill struct {
	class, id, surface, pron, appos, demonym string
}

type pSlots struct {
	rel      string
	src, dst []string // fill classes
}

type pEntry struct {
	rel, kind string
	forms     map[string]string // verb: base, past, pres, part, ing, passive; noun: np; title: Title, title
}

type pExpect struct {
	from, to           string
	polarity, modality string
}

type pConstruction struct {
	name, kind, needs, template string
	expect                      []pExpect
}

type pCell struct {
	pass, total, falses int
}

type pSentence struct {
	text    string
	expect  []string // "TYPE src dst polarity[/modality]"
	parties []string // ids of the fills named in the sentence
	sources []string // ids of the fills that stand as sources
}

// isFalse tells whether an unexpected relation counts as a false one: it joins two of the
// sentence's fills (a relation to a name the rules found elsewhere in the wording, such as
// LAUNCHED of the "missiles" in "fired missiles at", may be right); OFFICIAL_OF counts only
// in the OFFICIAL_OF row (titles and appositions in other rows state it rightly); and a
// symmetric relation between coordinated sources is what the sentence says ("Macron and
// Scholz met Modi": the three met).
func (s pSentence) isFalse(r Relation, rel string) bool {
	if !contains(s.parties, r.Src) || !contains(s.parties, r.Dst) {
		return false
	}
	if r.Type == RelOfficialOf && rel != RelOfficialOf {
		return false
	}
	if Undirected(r.Type) && r.Type == rel && contains(s.sources, r.Src) && contains(s.sources, r.Dst) {
		return false
	}
	return true
}

// readParadigmTSV returns the non-comment lines of a paradigm data file split on tabs, each with at
// least n fields.
func readParadigmTSV(t *testing.T, name string, n int) [][]string {
	t.Helper()
	f, err := os.Open(filepath.Join(paradigmDir, name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var rows [][]string
	sc := bufio.NewScanner(f)
	line := 0
	for sc.Scan() {
		line++
		s := strings.TrimRight(sc.Text(), "\r")
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		fs := strings.Split(s, "\t")
		if len(fs) < n {
			t.Fatalf("%s:%d: want %d tab-separated fields, got %d", name, line, n, len(fs))
		}
		rows = append(rows, fs)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return rows
}

type paradigm struct {
	fills   map[string][]pFill // by class
	slots   []pSlots
	entries map[string][]pEntry // by relation
	titles  []pEntry
	cons    []pConstruction
}

func loadParadigm(t *testing.T) paradigm {
	t.Helper()
	p := paradigm{fills: map[string][]pFill{}, entries: map[string][]pEntry{}}
	for _, f := range readParadigmTSV(t, "fills.tsv", 6) {
		p.fills[f[0]] = append(p.fills[f[0]], pFill{f[0], f[1], f[2], f[3], f[4], f[5]})
	}
	for _, f := range readParadigmTSV(t, "relations.tsv", 3) {
		p.slots = append(p.slots, pSlots{f[0], strings.Split(f[1], "|"), strings.Split(f[2], "|")})
	}
	for _, f := range readParadigmTSV(t, "lexicon.tsv", 3) {
		e := pEntry{rel: f[0], kind: f[1], forms: map[string]string{}}
		switch e.kind {
		case "verb":
			if len(f) != 8 {
				t.Fatalf("lexicon.tsv: verb %q needs 6 forms", f[2])
			}
			for i, k := range []string{"base", "past", "pres", "part", "ing"} {
				v := f[2+i]
				if !strings.Contains(v, "{O}") {
					v += " {O}"
				}
				e.forms[k] = v
			}
			e.forms["passive"] = f[7]
		case "noun":
			e.forms["np"] = f[2]
		case "title":
			if len(f) != 4 {
				t.Fatalf("lexicon.tsv: title %q needs both forms", f[2])
			}
			e.forms["Title"], e.forms["title"] = f[2], f[3]
			p.titles = append(p.titles, e)
		default:
			t.Fatalf("lexicon.tsv: unknown kind %q", e.kind)
		}
		p.entries[e.rel] = append(p.entries[e.rel], e)
	}
	for _, f := range readParadigmTSV(t, "constructions.tsv", 5) {
		c := pConstruction{name: f[0], kind: f[1], needs: f[2], template: f[3]}
		for _, x := range strings.Fields(f[4]) {
			parts := strings.Split(x, ":")
			ends := strings.SplitN(parts[0], ">", 2)
			if len(ends) != 2 {
				t.Fatalf("constructions.tsv %s: bad expectation %q", c.name, x)
			}
			e := pExpect{from: ends[0], to: ends[1], polarity: Asserted}
			if len(parts) > 1 && parts[1] != "" {
				e.polarity = parts[1]
			}
			if len(parts) > 2 {
				e.modality = parts[2]
			}
			c.expect = append(c.expect, e)
		}
		p.cons = append(p.cons, c)
	}
	return p
}

// pool is the fills of the given classes, in file order.
func (p paradigm) pool(classes []string) []pFill {
	var out []pFill
	for _, c := range classes {
		out = append(out, p.fills[c]...)
	}
	return out
}

// pick returns the fill at rotation k of pool whose id differs from every id in avoid.
func pick(pool []pFill, k int, avoid ...string) pFill {
	for i := 0; i < len(pool); i++ {
		f := pool[(k+i)%len(pool)]
		ok := true
		for _, a := range avoid {
			ok = ok && f.id != a
		}
		if ok {
			return f
		}
	}
	return pool[k%len(pool)]
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// sentence renders construction c for entry e with rotation k; ok is false when the
// construction does not apply to the entry.
func (p paradigm) sentence(c pConstruction, sl pSlots, e pEntry, k int) (pSentence, bool) {
	srcClasses := sl.src
	switch c.needs {
	case "person-source":
		if !contains(sl.src, "Person") {
			return pSentence{}, false
		}
	case "directed":
		if Undirected(sl.rel) {
			return pSentence{}, false
		}
	case "state-source":
		if !contains(sl.src, "State") {
			return pSentence{}, false
		}
		srcClasses = []string{"State"}
	}
	srcPool, dstPool := p.pool(srcClasses), p.pool(sl.dst)
	s := pick(srcPool, k)
	s2 := pick(srcPool, k+5, s.id)
	o := pick(dstPool, 3*k+2, s.id, s2.id)
	o2 := pick(dstPool, 3*k+7, s.id, s2.id, o.id)
	w := pick(p.fills["Goods"], k)
	off := pick(p.fills["Official"], k)
	offState, offDem := "", ""
	for _, f := range p.fills["State"] {
		if f.id == off.demonym {
			offState, offDem = f.surface, f.demonym
		}
	}
	title := p.titles[k%len(p.titles)]
	if e.kind == "title" {
		title = e
	}
	rel := map[bool]string{true: "who", false: "which"}[o.class == "Person"]
	repl := map[string]string{
		"{S}": s.surface, "{S2}": s2.surface, "{O}": o.surface, "{O2}": o2.surface,
		"{Pron}": s.pron, "{pron}": strings.ToLower(s.pron), "{SApp}": s.appos, "{Dem}": s.demonym, "{ODem}": o.demonym, "{Rel}": rel,
		"{Off}": off.surface, "{OffState}": offState, "{OffDem}": offDem,
		"{Title}": title.forms["Title"], "{title}": title.forms["title"],
	}
	fill := func(v string, obj string) string {
		v = strings.ReplaceAll(v, "{O}", obj)
		return strings.ReplaceAll(v, "{W}", w.surface)
	}
	text := c.template
	ok := true
	// Slots that take the entry's phrases.
	for {
		i := strings.Index(text, "{VP:")
		if i < 0 {
			i = strings.Index(text, "{NP")
		}
		if i < 0 {
			break
		}
		j := strings.Index(text[i:], "}") + i
		spec := strings.TrimPrefix(strings.TrimPrefix(text[i+1:j], "VP:"), "NP")
		form, objSpec, _ := strings.Cut(spec, "/")
		if strings.HasPrefix(text[i:], "{NP") {
			form = "np"
		}
		v, found := e.forms[form]
		if !found {
			return pSentence{}, false
		}
		obj := o.surface
		switch objSpec {
		case "O+O2":
			obj = o.surface + " and " + o2.surface
		case "gap":
			if !strings.HasSuffix(v, " {O}") {
				ok = false
			}
			v, obj = strings.TrimSuffix(v, " {O}"), ""
		}
		text = text[:i] + fill(v, obj) + text[j+1:]
	}
	if strings.Contains(text, "{Passive}") {
		pv := e.forms["passive"]
		if pv == "" || pv == "-" {
			return pSentence{}, false
		}
		pv = strings.ReplaceAll(fill(pv, o.surface), "{S}", s.surface)
		text = strings.ReplaceAll(text, "{Passive}", pv)
	}
	if !ok {
		return pSentence{}, false
	}
	for k, v := range repl {
		if strings.Contains(text, k) && (v == "" || v == "-") {
			return pSentence{}, false
		}
		text = strings.ReplaceAll(text, k, v)
	}
	text = capitaliseSentences(text)
	ids := map[string]string{"S": s.id, "S2": s2.id, "O": o.id, "O2": o2.id, "Off": off.id}
	var want []string
	for _, x := range c.expect {
		w := fmt.Sprintf("%s %s", relKey(Relation{Type: e.rel, Src: ids[x.from], Dst: ids[x.to]}), x.polarity)
		if x.modality != "" {
			w += "/" + x.modality
		}
		want = append(want, w)
	}
	out := pSentence{text: text, expect: want, parties: []string{o.id}}
	if strings.Contains(c.template, "{S}") || strings.Contains(c.template, "{Passive}") {
		out.parties = append(out.parties, s.id)
		out.sources = append(out.sources, s.id)
	}
	if strings.Contains(c.template, "{S2}") {
		out.parties = append(out.parties, s2.id)
		out.sources = append(out.sources, s2.id)
	}
	if strings.Contains(c.template, "O2") {
		out.parties = append(out.parties, o2.id)
	}
	if strings.Contains(c.template, "{Off}") {
		out.parties = append(out.parties, off.id, off.demonym)
	}
	return out, true
}

// capitaliseSentences upper-cases the first letter of the text and of each sentence after
// ". " (a slot such as "the European Union" may open one).
func capitaliseSentences(s string) string {
	b := []byte(s)
	start := true
	for i := 0; i < len(b); i++ {
		if start && b[i] >= 'a' && b[i] <= 'z' {
			b[i] -= 'a' - 'A'
		}
		if b[i] != ' ' {
			start = false
		}
		if b[i] == '.' && i+1 < len(b) && b[i+1] == ' ' {
			start = true
		}
	}
	return string(b)
}

// TestParadigmFills checks that every fill is recognised as the entity the matrix expects,
// so that a cell fails for its wording and not for a name.
func TestParadigmFills(t *testing.T) {
	p := loadParadigm(t)
	x := newTestExtractor(t)
	for class, fills := range p.fills {
		for _, f := range fills {
			text := capitaliseSentences(f.surface + " was mentioned on Monday.")
			if class == "Official" {
				text = "Foreign Minister " + f.surface + " of Norway spoke on Monday."
			}
			doc, err := x.Extract(context.Background(), Meta{ID: "t"}, text)
			if err != nil {
				t.Fatal(err)
			}
			found := false
			for _, en := range doc.Entities {
				found = found || en.ID == f.id || (f.id == "-" && en.Type == TypeWeapon)
			}
			if !found {
				t.Errorf("%s fill %q: no entity %s in %q", class, f.surface, f.id, text)
			}
		}
	}
}

func TestParadigm(t *testing.T) {
	p := loadParadigm(t)
	x := newTestExtractor(t)
	cells := map[[2]string]*pCell{}
	var rels []string
	showRel, showCons, _ := strings.Cut(*paradigmShow, "/")
	for _, sl := range p.slots {
		rels = append(rels, sl.rel)
		for ci, c := range p.cons {
			cell := &pCell{}
			for ei, e := range p.entries[sl.rel] {
				if e.kind != c.kind {
					continue
				}
				s, ok := p.sentence(c, sl, e, ei+ci)
				if !ok {
					continue
				}
				doc, err := x.Extract(context.Background(), Meta{ID: "t"}, s.text)
				if err != nil {
					t.Fatalf("%q: %v", s.text, err)
				}
				expKeys := map[string]bool{}
				for _, w := range s.expect {
					expKeys[w[:strings.LastIndex(w, " ")]] = true
				}
				var got []string
				falses := 0
				for _, r := range doc.Relations {
					got = append(got, relDetail(r))
					if !expKeys[relKey(r)] && s.isFalse(r, sl.rel) {
						falses++
					}
				}
				pass := true
				for _, w := range s.expect {
					cut := strings.LastIndex(w, " ")
					key, attrs := w[:cut], w[cut+1:]
					pol, mod, _ := strings.Cut(attrs, "/")
					hit := false
					for _, r := range doc.Relations {
						hit = hit || (relKey(r) == key && r.Polarity == pol && (mod == "" || r.Modality == mod))
					}
					pass = pass && hit
				}
				cell.total++
				cell.falses += falses
				if pass {
					cell.pass++
				}
				if (!pass || falses > 0) && *paradigmShow != "" &&
					(showRel == "" || showRel == sl.rel) && (showCons == "" || showCons == c.name) {
					t.Logf("%s/%s: %q\n\twant %q\n\tgot  %q", sl.rel, c.name, s.text, s.expect, got)
				}
			}
			if cell.total > 0 {
				cells[[2]string{sl.rel, c.name}] = cell
			}
		}
	}
	golden := filepath.Join("testdata", "paradigm.golden.tsv")
	if *update {
		writeParadigmGolden(t, golden, p, rels, cells)
		writeParadigmMatrix(t, filepath.Join("testdata", "paradigm-matrix.md"), p, rels, cells)
		return
	}
	want := readParadigmGolden(t, golden)
	for key, c := range cells {
		w, ok := want[key]
		switch {
		case !ok:
			t.Errorf("%s/%s: no recorded figure (run with -update)", key[0], key[1])
		case c.total != w.total:
			t.Errorf("%s/%s: %d sentences, recorded %d (data changed: run with -update)", key[0], key[1], c.total, w.total)
		case c.pass < w.pass:
			t.Errorf("%s/%s: %d/%d pass, recorded %d", key[0], key[1], c.pass, c.total, w.pass)
		case c.falses > w.falses:
			t.Errorf("%s/%s: %d false relations, recorded %d", key[0], key[1], c.falses, w.falses)
		}
	}
	for key := range want {
		if cells[key] == nil {
			t.Errorf("%s/%s: recorded but no longer generated (run with -update)", key[0], key[1])
		}
	}
}

func writeParadigmGolden(t *testing.T, path string, p paradigm, rels []string, cells map[[2]string]*pCell) {
	t.Helper()
	var b strings.Builder
	b.WriteString("# Paradigm coverage (extract/paradigm_test.go): relation, construction, sentences whose\n")
	b.WriteString("# expected relations all came out, sentences, false relations. Rewritten by -update.\n")
	for _, r := range rels {
		for _, c := range p.cons {
			if cell := cells[[2]string{r, c.name}]; cell != nil {
				fmt.Fprintf(&b, "%s\t%s\t%d\t%d\t%d\n", r, c.name, cell.pass, cell.total, cell.falses)
			}
		}
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

func readParadigmGolden(t *testing.T, path string) map[[2]string]pCell {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to record)", err)
	}
	out := map[[2]string]pCell{}
	for i, line := range strings.Split(string(raw), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 5 {
			t.Fatalf("%s:%d: want 5 fields", path, i+1)
		}
		var n [3]int
		for j := range n {
			if n[j], err = strconv.Atoi(f[2+j]); err != nil {
				t.Fatalf("%s:%d: %v", path, i+1, err)
			}
		}
		out[[2]string{f[0], f[1]}] = pCell{pass: n[0], total: n[1], falses: n[2]}
	}
	return out
}

// writeParadigmMatrix lays the matrix out for reading: one row per relation, one column per
// construction, "pass/total" with "+N" false relations, and totals per row and column.
func writeParadigmMatrix(t *testing.T, path string, p paradigm, rels []string, cells map[[2]string]*pCell) {
	t.Helper()
	var b strings.Builder
	b.WriteString("# Paradigm coverage matrix\n\nGenerated by `go test ./extract -run TestParadigm -update` from\n")
	b.WriteString("`testdata/paradigm/`: per relation and construction, sentences whose expected relations all\n")
	b.WriteString("came out / sentences generated, and `+N` false relations seen. `-`: the construction does not\n")
	b.WriteString("apply.\n\n")
	for _, kind := range []string{"verb", "noun", "title"} {
		var cons []pConstruction
		for _, c := range p.cons {
			if c.kind == kind {
				cons = append(cons, c)
			}
		}
		b.WriteString("| relation |")
		for _, c := range cons {
			b.WriteString(" " + c.name + " |")
		}
		b.WriteString(" all |\n|---|")
		for range cons {
			b.WriteString("---|")
		}
		b.WriteString("---|\n")
		colTot := make([]pCell, len(cons))
		var grand pCell
		for _, r := range rels {
			var row pCell
			var line strings.Builder
			for i, c := range cons {
				cell := cells[[2]string{r, c.name}]
				if cell == nil {
					line.WriteString(" - |")
					continue
				}
				line.WriteString(" " + cellText(*cell) + " |")
				row.pass, row.total, row.falses = row.pass+cell.pass, row.total+cell.total, row.falses+cell.falses
				colTot[i].pass, colTot[i].total, colTot[i].falses = colTot[i].pass+cell.pass, colTot[i].total+cell.total, colTot[i].falses+cell.falses
			}
			if row.total == 0 {
				continue
			}
			grand.pass, grand.total, grand.falses = grand.pass+row.pass, grand.total+row.total, grand.falses+row.falses
			fmt.Fprintf(&b, "| %s |%s %s |\n", r, line.String(), cellText(row))
		}
		b.WriteString("| all |")
		for _, c := range colTot {
			b.WriteString(" " + cellText(c) + " |")
		}
		fmt.Fprintf(&b, " %s |\n\n", cellText(grand))
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

func cellText(c pCell) string {
	s := fmt.Sprintf("%d/%d", c.pass, c.total)
	if c.falses > 0 {
		s += fmt.Sprintf(" +%d", c.falses)
	}
	return s
}
