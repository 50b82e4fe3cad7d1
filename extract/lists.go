package extract

import (
	"slices"
	"sort"
)

// Lists announced by a trigger (flag "list" in triggers.tsv). Sanctions notices name their
// designees in a list after the verb rather than as its object:
//
//	OFAC today designated four entities and two individuals ...
//	The following persons are designated pursuant to Executive Order 14024:
//	1. Qods Aviation Industries (Iran), a manufacturer of ...
//	By Japan:
//	- Kimsuky and five entities that ...
//
// A list trigger whose active use names its subject but no target leaves that subject as the
// document's pending source of the relation; a sentence ending in ":" whose list trigger
// found no target opens a list; each item after it (a line opening with a bullet, or a
// numbered line) is a target, its head name or the names after its ", including"; a
// "By X:" line inside the list makes X the source. An agentless passive of a list trigger
// ("Warsame and both of his companies were designated") takes the pending source.

// listSource is who announced a list, and when.
type listSource struct {
	info  *entityInfo
	dates []string
	// headline: the source was named in the document's headline (or a title line without
	// terminal punctuation), which summarises the
	// body ("EU adopts 15th package ... and lists DPRK officials"); a doer the body states
	// names it more closely ("The Council also extended sanctions against Iran").
	headline bool
}

// listState is the per-document state of the lists: the pending source per relation and
// the list currently open, if any.
type listState struct {
	pending map[string]listSource
	open    *openList
	// enumerator: the previous sentence was a bare number ("1."), so this one is an item.
	enumerator bool
	// lastDates are the values of the latest event date before the current sentence: the
	// date of a list whose announcement carries none ("Today our governments act. The
	// following have been designated:").
	lastDates []string
	// cur is the sentence being read; noted the latest list trigger and its sentence, for a
	// next sentence that continues its list ("Among them is X").
	cur   int
	noted *notedList
}

// notedList is a list trigger as noted in sentence sentence.
type notedList struct {
	trig     trigger
	word     string
	sentence int
}

type openList struct {
	trig trigger
	word string // the trigger's word, for the rule name
	src  listSource
	// await: the list was announced ahead ("designated the following persons under the
	// Regulations, for ... ." with no colon): so many more lines before its first entry
	// (a further sentence, a summary heading) leave it open; 0 once an entry was read.
	await int
	// persons: the latest section heading names people ("Individuals"): entry heads are
	// persons.
	persons bool
}

// listAwaitLines is how many lines an announced list waits for its first entry.
const listAwaitLines = 4

// continuedListReach is how many sentences after a list trigger a words.tsv
// list-continuation phrase may open ("Among those listed are:").
const continuedListReach = 2

// listAhead: the list trigger at t announces its targets after the sentence: a words.tsv
// list-ahead phrase ("the following") is its object, right after the trigger, or opens its
// clause ("The following persons were designated under ...").
func (s *sentenceCtx) listAhead(t, te int) bool {
	if te < s.b && s.w.listAhead.matchAt(s.tokens[:s.b], te) > 0 {
		return true
	}
	ca, _ := s.clauseOf(t)
	return ca < t && s.w.listAhead.matchAt(s.tokens[:t], ca) > 0
}

