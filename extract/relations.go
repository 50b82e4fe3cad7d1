package extract

import (
	"sort"
	"strings"
)

// argTypes is the schema's table of which entity types each relation joins (SCHEMA.md).
var argTypes = map[string][2][]string{
	RelVisited:    {{TypePerson, TypeState}, {TypeState, TypePlace}},
	RelMetWith:    {{TypePerson}, {TypePerson}},
	RelVetoed:     {{TypeState}, {TypeInstitution, TypeAgreement}},
	RelSupplied:   {{TypeState, TypeInstitution}, {TypeState}},
	RelSupports:   {{TypeState, TypePerson, TypeInstitution}, {TypeState, TypePerson, TypeInstitution}},
	RelCondemned:  {{TypeState, TypePerson, TypeInstitution}, {TypeState, TypePerson, TypeInstitution}},
	RelSanctioned: {{TypeState, TypeInstitution}, {TypeState, TypeInstitution, TypePerson}},
	RelAttacked:   {{TypeState}, {TypeState, TypePlace}},
	RelOfficialOf: {{TypePerson}, {TypeState, TypeInstitution}},
	RelMemberOf:   {{TypeState, TypePerson}, {TypeInstitution}},
	RelAllyOf:     {{TypeState}, {TypeState}},
	RelLaunched:   {{TypeState}, {TypeWeapon}},
	RelSigned:     {{TypePerson, TypeState}, {TypeAgreement}},
	RelDeployed:   {{TypeState}, {TypeState, TypePlace}},
}

func typeIn(t string, list []string) bool {
	for _, v := range list {
		if v == t {
			return true
		}
	}
	return false
}

var (
	beForms     = wordSet("was were is are been be being")
	clauseWords = wordSet("which who whom whose where while whereas but although though because")
	pronouns    = wordSet("he she his her him")
	// After these, "that" opens the reported content, which belongs to the clause; after a
	// noun it opens a relative clause with arguments of its own.
	reportVerbs   = wordSet("said says say denied denies deny claimed claims believe believes believed reported reports confirmed confirms argued argue noted stated announced insisted warned added suggested suggests shows showed indicated indicates know known evident clear likely possible unlikely true")
	auxVerbs      = wordSet("is are was were has have had will would can could may might shall should must")
	subordinators = wordSet("after before because although though unless until whereas while when")
	functionWords = wordSet("of for to in on with a an the at by from and or as that which")
	locatives     = wordSet("in at near during inside outside across around")
	npStops       = wordSet(", ; : tasked that which who to against in on with for by from as at since after before during while")
	targetPreps   = map[string]map[string]bool{
		RelVisited:    wordSet("to into in"),
		RelSupplied:   wordSet("to for into"),
		RelSupports:   wordSet("for to of regarding with"),
		RelCondemned:  wordSet("of against on"),
		RelSanctioned: wordSet("on against"),
		RelAttacked:   wordSet("of against on in"),
		RelVetoed:     wordSet("of on"),
		RelLaunched:   wordSet("of"),
		RelDeployed:   wordSet("to into in"),
		RelMemberOf:   wordSet("of in to"),
		RelSigned:     wordSet("of"),
	}
)

// sentenceCtx is one sentence prepared for the relation rules.
type sentenceCtx struct {
	tokens   []Token
	a, b     int       // token range
	mentions []mention // in this sentence, ordered
	prev     []mention // mentions of the previous sentence, for pronouns
	clauses  []int     // clause start token indices, ascending, first = a
	inQuote  []bool    // per token of the sentence: inside quotation marks
	ref      string    // the document's reference date
	// dateMentions are the sentence's dates, found once per sentence.
	dateMentions []dateMention
	cueMarks     []uint8 // per token: the cue classes starting there (see cues)
}

func (s *sentenceCtx) refDate() string { return s.ref }

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

