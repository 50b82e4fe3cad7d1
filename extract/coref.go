package extract

import (
	"fmt"
	"strconv"
	"strings"
)

// anaphor is one line of data/coref.tsv: phrases that refer back to a recent entity.
type anaphor struct {
	types      map[string]bool
	count      int      // 1, or 2 to 4 for "the two leaders", "the three governments"
	far        bool     // a numbered group named anywhere before in the document ("the three states")
	first      bool     // the document's first compatible entity ("the Government" of a release)
	cased      []string // if set, the phrase's words as they must be written ("the Government")
	prefix     string   // the antecedent's first word ("North")
	plural     bool
	possessive bool
	subject    bool            // prefer the first compatible entity of the latest sentence that has one
	unless     map[string]bool // next words that make the phrase refer to nothing
	after      map[string]bool // if set, the phrase means this only after one of these words
	next       *anaphor        // another reading of the same phrase (after= rows first)
}

// maxCorefDistance is how many sentences back an antecedent may be: further than that, the
// paragraph has usually moved on.
const maxCorefDistance = 2

// corefLexicon finds anaphors by their first token.
type corefLexicon struct {
	phrases phraseSet
	byKey   map[string]*anaphor // the phrase's lower-case tokens joined by spaces
	// single: first words that are an anaphor alone ("it"); second: second words of the
	// longer phrases ("country" in "the country"). "the" starts a phrase only before one.
	single, second map[string]bool
}

func (c *corefLexicon) add(row tsvRow) error {
	count, err := strconv.Atoi(row.field(2))
	if err != nil || count < 1 || count > 4 {
		return fmt.Errorf("coreference count %q: want 1 to 4", row.field(2))
	}
	a := &anaphor{types: map[string]bool{}, count: count, unless: map[string]bool{}}
	for _, t := range splitList(row.field(1)) {
		if !validEntityType(t) {
			return fmt.Errorf("unknown entity type %q", t)
		}
		a.types[t] = true
	}
	attrs := parseAttrs(row.field(3))
	a.prefix = attrs["prefix"]
	a.plural = attrs["plural"] == "1"
	a.possessive = attrs["possessive"] == "1"
	a.subject = attrs["subject"] == "1"
	a.far = attrs["far"] == "1"
	a.first = attrs["first"] == "1"
	if a.far && count < 2 {
		return fmt.Errorf("coreference option far=1 needs a count of 2 or more")
	}
	for _, w := range splitList(attrs["unless"]) {
		a.unless[strings.ToLower(w)] = true
	}
	for _, w := range splitList(attrs["after"]) {
		if a.after == nil {
			a.after = map[string]bool{}
		}
		a.after[strings.ToLower(w)] = true
	}
	if c.byKey == nil {
		c.byKey = map[string]*anaphor{}
	}
	if c.single == nil {
		c.single, c.second = map[string]bool{}, map[string]bool{}
	}
	for _, p := range splitList(row.field(0)) {
		toks := tokenize(strings.ToLower(p))
		if len(toks) == 0 {
			continue
		}
		c.phrases.add(p)
		key := phraseKey(toks)
		if attrs["cased"] == "1" {
			a = &anaphor{types: a.types, count: a.count, prefix: a.prefix, plural: a.plural, possessive: a.possessive,
				subject: a.subject, unless: a.unless, after: a.after, far: a.far, first: a.first}
			for _, t := range tokenize(p) {
				a.cased = append(a.cased, t.Text)
			}
		}
		// Readings with after= are tried first ("signed it" is the agreement).
		if prev := c.byKey[key]; prev != nil && a.after != nil {
			own := *a
			own.next = prev
			c.byKey[key] = &own
		} else if prev != nil {
			last := prev
			for last.next != nil {
				last = last.next
			}
			own := *a
			last.next = &own
		} else {
			c.byKey[key] = a
		}
		if len(toks) == 1 {
			c.single[toks[0].Lower] = true
		} else {
			c.second[toks[1].Lower] = true
		}
	}
	return nil
}

func phraseKey(tokens []Token) string {
	parts := make([]string, len(tokens))
	for i, t := range tokens {
		parts[i] = t.Lower
	}
	return strings.Join(parts, " ")
}