// noteListTrigger records what the list trigger at t says about sources and lists, after its
// relations (found in out[from:]) were built.
func (s *sentenceCtx) noteListTrigger(t int, trig trigger, found bool) {
	if s.lists == nil {
		return
	}
	s.lists.noted = &notedList{trig: trig, word: s.tokens[t].Lower, sentence: s.lists.cur}
	ca, _ := s.clauseOf(t)
	srcOK := func(m *mention) bool { return typeIn(m.info.Type, trig.spec.src) }
	var src *mention
	if s.passive(t) {
		src = s.afterWord(t+trig.length, s.b, "by", srcOK, 12)
		if src != nil && s.coordinatedVerbBetween(t+trig.length, src.start) {
			src = nil // "who was designated in 2021 and is supported by X": X's is the other verb
		}
	} else {
		src = s.subjectOf(t, ca, srcOK)
	}
	dates := s.firstDates()
	if p, ok := s.lists.pending[trig.relation]; ok && dates == nil && src != nil && p.info == src.info {
		// "Today, OFAC designated seven officials ... OFAC is designating the following:": the
		// same designator's list without a date of its own is the act it announced.
		dates = p.dates
	}
	if src != nil && src.start >= 0 && !(s.lists.hasPending(trig.relation) && s.concurrentAct(ca, t+trig.length)) {
		// "The Department of State is concurrently designating one entity": another body's
		// parallel act; the document's lists stay with the designator it opened with.
		if s.lists.pending == nil {
			s.lists.pending = map[string]listSource{}
		}
		s.lists.pending[trig.relation] = listSource{info: src.info, dates: dates, headline: s.headline || !s.tokens[s.b-1].is(".", "!", "?", ":", ";", ")", "\"", "\u201d", "'", "\u2019")}
	}
	colon := s.tokens[s.b-1].Text == ":" || s.headingLine(8) || s.headingBeforeItem()
	ahead := !colon && s.listAhead(t, t+trig.length)
	if found || !(colon || ahead) {
		return
	}
	ls := listSource{dates: dates}
	p, pending := s.lists.pending[trig.relation]
	doers := s.events[trig.relation]
	switch {
	case src != nil:
		ls.info = src.info
	case pending && !p.headline:
		ls = p
		if dates != nil {
			ls.dates = dates
		}
	case len(doers) == 1 && typeIn(doers[0].Type, trig.spec.src):
		// "The Council also extended sanctions against Iran ... ANNEX - Selected listings":
		// a list no one announces is the latest doer's of its relation, issued on the
		// document's date when its heading gives none (an annex to a press release).
		ls.info = doers[0]
		if ls.dates == nil && s.refDate != "" {
			ls.dates = []string{s.refDate}
		}
	case pending:
		ls = p
		if dates != nil {
			ls.dates = dates
		}
	}
	if ls.dates == nil {
		ls.dates = s.lists.lastDates
	}
	s.lists.open = &openList{trig: trig, word: s.tokens[t].Lower, src: ls}
	// "Designated individuals\n\n4. A, a Yemeni national": the heading ran into the first
	// item's number, so the next sentence is an item.
	s.lists.enumerator = s.endsInEnumerator()
	if ahead {
		s.lists.open.await = listAwaitLines
	}
}

// eventListTrigger: the event-subject trigger at t may announce a list or name its source:
// not when another list trigger of its sentence announced one ("The following persons are
// designated pursuant to E.O. 13382, which targets proliferators ...:"), and with a name as
// its subject ("Treasury Targets Network ...") only while the document has no source of the
// relation yet: a later named subject of the verb is a general aim ("The United States will
// continue to target every link"), not the designator of the lists that follow.
func (s *sentenceCtx) eventListTrigger(t int, trig trigger) bool {
	if s.lists == nil {
		return false
	}
	if s.lists.noted != nil && s.lists.noted.sentence == s.lists.cur {
		return false
	}
	if !s.lists.hasPending(trig.relation) {
		return true
	}
	ca, _ := s.clauseOf(t)
	return s.subjectOf(t, ca, func(m *mention) bool { return typeIn(m.info.Type, trig.spec.src) }) == nil
}

func (l *listState) hasPending(relation string) bool {
	_, ok := l.pending[relation]
	return ok
}

// concurrentAct: a words.tsv concurrent adverb ("also", "concurrently", "separately") in
// the clause before the trigger's end marks its act as done beside another's.
func (s *sentenceCtx) concurrentAct(ca, te int) bool {
	for k := ca; k < te && k < s.b; k++ {
		if s.tw(wConcurrent, k) {
			return true
		}
	}
	return false
}

// pendingSource is the document's latest source of the list trigger's relation, as a mention
// outside the sentence, or nil.
func (s *sentenceCtx) pendingSource(relation string) *mention {
	if s.lists == nil {
		return nil
	}
	p, ok := s.lists.pending[relation]
	if !ok {
		return nil
	}
	return docMention(p.info)
}

// datedApart: the clause [ca, cb) gives a date of its own in a year none of the pending
// list source's dates has ("Al-Jamal, who was designated in 2021", in a release of 2024): an
// earlier act, whose designator the pending source need not be.
func (s *sentenceCtx) datedApart(relation string, ca, cb int) bool {
	if s.lists == nil {
		return false
	}
	p, ok := s.lists.pending[relation]
	if !ok || len(p.dates) == 0 {
		return false
	}
	own := false
	for _, d := range s.dateMentions {
		if d.start < ca || d.end > cb || d.noEvent || len(d.values) == 0 {
			continue
		}
		own = true
		for _, v := range d.values {
			for _, w := range p.dates {
				if len(v) >= 4 && len(w) >= 4 && v[:4] == w[:4] {
					return false
				}
			}
		}
	}
	return own
}

