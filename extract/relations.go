package extract

import (
	"slices"
	"sort"
	"strings"
)

func typeIn(t string, list []string) bool {
	for _, v := range list {
		if v == t {
			return true
		}
	}
	return false
}

// sentenceCtx is one sentence prepared for the relation rules.
type sentenceCtx struct {
	tokens   []Token
	a, b     int       // token range
	mentions []mention // in this sentence, ordered
	prev     []mention // mentions of the previous sentence, for pronouns
	clauses  []int     // clause start token indices, ascending, first = a
	inQuote  []bool    // per token of the sentence: inside quotation marks
	// dateMentions are the sentence's dates, found once per sentence.
	dateMentions []dateMention
	// signings are the trigger tokens of the sentence's asserted SIGNED relations, while its
	// dates are attached (attachDates).
	signings []int
	// refDate is the document's reference date and dateLex its date phrases, for a speech
	// act performed in the present tense (performativeDate); headline marks the headline,
	// which states no date.
	refDate string
	// adopted is the date the document states it was adopted or issued on (adoptionDate),
	// or "": a present-tense act of its own voice is performed then.
	adopted  string
	dateLex  *dateLexicon
	headline bool
	cueMarks []uint8  // per token: the cue classes starting there (see cues)
	w        *words   // the English function words (words.tsv)
	cls      []clsSet // per token of the sentence: its word classes (words.tsv)
	trigMark []bool   // per token: a trigger phrase may start here
	// paraSpeaker: the sentence is inside a quotation that a line "X said:" introduced
	// (paraSpeakerOf): X speaks it, though no verb of saying is in the sentence; or nil.
	paraSpeaker *entityInfo
	// served: the states and bodies the document made each person an official of before this
	// sentence (sides.go), and infos the document's entities by id; served is nil outside a
	// document's run.
	served *servedStates
	infos  map[string]*entityInfo
	// events holds, per relation type, the sources of the latest sentence before this one
	// that asserted a relation of that type: the doers "the attack" or "the sale" refers to.
	events map[string][]*entityInfo
	// eventAt holds, per key of events, the index of the sentence that stated it: of a noun
	// of several relations ("the deployment": of troops, or of a satellite), the latest.
	eventAt map[string]int
	// lastPair holds, per relation type, the source and target of the latest relation of that
	// type asserted as a fact before this sentence: what an agentless passive continues.
	lastPair map[string][2]*entityInfo
	// echo holds, per relation type, the targets the paragraph's latest sentence that stated a
	// voiced relation by a verb gave it ("Riyadh condemned the strike"), for a stance that repeats it
	// ("Kuwait and Oman issued similar statements"; triggers.tsv flag echo).
	echo map[string][]*entityInfo
	// lastTarget holds, per relation type, the target of the latest relation of that type
	// asserted before this sentence, as a fact or as reported: whom a supply that names no
	// recipient goes to (frames.go implicitRecipient).
	lastTarget map[string]*entityInfo
	// deeds is the document's record of acts no relation states (deeds.go), or nil.
	deeds *deedRecord
	// opening is the comma that ends an opening adverbial or participial phrase ("On 5 May
	// in Tokyo, ...", "Speaking in Tokyo, ..."), or -1.
	opening int
	// lead is where the sentence proper starts: after a wire dateline ("SEOUL, June 20
	// (Meridian) - Having arrived ..."), else a.
	lead    int
	scratch *sentenceScratch
	// lists is the document's state of lists announced by a trigger (lists.go), or nil.
	lists *listState
	// roles are the role nouns of titles.txt ("leader", "foreign minister"), or nil: a list
	// member's lower-case office before its name ("Putin and North Korean leader Kim").
	roles *phraseSet
	// operative is, in an operative paragraph of a communiqué or resolution ("Strongly
	// condemns ..."), the body that adopts it (operative.go); nil elsewhere.
	operative *mention
}

// sentenceScratch holds a sentence's context and the per-token arrays of its rules. One
// serves every sentence of a document in turn, so that a sentence does not allocate its own.
type sentenceScratch struct {
	ctx                       sentenceCtx
	cls                       []clsSet
	clauses                   []int // the array of ctx.clauses (one allocation per sentence before)
	inQuote, inName, trigMark []bool
	cueMarks                  []uint8
	found                     [][]trigger
	trigs                     []trigger  // the arrays of found's slices
	spans                     []trigSpan // relationRules' trigger spans
	rels                      []Relation // relationRules' result, read before the next sentence's
	// singles is the array the one-mention lists of list and leftGroup are cut from (most
	// mentions are coordinated with none, and a slice literal per call was an eighth of
	// extraction's allocations). Each list owns its element and has no room to grow into,
	// so an append copies; a full array is left to the lists cut from it, never reused.
	singles []*mention
	occ     occurrence // applyTrigger's
	// dateCands is attachDates' array of candidate dates.
	dateCands []dateMention
	// roleKeys holds the identity key of each office an OFFICIAL_OF relation named (roleKey).
	roleKeys map[string]string
}

// single returns a list holding only m.
func (sc *sentenceScratch) single(m *mention) []*mention {
	if len(sc.singles) == cap(sc.singles) {
		sc.singles = make([]*mention, 0, 256)
	}
	sc.singles = append(sc.singles, m)
	n := len(sc.singles)
	return sc.singles[n-1 : n : n]
}

// zeroed returns buf with length n and every element zero, reusing its array when it is
// large enough.
func zeroed[T any](buf []T, n int) []T {
	if cap(buf) < n {
		return make([]T, n, n+n/2)
	}
	buf = buf[:n]
	clear(buf)
	return buf
}

// The sentence's per-token arrays (cls, inQuote, trigMark, cueMarks) cover its own tokens,
// a to b, and are read only through the accessors below. A rule is often handed a mention of
// another sentence: a pronoun's antecedent or a subject carried from the sentence before, a
// coreferent, a list member. Its start and end are document token indices, so s.tokens has
// them, but these arrays do not, and asking about the words at such a mention's edges indexed
// past them (stops 36 and 37 fixed a family of such panics one call site at a time). The
// accessors answer for any index outside the sentence as for a token that has nothing: no
// word class, not quoted, no trigger, no cue. That is the true answer, not a guess: a word of
// another sentence is none of this sentence's words, and this sentence's rules do not read it.
// So a rule need not check that an index is inside the sentence before asking about it.

// tw: token k of the sentence is in word class c (false outside the sentence).
func (s *sentenceCtx) tw(c wordClass, k int) bool {
	i := k - s.a
	return uint(i) < uint(len(s.cls)) && s.cls[i].has(c)
}

// twAny: token k of the sentence is in one of the classes m (false outside the sentence).
func (s *sentenceCtx) twAny(m *clsSet, k int) bool {
	i := k - s.a
	return uint(i) < uint(len(s.cls)) && s.cls[i].hasAny(m)
}

// classes is the set of token k's word classes (empty outside the sentence).
func (s *sentenceCtx) classes(k int) clsSet {
	if i := k - s.a; uint(i) < uint(len(s.cls)) {
		return s.cls[i]
	}
	return clsSet{}
}

// quoted: token k of the sentence is inside quotation marks (false outside the sentence).
func (s *sentenceCtx) quoted(k int) bool {
	i := k - s.a
	return uint(i) < uint(len(s.inQuote)) && s.inQuote[i]
}

// trigAt: a trigger phrase may start at token k of the sentence (markTriggers; false outside
// the sentence, and before the triggers are marked).
func (s *sentenceCtx) trigAt(k int) bool {
	i := k - s.a
	return uint(i) < uint(len(s.trigMark)) && s.trigMark[i]
}

// cue is the cue classes starting at token k of the sentence (cues; none outside the
// sentence, and before the cues are marked).
func (s *sentenceCtx) cue(k int) uint8 {
	if i := k - s.a; uint(i) < uint(len(s.cueMarks)) {
		return s.cueMarks[i]
	}
	return 0
}

// adverb: the word at k is an adverb: of the words.tsv class adverb, or in -ly, as that class
// counts them too ("has repeatedly condemned").
func (s *sentenceCtx) adverb(k int) bool {
	return s.tw(wAdverb, k) || s.w.ends(eAdverb, s.tokens[k].Lower)
}

// adverbToken is adverb for a token read outside a sentence's context (opensOperative).
func adverbToken(w *words, t *Token) bool {
	return w.tok(wAdverb, t) || w.ends(eAdverb, t.Lower)
}

// clockColon: the colon at i joins the hour and minutes of a clock time ("2:30", "19:45"),
// written with no space on either side between two numbers.
func clockColon(tokens []Token, i int, span [2]int) bool {
	if i <= span[0] || i+1 >= span[1] || tokens[i].SpaceBefore || tokens[i+1].SpaceBefore {
		return false
	}
	digits := func(x string) bool {
		if x == "" || len(x) > 2 {
			return false
		}
		for _, r := range x {
			if r < '0' || r > '9' {
				return false
			}
		}
		return true
	}
	return digits(tokens[i-1].Text) && len(tokens[i+1].Text) == 2 && digits(tokens[i+1].Text)
}

func (s *sentenceCtx) clauseOf(i int) (int, int) {
	start, end := s.a, s.b
	for _, c := range s.clauses {
		if c <= i {
			start = c
		} else {
			end = c
			break
		}
	}
	return start, end
}

func newSentenceCtx(w *words, tokens []Token, span [2]int, mentions, prev []mention, scratch *sentenceScratch) *sentenceCtx {
	s := &scratch.ctx // the previous sentence's context, wholly replaced
	*s = sentenceCtx{w: w, tokens: tokens, a: span[0], b: span[1], mentions: mentions, prev: prev, scratch: scratch}
	scratch.cls = zeroed(scratch.cls, span[1]-span[0])
	s.cls = scratch.cls
	for i := span[0]; i < span[1]; i++ {
		if t := tokens[i].word; t != nil {
			s.cls[i-span[0]] = t.classes
		} else {
			s.cls[i-span[0]] = w.classes[tokens[i].Lower]
		}
	}
	s.clauses = append(scratch.clauses[:0], span[0])
	// "To reinforce the possibility of a meeting, the chief visited ...": an opening
	// purpose phrase is a clause of its own.
	if tokens[span[0]].is("to") {
		for i := span[0] + 1; i < span[1] && i < span[0]+20; i++ {
			if tokens[i].Text == "," {
				s.clauses = append(s.clauses, i+1)
				break
			}
		}
	}
	quoted := false
	scratch.inQuote = zeroed(scratch.inQuote, span[1]-span[0])
	s.inQuote = scratch.inQuote
	for i := span[0]; i < span[1]; i++ {
		t := &tokens[i] // a pointer: a Token is 80 bytes, copied for every token
		quoted = quoteAfter(t.Text, quoted)
		s.inQuote[i-span[0]] = quoted
		switch {
		case t.Text == ":" && s.speechColon(i):
			// h43cond: 'Lammy said: "Iran's transfer ... is a dangerous escalation."': a colon
			// between a verb of saying and the quotation it opens introduces that verb's
			// complement, as the bare quotation does ('said "Iran's ..."'); no new clause.
		case t.Text == ":" && clockColon(tokens, i, span):
			// h44bcoal: "At approximately 2:30 a.m. (Sanaa time) on January 12, U.S. forces
			// ... struck": the colon of a clock time splits no clause (else the subject after
			// the opening time phrase falls in a clause of its own).
		case t.Text == ";" || t.Text == ":" || t.Text == "\u2014" || t.Text == "\u2013" || t.Text == "-" && t.SpaceBefore:
			s.clauses = append(s.clauses, i+1)
		case s.tw(wClause, i) && i > span[0] && tokens[i-1].Text == ",",
			// ", a step which Lithuania denounced": a relative on an act noun in apposition
			// (actAppositionDoer)
			s.tw(wClause, i) && i-2 > span[0] && s.tw(wActApposition, i-1) && (tokens[i-2].Text == "," || s.tw(wArticle, i-2) && i-3 > span[0] && tokens[i-3].Text == ","),
			// h44cond: the same with no relative pronoun, the relative clause's subject right
			// after the act noun (", a move Kinshasa called an invasion")
			t.isCap() && i-3 > span[0] && s.tw(wActApposition, i-1) && s.tw(wArticle, i-2) && tokens[i-3].Text == "," && s.mentionAt(i) != nil,
			s.tw(wSubordinator, i) && i > span[0],
			t.Lower == "that" && i > span[0] && tokens[i-1].isWord() && !s.tw(wReportVerb, i-1):
			s.clauses = append(s.clauses, i)
		}
	}
	sort.Ints(s.clauses) // the opening-phrase boundary was added first
	scratch.clauses = s.clauses
	s.lead = s.datelineEnd()
	s.opening = s.openingComma()
	return s
}

// paraVerdict: in a quotation a line "X said:" introduced (paraSpeaker), a sentence whose
// subject, opening it past the quotation mark and articles, is a name of spec's target types
// (a possessor or a demonym on the act: "Iran's transfer of ballistic missiles", "The Russian
// strikes") and whose predicate is a verdict (verdictAfter) holding the word of blame at t
// ("... is a dangerous escalation"): the position of that name, or -1.
func (x *Extractor) paraVerdict(s *sentenceCtx, t int, spec *argSpec) int {
	if s.paraSpeaker == nil || s.b-s.a < 4 {
		return -1
	}
	k := s.a
	if isQuote(s.tokens[k].Text) {
		k++
	}
	for k < t && s.tw(wArticle, k) {
		k++
	}
	m := s.mentionAt(k)
	if m == nil || m.coref || !(m.possessive || m.demonym) || !typeIn(m.info.Type, spec.dst) || m.info == s.paraSpeaker {
		return -1
	}
	// the copula before the trigger: "is", "are", "was", "were", past the subject's phrase
	be := -1
	for j := m.end; j < t && j < m.end+12; j++ {
		if s.tokens[j].is(",", ";", ":") || isQuote(s.tokens[j].Text) {
			return -1
		}
		if s.tw(wBe, j) {
			be = j
			break
		}
	}
	if be < 0 || t-be > 4 || !x.verdictAfter(s, k-1) {
		return -1
	}
	return k
}

// speechColon: the colon at i follows a verb of saying (words.tsv speech) and opens a
// quotation ('Kallas said: "..."'), which is the verb's complement.
func (s *sentenceCtx) speechColon(i int) bool {
	return i > s.a && i+1 < s.b && s.tw(wSpeech, i-1) && isQuote(s.tokens[i+1].Text)
}

// dropDateClauses: a "that" inside a date expression right before a verb ("and later that
// day put their names to") is a determiner, not a relative or complement clause.
//
// Nor does a subordinator that opens a part of the day right before a date ("arrived before
// dawn on Wednesday for his first visit": dates.tsv vague phrases such as "before dawn"):
// the date stays in the clause of the verb it follows.
func (s *sentenceCtx) dropDateClauses() {
	s.clauses = slices.DeleteFunc(s.clauses, func(i int) bool {
		if i > s.a && i < s.b && s.dateLex != nil && s.tw(wSubordinator, i) {
			return s.partOfDayAt(i)
		}
		if i <= s.a || i >= s.b || !s.tokens[i].is("that") { // a ";" ending the text opens a boundary past it
			return false
		}
		for _, d := range s.dateMentions {
			if d.start <= i && i < d.end && d.end < s.b && s.tokens[d.end].isWord() && !s.tokens[d.end].isCap() &&
				!s.tw(wPreposition, d.end) && !s.tw(wConjunction, d.end) {
				return true // only before a verb: "at the end of that month for talks" keeps its boundary
			}
			if d.start <= i && i < d.end && d.end+1 < s.b && s.tw(wConjunction, d.end) && s.conjoinedVerb(d.end+1) {
				// "left Pyongyang later that day and flew on to Hanoi": the verb coordinated
				// after the date shares the clause and its subject.
				return true
			}
			if d.start <= i && i < d.end && d.end+1 < s.b && s.tokens[d.end].is("for") && (s.tokens[d.end+1].isCap() || s.tw(wEventNoun, d.end+1) ||
				d.end+2 < s.b && s.tw(wArticle, d.end+1) && s.tw(wEventNoun, d.end+2)) {
				// "left Pyongyang later that day for Hanoi", "touched down at the end of that
				// month for talks with Kim": a journey's destination or purpose.
				return true
			}
		}
		return false
	})
}

// conjoinedVerb: the word at k can open a verb phrase coordinated with the one before: a
// lower-case word that is no name, preposition, article, determiner or other function word
// ("and flew", not "and the", "and in", "and night" is a rare miss that joins nothing).
func (s *sentenceCtx) conjoinedVerb(k int) bool {
	tk := s.tokens[k]
	return tk.isWord() && !tk.isCap() && s.mentionAt(k) == nil && !s.tw(wPreposition, k) && !s.tw(wArticle, k) &&
		!s.tw(wDeterminer, k) && !s.tw(wFunction, k)
}

// partOfDayAt: a vague phrase of dates.tsv starts at i and a date follows it directly
// ("before dawn on" Wednesday, "after midnight on" 3 May).
func (s *sentenceCtx) partOfDayAt(i int) bool {
	rule, _, end := s.dateLex.phraseAt(s.tokens, i, s.b)
	if _, ok := rule.(vague); !ok || end <= i {
		return false
	}
	return slices.ContainsFunc(s.dateMentions, func(d dateMention) bool { return d.start == end })
}

// openingComma finds the comma closing a sentence-opening phrase that starts with a
// preposition or subordinator ("On 5 May in Tokyo,") or a participle ("Visiting Beijing on
// Monday,"); a comma inside a list of names ("With help from Denmark, Norway and ...") does
// not close it.
func (s *sentenceCtx) openingComma() int {
	a := s.lead
	if a >= s.b {
		return -1
	}
	first := s.tokens[a]
	lower := first.Lower
	participle := first.isWord() && len(lower) > 4 && (s.w.ends(eParticiple, lower) || s.w.ends(ePast, lower)) &&
		s.mentionAt(a) == nil
	if !participle && !s.tw(wPreposition, a) && !s.tw(wSubordinator, a) && !s.tw(wFunction, a) {
		return -1
	}
	if s.tw(wArticle, a) {
		return -1
	}
	for j := a + 1; j < s.b && j < a+16; j++ {
		switch s.tokens[j].Text {
		case ";", ":", "\u201c", "\"":
			return -1
		case ",":
			if m := s.mentionAt(j + 1); m != nil && m.end < s.b && (s.tokens[m.end].Text == "," || s.tw(wConjunction, m.end)) &&
				s.mentionEndingAt(j, func(*mention) bool { return true }) != nil {
				continue // a list goes on ("With help from Denmark, Norway and ..."; not "In 2024, Kenya, Uganda and ...")
			}
			if s.dateComma(j) {
				continue // "On September 16, 2023,": the comma inside a date
			}
			if j+1 < s.b && s.tw(wConjunction, j+1) && s.serialCommaMember(j, func(*mention) bool { return true }) != nil {
				continue // "On Monday, Mali, Burkina Faso, and Niger signed": a serial comma
			}
			return j
		}
	}
	return -1
}

// datelineEnd: the first token after a wire dateline that opens the sentence (ALL-CAPS place,
// then up to a spaced dash within twelve tokens: "SEOUL, June 20 (Meridian) -"), else a.
func (s *sentenceCtx) datelineEnd() int {
	if !datelineOpens(s.tokens[:s.b], s.a) {
		return s.a
	}
	for j := s.a + 1; j < s.b && j < s.a+12; j++ {
		t := s.tokens[j]
		if t.Text == "\u2014" || t.Text == "\u2013" || t.Text == "-" && t.SpaceBefore || t.Text == "--" {
			if j+1 < s.b {
				return j + 1
			}
			return s.a
		}
	}
	return s.a
}

// dateComma: the comma at j stands inside a date between its day and its year ("September 16,
// 2023", "October 16th, 2024"), so it closes no phrase. Day and year are read as the date
// finder reads them (dayOf, yearOf). The sentence's dateMentions cannot answer: they leave out
// a dateline's date (dropInlineDateline), and a list line's context has none.
func (s *sentenceCtx) dateComma(j int) bool {
	return j > s.a && j+1 < s.b && dayOf(s.tokens[j-1]) > 0 && yearOf(s.tokens[j+1]) > 0
}

// markTriggers finds the trigger phrases of the sentence outside names and marks where
// they start (s.trigMark), which the frames read to tell a name from the first word of
// another act ("drone" in "drone strikes"). Every path that matches frames over a sentence
// (its relation rules, the items of an open list) calls it first. It returns which tokens
// are inside a name and the triggers found per token.
func (x *Extractor) markTriggers(s *sentenceCtx) (inName []bool, found [][]trigger) {
	sc := s.scratch
	sc.inName = zeroed(sc.inName, s.b-s.a)
	inName = sc.inName
	for _, m := range s.mentions {
		for k := m.start; k < m.end; k++ {
			inName[k-s.a] = true
		}
	}
	sc.trigMark = zeroed(sc.trigMark, s.b-s.a)
	s.trigMark = sc.trigMark
	sc.found = zeroed(sc.found, s.b-s.a)
	found = sc.found
	trigs := sc.trigs[:0] // one array for the sentence's triggers, not one per token
	for i := s.a; i < s.b; i++ {
		if s.particleAt(i) {
			continue // "bring them back into the Community": an adverb, no verb of support
		}
		if !inName[i-s.a] && len(x.lex.triggersOf(&s.tokens[i])) > 0 {
			n := len(trigs)
			trigs = x.lex.appendTriggersAt(trigs, s.tokens[:s.b], i)
			// "the dispatch of troops to Russia": a trigger whose target must follow at once
			// is no trigger without it, and no mark to stop another frame's reach.
			kept := n
			for _, t := range trigs[n:] {
				if t.spec.has(flagModifiedPenalty) && s.penaltyModifiers(x, i+t.length, s.b, func(*mention) bool { return true }) == nil {
					continue // "placed Australia and Hezbollah under sanctions": no source modifies them, no mark
				}
				if t.frame == frameBlame && s.extraposedBlame(i, i+t.length) < 0 && (!x.blameHead(s, i, i+t.length) || s.possessor(i) == nil) && x.paraVerdict(s, i, t.spec) < 0 {
					continue // "protests the illegal and aggressive actions of": no war, no mark
				}
				if !t.spec.has(flagAdjacent) || s.prepAdjacent(i+t.length, t.spec.targetPreps) >= 0 && !s.comitativeObject(i) && !s.ofTriggerObject(i) {
					trigs[kept] = t
					kept++
				}
			}
			trigs = trigs[:kept]
			found[i-s.a] = trigs[n:len(trigs):len(trigs)]
			if s.tokens[i].Text == ":" {
				// The colon row (triggers.tsv MEMBER_OF ":") is punctuation, no verb: it
				// stops no other frame's reach ("condemned the following: the attack on").
				continue
			}
			for _, t := range trigs[n:] {
				// A word of blame before its war noun is a modifier ("Russia's illegal and
				// brutal war against Ukraine"): it stops no other frame's reach over the phrase.
				if t.frame != frameBlame || s.extraposedBlame(i, i+t.length) >= 0 || x.lex.war.matchAt(s.tokens[:s.b], i) > 0 {
					s.trigMark[i-s.a] = true
					break
				}
			}
		}
	}
	sc.trigs = trigs
	return inName, found
}

// particleAt: the word at i is a phrasal verb's adverb particle (words.tsv particle) because
// a direction (particle-lead) follows it ("bring them back into", "pushed back across").
func (s *sentenceCtx) particleAt(i int) bool {
	return s.tw(wParticle, i) && i+1 < s.b && s.tw(wParticleLead, i+1)
}

// relationRules finds the relations stated in one sentence.
func (x *Extractor) relationRules(s *sentenceCtx) []Relation {
	sc := s.scratch
	out := sc.rels[:0] // the caller copies the relations out before the next sentence
	spans := sc.spans[:0]
	inName, found := x.markTriggers(s)
	for i := s.a; i < s.b; i++ {
		if inName[i-s.a] {
			if m := s.mentionAt(i); m != nil {
				out = x.namedPairs(out, s, m)      // "the Mutual Defense Treaty between A and B"
				out = x.describedAllies(out, s, m) // "the two allies", "the three partners"
			}
			continue // "Strategic Partnership Treaty" names a treaty, it states no partnership
		}
		trigs := found[i-s.a]
		if len(trigs) > 0 && s.inTitleRun(i, trigs[0].length) {
			// "the African Union Support and Stabilization Mission": a capitalised trigger in
			// a run of capitalised words belongs to a name the gazetteer lacks.
			i += trigs[0].length - 1
			continue
		}
		nounUse := (s.nounUse(i, trigs) || s.ambiguousNoun(i, trigs) || s.pluralHead(i) || x.troopNounHead(s, i)) && !x.penaltyParticiple(s, i)
		verbUse := !nounUse && s.afterSubjectPronoun(i, trigs)
		for _, trig := range trigs {
			if verbUse && !trig.frame.verbal() {
				continue // "We support Taiwan's participation in ...": a verb, no noun's frame
			}
			if nounUse && trig.frame.verbal() {
				if trig.spec.has(flagList) && (s.tokens[s.b-1].Text == ":" || s.headingLine(4) || s.headingBeforeItem()) {
					// "The designated individuals and entities are as follows:": the
					// participle as an adjective still opens the list it heads, and so does a
					// heading line ("Designated individuals") over the items after it.
					s.noteListTrigger(i, trig, false)
				}
				continue
			}
			if trig.spec.troops != nil && (x.objectHas(s, i+trig.length, &x.lex.troops) || x.troopsBefore(s, i) && (trig.frame.verbal() || !x.troopCompound(s, i)) || x.troopsAntecedent(s, i) ||
				trig.frame.verbal() && x.partitiveEnd(s, i) >= 0 ||
				trig.frame.verbal() && !trig.spec.has(flagItem) && x.hardwareMoves(s, i)) &&
				!(trig.spec.needsNot && trig.spec.needsSet != nil && s.phraseInClause(trig.spec.needsSet, i)) {
				// A row's needs=no-CLASS holds for its troops too ("Iranian missiles have
				// reached Russia": goods arriving deploy nothing).
				// Hardware moved by a verb whose relation carries an item ("shells were sent to
				// Russia") is that item, not a force.
				// "send more troops to Belarus": DEPLOYED; "sending not only weapons but also
				// personnel to Russia" states both.
				deployed := trig
				deployed.spec = trig.spec.troops
				deployed.relation = deployed.spec.relation
				deployed.rule = ruleName(deployed.relation, deployed.frame, s.tokens[i].Lower)
				n := len(out)
				out = x.applyTrigger(out, s, i, deployed)
				spans = append(spans, trigSpan{t: i, te: i + trig.length, from: n, to: len(out), speech: trig.spec.has(flagSpeechAct), stative: trig.spec.has(flagStative), voiced: trig.spec.voiced()})
				if !x.objectHas(s, i+trig.length, &x.lex.goods) {
					continue
				}
			} else if trig.spec.has(flagNeedsGoods) && !x.goodsInClause(s, i) || trig.spec.has(flagNeedsTroops) ||
				trig.spec.has(flagObjectGoods) && !x.objectPhraseGoods(s, i+trig.length) ||
				trig.spec.has(flagNeedsJudgement) && !s.phraseAfter(&x.lex.judgement, i+trig.length, false) ||
				trig.spec.has(flagNeedsVerdict) && !x.verdictAfter(s, i+trig.length) && x.quotedVerdict(s, i, trig.spec) < 0 ||
				trig.spec.afterSet != nil && !trig.spec.afterNot && !s.phraseAfter(trig.spec.afterSet, i+trig.length, true) ||
				trig.spec.afterSet != nil && trig.spec.afterNot && s.objectHeadIn(trig.spec.afterSet, i+trig.length) {
				continue // "strengthen ties in": no troops, no deployment; "called it a success": no blame
			}
			if s.siteParticiple(i) {
				continue // "struck energy facilities supporting Ukraine's industry": the facilities do it
			}
			if s.namingInFreeRelative(i) {
				continue // "criticised Moscow for what they called a breach": the outer verb's object
			}
			if trig.frame == frameNoun && i+trig.length < s.b && s.tw(wCompoundHead, i+trig.length) {
				continue // "missile launch positions near Sanaa": a modifier of a place, no launch
			}
			if trig.spec.has(flagNoTroops) && x.objectHas(s, i+trig.length, &x.lex.troops) {
				continue // "the deployment of warships" launches nothing
			}
			if trig.spec.needsSet != nil && s.phraseInClause(trig.spec.needsSet, i) == trig.spec.needsNot {
				continue // "added that ...": no sanctions list, no listing; "hit X with sanctions": no attack
			}
			n := len(out)
			out = x.applyTrigger(out, s, i, trig)
			if trig.relation == RelCondemned && !trig.spec.has(flagReciprocal) && len(out)-n > 1 {
				out = dropCoSourceTargets(out, n)
			}
			if trig.relation == RelCondemned && len(out) > n {
				out = s.dropBracketedOwnState(out, n)
			}
			unnamed := len(out) == n && trig.spec.has(flagNamedTarget) && s.classObject(i+trig.length)
			spans = append(spans, trigSpan{t: i, te: i + trig.length, from: n, to: len(out), speech: trig.spec.has(flagSpeechAct), stative: trig.spec.has(flagStative),
				voiced: trig.spec.voiced(), unnamed: unnamed})
			if (trig.spec.has(flagList) || unnamed) && !(trig.spec.has(flagEventSubject) && !s.eventListTrigger(i, trig)) {
				// "Japan announced sanctions against Russian banks. These sanctions cover
				// Alfa Bank": an act on unnamed targets leaves its source for what names them.
				s.noteListTrigger(i, trig, len(out) > n)
			}
		}
		if len(trigs) > 0 {
			i += trigs[0].length - 1 // "state visit" is one trigger, not also "visit"
		}
	}
	out, spans = x.ellipsisDoers(s, out, spans)
	s.attachDates(out, spans)
	sc.spans = spans
	if len(s.mentions) > 1 {
		// A lone name is read only for relations to an event stated before; a bare title
		// ("President Joe Biden said") states no office of a named state.
		out = x.officialRules(out, s)
		out = append(out, x.sideRules(s)...)
	}
	if len(s.mentions) > 0 {
		// A signature's office line, the sentence after the name's, may name one body only.
		out = append(out, x.signatureOffices(s)...)
	}
	sc.rels = out
	return out
}

