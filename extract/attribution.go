package extract

import "strings"

// Attribution, ellipsis and date attachment: what a relation's sentence says about its source,
// its polarity through "do so", and which of the sentence's dates belong to its trigger.

import "slices"

// attributionFor names the source a claim is attributed to: the name after "according to",
// else the subject (or, inverted, the name after) of the speech verb nearest the trigger
// ("the ministry said", "said Brian Nelson"), never the relation's own source speaking of its
// own act unless no one else is named.
func (s *sentenceCtx) attributionFor(t int, src *mention) string {
	for i := s.a; i < s.b; i++ {
		n := s.w.attribution.matchAt(s.tokens[:s.b], i)
		if n == 0 {
			continue
		}
		for j := range s.mentions {
			if m := &s.mentions[j]; m.start >= i+n && m.start <= i+n+8 {
				return m.info.Name
			}
		}
	}
	speech := -1
	for k := s.a; k < s.b; k++ {
		if k != t && s.tw(wSpeech, k) && (speech < 0 || abs(k-t) < abs(speech-t)) {
			speech = k
		}
	}
	if speech < 0 {
		return ""
	}
	if m := s.speakerOf(speech, func(*mention) bool { return true }); m != nil {
		return m.info.Name
	}
	return ""
}

// speakerOf is the one who speaks by the speech word at k: its subject, or the name right
// after it (", said Under Secretary Brian Nelson").
func (s *sentenceCtx) speakerOf(k int, ok func(*mention) bool) *mention {
	ca, _ := s.clauseOf(k)
	if m, found := s.structuralSubject(k, ca, ok); found && m != nil && m.end <= k {
		return m
	}
	// A name inside a quotation before a speech verb outside it is what is said, not who says
	// it ("'... Russia's war against Ukraine ...,' she said").
	quoted := func(m *mention) bool { return s.quoted(m.start) && !s.quoted(k) }
	if m := s.nearestLeft(k, ca, func(m *mention) bool { return ok(m) && !s.modifier(m) && !s.inPP(m) && !quoted(m) }, false); m != nil {
		return m
	}
	return s.mentionAfter(k, 6, ok)
}

// mentionAfter: the first mention ok takes that starts at most n tokens after k, with no
// punctuation between ("said Foreign Secretary David Lammy"), or nil.
func (s *sentenceCtx) mentionAfter(k, n int, ok func(*mention) bool) *mention {
	for j := range s.mentions {
		if m := &s.mentions[j]; m.start > k && m.start <= k+n && ok(m) && !s.punctBetween(k, m.start) {
			return m
		}
	}
	return nil
}

// quoteSpeaker: "we" inside quotation marks is whoever the sentence says is speaking before
// the quote ("the Department of State released a statement ...: “We condemn ...”").
func (s *sentenceCtx) quoteSpeaker(k int, ok func(*mention) bool) *mention {
	for j := k - 1; j >= s.a; j-- {
		if s.quoted(j) {
			continue
		}
		if s.tw(wSpeech, j) || s.tw(wSpeechNoun, j) {
			return s.speakerOf(j, ok)
		}
	}
	return nil
}

// negatedEllipsis: a negated "do so" after the trigger takes the relation back ("Putin
// accepted an invitation to visit, but has yet to do so").
func (x *Extractor) negatedEllipsis(s *sentenceCtx, t int) bool {
	x.cues(s)
	for k := t + 1; k < s.b; k++ {
		if s.cue(k)&cueEllipsis == 0 {
			continue
		}
		for j := max(t+1, k-4); j < k; j++ {
			if s.cue(j)&cueNegation != 0 {
				return true
			}
		}
	}
	return false
}

// trigSpan records which relations of a sentence one trigger produced.
type trigSpan struct {
	t, te    int  // trigger tokens
	from, to int  // its relations in the sentence's output
	speech   bool // the trigger is itself a speech act (relations.tsv flag speech-act)
	stative  bool // the trigger names a standing state (triggers.tsv flag stative)
	voiced   bool // its relation can be performed by saying it (relations.tsv flags speech-act or stance-now)
	unnamed  bool // it stated an event on unnamed targets ("sanctioned three U.S. firms"), no relation
}