// firstDates: the values of the sentence's first date that dates an event.
func (s *sentenceCtx) firstDates() []string { return eventDateValues(s.dateMentions) }

// actDateValues: the values of the first date of the sentence opening at a that dates an act,
// not the start of a span running to now ("Since August 2022, Iran has transferred ..."): a
// list announced later without a date of its own is not issued on the day a span began.
func actDateValues(tokens []Token, a int, ds []dateMention) []string {
	for _, d := range ds {
		if !d.noEvent && len(d.values) > 0 && !sinceStart(tokens, a, d.start) {
			return d.values
		}
	}
	return nil
}

func eventDateValues(ds []dateMention) []string {
	for _, d := range ds {
		if !d.noEvent && len(d.values) > 0 {
			return d.values
		}
	}
	return nil
}

// listLine says what sentence s is to an open list: an enumerator alone ("1."), a header
// naming the source ("By Japan:"), an item, or none of these (the list has ended).
type listLine uint8

const (
	listEnd listLine = iota
	listEnumerator
	listHeader
	listItem
	listSubheading // "Persons", "Entities", "Vessels (selected)": a section of the list
	listContinued  // a further sentence of an item's line
)

func (s *sentenceCtx) listLine(prevEnumerator bool) listLine {
	// (prevEnumerator: the sentence before was a bare number, "1.")
	first := s.tokens[s.a]
	enumerator := true
	for k := s.a; k < s.b; k++ {
		tx := s.tokens[k].Text
		if !(tx == "." || tx == ")" || tx == "(" || isAmount(tx) || isAmount(trimDot(tx))) {
			enumerator = false
			break
		}
	}
	switch {
	case enumerator && s.b-s.a <= 3:
		return listEnumerator
	case first.is("by") && s.tokens[s.b-1].Text == ":":
		return listHeader
	case prevEnumerator, s.opensItem(s.a) && s.b-s.a > 2:
		return listItem
	case first.Newlines == 0 && s.a > 0 && !prevEnumerator:
		// "1. NO Kwang Chol — Minister of ... of the DPRK. Responsible for the dispatch of
		// ...": the item's description runs on in a sentence of the same line.
		return listContinued
	case len(s.mentions) == 0 && first.isCap() && (s.headingLine(4) || s.headingBeforeItem()):
		// "Persons", or "Entities 6." when the heading runs into the next item's number
		return listSubheading
	}
	return listEnd
}

// headingLine: the sentence is a line of its own of at most n tokens, with no terminal
// punctuation ("ANNEX - Selected listings", "Persons").
func (s *sentenceCtx) headingLine(n int) bool {
	if s.b-s.a > n || s.tokens[s.a].Newlines == 0 && s.a > 0 {
		return false
	}
	if s.tokens[s.b-1].is(".", "!", "?", ":", ";", ",") {
		return false
	}
	return s.b >= len(s.tokens) || s.tokens[s.b].Newlines > 0
}

// headingBeforeItem: the sentence is a short capitalised heading that runs into the next
// item's number ("Entities 6.", "Designated individuals\n\n4."): a heading over the items
// after it.
func (s *sentenceCtx) headingBeforeItem() bool {
	return s.b-s.a <= 6 && s.tokens[s.a].isCap() && (s.a == 0 || s.tokens[s.a].Newlines > 0) && s.endsInEnumerator()
}

// isHeadDash: a spaced dash after an item's head opens its description ("No Kwang Chol -
// Minister of National Defence", "Iran Air — Iran's state-owned flag carrier").
func (s *sentenceCtx) isHeadDash(k int) bool {
	t := s.tokens[k]
	return (t.Text == "-" || t.Text == "\u2013" || t.Text == "\u2014") && t.SpaceBefore
}

// endsInEnumerator: the sentence ends in the next item's number, which opens a line ("1.
// Falcon Seaways Trading FZE, a company ...;\n2. Golden Anchor ..." splits after "2."): the
// sentence after it is an item, as after a bare number.
func (s *sentenceCtx) endsInEnumerator() bool {
	k := s.b - 1
	for k > s.a && s.tokens[k].is(".", ")") {
		k--
	}
	return k > s.a && k >= s.b-2 && s.tokens[k].Newlines > 0 && isAmount(trimDot(s.tokens[k].Text))
}

