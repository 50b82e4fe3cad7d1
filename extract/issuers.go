package extract

import (
	"slices"
)

// A joint text declares who issues it: a title ("Joint Declaration of the Foreign Ministers
// of A, B and C"), an opening ("We, the Heads of State of A, B and C,") or a signature block
// under its last paragraph ("Signed by:" and one line per signer). This file holds what the
// document model reads from such a block; the referents "we", "all three of us" are resolved
// in coref.go.

// signatureBlock returns SIGNED from every person a signature block lists to the agreement
// a title line of the document's opening block names ("Stockholm Declaration on Security in
// the Baltic Sea Region"). The block opens with a line that is only a cue of words.tsv class
// signature-cue ("Signed by:", "Signatories:") and runs to the end of its paragraph. A
// document whose title names no agreement (a communiqué, a press release) or that has no
// such cue line gets nothing: the rule needs both.
func (x *Extractor) signatureBlock(tokens []Token, spans [][2]int, mentions []mention, sentences []Sentence, date string) []Relation {
	agr := ownAgreement(tokens, spans, mentions, x.lex)
	if agr == nil {
		return nil
	}
	cue := -1
	for si := len(spans) - 1; si > 0; si-- {
		sp := spans[si]
		if tokens[sp[0]].Newlines == 0 {
			continue // a cue opens a line of its own
		}
		n := x.lex.words.signatureCue.matchAt(tokens[:sp[1]], sp[0])
		if n > 0 && (sp[0]+n == sp[1] || sp[0]+n+1 == sp[1] && tokens[sp[0]+n].Text == ":") {
			cue = si
			break
		}
	}
	if cue < 0 {
		return nil
	}
	var out []Relation
	signers := map[string]bool{}
	end := paragraphEnd(tokens, spans, cue)
	for _, m := range mentions {
		if m.sentence >= end {
			break // mentions come in document order: the block has ended
		}
		if m.sentence <= cue || m.coref || m.nested || m.info.Type != TypePerson || signers[m.info.ID] {
			continue
		}
		if !opensLine(tokens, spans[m.sentence], m.start) {
			continue // a signer's name opens the line; a name inside a title does not sign
		}
		signers[m.info.ID] = true
		r := Relation{Type: RelSigned, Src: m.info.ID, Dst: agr.ID, Polarity: Asserted, Modality: Fact,
			Sentence: m.sentence, Evidence: sentences[m.sentence].Text, Rule: "SIGNED/signature-block"}
		if date != "" {
			r.Dates = []string{date} // the block signs the text on the day it is dated
		}
		out = append(out, r)
	}
	return out
}

// ownAgreement is the agreement a title line of the document's opening block (the sentences
// before its first blank line, at most titleBlock of them) names, or nil.
func ownAgreement(tokens []Token, spans [][2]int, mentions []mention, lx *lexicon) *entityInfo {
	if len(spans) == 0 {
		return nil
	}
	end := min(paragraphEnd(tokens, spans, 0), titleBlock) // a text with no blank line has no longer title
	for _, m := range mentions {
		if m.sentence >= end {
			break
		}
		if !m.coref && titleAgreement(tokens, spans[m.sentence], m, lx) {
			return m.info
		}
	}
	return nil
}

// titleBlock is how many sentences a document's title block may hold: heading, title,
// subtitle, dateline.
const titleBlock = 4

// paragraphEnd is the first sentence after si that opens a new paragraph (a blank line
// before it), or len(spans).
func paragraphEnd(tokens []Token, spans [][2]int, si int) int {
	for k := si + 1; k < len(spans); k++ {
		if tokens[spans[k][0]].Newlines >= 2 {
			return k
		}
	}
	return len(spans)
}

// opensLine: the token at i is the first of its line within the sentence span.
func opensLine(tokens []Token, sp [2]int, i int) bool {
	return i == sp[0] || tokens[i].Newlines > 0
}