// attachDates gives each relation the dates of its own event. A date belongs to the nearest
// event word: one separated from the trigger by another trigger that stated a relation is
// that event's ("the D.P.R.K.'s export of missiles and Russia's use of these missiles on
// December 30": the date is the use's, not the export's). A date opening the sentence ("On
// January 16th, X sent Y to meet Z") covers the events of its clause, except those only
// anticipated or planned ("in anticipation of a visit by Putin").
func (s *sentenceCtx) attachDates(out []Relation, spans []trigSpan) {
	for _, sp := range spans {
		if dates, ok := s.performativeDate(sp, sp.to > sp.from && out[sp.from].now); ok {
			for k := sp.from; k < sp.to; k++ {
				out[k].Dates = dates
			}
		}
	}
	if len(s.dateMentions) == 0 {
		return
	}
	var events, arrivals []int
	s.signings = s.signings[:0]
	for _, sp := range spans {
		if sp.to > sp.from && s.usedGoodsVerb(sp.t, s.a) >= 0 {
			continue // "fired missiles supplied by X on 19 November": the date is the firing's
		}
		if sp.to > sp.from || sp.unnamed {
			events = append(events, sp.t)
		}
		if sp.to > sp.from && out[sp.from].Type == RelSigned && out[sp.from].Polarity == Asserted {
			s.signings = append(s.signings, sp.t) // a signing dates what the agreement commits its parties to
		}
		if sp.to > sp.from && out[sp.from].Type == RelVisited && s.tw(wArrivalVerb, sp.t) {
			arrivals = append(arrivals, sp.t) // an arrival, not a visit that may lie far back ("who visited Moscow last September")
		}
	}
	// The opening adverbial: a date near the sentence start up to the comma after it ("On
	// July 27, 2023, ...", "Preceding the UNSC meeting on January 23, 2024, ...").
	opening := s.a
	if first := s.dateMentions[0]; first.start <= s.a+8 && !first.implicit {
		for k := first.end; k < s.b && k < first.end+3; k++ {
			if s.tokens[k].Text == "," {
				opening = k
				break
			}
		}
	}
	// The candidate dates of each span, in one array per sentence context's scratch
	// (ownDateFirst filters them in place): a slice per span was a growing allocation.
	cands := s.scratch.dateCands
	for _, sp := range spans {
		if sp.to == sp.from {
			continue
		}
		if _, ok := s.performativeDate(sp, out[sp.from].now); ok {
			continue
		}
		if s.usedGoodsVerb(sp.t, s.a) >= 0 {
			continue
		}
		ca, _ := s.clauseOf(sp.t)
		speculative := out[sp.from].Modality == Speculative
		if sp.speech && s.quoted(sp.t) {
			// "released a statement on January 9: “We condemn ... the use of missiles on
			// December 30”": the dates inside the quote are the things condemned; the speech
			// act's is the one the narration gives before the quote opens, if any.
			var dates []string
			for _, d := range s.dateMentions {
				if d.end <= sp.t && !s.quoted(d.start) && len(d.values) > 0 {
					dates = slices.Clone(d.values)
				}
			}
			for k := sp.from; k < sp.to; k++ {
				out[k].Dates = dates
			}
			continue
		}
		if dates, ok := s.coordinatedStatementDate(sp); ok {
			for k := sp.from; k < sp.to; k++ {
				out[k].Dates = dates
			}
			continue
		}
		cands = cands[:0]
		for _, d := range s.dateMentions {
			if sp.speech && d.start >= sp.te && s.objectEventDate(d, sp.te) {
				continue // "condemned Hamas for the attacks of 7 October": the attacks' date
			}
			if d.end <= sp.t && s.inExample(d) {
				continue // "condemned the launches, including one on July 1, and expressed concern over"
			}
			if !s.dateBlocked(d, sp, events, arrivals, ca, opening, speculative) || out[sp.from].Type == RelVisited && !speculative && s.whereOnArrival(d, sp.t) {
				cands = append(cands, d)
			}
		}
		if sp.stative && !s.changeBefore(sp.t, ca) {
			cands = sinceOnly(s.tokens, cands)
		}
		dates := s.datesAmong(s.ownDateFirst(cands, sp, events), sp.t)
		for k := sp.from; k < sp.to; k++ {
			out[k].Dates = dates
			if own, ok := s.exampleDate(out[k].Dst, sp.te); ok {
				out[k].Dates = own
			}
			if own, ok := s.gapDate(out[k].gap); ok {
				out[k].Dates = own
			}
		}
	}
	s.scratch.dateCands = cands[:0]
}

