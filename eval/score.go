// Package eval scores extractor output against gold annotations. It is a port of the
// reference scorer shared/eval/score.py (SCHEMA.md, "Scoring") and must give the same
// figures on the same inputs: entities align to gold entities of their type by shared
// normalised names, relations are compared as document-level (src, type, dst) sets after
// alignment, attributes are scored on matched relations, and figures are micro-averaged.
package eval

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"
)

// Attributes are the relation attributes scored on matched relations, in report order.
var attributeNames = [...]string{"date", "polarity", "modality", "item"}

func undirected(relType string) bool { return relType == "MET_WITH" || relType == "ALLY_OF" }

// Tally holds the counts behind precision and recall. tp: gold items found; fn: gold items
// missed; hit: extracted items that match; fp: extracted items that match nothing. Precision
// is hit/(hit+fp), recall tp/(tp+fn); for entities hit can exceed tp (a split entity).
type Tally struct{ TP, FP, FN, Hit int }

func (t Tally) add(o Tally) Tally { return Tally{t.TP + o.TP, t.FP + o.FP, t.FN + o.FN, t.Hit + o.Hit} }

// Figures are precision, recall and F1 with their counts.
type Figures struct {
	P, R, F1   float64
	TP, FP, FN int
}

func (t Tally) figures() Figures {
	p, r := ratio(float64(t.Hit), float64(t.Hit+t.FP)), ratio(float64(t.TP), float64(t.TP+t.FN))
	return Figures{P: p, R: r, F1: ratio(2*p*r, p+r), TP: t.TP, FP: t.FP, FN: t.FN}
}

func ratio(num, den float64) float64 {
	if den == 0 {
		return 0
	}
	return num / den
}

// Detail is what one document missed or invented, for --verbose.
type Detail struct {
	MissedEntities    []string
	UnalignedEntities []string
	MissedRelations   []string
	FalsePositives    []string
	AttributeErrors   []string
}

func (d Detail) sections() []member {
	return []member{
		{"missed entities", d.MissedEntities}, {"unaligned entities", d.UnalignedEntities},
		{"missed relations", d.MissedRelations}, {"false-positive relations", d.FalsePositives},
		{"attribute errors", d.AttributeErrors},
	}
}

// Scores are counts accumulated over documents.
type Scores struct {
	EntityTypes   map[string]*Tally
	RelationTypes map[string]*Tally
	Attributes    [len(attributeNames)][2]int // correct, total
	DocIDs        []string
	Details       map[string]*Detail
}

func (s *Scores) tally(m map[string]*Tally, key string) *Tally {
	t, ok := m[key]
	if !ok {
		t = &Tally{}
		m[key] = t
	}
	return t
}

// Score scores the given gold documents; a document absent from out scores as all missed.
func Score(gold *Gold, out *Output, docIDs []string) *Scores {
	s := &Scores{EntityTypes: map[string]*Tally{}, RelationTypes: map[string]*Tally{}, Details: map[string]*Detail{}}
	for _, id := range docIDs {
		doc, ok := out.Docs[id]
		if !ok {
			doc = newDocument()
		}
		s.scoreDocument(id, gold.Docs[id], doc)
	}
	return s
}

func (s *Scores) scoreDocument(id string, gold, out *Document) {
	detail := &Detail{}
	alignment := align(out, gold)
	s.scoreEntities(gold, out, alignment, detail)
	s.scoreRelations(gold, out, alignment, detail)
	s.DocIDs = append(s.DocIDs, id)
	s.Details[id] = detail
}

// align maps each extracted entity id to the gold entity of the same type sharing the most
// normalised names ("" when none is shared). Ties go to the gold entity whose id equals the
// extractor's, then to the one listed first in the gold file.
func align(extracted, gold *Document) map[string]string {
	alignment := make(map[string]string, len(extracted.order))
	goldEntities := gold.Entities()
	for _, e := range extracted.Entities() {
		best, bestShared, bestSame := "", 0, false
		for _, c := range goldEntities {
			if c.Type != e.Type {
				continue
			}
			shared := 0
			for n := range e.Names {
				if _, ok := c.Names[n]; ok {
					shared++
				}
			}
			same := c.ID == e.ID
			// Candidates come in gold order, so a later one must be strictly better.
			if shared > bestShared || (shared == bestShared && same && !bestSame) {
				best, bestShared, bestSame = c.ID, shared, same
			}
		}
		if bestShared == 0 {
			best = ""
		}
		alignment[e.ID] = best
	}
	return alignment
}