// issuers is the set of states a joint text declares as its issuers, read once per document
// at the first word that may open a group phrase (documentIssuers).
type issuers struct {
	states []*entityInfo
	read   bool
}

// mayOpen: a group phrase may open with the word (issuerGroupAt would look further). It is
// asked at every token of a document, so it inlines at the call and answers from the word
// alone, or from the issuers once they are read (most documents declare fewer than two).
func (s *issuers) mayOpen(lower string) bool {
	return !(s.read && len(s.states) < 2) && opensIssuerGroup(lower)
}

// opensIssuerGroup: the word may open a group phrase (issuerGroupAt).
func opensIssuerGroup(lower string) bool {
	switch lower {
	case "all", "the", "each", "both", "our":
		return true
	}
	return false
}

// issuerOpening is how many sentences from the top a declaration of issuers may stand in:
// the title, the dateline and the opening sentence.
const issuerOpening = 3

// documentIssuers: the states of the first declaration of issuers in the document's opening
// sentences: the list after "We, the <heads> of" ("We, the Foreign Ministers of Denmark,
// Estonia and Finland,") or after a words.tsv issuer-head and "of" ("JOINT COMMUNIQUE OF THE
// GOVERNMENTS OF BURKINA FASO, THE REPUBLIC OF MALI AND THE REPUBLIC OF NIGER"); nil when the
// opening declares no such list of two or more states.
func (x *Extractor) documentIssuers(tokens []Token, sentences [][2]int, found []mention) []*entityInfo {
	for si := 0; si < min(len(sentences), issuerOpening); si++ {
		sp := sentences[si]
		for k := sp[0]; k+2 < sp[1]; k++ {
			from := -1
			switch {
			case tokens[k].Lower == "we" && tokens[k+1].Text == ",":
				for j := k + 2; j < min(sp[1], k+10); j++ {
					if tokens[j].is("of") {
						from = j + 1
						break
					}
				}
			case x.lex.words.tok(wIssuerHead, &tokens[k]) && tokens[k+1].is("of"):
				from = k + 2
			}
			if from < 0 {
				continue
			}
			if states, _ := listedStates(tokens, found, from, sp[1]); len(states) >= 2 {
				return states
			}
		}
	}
	return nil
}

// issuerGroupAt: the length of a group phrase opening at i that stands for the document's
// declared issuers, and those issuers; 0 when there is none. The phrases are "all eight of
// us", "the three of us", "all of us", "each of us", and a number with a words.tsv issuer-group
// noun ("our three countries"), perhaps after one or two capitalised modifiers ("all eight NB8 countries", "the three
// states", "the three Member States"). A number must equal the size of the declared set, and
// a document that declares none gets nothing: in a news report "all three countries" is
// coreference of another kind (coref.go).
func (x *Extractor) issuerGroupAt(tokens []Token, span [2]int, i int, iss *issuers, sentences [][2]int, found []mention) (int, []*entityInfo) {
	if !opensIssuerGroup(tokens[i].Lower) || i+2 >= span[1] {
		return 0, nil
	}
	if !iss.read {
		iss.states, iss.read = x.documentIssuers(tokens, sentences, found), true
	}
	if len(iss.states) < 2 {
		return 0, nil // most texts declare no issuers: no phrase need be read ("the" opens many)
	}
	j := i + 1
	if tokens[i].is("all") && tokens[j].is("the") {
		j++
	}
	count, w := x.dates.numberAt(tokens, j, span[1])
	if w == 0 && !tokens[i].is("all", "each") {
		return 0, nil // "the", "our" open a group phrase only with a number
	}
	j += w
	n := 0
	switch {
	case j+1 < span[1] && tokens[j].is("of") && tokens[j+1].is("us"):
		n = j + 2 - i
	case w > 0:
		for k := j; k < span[1] && k <= j+3; k++ {
			if x.lex.words.tok(wIssuerGroup, &tokens[k]) {
				if k+1 < span[1] && x.lex.words.tok(wIssuerGroup, &tokens[k+1]) {
					k++ // "member states"
				}
				n = k + 1 - i
				break
			}
			if !tokens[k].isCap() && !(tokens[k].Text == "-" && !tokens[k].SpaceBefore) {
				break // "all eight NB8 countries", "the three Nordic-Baltic states"
			}
		}
	}
	if n == 0 {
		return 0, nil
	}
	if w > 0 && count != len(iss.states) {
		return 0, nil
	}
	// A state's or person's name inside the phrase ("the two Koreas' ...") makes it no bare
	// group; a body's name is the group's own modifier ("all eight NB8 countries").
	for k := firstFrom(found, i+1); k < len(found) && found[k].start < i+n; k++ {
		if found[k].info.Type != TypeInstitution {
			return 0, nil
		}
	}
	return n + includedAside(tokens, span, i+n, iss.states, found), iss.states
}