func newSentenceCtx(tokens []Token, span [2]int, mentions, prev []mention, ref string) *sentenceCtx {
	s := &sentenceCtx{tokens: tokens, a: span[0], b: span[1], mentions: mentions, prev: prev, ref: ref}
	s.clauses = []int{span[0]}
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
	s.inQuote = make([]bool, span[1]-span[0])
	for i := span[0]; i < span[1]; i++ {
		t := tokens[i]
		switch t.Text {
		case "\u201c":
			quoted = true
		case "\u201d":
			quoted = false
		case "\"":
			quoted = !quoted
		}
		s.inQuote[i-span[0]] = quoted
		switch {
		case t.Text == ";" || t.Text == ":" || t.Text == "\u2014" || t.Text == "\u2013" || t.Text == "-" && t.SpaceBefore:
			s.clauses = append(s.clauses, i+1)
		case clauseWords[t.Lower] && i > span[0] && tokens[i-1].Text == ",",
			subordinators[t.Lower] && i > span[0],
			t.Lower == "that" && i > span[0] && tokens[i-1].isWord() && !reportVerbs[tokens[i-1].Lower]:
			s.clauses = append(s.clauses, i)
		}
	}
	sort.Ints(s.clauses) // the opening-phrase boundary was added first
	return s
}

// relationRules finds the relations stated in one sentence.
func (x *Extractor) relationRules(s *sentenceCtx) []Relation {
	var out []Relation
	inName := make([]bool, s.b-s.a)
	for _, m := range s.mentions {
		for k := m.start; k < m.end; k++ {
			inName[k-s.a] = true
		}
	}
	for i := s.a; i < s.b; i++ {
		if inName[i-s.a] {
			continue // "Strategic Partnership Treaty" names a treaty, it states no partnership
		}
		trigs := x.lex.triggerAt(s.tokens, i)
		nounUse := s.nounUse(i)
		for _, trig := range trigs {
			if nounUse && (trig.frame == "verb" || trig.frame == "verb-to") {
				continue
			}
			if trig.relation == RelSupplied && (trig.frame == "verb-to" || trig.frame == "noun") && x.troopsAfter(s, i+trig.length) {
				trig.relation = RelDeployed // "send more troops to Belarus"
			} else if trig.relation == RelSupplied && trig.frame != "agent" && !x.goodsInClause(s, i) {
				continue
			}
			out = append(out, x.applyTrigger(s, i, trig)...)
		}
		if len(trigs) > 0 {
			i += trigs[0].length - 1 // "state visit" is one trigger, not also "visit"
		}
	}
	out = append(out, x.officialRules(s)...)
	return out
}

// nounUse: a determiner, possessive or preposition before the word, or "of" after it, makes
// "transfer" or "visit" a noun, so verb frames do not apply.
func (s *sentenceCtx) nounUse(i int) bool {
	if strings.HasSuffix(s.tokens[i].Lower, "ing") && (i+1 < s.b && s.tokens[i+1].isCap() || i > s.a && s.tokens[i-1].is("of", "for", "by", "in")) {
		// "a visiting Chinese official", "accused Iran of transferring missiles": participles
		// and gerunds keep their verb frames.
		return false
	}
	if i > s.a && s.tokens[i-1].is("the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those", "'s", "of", "for", "in", "on", "with", "further", "more") {
		return true
	}
	return i+1 < s.b && s.tokens[i+1].is("of")
}

// goodsInClause: something that can be supplied (a weapon or a goods noun) in the clause.
func (x *Extractor) goodsInClause(s *sentenceCtx, t int) bool {
	ca, cb := s.clauseOf(t)
	for _, m := range s.mentions {
		if m.info.Type == TypeWeapon && m.start >= ca && m.end <= cb {
			return true
		}
	}
	for k := ca; k < cb; k++ {
		if x.lex.goods.matchAt(s.tokens, k) > 0 {
			return true
		}
	}
	return false
}

// troopsAfter: a troop noun within four tokens after a supply verb.
func (x *Extractor) troopsAfter(s *sentenceCtx, k int) bool {
	for j := k; j < s.b && j < k+4; j++ {
		if x.lex.troops.matchAt(s.tokens, j) > 0 {
			return true
		}
	}
	return false
}