func (s *Scores) scoreEntities(gold, out *Document, alignment map[string]string, detail *Detail) {
	found := map[string]bool{}
	for _, g := range alignment {
		found[g] = true
	}
	for _, e := range gold.Entities() {
		t := s.tally(s.EntityTypes, e.Type)
		if found[e.ID] {
			t.TP++
		} else {
			t.FN++
			detail.MissedEntities = append(detail.MissedEntities, fmt.Sprintf("%s %s  [%s]", e.Type, e.Label, e.ID))
		}
	}
	for _, e := range out.Entities() {
		t := s.tally(s.EntityTypes, e.Type)
		if alignment[e.ID] != "" {
			t.Hit++
		} else {
			t.FP++
			detail.UnalignedEntities = append(detail.UnalignedEntities, fmt.Sprintf("%s %s  [%s]", e.Type, e.Label, e.ID))
		}
	}
}

// triple is a document-level relation; undirected types keep their ends in sorted order.
type triple struct{ src, typ, dst string }

func key(src, typ, dst string) triple {
	if undirected(typ) && dst < src {
		src, dst = dst, src
	}
	return triple{src, typ, dst}
}

func compareTriples(a, b triple) int {
	return cmp.Or(strings.Compare(a.src, b.src), strings.Compare(a.typ, b.typ), strings.Compare(a.dst, b.dst))
}

type collapsed struct {
	first  Relation
	values [len(attributeNames)]map[string]struct{}
}

// collapse merges relation records into document-level triples. resolve maps a record's
// entity id to the id used in triples ("" when it does not align). Records with an end that
// does not resolve come back separately, keyed by their raw triple (first record kept).
func collapse(relations []Relation, resolve func(string) string) (map[triple]*collapsed, map[triple]Relation) {
	triples, unresolved := map[triple]*collapsed{}, map[triple]Relation{}
	for _, r := range relations {
		src, dst := resolve(r.Src), resolve(r.Dst)
		if src == "" || dst == "" {
			k := key(r.Src, r.Type, r.Dst)
			if _, ok := unresolved[k]; !ok {
				unresolved[k] = r
			}
			continue
		}
		k := key(src, r.Type, dst)
		c, ok := triples[k]
		if !ok {
			c = &collapsed{first: r}
			for i := range c.values {
				c.values[i] = map[string]struct{}{}
			}
			triples[k] = c
		}
		item := ""
		if r.Item != "" {
			item = resolve(r.Item)
		}
		found := [len(attributeNames)][]string{r.Dates, {r.Polarity}, {r.Modality}, {item}}
		for i, vals := range found {
			for _, v := range vals {
				if v != "" {
					c.values[i][v] = struct{}{}
				}
			}
		}
	}
	return triples, unresolved
}

// dateMatches reports whether extracted equals gold at the gold's precision and is at least
// as precise: gold "2023-09" accepts "2023-09" and "2023-09-12", not "2023" nor "2023-091".
func dateMatches(extracted, gold string) bool {
	if !strings.HasPrefix(extracted, gold) {
		return false
	}
	if len(extracted) == len(gold) {
		return true
	}
	next, _ := utf8.DecodeRuneInString(extracted[len(gold):])
	return !pyIsDigit(next)
}

func attributeCorrect(name string, extracted, gold map[string]struct{}) bool {
	for e := range extracted {
		for g := range gold {
			if name == "date" && dateMatches(e, g) || name != "date" && e == g {
				return true
			}
		}
	}
	return false
}