// namedPairs: an agreement whose name ends on a pair trigger, or on the trigger and one head
// word ("the Treaty on Comprehensive Strategic Partnership", "the Mutual Defense Treaty", "the
// 100-Year Partnership Agreement"), and which is followed by "between" and its parties, states
// the trigger's pair between those parties, as the noun would outside the name. The name alone,
// or the states that sign it, state none ("Russia and Belarus signed the Union State
// Partnership Treaty"). Read only at an agreement that "between" follows, so a sentence without
// one pays one comparison per name.
func (x *Extractor) namedPairs(out []Relation, s *sentenceCtx, m *mention) []Relation {
	if m.info.Type != TypeAgreement || m.end >= s.b || !s.tw(wBetween, m.end) {
		return out
	}
	var buf [4]trigger
	for k := m.start; k < m.end; k++ {
		for _, trig := range x.lex.appendTriggersAt(buf[:0], s.tokens[:s.b], k) {
			if trig.frame != framePair || k+trig.length < m.end-1 || k+trig.length > m.end {
				continue
			}
			return x.applyTrigger(out, s, k, trig)
		}
	}
	return out
}

// describedAllies (h44bnum): a numbered description whose head is a plural ALLY_OF pair noun
// ("the two allies", "the three partners", "both allies"), resolved by coref.tsv to the states
// of a list before it, states the tie between those states as the noun would between names
// ("Hegseth said the two allies had to stand together": the pair; "the third joint strike by
// the two allies"). The description is a mention of each member (coref.go), so the noun sits
// inside a name and markTriggers reads no trigger there: the noun's trigger is applied here,
// once, at the description's first mention, and pairFrameArgs pairs the members
// (describedGroup). A description of one state ("its ally") or with no numbered group
// resolved names no pair.
func (x *Extractor) describedAllies(out []Relation, s *sentenceCtx, m *mention) []Relation {
	if !m.coref || m.end-m.start < 2 {
		return out
	}
	g := s.describedGroup(m.end-1, m.end)
	if len(g) < 2 {
		return out
	}
	var buf [4]trigger
	for _, trig := range x.lex.appendTriggersAt(buf[:0], s.tokens[:s.b], m.end-1) {
		if trig.frame == framePair && trig.relation == RelAllyOf && trig.length == 1 && strings.HasSuffix(s.tokens[m.end-1].Lower, "s") {
			n := len(out)
			out = x.applyTrigger(out, s, m.end-1, trig)
			for k := n; k < len(out); k++ {
				r := &out[k]
				if r.Modality == Reported && slices.ContainsFunc(g, func(a *mention) bool { return r.Attribution == a.info.Name || r.Attribution == a.info.ID }) {
					// "The two allies said the move was unacceptable": the group speaks; its
					// own tie is no claim it reports.
					r.Modality, r.Attribution = Fact, ""
				}
			}
			return out
		}
	}
	return out
}

// describedGroup: the distinct states of the coreference mentions that share one span ending
// with the pair noun at [t, te) and starting before it: the members of "the two allies".
func (s *sentenceCtx) describedGroup(t, te int) []*mention {
	var g []*mention
	for k := range s.mentions {
		m := &s.mentions[k]
		if !m.coref || m.end != te || m.start >= t || m.possessive || m.info.Type != TypeState {
			continue
		}
		if len(g) > 0 && g[0].start != m.start {
			return nil // two descriptions ending at one word: no single group
		}
		if !slices.ContainsFunc(g, func(a *mention) bool { return a.info == m.info }) {
			g = append(g, m)
		}
	}
	return g
}

// namingInFreeRelative: the word at i is a verb of naming (words.tsv naming-verb) inside a free
// relative, "what" + a speaker + the verb ("criticised Moscow for what they called a breach of
// Security Council resolutions"): it names the outer verb's object (afterFreeRelative), it
// blames nothing of its own, unless the name it gives has a doer after "from" or "by".
func (s *sentenceCtx) namingInFreeRelative(i int) bool {
	if !s.tw(wNamingVerb, i) || i-2 < s.a {
		return false
	}
	j := i - 1
	if m := s.mentionEndingAt(i, func(*mention) bool { return true }); m != nil {
		j = m.start - 1
	} else if !s.tw(wSubjectPronoun, j) {
		return false
	} else {
		j--
	}
	if j < s.a || !s.tokens[j].is("what") {
		return false
	}
	for k := i + 1; k < s.b && k < i+8; k++ {
		if s.tokens[k].is("from", "by") {
			return false // "what he described as the threat from the United States": the doer blamed
		}
	}
	return true
}

// pluralHead: a word in -s after a plural determiner or a number (words.tsv class plural) and
// one or two lower-case modifiers is the plural noun they need, not a verb in the third
// person singular: "two power stations in Kyiv" stations nothing. Right after a plural
// determiner the word is that noun too ("condemned strikes on several targets, including
// depots near Tyre": "targets" is no verb whose subject is the condemner). (Right after a
// number, "60 targets" is left to the frames, which read such objects already.)
func (s *sentenceCtx) pluralHead(i int) bool {
	w := s.tokens[i].Lower
	if !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || i-2 < s.a {
		return false
	}
	for j := i - 1; j >= s.a && j >= i-3; j-- {
		t := s.tokens[j]
		if j < i-1 && (s.tw(wPlural, j) || isDigits(strings.ReplaceAll(t.Text, ",", "")) && t.Text != "1") || j == i-1 && s.tw(wPlural, j) {
			return true
		}
		if !t.isWord() || t.isCap() || s.classes(j).without(wListAdjective) != (clsSet{}) {
			return false // a name, a mark or a function word: no noun phrase of modifiers
		}
	}
	return false
}

// prepAdjacent: the index of one of preps at token k, or after it past a chain of forms of
// "be", auxiliaries, adverbs, copulas and report verbs with their "to" ("troops in Kursk",
// "soldiers are still in", "forces are believed to be in", "troops remain in"); -1 when any
// other word comes first: a verb of its own or a name puts the prepositional phrase in another
// predicate ("troops attacked a patrol in the valley").
func (s *sentenceCtx) prepAdjacent(k int, preps []string) int {
	for j := k; j < s.b && j < k+6; j++ {
		if s.tokens[j].is(preps...) {
			return j
		}
		switch {
		case s.tw(wBe, j), s.tw(wAux, j), s.adverb(j), s.tw(wCopula, j), s.tw(wReportVerb, j):
			// an adverb in -ly counts as the class does ("are currently in", "were mostly in")
		case s.tokens[j].is("to") && j > k && s.tw(wReportVerb, j-1) && j+1 < s.b && s.tw(wBe, j+1):
		default:
			return -1
		}
	}
	return -1
}

// comitativeObject: the noun at i heads the object of a comitative word (words.tsv class
// comitative), past its name modifiers, numbers and lower-case modifiers ("fighting alongside
// Russian forces in Belgorod"): the place after it is where the fighting is, and says
// nothing of the companions' own deployment (they may be at home). Other prepositions keep
// it: "exchanged fire with North Korean soldiers in Kursk".
func (s *sentenceCtx) comitativeObject(i int) bool {
	for k := i - 1; k >= s.a && k >= i-6; k-- {
		if m := s.mentionEndingAt(k+1, func(*mention) bool { return true }); m != nil && m.start <= k {
			k = m.start
			continue
		}
		tk := s.tokens[k]
		switch {
		case s.tw(wComitative, k):
			return true
		case s.tw(wArticle, k) || tk.isWord() && !tk.isCap() && !s.tw(wFunction, k) ||
			tk.startsDigit():
			continue
		}
		return false
	}
	return false
}

// ofTriggerObject: the noun at i is in the "of" object of a trigger word before it, past
// lower-case modifiers and numbers ("the stationing of 500 more forces in Poland"): that
// trigger takes the place as its own target, and the noun must not mark a new act that ends
// its reach. Called while the sentence's triggers are being marked left to right.
func (s *sentenceCtx) ofTriggerObject(i int) bool {
	for k := i - 1; k > s.a && k >= i-5; k-- {
		tk := s.tokens[k]
		switch {
		case tk.is("of"):
			return s.trigAt(k - 1)
		case tk.isWord() && !tk.isCap() && !s.tw(wFunction, k) ||
			tk.startsDigit():
			continue
		}
		return false
	}
	return false
}

// bareOfGerund: the word at i, in -ing, follows "of" after an unnamed noun and takes no object
// of its own: a participle with its preposition, a preposition or punctuation comes next ("the pledges of
// funding made by Member States", "the provision of funding to the force"). It names an act
// as a noun; "accused Iran of funding Hezbollah" (a name before "of", an object after) keeps
// its verb.
func (s *sentenceCtx) bareOfGerund(i int) bool {
	if !s.w.ends(eParticiple, s.tokens[i].Lower) || i-2 < s.a || !s.tokens[i-1].is("of") ||
		s.mentionEndingAt(i-1, func(*mention) bool { return true }) != nil || !s.tokens[i-2].isWord() || s.tokens[i-2].isCap() {
		return false
	}
	if i+1 >= s.b {
		return true
	}
	next := s.tokens[i+1]
	// A participle, regular or not, with its own preposition ("made by", "provided to")
	// reduces a relative clause on the noun.
	participle := !next.isCap() && s.mentionAt(i+1) == nil && !s.tw(wArticle, i+1) && !s.tw(wDeterminer, i+1) &&
		!s.tw(wPossessive, i+1) && i+2 < s.b && s.tw(wPreposition, i+2) &&
		(s.w.ends(ePast, next.Lower) || strings.HasSuffix(next.Lower, "en") || s.tokens[i+2].is("by"))
	return !next.isWord() || s.tw(wPreposition, i+1) && !next.is("to") || participle
}

// troopNounHead: a trigger word that is also a troop noun (cues.tsv troops: "ships") is the
// plural noun unless a state, place, person or body, a pronoun or a relative word stands
// right before it as its subject, past adverbs ("Kyiv ships grain to Turkey", "which also
// ships"):
// "China Coast Guard ships used water cannon" and "destroyers, coast guard ships and
// aircraft" name vessels, no shipping.
func (x *Extractor) troopNounHead(s *sentenceCtx, i int) bool {
	if x.lex.troops.matchAt(s.tokens[:s.b], i) != 1 {
		return false
	}
	j := i - 1
	for j >= s.a && (s.tw(wAdverb, j) || s.tokens[j].isWord() && !s.tokens[j].isCap() && strings.HasSuffix(s.tokens[j].Lower, "ly")) {
		j-- // "Iran regularly ships"
	}
	if j < s.a {
		return true
	}
	if s.tw(wPronoun, j) || s.tw(wVerbOpener, j) && !s.tw(wAdverb, j) {
		return false
	}
	if s.tokens[j].Text == "," {
		// After a parenthetical ("Tehran, which denies it, ships weapons") it is the verb; a
		// list item goes on with a conjunction or comma ("troops, ships and aircraft").
		return i+1 >= s.b || s.tw(wConjunction, i+1) || s.tokens[i+1].Text == ","
	}
	subject := s.mentionEndingAt(j+1, func(m *mention) bool {
		if m.info.Type == TypeInstitution {
			// "the IRGC ships weapons to", but a force's name ending in its head noun
			// (words.tsv agent-head: "China Coast Guard", "Russian Navy") owns the ships.
			return !s.tw(wAgentHead, m.end-1)
		}
		return m.info.Type == TypeState || m.info.Type == TypePlace || m.info.Type == TypePerson
	})
	return subject == nil
}

// nounUse: a determiner, possessive or preposition before the word, or "of" after it, makes
// "transfer" or "visit" a noun, so verb frames do not apply. trigs are the word's triggers.
func (s *sentenceCtx) nounUse(i int, trigs []trigger) bool {
	if s.bareOfGerund(i) {
		return true // "the pledges of funding made by Member States": a noun, no verb of the clause's subject
	}
	if s.w.ends(eParticiple, s.tokens[i].Lower) && (i+1 < s.b && s.tokens[i+1].isCap() || s.tw(wPreposition, i-1)) {
		// "a visiting Chinese official", "accused Iran of transferring missiles": participles
		// and gerunds keep their verb frames.
		return false
	}
	if p := s.beforeQuotes(i); s.tw(wDeterminer, p) && !s.relativeThat(p, i, trigs) && !s.quotedNameParticiple(i) {
		if ca, _ := s.clauseOf(i); s.afterInversionLead(i, ca) {
			return false // "Among those designated are A and B": a passive participle
		}
		return true // also "an admission of \"support for ...\""
	}
	before := i - 1
	if d := s.mentionEndingAt(i, func(m *mention) bool { return m.demonym }); d != nil && d.start > s.a {
		before = d.start - 1 // "fired at Ukrainian targets": the demonym modifies the noun
	}
	if w := s.tokens[i].Lower; before >= s.a && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") &&
		(s.tw(wNounPrep, before) || s.trigAt(i-1) || s.modifiedAfterPrep(before)) {
		// "struck targets in Yemen", "strikes against targets": a plural noun after a
		// preposition (words.tsv noun-prep) or right after another trigger, no verb in the
		// present.
		return true
	}
	if i+1 < s.b && s.tokens[i+1].is("of") && s.tw(wChargeVerb, i) && s.relativeSubjectBefore(i) {
		// h43cond: "Sovcomflot, which Washington accuses of helping Moscow", "whom the bloc
		// has accused of overseeing": a verb of charging after the subject of a relative
		// clause, whose object is the antecedent, is no noun before "of" ("companies in
		// Turkey accused of shipping parts" is a participle, left as it was).
		return false
	}
	return i+1 < s.b && s.tokens[i+1].is("of")
}

// relativeSubjectBefore: the word at i follows, past auxiliaries, a subject that opens a
// relative clause: a name (past an article) or a pronoun right after a relative pronoun
// ("which Washington accuses", "whom the bloc has accused", "which they accuse").
func (s *sentenceCtx) relativeSubjectBefore(i int) bool {
	k := i - 1
	for k > s.a && s.tw(wAux, k) {
		k--
	}
	start := -1
	if m := s.mentionEndingAt(k+1, func(*mention) bool { return true }); m != nil {
		start = m.start
		if start-1 > s.a && s.tw(wArticle, start-1) {
			start--
		}
	} else if s.tw(wPronoun, k) {
		start = k
	}
	return start-1 > s.a && s.tw(wRelative, start-1)
}

// modifiedAfterPrep: the one or two words ending at k are lower-case modifiers of no word class
// right after a words.tsv target-prep, which a plural target noun follows ("attacks on key
// targets", "strikes against military targets"): the word after them is that noun, no verb.
func (s *sentenceCtx) modifiedAfterPrep(k int) bool {
	for j := k; j >= s.a && j >= k-1; j-- {
		t := s.tokens[j]
		// (a words.tsv list-adjective, "strategic", is a modifier of no other class)
		if !t.isWord() || t.isCap() || s.classes(j).without(wListAdjective) != (clsSet{}) || s.trigAt(j) || s.mentionAt(j) != nil {
			return false
		}
		if s.tw(wTargetPrep, j-1) {
			return true
		}
	}
	return false
}

// relativeThat: the "that" at p right before the trigger at i is a relative pronoun, not the
// determiner that makes a noun of it: the word is only a verb trigger ("the bloc that
// includes Armenia"), a past form ("a statement that condemned") or "that" follows a comma
// ("..., together with the EU, that condemns").
func (s *sentenceCtx) relativeThat(p, i int, trigs []trigger) bool {
	if !s.tokens[p].is("that") || p+1 != i {
		return false
	}
	if len(trigs) > 0 && !slices.ContainsFunc(trigs, func(t trigger) bool { return !t.frame.verbal() }) {
		return true
	}
	return s.w.ends(ePast, s.tokens[i].Lower) || p > s.a && s.tokens[p-1].Text == ","
}

// quotedNameParticiple: the past form at i follows a name in quotation marks ("the \"Treaty on
// Friendship\" signed between A and B"): a reduced relative on the name, no noun the quoted
// words modify ("China's \"principled\" support").
func (s *sentenceCtx) quotedNameParticiple(i int) bool {
	return i-1 > s.a && isQuote(s.tokens[i-1].Text) && s.w.ends(ePast, s.tokens[i].Lower) &&
		s.mentionEndingAt(i-1, func(*mention) bool { return true }) != nil
}

// beforeQuotes is the index of the token before i, past quotation marks and a quoted
// modifier ("China's \"principled\" support": the possessive); s.a-1 when none.
func (s *sentenceCtx) beforeQuotes(i int) int {
	k := i - 1
	if k >= s.a && isQuote(s.tokens[k].Text) {
		k--
		// A quoted modifier: back to its opening mark.
		for j := k; j >= s.a && j >= k-4; j-- {
			if isQuote(s.tokens[j].Text) {
				return j - 1
			}
		}
	}
	return k
}

func isQuote(t string) bool { return t == "\"" || t == "\u201c" || t == "\u201d" }

// quoteAfter: whether the text is inside quotation marks after token text, given whether it
// was before: curly marks open and close, a straight mark toggles.
func quoteAfter(text string, quoted bool) bool {
	switch text {
	case "\u201c":
		return true
	case "\u201d":
		return false
	case "\"":
		return !quoted
	}
	return quoted
}

// ambiguousNoun: a word that is both a verb and a noun trigger ("support", "aid") after a
// lowercase content word that cannot end a subject or open a verb group ("emphasized mutual
// support") is the noun.
func (s *sentenceCtx) ambiguousNoun(i int, trigs []trigger) bool {
	verb, noun := false, false
	for _, t := range trigs {
		verb = verb || t.frame.verbal()
		noun = noun || !t.frame.verbal()
	}
	if !verb || !noun || i == s.a {
		return false
	}
	k := s.beforeQuotes(i)
	if k < s.a {
		return false
	}
	if k < i-1 && s.tokens[k].Text == "'s" {
		return true // "China's \"principled\" support"
	}
	if tk := s.tokens[k]; (tk.Text == "'" || tk.Text == "\u2019") && !tk.SpaceBefore && k > s.a && strings.HasSuffix(s.tokens[k-1].Lower, "s") {
		return true // "the United States' support": a plural possessive, no contraction of "is"
	}
	for j := k; j >= s.a && j >= i-3; j-- {
		if s.tw(wPossessive, j) {
			return true // "on his first visit": a possessive determiner before the noun
		}
		if !s.tokens[j].isWord() || s.tokens[j].isCap() {
			break
		}
	}
	if s.articleBeforeStates(k) {
		return true // "criticised the U.S.-British strikes": an article, states as modifiers, the noun
	}
	p := s.tokens[k]
	if !p.isWord() || p.isCap() || s.w.ends(eAdverb, p.Lower) {
		return false
	}
	if s.mentionEndingAt(k+1, func(m *mention) bool {
		return !m.possessive && !m.demonym && (m.info.Type != TypeWeapon || !s.w.ends(eParticiple, s.tokens[i].Lower))
	}) != nil {
		// "Cho Tae-yul summoned": the lower-case word ends a name (a hyphenated given name),
		// the verb's subject, as a capitalised one would; so does a weapon's class noun
		// before a finite verb ("drones used"), but not before a participle, which
		// describes it ("drones targeting Rosneft").
		return false
	}
	if s.w.ends(eParticiple, s.tokens[i].Lower) && (s.tw(wReportVerb, k) || s.tw(wBe, k)) {
		return false // "denied supplying Pyongyang with": a gerund clause; "has been backing": progressive; verbs
	}
	if s.w.ends(eParticiple, s.tokens[i].Lower) && s.tw(wPreposition, k) && i+1 < s.b {
		if m := s.mentionAt(i + 1); m != nil && !m.possessive && !s.modifierOnly(m) {
			return false // "blamed Washington for backing Israel": a gerund with its object
		}
		if s.accusedGerund(k) {
			// r42supp: "accused Tehran of supplying the Houthis with drones", "accused the UAE of
			// supplying weapons to the RSF": after a verb of accusing and its named object, the
			// gerund is the accused's act, a verb, whatever its object opens with.
			return false
		}
	}
	if s.w.ends(eParticiple, s.tokens[i].Lower) && s.tw(wContinuation, k) {
		return false // "would keep supplying Kyiv with air defence": a continuation verb's -ing complement is a verb
	}
	return !s.tw(wAux, k) && !s.tw(wAdverb, k) && !s.tw(wVerbOpener, k) && !s.tw(wConjunction, k)
}

// afterSubjectPronoun: a word that is both a verb and a noun trigger ("support", "aid",
// "attack") right after a subject pronoun, perhaps past one adverb in -ly ("We strongly
// support"), is the clause's verb: its noun frames do not apply.
func (s *sentenceCtx) afterSubjectPronoun(i int, trigs []trigger) bool {
	verb, noun := false, false
	for _, t := range trigs {
		verb = verb || t.frame.verbal()
		noun = noun || !t.frame.verbal()
	}
	if !verb || !noun {
		return false
	}
	k := i - 1
	if k > s.a && s.w.ends(eAdverb, s.tokens[k].Lower) && s.tokens[k].isWord() && !s.tokens[k].isCap() {
		k--
	}
	return s.tw(wSubjectPronoun, k)
}

// articleBeforeStates: the tokens ending at k are a demonym, perhaps after other states'
// names or demonyms joined to it by hyphens, none possessive, after an article or a definite
// determiner ("the British", "the U.S.-British", "these Russian"); a state's own name after
// its article ("the D.P.R.K. exports", "the United States supports") is a subject.
func (s *sentenceCtx) articleBeforeStates(k int) bool {
	if last := s.mentionEndingAt(k+1, func(m *mention) bool { return m.demonym }); last == nil {
		return false
	}
	j := k
	for j >= s.a {
		if m := s.mentionEndingAt(j+1, func(m *mention) bool { return m.info.Type == TypeState && !m.possessive }); m != nil {
			j = m.start - 1
			if j >= s.a && s.tokens[j].Text == "-" && !s.tokens[j].SpaceBefore {
				j--
				continue
			}
		}
		break
	}
	return j < k && (s.tw(wArticle, j) || s.tw(wDefinite, j))
}

// insideName: the tokens [a, b) lie inside a name that is no weapon: a goods word there
// ("the Workers' Party of Korea", "the Arms Trade Treaty") names the body, not what moves.
func (s *sentenceCtx) insideName(a, b int) bool {
	for _, m := range s.mentions {
		if m.info.Type != TypeWeapon && m.start <= a && b <= m.end {
			return true
		}
	}
	return false
}

// goodsInClause: something that can be supplied (a weapon or a goods noun) in the clause,
// up to the end of the trigger's conjunct: goods past ", and" or ", but" opening a clause with a
// subject of its own belong to that clause's verb ("will provide Moldova with humanitarian
// assistance, and we welcome the decision to deliver tanks": the tanks are not provided).
func (x *Extractor) goodsInClause(s *sentenceCtx, t int) bool {
	ca, cb := s.ownConjunct(t)
	for _, m := range s.mentions {
		if m.info.Type == TypeWeapon && m.start >= ca && m.end <= cb {
			return true
		}
	}
	for k := ca; k < cb; k++ {
		if n := x.lex.goods.matchAt(s.tokens, k); n > 0 && !s.insideName(k, k+n) {
			return true
		}
	}
	// A relative clause's head noun is its verb's object ("the drones that Moscow has used
	// against Kyiv", "the shells, which Pyongyang shipped to Russia"): goods ending right
	// before "that"/"which" (or its comma) count as in the clause.
	if end := s.relativeHeadEnd(ca); end > 0 {
		for _, m := range s.mentions {
			if m.info.Type == TypeWeapon && m.end == end {
				return true
			}
		}
		for k := max(s.a, end-3); k < end; k++ {
			if x.lex.goods.matchAt(s.tokens[:end], k) == end-k {
				return true
			}
		}
	}
	return false
}

// relativeHeadEnd: for a clause opening at ca with "that"/"which", the end of the noun phrase
// it relates to (before its comma, if any), else -1.
func (s *sentenceCtx) relativeHeadEnd(ca int) int {
	if ca <= s.a+1 || !s.tw(wThingRelative, ca) {
		return -1
	}
	if s.tokens[ca-1].Text == "," {
		return ca - 1
	}
	return ca
}

// troopsAntecedent: the verb at t is the first verb of a relative clause whose head noun is
// a troop noun, with the clause's subject a name right after the relative word ("the troops
// that Pyongyang sent to Russia", "the marines, which Washington moved to Darwin"): the verb
// moves troops, as with troops in its object. A later verb ("the troops that Pyongyang sent
// are fighting in Kursk") is the head's own.
func (x *Extractor) troopsAntecedent(s *sentenceCtx, t int) bool {
	ca, _ := s.clauseOf(t)
	end := s.relativeHeadEnd(ca)
	if end < 0 {
		return false
	}
	if k := s.subjectEnd(t, ca); s.mentionEndingAt(k+1, func(m *mention) bool { return m.start == ca+1 }) == nil {
		return false
	}
	for k := max(s.a, end-3); k < end; k++ {
		if x.lex.troops.matchAt(s.tokens[:end], k) == end-k {
			return true
		}
	}
	return false
}

// phraseInClause: a phrase of set occurs in the clause of token t.
func (s *sentenceCtx) phraseInClause(set *phraseSet, t int) bool {
	ca, cb := s.clauseOf(t)
	for k := ca; k < cb; k++ {
		if set.matchAt(s.tokens[:cb], k) > 0 {
			return true
		}
	}
	// A relative clause's head noun is its verb's object ("the sanctions that the EU imposed
	// on Belarus"): a phrase ending right before "that"/"which" counts as in the clause.
	if ca > s.a+1 && s.tw(wThingRelative, ca) {
		for k := max(s.a, ca-3); k < ca; k++ {
			if set.matchAt(s.tokens[:ca], k) == ca-k {
				return true
			}
		}
	}
	return false
}

// presentTense: the verb at t is in the simple present ("condemns", "we strongly condemn"),
// not a past form, a participle, an infinitive or after an auxiliary ("will condemn") or a
// words.tsv bare-lead ("to", "did").
func (s *sentenceCtx) presentTense(t, ca int) bool {
	w := s.tokens[t].Lower
	if s.w.ends(ePast, w) || s.w.ends(eParticiple, w) || s.tw(wIrregularPast, t) || s.quoted(t) {
		return false
	}
	k := s.verbGroupStart(t, ca) - 1
	for j := k + 1; j < t; j++ {
		if s.tw(wAux, j) || s.tokens[j].is("to") {
			return false
		}
	}
	if k >= ca && s.tw(wBareLead, k) {
		return false
	}
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") || k >= ca && (s.tw(wFirstPerson, k) || s.tokens[k].Text == ",")
}

// firstPersonNow: the trigger at t is stated in the document's own first person, its
// subject "we" or "I" before it in the sentence with no relative pronoun, clause word or
// subordinator between ("We remain committed to supporting Ukraine", "We will continue to
// impose sanctions on Russia", "We reaffirm our determination to hold Russia accountable",
// "Before your questions, I would like to condemn ..."), and the verb after the pronoun (its
// adverbs aside) no past nor words.tsv past-lead ("We noted the signing", "we did not join",
// "we were concerned"). Said as the statement is issued, it is done on the statement's day
// (SCHEMA.md Dates rule 1). Only in a sentence with no date expression, outside quotation
// marks (a quoted "we" is a speaker's, whose day the narration gives). The pronoun must be the relation's source: an event named in the
// statement's object ("We condemn the export of shells to Russia") keeps its own date.
func (s *sentenceCtx) firstPersonNow(t int, src *mention) bool {
	if s.dateLex == nil || s.headline || len(s.dateMentions) > 0 || s.quoted(t) {
		return false
	}
	for k := t - 1; k >= s.a; k-- {
		if s.tw(wRelative, k) || s.tw(wClause, k) || s.tw(wSubordinator, k) || s.quoted(k) {
			return false
		}
		if !s.tw(wFirstPerson, k) || s.tokens[k].Text == "i" {
			continue
		}
		if k < src.start || k >= src.end {
			return false // "We condemn Russia's war": the war is not the statement's act
		}
		v := k + 1
		for v < t && s.adverb(v) {
			v++
		}
		return !s.pastForm(v) && !s.tw(wPastLead, v)
	}
	return false
}

// pluralPresent: the bare verb at t follows a name right before its verb group ("Japan
// and the Philippines support", "Seoul and Tokyo back"): the simple present of a plural
// subject; a past form, a participle or an infinitive is none.
func (s *sentenceCtx) pluralPresent(t, ca int) bool {
	w := s.tokens[t].Lower
	if s.w.ends(ePast, w) || s.w.ends(eParticiple, w) || strings.HasSuffix(w, "s") || s.quoted(t) {
		return false
	}
	k := s.verbGroupStart(t, ca) - 1
	if k < ca || k+1 != t || !s.tokens[k].isCap() || !s.tokens[k].isWord() {
		return false
	}
	m := s.mentionAt(k)
	return m != nil && !m.demonym && !m.possessive // "Russian help with": a noun
}

