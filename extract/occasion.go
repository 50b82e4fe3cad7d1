package extract

import (
	"slices"
	"strings"
)

// Occasion frames. A readout, a communiqué or a news report dates an occasion once ("Blinken
// met Cho today", "The session was held in Niamey on 6 July 2024") and then reports what was
// done at it without a date of its own ("The two ministers condemned ...", "They also
// signed ..."). Such a follow-up act takes the occasion's date (SCHEMA.md "Dates": a relation
// is dated by its event). The words are data (dates.tsv kinds occasion and occasion-act).

// actAt reports whether the trigger at t is an act performed at an occasion, in the
// simple past: the trigger itself ("condemned", "met", "was signed") or the verb whose
// object it is ("reaffirmed their support for", "held talks with"). Not an act of the
// occasion: the perfect, present or future ("has long condemned", "will sign"), an
// infinitive or participle ("agreed to continue supporting", "reaffirming support"), an act
// inside a relative clause ("sanctions that ECOWAS imposed"). A commitment reaffirmed at the
// occasion is an act of it (heldout gold h01, h11, h14 date "reaffirmed the commitment").
func (lx *dateLexicon) actAt(tokens []Token, ca, t int) bool {
	for k := t; k >= ca; k-- {
		if k < t && (lx.barrier.matchAt(tokens, k, t) > 0 || participle(tokens[k]) && !lx.attributive(tokens, ca, k)) {
			return false // "agreed to continue supporting", "spoke, reaffirming support"
		}
		if lx.occasionAct.matchAt(tokens, k, t+1) == 0 {
			continue
		}
		if !lx.simplePast(tokens, ca, k) {
			return false
		}
		for j := ca; j < k; j++ {
			if lx.relative.matchAt(tokens, j, k) > 0 {
				return false // "the sanctions that ECOWAS imposed"
			}
		}
		return true
	}
	return false
}

// tenseNear: a dates.tsv occasion-tense word ("has", "have", "will", "would") stands in the
// three words before t in its clause ("has repeatedly condemned", "has drawn criticism").
func (lx *dateLexicon) tenseNear(tokens []Token, ca, t int) bool {
	for j := max(ca, t-3); j < t; j++ {
		if lx.tense.matchAt(tokens, j, t) > 0 {
			return true
		}
	}
	return false
}

// attributive: the -ing word at k follows an article or a possessive (words.tsv classes
// article, possessive): an adjective of the noun after it ("reiterated its unwavering
// commitment", "reaffirmed the enduring alliance"), no participle of a verb of its own.
func (lx *dateLexicon) attributive(tokens []Token, ca, k int) bool {
	return k > ca && lx.words != nil && (lx.words.tok(wArticle, &tokens[k-1]) || lx.words.tok(wPossessive, &tokens[k-1]))
}

// simplePast reads the words just before the act at k (up to three, skipping the
// occasion-skip adverbs): an occasion-past auxiliary makes it the simple past passive ("was
// signed"), an occasion-tense word another tense, aspect or mood ("has condemned", "will
// sign", "often condemned"); anything else leaves the act in the simple past.
func (lx *dateLexicon) simplePast(tokens []Token, ca, k int) bool {
	for j := k - 1; j >= ca && j >= k-3; j-- {
		switch {
		case lx.tense.matchAt(tokens, j, k) > 0:
			return false
		case lx.past.matchAt(tokens, j, k) > 0:
			return true
		case lx.skip.matchAt(tokens, j, k) > 0:
			continue
		}
		break
	}
	return true
}

// occasionFrame is the latest occasion of a document stated with a date: the sentence, its
// date and its participants.
type occasionFrame struct {
	sentence int
	dates    []string
	people   []string // the entities the sentence names
}