// exampleDate: the relation's target dst is named in an example after the trigger (ending
// at te), opened by a comma and a words.tsv object-example word, with a date of its own
// right after it ("launches of ballistic missiles this year, including the Hwasong-18 ICBM
// on July 12": the Hwasong-18 launch is July 12's; "has launched missiles more than 20
// times, including the Hwasong-18 on December 18"). Only words stand between the name and
// the date; the date is the example's, so the relation on that target takes it.
func (s *sentenceCtx) exampleDate(dst string, te int) ([]string, bool) {
	for _, m := range s.mentions {
		if m.start < te || m.info == nil || m.info.ID != dst || m.nested {
			continue
		}
		opened := false
		for k := m.start - 1; k > te && k >= m.start-6; k-- {
			if s.tokens[k].Text == "," {
				opened = k+1 < m.start && s.tw(wObjectExample, k+1)
				break
			}
			if !s.tokens[k].isWord() {
				break
			}
		}
		if !opened {
			continue
		}
		for _, d := range s.dateMentions {
			if d.start < m.end || d.noEvent || len(d.values) == 0 {
				continue
			}
			for k := m.end; k < d.start; k++ {
				if !s.tokens[k].isWord() || k >= m.end+6 {
					return nil, false
				}
			}
			return slices.Clone(d.values), true
		}
		return nil, false
	}
	return nil, false
}

// ownDateFirst: when the trigger has a date of its own after it, before the next event of
// its clause, a date that follows another event's trigger before it is that event's, however
// near ("Henry arrived in Nairobi on Thursday and held talks with Ruto the next day": the
// talks are Friday's; "on Thursday" is the arrival's). Without a date of its own the trigger
// keeps what the nearest-date rule gives ("arrived on Thursday and held talks": Thursday).
// The dates kept are moved to the front of cands' array.
func (s *sentenceCtx) ownDateFirst(cands []dateMention, sp trigSpan, events []int) []dateMention {
	_, next := s.dateClauseOf(sp.t)
	for _, u := range events {
		if u > sp.t && u < next {
			next = u
		}
	}
	own := false
	for _, d := range cands {
		if d.start >= sp.te && d.end <= next && !d.noEvent && len(d.values) > 0 {
			own = true
			break
		}
	}
	if !own {
		return cands
	}
	out := cands[:0]
	for _, d := range cands {
		if d.end <= sp.t && s.afterOtherEvent(d, sp.t, events) {
			continue
		}
		out = append(out, d)
	}
	return out
}

// afterOtherEvent: another event's trigger stands before the date d in the same clause
// ("arrived in Nairobi on Thursday"), so d is that event's unless t has none of its own.
func (s *sentenceCtx) afterOtherEvent(d dateMention, t int, events []int) bool {
	ca, _ := s.dateClauseOf(d.start)
	for _, u := range events {
		if u != t && u < d.start && u >= ca {
			return true
		}
	}
	// An arrival verb is that event even when its place went unrecognised ("arrived in the
	// North Korean coastal city of Wonsan on Friday ..., and held talks with Choe the
	// following day": Friday is the arrival's).
	for u := ca; u < d.start && u < t; u++ {
		if s.tw(wArrivalVerb, u) {
			return true
		}
	}
	return false
}