// remainsBefore: a verb of the words.tsv class stance-copula ("remains", "remain") stands
// up to five words before the noun trigger at t, with only words between ("remains
// steadfast in its support for", "remains a close ally of"), not after "to" ("is expected to
// remain") nor in the past.
func (s *sentenceCtx) remainsBefore(t, ca int) bool {
	for k := t - 1; k >= ca && k >= t-5; k-- {
		if !s.tokens[k].isWord() {
			return false
		}
		if s.tw(wStanceCopula, k) {
			return !(k-1 >= ca && s.tokens[k-1].is("to"))
		}
	}
	return false
}

// predicateAfter: the stance noun at t heads the subject of "is|are" or a stance-copula verb
// with a stance-predicate adjective after it, within the sentence and before a semicolon
// ("the U.S. commitments to the defense of Japan and the ROK are ironclad", "our commitment
// to the defense of Japan, including its extended deterrence, remains unwavering"): the
// stance holds on the day it is stated. The subject ends at the first such verb.
func (s *sentenceCtx) predicateAfter(t int) bool {
	for k := t + 1; k < s.b && k <= t+24; k++ {
		tk := &s.tokens[k]
		if tk.is(";") || tk.is(".") {
			return false
		}
		if !(tk.is("is") || tk.is("are") || s.tw(wStanceCopula, k)) {
			continue
		}
		j := k + 1
		for j < s.b && s.tw(wAdverb, j) {
			j++
		}
		return j < s.b && s.tw(wStancePredicate, j)
	}
	return false
}

// continuing: a continuation verb (words.tsv class continuation) stands right before the
// trigger at t, with "to" between or the trigger in -ing ("will continue to support", "keeps
// backing"), itself no infinitive ("promised to continue supporting" is a plan): the stance
// goes on from the day it is stated.
func (s *sentenceCtx) continuing(t, ca int) bool {
	k := t - 1
	for k > ca && k >= t-2 && s.w.ends(eAdverb, s.tokens[k].Lower) && s.tokens[k-1].is("to") {
		k-- // a split infinitive: "will continue to firmly support"
	}
	if k >= ca && s.tokens[k].is("to") {
		k--
	} else if !s.w.ends(eParticiple, s.tokens[t].Lower) {
		return false
	}
	// "promised to continue supporting": a plan under a control verb, not a stance now.
	return k >= ca && s.tw(wContinuation, k) && !(k-1 >= ca && s.tokens[k-1].is("to"))
}

// phraseAfter: the verb's object, from k, is completed by a phrase of the set before any
// comma, within 14 tokens; a preposition right after the verb is another sense ("called
// for", "called on"). For a judgement (cues.tsv class judgement: "called the outcome
// \"reckless\"", "branded Kyiv a sponsor of terrorism") any word before the comma may lead
// up to it; for a complement (triggers.tsv after=: "urged Moscow to halt it", "holds Israel
// fully responsible") the phrase comes at the object's first "to" or before it, since an
// infinitive of another verb ("called on Beijing to use its influence") asks for something
// else, and the object may be a list of names whose commas do not end it ("warned the United
// States, South Korea and Japan against forming an alliance").
func (s *sentenceCtx) phraseAfter(set *phraseSet, k int, toEnds bool) bool {
	if k >= s.b || s.tw(wPreposition, k) {
		return false
	}
	for j := k; j < s.b && j < k+14; j++ {
		if toEnds && s.tokens[j].is(",") && s.listComma(j) {
			// "warned the United States, South Korea and Japan against": a trigger's object
			// may be a list of names.
			continue
		}
		if s.tokens[j].is(",", ";", ":") {
			return false
		}
		if set.matchAt(s.tokens[:s.b], j) > 0 {
			return true
		}
		if toEnds && s.tokens[j].is("to") {
			return false
		}
	}
	return false
}

// objectHeadIn: the object phrase starting at k is headed by a phrase of set: past an
// article or determiner, lower-case modifiers and proper-name modifiers ("backed claims by
// Seoul", "backed the text", "support a Security Council meeting", "endorsed the revised draft").
// Stop 43 (h43supp): a stance verb's object headed by what was said is agreement or a vote;
// a name inside it ("claims by Seoul and Kyiv") is no party supported.
func (s *sentenceCtx) objectHeadIn(set *phraseSet, k int) bool {
	for j := k; j < s.b && j < k+5; j++ {
		if set.matchAt(s.tokens[:s.b], j) > 0 {
			return true
		}
		tk := s.tokens[j]
		switch {
		case s.tw(wConjunction, j) || s.tw(wPreposition, j) || s.tw(wFunction, j) && !s.tw(wArticle, j) && !s.tw(wDeterminer, j):
			return false // "supported Russia and criticised the report": another verb's object
		case s.tw(wArticle, j), s.tw(wDeterminer, j), tk.isWord() && !tk.isCap():
			continue
		case s.mentionAt(j) != nil && !s.mentionAt(j).possessive:
			// A proper-name modifier right before the head ("a Security Council meeting"), not
			// an object of its own ("backed Ukraine throughout the report period").
			e := s.mentionAt(j).end
			return e < s.b && set.matchAt(s.tokens[:s.b], e) > 0
		}
		return false
	}
	return false
}

// quotedVerdict: the speech verb at v attributes a quotation that opens the sentence and
// closes with a comma shortly before it ('"Ethiopia's incursion is shameful," Kenya said',
// '..., said President X'), the quotation's subject is a name of spec's target types (a
// possessor or a demonym on the act; no pronoun, whose antecedent the quotation does not
// show), and the quotation is a verdict on it (verdictAfter): the position of that name, or -1.
func (x *Extractor) quotedVerdict(s *sentenceCtx, v int, spec *argSpec) int {
	open := s.a + 1
	if v <= open || !isQuote(s.tokens[s.a].Text) {
		return -1
	}
	closing := open
	for closing < v && !isQuote(s.tokens[closing].Text) {
		closing++
	}
	// The quotation is one span closed by a comma, then only its speaker before the verb
	// ('," the foreign minister of Niger, Bakary Sangare, said').
	if closing == v || v-closing > 12 || !s.tokens[closing-1].is(",") && !s.tokens[closing+1].is(",") {
		return -1
	}
	k := open
	for k < closing && s.tw(wArticle, k) {
		k++
	}
	if m := s.mentionAt(k); m == nil || m.coref || !typeIn(m.info.Type, spec.dst) || !x.verdictAfter(s, open) {
		return -1
	}
	return k
}

// verdictAfter: the clause reported from k is a verdict on its subject: a form of "be" (or
// a words.tsv verdict-link word, "like" or a verb: "said the move marks a significant escalation") after a noun phrase, then a word of blame ("said the veto was a reckless action",
// "said the launch was a clear provocation", "said the actions of the aircraft were unsafe"),
// with no comma before it; "said Moscow would keep helping Mali fight terrorism" is none.
func (x *Extractor) verdictAfter(s *sentenceCtx, k int) bool {
	if k < s.b && s.tokens[k].is("that") {
		k++
	}
	for j := k + 1; j < s.b && j < k+12; j++ {
		if s.tokens[j].is(",", ";", ":") || s.tw(wAux, j) && !s.tw(wBe, j) {
			return false // another verb ("would keep helping") before any copula
		}
		if s.tw(wBe, j) || s.tw(wVerdictLink, j) {
			if n := j + 1; n < s.b && (s.w.ends(eParticiple, s.tokens[n].Lower) || s.w.ends(ePast, s.tokens[n].Lower) || s.tw(wNegator, n) || s.tokens[n].is("no")) {
				// "said Washington was monitoring the ships": a progressive or a denial (a
				// words.tsv negator, "no"), no verdict
				return false
			}
			return s.phraseAfter(&x.lex.judgement, j+1, false)
		}
	}
	return false
}

// troopsBefore: a troop noun stands right before the verb ("North Korean special forces
// shipped to Russia's Far East", "Russian instructors arrived in Niamey"): what moves is
// troops, so the verb deploys them.
func (x *Extractor) troopsBefore(s *sentenceCtx, t int) bool {
	k := s.subjectEnd(t, s.a)
	if k < s.a {
		return false
	}
	k = s.pastPhaseAndRelative(k, t, s.a) // "North Korean troops sent to Russia have begun fighting"
	for j := max(s.a, k-2); j <= k; j++ {
		if n := x.lex.troops.matchAt(s.tokens[:s.b], j); n > 0 && j+n == k+1 {
			return true
		}
	}
	// "Marines from South Korea will be sent to Guam": the troop noun's state ends the subject.
	return s.ownerAfterTroops(x, k, s.a, func(*mention) bool { return true }) != nil
}

// troopCompound: a singular troop noun written right before a noun trigger modifies it as a
// compound ("Virginia-class submarine sales to Canberra", "a frigate transfer to Manila"): the
// noun names the hardware traded, goods as in "submarine technology", and no force sent;
// a force moved is written in the plural ("forces' withdrawal") or as the noun's object.
func (x *Extractor) troopCompound(s *sentenceCtx, t int) bool {
	for j := max(s.a, t-3); j < t; j++ {
		if n := x.lex.troops.matchAt(s.tokens[:s.b], j); n > 0 && j+n == t {
			return !plural(s.tokens[t-1].Lower)
		}
	}
	return false
}

// hardwareMoves: named hardware is the subject right before a verb ("The British patrol
// ship HMS Trent arrived in Georgetown", "Norwegian F-35 fighters were stationed at
// Keflavik"): it moves forces as troops do.
func (x *Extractor) hardwareMoves(s *sentenceCtx, t int) bool {
	k := t - 1
	for k > s.a && (s.tw(wAdverb, k) || s.tw(wAux, k) || s.tw(wBe, k)) {
		k--
	}
	return k >= s.a && s.hardwareBefore(k) != nil
}

// hardwareBefore: named hardware ends at token k, or one lower-case class noun after it
// does ("HMS Trent", "F-35 fighters"): "The British patrol ship HMS Trent arrived in
// Georgetown", "Norwegian F-35 fighters were stationed at Keflavik" move forces as troops do.
func (s *sentenceCtx) hardwareBefore(k int) *mention {
	isWeapon := func(m *mention) bool { return m.info.Type == TypeWeapon }
	if m := s.mentionEndingAt(k+1, isWeapon); m != nil {
		return m
	}
	if k > s.a && s.tokens[k].isWord() && !s.tokens[k].isCap() && !s.tw(wFunction, k) && !s.tw(wPronoun, k) && !s.tw(wVerbOpener, k) {
		return s.mentionEndingAt(k, isWeapon)
	}
	return nil
}

// troopsAfter: a troop noun within four tokens after a supply verb.
// objectHas: a phrase of set (troop nouns, goods nouns) or, for goods, a weapon in the
// object after a supply verb, up to its target preposition ("sent destroyers, coast guard
// cutters and bombers into the Taiwan Strait"); a troop noun that modifies goods or follows
// "for" is none.
func (x *Extractor) objectHas(s *sentenceCtx, k int, set *phraseSet) bool {
	for j := k; j < s.b && j < k+10; j++ {
		if n := x.lex.approx.matchAt(s.tokens[:s.b], j); n > 0 {
			j += n - 1 // "rotate up to 2,500 marines into": "to" of a quantity ends no object
			continue
		}
		if s.tokens[j].is("to", "into", ";", ":", ".") {
			return false
		}
		if set == &x.lex.goods {
			// "sent the aircraft carrier Shandong": a longer troop phrase at the same word is
			// a force, the goods word inside it ("aircraft") no cargo, and the capitalised
			// name after it the vessel's own.
			if n := x.lex.troops.matchAt(s.tokens[:s.b], j); n > 0 && n > x.lex.goods.matchAt(s.tokens[:s.b], j) {
				j += n
				for j < s.b && s.tokens[j].isCap() {
					j++
				}
				j--
				continue
			}
		}
		if set == &x.lex.troops && s.tokens[j].is("for") {
			return false // "technology for nuclear-powered submarines": a purpose, not the cargo
		}
		n := set.matchAt(s.tokens[:s.b], j)
		if n > 0 && set == &x.lex.troops && x.troopModifier(s, j+n) {
			j += n - 1 // "submarine technology": goods
			continue
		}
		if n > 0 || set == &x.lex.goods && s.weaponAt(j) {
			return true
		}
	}
	return false
}

// troopModifier: the troop phrase ending at k, singular as a noun modifier is, modifies a
// goods noun right after it ("submarine technology"): the object is goods. (After a
// conjunction the next noun is more often a second object than a shared head: "an aircraft
// carrier and fighter jets".)
func (x *Extractor) troopModifier(s *sentenceCtx, k int) bool {
	if plural(s.tokens[k-1].Lower) {
		return false // a noun modifier is singular: "forces and military equipment" are both cargo
	}
	return k < s.b && x.lex.goods.matchAt(s.tokens[:s.b], k) > 0
}

// objectPhraseGoods: a goods noun or a weapon inside the object phrase that starts at k, up to
// its first preposition other than "of", conjunction or comma ("hosts Russian tactical nuclear
// weapons"; not "hosted officials for talks on grain").
func (x *Extractor) objectPhraseGoods(s *sentenceCtx, k int) bool {
	_, cb := s.clauseOf(k - 1)
	end := s.objectPhraseEnd(k, cb)
	for j := k; j < end; j++ {
		if x.lex.goods.matchAt(s.tokens[:end], j) > 0 || s.weaponAt(j) {
			return true
		}
	}
	return false
}

// buildRelations attaches items, dates, polarity and modality, and appends the relations
// to out (no slice of its own per relation).
func (x *Extractor) buildRelations(out []Relation, s *sentenceCtx, t int, trig trigger, p argPair) []Relation {
	ca, cb := s.clauseOf(t)
	r := Relation{Type: trig.relation, Src: p.src.info.ID, Dst: p.dst.info.ID, Sentence: p.src.sentence,
		Rule: trig.rule} // trig starts at t: its rule names the word there
	src, dst := p.src.info.ID, p.dst.info.ID
	if r.Type == RelDeployed && trig.spec.has(flagEnds) && x.lex.placeStates[dst] == src {
		// "Ukrainian forces withdrew from Avdiivka", "the army pulled out of Wad Madani": a
		// state's forces leaving a town of its own (the place gazetteer's country) retreat
		// on a front; only a foreign force's withdrawal ends a deployment (testdata/README.md).
		return out
	}
	if Undirected(r.Type) && dst < src {
		r.Src, r.Dst = dst, src
	}
	if trig.spec.has(flagSpeechAct) {
		r.occasion = p.src.occasion // "The leaders condemned ...": at the meeting that named them
		r.now = trig.frame.verbal() && s.presentTense(t, ca)
	}
	if trig.spec.has(flagStanceNow) {
		// "Japan and the United States support the Philippines", "Sweden will continue to
		// support Ukraine", and a noun after a stance copula ("The EU remains steadfast in
		// its support for Ukraine", "The United States remains a steadfast ally of Israel"):
		// the stance holds on the day it is stated. A span running to now ("has trained
		// recruits since 2022, and continues to help") dates it from its start (SCHEMA.md
		// Dates rule 5).
		noSpan := func() bool {
			return !slices.ContainsFunc(s.dateMentions, func(d dateMention) bool { return sinceStart(s.tokens, s.a, d.start) })
		}
		if trig.frame.verbal() {
			r.now = (s.presentTense(t, ca) || s.pluralPresent(t, ca) || s.continuing(t, ca)) && noSpan()
		} else if (s.remainsBefore(t, ca) || s.predicateAfter(t)) && noSpan() {
			r.now = true
		}
	}
	if !r.now && s.firstPersonNow(t, p.src) {
		r.now = true // "We remain committed to supporting Ukraine": said as the statement is issued
	}
	if !r.now && s.progressiveNow(s.progressiveVerb(t, ca, trig.frame.verbal()), ca, cb) {
		r.now = true // "who is visiting the UK", "is imposing sanctions": on the day it is stated
	}
	r.Polarity, r.Modality = x.attitude(s, t, ca, cb, trig.spec, p.src, standingNoun(s, t, r.Type, trig))
	if trig.spec.has(flagAside) && s.whereAside(t, ca) {
		// "most were destined for the Kursk region, where Ukraine has held territory since
		// August", in a report: the non-restrictive "where" clause is the writer's own
		// background, not the reported claim, and not the event the sentence tells.
		r.aside = true
		if r.Modality == Reported {
			r.Modality = Fact
		}
	}
	r.event = p.dst.event
	r.signing = p.src.signer && p.dst.signer
	r.unmarked = s.dateLex != nil && !s.dateLex.tenseNear(s.tokens, ca, t)
	r.act, r.srcAnaphor = s.dateLex != nil && s.dateLex.actAt(s.tokens, ca, t), p.src.coref
	if !r.act && s.dateLex != nil && s.pastCompany(t, ca, cb) {
		// "The meeting was attended by A, B and C": the meeting noun is the trigger, and its
		// company in the simple past met at the occasion the document frames, like "met".
		r.act = true
	}
	if !r.act && (trig.spec.has(flagNeedsVerdict) || trig.spec.has(flagNeedsJudgement)) && s.dateLex != nil &&
		s.pastForm(t) && s.dateLex.simplePast(s.tokens, ca, t) {
		// "Wood said the veto was a cynical step", "Seoul called the launch reckless": a
		// verdict passed in the simple past is a reaction done at the event it judges or at
		// the occasion, like "condemned the veto".
		r.act = true
	}
	if trig.frame == frameBlame {
		// "'... Putin's illegal war,' said Lammy": the words of blame are the speaker's own
		// speech act, quoted or reported, whatever the clause they stand in hedges; done
		// when said, like a verdict.
		r.Modality, r.act = Fact, true
	}
	if trig.frame == frameCharge && r.Modality == Speculative && s.tw(wChargeModal, t) {
		// h44ccon: "warned that North Korea will bear full responsibility", "said the Houthis
		// must be held accountable": the modal is part of the charge row's phrase, and laying
		// the blame is the speaker's act when said, not a forecast; a hedge before the phrase
		// ("may bear responsibility") still hedges.
		r.Modality = Fact
	}
	r.voiced = trig.spec.voiced()
	r.simplePast = s.dateLex != nil && s.pastForm(t) && !s.tokens[t].isCap() && s.dateLex.simplePast(s.tokens, ca, t)
	if r.act && r.occasion == 0 {
		// "The two leaders held talks for several hours": an act of a group in the simple
		// past, like its joint statement, is done at the occasion that named the group.
		r.occasion = p.src.occasion
	}
	r.ownDate = r.act && s.ownDate(t, trig.spec.has(flagSpeechAct))
	if r.Modality == Fact && s.quoted(t) && !trig.spec.has(flagSpeechAct) {
		// Quoted words are someone's claim; a quoted speech act ("“We condemn ...”") is the
		// act itself.
		r.Modality = Reported
	}
	pledged := (r.Type == RelSupports || r.Type == RelSanctioned) && x.pledge(s, t, ca, p.src, r.Type == RelSupports)
	if pledged && r.Modality != Fact {
		// a pledge in quotation marks ("would “unconditionally support” Russia") is the
		// pledge itself, like a quoted speech act; it is made when it is said ("said on
		// Tuesday that they would impose sanctions": Tuesday; SCHEMA.md Dates rule 1). A
		// saying with no day of its own leaves the date to the occasion rules.
		r.Modality = Fact
		// A stance voiced in the present ("said Ankara supports") keeps the day its tense gives.
		r.now = r.now && !s.tw(wPledgeModal, s.beforeAdverbs(t, ca)) || s.datedSayingBefore(t)
	}
	if pledged && !r.act && !r.now && len(s.dateMentions) == 0 {
		// "Kim told Putin that Pyongyang would always stand with Russia": a pledge told in a
		// sentence with no date is made at the occasion the text reports, like an act there.
		r.act = true
	}
	if r.Modality != Fact {
		r.Attribution = s.attributionFor(t, p.src)
	}
	if !trig.spec.has(flagItem) && !trig.spec.has(flagQuantity) {
		return append(out, r)
	}
	// Items and quantities: named around the trigger, up to the next verb ("the impact of
	// Russian technology exports is demonstrated by ... nuclear drones" supplies no drones).
	lo, hi := max(ca, t-3), min(cb, t+16)
	if s.passive(t) {
		lo = ca // "a million shells were sent": what was sent is the subject
	}
	for k := t + 1; k < hi; k++ {
		if s.tw(wAux, k) {
			hi = k
			break
		}
	}
	if trig.spec.has(flagQuantity) {
		r.Quantity = x.quantity(s, lo, hi)
	}
	if !trig.spec.has(flagItem) {
		return append(out, r)
	}
	n := len(out)
	for _, m := range s.mentions {
		if m.info.Type == TypeWeapon && m.start >= lo && m.end <= hi {
			withItem := r
			withItem.Item = m.info.ID
			out = append(out, withItem)
		}
	}
	if len(out) == n {
		out = append(out, r)
	}
	return out
}

// quantity finds an amount in tokens [lo, hi): "more than a million artillery shells",
// "about 11,000 troops", "thousands of drones", "300 containers". Dates are not amounts.
func (x *Extractor) quantity(s *sentenceCtx, lo, hi int) string {
	for k := lo; k < hi; k++ {
		tk := s.tokens[k]
		isNumber := tk.startsDigit() && !strings.HasSuffix(tk.Lower, "th") &&
			!strings.HasSuffix(tk.Lower, "st") && !strings.HasSuffix(tk.Lower, "nd") && !strings.HasSuffix(tk.Lower, "rd")
		if !isNumber && x.lex.amounts.matchAt(s.tokens[:hi], k) == 0 || s.inDateMention(k) {
			continue
		}
		start := k
		if start > lo && s.tokens[start-1].is("a", "one") {
			start-- // "a million"
		}
		for j := max(lo, start-3); j < start; j++ {
			if n := x.lex.approx.matchAt(s.tokens[:hi], j); n > 0 && j+n == start {
				start = j
				break
			}
		}
		// Through the amount words and "of", up to the thing counted.
		end := k + 1
		for end < hi && (x.lex.amounts.matchAt(s.tokens[:hi], end) > 0 || s.tokens[end].is("of")) {
			end++
		}
		for j := end; j < hi && j < end+4; j++ {
			if x.lex.goods.matchAt(s.tokens[:hi], j) > 0 || x.lex.troops.matchAt(s.tokens[:hi], j) > 0 || s.weaponAt(j) {
				end = j + 1
				for end < hi && s.weaponAt(end) {
					end++
				}
				break
			}
		}
		return surfaceOf(s.tokens, start, end)
	}
	return ""
}

// weaponAt: token k belongs to a weapon mention.
func (s *sentenceCtx) weaponAt(k int) bool {
	for _, m := range s.mentions {
		if m.info.Type == TypeWeapon && k >= m.start && k < m.end {
			return true
		}
	}
	return false
}

// standingNoun: the trigger at t is a noun of a standing tie, an alliance or partnership
// (ALLY_OF pair nouns) or a membership a noun states (a MEMBER_OF agent or noun row flagged
// stative: "members of", "partners"): the tie holds as the sentence speaks of it, whatever
// the clause's verb plans or hedges (attitude reads only a hedge on a verb that takes the noun
// as its object).
func standingNoun(s *sentenceCtx, t int, rel string, trig trigger) tieKind {
	switch {
	case rel == RelAllyOf && trig.frame == framePair:
		if !s.pastForm(t) && !s.w.ends(eParticiple, s.tokens[t].Lower) {
			return tieStanding
		}
	case rel == RelMemberOf && (trig.frame == frameAgent || trig.frame == frameNoun):
		if trig.spec.has(flagStative) {
			return tieStanding
		}
	case rel == RelAttacked && trig.frame == frameNoun && s.tokens[t].is("war"):
		return tieWar
	}
	return tieNone
}

// tieKind: what standingNoun found at a trigger.
type tieKind uint8

const (
	tieNone     tieKind = iota
	tieStanding         // an alliance, partnership or membership a noun states
	tieWar              // a war a noun names ("Russia's war against Ukraine")
)

// hedgeOffNoun: a hedge at k is not about the standing-tie noun at t (standingNoun) when it
// comes after the noun, on the predicate the noun is the subject of ("the ROK-U.S. alliance
// would respond", "Japan and the Philippines, as strategic partners, will deepen"), or before
// it with a comma or a preposition other than "to" between, the noun then in an adjunct of the
// hedged verb ("will coordinate with the United States and other partners", "will respond on
// the basis of the ROK-U.S. alliance"). A hedged verb that takes the noun as its object still
// hedges it ("would never betray its alliance", "are expected to sign a partnership treaty").
func (s *sentenceCtx) hedgeOffNoun(k, t int) bool {
	if k > t {
		return true
	}
	for j := k + 1; j < t; j++ {
		if s.tokens[j].Text == "," || s.tw(wPreposition, j) && !s.tokens[j].is("to") {
			return true
		}
	}
	return false
}

// unrealisedEnd: the ending trigger at t is asked for, so what it would end still holds: a
// base verb after a modal of obligation (words.tsv unrealised-lead), past adverbs and their
// commas ("Russia must immediately, completely and unconditionally withdraw"); a "to"
// infinitive whose demanding verb (words.tsv demand-verb; "call" only before "on" or "upon")
// stands at most eight words before it ("called on Pyongyang to immediately withdraw its
// troops"); or a noun within five words after a demanding verb ("demanded the immediate
// withdrawal", "called for the withdrawal of Israeli forces"; "call" only before "for"). A
// withdrawal planned ("will withdraw", "decided to withdraw") is not asked for: gold gives it
// denied and speculative. Read for rows flagged ends-when-done (the troops' withdrawal); a
// membership's announced withdrawal is denied. (h44dep)
func (s *sentenceCtx) unrealisedEnd(t, ca int) bool {
	lo := max(s.a, ca)
	k := t - 1
	for k >= lo && k >= t-8 && (s.adverb(k) || s.tokens[k].Text == "," || s.tw(wConjunction, k)) {
		k--
	}
	if k >= lo && s.tw(wUnrealisedLead, k) {
		return true
	}
	demands := func(j int, after ...string) bool {
		return s.tw(wDemandVerb, j) && (!strings.HasPrefix(s.tokens[j].Lower, "call") || j+1 < s.b && s.tokens[j+1].is(after...))
	}
	if k >= s.a && s.tokens[k].is("to") {
		for j := k - 1; j >= s.a && j >= k-8; j-- {
			if s.tokens[j].is(";", ":", ".") {
				break
			}
			if demands(j, "on", "upon") {
				return true
			}
		}
		return false
	}
	for j := t - 1; j >= lo && j >= t-5; j-- {
		if !s.tokens[j].isWord() {
			return false
		}
		if demands(j, "for") {
			return true
		}
	}
	return false
}