// frameOf reads sentence i as an occasion when it names one (an occasion word: "met",
// "talks", "session") and states a date, or when it states an act of the document's own day
// ("Today, OFAC designated ..."; ref is the reference date). An act with another date is
// no occasion: "welcomed the accession earlier this month", "deplored the September 24
// attack" date what they report.
func (lx *dateLexicon) frameOf(tokens []Token, sp [2]int, dates []dateMention, mentions []mention, i int, ref string) (occasionFrame, bool) {
	// "The visit was Xi's first since 2023": a span reaching back dates no occasion.
	var values []string
	for _, d := range dates {
		if !d.noEvent && len(d.values) > 0 && !sinceStart(tokens, sp[0], d.start) {
			values = d.values
			break
		}
	}
	if values == nil {
		return occasionFrame{}, false
	}
	named := false
	today := len(ref) >= 10 && values[0] == ref[:10]
	for k := sp[0]; k < sp[1] && !named; k++ {
		named = lx.occasion.matchAt(tokens, k, sp[1]) > 0 || today && lx.occasionAct.matchAt(tokens, k, sp[1]) > 0
	}
	if !named {
		return occasionFrame{}, false
	}
	// people is sized for every mention at once: grown by append, it was a few allocations
	// per framed sentence (3% of the extractor's).
	f := occasionFrame{sentence: i, dates: slices.Clone(values), people: make([]string, 0, len(mentions))}
	for _, m := range mentions {
		if !slices.Contains(f.people, m.info.ID) {
			f.people = append(f.people, m.info.ID)
		}
	}
	return f, true
}

// occasions follows a document's occasion frames sentence by sentence. A frame holds for the
// rest of its paragraph. The document's first dated sentence, when it frames an occasion
// (a readout's "met today", a communiqué's "was held in Niamey on 6 July 2024"), is what the
// whole document reports: its frame holds in later paragraphs too, except in a paragraph that
// has moved to another day before ("The dispute began ... on 1 January. Somalia condemned
// the deal"; a "since" span moves nothing). A news report that leads with an event and names an occasion later keeps the
// occasion to its paragraph (the corpus gold: c36 and c61; extract/data/README.md).
type occasions struct {
	frame    occasionFrame
	framed   bool
	document bool // the frame is the document's first dated sentence
	anyDated bool // a sentence before the current one states a date
	// firstDay is the first date stated; otherDay, that a later one named another day. A
	// dateline ("Niamey, 6 July 2024") before the communiqué's "took place in Niamey on 6
	// July 2024" names the same day: the occasion is still the document's.
	firstDay string
	otherDay bool
	paraLast string // the current paragraph's latest event date before the current sentence
	inPara   bool   // the current sentence is in the frame's paragraph
	holds    bool   // a frame holds for the current sentence: held
	held     occasionFrame
	// acts holds the paragraph's acts stated with a date, by type and target: a later
	// sentence restating the act ("Japan and the Philippines signed the agreement in Manila
	// on 8 July 2024. The agreement was signed by Foreign Minister Kamikawa ...") is the
	// same event.
	acts   map[actKey][]string
	linked bool // the current sentence places itself at the occasion ("during the talks")
	// record is the document's own occasion frame, when it has one: a later frame ("the
	// referendums held from 23 to 27 September" in a Council record) holds in its paragraph
	// only, and the record's frame resumes after it.
	record   occasionFrame
	inRecord bool
}

// enter moves to sentence i (newPara: it opens a paragraph).
func (o *occasions) enter(lx *dateLexicon, tokens []Token, sp [2]int, dates []dateMention, mentions []mention, i int, ref string, newPara bool) {
	if newPara {
		o.paraLast, o.inPara = "", false
		clear(o.acts)
		if o.inRecord && !o.document {
			o.frame, o.document = o.record, true
		}
	}
	// The frame before this sentence dates its undated acts, even when the sentence frames
	// an occasion of its own in another clause ("He met Berri, and yesterday he held talks
	// in Jerusalem": the meeting is the frame's, the talks yesterday's).
	o.holds = o.framed && (o.inPara || o.document && (o.paraLast == "" || o.paraLast == o.frame.dates[0]))
	o.held = o.frame
	o.linked = false
	for k := sp[0]; o.holds && k < sp[1] && !o.linked; k++ { // only under a frame: most sentences skip it
		if l := lx.link.matchAt(tokens, k, sp[1]); l > 0 {
			o.linked = lx.occasion.matchAt(tokens, k+l, sp[1]) > 0
		}
	}
	if f, ok := lx.frameOf(tokens, sp, dates, mentions, i, ref); ok {
		o.frame, o.framed, o.inPara = f, true, true
		o.document = !o.anyDated || !o.otherDay && o.firstDay == f.dates[0]
		if o.document && !o.inRecord {
			o.record, o.inRecord = f, true
		}
	}
	dateline := lx.isDateline(tokens, sp, dates)
	for _, d := range dates {
		if len(d.values) > 0 && !d.noEvent {
			if dateline || !o.anyDated && datelineLine(tokens, sp, d, dates) {
				// "Berlin/Vilnius, 23 May 2025" dates the release, not an event: the
				// report's "Yesterday in Vilnius, ... took part in the ceremony" can still be
				// the record's first dated occasion (heldout h14).
				continue
			}
			if !o.anyDated {
				o.firstDay = d.values[0]
			} else if d.values[0] != o.firstDay {
				o.otherDay = true
			}
			o.anyDated = true
			if !sinceStart(tokens, sp[0], d.start) && !modifierDate(tokens, sp[0], d.start) {
				o.paraLast = d.values[0]
			}
		}
	}
}

