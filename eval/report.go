package eval

import (
	"fmt"
	"sort"
	"strings"
)

// Result is the scoring summary: what score.py prints.
type Result struct {
	Scored         int
	Missing        []string
	MalformedLines int
	Entities       Figures
	Relations      Figures
	Attributes     []AttributeScore
	PerEntityType  []TypeFigures // sorted by type
	PerRelation    []TypeFigures // sorted by type
	Details        []DocDetail   // only with verbose
	verbose        bool
}

// AttributeScore is the accuracy of one attribute on matched relations.
type AttributeScore struct {
	Name           string
	Correct, Total int
	Acc            float64
}

// TypeFigures are the figures of one entity or relation type.
type TypeFigures struct {
	Type string
	Figures
}

// DocDetail is one document's findings.
type DocDetail struct {
	DocID string
	Detail
}

// Summarise turns scores into the report: micro-averaged figures (counts are added over
// types, then divided) overall and per type, attribute accuracies, and per-document details
// when verbose.
func Summarise(s *Scores, gold *Gold, out *Output, docIDs []string, malformed int, verbose bool) Result {
	r := Result{Scored: len(docIDs), MalformedLines: malformed, verbose: verbose, Missing: []string{}}
	for _, id := range docIDs {
		if _, ok := out.Docs[id]; !ok {
			r.Missing = append(r.Missing, id)
		}
	}
	r.Entities, r.PerEntityType = totals(s.EntityTypes)
	r.Relations, r.PerRelation = totals(s.RelationTypes)
	for i, name := range attributeNames {
		c, t := s.Attributes[i][0], s.Attributes[i][1]
		r.Attributes = append(r.Attributes, AttributeScore{Name: name, Correct: c, Total: t, Acc: ratio(float64(c), float64(t))})
	}
	if verbose {
		for _, id := range s.DocIDs {
			r.Details = append(r.Details, DocDetail{DocID: id, Detail: *s.Details[id]})
		}
	}
	return r
}

func totals(m map[string]*Tally) (Figures, []TypeFigures) {
	types := make([]string, 0, len(m))
	for t := range m {
		types = append(types, t)
	}
	sort.Strings(types)
	var sum Tally
	per := make([]TypeFigures, 0, len(types))
	for _, t := range types {
		sum = sum.add(*m[t])
		per = append(per, TypeFigures{Type: t, Figures: m[t].figures()})
	}
	return sum.figures(), per
}

func (f Figures) object() object {
	return object{{"p", f.P}, {"r", f.R}, {"f1", f.F1}, {"tp", f.TP}, {"fp", f.FP}, {"fn", f.FN}}
}

// JSON renders the result exactly as score.py --json prints it (key order, indentation,
// number formatting), without the final newline.
func (r Result) JSON() []byte {
	attrs := object{}
	for _, a := range r.Attributes {
		attrs = append(attrs, member{a.Name, object{{"correct", a.Correct}, {"total", a.Total}, {"acc", a.Acc}}})
	}
	perType := func(list []TypeFigures) object {
		o := object{}
		for _, t := range list {
			o = append(o, member{t.Type, t.Figures.object()})
		}
		return o
	}
	top := object{
		{"documents", object{{"scored", r.Scored}, {"missing", r.Missing}}},
		{"malformed_lines", r.MalformedLines},
		{"entities", r.Entities.object()},
		{"relations", r.Relations.object()},
		{"attributes", attrs},
		{"per_entity_type", perType(r.PerEntityType)},
		{"per_relation_type", perType(r.PerRelation)},
	}
	if r.verbose {
		details := object{}
		for _, d := range r.Details {
			sections := object{}
			for _, s := range d.sections() {
				sections = append(sections, member{s.key, nonNil(s.value.([]string))})
			}
			details = append(details, member{d.DocID, sections})
		}
		top = append(top, member{"details", details})
	}
	var b strings.Builder
	writeJSON(&b, top, 0)
	return []byte(b.String())
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// Text renders the readable report in score.py's layout, without the final newline.
func (r Result) Text() string {
	missing := strings.Join(r.Missing, ", ")
	if missing == "" {
		missing = "none"
	}
	lines := []string{fmt.Sprintf("Documents: %d scored, missing from output: %s; malformed output lines skipped: %d", r.Scored, missing, r.MalformedLines), ""}
	lines = append(lines, prfTable("", []TypeFigures{{"Entities", r.Entities}, {"Relations", r.Relations}})...)
	lines = append(lines, "", fmt.Sprintf("%-16s%8s%8s%8s   (on matched relations)", "Attribute", "correct", "total", "acc"))
	for _, a := range r.Attributes {
		lines = append(lines, fmt.Sprintf("%-16s%8d%8d%8.3f", a.Name, a.Correct, a.Total, a.Acc))
	}
	lines = append(lines, "")
	lines = append(lines, prfTable("Entity type", r.PerEntityType)...)
	lines = append(lines, "")
	lines = append(lines, prfTable("Relation type", r.PerRelation)...)
	missingSet := map[string]bool{}
	for _, m := range r.Missing {
		missingSet[m] = true
	}
	for _, d := range r.Details {
		head := "== " + d.DocID
		if missingSet[d.DocID] {
			head += " (not in output)"
		}
		lines = append(lines, "", head)
		for _, s := range d.sections() {
			items := s.value.([]string)
			if len(items) == 0 {
				continue
			}
			lines = append(lines, fmt.Sprintf("  %s (%d):", s.key, len(items)))
			for _, item := range items {
				lines = append(lines, "    "+item)
			}
		}
	}
	return strings.Join(lines, "\n")
}

func prfTable(title string, rows []TypeFigures) []string {
	lines := []string{fmt.Sprintf("%-16s%6s%6s%6s%8s%8s%8s", title, "tp", "fp", "fn", "P", "R", "F1")}
	for _, row := range rows {
		f := row.Figures
		lines = append(lines, fmt.Sprintf("%-16s%6d%6d%6d%8.3f%8.3f%8.3f", row.Type, f.TP, f.FP, f.FN, f.P, f.R, f.F1))
	}
	return lines
}