// includedAside: the length of an aside right after a group phrase that names some of its
// own members (", Iceland included," / ", including Iceland,"), 0 if there is none: the aside
// belongs to the phrase, so that its name does not stand as the subject in its place.
func includedAside(tokens []Token, span [2]int, p int, members []*entityInfo, found []mention) int {
	if p+3 >= span[1] || tokens[p].Text != "," {
		return 0
	}
	k := p + 1
	including := tokens[k].is("including")
	if including {
		k++
	}
	member := func(k int) int { // the end of a member's name at k, or 0
		j := firstFrom(found, k)
		if j < len(found) && found[j].start == k && slices.Contains(members, found[j].info) {
			return found[j].end
		}
		return 0
	}
	named := 0
	for k < span[1] {
		if e := member(k); e > 0 {
			k = e
			named++
			continue
		}
		if named > 0 && tokens[k].is("and", ",") && k+1 < span[1] && member(k+1) > 0 {
			k++ // "Iceland and Norway included"
			continue
		}
		break
	}
	if named == 0 {
		return 0
	}
	if !including {
		if k >= span[1] || !tokens[k].is("included") {
			return 0
		}
		k++
	}
	if k >= span[1] || tokens[k].Text != "," {
		return 0
	}
	return k + 1 - p
}

// appositionBody: in a first-person apposition opening at the "we" at k that names a body
// before its heads and their states ("We, the G7 Foreign Ministers of Canada, France, ... and
// the United States of America, and the High Representative of the European Union,"), the
// body and the states. The text speaks as the body, and each state it lists is a member of
// it; an apposition that names no body before its heads ("We, the Foreign Ministers of
// Denmark, Estonia and Finland,") speaks as the states it lists, and one whose body follows
// the heads ("We, the Leaders of the G7,") names no states. The heads are capitalised words
// ending in a words.tsv issuer-head ("Foreign Ministers", "Heads of State and Government"),
// and the list holds two or more states. found is sorted by start; end bounds the list.
func appositionBody(tokens []Token, w *words, k, end int, found []mention) (*mention, []*entityInfo) {
	p := k + 2
	if p < end && tokens[p].is("the") {
		p++
	}
	var body *mention
	for j := firstFrom(found, p); j < len(found) && found[j].start == p; j++ {
		if !found[j].coref && !found[j].nested && found[j].info.Type == TypeInstitution {
			body = &found[j]
			break
		}
	}
	if body == nil {
		return nil, nil
	}
	// The heads: capitalised words up to "of" whose last is an issuer-head; "of State and
	// Government" may sit inside them ("Heads of State and Government of").
	q, head := body.end, false
	for ; q < end && q < body.end+8; q++ {
		t := &tokens[q]
		if t.is("of") && head {
			break
		}
		if !t.isWord() || !t.isCap() && !t.is("of", "and") {
			return nil, nil
		}
		head = w.tok(wIssuerHead, t)
	}
	if q >= end || !tokens[q].is("of") || !head {
		return nil, nil
	}
	states, _ := listedStates(tokens, found, q+1, end)
	if len(states) < 2 {
		return nil, nil
	}
	return body, states
}