// datelineLine: the date d stands on a line of its own that is a dateline ("Pyongyang, June
// 5, 2025" under an agency's name line, which the sentence splitter joined to it), so it
// dates the release, not an event.
func datelineLine(tokens []Token, sp [2]int, d dateMention, dates []dateMention) bool {
	a := d.start
	for a > sp[0] && tokens[a].Newlines == 0 {
		a--
	}
	b := d.end
	for b < sp[1] && tokens[b].Newlines == 0 {
		b++
	}
	return datelineValue(tokens, a, b, dates) != ""
}

// sinceStart: the date at start opens a span running to now ("since at least 2021"), which
// states how long a state has held and does not move the narrative to another day.
func sinceStart(tokens []Token, a, start int) bool {
	for k := start - 1; k >= a && k >= start-3; k-- {
		if tokens[k].is("since") {
			return true
		}
	}
	return false
}

// modifierDate: the date at start dates a reduced relative clause after a comma ("the
// decision to leave ECOWAS, announced on 28 January 2024"): the background of a noun, which
// does not move the narrative to another day either.
func modifierDate(tokens []Token, a, start int) bool {
	k := start - 1
	if k > a && tokens[k].is("on", "in") {
		k--
	}
	return k-1 >= a && pastParticiple(tokens[k]) && tokens[k-1].Text == ","
}

// pastParticiple: a lower-case -ed word ("announced", "adopted").
func pastParticiple(t Token) bool {
	return len(t.Lower) > 4 && strings.HasSuffix(t.Lower, "ed") && !t.isCap()
}

// datesFor: the occasion's date for a relation of the current sentence without a date of
// its own, or nil.
func (o *occasions) datesFor(r Relation) []string {
	if len(r.Dates) > 0 || r.Polarity != Asserted || !r.act || r.ownDate {
		return nil
	}
	if o.holds && (o.held.takes(r) || o.linked || o.document) {
		return slices.Clone(o.held.dates)
	}
	if d := o.acts[actKey{r.Type, r.Dst}]; d != nil {
		return slices.Clone(d)
	}
	return nil
}

// actKey is an act by its relation type and target.
type actKey struct{ typ, dst string }

// stated records a relation of the current sentence: an act stated with a date of its own.
func (o *occasions) stated(r Relation) {
	if !r.act || len(r.Dates) == 0 || r.Polarity != Asserted || r.Modality != Fact {
		return
	}
	if o.acts == nil {
		o.acts = map[actKey][]string{}
	}
	if _, ok := o.acts[actKey{r.Type, r.Dst}]; !ok {
		o.acts[actKey{r.Type, r.Dst}] = r.Dates
	}
}

// takes reports whether a relation without a date expression in its clause is an act at
// the frame's occasion: an occasion act whose source took part in it (named in the
// occasion's sentence) or is an anaphor of a group or a participant ("the two ministers",
// "they", "both sides", "the Secretary"). A sentence that places itself at the occasion
// ("Speaking after the vote, the representative of France denounced the veto"; dates.tsv
// kind occasion-link before an occasion word) needs neither: datesFor checks that first.
func (f occasionFrame) takes(r Relation) bool {
	if !r.act {
		return false
	}
	// A meeting has no direction: either side may be the one the occasion named.
	return r.srcAnaphor || slices.Contains(f.people, r.Src) || Undirected(r.Type) && slices.Contains(f.people, r.Dst)
}

// participle: a lower-case -ing word ("reaffirming", "pledging").
func participle(t Token) bool {
	return len(t.Lower) > 5 && strings.HasSuffix(t.Lower, "ing") && !t.isCap()
}