func trimDot(tx string) string {
	if len(tx) > 1 && tx[len(tx)-1] == '.' {
		return tx[:len(tx)-1]
	}
	return tx
}

func isBullet(tx string) bool {
	switch tx {
	case "-", "\u2013", "\u2014", "\u2022", "*", "\u00b7", "\u25aa":
		return true
	}
	return false
}

// opensItem: token k opens a line with a bullet ("- "), a number and a dot or bracket ("1.",
// "2)") or a bracketed number ("(3)").
func (s *sentenceCtx) opensItem(k int) bool {
	t := s.tokens[k]
	if t.Newlines == 0 {
		return false
	}
	if isBullet(t.Text) {
		return true
	}
	if isAmount(trimDot(t.Text)) && k+1 < s.b && s.tokens[k+1].is(".", ")") {
		return true
	}
	return t.Text == "(" && k+2 < s.b && isAmount(s.tokens[k+1].Text) && s.tokens[k+2].Text == ")"
}

// items splits an item sentence into its items: a line break before a bullet or a number
// starts another ("- Kimsuky, ...;\n- eight agents ..." is one sentence, and so are lines
// numbered "(1) ...\n(2) ..." without a full stop).
func (s *sentenceCtx) items() [][2]int {
	var out [][2]int
	start := s.a
	for k := s.a + 1; k < s.b; k++ {
		if s.opensItem(k) {
			out = append(out, [2]int{start, k})
			start = k
		}
	}
	return append(out, [2]int{start, s.b})
}

// itemStart is the first token of an item's content: past its bullet or number and articles.
func (s *sentenceCtx) itemStart(a, b int) int {
	k := a
	for k < b && (isBullet(s.tokens[k].Text) || s.tokens[k].is(".", ")", "(") || isAmount(trimDot(s.tokens[k].Text)) || s.tw(wArticle, k)) {
		k++
	}
	return k
}

// listHeads: an item that opens with capitalised words no rule named, ended by "(", a comma,
// "and" or the item's end ("- Kimsuky, a cyber espionage group", "3. Sahara Thunder (Iran), a
// front company"), names a designee the gazetteer lacks: an Institution (people in such
// lists carry a role the person rules read). It returns the new mentions.
func (x *Extractor) listHeads(s *sentenceCtx, persons bool) []mention {
	var out []mention
	for _, it := range s.items() {
		k := s.itemStart(it[0], it[1])
		if persons && k+1 < it[1] {
			if m := s.mentionAt(k); m != nil && m.end == k+1 && m.info.Type == TypeInstitution && isAllCaps(s.tokens[k].Text) && x.lex.shapes.isNameWord(&s.tokens[k+1]) {
				// "Individuals ... 2. KIM Yong Bok.": a capitalised surname, not an acronym.
				s.dropMention(m)
			}
		}
		if k >= it[1] || s.mentionAt(k) != nil {
			continue
		}
		// The heads: one name, or names coordinated before the item's description ("Majid
		// Ghodrati, Reza Sabet-Fard and Mehdi Hosseinzadeh — IRGC-ASF officers ...").
		var heads [][2]int
		e := k
		for {
			h := e
			for e < it[1] && e < h+6 && (x.lex.shapes.isNameWord(&s.tokens[e]) || s.tokens[e].Text == "-" && e > h && !s.tokens[e].SpaceBefore) {
				e++
			}
			if e == h {
				break
			}
			e = companyFormEnd(s.tokens, [2]int{h, it[1]}, e, &x.lex.shapes) // "QILU AEROTECH CO., LTD., Shenzhen"
			heads = append(heads, [2]int{h, e})
			j := e
			if j < it[1] && s.tokens[j].Text == "," {
				j++
			}
			if j < it[1] && s.tokens[j].is("and") {
				j++
			}
			if j == e || j >= it[1] || !x.lex.shapes.isNameWord(&s.tokens[j]) {
				break
			}
			e = j
		}
		if len(heads) == 0 {
			continue
		}
		overlaps := func(a, b int) bool {
			for _, m := range s.mentions {
				if m.start < b && m.end > a {
					return true
				}
			}
			return false
		}
		e = heads[len(heads)-1][1]
		if len(heads) > 1 && !(e < it[1] && s.isHeadDash(e) && !overlaps(k, e)) {
			// "Kestrel Marine and Malta Ferries, for ...", "Mirek Halas, Chilean national":
			// names coordinated only before a dash's description; else the first name alone.
			heads = heads[:1]
			e = heads[0][1]
		}
		if e < it[1] && !s.tokens[e].is("(", ",", ";", ".", "and") && !s.isHeadDash(e) || overlaps(k, e) {
			continue
		}
		// "(1) NO Kwang Chol, Minister of National Defence of the DPRK": a head whose
		// apposition is an office is a person.
		person := persons || x.roleAfterComma(s, e, it[1])
		for _, h := range heads {
			name := surfaceOf(s.tokens, h[0], h[1])
			if person {
				out = append(out, mention{info: &entityInfo{ID: "person:" + slug(name), Type: TypePerson, Name: name}, start: h[0], end: h[1]})
				continue
			}
			out = append(out, mention{info: &entityInfo{ID: "inst:" + slug(name), Type: TypeInstitution, Name: name}, start: h[0], end: h[1]})
		}
	}
	return out
}