func (s *sentenceCtx) dateBlocked(d dateMention, sp trigSpan, events, arrivals []int, ca, opening int, speculative bool) bool {
	if d.implicit {
		return false // a dateline's date covers the whole first sentence of its report
	}
	if speculative && d.start >= sp.te {
		// A hypothetical or planned event takes no date from a later phrase of its own:
		// "Russia's effort to block a resolution ..., a possibility hinted at in an article
		// from March 29, would be severe" is not dated March 29.
		for k := sp.te; k < d.start; k++ {
			if s.tokens[k].Text == "," && !s.aspectClauseAt(k) {
				if k+1 < d.start && s.tokens[k+1].isWord() && !s.tokens[k+1].isCap() &&
					(s.w.ends(ePast, s.tokens[k+1].Lower) || s.tokens[k+1].is("with")) {
					// a participle phrase on the plan itself: "the decision to withdraw,
					// announced on 28 January", "the sale, with deliveries expected next year"
					continue
				}
				if m := s.nameApposition(k, d.start); m > k {
					k = m // "was due to meet her counterpart, Sergey Lavrov, in Moscow today"
					continue
				}
				return true
			}
		}
	}
	for _, u := range events {
		if u == sp.t {
			continue
		}
		between := d.end <= u && u < sp.t || sp.te <= u && u < d.start
		if between && s.compoundModifier(u) {
			continue // "fire DPRK-supplied missiles at Ukraine since December": no event of its own
		}
		if !between || u > sp.t && s.purpose(u) {
			// "travelled to Beijing for the talks with Wang Yi on 18 December": an event
			// named as the purpose of another shares its date.
			continue
		}
		if s.inClosedRelative(u, sp.t, d) {
			continue
		}
		if d.end < u && u < sp.t && d.end+1 < s.b && s.tokens[d.end].Text == "," && participle(s.tokens[d.end+1]) &&
			slices.ContainsFunc(s.signings, func(v int) bool { return v < d.start }) {
			// "signed the Liptako-Gourma Charter on 16 September 2023, creating the Alliance of
			// Sahel States, a mutual defence pact": a participle phrase right after a dated
			// signing tells what the signing made, on its day.
			continue
		}
		if d.end <= u && s.asClauseAfter(u, sp.t) {
			continue // "The Council today failed to renew the sanctions regime, as Russia vetoed the draft"
		}
		if tca, _ := s.dateClauseOf(sp.t); d.end <= u && u < tca && s.tw(wRelativeAdverb, tca) {
			if _, ucb := s.dateClauseOf(u); ucb == tca {
				// "was followed on Thursday by a visit to Hanoi, where he was received by To
				// Lam": the where-clause goes on with the event before it, and so with its
				// date.
				continue
			}
		}
		if lo, hi, ok := s.relativeClause(d); ok && u >= lo && u < hi && sp.t >= hi && slices.ContainsFunc(arrivals, func(a int) bool { return a >= lo && a < hi }) {
			// "Putin, who arrived on Wednesday for his first visit, ... later held talks":
			// the visit named in the arrival's clause is the arrival's own purpose, and the
			// arrival dates what its subject does next (relativeClause below).
			continue
		}
		if !speculative && d.end <= opening && opening < u {
			if uca, _ := s.clauseOf(u); uca == ca {
				continue // an opening date covers its clause's coordinated events
			}
		}
		if d.end <= u && s.coordinatedVerb(u, sp.t) {
			// "three days after the Prime Minister visited Budapest and held talks with
			// Orban": verbs joined by "and" under one subject share the date before them.
			continue
		}
		return true
	}
	if d.end <= sp.t && s.causeBetween(d, sp.t) && s.afterOtherEvent(d, sp.t, events) {
		return true // "sanctioned three firms on Friday over arms sales to Taiwan"
	}
	if d.start >= sp.te && s.reportedClauseBetween(sp.te, d.start) {
		return true // "deplored the aggression and recalled that the Assembly had demanded a withdrawal three years ago"
	}
	if s.sinceSuperlative(d, sp.t) {
		return true // "the first meeting of the three Ministers since Mr Healey took office in July"
	}
	if lo, hi, ok := s.relativeClause(d); ok && (sp.t < lo || sp.t >= hi) && !(sp.t >= hi && slices.ContainsFunc(arrivals, func(u int) bool { return u >= lo && u < hi })) {
		// "Tiani, who seized power in a coup last July, spoke with Putin"; but an arrival in
		// the clause dates what its subject does next ("Putin, who arrived in Pyongyang on
		// Wednesday, was greeted by Kim and later held talks with him").
		return true
	}
	if d.end > opening {
		// A date in another coordinated clause is the date of that clause's event ("He met
		// Berri, and yesterday he held talks with Netanyahu": the talks', not the meeting's).
		// A clause opened by "where" or "when" (words.tsv relative-adverb) right after the
		// date's clause goes on with that event ("touched down in Astana hours later, where he
		// was welcomed by ...").
		dca, dcb := s.dateClauseOf(d.start)
		if tca, _ := s.dateClauseOf(sp.t); dca != tca && !(tca == dcb && s.tw(wRelativeAdverb, tca)) {
			for _, u := range events {
				if u != sp.t && u >= dca && u < dcb && tokenDistance(u, d) < tokenDistance(sp.t, d) && !s.inClosedRelative(u, sp.t, d) && !s.agreementContent(u, d, tca, dcb) {
					return true
				}
			}
		}
	}
	return false
}

// whereOnArrival: the trip at t has no date in its own clause, and the date d lies in the
// where-clause that follows it on the place reached ("flew on to Hanoi, where he was received
// on Thursday by To Lam"): what happened there on arrival dates the arrival too.
func (s *sentenceCtx) whereOnArrival(d dateMention, t int) bool {
	if d.noEvent || len(d.values) == 0 {
		return false
	}
	tca, tcb := s.dateClauseOf(t)
	if sinceStart(s.tokens, tcb, d.start) {
		return false // "travelled to the Kursk region, where Ukraine has held ground since August"
	}
	if dca, _ := s.dateClauseOf(d.start); dca != tcb || tcb >= s.b || !s.tw(wPlaceRelative, tcb) {
		return false
	}
	for _, o := range s.dateMentions {
		if o.start >= tca && o.start < tcb {
			return false // "flew on to Hanoi later on Wednesday, where ... on Thursday": its own
		}
	}
	for k := tcb; s.cueMarks != nil && k < d.start; k++ {
		if s.cue(k)&(cueSpeculative|cuePlan) != 0 {
			return false // "flew on to Hanoi, where he is due to meet To Lam on Thursday": a plan's date
		}
	}
	return true
}