// accepts: an entity the anaphor may refer to.
func (a *anaphor) accepts(info *entityInfo) bool {
	if !a.types[info.Type] {
		return false
	}
	if a.prefix != "" && !strings.HasPrefix(info.Name, a.prefix+" ") {
		return false
	}
	if a.plural && !(strings.HasSuffix(info.Name, "s") && !strings.HasSuffix(info.Name, "ss")) {
		return false
	}
	return true
}

// resolveAnaphors adds, for each anaphor the names did not take, mentions of its antecedents:
// the most recent compatible entities mentioned before it in the same paragraph. found is
// sorted by start; the result is too.
func (x *Extractor) resolveAnaphors(tokens []Token, sentences [][2]int, found []mention, fl []uint8) []mention {
	c := &x.lex.coref
	if c.byKey == nil {
		return found
	}
	var out []mention
	next := 0            // found[:next] start before the current token
	var recent []mention // mentions of the paragraph so far, names and resolved anaphors
	for si, span := range sentences {
		if si > 0 && tokens[span[0]].Newlines >= 2 {
			recent = recent[:0] // a blank line starts a new paragraph
		}
		for i := span[0]; i < span[1]; i++ {
			for next < len(found) && found[next].start <= i {
				recent = append(recent, found[next])
				next++
			}
			if fl[i]&flagAnaphor == 0 || next > 0 && found[next-1].end > i {
				continue // no anaphor starts here, or inside a name
			}
			if !c.single[tokens[i].Lower] && (i+1 >= span[1] || !c.second[tokens[i+1].Lower]) {
				continue // "the" before a word no anaphor has second
			}
			n := c.phrases.matchAt(tokens[:span[1]], i)
			if n == 0 {
				continue
			}
			a := c.byKey[phraseKey(tokens[i:i+n])]
			for a != nil && (a.after != nil && (i == span[0] || !a.after[tokens[i-1].Lower]) || !a.writtenAs(tokens[i:i+n])) {
				a = a.next
			}
			if a == nil || i+n < span[1] && a.unless[tokens[i+n].Lower] {
				continue
			}
			if a.prefix != "" && !tokens[i+1].isCap() {
				continue // "the north of the country" is no state
			}
			first := si - maxCorefDistance
			if a.possessive {
				first = si // "its troops": the owner is named in the same sentence
			}
			var ants []*entityInfo
			if a.first {
				ants = firstAntecedent(found[:next], a)
			} else if a.far {
				ants = listAntecedents(tokens, found[:next], a)
			} else if ants = coordinatedAntecedents(tokens, recent, a, first); ants == nil {
				ants = antecedents(recent, a, first)
			}
			if len(ants) == 0 {
				i += n - 1
				continue
			}
			for _, ant := range ants {
				m := mention{info: ant, start: i, end: i + n, sentence: si, coref: true, possessive: a.possessive}
				out = append(out, m)
				recent = append(recent, m)
			}
			i += n - 1
		}
	}
	if len(out) == 0 {
		return found
	}
	found = append(found, out...)
	sortMentions(found)
	return found
}

// coordinatedAntecedents: for an anaphor of two ("the two leaders"), the latest pair of
// compatible entities joined by "and" ("Abiy Ahmed and Somali President Hassan Sheikh Mohamud
// arrived ... and were received by Erdogan. The two leaders signed": Abiy and Hassan Sheikh,
// not Erdogan), or nil.
func coordinatedAntecedents(tokens []Token, recent []mention, a *anaphor, firstSentence int) []*entityInfo {
	if a.count != 2 {
		return nil
	}
	var second *mention // the later of the pair, skipping what the anaphor cannot mean ("Somali")
	for k := len(recent) - 1; k >= 0 && recent[k].sentence >= firstSentence; k-- {
		first := &recent[k]
		if first.coref || !a.accepts(first.info) {
			continue
		}
		if second == nil || first.info == second.info || second.start-first.end > 8 || second.start <= first.end {
			second = first
			continue
		}
		joined := false
		for j := first.end; j < second.start; j++ {
			switch {
			case tokens[j].is("and"):
				joined = true
			case !tokens[j].isWord() && tokens[j].Text != "," && tokens[j].Text != "'s" && tokens[j].Text != "\u2019s":
				joined = false
				j = second.start
			}
		}
		if joined {
			return []*entityInfo{second.info, first.info}
		}
		second = first
	}
	return nil
}