// roleAfterComma: a comma at e opens a role or title (titles.txt), perhaps after an article
// and one modifier ("First Vice-Chief of the General Staff", "the director of").
func (x *Extractor) roleAfterComma(s *sentenceCtx, e, b int) bool {
	if e >= b || s.tokens[e].Text != "," && !s.isHeadDash(e) {
		return false
	}
	k := e + 1
	if k < b && s.tw(wArticle, k) {
		k++
	}
	for j := k; j < b && j <= k+3; j++ {
		if j > k+1 && !(s.tokens[j-1].Text == "-" && !s.tokens[j-1].SpaceBefore || s.tokens[j-2].Text == "-" && !s.tokens[j-2].SpaceBefore) {
			break // past one modifier only a hyphenated one ("IRGC-ASF officers")
		}
		if x.lex.roles.matchAt(s.tokens, j) > 0 || pluralRoleAt(s.tokens[:b], j, x.lex) {
			return true
		}
	}
	// "a Russian national who ...", "a DPRK national and the director of ...", "North Korean
	// national involved in ...": a state's name or demonym and a person noun (titles.txt
	// class person) that ends its noun phrase ("a Russian national carrier" is a firm).
	if e, n := x.lex.gaz.match(s.tokens[:b], k); e != nil && e.info.Type == TypeState && k+n < b {
		j := k + n
		if m := x.lex.personNouns.matchAt(s.tokens[:b], j); m > 0 {
			next := j + m
			return next >= b || !s.tokens[next].isWord() || s.tokens[next].isCap() || s.tw(wConjunction, next) || s.tw(wRelative, next) || s.tw(wPreposition, next) ||
				s.w.ends(ePast, s.tokens[next].Lower) || s.w.ends(eParticiple, s.tokens[next].Lower)
		}
	}
	return false
}

// listItemRelations: the open list's relation from its source to each item's head name, or to
// the names after the item's ", including".
func (x *Extractor) listItemRelations(s *sentenceCtx, l *openList) []Relation {
	if l.src.info == nil {
		return nil
	}
	spec := l.trig.spec
	dstOK := func(m *mention) bool {
		return typeIn(m.info.Type, spec.dst) && !m.demonym && m.info != l.src.info
	}
	var out []Relation
	for _, it := range s.items() {
		k := s.itemStart(it[0], it[1])
		for k < it[1] && s.mentionAt(k) == nil {
			n := x.lex.roles.matchAt(s.tokens[:it[1]], k)
			if n == 0 {
				break
			}
			k += n // "Brigadier General Ali Jafarabadi — Commander of ...": the title before the head
		}
		if k >= it[1] {
			continue
		}
		var targets []*mention
		if m := s.mentionAt(k); m != nil && m.start == k && dstOK(m) {
			targets = s.group(m, dstOK)
		} else {
			targets = s.includedNames(k, it[1], dstOK)
		}
		for _, m := range targets {
			out = append(out, l.relationTo(m))
		}
	}
	return out
}