// agreementContent: the event u is a signing dated by d, and the trigger's clause, opened at
// tca right where the date's clause ends (dcb), is a relative clause on the agreement signed
// ("signed a treaty on Wednesday that commits each country to come to the other's aid",
// "signed the pact on 19 June, a treaty that obliges each side to assist the other"): what the
// agreement commits its parties to holds from its signing, and takes that date (SCHEMA.md
// Dates rule 1; testdata/README.md: "dated by the signing").
func (s *sentenceCtx) agreementContent(u int, d dateMention, tca, dcb int) bool {
	if tca != dcb || !slices.Contains(s.signings, u) || d.start < u {
		return false
	}
	for k := tca; k < s.b && k <= tca+4; k++ {
		if s.tw(wRelative, k) {
			return true
		}
	}
	return false
}

// compoundModifier: the trigger at u ends a hyphenated modifier of the noun after it
// ("DPRK-supplied missiles", "Iranian-made drones"): it names how the thing came about, not
// an event of the clause that a date could belong to.
func (s *sentenceCtx) compoundModifier(u int) bool {
	return u-1 > s.a && u+1 < s.b && s.tokens[u-1].Text == "-" && !s.tokens[u-1].SpaceBefore && !s.tokens[u].SpaceBefore &&
		s.tokens[u+1].isWord() && !s.tokens[u+1].isCap()
}

// inExample: the date d closes an example set off by a comma (words.tsv object-example:
// ", including a launch on July 1", ", such as the strike on 3 May") with nothing but words
// between: it dates the example's event, never a trigger after it.
func (s *sentenceCtx) inExample(d dateMention) bool {
	for k := d.start - 1; k > s.a && k >= d.start-8; k-- {
		if s.tokens[k].Text == "," {
			return k+1 < d.start && s.tw(wObjectExample, k+1)
		}
		if !s.tokens[k].isWord() {
			return false
		}
	}
	return false
}

// objectEventDate: the date d after a speech act's trigger (ending at te) sits inside the
// act's object noun phrase and dates the event it names, not the speech act (SCHEMA.md
// Dates rule 1): after "of" ("condemned Hamas for the attacks of 7 October"), before "of"
// ("deplored the launch this morning of a Hwasong-19", unless a words.tsv adverbial-date word
// opens the date: "on Tuesday of"), or between a determiner and its
// noun ("deplored the September 24 attack"); only words, no clause break, between.
//
// Two longer objects: an example after the object (", including a launch on July 1", ",
// such as the attack on 1 May") dates the example; and an event noun after a determiner
// with its agent or target in a phrase of the words.tsv class object-argument ("the actions
// by the coast guard against Philippine vessels near the shoal on June 17") holds the date
// at its end: the noun's arguments bind the date to the event it names.
func (s *sentenceCtx) objectEventDate(d dateMention, te int) bool {
	from, determiner := te, false
	for k := te; k < d.start; k++ {
		if s.tokens[k].Text == "," && k+1 < d.start && s.tw(wObjectExample, k+1) {
			from = k + 1 // ", including a launch on July 1": the example is the object
		}
	}
	argument, agent := false, false
	for k := from; k < d.start; k++ {
		if !s.tokens[k].isWord() && s.tokens[k].Text != "'s" && s.tokens[k].Text != "-" {
			return false
		}
		if k < te+2 && s.tw(wObjectDeterminer, k) {
			determiner = true
		}
		if k == te && s.tokens[k].isCap() {
			// "condemned Russia's massive attack on Ukraine's grid on 25 December": the
			// object opens with its agent's possessive name; its target after "on" is an
			// argument too, and the date after it is the attack's
			if m := s.mentionAt(k); m != nil && m.end < d.start && s.tokens[m.end].Text == "'s" {
				determiner, agent = true, true
			}
		}
		argument = argument || determiner && (s.tw(wObjectArgument, k) || agent && k > te+2 && s.tokens[k].is("on") && s.mentionAt(k+1) != nil)
	}
	if from > te || argument {
		return d.start-1 >= from && s.tokens[d.start-1].is("on", "in", "of", "at")
	}
	switch {
	case d.start-1 >= te && s.tokens[d.start-1].is("of"):
		return true
	case d.end < s.b && s.tokens[d.end].is("of") && !s.tw(wAdverbialDate, d.start-1):
		return true // not "accused the coast guard on Tuesday of attacking": an adverbial
	case d.start-1 >= te && s.tokens[d.start-1].is("the") && d.end < s.b && s.tokens[d.end].isWord() && !s.tokens[d.end].isCap():
		return true
	}
	return false
}

// reportedClauseBetween: a clause reported by a verb of saying ("said that", "recalled
// that"; dates.tsv speech) opens between the trigger's end te and a date at end: the date is
// the reported clause's, not the trigger's.
func (s *sentenceCtx) reportedClauseBetween(te, end int) bool {
	for k := te + 1; k < end; k++ {
		if s.tokens[k].is("that") && s.dateLex.speech.endsAt(s.tokens, k, te) > 0 {
			return true
		}
	}
	return false
}