// issuerMembership returns MEMBER_OF from each state a document's first-person apposition
// lists to the body it names before its heads (appositionBody): "We, the G7 Foreign Ministers
// of Canada, France, ..." makes Canada, France, ... members of the G7. Membership is a
// standing tie, so the relation has no date. The apposition opens its sentence, perhaps after
// a paragraph number ("1. We, the ..."), or its line (a title line with no full stop runs into
// the sentence below it): only a sentence's first tokens and its lines' first are read. An
// apposition that names the issuers as a group of a body and lists them ("We, the
// participating states of the MSMT - A, B and C -", groupApposition) makes each a member too,
// as does one that lists them before the group ("We, the Ministers of A, B and C, the
// countries of the NB8,", trailingGroup).
func (x *Extractor) issuerMembership(tokens []Token, spans [][2]int, mentions []mention, sentences []Sentence) []Relation {
	var out []Relation
	for si, sp := range spans {
		for k := sp[0]; k+1 < sp[1]; k++ {
			if k >= sp[0]+3 && tokens[k].Newlines == 0 {
				continue // past the sentence's first tokens, only a line's first word
			}
			if tokens[k].Lower != "we" || tokens[k+1].Text != "," {
				continue
			}
			body, states := appositionBody(tokens, x.lex.words, k, sp[1], mentions)
			if body == nil {
				body, states = groupApposition(tokens, x.lex.words, k, sp[1], mentions)
			}
			if body == nil {
				body, states = trailingGroup(tokens, x.lex.words, k, sp[1], mentions)
			}
			if body == nil {
				continue
			}
			for _, st := range states {
				out = append(out, Relation{Type: RelMemberOf, Src: st.ID, Dst: body.info.ID, Polarity: Asserted, Modality: Fact,
					Sentence: si, Evidence: sentences[si].Text, Rule: "MEMBER_OF/issuer-apposition"})
			}
		}
	}
	return out
}

// groupApposition: in a first-person apposition opening at the "we" at k that names the
// issuers as a group of a body and then lists them ("We, the participating states of the
// Multilateral Sanctions Monitoring Team (MSMT) - Australia, Canada, ... and the United
// States -"), the body and the listed states. The states speak, each a member of the body;
// the body itself does not speak. The group is a words.tsv issuer-group noun ("states",
// "countries", "members") after at most two modifiers, then "of", the body's name, perhaps
// its acronym in parentheses, and a dash, colon or comma before the list of two or more
// states. found is sorted by start; end bounds the list.
func groupApposition(tokens []Token, w *words, k, end int, found []mention) (*mention, []*entityInfo) {
	p := k + 2
	if p < end && tokens[p].is("the") {
		p++
	}
	q := groupPrep(tokens, w, pastHeads(tokens, w, p, end), 3, end)
	if q < 0 {
		return nil, nil
	}
	body := groupBody(tokens, q, found)
	if body == nil {
		return nil, nil
	}
	q = body.end
	if q+2 < end && tokens[q].Text == "(" && tokens[q+2].Text == ")" {
		q += 3 // "(MSMT)"
	}
	if q >= end || !tokens[q].is("-", ":", ",", "–", "—") {
		return nil, nil
	}
	if q+1 < end && tokens[q].Text == "," && w.tok(wEnumerator, &tokens[q+1]) {
		q++ // ", namely A, B and C"
	}
	states, _ := listedStates(tokens, found, q+1, end)
	if len(states) < 2 {
		return nil, nil
	}
	return body, states
}

// pastHeads: the token after the speakers' heads and "of the" that open a group phrase at p
// ("Foreign Ministers of the | Member States of ..."): capitalised words whose last is a
// words.tsv issuer-head, then "of" and perhaps "the"; p itself when there are none.
func pastHeads(tokens []Token, w *words, p, end int) int {
	for q := p; q+1 < end && q < p+4; q++ {
		if !tokens[q].isWord() || !tokens[q].isCap() {
			return p
		}
		if w.tok(wIssuerHead, &tokens[q]) && tokens[q+1].is("of") {
			q += 2
			if q < end && tokens[q].is("the") {
				q++
			}
			return q
		}
	}
	return p
}

