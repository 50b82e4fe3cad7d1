package extract

import (
	"fmt"
	"slices"
)

// Deeds: acts that no relation states ("China held live-fire drills around Taiwan", "North
// Korea conducted a nuclear test", "the junta's coup"), kept per kind (acts.tsv) with their
// doers, so that a later stance whose object is a definite noun of that kind ("The Mainland
// Affairs Council condemned the drills") finds its target. Relation events ("the attack",
// "the sale") are the events map's (eventDoers); a deed is read only where no relation
// event answers.

// deedWindow is how many sentences back a definite deed noun reaches for its event.
const deedWindow = 20

// deedKinds holds the kinds of acts.tsv: deedKind maps a noun (lower case) to its kind's
// index in names.
type deedKinds struct {
	names []string
	kind  map[string]uint8
}

// compileDeeds reads acts.tsv: kind <TAB> nouns. The vocabulary marks each noun's kind
// (wordInfo.deed), so a token is known for one without a map look-up.
func compileDeeds(rows []tsvRow) (deedKinds, error) {
	dk := deedKinds{kind: map[string]uint8{}}
	for _, row := range rows {
		name := row.field(0)
		if name == "" || row.field(1) == "" {
			return dk, fmt.Errorf("%s: want kind <TAB> nouns", row.where)
		}
		if len(dk.names) == 254 {
			return dk, fmt.Errorf("%s: too many kinds of deed", row.where)
		}
		idx := slices.Index(dk.names, name)
		if idx < 0 {
			idx = len(dk.names)
			dk.names = append(dk.names, name)
		}
		for _, p := range lowerList(row.field(1)) {
			if _, dup := dk.kind[p]; dup {
				return dk, fmt.Errorf("%s: noun %q has a kind already", row.where, p)
			}
			dk.kind[p] = uint8(idx)
		}
	}
	return dk, nil
}

// deedOf is the kind of act the token names, if any.
func (lx *lexicon) deedOf(t *Token) (uint8, bool) {
	if t.word != nil {
		return t.word.deed - 1, t.word.deed > 0
	}
	kind, ok := lx.deeds.kind[t.Lower]
	return kind, ok
}

// deedRecord is a document's latest deed of each kind: its doers and its sentence. cur is
// the sentence being read.
type deedRecord struct {
	doers [][]*entityInfo
	at    []int
	cur   int
	any   bool
}

func newDeedRecord(kinds int) *deedRecord {
	r := &deedRecord{doers: make([][]*entityInfo, kinds), at: make([]int, kinds)}
	for i := range r.at {
		r.at[i] = -1
	}
	return r
}

// deedDoerType: a deed's doer is a state, a body or a person.
func deedDoerType(typ string) bool {
	return typ == TypeState || typ == TypeInstitution || typ == TypePerson
}

// recordDeeds reads sentence i (tokens sp, its mentions ms) for deed nouns and keeps, per
// kind, the doers of the first one whose doers it names: the possessor or modifiers before
// the noun ("China's drills", "Russia-DPRK military cooperation", "PLA exercises"), the
// names after "by" or "between" ("drills held by the PLA", "cooperation between Pyongyang and
// Moscow"), or, for a noun with no definite determiner ("held live-fire drills", "conducted a
// nuclear test"), the nearest name before it in its clause that no preposition governs. A
// definite noun ("condemned the drills") names an earlier deed and records none.
func (x *Extractor) recordDeeds(rec *deedRecord, tokens []Token, sp [2]int, ms []mention, i int) {
	w := x.lex.words
	done := uint64(0) // kinds recorded from this sentence (the first of a kind wins)
	for k := sp[0]; k < sp[1]; k++ {
		t := &tokens[k]
		kind, ok := x.lex.deedOf(t)
		if !ok || t.isCap() && k > sp[0] {
			continue // "Draft Resolution on Referendums", "Exercise Baltic Operations": a title's word
		}
		if kind < 64 && done&(1<<kind) != 0 {
			continue
		}
		inName := false
		for j := range ms {
			inName = inName || ms[j].start <= k && k < ms[j].end
		}
		if inName {
			continue
		}
		doers, definite := deedModifiers(w, tokens, sp, ms, k)
		if len(doers) == 0 {
			doers = deedAfter(w, tokens, sp, ms, k)
		}
		if len(doers) == 0 && !definite && !deedTopic(w, tokens, sp, k) {
			doers = deedSubject(w, tokens, sp, ms, k)
		}
		if len(doers) == 0 {
			continue
		}
		if kind < 64 {
			done |= 1 << kind
		}
		rec.doers[kind], rec.at[kind], rec.any = doers, i, true
	}
}