// performativeDate: a speech act stated in the present tense ("The United States condemns
// the decision", "China strongly deplores", "We condemn") is performed as it is uttered
// (SCHEMA.md Dates rule 1: the speech act's date): on the date of the statement that frames
// it ("said on Friday it condemns"; for a quotation, the date before it: "released a
// statement on January 9th: “We condemn ...”"), else, in the document's own voice, on the
// reference date. In a dated entry of a timeline or digest ("Oct 21 - Seoul summons the
// ambassador", "- 11 September 2024: Zelensky condemns ...") the present is historical: the
// entry's date is the act's (entryDate). A date inside its object
// is the condemned act's ("the decision yesterday"). ok is false when the trigger is no such
// verb, and for a quotation whose statement has no date.
func (s *sentenceCtx) performativeDate(sp trigSpan, now bool) ([]string, bool) {
	if s.dateLex == nil || s.headline {
		return nil, false
	}
	if !now && !s.performative(sp) {
		return nil, false
	}
	before := sp.t
	quoted := s.quoted(sp.t)
	if quoted {
		for before > s.a && s.quoted(before-1) {
			before--
		}
	}
	// The statement's date: a date of saying before it, else, for a quotation, the nearest
	// date before the quotation opens.
	var framing []string
	for i := len(s.dateMentions) - 1; i >= 0; i-- {
		d := s.dateMentions[i]
		if d.end > before || d.noEvent {
			continue
		}
		if d.speech >= 0 {
			return d.values, true
		}
		if quoted && framing == nil {
			framing = d.values
		}
	}
	if framing != nil {
		return framing, true
	}
	if d, ok := s.entryDate(before); ok {
		return d, true
	}
	if quoted || s.refDate == "" {
		return nil, false
	}
	if s.adopted != "" {
		return []string{s.adopted}, true // "Adopted ... at its meeting held on 14 August 2023"
	}
	return []string{s.refDate}, true
}

// entryDate: the sentence is a dated entry, a date at its start (after a list dash or
// bullet at most) closed by a dash or a colon ("Oct 21 - ...", "- 11 September 2024: ...");
// it returns the entry's date when it lies before the token at before.
func (s *sentenceCtx) entryDate(before int) ([]string, bool) {
	if len(s.dateMentions) == 0 {
		return nil, false
	}
	d := s.dateMentions[0]
	if d.implicit && len(d.values) > 0 {
		return slices.Clone(d.values), true // under an entry heading or a dateline: its date
	}
	if d.implicit || d.noEvent || len(d.values) == 0 || d.end >= before || d.end >= s.b {
		return nil, false
	}
	for k := s.a; k < d.start; k++ {
		if s.tokens[k].isWord() {
			return nil, false
		}
	}
	if d.start-s.a > 1 || !s.tokens[d.end].is("-", ":", "\u2013", "\u2014") {
		return nil, false
	}
	return slices.Clone(d.values), true
}

// nameApposition: the comma at k opens an apposition of only capitalised words and short
// particles (a name: ", Sergey Lavrov,", ", Faisal bin Farhan,") closed by a comma before end;
// it returns the closing comma, or -1.
func (s *sentenceCtx) nameApposition(k, end int) int {
	for m := k + 1; m < end; m++ {
		t := s.tokens[m]
		if t.Text == "," {
			if m > k+1 {
				return m
			}
			return -1
		}
		particle := len(t.Text) <= 4 && m+1 < end && s.tokens[m+1].isCap() // "Faisal bin Farhan"
		if !t.isCap() && t.Text != "." && t.Text != "-" && !particle {
			return -1
		}
	}
	return -1
}

// relativeClause: the date d lies inside a relative clause about a person set off by commas
// (", who seized power last July,"), whose event it dates; the clause's tokens are [lo, hi).
// A "which" clause may be about the event itself ("deliveries, which began in December
// 2021,") and is left alone.
func (s *sentenceCtx) relativeClause(d dateMention) (int, int, bool) {
	lo := -1
	for k := d.start - 1; k > s.a; k-- {
		if s.tokens[k].Text == "," || s.tokens[k].Text == ";" {
			break
		}
		if s.tokens[k].is("who", "whose") && s.tokens[k-1].Text == "," {
			lo = k
			break
		}
	}
	if lo < 0 {
		return 0, 0, false
	}
	for k := d.end; k < s.b; k++ {
		if s.tokens[k].Text == "," {
			return lo, k, true
		}
	}
	return 0, 0, false // the clause runs to the end: what it dates may be the sentence's
}