// relationTo: the list's relation from its source to the item m, a fact as of the source's
// dates.
func (l *openList) relationTo(m *mention) Relation {
	return Relation{Type: l.trig.relation, Src: l.src.info.ID, Dst: m.info.ID,
		Dates: l.src.dates, Polarity: Asserted, Modality: Fact,
		Rule: l.trig.relation + "/list:" + l.word}
}

// continuedList: the sentence being read (lists.cur) opens with a words.tsv list-continuation phrase ("Among them",
// "These include") one or two sentences after a sentence whose list trigger left a pending
// source: the phrase stands for that trigger's unnamed object ("OFAC designated six
// individuals ... Among them: X Ltd and its director"; a sentence on what the measures
// consist of may stand between: "The Council decided to impose restrictive measures on 54
// individuals. The measures consist of an asset freeze ... Among those listed are:"), so the
// first name after it (past a form of "be" or a colon), with those coordinated with it, is a
// target of that source; a sentence that ends right after the phrase ("Among them are:")
// opens the list its items give.
func (x *Extractor) continuedList(s *sentenceCtx, lists *listState) []Relation {
	nl := lists.noted
	if nl == nil || nl.sentence < lists.cur-continuedListReach || lists.open != nil {
		return nil
	}
	src, ok := lists.pending[nl.trig.relation]
	if !ok || src.info == nil {
		return nil
	}
	k := s.a
	if k < s.b && isBullet(s.tokens[k].Text) {
		k++
	}
	n := s.w.listContinuation.matchAt(s.tokens[:s.b], k)
	if n == 0 {
		return nil
	}
	k += n
	if k < s.b && s.tw(wBe, k) {
		k++
	}
	if k < s.b && s.tokens[k].Text == ":" {
		k++
	}
	l := &openList{trig: nl.trig, word: nl.word, src: src}
	if k >= s.b-1 && s.tokens[s.b-1].Text == ":" {
		lists.open = l
		return nil
	}
	spec := nl.trig.spec
	dstOK := func(m *mention) bool {
		return typeIn(m.info.Type, spec.dst) && !m.demonym && !m.possessive && m.info != src.info
	}
	for j := k; j < s.b && j < k+6; j++ {
		if s.tokens[j].is(",", ";", ":") || s.tw(wPreposition, j) {
			// h44sanc: a name behind a preposition is no item: "Among them are senior
			// officials of the DPRK" lists the officials, unnamed, not the state.
			return nil
		}
		m := s.mentionAt(j)
		if m == nil || m.start != j || s.hyphenModifier(j, s.b) {
			continue
		}
		if !dstOK(m) {
			return nil
		}
		var out []Relation
		for _, t := range s.group(m, dstOK) {
			out = append(out, l.relationTo(t))
		}
		return out
	}
	return nil
}

// includedNames: the names right after ", including" in [k, b), with those coordinated with
// them ("eight agents based in China, including Kang Kyong Il and Ri Sin Song"); a name
// behind a preposition ("including officials of the Agency") is no member.
func (s *sentenceCtx) includedNames(k, b int, ok func(*mention) bool) []*mention {
	for j := k + 1; j < b; j++ {
		if !s.tw(wInclusion, j) || s.tokens[j-1].Text != "," {
			continue
		}
		for i := j + 1; i < b && i <= j+6; i++ {
			if m := s.mentionAt(i); m != nil && m.start == i {
				if ok(m) {
					return s.group(m, ok)
				}
				i = m.end - 1
				continue
			}
			if tk := s.tokens[i]; !tk.isWord() || s.tw(wPreposition, i) {
				return nil
			}
		}
		return nil
	}
	return nil
}