type argPair struct {
	src, dst *mention
}

func (x *Extractor) applyTrigger(s *sentenceCtx, t int, trig trigger) []Relation {
	types := argTypes[trig.relation]
	ca, cb := s.clauseOf(t)
	te := t + trig.length
	srcOK := func(m *mention) bool { return typeIn(m.info.Type, types[0]) }
	dstOK := func(m *mention) bool { return typeIn(m.info.Type, types[1]) }
	var pairs []argPair
	switch trig.frame {
	case "pair":
		pairs = s.pairArgs(t, te, ca, cb, srcOK, trig.relation == RelMetWith)
	case "verb", "verb-to":
		if s.passive(t) {
			dst := s.nearestLeft(t, ca, dstOK, true)
			if trig.frame == "verb-to" {
				// "shells have been sent to Russia by North Korea": the recipient follows "to".
				if to := s.afterWord(t+trig.length, cb, "to", dstOK, 6); to != nil {
					dst = to
				}
			}
			src := s.afterWord(te, cb, "by", srcOK, 12)
			if src == nil && trig.frame == "verb-to" {
				break
			}
			for _, d := range s.group(dst, dstOK) {
				pairs = append(pairs, argPair{src, d})
			}
			break
		}
		var src *mention
		if s.tokens[t].is("visiting") && t > s.a && s.tokens[t-1].is("a", "the") {
			// "a visiting Chinese official ... in Pyongyang": the visitor follows.
			for _, v := range s.group(s.firstRight(te, cb, srcOK, nil), srcOK) {
				pairs = append(pairs, argPair{v, s.afterWord(te, cb, "in", dstOK, 20)})
			}
			break
		}
		src = s.nearestLeft(t, ca, srcOK, true)
		if subj := s.coordinatedVerbSubject(src, t, ca, srcOK); subj != nil {
			src = subj
		}
		if src == nil {
			src = s.relativeSubject(ca, srcOK)
		}
		if head := s.appositionHead(src, t, srcOK); head != nil {
			src = head
		}
		if src == nil {
			src = s.pronounSubject(t, ca, srcOK)
		}
		var dst *mention
		if trig.frame == "verb-to" {
			dst = s.afterWord(te, cb, "to", dstOK, 14)
			if dst == nil {
				dst = s.afterWord(te, cb, "into", dstOK, 14)
			}
		}
		if dst == nil {
			if trig.relation == RelVetoed {
				dst = s.lastInNP(te, cb, dstOK)
			} else {
				objOK := dstOK
				if trig.relation != RelVisited && trig.relation != RelAttacked && trig.relation != RelDeployed {
					objOK = func(m *mention) bool { return dstOK(m) && !(m.start > s.a && locatives[s.tokens[m.start-1].Lower]) }
				}
				dst = s.firstRight(te, cb, objOK, src)
			}
		}
		for _, sm := range s.coordination(src, srcOK) {
			for _, d := range s.group(dst, dstOK) {
				pairs = append(pairs, argPair{sm, d})
			}
		}
	case "agent":
		recipient := s.possessor(t)
		if recipient == nil || !dstOK(recipient) {
			recipient = s.afterPrep(te, cb, wordSet("to of for"), dstOK, nil)
		}
		var doer *mention
		if recipient != nil && recipient.end <= t {
			doer = s.nearestLeft(recipient.start, ca, srcOK, false)
		} else {
			doer = s.nearestLeft(t, ca, srcOK, false)
		}
		if doer == nil {
			// "Iran, a key supplier to Russia": the name before the apposition's comma.
			for k := t - 1; k > s.a && k >= t-6; k-- {
				if s.tokens[k].Text == "," {
					doer = s.mentionEndingAt(k, srcOK)
					break
				}
			}
		}
		pairs = append(pairs, argPair{doer, recipient})
	case "recv":
		recipient := s.possessor(t)
		if recipient == nil || !dstOK(recipient) {
			recipient = s.nearestLeft(t, ca, dstOK, true)
		}
		source := s.afterWord(te, cb, "from", srcOK, 14)
		if source == nil {
			source = s.firstRight(te, cb, srcOK, recipient)
		}
		pairs = append(pairs, argPair{source, recipient})
	case "noun":
		src := s.possessor(t)
		if src == nil || !srcOK(src) {
			src = s.attributive(t, srcOK)
		}
		if src == nil {
			// The agent may sit past a relative clause ("the visit to Pyongyang that began
			// on April 11 by Mr Zhao Leji"), but not past a comma.
			src = s.afterWord(te, s.untilComma(te), "by", srcOK, 12)
		}
		if src == nil && trig.relation == RelVisited {
			src = s.afterWord(te, cb, "of", srcOK, 3)
		}
		if src == nil && (trig.relation == RelSupplied || trig.relation == RelCondemned || trig.relation == RelSupports) {
			src = s.afterWord(te, cb, "from", srcOK, 12)
		}
		if src == nil && (trig.relation == RelSupplied || trig.relation == RelDeployed) {
			src = s.attributiveInObject(te, cb, srcOK)
		}
		// The clause's subject as the source ("Kim pledged his support for Russia"), except
		// for attacks: "weapons used in the war in Ukraine" names no attacker.
		if src == nil && trig.relation != RelAttacked {
			src = s.nearestLeft(t, ca, srcOK, false)
			if subj := s.coordinatedVerbSubject(src, t, ca, srcOK); subj != nil {
				src = subj
			}
		}
		if src == nil {
			src = s.pronounSubject(t, ca, srcOK)
		}
		if src == nil && trig.relation == RelLaunched {
			src = s.firstRight(te, cb, srcOK, nil)
		}
		var dst *mention
		if trig.relation == RelLaunched && t > s.a {
			dst = s.mentionEndingAt(t, dstOK)
		}
		if dst == nil {
			dst = s.afterPrep(te, cb, targetPreps[trig.relation], dstOK, src)
		}
		for _, sm := range s.coordination(src, srcOK) {
			for _, d := range s.group(dst, dstOK) {
				pairs = append(pairs, argPair{sm, d})
			}
		}
	}
	var out []Relation
	for _, p := range pairs {
		if p.src == nil || p.dst == nil || p.src.info == p.dst.info {
			continue
		}
		out = append(out, x.buildRelations(s, t, trig, p)...)
	}
	return out
}