// attitude reads polarity and modality from cue words in the trigger's clause: negation
// shortly before the trigger, denial verbs a little further, hedges and attributions anywhere
// in the clause.
func (x *Extractor) attitude(s *sentenceCtx, t, ca, cb int, rs *argSpec, src *mention, standing tieKind) (string, string) {
	polarity, modality := Asserted, Fact
	x.cues(s)
	negations := 0
	for k := max(ca, t-4); k < t; k++ {
		if s.cue(k)&cueNegation != 0 {
			negations++
		}
	}
	for k := max(ca, t-7); k < t; k++ {
		if s.cue(k)&cueDenial != 0 {
			negations++
		}
	}
	if rs.has(flagEnds) && !(rs.has(flagEndsWhenDone) && s.unrealisedEnd(t, ca)) {
		negations++ // "withdrew from ECOWAS": no longer a member; "did not withdraw": still one
	}
	if negations%2 == 1 { // "has not ruled out buying": two negations assert
		polarity = Denied
	}
	if x.negatedEllipsis(s, t) { // "..., Putin has yet to do so"
		polarity = Denied
	}
	spec, rep := false, false
	// ownAct: the reporting cue at k frames a speech act that is itself the relation, after its
	// subject ("Tokyo condemned the launch in a statement"); not an adverb of its verb group
	// ("reportedly condemned") nor a speech verb whose "that" clause holds the trigger ("said
	// that he had condemned"): those report it.
	vg := s.verbGroupStart(t, ca)
	ownAct := func(k int) bool {
		if rs.has(flagSpeechAct) && s.tw(wSpeechNoun, k) {
			// "In a joint statement issued the same day, the three governments condemned
			// the veto", "a joint statement by the foreign ministers of A and B that
			// condemned X": the statement is where the act is done, not who reports it
			return true
		}
		if rs.has(flagSpeechAct) && src != nil && k < t && !s.pluperfect(vg, t) {
			// "Britain said in a joint statement that it condemned the transfer": saying that
			// one condemns is the condemnation (the cue is the speech verb or its adjunct);
			// "said that it had condemned" reports an earlier act.
			for j := k; j >= s.a && j >= k-6; j-- {
				if s.tw(wSpeech, j) && (s.speaks(j, src.info) || x.speaksForSource(s, j, src.info) && !s.perfectBetween(max(j, src.end), t)) {
					// (or its official or body, saying it now: "Hayashi told reporters that
					// Japan condemns the launch"; "Kishida stated that Japan had lodged a
					// protest", "the NIS said the Government has lodged objections" report it)
					return true
				}
			}
		}
		if !rs.has(flagSpeechAct) || src == nil || k < src.start {
			return false
		}
		if k < t && k >= vg {
			return false
		}
		for j := k + 1; j < t; j++ {
			if s.tokens[j].Lower == "that" && !(j+2 == t && s.tw(wSubjectPronoun, j+1)) {
				// ("said in a joint statement that they condemned the transfer": the speakers'
				// own act, a pronoun for them right before its verb, is made in the statement;
				// "said that he had condemned" claims an earlier act, which is reported)
				return false
			}
		}
		return true
	}
	// A trigger inside an apposition set off by commas after a name ("Belarus, Moscow's
	// closest ally, was spared ..., diplomats said"; "Seoul and Tokyo, both allies of
	// Washington, said they would ...") is background the text presupposes: a hedge or
	// report outside it is about the main clause, not about it.
	bgFrom, bgTo, bgOK := s.backgroundAround(t)
	if !bgOK {
		bgFrom, bgTo, bgOK = s.lastingPlaceState(t)
	}
	// A relative clause set off by commas is background only to what comes after it ("Choe,
	// who arrived in Moscow last Friday, did not address reports"): a report before it
	// ("Officials said that Teodoro, who visited Tokyo last week, had asked ...") reports it
	// with the rest.
	before := bgFrom
	if bgOK && s.tw(wWhRelative, bgFrom+1) {
		before = s.a
	}
	narrated := s.circumstanceAfterReport(t) // cues before it are the report's, not the clause's
	// Hedges count before the trigger, or just after it ("support include - or may
	// include -"); further on they belong to another statement.
	commaAfter := false // a hedge after the trigger and a comma is another verb's ("the treaty,
	// which they signed in August, will allow ...")
	for k := max(ca, narrated); k < cb; k++ {
		if k > t && (s.tokens[k].Text == "," || s.tokens[k].is("and")) {
			// (", which they signed in August, will allow"; "strikes on Lebanon and the
			// threat of an attack on Iran": the hedge is the next conjunct's)
			commaAfter = true
		}
		if k <= t+5 && s.cue(k)&cueSpeculative != 0 && !(k > t && commaAfter) && !s.parentheticalHedge(k, t) &&
			!(k > t && rs.has(flagSpeechAct)) && !s.concealBetween(k, t) && !(bgOK && (k < before || k > bgTo)) &&
			!(standing == tieStanding && s.hedgeOffNoun(k, t)) {
			// (a hedge after a speech act is what it says: "accused Moscow of trying to
			// silence the panel" accuses, a fact)
			spec = true
		}
		if k < t && s.cue(k)&cuePlan != 0 && !s.conjunctBetween(k, t) && !s.immediateEffect(t, cb) && !s.concealBetween(k, t) {
			// "the decision of Germany to station a brigade": a plan word before the act;
			// after it, the object's ("criticised Mali's decision to expel the mission")
			spec = true
		}
		if s.cue(k)&cueReported != 0 && !ownAct(k) && !s.outsideReport(k, t) && !(bgOK && (k < before || k > bgTo)) {
			// "..., according to U.S. officials." covers the whole clause; but a speech act
			// that is itself the relation ("Tokyo condemned the launch in a statement") is
			// a fact unless someone before its subject reports it.
			rep = true
		}
	}
	if !rep && cb < s.b {
		if k := s.trailingAttribution(t, cb); k >= 0 && s.cue(k)&cueReported != 0 && !s.outsideReport(k, t) && !(bgOK && k > bgTo) {
			rep = true
		}
	}
	// Attribution usually opens the sentence ("According to ..., X did Y").
	for k := max(s.a, narrated); k < ca; k++ {
		if s.cue(k)&cueReported != 0 && !ownAct(k) && !s.outsideReport(k, t) && !(bgOK && k < before) {
			rep = true
		}
	}
	if rep && standing == tieWar {
		// "Kim said his country fully supports Russia's war in Ukraine": the war is the
		// world the claim is about, which the speaker does not report but presupposes.
		rep = false
	}
	if !rep && !spec && s.chargedAct(t) {
		rep = true // "blamed Washington for backing Israel": the backing is the charge
	}
	if s.tokens[t].Text == ":" {
		// A colon trigger (triggers.tsv MEMBER_OF ":") glosses a body with its members ("on
		// behalf of the Nordic-Baltic Eight: Denmark, Estonia, ..."): the writer's own
		// statement of who they are, not the statement or plan the sentence speaks of.
		spec, rep = false, false
	}
	switch {
	case spec:
		modality = Speculative
	case rep:
		modality = Reported
	}
	return polarity, modality
}

// chargedAct: the trigger at t is the act a verb of reproach charges its object with, a
// gerund after a words.tsv charge-prep ("blamed Washington for backing Israel", "criticised
// the US for having, on previous occasions, vetoed four drafts"), in no first-person
// statement ("We condemn Belarus for enabling ..."): the reproacher's claim (SCHEMA.md
// Modality rule 1, as "X accused Y of").
func (s *sentenceCtx) chargedAct(t int) bool {
	p := -1
	if s.w.ends(eParticiple, s.tokens[t].Lower) && t-1 > s.a && s.tw(wChargePrep, t-1) {
		p = t - 1
	} else {
		for j := t - 1; j > s.a && j >= t-8; j-- {
			if s.tw(wPerfectGerund, j) {
				if s.tw(wChargePrep, j-1) {
					p = j - 1
				}
				break
			}
		}
	}
	if p < 0 {
		return false
	}
	for v := p - 1; v >= s.a && v >= p-10; v-- {
		tk := s.tokens[v]
		if tk.Text == "," || tk.Text == ";" || tk.Text == ":" || s.quoted(v) {
			return false
		}
		if !s.tw(wReproachVerb, v) {
			continue
		}
		k := v - 1
		for k > s.a && s.adverb(k) {
			k--
		}
		return !s.tw(wFirstPerson, k)
	}
	return false
}

// circumstanceAfterReport: the trigger at t lies in a clause opened by a words.tsv
// circumstance word right after the comma that closes a report ("Iran has delivered missiles
// to Russia, Blinken said on Tuesday, as Washington announced fresh sanctions on Tehran"):
// the writer's own clause on what happened meanwhile, which neither the report nor the hedges
// before it reach. Returns the circumstance word's index, or -1. The clause needs a subject
// of its own (a name, an article) and no report of its own before the trigger (a statement
// verb, "announced sanctions", is the clause's act, not a report).
func (s *sentenceCtx) circumstanceAfterReport(t int) int {
	for j := t - 1; j >= s.a+2 && j >= t-14; j-- {
		tk := s.tokens[j]
		if tk.Text == ";" || tk.Text == ":" || s.tw(wSpeech, j) && !s.tw(wStatementVerb, j) || s.quoted(j) {
			return -1 // ("as officials said Iran had sent drones"; but "as Washington announced sanctions")
		}
		if !s.tw(wCircumstance, j) || s.tokens[j-1].Text != "," || j+1 >= t {
			continue
		}
		if n := s.tokens[j+1]; !(n.isCap() || s.tw(wArticle, j+1)) {
			return -1
		}
		if s.tw(wSpeech, j-2) {
			return j
		}
		for _, d := range s.dateMentions {
			if d.end == j-1 && d.speech >= 0 {
				return j
			}
		}
		return -1
	}
	return -1
}

// backgroundAround: the trigger at t lies in a noun phrase in apposition set off by commas,
// [from, to] the commas, right after a name: one opened by an article, a possessive, a
// words.tsv apposition-opener ("both allies of Washington", "as a member of"), a name with
// "'s" ("Moscow's closest ally") or an adverb before one ("long Moscow's closest ally"); no
// verb of saying, quotation or semicolon within. Not a relative clause: "Putin, who arrived
// on Wednesday, was greeted by Kim, according to the Kremlin" narrates the reported events.
// Not an apposition whose closing comma opens the report ("Israel, a supplier of drones,
// according to researchers"): that report is its own.
func (s *sentenceCtx) backgroundAround(t int) (int, int, bool) {
	from := s.asideComma(t, -1)
	if from < 0 || s.mentionEndingAt(from, func(*mention) bool { return true }) == nil {
		return 0, 0, false
	}
	to := s.asideComma(t, +1)
	if to < 0 || s.w.attribution.matchAt(s.tokens[:s.b], to+1) > 0 {
		return 0, 0, false // "Israel, a seller of drones to Baku, according to researchers": its own report
	}
	if k := s.trailingAttribution(t, t+1); k >= 0 && !slices.ContainsFunc(s.tokens[to+1:k], func(tk Token) bool { return tk.Text == "," }) {
		return 0, 0, false // "X, a seller of drones to Y, officials said": the closing report is the apposition's
	}
	o := from + 1
	if s.adverb(o) || s.tokens[o].is("long") {
		o++
	}
	if s.tw(wAppositionOpener, o) || s.tw(wArticle, o) {
		return from, to, true
	}
	if s.tw(wWhRelative, from+1) && s.trailingAttribution(t, t+1) < 0 {
		// (", who arrived in Moscow on Friday,", ", which joined NATO in April 2023,": a
		// relative clause set off by commas after a name adds the writer's background to
		// what a report before it says; a report closing the sentence (", KCNA said")
		// reports it with the rest)
		return from, to, true
	}
	if m := s.mentionAt(o); m != nil && m.end < s.b && s.tokens[m.end].Text == "'s" {
		return from, to, true
	}
	return 0, 0, false
}

// lastingPlaceState: the trigger at t lies in a relative clause about a place set off by a
// comma (words.tsv place-relative) that states how long a state has lasted with a "since"
// span ("said the troops had reached the Kursk region, where Ukrainian forces have held
// ground since August"): the writer's background on the place, [from, to] the comma and the
// clause's end, so a report or hedge around it is about the main clause. Not a where-clause
// that narrates ("flew to Hanoi, where he met To Lam on Thursday, the Kremlin said").
func (s *sentenceCtx) lastingPlaceState(t int) (int, int, bool) {
	from := -1
	for k := t - 1; k > s.a && k >= t-12; k-- {
		if s.tokens[k].Text == "," || s.tokens[k].Text == ";" || s.tw(wSpeech, k) {
			break
		}
		if s.tw(wPlaceRelative, k) && s.tokens[k-1].Text == "," {
			from = k - 1
			break
		}
	}
	if from < 0 {
		return 0, 0, false
	}
	to := s.b - 1
	for k := t + 1; k < s.b; k++ {
		if s.tokens[k].Text == "," || s.tokens[k].Text == ";" {
			to = k
			break
		}
	}
	for _, d := range s.dateMentions {
		if d.start > from && d.end <= to+1 && sinceStart(s.tokens, from, d.start) {
			return from, to, true
		}
	}
	return 0, 0, false
}

// asideComma: the comma nearest the trigger at t going one way (step -1 or +1), within 20
// tokens and the sentence, that may set off an apposition around it; -1 where a semicolon,
// colon, quotation or verb of saying comes first, or no comma.
func (s *sentenceCtx) asideComma(t, step int) int {
	for k := t + step; k > s.a && k < s.b && k >= t-20 && k <= t+20; k += step {
		if s.tokens[k].Text == ";" || s.tokens[k].Text == ":" || s.quoted(k) || s.tw(wSpeech, k) {
			return -1
		}
		if s.tokens[k].Text == "," {
			return k
		}
	}
	return -1
}

// concealBetween: a verb of hiding (words.tsv conceal) stands between the hedge at k and the
// trigger at t ("trying to hide its purchases of missiles"): the hedge is on the hiding, and
// what is hidden is taken as real.
func (s *sentenceCtx) concealBetween(k, t int) bool {
	for j := k + 1; j < t; j++ {
		if s.tw(wConceal, j) {
			return true
		}
	}
	return false
}

// immediateEffect: the planned act is said to take effect at once ("decision to withdraw
// from ECOWAS with immediate effect"): it happened, the plan word hedges nothing.
func (s *sentenceCtx) immediateEffect(t, cb int) bool {
	for j := t + 1; j+1 < cb; j++ {
		if s.tokens[j].is("immediate") && s.tokens[j+1].is("effect") {
			return true
		}
	}
	return false
}

// ownConjunct: the clause of t, ended where ", and" or ", but" (words.tsv clause-coordinator)
// after t opens a coordinated clause with a subject of its own (a capitalised word, an
// article or a subject pronoun after the conjunction). A conjunct before t stays: its goods
// may be what t's verb moves ("Russia builds the drones, and Iran ships them to ...").
func (s *sentenceCtx) ownConjunct(t int) (int, int) {
	ca, cb := s.clauseOf(t)
	for j := ca + 1; j+1 < cb; j++ {
		if !s.tw(wClauseCoordinator, j) || s.tokens[j-1].Text != "," {
			continue
		}
		if n := s.tokens[j+1]; !(n.isCap() || s.tw(wArticle, j+1) || s.tw(wSubjectPronoun, j+1)) {
			continue
		}
		if j > t {
			return ca, j - 1
		}
	}
	return ca, cb
}

// conjunctBetween: ", and" or ", but" stands between k and t: a second clause ("We intend to
// hold an exercise, and Japan supports the Philippines").
func (s *sentenceCtx) conjunctBetween(k, t int) bool {
	for j := k + 1; j < t; j++ {
		if s.tw(wClauseCoordinator, j) && s.tokens[j-1].Text == "," {
			return true
		}
	}
	return false
}

// trailingAttribution: the sentence, past the trigger's clause that ends at cb, closes with a
// short attribution after its last comma (", KCNA reported.", ", said a spokesman.",
// ", according to officials."): it reports the whole sentence, the main clause before a
// subordinate one included ("visited Pyongyang on June 4, when the two reaffirmed their
// support, KCNA reported"). Not a relative clause (", which Pyongyang has not confirmed"),
// nor past a coordinated clause with its own subject after the trigger (", and Minsk has
// spoken of ..., officials said": the last conjunct's report); nor a stretch after the last
// comma that holds a words.tsv attribution-bar ("which", "and", "not"). Returns the cue's
// index, or -1.
func (s *sentenceCtx) trailingAttribution(t, cb int) int {
	end := s.b
	for end > cb && !s.tokens[end-1].isWord() && s.tokens[end-1].Text != "," {
		end-- // the full stop, a closing quotation mark
	}
	c := end - 1
	for c >= cb && s.tokens[c].Text != "," {
		c--
	}
	if c < cb || end-c-1 > 6 || end-c-1 < 2 {
		return -1
	}
	for j := t + 1; j+1 < c; j++ {
		if s.tw(wClauseCoordinator, j) && s.tokens[j-1].Text == "," {
			// a clause with a subject of its own ("..., and Berlin said") takes the report;
			// a verb phrase of the same subject (", and was greeted at the airport by Kim")
			// does not stop it
			if n := s.tokens[j+1]; n.isCap() || !n.isWord() || s.tw(wArticle, j+1) || s.tw(wSubjectPronoun, j+1) {
				return -1
			}
		}
	}
	for k := c + 1; k < end; k++ {
		if s.tw(wAttributionBar, k) {
			return -1
		}
	}
	for k := c + 1; k < end; k++ {
		if s.tw(wReportVerb, k) || s.tokens[k].is("according") {
			return k
		}
	}
	return -1
}

// parentheticalHedge: the hedge at k is a participle opening a phrase set off by commas
// before the trigger at t ("the troops, believed to include officers of the Storm Corps, had
// been shipped to Vladivostok"): it hedges what the phrase says of its head, not the clause's
// verb, which the text states as it stands.
func (s *sentenceCtx) parentheticalHedge(k, t int) bool {
	if k >= t || k == s.a || s.tokens[k-1].Text != "," || !s.w.ends(ePast, s.tokens[k].Lower) {
		return false
	}
	for j := k + 1; j < t; j++ {
		if s.tokens[j].Text == "," {
			return true
		}
	}
	return false
}

// pledge: the trigger at t follows a words.tsv pledge-modal ("would", "will") and adverbs,
// with no other hedge in its clause, in what a verb of saying before it reports, and the
// speaker is the source or one who serves it ("Choe said the North would unconditionally support Russia", "Marles
// said Australia will stand with Ukraine"; "Britain, France and Germany announced that they
// would sanction Iran Air"): pledging support and announcing sanctions are the speech act
// itself, a fact (SCHEMA.md Modality rule 1), not a plan. Someone else's "would" is a
// forecast ("Analysts said China would support Russia" stays speculative). stance: a
// SUPPORTS trigger, which must be a pledge-verb.
func (x *Extractor) pledge(s *sentenceCtx, t, ca int, src *mention, stance bool) bool {
	if src == nil {
		return false
	}
	if stance && !s.tw(wPledgeVerb, t) {
		return false // "would help Pyongyang build satellites": material help, a plan
	}
	m := s.beforeAdverbs(t, ca)
	if m-1 > ca && s.tokens[m].is("to") && s.tw(wContinuation, m-1) {
		// "said Algeria would continue to support the Palestinians": a pledge to go on
		// supporting is pledged by its modal before "continue to", as "would support" is.
		m = s.beforeAdverbs(m-1, ca)
	}
	if m <= ca {
		return false
	}
	if !s.tw(wPledgeModal, m) && !(stance && s.voicedStance(m, src)) {
		return false
	}
	x.cues(s)
	for k := ca; k < t; k++ {
		if k != m && s.cue(k)&cueSpeculative != 0 {
			return false // "said China might support", "if attacked, would support"
		}
	}
	// The verb of saying stands before the reported clause, whose subject is the source:
	// counted from there, a long adjunct after the verb ("said after talks with her Russian
	// counterpart Sergey Lavrov on Monday that Pyongyang would") is no reason to miss it.
	from := m
	if src.end <= m && src.start > ca {
		from = src.start
	}
	if s.thirdPartyReport(t) {
		return false // "told his hosts that Moscow supported ..., KCNA said": KCNA reports it
	}
	for j := m - 1; j >= s.a && j >= from-12; j-- {
		if !s.tw(wSpeech, j) {
			continue
		}
		sp := s.speakerOf(j, func(*mention) bool { return true })
		if sp == nil || sp.start >= j {
			return false
		}
		return s.ownAnaphor(src) || s.amongSpeakers(sp, j, func(info *entityInfo) bool {
			return info == src.info || info.State != "" && info.State == src.info.ID
		})
	}
	return false
}

// thirdPartyReport: the sentence also carries an attribution of its own, "according to" or a
// closing ", X said" after the trigger at t: what the speaker said comes through another
// source, which reports it (SCHEMA.md Modality rule 1).
func (s *sentenceCtx) thirdPartyReport(t int) bool {
	for i := s.a; i < s.b; i++ {
		if s.w.attribution.matchAt(s.tokens[:s.b], i) > 0 {
			return true
		}
	}
	return s.trailingAttribution(t, t+1) >= 0
}

// beforeAdverbs: the token before the trigger at t past its adverbs and an opening quotation
// mark ("would “unconditionally support”"), not before the clause start ca.
func (s *sentenceCtx) beforeAdverbs(t, ca int) int {
	m := t - 1
	for m > ca && (s.adverb(m) || isOpeningQuote(s.tokens[m].Text)) {
		m--
	}
	return m
}

// voicedStance: the stance verb after m is finite and the source its bare subject, with no
// auxiliary between ("Erdogan has said Ankara supports", "Fu Cong said his country backed",
// "said Washington continued to support"): in what the source's own speaker says, stating the
// stance is voicing it (SCHEMA.md Modality rule 1). "had backed" or "has supported" claim an
// earlier act, and are reported.
func (s *sentenceCtx) voicedStance(m int, src *mention) bool {
	if m-1 > src.end-1 && s.tokens[m].is("to") && (s.tw(wContinuation, m-1) || s.tw(wAspect, m-1)) {
		m -= 2 // "continued to support", "continues to back"
	}
	if src.end-1 != m {
		return false
	}
	for k := src.end; k < s.b && !s.trigAt(k); k++ {
		if s.tw(wAux, k) {
			return false // "had backed", "has supported": the adverb class holds these too
		}
	}
	return true
}

// ownAnaphor: the source is named by a possessive anaphor ("his country", "her
// government"): the speaker's own state or body.
func (s *sentenceCtx) ownAnaphor(src *mention) bool {
	return src.coref && (s.tw(wPossessive, src.start) || s.tw(wPossessive, src.start-1))
}

// amongSpeakers: ok holds for the speaker sp of the speech word at j, for another entity of
// a group anaphor at its place ("the three governments"), or for a name of the coordinated
// subject it ends ("Britain, France and Germany said").
func (s *sentenceCtx) amongSpeakers(sp *mention, j int, ok func(*entityInfo) bool) bool {
	for k := range s.mentions {
		if m := &s.mentions[k]; m.start == sp.start && ok(m.info) {
			return true
		}
	}
	for k := sp.start - 1; k >= s.a && (s.tokens[k].Text == "," || s.tokens[k].is("and")); k-- {
		m := s.mentionEndingAt(k, func(*mention) bool { return true })
		if m == nil {
			return false
		}
		if ok(m.info) {
			return true
		}
		k = m.start
	}
	return false
}

// outsideReport: the reporting cue at k does not report the trigger at t, which the text
// states as a fact beside the report:
//   - after the trigger, the cue opens a coordinated clause or verb phrase ("Germany delivered
//     a Patriot system last month, and Berlin said ...", "Hegseth visited Tokyo and said ...");
//   - after the trigger, the cue is the verb of a subject the trigger only describes, in an
//     apposition or relative clause after the sentence's opening name ("Michael McCaul, who
//     visited Taipei last month, said", "Bendjama of Algeria, the Arab member of the Council,
//     said");
//   - before the trigger, a temporal subordinator opens the trigger's clause after the cue
//     ("said they believed Russia had helped, after Kim visited the Cosmodrome", "Lai said
//     while visiting a base"): what the clause dates is presupposed, not reported.
func (s *sentenceCtx) outsideReport(k, t int) bool {
	if k > t {
		for j := t + 1; j < k; j++ {
			if s.tw(wClauseCoordinator, j) && (s.tokens[j-1].Text == "," || j+1 == k || s.tw(wAdverb, j+1) && j+2 == k) && !s.punctBetween(j, k) {
				return true
			}
		}
		return s.speakerAppositionHolds(t, k) || s.speakerRelativeHolds(t, k) || s.reportInsideRelative(t, k) ||
			s.reportInSubordinateAfter(t, k)
	}
	if s.coordinatedSubjectClause(k, t) {
		return true
	}
	for k2 := t + 1; k2 < s.b; k2++ {
		// "Zakharova said ..., while Choe, who was received by Lavrov on Friday, said ...":
		// the clause describes the second speaker; the first one's report ended before it.
		if s.tokens[k2].Text == "," && k2+1 < s.b && s.speakerRelativeHolds(t, k2+1) {
			return true
		}
	}
	if s.tw(wSpeechNoun, k) && s.statementRelative(k, t) {
		// "issued a joint statement that condemned X", "a communique which strongly
		// denounces Y": the relative clause's verb is what the statement does, the act itself
		// (SCHEMA.md Modality rule 1), as with a statement-verb participle.
		return true
	}
	for j := k + 1; j < t && j <= t-1; j++ {
		if s.tw(wSubordinator, j) && t-j <= 8 {
			return true
		}
		if s.tw(wSpeechNoun, k) && j-k <= 2 && t-j <= 3 &&
			s.tw(wStatementVerb, j) {
			// "a joint statement announcing sanctions on Iran Air": the statement makes the
			// announcement, which is the act (SCHEMA.md Modality rule 1).
			return true
		}
	}
	return false
}

// statementRelative: a relative pronoun follows the statement noun at k, right after it or
// after a date ("a statement on Monday that condemned"), and the trigger at t is the
// relative clause's verb.
func (s *sentenceCtx) statementRelative(k, t int) bool {
	for r := k + 1; r < t && r <= k+5; r++ {
		if s.tw(wThingRelative, r) {
			return (r == k+1 || s.dateBetween(k+1, r)) && s.relativeVerbAt(r+1, t)
		}
	}
	return false
}

// relativeVerbAt: only adverbs and aux-skip words ("strongly", "has also") stand from j up
// to the trigger at t, so the trigger is the verb right after a relative pronoun.
func (s *sentenceCtx) relativeVerbAt(j, t int) bool {
	for ; j < t; j++ {
		if !s.adverb(j) && !s.tw(wAuxSkip, j) {
			return false
		}
	}
	return true
}

// speakerRelativeHolds: the trigger at t lies in a relative clause set off by commas after
// a name ("Choe Son Hui, who was received by Lavrov in Moscow on Friday, said ...", "The
// ministry, which signed the accord in May, told reporters ..."), and the cue at k is the
// verb of saying right after the clause's closing comma: the clause describes the speaker,
// and the text states it as a fact (SCHEMA.md Modality rule 1 reports what is said, not who
// says it). Anywhere in the sentence, unlike speakerAppositionHolds: "X said ..., while Y,
// who ..., said ...". No verb of saying and no "that" between the opening and closing comma.
func (s *sentenceCtx) speakerRelativeHolds(t, k int) bool {
	c := k - 1
	for c > t && s.adverb(c) {
		c--
	}
	if c <= t || s.tokens[c].Text != "," || !(s.tw(wReportVerb, k) || s.dateLex != nil && s.dateLex.speech.matchAt(s.tokens, k, s.b) > 0) {
		return false
	}
	for j := t; j > s.a+1; j-- {
		if s.tw(wReportVerb, j) || s.tokens[j].is("that") {
			return false
		}
		if !s.tw(wWhRelative, j) || s.tokens[j-1].Text != "," {
			continue
		}
		if s.mentionEndingAt(j-1, func(*mention) bool { return true }) == nil {
			return false
		}
		for i := t + 1; i < c; i++ {
			if s.tw(wReportVerb, i) || s.tokens[i].is("that") {
				return false
			}
		}
		return true
	}
	return false
}

// reportInsideRelative: the cue at k, after the trigger at t, reports only a relative clause
// that follows the trigger's object, set off inside it by commas ("signed the treaty on
// Friday which, officials said, allows Moscow to ...") or as a subject pronoun before a verb
// of a clause with no relative word ("sanctions on several vessels it said had carried
// drones"): the trigger's own clause is stated by the text.
func (s *sentenceCtx) reportInsideRelative(t, k int) bool {
	if k+1 >= s.b {
		return false
	}
	// "which, officials said, allows": a relative word (words.tsv aside-relative), a comma,
	// the speaker, the cue, a comma
	for c := k - 1; c > t+1 && c >= k-5; c-- {
		if s.tokens[c].Text != "," {
			if !s.tokens[c].isWord() {
				break
			}
			continue
		}
		return s.tw(wAsideRelative, c-1) && s.tokens[k+1].Text == ","
	}
	// "vessels it said had carried": a pronoun subject, the cue, then the clause's verb
	return k-2 > t && s.tw(wSubjectPronoun, k-1) && s.tokens[k-2].isWord() && !s.tokens[k-2].isCap() &&
		!s.tw(wSpeech, k-2) && !s.tokens[k-2].is("and", "but", "that") && (s.tw(wAux, k+1) || s.tw(wBe, k+1))
}

// reportInSubordinateAfter: the cue at k, after the trigger at t, stands in a relative clause
// (opened by a words.tsv reported-relative) or a participle clause that follows the trigger ("adopted sanctions against Russia which
// targets the officials said to have organised the dispatch", "imposed sanctions on Iran Air
// on Tuesday, responding to what they said was Tehran's delivery"): it reports that clause,
// not the trigger's, which the text states. A cue a comma sets off as an attribution of its
// own (", officials said", ", the air force said on Friday") still reports the whole.
func (s *sentenceCtx) reportInSubordinateAfter(t, k int) bool {
	relative := func(j int) bool { return s.tw(wReportedRelative, j) }
	c := k - 1
	for c > t && s.tokens[c].Text != "," {
		c--
	}
	if c > t && k-c <= 4 {
		own := true
		for j := c + 1; j < k; j++ {
			own = own && !relative(j)
		}
		if own {
			return false
		}
	}
	for j := t + 1; j < k; j++ {
		if relative(j) {
			return true
		}
		if w := s.tokens[j]; s.tokens[j-1].Text == "," && w.isWord() && !w.isCap() && s.w.ends(eParticiple, w.Lower) {
			return true
		}
	}
	return false
}

// coordinatedSubjectClause: after the cue at k (before the trigger at t), ", and" or ", but"
// opens a clause with subjects of its own, names and their commas and "and", then at most
// two adverbs, then the trigger ("Hwang said Russia had acted like a criminal, and Japan,
// France and Britain also criticised the veto"): a second main clause the text states
// itself, not part of what the first subject said (SCHEMA.md Modality rule 1). "said ...,
// and that Japan criticised" continues the report: "that" is no name.
func (s *sentenceCtx) coordinatedSubjectClause(k, t int) bool {
	if k+1 < s.b && s.tokens[k+1].Text == "," {
		// "Kim received Lavrov on Saturday, state media said, and the two discussed ...": a
		// cue set off by commas reports what it stands in, the second conjunct included.
		return false
	}
	for j := k + 2; j+1 < t; j++ {
		if !s.tw(wClauseJoin, j) || s.tokens[j-1].Text != "," {
			continue
		}
		i := j + 1
		named := false
		for i < t {
			m := s.mentionAt(i)
			if m == nil && s.tw(wArticle, i) {
				m = s.mentionAt(i + 1) // "and the United Kingdom"
			}
			if m != nil {
				named, i = true, m.end
				continue
			}
			if s.roles != nil {
				// "while the US Security Council spokesman, Sean Savett, condemned": the
				// subject's role noun between its names
				if n := s.roles.matchAt(s.tokens[:t], i); n > 0 && (named || s.tokens[i-1].isCap() || s.tw(wArticle, i-1)) {
					i += n
					continue
				}
			}
			if named && s.tokens[i].Text == "," {
				if c := s.participleAside(i, t); c > i {
					// "and Amar Bendjama of Algeria, speaking for the Arab Group, condemned"
					i = c + 1
					continue
				}
			}
			if named && (s.tokens[i].Text == "," || s.tokens[i].is("and", "of")) {
				i++ // "Amar Bendjama of Algeria"
				continue
			}
			break
		}
		if !named {
			continue
		}
		for n := 0; n < 2 && i < t && s.tw(wAdverb, i); n++ {
			i++
		}
		if i == t {
			return true
		}
	}
	return false
}