// readListLine reads sentence i (in s) while a list is open: a header changes the source, an
// item adds its relations (and the names of its head) to doc, anything else ends the list.
// It returns the sentence's mentions, with those of item heads, for the other rules.
func (x *Extractor) readListLine(doc *Document, lists *listState, seen map[string]int, s *sentenceCtx, i int) []mention {
	line := s.listLine(lists.enumerator)
	lists.enumerator = line == listEnumerator || (line == listItem || line == listSubheading) && s.endsInEnumerator()
	if lists.open.await > 0 {
		// An announced list not yet begun: a line that is no entry, or a numbered heading
		// without an entry's full stop ("2. Notice summary (full details in Annex)"), waits.
		if line == listItem && !s.tokens[s.b-1].is(".", ";", ",") {
			line = listSubheading
		}
		switch line {
		case listEnd, listContinued:
			lists.open.await--
			if lists.open.await == 0 {
				lists.open = nil
			}
			return s.mentions
		case listItem:
			lists.open.await = 0
		}
	}
	switch line {
	case listEnd:
		lists.open = nil
	case listSubheading:
		lists.open.persons = s.tw(wPersonSection, s.a) && (s.b-s.a <= 2 || s.b-s.a <= 4 && s.endsInEnumerator()) // "Individuals 1."
	case listContinued:
	case listHeader:
		for _, m := range s.mentions {
			if typeIn(m.info.Type, lists.open.trig.spec.src) {
				lists.open.src.info = m.info
				break
			}
		}
	case listItem:
		for _, m := range x.listHeads(s, lists.open.persons) {
			m.sentence = i
			s.mentions = append(s.mentions, m)
			doc.Mentions = append(doc.Mentions, Mention{EntityID: m.info.ID, Sentence: i,
				Start: s.tokens[m.start].Start, End: s.tokens[m.end-1].End, Surface: m.info.Name})
			if _, ok := seen[m.info.ID]; !ok {
				seen[m.info.ID] = len(doc.Entities)
				doc.Entities = append(doc.Entities, Entity{ID: m.info.ID, Type: m.info.Type, Name: m.info.Name,
					Key: x.IdentityKey(m.info.Type, m.info.Name), Surfaces: []string{m.info.Name}})
			}
		}
		sortMentions(s.mentions)
		x.markTriggers(s) // the item's names are known: the frames' trigger marks can be made
		for _, r := range x.listItemRelations(s, lists.open) {
			r.Sentence, r.Evidence = i, doc.Sentences[i].Text
			doc.Relations = append(doc.Relations, r)
		}
	}
	return s.mentions
}

// dropMention removes m (a pointer into s.mentions) from the sentence's mentions.
func (s *sentenceCtx) dropMention(m *mention) {
	for k := range s.mentions {
		if &s.mentions[k] == m {
			s.mentions = append(s.mentions[:k], s.mentions[k+1:]...)
			return
		}
	}
}

// bracketMembership returns MEMBER_OF from each state listed as a body's members right after
// its name: in brackets ("the “A3+” (Algeria, Mozambique, Sierra Leone and Guyana)"), or after
// a words.tsv member-group noun and "of" ("the A3 Plus group of Algeria, Mozambique, Sierra
// Leone and Guyana"). The list must hold two states or more and fill the brackets, or run to
// a comma or the sentence's end, so that a list of states that only follows a name ("the
// abstentions (Denmark, France and Greece)" names no body) relates nothing. Membership is a
// standing tie: no date.
func (x *Extractor) bracketMembership(tokens []Token, spans [][2]int, mentions []mention, sentences []Sentence) []Relation {
	var out []Relation
	for i := range mentions {
		m := &mentions[i]
		if m.coref || m.nested || m.possessive || m.info.Type != TypeInstitution {
			continue
		}
		si := sort.Search(len(spans), func(j int) bool { return spans[j][1] > m.start })
		if si == len(spans) || m.end >= spans[si][1] {
			continue
		}
		end := spans[si][1]
		p := m.end
		if p < end && tokens[p].is("\"", "”", "’", "'") {
			p++ // "the “A3+” (...)": a quoted name
		}
		closer := ""
		switch {
		case p+1 < end && tokens[p].is("("):
			p, closer = p+1, ")"
		case p+2 < end && x.lex.words.tok(wMemberGroup, &tokens[p]) && tokens[p+1].is("of"):
			p = p + 2
		default:
			if st := statesBeforeBracket(tokens, mentions, spans[si][0], m); len(st) >= 2 {
				// "France, Germany and the United Kingdom (the E3)": the body's name alone
				// in brackets right after a list of states names the group they form.
				for _, s := range st {
					out = append(out, Relation{Type: RelMemberOf, Src: s.ID, Dst: m.info.ID, Polarity: Asserted, Modality: Fact,
						Sentence: si, Evidence: sentences[si].Text, Rule: "MEMBER_OF/list-bracket"})
				}
			}
			continue
		}
		states, q := listedStates(tokens, mentions, p, end)
		if len(states) < 2 {
			continue
		}
		if closer != "" && (q >= end || !tokens[q].is(closer)) || closer == "" && q < end && !tokens[q].is(",", ".", ";") {
			continue // the list does not fill the brackets, or goes on into other words
		}
		for _, st := range states {
			out = append(out, Relation{Type: RelMemberOf, Src: st.ID, Dst: m.info.ID, Polarity: Asserted, Modality: Fact,
				Sentence: si, Evidence: sentences[si].Text, Rule: "MEMBER_OF/bracket-list"})
		}
	}
	return out
}