// buildRelations attaches items, dates, polarity and modality.
func (x *Extractor) buildRelations(s *sentenceCtx, t int, trig trigger, p argPair) []Relation {
	ca, cb := s.clauseOf(t)
	r := Relation{Type: trig.relation, Src: p.src.info.ID, Dst: p.dst.info.ID, Sentence: p.src.sentence,
		Rule: trig.relation + "/" + trig.frame + ":" + s.tokens[t].Lower}
	src, dst := p.src.info.ID, p.dst.info.ID
	if Undirected(r.Type) && dst < src {
		r.Src, r.Dst = dst, src
	}
	r.Polarity, r.Modality = x.attitude(s, t, ca, cb)
	r.Attribution = s.attribution()
	if r.Modality == Fact && s.inQuote[t-s.a] {
		r.Modality = Reported
	}
	r.Dates = s.dates(t)
	if trig.relation != RelSupplied && trig.relation != RelDeployed {
		return []Relation{r}
	}
	// Items and quantities: named around the trigger, up to the next verb ("the impact of
	// Russian technology exports is demonstrated by ... nuclear drones" supplies no drones).
	lo, hi := max(ca, t-3), min(cb, t+16)
	if s.passive(t) {
		lo = ca // "a million shells were sent": what was sent is the subject
	}
	for k := t + 1; k < hi; k++ {
		if auxVerbs[s.tokens[k].Lower] {
			hi = k
			break
		}
	}
	r.Quantity = x.quantity(s, lo, hi)
	if trig.relation != RelSupplied {
		return []Relation{r}
	}
	var out []Relation
	for _, m := range s.mentions {
		if m.info.Type == TypeWeapon && m.start >= lo && m.end <= hi {
			withItem := r
			withItem.Item = m.info.ID
			out = append(out, withItem)
		}
	}
	if len(out) == 0 {
		out = append(out, r)
	}
	return out
}