// participleAside: the comma at c opens a participle phrase set off by commas ("speaking for
// the Arab Group,", an -ing word first) that closes before t; it returns the closing comma,
// or -1.
func (s *sentenceCtx) participleAside(c, t int) int {
	if c+1 >= t || !s.w.ends(eParticiple, s.tokens[c+1].Lower) {
		return -1
	}
	for k := c + 2; k < t && k <= c+10; k++ {
		if s.tokens[k].Text == "," {
			return k
		}
	}
	return -1
}

// speakerAppositionHolds: the sentence opens with a name and a comma, the trigger at t lies
// after that comma, and the cue at k is a verb right after a later comma: the trigger is in an
// apposition or relative clause of the cue's subject.
func (s *sentenceCtx) speakerAppositionHolds(t, k int) bool {
	c := k - 1
	for c > t && s.adverb(c) {
		c--
	}
	if c <= t || s.tokens[c].Text != "," || !s.tw(wReportVerb, k) {
		return false
	}
	m := s.mentionAt(s.a)
	if m == nil && s.a+1 < s.b && s.tw(wArticle, s.a) {
		m = s.mentionAt(s.a + 1)
	}
	if m == nil {
		return false
	}
	first := m.end
	if first+1 < s.b && s.tokens[first].is("of") {
		if o := s.mentionAt(first + 1); o != nil {
			first = o.end // "Amar Bendjama of Algeria,"
		}
	}
	if first >= s.b || s.tokens[first].Text != "," || first >= t {
		return false
	}
	for j := first + 1; j < c; j++ {
		if s.tw(wReportVerb, j) || s.tokens[j].is("that") {
			return false
		}
	}
	return true
}

const (
	cueNegation = 1 << iota
	cueDenial
	cueSpeculative
	cueReported
	cueEllipsis
	cuePlan
)

// cues marks, once per sentence, where each class of cue phrase starts (read by s.cue).
func (x *Extractor) cues(s *sentenceCtx) {
	if s.cueMarks != nil {
		return
	}
	s.scratch.cueMarks = zeroed(s.scratch.cueMarks, s.b-s.a)
	s.cueMarks = s.scratch.cueMarks
	lx := x.lex
	starts, known := phraseBits(&lx.idioms, &lx.negation, &lx.denial, &lx.spec, &lx.plan, &lx.reported, &lx.ellipsis)
	for k := s.a; k < s.b; k++ {
		if w := s.tokens[k].word; known && w != nil && w.starts&starts == 0 {
			continue // no cue phrase starts here: most tokens
		}
		if len(s.dateMentions) > 0 && s.inDateMention(k) {
			continue // "in May": a month, not a hedge
		}
		if n := x.lex.idioms.matchAt(s.tokens[:s.b], k); n > 0 {
			k += n - 1 // marks stay zero across the idiom
			continue
		}
		var m uint8
		if x.lex.negation.matchAt(s.tokens, k) > 0 {
			m |= cueNegation
		}
		if x.lex.denial.matchAt(s.tokens, k) > 0 {
			m |= cueDenial
		}
		if x.lex.spec.matchAt(s.tokens, k) > 0 {
			m |= cueSpeculative
		}
		if x.lex.plan.matchAt(s.tokens, k) > 0 {
			m |= cuePlan
		}
		if x.lex.reported.matchAt(s.tokens, k) > 0 {
			m |= cueReported
		}
		if x.lex.ellipsis.matchAt(s.tokens[:s.b], k) > 0 {
			m |= cueEllipsis
		}
		s.cueMarks[k-s.a] = m
	}
}

// inRestrictiveRelative reports whether a date at start, after the trigger at t, lies in a
// relative clause opened by "that" after the trigger's object and followed by the clause's
// subject ("denounced the sanctions that ECOWAS imposed ... in 2023"). A clause on the
// trigger noun itself dates it ("arms sales to Taiwan that Washington approved last month");
// "that" after a verb of saying opens a report, not a relative clause ("said that ...").
func (s *sentenceCtx) inRestrictiveRelative(t, start int) bool {
	if start <= t || s.dateLex == nil {
		return false
	}
	object := false // a determiner opens the trigger's object: the clause is about the object
	for k := t + 1; k+1 < start; k++ {
		if s.tw(wObjectDeterminer, k) {
			object = true
		}
		if !object || !s.tokens[k].is("that") || s.tokens[k-1].Text == "," || s.dateLex.speech.endsAt(s.tokens, k, s.a) > 0 {
			continue
		}
		next := s.tokens[k+1]
		if next.isCap() || s.tw(wSubjectPronoun, k+1) || s.tw(wPossessive, k+1) || next.is("the") {
			return true
		}
	}
	return false
}

// ownDate reports whether the clause of the trigger at t holds a date expression of its own
// (one giving no date included: "last week", "by March"), leaving out one inside another
// noun phrase ("the December 2022 summit", reldates.go attributiveEnd) and those of a relative
// clause after the trigger ("signed the Treaty, which deepens the Charter concluded in
// September 2023").
func (s *sentenceCtx) ownDate(t int, speech bool) bool {
	da, db := s.dateClauseOf(t)
	for _, d := range s.dateMentions {
		if d.start < da || d.end > db || speech && d.start > t && s.objectEventDate(d, t+1) || d.end <= t && s.inExample(d) || !d.reaches(t) {
			continue
		}
		relative := false
		for k := t + 1; k < d.start && !relative; k++ {
			relative = s.tw(wRelative, k)
		}
		if !relative {
			return true
		}
	}
	return false
}

// dates: the dates of the date expression nearest the trigger (dates.go, reldates.go).
func (s *sentenceCtx) dates(t int) []string {
	return s.datesAmong(s.dateMentions, t)
}

// datesAmong is dates over the given candidates: attachDates leaves out those that belong
// to another event of the sentence.
func (s *sentenceCtx) datesAmong(all []dateMention, t int) []string {
	ca, cb := s.dateClauseOf(t)
	if k := slices.IndexFunc(all, func(d dateMention) bool { return s.inRestrictiveRelative(t, d.start) }); k >= 0 {
		// "denounced the sanctions that ECOWAS imposed on Niger in 2023": 2023 is the
		// imposing's, and the denouncing has no date in its clause.
		kept := make([]dateMention, 0, len(all))
		for _, d := range all {
			if !s.inRestrictiveRelative(t, d.start) {
				kept = append(kept, d)
			}
		}
		all = kept
	}
	if j := s.circumstanceAfterReport(t); j >= 0 {
		// "Blinken said on Tuesday, as Washington announced sanctions": what the writer tells
		// beside the report happened on the report's day.
		own := slices.Clone(all)
		for i := range own {
			if own[i].speech >= 0 && own[i].end == j-1 {
				own[i].speech = -1
			}
		}
		all = own
	}
	return relationDates(s.tokens, all, t, ca, cb, s.aspectAt, func(k int) bool { return s.tw(wSubordinator, k) })
}

// aspectAt: an aspect verb at k, perhaps after auxiliaries and the words of class
// aspect-lead ("which is expected to take place in 2024", "which will begin on Monday").
func (s *sentenceCtx) aspectAt(k int) bool {
	for ; k < s.b; k++ {
		switch {
		case s.tw(wAspect, k):
			return true
		case s.tw(wAux, k) || s.tw(wBe, k) || s.tw(wAspectLead, k):
		default:
			return false
		}
	}
	return false
}

// dateClauseOf is the clause of token i for dates: clauseOf, cut also where a coordinated
// clause with a subject or a date of its own begins ("Albanese arrived on Friday night, and
// Modi touched down early on Saturday": each event has its own date).
func (s *sentenceCtx) dateClauseOf(i int) (int, int) {
	ca, cb := s.clauseOf(i)
	for k := ca + 1; k < cb; k++ {
		// The class bit first: few tokens are clause joins, and the call costs more.
		if !s.tw(wClauseJoin, k) || !s.clauseOpensAt(k) {
			continue
		}
		if k <= i {
			ca = k
		} else {
			cb = k
			break
		}
	}
	return ca, cb
}