// statesBeforeBracket: the states of a list of two or more that ends right before the
// brackets holding only the body m's name ("A, B and C (the E3)", "A and B (AB)"), or nil.
// from is the sentence's first token; mentions are sorted by start.
func statesBeforeBracket(tokens []Token, mentions []mention, from int, m *mention) []*entityInfo {
	o := m.start - 1
	if o > from && tokens[o].is("the") {
		o--
	}
	if o <= from || !tokens[o].is("(") || m.end >= len(tokens) || !tokens[m.end].is(")") {
		return nil
	}
	for k := firstFrom(mentions, from); k < len(mentions) && mentions[k].end <= o; k++ {
		s := &mentions[k]
		if s.coref || s.nested || s.info.Type != TypeState {
			continue
		}
		if states, q := listedStates(tokens, mentions, s.start, o); q == o && len(states) >= 2 {
			return states
		}
	}
	return nil
}

// presentMembers returns MEMBER_OF from each person listed on a words.tsv roster-line line
// ("Members present: Dame Helen Marsh (Chair); Mr Owen Pryce; Ruth Galloway") to the latest
// body named before the line, within the document's opening lines (its heading: "House of
// Commons / Defence Committee / Oral evidence: ..."): the people present as members are the
// body's members. A standing tie: no date.
func (x *Extractor) presentMembers(tokens []Token, spans [][2]int, mentions []mention, sentences []Sentence) []Relation {
	var out []Relation
	for si, sp := range spans {
		if si > 8 {
			break // a heading's roster comes before the text
		}
		if sp[0] > 0 && tokens[sp[0]].Newlines == 0 {
			continue // the phrase opens a line
		}
		n := x.lex.words.rosterLine.matchAt(tokens[:sp[1]], sp[0])
		if n == 0 || sp[0]+n >= sp[1] || !tokens[sp[0]+n].is(":") {
			continue
		}
		var body *mention
		for k := range mentions {
			m := &mentions[k]
			if m.start >= sp[0] {
				break
			}
			if !m.coref && !m.nested && !m.possessive && m.info.Type == TypeInstitution {
				body = m
			}
		}
		if body == nil {
			continue
		}
		for k := range mentions {
			m := &mentions[k]
			if m.start > sp[0]+n && m.end <= sp[1] && !m.coref && !m.nested && m.info.Type == TypePerson {
				out = append(out, Relation{Type: RelMemberOf, Src: m.info.ID, Dst: body.info.ID, Polarity: Asserted, Modality: Fact,
					Sentence: si, Evidence: sentences[si].Text, Rule: "MEMBER_OF/present-members"})
			}
		}
	}
	return out
}

// listedStates: the states of the coordinated list that opens at token p ("Denmark, Estonia
// and Finland", "BURKINA FASO, THE REPUBLIC OF MALI AND THE REPUBLIC OF NIGER"): names joined
// by commas, "and" and "the" only, up to end; and the token after the list.
func listedStates(tokens []Token, found []mention, p, end int) ([]*entityInfo, int) {
	var out []*entityInfo
	for p < end {
		var m *mention
		for k := firstFrom(found, p); k < len(found) && found[k].start == p; k++ {
			if !found[k].coref && !found[k].nested && found[k].info.Type == TypeState {
				m = &found[k]
				break
			}
		}
		switch {
		case m != nil:
			if !slices.Contains(out, m.info) {
				out = append(out, m.info)
			}
			p = m.end
		case tokens[p].is("the", "and"):
			p++
		case tokens[p].is(",") && p+1 < end && (tokens[p+1].is("and") || nameAt(found, p+1) || tokens[p+1].is("the") && nameAt(found, p+2)):
			p++ // "A, B, and C"; a comma that ends the list stays
		default:
			return out, p
		}
	}
	return out, p
}

// nameAt: a mention of the sorted found starts at p.
func nameAt(found []mention, p int) bool {
	k := firstFrom(found, p)
	return k < len(found) && found[k].start == p
}
