package extract

import (
	"fmt"
	"slices"
	"strings"
)

// Plural descriptions (data/coref.tsv rows with head=1): "the juntas", "the three Sahel
// states", "all three AES countries", "the two sovereign states". One mechanism reads them:
// a words.tsv group-opener ("the", "all", "all the"), a number where the text states one, up
// to two modifiers (capitalised words, words.tsv group-modifier words), and a head noun of a
// row. The description stands for the latest coordinated list of compatible entities before
// it ("Mali, Burkina Faso and Niger"): with a number, a list of exactly that many anywhere
// before in the document (a stated number is strong enough to reach back over paragraphs);
// without one, a list of two or more in the description's paragraph, or anywhere before with
// far=1 (a head such as "juntas" that names the kind of the listed members). A relation rule
// that takes an argument from the description takes every member, as it does for a list.

// groupHead is one head phrase of a head=1 row: its lower-case words and the row.
type groupHead struct {
	words []string
	row   *anaphor
}

// maxGroupModifiers: how many modifiers may stand between the number (or opener) and the
// head ("the three AES states", "the two South American neighbours").
const maxGroupModifiers = 2

func (c *corefLexicon) addHeads(phrases string, a *anaphor) error {
	if a.count != 0 {
		return fmt.Errorf("coreference option head=1 needs a count of all (the number is read from the text)")
	}
	if c.heads == nil {
		c.heads = map[string][]groupHead{}
	}
	for _, p := range splitList(phrases) {
		toks := tokenize(strings.ToLower(p))
		if len(toks) == 0 {
			continue
		}
		h := groupHead{row: a}
		for _, t := range toks {
			h.words = append(h.words, t.Lower)
		}
		c.heads[h.words[0]] = append(c.heads[h.words[0]], h)
	}
	return nil
}

// startsHead: a head phrase may open at token t, which its word info answers without a map
// look-up (a token not looked up falls back to the map).
func (c *corefLexicon) startsHead(t *Token) bool {
	if t.word != nil {
		return t.word.groupHead
	}
	return len(c.heads[t.Lower]) > 0
}

// headAt: the head phrase of the lexicon that opens at tokens[k] and ends before end, the
// longest first; nil when none does.
func (c *corefLexicon) headAt(tokens []Token, k, end int) *groupHead {
	var best *groupHead
	heads := c.heads[tokens[k].Lower]
	for hi := range heads {
		h := &heads[hi]
		if k+len(h.words) > end || best != nil && len(h.words) <= len(best.words) {
			continue
		}
		ok := true
		for d, w := range h.words[1:] {
			ok = ok && tokens[k+1+d].Lower == w
		}
		if ok {
			best = h
		}
	}
	return best
}

// groupDescriptionAt: the length of a plural description opening at token i of the sentence
// span and the entities it stands for (see above); 0 when there is none, when its words are a
// phrase of coref.tsv's own rows (those rows read it), or when no list in reach has the right
// number of compatible members. found[:next] are the mentions before i; paraStart the token
// that opens i's paragraph.
func (x *Extractor) groupDescriptionAt(tokens []Token, span [2]int, i int, found []mention, next, paraStart int) (int, []*entityInfo) {
	c := &x.lex.coref
	if c.heads == nil || !x.lex.words.tok(wGroupOpener, &tokens[i]) {
		return 0, nil
	}
	end := span[1]
	// Most openers ("the") have no head noun in reach: the words' info decides before a
	// number is read.
	head := false
	for k := i + 1; k < end && k <= i+3+maxGroupModifiers && !head; k++ {
		head = c.startsHead(&tokens[k])
	}
	if !head {
		return 0, nil
	}
	j := i + 1
	if j < end && tokens[j].Lower == "the" && tokens[i].Lower != "the" {
		j++ // "all the"
	}
	if j >= end {
		return 0, nil
	}
	count, w := x.dates.numberAt(tokens, j, end)
	if w > 0 && (count < 2 || count > maxListCount) {
		return 0, nil
	}
	j += w
	var h *groupHead
	k := j
	for ; k < end && k <= j+maxGroupModifiers; k++ {
		if h = c.headAt(tokens, k, end); h != nil {
			break
		}
		if !(tokens[k].isCap() && tokens[k].isWord()) && !x.lex.words.tok(wGroupModifier, &tokens[k]) {
			return 0, nil
		}
	}
	if h == nil || w == 0 && h.row.numbered {
		return 0, nil
	}
	n := k + len(h.words) - i
	if tokens[i+n-1].isCap() {
		return 0, nil // "The Sahel Juntas, the Alliance of Sahel States": a title's words, no description
	}
	if i+n < end && h.row.unless[tokens[i+n].Lower] {
		return 0, nil // "the juntas in Mali, Burkina Faso and Niger": the members follow
	}
	if i+n < end && tokens[i+n].isCap() && tokens[i+n].isWord() {
		return 0, nil // "the three States Parties": a longer name or title goes on
	}
	// A modifier may be a body's or a region's name ("the three AES states", "the three
	// Sahel states"); a state's or person's name, or a name that takes in the head ("the
	// United States"), makes it no description.
	for m := firstFrom(found, i); m < len(found) && found[m].start < i+n; m++ {
		if t := found[m].info.Type; found[m].end > k || t != TypeInstitution && t != TypePlace {
			return 0, nil
		}
	}
	if i-1 > span[0] && tokens[i-1].Text == "," && next > 0 && found[next-1].end == i-1 {
		return 0, nil // "Australia, the United Kingdom and the United States, the three AUKUS partners,": the list names itself
	}
	if _, own := c.byKey[phraseKey(tokens[i:i+n])]; own {
		return 0, nil
	}
	a := *h.row
	a.count = count
	before := found[:next]
	if w == 0 && !a.far {
		before = before[firstFrom(before, paraStart):]
	}
	ants := listAntecedents(tokens, before, &a)
	if len(ants) == 0 {
		return 0, nil
	}
	return n, ants
}

// openingList: the entities of the coordinated list that opens the sentence span prev (its
// subject: "Chile, Peru and Norway signed the charter on Monday."), for a "They" that opens the
// next sentence of the paragraph (coref.tsv listed=1); nil unless the sentence opens with two
// or more names a accepts, joined by commas and a final "and", after at most an article, and
// the list is no possessor ("Chile and Peru's ministers").
func openingList(tokens []Token, prev [2]int, before []mention, a *anaphor) []*entityInfo {
	k := firstFrom(before, prev[0])
	if k >= len(before) || before[k].start >= prev[1] || before[k].coref {
		return nil // no name opens it, or a group anaphor does ("The leaders met. They ..."): chain=1 continues that
	}
	for p := prev[0]; p < before[k].start; p++ {
		if !tokens[p].is("the") {
			return nil // "In March, Chile and Peru ...": an adjunct first; the subject is not sure
		}
	}
	var chain []*mention
	closed := false
	for ; k < len(before) && before[k].start < prev[1]; k++ {
		m := &before[k]
		if m.nested {
			continue
		}
		if m.coref {
			break
		}
		if !a.accepts(m.info) {
			break
		}
		if len(chain) > 0 {
			and, ok := listJoin(tokens, before, chain[len(chain)-1], m)
			if !ok {
				break
			}
			closed = and
		}
		chain = append(chain, m)
	}
	if len(chain) < 2 || !closed {
		return nil
	}
	if e := chain[len(chain)-1].end; e < prev[1] && (tokens[e].Text == "'s" || tokens[e].Text == "\u2019s") {
		return nil
	}
	var out []*entityInfo
	for _, m := range chain {
		if !slices.Contains(out, m.info) {
			out = append(out, m.info)
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}