// clauseOpensAt: ", and" (or but, while, whereas) at k opens a clause of its own when a
// pronoun, a name or a date follows; after a name it goes on a list ("Mali, Niger, and
// Burkina Faso").
func (s *sentenceCtx) clauseOpensAt(k int) bool {
	if k-1 <= s.a || k+1 >= s.b || !s.tw(wClauseJoin, k) || s.tokens[k-1].Text != "," {
		return false
	}
	if s.tw(wPronoun, k+1) || s.tw(wSubjectPronoun, k+1) {
		return true
	}
	for _, d := range s.dateMentions {
		if d.start == k+1 || d.start == k+2 && s.tokens[k+1].is("on", "in") { // ", and on 8 May he ..."
			return true
		}
	}
	return s.mentionAt(k+1) != nil && s.mentionEndingAt(k-1, func(*mention) bool { return true }) == nil
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// passive: "have been sent", "was vetoed" (adverbs in between allowed).
func (s *sentenceCtx) passive(t int) bool {
	if s.w.ends(eParticiple, s.tokens[t].Lower) {
		return false // "may be sharing": progressive, not passive
	}
	if t+2 < s.b && s.tokens[t+1].is("for") && s.w.ends(ePast, s.tokens[t].Lower) && !s.tokens[t+2].isCap() && s.w.ends(eParticiple, s.tokens[t+2].Lower) {
		// "senior generals sanctioned for sending troops", "suppliers designated for providing
		// parts": a transitive participle with a gerund's reason and no object of its own is a
		// reduced passive; the names before it are its objects, not its doers.
		return true
	}
	if t-2 >= s.a && (s.tokens[t-1].Text == "," || s.tw(wConjunction, t-1)) &&
		s.w.ends(ePast, s.tokens[t-2].Lower) && s.passive(t-2) {
		return true // "was blocked, rammed and boarded by": a participle coordinated with a passive one
	}
	for k := t - 1; k >= s.a && k >= t-3; k-- {
		if s.tw(wBe, k) {
			return true
		}
		if !s.adverb(k) {
			return false // "was also sanctioned by", "were later condemned by": words.tsv adverbs too
		}
	}
	return false
}

func (s *sentenceCtx) mentionAt(i int) *mention {
	for k := range s.mentions {
		if s.mentions[k].start == i {
			return &s.mentions[k]
		}
	}
	return nil
}

func (s *sentenceCtx) mentionEndingAt(i int, ok func(*mention) bool) *mention {
	for k := range s.mentions {
		if s.mentions[k].end == i && ok(&s.mentions[k]) {
			return &s.mentions[k]
		}
	}
	return nil
}

// nearestLeft is the closest acceptable mention before t in the clause; possessives
// ("Kim's invitation") are skipped unless allowPossessive.
func (s *sentenceCtx) nearestLeft(t, ca int, ok func(*mention) bool, allowPossessive bool) *mention {
	for k := len(s.mentions) - 1; k >= 0; k-- {
		m := &s.mentions[k]
		if m.end > t || m.start < ca {
			continue
		}
		if ok(m) && (allowPossessive || !m.possessive) && !s.inApposition(m, t) {
			return m
		}
	}
	return nil
}

// appositionHead: in "Kim Yo Jong, the sister of Kim Jong Un, criticized Seoul" the subject
// is the name before the apposition, not the one inside it.
func (s *sentenceCtx) appositionHead(m *mention, t int, ok func(*mention) bool) *mention {
	if m == nil {
		return nil
	}
	closing := t - 1
	for closing > m.end && s.w.ends(eAdverb, s.tokens[closing].Lower) {
		closing-- // "..., has consistently condemned"
	}
	for closing > m.end && (s.tw(wAuxSkip, closing) || s.tw(wAux, closing) || s.tw(wBe, closing)) {
		closing-- // "..., was received by", "..., will be deployed"
	}
	if closing < m.end || s.tokens[closing].Text != "," {
		return nil
	}
	// An office may hold two titles joined by "and" ("General Secretary of the Party and
	// President of the State Affairs of the Republic,"): up to 24 tokens back.
	for k := m.start - 1; k > s.a && k >= m.start-24; k-- {
		if s.tokens[k].Text != "," {
			continue
		}
		if s.listBetween(k+1, m.start) && k-3 > s.a {
			continue // ", together with the United States, Japan and the European Union,": a list's comma
		}
		if s.namesJoined(k+1, m.start) {
			// h44csrc2: "Brazil, Chile, the Dominican Republic and Mexico, have sent": names
			// joined by "and" after the comma continue the list m closes, as a capitalised
			// member does below; "the" before a member opens no apposition.
			return nil
		}
		if s.tokens[k+1].isCap() && (m.info.Type == TypePerson || !s.tokens[m.start-1].is("of", "the")) {
			return nil // "..., Ambassador Hwang, has condemned": the name is the subject
		}
		// "Assimi Goita, President of the Transition of the Republic of Mali, arrived": the
		// state of the apposition's office is no subject; the head before it is.
		// "The Republic of Korea (ROK, or South Korea), a U.S. treaty ally, has condemned":
		// the head's short form in brackets may stand between it and the comma.
		return s.nameBeforeComma(k, ok)
	}
	return nil
}

// namesJoined: tokens [a, b) are only names (perhaps after "the") joined by commas and at
// least one "and"/"or": the members of a list before its last name, no apposition.
func (s *sentenceCtx) namesJoined(a, b int) bool {
	conj := false
	for k := a; k < b; {
		m := s.mentionAt(k)
		if m == nil && s.tokens[k].is("the") {
			k++
			continue
		}
		if m == nil || m.possessive {
			return false
		}
		k = m.end
		if k < b && s.tokens[k].Text == "," {
			k++
		}
		if k < b && s.tw(wConjunction, k) {
			conj = true
			k++
		}
	}
	return conj
}

// listBetween: tokens [a, b) are list members (names, perhaps after "the") joined by commas
// and "and", and the token before a opens a comitative list ("together with", "along with")
// somewhere before: the comma before a is inside that list.
func (s *sentenceCtx) listBetween(a, b int) bool {
	k := a
	for k < b {
		if s.tokens[k].is("the") {
			k++
			continue
		}
		if m := s.mentionAt(k); m != nil {
			k = m.end
			if k < b && s.tokens[k].is(",", "and") {
				k++
			}
			continue
		}
		return false
	}
	for j := a - 2; j > s.a && j >= a-12; j-- {
		// The comitative word itself, or a "with" after it: "Together with" may open the
		// sentence, where the loop does not reach.
		if s.tw(wComitative, j) || s.tokens[j].is("with") && s.tw(wComitative, j-1) {
			return true
		}
	}
	return false
}

// appositiveThat: "the CSTO, the Moscow-led bloc that includes Armenia", "the Houthis, a
// militia which has attacked shipping": a subject relative ("that", "which", "who", with
// auxiliaries and adverbs before the verb at t, not a passive "be") on an apposition's head
// noun; the relative's subject is the name before the apposition's comma (appositionRelativeHead).
func (s *sentenceCtx) appositiveThat(t int, ok func(*mention) bool) *mention {
	ca := t - 1
	for ca > s.a && (s.tw(wAdverb, ca) || s.tw(wAux, ca) && !s.tw(wBe, ca)) {
		ca-- // "that also includes", "which has attacked"
	}
	if ca <= s.a || !s.tw(wThingRelative, ca) && !(s.tw(wObjectRelative, ca) && !s.tw(wObliqueRelative, ca)) {
		return nil
	}
	return s.appositionRelativeHead(ca, ok)
}

// appositionRelativeHead: the relative pronoun at r follows the head noun of a plain
// apposition, opened by an article after a comma and naming nobody but in a name glued to a
// participle ("the Moscow-led bloc", "a DPRK-based firm"): the name before that comma (or
// before its "(ACRONYM)"), which the relative clause describes (argument finding, shared
// mechanism: subject relatives in appositiveThat, object relatives in relativeObject). nil for
// an act noun ("a step that"), which stands for the clause before it (actAppositionDoer).
func (s *sentenceCtx) appositionRelativeHead(r int, ok func(*mention) bool) *mention {
	if r <= s.a+3 || !s.tokens[r-1].isWord() || s.tokens[r-1].isCap() || s.tw(wActApposition, r-1) {
		return nil
	}
	for k := r - 1; k > s.a && k >= r-8; k-- {
		tk := s.tokens[k]
		if tk.Text != "," {
			if m := s.mentionAt(k); m != nil && m.end < r && s.tokens[m.end].Text == "-" {
				k = m.start // "the Moscow-led bloc": a name glued to a participle modifies the head
				continue
			}
			if m := s.mentionAt(k); !tk.isWord() && tk.Text != "-" || m != nil && !m.coref {
				return nil // a name or punctuation inside: no plain apposition ("a militia", an anaphor, is its head)
			}
			continue
		}
		if !s.tw(wArticle, k+1) {
			return nil
		}
		if m := s.mentionEndingAt(k, ok); m != nil {
			return m
		}
		if s.tokens[k-1].Text == ")" {
			for j := k - 2; j > s.a && j >= k-6; j-- {
				if s.tokens[j].Text == "(" {
					return s.mentionEndingAt(j, ok)
				}
			}
		}
		return nil
	}
	return nil
}

// nameBeforeComma: the name ending right before the comma at c, or the name before its short
// form in brackets there ("Korea Mining Development Trading Corporation (KOMID), which", "The
// Republic of Korea (ROK, or South Korea), a U.S. treaty ally,").
func (s *sentenceCtx) nameBeforeComma(c int, ok func(*mention) bool) *mention {
	if m := s.mentionEndingAt(c, ok); m != nil {
		return m
	}
	if c-1 > s.a && s.tokens[c-1].Text == ")" {
		for j := c - 2; j > s.a && j >= c-8; j-- {
			if s.tokens[j].Text == "(" {
				return s.mentionEndingAt(j, ok)
			}
		}
	}
	return nil
}

// relativeSubject: in "Zelensky, who visited Washington" the clause opened by "who" has the
// name before the comma as its subject.
func (s *sentenceCtx) relativeSubject(ca int, ok func(*mention) bool) *mention {
	if ca > s.a+1 && s.tw(wWhRelative, ca) && s.tokens[ca-1].Text == "," {
		if s.tokens[ca].is("who") {
			// "who" stands for a person, never for the state of an apposition before it.
			person := ok
			ok = func(m *mention) bool { return person(m) && m.info.Type == TypePerson }
		}
		if m := s.nameBeforeComma(ca-1, ok); m != nil {
			return m
		}
		// "Michael McCaul, chairman of the committee, who visited Taipei": the relative
		// clause follows an apposition; its antecedent is the name before that.
		for k := ca - 2; k > s.a && k >= ca-16; k-- {
			if s.tokens[k].Text == "," {
				return s.mentionEndingAt(k, ok)
			}
		}
	}
	return nil
}

// coordinatedVerbSubject: "The administration accused Iran of X, and announced sanctions on
// Y": after ", and" + verb the subject is the clause's first name, not the nearest one.
func (s *sentenceCtx) coordinatedVerbSubject(m *mention, t, ca int, ok func(*mention) bool) *mention {
	if m == nil {
		return nil
	}
	if k := m.end; k+1 < t && s.tokens[k].is("and") && s.coordinatedVerbAt(k+1, t) {
		// "Hegseth visited Japan and the Philippines and reaffirmed support for Taiwan": the
		// names before "and" + a verb are the first verb's objects; the clause's first name
		// is the subject of both verbs.
		// So are names in a prepositional phrase of that object ("condemned Russia's war of
		// aggression against Ukraine and reaffirmed their support for Ukraine"), but not the
		// agents of a participle ("welcomed the agreement signed by Kyrgyzstan and Tajikistan
		// and voiced ...", whose own "its" may stand for one of them).
		if list := s.leftGroup(m, ok); len(list) > 0 && list[0].start > ca && s.tokens[list[0].start-1].isWord() &&
			!s.tokens[list[0].start-1].isCap() && (s.w.ends(ePast, s.tokens[list[0].start-1].Lower) || s.tw(wPreposition, list[0].start-1) && !s.tokens[list[0].start-1].is("by") && s.pastVerbBefore(ca, list[0].start-1)) {
			for j := range s.mentions {
				if first := &s.mentions[j]; first.start >= ca && first.end < list[0].start && ok(first) && !first.possessive && !s.modifier(first) {
					return first
				}
			}
		}
	}
	for k := m.end; k+2 <= t; k++ {
		if s.tokens[k].Text == "," && s.tokens[k+1].is("and") && s.tokens[k+2].isWord() && !s.tokens[k+2].isCap() &&
			!s.tw(wArticle, k+2) {
			for j := range s.mentions {
				if first := &s.mentions[j]; first.start >= ca && first.end <= m.start && ok(first) && !first.possessive {
					return first
				}
			}
			return nil
		}
	}
	return nil
}

// coordinatedVerbAt: a verb opens at k, before t, after a coordinating "and": a lower-case word
// in -ed ("and reaffirmed"), or any lower-case word that is no article, preposition or name
// after one to three auxiliaries or adverbs ("and will continue", "and has also pledged").
func (s *sentenceCtx) coordinatedVerbAt(k, t int) bool {
	aux := false
	for n := 0; k < t && n < 3 && (s.tw(wAux, k) || aux && s.adverb(k)) && s.mentionAt(k) == nil; n++ {
		aux, k = true, k+1
	}
	if k >= t || !s.tokens[k].isWord() || s.tokens[k].isCap() || s.mentionAt(k) != nil {
		return false
	}
	if !aux {
		return s.w.ends(ePast, s.tokens[k].Lower)
	}
	return !s.tw(wArticle, k) && !s.tw(wPreposition, k) && !s.tw(wFunction, k) && !s.tw(wBe, k)
}

// pastVerbBefore: a lower-case word in -ed, no name, stands in [ca, k): the verb whose object
// phrase runs on to k.
func (s *sentenceCtx) pastVerbBefore(ca, k int) bool {
	for j := ca; j < k; j++ {
		if tk := s.tokens[j]; tk.isWord() && !tk.isCap() && s.w.ends(ePast, tk.Lower) && s.mentionAt(j) == nil {
			return true
		}
	}
	return false
}

// inApposition: m sits in ", a NATO member," between the subject and the trigger at t.
func (s *sentenceCtx) inApposition(m *mention, t int) bool {
	open, close := -1, -1
	for k := m.start - 1; k >= s.a && k >= m.start-4; k-- {
		if s.tokens[k].Text == "," {
			open = k
			break
		}
	}
	for k := m.end; k < t && k <= m.end+3; k++ {
		if s.tokens[k].Text == "," {
			close = k
			break
		}
	}
	// h44csrc2: "Brazil, Chile, the Dominican Republic and Mexico, have sent": names joined by
	// "and" between the comma and m continue a list that m closes; "the" before a member
	// opens no apposition.
	return open > s.a && close > 0 && s.tw(wArticle, open+1) && s.mentionEndingAt(open, func(*mention) bool { return true }) != nil &&
		!s.namesJoined(open+1, m.start)
}

// pronounIn: a subject pronoun stands between ca and t ("Umerov, whom he met": the relative
// clause's own subject, resolved to a name outside it).
func (s *sentenceCtx) pronounIn(ca, t int) bool {
	for k := ca + 1; k < t; k++ {
		if s.tw(wPronoun, k) {
			return true
		}
	}
	return false
}

// pronounSubject resolves "he"/"his" before the trigger to the latest person before it, in
// this sentence or the previous one.
func (s *sentenceCtx) pronounSubject(t, ca int, ok func(*mention) bool) *mention {
	for k := t - 1; k >= ca; k-- {
		if !s.tw(wPronoun, k) {
			continue
		}
		return s.resolvePronoun(k, ok)
	}
	return nil
}

// resolvePronoun: "he" at k stands for the first person of the sentence before it that is
// not inside a prepositional phrase ("Lavrov's visit to Beijing, where he held talks with
// Mr. Wang and where he also met Xi": Lavrov), else the previous sentence's.
func (s *sentenceCtx) resolvePronoun(k int, ok func(*mention) bool) *mention {
	if ca, _ := s.clauseOf(k); ca > s.a+1 && ca < k && s.tokens[ca-1].Text == "," && s.tw(wClause, ca) {
		// "..., and Misri visited Beijing, where he met Wang Yi": the subject of the clause
		// the relative clause hangs on.
		pa, _ := s.clauseOf(ca - 2)
		person := func(m *mention) bool { return m.info.Type == TypePerson && ok(m) && !s.inPP(m) }
		end := ca - 1
		if s.tw(wObliqueRelative, ca) {
			// "thanked Umerov, whom he met in Ramstein": the subject of an object relative is
			// not its antecedent; it is the person before that.
			if ante := s.mentionEndingAt(ca-1, person); ante != nil {
				end = ante.start
			}
		}
		if m := s.nearestLeft(end, pa, person, false); m != nil {
			return m
		}
	}
	for j := range s.mentions {
		if m := &s.mentions[j]; m.end <= k && m.info.Type == TypePerson && ok(m) && !s.inPP(m) {
			return m
		}
	}
	for j := range s.prev {
		if m := &s.prev[j]; m.info.Type == TypePerson && ok(m) {
			if m.coref && groupMember(s.prev, m) {
				return nil // "The two leaders said ... . He also met": either of them
			}
			return m
		}
	}
	return nil
}

// groupMember: m is one of several people a single anaphor stands for ("the two leaders"),
// no one person a later "he" could continue.
func groupMember(mentions []mention, m *mention) bool {
	for k := range mentions {
		if o := &mentions[k]; o.coref && o.start == m.start && o.info != m.info && o.info.Type == TypePerson {
			return true
		}
	}
	return false
}

// firstRight is the first acceptable mention after te in the clause, other than not.
func (s *sentenceCtx) firstRight(te, cb int, ok func(*mention) bool, not *mention) *mention {
	for k := range s.mentions {
		m := &s.mentions[k]
		if m.start >= te && m.end <= cb && ok(m) && (not == nil || m.info != not.info) {
			return m
		}
	}
	return nil
}

// afterWord finds an acceptable mention within reach tokens after the word w.
func (s *sentenceCtx) afterWord(te, cb int, w string, ok func(*mention) bool, reach int) *mention {
	for k := te; k < cb && k < te+reach; k++ {
		if s.tokens[k].Lower != w || s.tw(wPrepIdiom, k-1) {
			continue // "according to U.S. officials", "due to": no target's preposition
		}
		for j := range s.mentions {
			m := &s.mentions[j]
			if m.start <= k || m.start > k+6 || m.end > cb {
				continue
			}
			if s.otherPrepBetween(k+1, m.start) {
				break // "going to win in Ukraine": Ukraine is the object of "in", not of "to"
			}
			if w == "to" && m.possessive && m.coref && s.verbBetween(k+1, m.start) {
				break // "gives China an opportunity to test its weapons": "to" opens a verb
			}
			if s.purposeTo(k, m, cb) {
				break // "sent warships to track the Chinese forces"
			}
			if !ok(m) {
				if p := s.namedPlaceOf(m, cb, ok); p != nil {
					return p // "arrived in the North Korean coastal city of Wonsan"
				}
				if p := s.titledPerson(m, cb, ok); p != nil {
					return p // "handed it to US Secretary of State Antony Blinken": the person the title qualifies
				}
				if s.modifier(m) || m.demonym {
					continue
				}
				break // "deliveries to Hezbollah through Syria": the object of "to" is Hezbollah
			}
			// "troops to Russia's Kursk region": the place, not its country.
			if m.possessive && j+1 < len(s.mentions) && s.mentions[j+1].start == m.end+1 && ok(&s.mentions[j+1]) {
				return &s.mentions[j+1]
			}
			if p := s.namedPlaceOf(m, cb, ok); p != nil {
				return p // "to the Russian port of Vladivostok": the port, not Russia
			}
			if p := s.titledPerson(m, cb, ok); p != nil {
				return p
			}
			return m
		}
	}
	return nil
}

// verbBetween: a lower-case word other than a function word stands in [a, b) before a
// possessive pronoun, which can only be a verb's ("to test its"; "to all its allies" and "to
// its allies" keep the pronoun as the preposition's object).
func (s *sentenceCtx) verbBetween(a, b int) bool {
	for k := a; k < b; k++ {
		if tk := &s.tokens[k]; tk.isWord() && !tk.isCap() && !s.tw(wFunction, k) && !s.adverb(k) {
			return true
		}
	}
	return false
}

// titledPerson: a state or body that opens a title before a person's name ("the visit of
// Chinese Foreign Minister Wang Yi", "of then-U.S. House Speaker Nancy Pelosi", "NATO Secretary
// General Mark Rutte") qualifies the person, who heads the phrase and is the argument.
func (s *sentenceCtx) titledPerson(m *mention, cb int, ok func(*mention) bool) *mention {
	if m.possessive || m.info.Type != TypeState && m.info.Type != TypeInstitution {
		return nil
	}
	// A body that ends an office's complement ("Secretary of the Treasury Janet Yellen") has
	// the person right after it.
	inTitle := m.start-2 > s.a && s.tokens[m.start-1].is("the") && s.tw(wOfficeLink, m.start-2) && s.tokens[m.start-3].isCap()
	for k := m.end; k < cb && k < m.end+7; k++ {
		if p := s.mentionAt(k); p != nil {
			if (k > m.end || inTitle) && p.info.Type == TypePerson && ok(p) {
				return p
			}
			return nil
		}
		if !s.tokens[k].isCap() && !(k > m.end && s.tw(wOfficeLink, k) && s.tokens[k-1].isCap()) {
			return nil // "U.S. Secretary of State Antony Blinken": "of" inside the title
		}
	}
	return nil
}

// namedPlaceOf: after the demonym m, a place noun or two and "of" + a name ("the Russian port
// of Vladivostok", "the Ukrainian city of Kharkiv"): that name, when ok; else nil.
func (s *sentenceCtx) namedPlaceOf(m *mention, cb int, ok func(*mention) bool) *mention {
	if !m.demonym {
		return nil
	}
	k := m.end
	for k < cb && k < m.end+4 && (s.tw(wPlaceHead, k) || s.tw(wSiteHead, k) ||
		// "the North Korean coastal city of Wonsan": lower-case modifiers before the head.
		s.tokens[k].isWord() && !s.tokens[k].isCap() && !s.tw(wFunction, k) && !s.tokens[k].is("of")) {
		k++
	}
	if k == m.end || k+1 >= cb || !s.tokens[k].is("of") || !(s.tw(wPlaceHead, k-1) || s.tw(wSiteHead, k-1)) {
		return nil
	}
	if p := s.mentionAt(k + 1); p != nil && p.info.Type == TypePlace && ok(p) {
		return p
	}
	return nil
}

// afterPrep finds the first acceptable mention that follows one of preps within eight
// tokens of the trigger.
func (s *sentenceCtx) afterPrep(te, cb int, preps []string, ok func(*mention) bool, not *mention) *mention {
	// The trigger's own last word may be the preposition ("members of"). A name counts as
	// one word of the reach, and a preposition inside it is no target's ("the launch by the
	// Democratic People's Republic of Korea (DPRK) of a Chollima-1").
	end := te
	for n := 0; end < cb && n < 14; n++ {
		if m := s.mentionAt(end); m != nil && m.end > end {
			end = m.end
			continue
		}
		end++
	}
	inName := -1 // the end of the name the scan is in
	for k := te - 1; k < end; k++ {
		if k > te && s.trigAt(k) && !(s.tw(wPlaceHead, k) && s.mentionEndingAt(k, func(*mention) bool { return true }) != nil) &&
			!s.modifiesCompound(k) {
			// "the visit ... for a potential visit of Putin to": the next trigger's own; but a
			// noun after a name ("strikes against Houthi targets in Yemen") is no verb, and a
			// trigger noun that only modifies a compound head is no act ("strikes on radar
			// sites and launch sites in Yemen": the scan goes on to "in Yemen").
			break
		}
		if m := s.mentionAt(k); m != nil && m.end > inName {
			inName = m.end
		}
		if k < inName && s.mentionAt(k) == nil {
			continue // "of" in "Republic of Korea"
		}
		if k >= te && k >= inName && (s.tw(wAux, k) || s.tw(wBe, k)) && s.tokens[k].isWord() && !s.tokens[k].isCap() {
			// "Russian support may be limited by the demands of the war in Ukraine": a verb
			// group ends the noun's phrase; what follows is the verb's, not the noun's.
			break
		}
		if k == te && k+1 < cb && s.w.ends(ePast, s.tokens[k].Lower) && !s.tokens[k].isCap() && s.mentionAt(k) == nil &&
			(s.tw(wArticle, k+1) || s.tw(wDeterminer, k+1) || s.tokens[k+1].is("no")) {
			// "the Russian visit posed no threat to the United States", "the deployment drew a
			// warning to Beijing": a past verb with its own object right after the noun opens
			// the predicate; its object's complements are not the noun's.
			break
		}
		if k > te && k+1 < cb && s.tw(wConjunction, k) && s.tw(wArticle, k+1) && s.mentionEndingAt(k, func(*mention) bool { return true }) == nil {
			// "support for terrorism and a violation of Mali's sovereignty": an unnamed object
			// coordinated with a new noun phrase; the names there are not the trigger's.
			break
		}
		if k > te && s.conjoinedVerbPhrase(k) {
			// "its full support to the mediators and directs the President of the Commission":
			// a second verb with its own object ends the noun's phrase.
			break
		}
		if !typeIn(s.tokens[k].Lower, preps) || s.tw(wPrepIdiom, k-1) {
			continue
		}
		for j := range s.mentions {
			m := &s.mentions[j]
			if m.start <= k || m.start > k+5 || m.end > cb || s.punctBetween(k, m.start) {
				continue
			}
			if s.verbPhraseBetween(k, m.start) {
				break // "its full support to the mediators and asked Togo to": Togo is asked
			}
			if s.againstBetween(k, m.start) {
				break // "transfers of missiles for use against Ukraine": Ukraine is the enemy, not the preposition's object
			}
			if s.channelBetween(k, m.start) {
				// "aid for the region through the U.S. Agency for International Development":
				// the name after "through" or "via" is the channel, not the aid's recipient
				// (words.tsv channel-prep; stop 44, h44supp).
				break
			}
			if s.purposeTo(k, m, cb) {
				break // "sending its warships to shadow the Chinese forces"
			}
			if !ok(m) || not != nil && m.info == not.info {
				if s.modifier(m) || m.demonym || not != nil && m.info == not.info {
					continue
				}
				break // the preposition's object is another kind of thing
			}
			if m.possessive && j+1 < len(s.mentions) && s.mentions[j+1].start == m.end+1 && ok(&s.mentions[j+1]) {
				return &s.mentions[j+1] // "to Russia's Kursk region"
			}
			return m
		}
	}
	return nil
}

// againstBetween: "against" stands between the preposition at k and a name at m, which is
// then the object of "against", not of k.
func (s *sentenceCtx) againstBetween(k, m int) bool {
	for j := k + 1; j < m; j++ {
		if s.tokens[j].is("against") {
			return true
		}
	}
	return false
}

// channelBetween: a channel preposition (words.tsv channel-prep: "through", "via") stands
// between the preposition at k and a name at m, which is then the channel's object, not k's.
func (s *sentenceCtx) channelBetween(k, m int) bool {
	for j := k + 1; j < m; j++ {
		if s.tw(wChannelPrep, j) {
			return true
		}
	}
	return false
}

// conjoinedVerbPhrase: the conjunction at k opens a coordinated verb phrase: an unnamed object
// ends before it, and the lower-case word after it, no preposition, article or determiner,
// takes an article or a name as its object ("... to the mediators and directs the
// President", "and asked Togo to").
func (s *sentenceCtx) conjoinedVerbPhrase(k int) bool {
	if k+2 >= s.b || !s.tw(wConjunction, k) || s.mentionEndingAt(k, func(*mention) bool { return true }) != nil {
		return false
	}
	v := s.tokens[k+1]
	if !v.isWord() || v.isCap() || s.mentionAt(k+1) != nil || s.tw(wPreposition, k+1) || s.tw(wFunction, k+1) ||
		s.tw(wArticle, k+1) || s.tw(wDeterminer, k+1) || s.tw(wAux, k+1) || s.tw(wBe, k+1) {
		return false
	}
	return s.tw(wArticle, k+2) || s.mentionAt(k+2) != nil && !s.mentionAt(k+2).possessive
}

// modifiesCompound: the trigger word at k only modifies the compound head after it (words.tsv
// compound-head: "launch sites", "test range"), naming a thing, not an act; a scan for a
// noun's target or included places goes on past it.
func (s *sentenceCtx) modifiesCompound(k int) bool {
	return k+1 < s.b && s.tw(wCompoundHead, k+1)
}

// verbPhraseBetween: a conjoined verb phrase opens between a and b.
func (s *sentenceCtx) verbPhraseBetween(a, b int) bool {
	for k := a + 1; k < b; k++ {
		if s.conjoinedVerbPhrase(k) {
			return true
		}
	}
	return false
}

// untilComma is the index of the first comma (or other clause punctuation) after k, or the
// sentence end.
func (s *sentenceCtx) untilComma(k int) int {
	for ; k < s.b; k++ {
		if s.tokens[k].is(",", ";", ":") {
			return k
		}
	}
	return s.b
}

func (s *sentenceCtx) punctBetween(a, b int) bool {
	for k := a + 1; k < b; k++ {
		if tx := s.tokens[k].Text; !s.tokens[k].isWord() && tx != "-" && tx != "'s" && tx != "\"" && tx != "\u201c" {
			return true // an opening quote does not separate a preposition from its object
		}
	}
	return false
}

// lastInNP is the last acceptable mention of the object noun phrase ("the United Nations'
// renewal of the Panel of Experts tasked with ...").
func (s *sentenceCtx) lastInNP(te, cb int, ok func(*mention) bool) *mention {
	end := cb
	for k := te + 1; k < cb; k++ {
		if m := s.mentionAt(k); m != nil && m.end > k+1 {
			k = m.end - 1 // "on" inside "UN Panel of Experts on the DPRK" ends no phrase
			continue
		}
		if s.tw(wNPStop, k) {
			end = k
			break
		}
		if k+1 < cb && s.w.ends(ePast, s.tokens[k].Lower) && s.tw(wPreposition, k+1) && !s.tokens[k+1].is("of") && s.covered(k-1) {
			// "vetoed the renewal of the Panel of Experts established under resolution 1874": a
			// participle after a name opens a reduced relative; the names in it modify the
			// object and are not vetoed.
			end = k
			break
		}
	}
	var last *mention
	for j := range s.mentions {
		m := &s.mentions[j]
		if m.start >= te && m.end <= end && ok(m) && !s.ofComplement(last, m) {
			last = m
		}
	}
	if last != nil {
		// "vetoed Resolution 1718 and the Treaty on ...": the last name's list, from its first
		// member, so that the caller's group takes them all.
		if g := s.leftGroup(last, ok); g[0].start >= te {
			return g[0]
		}
	}
	return last
}

// ofComplement: m is the "of" complement of the name prev right before it ("the Panel of
// Experts of the 1718 Sanctions Committee"): a name's own complement, not a later object.
func (s *sentenceCtx) ofComplement(prev, m *mention) bool {
	if prev == nil || m.start <= prev.end || !s.tokens[prev.end].is("of") {
		return false
	}
	k := prev.end + 1
	if k < m.start && s.tw(wArticle, k) {
		k++
	}
	return k == m.start
}

// plainModifier: a lower-case content word, no trigger ("missile", "drone": a class of weapon may be named).
func (s *sentenceCtx) plainModifier(j int) bool {
	tk := s.tokens[j]
	return tk.isWord() && !tk.isCap() && !s.tw(wFunction, j) && !s.trigAt(j)
}

// possessor is "X's" before the trigger, with only lower-case modifiers in between
// ("North Korea's unwavering backing").
func (s *sentenceCtx) possessor(t int) *mention {
	for k := len(s.mentions) - 1; k >= 0; k-- {
		m := &s.mentions[k]
		if !m.possessive || m.end+1 > t {
			continue
		}
		reach := 3
		for j := m.end + 2; j < t-1 && j <= m.end+4; j++ {
			if s.tw(wConjunction, j) && s.plainModifier(j-1) && s.plainModifier(j+1) {
				reach = 5 // "Russia's massive missile and drone attack": coordinated modifiers
			}
		}
		if t-(m.end+1) > reach {
			return nil
		}
		for j := m.end + 1; j < t; j++ {
			// A capitalised modifier that names nothing stays inside the phrase ("Moscow's Cold
			// War ally"); one that belongs to a name does not ("Russia's Wagner partners").
			if reach > 3 && s.tw(wConjunction, j) {
				continue
			}
			if tk := s.tokens[j]; tk.isCap() && s.covered(j) || !tk.isWord() && tk.Text != "-" && !isQuote(tk.Text) || s.tw(wFunction, j) {
				return nil
			}
			if s.trigAt(j) && j+1 < t && !s.tokens[j+1].is("-") {
				return nil // "Lavrov's visit follows two trips": the possessor is the earlier noun's
			}
		}
		return m
	}
	return nil
}

// covered: token k is inside a mention.
func (s *sentenceCtx) covered(k int) bool {
	for j := range s.mentions {
		if m := &s.mentions[j]; m.start <= k && k < m.end {
			return true
		}
	}
	return false
}

// attributive is a state named just before the trigger ("Russian assistance", "the D.P.R.K.
// weapon shipments", "the Russian full-scale invasion"), past a lower-case weapon noun that
// modifies the trigger as its instrument ("a Russian missile strike", "the Iranian drone
// attack").
func (s *sentenceCtx) attributive(t int, ok func(*mention) bool) *mention {
	for k := len(s.mentions) - 1; k >= 0; k-- {
		m := &s.mentions[k]
		if m.end > t {
			continue
		}
		if m.end == t && m.info.Type == TypeWeapon && !m.possessive && !s.tokens[m.start].isCap() {
			t = m.start
			continue
		}
		if t-m.end > 4 || m.possessive || !ok(m) || m.info.Type != TypeState {
			return nil
		}
		for j := m.end; j < t; j++ {
			if tk := s.tokens[j]; tk.isCap() || !tk.isWord() && tk.Text != "-" || s.tw(wFunction, j) {
				return nil // "Seoul regrets the signing": an article opens another phrase
			}
			if s.tw(wReaction, j) {
				return nil // "Norway deplored raids on Sumy": a verb, not a modifier, stands between
			}
		}
		return m
	}
	return nil
}

// hyphenPartners: the states joined to m by glued hyphens before it ("U.S.-British" for
// "British"), which modify the same noun.
func (s *sentenceCtx) hyphenPartners(m *mention, ok func(*mention) bool) []*mention {
	var out []*mention
	for k := m.start - 1; k > s.a && s.tokens[k].Text == "-" && !s.tokens[k].SpaceBefore; {
		p := s.mentionEndingAt(k, func(p *mention) bool { return p.info.Type == TypeState && !p.possessive })
		if p == nil {
			break
		}
		if ok(p) {
			out = append(out, p)
		}
		k = p.start - 1
	}
	return out
}

// attributiveDoers: an object noun phrase opened by an article whose states only modify an
// event noun after them ("condemned the U.S.-British strikes", "denounced the Russian
// bombardment") names those states as the event's doers. The noun is a trigger noun of
// another relation, with at most two lower-case modifiers between.
func (x *Extractor) attributiveDoers(s *sentenceCtx, te, cb int, rel string, ok func(*mention) bool) []*mention {
	if te >= cb || !(s.tw(wArticle, te) || s.tw(wDefinite, te)) {
		return nil
	}
	k := te + 1
	for k < cb && k < te+4 && s.tokens[k].isWord() && !s.tokens[k].isCap() && !s.tw(wFunction, k) && s.mentionAt(k) == nil {
		k++ // "the latest", "the repeated"
	}
	m := s.mentionAt(k)
	if m == nil || m.info.Type != TypeState || m.possessive {
		return nil
	}
	doers := []*mention{}
	for m != nil && m.info.Type == TypeState && !m.possessive {
		if ok(m) {
			doers = append(doers, m)
		}
		k = m.end
		if k+1 < cb && s.tokens[k].Text == "-" && !s.tokens[k].SpaceBefore {
			m = s.mentionAt(k + 1)
			continue
		}
		m = nil
	}
	for j := k; j < cb && j <= k+2; j++ {
		if !s.tokens[j].isWord() || s.tokens[j].isCap() || s.tw(wFunction, j) || s.covered(j) {
			return nil
		}
		if j+1 < cb && s.tokens[j+1].isWord() && !s.tokens[j+1].isCap() && !s.tw(wFunction, j+1) && !s.tw(wPreposition, j+1) &&
			!s.tw(wBe, j+1) && !s.tw(wAux, j+1) {
			continue // a modifier ("air defence missile"): the head comes later, before any verb ("the Russian strikes were")
		}
		if s.tw(wActNoun, j) {
			return doers // "deplore the US remarks"
		}
		for _, tp := range x.lex.triggersOf(&s.tokens[j]) {
			if !tp.frame.verbal() && tp.relation != rel {
				return doers
			}
		}
	}
	return nil
}

// attributiveInObject: "the transfer of Pakistani artillery stockpiles" names the supplier
// inside the object.
func (s *sentenceCtx) attributiveInObject(te, cb int, ok func(*mention) bool) *mention {
	if te >= cb || !s.tokens[te].is("of") {
		return nil
	}
	for j := range s.mentions {
		m := &s.mentions[j]
		if m.start > te && m.start <= te+2 && m.demonym && ok(m) {
			return m
		}
	}
	return nil
}

// group extends a mention with those coordinated with it ("South Korea, the U.S., and
// Ukraine"; "Kim Jong Un and North Korea's Foreign Minister Choe Son Hui") and with the other
// members of a group anaphor ("the leaders").
func (s *sentenceCtx) group(m *mention, ok func(*mention) bool) []*mention {
	if m == nil {
		return nil
	}
	return s.withCoSpan(s.list(m, ok), ok)
}

// bareAnd: names of different kinds joined by "and"/"or" right before the later one (or
// before its article: "the WPK and the DPRK"), with no comma, are one list ("visited Odesa and Poland", "sanctions on Rostec and Iran"); with a
// comma they are not ("Kharkiv, Ukraine": the place's country; "a visit to Pyongyang, and
// North Korea is believed": another clause).
func (s *sentenceCtx) bareAnd(m, n *mention, k int) bool {
	plain := func(x *mention) bool { return !x.demonym && !x.possessive && !x.coref }
	if n.end < s.b && (s.tw(wAux, n.end) || s.trigAt(n.end)) {
		return false // "... to Santiago and Chile has kept ships": the subject of another clause
	}
	if s.roles != nil && n.end < s.b && s.roles.matchAt(s.tokens[:s.b], n.end) > 0 {
		// "Kim Yong-hyun and U.S. Secretary of Defense Lloyd Austin": a state before an
		// office modifies the next member's title; the member is the person after it.
		return false
	}
	if k-2 > s.a && s.tw(wArticle, k-1) {
		k-- // "the support of the WPK and the DPRK Government for": an article after "and"
	}
	return plain(m) && plain(n) && k-1 > s.a && s.tw(wConjunction, k-1) && s.tokens[k-2].Text != ","
}

// weaponApposition: a weapon class named, then its type's name in apposition ("test-fired a
// new intercontinental ballistic missile, the Hwasong-19, on Thursday"): both are the object.
func (s *sentenceCtx) weaponApposition(m *mention, ok func(*mention) bool) *mention {
	k := m.end
	if m.info.Type != TypeWeapon || k+2 >= s.b || s.tokens[k].Text != "," || !s.tokens[k+1].is("the") {
		return nil
	}
	n := s.mentionAt(k + 2)
	if n == nil || n.info.Type != TypeWeapon || n.info == m.info || !ok(n) || !s.tokens[k+2].isCap() {
		return nil
	}
	if n.end < s.b && !s.tokens[n.end].is(",", ".", ";") {
		return nil // "a cruise missile, the Kalibr missiles' successor": no closed apposition
	}
	return n
}

// list is m and the names coordinated after it.
func (s *sentenceCtx) list(m *mention, ok func(*mention) bool) []*mention {
	out := s.scratch.single(m)
	if m.start < s.a || m.end > s.b {
		// An antecedent found in an earlier sentence ("He" for "Vassily Nebenzia"): what
		// is coordinated with it was said there, not here.
		return out
	}
	out = append(out, s.corefSiblings(m, ok)...)
	if n := s.weaponApposition(m, ok); n != nil {
		out = append(out, n)
	}
	own := len(out) // m and the entities its anaphor stands for
	last := m
	// The preposition before m, past an article ("the support of the European Union and of
	// the UNDP"), which a repeated preposition after the conjunction continues.
	lead := m.start - 1
	if lead-1 > s.a && s.tw(wArticle, lead) {
		lead--
	}
	closed := false // a list needs "and"/"or": "Ukraine, Tehran has become ..." is no list
	// ", and" right after m may join a clause rather than a member: joinAt is where the names
	// after it start in out; a second conjunction among them (laterConj) or a verb after the
	// last of them makes them that clause's subjects ("delivered shells to Ukraine, and
	// Germany, France and Italy are funding drones": Ukraine alone; clauseJoinSubjects).
	joinAt, laterConj := -1, false
	for {
		var next *mention
		k := last.end
		sawConj, pendingJoin := false, false
		for limit := last.end + 7; k < s.b && k < limit; k++ {
			tk := s.tokens[k]
			if tk.Text == "," && last.info.Type == TypePerson {
				if e := s.titleApposition(k); e > k {
					// "Mr. Enrique Manalo, Secretary of Foreign Affairs, and Mr. Gilberto
					// Teodoro": the member's office in apposition stays inside the list.
					k, limit = e-1, e+7
					continue
				}
			}
			if tk.Text == "(" && k == last.end {
				// "the PRC, Russia, the Democratic People's Republic of Korea (DPRK), and Iran":
				// the member's own acronym in brackets stays inside the list.
				if n := s.mentionAt(k + 1); n != nil && n.info == last.info && n.end < s.b && s.tokens[n.end].Text == ")" {
					k, limit = n.end, n.end+8
					continue
				}
			}
			if tk.Text == "(" && k == last.end && last.info.Type == TypePerson {
				// "President of Iran Mohammad Mokhber (acting), President of ...": a lower-case
				// qualifier of the member's office in brackets stays inside the list.
				j := k + 1
				for j < s.b && j < k+4 && s.tokens[j].isWord() && !s.tokens[j].isCap() {
					j++
				}
				if j > k+1 && j < s.b && s.tokens[j].Text == ")" {
					k, limit = j, j+8
					continue
				}
			}
			// "struck Kyiv as well as Odesa and Lviv": a words.tsv list-join phrase joins a list
			// as "and" does.
			joinLen := s.w.listJoin.matchAt(s.tokens[:s.b], k)
			conj := s.tw(wConjunction, k) || joinLen > 0
			if conj && joinLen == 0 {
				if last == m && s.tokens[k-1].Text == "," {
					pendingJoin = true
				} else if joinAt >= 0 {
					laterConj = true
				}
			}
			if tk.Lower == "of" && !sawConj && m.info.Type == TypePerson {
				// "President Yoon Suk Yeol of the Republic of Korea and Prime Minister
				// Kishida Fumio of Japan": a person's "of" + state stays inside the list.
				j := k + 1
				if j < s.b && s.tw(wArticle, j) {
					j++
				}
				if st := s.mentionAt(j); st != nil && (st.info.Type == TypeState || st.info.Type == TypeInstitution) {
					k, limit = st.end-1, st.end+7
					continue
				}
				break
			}
			// "... and Ukraine's Minister of Defence Rustem Umerov": an office's complement
			// before the next member.
			office := sawConj && s.tw(wOfficeLink, k) && k+1 < s.b && s.tokens[k+1].isCap()
			if !office && sawConj && m.info.Type == TypePerson && tk.Lower == "of" && k > s.a && s.tokens[k-1].isCap() &&
				k+2 < s.b && s.tw(wArticle, k+1) && s.tokens[k+2].isCap() {
				// "... and Prime Minister of the United Kingdom Rishi Sunak": the next member's
				// office takes "of the" + its state before the name.
				office = true
			}
			if sawConj && !conj && lead > s.a && s.tw(wPreposition, lead) && tk.Lower == s.tokens[lead].Lower &&
				s.tw(wConjunction, k-1) && s.tokens[k-2].Text != "," && // ", and to the United States for ...": another clause
				k+1 < s.b && (s.mentionAt(k+1) != nil || s.tw(wArticle, k+1)) {
				// "members of NATO and of the European Union": the preposition repeated
				// after the conjunction goes on with the same list.
				continue
			}
			if sawConj && !conj && !tk.isCap() && m.info.Type == TypePerson && s.roles != nil {
				// "Vladimir Putin and North Korean leader Kim Jong Un": the next member's
				// lower-case office before the name stays inside the list.
				if n := s.roles.matchAt(s.tokens[:s.b], k); n > 0 && k+n < s.b && s.tokens[k+n].isCap() {
					k += n - 1
					continue
				}
			}
			if sawConj && !conj && tk.Text != "," && !tk.isCap() {
				// "a hypersonic missile and a Kinzhal missile", "drones and cruise missiles":
				// an article, or a lower-case name of the same kind, after the conjunction.
				if n := s.mentionAt(k); n != nil && ok(n) && (n.info.Type == m.info.Type || s.bareAnd(m, n, k)) && !n.demonym &&
					!(n.end < s.b && s.trigAt(n.end)) { // not "drone" in "drone strikes"; "Hungary and the European Union"
					next = n
					break
				}
				if s.tw(wArticle, k) || s.tw(wPlural, k) && s.tw(wConjunction, k-1) && m.info.Type == TypeWeapon {
					continue // "an ICBM and several cruise missiles", "and two drones": a count opens a weapon member
				}
			}
			abbrev := sawConj && tk.Text == "." && !tk.SpaceBefore && s.tokens[k-1].isCap() // "and Mr. Teodoro", "H.E."
			if conj || tk.Text == "," || office || abbrev || s.tw(wListGlue, k) || tk.isCap() && tk.isWord() || isAmount(tk.Text) {
				if conj || tk.Text == "," {
					sawConj = true
				}
				if conj {
					closed = true
				}
				if joinLen > 0 {
					k += joinLen - 1
					continue
				}
				if n := s.mentionAt(k); n != nil && sawConj {
					if ok(n) && (n.info.Type == m.info.Type || !n.demonym && !m.demonym && n.info.Type != TypeState && m.info.Type != TypeState ||
						s.bareAnd(m, n, k) || s.mixedListMember(out, m, n)) {
						next = n
						break
					}
					k = n.end - 1
					if m.info.Type == TypePerson && n.info.Type == TypeState && s.officeStateBeforeName(n) {
						// "Lukashenko, Chairman of the People's Republic of China Xi Jinping":
						// the next member's office names its state before the name, which a
						// long state name would push past the window; the window goes on from
						// the state.
						limit = max(limit, n.end+3)
					}
				}
				continue
			}
			break
		}
		if next == nil {
			if !closed || len(out) > own && s.trailingSpeakers(m, last) {
				return out[:own]
			}
			if joinAt >= 0 && (laterConj || s.clauseJoinSubjects(last.end) || s.possessorOfAct(last)) {
				return out[:joinAt]
			}
			return out
		}
		if pendingJoin && joinAt < 0 {
			joinAt = len(out)
		}
		out = append(out, next)
		last = next
	}
}

// officeStateBeforeName: the state n is the complement of a capitalised office right before it,
// "of" (and an article) after a capitalised word ("President of the Russian Federation",
// "Minister of Foreign Affairs of the Republic of Korea"), and a capitalised word follows it.
func (s *sentenceCtx) officeStateBeforeName(n *mention) bool {
	j := n.start - 1
	if j > s.a && s.tw(wArticle, j) {
		j--
	}
	return j > s.a && s.tokens[j].is("of") && s.tokens[j-1].isCap() && n.end < s.b && s.tokens[n.end].isCap()
}

// clauseJoinSubjects: the names that end at k are followed by a verb of their own (an
// auxiliary or a trigger, perhaps after one adverb: "and Norway and Denmark also fund") or by
// an office they modify ("support for the Philippines, and the U.S. Ambassador in Manila
// said": the subject of another clause), so the ", and" before them opened another clause.
func (s *sentenceCtx) clauseJoinSubjects(k int) bool {
	if k < s.b && s.roles != nil && s.roles.matchAt(s.tokens[:s.b], k) > 0 {
		return true
	}
	if k < s.b && s.adverb(k) {
		k++
	}
	return k < s.b && (s.tw(wAux, k) || s.trigAt(k))
}

// possessorOfAct: h44csrc2: the name last, after ", and", owns a trigger noun right after
// its "'s" ("supplied rockets to Afghanistan, and Iran's supply of drones", "sanctions on
// Sudan, and Chad's support for the militia"): the doer of another act named in parallel,
// not one more member of the list before the comma.
func (s *sentenceCtx) possessorOfAct(last *mention) bool {
	k := last.end
	if !last.possessive || k+1 >= s.b || !s.tokens[k].is("'s", "\u2019s", "'", "\u2019") {
		return false
	}
	return s.trigAt(k + 1)
}

// trailingSpeakers: the object m, followed by a comma, opens what looks like a list that
// ends, past "and" and a few more words with no punctuation, in a speech verb (words.tsv speech): the names after
// the comma are that verb's subject, the sources of a trailing attribution, not members of
// m's list ("sent missiles to Russia, the United States and its allies said": Russia alone).
func (s *sentenceCtx) trailingSpeakers(m, last *mention) bool {
	if m.end >= s.b || s.tokens[m.end].Text != "," {
		return false
	}
	lead := m.start - 1
	if lead > s.a && s.tw(wArticle, lead) {
		lead--
	}
	if lead < s.a || !s.tokens[lead].isWord() || s.tokens[lead].isCap() {
		return false // a subject list ("Britain, France and Germany said") speaks itself
	}
	for j := last.end; j < s.b && j < last.end+6; j++ {
		if s.tw(wSpeech, j) {
			return true
		}
		if !s.tokens[j].isWord() {
			return false
		}
	}
	return false
}

// mixedListMember: a place after states, or a state after places, joins a list that already
// has two members of one kind or that "the" opens ("visited Jordan, Israel, the West Bank and
// Egypt"); right after a single place a state is that place's country ("Kharkiv, Ukraine").
func (s *sentenceCtx) mixedListMember(out []*mention, m, n *mention) bool {
	placeOrState := func(x *mention) bool {
		return !x.demonym && !x.possessive && (x.info.Type == TypeState || x.info.Type == TypePlace)
	}
	if s.stateBodyMember(m, n) {
		return true
	}
	if !placeOrState(m) || !placeOrState(n) {
		return false
	}
	return len(out) >= 2 || n.start-1 > s.a && s.tokens[n.start-1].is("the") && s.tokens[n.start-2].Text == ","
}

// stateBodyMember: a state and a body (either way round) in one list of parties, n right after
// a comma (past "the") and ending its noun phrase at another comma or a conjunction ("by the
// United States, the European Union and Japan", "Russia, the CSTO and Belarus"): n is a
// member, not an apposition ("Japan, a G7 member, ...") or a modifier ("Finland, the EU
// member that ...").
func (s *sentenceCtx) stateBodyMember(m, n *mention) bool {
	party := func(x *mention) bool {
		return !x.demonym && !x.possessive && !x.coref && (x.info.Type == TypeState || x.info.Type == TypeInstitution)
	}
	if !party(m) || !party(n) || m.info.Type == n.info.Type {
		return false
	}
	j := n.start - 1
	if j > s.a && s.tokens[j].is("the") {
		j--
	}
	return j > s.a && s.tokens[j].Text == "," && n.end < s.b && (s.tokens[n.end].Text == "," || s.tw(wConjunction, n.end))
}

// titleApposition: the comma at c opens an office in apposition to the person before it
// ("Secretary of Foreign Affairs of the Republic of the Philippines,"): capitalised words,
// office links, articles and the names of states and bodies, closed by another comma within
// sixteen tokens. It returns the closing comma, or -1.
func (s *sentenceCtx) titleApposition(c int) int {
	k := c + 1
	if k >= s.b || !s.tokens[k].isCap() || !s.tokens[k].isWord() {
		return -1
	}
	for ; k < s.b && k <= c+16; k++ {
		if m := s.mentionAt(k); m != nil {
			if m.info.Type == TypePerson {
				return -1
			}
			k = m.end - 1
			continue
		}
		t := s.tokens[k]
		switch {
		case t.Text == ",":
			return k
		case t.isCap() && t.isWord(), s.tw(wOfficeLink, k) && !t.is("and"), s.tw(wArticle, k) && t.is("the"), t.Text == "-", t.Text == ".":
		default:
			return -1
		}
	}
	return -1
}

// titleAppositionBefore: the comma at c closes an office in apposition to a person ("Mr.
// KIHARA Minoru, Minister of Defense,"); it returns the opening comma, or -1.
func (s *sentenceCtx) titleAppositionBefore(c int) int {
	for k := c - 1; k > s.a && k >= c-16; k-- {
		if s.tokens[k].Text == "," {
			if s.titleApposition(k) == c {
				return k
			}
			return -1
		}
	}
	return -1
}

// corefSiblings: the other antecedents of an anaphor that stands for several entities ("the
// two countries", "both sides" are one mention of each, on one span), so that a rule taking
// the anaphor as one argument takes them all.
func (s *sentenceCtx) corefSiblings(m *mention, ok func(*mention) bool) []*mention {
	if !m.coref {
		return nil
	}
	var out []*mention
	for j := range s.mentions {
		if o := &s.mentions[j]; o != m && o.coref && o.start == m.start && o.end == m.end && o.info != m.info && ok(o) {
			out = append(out, o)
		}
	}
	return out
}

// copulaSubject: the name m can be the subject of a copula after it: it does not stand in a
// prepositional phrase ("any strike on sites in Iran would be a matter for our allies"),
// unless a gerund copula follows it, whose subject a preposition may govern ("shifts from
// Russia being one of the DPRK's partners").
func (s *sentenceCtx) copulaSubject(m *mention) bool {
	if s.prepBefore(m) < 0 {
		return true
	}
	k := m.end
	return k < s.b && s.tw(wBe, k) && s.w.ends(eParticiple, s.tokens[k].Lower)
}

// appositionComma: the token at k is a comma that can open an apposition running to b: a
// verb right after it ("... targets inside Russia, are a matter for our allies") means the
// comma closed a subject instead.
func (s *sentenceCtx) appositionComma(k, b int) bool {
	return s.tokens[k].Text == "," && !(k+1 < b && (s.tw(wBe, k+1) || s.tw(wAux, k+1)))
}

// pairArgs finds the ends of a symmetric relation: "between X and Y", "X-Y partnership",
// "X met Y and Z", "X, an ally of Y and Z", "X has been Y's partner", "X and Y discussed".
func (s *sentenceCtx) pairArgs(t, te, ca, cb int, ok func(*mention) bool, meeting bool) []argPair {
	if compound := s.compoundBefore(t, ok); len(compound) >= 2 {
		pairs := allPairs(compound) // "Iran-Russia-D.P.R.K. Axis"
		// "the U.S.-Japan and U.S.-ROK alliances": compounds joined by a conjunction.
		for k := compound[0].start - 1; k > s.a && s.tw(wConjunction, k); {
			more := s.hyphenCompound(k, ok)
			if len(more) < 2 {
				break
			}
			pairs = append(pairs, allPairs(more)...)
			k = more[0].start - 1
		}
		return pairs
	}
	if b := s.pastDatePhrase(te, cb); b > te && b < cb && s.tw(wBetween, b) {
		te = b // "a phone call in March between X and Y": a date between the noun and its pair
	}
	if te < cb && s.tw(wBetween, te) || te+1 < cb && s.tw(wBetween, te+1) {
		// The first name starts within a few words of "between"; a long formal name may run
		// past them ("between the Republic of Korea and Japan", "between the Democratic
		// People's Republic of Korea and the Russian Federation").
		first := s.firstRight(te, cb, ok, nil)
		if first != nil && first.start >= te+4 {
			first = nil
		}
		g := s.group(first, ok)
		pairs := allPairs(g)
		// "the alliances between the United States and Japan and between the United States
		// and the Philippines": "between" repeated after the conjunction, another pair.
		for len(g) > 0 && g[len(g)-1].end+1 < cb && s.tw(wConjunction, g[len(g)-1].end) && s.tw(wBetween, g[len(g)-1].end+1) {
			k := g[len(g)-1].end + 1
			g = s.group(s.firstRight(k+1, min(cb, k+4), ok, nil), ok)
			pairs = append(pairs, allPairs(g)...)
		}
		return pairs
	}
	if pair := s.regardedAs(t, ca, ok); pair != nil {
		return []argPair{*pair}
	}
	var pairs []argPair
	var left []*mention
	owner := s.possessor(t)
	if owner == nil {
		owner = s.speakerPossessor(t, ok)
	}
	if owner != nil && owner.coref && ok(owner) {
		// "Sweden thanks Finland, its closest ally", "to Norway and Denmark, our Nordic
		// partners": a possessive pronoun in apposition to a name does not stand for that
		// name; its owner is the clause's subject, and every name of the list is a partner.
		if anchor := s.appositiveAnchor(owner.start, ok); anchor != nil && anchor.info == owner.info {
			subj := s.clauseSubject(s.a, anchor.start, ok)
			if subj == nil || subj.info == anchor.info {
				return nil
			}
			return cross([]*mention{subj}, s.coordination(anchor, ok))
		}
	}
	if owner != nil && ok(owner) {
		left = []*mention{owner} // "X has been Y's partner"
		if subj := s.nearestLeft(owner.start, ca, ok, false); subj != nil && (s.linked(subj.end, owner.start) && s.copulaSubject(subj) || s.appositionComma(subj.end, owner.start)) {
			// Only a copula or an apposition makes the name before the partner ("Japan is
			// Australia's closest partner", "Belarus, long Moscow's closest ally"); the
			// subject of another verb is no partner ("Russia chose not to shield Tehran's
			// closest partner"), nor is a name inside a prepositional phrase before the
			// copula (copulaSubject), nor a name whose comma closes a long subject before
			// its verb (appositionComma).
			pairs = append(pairs, argPair{subj, owner})
		}
	} else {
		left = s.pairSubjects(t, ca, ok)
	}
	left = s.withCoSpan(left, ok)
	right := s.withCoSpan(s.pairObjects(te, cb, ok, meeting), ok)
	if len(right) == 0 && len(left) >= 1 && (left[0].start > ca || s.pronounIn(ca, t)) && ca > s.a+1 &&
		(te >= cb || !s.tokens[te].isWord() || s.dateEndsClause(te, cb) || s.tw(wAdverb, te) || s.strandedIn(wStrandedPair, te, cb) ||
			s.tw(wAdjunctPrep, te) && s.pronounIn(ca, t)) {
		// "Modi, whom Xi met last year", "Modi, who Xi spoke with": a relative clause whose
		// subject is inside it and whose object is its gap pairs with the antecedent.
		if ante := s.relativeObject(ca, ok); ante != nil {
			right = []*mention{ante}
		}
	}
	if len(right) == 0 && len(left) == 1 && (left[0].possessive || s.tw(wGroupPossessive, t-1)) {
		// "Russia's ally Belarus", "its partner, Japan,": the name in close apposition to
		// the possessed noun is the other end.
		k := te
		if k < cb && s.tokens[k].Text == "," {
			k++
		}
		if k+1 < cb && s.tw(wArticle, k) && s.mentionAt(k) == nil {
			k++ // "Japan's closest ally, the United States,"
		}
		if m := s.mentionAt(k); m != nil && ok(m) && !m.possessive && !m.demonym && !s.modifier(m) {
			right = s.group(m, ok)
		}
	}
	if len(right) == 0 && len(left) == 1 && (left[0].possessive || s.tw(wGroupPossessive, t-1)) {
		// "Washington and its partners, including South Korea", "Japan's partners such as
		// Canada and Australia": the partners named as members are the other end. (Without
		// an owner the nearest name is too often an object: "monitoring the North, with
		// partners such as South Korea".)
		right = s.namedMembers(te, cb, ok)
	}
	if len(right) == 0 && len(left) == 1 && left[0].end == t && !left[0].possessive {
		// "Belarus, another close Moscow ally,": a name modifying the noun pairs with the name
		// the noun phrase stands in apposition to.
		if m := s.appositiveAnchor(left[0].start, ok); m != nil && m.info != left[0].info {
			right = []*mention{m}
		}
	}
	if len(right) == 0 && len(left) >= 2 && plural(s.tokens[t].Lower) && s.pronounGroup(left) {
		// "We stand ready to act in coordination with our partners", "We welcome the
		// designations adopted by G7 members and partners, including Australia": a pronoun
		// that stands for several states (a joint statement's "we") owns or heads plural
		// partners, who are others; they are not partners of one another. The partners named
		// as members are theirs.
		return append(pairs, cross(left, s.namedMembers(te, cb, ok))...)
	}
	if len(right) == 0 && len(left) >= 2 && plural(s.tokens[t].Lower) && s.groupPossessiveBefore(t, ca) {
		// "Germany and Finland will coordinate with their partners in the EU, in particular
		// with Sweden and Denmark": the partners named as members are the owners'; the
		// owners are not thereby partners of one another.
		if members := s.namedMembers(te, cb, ok); len(members) > 0 {
			return append(pairs, cross(left, members)...)
		}
	}
	if len(right) == 0 && len(left) >= 2 && (owner == nil || !ok(owner)) && s.possessedApposition(t) {
		// "the leaders of Australia, Japan and New Zealand, our partners, who share ...": a
		// list in apposition to an owned pair noun names the owner's partners, and the owner
		// is no state here (NATO's "we"); the names are not partners of one another.
		return pairs
	}
	if len(right) == 0 && len(left) >= 2 {
		if s.strandedIn(wStrandedPair, te-1, cb) || s.strandedIn(wStrandedPair, te, cb) {
			// "the treaty that Putin and Kim signed does little, in the view of the analysts
			// we spoke to, ...": the stranded preposition's object is the gap of a relative
			// clause on a common noun; the names before talked to it, not to each other.
			return pairs
		}
		return append(pairs, allPairs(left)...) // "X and Y discussed"
	}
	if meeting && len(left) == 0 && len(right) > 0 {
		// "Tiani has allied Niamey with Bamako and Ouagadougou": with no acceptable subject,
		// the direct object pairs with the names after its "with".
		if k := right[len(right)-1].end; right[0].start <= te+1 && k+1 < cb && s.tokens[k].is("with") {
			if m, _ := s.objectOf(k+1, min(cb, k+14), ok, nil, false); m != nil {
				return append(pairs, cross(right, s.group(m, ok))...)
			}
		}
	}
	if meeting && len(left) >= 2 && len(right) > 0 {
		// "The two ministers held talks with the head of state": the subjects meet each
		// other as well as the other side.
		pairs = append(pairs, allPairs(left)...)
	}
	if len(left) == 0 && len(right) >= 2 && right[0].coref {
		// "the first meeting of the three ministers": a group named as one; a list after
		// "by" is the hosts' side, not a meeting among them ("hosted by Putin and Lavrov").
		return append(pairs, allPairs(right)...)
	}
	return append(pairs, cross(left, right)...)
}

// pronounGroup: the group is the several names one pronoun stands for ("we", "our", "their"
// resolved to a joint statement's signatories): every member spans the same single token,
// a words.tsv first-person or possessive word.
func (s *sentenceCtx) pronounGroup(group []*mention) bool {
	m := group[0]
	if m.end != m.start+1 || !(s.tw(wFirstPerson, m.start) || s.tw(wPossessive, m.start)) {
		return false
	}
	for _, o := range group[1:] {
		if o.start != m.start || o.end != m.end {
			return false
		}
	}
	return true
}

// pastDatePhrase: the end of a date phrase that starts at k, alone or after a preposition
// ("last week", "in March", "on 4 November"); k when none starts there.
func (s *sentenceCtx) pastDatePhrase(k, cb int) int {
	j := k
	if j < cb && s.tw(wPreposition, j) {
		j++
	}
	for _, d := range s.dateMentions {
		if d.start == j || d.start == k {
			return min(d.end, cb)
		}
	}
	return k
}

// possessedApposition: the pair noun at t heads a noun phrase opened by a possessive word
// right after a comma (", our partners", ", its allies"): an apposition owned by someone
// other than the names before the comma. Not a words.tsv list-possessive ("their"), which
// may stand for those names.
func (s *sentenceCtx) possessedApposition(t int) bool {
	for k := t - 1; k > s.a+1 && k >= t-4; k-- {
		if s.tw(wPossessive, k) {
			return s.tokens[k-1].Text == "," && !s.tw(wListPossessive, k)
		}
		if !s.tokens[k].isWord() || s.mentionAt(k) != nil || s.covered(k) {
			return false
		}
	}
	return false
}

// namedMembers: the names listed right after a plural noun ending at te, after a comma and a
// words.tsv inclusion word or after an example-intro phrase ("partners, including South
// Korea", "partners such as Japan and Canada"); nil when none follow.
func (s *sentenceCtx) namedMembers(te, cb int, ok func(*mention) bool) []*mention {
	k := s.locativeTail(te, cb)
	comma := k < cb && s.tokens[k].Text == ","
	if comma {
		k++
	}
	n := 0
	if k < cb {
		n = s.w.exampleIntro.matchAt(s.tokens[:cb], k)
	}
	switch {
	case n > 0 && k+n < cb:
		k += n
	case k+1 < cb && s.tw(wInclusion, k) && comma:
		k++
	case comma && k+1 < cb && s.w.memberIntro.matchAt(s.tokens[:cb], k) > 0:
		// "partners, in particular the Russian Federation", "partners, notably Japan"
		k += s.w.memberIntro.matchAt(s.tokens[:cb], k)
		if k+1 < cb && s.tw(wPartnerPrep, k) {
			k++ // "their partners in NATO, in particular with Sweden and Denmark"
		}
	default:
		return nil
	}
	named := func(m *mention) bool { return ok(m) && !m.demonym && !m.possessive }
	if m, _ := s.objectOf(k, cb, named, nil, false); m != nil && m.start <= k+1 {
		return s.group(m, named)
	}
	return nil
}

// locativeTail: where a locative phrase after a plural noun ending at te ends at a comma
// ("partners in the region, including Jordan", "their partners in the European Union and in
// NATO, in particular with Sweden"): the comma's position; te when no such phrase, closed by a
// comma within eight words of names, articles, lower-case words and "and", follows.
func (s *sentenceCtx) locativeTail(te, cb int) int {
	if te >= cb || !s.tw(wLocative, te) {
		return te
	}
	for j := te + 1; j < cb && j <= te+8; j++ {
		tk := s.tokens[j]
		switch {
		case tk.Text == ",":
			if j == te+1 {
				return te
			}
			return j
		case s.mentionAt(j) != nil:
			j = s.mentionAt(j).end - 1
		case !tk.isWord() || tk.isCap():
			return te
		}
	}
	return te
}

// appositiveAnchor: the name right before the comma that opens the noun phrase ending at k,
// past its article and lower-case modifiers ("Belarus, another close Moscow ally").
func (s *sentenceCtx) appositiveAnchor(k int, ok func(*mention) bool) *mention {
	for j := k - 1; j > s.a && j >= k-4; j-- {
		tk := s.tokens[j]
		if tk.Text == "," {
			if m := s.mentionEndingAt(j, ok); m != nil && !m.possessive {
				return m
			}
			return nil
		}
		if !tk.isWord() || tk.isCap() || s.tw(wPreposition, j) || s.tw(wConjunction, j) {
			return nil
		}
	}
	return nil
}

// regardedAs: "Tehran regarded Moscow as a reliable partner", "sees China as an ally": the
// name before "as" and the clause's subject are the pair. Only articles and modifiers stand
// between "as" and the trigger, and a verb between the two names.
func (s *sentenceCtx) regardedAs(t, ca int, ok func(*mention) bool) *argPair {
	k := t - 1
	for k > ca && k > t-4 && s.tokens[k].isWord() && !s.tokens[k].isCap() && !s.tokens[k].is("as") && !s.tw(wPreposition, k) {
		k--
	}
	if k <= ca || !s.tokens[k].is("as") {
		return nil
	}
	obj := s.mentionEndingAt(k, ok)
	if obj == nil || obj.possessive {
		return nil
	}
	subj := s.nearestLeft(obj.start, ca, func(m *mention) bool { return ok(m) && !s.inPP(m) && !m.possessive }, false)
	if subj == nil || subj.info == obj.info || subj.end >= obj.start {
		return nil
	}
	return &argPair{subj, obj}
}

// allPairs relates every member of a group with every other.
func allPairs(group []*mention) []argPair {
	var pairs []argPair
	for i := range group {
		for j := i + 1; j < len(group); j++ {
			pairs = append(pairs, argPair{group[i], group[j]})
		}
	}
	return pairs
}

// hyphenCompound is the run of names joined by hyphens that ends right before t (a name in
// quotes too: 'U.S.-Japan-"ROK"').
func (s *sentenceCtx) hyphenCompound(t int, ok func(*mention) bool) []*mention {
	if t-1 > s.a && isQuote(s.tokens[t-1].Text) && !s.tokens[t-1].SpaceBefore {
		t--
	}
	m := s.mentionEndingAt(t, ok)
	if m == nil || t == s.a {
		return nil
	}
	compound := []*mention{m}
	for start := m.start; start > s.a; {
		h := start - 1
		if h-1 > s.a && isQuote(s.tokens[h].Text) && s.tokens[h-1].Text == "-" {
			h--
		}
		if s.tokens[h].Text != "-" || s.tokens[h].SpaceBefore {
			break
		}
		prev := s.mentionEndingAt(h, ok)
		if prev == nil {
			break
		}
		compound = append([]*mention{prev}, compound...)
		start = prev.start
	}
	return compound
}

// compoundBefore: the hyphen compound of names before the pair noun at t, right before it
// or before up to three lower-case modifiers ("the Russia-China strategic partnership",
// "the U.S.-Japan-ROK trilateral military alliance"), or capitalised ones when the noun is
// capitalised too, as a title-case name is ("the Brazil-China Comprehensive Strategic
// Partnership", "the India-US Major Defence Partnership").
func (s *sentenceCtx) compoundBefore(t int, ok func(*mention) bool) []*mention {
	titled := s.tokens[t].isCap()
	for k := t; k > s.a && k >= t-3; k-- {
		if c := s.hyphenCompound(k, ok); len(c) >= 2 || k < t && c != nil {
			return c
		}
		j := k - 1
		tk := s.tokens[j]
		if !tk.isWord() || tk.isCap() && !titled || s.trigAt(j) || s.mentionAt(j) != nil ||
			s.tw(wConjunction, j) || s.tw(wArticle, j) || s.tw(wPreposition, j) {
			return nil
		}
	}
	return nil
}

// pairSubjects: the subject side of a symmetric verb or noun — a pronoun's antecedent ("where
// he held talks with Mr. Wang"), the nearest name not inside a prepositional phrase with its
// list, a relative pronoun's antecedent.
func (s *sentenceCtx) pairSubjects(t, ca int, ok func(*mention) bool) []*mention {
	if subj := s.occasionSubject(t, ok); subj != nil {
		return s.leftGroup(subj, ok)
	}
	if k := s.verbGroupStart(t, ca) - 1; k >= ca && s.tw(wPronoun, k) {
		if subj := s.resolvePronoun(k, ok); subj != nil {
			return []*mention{subj}
		}
		return nil
	}
	if k := s.verbGroupStart(t, ca) - 1; k > s.a && s.tokens[k].Text == "," {
		if we := s.weSubjects(k, ok); we != nil {
			return we
		}
		if subj := s.afterRelative(k, ok); subj != nil {
			// "Choi, who has led ... since Yoon was impeached, met Blinken"; "Kamikawa and
			// Kihara, who are visiting Manila, held talks": the whole antecedent list.
			return s.leftGroup(subj, ok)
		}
	}
	if subj := s.nearestLeft(t, ca, func(m *mention) bool { return ok(m) && !s.inPP(m) }, false); subj != nil {
		return s.leftGroup(subj, ok)
	}
	if subj := s.relativeSubject(ca, ok); subj != nil {
		if !s.possessedNoun(t, ca) {
			// "Austin and Kim Yong-hyun, who met at the Pentagon", "A and B, who are
			// visiting Manila, held talks with C": the whole antecedent list. Not for a pair
			// noun that another owns ("Russia, China and Iran, which have backed X, remain
			// the government's principal partners": the government's, not one another's).
			return s.leftGroup(subj, ok)
		}
		return []*mention{subj}
	}
	if subj := s.pronounSubject(t, ca, ok); subj != nil {
		return []*mention{subj}
	}
	if s.opening > t && s.tokens[s.lead].isWord() && s.w.ends(eParticiple, s.tokens[s.lead].Lower) && s.mentionAt(s.lead) == nil {
		// "Speaking at a news conference with Lammy, Blinken said": an opening participial
		// phrase's subject is the main clause's.
		_, cb := s.clauseOf(s.opening + 1)
		if subj := s.clauseSubject(s.opening+1, cb, ok); subj != nil {
			return []*mention{subj}
		}
	}
	return nil
}

// occasionSubject: the meeting noun at t heads the object of a words.tsv occasion-prep, past
// its article and lower-case modifiers ("said after talks with Y", "After a brief meeting
// with Y, X left"): the subject of the clause the phrase belongs to is the one who met, the
// main clause's when the phrase opens the sentence, else the subject before the preposition.
func (s *sentenceCtx) occasionSubject(t int, ok func(*mention) bool) *mention {
	k := t - 1
	for k > s.a && k >= t-3 && !s.tw(wOccasionPrep, k) && s.tokens[k].isWord() && !s.tokens[k].isCap() && s.mentionAt(k) == nil && !s.tw(wPreposition, k) {
		k--
	}
	if k < s.a || !s.tw(wOccasionPrep, k) {
		return nil
	}
	if k == s.lead && s.opening > t {
		_, cb := s.clauseOf(s.opening + 1)
		return s.clauseSubject(s.opening+1, cb, ok)
	}
	if k == s.lead {
		return nil
	}
	// The subject of the clause the phrase closes ("X criticised Y after the summit with Z":
	// X), unless that clause's first noun phrase is unnamed or no person.
	pa, _ := s.clauseOf(k - 1)
	if subj := s.clauseSubject(pa, k, ok); subj != nil && subj.end < k && !subj.possessive {
		return subj
	}
	return nil
}

// pairObjects: the other side, after "with"/"of"/"for"/"to"/"by" near the trigger, or for
// meetings the direct object ("met Putin"); "X and Y are allies, and both supported Z" must
// not pair with Z.
func (s *sentenceCtx) pairObjects(te, cb int, ok func(*mention) bool, meeting bool) []*mention {
	from := te
	if from < cb && s.tokens[from].Text == "(" {
		// "the Ministerial Meeting ("2+2") in Manila with ...": a short parenthesis after the
		// trigger is no part of the way to its other side.
		for k := from + 1; k < cb && k <= from+6; k++ {
			if s.tokens[k].Text == ")" {
				from = k + 1
				break
			}
		}
	}
	for k := from; k < cb && (k < from+4 || (k < from+8 && s.plainGap(from, k))); k++ {
		if k >= from+4 && !s.tokens[k].is("with") {
			continue // past four words only "with" names the partner ("discussed X in Y with Z")
		}
		prep := s.tw(wPairObject, k)
		if !prep && !(k == te && meeting) {
			continue
		}
		from := k + 1
		if !prep {
			from = k
		}
		if prep && s.infinitiveTo(k, cb) {
			// "asked partners to punish both countries", "called on allies to pressure
			// Belarus": "to" and a bare verb open the partners' own act; its object is no
			// partner.
			return nil
		}
		if from < cb && s.tokens[from].Text == "," && (prep || s.tw(wPairObject, te-1)) {
			// "which countries Niger may partner with, a reference to ... Iranian officials": a
			// stranded preposition has its object before it; the names after the comma are not.
			return nil
		}
		if m, _ := s.objectOf(from, min(cb, k+14), ok, nil, false); m != nil {
			g := s.group(m, ok)
			if p := k; prep || s.tw(wPairObject, te-1) { // "spoke with" ends in its preposition
				if !prep {
					p = te - 1
				}
				g = append(g, s.againWith(g[len(g)-1].end, cb, p, ok)...)
			}
			return g
		}
		if m := s.delegationLeader(from, cb); m != nil && ok(m) {
			// "met with the Israeli delegation headed by Director of the Mossad X", "hosted a
			// Russian delegation led by X": the delegation's leader is the partner.
			return []*mention{m}
		}
	}
	return nil
}

// plainGap: the words from i up to k name nobody and hold no comma, semicolon or trigger, so a
// pair trigger's topic may run past four words before "with" and its partner ("discussed the
// flooding in the north with X", "held talks on the border dispute in Goma with X"); a name or a
// new trigger in between keeps the short reach (stop 44, h44cmet).
func (s *sentenceCtx) plainGap(i, k int) bool {
	for j := i; j < k; j++ {
		if s.mentionAt(j) != nil || s.trigAt(j) || s.tokens[j].Text == "," || s.tokens[j].Text == ";" {
			return false
		}
	}
	return true
}

// infinitiveTo: "to" at k opens an infinitive: a lower-case word follows that is no function
// word nor words.tsv quantifier ("both", "each") and has no shape of a modifier ("-ing", "-ed", "-ern": "a partner to neighbouring
// Ukraine"), with something after it in the clause.
func (s *sentenceCtx) infinitiveTo(k, cb int) bool {
	if !s.tokens[k].is("to") || k+2 >= cb {
		return false
	}
	v := s.tokens[k+1]
	if !v.isWord() || v.isCap() || s.tw(wFunction, k+1) || s.tw(wArticle, k+1) || s.tw(wPreposition, k+1) || s.tw(wDeterminer, k+1) ||
		s.tw(wQuantifier, k+1) || s.mentionAt(k+1) != nil {
		return false // "alliance commitments to both Japan and the Philippines"
	}
	return !s.w.ends(eParticiple, v.Lower) && !s.w.ends(ePast, v.Lower) && !strings.HasSuffix(v.Lower, "ern")
}

// againWith: the same preposition repeated after "and" within a few words ("spoke with
// Pashinyan on Monday and with Aliyev last week") adds its names to the other side.
func (s *sentenceCtx) againWith(from, cb, prep int, ok func(*mention) bool) []*mention {
	for k := from; k+1 < cb && k < from+6; k++ {
		if s.trigAt(k) || s.tokens[k].Text == ";" || s.mentionAt(k) != nil {
			return nil
		}
		if s.tw(wConjunction, k) && s.tokens[k+1].Lower == s.tokens[prep].Lower {
			if m, _ := s.objectOf(k+2, min(cb, k+14), ok, nil, false); m != nil {
				return s.group(m, ok)
			}
			return nil
		}
	}
	return nil
}

// coordination is every mention coordinated with m, on both sides.
func (s *sentenceCtx) coordination(m *mention, ok func(*mention) bool) []*mention {
	if m == nil {
		return nil
	}
	if we := s.weApposition(m, ok); we != nil {
		return we
	}
	return s.withCoSpan(append(s.leftGroup(m, ok), s.group(m, ok)[1:]...), ok)
}

// weApposition: m closes the apposition of a first-person subject ("We, the Secretary of State
// of the United States, Antony Blinken, ..., and the Minister for Foreign Affairs of Japan,
// Kamikawa Yoko, condemn"): every name of m's type in it is the subject.
func (s *sentenceCtx) weApposition(m *mention, ok func(*mention) bool) []*mention {
	if m.coref || m.end >= s.b || s.tokens[m.end].Text != "," {
		return nil
	}
	return s.weAppositionUntil(m.start, m.end, m.info.Type, ok)
}

// weAppositionUntil: the names of type typ in the apposition of a first-person subject that
// opens the clause holding at and closes at the comma at end.
func (s *sentenceCtx) weAppositionUntil(at, end int, typ string, ok func(*mention) bool) []*mention {
	ca, _ := s.clauseOf(at)
	if ca+1 < at && s.tokens[ca].Lower != "we" {
		// "Today, we, Prime Minister A of X, ... and President C of Z, met": a fronted
		// adverbial of a few words naming nobody, and its comma, before the apposition.
		if j := frontedWe(s.tokens, ca, at); j > ca && !s.namesBetween(ca, j) {
			ca = j
		}
	}
	if ca+1 >= at || !s.tw(wFirstPerson, ca) || s.tokens[ca].Lower != "we" || s.tokens[ca+1].Text != "," {
		return nil
	}
	var out []*mention
	if body, _ := appositionBody(s.tokens, s.w, ca, end, s.mentions); body != nil {
		// "We, the G7 Foreign Ministers of Canada, France, ...,": each named state is the
		// subject (stop 21), whatever the type of the apposition's last name; the body only
		// where no state may be.
		// The apposition closes at the first comma before a lower-case word ("..., and the
		// United States, meeting in Tokyo, condemn"), wherever the name at hand stands in it.
		close := body.end
		for close < s.b && !(s.tokens[close].Text == "," && close+1 < s.b && s.tokens[close+1].isWord() && !s.tokens[close+1].isCap() && !s.tokens[close+1].is("and", "the")) {
			close++
		}
		for j := range s.mentions {
			if o := &s.mentions[j]; o.start > body.end && o.end <= close && o.info.Type == TypeState && !o.possessive && !o.nested && ok(o) {
				out = append(out, o)
			}
		}
		if out == nil && ok(body) {
			out = []*mention{body}
		}
		return out
	}
	// The apposition closes at the first comma before a lower-case word, wherever the name
	// at hand stands in it ("We, the Governments of Australia, Japan, the Philippines and the
	// United States, are concerned": Japan's comma closes no apposition).
	close := end
	for close < s.b && !(s.tokens[close].Text == "," && close+1 < s.b && s.tokens[close+1].isWord() && !s.tokens[close+1].isCap() && !s.tokens[close+1].is("and", "the")) {
		close++
	}
	if close >= s.b {
		close = end
	}
	for j := range s.mentions {
		o := &s.mentions[j]
		if o.start > ca+1 && o.end <= close && o.info.Type == typ && ok(o) && !o.possessive {
			out = append(out, o)
		}
	}
	return out
}

// weSubjects: a first-person subject's apposition closing at the comma at k, right before a
// verb ("We, Prime Minister Orpo of Finland and Prime Minister Michal of Estonia, met"): every
// name in it of the last name's type, past "of" phrases and name suffixes that break a plain
// list.
func (s *sentenceCtx) weSubjects(k int, ok func(*mention) bool) []*mention {
	last := s.mentionEndingAtOrBefore(k, ok)
	if last == nil || last.coref {
		return nil
	}
	if we := s.weAppositionUntil(last.start, k, last.info.Type, ok); len(we) >= 2 {
		return we
	}
	return nil
}

// mentionEndingAtOrBefore: the acceptable name ending last at or before k, within six tokens.
func (s *sentenceCtx) mentionEndingAtOrBefore(k int, ok func(*mention) bool) *mention {
	var best *mention
	for j := range s.mentions {
		m := &s.mentions[j]
		if m.end <= k && m.end >= k-6 && ok(m) && (best == nil || m.end > best.end) {
			best = m
		}
	}
	return best
}

// withCoSpan adds to a list the other antecedents of its anaphors: "the leaders" or "the two
// ministers" is one span with a mention per member, and each member is an argument.
func (s *sentenceCtx) withCoSpan(list []*mention, ok func(*mention) bool) []*mention {
	n := len(list)
	for _, m := range list[:n] {
		if !m.coref {
			continue
		}
		for j := range s.mentions {
			o := &s.mentions[j]
			if o.coref && o.start == m.start && o.end == m.end && o.info != m.info && ok(o) && !slices.ContainsFunc(list, func(p *mention) bool { return p.info == o.info }) {
				list = append(list, o)
			}
		}
	}
	return list
}

// leftGroup returns the coordination ending in m ("Shoigu and Kim" for m = Kim).
func (s *sentenceCtx) leftGroup(m *mention, ok func(*mention) bool) []*mention {
	group := s.scratch.single(m)
	paired := false // a holder was added by pairedConjunct
	for {
		first := group[0]
		k := first.start - 1
		reach := first.start - 8
		// "Yoon Suk Yeol and Japanese Prime Minister Fumio Kishida": skip the title and the
		// demonym between the conjunction and the name.
		for k > s.a && k >= reach && !s.tw(wConjunction, k) && s.tokens[k].Text != "," {
			if first.info.Type == TypePerson {
				// "Putin and Chairman of State Affairs of the Democratic People's Republic of
				// Korea Kim Jong Un": the state or body of the office, one name, inside its title.
				if n := s.mentionEndingAt(k+1, stateOrBody); n != nil {
					j := n.start - 1
					if j > s.a && s.tw(wArticle, j) {
						j--
					}
					if j-1 > s.a && s.tw(wOfficeLink, j) && !s.tw(wConjunction, j) && s.tokens[j-1].isCap() {
						k, reach = j-1, reach-(k-j+1)
						continue
					}
				}
			}
			if first.info.Type == TypePerson && s.tokens[k].is("'s", "\u2019s") {
				// h44bspk: "Kenya's Martin Kimani and Ghana's Harold Agyeman", "and Ghana's
				// Ambassador Harold Agyeman": the state's possessive before a name or its
				// title, as a title is.
				if st := s.mentionEndingAt(k+1, func(o *mention) bool { return o.info.Type == TypeState && o.possessive }); st != nil {
					k = st.start - 1
					continue
				}
				if st := s.mentionEndingAt(k, func(o *mention) bool { return o.info.Type == TypeState }); st != nil {
					k = st.start - 1
					continue
				}
			}
			if s.tokens[k].is("the") || s.tokens[k].isCap() && s.tokens[k].isWord() ||
				s.tokens[k].Text == "." && !s.tokens[k].SpaceBefore && s.tokens[k-1].isCap() || // "and Mr. Kihara"
				// "and U.S. Secretary of Defense Lloyd Austin": an office link between
				// capitalised words of the title.
				first.info.Type == TypePerson && s.tw(wOfficeLink, k) && k+1 < first.start && s.tokens[k+1].isCap() && s.tokens[k-1].isCap() {
				k--
				continue
			}
			// "Vladimir Putin and North Korean leader Kim Jong Un": a lower-case office too.
			j := s.roleEndingAt(k, first.start)
			if j < 0 || first.info.Type != TypePerson {
				break
			}
			k = j - 1
		}
		if k <= s.a || !s.tw(wConjunction, k) && s.tokens[k].Text != "," {
			return group
		}
		if s.tokens[k].Text == "," && first.info.Type == TypePerson {
			// "Andrii Sybiha and the Foreign Minister of Japan, Yoko Kamikawa, held talks": the
			// person is named after the description of their office, itself a conjunct.
			if prev := s.describedConjunct(first, k, ok); prev != nil {
				group = append([]*mention{prev}, group...)
				paired = true
				continue
			}
			// h44bspk: "The representatives of France, A, and the United Kingdom, B,
			// condemned", "Kenya's ambassador, A, and Ghana's envoy, B, condemned": meeting
			// coverage lists each speaker after their state's office; the holder before is
			// the conjunct, not the state.
			if prev := s.pairedConjunct(first, k, ok); prev != nil {
				group = append([]*mention{prev}, group...)
				paired = true
				continue
			}
			if paired && s.mentionEndingAt(k, func(o *mention) bool { return o.info.Type == TypeState }) != nil {
				return group // "of France, A, and ...": A's own state, no conjunct
			}
		}
		if len(group) == 1 && s.tokens[k].Text == "," && !s.othersTail(first.end) {
			return group // "to the UN, Ambassador Hwang": a list ends in "and", not a comma
		}
		prev := s.mentionEndingAt(k, ok) // any acceptable type: "the United States and the EU"
		if prev == nil && first.info.Type == TypePerson && k-1 > s.a && s.tokens[k-1].Text == ")" {
			// h44bspk: "Martin Kimani (Kenya) and Harold Agyeman (Ghana)": the person before
			// the bracketed state.
			prev = s.bracketedStateHolder(s.mentionEndingAt(k-1, func(o *mention) bool { return o.info.Type == TypeState }), ok)
		}
		if prev != nil && first.info.Type == TypePerson {
			// h44bspk: "Kimani of Kenya and Agyeman of Ghana denounced": the state after "of"
			// is the person's own, who is the conjunct.
			if h := s.holderBeforeOf(prev, ok); h != nil {
				prev = h
			}
		}
		if prev == nil && first.possessive && s.tw(wConjunction, k) && k-1 > s.a && s.tokens[k-1].Text == "'s" {
			// "North Korea's and Iran's support for Moscow": possessors coordinated.
			prev = s.mentionEndingAt(k-1, func(m *mention) bool { return m.possessive && ok(m) })
		}
		if prev == nil && s.tw(wConjunction, k) && k-1 > s.a && s.tokens[k-1].Text == "," && first.info.Type == TypePerson {
			prev = s.headBeforeApposition(k-1, ok)
		}
		if prev == nil && len(group) == 1 && s.tw(wConjunction, k) && k-1 > s.a && s.tokens[k-1].Text == "," {
			prev = s.serialCommaMember(k-1, ok)
		}
		if prev == nil {
			return group
		}
		group = append([]*mention{prev}, group...)
	}
}

// holderBeforeOf: the person named right before "of" (or "of the") and the state m, as
// meeting coverage names a delegate ("Kimani of Kenya"), or nil.
func (s *sentenceCtx) holderBeforeOf(m *mention, ok func(*mention) bool) *mention {
	if m.info.Type != TypeState || m.possessive {
		return nil
	}
	j := m.start - 1
	if j > s.a && s.tokens[j].is("the") {
		j--
	}
	if j <= s.a || !s.tokens[j].is("of") {
		return nil
	}
	if p := s.mentionEndingAt(j, ok); p != nil && p.info.Type == TypePerson && !p.coref {
		return p
	}
	return nil
}

// pairedConjunct: person m follows the comma at c after the office of a state, in a list of
// such offices each followed by its holder: "the representatives of France, A, and the United
// Kingdom, B" (people.go pairedRole) or "Kenya's ambassador, A, and Ghana's envoy, B" (a
// state's possessive and a role noun). The holder before the state's ", and" (or list comma)
// is returned, or nil. In the bare shape the earlier holder must follow a state and its comma
// too ("of France, A, and the United Kingdom, B"), so a list of states is not read as one.
func (s *sentenceCtx) pairedConjunct(m *mention, c int, ok func(*mention) bool) *mention {
	if m.start-1 != c {
		return nil
	}
	isState := func(o *mention) bool { return o.info.Type == TypeState }
	bare := false
	var j int
	if st := s.mentionEndingAt(c, isState); st != nil && !st.possessive {
		bare = true
		j = st.start - 1
		if j > s.a && s.tokens[j].is("the") {
			j--
		}
	} else {
		// "..., and Ghana's envoy, B": a role noun after a state's possessive.
		r := s.roleEndingAt(c-1, c)
		if r < 0 || r-1 <= s.a || !s.tokens[r-1].is("'s", "\u2019s") {
			return nil
		}
		st := s.mentionEndingAt(r-1, func(o *mention) bool { return isState(o) && o.possessive })
		if st == nil {
			st = s.mentionEndingAt(r, func(o *mention) bool { return isState(o) && o.possessive })
		}
		if st == nil {
			return nil
		}
		j = st.start - 1
		if j > s.a && s.tokens[j].is("the") {
			j--
		}
	}
	if j-1 <= s.a {
		return nil
	}
	if s.tw(wConjunction, j) && s.tokens[j-1].Text == "," {
		j--
	} else if s.tokens[j].Text != "," {
		return nil
	}
	p := s.mentionEndingAt(j, ok)
	if p == nil || p.info.Type != TypePerson || p.coref {
		return nil
	}
	if bare {
		if k := p.start - 1; k-1 <= s.a || s.tokens[k].Text != "," || s.mentionEndingAt(k, isState) == nil {
			return nil
		}
	}
	return p
}

// stateOrBody: a name of a state or an institution.
func stateOrBody(m *mention) bool {
	return m.info.Type == TypeState || m.info.Type == TypeInstitution
}

// othersTail: the conjunction at k closes a list of names with an unnamed plural of "other"
// members ("Chile, Peru and some forty other states", "Japan, Korea and several other
// partners"): the name before k is the list's last named member, not a phrase of its own.
func (s *sentenceCtx) othersTail(k int) bool {
	if k >= s.b || !s.tw(wConjunction, k) {
		return false
	}
	for j := k + 1; j+1 < s.b && j <= k+4; j++ {
		tk := s.tokens[j]
		if !tk.isWord() || tk.isCap() || s.mentionAt(j) != nil {
			return false
		}
		if tk.is("other") {
			n := s.tokens[j+1]
			return n.isWord() && !n.isCap() && plural(n.Lower)
		}
	}
	return false
}

// describedConjunct: person m stands in apposition, after the comma at c, to a definite
// description of an office ("the Foreign Minister of Japan") that follows a conjunction: the
// name before that conjunction, or nil.
func (s *sentenceCtx) describedConjunct(m *mention, c int, ok func(*mention) bool) *mention {
	for j := c - 1; j-1 > s.a && j >= c-10; j-- {
		if !s.tokens[j].is("the") || !s.tw(wConjunction, j-1) {
			continue
		}
		if s.describedPerson(j, j+1, s.b) != m {
			return nil
		}
		if p := s.mentionEndingAt(j-1, ok); p != nil {
			return p
		}
		// h44bspk: "The Foreign Minister of Armenia, A, and the Foreign Minister of Georgia,
		// B": the earlier holder closes its own apposition with a comma before "and".
		if j-2 > s.a && s.tokens[j-2].Text == "," {
			if p := s.mentionEndingAt(j-2, ok); p != nil && p.info.Type == TypePerson && !p.coref {
				return p
			}
		}
		return nil
	}
	return nil
}

// roleEndingAt: where a titles.txt role noun that ends at token k starts ("defence
// minister"), looking at most three words back, or -1.
func (s *sentenceCtx) roleEndingAt(k, limit int) int {
	if s.roles == nil {
		return -1
	}
	for j := k; j > s.a && j >= k-2; j-- {
		if n := s.roles.matchAt(s.tokens[:limit], j); n > 0 && j+n == k+1 {
			return j
		}
	}
	return -1
}

// serialCommaMember: the name before the serial comma at c of a list "X, Y, and Z" (Y), or
// nil. With a serial comma the comma before "and" is no clause boundary only when another
// comma-joined name stands before Y ("Putin met Kim, and Russia signed": Kim is no subject).
func (s *sentenceCtx) serialCommaMember(c int, ok func(*mention) bool) *mention {
	y := s.mentionEndingAt(c, ok)
	if y == nil || y.start-1 <= s.a {
		return nil
	}
	j := y.start - 1
	if y.info.Type == TypePerson {
		j = s.titleBefore(y)
	}
	if j <= s.a || s.tokens[j].Text != "," {
		return nil
	}
	if x := s.mentionEndingAt(j, ok); x == nil || x.info.Type != y.info.Type {
		return nil
	}
	return y
}

// titleBefore: the token right before the title that opens person m's name ("Philippine
// Secretary of National Defense Gilberto Teodoro": the token before "Philippine"), looking at
// most eight words back; m.start-1 when no title stands there.
func (s *sentenceCtx) titleBefore(m *mention) int {
	k := m.start - 1
	for k > s.a && k >= m.start-8 && !s.tw(wConjunction, k) && s.tokens[k].Text != "," {
		t := s.tokens[k]
		if t.isCap() && t.isWord() || t.Text == "." && !t.SpaceBefore && s.tokens[k-1].isCap() ||
			s.tw(wOfficeLink, k) && k+1 < m.start && s.tokens[k+1].isCap() && s.tokens[k-1].isCap() {
			k--
			continue
		}
		return m.start - 1
	}
	return k
}

// otherPrepBetween: a preposition other than "of" stands in [a, b), so a name at b is its
// object ("to the city of Kharkiv" is one phrase; "to win in Ukraine" is not).
func (s *sentenceCtx) otherPrepBetween(a, b int) bool {
	for k := a; k < b; k++ {
		if s.tw(wPreposition, k) && !s.tokens[k].is("of") {
			return true
		}
	}
	return false
}

// isAmount: a number written in digits ("30", "1,000"), which a list of counted things
// carries before each member ("170 Shahed-136 drones, 30 Paveh cruise missiles").
func isAmount(text string) bool {
	if text == "" || text[0] < '0' || text[0] > '9' {
		return false
	}
	for i := 0; i < len(text); i++ {
		if (text[i] < '0' || text[i] > '9') && text[i] != ',' && text[i] != '.' {
			return false
		}
	}
	return true
}

// headBeforeApposition: the person before an apposition that closes with the comma at c
// ("Ibrahim Traoré, President of Burkina Faso, and Assimi Goïta ...": Traoré), or nil.
func (s *sentenceCtx) headBeforeApposition(c int, ok func(*mention) bool) *mention {
	for k := c - 1; k > s.a && k >= c-10; k-- {
		if s.tokens[k].Text != "," {
			continue
		}
		if !s.tokens[k+1].isCap() || s.mentionAt(k+1) != nil {
			return nil // an apposition opens with a title ("President of ..."), not a name
		}
		if m := s.mentionEndingAt(k, ok); m != nil && m.info.Type == TypePerson {
			return m
		}
		return nil
	}
	return nil
}

// speaks: the speech verb at k has info among its speakers (a group anaphor's members too).
func (s *sentenceCtx) speaks(k int, info *entityInfo) bool {
	sp := s.speakerOf(k, func(*mention) bool { return true })
	if sp == nil || sp.start >= k {
		return false
	}
	for j := range s.mentions {
		if m := &s.mentions[j]; m.start == sp.start && m.info == info {
			return true
		}
	}
	// "Canada and Italy said that they condemned": every name of the speakers' list speaks.
	for _, m := range s.coordination(sp, func(m *mention) bool { return !m.coref }) {
		if m.info == info {
			return true
		}
	}
	return false
}

// pluperfect: the verb group [vg, t) holds "had" ("said that it had condemned").
func (s *sentenceCtx) pluperfect(vg, t int) bool {
	for j := vg; j < t; j++ {
		if s.tokens[j].is("had") {
			return true
		}
	}
	return false
}

// ellipsisDoers: "Hungary ratified the protocol on 26 February, after Türkiye had done so in
// January": a positive "do so" (cues.tsv class ellipsis) whose subject is a name of the same
// type as the source of the relations the latest trigger before it stated repeats those
// relations with that subject as source, dated from its own clause. A negated one ("has yet to
// do so") states nothing here; modality reads it.
func (x *Extractor) ellipsisDoers(s *sentenceCtx, out []Relation, spans []trigSpan) ([]Relation, []trigSpan) {
	n0 := len(spans)
	if n0 == 0 {
		return out, spans // no trigger's relations to repeat: most sentences
	}
	for k := s.a + 1; k < s.b; k++ {
		n := x.lex.ellipsis.matchAt(s.tokens[:s.b], k)
		if n == 0 {
			continue
		}
		var last *trigSpan
		for i := range spans[:n0] {
			if spans[i].te <= k && spans[i].to > spans[i].from && (last == nil || spans[i].t > last.t) {
				last = &spans[i]
			}
		}
		if last == nil {
			continue
		}
		ca, _ := s.clauseOf(k)
		vg := s.verbGroupStart(k, max(ca, last.te))
		negated := false
		for j := max(s.a, vg-1); j < k; j++ {
			negated = negated || x.lex.negation.matchAt(s.tokens[:s.b], j) > 0
		}
		subj := s.mentionEndingAt(vg, func(m *mention) bool { return !m.possessive && !m.demonym })
		if negated || subj == nil {
			continue
		}
		from := len(out)
		for _, r := range out[last.from:last.to] {
			kind, _, _ := strings.Cut(subj.info.ID, ":")
			if r.Src == subj.info.ID || r.Dst == subj.info.ID || !strings.HasPrefix(r.Src, kind+":") {
				continue
			}
			c := r
			c.Src = subj.info.ID
			c.Dates = nil
			c.Rule = r.Rule + "+ellipsis"
			out = append(out, c)
		}
		if len(out) > from {
			spans = append(spans, trigSpan{t: k, te: k + n, from: from, to: len(out)})
		}
	}
	return out, spans
}

// joinListClauses: a colon or a spaced dash that opens a bare list of names ("The JEF
// comprises ten nations: Denmark, Estonia and the UK", "the AUKUS partners - Australia, the
// United Kingdom and the United States - were on track") opens no clause: the list names
// the noun before it, and the frames read it as that noun's members or apposition. A bare
// list holds two names or more and nothing else but commas, conjunctions and list glue
// (articles), up to the sentence's end or the closing dash, which then opens no clause
// either.
func (s *sentenceCtx) joinListClauses() {
	if len(s.clauses) < 2 || len(s.mentions) < 3 {
		return
	}
	drop := func(i int) { s.clauses = slices.DeleteFunc(s.clauses, func(c int) bool { return c == i }) }
	for ci := 1; ci < len(s.clauses); ci++ {
		c := s.clauses[ci]
		if c <= s.a+1 || c > s.b {
			continue
		}
		p := s.tokens[c-1]
		dash := p.Text != ":"
		if dash && !(p.Text == "\u2014" || p.Text == "\u2013" || p.Text == "-" && p.SpaceBefore) {
			continue
		}
		if end, ok := s.bareList(c, dash); ok {
			drop(c)
			if dash && end < s.b {
				drop(end + 1)
			}
			ci--
		}
	}
}

// listOpener: the token at k is a colon or a spaced dash that opens a bare list of names:
// joinListClauses kept it inside its clause.
func (s *sentenceCtx) listOpener(k int) bool {
	if k <= s.a || k+1 >= s.b {
		return false
	}
	switch t := s.tokens[k]; {
	case t.Text == ":" || t.Text == "\u2014" || t.Text == "\u2013" || t.Text == "-" && t.SpaceBefore:
		return !slices.Contains(s.clauses, k+1)
	}
	return false
}

// bareList: from k, two names or more with only commas, conjunctions and list glue between
// them, up to the sentence's end (terminal punctuation allowed) or, with dash, to a closing
// dash, whose position it returns (else the end's).
func (s *sentenceCtx) bareList(k int, dash bool) (int, bool) {
	names := 0
	for j := k; j < s.b; {
		tk := s.tokens[j]
		if m := s.mentionAt(j); m != nil && !m.demonym {
			names++
			j = m.end
			continue
		}
		switch {
		case tk.Text == "," || s.tw(wConjunction, j) || s.tw(wArticle, j):
			j++
			continue
		case dash && (tk.Text == "\u2014" || tk.Text == "\u2013" || tk.Text == "-"):
			return j, names >= 2
		case j == s.b-1 && !tk.isWord():
			return j, names >= 2
		}
		return 0, false
	}
	return s.b, names >= 2
}

// siteParticiple: the trigger at i is a present participle right after a site noun (words.tsv
// site-head: "energy facilities supporting the military-industrial complex", "plants
// supplying the Russian army"): a reduced relative on the site, whose act is the site's, not
// the clause subject's.
func (s *sentenceCtx) siteParticiple(i int) bool {
	return i > s.a && s.w.ends(eParticiple, s.tokens[i].Lower) && s.tw(wSiteHead, i-1) && s.mentionEndingAt(i, func(*mention) bool { return true }) == nil
}

// penaltyParticiple: the present participle at i follows a penalty noun (cues.tsv penalty:
// "sanctions", "export controls") or a words.tsv measure-noun ("measures", "package") and a
// name follows it ("new sanctions targeting Iran Air", "measures targeting Rosneft"): a
// reduced relative on the penalty with its object, a verb, not the noun "targeting".
func (x *Extractor) penaltyParticiple(s *sentenceCtx, i int) bool {
	if i <= s.a || i+1 >= s.b || !s.w.ends(eParticiple, s.tokens[i].Lower) {
		return false
	}
	if m := s.mentionAt(i + 1); m == nil || m.start != i+1 || m.possessive || s.modifierOnly(m) {
		return false
	}
	if s.tw(wMeasureNoun, i-1) {
		return true
	}
	for k := i - 1; k >= s.a && k >= i-3; k-- {
		if x.lex.penalty.matchAt(s.tokens[:i], k) == i-k {
			return true
		}
	}
	return false
}

// pastForm: the word at t has the form of a simple past, irregular ("said") or regular
// (words.tsv past-ending: "called").
func (s *sentenceCtx) pastForm(t int) bool {
	return s.tw(wIrregularPast, t) || s.w.ends(ePast, s.tokens[t].Lower)
}

// pastCompany: the words.tsv event-noun at t is followed by a simple-past passive of an
// event-company participle and its "by" agents ("The meeting was attended by", "the summit
// was hosted by"): an occasion the company took part in, told as done.
func (s *sentenceCtx) pastCompany(t, ca, cb int) bool {
	return s.tw(wEventNoun, t) && t+3 < cb && s.tw(wBe, t+1) && s.tw(wEventCompany, t+2) &&
		s.tokens[t+3].is("by") && s.dateLex.simplePast(s.tokens, ca, t+2)
}

// namesBetween: a mention starts in [a, b).
func (s *sentenceCtx) namesBetween(a, b int) bool {
	for k := a; k < b; k++ {
		if s.mentionAt(k) != nil {
			return true
		}
	}
	return false
}

// purposeTo: the "to" at k and a bare verb open a purpose ("sending its warships to shadow the
// Chinese forces"), whose object, the name m when it is a demonym, is no recipient or
// destination of the verb before "to" (r42supp; names after an article or possessive were tried
// and cost a true relation on a counted set). "to eastern Ukraine" and "to the Russian army"
// open no verb (infinitiveTo).
func (s *sentenceCtx) purposeTo(k int, m *mention, cb int) bool {
	if !s.tokens[k].is("to") || m.start < k+2 || !s.infinitiveTo(k, cb) {
		return false
	}
	if m.start == k+2 && !s.trigAt(k+1) {
		// One word between may be an adjective ("to frontline Ukrainian units"); a trigger
		// verb there opens the purpose's own act (h44sanc: "sent F-16 jets to bomb Cambodian
		// positions", "sent drones to attack Congolese army posts").
		return false
	}
	if s.tokens[k+1].is("fight", "serve") {
		return false // "sent troops to fight alongside Russian forces": they fight where they went
	}
	return m.demonym
}

// purposeBefore: a purpose "to" (purposeTo) stands between te and the name m (r42supp).
func (s *sentenceCtx) purposeBefore(te int, m *mention, cb int) bool {
	for k := te; k < m.start; k++ {
		if s.purposeTo(k, m, cb) {
			return true
		}
	}
	return false
}

// whereAside: the trigger at t stands in a non-restrictive "where" clause (", where") whose
// start is the clause start ca or lies within the eight words before t, with no comma between.
func (s *sentenceCtx) whereAside(t, ca int) bool {
	for k := t - 1; k >= s.a && k >= t-8; k-- {
		if s.tokens[k].Text == "," {
			return false
		}
		if s.tokens[k].is("where") {
			return k > s.a && s.tokens[k-1].Text == ","
		}
	}
	return false
}

// dropBracketedOwnState: of the relations one stance trigger stated (out[n:]), those from a
// person to the state the sentence names in brackets after them ("Linda Thomas-Greenfield
// (United States) called the vetoes cynical"): the state a delegate speaks for is no target of
// their blame, as it is no target when it is the source (h44bspk).
func (s *sentenceCtx) dropBracketedOwnState(out []Relation, n int) []Relation {
	kept := out[:n]
	for _, r := range out[n:] {
		if !s.bracketsOwnState(r.Src, r.Dst) {
			kept = append(kept, r)
		}
	}
	return kept
}

// bracketsOwnState: a mention of person src stands right before "(", the state dst and ")".
func (s *sentenceCtx) bracketsOwnState(src, dst string) bool {
	for j := range s.mentions {
		m := &s.mentions[j]
		if m.info.ID != dst || m.info.Type != TypeState {
			continue
		}
		if p := s.bracketedStateHolder(m, func(o *mention) bool { return true }); p != nil && p.info.ID == src {
			return true
		}
	}
	return false
}

// dropCoSourceTargets: of the relations one stance trigger stated (out[n:]), those whose target
// is also one of its sources. A stance is taken toward another party, not toward one of those
// taking it ("The three European governments described the transfer as an escalation by both
// countries": "both countries" read as two of the three is no target); blame that two sides
// trade is the reciprocal rows' (triggers.tsv flag reciprocal), which are not filtered
// (h44cond).
func dropCoSourceTargets(out []Relation, n int) []Relation {
	var srcs []string
	for _, r := range out[n:] {
		if !slices.Contains(srcs, r.Src) {
			srcs = append(srcs, r.Src)
		}
	}
	kept := out[:n]
	for _, r := range out[n:] {
		if !slices.Contains(srcs, r.Dst) {
			kept = append(kept, r) // kept never passes r's index: in place is safe
		}
	}
	return kept
}