// deedModifiers: the names before the noun at k, past its lower-case modifiers ("China's
// large-scale drills", "Chinese military exercises", "the Russia-DPRK military cooperation"),
// joined by hyphens, "and" or commas; a name neither possessive nor a demonym only past the
// words of class deed-modifier ("Japan protested drills" names no doer); definite reports a
// definite determiner before the noun phrase.
func deedModifiers(w *words, tokens []Token, sp [2]int, ms []mention, k int) (doers []*entityInfo, definite bool) {
	j := k - 1
	plain := true // only deed-modifier words between a name and the noun ("PLA naval drills")
	for j >= sp[0] && k-j <= 7 {
		if m := mentionEnding(ms, j+1); m != nil {
			if m.coref {
				// "declared its annexation": the pronoun's antecedent is coreference's guess;
				// the clause's subject says who did it.
				return nil, definite
			}
			if !deedDoerType(m.info.Type) || !plain && !m.possessive && !m.demonym {
				return nil, false // "Japan protested drills": a name before a verb is no modifier
			}
			doers = append(doers, m.info)
			j = m.start - 1
			if j >= sp[0] && (tokens[j].is("-", "\u2013", ",", "/") || w.tok(wConjunction, &tokens[j])) && mentionEnding(ms, j) != nil {
				j--
				continue
			}
			return doers, false
		}
		tk := &tokens[j]
		switch {
		case tk.Text == "'s" || tk.Text == "\u2019s":
		case w.tok(wArticle, tk):
			return nil, definite || w.tok(wDefinite, tk)
		case w.tok(wDefinite, tk):
			definite = true // "this", "the latest": a possessor before them still did it
		case w.tok(wPreposition, tk) || w.tok(wFunction, tk) || w.tok(wConjunction, tk) || w.tok(wReaction, tk) || w.tok(wSpeech, tk) || w.tok(wBe, tk) || w.tok(wAux, tk):
			return nil, definite
		case tk.Text == "-":
		case tk.isWord() && !tk.isCap():
			plain = plain && w.deedModifier.matchAt(tokens[:j+1], j) == 1
		default:
			return nil, false
		}
		j--
	}
	return nil, definite
}

// deedAfter: the names after "by" or "between" shortly after the noun at k ("drills held by
// the PLA", "cooperation between Pyongyang and Moscow"), with their list.
func deedAfter(w *words, tokens []Token, sp [2]int, ms []mention, k int) []*entityInfo {
	for j := k + 1; j < sp[1] && j <= k+4; j++ {
		tk := &tokens[j]
		if !tk.isWord() || tk.isCap() || w.tok(wBe, tk) || w.tok(wAux, tk) {
			return nil // "The exercise is led by the Sixth Fleet": another clause's agent
		}
		if !w.tok(wDeedAgent, tk) {
			continue
		}
		n := j + 1
		if n < sp[1] && w.tok(wArticle, &tokens[n]) {
			n++
		}
		var doers []*entityInfo
		for {
			m := mentionStarting(ms, n)
			if m == nil || !deedDoerType(m.info.Type) {
				break
			}
			doers = append(doers, m.info)
			n = m.end
			if n+1 < sp[1] && (w.tok(wConjunction, &tokens[n]) || tokens[n].is(",", "-")) {
				n++
				if n < sp[1] && w.tok(wConjunction, &tokens[n]) {
					n++
				}
				if n < sp[1] && w.tok(wArticle, &tokens[n]) {
					n++
				}
				continue
			}
			break
		}
		return doers
	}
	return nil
}

// deedTopic: the noun phrase of the noun at k follows a preposition other than a complement's
// ("a resolution on referendums", "concern over drills"): it is what the clause is about,
// not its subject's act ("pressed ahead with a second day of drills" is).
func deedTopic(w *words, tokens []Token, sp [2]int, k int) bool {
	for j := k - 1; j >= sp[0] && k-j <= 6; j-- {
		tk := &tokens[j]
		if w.tok(wPreposition, tk) {
			return !w.tok(wDeedFrame, tk)
		}
		if !tk.isWord() && tk.Text != "-" || tk.isCap() {
			return false
		}
		if !w.tok(wArticle, tk) && !w.tok(wDefinite, tk) && (w.tok(wFunction, tk) || w.tok(wSpeech, tk)) {
			return false
		}
	}
	return false
}