// inClosedRelative: the event u lies in a relative clause set off by commas between the
// trigger t and the date d ("received Belousov, who is on an official goodwill visit to the
// DPRK, at the Party building yesterday"): the date after the closing comma goes on with the
// main clause, and the visit inside the clause is no event of it.
func (s *sentenceCtx) inClosedRelative(u, t int, d dateMention) bool {
	lo, hi, ok := s.closedRelativeAround(u)
	if !ok || t >= lo || hi > d.start {
		return false
	}
	for k := t + 1; k < lo; k++ {
		if s.tw(wSubordinator, k) {
			return false // "stationed in Niger before the junta, which seized power ..., revoked X in March": the date is the subordinate clause's
		}
	}
	return true
}

// closedRelativeAround: the relative clause set off by commas (", who ...,", ", which ...,";
// words.tsv closed-relative) that holds the token u, as [lo, hi) from the relative word to the closing comma.
func (s *sentenceCtx) closedRelativeAround(u int) (int, int, bool) {
	lo := -1
	for k := u - 1; k > s.a; k-- {
		if s.tokens[k].Text == "," || s.tokens[k].Text == ";" {
			break
		}
		if s.tw(wClosedRelative, k) && s.tokens[k-1].Text == "," {
			lo = k
			break
		}
	}
	if lo < 0 {
		return 0, 0, false
	}
	for k := u + 1; k < s.b; k++ {
		switch s.tokens[k].Text {
		case ",":
			return lo, k, true
		case ";", ":":
			return 0, 0, false
		}
	}
	return 0, 0, false
}

// performative: the trigger is a present-tense form of dates.tsv's performative list
// ("condemns", "We condemn"), not after an auxiliary, a modal, "to" or a negation. It
// catches what the relation's own tense reading (Relation.now) leaves out: a quoted act.
func (s *sentenceCtx) performative(sp trigSpan) bool {
	v := s.performativeVerb(sp.t)
	if v < 0 {
		return false
	}
	if (v < sp.t || v >= sp.te) && !sp.voiced {
		// "condemns the strike carried out on Dnipro yesterday morning": the verb performs
		// the condemnation, not the strike its object names; the strike keeps its own date.
		return false
	}
	k := v - 1
	for k >= s.a && (s.w.ends(eAdverb, s.tokens[k].Lower) || s.tw(wPerformativeAdverb, k)) {
		k-- // "strongly condemns", "once again condemns"
	}
	if s.tw(wAux, k) || s.tw(wNonPerformative, k) {
		return false // "will condemn", "refused to condemn", "does not condemn"
	}
	return strings.HasSuffix(s.tokens[v].Lower, "s") || s.tw(wFirstPerson, k) // "We condemn"
}

// performativeVerb: the performative word at the trigger t, or the one governing a noun
// trigger a few words after it, across only a determiner, a possessive and adjectives ("We
// reaffirm our unwavering support for", "We express our full solidarity and support to");
// -1 when there is none.
func (s *sentenceCtx) performativeVerb(t int) int {
	if t+1 < s.b && s.w.ends(eAdverb, s.tokens[t].Lower) && s.dateLex.performative.matchAt(s.tokens, t+1, s.b) > 0 {
		return t + 1 // a trigger that opens with its adverb: "firmly opposes"
	}
	reach := t - 6
	if t-2 > s.a && s.tokens[t-2].is("and") && (s.tw(wArticle, t-1) || s.tw(wPossessive, t-1)) {
		// a noun coordinated with the verb's first object: "We reiterate our steadfast
		// support for Ukraine and our condemnation of Russia's war"
		reach = t - 12
	}
	for k := t; k >= s.a && k >= reach; k-- {
		if k < t && (!s.tokens[k].isWord() && s.tokens[k].Text != "'s" || s.tw(wAux, k) || s.tokens[k].is("to", "that", "which")) {
			return -1
		}
		if s.dateLex.performative.matchAt(s.tokens, k, s.b) > 0 {
			return k
		}
	}
	return -1
}

// tokenDistance: tokens between token u and the date d.
func tokenDistance(u int, d dateMention) int {
	if u < d.start {
		return d.start - u
	}
	return max(u-d.end+1, 0)
}

// purpose: the trigger at u is a noun introduced by "for", up to six tokens before it ("for
// the Special Representatives' talks").
func (s *sentenceCtx) purpose(u int) bool {
	// Up to ten words back: an occasion's name may stand between ("for the next AUKUS
	// Defence Ministers' Meeting in 2025").
	for k := u - 1; k >= s.a && k >= u-10; k-- {
		if s.tokens[k].Lower == "for" {
			return true
		}
		if s.trigAt(k) || s.tokens[k].Text == "," {
			return false
		}
	}
	return false
}