// quantity finds an amount in tokens [lo, hi): "more than a million artillery shells",
// "about 11,000 troops", "thousands of drones", "300 containers". Dates are not amounts.
func (x *Extractor) quantity(s *sentenceCtx, lo, hi int) string {
	inDate := func(k int) bool {
		for _, d := range s.dateMentions {
			if k >= d.start && k < d.end {
				return true
			}
		}
		return false
	}
	for k := lo; k < hi; k++ {
		tk := s.tokens[k]
		isNumber := tk.Text[0] >= '0' && tk.Text[0] <= '9' && !strings.HasSuffix(tk.Lower, "th") &&
			!strings.HasSuffix(tk.Lower, "st") && !strings.HasSuffix(tk.Lower, "nd") && !strings.HasSuffix(tk.Lower, "rd")
		if !isNumber && x.lex.amounts.matchAt(s.tokens[:hi], k) == 0 || inDate(k) {
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

// attitude reads polarity and modality from cue words in the trigger's clause: negation
// shortly before the trigger, denial verbs a little further, hedges and attributions anywhere
// in the clause.
func (x *Extractor) attitude(s *sentenceCtx, t, ca, cb int) (string, string) {
	polarity, modality := Asserted, Fact
	cue := x.cues(s)
	negations := 0
	for k := max(ca, t-4); k < t; k++ {
		if cue[k-s.a]&cueNegation != 0 {
			negations++
		}
	}
	for k := max(ca, t-7); k < t; k++ {
		if cue[k-s.a]&cueDenial != 0 {
			negations++
		}
	}
	if negations%2 == 1 { // "has not ruled out buying": two negations assert
		polarity = Denied
	}
	spec, rep := false, false
	// Hedges count before the trigger, or just after it ("support include - or may
	// include -"); further on they belong to another statement.
	for k := ca; k < cb; k++ {
		if k <= t+5 && cue[k-s.a]&cueSpeculative != 0 {
			spec = true
		}
		if cue[k-s.a]&cueReported != 0 {
			rep = true // "..., according to U.S. officials." covers the whole clause
		}
	}
	// Attribution usually opens the sentence ("According to ..., X did Y").
	for k := s.a; k < ca; k++ {
		if cue[k-s.a]&cueReported != 0 {
			rep = true
		}
	}
	switch {
	case spec:
		modality = Speculative
	case rep:
		modality = Reported
	}
	return polarity, modality
}

const (
	cueNegation = 1 << iota
	cueDenial
	cueSpeculative
	cueReported
)

// cues marks, once per sentence, where each class of cue phrase starts.
func (x *Extractor) cues(s *sentenceCtx) []uint8 {
	if s.cueMarks != nil {
		return s.cueMarks
	}
	s.cueMarks = make([]uint8, s.b-s.a)
	for k := s.a; k < s.b; k++ {
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
		if x.lex.reported.matchAt(s.tokens, k) > 0 {
			m |= cueReported
		}
		s.cueMarks[k-s.a] = m
	}
	return s.cueMarks
}

func (s *sentenceCtx) attribution() string {
	for i := s.a; i+2 < s.b; i++ {
		if s.tokens[i].is("according") && s.tokens[i+1].is("to") {
			for _, m := range s.mentions {
				if m.start > i && m.start <= i+8 {
					return m.info.Name
				}
			}
		}
	}
	return ""
}

// dates: the dates of the date expression nearest the trigger (dates.go, reldates.go).
func (s *sentenceCtx) dates(t int) []string {
	ca, cb := s.clauseOf(t)
	return relationDates(s.tokens, s.dateMentions, t, ca, cb)
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// passive: "have been sent", "was vetoed" (adverbs in between allowed).
func (s *sentenceCtx) passive(t int) bool {
	if strings.HasSuffix(s.tokens[t].Lower, "ing") {
		return false // "may be sharing": progressive, not passive
	}
	for k := t - 1; k >= s.a && k >= t-3; k-- {
		tk := s.tokens[k]
		if beForms[tk.Lower] {
			return true
		}
		if !strings.HasSuffix(tk.Lower, "ly") {
			return false
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
	for closing > m.end && strings.HasSuffix(s.tokens[closing].Lower, "ly") {
		closing-- // "..., has consistently condemned"
	}
	for closing > m.end && s.tokens[closing].is("has", "have", "had", "also", "then") {
		closing--
	}
	if closing < m.end || s.tokens[closing].Text != "," {
		return nil
	}
	for k := m.start - 1; k > s.a && k >= m.start-6; k-- {
		if s.tokens[k].Text != "," {
			continue
		}
		if s.tokens[k+1].isCap() {
			return nil // "..., Ambassador Hwang, has condemned": the name is the subject
		}
		if head := s.mentionEndingAt(k, ok); head != nil {
			return head
		}
		return nil
	}
	return nil
}

// relativeSubject: in "Zelensky, who visited Washington" the clause opened by "who" has the
// name before the comma as its subject.
func (s *sentenceCtx) relativeSubject(ca int, ok func(*mention) bool) *mention {
	if ca > s.a+1 && s.tokens[ca].is("who", "which") && s.tokens[ca-1].Text == "," {
		return s.mentionEndingAt(ca-1, ok)
	}
	return nil
}

// coordinatedVerbSubject: "The administration accused Iran of X, and announced sanctions on
// Y": after ", and" + verb the subject is the clause's first name, not the nearest one.
func (s *sentenceCtx) coordinatedVerbSubject(m *mention, t, ca int, ok func(*mention) bool) *mention {
	if m == nil {
		return nil
	}
	for k := m.end; k+2 <= t; k++ {
		if s.tokens[k].Text == "," && s.tokens[k+1].is("and") && s.tokens[k+2].isWord() && !s.tokens[k+2].isCap() &&
			!s.tokens[k+2].is("the", "a", "an", "its", "their", "his", "her") {
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
	return open > s.a && close > 0 && s.tokens[open+1].is("a", "an", "the", "its", "their") && s.mentionEndingAt(open, func(*mention) bool { return true }) != nil
}

// pronounSubject resolves "he"/"his" before the trigger to the latest person before it, in
// this sentence or the previous one.
func (s *sentenceCtx) pronounSubject(t, ca int, ok func(*mention) bool) *mention {
	for k := t - 1; k >= ca; k-- {
		if !pronouns[s.tokens[k].Lower] {
			continue
		}
		for j := range s.mentions {
			if m := &s.mentions[j]; m.end <= k && m.info.Type == TypePerson && ok(m) {
				return m
			}
		}
		for j := range s.prev {
			if m := &s.prev[j]; m.info.Type == TypePerson && ok(m) {
				return m
			}
		}
		return nil
	}
	return nil
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
		if s.tokens[k].Lower != w {
			continue
		}
		for j := range s.mentions {
			m := &s.mentions[j]
			if m.start > k && m.start <= k+6 && m.end <= cb && ok(m) {
				// "troops to Russia's Kursk region": the place, not its country.
				if m.possessive && j+1 < len(s.mentions) && s.mentions[j+1].start == m.end+1 && ok(&s.mentions[j+1]) {
					return &s.mentions[j+1]
				}
				return m
			}
		}
	}
	return nil
}

// afterPrep finds the first acceptable mention that follows one of preps within eight
// tokens of the trigger.
func (s *sentenceCtx) afterPrep(te, cb int, preps map[string]bool, ok func(*mention) bool, not *mention) *mention {
	// The trigger's own last word may be the preposition ("members of").
	for k := te - 1; k < cb && k < te+8; k++ {
		if !preps[s.tokens[k].Lower] || k > s.a && s.tokens[k-1].is("due", "according", "addition", "prior", "contrast", "compared") {
			continue
		}
		for j := range s.mentions {
			m := &s.mentions[j]
			if m.start > k && m.start <= k+5 && m.end <= cb && ok(m) && (not == nil || m.info != not.info) && !s.punctBetween(k, m.start) {
				if m.possessive && j+1 < len(s.mentions) && s.mentions[j+1].start == m.end+1 && ok(&s.mentions[j+1]) {
					return &s.mentions[j+1] // "to Russia's Kursk region"
				}
				return m
			}
		}
	}
	return nil
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
		if !s.tokens[k].isWord() && s.tokens[k].Text != "-" && s.tokens[k].Text != "'s" {
			return true
		}
	}
	return false
}

// lastInNP is the last acceptable mention of the object noun phrase ("the United Nations'
// renewal of the Panel of Experts tasked with ...").
func (s *sentenceCtx) lastInNP(te, cb int, ok func(*mention) bool) *mention {
	end := cb
	for k := te + 1; k < cb; k++ {
		if npStops[s.tokens[k].Lower] {
			end = k
			break
		}
	}
	var last *mention
	for j := range s.mentions {
		m := &s.mentions[j]
		if m.start >= te && m.end <= end && ok(m) {
			last = m
		}
	}
	return last
}

// possessor is "X's" before the trigger, with only lower-case modifiers in between
// ("North Korea's unwavering backing").
func (s *sentenceCtx) possessor(t int) *mention {
	for k := len(s.mentions) - 1; k >= 0; k-- {
		m := &s.mentions[k]
		if !m.possessive || m.end+1 > t {
			continue
		}
		if t-(m.end+1) > 3 {
			return nil
		}
		for j := m.end + 1; j < t; j++ {
			if tk := s.tokens[j]; tk.isCap() || !tk.isWord() && tk.Text != "-" || functionWords[tk.Lower] {
				return nil
			}
		}
		return m
	}
	return nil
}

// attributive is a state named just before the trigger ("Russian assistance", "the D.P.R.K.
// weapon shipments", "the Russian full-scale invasion").
func (s *sentenceCtx) attributive(t int, ok func(*mention) bool) *mention {
	for k := len(s.mentions) - 1; k >= 0; k-- {
		m := &s.mentions[k]
		if m.end > t {
			continue
		}
		if t-m.end > 4 || m.possessive || !ok(m) || m.info.Type != TypeState {
			return nil
		}
		for j := m.end; j < t; j++ {
			if tk := s.tokens[j]; tk.isCap() || !tk.isWord() && tk.Text != "-" {
				return nil
			}
		}
		return m
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
// Ukraine"; "Kim Jong Un and North Korea's Foreign Minister Choe Son Hui").
func (s *sentenceCtx) group(m *mention, ok func(*mention) bool) []*mention {
	if m == nil {
		return nil
	}
	out := []*mention{m}
	last := m
	closed := false // a list needs "and"/"or": "Ukraine, Tehran has become ..." is no list
	for {
		var next *mention
		k := last.end
		sawConj := false
		for ; k < s.b && k < last.end+7; k++ {
			tk := s.tokens[k]
			if tk.is(",", "and", "or", "the", "'s", "current", "former", "his", "her", "its") || tk.isCap() && tk.isWord() {
				if tk.is("and", "or", ",") {
					sawConj = true
				}
				if tk.is("and", "or") {
					closed = true
				}
				if n := s.mentionAt(k); n != nil && sawConj {
					if ok(n) && n.info.Type == m.info.Type {
						next = n
						break
					}
					k = n.end - 1
				}
				continue
			}
			break
		}
		if next == nil {
			if !closed {
				return out[:1]
			}
			return out
		}
		out = append(out, next)
		last = next
	}
}

// pairArgs finds the ends of a symmetric relation: "between X and Y", "X-Y partnership",
// "X met Y and Z", "X, an ally of Y and Z", "X has been Y's partner", "X and Y discussed".
func (s *sentenceCtx) pairArgs(t, te, ca, cb int, ok func(*mention) bool, meeting bool) []argPair {
	var pairs []argPair
	all := func(group []*mention) {
		for i := range group {
			for j := i + 1; j < len(group); j++ {
				pairs = append(pairs, argPair{group[i], group[j]})
			}
		}
	}
	// Hyphenated compound right before the trigger: "Iran-Russia-D.P.R.K. Axis".
	if m := s.mentionEndingAt(t, ok); m != nil && t > s.a {
		compound := []*mention{m}
		for start := m.start; start > s.a && s.tokens[start-1].Text == "-" && !s.tokens[start-1].SpaceBefore; {
			prev := s.mentionEndingAt(start-1, ok)
			if prev == nil {
				break
			}
			compound = append([]*mention{prev}, compound...)
			start = prev.start
		}
		if len(compound) >= 2 {
			all(compound)
			return pairs
		}
	}
	if te < cb && s.tokens[te].is("between") || te+1 < cb && s.tokens[te+1].is("between") {
		all(s.group(s.firstRight(te, min(cb, te+4), ok, nil), ok))
		return pairs
	}
	var left []*mention
	if owner := s.possessor(t); owner != nil && ok(owner) {
		left = []*mention{owner}
		if subj := s.nearestLeft(owner.start, ca, ok, false); subj != nil {
			pairs = append(pairs, argPair{subj, owner})
		}
	} else if subj := s.nearestLeft(t, ca, ok, false); subj != nil {
		left = s.leftGroup(subj, ok)
	} else if subj := s.relativeSubject(ca, ok); subj != nil {
		left = []*mention{subj}
	} else if subj := s.pronounSubject(t, ca, ok); subj != nil {
		left = []*mention{subj}
	}
	var right []*mention
	for k := te; k < cb && k < te+4; k++ {
		// A direct object only for meetings ("met Putin"); "X and Y are allies, and both
		// supported Z" must not pair with Z.
		if s.tokens[k].is("with", "of", "for", "to") || k == te && meeting {
			if m := s.firstRight(k, min(cb, k+14), ok, nil); m != nil {
				right = s.group(m, ok)
				break
			}
		}
	}
	if len(right) == 0 && len(left) >= 2 {
		all(left)
		return pairs
	}
	for _, l := range left {
		for _, r := range right {
			pairs = append(pairs, argPair{l, r})
		}
	}
	return pairs
}

// coordination is every mention coordinated with m, on both sides.
func (s *sentenceCtx) coordination(m *mention, ok func(*mention) bool) []*mention {
	if m == nil {
		return nil
	}
	return append(s.leftGroup(m, ok), s.group(m, ok)[1:]...)
}

// leftGroup returns the coordination ending in m ("Shoigu and Kim" for m = Kim).
func (s *sentenceCtx) leftGroup(m *mention, ok func(*mention) bool) []*mention {
	group := []*mention{m}
	for {
		first := group[0]
		k := first.start - 1
		// "Yoon Suk Yeol and Japanese Prime Minister Fumio Kishida": skip the title and the
		// demonym between the conjunction and the name.
		for k > s.a && k >= first.start-5 && !s.tokens[k].is("and", ",") &&
			(s.tokens[k].is("the") || s.tokens[k].isCap() && s.tokens[k].isWord()) {
			k--
		}
		if k <= s.a || !s.tokens[k].is("and", "or", ",") {
			return group
		}
		if len(group) == 1 && s.tokens[k].Text == "," {
			return group // "to the UN, Ambassador Hwang": a list ends in "and", not a comma
		}
		prev := s.mentionEndingAt(k, ok) // any acceptable type: "the United States and the EU"
		if prev == nil {
			return group
		}
		group = append([]*mention{prev}, group...)
	}
}
