package extract

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// anaphor is one line of data/coref.tsv: phrases that refer back to a recent entity.
type anaphor struct {
	types      map[string]bool
	count      int    // 1, or 2 for "the two leaders"; 0 for a group ("the leaders")
	min        int    // a group's least size ("the three leaders": 3)
	chain      bool   // refers to the group a group anaphor just named ("The leaders met. They ...")
	prefix     string // the antecedent's first word ("North")
	plural     bool
	possessive bool
	subject    bool            // prefer the first compatible entity of the latest sentence that has one
	unless     map[string]bool // next words that make the phrase refer to nothing
}

// maxCorefDistance is how many sentences back an antecedent may be: further than that, the
// paragraph has usually moved on.
const maxCorefDistance = 2

// corefLexicon finds anaphors by their first token.
type corefLexicon struct {
	phrases phraseSet
	byKey   map[string][]*anaphor // the phrase's lower-case tokens joined by spaces; rows in file order
	// single: first words that are an anaphor alone ("it"); second: second words of the
	// longer phrases ("country" in "the country"). "the" starts a phrase only before one.
	single, second map[string]bool
}

func (c *corefLexicon) add(row tsvRow) error {
	count, err := strconv.Atoi(row.field(2))
	if row.field(2) == "all" {
		count, err = 0, nil
	} else if err != nil || count < 1 || count > 2 {
		return fmt.Errorf("coreference count %q: want 1, 2 or all", row.field(2))
	}
	a := &anaphor{types: map[string]bool{}, count: count, unless: map[string]bool{}, min: 2}
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
	a.chain = attrs["chain"] == "1"
	if v := attrs["min"]; v != "" {
		if a.min, err = strconv.Atoi(v); err != nil || a.min < 2 {
			return fmt.Errorf("coreference min=%q: want a number of at least 2", v)
		}
	}
	for _, w := range splitList(attrs["unless"]) {
		a.unless[strings.ToLower(w)] = true
	}
	if c.byKey == nil {
		c.byKey = map[string][]*anaphor{}
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
		c.byKey[phraseKey(toks)] = append(c.byKey[phraseKey(toks)], a)
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
	// group is what the latest group anaphor ("the leaders") referred to, for a chained
	// "they" after it.
	var group struct {
		ants     []*entityInfo
		sentence int
		occasion int
	}
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
			if n == 0 || next < len(found) && found[next].start < i+n {
				continue // "the Republic of Korea": the phrase opens a name
			}
			var ants []*entityInfo
			var a *anaphor
			occasion := 0
			for _, row := range c.byKey[phraseKey(tokens[i:i+n])] {
				if i+n < span[1] && row.unless[tokens[i+n].Lower] || row.prefix != "" && !tokens[i+1].isCap() {
					continue // "it is expected"; "the north of the country" is no state
				}
				a = row
				switch {
				case row.chain:
					if group.sentence >= si-maxCorefDistance && len(group.ants) > 0 && row.types[group.ants[0].Type] {
						ants, occasion = group.ants, group.occasion
					}
				case row.count == 0:
					ants, occasion = groupAntecedents(found[:next], row, si)
				default:
					first := si - maxCorefDistance
					if row.possessive {
						first = si // "its troops": the owner is named in the same sentence
					}
					ants = antecedents(recent, row, first)
				}
				if len(ants) > 0 {
					break
				}
			}
			if len(ants) == 0 {
				i += n - 1
				continue
			}
			if (a.count == 0 || a.chain) && !(i > span[0] && x.lex.words.in(wPreposition, tokens[i-1].Lower)) {
				// A later "they" continues a group that acts, not one inside a
				// prepositional phrase ("officers from the four countries").
				group.ants, group.sentence, group.occasion = ants, si, occasion
			}
			for _, ant := range ants {
				m := mention{info: ant, start: i, end: i + n, sentence: si, coref: true, possessive: a.possessive, occasion: occasion}
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

// groupAntecedents: a group anaphor ("the leaders", "the three ministers") refers to every
// compatible entity named in the latest earlier sentence of the document that names at least
// a.min of them ("Biden hosted Yoon and Kishida ... The leaders condemned"). Groups are
// introduced once and referred to across paragraphs, so the search is not bounded by one.
// occasion is 1 + the index of that sentence.
func groupAntecedents(before []mention, a *anaphor, si int) (_ []*entityInfo, occasion int) {
	var out []*entityInfo
	cur := -1
	for k := len(before) - 1; k >= 0; k-- {
		m := &before[k]
		if m.sentence >= si || m.coref || !a.accepts(m.info) {
			continue
		}
		if m.sentence != cur {
			if len(out) >= a.min {
				break
			}
			out, cur = out[:0], m.sentence
		}
		if !slices.Contains(out, m.info) {
			out = append(out, m.info)
		}
	}
	if len(out) < a.min {
		return nil, 0
	}
	slices.Reverse(out) // text order
	return out, cur + 1
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