// coordinatedStatementDate: a speech act in a clause coordinated after a dated statement,
// with no date of its own, is made in that statement ("Aliyev said on Sunday that the jet
// that crashed on December 25 was hit from the ground, and he accused Moscow of a cover-up":
// the accusation is Sunday's, not the crash's). A speech act inside what the statement
// reports ("said on Friday that Seoul had condemned ...") is not coordinated with it.
func (s *sentenceCtx) coordinatedStatementDate(sp trigSpan) ([]string, bool) {
	if !sp.speech || s.quoted(sp.t) {
		return nil, false
	}
	tca, tcb := s.dateClauseOf(sp.t)
	if tca <= s.a || !s.clauseOpensAt(tca) {
		return nil, false
	}
	var said []string
	for _, d := range s.dateMentions {
		if d.start >= tca && d.start < tcb {
			return nil, false // a date of its own
		}
		if d.end <= tca && d.speech >= 0 && !d.noEvent && len(d.values) > 0 {
			said = d.values
		}
	}
	return slices.Clone(said), said != nil
}

// coordinatedVerb: the trigger at t is a verb joined by "and" to the event at u before it,
// with no comma, clause break or other subject between ("visited Budapest and held talks").
func (s *sentenceCtx) coordinatedVerb(u, t int) bool {
	if u >= t || t-1 <= u || !s.tokens[t-1].is("and") {
		return false
	}
	if uca, _ := s.dateClauseOf(u); uca != func() int { a, _ := s.dateClauseOf(t); return a }() {
		return false
	}
	for k := u + 1; k < t-1; k++ {
		if s.tokens[k].Text == "," || s.tokens[k].Text == ";" || s.trigAt(k) {
			return false
		}
	}
	return true
}

// aspectClauseAt: a relative clause opened at the comma k says when the event before it
// takes place (", which is expected to take place in 2024").
func (s *sentenceCtx) aspectClauseAt(k int) bool {
	return k+2 < s.b && s.tokens[k+1].is("which") && s.aspectAt(k+2)
}

// sinceSuperlative: the date d follows "since" after a superlative near the trigger t ("its
// first veto since February", "the first meeting since Healey took office in July", "marking
// his first since 2018"): it dates the last such event before, not t's event.
func (s *sentenceCtx) sinceSuperlative(d dateMention, t int) bool {
	k := d.start - 1
	for ; k > t; k-- {
		if s.tokens[k].is("since") {
			break
		}
		if s.tokens[k].Text == "," || s.tokens[k].Text == ";" {
			return false
		}
	}
	if k <= t {
		return false
	}
	for j := k - 1; j >= t-4 && j >= s.a; j-- {
		if s.tw(wSuperlative, j) {
			return true
		}
		if j < t {
			continue
		}
		if s.tokens[j].Text == ";" {
			return false
		}
	}
	return false
}

// changeBefore: a verb of change (words.tsv class change) shortly before a stative trigger
// makes it an event ("admitted Belarus as a full member", "Sweden became the 32nd member").
func (s *sentenceCtx) changeBefore(t, ca int) bool {
	for k := t - 1; k >= ca && k >= t-8; k-- {
		if s.tw(wChange, k) {
			return true
		}
	}
	return false
}

// sinceOnly keeps the dates a span reaches from ("a member since 2004"): a standing state
// ("whose members are", "members of the Guard killed in the April 1 strike") takes no other
// date from its sentence.
func sinceOnly(tokens []Token, cands []dateMention) []dateMention {
	var out []dateMention
	for _, d := range cands {
		if d.start > 0 && tokens[d.start-1].is("since") {
			out = append(out, d)
		}
	}
	return out
}

// causeBetween: a cause word (words.tsv class cause) stands between the date d and the
// trigger t, shortly before t ("on Friday over arms sales", "on Saturday in retaliation
// for Iran's missile attack").
func (s *sentenceCtx) causeBetween(d dateMention, t int) bool {
	for k := t - 1; k >= d.end && k >= t-6; k-- {
		if s.tw(wCause, k) {
			return true
		}
	}
	return false
}

// asClauseAfter: the trigger at t stands in a clause opened by ", as" (within 12 tokens before
// it) after the event at u ("The Security Council today failed to extend the sanctions regime
// on Mali, as the Russian Federation vetoed the draft"): the as-clause tells what happened at
// the main clause's time, so the main clause's date reaches it past the main clause's events.
func (s *sentenceCtx) asClauseAfter(u, t int) bool {
	for k := t - 1; k > u+1 && k >= t-12; k-- {
		if s.tokens[k].is("as") && s.tokens[k-1].Text == "," {
			return true
		}
	}
	return false
}