func (s *Scores) scoreRelations(gold, out *Document, alignment map[string]string, detail *Detail) {
	goldTriples, _ := collapse(gold.Relations, func(ref string) string { return ref })
	foundTriples, unaligned := collapse(out.Relations, func(ref string) string { return alignment[ref] })

	goldName := func(ref string) string {
		if e, ok := gold.entity(ref); ok {
			return e.Label
		}
		return ref
	}
	outputName := func(ref string) string {
		if g := alignment[ref]; g != "" {
			return goldName(g)
		}
		if e, ok := out.entity(ref); ok {
			return `"` + e.Label + `" (unaligned)`
		}
		return ref + " (not an entity of this document)"
	}
	describe := func(k triple, name func(string) string, source string) string {
		arrow := "->"
		if undirected(k.typ) {
			arrow = "<->"
		}
		where := ""
		if source != "" {
			where = "  (" + source + ")"
		}
		return fmt.Sprintf("%s: %s %s %s  [%s %s %s]%s", k.typ, name(k.src), arrow, name(k.dst), k.src, arrow, k.dst, where)
	}

	keys := make([]triple, 0, len(goldTriples)+len(foundTriples))
	for k := range goldTriples {
		keys = append(keys, k)
	}
	for k := range foundTriples {
		if _, ok := goldTriples[k]; !ok {
			keys = append(keys, k)
		}
	}
	slices.SortFunc(keys, compareTriples)
	for _, k := range keys {
		t := s.tally(s.RelationTypes, k.typ)
		g, inGold := goldTriples[k]
		f, inFound := foundTriples[k]
		switch {
		case !inFound:
			t.FN++
			detail.MissedRelations = append(detail.MissedRelations, describe(k, goldName, ""))
		case !inGold:
			t.FP++
			detail.FalsePositives = append(detail.FalsePositives, describe(k, goldName, f.first.Source))
		default:
			t.TP++
			t.Hit++
			if errs := s.scoreAttributes(g, f); len(errs) > 0 {
				detail.AttributeErrors = append(detail.AttributeErrors, describe(k, goldName, "")+": "+strings.Join(errs, "; "))
			}
		}
	}
	ukeys := make([]triple, 0, len(unaligned))
	for k := range unaligned {
		ukeys = append(ukeys, k)
	}
	slices.SortFunc(ukeys, compareTriples)
	for _, k := range ukeys {
		s.tally(s.RelationTypes, k.typ).FP++
		detail.FalsePositives = append(detail.FalsePositives, describe(k, outputName, unaligned[k].Source))
	}
}

// scoreAttributes scores the attributes the gold gives a value for and returns the errors.
func (s *Scores) scoreAttributes(gold, found *collapsed) []string {
	var errs []string
	for i, name := range attributeNames {
		expected, got := gold.values[i], found.values[i]
		if len(expected) == 0 {
			continue
		}
		s.Attributes[i][1]++
		if attributeCorrect(name, got, expected) {
			s.Attributes[i][0]++
			continue
		}
		gotText := strings.Join(sortedKeys(got), ", ")
		if gotText == "" {
			gotText = "none"
		}
		errs = append(errs, fmt.Sprintf("%s %s (gold %s)", name, gotText, strings.Join(sortedKeys(expected), ", ")))
	}
	return errs
}

func sortedKeys(m map[string]struct{}) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// SelectDocuments returns the gold document ids that docs (comma-separated, as --docs) names,
// or all of them in gold order when docs is empty.
func SelectDocuments(gold *Gold, docs string) ([]string, error) {
	if docs == "" {
		return slices.Clone(gold.IDs), nil
	}
	var ids, unknown []string
	seen := map[string]bool{}
	for _, part := range strings.Split(docs, ",") {
		id := pyStrip(part)
		if id == "" || seen[id] {
			continue
		}
		seen[id] = true
		ids = append(ids, id)
		if _, ok := gold.Docs[id]; !ok {
			unknown = append(unknown, id)
		}
	}
	if len(unknown) > 0 {
		return nil, &InputError{"--docs: not in the gold file: " + strings.Join(unknown, ", ")}
	}
	return ids, nil
}