// deedSubject: the nearest name before the noun at k in its clause that no preposition
// governs ("the PLA pressed ahead with a second day of live-fire drills"), with the names
// joined to it by "and" or commas ("Russia and Belarus held joint exercises"). A reaction
// word between them ("Japan protested drills") or a clause break ends the search.
func deedSubject(w *words, tokens []Token, sp [2]int, ms []mention, k int) []*entityInfo {
	for j := k - 1; j >= sp[0] && k-j <= 16; j-- {
		tk := &tokens[j]
		if w.tok(wReaction, tk) || tk.is(";", ":") || w.tok(wSpeech, tk) || w.tok(wRelative, tk) {
			return nil // "a draft that would have declared its annexation": the relative's antecedent
		}
		m := mentionEnding(ms, j+1)
		if m == nil {
			continue
		}
		before := m.start - 1
		if before > sp[0] && w.tok(wArticle, &tokens[before]) {
			before-- // "in the UN Security Council"
		}
		if before >= sp[0] && w.tok(wPreposition, &tokens[before]) || !deedDoerType(m.info.Type) || m.possessive && !deedAgentHead(w, tokens, sp, m.end) {
			j = m.start
			continue
		}
		doers := []*entityInfo{m.info}
		for n := m.start - 1; n > sp[0] && (w.tok(wConjunction, &tokens[n]) || tokens[n].Text == ","); {
			p := mentionEnding(ms, n)
			if p == nil || !deedDoerType(p.info.Type) {
				break
			}
			doers = append(doers, p.info)
			n = p.start - 1
		}
		return doers
	}
	return nil
}

// deedAgentHead: after a possessor ending at e comes an agent-head noun ("China's military
// held drills"): the possessor acts through it; any other possessive ("declared its
// annexation") is no subject.
func deedAgentHead(w *words, tokens []Token, sp [2]int, e int) bool {
	if e < sp[1] && (tokens[e].Text == "'s" || tokens[e].Text == "\u2019s") {
		e++
	}
	return e < sp[1] && w.tok(wAgentHead, &tokens[e])
}

func mentionEnding(ms []mention, end int) *mention {
	for j := range ms {
		if ms[j].end == end {
			return &ms[j]
		}
	}
	return nil
}

func mentionStarting(ms []mention, start int) *mention {
	for j := range ms {
		if ms[j].start == start {
			return &ms[j]
		}
	}
	return nil
}

// deedDoers: the object at te is a definite noun phrase with no name whose head is a deed
// noun ("condemned the drills", "criticised this military cooperation"): the doers of the
// latest deed of that kind within deedWindow sentences, less the stance's own source (a
// side does not condemn its own drills) and the names of the object's own phrase.
func (s *sentenceCtx) deedDoers(x *Extractor, te, cb int, spec *argSpec, src *mention) []*mention {
	rec := s.deeds
	if rec == nil || !rec.any || te >= cb || !s.tw(wDefinite, te) {
		return nil
	}
	for k := te + 1; k < cb && k < te+6; k++ {
		if s.mentionAt(k) != nil || s.tw(wPreposition, k) || !s.tokens[k].isWord() {
			return nil
		}
		kind, ok := x.lex.deedOf(&s.tokens[k])
		if !ok {
			continue
		}
		if rec.at[kind] < 0 || rec.cur-rec.at[kind] > deedWindow {
			return nil
		}
		var doers []*mention
		// r42cond: the object's own phrase ends at a comma, as eventDoers reads it: a name
		// past it ("condemned the drills, saying Beijing had ...") is another clause's and
		// does not stand in another role in the object.
		phraseEnd := min(cb, s.untilComma(te))
		for _, info := range rec.doers[kind] {
			if !typeIn(info.Type, spec.dst) || src != nil && src.info == info {
				continue
			}
			if slices.ContainsFunc(s.mentions, func(m mention) bool { return m.info == info && m.start > te && m.start < phraseEnd }) {
				continue
			}
			doers = append(doers, docMention(info))
		}
		return doers
	}
	return nil
}