// writtenAs: the tokens are written as a cased anaphor requires ("the Government", not "the
// government").
func (a *anaphor) writtenAs(tokens []Token) bool {
	if a.cased == nil {
		return true
	}
	if len(tokens) != len(a.cased) {
		return false
	}
	for k, t := range tokens {
		if k > 0 && t.Text != a.cased[k] {
			return false // the first word may open the sentence
		}
	}
	return true
}

// firstAntecedent: the document's first compatible named entity ("the Government" in a
// ministry's briefing is the ministry's state, named in its heading or first sentence).
func firstAntecedent(before []mention, a *anaphor) []*entityInfo {
	for k := range before {
		if m := &before[k]; !m.coref && !m.demonym && a.accepts(m.info) {
			return []*entityInfo{m.info}
		}
	}
	return nil
}

// listAntecedents: for a numbered group ("the three heads of state", "all three states"),
// the latest list of exactly that many compatible entities named before it in the document
// ("Colonel Assimi Goïta of Mali, Captain Ibrahim Traoré of Burkina Faso and General
// Abdourahamane Tiani of Niger"), or nil. A list's members are joined by commas and "and",
// with only titles, articles, "of" and other names between them.
func listAntecedents(tokens []Token, before []mention, a *anaphor) []*entityInfo {
	var chain []*mention // the list being read, latest member first
	closed := false      // its last two members are joined by "and"
	flush := func() []*entityInfo {
		if len(chain) != a.count || !closed {
			return nil
		}
		out := make([]*entityInfo, 0, len(chain))
		for _, m := range chain {
			for _, o := range out {
				if o == m.info {
					return nil
				}
			}
			out = append(out, m.info)
		}
		return out
	}
	for k := len(before) - 1; k >= 0; k-- {
		m := &before[k]
		if m.coref || !a.accepts(m.info) {
			continue
		}
		if len(chain) > 0 {
			if and, ok := listJoin(tokens, before, m, chain[len(chain)-1]); ok {
				if len(chain) == 1 {
					closed = and
				}
				chain = append(chain, m)
				continue
			}
			if ants := flush(); ants != nil {
				return ants
			}
		}
		chain, closed = append(chain[:0], m), false
	}
	return flush()
}

// listJoin: the tokens between list members m and next are list glue (commas, "and", titles,
// articles, "of", other names); and says whether "and" is among them.
func listJoin(tokens []Token, mentions []mention, m, next *mention) (and, ok bool) {
	if next.start < m.end || next.start-m.end > 8 {
		return false, false
	}
	for j := m.end; j < next.start; j++ {
		inName := false
		for _, o := range mentions {
			inName = inName || j >= o.start && j < o.end
		}
		tk := tokens[j]
		switch {
		case inName, tk.Text == ",", tk.is("the", "of"), tk.Text == "'s", tk.Text == "\u2019s", tk.isCap() && tk.isWord():
		case tk.is("and"):
			and = true
		default:
			return false, false
		}
	}
	return and, true
}

// antecedents are the most recent compatible distinct entities, as many as the anaphor counts;
// for a subject anaphor ("he"), the first compatible entity of the latest sentence that has
// one ("Kim Jong Un met Putin. He said" is Kim).
func antecedents(recent []mention, a *anaphor, firstSentence int) []*entityInfo {
	if a.subject && a.count == 1 {
		var best *entityInfo
		for k := len(recent) - 1; k >= 0 && recent[k].sentence >= firstSentence; k-- {
			if best != nil && recent[k].sentence != recent[k+1].sentence {
				break
			}
			if a.accepts(recent[k].info) {
				best = recent[k].info
			}
		}
		if best == nil {
			return nil
		}
		return []*entityInfo{best}
	}
	var out []*entityInfo
	for k := len(recent) - 1; k >= 0 && len(out) < a.count && recent[k].sentence >= firstSentence; k-- {
		info := recent[k].info
		if recent[k].demonym && a.count == 1 && a.possessive {
			continue // "the Russian side ... its" is still Russia, but a demonym is weak
		}
		if !a.accepts(info) {
			continue
		}
		dup := false
		for _, o := range out {
			dup = dup || o == info
		}
		if !dup {
			out = append(out, info)
		}
	}
	if len(out) < a.count {
		return nil
	}
	return out
}