// coSpeakers: the bodies an apposition adds after its list of states, each named after a
// head and "of" ("..., and the High Representative of the European Union,"): their heads
// speak with the ministers, so the bodies are issuers too (stop 21: a joint statement's
// "we" spelled out as named states or leaders is each of them). Only institutions between
// from and end, right after "of" (and perhaps "the") whose head word is capitalised.
func coSpeakers(tokens []Token, from, end int, found []mention, body *mention) []*entityInfo {
	var out []*entityInfo
	for j := firstFrom(found, from); j < len(found) && found[j].start < end; j++ {
		m := &found[j]
		if m.coref || m.nested || m.end > end || m.info.Type != TypeInstitution || m.info == body.info || slices.Contains(out, m.info) {
			continue
		}
		p := m.start - 1
		if p > from && tokens[p].is("the") {
			p--
		}
		if p <= from || !tokens[p].is("of") || !tokens[p-1].isWord() || !tokens[p-1].isCap() {
			continue
		}
		out = append(out, m.info)
	}
	return out
}

// groupPrep: from p, at most n words (a number, a modifier), a words.tsv issuer-group noun
// ("states", "members"; two for "Member States") and "of": the index after "of", or -1.
func groupPrep(tokens []Token, w *words, p, n, end int) int {
	g := p
	for g < end && g < p+n && tokens[g].isWord() && !w.tok(wIssuerGroup, &tokens[g]) {
		g++
	}
	if g+1 < end && w.tok(wIssuerGroup, &tokens[g]) && w.tok(wIssuerGroup, &tokens[g+1]) {
		g++ // "Member States of"
	}
	if g+2 >= end || !w.tok(wIssuerGroup, &tokens[g]) || !tokens[g+1].is("of") {
		return -1
	}
	return g + 2
}

// groupBody: the institution named at q, right after a group phrase's "of" (perhaps after
// "the": "the participating states of the MSMT", "the four members of the Quad"), or nil.
// found is sorted by start.
func groupBody(tokens []Token, q int, found []mention) *mention {
	if tokens[q].is("the") {
		q++
	}
	var body *mention
	for j := firstFrom(found, q); j < len(found) && found[j].start == q; j++ {
		if !found[j].coref && !found[j].nested && found[j].info.Type == TypeInstitution {
			body = &found[j]
		}
	}
	return body
}

// trailingGroup: in a first-person apposition opening at the "we" at k that lists its
// speakers' states first and then names the group the states form ("We, the Foreign
// Ministers of A, B, C and D, the four members of the Quad,"; "We, the Governments of A, ...
// and K, the participating states of the MSMT,"), the body and the listed states. The states
// speak, each a member of the body; the body is their description, not another speaker. The
// group is ", the", at most two words (a number, a modifier), a words.tsv issuer-group noun,
// "of" and the body's name, right after a list of two or more states that runs up to that
// comma. found is sorted by start; end bounds the apposition.
func trailingGroup(tokens []Token, w *words, k, end int, found []mention) (*mention, []*entityInfo) {
	for c := k + 3; c+4 < end && c < k+60; c++ {
		if tokens[c].Text != "," || !tokens[c+1].is("the") {
			continue
		}
		q := groupPrep(tokens, w, c+2, 2, end)
		if q < 0 {
			continue
		}
		body := groupBody(tokens, q, found)
		if body == nil {
			return nil, nil
		}
		// The list: from the first state named after the heads, unbroken up to the comma.
		for j := firstFrom(found, k+2); j < len(found) && found[j].start < c; j++ {
			if m := &found[j]; !m.coref && !m.nested && m.info.Type == TypeState && tokens[m.start-1].is("of", "the") {
				states, p := listedStates(tokens, found, m.start, c)
				if p == c && len(states) >= 2 {
					return body, states
				}
				break
			}
		}
		return nil, nil
	}
	return nil, nil
}
