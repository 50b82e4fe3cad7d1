package extract

import (
	"slices"
	"strings"
)

// One function per frame kind (grammar.go, frameFuncs): each finds the argument pairs of one
// trigger occurrence from its spec. Nothing here names a relation type; what differs between
// relations is in the spec (relations.tsv, triggers.tsv).

type argPair struct {
	src, dst *mention
}

// occurrence is one trigger found in a sentence, with its clause and argument filters.
type occurrence struct {
	trig   trigger
	t, te  int // trigger tokens [t, te)
	ca, cb int // its clause
	// What the filters srcOK and dstOK read. They are methods rather than closures made per
	// occurrence: four closures and the occurrence were five allocations per trigger.
	x        *Extractor
	s        *sentenceCtx
	bodyActs bool // the spec's flagBodyActs
	vg       int  // with bodyActs, where the verb group at t starts
}

// srcOK: m may be the occurrence's source.
func (o *occurrence) srcOK(m *mention) bool {
	spec := o.trig.spec
	if len(spec.srcIDs) > 0 {
		// a negative vote is a veto only from a permanent member (triggers.tsv src-ids=)
		return slices.Contains(spec.srcIDs, m.info.ID) || o.x.organOK(m, spec)
	}
	if typeIn(m.info.Type, spec.src) {
		return true
	}
	if spec.has(flagLeaderActs) && o.x.seatedState(m) != nil && !o.s.reportingAside(m) {
		return true // "Xi and Putin hailed their partnership"
	}
	// "Hungary's parliament ratified", "the Pentagon deployed": the state acts, when its
	// body is the verb's own subject (not a name further back, "a spokesman of the State
	// Department said the treaty covers attacks on ...").
	if o.bodyActs && m.end == o.vg && o.x.actingState(o.s, m) != nil {
		return true
	}
	// "The treaty was ratified by the State Duma of the Russian Federation", "the Charter,
	// ratified by Peru's parliament": the body as the agent after "by" of the verb acts for its
	// state, as its subject would.
	if by := m.start - 1; o.bodyActs && by >= o.te && by < o.te+4 {
		if by > o.te && o.s.tokens[by].is("the") {
			by-- // "by the State Duma"
		}
		if st := o.x.actingState(o.s, m); o.s.tokens[by].is("by") && st != nil {
			// "by the Congress of Peru": a body of another state than the gazetteer's seat.
			of := o.s.afterWord(m.end, o.cb, "of", func(n *mention) bool { return n.info.Type == TypeState }, 1)
			return of == nil || of.info == st
		}
	}
	return o.x.organOK(m, spec)
}

// dstOK: m may be the occurrence's target. A target is no mere modifier: not
// "Iranian-designed drones", "the Chinese engine maker", "Romanian ports"; but "Ukrainian
// cities", "Russian forces" stand for the state.
func (o *occurrence) dstOK(m *mention) bool {
	spec := o.trig.spec
	if o.trig.frame.verbal() && m.start > o.te && o.s.whoClauseBetween(o.te, m.start) {
		// "sanctioning anyone who helps the North": a name inside a relative clause on the
		// verb's unnamed object belongs to that clause, not to the verb.
		return false
	}
	if m.coref && o.s.tw(wSubjectPronoun, m.start) && (o.s.tw(wSpeech, m.end) || o.s.tw(wReportVerb, m.end)) {
		// "sanctions on Russian entities it says helped move weapons": a pronoun before a
		// speech verb is the subject of its own clause, no object of the trigger. A pronoun
		// resolved in an earlier sentence (a subject carried over) has no words here to test.
		return false
	}
	if spec.has(flagHeadObject) && !o.s.headsPhrase(o.t, o.te, m) {
		return false
	}
	if spec.has(flagSpeechAct) && o.s.breachedNorm(m) {
		// "condemned the launches, in violation of relevant UN Security Council resolutions":
		// the body whose norm was broken is no target of the stance.
		return false
	}
	if spec.voiced() && o.s.undoneParty(m) {
		// "reaffirmed their commitment to the complete denuclearization of North Korea",
		// "share a commitment to defeating al-Shabaab": the party an act undoes is no
		// target of a stance toward that act.
		return false
	}
	if spec.voiced() && o.s.situationPlace(m) {
		// r41bfp: "deep concern over the continuing crisis in Myanmar", "condemned the acts
		// of violence in Myanmar": the state a situation is in is no target of a stance toward
		// the situation.
		return false
	}
	if o.trig.relation == RelSupports && o.s.processParty(m) {
		// r42bsupp: "reaffirmed our commitment to close coordination with the Republic of
		// Korea", "support negotiations between Armenia and Azerbaijan": backing a joint
		// process backs none of its parties. SUPPORTS only: ALLY_OF reads partners from
		// "cooperation with" on purpose.
		return false
	}
	if typeIn(m.info.Type, spec.dst) {
		// A mere modifier is a target only as the site of a locative relation ("strikes on
		// Ukrainian ports"); no weapon that modifies an attack noun ("launched drone strikes")
		// and, for a named-target relation, no state that modifies a class ("Russian
		// entities") is one, nor, for a dry-target relation, a body of water.
		modifierOK := !o.s.modifierOnly(m) || spec.has(flagLocative) && o.s.siteOf(m)
		if modifierOK && !o.x.attackModifier(o.s, m) && !(spec.has(flagNamedTarget) && o.s.classModifier(m)) &&
			!(spec.has(flagDryTarget) && o.s.waterName(m)) {
			return true
		}
	}
	if spec.has(flagTroopOwner) && typeIn(m.info.Type, spec.dst) && o.x.modifiesTroops(o.s, m) {
		// "trained Somali commandos": the demonym or possessor of the troops names their owner.
		return true
	}
	if spec.has(flagBodyTarget) && o.x.forceOf(m, spec.dst) != nil {
		// A force stands for its state even as a modifier: "at the Philippine coast guard
		// ship" aims at the Philippines.
		return true
	}
	return spec.has(flagLeaderActs) && o.x.seatedState(m) != nil && !o.s.reportingAside(m)
}

// reportingAside: m is the pronoun subject of a reporting aside set off by commas inside
// another clause ("Russia had, she recalled, vetoed the renewal"): the speaker, who acts
// for no state there (h44cond: VETOED is leader-acts, so a diplomat who casts a veto casts
// it for the state, "Vasily Nebenzya, Moscow's ambassador, vetoed a draft").
func (s *sentenceCtx) reportingAside(m *mention) bool {
	if !m.coref || m.start-1 < s.a || m.end+1 >= s.b || s.tokens[m.start-1].Text != "," {
		return false
	}
	return s.tokens[m.end].isWord() && s.tokens[m.end+1].Text == ","
}

// modifiesTroops: the demonym or possessor m modifies a troop noun (cues.tsv troops), at most
// two lower-case modifiers between ("Somali commandos", "Ukraine's special forces").
func (x *Extractor) modifiesTroops(s *sentenceCtx, m *mention) bool {
	if !m.demonym && !m.possessive {
		return false
	}
	k := m.end
	if k < s.b && s.tokens[k].Text == "'s" {
		k++
	}
	for n := 0; n <= 2 && k < s.b; n++ {
		if x.lex.troops.matchAt(s.tokens[:s.b], k) > 0 {
			return true
		}
		if !s.tokens[k].isWord() || s.tokens[k].isCap() || s.tw(wFunction, k) {
			return false
		}
		k++
	}
	return false
}

// breachedNorm: m stands in the complement of a words.tsv breach noun and "of" ("a violation
// of U.N. Security Council resolutions", "in breach of the EU's sanctions"): it names whose
// norm or right was broken, not who broke it (breachComplement).
func (s *sentenceCtx) breachedNorm(m *mention) bool {
	return !m.coref && breachComplement(s.w, s.tokens, s.a, m.start)
}

// breachComplement: the name starting at start follows a words.tsv breach noun and "of", past
// at most five words (modifiers, articles, a name modifying it: "of relevant UN Security
// Council resolutions") and no punctuation, conjunction or other preposition, after lo.
func breachComplement(w *words, tokens []Token, lo, start int) bool {
	return ofComplement(w, wBreach, tokens, lo, start)
}

// ofComplement: the name starting at start follows a noun of class c and "of", past at most
// five words and no punctuation, conjunction or other preposition, after lo.
func ofComplement(w *words, c wordClass, tokens []Token, lo, start int) bool {
	for k := start - 1; k > lo && k >= start-6; k-- {
		tk := &tokens[k]
		if tk.is("of") {
			return w.tok(c, &tokens[k-1])
		}
		if tk.is(",", ";", ":", "(", ")") || w.tok(wConjunction, tk) || w.tok(wPreposition, tk) {
			return false
		}
	}
	return false
}

// situationPlace (r41bfp): m follows "in" (and an article) after a noun of a situation
// (words.tsv situation: "the crisis in Myanmar", "violence in the Sahel"): it names where the
// situation is, not a party to it.
func (s *sentenceCtx) situationPlace(m *mention) bool {
	k := m.start - 1
	if k > s.a && s.tw(wArticle, k) {
		k--
	}
	return k > s.a && s.tokens[k].is("in") && s.tw(wSituation, k-1)
}

// processParty (r42bsupp): m is a party of a words.tsv joint-process noun: it follows that
// noun and "with" (or a talks-noun and "between" or "among"), past at most eight words of the
// same list (names, articles, commas, conjunctions: "talks between Armenia and Azerbaijan"),
// and no other preposition or clause punctuation.
func (s *sentenceCtx) processParty(m *mention) bool {
	if m.coref {
		return false
	}
	for k := m.start - 1; k > s.a && k >= m.start-8; k-- {
		tk := &s.tokens[k]
		if tk.is("with") {
			return s.tw(wJointProcess, k-1)
		}
		if tk.is("between", "among") {
			return s.tw(wTalksNoun, k-1) // not "cooperation between the DPRK and Russia"
		}
		if tk.is(";", ":", "(", ")") || s.tw(wPreposition, k) {
			return false
		}
	}
	return false
}

// undoneParty: m is the party a words.tsv undoing act undoes: the complement of an undoing
// noun and "of" ("the complete denuclearization of North Korea"), or the object right after
// an undoing verb or gerund, past an article ("defeating al-Shabaab").
func (s *sentenceCtx) undoneParty(m *mention) bool {
	if m.coref {
		return false
	}
	k := m.start - 1
	if k > s.a && s.tw(wArticle, k) {
		k--
	}
	if k > s.a && s.tw(wUndoing, k) {
		return true // "defeating al-Shabaab", "to defeat the aggressor"
	}
	return ofComplement(s.w, wUndoing, s.tokens, s.a, m.start)
}

// conjunctDoers: the doers of the acts coordinated after a verb's event object, which the
// frame read from the first one only: the possessor right after "and" ("condemn the export of
// DPRK shells to Russia, in violation of ..., and Iran's transfer of drones"; "and the Russian
// Federation's procurement"), or the agent after "by" in a conjunct that opens with "of" or an
// article ("the export of shells by the DPRK and of drones by Iran", "and the transfer of
// drones by Iran"). Each source of pairs condemns them
// too; a relative clause (", which"), a verb phrase coordinated after ", and" or opened by a
// speech verb ("and said ...", ", and calls on"), or the clause's end stops
// the search.
func (s *sentenceCtx) conjunctDoers(pairs []argPair, o *occurrence) []argPair {
	var out []argPair
	add := func(d *mention) {
		for _, p := range pairs {
			if p.dst != nil && p.dst.info == d.info || p.src != nil && p.src.info == d.info {
				return
			}
		}
		for _, p := range pairs {
			// Once per source: also when d was added before, by another of its mentions.
			if p.src != nil && !slices.ContainsFunc(out, func(q argPair) bool { return q.src == p.src && q.dst.info == d.info }) {
				out = append(out, argPair{p.src, d})
			}
		}
	}
	for k := o.te; k+1 < o.cb; k++ {
		if s.tokens[k].Text == "," && s.tw(wClause, k+1) {
			break // ", which Russia has used": another clause's names
		}
		if !s.tokens[k].is("and") {
			continue
		}
		j := k + 1
		if s.tokens[j].is("the") {
			j++
		}
		if m := s.mentionAt(j); m != nil && m.possessive && m.end+1 < o.cb && s.tokens[m.end+1].isWord() && !s.tokens[m.end+1].isCap() && o.dstOK(m) {
			add(m) // "and Iran's transfer", not "and Albania's Prime Minister Edi Rama slammed"
			continue
		}
		if s.tokens[k+1].is("of") || s.tw(wArticle, k+1) && s.mentionAt(k+1) == nil {
			if m := s.agentAfter(k+2, o.cb, o.dstOK); m != nil {
				add(m)
			}
			continue
		}
		if s.tokens[k-1].Text == "," || s.tw(wSpeech, k+1) {
			break // "..., and calls on", "and said the United States would": a verb phrase of its own
		}
	}
	return out
}

// waterName: m is a place named as a body of water ("the East Sea", "the Gulf of Aden"): a
// word of its name is in words.tsv class water.
func (s *sentenceCtx) waterName(m *mention) bool {
	if m.info.Type != TypePlace || m.coref {
		return false
	}
	for k := m.start; k < m.end; k++ {
		if s.tw(wWater, k) {
			return true
		}
	}
	return false
}

// capitalisedWord: the word at t is written with a capital where its own spelling, not the
// sentence, gives it one: not the sentence's first word, in no headline and no Title Case line
// ("welcome Finland and Sweden as our newest Allies": NATO's members, not allies of each other).
func (s *sentenceCtx) capitalisedWord(t int) bool {
	return t > s.a && s.tokens[t].isCap() && !s.headline && !isHeadline(s.tokens, [2]int{s.a, s.b}, s.w)
}

// applyTrigger appends the relations of one trigger occurrence to out.
func (x *Extractor) applyTrigger(out []Relation, s *sentenceCtx, t int, trig trigger) []Relation {
	spec := trig.spec
	if spec.has(flagCapitalised) && !s.capitalisedWord(t) {
		return out
	}
	ca, cb := s.clauseOf(t)
	if te := t + trig.length; te < s.b && te == cb+1 && s.tokens[cb].is("that") {
		// "expressed concern that Russia may provide ...": a trigger that ends in "that"
		// reads its target in the that-clause.
		_, cb = s.clauseOf(te)
	}
	if spec.relation == RelCondemned {
		// r42cond: a stance's targets end where ", and" or ", but" opens a clause whose own
		// subject speaks (a speech verb within its first words): "summoned the ambassador to
		// protest against the pact, and the presidential office said it would reconsider
		// sending weapons to Ukraine" protests against nothing in Ukraine.
		if ob := s.reportingConjunct(t+trig.length, cb); ob > 0 {
			cb = ob
		}
	}
	// The sentence's one occurrence, rewritten for each trigger: the frames read it and keep
	// no pointer to it, and an occurrence made per trigger escaped to the heap (the frame is
	// called through frameFuncs).
	o := &s.scratch.occ
	*o = occurrence{trig: trig, t: t, te: t + trig.length, ca: ca, cb: cb, x: x, s: s, bodyActs: spec.has(flagBodyActs)}
	if o.bodyActs {
		o.vg = s.verbGroupStart(t, ca)
	}
	var pairs []argPair
	if spec.has(flagReciprocal) {
		pairs = x.reciprocalParties(s, o)
	}
	if pairs == nil && spec.has(flagNeedsVerdict) {
		if subj := x.quotedVerdict(s, t, spec); subj >= 0 {
			// '"X's act is reckless," Kenya said': the verdict is in the quotation before
			// the verb, which has no object of its own.
			if pairs = s.quotedVerdictArgs(o, subj); pairs == nil {
				return out // nothing of this trigger; the sentence keeps what it had
			}
		}
	}
	if pairs == nil && spec.has(flagReciprocalOnly) {
		return out
	}
	if spec.has(flagCourtesy) && s.appealedTo(o.te, o.cb) {
		return out // "called on President Putin to withdraw": an appeal, not a courtesy call
	}
	if pairs == nil && spec.relation == RelSupports && trig.frame != frameRecv {
		if k := s.receivedHelp(t, ca); k >= 0 {
			// "The Houthis receive weapons, training and funding from Iran": help in what a
			// subject receives goes from the name after "from" to that subject, or from no
			// one; the subject helps nobody (stop 44, h44supp).
			if pairs = s.receivedHelpArgs(o, k); pairs == nil {
				return out
			}
		}
	}
	if pairs == nil {
		pairs = frameFuncs[trig.frame](x, s, o)
	}
	if spec.has(flagSeatState) {
		for i := range pairs {
			if st := x.seatState(s, pairs[i].dst); st != nil {
				pairs[i].dst = st
			}
		}
	}
	if spec.has(flagPurposePlace) {
		pairs = append(pairs, s.purposePlaces(pairs, o)...)
	}
	if spec.has(flagFailedMeasure) {
		pairs = append(pairs, s.failedMeasures(x, pairs, o)...)
	}
	if spec.has(flagPossessorToo) {
		pairs = append(pairs, x.placeOwners(s, pairs, o)...)
	}
	if spec.has(flagEventObject) && spec.has(flagSpeechAct) && trig.frame == frameVerb && len(pairs) > 0 {
		pairs = append(pairs, s.conjunctDoers(pairs, o)...)
	}
	if spec.has(flagBetweenParties) {
		pairs = append(pairs, s.agreementParties(pairs, o)...)
	}
	var gaps []gapPair
	if spec.has(flagGapped) && !spec.has(flagWholeFirst) {
		gaps = s.gappedConjuncts(pairs, o)
		for _, g := range gaps {
			pairs = append(pairs, g.argPair)
		}
	}
	if spec.has(flagSustainedOwner) {
		pairs = append(pairs, s.sustainedOwners(pairs, o)...)
	}
	if spec.has(flagPartitiveRest) {
		for _, g := range s.partitiveConjuncts(pairs, o) {
			gaps = append(gaps, g)
			pairs = append(pairs, g.argPair)
		}
	}
	pairs = s.dropBoundPronouns(pairs)
	if s.tokens[t].Text == ":" && !s.colonGloss(t, pairs) {
		// The colon row (triggers.tsv MEMBER_OF ":") holds only for a body named right before
		// the colon and a bare list of names running from it to the sentence's end; any other
		// clause across a colon ("knows well the cost of such paralysis: our own draft was
		// blocked") glosses no body with its members.
		return out
	}
	if spec.has(flagWholeFirst) {
		// "the bloc that also includes Armenia and Tajikistan": the row's frame found the body as
		// subject and the members as object; the relation runs from member to body.
		for i := range pairs {
			pairs[i].src, pairs[i].dst = pairs[i].dst, pairs[i].src
		}
		sw := *spec
		sw.src, sw.dst = spec.dst, spec.src
		spec = &sw
		trig.spec = spec
	}
	for _, p := range pairs {
		if p.src != nil && (!typeIn(p.src.info.Type, spec.src) || spec.has(flagSeatedSource) && p.src.info.State != "") {
			if st := x.actingState(s, p.src); st != nil {
				p.src = actingFor(p.src, st)
			}
		}
		if spec.has(flagLeaderActs) {
			// "Xi and Putin pledged to deepen their partnership": the leaders' states.
			for _, end := range []**mention{&p.src, &p.dst} {
				if *end != nil && !typeIn((*end).info.Type, spec.src) {
					if st := x.seatedState(*end); st != nil {
						*end = actingFor(*end, st)
					}
				}
			}
		}
		// h44bcoal: "U.S. Central Command (CENTCOM) forces, with support from Australia,
		// conducted strikes": a state's military command before the forces it commands
		// stands for its state, as "U.S. forces" does, wherever the relation takes a state
		// (gold: SUPPORTS to the state, not the command).
		if p.src != nil && p.src.info != nil {
			if st := x.commandForcesState(s, p.src, spec.src); st != nil {
				p.src = actingFor(p.src, st)
			}
		}
		if p.dst != nil && p.dst.info != nil {
			if st := x.commandForcesState(s, p.dst, spec.dst); st != nil {
				p.dst = actingFor(p.dst, st)
			}
		}
		force := false
		if p.dst != nil && !typeIn(p.dst.info.Type, spec.dst) {
			// "fired water cannon at the Philippine coast guard ship": the force's state.
			if st := x.forceOf(p.dst, spec.dst); st != nil {
				p.dst, force = actingFor(p.dst, st), true
			}
		}
		if p.src == nil || p.dst == nil || p.src.info == p.dst.info || s.attributed(p.src) || s.attributed(p.dst) {
			continue // "..., according to the Brazilian army": the claim's source is no argument
		}
		if spec.has(flagStatelessTarget) && p.dst.end > p.dst.start && s.tokens[p.dst.end-1].isCap() && x.forceOf(p.dst, []string{TypeState}) != nil {
			// "will provide radars to the Philippine Navy": a state's force by its proper
			// name, in state-to-state assistance, is the state supplied (SUPPLIED); a force
			// written as a common noun ("drones to the Sudanese army") is a side backed.
			continue
		}
		if trig.relation == RelVisited && trig.frame == frameVerbTo && s.stateThingTravels(p.src, t) {
			continue // "A Canadian Navy patrol vessel is expected to arrive in Havana": no visit by Canada
		}
		if spec.has(flagAbroad) && x.atHome(p.src, p.dst) {
			continue // "Choe returned to Pyongyang after her visit to Moscow": home, no visit
		}
		if spec.has(flagNamedParties) && !x.namedParty(p.src, p.dst) {
			continue // "a Japan-Philippines Reciprocal Access Agreement": no third state signs it
		}
		n := len(out)
		out = x.buildRelations(out, s, t, trig, p)
		gap := gapAt(gaps, p)
		for k := n; k < len(out); k++ {
			out[k].forceTarget, out[k].gap = force, gap
		}
	}
	return out
}

// stateThingTravels: a journey verb's source is a state only as the adjective of what
// moves ("A Canadian Navy patrol vessel ... is expected to arrive in Havana", "the F-16
// jets pledged by Denmark", "an Indian Air Force transport aircraft landed at Clark"):
// a ship, an aircraft, a missile or a shipment arrives, and the state visits nothing. A
// state's delegation or side (words.tsv side-head) is its people and travels for it ("The
// Russian delegation will travel to Niamey").
func (s *sentenceCtx) stateThingTravels(src *mention, t int) bool {
	if !src.demonym || src.info.Type != TypeState || src.end > t {
		return false
	}
	for k := src.end; k < t; k++ {
		if s.tw(wSideHead, k) {
			return false
		}
	}
	return true
}

// namedParty: an agreement whose name opens with its parties joined by hyphens ("the
// Japan-Philippines Reciprocal Access Agreement", "the U.S.-Finland DCA") is signed by those
// parties only: false when signer, a state or a person serving one, is none of them. Any other
// agreement, or a signer of no known state, is left alone. The entity's name is read, not the
// mention, since "which the two countries intend to sign" names the agreement by a pronoun.
func (x *Extractor) namedParty(signer, agr *mention) bool {
	if agr.info.Type != TypeAgreement {
		return true
	}
	state := signer.info.ID
	if signer.info.Type == TypePerson {
		state = signer.info.State
	}
	if state == "" {
		return true
	}
	tokens := tokenize(agr.info.Name)
	n, _, party := leadingStates(tokens, 0, len(tokens), x.lex, state)
	return n < 2 || party
}

// agreementParties: the parties named after "between" right after the name of the agreement a
// signing trigger is about ("the Treaty on X between Russia and the DPRK, signed on 19 June",
// "the Treaty signed between Russia and North Korea in Pyongyang", "the Agreement between Sweden
// and the United States, which was signed in Washington", "the signing of the Treaty between
// A and B") signed it, when the trigger names no signer of its own: "Macron and Vucic signed
// the Agreement between France and Serbia" is the two leaders' signing only, and "the Treaty
// between Russia and the DPRK, ratified by the State Duma" is Russia's ratification only. The
// agreement is the frame's target, or the name that the participle follows (past its party
// list and a relative "which was"), or the "of" object of a signing noun; a party list of one
// name ("between the Kingdom and its neighbours") names none.
func (s *sentenceCtx) agreementParties(pairs []argPair, o *occurrence) []argPair {
	for _, p := range pairs {
		if p.src != nil {
			return nil
		}
	}
	if k := s.pastAdjuncts(o.te, o.cb); k+1 < o.cb && s.tokens[k].is("by") {
		// "ratified by the State Duma": one party's body acts, the other party did nothing;
		// "signed by Putin and Kim" is the leaders' signing for the parties too.
		if k+2 < o.cb && s.tw(wArticle, k+1) {
			k++
		}
		if m := s.mentionAt(k + 1); m == nil || m.info.Type != TypePerson {
			return nil
		}
	}
	var agr *mention
	for _, p := range pairs {
		if p.dst != nil && p.dst.info.Type == TypeAgreement {
			agr = p.dst
			break
		}
	}
	if agr == nil {
		agr = s.signedAgreement(o)
	}
	if agr == nil {
		return nil
	}
	var out []argPair
	for _, p := range s.partiesAfter(agr, o) {
		out = append(out, argPair{p, agr})
	}
	return out
}

// partiesAfter: the names of o's source kind coordinated after "between" right after the
// agreement m (past a closing quotation mark, or past the trigger itself: "the Treaty signed
// between"), two or more, else nil.
func (s *sentenceCtx) partiesAfter(m *mention, o *occurrence) []*mention {
	k := m.end
	if k < s.b && isQuote(s.tokens[k].Text) {
		k++
	}
	if k == o.t {
		k = o.te
	}
	if k+1 >= s.b || !s.tw(wBetween, k) {
		return nil
	}
	at := k + 1
	if s.tw(wArticle, at) && s.mentionAt(at) == nil {
		at++ // "between the Russian Federation and the DPRK"
	}
	n := s.mentionAt(at)
	if n == nil || !o.srcOK(n) {
		return nil
	}
	if g := s.group(n, o.srcOK); len(g) > 1 {
		return g
	}
	return nil
}

// signedAgreement: the agreement a signing trigger with no target of its frame is about: the
// name right before it ("the \"Treaty\" signed between"); the name whose party list ends
// right before it and a comma, past a relative pronoun and forms of "be" ("the Agreement
// between A and B, which was signed"); or the "of" object of a signing noun, past place and
// date phrases ("the signing on 19 June of the Treaty between").
func (s *sentenceCtx) signedAgreement(o *occurrence) *mention {
	isAgr := func(m *mention) bool { return m.info.Type == TypeAgreement }
	end := o.t
	if end-1 > s.a && isQuote(s.tokens[end-1].Text) {
		end--
	}
	if m := s.mentionEndingAt(end, isAgr); m != nil {
		return m
	}
	j := o.t - 1
	for j > s.a && (s.tw(wBe, j) || s.tw(wAux, j) || s.tw(wThingRelative, j)) {
		j--
	}
	if j > s.a && s.tokens[j].Text == "," {
		for b := j - 1; b > s.a && b >= j-12; b-- {
			if !s.tw(wBetween, b) {
				continue
			}
			e := b
			if isQuote(s.tokens[e-1].Text) {
				e--
			}
			if m := s.mentionEndingAt(e, isAgr); m != nil {
				if g := s.partiesAfter(m, o); len(g) > 0 && g[len(g)-1].end == j {
					return m
				}
			}
			break
		}
	}
	k := o.te
	if k < o.cb && s.tw(wAdjunctPrep, k) {
		k = s.pastAdjuncts(k, o.cb)
	}
	if k+1 < s.b && s.tokens[k].is("of") {
		k++
		if s.tw(wArticle, k) && s.mentionAt(k) == nil {
			k++
		}
		if k < s.b && isQuote(s.tokens[k].Text) {
			k++
		}
		if m := s.mentionAt(k); m != nil && isAgr(m) {
			return m
		}
	}
	return nil
}

// placeOwners: for each target place named right after a state's possessive ("sent troops to
// Russia's Kursk region"), the pair with that state as target too; the writer names both where
// the troops went. A possessor the gazetteer places elsewhere ("Ukraine's Kursk operation"
// names no Ukrainian place) adds nothing.
func (x *Extractor) placeOwners(s *sentenceCtx, pairs []argPair, o *occurrence) []argPair {
	var out []argPair
	for _, p := range pairs {
		if p.dst == nil || p.dst.info.Type != TypePlace || p.dst.start <= s.a {
			continue
		}
		m := s.mentionEndingAt(p.dst.start-1, func(m *mention) bool {
			return m.possessive && m.info.Type == TypeState && o.dstOK(m)
		})
		if m == nil {
			m = s.ofOwner(p.dst, o)
		}
		if m == nil {
			continue
		}
		if st, ok := x.lex.placeStates[p.dst.info.ID]; ok && st != m.info.ID {
			continue
		}
		out = append(out, argPair{p.src, m})
	}
	return out
}

// ofOwner: the state after a place and "of" ("the Kursk region of the Russian Federation"),
// with at most one lower-case word between the place's name and "of" (its region noun when
// the name leaves it out).
func (s *sentenceCtx) ofOwner(place *mention, o *occurrence) *mention {
	k := place.end
	if k < o.cb && s.tokens[k].isWord() && !s.tokens[k].isCap() && !s.tokens[k].is("of") {
		k++
	}
	if k >= o.cb || !s.tokens[k].is("of") {
		return nil
	}
	k++
	if k < o.cb && s.tokens[k].is("the") {
		k++
	}
	m := s.mentionAt(k)
	if m == nil || m.start != k || m.info.Type != TypeState || m.demonym || m.possessive || !o.dstOK(m) {
		return nil
	}
	return m
}

// attributed: the mention is the source an attribution phrase ("according to") names, the
// phrase ending at most three plain words before it ("according to the Sudanese army").
func (s *sentenceCtx) attributed(m *mention) bool {
	if m.start < 0 {
		return false
	}
	for i := max(s.a, m.start-6); i < m.start; i++ {
		n := s.w.attribution.matchAt(s.tokens[:s.b], i)
		if n == 0 || i+n > m.start || m.start-(i+n) > 3 {
			continue
		}
		plain := true
		for k := i + n; k < m.start; k++ {
			plain = plain && s.tokens[k].isWord() && s.mentionAt(k) == nil
		}
		if plain {
			return true
		}
	}
	return false
}

// dropBoundPronouns: an object pronoun ("it", "him", "them") never names one of its own verb's
// subjects, which only a reflexive could ("The United States, South Korea and Japan condemned
// the launch, calling it a violation": "it" is the launch, not Japan). A pronoun target
// resolved to one of the pairs' sources was resolved wrongly, and every pair it ends goes.
func (s *sentenceCtx) dropBoundPronouns(pairs []argPair) []argPair {
	bound := func(d *mention) bool {
		if d == nil || !d.coref || !s.tw(wObjectPronoun, d.start) {
			return false
		}
		if s.tokens[d.start].is("her") && d.start+1 < s.b && s.tokens[d.start+1].isWord() && !s.tw(wFunction, d.start+1) {
			return false // "her visit": a possessive determiner
		}
		for _, p := range pairs {
			if p.src != nil && p.src.info == d.info {
				return true
			}
		}
		return false
	}
	if !slices.ContainsFunc(pairs, func(p argPair) bool { return bound(p.dst) }) {
		return pairs // the common case: nothing to drop, and no copy made
	}
	return keepPairs(pairs, func(p argPair) bool { return !bound(p.dst) })
}

// keepPairs: the pairs keep holds for, in a new slice; the caller's is left as it was.
func keepPairs(pairs []argPair, keep func(argPair) bool) []argPair {
	out := pairs[:0:0]
	for _, p := range pairs {
		if keep(p) {
			out = append(out, p)
		}
	}
	return out
}

// actingState is the state an institution acts for: a state's body ("Hungary's parliament"),
// an institution the gazetteer seats in a state ("the Pentagon"), or one a state's possessive
// names ("Türkiye's Grand National Assembly"); nil for any other mention.
func (x *Extractor) actingState(s *sentenceCtx, m *mention) *entityInfo {
	if m.info.Type != TypeInstitution {
		return nil
	}
	if m.info.State != "" {
		if st := x.lex.gaz.entities[m.info.State]; st != nil && st.Type == TypeState {
			return st
		}
	}
	if m.start-1 > s.a && (s.tokens[m.start-1].Text == "'s" || s.tokens[m.start-1].Text == "\u2019s") {
		if owner := s.mentionEndingAt(m.start-1, func(o *mention) bool { return o.info.Type == TypeState }); owner != nil {
			return owner.info
		}
	}
	return nil
}

// seatedState is the state the gazetteer seats a person in (entities.tsv state=), or nil.
func (x *Extractor) seatedState(m *mention) *entityInfo {
	if m.info.Type != TypePerson || m.info.State == "" {
		return nil
	}
	if st := x.lex.gaz.entities[m.info.State]; st != nil && st.Type == TypeState {
		return st
	}
	return nil
}

// atHome: dst is the state the gazetteer seats person src in, or that state's capital.
func (x *Extractor) atHome(src, dst *mention) bool {
	st := x.seatedState(src)
	if st == nil {
		return false
	}
	switch dst.info.Type {
	case TypeState:
		return dst.info == st
	case TypePlace:
		c := x.lex.capitals[st.ID]
		return c != "" && dst.info.ID == "place:"+slug(c)
	}
	return false
}

// carrierNoun: the word at k, right after a subject's name, is a lower-case noun that is no
// troop noun, auxiliary or adverb: the name only modifies the subject's head ("Russian navy
// ships carried", not "North Korea airlifted" or "Chinese troops were carried").
func (s *sentenceCtx) carrierNoun(x *Extractor, k int) bool {
	tk := &s.tokens[k]
	return tk.isWord() && !tk.isCap() && x.lex.troops.matchAt(s.tokens[:s.b], k) == 0 &&
		!s.tw(wAux, k) && !s.tw(wBe, k) && !s.tw(wFunction, k) && !s.adverb(k)
}

// troopOwner: the state whose troops stand right before the verb group at t ("North Korean
// troops were moved", "some 3,000 of Pyongyang's soldiers have been sent"), by a demonym or a
// possessive before the troop noun, or nil.
func (s *sentenceCtx) troopOwner(x *Extractor, t, ca int, ok func(*mention) bool) *mention {
	k := s.pastPhaseAndRelative(s.pastVerbGroup(t-1, ca), t, ca)
	if m := s.ownerAfterTroops(x, k, ca, ok); m != nil {
		return m
	}
	start := -1
	if m := s.hardwareBefore(k); m != nil && m.start > ca {
		// "The British patrol ship HMS Trent arrived", "Norwegian F-35 fighters were
		// stationed": named hardware moves like troops; its owner stands before it.
		start = m.start
	} else if m := s.mentionEndingAt(k+1, func(*mention) bool { return true }); m != nil && x.lex.troops.matchAt(s.tokens[:s.b], k) > 0 {
		// "Pyongyang's special forces": the troops are a state's body.
		if st := x.actingState(s, m); st != nil {
			return actingFor(m, st)
		}
		return nil
	}
	for j := max(ca, k-2); j <= k && start < 0; j++ {
		if n := x.lex.troops.matchAt(s.tokens[:s.b], j); n > 0 && j+n == k+1 {
			start = j
		}
	}
	if start < 0 {
		return nil
	}
	for j := len(s.mentions) - 1; j >= 0; j-- {
		m := &s.mentions[j]
		if m.end > start || m.end < start-4 {
			continue
		}
		if m.info.Type == TypeWeapon && !m.demonym && !m.possessive {
			start = m.start // "the Spanish frigate Canarias": the class noun is hardware too
			continue
		}
		if !(m.demonym || m.possessive || m.info.Type == TypeState && m.end == start) || !ok(m) {
			// ("U.S. troops were stationed in Niger": a state's name right before them owns
			// them, as a demonym does.)
			// "Swedish Army units will move into Lapland": a state's force owns them.
			if st := x.actingState(s, m); st != nil && m.end == start {
				return actingFor(m, st)
			}
			return nil
		}
		for i := m.end; i < start; i++ {
			if tk := s.tokens[i]; !(tk.isWord() && !tk.isCap() || tk.Text == "'s" || tk.Text == "\u2019s" || tk.Text == "-") {
				return nil
			}
		}
		return m
	}
	return nil
}

// pastVerbGroup: k moved left past auxiliaries, forms of "be" and adverbs ("have been",
// "were reportedly"), not before ca.
func (s *sentenceCtx) pastVerbGroup(k, ca int) int {
	for k > ca && (s.tw(wAux, k) || s.tw(wBe, k) || s.adverb(k)) {
		k--
	}
	return k
}

// pastPhase: k is the last word before the verb group at t, past its auxiliaries and
// adverbs; a words.tsv phase verb there carries the act's subject ("North Korean troops have
// begun taking part in combat", "Chinese units continued to patrol near"), so the subject ends
// before it, past its own auxiliaries. Only before "to" or an -ing trigger, so "Russian troops
// started the war" keeps its own verb.
func (s *sentenceCtx) pastPhase(k, t, ca int) int {
	if k-1 > ca && s.tokens[k].is("to") && s.tw(wPhaseVerb, k-1) {
		return s.pastVerbGroup(k-2, ca)
	}
	if k > ca && t < s.b && s.tw(wPhaseVerb, k) && s.w.ends(eParticiple, s.tokens[t].Lower) {
		return s.pastVerbGroup(k-1, ca)
	}
	return k
}

// pastPhaseAndRelative: k as in pastPhase; it returns the end of the subject past a phase
// verb and a reduced passive relative after the troop noun, where the troops whose owner acts
// stand.
func (s *sentenceCtx) pastPhaseAndRelative(k, t, ca int) int {
	k = s.pastPhase(k, t, ca)
	if m, e := s.relativeName(k, ca); m != nil {
		k = s.pastVerbGroup(e, ca)
	}
	return k
}

// inTroopRelative: m is the name of a reduced passive relative after a troop noun that is the
// subject of the verb group at t ("North Korean troops sent to Russia have begun fighting").
func (s *sentenceCtx) inTroopRelative(x *Extractor, m *mention, t, ca int) bool {
	r, e := s.relativeName(s.pastPhase(s.pastVerbGroup(t-1, ca), t, ca), ca)
	if r == nil || r.info != m.info || r.start != m.start {
		return false
	}
	for j := max(ca, e-2); j <= e; j++ {
		if n := x.lex.troops.matchAt(s.tokens[:s.b], j); n > 0 && j+n == e+1 {
			return true
		}
	}
	return false
}

// relativeName: the name ending at k closes a reduced passive relative after the subject's
// head noun, which says where the troops were sent or are based ("North Korean troops sent
// to Russia have entered combat in Kursk", "U.S. forces stationed in Niger began leaving"):
// it returns that name and the last word before the relative's participle, or nil. Only a
// lower-case past form right before the preposition, so "troops in Russia" (no verb) and
// "troops of Belarus" (ownerAfterTroops) read as before, and not after "be" or an
// auxiliary ("troops were sent to Russia", whose verb is the clause's own); callers check
// that a troop noun ends before the participle.
func (s *sentenceCtx) relativeName(k, ca int) (*mention, int) {
	m := s.mentionEndingAt(k+1, func(m *mention) bool { return m.info.Type == TypeState || m.info.Type == TypePlace })
	if m == nil {
		return nil, k
	}
	j := m.start - 1
	if j > ca && s.tokens[j].is("the") {
		j--
	}
	if j-2 >= ca && s.tokens[j].is("to", "in", "into", "at", "inside") && !s.tokens[j-1].isCap() && s.pastForm(j-1) &&
		!s.tw(wAux, j-2) && !s.tw(wBe, j-2) && !s.adverb(j-2) && s.tokens[j-2].isWord() {
		return m, j - 2
	}
	return nil, k
}

// ownerAfterTroops: a state named in a postmodifier of the troop noun that ends the
// subject at k owns the troops ("11,000 troops from the DPRK (DPRK) have been deployed to
// Russia", "soldiers of the army of Belarus are stationed in Pskov"): "from" or "of", with at
// most one lower-case body between ("of the army of", "of the armed forces of"), and an
// alias in brackets after the name.
func (s *sentenceCtx) ownerAfterTroops(x *Extractor, k, ca int, ok func(*mention) bool) *mention {
	if k > ca && s.tokens[k].Text == ")" {
		for j := k - 1; j > ca && j >= k-4; j-- {
			if s.tokens[j].Text == "(" {
				k = j - 1
				break
			}
		}
	}
	m := s.mentionEndingAt(k+1, func(m *mention) bool { return m.info.Type == TypeState && !m.demonym && !m.possessive })
	if m == nil {
		// "soldiers of the Korean People's Army have been deployed to Kursk": a state's
		// force (an institution the gazetteer seats in a state) owns them for its state.
		if f := s.mentionEndingAt(k+1, func(m *mention) bool { return m.info.Type == TypeInstitution && !m.possessive }); f != nil {
			if st := x.actingState(s, f); st != nil {
				m = actingFor(f, st)
			}
		}
	}
	if m == nil || !ok(m) {
		return nil
	}
	j := m.start - 1
	for hop := 0; hop < 2; hop++ {
		if j > ca && s.tokens[j].is("the") {
			j--
		}
		if j <= ca || !s.tokens[j].is("from", "of") {
			return nil
		}
		j--
		for i := max(ca, j-2); i <= j; i++ {
			if n := x.lex.troops.matchAt(s.tokens[:s.b], i); n > 0 && i+n == j+1 {
				return m
			}
		}
		// one body between the troops and their state: "soldiers of the army of the DPRK"
		b := j
		for b > ca && b > j-3 && s.tokens[b].isWord() && !s.tokens[b].isCap() && !s.tokens[b].is("of", "from", "the") {
			b--
		}
		if b == j {
			return nil
		}
		j = b
	}
	return nil
}

// subjectEnd is the last token of the subject of the verb group ending at t: back past
// auxiliaries, adverbs and an apposition between commas ("the troops, drawn from the Storm
// Corps, had been shipped").
func (s *sentenceCtx) subjectEnd(t, lo int) int {
	k := t - 1
	for k > lo && (s.tw(wAux, k) || s.tw(wBe, k) || s.adverb(k) || s.tokens[k].is("later")) {
		k--
	}
	// A hedge raises the subject past its own verb ("some were believed to have moved",
	// "the units are said to have reached", "most are likely to have been sent"): the verb
	// before "to" is a report verb after a form of "be", and the subject stands before that.
	if k-2 > lo && k < t-1 && s.tokens[k].is("to") && s.tw(wReportVerb, k-1) {
		j := k - 2
		for j > lo && s.adverb(j) {
			j--
		}
		if s.tw(wBe, j) {
			k = j
			for k > lo && (s.tw(wAux, k) || s.tw(wBe, k) || s.adverb(k)) {
				k--
			}
		}
	}
	if k > lo && s.tokens[k].Text == "," {
		for j := k - 1; j > lo && j >= k-16; j-- {
			if s.tokens[j].Text == "," {
				return j - 1
			}
		}
	}
	return k
}

// definiteTroops: the passive verb at t has a troop noun after a words.tsv plural-definite
// ("the", "these") as subject, with no owner
// named ("the troops had been shipped", "these units, drawn from the Storm Corps, were
// moved"), past an apposition between commas.
func (s *sentenceCtx) definiteTroops(x *Extractor, t int) bool {
	k := s.subjectEnd(t, s.a)
	for j := max(s.a, k-2); j <= k; j++ {
		if n := x.lex.troops.matchAt(s.tokens[:s.b], j); n > 0 && j+n == k+1 {
			if s.tw(wPluralDefinite, j-1) {
				return true
			}
			// "About 1,500 soldiers were ferried to Vladivostok", "some 1,500 special
			// operations troops were carried": a counted force with no owner named, the
			// count opening the subject, at most two lower-case modifiers between.
			c := j - 1
			for m := 0; m < 2 && c > s.a && s.tokens[c].isWord() && !s.tokens[c].isCap() && !s.tokens[c].startsDigit() &&
				!s.tw(wFunction, c) && s.mentionAt(c) == nil; m++ {
				c--
			}
			if c < s.a || !s.tokens[c].startsDigit() {
				return false
			}
			// past a cues.tsv approximate phrase or an adverb before the count ("about",
			// "some", "more than", "roughly")
			for c--; c >= s.a && c > j-6; {
				if s.tw(wAdverb, c) {
					c--
				} else if n := x.lex.approx.endingAt(s.tokens[:c+1], s.a); n > 0 {
					c -= n
				} else {
					break
				}
			}
			return c < s.a || !s.tokens[c].isWord() || s.tw(wConjunction, c) || s.tw(wArticle, c) ||
				s.tw(wSubordinator, c) || s.tokens[c].is("that")
		}
	}
	return false
}

// purposePlaces: a journey's target followed by its purpose, an event at a place ("travelled
// to Russia for a meeting of BRICS foreign ministers in Nizhny Novgorod", "a visit to Russia
// for the BRICS summit in Kazan"), takes the traveller to that place too. The event is a
// words.tsv event-noun within eight words after "for"; the place follows "in" or "at" within
// six words of it.
func (s *sentenceCtx) purposePlaces(pairs []argPair, o *occurrence) []argPair {
	var out []argPair
	for _, p := range pairs {
		if p.src == nil || p.dst == nil || p.dst.end <= o.t {
			continue
		}
		k := p.dst.end
		for k < o.cb && k < p.dst.end+4 && s.tokens[k].Lower != "for" {
			k++
		}
		if k >= o.cb || s.tokens[k].Lower != "for" {
			continue
		}
		ev := -1
		for j := k + 1; j < o.cb && j <= k+8; j++ {
			if s.tw(wEventNoun, j) {
				ev = j
				break
			}
			if s.tokens[j].Text == "," || s.trigAt(j) {
				break
			}
		}
		if ev < 0 {
			continue
		}
		for j := ev + 1; j+1 < o.cb && j <= ev+6; j++ {
			if s.tokens[j].Text == "," {
				break
			}
			if s.tw(wVenuePrep, j) {
				if m := s.mentionAt(j + 1); m != nil && m.info.Type == TypePlace && o.dstOK(m) {
					out = append(out, argPair{p.src, m})
				}
				break
			}
		}
	}
	return out
}

// cross pairs every source with every target.
func cross(srcs, dsts []*mention) []argPair {
	var pairs []argPair
	for _, a := range srcs {
		for _, b := range dsts {
			pairs = append(pairs, argPair{a, b})
		}
	}
	return pairs
}

// beforeSince drops the pairs whose target follows "since" right after the trigger ("the
// most senior Russian official to visit since the Soviet Union collapsed", "his first visit
// since the conflict in Ukraine began"): a verb or noun followed at once by "since" has no
// target there; the names after it date the event.
func (o *occurrence) beforeSince(pairs []argPair) []argPair {
	if o.te >= o.cb || !o.s.tokens[o.te].is("since") {
		return pairs
	}
	return keepPairs(pairs, func(p argPair) bool { return p.dst == nil || p.dst.start <= o.te })
}

// verbArgs: subject and object of an active verb, or the passive's "by" agent and subject.
// Frame verb-to takes its target after one of the spec's prepositions.
func verbArgs(x *Extractor, s *sentenceCtx, o *occurrence) []argPair {
	pairs := o.beforeSince(verbObjectArgs(x, s, o))
	if len(pairs) > 0 && pairs[0].src != nil {
		if person, ok := x.kindDescribed(s, o, pairs[0].src); ok {
			// "Shoigu became the first Russian defence minister to visit North Korea": the
			// traveller is the one the superlative describes, not the state.
			var kept []argPair
			for _, p := range pairs {
				if p.src == pairs[0].src {
					if person == nil {
						continue
					}
					p.src = person
				}
				kept = append(kept, p)
			}
			pairs = kept
		}
	}
	// "the first trip to Mali by a Russian foreign minister": a journey verb read as the noun
	// its superlative makes it has a kind of office holder as agent, not the state.
	if kind := func(p argPair) bool { return p.src != nil && x.kindHolder(s, o, p.src) }; slices.ContainsFunc(pairs, kind) {
		pairs = keepPairs(pairs, func(p argPair) bool { return !kind(p) })
	}
	if len(pairs) > 0 && pairs[0].src != nil && s.hostOfOther(pairs[0].src) {
		// "the Houthis in Yemen launched rockets", "rebels in Syria attacked": the state
		// after "in" only places the subject, a body or armed group the relation's source
		// type refuses; the state did nothing.
		pairs = keepPairs(pairs, func(p argPair) bool { return !s.hostOfOther(p.src) })
	}
	if !o.trig.spec.has(flagEventObject) {
		return pairs
	}
	// "condemned the invasion of Ukraine", "condemns the targeting of Iran": a name after a
	// victim noun's "of" suffered the act and is no target; the agent after "by" ("the
	// occupation of Georgia by Russia") or the state before the noun ("the Russian invasion
	// of Ukraine") is, and without one that name gives nothing.
	var kept []argPair
	for _, p := range pairs {
		v := -1
		antecedent := false
		if p.dst != nil && p.dst.start > o.te {
			v = s.victimNoun(o.te, p.dst.start)
		} else if p.dst != nil && p.dst.end <= o.t {
			// "Russia's invasion of Ukraine, which he described as illegal": the relative
			// clause's antecedent is the act; its victim is no target either.
			v, antecedent = s.antecedentVictim(p.dst), true
		}
		if v < 0 {
			kept = append(kept, p)
			continue
		}
		var doer *mention
		if e := s.agentPrepEnd(p.dst.end, o.cb); e > 0 {
			// "the occupation of Georgia by Russia", "the targeting of Iran carried out by
			// Israel"
			if a := s.firstRight(e, o.cb, o.dstOK, p.src); a != nil && a.start <= e+1 {
				doer = a
			}
		}
		if doer == nil {
			// (The state is a modifier, which dstOK refuses: only its type is checked.)
			doer = s.attributive(v, func(m *mention) bool { return typeIn(m.info.Type, o.trig.spec.dst) })
		}
		if doer == nil && antecedent {
			if m := s.possessor(v); m != nil && o.dstOK(m) {
				doer = m // "Russia's invasion of Ukraine, which"
			}
		}
		if doer != nil && doer != p.src && !slices.ContainsFunc(kept, func(q argPair) bool { return q.src == p.src && q.dst == doer }) {
			kept = append(kept, argPair{p.src, doer})
		}
	}
	return kept
}

// invertedPassive: a participle right after a words.tsv inversion-lead phrase that opens its
// clause ("Among those designated today are A and B", "Also sanctioned was C") is a passive
// whose subject follows a form of "be" after it; the index of that "be", or -1. A "be"
// followed by a colon opens a list (lists.go), which is no subject here.
func (s *sentenceCtx) invertedPassive(o *occurrence) int {
	if o.t == o.ca || !s.pastForm(o.t) {
		return -1
	}
	if !s.afterInversionLead(o.t, o.ca) {
		return -1
	}
	for j := o.te; j < o.cb && j < o.te+14; j++ {
		if s.tokens[j].is(",", ";", ":", ".") {
			return -1
		}
		if s.tw(wBe, j) {
			if j+1 >= o.cb || s.tokens[j+1].is(":") {
				return -1
			}
			return j
		}
	}
	return -1
}

// afterInversionLead: a words.tsv inversion-lead phrase runs from the clause start ca right up
// to the word at i ("Among those | designated").
func (s *sentenceCtx) afterInversionLead(i, ca int) bool {
	return i > ca && s.w.inversionLead.matchAt(s.tokens[:i], ca) == i-ca
}

// invertedPassiveArgs: the agent ("by" before the "be" at be), or the relation's pending list
// source, or the one doer of its latest event, to each name of the subject after the "be":
// the names of its noun phrases up to a relative clause, none that only modifies a noun (a
// possessor, a demonym) or follows a preposition ("two officers of the KPA, A and B").
func (s *sentenceCtx) invertedPassiveArgs(o *occurrence, be int) []argPair {
	src := s.afterWord(o.te, be, "by", o.srcOK, 12)
	if src == nil && o.trig.spec.has(flagList) {
		src = s.pendingSource(o.trig.relation)
	}
	if doers := s.events[o.trig.relation]; src == nil && len(doers) == 1 {
		src = docMention(doers[0])
	}
	if src == nil || !o.srcOK(src) {
		return nil
	}
	var dsts []*mention
	for k := be + 1; k < o.cb; k++ {
		if s.tw(wRelative, k) || s.tokens[k].is(";", ":") {
			break
		}
		m := s.mentionAt(k)
		if m == nil {
			continue
		}
		j := k - 1
		for j > be && s.tw(wArticle, j) {
			j--
		}
		if p := s.mentionEndingAt(j, func(*mention) bool { return true }); s.tokens[j].Text == "(" && p != nil && p.info == m.info {
			// h44sanc: "senior officials of the Democratic People's Republic of Korea (DPRK)":
			// the bracketed short form repeats the name before it, already read.
			k = m.end - 1
			continue
		}
		if !m.possessive && !m.demonym && !s.tw(wPreposition, j) && o.dstOK(m) && m.info != src.info {
			dsts = append(dsts, m)
		}
		k = m.end - 1
	}
	return cross([]*mention{src}, dsts)
}

// prepFrom is where a verb-to trigger's target preposition may stand: right after the
// phrase, or as its own last word ("fought against Ukraine").
func (o *occurrence) prepFrom() int {
	if o.te-1 > o.t && typeIn(o.s.tokens[o.te-1].Lower, o.trig.spec.targetPreps) {
		return o.te - 1
	}
	return o.te
}

// verbObjectArgs is verbArgs before its victim filter.
func verbObjectArgs(x *Extractor, s *sentenceCtx, o *occurrence) []argPair {
	spec := o.trig.spec
	withPrep := o.trig.frame == frameVerbTo
	// A reduced relative right after a target name is main's reducedPassive; after any other
	// noun (or with an irregular participle) it is reducedRelative, whose object is only the
	// name right before it and, for a supply, the name after its preposition.
	if o.t > s.a && s.tw(wPreposition, o.t-1) && s.w.ends(eParticiple, s.tokens[o.t].Lower) &&
		(o.te >= o.cb || s.tokens[o.te].is(",", "and", "or", ".", ";")) {
		// "supports these groups with funding and weapons": an -ing word after a preposition
		// with nothing to act on is a noun in a list, no verb with a subject of its own.
		return nil
	}
	passive := s.passive(o.t) // asked once: each test below reads it
	if be := s.invertedPassive(o); !passive && be >= 0 {
		return s.invertedPassiveArgs(o, be)
	}
	onName := !passive && s.reducedPassive(o)
	reduced := !passive && !onName && s.reducedRelative(o)
	if !passive && s.unnamedController(o.t, o.ca) {
		return nil // "asked members to stand with his country": the members would stand, unnamed
	}
	if !passive && s.penalisedUnnamed(o) {
		return nil // "sanctioned 40 firms for helping Russia": the firms helped, unnamed
	}
	if !passive && !onName && spec.has(flagTroopOwner) && o.t > s.a && s.tokens[o.t-1].Text == "," && o.te < o.cb &&
		s.tokens[o.te].is("by") && s.w.ends(ePast, s.tokens[o.t].Lower) {
		// "Malian forces, supported by Russian instructors, retook Kidal": troops named by
		// their owner's demonym or possessor are the participle's subject, their owner
		// the target, like a name before the comma (reducedPassive).
		if owner := s.troopOwner(x, o.t-1, o.ca, o.dstOK); owner != nil {
			if by := s.afterWord(o.te, o.cb, "by", o.srcOK, 3); by != nil {
				return cross(s.group(by, o.srcOK), s.coordination(owner, o.dstOK))
			}
		}
	}
	if !passive && !onName && !reduced && o.t > s.a && s.tokens[o.t-1].Text == "," && o.te < o.cb &&
		s.tokens[o.te].is("by") && s.w.ends(ePast, s.tokens[o.t].Lower) {
		// "U.S. and U.K. forces, supported by coalition partners, conducted strikes against
		// Houthi targets": a participle set off by a comma before "by" is passive, never the
		// active verb of the names before it; with no named agent it relates nobody.
		return nil
	}
	if spec.has(flagEventSubject) && (passive || onName || reduced) {
		return nil // the row reads an active verb's definite subject only ("The measures target X")
	}
	if spec.has(flagIntransitive) && (passive || onName || reduced) {
		// A journey verb has no passive: "the delegation was headed by the minister", "a
		// delegation headed by X" is another sense, as an object after it is.
		return nil
	}
	if passive || onName || reduced {
		dst := s.nearestLeft(o.t, o.ca, o.dstOK, true)
		if r := s.relativeBeforeVerb(o.t, o.ca); r >= 0 && !reduced {
			// "Russia, which invaded Ukraine in 2022, has been accused by Seoul of ...": the
			// names inside the relative clause are not the passive's subject; its head, the
			// name right before the clause, is.
			dst = s.mentionEndingAt(r, o.dstOK)
		} else if h := s.appositiveSubject(o.t, o.ca); h != nil && !reduced {
			// "KOMID, the DPRK's primary arms dealer, was designated by OFAC": the name before
			// the apposition is the subject, not a name inside it.
			if o.dstOK(h) {
				dst = h
			} else {
				dst = nil
			}
		}
		if dst == nil && !reduced {
			// "the Houthis, who are supported by Iran,", "Ukraine, which was invaded by
			// Russia": the passive subject of a relative clause is its antecedent.
			dst = s.passiveRelativeAntecedent(o.t, o.ca, o.dstOK)
		}
		if reduced {
			// A reduced relative modifies the noun right before it ("the missile (IRBM)
			// launched by North Korea", "Kharkiv, struck by ..."), no name further back; and
			// a recipient ("Ukraine shot down drones supplied by Iran") only after a target
			// preposition.
			dst = s.mentionEndingAt(o.t, o.dstOK)
			if dst == nil && s.tokens[o.t-1].is(",", ")") {
				dst = s.mentionEndingAt(o.t-1, o.dstOK)
				if dst == nil && s.tokens[o.t-1].is(",") {
					// "the Multilateral Sanctions Monitoring Team (MSMT), launched by ...": the
					// name before its short form in brackets.
					dst = s.nameBeforeComma(o.t-1, o.dstOK)
				}
			}
			if dst == nil {
				// "Korea Ryonbong, a company already designated by the United Nations": the
				// participle modifies an apposition's noun, which stands for the name before it.
				j := o.t - 1
				for j > s.a && j > o.t-3 && s.adverb(j) {
					j--
				}
				dst = s.apposedName(j+1, o.dstOK)
			}
			if withPrep {
				dst = nil
			}
		}
		if withPrep {
			// "shells have been sent to Russia by North Korea": the recipient follows "to".
			if to := s.afterAnyWord(o.te, o.cb, spec.targetPreps, o.dstOK, 6); to != nil {
				dst = to
			} else if by := s.afterWord(o.te, o.cb, "by", o.srcOK, 3); by != nil {
				// "the sanctions imposed by ECOWAS and the West African Economic and Monetary
				// Union (UEMOA) on Niger": the target preposition follows the whole agent list.
				end := by.end
				for _, m := range s.group(by, o.srcOK) {
					end = max(end, m.end)
				}
				if end < o.cb && s.tokens[end].is("(") {
					for k := end + 1; k < o.cb && k < end+5; k++ {
						if s.tokens[k].is(")") {
							end = k + 1
							break
						}
					}
				}
				if to := s.afterAnyWord(end, o.cb, spec.targetPreps, o.dstOK, 2); to != nil {
					dst = to
				}
			}
		}
		if reduced && withPrep && dst == nil {
			// "Ukraine had fired ATACMS missiles supplied by the United States": goods used by
			// the clause's subject went to it.
			dst = s.goodsUser(o)
		}
		var src *mention
		if !spec.has(flagCarrier) {
			src = s.afterWord(o.te, o.cb, "by", o.srcOK, 12)
			if src != nil && s.coordinatedVerbBetween(o.te, src.start) {
				// "who was designated in 2021 and is supported by Iran's IRGC": the agent
				// is the coordinated verb's, not this one's.
				src = nil
			}
		}
		if src == nil && withPrep && spec.has(flagOwnerActs) {
			// "North Korean troops were moved to Vladivostok": whose troops they are moved them.
			if owner := s.troopOwner(x, o.t, o.ca, o.srcOK); owner != nil {
				if to := s.afterAnyWord(o.te, o.cb, spec.targetPreps, o.dstOK, 14); to != nil {
					// "German and Dutch units are stationed in ...": every coordinated owner.
					return cross(s.coordination(owner, o.srcOK), s.group(to, o.dstOK))
				}
			} else if senders := s.events[o.trig.relation]; len(senders) == 1 && s.definiteTroops(x, o.t) {
				// "North Korea has sent 11,000 soldiers to Russia. ... the troops had been shipped
				// to Vladivostok": the troops of the latest deployment, moved by its one sender.
				owner := docMention(senders[0])
				if to := s.afterAnyWord(o.te, o.cb, spec.targetPreps, o.dstOK, 14); to != nil && o.srcOK(owner) && to.info != senders[0] {
					return cross([]*mention{owner}, s.group(to, o.dstOK))
				}
			}
		}
		if dst == nil && src != nil && spec.has(flagEventObject) {
			if vg := s.verbGroupStart(o.t, o.ca); vg-1 > o.ca {
				// "North Korea's launch was condemned by Japan": the subject's possessor, as an
				// active verb's object's ("condemned North Korea's launch").
				if p := s.possessor(vg - 1); p != nil && o.dstOK(p) && s.tokens[vg-1].isWord() && !s.tokens[vg-1].isCap() {
					return cross(s.group(src, o.srcOK), s.group(p, o.dstOK))
				}
			}
			// "The veto was criticised by the United Kingdom": an unnamed, definite event noun
			// as the passive subject names the doers of the latest event of its kind.
			k, floor, reach := s.verbGroupStart(o.t, o.ca)-1, o.ca, o.t-6
			if j := s.relativeAside(k); j >= 0 {
				// "The strikes, which hit radar sites near Sanaa, were supported by
				// Australia": a relative clause between the subject and its verb.
				k, floor, reach = j-1, s.a, j-6
			}
			for ; k >= floor && k >= reach; k-- {
				if s.tw(wDefinite, k) {
					return cross(s.group(src, o.srcOK), s.eventDoers(x, k, o.cb, spec))
				}
				if !s.tokens[k].isWord() || s.mentionAt(k) != nil {
					break
				}
			}
		}
		if src == nil && withPrep && dst != nil && spec.has(flagImplicitAgent) {
			// "More than a million shells have been sent to Russia since August", after the
			// document stated who sends Russia shells: an agentless passive to the same
			// recipient continues the latest such relation, so its source is that one's.
			if p, ok := s.lastPair[o.trig.relation]; ok && p[1] == dst.info && o.srcOK(&mention{info: p[0]}) && !s.namesOtherSource(o, dst) {
				src = docMention(p[0])
			}
		}
		if src == nil && spec.has(flagList) && !s.datedApart(o.trig.relation, o.ca, o.cb) {
			// "Warsame and his companies were designated": by the latest designator, unless
			// the clause dates the act in another year ("was designated in 2021").
			src = s.pendingSource(o.trig.relation)
		}
		if src == nil {
			return nil
		}
		return cross(s.agentList(src, o.cb, o.srcOK), s.group(dst, o.dstOK))
	}
	if te := s.afterParenthetical(o.te, o.cb); te > o.te {
		// "Seoul denounced, in a statement on Friday, Pyongyang's latest test": the object
		// follows the parenthetical.
		skipped := *o
		skipped.te = te
		o = &skipped
	}
	if vg := s.verbGroupStart(o.t, o.ca); vg-2 >= s.a && s.tokens[vg-1].is("who") {
		if w := s.tokens[vg-2]; w.isWord() && !w.isCap() && s.mentionEndingAt(vg-1, func(*mention) bool { return true }) == nil && s.othersRelativeNames(o.t, o.srcOK) == nil {
			// "sanctioning anyone who helps the North", "those who back Moscow": the
			// subject is the unnamed antecedent of "who", no name further back.
			return nil
		}
	}
	if s.w.ends(eParticiple, s.tokens[o.t].Lower) && s.tw(wArticle, o.t-1) {
		// "a visiting Chinese official ... in Pyongyang": an attributive participle; the
		// doer is the noun it modifies, the target follows a locative.
		var pairs []argPair
		for _, v := range s.group(s.firstRight(o.te, o.cb, o.srcOK, nil), o.srcOK) {
			pairs = append(pairs, argPair{v, s.afterAnyWord(o.te, o.cb, spec.targetPreps, o.dstOK, 20)})
		}
		return pairs
	}
	if o.t > s.a+1 && s.tokens[o.t-1].Text == "-" && !s.tokens[o.t-1].SpaceBefore && !s.tokens[o.t].SpaceBefore &&
		s.mentionEndingAt(o.t-1, func(*mention) bool { return true }) != nil {
		// "U.S.-backed Kyiv", "Iranian-backed militias": a participle in a compound; its
		// doer is the name glued to it, its target the name it modifies, if any.
		src := s.mentionEndingAt(o.t-1, o.srcOK)
		dst := s.mentionAt(o.te)
		if dst != nil && dst.info.Type == TypeWeapon && spec.has(flagItem) && src != nil {
			// "Russia fired DPRK-supplied ballistic missiles": what was supplied is the
			// weapon, its recipient the nearest name before that uses it.
			return []argPair{{src, s.nearestLeft(src.start, o.ca, o.dstOK, true)}}
		}
		if dst == nil || !o.dstOK(dst) {
			return nil
		}
		return []argPair{{src, dst}}
	}
	if o.trig.frame == frameVerb && s.w.ends(ePast, s.tokens[o.t].Lower) && o.te < o.cb && s.tokens[o.te].is("with") {
		// "coast guard personnel armed with axes attacked the boats": a participle before
		// "with" describes the noun before it; its active subject does nothing to the names
		// after it.
		return nil
	}
	if o.trig.frame == frameVerb && s.mentionEndingAt(o.t, func(m *mention) bool { return m.demonym && !m.possessive }) != nil {
		// "Russian veto ends UN monitoring": after a demonym the trigger is a noun (a
		// nationality adjective is no verb's subject); the noun row reads it.
		return nil
	}
	if spec.has(flagIntransitive) && o.te < o.cb && s.tw(wArticle, o.te) {
		return nil // "Cairo flew a first shipment of arms to Somalia": not a journey
	}
	if spec.has(flagOwnerActs) && withPrep {
		if owner := x.partitiveOwner(s, o.t, o.srcOK); owner != nil {
			// "North Korea sent 11,000 troops to Russia, some of whom have moved to Kursk":
			// part of the force moved; its owner deployed it (partitive.go).
			var to *mention
			if len(spec.targetPreps) > 0 {
				to = s.afterAnyWord(o.prepFrom(), o.cb, spec.targetPreps, o.dstOK, 14)
			} else {
				to, _ = s.objectOf(o.te, o.cb, o.dstOK, nil, false)
			}
			if to == nil {
				return nil
			}
			return cross(s.coordination(owner, o.srcOK), s.group(to, o.dstOK))
		}
		if x.partitiveEnd(s, o.t) >= 0 {
			// "9,000 soldiers have reached Russia, and some of them have moved to Kursk": part
			// of a force whose owner the sentence does not name; the name nearest the verb
			// is where the force went, not who sent it. After the document's one deployment,
			// the force is its sender's, as "the troops" is (definiteTroops).
			if senders := s.events[o.trig.relation]; len(senders) == 1 {
				owner := docMention(senders[0])
				var to *mention
				if len(spec.targetPreps) > 0 {
					to = s.afterAnyWord(o.prepFrom(), o.cb, spec.targetPreps, o.dstOK, 14)
				} else {
					to, _ = s.objectOf(o.te, o.cb, o.dstOK, nil, false)
				}
				if to != nil && o.srcOK(owner) && to.info != senders[0] {
					return cross([]*mention{owner}, s.group(to, o.dstOK))
				}
			}
			return nil
		}
	}
	if s.joinsInGerund(o.t, o.cb) {
		// "Kenya joined the African Union in denouncing Rwanda": joining a party in an act
		// is doing the act with it (joinedIn), no membership of it.
		return nil
	}
	src := s.subjectOf(o.t, o.ca, o.srcOK)
	if spec.has(flagEcho) {
		// "Kuwait, Oman and Bahrain issued similar statements": the stance repeats the latest
		// one, against its targets.
		var dsts []*mention
		for _, info := range s.echo[spec.relation] {
			if src == nil || info != src.info {
				dsts = append(dsts, docMention(info))
			}
		}
		if src == nil || len(dsts) == 0 {
			return nil
		}
		return cross(s.coordination(src, o.srcOK), dsts)
	}
	if spec.has(flagClauseSubject) {
		// "Russia launched a strike on Kyiv using Kinzhal missiles": a participle after the
		// verb phrase has the clause's subject, not the name nearest before it.
		src = s.clauseSubject(o.ca, o.t, o.srcOK)
	}
	if p := x.penalisedFor(s, o); p != nil {
		src = p
	}
	if spec.has(flagEventSubject) {
		// "The measures target Shahed Aviation Industries": the sanctions stated before; the
		// row states nothing with any other subject.
		doers := x.eventSubjectDoers(s, o)
		if len(doers) == 0 {
			return nil
		}
		if dst, _ := s.objectOf(o.te, o.cb, o.dstOK, nil, spec.has(flagLocative)); dst != nil {
			dsts := s.group(dst, o.dstOK)
			dsts = append(dsts, s.including(dst.end, o.cb, o.dstOK)...)
			return cross(doers, dsts)
		}
		return nil
	}
	comit := s.comitativeSubject(o.t, o.ca, o.srcOK)
	if comit == nil {
		comit = s.joinedIn(o.t, o.ca, o.srcOK)
	}
	if spec.has(flagSpeechAct) {
		if issuers := s.statementIssuers(o.t, o.srcOK); len(issuers) > 0 {
			// "a joint statement by the foreign ministers of A, B and C, together with D, that
			// condemned X": the statement's issuers condemned X.
			comit = issuers
		} else if adopters := x.documentAdopters(s, o.t, o.srcOK); len(adopters) > 0 {
			// "the Council adopted Resolution 2722, which condemned the attacks": the body
			// that adopted the document condemned them.
			comit = adopters
		}
	}
	if ante := s.antecedentConjunct(src, o.ca, o.srcOK); ante != nil && comit == nil {
		// "South Korea, which joined the council in January, and Japan both criticised the
		// vote": the relative clause closed at its comma; the name after ", and" is coordinated
		// with its antecedent, and the verb is the main clause's.
		comit = append([]*mention{ante}, s.coordination(src, o.srcOK)...)
		src = ante
	}
	srcs := func() []*mention {
		if comit != nil {
			return comit
		}
		return s.coordination(src, o.srcOK)
	}
	if src == nil && spec.has(flagWeaponOwner) {
		src = s.weaponOwner(o.t, o.ca, o.srcOK)
	}
	if src != nil && withPrep && spec.has(flagOwnerActs) && s.inTroopRelative(x, src, o.t, o.ca) {
		// "North Korean troops sent to Russia have entered combat in Kursk": the name of a
		// reduced relative after the troops is where they went, not who moves them now.
		src = nil
	}
	if src == nil && withPrep && spec.has(flagOwnerActs) {
		// "The British patrol ship HMS Trent arrived in Georgetown": whose forces move.
		src = s.troopOwner(x, o.t, o.ca, o.srcOK)
	}
	if spec.has(flagCarrier) && src != nil && src.end < o.t && s.carrierNoun(x, src.end) {
		// "Russian navy ships carried the soldiers to Vladivostok": a vehicle named by its
		// state carries another's troops; it deploys nobody.
		return nil
	}
	if spec.has(flagList) && !withPrep && s.countedObject(o.te, o.cb, &x.lex.approx) {
		// "designated eight individuals ... involved in shipments between North Korea and
		// Russia, including Lanvia Marine", "designated two commanders of the RSF, X and Y": a
		// counted object names its members after ", including" or in apposition; the names
		// in its modifiers are no targets.
		return cross(srcs(), s.countedMembers(o.te, o.cb, o.dstOK))
	}
	var dst *mention
	if withPrep {
		cb := o.cb
		if o.ca > s.a && s.tw(wCommaRelative, o.ca) && s.tokens[o.ca-1].Text == "," {
			// "Belarus, where Moscow stationed nuclear weapons in 2023, lies on the Baltic": a
			// relative clause after a comma (words.tsv comma-relative) ends at the next comma.
			cb = s.untilComma(o.te)
		}
		if s.anyPartyTarget(o.prepFrom(), cb, spec.targetPreps) {
			// "does not supply lethal weapons to either side, the United States says": the
			// target is no named party, and the name after it is another clause's.
			return nil
		}
		dst = s.afterAnyWord(o.prepFrom(), cb, spec.targetPreps, o.dstOK, 14)
		if dst == nil {
			// "imposed sanctions on Iran's national carrier, Iran Air": the body named in
			// apposition to the possessed description is the target, as for a direct object.
			if p := s.afterAnyWord(o.te, cb, spec.targetPreps, func(m *mention) bool { return m.possessive }, 14); p != nil {
				if h := s.namedHolder(p); h != nil && o.dstOK(h) {
					dst = h
				}
			}
		}
		if dst == nil && spec.has(flagLocative) {
			// "used ballistic missiles against targets in Ukraine", "fired one at a factory in
			// Dnipro": an unnamed target after the target preposition is at the place its
			// locative names, as a direct object's is ("struck targets in Kyiv").
			dst = s.targetSite(o.te, cb, spec.targetPreps, o.dstOK, src)
		}
	}
	subjAt := -1 // where the subject stands: a pronoun's own place, not its antecedent's
	if src != nil {
		subjAt = src.start
		if src.start <= o.ca && o.ca+1 < o.t && s.tw(wPronoun, o.ca+1) {
			// "Russia's invasion of Ukraine, which he described as illegal": the pronoun right
			// after the relative pronoun is the relative clause's subject.
			subjAt = o.ca + 1
		}
	}
	if dst == nil && !withPrep && src != nil && subjAt > o.ca && o.ca > s.a+1 &&
		(o.te >= o.cb || !s.tokens[o.te].isWord() || s.tw(wFunction, o.te) && (!s.tw(wArticle, o.te) || s.strandedPrepAfter(o.te+1, o.cb, []string{"of"})) || s.adverb(o.te) || s.tw(wComitative, o.te) ||
			s.tw(wPreposition, o.te) || s.tw(wBe, o.te) || s.tw(wAux, o.te) || s.dateEndsClause(o.te, o.cb) ||
			spec.has(flagNeedsJudgement) && s.judgementComplement(x, o.te, o.cb)) {
		// "the Nuclear Consultative Group, which North Korea's defence ministry denounced as
		// a plot", "the Shahed drones that Russia now fires almost nightly", "the drones that
		// Russia has been launching against Ukraine", "the missiles that Iran launched are"):
		// with its subject inside the relative clause and no object after it (a preposition
		// or the main clause's verb follows), the verb's object is the antecedent.
		if !s.innerRelative(o.ca, subjAt) {
			dst = s.relativeObject(o.ca, o.dstOK)
		}
		if dst == nil && s.tw(wObliqueRelative, o.ca) && s.tokens[o.ca-1].Text == "," {
			return nil // the object is the gap of an antecedent of another kind
		}
	}
	if dst == nil && !withPrep && src != nil && subjAt == o.ca && o.ca > s.a+2 && s.tw(wActApposition, o.ca-1) &&
		(o.te >= o.cb || s.tw(wPreposition, o.te) || spec.has(flagNeedsJudgement) && s.judgementComplement(x, o.te, o.cb)) {
		// h44cond: a zero relative on an act noun in apposition (", a move Kinshasa called
		// an invasion", relations.go opens its clause at the subject): the gap is the act of
		// the clause before the comma, as after "which".
		dst = s.actAppositionDoer(o.ca, o.dstOK)
	}
	if dst == nil && !withPrep && src != nil {
		// r41bsign: a zero (contact) relative clause with a pronoun subject after a named
		// agreement, "the Budapest Memorandum it had signed in 1994", "the Convention it has
		// ratified": with no object after the verb, the agreement is its object.
		dst = s.zeroRelativeAgreement(o, src)
	}
	if dst == nil && withPrep && src != nil && src.start > o.ca && o.ca > s.a+1 && s.strandedPrepAfter(o.te, o.cb, spec.targetPreps) {
		// "Kharkiv, which the minister travelled to last year", "which India shipped tanks to":
		// the target preposition ends
		// the relative clause's verb phrase; its object is the antecedent.
		dst = s.relativeObject(o.ca, o.dstOK)
	}
	if dst == nil && withPrep && src != nil && o.trig.relation == RelMemberOf && !s.unnamedRelativeSubject(o.t) {
		// h43memb: the target preposition fronted with "which" opens the relative clause
		// ("the G7, to which Canada and Japan belong", "the coalition, in which Finland takes
		// part"): its object is the name before the clause's comma, as for the agent nouns
		// (frontedPrepAntecedent). Membership only: "the talks, to which Egypt sent a
		// delegation" is a verb of another kind's adjunct. With an unnamed subject ("the Lima
		// Group, in which twelve partners take part") no name is the member.
		dst = s.frontedPrepAntecedent(o.t, spec.targetPreps, o.dstOK)
	}
	if dst == nil && withPrep && (spec.has(flagIntransitive) || spec.has(flagLocative)) && o.ca > s.a+1 &&
		s.tokens[o.ca].is("where") && s.tokens[o.ca-1].Text == "," && src != nil && (src.info.Type == TypePerson || !typeIn(TypePerson, spec.src)) {
		// "told reporters in Palawan, where he flew on Tuesday": a traveller's place is the
		// antecedent of "where" ("where it arrived" is more often a ship's or a plane's); a
		// relation of states alone has its forces there ("Belarus, where Moscow stationed
		// nuclear weapons in 2023", "Kursk, where Ukrainian forces have held ground").
		dst = s.mentionEndingAt(o.ca-1, o.dstOK)
	}
	if dst == nil && spec.has(flagPrepOnly) && spec.has(flagDoubleObject) {
		// "Iran gave Russia drones": with both flags, the recipient follows a preposition or
		// stands first before goods; no other name ("gives North Korea more leverage").
		dst = s.doubleObject(x, o, true)
	}
	if dst == nil && !spec.has(flagPrepOnly) {
		if spec.objectLast {
			dst = s.lastInNP(o.te, o.cb, o.dstOK)
		} else if obj, found := s.objectOf(o.te, o.cb, o.dstOK, src, spec.has(flagLocative)); found && !withPrep {
			// A verb-to's direct object is what moves, not the target ("delivered jets").
			dst = obj
		} else if dst = s.doubleObject(x, o, false); dst != nil {
			// "shipped Mali attack helicopters", "supplied Niger with drones": the recipient
			// stands first in the object.
		} else if o.te < o.cb && s.tokens[o.te].is(",", ";", ":") && !s.speechColon(o.te) {
			// "Hezbollah attacks, and ...": nothing follows the verb in its phrase (h43cond: but
			// 'said: "..."' goes on with the verb's quoted complement).
		} else {
			objOK := o.dstOK
			if !spec.has(flagLocative) {
				objOK = func(m *mention) bool {
					return o.dstOK(m) && !s.tw(wLocative, m.start-1)
				}
			}
			end := o.cb
			if spec.has(flagDoubleObject) {
				// "delivered the system, and Norway supplied ...": a name after ", and" is
				// another clause's.
				end = s.coordinatedClause(o.te, o.cb)
			}
			dst = s.firstRight(o.te, end, objOK, src)
			if dst != nil && s.purposeBefore(o.te, dst, end) {
				// r42supp: "sent warships to shadow the Chinese forces": the first name right of
				// the verb is the purpose's object (relations.go purposeTo), no recipient.
				dst = nil
			}
		}
	}
	if p := s.titledPersonAfter(dst, o.cb, o.dstOK); p != nil && !withPrep {
		// "sanctioned North Korean Defence Minister No Kwang Chol", "condemned Russian
		// President Vladimir Putin": the demonym names the person's state; the person is the
		// object.
		dst = p
	}
	if !withPrep && spec.has(flagEventObject) {
		if m, found := s.reportedDoer(o); found {
			// "said that the North was sending troops, calling it a step toward war": "it" is
			// what was reported, and its doer the reported clause's subject.
			dst = m
		}
	}
	if dst != nil && !withPrep && spec.has(flagEventObject) && dst.start == o.te+1 {
		if doers := x.attributiveDoers(s, o.te, o.cb, spec.relation, func(m *mention) bool { return typeIn(m.info.Type, spec.dst) }); len(doers) > 1 {
			// "criticised the U.S.-British strikes": every state joined before the event noun.
			return cross(srcs(), doers)
		}
	}
	if dst != nil && !withPrep {
		if m := s.placeSetMember(x, dst, o.cb, o.dstOK); m != nil {
			// "pounded the Black Sea ports of Odesa and Izmail": the sea names the ports, which
			// are the object.
			dst = m
		}
	}
	if dst != nil && !withPrep && s.attributiveName(dst) {
		// "sanctioned U.S. defense firms, including Boeing": a state's name before a class noun
		// modifies it; the members listed are the targets.
		if members := s.including(o.te, o.cb, o.dstOK); len(members) > 0 {
			return cross(srcs(), members)
		}
	}
	if dst == nil && !withPrep && o.te < o.cb {
		// "designated eight entities, including Lanvia Marine"
		if members := s.including(o.te, o.cb, o.dstOK); len(members) > 0 {
			return cross(srcs(), members)
		}
	}
	if dst == nil && spec.body != "" && !withPrep {
		// "vetoed a draft resolution": an unnamed draft is the body's (the Security Council's).
		if body := s.draftOf(x, o.te, o.cb, spec.body); body != nil {
			if mandates := s.draftMandates(o.te, o.dstOK); len(mandates) > 0 {
				// "vetoed a draft resolution that would have renewed the mandate of the Panel
				// of Experts": what the veto affected is the mandate's body, which the
				// sentence names; the unnamed draft's body is not.
				return cross(srcs(), mandates)
			}
			return cross(srcs(), []*mention{body})
		}
		if spec.has(flagBodyDefault) && (o.te >= o.cb || !s.tokens[o.te].isWord() || s.tw(wPreposition, o.te) || s.tw(wConjunction, o.te)) {
			// "as the Russian Federation and China cast negative votes.": the act has no
			// object; what it defeats is the body's draft.
			return cross(srcs(), []*mention{docMention(x.lex.gaz.entities[spec.body])})
		}
	}
	if dst == nil && spec.has(flagEventObject) {
		if doer := s.relativeDoer(o.te, s.b, o.dstOK); doer != nil {
			// "denounced the sanctions that ECOWAS imposed on Niger": the doer of the object's
			// relative clause.
			return cross(srcs(), s.group(doer, o.dstOK))
		}
	}
	if dst == nil && spec.has(flagEventObject) && !withPrep {
		if parties := s.betweenParties(o.te, o.cb, o.dstOK); len(parties) > 0 {
			// "condemned the military cooperation between North Korea and Russia": both; a
			// subject's "together with" list condemns too.
			subjects := srcs()
			if comit == nil && src != nil && src.end < o.t {
				// (A subject carried from the sentence before has no "together with" list
				// after it in this one.)
				subjects = append(subjects, s.comitative(src.end, o.t, src, o.srcOK)...)
			}
			return cross(subjects, parties)
		}
	}
	if dst == nil && spec.has(flagEventObject) && !withPrep {
		// (The states are modifiers here, which dstOK refuses: only their type is checked.)
		if doers := x.attributiveDoers(s, o.te, o.cb, spec.relation, func(m *mention) bool { return typeIn(m.info.Type, spec.dst) }); len(doers) > 0 {
			// "criticised the U.S.-British strikes": the states modifying the event noun did it.
			return cross(srcs(), doers)
		}
	}
	if dst == nil && spec.has(flagEventObject) {
		// "condemned the continued attacks in the Sahel attributed to JNIM": the doers a
		// participle of agency names after the unnamed event noun.
		if doers := s.agencyDoers(x, o.te, o.cb, spec, o.dstOK); len(doers) > 0 {
			return cross(srcs(), doers)
		}
	}
	if dst == nil && spec.has(flagEventObject) {
		// "The council condemned the drills": a definite noun of an act (acts.tsv) names the
		// latest such act's doers (deeds.go). r42cond: this is read before the relation
		// events, because a deed noun that is also a relation's noun ("drills", a DEPLOYED
		// noun) would otherwise take the doers of that relation's latest event, stated with
		// another word ("China held drills around Taiwan. Taipei responded by sending its
		// own warships. Washington criticised the drills": China, not Taiwan).
		if doers := s.deedDoers(x, o.te, o.cb, spec, src); len(doers) > 0 {
			return cross(srcs(), doers)
		}
		// "Zelensky condemned the attack": a definite, unnamed event noun as object points
		// back to the latest event of its kind; those who did it are the target.
		if doers := s.eventDoers(x, o.te, o.cb, spec); len(doers) > 0 {
			return cross(srcs(), doers)
		}
	}
	if dst == nil && spec.has(flagEventObject) && !withPrep {
		// "Iran's attack was reckless, and the United Kingdom condemns it": an object pronoun
		// that names no entity stands for the event the sentence named before the verb.
		if doers := s.pronounEventDoers(x, o, spec, src); len(doers) > 0 {
			return cross(srcs(), doers)
		}
	}
	if dst == nil && withPrep && src != nil && spec.has(flagImplicitAgent) {
		// "Iran has shipped drones to Russia. ... North Korea has sent artillery shells and
		// KN-23 missiles": an active supply of goods with no recipient named in its clause
		// goes to the recipient of the latest such relation stated as a fact.
		if to := s.implicitRecipient(o, srcs()); to != nil {
			return cross(srcs(), []*mention{to})
		}
	}
	var venue *mention
	if spec.body != "" && !withPrep && (dst == nil || dst.info.ID != spec.body) {
		// "vetoed the renewal of the panel's mandate in the U.N. Security Council": the body
		// the veto was cast in is affected too.
		if venue = s.venueBody(o.te, o.cb, spec.body); dst == nil {
			dst, venue = venue, nil
		}
	}
	dsts := s.group(dst, o.dstOK)
	if venue != nil && dst != nil {
		dsts = append(dsts, venue)
	}
	if spec.has(flagEventObject) && !withPrep {
		// "condemned the obstruction of navigation, including through the use of water cannons
		// by China Coast Guard vessels": the agent of an act the object includes did it too.
		for _, m := range s.includedAgents(o.te, o.cb, o.dstOK) {
			if !slices.Contains(dsts, m) {
				dsts = append(dsts, m)
			}
		}
	}
	if dst != nil && dst.possessive && spec.has(flagEventObject) {
		// "condemn the DPRK's export and Russia's procurement of missiles": each possessor
		// of a coordinated event noun is a target.
		dsts = append(dsts, s.possessorList(dst, o.cb, o.dstOK)...)
		// "condemns Russia's attacks and the deepening cooperation between Russia, the DPRK
		// and Iran": a coordinated unnamed event names its parties after "between".
		dsts = append(dsts, s.coordinatedBetween(dst.end, o.cb, o.dstOK)...)
	}
	if dst != nil && dst.info.Type == TypeWeapon {
		// "launched 38 missiles of various types, including Kh-101 cruise missiles and
		// Kinzhal missiles": the models a class names after ", including" are launched too.
		dsts = append(dsts, s.includedWeapons(dst.end, o.cb, o.dstOK)...)
		if m := s.apposedWeapon(dst, o.cb, o.dstOK); m != nil && !slices.Contains(dsts, m) {
			dsts = append(dsts, m)
		}
	}
	if dst != nil && spec.body != "" && (dst.info.ID == spec.body || x.lex.shapes.isDocumentSymbol(dst.info.Name)) {
		// "vetoed a Security Council resolution that would have extended the mandate of the
		// panel of experts": the body's draft, and what it would have kept alive; so too a
		// draft named by its symbol ("a draft (S/2024/90) that would have renewed").
		dsts = append(dsts, s.draftMandates(dst.end, o.dstOK)...)
	}
	if dst != nil && spec.has(flagLocative) {
		dsts = append(dsts, x.locativeTargets(s, o, dst, dsts)...)
	}
	sources := srcs()
	for _, c := range s.comitative(o.te, o.cb, src, o.srcOK) {
		if len(dsts) == 1 && x.lex.placeStates[dsts[0].info.ID] == c.info.ID {
			// "North Korean soldiers fought alongside Russian troops in Kursk": the
			// companion is at home in the place, which it neither deploys to nor visits.
			continue
		}
		sources = append(sources, c)
	}
	if spec.has(flagWithParty) && dst != nil && src != nil {
		sources = append(sources, s.withParty(dst.end, o.cb, src, o.srcOK)...)
	}
	return cross(sources, dsts)
}

// withParty: the names right after a "with" that follows the object, of the subject's kind
// ("Sweden signed a defence agreement with the United States": the United States signed it
// too); "with support from" names no party.
func (s *sentenceCtx) withParty(k, cb int, src *mention, ok func(*mention) bool) []*mention {
	k = s.pastDatePhrase(k, cb) // "arrived in Kyiv on Wednesday with Lammy"
	if k >= cb || !s.tokens[k].is("with") {
		return nil
	}
	j := k + 1
	if j+1 < cb && s.tokens[j].is("the") && s.mentionAt(j) == nil {
		j++
	}
	if m := s.mentionAt(j); m != nil && m.end <= cb && ok(m) && m.info.Type == src.info.Type && !m.possessive && m.info != src.info {
		return s.group(m, ok)
	}
	if src.info.Type == TypePerson {
		// "signed the agreement with Philippine Defence Secretary Gilberto Teodoro": a
		// person after the demonym and capitalised title words of their office.
		for q := j; q < cb && q <= j+6; q++ {
			m := s.mentionAt(q)
			if m != nil && m.info.Type == TypePerson {
				if m.end <= cb && ok(m) && m.info != src.info {
					return s.group(m, ok)
				}
				break
			}
			if m != nil && m.demonym {
				q = m.end - 1
				continue
			}
			if !s.tokens[q].isCap() || !s.tokens[q].isWord() {
				break
			}
		}
	}
	return nil
}

// reducedPassive: a participle right after a name the relation takes as its target, with its
// agent after it ("one IRBM launched by North Korea", "an IRBM (IRBM) launched by ...",
// "Mali, backed by Russia,"), is a passive without its "be".
func (s *sentenceCtx) reducedPassive(o *occurrence) bool {
	if o.te != o.t+1 || o.te >= o.cb || !s.w.ends(ePast, s.tokens[o.t].Lower) || o.t <= s.a {
		return false
	}
	if !s.tokens[o.te].is("by") {
		// "the Charter, signed in Bamako on 16 September 2023 by the Heads of State of ...": after
		// a comma, place and date adjuncts may come between the participle and its agent.
		if s.tokens[o.t-1].Text != "," || !s.tw(wLocative, o.te) && !s.tokens[o.te].is("on") {
			return false
		}
		j := o.te
		for j < o.cb && j < o.te+10 && !s.tokens[j].is("by") && s.tokens[j].Text != "," && (s.tokens[j].isCap() || !s.tokens[j].isWord() ||
			s.tw(wPreposition, j) || s.tw(wArticle, j) || isAmount(s.tokens[j].Text)) {
			j++
		}
		if j >= o.cb || !s.tokens[j].is("by") {
			return false
		}
	}
	end := o.t
	if s.tokens[end-1].Text == ")" || s.tokens[end-1].Text == "," {
		end-- // "(IRBM) launched by", "Mali, backed by Russia,"
	}
	return s.mentionEndingAt(end, o.dstOK) != nil
}

// goodsUser: the reduced relative at o modifies goods (a weapon) that are the object of a
// words.tsv use-verb ("had fired ATACMS missiles supplied by", "used howitzers provided by"):
// the verb's subject, who has the goods; nil for other verbs ("shot down drones supplied by
// Iran": no recipient).
func (s *sentenceCtx) goodsUser(o *occurrence) *mention {
	if v := s.usedGoodsVerb(o.t, o.ca); v >= 0 {
		return s.subjectOf(v, o.ca, o.dstOK)
	}
	return nil
}

// usedGoodsVerb: the words.tsv use-verb whose object, weapons, the participle at t modifies
// (goodsUser), or -1. The supply it states lies before the use, so it takes none of the
// clause's dates (attachDates): "fired ATACMS missiles supplied by the United States at a
// facility on 19 November" dates the firing.
func (s *sentenceCtx) usedGoodsVerb(t, ca int) int {
	if t+1 >= s.b || !s.tokens[t+1].is("by") {
		return -1
	}
	goods := s.mentionEndingAt(t, func(m *mention) bool { return m.info.Type == TypeWeapon }) != nil
	for j := t - 1; j > ca && j >= t-8; j-- {
		if s.tw(wUseVerb, j) {
			if !goods {
				return -1
			}
			return j
		}
		if m := s.mentionAt(j); m != nil && m.info.Type == TypeWeapon {
			goods = true
			continue
		}
		if !s.tokens[j].isWord() || s.tw(wPreposition, j) || s.mentionAt(j) != nil {
			return -1
		}
	}
	return -1
}

// reducedRelative: a participle (no "-ing", no "-s") right after a noun and right before "by"
// and a name of the source's kind is a reduced relative clause, passive without "be" ("Patriot batteries
// supplied by Germany", "Kharkiv, struck by Russian missiles"): the name after "by" acts.
// It is no variant of reducedPassive, which reads the target name before a regular
// participle ("-ed") and asks nothing of the agent; here the words before the participle
// must not make it an active verb, and the agent after "by" must be there.
func (s *sentenceCtx) reducedRelative(o *occurrence) bool {
	t, te, cb, srcOK := o.t, o.te, o.cb, o.srcOK
	if o.trig.frame == frameVerbTo && te+2 < cb && typeIn(s.tokens[te].Lower, o.trig.spec.targetPreps) {
		// "the sanctions imposed on Cuba by Japan": the target phrase comes between the
		// participle and its agent; the agent is what marks the relative.
		if m := s.afterAnyWord(te, cb, o.trig.spec.targetPreps, o.dstOK, 1); m != nil && m.end < cb && s.tokens[m.end].is("by") {
			te = m.end
		}
	}
	if te < cb && s.tw(wAdjunctPrep, te) {
		// "the Charter signed in Bamako on 16 September 2023 by Mali, Burkina Faso and Niger":
		// place and date phrases may stand between the participle and its agent.
		if k := s.pastAdjuncts(te, cb); k < cb && s.tokens[k].is("by") {
			te = k
		}
	}
	if w := s.tokens[t].Lower; te >= cb || !s.tokens[te].is("by") || t <= s.a || s.w.ends(eParticiple, w) || strings.HasSuffix(w, "s") {
		return false // "strikes by Russia", "shelling by Russia": nouns, not participles
	}
	if s.tw(wAux, t-1) || s.tw(wAuxSkip, t-1) || s.tw(wBe, t-1) || s.mentionEndingAt(t, srcOK) != nil {
		return false // "has supplied by ...", "Germany supplied by rail": an active verb
	}
	return s.afterWord(te, cb, "by", srcOK, 1) != nil
}

// pastAdjuncts: the first token after the place and date phrases that start at k ("in Bamako on
// 16 September 2023"): a preposition in, on or at (words.tsv adjunct-prep), then names, numbers
// and capitalised words.
func (s *sentenceCtx) pastAdjuncts(k, cb int) int {
	for n := 0; n < 4 && k < cb && s.tw(wAdjunctPrep, k); n++ {
		j := k + 1
		for j < cb && j < k+6 {
			if m := s.mentionAt(j); m != nil {
				j = m.end
				continue
			}
			if tk := s.tokens[j]; tk.isCap() || tk.startsDigit() {
				j++
				continue
			}
			break
		}
		if j == k+1 {
			return k
		}
		k = j
	}
	return k
}

// possessedNoun: the noun at t follows a possessive "'s" with at most two lower-case
// modifiers between ("the President's official visit", "Norway's").
func (s *sentenceCtx) possessedNoun(t, ca int) bool {
	for k := t - 1; k > ca && k >= t-3; k-- {
		tk := s.tokens[k]
		if tk.Text == "'s" || tk.Text == "\u2019s" {
			return true
		}
		if !tk.isWord() || tk.isCap() || s.tw(wFunction, k) {
			return false
		}
	}
	return false
}

// afterVoice: the noun at t is in the object of a verb of voicing a stance (words.tsv class
// voice): "voiced the group's support", "reaffirmed the Government's strong backing".
func (s *sentenceCtx) afterVoice(t, ca int) bool {
	for k := t - 1; k >= ca && k >= t-6; k-- {
		switch {
		case s.tw(wVoice, k):
			return true
		case s.tokens[k].Text == "'s" || s.tokens[k].Text == "\u2019s" || s.tw(wArticle, k) || s.tokens[k].isWord() && !s.tw(wFunction, k):
			continue
		}
		return false
	}
	return false
}

// classModifier: the state m (a demonym or a name, not a possessive) modifies a class noun
// within three lower-case words after it ("Russian entities", "U.S. defense firms",
// "Iranian drone manufacturers"): the members of the class are meant, not the state.
func (s *sentenceCtx) classModifier(m *mention) bool {
	if s.memberComplement(m) {
		return true
	}
	if m.info.Type == TypeInstitution && !m.possessive && !m.demonym {
		// "sanctioned Houthi leaders": a body's name before a words.tsv member-head noun
		// means its unnamed members, not the body.
		return s.memberHeadAfter(m.end)
	}
	if m.info.Type != TypeState {
		return false
	}
	if m.possessive {
		// "sanctions on Iran's national airline": the state's firm is meant, not the state.
		for k := m.end; k < s.b && k < m.end+5; k++ {
			if tk := s.tokens[k]; tk.Text == "'s" || tk.Text == "\u2019s" || tk.Text == "'" {
				continue
			}
			if s.roles.matchAt(s.tokens[:s.b], k) > 0 || s.tw(wMemberHead, k) && strings.HasSuffix(s.tokens[k].Lower, "s") {
				// r41bsanc: "added North Korea's defence minister and several generals to its
				// list", "sanctioned Iran's Deputy Minister of Defense": a titles.txt role or a
				// member-head plural after the possessive means its holders, not the state.
				return true
			}
			if tk := s.tokens[k]; !tk.isWord() || tk.isCap() || s.tw(wFunction, k) || s.tw(wConjunction, k) {
				return false
			}
			if s.tw(wFirmHead, k) {
				return true
			}
		}
		return false
	}
	for k, last := m.end, m.end+3; k < s.b && k < last; k++ {
		tk := s.tokens[k]
		if d := s.coordinatedDemonym(k); d != nil {
			// "North Korean and Russian officials", "Russian, Iranian and Belarusian firms":
			// the class noun after the last demonym is each one's.
			k, last = d.end-1, d.end+3
			continue
		}
		if !tk.isWord() || tk.isCap() || s.tw(wFunction, k) || s.tw(wConjunction, k) {
			return false
		}
		if (s.tw(wPlaceHead, k) || s.tw(wMemberHead, k)) && strings.HasSuffix(tk.Lower, "s") {
			return true
		}
		if p := s.mentionAt(k + 1); p != nil && p.info.Type == TypePerson {
			return true // "former U.S. lawmaker Mike Gallagher": the person is meant
		}
	}
	return false
}

// memberHeadAfter: a words.tsv member-head noun stands within three lower-case words from k
// ("Houthi leaders", "Wagner senior commanders").
func (s *sentenceCtx) memberHeadAfter(k int) bool {
	for last := k + 3; k < s.b && k < last; k++ {
		if tk := s.tokens[k]; !tk.isWord() || tk.isCap() || s.tw(wFunction, k) || s.tw(wConjunction, k) {
			return false
		}
		if s.tw(wMemberHead, k) {
			return true
		}
	}
	return false
}

// memberComplement: m, or the list of names it closes, is the complement of "of" after a
// plural words.tsv member-head or firm-head noun ("leaders of both the RSF and the SAF",
// "companies of the DPRK and Russia", "senior officials of the DPRK"), past articles and
// words.tsv quantifiers ("both", "either"): the unnamed members are meant, not the body or
// state.
func (s *sentenceCtx) memberComplement(m *mention) bool {
	k := m.start - 1
	for n := 0; k > s.a && n < 12; n++ {
		if s.tw(wArticle, k) || s.tw(wQuantifier, k) {
			k--
			continue
		}
		if s.tokens[k].is("and", "or", ",") {
			p := s.mentionEndingAt(k, func(*mention) bool { return true })
			if p == nil {
				return false
			}
			k = p.start - 1
			continue
		}
		break
	}
	if k <= s.a || !s.tokens[k].is("of") {
		return false
	}
	h := s.tokens[k-1]
	return h.isWord() && !h.isCap() && strings.HasSuffix(h.Lower, "s") && (s.tw(wMemberHead, k-1) || s.tw(wFirmHead, k-1))
}

// infinitiveSubject: the name right before the "to" of an infinitive whose verb phrase holds
// the noun at t ("called on the European Union to adopt further sanctions", "urged Japan to
// provide more aid"): the one asked to act is its subject; nil otherwise.
func (s *sentenceCtx) infinitiveSubject(t, ca int, ok func(*mention) bool) *mention {
	for k := t - 1; k > ca && k >= t-7; k-- {
		if s.tokens[k].is("to") {
			if m := s.mentionEndingAt(k, ok); m != nil && !m.possessive && !m.demonym && k+1 < t && !s.tw(wArticle, k+1) {
				return m
			}
			if m := s.asAppositionOwner(k, ca, ok); m != nil && k+1 < t && !s.tw(wArticle, k+1) {
				return m
			}
			return nil
		}
		if m := s.mentionAt(k); m != nil && m.coref && m.possessive && !s.tokens[k].isCap() {
			continue // "called on Iran to cease its support": the owner is the infinitive's subject
		}
		if !s.tokens[k].isWord() || s.tokens[k].isCap() || s.mentionAt(k) != nil {
			return nil
		}
	}
	return nil
}

// asAppositionOwner: the name before an "as" phrase set off by commas that ends right
// before k ("called on China, as a permanent member of the Council, to cease ...": China,
// not the Council, is the infinitive's subject); nil when there is none.
func (s *sentenceCtx) asAppositionOwner(k, ca int, ok func(*mention) bool) *mention {
	if k-1 <= ca || s.tokens[k-1].Text != "," {
		return nil
	}
	for j := k - 2; j > ca && j >= k-16; j-- {
		if s.tokens[j].Text != "," {
			continue
		}
		if !s.tokens[j+1].is("as") {
			return nil
		}
		if m := s.mentionEndingAt(j, ok); m != nil && !m.possessive && !m.demonym {
			return m
		}
		return nil
	}
	return nil
}

// classObject: a state modifying a class noun (classModifier) stands within the few words
// after te ("sanctioned three U.S. defence firms"): the act happened, on unnamed targets.
func (s *sentenceCtx) classObject(te int) bool {
	for k := te; k < s.b && k < te+5; k++ {
		if m := s.mentionAt(k); m != nil {
			return s.classModifier(m)
		}
	}
	return false
}

// whoClauseBetween: "who" after a plain lower-case noun or pronoun, no name, opens a relative
// clause in [a, b) ("anyone who", "the people who"). "which" is left alone: a name in its
// clause may still be the verb's ("transferred shells which Russia has used": Russia got them).
func (s *sentenceCtx) whoClauseBetween(a, b int) bool {
	for k := a + 1; k < b; k++ {
		if s.tokens[k].is("who") && s.tokens[k-1].isWord() && !s.tokens[k-1].isCap() && s.mentionEndingAt(k-1, func(*mention) bool { return true }) == nil {
			return true
		}
	}
	return false
}

// coordinatedDemonym: the demonym that a comma or conjunction at k (", and" too) joins to
// the demonym before it ("North Korean and Russian officials"), or nil.
func (s *sentenceCtx) coordinatedDemonym(k int) *mention {
	if k+1 >= s.b || !(s.tokens[k].Text == "," || s.tw(wConjunction, k)) {
		return nil
	}
	j := k + 1
	if s.tokens[k].Text == "," && j+1 < s.b && s.tw(wConjunction, j) {
		j++
	}
	if d := s.mentionAt(j); d != nil && d.start == j && d.demonym && d.info.Type == TypeState {
		return d
	}
	return nil
}

// attributiveName: a state's name (not a possessive) right before a lower-case noun it
// modifies ("U.S. defense firms", "EU member states").
func (s *sentenceCtx) attributiveName(m *mention) bool {
	if m.possessive || m.info.Type != TypeState && m.info.Type != TypeInstitution || m.end+1 >= s.b {
		return false
	}
	next := s.tokens[m.end]
	return next.isWord() && !next.isCap() && !s.tw(wFunction, m.end) && !s.tw(wConjunction, m.end) &&
		!s.adverb(m.end)
}

// weaponOwner: the state of a demonym or possessive right before a weapon that ends right
// before the verb group at t ("Russian drones struck", "Israel's warplanes have pounded"), or
// nil.
func (s *sentenceCtx) weaponOwner(t, ca int, ok func(*mention) bool) *mention {
	k := s.verbGroupStart(t, ca)
	w := s.mentionEndingAt(k, func(m *mention) bool { return m.info.Type == TypeWeapon })
	if w == nil || w.start <= ca {
		return nil
	}
	if o := s.mentionEndingAt(w.start, ok); o != nil && (o.demonym || o.info.Type == TypeState) {
		return o
	}
	if w.start-1 > ca && (s.tokens[w.start-1].Text == "'s" || s.tokens[w.start-1].Text == "’s") {
		return s.mentionEndingAt(w.start-1, ok)
	}
	return nil
}

// apposedSetMembers: the places named in apposition after a state that owns a set of places
// (shapes.tsv place-set: "the three islands of the United Arab Emirates, Greater Tunb, Lesser
// Tunb and Abu Musa"): the members of the set, which the comma names; nil when dst is no owner
// of such a set or no place follows its comma.
func (s *sentenceCtx) apposedSetMembers(x *Extractor, dst *mention, cb int, ok func(*mention) bool) []*mention {
	k := dst.start - 1
	if k > s.a && s.tw(wArticle, k) {
		k--
	}
	if k-1 <= s.a || !s.tokens[k].is("of") || !x.lex.shapes.placeSets[s.tokens[k-1].Lower] || s.tokens[k-1].isCap() {
		return nil
	}
	if dst.possessive || dst.end+1 >= cb || s.tokens[dst.end].Text != "," {
		return nil
	}
	m := s.mentionAt(dst.end + 1)
	if m == nil || m.info.Type != TypePlace || !ok(m) {
		return nil
	}
	return s.group(m, ok)
}

// placeSetMember: the first name after "<place-set noun> of" right after m ("the Black Sea ports
// of Odesa"), or nil.
func (s *sentenceCtx) placeSetMember(x *Extractor, m *mention, cb int, ok func(*mention) bool) *mention {
	k := m.end
	if k+2 >= cb || m.possessive || s.tokens[k].isCap() || !x.lex.shapes.placeSets[s.tokens[k].Lower] || !s.tokens[k+1].is("of") {
		return nil
	}
	if n := s.mentionAt(k + 2); n != nil && ok(n) {
		return n
	}
	return nil
}

// relativeDoer: a definite, unnamed object whose relative clause (which may run past the
// verb's clause, up to b) names its doer right after "that"/"which" before a lower-case verb ("the illegal sanctions that ECOWAS imposed", "the
// remarks which Lavrov made"); nil otherwise.
func (s *sentenceCtx) relativeDoer(te, cb int, ok func(*mention) bool) *mention {
	if te >= cb || !s.tw(wDefinite, te) {
		return nil
	}
	for k := te + 1; k+2 < cb && k <= te+6; k++ {
		tk := s.tokens[k]
		if s.tw(wThingRelative, k) {
			j := k + 1
			if j+1 < cb && s.tw(wArticle, j) {
				j++ // "the sanctions that the EU imposed"
			}
			m := s.mentionAt(j)
			if m == nil || !ok(m) || m.possessive {
				return nil
			}
			// The doer may be a list ("that ECOWAS and the AU imposed"): the verb follows
			// its last member.
			end := m.end
			for _, o := range s.list(m, ok) {
				if o.start >= m.start && o.end > end && o.end <= cb {
					end = o.end
				}
			}
			if end >= cb || !s.tokens[end].isWord() || s.tokens[end].isCap() ||
				s.tw(wFunction, end) && !s.tw(wAux, end) {
				return nil
			}
			return m
		}
		if !tk.isWord() || tk.isCap() || s.mentionAt(k) != nil || s.tw(wPreposition, k) ||
			s.tw(wSpeech, k) { // "deplored the veto and said that the Council": what is said is no relative clause
			return nil
		}
	}
	return nil
}

// afterParenthetical: the token after a prepositional parenthetical that opens right after the
// verb (", in a statement on Friday,") and names nothing, or after a manner phrase of "in" and
// a words.tsv manner noun with no comma ("condemned in the strongest terms the continued
// Israeli attacks"), or te when there is none.
func (s *sentenceCtx) afterParenthetical(te, cb int) int {
	if te+2 < cb && s.tokens[te].is("in") {
		for k := te + 1; k < cb && k <= te+5; k++ {
			if s.mentionAt(k) != nil || !s.tokens[k].isWord() {
				return te
			}
			if s.tw(wMannerNoun, k) {
				if k+1 < cb && s.tokens[k+1].isWord() {
					return k + 1
				}
				return te
			}
		}
		return te
	}
	if te+2 >= cb || s.tokens[te].Text != "," || !s.tw(wPreposition, te+1) {
		return te
	}
	for k := te + 2; k < cb && k <= te+10; k++ {
		if s.mentionAt(k) != nil || s.trigAt(k) {
			return te
		}
		if s.tokens[k].Text == "," {
			if k+1 < cb && s.tokens[k+1].isWord() {
				return k + 1
			}
			return te
		}
	}
	return te
}

// namesOtherSource: the clause names a possible source of its own outside the recipients,
// as a subject or object rather than a possessor or inside a prepositional phrase ("Türkiye
// has become the main source of drones: TB2s were delivered to Mali"), so an agentless
// passive in it does not continue an earlier relation. A speaker in another clause ("the spy
// agency told lawmakers that shells were sent to Russia") is no such source.
func (s *sentenceCtx) namesOtherSource(o *occurrence, dst *mention) bool {
	recipients := s.group(dst, o.dstOK)
	for k := range s.mentions {
		m := &s.mentions[k]
		if m.start < o.ca || m.end > o.cb || !o.srcOK(m) || m.possessive || s.inPP(m) || slices.ContainsFunc(recipients, func(r *mention) bool { return r.info == m.info }) {
			continue
		}
		return true
	}
	return false
}

// implicitRecipient: for an active verb of the implicit-agent relation at o whose object
// names a weapon and whose clause names no target and has no target preposition, the target
// of the latest relation of its type asserted in the document (lastTarget), when that is none
// of the subjects; nil when its clause (up to a coordinated clause) names any name of the
// target's kind after the verb, a recipient the frame could not read, or the sentence names
// another one that is no subject.
func (s *sentenceCtx) implicitRecipient(o *occurrence, subjects []*mention) *mention {
	to := s.lastTarget[o.trig.relation]
	if to == nil || !o.trig.spec.has(flagItem) {
		return nil // no such relation yet, or a troop row's deployment
	}
	if s.w.ends(eParticiple, s.tokens[o.t].Lower) || o.t > s.a && s.tokens[o.t-1].is("to", "-") {
		return nil // "agreed to send tanks", "floated sending": a plan; "Western-supplied": a modifier
	}
	if !typeIn(to.Type, o.trig.spec.dst) {
		return nil
	}
	for _, m := range subjects {
		if m.info == to {
			return nil
		}
	}
	end := s.coordinatedClause(o.te, o.cb) // "..., and the Netherlands has pledged jets": another clause
	for k := o.te; k < end; k++ {
		if s.tokens[k].is(o.trig.spec.targetPreps...) || s.tokens[k].is("to", "for", "into") {
			return nil // "provided weapons to any party", "to MODAFL": a target the frame did not take
		}
	}
	var goods *mention
	for k := range s.mentions {
		m := &s.mentions[k]
		if m.start >= o.te && m.end <= end && typeIn(m.info.Type, o.trig.spec.dst) {
			return nil
		}
		if typeIn(m.info.Type, o.trig.spec.dst) && m.info != to && !slices.ContainsFunc(subjects, func(n *mention) bool { return n.info == m.info }) {
			// "Iran has supplied Russia with drones, and ... Tehran had also delivered
			// missiles", "supplied drones, which Russian forces used": another possible
			// recipient in the sentence.
			return nil
		}
		if goods == nil && m.start >= o.te && m.end <= end {
			goods = m
		}
	}
	if goods == nil || goods.info.Type != TypeWeapon {
		return nil // the object names no weapon ("sent a contingent", "provided components")
	}
	return docMention(to)
}

// agentList: a passive's agent with the names coordinated after it, and those of a second
// agent phrase ("was signed by Kamikawa and Kihara for Japan and by Teodoro and Manalo for the
// Philippines").
func (s *sentenceCtx) agentList(src *mention, cb int, ok func(*mention) bool) []*mention {
	srcs := s.group(src, ok)
	if src.start < s.a || src.end > s.b {
		return srcs // an agent from an earlier sentence (a list's designator)
	}
	end := src.end
	for _, m := range srcs {
		if m.start >= s.a && m.end <= s.b && m.end > end {
			end = m.end
		}
	}
	for k := end; k+1 < cb && k < end+8; k++ {
		if s.tokens[k].is(",", ";") || s.tw(wClause, k) {
			break
		}
		if s.tokens[k].is("and") && s.tokens[k+1].is("by") {
			if m := s.afterWord(k+1, cb, "by", ok, 1); m != nil {
				srcs = append(srcs, s.group(m, ok)...)
			}
			break
		}
	}
	return srcs
}

// userArgs: a purpose phrase ("for use against Ukraine") after a move of goods or forces in
// its sentence names who then holds what was moved as the one using it against its target:
// the recipient of goods (a row of a relation flagged item in relations.tsv: "the transfer of
// ballistic missiles to Russia for use against Ukraine", "accused Moscow of importing North
// Korean missiles for use against Ukraine": Russia), the sender of forces (a relation flagged
// owner-acts, or a supply verb with troops as its object: "deploying soldiers to Russia for
// use against Ukraine": the DPRK). The nearest such trigger before the phrase decides; when
// its frame finds no holder, no earlier one stands in.
func userArgs(x *Extractor, s *sentenceCtx, o *occurrence) []argPair {
	dst := s.afterPrep(o.te, o.cb, o.trig.spec.targetPreps, o.dstOK, nil)
	if dst == nil {
		return nil
	}
	if agent := s.afterPrep(dst.end, o.cb, []string{"by"}, o.srcOK, dst); agent != nil {
		// A passive's own agent after its target acts ("missiles were launched at Kharkiv
		// by Russia"), whoever held them.
		return cross(s.group(agent, o.srcOK), s.group(dst, o.dstOK))
	}
	found := s.scratch.found
	for k := o.t - 1; k >= s.a; k-- {
		moved := false // a move trigger at k, whichever of its rows names the holder
		for _, tr := range found[k-s.a] {
			holderIsSource := tr.spec.has(flagOwnerActs)
			if tr.spec.troops != nil && x.objectHas(s, k+tr.length, &x.lex.troops) {
				tr.spec, holderIsSource = tr.spec.troops, true
			}
			if !holderIsSource && !tr.spec.has(flagItem) {
				continue
			}
			ca, cb := s.clauseOf(k)
			mo := &occurrence{trig: tr, t: k, te: k + tr.length, ca: ca, cb: cb, x: x, s: s, bodyActs: tr.spec.has(flagBodyActs)}
			if mo.bodyActs {
				mo.vg = s.verbGroupStart(k, ca)
			}
			moved = true
			var users []*mention
			for _, p := range frameFuncs[tr.frame](x, s, mo) {
				if p.src == nil || p.dst == nil || p.src.info == p.dst.info {
					continue // as applyTrigger drops it
				}
				u := p.dst
				if holderIsSource {
					u = p.src
				}
				if u != nil && o.srcOK(u) && u.info != dst.info && !slices.Contains(users, u) {
					users = append(users, u)
				}
			}
			if len(users) == 0 {
				continue
			}
			dsts := []*mention{dst}
			for _, m := range s.group(dst, o.dstOK) {
				if m != dst && !m.coref {
					dsts = append(dsts, m) // "against Ukraine, and we call for": no anaphor
				}
			}
			for _, m := range s.includedPlaces(dst.end, o.cb, o.dstOK) {
				if !slices.Contains(dsts, m) {
					dsts = append(dsts, m) // "fired at Ukrainian cities, including Kharkiv"
				}
			}
			return cross(users, dsts)
		}
		if moved && o.ca > k {
			return nil // the nearest move, in an earlier clause, names no holder: none stands in
		}
	}
	return nil
}

// chargeArgs: a charge stated in a clause reported from a speaker ("Canada and Japan recall
// that Iran has continued to transfer missiles to Russia, in violation of Resolution 2231",
// "Russia says the strikes violate international law"): the speaker (the subject of a
// words.tsv charge-lead verb before the clause, with what is coordinated with it) blames the
// clause's subject, its first name or, for a definite event noun, that event's doers. Stated
// by the narrator alone, with no speaker, a charge blames nobody.
func chargeArgs(x *Extractor, s *sentenceCtx, o *occurrence) []argPair {
	lead, open := -1, -1
	for k := o.t - 1; k > s.a && k >= o.t-40; k-- {
		if s.tw(wChargeLead, k) {
			lead, open = k, k+1
			break
		}
		if s.tw(wSpeech, k) || s.tokens[k].is(";", ":") || isQuote(s.tokens[k].Text) {
			return nil // another speaker's clause, or a quote
		}
	}
	if lead < 0 {
		return nil
	}
	if s.tokens[open].is("that") {
		open++
	}
	if open >= o.t {
		return nil
	}
	speaker := s.speakerOf(lead, o.srcOK)
	if speaker == nil || speaker.start >= lead {
		return nil // ", said the ministry": an inverted speaker reports; it charges nobody here
	}
	srcs := s.comitativeSubject(lead, s.a, o.srcOK) // its parenthetical may hold a relative clause
	if srcs == nil {
		srcs = s.coordination(speaker, o.srcOK)
	}
	var dsts []*mention
	k := open
	for k < o.t && s.tw(wArticle, k) {
		k++
	}
	if m := s.mentionAt(k); m != nil && o.dstOK(m) {
		dsts = s.group(m, o.dstOK)
	} else if doers := s.eventDoers(x, open, o.t, o.trig.spec); len(doers) > 0 {
		dsts = doers
	}
	return cross(srcs, dsts)
}

// quotedVerdictArgs: the verdict quoted before the speech verb at o.t on the name at subj
// (quotedVerdict): the speaker (before the verb, or inverted after it, where a titled person
// speaks rather than the state of the title) condemns that name, with the names coordinated
// with it; a demonym on the act ("The Chadian raids were ...") names its doer.
func (s *sentenceCtx) quotedVerdictArgs(o *occurrence, subj int) []argPair {
	speaker := s.speakerOf(o.t, o.srcOK)
	if speaker != nil && speaker.start > o.t {
		speaker = s.speakingPerson(speaker, o.srcOK)
	}
	if speaker == nil || speaker.possessive || speaker.start < o.t && s.inQuote[speaker.start-s.a] {
		return nil
	}
	m := s.mentionAt(subj)
	dsts := []*mention{m}
	if !m.demonym {
		dsts = s.group(m, func(n *mention) bool { return typeIn(n.info.Type, o.trig.spec.dst) })
	}
	var out []argPair
	for _, d := range dsts {
		if d.info != speaker.info {
			out = append(out, cross(s.coordination(speaker, o.srcOK), []*mention{d})...)
		}
	}
	return out
}

// speakingPerson: for a speaker named by a state or body with a person's title after it
// ("British Foreign Secretary Peter Hollis", "NATO Secretary General Mark Rutte"), the titled
// person, who speaks rather than the state or body of the title; otherwise the speaker.
func (s *sentenceCtx) speakingPerson(speaker *mention, ok func(*mention) bool) *mention {
	if speaker.info.Type == TypePerson {
		return speaker
	}
	for j := range s.mentions {
		if m := &s.mentions[j]; m.start >= speaker.end && m.start <= speaker.end+4 && m.info.Type == TypePerson && ok(m) && !s.punctBetween(speaker.end, m.start) {
			return m
		}
	}
	return speaker
}

// blameArgs: a word of blame on a war noun (cues.tsv class war) whose possessor names the
// one who wages it ("Russia's illegal war", "Putin's brutal and unprovoked war", "Moscow's war
// of aggression"), in a sentence that reports a named speaker ("said Foreign Secretary David
// Lammy", "Rutte said Pyongyang was supporting Russia's illegal war"): the speaker, the one who
// speaks by the speech verb nearest the trigger outside quotation marks, blames the possessor.
// The narrator's own sentence, with no speaker, blames nobody ("after Russia's full-scale
// invasion"), and a war noun without a possessor names no one.
func blameArgs(x *Extractor, s *sentenceCtx, o *occurrence) []argPair {
	owner := s.possessor(o.t)
	if k := x.paraVerdict(s, o.t, o.trig.spec); k >= 0 && (owner == nil || !x.blameHead(s, o.t, o.te)) {
		// h43cond: '"Iran's transfer of ballistic missiles is a dangerous escalation."' in a
		// quotation introduced by "X said:": the act's owner, the sentence's subject.
		owner = s.mentionAt(k)
	}
	if k := s.extraposedBlame(o.t, o.te); k >= 0 {
		// "It is extremely regrettable that Russia has shown ...": the that-clause's subject
		owner = s.mentionAt(k)
		if owner != nil && owner.possessive {
			owner = nil
		}
	}
	if owner == nil || !o.dstOK(owner) {
		return nil
	}
	// The speech verb whose complement holds the trigger: the last one before it, else the
	// first after it (an inverted speaker after a quote); "the reports" is a noun.
	speech := -1
	for k := s.a; k < s.b && (speech < 0 || k < o.t); k++ {
		if !s.quoted(k) && s.tw(wSpeech, k) && !s.tw(wArticle, k-1) {
			speech = k
		}
	}
	var speaker *mention
	if speech < 0 {
		if s.paraSpeaker == nil {
			return nil
		}
		// h43cond: a quotation a line "Foreign Secretary X said:" introduced is X's speech
		// ("Putin's illegal war", "Iran's transfer ... is a dangerous escalation").
		speaker = docMention(s.paraSpeaker)
	} else if speech > o.t && speech > s.a && (isQuote(s.tokens[speech-1].Text) || s.tokens[speech-1].is(",")) {
		// "'... Russia's brutal war,' said Deputy Secretary of the Treasury Wally Adeyemo": an
		// inverted speaker follows the verb; the words before it are the quote's
		speaker = s.mentionAfter(speech, 8, o.srcOK)
	} else if speech > o.t && !s.quoteAttributed(o.t, speech) {
		// "'... Russia's war of aggression,' Prime Minister Orpo said" names its speaker after
		// the quote; "..., while the ministry accused Washington" is another clause's
		return nil
	} else if speaker = s.speakerOf(speech, o.srcOK); speaker != nil && speaker.start > speech {
		speaker = nil // "said the alliance could not confirm": the name after the verb is its clause's
	}
	if speaker != nil && speaker.start >= 0 {
		speaker = s.speakingPerson(speaker, o.srcOK)
	}
	if speaker == nil || speaker.info == owner.info || speaker.possessive {
		return nil
	}
	if speaker.start < 0 {
		if !o.srcOK(speaker) {
			return nil
		}
		return cross([]*mention{speaker}, []*mention{owner}) // the paragraph's speaker (paraSpeaker)
	}
	return cross(s.coordination(speaker, o.srcOK), []*mention{owner})
}

// quoteAttributed: a quotation holding t closes with a comma ("... war,\" Orpo said") shortly
// before the speech verb at v, which so attributes it.
func (s *sentenceCtx) quoteAttributed(t, v int) bool {
	for q := v - 1; q > t && q >= v-8; q-- {
		if isQuote(s.tokens[q].Text) {
			return s.tokens[q-1].is(",") || q+1 < v && s.tokens[q+1].is(",")
		}
	}
	return false
}

// extraposedBlame: the word of blame at [t, te) is the predicate of an extraposed "it" with
// its that-clause after it ("It is extremely regrettable that Russia has", "it was deeply
// deplorable that the DPRK"): where the clause's subject starts (past an article), or -1.
func (s *sentenceCtx) extraposedBlame(t, te int) int {
	k := t - 1
	for k > s.a && k >= t-3 && s.tokens[k].isWord() && !s.tokens[k].isCap() && !s.tw(wFunction, k) && !s.tw(wBe, k) {
		k-- // "deeply", "extremely"
	}
	if k <= s.a || !s.tw(wBe, k) || !s.tokens[k-1].is("it") || te+1 >= s.b || !s.tokens[te].is("that") {
		return -1
	}
	if s.tw(wArticle, te+1) && s.mentionAt(te+1) == nil {
		return te + 2
	}
	return te + 1
}

// blameHead: the blame trigger at [t, te) is a war noun (cues.tsv class war) or an adjective
// that one follows past coordinated modifiers ("brutal and unprovoked war", "illegal,
// full-scale war"); "the illegal and aggressive actions of the coast guard" is no war.
func (x *Extractor) blameHead(s *sentenceCtx, t, te int) bool {
	if x.lex.war.matchAt(s.tokens[:s.b], t) > 0 {
		return true
	}
	for j := te; j < s.b && j <= te+3; j++ {
		if x.lex.war.matchAt(s.tokens[:s.b], j) > 0 || s.tw(wActNoun, j) {
			return true
		}
		if tk := s.tokens[j]; !(tk.is(",", "and") || tk.isWord() && !tk.isCap() && !s.tw(wFunction, j)) {
			return false
		}
	}
	return false
}

// joinedIn: the gerund at t follows "in" after a form of "join" and its object ("Canada joined
// the United States in condemning the launch", "Kenya and Ghana joined the African Union in
// denouncing Rwanda", h43csrc): the act is done by both, the subject of "join" and its
// object, as "along with" makes a comitative subject; else nil. The object right before "in"
// is what the nearest-name subject rule alone would take.
func (s *sentenceCtx) joinedIn(t, ca int, ok func(*mention) bool) []*mention {
	if t < ca+4 || !s.tokens[t-1].is("in") || !s.w.ends(eParticiple, s.tokens[t].Lower) {
		return nil
	}
	obj := s.mentionEndingAt(t-1, ok)
	if obj == nil {
		return nil
	}
	first := obj
	for _, m := range s.coordination(obj, ok) {
		if m.start < first.start {
			first = m
		}
	}
	j := first.start - 1
	for j > ca && s.tw(wArticle, j) {
		j--
	}
	if j <= ca {
		return nil
	}
	if !s.tw(wJoinVerb, j) {
		return nil
	}
	subj := s.subjectOf(j, ca, ok)
	if subj == nil {
		return nil
	}
	return append(s.coordination(subj, ok), s.coordination(obj, ok)...)
}

// joinsInGerund: the verb at t is a form of "join" whose object, a name, is followed by "in"
// and a gerund ("joined the United States in condemning the launch"): see joinedIn.
func (s *sentenceCtx) joinsInGerund(t, cb int) bool {
	if !s.tw(wJoinVerb, t) {
		return false
	}
	for k := t + 2; k+1 < cb && k < t+16; k++ {
		if s.tokens[k].is(",", ";", ":") {
			return false
		}
		if s.tokens[k].is("in") {
			return s.w.ends(eParticiple, s.tokens[k+1].Lower) && s.mentionEndingAt(k, func(*mention) bool { return true }) != nil
		}
	}
	return false
}

// comitativeSubject: a subject followed by a comitative parenthetical before its verb at t
// ("the government of the Republic of Korea, together with the United States, Japan and the
// European Union, has condemned"): the name before the parenthetical and every name in it,
// or nil.
func (s *sentenceCtx) comitativeSubject(t, ca int, ok func(*mention) bool) []*mention {
	closing := s.verbGroupStart(t, ca) - 1
	if closing <= ca || s.tokens[closing].Text != "," {
		return nil
	}
	for k := closing - 1; k > ca && k >= closing-16; k-- {
		if s.tokens[k].Text != "," {
			continue
		}
		j := k + 1
		if !s.tw(wComitative, j) {
			continue // a comma inside the parenthetical's list
		}
		if j+1 < closing && s.tokens[j+1].Lower == "with" {
			j += 2
		} else if s.tokens[j].Lower == "alongside" {
			j++
		} else {
			return nil
		}
		for j < closing && s.tw(wArticle, j) {
			j++
		}
		m, last, head := s.mentionAt(j), s.mentionEndingAt(closing, ok), s.mentionEndingAt(k, ok)
		if m == nil || !ok(m) || last == nil || head == nil || m.info.Type != head.info.Type && head.info.Type == TypePerson {
			return nil
		}
		return append(s.coordination(head, ok), s.coordination(last, ok)...)
	}
	return nil
}

// comitative: doers added after the verb by "along with", "together with" or "alongside"
// ("which Mali is leaving along with Burkina Faso and Niger"), or by a bare "with" opening a
// parenthetical right after the verb's comma ("Minsk belongs, with Russia and Armenia, to
// the CSTO"); a "with" without that comma is an ordinary object ("met with Xi").
func (s *sentenceCtx) comitative(te, cb int, src *mention, ok func(*mention) bool) []*mention {
	if src == nil {
		return nil
	}
	if te+2 < cb && s.tokens[te].Text == "," && s.tokens[te+1].Lower == "with" {
		if m := s.mentionAt(te + 2); m != nil && ok(m) && m.info.Type == src.info.Type && !m.possessive {
			if g := s.group(m, ok); s.closesParenthetical(g, cb) {
				return g
			}
		}
	}
	for k := te; k < cb && k < te+8; k++ {
		if !s.tw(wComitative, k) {
			if s.trigAt(k) && k > te {
				return nil
			}
			continue
		}
		j := k + 1
		if j < cb && s.tokens[j].Lower == "with" {
			j++
		} else if s.tokens[k].Lower != "alongside" {
			return nil
		}
		if j+1 < cb && s.tokens[j].is("the") && s.mentionAt(j) == nil {
			j++ // "together with the United States"
		}
		if m := s.mentionAt(j); m != nil && ok(m) && m.info.Type == src.info.Type && !m.possessive {
			return s.group(m, ok)
		}
		return nil
	}
	return nil
}

// closesParenthetical: the list g ends where a comma closes its parenthetical, so the
// names are an aside and not the verb's object.
func (s *sentenceCtx) closesParenthetical(g []*mention, cb int) bool {
	if len(g) == 0 {
		return false
	}
	end := 0
	for _, m := range g {
		end = max(end, m.end)
	}
	return end < cb && s.tokens[end].Text == ","
}

// sustainedOwners: for a frame that found a source but no target, the state whose possessed
// noun a relative clause after the trigger says the object sustains (words.tsv thing-relative,
// then a words.tsv sustain verb, then the state's possessive: "has sold machine tools and
// electronics that feed Russia's defense industry", "the supply of dual-use components that
// feed Russia's military-industrial complex"): the goods go to that state.
func (s *sentenceCtx) sustainedOwners(pairs []argPair, o *occurrence) []argPair {
	var src *mention
	for _, p := range pairs {
		if p.dst != nil {
			return nil
		}
		if src == nil {
			src = p.src
		}
	}
	if len(pairs) == 0 && o.trig.frame.verbal() {
		src = s.subjectOf(o.t, o.ca, o.srcOK) // the frame found no pair without a target
	}
	if src == nil {
		return nil
	}
	for k := o.te; k+2 < s.b && k < o.te+14; k++ {
		if s.tokens[k].is(";", ".", ":") || s.tokens[k].Text == "," && k > o.te && s.tw(wConjunction, k+1) {
			return nil
		}
		if !s.tw(wThingRelative, k) || !s.tw(wSustain, k+1) {
			continue
		}
		m := s.mentionAt(k + 2)
		if m == nil || !m.possessive || m.info.Type != TypeState || !o.dstOK(m) || m.info == src.info {
			return nil
		}
		return []argPair{{src, m}}
	}
	return nil
}

// locativeTargets: for the target dst of a locative relation (relations.tsv flag locative),
// verb or noun alike, the places around it that are targets too: those an included phrase
// names ("struck more than 60 targets in Yemen, including radar sites around Sanaa, Hodeidah
// and Saada", "strikes on Houthi targets in Yemen, including launch sites at Bani and Abbs";
// includedPlaces), those a demonym's place noun stands in (demonymHeadPlaces), and with flag
// site-town the place the last target named stands in or by ("struck the Okhmatdyt children's
// hospital in Kyiv"; placesAround). dsts are the targets found so far, dst's list first.
func (x *Extractor) locativeTargets(s *sentenceCtx, o *occurrence, dst *mention, dsts []*mention) []*mention {
	var out []*mention
	out = append(out, s.includedPlaces(dst.end, o.cb, o.dstOK)...)
	out = append(out, x.demonymHeadPlaces(s, dst, o.cb, o.dstOK)...)
	out = append(out, s.listedPlaces(dst, dsts, o.dstOK)...)
	if o.trig.spec.has(flagSiteTown) {
		var last *mention // placesAround answers nil for none
		switch {
		case len(out) > 0:
			last = out[len(out)-1]
		case len(dsts) > 0:
			last = dsts[len(dsts)-1]
		}
		out = append(out, s.placesAround(last, o.cb, o.dstOK)...)
	}
	return out
}

// listedPlaces: the places a list after a colon or a dash names right after the last target
// of a locative relation, to the sentence's end ("strikes against three nuclear facilities in
// Iran: Fordow, Natanz and Isfahan", "shelled four towns in Tigray — Adigrat, Adwa and
// Axum"): the object the colon closes is made of those places, so each is a target too.
// Mechanism, not a phrase list: the colon is read by listOpener and the list by bareList,
// which allow only names, commas, conjunctions and articles; a list holding anything else (a
// clause, "Iran: the strikes ended") names nothing. (h44dep)
func (s *sentenceCtx) listedPlaces(dst *mention, dsts []*mention, ok func(*mention) bool) []*mention {
	end := dst.end
	for _, m := range dsts {
		end = max(end, m.end)
	}
	if end >= s.b || !s.listOpener(end) {
		return nil
	}
	stop, found := s.bareList(end+1, s.tokens[end].Text != ":")
	if !found {
		return nil
	}
	var out []*mention
	for j := end + 1; j < stop; j++ {
		m := s.mentionAt(j)
		if m == nil {
			continue
		}
		if m.info.Type != TypePlace || m.demonym || m.possessive || !ok(m) {
			return nil // a list of states or people is no list of sites
		}
		out = append(out, m)
		j = m.end - 1
	}
	return out
}

// demonymHeadPlaces: for a target that is a demonym modifying a plural words.tsv place-head
// ("against Ukrainian targets in the Kharkiv region", "at Ukrainian positions in the
// Donbas"), the places a locative preposition right after that noun names: the targets are
// there, so the place is a target too, beside the state. Units that move (cues.tsv troops:
// "against Philippine vessels near Scarborough Shoal", "with Ukrainian troops in Kursk") are
// only found there: their place is no target.
func (x *Extractor) demonymHeadPlaces(s *sentenceCtx, dst *mention, cb int, ok func(*mention) bool) []*mention {
	if !dst.demonym || dst.info.Type != TypeState {
		return nil
	}
	k := dst.end
	for n := 0; n < 2 && k < cb && s.tokens[k].isWord() && !s.tokens[k].isCap() && !s.tw(wPlaceHead, k) && !s.tw(wFunction, k) && s.mentionAt(k) == nil; n++ {
		k++ // "Ukrainian military targets"
	}
	if k+2 >= cb || !s.tw(wPlaceHead, k) || !plural(s.tokens[k].Lower) || !s.tw(wLocative, k+1) ||
		x.lex.troops.matchAt(s.tokens[:s.b], k) > 0 {
		return nil
	}
	k += 2
	if s.tw(wArticle, k) && k+1 < cb {
		k++
	}
	m := s.mentionAt(k)
	if m == nil || m.info.Type != TypePlace || m.demonym || m.possessive || !ok(m) {
		return nil
	}
	return s.group(m, ok)
}

// placesAround: a named place target, with the lower-case head noun that completes its name
// ("the Okhmatdyt children's hospital", "the Yuzhmash plant"), followed by a locative and a
// named place ("in Kyiv", "near Agadez"): the place it stands in or by is a target too,
// with the places coordinated with it. nil when the target is no named place.
func (s *sentenceCtx) placesAround(m *mention, cb int, ok func(*mention) bool) []*mention {
	if m == nil || m.info.Type != TypePlace || m.demonym || m.possessive {
		return nil
	}
	k := m.end
	for n := 0; k < cb && n < 3 && !s.tw(wLocative, k); n++ {
		if tk := &s.tokens[k]; !(tk.isWord() && !tk.isCap() && !s.tw(wFunction, k) || isPossessiveMark(tk.Text)) {
			return nil
		}
		k++
	}
	if k+1 >= cb || !s.tw(wLocative, k) {
		return nil
	}
	k++
	if s.tokens[k].is("the") && k+1 < cb {
		k++
	}
	p := s.mentionAt(k)
	if p == nil || p.info.Type != TypePlace && p.info.Type != TypeState || p.demonym || p.possessive || p.info == m.info || !ok(p) {
		return nil
	}
	return s.group(p, ok)
}

// includedPlaces: after ", including" following k, the names after a locative preposition
// of the included phrase ("including radar sites, drone depots and missile launchers around
// Sanaa, Hodeidah and Saada"), or the places it names itself ("at Ukrainian cities, including
// Kyiv and Kharkiv"), within the clause and before another trigger.
func (s *sentenceCtx) includedPlaces(k, cb int, ok func(*mention) bool) []*mention {
	for j := k; j < cb && j < k+12; j++ {
		if s.trigAt(j) && !s.modifiesCompound(j) || s.tokens[j].Text == ";" {
			return nil
		}
		if !(s.tw(wInclusion, j) && s.tokens[j-1].Text == ",") {
			continue
		}
		for i := j + 1; i < cb && i < j+14; i++ {
			if s.trigAt(i) && !s.modifiesCompound(i) {
				return nil // "including launch sites at Bani": a modifier, no act
			}
			if m := s.mentionAt(i); m != nil && ok(m) {
				if m.info.Type == TypePlace && !m.demonym && !m.possessive {
					// "fired missiles at Ukrainian cities, including Kharkiv", "against power
					// stations, including the capital Kyiv": a named place the target phrase
					// includes is a target itself.
					return s.group(m, ok)
				}
				return nil // a named member of another kind is no place the target is at
			}
			if s.tw(wLocative, i) {
				if m := s.mentionAt(i + 1); m != nil && ok(m) && m.info.Type == TypePlace {
					return s.group(m, ok)
				}
				return nil
			}
		}
		return nil
	}
	return nil
}

// strandedPrep tells whether one of preps stands at k with no object after it: the clause
// ends, or an adverb or a date follows ("which Poland flew to last year").
func (s *sentenceCtx) strandedPrep(k, cb int, preps []string) bool {
	return k < cb && s.tokens[k].is(preps...) && s.noObjectAt(k+1, cb)
}

// strandedIn is strandedPrep for the prepositions of the words.tsv class c.
func (s *sentenceCtx) strandedIn(c wordClass, k, cb int) bool {
	return k < cb && s.tw(c, k) && s.noObjectAt(k+1, cb)
}

// noObjectAt: what stands at k is no object of the preposition before it.
func (s *sentenceCtx) noObjectAt(k, cb int) bool {
	return k >= cb || !s.tokens[k].isWord() || s.adverb(k) || s.dateEndsClause(k, cb) ||
		s.tw(wFunction, k) && s.mentionAt(k) == nil && !s.tw(wArticle, k)
}

// strandedPrepAfter: a stranded preposition of preps at k or after the object noun phrase
// that starts there ("which India shipped tanks to last year").
func (s *sentenceCtx) strandedPrepAfter(k, cb int, preps []string) bool {
	for j := k; j < cb && j < k+8; j++ {
		if s.strandedPrep(j, cb, preps) {
			return true
		}
		if !s.tokens[j].isWord() || s.tokens[j].is(preps...) {
			return false
		}
	}
	return false
}

// dateEndsClause tells whether a date expression opens at k and nothing but punctuation
// follows it in the clause ("which Poland condemned last year, ..."): the verb has no object
// after its date.
func (s *sentenceCtx) dateEndsClause(k, cb int) bool {
	for _, d := range s.dateMentions {
		if d.start == k {
			return d.end >= cb || !s.tokens[d.end].isWord()
		}
	}
	return false
}

// relativeObject: the antecedent of a relative clause opening at ca — the name before ",
// which/whom", or right before "that" unless a speech verb introduces that name's clause
// ("told Modi that China attacked": a complement, not a relative clause).
func (s *sentenceCtx) relativeObject(ca int, ok func(*mention) bool) *mention {
	switch {
	case s.tw(wObjectRelative, ca) && s.tokens[ca-1].Text == ",":
		j := ca - 1
		if j-1 > s.a && s.tokens[j-1].Text == ")" {
			// "the Economic Community of West African States (ECOWAS), which ..."
			for k := j - 2; k > s.a && k >= j-6; k-- {
				if s.tokens[k].Text == "(" {
					j = k
					break
				}
			}
		}
		m := s.mentionEndingAt(j, func(*mention) bool { return true })
		if m != nil && m.start-1 > s.a && s.tw(wLocative, m.start-1) {
			// "the Nuclear Consultative Group in Washington, which ...": the antecedent is
			// the noun the place locates.
			m = s.mentionEndingAt(m.start-1, func(*mention) bool { return true })
		}
		if m != nil && !ok(m) && m.start-1 > s.a && s.tokens[m.start-1].is("to", "from") {
			// "the transfer of ballistic missiles to Russia, which Moscow has fired at
			// Ukrainian cities": the antecedent is the noun before the transfer's target.
			m = s.mentionEndingAt(m.start-1, func(*mention) bool { return true })
		}
		if m == nil || !ok(m) {
			return nil
		}
		if l := s.leftGroup(m, ok); len(l) > 1 {
			// "KN-23 and KN-24 missiles, which Russia has fired", "Chile and Peru, which
			// Bolivia visited": the antecedent is the whole list; its first name, whose
			// group the caller takes (argument finding/coordination, shared mechanism).
			return l[0]
		}
		return m
	case s.tw(wThingRelative, ca):
		m := s.mentionEndingAt(ca, ok)
		if m == nil {
			return s.actAppositionDoer(ca, ok)
		}
		for k := max(s.a, m.start-4); k < m.start; k++ {
			if s.tw(wSpeech, k) || s.tw(wReportVerb, k) {
				return nil
			}
		}
		if l := s.leftGroup(m, ok); len(l) > 1 {
			// "the ties between Moscow and Pyongyang that Japan has condemned": as after ",
			// which", the whole list; its first name, whose group the caller takes.
			return l[0]
		}
		return m
	}
	return nil
}

// actAppositionDoer: the relative pronoun at ca follows an act noun in apposition to the
// clause before its comma ("Russia has stationed nuclear weapons in Belarus, a step which
// Lithuania and Poland have denounced"; words.tsv act-event): the act is that clause's, and
// its doer, the clause's first name outside a prepositional phrase, is the antecedent.
func (s *sentenceCtx) actAppositionDoer(ca int, ok func(*mention) bool) *mention {
	k := ca - 1
	if k-2 < s.a || !s.tw(wActApposition, k) {
		return nil
	}
	k--
	if s.tw(wArticle, k) {
		k--
	}
	if k <= s.a || s.tokens[k].Text != "," {
		return nil
	}
	pa, _ := s.clauseOf(k - 1)
	for j := range s.mentions {
		m := &s.mentions[j]
		if m.start < pa || m.end > k {
			continue
		}
		if !ok(m) || s.inPP(m) || s.modifier(m) || m.possessive {
			return nil // the clause opens with a name of another kind, or none is its subject
		}
		return m
	}
	return nil
}

// innerRelative: another relative clause opens between the relative pronoun at ca and the
// subject at subj, so the gap is that clause's ("the Treaty, which deepens the pact that Mali
// inked", "which deepens the pact they inked"): its antecedent is the noun before it, not the
// name before ca.
func (s *sentenceCtx) innerRelative(ca, subj int) bool {
	for k := ca + 1; k < subj; k++ {
		if s.tw(wRelative, k) {
			return true
		}
		if k+1 == subj && (s.tw(wPronoun, subj) || s.tw(wSubjectPronoun, subj)) && s.tokens[k].isWord() && !s.tokens[k].isCap() && !s.tw(wFunction, k) {
			return true // a zero relative: a noun, then a pronoun subject
		}
	}
	return false
}

// coordinatedClause: where ", and" or ", but" (words.tsv clause-coordinator) opens another
// clause in [te, cb), else cb.
func (s *sentenceCtx) coordinatedClause(te, cb int) int {
	for k := te; k+1 < cb; k++ {
		if s.tokens[k].Text == "," && s.tw(wClauseCoordinator, k+1) {
			return k
		}
	}
	return cb
}

// doubleObject: for a double-object verb, the name right after it, followed by "with" or by
// goods or a weapon within five tokens, is its recipient. strict (a verb of many senses,
// "gave"): the goods head the object, with no preposition but "of" before them ("gave Iran a
// warning about missiles" gives no missiles).
func (s *sentenceCtx) doubleObject(x *Extractor, o *occurrence, strict bool) *mention {
	k := s.pastRaisedConjunct(o.t, o.te, o.cb)
	for k < o.cb && s.tw(wAdverb, k) {
		k++
	}
	if k+1 < o.cb && s.tw(wArticle, k) && s.mentionAt(k) == nil && s.mentionAt(k+1) != nil {
		k++ // "provide the DPRK with missile technology"
	}
	m := s.mentionAt(k)
	if !o.trig.spec.has(flagDoubleObject) || m == nil || m.start != k || m.possessive || m.demonym || !o.dstOK(m) {
		return nil
	}
	g := s.group(m, o.dstOK)
	end := g[len(g)-1].end
	if end < o.cb && s.tokens[end].is("with") {
		return m
	}
	for j := end; j < o.cb && j < end+5; j++ {
		if s.tokens[j].is(",", ";", ":", "and", "to", "into") || strict && s.tw(wPreposition, j) && !s.tokens[j].is("of") {
			break
		}
		if x.lex.goods.matchAt(s.tokens[:s.b], j) > 0 || s.weaponAt(j) {
			return m
		}
	}
	return nil
}

// penalisedFor: the gerund at t opens a reason phrase after a comma (", for selling arms to
// Taiwan") in a clause that puts a penalty (cues.tsv penalty: "put sanctions on seven
// companies, including units of A and B, for selling") before it: the ones penalised, the
// name right before the comma, do what the gerund names, not the clause's subject; else nil.
func (x *Extractor) penalisedFor(s *sentenceCtx, o *occurrence) *mention {
	t := o.t
	if !s.w.ends(eParticiple, s.tokens[t].Lower) || t-3 <= o.ca || !s.tokens[t-1].is("for") || s.tokens[t-2].Text != "," {
		return nil
	}
	m := s.mentionEndingAt(t-2, o.srcOK)
	if m == nil || m.possessive || m.demonym {
		return nil
	}
	for k := o.ca; k < m.start; k++ {
		if x.lex.penalty.matchAt(s.tokens[:m.start], k) > 0 {
			return m
		}
	}
	return nil
}

// penalisedActor: a noun of the relation in the reason phrase of a penalty on a named state
// ("tightened sanctions on North Korea after a string of ballistic missile launches",
// "sanctions against Iran over the launches") names that state's act: the name right before
// a words.tsv penalty-reason word ("after", "over", "following"), itself right after a penalty noun (cues.tsv penalty) and
// "on" or "against"; between the reason word and the noun only articles, "of" and lower-case
// modifiers ("a series of ICBM" is a modifier: the class noun before the noun). nil otherwise.
func (x *Extractor) penalisedActor(s *sentenceCtx, o *occurrence) *mention {
	weapon := func(k int) bool { m := s.mentionAt(k); return m != nil && m.info.Type == TypeWeapon }
	k := o.t - 1
	for k > s.a && k >= o.t-6 && !s.tw(wPenaltyReason, k) && (s.tw(wArticle, k) || s.tokens[k].is("of") || s.plainModifier(k) || weapon(k)) {
		k--
	}
	if k <= s.a || !s.tw(wPenaltyReason, k) {
		return nil
	}
	m := s.mentionEndingAt(k, o.srcOK)
	if m == nil || m.possessive || m.demonym || m.start-2 <= s.a || !s.tokens[m.start-1].is("on", "against") {
		return nil
	}
	for j := max(s.a, m.start-4); j < m.start-1; j++ {
		if n := x.lex.penalty.matchAt(s.tokens[:m.start-1], j); n > 0 && j+n == m.start-1 {
			return m
		}
	}
	return nil
}

// identArgs: a sentence naming what an earlier act's object was ("The missile is believed to
// have been an intermediate-range ballistic missile of the Hwasong-12 class", "North Korea later
// said it was a new Hwasong-19 missile"), or a naming verb with its article in a relative
// clause on a weapon noun ("the missile, which Pyongyang calls the Hwasong-19") or a verb of
// describing ("described the weapon as a new Hwasong-19"): the trigger is the subject and its copula, the
// targets the weapons named in the complement (opened by an article) up to its clause's end or
// a comma, one of them a model (a capitalised name), and the sources the doers of the latest act of the relation
// (the events map); nothing without such an act or without a model.
func identArgs(x *Extractor, s *sentenceCtx, o *occurrence) []argPair {
	if o.te-1 > o.t && s.tw(wArticle, o.te-1) {
		// "the missile, which Pyongyang calls the Hwasong-19": a naming verb in a relative
		// clause on a weapon noun, its article in the row.
		namer := s.mentionEndingAt(o.t, func(*mention) bool { return true })
		if namer == nil || namer.start-2 <= s.a || !s.tokens[namer.start-1].is("which") || s.tokens[namer.start-2].Text != "," ||
			s.mentionEndingAt(namer.start-2, func(w *mention) bool { return w.info.Type == TypeWeapon }) == nil {
			return nil
		}
	} else if o.te >= o.cb || !s.tw(wArticle, o.te) {
		return nil // "it was investigating a missile": a verb, no complement naming the weapon
	}
	var dsts []*mention
	model := false
	for j := range s.mentions {
		m := &s.mentions[j]
		if m.start < o.te || m.start >= o.te+10 || m.end > o.cb || !o.dstOK(m) {
			continue
		}
		if slices.ContainsFunc(s.tokens[o.te:m.start], func(t Token) bool { return t.Text == "," }) {
			break
		}
		model = model || s.tokens[m.start].isCap()
		dsts = append(dsts, m)
	}
	if !model {
		return nil
	}
	var srcs []*mention
	for _, info := range s.events[o.trig.relation] {
		if m := docMention(info); o.srcOK(m) {
			srcs = append(srcs, m)
		}
	}
	return cross(srcs, dsts)
}

// pastRaisedConjunct: where the object shared by two coordinated verbs starts ("may be
// providing, or may soon provide, the DPRK with ..."): after the verb at t (ending before te),
// a comma and "or"/"and" with auxiliaries and adverbs before another verb and its comma
// (the first conjunct) or a comma right after a verb that such a conjunct ends (the second);
// te otherwise.
func (s *sentenceCtx) pastRaisedConjunct(t, te, cb int) int {
	if te+1 >= cb || s.tokens[te].Text != "," {
		return te
	}
	if s.tw(wConjunction, te+1) {
		j := te + 2
		for j < cb && j < te+6 && (s.tw(wAux, j) || s.adverb(j) || s.tw(wBe, j)) {
			j++
		}
		if j+1 < cb && s.tokens[j].isWord() && !s.tokens[j].isCap() && s.tokens[j+1].Text == "," {
			return j + 2 // the first conjunct: "providing, or may soon provide, the DPRK"
		}
		return te
	}
	j := t - 1
	for j > s.a && j > t-5 && (s.tw(wAux, j) || s.adverb(j) || s.tw(wBe, j)) {
		j--
	}
	if j < t-1 && j-1 > s.a && s.tw(wConjunction, j) && s.tokens[j-1].Text == "," {
		return te + 1 // the second conjunct: "or may soon provide, the DPRK"
	}
	return te
}

// doersOf: the doers of the events kept under key (anyAct or a relation type) whose type
// the spec takes as target, as document-level mentions that carry the event they did.
func (s *sentenceCtx) doersOf(key string, spec *argSpec) []*mention {
	var doers []*mention
	for _, info := range s.events[key] {
		if typeIn(info.Type, spec.dst) {
			m := docMention(info)
			m.event = eventOf(key)
			doers = append(doers, m)
		}
	}
	return doers
}

// eventDoers: the object at te is a definite noun phrase with no name whose head is another
// relation's noun trigger ("the attack", "the latest missile launch", "the sale"); its doers
// are the sources of that relation in the latest sentence that asserted one.
func (s *sentenceCtx) eventDoers(x *Extractor, te, cb int, spec *argSpec) []*mention {
	if te < cb && isQuote(s.tokens[te].Text) && !s.tokens[te].SpaceBefore {
		te++ // "said it \"strongly condemns\" the treaty": the quote closes the verb
	}
	if te >= cb || !s.tw(wDefinite, te) || len(s.events) == 0 {
		return nil
	}
	_, cb = s.clauseOf(te)
	// A doer named in the object's own phrase stands in another role there ("condemned the
	// strikes as a violation of Yemen's sovereignty"); a name past a comma ("..., the White
	// House said") does not.
	phraseEnd := s.untilComma(te)
	for k := te + 1; k+1 < phraseEnd; k++ {
		if s.tw(wConjunction, k) && s.tw(wSpeech, k+1) {
			phraseEnd = k // "denounced the veto and said Moscow had blocked ...": another verb's
			break
		}
		if s.tw(wSpeech, k+1) && s.tw(wPronoun, k) {
			// "denounced the veto as a cynical move intended to hide what he said were
			// Moscow's purchases": a name in an embedded report is another clause's.
			phraseEnd = k
			break
		}
	}
	for k := te + 1; k < cb && k < te+6; k++ {
		m := s.mentionAt(k)
		if m != nil && m.info.Type == TypeWeapon && !m.possessive && m.end < cb && m.end < te+6 && s.tokens[m.end].isWord() && !s.tw(wPreposition, m.end) {
			// "condemned the missile launch", "the ICBM test": a weapon modifying the act noun
			// is what was launched, no doer; the noun after it names the event.
			k = m.end - 1
			continue
		}
		if m != nil || s.tw(wPreposition, k) || !s.tokens[k].isWord() {
			return nil
		}
		if s.tw(wActEvent, k) && k+1 < cb && !s.tokens[k+1].is("to", "by", "of") {
			// "criticized the move": the previous sentence's act ("the decision to", "the
			// move by X" name their own).
			if doers := s.doersOf(anyAct, spec); len(doers) > 0 || !slices.ContainsFunc(x.lex.triggersOf(&s.tokens[k]), isEventRow) {
				return doers
			}
			// With no act in the sentence before, an act noun that an event row also lists
			// ("Britain and Japan also criticised the decision" a paragraph after the veto)
			// names the latest event of that row's relation, read below.
		}
		if spec.relation != RelSanctioned && (s.tw(wMeasureNoun, k) || x.lex.penalty.matchAt(s.tokens[:cb], k) > 0) {
			// "condemned the measures as illegitimate", "firmly opposes the listings": a
			// definite penalty or measure noun is the sanctions stated before; their imposers
			// are the target.
			return s.doersOf(RelSanctioned, spec)
		}
		isNoun := false
		var latest []*mention // of a noun of several relations, the doers of the latest event
		latestAt := -1
		for _, tp := range x.lex.triggersOf(&s.tokens[k]) {
			if tp.frame != frameNoun && tp.frame != frameEvent || tp.relation == spec.relation || len(tp.keys) > 1 {
				continue
			}
			isNoun = true
			at, ok := s.eventAt[tp.relation]
			if !ok && s.eventAt != nil || at <= latestAt {
				continue
			}
			var doers []*mention
			for _, info := range s.events[tp.relation] {
				if tp.relation == RelSigned && info.Type == TypePerson {
					// A treaty's parties are states: the signing leader stands for his.
					if info = x.seatedState(&mention{info: info}); info == nil || slices.ContainsFunc(doers, func(m *mention) bool { return m.info == info }) {
						continue
					}
				}
				named := false
				for j := range s.mentions {
					m := &s.mentions[j]
					named = named || m.info == info && m.start >= te && m.end <= min(cb, phraseEnd)
				}
				if typeIn(info.Type, spec.dst) && !named {
					m := docMention(info)
					m.event = eventOf(tp.relation)
					doers = append(doers, m)
				}
			}
			if len(doers) > 0 {
				latest, latestAt = doers, at
			}
			// A noun of several relations ("deployment": of troops, or of a satellite into
			// orbit) is the event of the one stated last.
		}
		if isNoun {
			return latest
		}
	}
	return nil
}

// isEventRow: the trigger phrase is a one-word noun of triggers.tsv frame event, one that
// states nothing itself but names an earlier event of its relation.
func isEventRow(tp triggerPhrase) bool { return tp.frame == frameEvent && len(tp.keys) <= 1 }

// reportedDoer: the verb at o.t is a words.tsv appraisal participle set off by a comma after a
// speech verb's that-clause (chunks.go reportingClause), and its object is the pronoun "it"
// right after it ("confirmed that North Korean units had been sent, calling it an
// escalation"): the pronoun stands for the reported clause, whose subject, if o takes it as
// a target, did what is judged; found=false when the structure is another.
func (s *sentenceCtx) reportedDoer(o *occurrence) (*mention, bool) {
	if o.t-1 <= s.a || o.te >= o.cb || !s.tw(wAppraisal, o.t) || s.tokens[o.t-1].Text != "," || !s.tokens[o.te].is("it") {
		return nil, false
	}
	ca, _ := s.clauseOf(o.t - 1)
	if _, _, found := s.reportingClause(ca); !found {
		return nil, false
	}
	return s.clauseSubject(ca, o.t-1, o.dstOK), true
}

// pronounEventDoers: the verb's object is an object pronoun (words.tsv object-pronoun) that
// names no entity and ends the verb phrase ("condemns it in the strongest terms", "strongly
// condemns them."): it stands for an act the sentence named before the verb, a noun of
// another relation's trigger or an act-event noun. The act's possessor ("North Korea's
// multiple ballistic missile launches are a clear provocation, and our military strongly
// condemns them") is the target; with no possessor, the doers of the latest event of the
// noun's relation; with no such noun, the doers of the previous sentence's act. A pronoun
// that coreference read as the verb's own subject is taken to name no entity.
func (s *sentenceCtx) pronounEventDoers(x *Extractor, o *occurrence, spec *argSpec, src *mention) []*mention {
	te := o.te
	if te >= o.cb || !s.tw(wObjectPronoun, te) {
		return nil
	}
	if m := s.mentionAt(te); m != nil && !(m.coref && src != nil && m.info == src.info) {
		return nil // a pronoun read as the verb's own subject names no object
	}
	if n := te + 1; n < s.b && s.tokens[n].isWord() && !s.tw(wPreposition, n) && !s.tw(wConjunction, n) {
		return nil // "condemned it was": a pronoun subject of another clause
	}
	for k := s.a; k < o.t; k++ {
		event := s.tw(wActEvent, k)
		rel := ""
		for _, tp := range x.lex.triggersOf(&s.tokens[k]) {
			if (tp.frame == frameNoun || tp.frame == frameEvent) && tp.relation != spec.relation && len(tp.keys) <= 1 {
				event, rel = true, tp.relation
				break
			}
		}
		if !event || s.mentionAt(k) != nil {
			continue
		}
		// The possessor before the noun's lower-case modifiers ("Iran's attack", "North
		// Korea's multiple ballistic missile launches").
		for j := k - 1; j >= s.a && j >= k-6; j-- {
			if m := s.mentionEndingAt(j+1, o.dstOK); m != nil && m.possessive {
				return []*mention{m}
			}
			if m := s.mentionAt(j); m != nil {
				j = m.start // a weapon's name among the modifiers
				continue
			}
			if tk := s.tokens[j]; !tk.isWord() && tk.Text != "'s" && tk.Text != "’s" || tk.isCap() && s.mentionAt(j) == nil || s.tw(wFunction, j) && !s.tw(wArticle, j) {
				break
			}
		}
		if rel != "" {
			return s.doersOf(rel, spec)
		}
		return s.doersOf(anyAct, spec)
	}
	return s.doersOf(anyAct, spec)
}

// agencyDoers: the object at te holds another relation's event noun followed, within a dozen
// words and before any acceptable name, by a participle of agency (words.tsv class
// agency: "attributed to", "carried out by", "claimed by", "perpetrated by"); the names
// after it, with their list, did the event.
func (s *sentenceCtx) agencyDoers(x *Extractor, te, cb int, spec *argSpec, ok func(*mention) bool) []*mention {
	event := false
	for k := te; k < cb && k < te+14; k++ {
		if m := s.mentionAt(k); m != nil {
			if ok(m) {
				return nil // a named object or complement comes first
			}
			k = m.end - 1
			continue
		}
		if !event {
			for _, tp := range x.lex.triggersOf(&s.tokens[k]) {
				event = event || (tp.frame == frameNoun || tp.frame == frameEvent) && tp.relation != spec.relation
			}
			continue
		}
		if !s.tw(wAgency, k) {
			continue
		}
		j := k + 1
		if j < cb && s.tokens[j].is("out") {
			j++ // "carried out by"
		}
		if j+1 >= cb || !s.tokens[j].is("to", "by") {
			return nil
		}
		j++
		if s.tw(wArticle, j) && s.mentionAt(j) == nil {
			j++
		}
		if m := s.mentionAt(j); m != nil && ok(m) {
			return s.group(m, ok)
		}
		return nil
	}
	return nil
}

// subjectOf is the subject of the verb at t: the nearest name before it in the clause, the
// first of a coordinated verb phrase, the head of an apposition, a relative pronoun's
// antecedent or a personal pronoun's.
func (s *sentenceCtx) subjectOf(t, ca int, ok func(*mention) bool) *mention {
	if s.opening > t && t <= s.lead+1 {
		// "Visiting Beijing on Monday, Putin met Xi": an opening participle's subject is
		// the main clause's.
		_, cb := s.clauseOf(s.opening + 1)
		return s.clauseSubject(s.opening+1, cb, ok)
	}
	if m := s.operativeSubject(t, ok); m != nil {
		return m // "2. Strongly condemns ...", "Expresses concern ..., and condemns" (operative.go)
	}
	if m := s.relativeConjunctSubject(t, ca, ok); m != nil {
		return m // "condemns this behavior, which undermines peace, and calls on Beijing to stop"
	}
	if subj := s.controllerSubject(t, ca, ok); subj != nil {
		return subj
	}
	if m := s.appositiveThat(t, ok); m != nil {
		return m // "Russia, the country that invaded Ukraine"
	}
	if k := s.signedBefore(t); k >= 0 {
		// "Mali, Burkina Faso and Niger signed the Liptako-Gourma Charter establishing the
		// Alliance of Sahel States": what a signed agreement does, its signers do.
		return s.subjectOf(k, ca, ok)
	}
	if s.unnamedDoerParticiple(t) {
		// "sanctions on individuals and entities supporting Russia's war": the participle
		// describes the unnamed noun before it, which does the act; the clause's subject
		// does not (stop 44, h44supp).
		return nil
	}
	if m, found := s.structuralSubject(t, ca, ok); found {
		return m
	}
	if s.commonNounRelative(t) {
		return s.othersRelativeNames(t, ok)
	}
	src := s.nearestLeft(t, ca, func(m *mention) bool { return ok(m) && !s.modifier(m) }, true)
	if s.restrictiveOnPPName(src, t) {
		// "a package of sanctions against Russia which targets North Korean officials": a
		// relative with no comma after a name in a prepositional phrase restricts the head
		// noun before it, not the name.
		return nil
	}
	if subj := s.coordinatedVerbSubject(src, t, ca, ok); subj != nil {
		src = subj
	}
	if src != nil && s.speakersOfRelative(src, t, ok) {
		// "the North Korean troops that Seoul and Kyiv say are fighting in Kursk": the
		// speakers of a relative clause's speech verb are not its verb's subject; the
		// antecedent is.
		return s.relativeAntecedent(s.coordination(src, ok)[0].start, ok)
	}
	if src == nil {
		src = s.relativeSubject(ca, ok)
	}
	if head := s.appositionHead(src, t, ok); head != nil {
		src = head
	}
	if of := src.startPast(s, "the") - 1; src != nil && src.info.Type != TypePerson && of > s.a && s.tokens[of].is("of") {
		// "Amar Bendjama of Algeria, speaking for the Arab Group, condemned": the person the
		// state follows is the subject; the state only says whom the person represents.
		if p := s.mentionEndingAt(of, ok); p != nil && p.info.Type == TypePerson {
			src = p
		}
	}
	if p := s.bracketedStateHolder(src, ok); p != nil {
		// h44bspk: "Gilad Erdan (Israel) criticised", as UN meeting coverage names each
		// speaker: the bracketed state says whom the person speaks for; the person speaks.
		src = p
	}
	if src == nil {
		src = s.pronounSubject(t, ca, ok)
	}
	return src
}

// bracketedStateHolder: the person named right before "(" when m is a state closed by ")"
// ("Vanessa Frazier (Malta)"), or nil.
func (s *sentenceCtx) bracketedStateHolder(m *mention, ok func(*mention) bool) *mention {
	if m == nil || m.info.Type != TypeState || m.possessive || m.end >= s.b || s.tokens[m.end].Text != ")" {
		return nil
	}
	j := m.start - 1
	if j > s.a && s.tokens[j].is("the") {
		j--
	}
	if j <= s.a || s.tokens[j].Text != "(" {
		return nil
	}
	if p := s.mentionEndingAt(j, ok); p != nil && p.info.Type == TypePerson && !p.coref {
		return p
	}
	return nil
}

// receivedHelp: the trigger at t stands in the object of a receive verb (words.tsv
// receive-verb) before it, past only a list of lower-case nouns and modifiers, commas and
// conjunctions ("receive weapons, training and funding", "gets military training and
// support"): the index of that verb, or -1.
func (s *sentenceCtx) receivedHelp(t, ca int) int {
	for k, n := t-1, 0; k >= ca && n < 8; k, n = k-1, n+1 {
		tk := s.tokens[k]
		if s.tw(wReceiveVerb, k) && !tk.isCap() {
			return k
		}
		if s.mentionAt(k) != nil || s.mentionEndingAt(k+1, func(*mention) bool { return true }) != nil {
			return -1
		}
		if tk.Text == "," || s.tw(wConjunction, k) {
			continue
		}
		if !tk.isWord() || tk.isCap() || s.tw(wFunction, k) && !s.tw(wArticle, k) || s.tw(wPreposition, k) || s.tw(wAux, k) || s.tw(wBe, k) {
			return -1
		}
	}
	return -1
}

// receivedHelpArgs: the giver after "from" past the trigger, to the receive verb's subject.
func (s *sentenceCtx) receivedHelpArgs(o *occurrence, k int) []argPair {
	giver := s.afterWord(o.te, o.cb, "from", o.srcOK, 10)
	if giver == nil {
		return nil
	}
	recipient := s.subjectOf(k, o.ca, o.dstOK)
	if recipient == nil || recipient.info == giver.info {
		return nil
	}
	return cross(s.group(giver, o.srcOK), s.coordination(recipient, o.dstOK))
}

// unnamedDoerParticiple: the present participle at t follows right after a plain common noun
// for unnamed parties (words.tsv doer-noun: "entities supporting", "companies helping",
// "countries supplying") that no name or demonym modifies and that is no part of a name: a
// reduced relative on that noun, whose act has no named doer.
func (s *sentenceCtx) unnamedDoerParticiple(t int) bool {
	if t-2 <= s.a || !s.w.ends(eParticiple, s.tokens[t].Lower) || s.tokens[t].isCap() || !s.tw(wDoerNoun, t-1) || s.tokens[t-1].isCap() {
		return false
	}
	if s.tw(wOtherPartner, t-2) {
		return false // "Brazil and other states supporting Palestine": the names do it too
	}
	any := func(*mention) bool { return true }
	return s.mentionAt(t-1) == nil && s.mentionEndingAt(t, any) == nil && s.mentionEndingAt(t-1, any) == nil
}

// signedBefore: the present participle at t follows, past an optional comma, the object of a
// signing verb, an Agreement's name or a SIGNED noun ("signed a treaty establishing",
// "concluded the Liptako-Gourma Charter establishing"); the index of that signing verb, or
// -1. Only a few article, modifier or capitalised words stand between verb and object.
func (s *sentenceCtx) signedBefore(t int) int {
	if t-2 <= s.a || !s.w.ends(eParticiple, s.tokens[t].Lower) {
		return -1
	}
	e := t
	if s.tokens[e-1].Text == "," {
		e--
	}
	if e-1 > s.a && s.tokens[e-1].Text == ")" {
		// "the Liptako-Gourma Charter (LGC), establishing": past the agreement's acronym.
		for j := e - 2; j > s.a && j >= e-4; j-- {
			if s.tokens[j].Text == "(" {
				e = j
				break
			}
		}
	}
	start := -1
	if m := s.mentionEndingAt(e, func(m *mention) bool { return m.info.Type == TypeAgreement }); m != nil {
		start = m.start
	} else if s.signedAt(e-1, false) {
		start = e - 1
	}
	if start < 0 {
		return -1
	}
	for k := start - 1; k > s.a && k >= start-5; k-- {
		if s.signedAt(k, true) {
			return k
		}
		if !s.tokens[k].isWord() || s.tw(wConjunction, k) {
			return -1
		}
	}
	return -1
}

// signedAt: a SIGNED trigger starts at k, verbal (a signing verb) or not (a treaty noun).
func (s *sentenceCtx) signedAt(k int, verbal bool) bool {
	if k < s.a || k >= s.b || s.scratch == nil || k-s.a >= len(s.scratch.found) {
		return false
	}
	for _, tr := range s.scratch.found[k-s.a] {
		if tr.relation == RelSigned && tr.frame.verbal() == verbal {
			return true
		}
	}
	return false
}

// relativeConjunctSubject: the verb at t follows the ", and" that closes a relative clause
// opened by a comma and a words.tsv wh-relative ("The Ministry condemns this behavior, which
// undermines peace, and calls on Beijing to stop"): a conjunct of the verb before the
// relative clause, whose subject it shares, the head name of that clause's first noun
// phrase; nil when that phrase is unnamed.
func (s *sentenceCtx) relativeConjunctSubject(t, ca int, ok func(*mention) bool) *mention {
	vg := s.verbGroupStart(t, ca)
	if vg-2 <= ca || !s.tokens[vg-1].is("and") || s.tokens[vg-2].Text != "," || !s.conjoinedVerb(vg) {
		return nil
	}
	if ca-1 <= s.a || s.tokens[ca-1].Text != "," || !s.tw(wWhRelative, ca) {
		return nil
	}
	main, _ := s.clauseOf(ca - 1)
	subj := s.clauseSubject(main, ca-1, ok)
	if subj != nil && s.tw(wFirstPerson, subj.start) && s.thirdSingular(vg, t) {
		// "We condemn this cooperation, which violates resolutions 1718 and 2397, and
		// supports Russia's war": "we" takes no "supports"; the verb is the relative
		// clause's.
		return nil
	}
	return subj
}

// thirdSingular: the verb group [vg, t] opens, past any adverbs, with a third-person singular
// form, a word ending in a single "s" ("supports", "has sent", "strongly condemns"), which
// no first-person subject takes (forms of "be" aside: "I was").
func (s *sentenceCtx) thirdSingular(vg, t int) bool {
	for k := vg; k <= t; k++ {
		w := s.tokens[k].Lower
		if s.tw(wAdverb, k) || s.w.ends(eAdverb, w) && len(w) > 4 {
			continue
		}
		return !s.tw(wBe, k) && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us")
	}
	return false
}

// commonNounRelative: the verb at t (after auxiliaries and adverbs) opens a relative
// clause whose pronoun (words.tsv subject-relative) follows a plain common noun that no name stands in or before
// ("would keep sanctioning anyone who helps the North", "a rocket that struck Kharkiv"): the
// verb's subject is that noun, so no name further left is.
func (s *sentenceCtx) commonNounRelative(t int) bool {
	k := t - 1
	for k > s.a && (s.tw(wAux, k) || s.tw(wAdverb, k) || s.tokens[k].is("not")) {
		k--
	}
	if k-1 <= s.a || !s.tw(wSubjectRelative, k) {
		return false
	}
	n := k - 1
	w := s.tokens[n]
	if !w.isWord() || w.isCap() || s.tw(wFunction, n) || s.tw(wPronoun, n) || s.mentionAt(n) != nil {
		return false
	}
	any := func(*mention) bool { return true }
	return s.mentionEndingAt(n, any) == nil && s.relativeAntecedent(k, any) == nil
}

// othersRelativeNames: the relative clause at t (commonNounRelative) follows a common noun
// that closes a list of names with unnamed others of their kind ("Spain, Italy and other
// partners that have expressed support for Peru", "Iran and the other states which supply
// drones"): the clause is said of the named members too, so the last name before the
// conjunction is the subject (its list reads the names before it); nil otherwise.
func (s *sentenceCtx) othersRelativeNames(t int, ok func(*mention) bool) *mention {
	k := t - 1
	for k > s.a && (s.tw(wAux, k) || s.tw(wAdverb, k) || s.tokens[k].is("not")) {
		k--
	}
	for j := k - 1; j > s.a+1 && j >= k-4; j-- {
		if s.tw(wOtherPartner, j) {
			c := j - 1
			if s.tw(wArticle, c) && c-1 > s.a {
				c-- // "and the other states"
			}
			if !s.tw(wConjunction, c) {
				return nil
			}
			m := s.mentionEndingAt(c, ok)
			if m == nil || m.demonym || m.possessive {
				return nil
			}
			return m
		}
		if tk := s.tokens[j]; !tk.isWord() || tk.isCap() || s.tw(wFunction, j) || s.mentionAt(j) != nil {
			return nil
		}
	}
	return nil
}

// restrictiveOnPPName: m, a state or body (not a person), is the object of a preposition
// and "which" follows it with no comma before the verb at t: a restrictive relative, which a
// proper name does not take, so the relative's antecedent is the noun the phrase modifies.
func (s *sentenceCtx) restrictiveOnPPName(m *mention, t int) bool {
	if m == nil || m.info.Type == TypePerson || m.end >= t || !s.tokens[m.end].is("which") {
		return false
	}
	p := m.startPast(s, "the") - 1
	return p > s.a && s.tw(wPreposition, p) && !s.tokens[p].is("of")
}

// startPast: where m starts, or the article w right before it ("the United Arab Emirates");
// 0 for no mention.
func (m *mention) startPast(s *sentenceCtx, w string) int {
	if m == nil {
		return 0
	}
	if m.start-1 > s.a && s.tokens[m.start-1].is(w) {
		return m.start - 1
	}
	return m.start
}

// speakersOfRelative: src (with its coordinated names) opens a relative clause right after
// its relative pronoun and is the subject of a speech verb that a form of "be" or an
// auxiliary follows before the verb at t ("that Seoul, Kyiv and Washington say are
// fighting"): the verb's subject is the relative's antecedent, not src.
func (s *sentenceCtx) speakersOfRelative(src *mention, t int, ok func(*mention) bool) bool {
	first := s.coordination(src, ok)[0]
	if first.start-1 <= s.a || !s.tw(wRelative, first.start-1) || s.tokens[first.start-1].is("whose") {
		return false
	}
	for k := src.end; k < t; k++ {
		if s.tw(wSpeech, k) && k+1 < t && (s.tw(wBe, k+1) || s.tw(wAux, k+1)) {
			return true
		}
	}
	return false
}

// relativeAntecedent: the name that ends right before the relative pronoun before r, or
// before one plain noun there ("North Korean troops that ..."), or nil.
func (s *sentenceCtx) relativeAntecedent(r int, ok func(*mention) bool) *mention {
	if r-2 > s.a && s.tokens[r-2].Text == "," {
		r-- // "Japan and the Philippines, which ..."
	}
	for end := r - 1; end >= r-2 && end > s.a; end-- {
		if m := s.mentionEndingAt(end, ok); m != nil {
			return m
		}
		if end < r-1 || !s.tokens[end-1].isWord() || s.tokens[end-1].isCap() && s.mentionEndingAt(end-1, ok) == nil {
			break
		}
	}
	return nil
}

// penalisedUnnamed: the trigger at o is, or is in the object of, a gerund after "for" that gives
// the reason for a penalty verb (words.tsv penal-verb) in its clause, and no name that could
// do the act stands between that verb and "for" ("sanctioned nearly 400 companies and
// individuals for helping Russia's war effort", "added 40 entities to the Entity List for
// supporting Russia"): the penalised did it, unnamed, so the clause's subject did not. A named
// object ("sanctioned Belarus for helping Russia") is left to the usual subject search.
func (s *sentenceCtx) penalisedUnnamed(o *occurrence) bool {
	f := -1
	for k := o.t; k > o.ca+1 && k >= o.t-5; k-- {
		tk := s.tokens[k]
		if !tk.isWord() || tk.isCap() {
			return false
		}
		if s.tokens[k-1].is("for") && s.w.ends(eParticiple, tk.Lower) {
			f = k - 1
			break
		}
	}
	if f < 0 {
		return false
	}
	for k := f - 1; k >= o.ca && k >= f-16; k-- {
		if s.tokens[k].is(";", ":") {
			return false
		}
		if m := s.mentionAt(k); m != nil && o.srcOK(m) {
			return false
		}
		if s.tw(wPenalVerb, k) {
			return k > o.ca // the verb needs a subject before it
		}
	}
	return false
}

// unnamedController: the verb at t is the infinitive after an object-control verb (words.tsv
// object-control) whose object is a plain noun phrase naming nobody ("asked members to stand
// with", "urged its partners to supply"): that object is the doer, so no name is.
func (s *sentenceCtx) unnamedController(t, ca int) bool {
	if t-3 < ca || !s.tokens[t-1].is("to") {
		return false
	}
	noun := false
	for k := t - 2; k > ca && k >= t-6; k-- {
		if s.tw(wObjectControl, k) {
			return noun
		}
		if m := s.mentionAt(k); m != nil && !(m.coref && m.possessive && !s.tokens[k].isCap()) {
			return false // "urged Japan to sanction": the named object acts
		}
		tk := s.tokens[k]
		if !tk.isWord() || tk.isCap() {
			return false
		}
		noun = noun || !s.tw(wArticle, k) && !s.tw(wDeterminer, k)
	}
	return false
}

// controllerSubject: the subject of a subject-control verb (words.tsv subject-control) whose
// infinitive the verb at t is ("Seoul summoned the Russian ambassador, Georgy Zinoviev, on
// Tuesday to protest the deployment": Seoul), or nil.
func (s *sentenceCtx) controllerSubject(t, ca int, ok func(*mention) bool) *mention {
	if t-2 <= ca || !s.tokens[t-1].is("to") {
		return nil
	}
	for k := t - 2; k > ca && k >= t-16; k-- {
		if s.tokens[k].Text == ";" || s.tw(wConjunction, k) && s.mentionAt(k) == nil {
			return nil
		}
		if s.tw(wSubjectControl, k) && s.mentionAt(k) == nil {
			return s.subjectOf(k, ca, ok)
		}
	}
	return nil
}

// agentArgs: "Moscow's main suppliers", "Iran, a key supplier to Russia", "Lithuania,
// Latvia and Poland, all NATO members", "the TFTC, whose members are X, Y and Z".
func agentArgs(x *Extractor, s *sentenceCtx, o *occurrence) []argPair {
	if pairs := s.whoseAgents(o); pairs != nil {
		return pairs
	}
	if s.unnamedRelativeSubject(o.t) {
		return nil // "..., in which more than 20 partners take part": no one named is a partner
	}
	recipient := s.possessor(o.t)
	if recipient == nil {
		// h44sanc: "China, Pakistan's closest ally and main arms supplier": the possessive
		// determines both coordinated nouns when the second has no determiner of its own.
		recipient = s.sharedPossessor(o.t)
	}
	if recipient == nil || !o.dstOK(recipient) {
		recipient = s.afterPrep(o.te, o.cb, o.trig.spec.targetPreps, o.dstOK, nil)
	}
	if recipient == nil && o.trig.spec.has(flagObjectBefore) && o.t > s.a {
		recipient = s.mentionEndingAt(o.t, o.dstOK) // "NATO members"
	}
	fronted := false // "the SCO, of which Iran became a member": the doer is in the relative clause
	if recipient == nil {
		recipient = s.frontedPrepAntecedent(o.t, o.trig.spec.targetPreps, o.dstOK)
		fronted = recipient != nil
	}
	if body := o.trig.spec.body; recipient != nil && body != "" && recipient.info.ID != body && recipient.start > o.t &&
		slices.Contains(shortOwners(s.tokens, *recipient, x.lex), x.lex.gaz.entities[body]) {
		// "both permanent members of the Council": the row's body (the Security Council),
		// whose short form it is, though another body with that head word was named later.
		recipient = actingFor(recipient, x.lex.gaz.entities[body])
	}
	if recipient != nil && recipient.start > o.t {
		if members := s.includedAfter(recipient, o.cb, o.srcOK); len(members) > 0 {
			return cross(members, []*mention{recipient})
		}
	}
	if recipient != nil && recipient.end <= o.t && o.t-recipient.end <= 2 && !fronted && o.te < o.cb {
		// "NATO member Finland", "fellow EU members Poland and Hungary": the agent noun is a
		// title before the names it describes.
		if members := s.titledMembers(o); members != nil {
			return cross(members, []*mention{recipient})
		}
	}
	if body := o.trig.spec.body; recipient == nil && body != "" && o.trig.spec.has(flagCapitalised) && o.trig.spec.has(flagBodyDefault) {
		// A capitalised agent noun is the row's body's own word for its members ("Allies such
		// as Finland and Estonia", "welcome Finland and Sweden as our newest Allies"): the names
		// it titles, or those it describes after "as".
		whole := []*mention{docMention(x.lex.gaz.entities[body])}
		if members := s.titledMembers(o); members != nil {
			return cross(members, whole)
		}
		if m := s.asDescribed(o); m != nil {
			return cross(s.coordination(m, o.srcOK), whole)
		}
		// "Finland and Sweden are now Allies" is said of each other (ALLY_OF), and a copula's
		// single subject is rare: no other reading.
		return nil
	}
	var doer *mention
	if recipient != nil && recipient.end <= o.t && !fronted {
		doer = s.nearestLeft(recipient.start, o.ca, o.srcOK, false)
	} else {
		doer = s.nearestLeft(o.t, o.ca, o.srcOK, false)
	}
	linkEnd := min(o.t, recipientStart(recipient, o.t))
	if fronted {
		linkEnd = o.t
	}
	if doer != nil && o.trig.spec.has(flagLinked) && !s.linked(doer.end, linkEnd) {
		doer = nil // "accused Stockholm of harbouring members of the PKK"
	}
	if doer != nil && o.trig.spec.has(flagLinked) && doer.coref && s.prepGoverned(doer) {
		// h44sanc: "China, which has close ties with both governments and is Cambodia's
		// largest source of weapons": a description resolved to names ("both governments")
		// that a preposition governs is no subject of the link. A name there may still be
		// ("supplied by the United States and other NATO countries").
		doer = nil
	}
	if doer != nil && o.trig.spec.has(flagLinked) && s.companionAgent(o.t, recipient) {
		// "A, B and C were represented, together with participating EU member states": a
		// comitative's agent noun names companions of the names before, not what they are.
		doer = nil
	}
	if doer == nil && recipient != nil && o.trig.spec.has(flagLinked) && s.relativeLink(o.ca, o.t, recipient) {
		// "Sweden, which became NATO's 32nd member": the copula's subject is the relative
		// pronoun; the name before its comma is the member.
		doer = s.relativeSubject(o.ca, o.srcOK)
	}
	if recipient != nil && o.trig.spec.has(flagLinked) {
		if m := s.asRoleHolder(o, recipient.end); m != nil {
			return cross(s.coordination(m, o.srcOK), []*mention{recipient})
		}
	}
	if doer != nil && s.opening > s.a && doer.end <= s.opening && o.t > s.opening {
		doer = nil // "For Kyiv, the news showed how closely Russia's suppliers work": a name in the opening phrase is no doer
	}
	if doer == nil {
		// "Iran, a key supplier to Russia": the name before the apposition's comma.
		for k := o.t - 1; k > s.a && k >= o.t-6; k-- {
			if s.tokens[k].Text == "," {
				if s.opensApposition(k, o.t) {
					doer = s.mentionEndingAt(k, o.srcOK)
				}
				break
			}
		}
	}
	if recipient == nil && doer == nil && o.trig.spec.has(flagLinked) && o.trig.spec.has(flagBodyDefault) && o.trig.spec.body != "" {
		// "As one of the five permanent members, Russia can block": a seat only one body has,
		// held by the name its "as" role phrase describes. A fronted phrase ends at the noun
		// ("As the permanent members met, Kenya ..." is a clause of time, not a role).
		if m := s.asRoleHolder(o, o.te); m != nil && (s.asRole(o.t) > s.a || o.te < o.cb && s.tokens[o.te].Text == ",") {
			return cross(s.coordination(m, o.srcOK), []*mention{docMention(x.lex.gaz.entities[o.trig.spec.body])})
		}
	}
	if recipient == nil && doer != nil && o.trig.spec.has(flagBodyDefault) && o.trig.spec.body != "" && s.shortLink(doer.end, o.t) {
		// "Russia, one of the five permanent members": a membership that only one body
		// has (relations.tsv or the row's body=) needs no name for it.
		recipient = docMention(x.lex.gaz.entities[o.trig.spec.body])
	}
	if doer != nil && recipient != nil && recipient.start > o.t && !typeIn(TypePerson, o.trig.spec.src) && s.titlesPerson(recipient.end, o.cb) {
		// h43memb: "spoke with the Chair of the Caribbean Community, Prime Minister X": the
		// noun is the title of the person named after the body, not the role of a state before.
		doer = nil
	}
	return cross(s.coordination(doer, o.srcOK), []*mention{recipient})
}

// prepGoverned: a preposition governs m, past articles and words.tsv quantifiers ("with both
// governments"); prepObject passes articles only (h44sanc).
func (s *sentenceCtx) prepGoverned(m *mention) bool {
	k := m.start - 1
	for k > s.a && (s.tw(wArticle, k) || s.tw(wQuantifier, k)) {
		k--
	}
	return k >= s.a && s.tw(wPreposition, k)
}

// sharedPossessor: the possessor of the first of two nouns coordinated by "and" before t,
// the second (the noun at t) having at most three lower-case modifiers and no determiner of
// its own ("Pakistan's closest ally and main arms supplier", "Kyiv's neighbour and largest
// donor"); nil otherwise ("Moscow's ally and a supplier to X" has its own article) (h44sanc).
func (s *sentenceCtx) sharedPossessor(t int) *mention {
	for k := t - 1; k > s.a && k >= t-4; k-- {
		if s.tokens[k].is("and") {
			if tk := s.tokens[k-1]; k-1 > s.a && tk.isWord() && !tk.isCap() && !s.tw(wFunction, k-1) {
				return s.possessor(k)
			}
			return nil
		}
		if !s.plainModifier(k) {
			return nil
		}
	}
	return nil
}

// titlesPerson: a comma at k opens a person's name, after at most three title words ("the
// Chair of CARICOM, Prime Minister Mia Mottley"), before cb (h43memb).
func (s *sentenceCtx) titlesPerson(k, cb int) bool {
	if k+1 >= cb || s.tokens[k].Text != "," {
		return false
	}
	for j := k + 1; j < cb && j <= k+4; j++ {
		if m := s.mentionAt(j); m != nil {
			return m.start == j && m.info.Type == TypePerson
		}
		if !s.tokens[j].isWord() || !s.tokens[j].isCap() {
			return false
		}
	}
	return false
}

// titledMembers: the names an agent noun at o titles right after it ("NATO member Finland"),
// also after a words.tsv example-intro phrase or inclusion word ("EU members such as Sweden and
// Poland", "all UN member states, including Russia and China") or a list opener ("the AUKUS
// partners - Australia, ..."); nil when none follows.
func (s *sentenceCtx) titledMembers(o *occurrence) []*mention {
	if o.te >= o.cb {
		return nil
	}
	k := o.te
	if k+2 < o.cb && s.tokens[k].Text == "," && (s.tw(wInclusion, k+1) || s.w.exampleIntro.matchAt(s.tokens[:o.cb], k+1) > 0) {
		k++ // "all UN member states, including Russia and China"
	}
	if k+2 < o.cb && s.tokens[k].Text == "," && s.tw(wEnumerator, k+1) {
		// h43memb: "representatives of all ARF participants, namely Australia, Bangladesh and
		// Canada", "the G7 members, namely Canada, France, ...": a words.tsv enumerator after
		// the comma opens the full list of the members. A list item that is no member of the
		// row's kind ("namely ASEAN Member States, Australia, ...") is passed over.
		k += 2
		for j := k; j < o.cb && j < k+6; j++ {
			if m := s.mentionAt(j); m != nil && m.start == j && o.srcOK(m) && !m.possessive && !m.demonym {
				return s.group(m, o.srcOK)
			}
			if s.tokens[j].Text != "," && !s.tokens[j].isCap() && !s.tw(wArticle, j) {
				return nil
			}
		}
		return nil
	}
	if n := s.w.exampleIntro.matchAt(s.tokens[:o.cb], k); n > 0 {
		k += n
	} else if k < o.cb && s.tw(wInclusion, k) {
		k++
	} else if s.listOpener(k) {
		k++ // "the AUKUS partners - Australia, the United Kingdom and the United States -"
		if k < o.cb && s.mentionAt(k) == nil && s.tw(wArticle, k) {
			k++ // "its founding members: the United States, ..."
		}
	}
	if m := s.mentionAt(k); m != nil && m.start == k && o.srcOK(m) && !m.possessive && !m.demonym {
		return s.group(m, o.srcOK)
	}
	return nil
}

// asDescribed: the name an agent noun at o describes through "as" ("welcome Finland and Sweden
// as our newest Allies", "Estonia and Finland, as Allies, stand"): the last name of the list
// ending right before "as" (or before its comma), with at most three determiners or modifiers
// between "as" and the noun; nil otherwise.
func (s *sentenceCtx) asDescribed(o *occurrence) *mention {
	for k := o.t - 1; k > s.a && k >= o.t-4; k-- {
		if s.tokens[k].is("as") {
			end := k
			if s.tokens[k-1].Text == "," {
				end = k - 1
			}
			if m := s.mentionEndingAt(end, o.srcOK); m != nil && !m.possessive && !m.demonym {
				return m
			}
			return nil
		}
		if !s.tokens[k].isWord() || s.mentionAt(k) != nil {
			return nil
		}
	}
	return nil
}

// frontedPrepAntecedent: a relative clause opened by a target preposition and "which" or
// "whom" ("the SCO, of which Iran became a full member", "NATO, to which Sweden now belongs")
// has the name before its comma as that preposition's object; nil when no such clause holds
// the trigger at t.
func (s *sentenceCtx) frontedPrepAntecedent(t int, preps []string, ok func(*mention) bool) *mention {
	reach := t - 10
	for k := t - 1; k-2 >= s.a && k >= reach; k-- {
		if s.tokens[k].Text == "," {
			if !s.listComma(k) {
				return nil
			}
			reach -= 2 // "of which China, Kazakhstan, Kyrgyzstan and Tajikistan are members": a list of names
		}
		if s.tw(wObliqueRelative, k) && slices.Contains(preps, s.tokens[k-1].Lower) && s.tokens[k-2].Text == "," {
			return s.nameBeforeComma(k-2, ok) // "the Gulf Cooperation Council (GCC), of which"
		}
	}
	return nil
}

// listComma: the comma at k separates two names of a list ("China, Kazakhstan and ...").
func (s *sentenceCtx) listComma(k int) bool {
	if k+1 >= s.b || s.mentionAt(k+1) == nil {
		return false
	}
	for j := range s.mentions {
		if s.mentions[j].end == k {
			return true
		}
	}
	return false
}

// shortLink: the words from a name's end a to an agent noun at b are a short apposition or
// copula ("Russia, one of the five permanent members"; "France is a permanent member"), not
// a longer phrase whose agent is someone else ("Ukraine, as a result of a negative vote cast
// by a permanent member").
func (s *sentenceCtx) shortLink(a, b int) bool {
	if b-a > 7 {
		return false
	}
	for k := a; k < b; k++ {
		if s.tokens[k].is("by") {
			return false
		}
	}
	return true
}

// apposedMembers: the names in a closed apposition right after the target of a linked noun
// ("the six participants of the Berlin Process, Albania, ..., North Macedonia and Serbia, were
// represented", "the member states of IGAD - Djibouti, Ethiopia and Kenya - met"): a comma or
// a spaced dash after the target, a list of names from the next word (past an article), and
// the same mark closing it. An open list is no apposition: in "Speaking to members of the
// Council, Russia said" the name is the clause's subject.
func (s *sentenceCtx) apposedMembers(target *mention, cb int, ok func(*mention) bool) []*mention {
	k := target.end
	if k+2 >= cb || !s.tokens[k].is(",", "-", "–", "—") {
		return nil
	}
	mark := s.tokens[k].Text
	named := func(m *mention) bool { return ok(m) && !m.demonym && !m.possessive }
	m, _ := s.objectOf(k+1, cb, named, target, false)
	if m == nil || m.start > k+2 {
		return nil
	}
	g := s.group(m, named)
	end := g[len(g)-1].end
	if end >= cb || s.tokens[end].Text != mark && !(mark != "," && s.tokens[end].is("-", "–", "—")) {
		return nil
	}
	return g
}

// includedAfter: "seven members of the Revolutionary Guards, including General Mohammad
// Reza Zahedi": the names a list after the target includes are the agents.
func (s *sentenceCtx) includedAfter(target *mention, cb int, ok func(*mention) bool) []*mention {
	k := target.end
	if k+2 >= cb || s.tokens[k].Text != "," || !s.tw(wInclusion, k+1) {
		return nil
	}
	if m, _ := s.objectOf(k+2, cb, ok, target, false); m != nil {
		return s.group(m, ok)
	}
	return nil
}

// recipientStart is where a recipient named before the agent noun starts ("NATO members"),
// else t.
func recipientStart(r *mention, t int) int {
	if r != nil && r.end <= t {
		return r.start
	}
	return t
}

// linked: an apposition's comma or a copula stands in [a, b): "Poland, a NATO member",
// "Finland became the 31st member"; not "harbouring members of". A conjunction and a
// words.tsv other-partner word filling [a, b) link too ("Japan and other members of"). The comma opens the
// apposition only when the agent's noun phrase follows it (a determiner, a number, a name or
// the phrase itself): in "X, the representative of Somalia, thanked Council members" the
// comma before "thanked" ends X's own apposition.
// companionAgent: the agent noun at t, with the body named right before it and up to three
// lower-case modifiers, is the object of a words.tsv comitative ("together with participating
// EU member states", "alongside other NATO members") (stop 42).
func (s *sentenceCtx) companionAgent(t int, recipient *mention) bool {
	k := t - 1
	if recipient != nil && recipient.end == t {
		k = recipient.start - 1
	}
	for n := 0; n < 3 && k > s.a && s.tokens[k].isWord() && !s.tokens[k].isCap() && s.mentionAt(k) == nil &&
		!s.tw(wComitative, k) && !s.tokens[k].is("with") && !s.tw(wPreposition, k); n++ {
		k--
	}
	if k > s.a && s.tokens[k].is("with") && s.tw(wComitative, k-1) {
		return true
	}
	return k >= s.a && s.tokens[k].Lower == "alongside"
}

// pronounLinked: the pronoun pronounSubject would read before t is linked to t (a copula or an
// apposition between them); true when there is none, so that other readings stay as they were.
func (s *sentenceCtx) pronounLinked(t, ca int) bool {
	for k := t - 1; k >= ca; k-- {
		if s.tw(wPronoun, k) {
			return s.linked(k+1, t)
		}
	}
	return true
}

func (s *sentenceCtx) linked(a, b int) bool {
	if j := a + 1; b > a+1 && s.tw(wConjunction, a) {
		if j+1 < b && s.tw(wArticle, j) {
			j++ // "and the other"
		}
		if j+1 == b && (s.tw(wOtherPartner, j) || s.tw(wPossessive, j)) {
			// "the United States and other NATO countries", "Japan and the other members of
			// the coalition", "the United States and its NATO Allies": a list closed by "and
			// other" or "and its" before the agent noun is of its kind.
			return true
		}
	}
	comma := -1
	for k := a; k < b; k++ {
		if s.tw(wBe, k) || s.tw(wCopula, k) {
			return true
		}
		if s.tokens[k].Text == "," {
			comma = k
		}
	}
	return comma >= 0 && s.opensApposition(comma, b)
}

// appositionOwner: the name right before the comma that opens the apposition ending at t
// ("Romania, a member of"); found=false when no comma opens one there or no name ends at it.
func (s *sentenceCtx) appositionOwner(t, ca int) (*mention, bool) {
	for k := t - 1; k > ca; k-- {
		if s.tw(wBe, k) || s.tw(wCopula, k) || s.mentionAt(k) != nil {
			return nil, false
		}
		if s.tokens[k].Text == "," {
			if !s.opensApposition(k, t) {
				return nil, false
			}
			m := s.mentionEndingAt(k, func(*mention) bool { return true })
			return m, m != nil
		}
	}
	return nil, false
}

// opensApposition: the comma at k opens a noun phrase that runs to b (an apposition: "Poland,
// a NATO member", "Russia, as a permanent member"), not a verb phrase ("..., thanked Council
// members"): a determiner, a number, a name or "as" follows it, perhaps after an adverb.
func (s *sentenceCtx) opensApposition(k, b int) bool {
	j := k + 1
	for j < b && s.adverb(j) {
		j++ // "Poland, also a NATO member"
	}
	if j >= b {
		return true
	}
	tk := s.tokens[j]
	return s.tw(wArticle, j) || s.tw(wDefinite, j) || tk.isCap() || s.tw(wAppositionOpener, j) ||
		tk.startsDigit() || s.tw(wBe, j) || s.tw(wCopula, j)
}

// describedPartners: the pair noun at o.t is the complement of a verb that describes the
// names before it: a naming verb (words.tsv naming-verb) with one name or a list ("Minsk
// calls Beijing a strategic partner", "Lukashenko described Russia, China and North Korea as
// \"the partners who do not lecture us\""), or any verb with a list before "as" ("Minsk
// regards Moscow and Beijing as allies"; one name there is regardedAs's). The verb's subject
// pairs with each name of the list, and the names do not pair with one another. With no
// named subject, a naming verb pairs nobody ("He described ... as partners"); after another
// verb the names are partners of one another ("Analysts describe Russia and China as close
// partners"): ok is false, as when the shape is not there.
func (s *sentenceCtx) describedPartners(o *occurrence) (pairs []argPair, ok bool) {
	k := o.t - 1
	if k <= s.a {
		return nil, false
	}
	for k > s.a && k >= o.t-5 {
		tk := s.tokens[k]
		if tk.is("as") || s.mentionEndingAt(k+1, o.srcOK) != nil && k+1 < o.t && s.tw(wArticle, k+1) {
			break
		}
		if !(isQuote(tk.Text) || tk.isWord() && !tk.isCap() && !s.trigAt(k)) {
			return nil, false
		}
		k--
	}
	as := s.tokens[k].is("as")
	end := k + 1 // the list's last name ends here
	if as {
		end = k
	}
	last := s.mentionEndingAt(end, o.srcOK)
	if last == nil || last.possessive {
		return nil, false
	}
	first := last
	for {
		j := first.start - 1
		if j <= s.a || !(s.tokens[j].Text == "," || s.tw(wConjunction, j)) {
			break
		}
		if s.tw(wConjunction, j) && s.tokens[j-1].Text == "," {
			j--
		}
		prev := s.mentionEndingAt(j, o.srcOK)
		if prev == nil {
			break
		}
		first = prev
	}
	v := first.start - 1
	naming := v > o.ca && s.tw(wNamingVerb, v)
	if !naming && !(as && first != last && v > o.ca) {
		return nil, false
	}
	subj := s.subjectOf(v, o.ca, o.srcOK)
	if subj == nil {
		return []argPair{}, naming
	}
	var objs []*mention
	for _, m := range s.group(first, o.srcOK) {
		if m.start <= last.start {
			objs = append(objs, m)
		}
	}
	return cross(s.coordination(subj, o.srcOK), objs), true
}

// weaponOrigin: a demonym that names where a weapon comes from, right before it ("used North
// Korean missiles in strikes on Kharkiv") or before a words.tsv origin-noun ("missiles of
// North Korean origin"): the maker, not the subject who uses it.
func (s *sentenceCtx) weaponOrigin(m *mention, t int) bool {
	if !m.demonym || m.end >= s.b {
		return false
	}
	end := -1
	if s.tw(wOriginNoun, m.end) {
		end = m.end + 1 // "missiles of North Korean origin"
	} else if w := s.mentionAt(m.end); w != nil && w.start == m.end && w.info.Type == TypeWeapon {
		end = w.end
	}
	// Only a weapon phrase the trigger follows in a phrase of its own ("... in strikes on"):
	// "North Korean missile launches" names the launcher. (Not read for linked rows, whose doer
	// is an apposition's: "Russian drones hit Reni, near Romania, a member of NATO".)
	for k := end; end >= 0 && k < t; k++ {
		if s.tw(wPreposition, k) && !s.tokens[k].is("of") {
			return true
		}
	}
	return false
}

// asRole is the index of "as" opening a role phrase before the agent noun at t ("as a member
// of", "as a full member of", "as members of"), or -1.
func (s *sentenceCtx) asRole(t int) int {
	reach := t - 4
	if t-3 > s.a && s.tokens[t-3].is("of") && s.tokens[t-4].is("one") {
		reach = t - 5 // "as one of the five permanent members": a partitive before the noun
	}
	for k := t - 1; k >= s.a && k >= reach; k-- {
		if s.tokens[k].is("as") {
			return k
		}
		if !s.tokens[k].isWord() || s.tokens[k].isCap() || s.mentionAt(k) != nil {
			return -1
		}
	}
	return -1
}

// asRoleHolder: the name a fronted or appositive "as" role phrase describes: "As a member of
// the Security Council, Japan voted" (the subject right after the phrase's comma), "Japan, as a
// member of the council, voted" (the name before the comma that opens it), "welcomed Japan as a
// member" (the name right before it). from is where the
// phrase's own names end.
func (s *sentenceCtx) asRoleHolder(o *occurrence, from int) *mention {
	as := s.asRole(o.t)
	switch {
	case as < 0:
		return nil
	case as == s.a:
		for k := from; k < o.cb && k < from+8; k++ {
			if s.tokens[k].Text == "," {
				if m := s.mentionAt(k + 1); m != nil && m.start == k+1 && o.srcOK(m) && !m.possessive {
					return m
				}
				return nil
			}
		}
	case as-1 > s.a && s.tokens[as-1].Text == ",":
		if m := s.mentionEndingAt(as-1, o.srcOK); m != nil && !m.possessive {
			return m
		}
	case as-1 > s.a:
		// "welcomed Sweden as the 32nd member of the Alliance", "Timor-Leste as a full member":
		// the name right before "as", no preposition's object ("sent troops to Estonia as a
		// member of NATO": the subject is the member).
		if m := s.mentionEndingAt(as, o.srcOK); m != nil && !m.possessive && !s.inPP(m) {
			return m
		}
	}
	return nil
}

// whoseAgents: "the Terrorist Financing Targeting Center (TFTC), whose members are the United
// States, Saudi Arabia and Qatar": the name before "whose" is the recipient, the list after
// the copula the doers.
func (s *sentenceCtx) whoseAgents(o *occurrence) []argPair {
	k := o.t - 1
	if k <= s.a || s.tokens[k].Lower != "whose" || o.te >= o.cb || !s.tw(wBe, o.te) {
		return nil
	}
	j := k
	if s.tokens[j-1].Text == "," {
		j--
	}
	if s.tokens[j-1].Text == ")" {
		for j > s.a && s.tokens[j-1].Text != "(" {
			j--
		}
		j-- // "(TFTC)" after the name
	}
	recipient := s.mentionEndingAt(j, o.dstOK)
	if recipient == nil {
		return nil
	}
	doer, _ := s.objectOf(o.te+1, o.cb, o.srcOK, recipient, false)
	if doer == nil {
		return nil
	}
	return cross(s.group(doer, o.srcOK), []*mention{recipient})
}

// recvArgs: the recipient is the subject or possessor, the source follows "from".
func recvArgs(x *Extractor, s *sentenceCtx, o *occurrence) []argPair {
	recipient := s.possessor(o.t)
	if o.trig.spec.has(flagClauseSubject) && (recipient == nil || !o.dstOK(recipient)) {
		// "Belarus, which allowed Russian troops to use its territory for the assault on
		// Kyiv, has hosted Russian nuclear weapons": the host is the verb's subject, not
		// the name nearest before the verb.
		recipient = s.subjectOf(o.t, o.ca, o.dstOK)
	}
	if recipient == nil || !o.dstOK(recipient) {
		recipient = s.nearestLeft(o.t, o.ca, o.dstOK, true)
	}
	if recipient == nil {
		// "KOMID, which is already subject to sanctions by ...": a relative clause's
		// antecedent, or another subject structure finds.
		recipient = s.subjectOf(o.t, o.ca, o.dstOK)
	}
	if o.trig.spec.has(flagModifiedPenalty) {
		if recipient == nil {
			return nil
		}
		return cross(s.penaltyModifiers(x, o.te, o.cb, o.srcOK), []*mention{recipient})
	}
	source := s.afterWord(o.te, o.cb, "from", o.srcOK, 14)
	if source != nil && s.quoted(o.t) != s.quoted(source.start) {
		// '"Russia gets help from everyone bad," said X': past the quote's end, the name is
		// its speaker, no helper.
		source = nil
	}
	fromSource := source != nil
	if source == nil && o.trig.spec.has(flagPrepOnly) {
		return nil // "peacekeepers whose vehicle came under fire near Janyatag": no attacker named
	}
	if source == nil && len(o.trig.spec.targetPreps) > 0 {
		// "the Netherlands will purchase ammunition for Ukraine": the buyer supplies the one
		// it buys for.
		if beneficiary := s.afterAnyWord(o.te, o.cb, o.trig.spec.targetPreps, o.dstOK, 10); beneficiary != nil &&
			!beneficiary.possessive && !beneficiary.demonym { // "components for Iran's drones" name what they are for
			buyer := s.possessor(o.t)
			if buyer == nil || !o.srcOK(buyer) {
				buyer = s.subjectOf(o.t, o.ca, o.srcOK)
			}
			return cross(s.coordination(buyer, o.srcOK), s.group(beneficiary, o.dstOK))
		}
	}
	if source == nil {
		// Without "from", the source can only be named inside the object phrase itself
		// ("received Iranian drones", "bought shells of North Korean make"): a name past
		// another preposition, a conjunction or a comma belongs to another phrase ("received
		// shipments of missiles and was likely to use them against Ukraine", "procurement of
		// those weapons for use against Ukraine").
		source = s.firstRight(o.te, s.objectPhraseEnd(o.te, o.cb), o.srcOK, recipient)
		if source == nil && recipient != nil {
			// "the North Korean shells that Moscow has been buying": the object is the
			// relative clause's antecedent, and a demonym in it names the source.
			source = s.antecedentDemonym(recipient.start, o.srcOK)
		}
		if guest := s.firstRight(o.te, o.cb, func(m *mention) bool { return m.info.Type == TypePerson }, nil); source != nil && guest != nil && guest.start < source.start {
			// "Kim Jong Un received Andrei Belousov, minister of Defence of the Russian
			// Federation": a host receives a person, and the state in the guest's title gave
			// nothing.
			return nil
		}
	}
	if source == nil || recipient == nil {
		return nil
	}
	// "received military aid from Australia and Japan": every coordinated source.
	srcs := s.group(source, o.srcOK)
	if fromSource {
		srcs = append(srcs, s.gappedSources(srcs, o.cb, o.srcOK)...)
	}
	return cross(srcs, []*mention{recipient})
}

// gappedSources: the sources of a second object coordinated after the first one's "from"
// source, its verb left out ("bought drones from Iran and shells from North Korea", "receives
// drones from Iran and, reportedly, ammunition from North Korea"). The conjunct holds no form
// of "be", no auxiliary and no past form before its "from": "and sent them from Russia" is
// another clause.
func (s *sentenceCtx) gappedSources(srcs []*mention, cb int, ok func(*mention) bool) []*mention {
	end := 0
	for _, m := range srcs {
		end = max(end, m.end)
	}
	k := end
	if k < cb && s.tokens[k].Text == "," {
		k++
	}
	if k >= cb {
		return nil
	}
	if s.tokens[k].is("and") {
		k++
	} else if k == end || !s.tokens[k].isWord() || s.tokens[k].isCap() || s.tw(wFunction, k) && !s.tw(wArticle, k) {
		// "receiving troops and munitions from North Korea, drones and missiles from Iran":
		// after a bare comma the conjunct opens with a lower-case object, no name (a new
		// subject) and no function word.
		return nil
	}
	for j := k; j < cb && j < k+15; j++ {
		tk := s.tokens[j]
		if s.tw(wBe, j) || s.tw(wAux, j) || !tk.isCap() && s.w.ends(ePast, tk.Lower) || tk.is(";", ":") {
			return nil
		}
		if tk.Lower != "from" {
			continue
		}
		if m := s.afterWord(j, cb, "from", ok, 1); m != nil {
			g := s.group(m, ok)
			for i := 1; i < len(g); i++ {
				if n := g[i]; n.start-2 > s.a && s.tokens[n.start-2].Text == "," && n.end < cb && s.tokens[n.end].isWord() && !s.tokens[n.end].isCap() && !s.tw(wFunction, n.end) {
					// "drones and missiles from Iran, and China remains the main enabler": a
					// name after ", and" with a lower-case word after it opens a new clause.
					g = g[:i]
					break
				}
			}
			return append(g, s.gappedSources(g, cb, ok)...) // "..., Y from B and Z from C"
		}
		return nil
	}
	return nil
}

// penaltyModifiers: the sources named right after the trigger as modifiers of a penalty noun
// (cues.tsv penalty) that ends the object phrase, past an article and up to two lower-case
// modifiers on either side of the names ("under United Nations sanctions since 2006", "faces
// new U.S. and EU sanctions", "subject to EU sanctions"); none when the penalty noun itself
// modifies a noun after it ("under EU sanctions rules").
func (s *sentenceCtx) penaltyModifiers(x *Extractor, te, cb int, ok func(*mention) bool) []*mention {
	lowerMods := func(k, lim int) int {
		for n := 0; n < lim && k < cb && (s.tw(wArticle, k) || s.tokens[k].isWord() && !s.tokens[k].isCap() &&
			!s.tw(wFunction, k) && x.lex.penalty.matchAt(s.tokens[:cb], k) == 0); n++ {
			k++
		}
		return k
	}
	k := lowerMods(te, 3)
	if k >= cb {
		return nil
	}
	m := s.mentionAt(k)
	if m == nil || m.start != k || !ok(m) || m.possessive {
		return nil
	}
	srcs := s.group(m, ok)
	end := m.end
	for _, g := range srcs {
		end = max(end, g.end)
	}
	j := lowerMods(end, 2)
	if j >= cb {
		return nil
	}
	n := x.lex.penalty.matchAt(s.tokens[:cb], j)
	if n == 0 {
		return nil
	}
	if after := j + n; after < cb && s.tokens[after].isWord() && !s.tw(wFunction, after) && !s.tw(wPreposition, after) && !s.adverb(after) {
		return nil // "under EU sanctions rules": the penalty names a kind of rule
	}
	return srcs
}

// antecedentDemonym: for a relative clause whose subject starts at k ("... missiles that
// Moscow bought"), the demonym or name-modifier inside the antecedent noun phrase right
// before "that"/"which" (within six words, no comma or verb-like break), or nil.
func (s *sentenceCtx) antecedentDemonym(k int, ok func(*mention) bool) *mention {
	r := k - 1
	if r <= s.a || !s.tw(wThingRelative, r) {
		return nil
	}
	for j := r - 1; j >= s.a && j >= r-6; j-- {
		tk := s.tokens[j]
		if !tk.isWord() || s.tw(wPreposition, j) && !tk.is("of") {
			return nil
		}
		for i := range s.mentions {
			m := &s.mentions[i]
			if m.start == j && m.end <= r && ok(m) && (m.demonym || s.modifier(m)) {
				return m
			}
		}
	}
	return nil
}

// objectPossessor: for a noun whose object is the name right before it ("ICBM launch"), a
// possessive name before that object, past lower-case modifiers ("North Korea's latest ICBM
// launch"), or nil.
func (s *sentenceCtx) objectPossessor(o *occurrence) *mention {
	obj := s.mentionEndingAt(o.t, o.dstOK)
	if obj == nil {
		return nil
	}
	if a := s.mentionEndingAt(obj.start, func(m *mention) bool {
		return !m.possessive && m.info.Type == TypeState && o.srcOK(m)
	}); a != nil && !s.weaponOrigin(a, o.t) {
		// "agreed to share data on North Korean missile launches", "DPRK ballistic missile
		// launches": a state modifying the object right before it is the doer.
		return a
	}
	for k := obj.start - 1; k > s.a && k >= obj.start-4; k-- {
		if p := s.mentionEndingAt(k, func(m *mention) bool { return m.possessive && o.srcOK(m) }); p != nil && s.tokens[k].Text != "," {
			return p
		}
		if !s.tokens[k].isWord() && s.tokens[k].Text != "'s" && s.tokens[k].Text != "\u2019s" || s.tokens[k].isCap() && s.mentionAt(k) == nil && s.tokens[k].Text != "'s" {
			return nil
		}
	}
	return nil
}

// definiteNoun: the noun at t follows "the", past lower-case modifiers ("the support", "the
// continued support"), with no possessor.
func (s *sentenceCtx) definiteNoun(t int) bool {
	for k := t - 1; k >= s.a && k >= t-3; k-- {
		tk := s.tokens[k]
		if tk.is("the") {
			return true
		}
		if !tk.isWord() || tk.isCap() || s.mentionAt(k) != nil || s.tw(wPreposition, k) || s.tw(wPossessive, k) || s.tw(wArticle, k) {
			return false
		}
	}
	return false
}

// objectPhraseEnd: where the noun phrase that starts at te ends (at most cb): at the first
// preposition other than "of", conjunction, or punctuation that is not a hyphen or a
// possessive's mark.
func (s *sentenceCtx) objectPhraseEnd(te, cb int) int {
	for k := te; k < cb; k++ {
		if m := s.mentionAt(k); m != nil {
			k = m.end - 1 // "Trinidad and Tobago" is one name
			continue
		}
		tk := s.tokens[k]
		if tk.isWord() {
			if (s.tw(wPreposition, k) && !tk.is("of")) || s.tw(wConjunction, k) {
				return k
			}
			continue
		}
		if tk.Text == "," || tk.Text == ";" || tk.Text == ":" || tk.Text == "(" {
			return k
		}
	}
	return cb
}

// conjunctPronounOwner: a possessive pronoun right before the noun at t that opens a noun
// phrase coordinated with another (after "and" or a comma: "condemned the DPRK's launches and
// its transfers of arms to Russia") or an example of one (exampleOpener: "..., including its
// launches of ICBMs") is the noun's doer, as the anaphor resolved it; nil
// otherwise. After a verb ("and reaffirmed its support") the clause's subject owns it, as
// before.
func (s *sentenceCtx) conjunctPronounOwner(t int, ok func(*mention) bool) *mention {
	if t-2 < s.a || !s.tokens[t-2].is("and", ",") && !s.exampleOpener(t-2) {
		return nil
	}
	m := s.mentionEndingAt(t, func(m *mention) bool { return m.coref && m.possessive && ok(m) })
	if m == nil || m.start != t-1 {
		return nil
	}
	return m
}

// exampleHeadOwner: a noun of the relation opening an example of an earlier noun of the same
// relation ("Russia's continued attacks on civilians, including the missile strike on the
// hospital in Kyiv"; "Russia's aggression, including its strikes on civilians, such as the
// attack on ..."; past the object named right before a flagObjectBefore noun: "the DPRK's
// missile launches, including multiple ICBM launches") is done by the owner of the earlier
// nouns: the nearest named possessor of a noun of the relation within 25 words before the
// opener (exampleOpener), no semicolon between, else the possessive pronoun of the nearest such noun as the anaphor resolved it
// (a pronoun may take the wrong antecedent: "Russia's invasion of Ukraine, and its strikes").
// Only an article and lower-case modifiers stand between the opener and the noun, and a "by"
// phrase after the noun names its own doer; nil otherwise.
func (s *sentenceCtx) exampleHeadOwner(x *Extractor, o *occurrence) *mention {
	t := s.pastObjectBefore(o.trig.spec, o.t, o.dstOK) // "including multiple intercontinental ballistic missile launches"
	k := t - 1
	for k > s.a && k >= t-3 && !s.exampleOpener(k) && (s.tw(wArticle, k) || s.plainModifier(k)) {
		k--
	}
	if k <= s.a || k == o.t-1 || !s.exampleOpener(k) {
		return nil
	}
	if o.te < o.cb && s.tokens[o.te].is("by") {
		return nil // "the attack by Ukraine on Kharkiv" names its own doer
	}
	j := k - 1
	if s.tokens[k].is("as") {
		j = k - 2
	}
	var anaphor *mention
	for ; j > s.a && j >= k-25 && !s.tokens[j].is(";"); j-- {
		for _, tp := range x.lex.triggersOf(&s.tokens[j]) {
			if tp.frame != frameNoun || tp.relation != o.trig.relation {
				continue
			}
			h := s.pastObjectBefore(tp.spec, j, o.dstOK) // "its ballistic missile launches": the owner stands before the object
			if m := s.possessor(h); m != nil && o.srcOK(m) && !m.coref {
				return m
			}
			if anaphor == nil {
				anaphor = s.conjunctPronounOwner(h, o.srcOK)
			}
			break
		}
	}
	return anaphor
}

// pastObjectBefore: for a noun at t whose spec has flagObjectBefore, the start of the
// object named right before it ("ICBM launches"), else t.
func (s *sentenceCtx) pastObjectBefore(spec *argSpec, t int, ok func(*mention) bool) int {
	if spec.has(flagObjectBefore) {
		if m := s.mentionEndingAt(t, ok); m != nil && m.start > s.a {
			return m.start
		}
	}
	return t
}

// exampleOpener: the word at k opens an example of the noun phrase before it (words.tsv
// object-example: "the DPRK's continued development of missiles, including its launches of
// ICBMs", "Russia's aggression, notably its strikes on Kyiv"; "such as"): a possessive
// pronoun after it continues that phrase, and stands for its owner as the anaphor resolved
// it, not for the clause's subject ("We are concerned by ...": the joint statement's
// signatories).
func (s *sentenceCtx) exampleOpener(k int) bool {
	if s.tokens[k].is("as") && s.tw(wObjectExample, k-1) {
		return true // "such as"
	}
	return s.tw(wObjectExample, k) && !s.tokens[k].is("such")
}

// conjoinedNoun: the start of a one-word noun trigger of the same relation joined to the noun
// at o.t by a conjunction right before it ("condemnation and denunciation"); -1 when none.
func (s *sentenceCtx) conjoinedNoun(x *Extractor, o *occurrence) int {
	k := o.t - 2
	if k <= s.a || !s.tw(wConjunction, o.t-1) || s.mentionAt(k) != nil {
		return -1
	}
	for _, tp := range x.lex.triggersOf(&s.tokens[k]) {
		if tp.frame == frameNoun && tp.relation == o.trig.relation && tp.length == 1 {
			return k
		}
	}
	return -1
}

// nounArgs: a nominalisation's source is its possessor, a demonym, a "by" phrase (or one of
// the spec's source prepositions) or the clause subject; its target follows a target
// preposition.
func nounArgs(x *Extractor, s *sentenceCtx, o *occurrence) []argPair {
	if s.possessor(o.t) == nil && s.penalisedUnnamed(o) {
		return nil // "fined two banks for providing support to Hamas": the banks' support
	}
	if s.helpedAct(o) && s.possessor(o.t) == nil {
		return nil // "help with satellite launches": the helper launches nothing
	}
	if pairs, ok := s.coObjectHelp(o); ok {
		return pairs
	}
	if pairs := nounOwnArgs(x, s, o); len(pairs) > 0 {
		return s.involvedActs(o, s.penaltyCause(x, o, o.beforeSince(pairs)))
	}
	return s.exampleOfTies(o)
}

// helpedAct: the noun trigger at o, past the object named before it and lower-case words
// coordinated with it, is the complement of "with" after a words.tsv help-with word
// ("assistance with satellite launches", "help with air defence and satellite launches").
func (s *sentenceCtx) helpedAct(o *occurrence) bool {
	k := s.pastObjectBefore(o.trig.spec, o.t, o.dstOK) - 1
	for j := 0; j < 6 && k > s.a && !s.tokens[k].is("with"); j++ {
		if m := s.mentionEndingAt(k+1, func(*mention) bool { return true }); m != nil && m.info.Type == TypeWeapon && m.start > s.a {
			k = m.start - 1 // "air defence and": a weapon coordinated before the object
			continue
		}
		if !s.tokens[k].isWord() || s.tokens[k].isCap() {
			return false
		}
		k--
	}
	return k-1 > s.a && s.tokens[k].is("with") && s.tw(wHelpWith, k-1)
}

// penaltyCause: a noun trigger after a words.tsv cause word that follows a penalty (cues.tsv
// penalty) in its clause ("imposed sanctions on North Korean individuals over the export of
// ballistic missiles to Russia") names what the penalised did, not what the one imposing the
// penalty did: a source named before the penalty gives way to a demonym between the penalty
// and the cause word ("North Korean"), or to none.
func (s *sentenceCtx) penaltyCause(x *Extractor, o *occurrence, pairs []argPair) []argPair {
	k := o.t - 1
	if k > s.a && s.tw(wArticle, k) {
		k--
	}
	if k <= s.a || !s.tw(wCause, k) {
		return pairs
	}
	pen := -1
	for j := o.ca; j < k; j++ {
		if x.lex.penalty.matchAt(s.tokens[:k], j) > 0 {
			pen = j
		}
	}
	if pen < 0 {
		return pairs
	}
	var doer *mention
	for j := range s.mentions {
		if m := &s.mentions[j]; m.start > pen && m.end <= k && m.demonym && o.srcOK(m) {
			doer = m
			break
		}
	}
	var out []argPair
	for _, p := range pairs {
		if p.src != nil && p.src.end <= pen {
			if doer == nil || slices.ContainsFunc(out, func(q argPair) bool { return q.dst == p.dst && q.src == doer }) {
				continue
			}
			p.src = doer
		}
		out = append(out, p)
	}
	return out
}

// coObjectHelp: a help noun (flag beneficiary) after "together with" or "along with" and its
// modifiers, in the clause of a words.tsv give-verb with a recipient right after it ("Japan
// has provided Ukraine with helmets, together with financial assistance"), is more of what
// the verb gives: the verb's subject list helps the recipient; found with no pairs when the
// subject is unnamed. Help that the clause's subject works with ("built the plant together
// with Iranian help") has no give-verb before it and is not found here.
func (s *sentenceCtx) coObjectHelp(o *occurrence) ([]argPair, bool) {
	if !o.trig.spec.has(flagBeneficiary) {
		return nil, false
	}
	k := o.t - 1
	for n := 0; n < 4 && k > s.a && !s.tokens[k].is("with"); n++ {
		if tk := s.tokens[k]; !s.modifierListLink(k) && (!tk.isWord() || tk.isCap() || s.mentionAt(k) != nil || s.tw(wFunction, k)) {
			return nil, false
		}
		k--
	}
	if k-1 <= o.ca || !s.tokens[k].is("with") || !s.tokens[k-1].is("together", "along") {
		return nil, false
	}
	for v := k - 2; v >= o.ca && v >= k-20; v-- {
		if !s.tw(wGiveVerb, v) {
			continue
		}
		j := v + 1
		if s.tw(wArticle, j) && s.mentionAt(j) == nil {
			j++ // "gave the Philippine Navy three vessels"
		}
		r := s.mentionAt(j)
		if r == nil || r.possessive || r.demonym || !o.dstOK(r) {
			return nil, false
		}
		src := s.subjectOf(v, o.ca, o.srcOK)
		if src == nil || src.possessive {
			return nil, true
		}
		return cross(s.coordination(src, o.srcOK), s.coordination(r, o.dstOK)), true
	}
	return nil, false
}

// involvedActs: a noun trigger right after a words.tsv involvement word and "in" that modifies a
// noun ("sanctioned three people involved in the supply of drones to Russia", "condemned the
// networks directly involved in shipments of missiles to Moscow") is the act of those
// involved. A source named before the involvement word (the one who names, sanctions or
// condemns them) gives way to a name ending right before it ("Iran Air, involved in"), or to
// none. After a form of "be" or an auxiliary ("Iran was deeply involved in") the subject is
// the one involved, and the pairs stand.
func (s *sentenceCtx) involvedActs(o *occurrence, pairs []argPair) []argPair {
	k := o.t - 1
	if k > s.a && s.tw(wArticle, k) {
		k--
	}
	if k-1 <= s.a || !s.tokens[k].is("in") || !s.tw(wInvolvement, k-1) {
		return pairs
	}
	inv := k - 1
	j := inv - 1
	for j > s.a && (s.tw(wAdverb, j) || s.tokens[j].isWord() && !s.tokens[j].isCap() && strings.HasSuffix(s.tokens[j].Lower, "ly")) {
		j--
	}
	if j <= s.a || s.tw(wBe, j) || s.tw(wAux, j) || s.tw(wCopula, j) {
		return pairs
	}
	if s.tokens[j].Text == "," {
		j--
	}
	doer := s.mentionEndingAt(j+1, o.srcOK)
	var out []argPair
	for _, p := range pairs {
		if p.src != nil && p.src.end <= inv && p.src != doer {
			if doer == nil || slices.ContainsFunc(out, func(q argPair) bool { return q.dst == p.dst && q.src == doer }) {
				continue
			}
			p.src = doer
		}
		out = append(out, p)
	}
	return out
}

// exampleOfTies: a noun trigger that opens an example (words.tsv object-example) of a phrase
// of ties between an owner and a partner (words.tsv tie-noun: "the DPRK's growing military
// cooperation with Russia, including the transfer of ballistic missiles", "its large-scale
// support for Russia's defence industry, including the transfer of machine tools") and names
// no parties of its own goes from that phrase's owner (its possessor, or the possessors
// coordinated before it) to its partner, the name right after "with" or "for"; a possessor of
// its own ("including the DPRK's transfers of missiles") is its source. nil otherwise.
func (s *sentenceCtx) exampleOfTies(o *occurrence) []argPair {
	k := o.t - 1 // back over the example's determiner, possessor and modifiers
	for n := 0; k > s.a && n < 5 && !s.exampleOpener(k); n++ {
		if tk := s.tokens[k]; tk.isCap() && !s.covered(k) || !tk.isWord() && tk.Text != "'s" || s.trigAt(k) {
			return nil
		}
		k--
	}
	if k <= s.a+1 || !s.exampleOpener(k) || s.tokens[k].is("such") || s.tokens[k-1].Text != "," {
		return nil
	}
	// r41bfp: an example with a target of its own other than the partner ("including the
	// transfer of rockets to Cuba") names a party of its own, even when the clause gives it no
	// source (its subject only reacts to it: reactionInclusion).
	own := s.afterPrep(o.te, o.cb, o.trig.spec.targetPreps, o.dstOK, nil)
	if own != nil && s.punctBetween(o.te, own.start) {
		own = nil // past the example's end: "..., and thanked Yoon for Korea's assistance"
	}
	comma := k - 1
	for j := len(s.mentions) - 1; j >= 0; j-- {
		dst := &s.mentions[j]
		if dst.end > comma || !o.dstOK(dst) {
			continue
		}
		if comma-dst.end > 4 {
			return nil // the partner's phrase ends the tie phrase: "Russia's defence industrial base"
		}
		for e := dst.end; e < comma; e++ {
			if tk := s.tokens[e]; tk.Text != "'s" && (!tk.isWord() || tk.isCap() || s.tw(wFunction, e)) {
				return nil
			}
		}
		p := dst.start - 1
		if p > s.a && s.tw(wArticle, p) {
			p--
		}
		if p <= s.a+1 || !s.tokens[p].is("with", "for") || !s.tw(wTieNoun, p-1) {
			return nil
		}
		src := s.possessor(o.t)
		if src == nil || !o.srcOK(src) {
			if src = s.possessor(p - 1); src == nil {
				src = s.pronounPossessor(p-1, o.srcOK)
			}
			if src != nil && src.coref && s.antecedentInPP(src) {
				// "The PRC has become an enabler of Russia's war against Ukraine through its
				// support for ...": "its" is the clause's subject, not the name in a phrase
				// the anaphor took.
				src = s.nearestLeft(p-1, o.ca, func(m *mention) bool { return o.srcOK(m) && !m.coref && !s.prepObject(m) }, false)
			}
		}
		if src == nil || !o.srcOK(src) || src.info == dst.info || own != nil && own.info != dst.info {
			return nil
		}
		srcs := []*mention{src}
		for i := range s.mentions {
			// "North Korea's and Iran's support for Moscow"
			if m := &s.mentions[i]; m.possessive && m.end+1 < src.start && src.start-m.end <= 3 && s.tw(wConjunction, src.start-1) && o.srcOK(m) && m.info != dst.info {
				srcs = append(srcs, m)
			}
		}
		return cross(srcs, []*mention{dst})
	}
	return nil
}

// antecedentInPP: the anaphor m's antecedent, the latest name of its entity before it in the
// sentence, is the object of a preposition (words.tsv preposition: "against Ukraine").
func (s *sentenceCtx) antecedentInPP(m *mention) bool {
	for j := len(s.mentions) - 1; j >= 0; j-- {
		if a := &s.mentions[j]; a.end <= m.start && !a.coref && a.info == m.info {
			return s.prepObject(a)
		}
	}
	return false
}

// prepObject: the name m follows a preposition, past an article.
func (s *sentenceCtx) prepObject(m *mention) bool {
	k := m.start - 1
	if k > s.a && s.tw(wArticle, k) {
		k--
	}
	return s.tw(wPreposition, k)
}

// nounOwnArgs: a nominalisation's parties as its own phrase and clause give them.
func nounOwnArgs(x *Extractor, s *sentenceCtx, o *occurrence) []argPair {
	spec := o.trig.spec
	if te := s.afterParenthetical(o.te, o.cb); te > o.te {
		// "the signing, on 16 September 2023, of the Charter by Mali": the noun's complements
		// follow the parenthetical, as a verb's object does.
		skipped := *o
		skipped.te = te
		o = &skipped
	}
	if v := s.elicitedBy(o.t, o.ca); v >= 0 {
		return s.elicitedArgs(x, o, v)
	}
	if pairs := s.relativeLightVerb(o); pairs != nil {
		return pairs
	}
	if pairs := s.givenHelp(o); pairs != nil {
		return pairs
	}
	var placeBefore *mention
	if spec.has(flagPlaceBefore) {
		placeBefore = s.placeModifier(o)
	}
	src := s.possessor(o.t)
	if placeBefore != nil {
		src = s.possessor(placeBefore.start) // "Putin's Pyongyang visit"
	}
	if src == nil {
		src = s.conjunctPronounOwner(o.t, o.srcOK)
	}
	if src == nil && placeBefore == nil {
		src = s.exampleHeadOwner(x, o)
	}
	if src == nil && placeBefore == nil {
		src = x.penalisedActor(s, o)
	}
	if src == nil && placeBefore == nil {
		if k := s.conjoinedNoun(x, o); k >= 0 {
			// "Saudi Arabia's condemnation and denunciation of": the possessor of the first of
			// two coordinated nouns of the relation owns the second.
			src = s.possessor(k)
		}
	}
	if src == nil && placeBefore == nil {
		// "discussed the UK's commitment to provide £3 billion a year in military assistance
		// to Ukraine": the possessor of the control noun gives the help, not the clause's
		// subject.
		src = s.controlledNounOwner(o)
	}
	if src == nil && o.t-1 > s.a && s.tokens[o.t-1].is("whose") {
		// "Sweden and Finland, whose accession to NATO was completed", "Russia, whose invasion
		// of Ukraine ...": the relative's antecedent is the possessor.
		src = s.relativeAntecedent(o.t-1, o.srcOK)
	}
	if (src == nil || src.coref) && spec.has(flagBeneficiary) {
		if t := s.thankedObject(o); t != nil {
			// "thanked the African Union, the United Nations and the European Union for their
			// support": the helpers are the ones thanked, the whole list, whatever single
			// antecedent the pronoun would take on its own.
			src = t
		}
	}
	if src != nil && !o.srcOK(src) {
		if st := x.leaderState(src, spec); st != nil {
			src = st // "Putin's attacks on Odesa": Russia's
		}
	}
	var partners []*mention
	if (src == nil || !o.srcOK(src)) && placeBefore == nil {
		src = s.attributive(o.t, o.srcOK)
		if src != nil {
			partners = s.hyphenPartners(src, o.srcOK) // "the U.S.-British strikes on Yemen"
		}
	}
	if src == nil && spec.has(flagObjectBefore) {
		// "Japan protested North Korea's ICBM launch": the possessor before the object named
		// right before the noun is the doer, not the clause's subject.
		src = s.objectPossessor(o)
	}
	fronted := false
	if src == nil {
		src = s.frontedByAgent(o)
		fronted = src != nil
	}
	if src == nil {
		// "welcomed Foreign Minister Cho on his first visit to Washington": "his"/"her" before
		// the noun is the nearest person before it, an object as well as a subject.
		po := o
		if placeBefore != nil {
			before := *o
			before.t = placeBefore.start // "ended his Pyongyang trip"
			po = &before
		}
		src = s.possessivePronounOwner(po)
	}
	actAgent := s.actNounAgent(o)
	if src == nil && actAgent == nil {
		// The agent may sit past a relative clause ("the visit to Pyongyang that began
		// on April 11 by Mr Zhao Leji"), but not past a comma.
		src = s.afterWord(o.te, s.untilComma(o.te), "by", o.srcOK, 12)
		if src != nil && x.kindHolder(s, o, src) {
			src = s.kindTraveller(o)
		}
	}
	var ofTarget *mention
	if src == nil && o.te < o.cb && s.tokens[o.te].Lower == "of" {
		// "the support of the United States for Ukraine": with a target after another
		// preposition, the "of" phrase names the source.
		// A demonym that only modifies the noun or name after it names no owner of the act: in
		// "its condemnation of the Israeli attacks on Lebanon" the attacks are Israel's and
		// Lebanon their victim, not a target of Israel's condemnation.
		if of := s.afterWord(o.te, o.cb, "of", o.srcOK, 1); of != nil && !s.modifierOnly(of) && !s.demonymBeforeName(of) {
			var others []string
			for _, p := range spec.targetPreps {
				if p != "of" {
					others = append(others, p)
				}
			}
			// "the support of the African Union and the United Nations for ...": the target
			// preposition follows the whole list.
			end := of.end
			for _, m := range s.group(of, o.srcOK) {
				end = max(end, m.end)
			}
			if t := s.afterPrep(end, o.cb, others, o.dstOK, of); t != nil && t.start-end <= 6 {
				src, ofTarget = of, t
			}
		}
	}
	if src == nil && ofTarget == nil && o.te < o.cb && s.tokens[o.te].is("of") && typeIn("of", spec.targetPreps) &&
		s.definiteNoun(o.t) && spec.has(flagBeneficiary) && s.withBefore(o) < 0 && s.afterWord(o.te, o.cb, "of", o.srcOK, 1) != nil {
		// "welcomed the support of the African Union and the United Nations": after "the",
		// the of-phrase is whose support it is ("the continued support of the European
		// Union"), not its target, and no target is named.
		return nil
	}
	if src == nil && len(spec.sourcePreps) > 0 {
		src = s.sourceAfter(o.te, o.cb, spec, o.srcOK)
	}
	if src == nil && spec.has(flagSourceInObject) {
		src = s.attributiveInObject(o.te, o.cb, o.srcOK)
	}
	// "signed the accord during the Prime Minister's visit to Vilnius": a noun with a possessor
	// has the possessor as its doer; when that is no name of the right kind, the clause's
	// subject is not the doer either.
	possessed := src == nil && s.possessedNoun(o.t, o.ca) && !s.afterVoice(o.t, o.ca)
	if src == nil && !possessed && (!spec.has(flagNoSubject) || s.afterLightVerb(o.t, o.ca)) && !s.eventInPP(o.t, o.ca) && !s.reactionObject(o.t, o.ca) && !s.draftTopic(o.t, o.ca) {
		// The clause's subject ("Kim pledged his support for Russia"), or the subject of an
		// infinitive right before ("called on the EU to adopt further sanctions": the EU).
		// A noun trigger read after "to" is the infinitive of a subject-control verb's
		// purpose ("summoned Russian Ambassador Georgy Zinoviev to protest against the
		// deployment"): the summoner protests, as subjectOf reads the verb rows.
		src = s.parentheticalLightSubject(o)
		if src == nil {
			src = s.controllerSubject(o.t, o.ca, o.srcOK)
		}
		if src == nil {
			src = s.infinitiveSubject(o.t, o.ca, o.srcOK)
		}
		if src == nil {
			left := o.t
			if placeBefore != nil {
				left = placeBefore.start // "Lavrov ended a North Korea visit": past the place
			}
			src = s.nearestLeft(left, o.ca, func(m *mention) bool {
				return o.srcOK(m) && !s.inPP(m) && !s.modifier(m) && !(!spec.has(flagLinked) && s.weaponOrigin(m, o.t))
			}, false)
		}
		if src == nil && o.ca+1 < o.t && s.tw(wWhRelative, o.ca) && (s.tw(wBe, o.ca+1) || s.tw(wAux, o.ca+1) || s.afterLightVerb(o.t, o.ca) ||
			s.objectOfVerb(o.t, o.ca, wStatementVerb) ||
			spec.has(flagLinked) && s.relativeLink(o.ca, o.t, nil)) {
			// "received Shoigu, who is on a visit to the DPRK": the subject of a relative
			// clause with a copula is its antecedent; so is the subject of one whose verb
			// group opens it ("Russia, which has used them in strikes against Kharkiv",
			// "Israel, which carried out strikes on Damascus", "Japan, which announced its own
			// designations of X": a words.tsv statement-verb); a linked noun's copula too
			// ("Sweden, which became the 32nd member of NATO").
			// An anaphor right before the comma ("the delegation led by him, who are") is
			// inside the antecedent, not the antecedent.
			src = s.relativeSubject(o.ca, func(m *mention) bool { return o.srcOK(m) && !m.coref })
		}
		if src != nil && (s.speechBetween(src.end, o.t) || spec.has(flagNoSpeaker) && s.speechSubjectNoun(src.end, o)) {
			// "Bendjama of Algeria said the draft would have given a green light to continued
			// attacks on Rafah": the speaker does not do what the reported clause names.
			src = nil
		}
		if subj := s.coordinatedVerbSubject(src, o.t, o.ca, o.srcOK); subj != nil {
			src = subj
		}
		if src != nil {
			if c := s.concernComplement(o.t, o.ca); c >= 0 && src.end <= c {
				// "We are concerned by the DPRK's programme, including its launches of ICBMs":
				// the one alarmed did not do what alarms it; a possessive anaphor right before
				// the noun still names the doer.
				src = s.possessiveAnaphor(o.t, o.srcOK)
			}
		}
		if src != nil && spec.has(flagLinked) && !s.linked(src.end, o.t) {
			src = nil // "accused Stockholm of harbouring members of the PKK"
		}
		if src != nil && spec.has(flagLinked) {
			if m, found := s.appositionOwner(o.t, o.ca); found {
				// "Russian drones hit a port near Romania, a member of NATO": an apposition
				// describes the name right before its comma, even inside a phrase, and no
				// name of another kind stands in for it.
				src = nil
				if o.srcOK(m) {
					src = m
				}
			}
		}
	}
	if src == nil && placeBefore == nil {
		// "shells for its war in Ukraine": where the clause gives no doer, a resolved possessive
		// pronoun before the noun, past lower-case modifiers, is its doer.
		src = s.pronounPossessor(o.t, o.srcOK)
	}
	if src == nil && !possessed && !(spec.has(flagLinked) && !s.pronounLinked(o.t, o.ca)) {
		// A linked noun's pronoun doer must be linked to it as a name is ("He is a member of
		// the Politburo"): "We would expect every member of the Security Council to ..." makes
		// the speakers no members (stop 42).
		src = s.pronounSubject(o.t, o.ca, o.srcOK)
	}
	if src == nil && (!possessed || s.tw(wPossessive, o.t-1)) {
		src = s.operativeSubject(o.t, o.srcOK) // "5. Reiterates its full support to ..." (operative.go)
	}
	if src == nil && spec.has(flagAgentAfter) {
		src = s.firstRight(o.te, o.cb, o.srcOK, nil)
		if src != nil && !s.agentPrep(o.te, src.start) {
			// "missile launches into waters near Taiwan", "launches during the US-ROK
			// exercise": a name in a place or time phrase after the noun is no doer.
			src = nil
		}
	}
	if src != nil && spec.has(flagBeneficiary) {
		if k := s.thankingVerb(o); k >= 0 && s.thankedFor(k, o.t) && (src.coref || src.end <= k) && s.isThanker(o, k, src) {
			// "Stoltenberg thanked Korea for its help to Ukraine", "the envoy thanked the
			// Russian Federation for what he called its principled stand in support of his
			// country": whoever thanks is helped or speaks for the helped, never the helper;
			// the pronoun that took him (or the clause's subject) gives way to the one thanked,
			// right after the verb, or to no relation. Stop 43 (h43supp).
			if src = s.thankedRightAfter(o, k); src == nil {
				return nil
			}
		}
	}
	if ofTarget == nil && spec.has(flagBeneficiary) && o.te < o.cb && s.tokens[o.te].is("of") {
		if w := s.withBefore(o); w >= 0 {
			// "struck Yemen with the support of Australia and Canada": in a "with" adjunct the
			// of-phrase is the helper, and the help goes to the clause's subject, or to the
			// doers of the event a definite subject names ("The strikes were conducted with
			// the support of ..."); never from the subject to the helper.
			helper := s.afterWord(o.te, o.cb, "of", o.srcOK, 1)
			if helper == nil || helper.coref && helper.possessive {
				// "intercepted by Israel with the help of its partners": a possessive pronoun
				// is the owner of the helpers, who are unnamed; it helps nobody.
				return nil
			}
			var helped []*mention
			if b := s.beneficiary(o); b != nil {
				helped = s.group(b, o.dstOK)
			} else {
				helped = s.eventDoers(x, o.ca, w, spec)
			}
			return cross(s.group(helper, o.srcOK), helped)
		}
	}
	if ofTarget == nil && spec.has(flagBeneficiary) && o.te+1 < o.cb && !s.tokens[o.te].is("of") && typeIn(s.tokens[o.te].Lower, spec.sourcePreps) {
		if w := s.withBefore(o); w >= 0 && s.beneficiary(o) == nil {
			// "The strikes were conducted with support from Australia and Canada": the helpers
			// after the noun's source preposition help the doers of the event the definite
			// subject names, as with "with the support of" above.
			helper := s.afterWord(o.te, o.cb, s.tokens[o.te].Lower, o.srcOK, 1)
			if helper != nil && !(helper.coref && helper.possessive) {
				if helped := s.eventDoers(x, o.ca, w, spec); len(helped) > 0 {
					return cross(s.group(helper, o.srcOK), helped)
				}
			}
		}
	}
	dst := ofTarget
	if dst == nil {
		dst = actAgent
	}
	if dst == nil && src != nil && spec.has(flagEventObject) && o.te+1 < o.cb && typeIn(s.tokens[o.te].Lower, spec.targetPreps) {
		// "Germany's condemnation of the Russian strikes on Kyiv", "its support for the
		// Ukrainian counteroffensive": as for a verb's object, the states modifying the
		// event noun after the target preposition did it; the names after it (the victim)
		// are no targets. (The states are modifiers, which dstOK refuses: only their type is
		// checked.)
		if doers := x.attributiveDoers(s, o.te+1, o.cb, spec.relation, func(m *mention) bool { return typeIn(m.info.Type, spec.dst) }); len(doers) > 0 {
			return cross(s.coordination(src, o.srcOK), doers)
		}
	}
	if dst == nil && spec.has(flagObjectBefore) && o.t > s.a {
		dst = s.mentionEndingAt(o.t, o.dstOK)
	}
	if dst == nil && placeBefore != nil {
		// "Putin and Kim signed the pact during the rare Pyongyang visit": the place named
		// before the noun is where the journey went; whoever is at home there made none. A
		// person named in the sentence travels so, not a state ("the Belarusian minister's
		// Pyongyang trip" is the minister's, whom the phrase does not name) nor a pronoun's
		// guess ("Did he brief him on the Kyiv visit?").
		var pairs []argPair
		for _, p := range cross(s.coordination(src, o.srcOK), []*mention{placeBefore}) {
			if p.src.info.Type == TypePerson && !p.src.coref && !x.atHome(p.src, p.dst) {
				pairs = append(pairs, p)
			}
		}
		return pairs
	}
	if dst == nil {
		from := o.te
		if spec.has(flagAdjacent) {
			// "Iranian troops are believed to be in Syria": the copula chain the trigger
			// matched with (markTriggers) is no verb group ending the noun's phrase.
			from = max(from, s.prepAdjacent(o.te, spec.targetPreps))
		}
		if !s.victimOnly(o) {
			dst = s.afterPrep(from, o.cb, spec.targetPreps, o.dstOK, src)
		}
	}
	if dst == nil && spec.has(flagBeneficiary) {
		// "Russia built it with Iranian help", "Israel thanked the United States for its
		// support": with no target of its own, the help goes to the clause's subject.
		if b := s.beneficiary(o); b != nil && (src == nil || b.info != src.info) {
			if src == nil && o.te < o.cb && s.tokens[o.te].is("of") {
				src = s.afterWord(o.te, o.cb, "of", o.srcOK, 1) // "with the support of X"
			}
			helped := s.group(b, o.dstOK)
			if s.thanks(o) {
				// "Putin thanked the North for its backing": an official thanks for the help
				// his country got; the gazetteer's state of the person is the one helped.
				kept := helped[:0]
				for _, h := range helped {
					switch st := x.seatedState(h); {
					case st != nil:
						kept = append(kept, actingFor(h, st))
					case h.info.Type == TypePerson:
						// A person whose state the gazetteer does not know, an anaphor ("The
						// President thanked Australia for its support", "they" for three heads
						// of state) or named ("Defense Minister Yoav Gallant ... thanked him for
						// American support", "Shri Rajnath Singh ... thanked the United States
						// for its support"), thanks for help his state got: no target rather
						// than the person. No gold of half A or B has a thanking person as the
						// one helped (stop 34: half A 2 fp, half B 1 fp, no tp).
					default:
						kept = append(kept, h)
					}
				}
				helped = kept
				if len(helped) == 0 {
					return nil
				}
			}
			return cross(s.coordination(src, o.srcOK), helped)
		}
	}
	if dst == nil && src != nil && spec.has(flagHostTarget) {
		// "Belarus hosted a visit by Iran's defence minister": the host is where the visit went.
		if h := s.host(o); h != nil && h.info != src.info {
			return cross(s.coordination(src, o.srcOK), s.group(h, o.dstOK))
		}
	}
	if dst == nil && spec.has(flagEventObject) && spec.has(flagSpeechAct) && o.te+1 < o.cb && typeIn(s.tokens[o.te].Lower, spec.targetPreps) {
		// "expressed serious concern over the deepening military cooperation between North
		// Korea and Russia": as with a verb's object, a censured tie names both parties.
		if parties := s.betweenParties(o.te+1, o.cb, o.dstOK); len(parties) > 0 {
			return cross(s.coordination(src, o.srcOK), parties)
		}
	}
	if dst == nil && spec.has(flagEventObject) && o.te+1 < o.cb && typeIn(s.tokens[o.te].Lower, spec.targetPreps) {
		// "provided support for the operation": a definite event noun after the target
		// preposition points back to the latest event of its kind; its doers are the targets.
		if doers := s.eventDoers(x, o.te+1, o.cb, spec); len(doers) > 0 {
			return cross(s.coordination(src, o.srcOK), doers)
		}
	}
	if dst == nil && src != nil && spec.has(flagBodyDefault) && spec.body != "" && (fronted || s.agentRightAfter(o, src)) {
		// "Fails to Adopt Draft Resolution ..., Owing to Veto by Russian Federation": a veto
		// with no target of its own and its agent right after it defeats the body's draft; so
		// does one whose agent is fronted ("the use by the United States of its veto").
		return cross(s.coordination(src, o.srcOK), []*mention{docMention(x.lex.gaz.entities[spec.body])})
	}
	var agents []*mention
	if spec.has(flagEventObject) {
		// "serious concern over China's conduct, including the use of water cannon by China
		// Coast Guard vessels": the agent of an included act is a target too.
		agents = s.includedAgents(o.te, o.cb, o.dstOK)
	}
	if dst == nil && src != nil && src.possessive && src.end+1 == o.t && src.start-2 > s.a &&
		s.tw(wConjunction, src.start-1) && s.tokens[src.start-2].Text == "," {
		// h44csrc2: "the DPRK's supply of shells to Russia, and Iran's supply of drones": a
		// possessed act noun after ", and", with no target phrase of its own, shares the
		// target of the parallel act noun of the same relation before the comma.
		dst = x.parallelTarget(s, src.start-2, spec, o.dstOK)
	}
	if dst == nil {
		return cross(s.coordination(src, o.srcOK), append(s.including(o.te, o.cb, o.dstOK), agents...))
	}
	if src == nil && spec.has(flagLinked) {
		if m := s.asRoleHolder(o, dst.end); m != nil {
			return cross(s.coordination(m, o.srcOK), s.group(dst, o.dstOK)) // "As a member of X, Japan"
		}
		if members := s.apposedMembers(dst, o.cb, o.srcOK); len(members) > 0 {
			// "The three members of the bloc, Mali, Burkina Faso and Niger, met": the names
			// in apposition to the members are they (h44memb).
			return cross(members, s.group(dst, o.dstOK))
		}
		// "seven members of the IRGC, including General Zahedi"
		return cross(s.includedAfter(dst, o.cb, o.srcOK), s.group(dst, o.dstOK))
	}
	dsts := s.group(dst, o.dstOK)
	if members := s.apposedSetMembers(x, dst, o.cb, o.dstOK); members != nil {
		// "the occupation of the three islands of the United Arab Emirates, Greater Tunb,
		// Lesser Tunb and Abu Musa": the islands are the target, not the state that owns them.
		dsts = members
	}
	for _, m := range s.repeatedPrepTargets(dst, dsts[len(dsts)-1], o.cb, spec.targetPreps, o.dstOK) {
		if !slices.ContainsFunc(dsts, func(d *mention) bool { return d.info == m.info }) {
			dsts = append(dsts, m)
		}
	}
	if dst.info.Type == TypeWeapon {
		// "conducting repeated launches of ballistic missiles, including intercontinental
		// ballistic missiles": the models a class names after ", including" are the noun's
		// targets too, as a verb's (verbArgs).
		agents = append(agents, s.includedWeapons(dst.end, o.cb, o.dstOK)...)
		if m := s.apposedWeapon(dst, o.cb, o.dstOK); m != nil {
			agents = append(agents, m)
		}
	}
	if spec.has(flagLocative) {
		agents = append(agents, x.locativeTargets(s, o, dst, dsts)...)
	}
	for _, m := range agents {
		if !slices.Contains(dsts, m) {
			dsts = append(dsts, m)
		}
	}
	return cross(append(s.coordination(src, o.srcOK), partners...), dsts)
}

// parallelTarget: the first name after a target preposition of spec within the 20 words
// before the comma at k, where a trigger noun of spec's relation stands before that
// preposition in the same stretch ("the DPRK's supply of shells to Russia, and ..."); nil when
// none, or when a clause break or verb-free comma lies between.
func (x *Extractor) parallelTarget(s *sentenceCtx, k int, spec *argSpec, ok func(*mention) bool) *mention {
	var dst *mention
	for j := k - 1; j > s.a && j >= k-20; j-- {
		tk := s.tokens[j]
		if tk.Text == ";" || tk.Text == ":" || tk.Text == "," {
			return nil
		}
		if dst == nil {
			if typeIn(tk.Lower, spec.targetPreps) {
				i := j + 1
				if i < k && s.tw(wArticle, i) && s.mentionAt(i) == nil {
					i++
				}
				if m := s.mentionAt(i); m != nil && ok(m) && m.end <= k {
					dst = m
				}
			}
			continue
		}
		for _, tp := range x.lex.triggersOf(&s.tokens[j]) {
			if tp.relation == spec.relation && !tp.frame.verbal() {
				return dst
			}
		}
	}
	return nil
}

// repeatedPrepTargets: a second target phrase coordinated with the noun's first by "and" and
// the same target preposition ("support for the brotherly Lebanese people and for the
// Lebanese Armed Forces", "in support of the Palestinian people and of UNRWA"): the names it
// heads, past an article and up to two lower-case modifiers; nil when the phrase after the
// repeated preposition is headed by no name of its own (a demonym or a name modifying a common
// noun: "on Iran Air and on several Russian vessels", "for ASEAN centrality"). first is the
// noun's first target, last the last name of its list; between that list and "and" only
// lower-case words of the first phrase may stand ("people").
func (s *sentenceCtx) repeatedPrepTargets(first, last *mention, cb int, preps []string, ok func(*mention) bool) []*mention {
	plain := func(k int) bool {
		tk := s.tokens[k]
		return tk.isWord() && !tk.isCap() && !s.tw(wFunction, k) && !s.tw(wConjunction, k) && s.mentionAt(k) == nil
	}
	p := first.start - 1
	for p > s.a && p >= first.start-3 && (s.tw(wArticle, p) || plain(p)) {
		p--
	}
	if p < s.a || !typeIn(s.tokens[p].Lower, preps) {
		return nil
	}
	e := last.end
	for e < cb && e < last.end+3 && plain(e) {
		e++
	}
	if e+2 >= cb || !s.tokens[e].is("and") || s.tokens[e+1].Lower != s.tokens[p].Lower {
		return nil
	}
	k := e + 2
	if s.tw(wArticle, k) && s.mentionAt(k) == nil {
		k++
	}
	for j := 0; j < 2 && k < cb && plain(k); j++ {
		k++
	}
	m := s.mentionAt(k)
	if m == nil || !ok(m) || m.demonym || m.possessive {
		return nil
	}
	if n := m.end; n < cb && s.tokens[n].isWord() && !s.tw(wFunction, n) && !s.tw(wConjunction, n) && !s.tw(wPreposition, n) {
		return nil // "for ASEAN centrality": the name modifies the phrase's head
	}
	return s.group(m, ok)
}

// placeModifier: the proper name of a state or place of the relation's target kind right
// before the noun at o.t, as a modifier ("the Pyongyang visit", "his North Korea trip"): no
// demonym ("a Chinese visit" is a visit by Chinese), possessive, anaphor or list member, and
// no hyphenated compound ("the U.S.-Japan visit"); nil otherwise.
func (s *sentenceCtx) placeModifier(o *occurrence) *mention {
	m := s.mentionEndingAt(o.t, func(m *mention) bool {
		return typeIn(m.info.Type, o.trig.spec.dst) && !m.demonym && !m.possessive && !m.coref
	})
	if m == nil || m.start <= s.a {
		return m
	}
	if p := s.tokens[m.start-1]; p.Text == "-" || p.Text == "," || s.tw(wConjunction, m.start-1) {
		return nil
	}
	return m
}

// relativeLightVerb: the noun heads a relative clause whose subject does it through a light
// verb (words.tsv light-verb) or gives it (give-verb), its target after the verb ("the strikes
// that the United States and Britain carried out against Houthi targets in Yemen", "the
// attacks which Russia launched on Odesa", "the assistance that Belarus, Iran and the DPRK
// have provided to Russia's war effort"); nil otherwise.
func (s *sentenceCtx) relativeLightVerb(o *occurrence) []argPair {
	k := o.te
	if k+2 >= s.b || !s.tw(wThingRelative, k) {
		return nil
	}
	k++
	if s.tw(wArticle, k) {
		k++
	}
	m := s.mentionAt(k)
	if m == nil || !o.srcOK(m) || m.possessive {
		return nil
	}
	doers := s.group(m, o.srcOK)
	_, cb := s.clauseOf(k)
	v := doers[len(doers)-1].end
	for v < cb && (s.tw(wAux, v) || s.tw(wAdverb, v)) {
		v++
	}
	if v >= cb || !s.tw(wLightVerb, v) && !s.tw(wGiveVerb, v) {
		return nil
	}
	v++
	if v < cb && s.tokens[v].is("out") {
		v++ // "carried out"
	}
	dst := s.afterPrep(v, cb, o.trig.spec.targetPreps, o.dstOK, nil)
	if dst == nil {
		return nil
	}
	return cross(doers, s.group(dst, o.dstOK))
}

// givenHelp: a help noun (flag beneficiary) in the object of a words.tsv give-verb whose
// recipient stands right after the verb ("Korea gave Ukraine humanitarian help", "has given
// Ukraine more than five hundred million euros in military aid", "will provide Ukraine with
// £3 billion of military support"): the verb's subject list helps every recipient; nil
// otherwise. Between the recipient and the noun only "with", articles, amounts and lower-case
// words of the noun phrase ("of", "in", "than") stand, within a dozen tokens.
func (s *sentenceCtx) givenHelp(o *occurrence) []argPair {
	if !o.trig.spec.has(flagBeneficiary) || o.t > s.a && s.tokens[o.t-1].is("in") {
		return nil // "to provide AUD 400 million in support of training hubs": an adjunct
	}
	for k := o.t - 1; k > s.a+1 && k >= o.t-12; k-- {
		if r := s.mentionEndingAt(k+1, o.dstOK); r != nil && !r.possessive && !r.demonym {
			g := s.coordination(r, o.dstOK)
			v := g[0].start - 1
			if v > s.a && s.tw(wArticle, v) && s.mentionAt(v) == nil {
				v-- // "gave the Philippine Navy three vessels"
			}
			if v <= s.a || !s.tw(wGiveVerb, v) {
				return nil
			}
			ca, _ := s.clauseOf(v)
			src := s.subjectOf(v, ca, o.srcOK)
			if src == nil || src.possessive || s.tw(wSpeech, src.end) {
				// "Her country, she added, would continue to provide Ukraine with ...": neither
				// "her" nor the speaker of a parenthetical gives anything.
				return nil
			}
			return cross(s.coordination(src, o.srcOK), g)
		}
		tk := s.tokens[k]
		switch {
		case s.modifierListLink(k):
			// "provide Ukraine with political, financial and military support": a comma or
			// conjunction between two lower-case modifiers of the noun.
		case s.trigAt(k) || s.tw(wConjunction, k):
			return nil
		case s.mentionAt(k) != nil && !s.tw(wPossessive, k): // "its" may stand for a name
			return nil
		case tk.is("with", "of", "in", "than") || s.tw(wArticle, k) || s.tw(wPossessive, k) || isAmount(tk.Text):
		case tk.isWord() && !tk.isCap() && !s.tw(wFunction, k) && !s.tw(wAux, k) && !s.tw(wBe, k):
		case tk.is("£", "$", "€", "%"): // inside an amount ("£3 billion")
		default:
			return nil
		}
	}
	return nil
}

// modifierListLink: the token at k is a comma or a conjunction that joins a list of a noun's
// modifiers: the word before it (before the comma of ", and") is a words.tsv list-adjective
// and a lower-case word that names no entity follows ("political, financial and military",
// "illegal and aggressive"), so the noun phrase goes on past it.
func (s *sentenceCtx) modifierListLink(k int) bool {
	if k <= s.a || k+1 >= s.b || !(s.tokens[k].Text == "," || s.tw(wConjunction, k)) {
		return false
	}
	plain := func(j int) bool {
		tk := s.tokens[j]
		return tk.isWord() && !tk.isCap() && s.mentionAt(j) == nil && !s.trigAt(j) &&
			!s.tw(wFunction, j) && !s.tw(wAux, j) && !s.tw(wBe, j) && !s.tw(wConjunction, j)
	}
	listed := func(j int) bool { return s.tw(wListAdjective, j) && s.mentionAt(j) == nil }
	if s.tokens[k].Text == "," { // "financial, and military": a serial comma
		return listed(k-1) && (plain(k+1) || k+2 < s.b && s.tw(wConjunction, k+1) && plain(k+2))
	}
	return plain(k+1) && (listed(k-1) || k-1 > s.a && s.tokens[k-1].Text == "," && listed(k-2))
}

// speechBetween: a speech verb (words.tsv speech) in [a, b) opens a finite clause before b —
// "that" or an auxiliary or form of "be" follows it ("said the draft would have given ...
// attacks"), so what stands at b is reported, not done by the speaker; a speech verb whose
// object the noun heads ("announced sanctions on") opens none.
func (s *sentenceCtx) speechBetween(a, b int) bool {
	for k := a; k < b; k++ {
		if !s.tw(wSpeech, k) {
			continue
		}
		for j := k + 1; j < b; j++ {
			if s.tokens[j].is("that") || s.tw(wAux, j) || s.tw(wBe, j) {
				return true
			}
		}
	}
	return false
}

// speechSubjectNoun: the noun of o heads the subject of a speech verb's complement clause
// ("The Kremlin said the trip to Vietnam was long planned"): a words.tsv back-definite
// ("the", "this", "that") and lower-case modifiers stand between a speech verb after a (from the speaker's name) and the
// noun, and a form of "be" or an auxiliary follows the noun's phrase. The definite noun points
// back to an event named before; the speaker did not make the trip.
func (s *sentenceCtx) speechSubjectNoun(a int, o *occurrence) bool {
	v := -1
	for k := o.t - 1; k >= a && k >= o.t-4; k-- {
		if s.tw(wSpeech, k) {
			v = k
			break
		}
		if !s.tokens[k].isWord() || s.tokens[k].isCap() || s.mentionAt(k) != nil || s.tw(wPreposition, k) {
			return false
		}
	}
	if v < 0 || !s.tw(wBackDefinite, v+1) {
		// "said sanctions against Iran would be swift": the speaker's own measure; only a
		// definite noun points back to an event whose doer the context has named
		return false
	}
	for k := o.te; k < o.cb && k < o.te+8; k++ {
		if s.tw(wBe, k) || s.tw(wAux, k) {
			return true
		}
		if !s.tokens[k].isWord() && s.tokens[k].Text != "-" {
			return false
		}
	}
	return false
}

// parentheticalLightSubject: the subject of the light verb whose object the noun at o.t heads,
// where a parenthetical opened by a preposition stands between that subject and the verb
// ("the United States and the United Kingdom, with the support of Australia and Canada,
// carried out strikes on"): the name before the parenthetical (beforePrepParenthetical), not
// the names inside it; nil otherwise.
func (s *sentenceCtx) parentheticalLightSubject(o *occurrence) *mention {
	if !s.afterLightVerb(o.t, o.ca) {
		return nil
	}
	v := o.t - 1
	for v > s.a && !s.tw(wLightVerb, v) {
		v--
	}
	g := s.verbGroupStart(v, s.a)
	if g-1 <= s.a || s.tokens[g-1].Text != "," {
		return nil
	}
	m, _ := s.beforePrepParenthetical(g-1, s.a, o.srcOK)
	return m
}

// afterLightVerb: the noun at t is the object of a light verb ("carried out hundreds of strikes",
// "launched its invasion of"), so the clause's subject does what the noun names.
func (s *sentenceCtx) afterLightVerb(t, ca int) bool { return s.objectOfVerb(t, ca, wLightVerb) }

// reactionObject: the noun at t heads the object of a verb of reacting ("Japan condemned the
// shelling of Kharkiv", "Berlin protested the seizure of the tanker"): the clause's subject
// reacts to the act, it did not do it.
func (s *sentenceCtx) reactionObject(t, ca int) bool {
	return s.objectOfVerb(t, ca, wReaction) || s.reactionInclusion(t, ca)
}

// reactionInclusion (r41bfp): the noun at t is an item of an "including" list that specifies
// the object of a verb of reacting ("We condemn terrorist attacks in the strongest terms,
// including the attack on pilgrims in Reasi"): the one reacting did not do the act the item
// names any more than the one the object names. The list runs back past names, lower-case
// words and further ", including" commas to the object's verb; any other comma or a word of
// another clause ends it, much as concernComplement reads the lists of words of alarm.
func (s *sentenceCtx) reactionInclusion(t, ca int) bool {
	listed := false
	for k := t - 1; k > ca && k >= t-40; k-- {
		tk := &s.tokens[k]
		switch {
		case tk.Text == ",":
			if !s.tw(wInclusion, k+1) {
				return false
			}
			listed = true
		case listed && s.tw(wReaction, k):
			return true
		case s.tw(wClause, k), s.tw(wSubordinator, k), s.tw(wBe, k), s.tw(wAux, k):
			return false // not report-verb words: "in the strongest possible terms" is a manner phrase
		}
	}
	return false
}

// concernComplement: the position of the nearest word of alarm (words.tsv class concern) before
// the noun at t in its clause whose preposition opens the phrase the noun is in ("alarmed by the
// launches", "concern over Russia's programme, including its deployments"), or -1. The phrase
// runs through lower-case words, names, articles and possessives, and past a comma only into
// an "including" list; any other comma or a word of another clause ends it.
func (s *sentenceCtx) concernComplement(t, ca int) int {
	for k := t - 1; k > ca && k >= t-30; k-- {
		tk := &s.tokens[k]
		switch {
		case s.tw(wConcern, k) && s.tw(wPreposition, k+1) && k+1 < t:
			return k
		case tk.Text == ",":
			if !s.tw(wInclusion, k+1) {
				return -1
			}
		case s.tw(wClause, k), s.tw(wSubordinator, k), s.tw(wBe, k), s.tw(wAux, k), s.tw(wReportVerb, k):
			return -1
		}
	}
	return -1
}

// possessiveAnaphor: the resolved possessive anaphor ("its", "their") right before the noun at
// t, or nil.
// pronounPossessor: a resolved possessive pronoun ("its", "their") before the noun at t,
// with at most two lower-case modifiers between ("its full-scale war"), or nil.
func (s *sentenceCtx) pronounPossessor(t int, ok func(*mention) bool) *mention {
	for k := t; k > s.a && k >= t-2; k-- {
		if m := s.mentionEndingAt(k, func(m *mention) bool { return m.coref && m.possessive && m.start == k-1 && ok(m) }); m != nil {
			return m
		}
		if tk := s.tokens[k-1]; !tk.isWord() && tk.Text != "-" || tk.isCap() || s.tw(wFunction, k-1) || s.covered(k-1) || s.trigAt(k-1) {
			return nil
		}
	}
	return nil
}

// speakerPossessor: a resolved first-person possessive ("our": a possessive pronoun of neither
// words.tsv group-possessive nor person-possessive) before the noun at t, past at most two
// lower-case modifiers, as pronounPossessor finds it ("We stand with our ally, the
// Philippines": the speaker's state, as coref.tsv resolved "our"); nil otherwise. "its" and
// "their" stay with the frames' own readings of a group's possessive.
func (s *sentenceCtx) speakerPossessor(t int, ok func(*mention) bool) *mention {
	m := s.pronounPossessor(t, ok)
	if m == nil || s.tw(wGroupPossessive, m.start) || s.tw(wPersonPossessive, m.start) {
		return nil
	}
	return m
}

func (s *sentenceCtx) possessiveAnaphor(t int, ok func(*mention) bool) *mention {
	m := s.mentionEndingAt(t, func(m *mention) bool { return m.coref && m.possessive && ok(m) })
	if m == nil || m.start != t-1 {
		return nil
	}
	return m
}

// objectOfVerb: the noun at t heads the object of a verb of class c, past its determiners,
// amounts and modifiers ("carried out hundreds of", "denounced two deadly").
func (s *sentenceCtx) objectOfVerb(t, ca int, c wordClass) bool {
	for k := t - 1; k >= ca && k >= t-6; k-- {
		switch {
		case s.tw(c, k):
			return true
		case s.tw(wConcern, k) && k > ca && s.tokens[k-1].is("with"):
			k-- // "note with concern the ratification of": a manner phrase between verb and object
			continue
		case s.tw(wArticle, k), s.tokens[k].is("of", "out", "up"), isAmount(s.tokens[k].Text),
			s.tokens[k].isWord() && !s.tokens[k].isCap() && !s.tw(wFunction, k) && !s.tw(wPreposition, k),
			s.tokens[k].Text == "-" && !s.tokens[k].SpaceBefore: // "launched a full-scale war"
			continue
		}
		return false
	}
	return false
}

// draftTopic: the noun at t heads the topic of a draft noun (words.tsv class draft) after
// "on" or "about" ("vetoed a text on new sanctions against the DPRK", "a draft resolution on
// an arms embargo"): the act is what the draft proposes, not what the clause's subject did.
func (s *sentenceCtx) draftTopic(t, ca int) bool {
	for k := t - 1; k > ca && k >= t-5; k-- {
		switch {
		case s.tokens[k].is("on", "about") && s.tw(wDraft, k-1):
			return true
		case s.tw(wArticle, k), s.tokens[k].isWord() && !s.tokens[k].isCap() && !s.tw(wFunction, k) && !s.tw(wPreposition, k):
			continue // "a text on new, tougher sanctions"
		}
		return false
	}
	return false
}

// eventInPP: the noun at t heads the object of an event-prep ("after the strike", "retaliation
// for the April 1 air strike", "in response to the attack"): the clause's subject did not do it.
func (s *sentenceCtx) eventInPP(t, ca int) bool {
	for k := t - 1; k >= ca && k >= t-6; k-- {
		switch {
		case s.tw(wEventPrep, k) && s.tw(wPreposition, k):
			return true // "after the strike"
		case s.tokens[k].is("for", "to") && k > ca && s.tw(wEventPrep, k-1):
			return true // "retaliation for the strike", "in response to the attack"
		case s.tw(wArticle, k), s.tokens[k].is("of"), s.tokens[k].isWord() && !s.tw(wFunction, k) && !s.tw(wPreposition, k):
			continue // "retaliation for weeks of attacks on shipping"
		}
		return false
	}
	return false
}

// countedObject: the object at te is counted ("eight individuals", "the 16 officials"): a
// number of two or more (digits or a dates.tsv number word) before a lower-case word, perhaps
// after a date ("designated on Monday eight individuals") or a cues.tsv approximate phrase
// ("sanctioned more than 1,900 individuals", "over 400 entities").
func (s *sentenceCtx) countedObject(te, cb int, approx *phraseSet) bool {
	k := te
	for _, d := range s.dateMentions {
		// "sanctioned on Wednesday seven companies": a date between the verb and its object.
		if d.start == k || d.start == k+1 && k < cb && s.tw(wPreposition, k) {
			k = d.end
			break
		}
	}
	if k < cb && s.tw(wArticle, k) {
		k++
	}
	if n := approx.matchAt(s.tokens[:cb], k); n > 0 {
		k += n
	}
	if k+1 >= cb || s.tokens[k+1].isCap() && !s.hyphenModifier(k+1, cb) || !s.tokens[k+1].isWord() {
		return false
	}
	if groupedThousands(s.tokens[k].Text) {
		return true // "1,900 individuals": a count too large for a date's number
	}
	n, w := s.dateLex.numberAt(s.tokens, k, cb)
	return w > 0 && n >= 2
}

// groupedThousands: tx is a number written with thousands separators ("1,900", "12,000").
func groupedThousands(tx string) bool {
	groups := strings.Split(tx, ",")
	if len(groups) < 2 || len(groups[0]) == 0 || len(groups[0]) > 3 || groups[0][0] == '0' {
		return false
	}
	for i, g := range groups {
		if i > 0 && len(g) != 3 || !isDigits(g) {
			return false
		}
	}
	return true
}

// titledPersonAfter: the person named after a demonym m and the words of a title ("North
// Korean Defence Minister No Kwang Chol", "Russian leader Vladimir Putin"), when ok takes
// people; nil otherwise.
func (s *sentenceCtx) titledPersonAfter(m *mention, cb int, ok func(*mention) bool) *mention {
	if m == nil || !m.demonym {
		return nil
	}
	j := m.end
	for steps := 0; j < cb && steps < 6; steps++ {
		if p := s.mentionAt(j); p != nil {
			if p.info.Type == TypePerson && j > m.end && p.end <= cb && ok(p) {
				return p
			}
			return nil
		}
		if s.roles != nil {
			if n := s.roles.matchAt(s.tokens[:cb], j); n > 0 {
				for ; n > 0; n-- {
					if s.tw(wEnvoyTitle, j) {
						return nil // an envoy stands for the state
					}
					j++
				}
				continue
			}
		}
		if !s.tokens[j].isWord() || !s.tokens[j].isCap() || s.trigAt(j) || s.tw(wEnvoyTitle, j) {
			return nil
		}
		j++
	}
	return nil
}

// statementIssuers: the verb at t opens a relative clause ("that condemned", "which strongly
// condemns") whose antecedent is a statement noun (words.tsv speech-noun) followed by an
// issuer-prep ("by", "of", "from") and its issuers: those issuers, up to the relative
// pronoun; else nil.
func (s *sentenceCtx) statementIssuers(t int, ok func(*mention) bool) []*mention {
	r := t - 1
	for r > s.a && (s.adverb(r) || s.tw(wAuxSkip, r)) {
		r--
	}
	if r <= s.a || !s.tw(wThingRelative, r) {
		return nil
	}
	for j := r - 1; j > s.a && j >= r-45; j-- {
		if s.tokens[j].is(";", ":") || s.trigAt(j) {
			return nil
		}
		if !s.tw(wSpeechNoun, j) {
			continue
		}
		if !s.tw(wIssuerPrep, j+1) {
			if j == r-1 || s.dateBetween(j+1, r) {
				return s.issuedBy(j, ok) // "issued a statement (on Monday) that condemned"
			}
			continue
		}
		var out []*mention
		for k := range s.mentions {
			m := &s.mentions[k]
			if m.start > j && m.end <= r && ok(m) && !m.nested && !m.demonym && !slices.ContainsFunc(out, func(o *mention) bool { return o.info == m.info }) {
				out = append(out, m)
			}
		}
		return out
	}
	return nil
}

// antecedentConjunct: src follows ", and" that closes a relative clause after a comma (", which
// joined the council in January, and Japan"), and the clause at ca is that relative clause:
// the relative's antecedent, acceptable and of src's type, is src's conjunct; else nil.
func (s *sentenceCtx) antecedentConjunct(src *mention, ca int, ok func(*mention) bool) *mention {
	if src == nil || src.start-2 <= ca || ca-1 <= s.a || src.start > s.b ||
		!s.tw(wConjunction, src.start-1) || s.tokens[src.start-2].Text != "," ||
		!s.tw(wWhRelative, ca) || s.tokens[ca-1].Text != "," {
		return nil
	}
	for k := ca + 1; k < src.start-2; k++ {
		if s.tokens[k].is(";", ":") || s.tw(wConjunction, k) && s.tokens[k-1].Text == "," {
			return nil // another list or clause inside: not a plain relative
		}
	}
	ante := s.mentionEndingAt(ca-1, ok)
	if ante == nil || ante.info.Type != src.info.Type || ante.info == src.info {
		return nil
	}
	cs, _ := s.clauseOf(ante.start)
	for k := cs; k < ante.start; k++ {
		if tk := s.tokens[k]; tk.isWord() && !tk.isCap() && !s.tw(wArticle, k) {
			// "Chile backed Peru, which ..., and Bolivia condemned Iran": an antecedent that is
			// no clause's subject coordinates with nothing after its relative clause.
			return nil
		}
	}
	return ante
}

// dateBetween: the tokens [a, b) are one date, with the preposition before it ("on Monday",
// "yesterday", "on 3 May").
func (s *sentenceCtx) dateBetween(a, b int) bool {
	if a < b && s.tw(wPreposition, a) {
		a++
	}
	for _, d := range s.dateMentions {
		if d.start == a && d.end == b {
			return true
		}
	}
	return false
}

// documentAdopters: the verb at t opens a relative clause ("which condemned", "that
// strongly condemns") right after a named document (an Agreement: "Resolution 2722, which
// condemned the attacks", "Resolution 2722, adopted on 10 January, which condemns"); a
// document speaks for the body that adopted or issued it: a body named at the head of the
// document's name ("United Nations Security Council Resolution 2722"), else the subject of
// the words.tsv issue-verb right before it ("the Council adopted Resolution 2722, which").
// Between the name and the pronoun only a comma, a date, or a comma-enclosed issue-verb
// participle with its date. Else nil.
func (x *Extractor) documentAdopters(s *sentenceCtx, t int, ok func(*mention) bool) []*mention {
	r := t - 1
	for r > s.a && (s.adverb(r) || s.tw(wAuxSkip, r)) {
		r--
	}
	if r <= s.a+1 || !s.tw(wThingRelative, r) {
		return nil
	}
	isDoc := func(m *mention) bool { return m.info.Type == TypeAgreement }
	e := r
	if s.tokens[e-1].Text == "," {
		e--
	}
	d := s.mentionEndingAt(e, isDoc)
	if d == nil {
		// ", adopted on 10 January," or " on 10 January": the document's name ends before it.
		k := e
		for k > s.a && k > e-8 && s.tokens[k-1].Text != "," {
			k--
		}
		if k <= s.a+1 || k == e {
			return nil
		}
		if s.tw(wIssueVerb, k) {
			if k+1 < e && !s.dateBetween(k+1, e) {
				return nil
			}
		} else if !s.dateBetween(k, e) {
			return nil
		}
		if d = s.mentionEndingAt(k-1, isDoc); d == nil {
			return nil
		}
	}
	if e, n := x.lex.gaz.match(s.tokens[:d.end], d.start); e != nil && n < d.end-d.start &&
		(e.info.Type == TypeInstitution || e.info.Type == TypeState) {
		body := &mention{info: e.info, start: d.start, end: d.start + n, sentence: d.sentence}
		if ok(body) {
			return []*mention{body}
		}
	}
	return s.issuedBy(d.start, ok)
}

// issuedBy: the statement noun at j, right before its relative pronoun, is the object of a
// words.tsv issue-verb ("Chile, Peru and Spain issued a joint statement that", "the foreign
// ministers of A and B released a statement which"): that verb's subject and the names
// coordinated with it; else nil. Only an article, a possessive or lower-case modifiers
// ("a joint", "their strongly worded") stand between the verb and the noun.
func (s *sentenceCtx) issuedBy(j int, ok func(*mention) bool) []*mention {
	v := j - 1
	for v > s.a && v >= j-4 && !s.tw(wIssueVerb, v) {
		tk := s.tokens[v]
		if !tk.isWord() || tk.isCap() || s.trigAt(v) || s.mentionAt(v) != nil {
			return nil
		}
		v--
	}
	if v <= s.a || !s.tw(wIssueVerb, v) {
		return nil
	}
	ca, _ := s.clauseOf(v)
	return s.coordination(s.subjectOf(v, ca, ok), ok)
}

// includedAgents: after a words.tsv member-intro phrase ("including") that follows te in the
// clause, the doers named after "by" in the included phrase ("including the repeated use of
// water cannon by China Coast Guard vessels"), within a dozen words.
func (s *sentenceCtx) includedAgents(te, cb int, ok func(*mention) bool) []*mention {
	for k := te + 1; k < cb && k < te+40; k++ {
		if s.tokens[k].is(";", ":") {
			return nil
		}
		n := 0
		if s.tokens[k-1].Text == "," {
			n = s.w.memberIntro.matchAt(s.tokens[:cb], k)
		}
		if n == 0 {
			continue
		}
		for j := k + n; j+1 < cb && j < k+n+14; j++ {
			if s.tokens[j].Text == ";" || s.tokens[j].Text == ":" {
				return nil
			}
			if !s.tokens[j].is("by") {
				continue
			}
			i := j + 1
			if s.tw(wArticle, i) && s.mentionAt(i) == nil {
				i++
			}
			if m := s.mentionAt(i); m != nil && ok(m) && (m.info.Type == TypeInstitution || m.info.Type == TypeState) {
				return s.group(m, ok)
			}
			return nil
		}
		return nil
	}
	return nil
}

// hyphenModifier: the name at k is joined by a hyphen to a lower-case word ("two Russia-based
// entities", "U.S.-made drones"): a modifier of the noun after it, not a name in its own right.
func (s *sentenceCtx) hyphenModifier(k, cb int) bool {
	m := s.mentionAt(k)
	return m != nil && m.end+1 < cb && s.tokens[m.end].Text == "-" && !s.tokens[m.end].SpaceBefore &&
		s.tokens[m.end+1].isWord() && !s.tokens[m.end+1].isCap()
}

// countedMembers: the members a counted object names, after ", including" or in an
// apposition after a comma ("two commanders of the RSF, X and Y"), up to the clause's end.
func (s *sentenceCtx) countedMembers(te, cb int, ok func(*mention) bool) []*mention {
	named := func(m *mention) bool { return ok(m) && !m.demonym }
	apposed := false
	for k := te + 1; k+1 < cb; k++ {
		tk := s.tokens[k]
		if tk.Text == ";" || tk.Text == ":" {
			return nil
		}
		if tk.Text != "," {
			continue
		}
		if n := s.w.memberIntro.matchAt(s.tokens[:cb], k+1); n > 0 {
			// "including the Russian shipping company Lanvia Marine", "among them Iran Air":
			// the first name that is no demonym, past the words that describe it.
			for j := k + 1 + n; j < cb && j <= k+7+n && s.tokens[j].Text != ","; j++ {
				if s.tw(wLocative, j) && s.mentionAt(j) == nil {
					break // "including several based in China": a place where unnamed members are
				}
				if m := s.mentionAt(j); m != nil {
					if named(m) {
						return s.group(m, named)
					}
					if !m.demonym {
						break
					}
				}
			}
			continue
		}
		j := k + 1
		if j < cb && s.tw(wArticle, j) {
			j++
		}
		for t := j; t < cb && t < j+3 && s.mentionAt(j) == nil && s.tokens[t].isCap() && !s.covered(t); t++ {
			j = t + 1 // "..., Colonel Ivan Orlov": a title before the name
		}
		if m := s.mentionAt(j); m != nil && named(m) && m.info.Type != TypeState && !m.possessive && !s.modifier(m) && !apposed {
			// An apposition names people or bodies; a state after the comma continues a list
			// of places ("two individuals in Iran, the United Arab Emirates and Russia").
			return s.group(m, named)
		}
		apposed = true // only the first comma closes the counted phrase for an apposition
	}
	return nil
}

// including: an unnamed object followed by ", including" (or another words.tsv member-intro
// phrase: "among them") names its members after it ("sanctions on a dozen defence companies,
// including units of Lockheed Martin and General Dynamics"); they are the targets.
func (s *sentenceCtx) including(te, cb int, ok func(*mention) bool) []*mention {
	found := false
	for k := te + 1; k < cb && k < te+16 && !found; k++ {
		found = s.w.memberIntro.matchAt(s.tokens[:cb], k) > 0 || s.listOpener(k)
	}
	if !found {
		return nil // most objects have no list of members: skip the name checks
	}
	for k := te + 1; k < cb && k < te+16; k++ {
		tk := s.tokens[k]
		if tk.Text == ";" || tk.Text == ":" && !s.listOpener(k) || s.trigAt(k) && !s.listOpener(k+1) && !s.includesNext(k, cb) {
			// past the phrase, or another trigger's (not the noun a list names: "six
			// countries:", "several countries, including Finland")
			return nil
		}
		n := s.w.memberIntro.matchAt(s.tokens[:cb], k)
		if n == 0 || s.tokens[k-1].Text != "," {
			n = 0
			if s.listOpener(k) {
				n = 1 // "comprises ten nations: Denmark, Estonia and the UK"
			}
		}
		if n > 0 {
			k += n - 1 // the last word of the phrase: its members follow
			if k+1 < cb && s.tw(wPreposition, k+1) && !s.tw(wListGlue, k+1) {
				return nil // "..., including against threats from Iran": no members named
			}
			// A member is named, not described ("the Russian shipping company X").
			named := func(m *mention) bool { return ok(m) && !m.demonym }
			if m, _ := s.objectOf(k+1, cb, named, nil, false); m != nil {
				return s.group(m, named)
			}
			// "including about 170 Shahed-136 drones, 30 Paveh cruise missiles and ...":
			// amounts before the first member.
			for j := k + 1; j < cb && j <= k+4 && s.tokens[j].Text != ","; j++ {
				if m := s.mentionAt(j); m != nil {
					if named(m) {
						return s.group(m, named)
					}
					break
				}
			}
			return nil
		}
		if m := s.mentionAt(k); m != nil && ok(m) && !s.modifierOnly(m) && !s.attributiveName(m) {
			return nil // a named object is the target, found or refused before
		}
	}
	return nil
}

// includesNext: a comma and a words.tsv member-intro phrase follow the word at k ("several
// countries, including Finland"): the word is the noun whose members the list names.
func (s *sentenceCtx) includesNext(k, cb int) bool {
	return k+2 < cb && s.tokens[k+1].Text == "," && s.w.memberIntro.matchAt(s.tokens[:cb], k+2) > 0
}

// hostOfOther: the state or place m follows "in" or "inside" right after a named body or
// person, or after an armed-group noun (words.tsv class group-noun: "rebels", "militants"):
// it places that subject and is not the subject itself.
func (s *sentenceCtx) hostOfOther(m *mention) bool {
	if m.info.Type != TypeState && m.info.Type != TypePlace {
		return false
	}
	k := m.start - 1
	if k-1 < s.a || !s.tokens[k].is("in", "inside") {
		return false
	}
	if s.tw(wGroupNoun, k-1) {
		return true
	}
	return s.mentionEndingAt(k, func(p *mention) bool {
		return p.info.Type == TypeInstitution || p.info.Type == TypePerson
	}) != nil
}

// passiveRelativeAntecedent: the verb group of the passive at t opens a relative clause
// after a comma ("X, who are supported by", "X, which has been armed by"): the name before
// the comma, its antecedent, is the passive's subject. "who" stands for a person or a body
// ("the Houthis, who"), not for a state named in an apposition before it.
func (s *sentenceCtx) passiveRelativeAntecedent(t, ca int, ok func(*mention) bool) *mention {
	vg := s.verbGroupStart(t, ca)
	r := vg - 1
	if r-1 <= s.a || r < ca-1 || !s.tw(wWhRelative, r) || s.tokens[r-1].Text != "," {
		return nil
	}
	if s.tokens[r].is("who") {
		inner := ok
		ok = func(m *mention) bool { return inner(m) && m.info.Type != TypeState && !m.possessive }
	}
	if m := s.nameBeforeComma(r-1, ok); m != nil {
		return m
	}
	// "Ilya Dolgov, a Dubai-based manager of 14 tankers, who is also sanctioned by": the
	// relative clause follows an apposition, whose name is the antecedent.
	return s.apposedName(r-1, ok)
}

// apposedName: the words ending right before c are an apposition opened by a comma and an
// article ("Korea Ryonbong General Corporation, a military procurement conglomerate"): the
// name before that comma, which the apposition's noun stands for; nil when no such phrase of
// at most a dozen words ends at c.
func (s *sentenceCtx) apposedName(c int, ok func(*mention) bool) *mention {
	for k := c - 1; k > s.a && k >= c-12; k-- {
		tk := s.tokens[k]
		if tk.Text == "," {
			if k+1 >= c-1 || !s.tokens[k+1].is("a", "an", "the") {
				return nil
			}
			return s.nameBeforeComma(k, ok)
		}
		if !tk.isWord() && tk.Text != "-" && tk.Text != "'s" || s.tw(wBe, k) || s.tw(wAux, k) || s.tw(wRelative, k) || s.tw(wSpeech, k) {
			return nil
		}
	}
	return nil
}

// relativeBeforeVerb: the verb group of t follows a non-restrictive relative clause set off by
// commas (", which invaded Ukraine in 2022, has been accused"); the index of the comma that
// opens it, or -1.
func (s *sentenceCtx) relativeBeforeVerb(t, ca int) int {
	vg := s.verbGroupStart(t, ca)
	if vg-1 <= ca || vg-1 <= s.a || s.tokens[vg-1].Text != "," {
		return -1
	}
	for k := vg - 2; k >= ca && k-1 > s.a && k >= vg-25; k-- {
		switch {
		case s.tw(wWhRelative, k) && s.tokens[k-1].Text == ",":
			return k - 1
		case !s.tokens[k].isWord() && s.tokens[k].Text != "-" && s.tokens[k].Text != ".":
			return -1 // another comma or bracket: no single relative clause
		}
	}
	return -1
}

// appositiveSubject: the verb group of the verb at t follows a noun phrase set off by commas
// after a name ("KOMID, the DPRK's primary arms dealer, was designated", "Rosneft, Russia's
// largest oil producer, was listed"): that name, the subject the apposition describes; nil
// when no such apposition stands there (a relative pronoun, a verb, another comma in it).
func (s *sentenceCtx) appositiveSubject(t, ca int) *mention {
	vg := s.verbGroupStart(t, ca)
	if vg-1 <= s.a || s.tokens[vg-1].Text != "," {
		return nil
	}
	for k := vg - 2; k > s.a && k >= vg-12; k-- {
		tk := s.tokens[k]
		if tk.Text == "," {
			if k+1 >= vg-1 || !(s.tw(wArticle, k+1) || s.tokens[k+1].isWord() && !s.tokens[k+1].isCap() || s.possessiveAt(k+1)) {
				return nil
			}
			return s.mentionEndingAt(k, func(*mention) bool { return true })
		}
		if !tk.isWord() && tk.Text != "'s" && tk.Text != "-" || s.tw(wBe, k) || s.tw(wAux, k) || s.tw(wRelative, k) || s.tw(wSpeech, k) {
			return nil
		}
	}
	return nil
}

// coordinatedVerbBetween: between a and b stands "and", "or" or "but" followed, past forms of
// "be", auxiliaries and adverbs, by a verb of the past form ("designated in 2021 and is
// supported by"): a second verb, which owns what follows it.
func (s *sentenceCtx) coordinatedVerbBetween(a, b int) bool {
	for k := a; k < b; k++ {
		if !s.tokens[k].is("and", "or", "but") {
			continue
		}
		j := k + 1
		for j < b && (s.tw(wBe, j) || s.tw(wAux, j) || s.adverb(j)) {
			j++
		}
		if j > k+1 && j < b && s.pastForm(j) {
			return true
		}
	}
	return false
}

// possessiveAt: a possessive name starts at k ("Russia's").
func (s *sentenceCtx) possessiveAt(k int) bool {
	m := s.mentionAt(k)
	return m != nil && m.start == k && m.possessive
}

// antecedentVictim: the name m, a relative clause's antecedent, is the "of" object of a
// words.tsv victim-noun ("the invasion of Ukraine, which"): the noun's index, else -1.
func (s *sentenceCtx) antecedentVictim(m *mention) int {
	k := m.start - 1
	if k > s.a && s.tw(wArticle, k) {
		k--
	}
	if k-1 <= s.a || !s.tokens[k].is("of") || !s.tw(wVictimNoun, k-1) || s.mentionAt(k-1) != nil {
		return -1
	}
	return k - 1
}

// victimNoun: the name at start is the "of" object of a victim noun (words.tsv class
// victim-noun) that heads the phrase opening at te, past its determiners and modifiers ("the
// brutal invasion of", "the Russian targeting of the"): it names who suffered the act. The
// noun's index, or -1.
func (s *sentenceCtx) victimNoun(te, start int) int {
	k := start - 1
	if k > te && s.tw(wArticle, k) {
		k--
	}
	if k-1 < te || !s.tokens[k].is("of") || !s.tw(wVictimNoun, k-1) {
		return -1
	}
	for j := k - 2; j >= te; j-- {
		if tk := s.tokens[j]; !s.tw(wArticle, j) && !(tk.isWord() && !s.tw(wFunction, j) && !s.tw(wPreposition, j) && !s.tw(wConjunction, j)) && !(tk.Text == "-" && !tk.SpaceBefore) {
			return -1
		}
	}
	return k - 1
}

// ofThing: between te and the name at end stands "of" after a lower-case noun that is no
// role ("the decision of", "the proposal of", but not "the head of").
func (s *sentenceCtx) ofThing(te, end int) bool {
	for k := te + 1; k < end; k++ {
		if s.tokens[k].is("of") && s.tokens[k-1].isWord() && !s.tokens[k-1].isCap() && !s.tw(wArticle, k-1) &&
			s.roleEndingAt(k-1, end) < 0 {
			return true
		}
	}
	return false
}

// pairFrameArgs: every named end of a symmetric relation, pairwise.
func pairFrameArgs(x *Extractor, s *sentenceCtx, o *occurrence) []argPair {
	if o.trig.relation == RelAllyOf {
		if g := s.describedGroup(o.t, o.te); len(g) > 1 {
			// "the two allies had to stand together": the described group's members are the
			// pairs (relations.go describedAllies).
			return allPairs(g)
		}
	}
	if s.blocSense(o) {
		return nil
	}
	if o.trig.spec.has(flagHost) && !(o.t > o.ca && s.tw(wBe, o.t-1)) {
		g := s.pairObjects(o.te, o.cb, o.srcOK, true)
		if len(g) == 0 || s.ofThing(o.te, g[0].start) {
			// "The leaders welcomed the partnership": a host's verb without a guest after it
			// (and not passive: "were welcomed by Tiani") states no meeting; nor one whose
			// object is a thing of the person's ("welcomed the decision of Secretary General X").
			return nil
		}
	}
	if s.purposeMeeting(o) {
		// "A and B visited Manila for the meeting", "A and B hosted C and D for the second
		// Ministerial Meeting": a meeting noun that is the errand of the clause's act names no
		// partners of its own; the clause's verb pairs whoever met.
		return nil
	}
	if r := s.withWhom(o.t); r >= 0 {
		// "our neighbours Norway, Denmark and Iceland, with whom we now share one Alliance":
		// the names before are the antecedent, paired with the relative clause's subject, not
		// with one another.
		subj := s.nearestLeft(o.t, r+2, o.srcOK, false)
		ante := s.mentionEndingAt(r-1, o.srcOK)
		if subj == nil || ante == nil {
			return nil
		}
		return cross(s.coordination(subj, o.srcOK), s.coordination(ante, o.srcOK))
	}
	if pairs, ok := s.describedPartners(o); ok {
		return pairs
	}
	if o.trig.relation == RelAllyOf {
		if p := s.demonymPartner(o); p != nil {
			// "Malian forces and their Russian partners", "Moscow's Belarusian ally": the
			// owner and the state of the nationality are the pair.
			return []argPair{*p}
		}
	}
	if s.unnamedRelativeSubject(o.t) {
		// "Operation Prosperity Guardian, in which more than 20 partners take part": the
		// partners are the relative clause's own unnamed subject, not the main clause's doers.
		return nil
	}
	if s.groupPossessiveBefore(o.t, o.ca) && strings.HasSuffix(s.tokens[o.t].Lower, "s") &&
		s.mentionAt(o.te) == nil && len(s.namedMembers(o.te, o.cb, o.srcOK)) == 0 && s.appositionAfter(o.te, o.cb, o.srcOK) == nil {
		// "The United States and its allies have continued to provide Ukraine with ...": the
		// allies are unnamed, and the name after the verb is no partner.
		return nil
	}
	if o.te+2 < o.cb && s.tw(wPairObject, o.te) && s.tokens[o.te+1].is("those", "that") && s.tokens[o.te+2].is("of") {
		// "The EU's sanctions against Russia are aligned with those of Canada and Norway":
		// the things compared are aligned, not the states named.
		return nil
	}
	if s.unownedPrepObject(o) && len(s.pairObjects(o.te, o.cb, o.srcOK, false)) == 0 {
		members := s.namedMembers(o.te, o.cb, o.srcOK)
		if len(members) == 0 && o.te+1 < o.cb && s.tw(wInclusion, o.te) {
			// "alongside partners including Canada and Norway": no comma before "including"
			named := func(m *mention) bool { return o.srcOK(m) && !m.demonym && !m.possessive }
			if m, _ := s.objectOf(o.te+1, o.cb, named, nil, false); m != nil && m.start <= o.te+2 {
				members = s.group(m, named)
			}
		}
		if len(members) > 0 {
			// "Australia will act together with partners such as the United States and
			// Japan", "we train recruits alongside partners including Canada and Norway": the
			// partners named as members of a comitative object are the clause subject's.
			if subj := s.clauseSubject(o.ca, o.t, o.srcOK); subj != nil && subj.end <= o.t && !slices.ContainsFunc(members, func(m *mention) bool { return m.info == subj.info }) {
				return cross(s.coordination(subj, o.srcOK), members)
			}
			return nil
		}
		// "possibly together with European partners", "in close contact with Allies and
		// partners": partners or allies that are a preposition's unnamed object are others,
		// not the names before.
		return nil
	}
	if pairs, ok := s.frontedComitative(o); ok {
		return pairs
	}
	if pairs, ok := s.otherPartners(o); ok {
		return pairs
	}
	if s.urgedPartners(o) {
		// "Estonia, Latvia and Lithuania have urged allies to deploy more air defence",
		// "called on partners to respond": partners asked to act are others, not the names
		// that ask them.
		return nil
	}
	cb := o.cb
	if o.te+1 < cb && s.tokens[o.te].is("of") && s.w.ends(eParticiple, s.tokens[o.te+1].Lower) && !s.tokens[o.te+1].isCap() {
		// "accused Washington and its allies of seeking to strangle the North": a gerund after
		// "of" states a charge; the names in it are no partners.
		cb = o.te
	}
	pairs := s.pairArgs(o.t, o.te, o.ca, cb, o.srcOK, o.trig.spec.has(flagDirectObject))
	if company := s.eventCompany(o); len(company) > 0 {
		// "a summit in Helsinki hosted by A and B", "the meeting was hosted by A and attended by
		// B and C": the hosts and guests, and whoever the noun already paired, met one another.
		if all := pairEnds(company, pairs); len(all) > 1 {
			return allPairs(all)
		}
	}
	if o.trig.spec.has(flagTogether) && len(pairs) > 1 {
		// "convened the meeting, joined by X and Y": the company meets one another too.
		return allPairs(pairEnds(nil, pairs))
	}
	if o.trig.spec.has(flagCompany) && len(pairs) > 1 && oneHost(pairs) {
		// "X of Japan hosted A of Australia, B of India and C of the United States in Tokyo":
		// one host receives the guests together, and they meet one another. Two hosts ("X and
		// Y hosted A and B", a 2+2) keep only the pairs across the sides.
		return allPairs(pairEnds(nil, pairs))
	}
	return pairs
}

// demonymPartner (h44memb): the pair noun at o.t is modified by a state's demonym right
// before it, after a possessive ("their Russian partners", "its Eritrean allies", "Moscow's
// Belarusian ally"), and no name follows the noun: the possessor's entity and the demonym's
// state are the pair (possessor skips a capitalised modifier that belongs to a name, so no
// other reading pairs them). Nil when the two are the same state ("Russia's Russian
// partners") or either end is no state.
func (s *sentenceCtx) demonymPartner(o *occurrence) *argPair {
	d := s.mentionEndingAt(o.t, func(m *mention) bool { return m.demonym })
	if d == nil || !o.srcOK(d) || d.start == 0 {
		return nil
	}
	p := s.mentionEndingAt(d.start, func(m *mention) bool { return m.possessive }) // "its"
	if p == nil && d.start > 1 && s.tokens[d.start-1].Text == "'s" {
		p = s.mentionEndingAt(d.start-1, func(m *mention) bool { return m.possessive }) // "Moscow's"
	}
	if p == nil || !o.srcOK(p) || p.info == d.info {
		return nil
	}
	if o.te < o.cb && s.mentionAt(o.te) != nil || len(s.namedMembers(o.te, o.cb, o.srcOK)) > 0 || s.appositionAfter(o.te, o.cb, o.srcOK) != nil {
		return nil // "its Nordic partners Denmark and Norway": the names after are the partners
	}
	return &argPair{p, d}
}

// purposeMeeting: the words.tsv event-noun at o.t is the object of "for" (past an article and
// modifiers, capitalised or not, within ten words and no comma) after a trigger of the clause
// ("visited", "hosted"), and takes no complement of its own after it ("with", "between",
// "among", "of", "by").
func (s *sentenceCtx) purposeMeeting(o *occurrence) bool {
	if !s.tw(wEventNoun, o.t) {
		return false
	}
	for k := o.t + 1; k <= o.te && k < o.cb; k++ {
		if s.tokens[k].is("with", "between", "among", "of", "by") {
			return false // "talks with X" (the trigger's own preposition or the next word)
		}
	}
	for k := o.t - 1; k > o.ca && k >= o.t-10; k-- {
		if s.tokens[k].is("for") {
			// Only where the clause's own act before "for" is a trigger (a visit, a hosting):
			// "A and B gathered for talks" states their meeting by the noun alone.
			for j := o.ca; j < k; j++ {
				if s.trigAt(j) {
					return true
				}
			}
			return false
		}
		if !s.tokens[k].isWord() && !isDigits(s.tokens[k].Text) && !s.tokens[k].is("\"", "(", ")", "+", "-", "'s") || s.mentionAt(k) != nil && s.mentionAt(k).info.Type == TypePerson {
			return false
		}
	}
	return false
}

// appealedTo: the clause from te to cb asks its object to act: "to" or "not to" before a
// bare verb ("called on Putin and Lukashenko to halt", "called on President X not to sign").
func (s *sentenceCtx) appealedTo(te, cb int) bool {
	for k := te; k < cb; k++ {
		if s.infinitiveTo(k, cb) || s.tokens[k].is("not") && k+1 < cb && s.infinitiveTo(k+1, cb) {
			return true
		}
	}
	return false
}

// oneHost: every pair has the same source entity.
func oneHost(pairs []argPair) bool {
	for _, p := range pairs[1:] {
		if p.src.info != pairs[0].src.info {
			return false
		}
	}
	return true
}

// pairEnds: all, then each end of pairs whose entity all does not hold yet, in order.
func pairEnds(all []*mention, pairs []argPair) []*mention {
	for _, p := range pairs {
		for _, m := range []*mention{p.src, p.dst} {
			if !slices.ContainsFunc(all, func(a *mention) bool { return a.info == m.info }) {
				all = append(all, m)
			}
		}
	}
	return all
}

// eventCompany: the people after "by" of the words.tsv event-company participles that follow a
// meeting noun (words.tsv event-noun) at o.t, past its complements and a form of "be", and of a
// second such participle joined by "and" ("was hosted by A and attended by B and C"); nil when
// the trigger is no such noun or a comma or clause word comes first.
func (s *sentenceCtx) eventCompany(o *occurrence) []*mention {
	if o.te != o.t+1 || !s.tw(wEventNoun, o.t) {
		return nil
	}
	k := -1
	for j := o.te; j+1 < o.cb && j < o.te+10; j++ {
		if s.tw(wEventCompany, j) && s.tokens[j+1].is("by") {
			k = j
			break
		}
		if s.tokens[j].Text == "," && !(j+2 < o.cb && s.tw(wEventCompany, j+1)) || s.tw(wClause, j) || s.tw(wRelative, j) {
			return nil
		}
	}
	var out []*mention
	for k >= 0 {
		// The first person after "by", past a state and a title ("hosted by Norway's Foreign
		// Minister X", "by Finnish President X").
		end := k + 9
		for j := k + 2; j < o.cb && j < k+16 && (s.tokens[j].isCap() || s.tokens[j].is("of", "the", "'s")); j++ {
			// "attended by Chairman of the People's Republic of China Xi Jinping": an office
			// with its state's formal name before the name reaches further.
			end = max(end, j+2)
		}
		m := s.firstRight(k+2, min(o.cb, end), func(m *mention) bool { return m.info.Type == TypePerson && o.srcOK(m) }, nil)
		if m == nil {
			break
		}
		g := s.group(m, o.srcOK)
		out = append(out, g...)
		k = -1
		if e := g[len(g)-1].end; e+3 < o.cb && s.tokens[e].is("and") && s.tw(wEventCompany, e+1) && s.tokens[e+2].is("by") {
			k = e + 1
		}
	}
	return out
}

// blocSense: the ally noun at o.t speaks of a body's membership, not of a tie between the states
// named around it: a words.tsv bloc-modifier ("alliance", "allied") as the modifier of a
// bloc-noun ("ringed by Alliance members", "an allied sea"), or an ally-noun ("ally",
// "allies") owned by a body, as its possessor or its name right before, past at most two
// lower-case modifiers ("Finland and Sweden are NATO's newest Allies", "surrounded by NATO
// Allies"). A pact named before the noun ("the three AUKUS
// partners") keeps its partners.
func (s *sentenceCtx) blocSense(o *occurrence) bool {
	switch {
	case s.tw(wBlocModifier, o.t):
		return o.te == o.t+1 && o.te < o.cb && s.tw(wBlocNoun, o.te)
	case s.tw(wAllyNoun, o.t):
		k := o.t - 1
		for k > o.ca && k >= o.t-2 && s.tokens[k].isWord() && !s.tokens[k].isCap() && !s.tw(wFunction, k) && s.mentionAt(k) == nil {
			k--
		}
		if k >= o.ca && isPossessiveMark(s.tokens[k].Text) {
			k--
		}
		m := s.mentionEndingAt(k+1, func(m *mention) bool { return m.info.Type == TypeInstitution })
		return m != nil && !m.coref
	}
	return false
}

// groupPossessiveBefore: a words.tsv group-possessive stands right before the plural noun at t,
// or, before a partner-noun ("allies", "partners"), past at most two modifiers that name nobody ("its Nordic
// partners", "their closest Western allies"; "their respective alliances" are the owners' own,
// and an apposition after a comma names its allies before it).
func (s *sentenceCtx) groupPossessiveBefore(t, ca int) bool {
	for k := t - 1; k >= ca && k >= s.a && k >= t-3; k-- {
		if s.tw(wGroupPossessive, k) {
			if k < t-1 && (!s.tw(wPartnerNoun, t) || k > s.a && s.tokens[k-1].Text == ",") {
				return false // "Norway and Denmark, its closest allies": an apposition names them
			}
			return true
		}
		if !s.tokens[k].isWord() || s.mentionAt(k) != nil || s.tw(wFunction, k) || s.tw(wConjunction, k) {
			return false
		}
	}
	return false
}

// appositionAfter: the names set off by a comma right after a plural noun ending at te, with
// an optional article, and closed by a comma or the clause's end ("its allies, South Korea and
// Japan", "its partners, the United States and South Korea, to watch"): the first of them, or
// nil. "The United States and its allies, Ukraine said, ..." closes on no comma and is none.
func (s *sentenceCtx) appositionAfter(te, cb int, ok func(*mention) bool) *mention {
	k := te + 1
	if k >= cb || s.tokens[te].Text != "," {
		return nil
	}
	if k+1 < cb && s.tw(wArticle, k) && s.mentionAt(k) == nil {
		k++
	}
	m := s.mentionAt(k)
	if m == nil || !ok(m) || m.possessive || m.demonym || s.modifier(m) {
		return nil
	}
	g := s.group(m, ok)
	if end := g[len(g)-1].end; end < cb && s.tokens[end].Text != "," && s.tokens[end].Text != "." {
		return nil
	}
	return m
}

// frontedComitative: the pair noun at o.t stands in an opening phrase led by a words.tsv
// comitative word ("Together with our Nordic allies Denmark, Finland and Norway, Sweden will
// contribute ..."): the names after the noun, inside the phrase, are partners of the subject
// after its comma, not of one another. ok=false when the noun stands in no such phrase.
func (s *sentenceCtx) frontedComitative(o *occurrence) ([]argPair, bool) {
	if o.t-s.lead > 6 || o.t <= s.lead || !s.tw(wComitative, s.lead) {
		return nil, false
	}
	m := s.mentionAt(o.te)
	if m == nil || !o.srcOK(m) || m.demonym || m.possessive {
		return nil, false
	}
	members := s.group(m, o.srcOK)
	for i := 1; i < len(members); i++ {
		b := members[i].start - 1
		if s.tw(wArticle, b) {
			b--
		}
		if i >= 2 && s.tokens[b].Text == "," && s.tw(wConjunction, members[i-1].start-1) {
			members = members[:i] // "Denmark and Norway, Sweden will": the list closed at "and"
			break
		}
	}
	k := members[len(members)-1].end
	if k+1 >= o.cb || s.tokens[k].Text != "," {
		return nil, false
	}
	k++
	if s.mentionAt(k) == nil && s.tw(wArticle, k) {
		k++
	}
	subj := s.mentionAt(k)
	if subj == nil || !o.srcOK(subj) || subj.possessive {
		return nil, true // no named subject after the phrase: nothing stated
	}
	return cross(s.coordination(subj, o.srcOK), members), true
}

// otherPartners: the pair noun at o.t follows a words.tsv other-partner word, past lower-case
// modifiers, that closes a list of names ("the United States, Japan and other like-minded
// partners"): the names are partners of the clause's subject when the list is the object of
// a verb or of a partner-prep ("We thank the United States, Japan and other partners", "in
// close coordination with the G7, Canada and other partners"), and of no one named when the
// list is the subject or follows another preposition ("Germany, Poland and other partners
// sent tanks", "tanks supplied by Germany, Poland and other partners"): never of one another.
// ok=false when the noun closes no such list.
func (s *sentenceCtx) otherPartners(o *occurrence) ([]argPair, bool) {
	k := o.t - 1
	for k > o.ca && k >= o.t-4 && !s.tw(wOtherPartner, k) && (s.tokens[k].isWord() || s.tokens[k].Text == "-") && !s.tokens[k].isCap() && s.mentionAt(k) == nil && !s.tw(wOthersPrep, k) {
		k--
	}
	if k <= o.ca+1 || !s.tw(wOtherPartner, k) || !s.tw(wConjunction, k-1) {
		return nil, false
	}
	named := func(m *mention) bool { return o.srcOK(m) && !m.demonym && !m.possessive }
	last := s.mentionEndingAt(k-1, named)
	if last == nil {
		return nil, false
	}
	// The list before the conjunction: names joined by commas and conjunctions, each with
	// its article.
	members := []*mention{last}
	b := last.start - 1
	for b > o.ca {
		if s.tw(wArticle, b) && s.mentionAt(b) == nil {
			b--
			continue
		}
		if s.tokens[b].Text != "," && !s.tw(wConjunction, b) {
			break
		}
		m := s.mentionEndingAt(b, named)
		if m == nil {
			break
		}
		members = append(members, m)
		b = m.start - 1
	}
	members = s.withCoSpan(members, named)
	if b < o.ca || b <= s.a {
		return nil, true // the list is the subject
	}
	if tk := s.tokens[b]; !s.tw(wPartnerPrep, b) && (!tk.isWord() || tk.isCap() || s.tw(wPreposition, b) || s.tw(wFunction, b) || s.tw(wConjunction, b)) {
		return nil, true // "supplied by Germany, Poland and other partners"
	}
	subj := s.clauseSubject(o.ca, b+1, o.srcOK)
	if subj == nil || subj.end > b+1 {
		return nil, false // no named subject ("The ministry thanks ..."): the pair frame's own reading
	}
	subjs := s.coordination(subj, o.srcOK)
	var out []*mention
	for _, m := range members {
		if !slices.ContainsFunc(subjs, func(p *mention) bool { return p.info == m.info }) {
			out = append(out, m)
		}
	}
	return cross(subjs, out), true
}

// urgedPartners: the pair noun at o.t is a plural followed by an infinitive ("allies to
// deploy", "partners to respond"): the object of a verb of asking, who is to act, not the
// names before it. An article or a function word after "to" ("allies to this day", "partners
// to the agreement") is no infinitive.
func (s *sentenceCtx) urgedPartners(o *occurrence) bool {
	k := o.te
	if k+1 >= o.cb || !strings.HasSuffix(s.tokens[o.te-1].Lower, "s") || !s.tokens[k].is("to") {
		return false
	}
	n := s.tokens[k+1]
	return n.isWord() && !n.isCap() && s.mentionAt(k+1) == nil && !s.tw(wArticle, k+1) && !s.tw(wFunction, k+1) && !s.tw(wDeterminer, k+1)
}

// unownedPrepObject: the pair noun at o.t is a plural heading the object of a words.tsv
// others-prep preposition with no owner and no name before it in its phrase ("together with
// European partners", "with Allies and partners", "among its allies" is owned and not this).
func (s *sentenceCtx) unownedPrepObject(o *occurrence) bool {
	if !strings.HasSuffix(s.tokens[o.te-1].Lower, "s") || s.mentionAt(o.te) != nil {
		return false // "with allies Japan and Australia" names them
	}
	for k := o.t - 1; k >= o.ca && k > s.a && k >= o.t-6; k-- {
		tk := s.tokens[k]
		switch {
		case s.tw(wOthersPrep, k):
			return true
		case s.mentionEndingAt(k+1, func(m *mention) bool { return m.demonym }) != nil:
			// "with North Korean partners": partners of that nationality, still unnamed
			k = s.mentionEndingAt(k+1, func(m *mention) bool { return m.demonym }).start
			continue
		case s.mentionAt(k) != nil || s.mentionEndingAt(k+1, func(*mention) bool { return true }) != nil:
			return false
		case s.tw(wConjunction, k), tk.Text == "\"":
			continue // "with Allies and partners"
		case !tk.isWord(), s.tw(wPossessive, k), s.tw(wPreposition, k), s.tw(wPronoun, k):
			return false
		}
	}
	return false
}

// unnamedRelativeSubject: the trigger at t heads the subject of a relative clause opened by
// ", PREP which|whom" within the six words before it, with no name between ("..., in which
// more than 20 partners take part").
func (s *sentenceCtx) unnamedRelativeSubject(t int) bool {
	for k := t - 1; k > s.a+1 && k >= t-6; k-- {
		if s.mentionAt(k) != nil || !s.tokens[k].isWord() {
			return false
		}
		if s.tw(wObliqueRelative, k) {
			return s.tw(wPreposition, k-1) && s.tokens[k-2].Text == ","
		}
	}
	return false
}

// withWhom: the position of a ", with whom" or ", with which" that opens the relative clause
// of the pair trigger at t (within the eight words before it), or -1.
func (s *sentenceCtx) withWhom(t int) int {
	for k := t - 1; k > s.a && k >= t-8; k-- {
		if s.tokens[k].is("with") && k+1 < t && s.tw(wObliqueRelative, k+1) && s.tokens[k-1].Text == "," {
			return k
		}
		if !s.tokens[k].isWord() {
			return -1
		}
	}
	return -1
}

// sourceAfter finds the source after one of the spec's source prepositions, searching up to
// the first target preposition ("support from X for Y"; "the visit of Putin to Pyongyang").
func (s *sentenceCtx) sourceAfter(te, cb int, spec *argSpec, ok func(*mention) bool) *mention {
	end := min(cb, te+12)
	for k := te; k < end; k++ {
		if typeIn(s.tokens[k].Lower, spec.targetPreps) {
			end = k
			break
		}
	}
	return s.afterAnyWord(te, end, spec.sourcePreps, ok, 12)
}

// afterAnyWord is afterWord for the first of words (in order of preference) that finds one.
func (s *sentenceCtx) afterAnyWord(te, cb int, words []string, ok func(*mention) bool, reach int) *mention {
	for _, w := range words {
		if m := s.afterWord(te, cb, w, ok, reach); m != nil {
			return m
		}
	}
	return nil
}

// targetSite: the place named in the locative right after the unnamed site phrase that
// follows the first of preps within reach of te ("against targets in Ukraine", "at a
// factory in Dnipro", "at shelters, hospitals and schools across Gaza"). The phrase opens
// with an article or ends in a plural (not "to guard the link"), names no event ("launched at
// the summit in Washington"), and a complement ("at the city from Belgorod") is no locative.
// nil when the preposition's object is named or no such locative follows.
func (s *sentenceCtx) targetSite(te, cb int, preps []string, ok func(*mention) bool, not *mention) *mention {
	k := te
	for ; k < cb && k < te+14; k++ {
		if typeIn(s.tokens[k].Lower, preps) && !s.tw(wPrepIdiom, k-1) {
			break
		}
	}
	if k+1 >= cb || k >= te+14 {
		return nil
	}
	j := k + 1
	opened := s.tw(wArticle, j)
	if opened {
		j++
	}
	for n := 0; j < cb && n < 5; n++ {
		if m := s.mentionAt(j); m != nil {
			if !(s.modifier(m) || m.demonym) || m.end >= cb {
				return nil // a named object is the preposition's own (afterWord)
			}
			j = m.end
			continue
		}
		if tk := &s.tokens[j]; !tk.isWord() || tk.isCap() || s.twAny(&targetSiteStop, j) {
			break
		}
		if s.tw(wEventNoun, j) {
			return nil
		}
		j++
	}
	if j == k+1 || !opened && !plural(s.tokens[j-1].Lower) || s.tw(wAgentHead, j-1) ||
		!(s.tw(wPlaceHead, j-1) || s.tw(wSiteHead, j-1) || s.tw(wCompoundHead, j-1)) {
		// "against those troops inside Russia": forces are the target; "clashed with
		// protesters in Tbilisi": people, not a site (words.tsv place-head, site-head,
		// compound-head), are met there.
		return nil
	}
	j = s.plainListEnd(j, cb)
	if j+1 >= cb || !s.tw(wLocative, j) || s.tw(wComplement, j) {
		return nil
	}
	i := j + 1
	if s.tokens[i].is("the") {
		i++
	}
	if i+2 < cb && s.tw(wPlaceHead, i) && !s.tokens[i].isCap() && s.tokens[i+1].is("of") && s.mentionAt(i) == nil {
		// r42force: "fired missiles at an arsenal near the town of Karachev": the place named
		// after a place noun and "of" is the locative's, as "the city of Kharkiv" is Kharkiv.
		i += 2
	}
	if m := s.mentionAt(i); m != nil && ok(m) && (not == nil || m.info != not.info) {
		return m
	}
	return nil
}

// guestArgs: a host's verb states the guest's presence at the place after one of the
// spec's prepositions: "Biden welcomed Modi, Albanese and Kishida at Archmere Academy",
// "Kim was hosted by Putin at the Vostochny Cosmodrome". The guest is the verb's direct
// object, or the passive's subject.
func guestArgs(x *Extractor, s *sentenceCtx, o *occurrence) []argPair {
	var guest *mention
	if s.passive(o.t) {
		guest = s.subjectOf(o.t, o.ca, o.srcOK)
	} else {
		// The direct object: a name right after the verb, past articles and titles.
		for k := o.te; k < o.cb && k < o.te+6 && guest == nil; k++ {
			if m := s.mentionAt(k); m != nil {
				if p := s.possessedPerson(m, o.cb, o.srcOK); p != nil {
					guest = p
					break
				}
				if o.srcOK(m) && !m.demonym {
					guest = m
					break
				}
				k = m.end - 1
				continue
			}
			if !s.tw(wArticle, k) && !s.tokens[k].isCap() && !s.guestNounAt(k) {
				break
			}
		}
		if guest == nil {
			// "hosted a Russian delegation led by Deputy Defence Minister X in Ouagadougou":
			// the delegation's leader is the guest.
			if m := s.delegationLeader(o.te, o.cb); m != nil && o.srcOK(m) {
				guest = m
			}
		}
	}
	guests := s.group(guest, o.srcOK)
	if !s.passive(o.t) && len(guests) > 1 {
		// "Kishida invited his counterparts to Japan": the host is no guest of his own.
		if host := s.subjectOf(o.t, o.ca, o.srcOK); host != nil {
			kept := guests[:0:0]
			for _, g := range guests {
				if g.info != host.info {
					kept = append(kept, g)
				}
			}
			guests = kept
		}
	}
	// The place is the object of the first locative after the verb, or after a long list of
	// guests, not a later one ("was received by Putin in the Kremlin in November, and ...
	// Pyongyang").
	from := o.te
	if len(guests) > 0 && !s.passive(o.t) && guests[len(guests)-1].end > from {
		from = guests[len(guests)-1].end
		for from < o.cb && from < guests[len(guests)-1].end+6 && !typeIn(s.tokens[from].Lower, o.trig.spec.targetPreps) {
			from++ // "... Kishida Fumio of Japan at Camp David"
		}
	}
	var place *mention
	for k := from; k < o.cb && k < from+12; k++ {
		if typeIn(s.tokens[k].Lower, o.trig.spec.targetPreps) {
			place = s.afterWord(k, o.cb, s.tokens[k].Lower, o.dstOK, 1)
			if place == nil {
				place = s.venuePlace(k, o)
			}
			break
		}
	}
	if place == nil {
		return nil
	}
	return cross(guests, []*mention{place})
}

// guestNounAt: the token at k is a possessive determiner (words.tsv possessive, or "my") before
// a words.tsv guest-noun, or that noun after one ("welcomed his counterpart Wang Yi", "welcome
// my friend X"): the name after them is the guest.
func (s *sentenceCtx) guestNounAt(k int) bool {
	owner := func(j int) bool { return j >= s.a && (s.tw(wPossessive, j) || s.tokens[j].is("my")) }
	if s.tw(wGuestNoun, k) {
		return owner(k-1) || k-2 >= s.a && owner(k-2) && s.tokens[k-1].isCap() // "his Chinese counterpart"
	}
	return owner(k) && k+1 < s.b && (s.tw(wGuestNoun, k+1) || k+2 < s.b && s.tokens[k+1].isCap() && s.tw(wGuestNoun, k+2))
}

// agentRightAfter: src is the "by" agent right after the noun at o, or after a participle of
// agency before "by" (words.tsv class agency: "a negative vote cast by the Russian
// Federation"), an article allowed before the name.
func (s *sentenceCtx) agentRightAfter(o *occurrence, src *mention) bool {
	k := o.te
	if k+1 < o.cb && s.tw(wAgency, k) {
		k++
	}
	if k >= o.cb || !s.tokens[k].is("by") {
		return false
	}
	if k+1 < src.start && s.tw(wArticle, k+1) {
		k++
	}
	return src.start == k+1
}

// failedMeasures: the act at o follows, in its sentence, a clause whose subject is the
// relation's body and whose verb is a failure to act (words.tsv phrase class failure:
// "The Security Council today failed to renew the mandate of the Panel of Experts ..., owing to
// a negative vote cast by the Russian Federation"; "... failed to extend the sanctions regime
// on Mali, along with the mandate of the Panel of Experts, as the Russian Federation vetoed a
// draft text"). What the act defeated is that body's measure: the body is a target of each
// source the frame found, and so is every body whose mandate the failed clause names.
func (s *sentenceCtx) failedMeasures(x *Extractor, pairs []argPair, o *occurrence) []argPair {
	body := o.trig.spec.body
	if body == "" || len(pairs) == 0 {
		return nil
	}
	for k := s.a; k+1 < o.t; k++ {
		n := s.w.failure.matchAt(s.tokens[:o.t], k)
		if n == 0 {
			continue
		}
		subj := s.subjectOf(k, s.a, func(m *mention) bool { return m.info.Type == TypeInstitution })
		if subj == nil || subj.info.ID != body {
			return nil
		}
		dsts := append([]*mention{subj}, s.draftMandates(k+n, o.dstOK)...)
		var out []argPair
		for i, p := range pairs {
			if p.src == nil || slices.ContainsFunc(pairs[:i], func(q argPair) bool { return q.src == p.src }) {
				continue
			}
			for _, d := range dsts {
				if !slices.ContainsFunc(pairs, func(q argPair) bool { return q.src == p.src && q.dst != nil && q.dst.info == d.info }) &&
					!slices.ContainsFunc(out, func(q argPair) bool { return q.src == p.src && q.dst.info == d.info }) {
					out = append(out, argPair{p.src, d})
				}
			}
		}
		return out
	}
	return nil
}

// venuePlace: the locative at k has an unnamed venue as its object, a short noun phrase of
// lower-case words ("at a military parade", "at a state guesthouse"), and a locative of the
// spec right after it names where the venue is: that place ("hosted X at a military parade
// in Beijing"). nil when the venue has a name of its own or no locative follows it.
func (s *sentenceCtx) venuePlace(k int, o *occurrence) *mention {
	for j := k + 1; j < o.cb && j <= k+5; j++ {
		if typeIn(s.tokens[j].Lower, o.trig.spec.targetPreps) {
			if j == k+1 {
				return nil
			}
			return s.afterWord(j, o.cb, s.tokens[j].Lower, o.dstOK, 1)
		}
		if s.mentionAt(j) != nil || !s.tokens[j].isWord() || s.tokens[j].isCap() {
			return nil
		}
	}
	return nil
}

// eventArgs: an event noun ("the operation") states no relation of its own; it only names an
// event of its relation that a later event-object trigger points back to ("backed the
// operation").
func eventArgs(*Extractor, *sentenceCtx, *occurrence) []argPair { return nil }

// agentPrep: the name at m after a noun ending before te may be the noun's doer: the last
// preposition before it, if any, is a complement of words.tsv ("the launch by the North", "a test of
// a missile by the DPRK", "launches from North Korea"), not a place's or a time's; and no
// speech verb stands between, which makes it the subject of that verb's report ("condemned
// the missile launch and said Russia was helping").
func (s *sentenceCtx) agentPrep(te, m int) bool {
	for k := te; k < m; k++ {
		if s.tw(wSpeech, k) && s.mentionAt(k) == nil {
			return false
		}
	}
	for k := m - 1; k >= te; k-- {
		if s.tw(wPreposition, k) && s.mentionAt(k) == nil {
			return s.tw(wComplement, k)
		}
	}
	return true
}

// draftOf: the object at te is an unnamed noun phrase headed by a draft noun (words.tsv class
// draft: "a draft resolution", "the text"); it stands for the body (an entity id) whose draft it
// is. The relation is kept only when the document names the body.
func (s *sentenceCtx) draftOf(x *Extractor, te, cb int, body string) *mention {
	for k := te; k < cb && k < te+5; k++ {
		if m := s.mentionAt(k); m != nil && m.info.Type == TypeState && m.end < cb && (s.tw(wDraft, m.end) || s.tokens[m.end].Text == "'s" || s.tokens[m.end].Text == "'") {
			// "vetoed a United States text", "blocked a US draft", "the Council's veto of
			// Algeria's draft": the state that tabled it modifies the draft, which is still the
			// body's.
			k = m.end - 1
			if t := s.tokens[m.end].Text; t == "'s" || t == "'" {
				k = m.end
			}
			continue
		}
		if m := s.mentionAt(k); m != nil && m.info.Type == TypeState && m.end+1 < cb && s.tokens[m.end].Text == "-" &&
			!s.tokens[m.end].SpaceBefore && s.w.ends(ePast, s.tokens[m.end+1].Lower) {
			// "blocked a U.S.-drafted resolution", "a Russian-sponsored text": the state that
			// wrote it, in a hyphenated participle, modifies the draft too.
			k = m.end + 1
			continue
		}
		switch {
		case s.tw(wDraft, k):
			if k+1 < cb && s.tw(wDraft, k+1) {
				continue // "draft resolution": the head is the last
			}
			return docMention(x.lex.gaz.entities[body])
		case s.mentionAt(k) != nil || !s.tokens[k].isWord() || s.tw(wPreposition, k) && !s.tw(wArticle, k):
			return nil
		}
	}
	return nil
}

// venueBody: the body (an entity id) named after "in" or "at" (words.tsv venue-prep) within
// the clause after te ("in the Security Council"), or nil.
func (s *sentenceCtx) venueBody(te, cb int, body string) *mention {
	for k := te; k+1 < cb && k < te+25; k++ {
		if !s.tw(wVenuePrep, k) {
			continue
		}
		j := k + 1
		if s.tw(wArticle, j) {
			j++
		}
		if m := s.mentionAt(j); m != nil && m.info.ID == body {
			return m
		}
	}
	return nil
}

// draftMandates: the bodies a draft would have kept alive, named later in the sentence after
// a mandate noun and "of" (words.tsv class mandate: "a text that would have renewed the
// mandate of the Panel of Experts"), the body itself not included.
func (s *sentenceCtx) draftMandates(te int, ok func(*mention) bool) []*mention {
	var out []*mention
	for k := te; k < s.b && k < te+30; k++ {
		if s.tw(wMandate, k) && k-1 > te {
			// "renewed the Panel's mandate": the body's possessive before the mandate noun.
			if m := s.mentionEndingAt(k-1, func(*mention) bool { return true }); m != nil && m.info.Type == TypeInstitution && ok(m) &&
				(m.possessive || s.tokens[k-1].Lower == "'s" || s.tokens[k-1].Lower == "\u2019s") {
				out = append(out, m)
				continue
			}
		}
		if !s.tw(wMandate, k) || k+2 >= s.b || !s.tokens[k+1].is("of") {
			continue
		}
		j := k + 2
		for j < s.b && j < k+5 && (s.tw(wArticle, j) || s.tw(wPossessive, j)) {
			j++
		}
		if m := s.mentionAt(j); m != nil && m.info.Type == TypeInstitution && ok(m) {
			out = append(out, m)
		}
	}
	return out
}

// elicitedBy: the noun at t is the object of an eliciting verb (words.tsv class elicit: "drew
// criticism", "has drawn condemnation", "prompting protests"), with only articles and
// modifiers between; the verb's index, or -1.
func (s *sentenceCtx) elicitedBy(t, ca int) int {
	for k := t - 1; k >= ca && k >= t-4; k-- {
		switch {
		case s.tw(wElicit, k):
			return k
		case s.tokens[k].isWord() && !s.tokens[k].isCap() && (!s.tw(wFunction, k) || s.tw(wArticle, k)):
			continue
		}
		return -1
	}
	return -1
}

// elicitedArgs: "The veto has drawn criticism from South Korea and Ukraine", "Russia drew
// condemnation from Japan": the reaction's source follows "from" (or "by"), and it is aimed at
// the eliciting verb's subject — a name, or the doers of an earlier event its definite noun
// names ("the veto": Russia, who vetoed).
func (s *sentenceCtx) elicitedArgs(x *Extractor, o *occurrence, v int) []argPair {
	src := s.afterAnyWord(o.te, s.untilComma(o.te), append([]string{"by"}, o.trig.spec.sourcePreps...), o.srcOK, 4)
	if src == nil {
		return nil
	}
	srcs := s.group(src, o.srcOK)
	if subj := s.subjectOf(v, o.ca, o.dstOK); subj != nil {
		return cross(srcs, s.coordination(subj, o.dstOK))
	}
	if !o.trig.spec.has(flagEventObject) {
		return nil
	}
	// The unnamed subject: back from the verb group to its determiner ("The veto has drawn").
	for k := s.verbGroupStart(v, o.ca) - 1; k >= o.ca && k >= v-6; k-- {
		if s.tw(wDefinite, k) {
			return cross(srcs, s.eventDoers(x, k, o.cb, o.trig.spec))
		}
		if !s.tokens[k].isWord() || s.mentionAt(k) != nil {
			break
		}
	}
	return nil
}

// seatState: for a body named with a seat noun (words.tsv seat: "the Chinese Embassy in
// Manila", "the Embassy of the People's Republic of China in Manila"), its state (the
// entity's State: a demonym or "of" complement in its name), standing where the body does;
// nil for any other mention. A protest lodged with an embassy is lodged with its state
// (r41bcond: the read gold names the state, never the embassy).
func (x *Extractor) seatState(s *sentenceCtx, m *mention) *mention {
	if m == nil || m.info.Type != TypeInstitution || m.info.State == "" ||
		seatNounAt(s.tokens, m.start, m.end, s.w) < 0 && seatEnd(s.tokens, m.start, m.end, s.w) < 0 {
		return nil
	}
	if st := x.lex.gaz.entities[m.info.State]; st != nil && st.Type == TypeState {
		return actingFor(m, st)
	}
	return nil
}

// host: the subject of a hosting verb (words.tsv host) whose object the noun heads ("Japan
// received a state visit by", "Hungary will host a visit by"), past articles and modifiers.
func (s *sentenceCtx) host(o *occurrence) *mention {
	for k := o.t - 1; k >= o.ca && k >= o.t-4; k-- {
		if s.tw(wHost, k) {
			return s.clauseSubject(o.ca, k, o.dstOK)
		}
		if tk := s.tokens[k]; !tk.isWord() || tk.isCap() || s.tw(wPreposition, k) {
			return nil
		}
	}
	return nil
}

// relativeAside: k is the comma that closes a relative clause opened by ", which" (a words.tsv
// wh-relative) within the 24 tokens before it: the position of its opening comma, or -1.
func (s *sentenceCtx) relativeAside(k int) int {
	if k <= s.a || s.tokens[k].Text != "," {
		return -1
	}
	for j := k - 2; j > s.a && j >= k-24; j-- {
		if s.tokens[j].Text == "," && s.tw(wWhRelative, j+1) {
			return j
		}
		if s.tw(wClauseJoint, j) || isQuote(s.tokens[j].Text) {
			return -1
		}
	}
	return -1
}

// beneficiary: the one a noun's help goes to when the noun names none — the subject of the
// clause when the noun heads a "with" adjunct ("the coalition, led by Denmark with help from
// Norway"; "built with Iranian help") or is what a thanking verb's object is thanked for
// ("Israel's representative thanked the United States for its support").
func (s *sentenceCtx) beneficiary(o *occurrence) *mention {
	// The reach is counted in words with each name as one and articles as none, so that a
	// list of thanked helpers ("thanked the African Union, the United Nations and the
	// European Union for their support") does not hide the thanking verb.
	// r42supp: the modifiers between a "with" and the noun may be coordinated ("with the
	// direct military and political support of Türkiye"): no other verb's conjunction.
	wb := s.withBefore(o)
	for k, steps := o.t-1, 0; k >= o.ca && steps < 10; k-- {
		tk := s.tokens[k]
		if !s.tw(wArticle, k) {
			steps++
		}
		switch {
		case wb >= 0 && k > wb && s.tw(wConjunction, k) && o.te < o.cb && s.tokens[o.te].is("of", "from"):
			continue
		case tk.Text == "," && k > o.ca && s.mentionEndingAt(k, func(*mention) bool { return true }) != nil &&
			(s.mentionAt(k+1) != nil || s.tw(wArticle, k+1) && s.mentionAt(k+2) != nil):
			continue // a comma between two names of a list
		case s.tw(wConjunction, k) && !(k > o.ca && s.mentionEndingAt(k, func(*mention) bool { return true }) != nil &&
			(s.mentionAt(k+1) != nil || s.tw(wArticle, k+1) && s.mentionAt(k+2) != nil)):
			return nil // "welcomed the signing and expressed his appreciation for": another verb's
		case tk.is("to") && k > o.ca && s.thankingAt(k-1):
			continue // "expressed its gratitude to Poland"
		case tk.is("for") && k+1 < o.t && s.tokens[k+1].isWord() && !s.tokens[k+1].isCap() && s.w.ends(eParticiple, s.tokens[k+1].Lower):
			return nil // "thanks X for expressing their support for peace": X's act, not help
		case tk.is("with") && (k >= o.t-4 || k == wb), s.thankingAt(k):
			for j := o.ca; j < k; j++ {
				if s.tw(wSpeech, j) || s.tw(wReportVerb, j) {
					return nil // "X said 99 percent were intercepted, with help from": not X's
				}
			}
			return s.clauseSubject(s.conjoinedClauseStart(o.ca, k), k, o.dstOK)
		case tk.isWord() && !tk.isCap() && !s.tw(wPreposition, k) || tk.is("for") || tk.Text == "'s" || s.mentionAt(k) != nil || isQuote(tk.Text):
			continue
		}
		if m := s.mentionEndingAt(k+1, func(*mention) bool { return true }); m != nil {
			k = m.start
			continue
		}
		return nil
	}
	return nil
}

// conjoinedClauseStart: where the last clause joined by ", and" plus an opening adverbial
// starts before k ("the group has launched attacks, and on 11 January the United States,
// with support from ..."), else ca. A conjunction before a name is left alone: it may close
// a serial list ("Mali, Burkina Faso, and Niger, with help from").
func (s *sentenceCtx) conjoinedClauseStart(ca, k int) int {
	for j := k - 2; j > ca; j-- {
		if s.tokens[j-1].Text == "," && s.tw(wConjunction, j) && s.tw(wFunction, j+1) && !s.tw(wArticle, j+1) && s.mentionAt(j+1) == nil {
			return j
		}
	}
	return ca
}

// actNounAgent: for a noun whose object may be an event (flag event-object), the agent of
// an unnamed act noun (words.tsv act-noun) right after the noun's target preposition
// ("serious concerns over the dangerous actions by the China Coast Guard"): the "by" phrase
// belongs to the act, so its doer is the target, not the noun's own source.
func (s *sentenceCtx) actNounAgent(o *occurrence) *mention {
	spec := o.trig.spec
	if !spec.has(flagEventObject) || o.te >= o.cb || !typeIn(s.tokens[o.te].Lower, spec.targetPreps) {
		return nil
	}
	for k := o.te + 1; k+1 < o.cb && k <= o.te+7; k++ {
		if s.mentionAt(k) != nil || !s.tokens[k].isWord() {
			return nil
		}
		if s.tw(wActNoun, k) && s.tokens[k+1].is("by") {
			// An act noun that is a trigger of its own ("the use by the United States of
			// its veto") still names its doer after "by".
			return s.afterWord(k+1, o.cb, "by", o.dstOK, 4)
		}
		if s.trigAt(k) || s.tw(wVictimNoun, k) {
			// "condemnation of the targeting of Iran carried out by Israel", "its
			// condemnation of the strikes on Iran by Israel": an unnamed event noun with its
			// victim after a preposition names its doer past the victim; the victim is no
			// target.
			return s.agentPastVictim(k, o.cb, o.dstOK)
		}
	}
	return nil
}

// victimOnly: a speech act's noun whose target phrase is an unnamed event noun with only its
// victim named ("its condemnation of the strikes on Iran"): as with the verb ("condemned the
// strikes on Iran"), the victim is no target.
func (s *sentenceCtx) victimOnly(o *occurrence) bool {
	spec := o.trig.spec
	if !spec.has(flagSpeechAct) || !spec.has(flagEventObject) || o.te >= o.cb || !typeIn(s.tokens[o.te].Lower, spec.targetPreps) {
		return false
	}
	for k := o.te + 1; k+1 < o.cb && k <= o.te+7; k++ {
		if s.mentionAt(k) != nil || !s.tokens[k].isWord() || s.tokens[k].isCap() {
			return false
		}
		if !s.trigAt(k) && !s.tw(wVictimNoun, k) {
			continue
		}
		j := k + 1
		for j < o.cb && j < k+4 && s.mentionAt(j) == nil && s.tokens[j].isWord() && (s.trigAt(j) || s.tw(wVictimNoun, j)) {
			j++
		}
		// "of" names a victim only after a victim noun ("the bombardment of Gaza"); after
		// another event noun it may name what moved ("the deployment of DPRK soldiers").
		if j+1 >= o.cb || !(s.tokens[j].is("on", "against") || s.tokens[j].is("of") && s.tw(wVictimNoun, j-1)) {
			return false
		}
		j++
		if s.tw(wArticle, j) && s.mentionAt(j) == nil {
			j++
		}
		victim := s.mentionAt(j)
		return victim != nil && !victim.possessive && s.agentPrepEnd(victim.end, o.cb) < 0
	}
	return false
}

// agentPastVictim: for the unnamed event noun at k (a trigger noun or a words.tsv
// victim-noun, a run of them: "military targeting"), the agent named after its victim: the
// event noun's preposition, its victim (a name or a list of names), then "by" or an agency
// participle before "by"/"to" ("the strikes on Iran by Israel", "the targeting of Iran carried
// out by Israel"). Nil without that shape.
func (s *sentenceCtx) agentPastVictim(k, cb int, ok func(*mention) bool) *mention {
	j := k + 1
	for j < cb && j < k+4 && s.mentionAt(j) == nil && s.tokens[j].isWord() && (s.trigAt(j) || s.tw(wVictimNoun, j)) {
		j++
	}
	if j+1 >= cb || !s.tw(wPreposition, j) || s.tokens[j].is("by") {
		return nil
	}
	j++
	if s.tw(wArticle, j) && s.mentionAt(j) == nil {
		j++
	}
	victim := s.mentionAt(j)
	if victim == nil {
		return nil
	}
	end := victim.end
	for _, m := range s.group(victim, func(*mention) bool { return true }) {
		end = max(end, m.end)
	}
	e := s.agentPrepEnd(end, cb)
	if e < 0 {
		return nil
	}
	if a := s.mentionAt(e); a != nil && ok(a) {
		return a
	}
	if e+1 < cb && s.tw(wArticle, e) {
		if a := s.mentionAt(e + 1); a != nil && ok(a) {
			return a
		}
	}
	return nil
}

// agentPrepEnd: the token after the "by" of an agent phrase opening at e, "by" alone or after
// a words.tsv agency participle ("carried out by", "attributed to"); -1 when none opens there.
func (s *sentenceCtx) agentPrepEnd(e, cb int) int {
	if e+1 < cb && s.tokens[e].is("by") {
		return e + 1
	}
	if e+2 >= cb || !s.tw(wAgency, e) {
		return -1
	}
	e++
	if s.tokens[e].is("out") {
		e++
	}
	if e+1 < cb && s.tokens[e].is("by", "to") {
		return e + 1
	}
	return -1
}

// thankedObject: the first name of the object of a thanking verb (words.tsv thank) before the
// noun at o.t, past an article and a "to" ("thanked the EU", "expressed its appreciation to
// the African Union"), when it is of the noun's source kind; else nil.
func (s *sentenceCtx) thankedObject(o *occurrence) *mention {
	for k := o.ca; k < o.t; k++ {
		if !s.thankingAt(k) {
			continue
		}
		m := s.thankedRightAfter(o, k)
		if m == nil {
			return nil
		}
		// The noun must be what the thanks are for: "for" and only its determiners and
		// modifiers before it ("for their continued support"), not a clause ("for expressing
		// their concern and their support for peace").
		for f := o.t - 1; f >= m.end; f-- {
			switch {
			case s.tokens[f].is("for"):
				return m
			case isQuote(s.tokens[f].Text), s.tw(wArticle, f),
				s.tokens[f].isWord() && !s.tokens[f].isCap() && !s.w.ends(eParticiple, s.tokens[f].Lower) && !s.tw(wFunction, f):
				continue
			}
			return nil
		}
		return nil
	}
	return nil
}

// thankingVerb: the token of the first thanking verb (words.tsv thank) in the clause before
// the noun at o.t, or -1.
func (s *sentenceCtx) thankingVerb(o *occurrence) int {
	for k := o.ca; k < o.t; k++ {
		if s.thankingAt(k) {
			return k
		}
	}
	return -1
}

// thankedFor: the noun at t is inside the "for" phrase of the thanking verb at k ("thanked
// Korea for its help", "for what he called its principled stand in support of"), not in a
// clause coordinated after it ("thanked Putin for the welcome and pledged his full support").
func (s *sentenceCtx) thankedFor(k, t int) bool {
	f := -1
	for j := k + 1; j < t; j++ {
		if s.tokens[j].is("for") {
			f = j
			break
		}
	}
	if f < 0 {
		return false
	}
	for j := f + 1; j < t; j++ {
		if s.tokens[j].is("and") || s.tokens[j].is("but") || s.tokens[j].is(";") {
			return false
		}
	}
	return true
}

// isThanker: src, the subject or an anaphor, is the entity named before the thanking verb at
// k in its clause ("Mr. Stoltenberg thanked", "the representative of Sudan, X, thanked"), by
// a name, not a demonym ("Chinese President Xi ... thanked him for China's support": China,
// a possessor after the verb, is no anaphor and is not checked).
func (s *sentenceCtx) isThanker(o *occurrence, k int, src *mention) bool {
	for i := range s.mentions {
		m := &s.mentions[i]
		if m.start >= o.ca && m.end <= k && m.info == src.info && !m.nested && !m.demonym {
			return true
		}
	}
	return false
}

// thankedRightAfter: the name the thanking verb at k takes as object, past a "to" and an
// article ("thanked the Russian Federation for", "expressed its gratitude to Poland for"),
// when it is of the noun's source kind and stands before the noun; else nil.
func (s *sentenceCtx) thankedRightAfter(o *occurrence, k int) *mention {
	j := k + 1
	if j < o.t && s.tokens[j].is("to") {
		j++
	}
	if j < o.t && s.mentionAt(j) == nil && s.tw(wArticle, j) {
		j++
	}
	m := s.mentionAt(j)
	if m == nil || m.end > o.t || !o.srcOK(m) {
		return nil
	}
	return m
}

// thankingAt: the word at k thanks someone: a thanking verb (words.tsv thank), or a noun of
// thanks (thank-to) with its "to" after it ("expressed its gratitude to Poland").
func (s *sentenceCtx) thankingAt(k int) bool {
	return s.tw(wThank, k) || s.tw(wThankTo, k) && k+1 < s.b && s.tokens[k+1].is("to")
}

// thanks: a thanking verb (words.tsv thank) stands in the clause before the noun at o.t.
func (s *sentenceCtx) thanks(o *occurrence) bool {
	return s.thankingVerb(o) >= 0
}

// listJoinEndsAt: a words.tsv list-join phrase ("as well as") ends at token k.
func (s *sentenceCtx) listJoinEndsAt(k int) bool {
	for j := k; j >= s.a; j-- {
		if s.w.listJoin.matchAt(s.tokens[:k+1], j) == k+1-j {
			return true
		}
	}
	return false
}

// possessorList: the possessors of the noun phrases coordinated after the one m possesses
// ("X's export and Y's procurement", "X's launches, as well as Y's use of them"), up to the
// clause's end.
func (s *sentenceCtx) possessorList(m *mention, cb int, ok func(*mention) bool) []*mention {
	var out []*mention
	for j := range s.mentions {
		p := &s.mentions[j]
		if p.start <= m.end || p.end > cb || p.start > m.end+24 || !p.possessive || !ok(p) || p.info == m.info {
			continue
		}
		k := p.start - 1
		if k > s.a && s.tw(wArticle, k) {
			k--
		}
		if p.end+1 < cb && s.tokens[p.end].Text == "'s" && s.tokens[p.end+1].isCap() {
			// "..., and Albania's Prime Minister Edi Rama slammed": a title after the possessor
			// opens another clause's subject, not a coordinated event.
			continue
		}
		if k > s.a && (s.tw(wConjunction, k) || s.listJoinEndsAt(k)) {
			for i := m.end; i < k; i++ {
				if s.tokens[i].is(";", ":") || s.tw(wClause, i) {
					return out
				}
			}
			out = append(out, p)
		}
	}
	return out
}

// includedWeapons: the weapons named after ", including" that follows a weapon object at k
// within its phrase (no other trigger, no clause break before it).
func (s *sentenceCtx) includedWeapons(k, cb int, ok func(*mention) bool) []*mention {
	weapon := func(m *mention) bool { return ok(m) && m.info.Type == TypeWeapon && !m.demonym }
	for j := k; j+1 < cb && j < k+8; j++ {
		tk := s.tokens[j]
		if tk.Text == ";" || tk.Text == ":" || s.trigAt(j) {
			return nil
		}
		if tk.Text == "," && s.tw(wInclusion, j+1) {
			if m, _ := s.objectOf(j+2, cb, weapon, nil, false); m != nil {
				return s.group(m, weapon)
			}
			return nil
		}
	}
	return nil
}

// apposedWeapon: the model a class noun names in apposition right after it, between commas
// ("puts its first reconnaissance satellite, Malligyong-1, into orbit", "its newest missile, the
// Hwasong-19, on Thursday") or after a words.tsv name-participle ("launched a satellite called
// \"Malligyong-1\""): the same weapon, by its model's name; nil otherwise. The class noun is
// lower case and the model's name capitalised; a comma name followed by "and" or another comma
// is an item of a list, which the caller's group reads.
func (s *sentenceCtx) apposedWeapon(dst *mention, cb int, ok func(*mention) bool) *mention {
	if dst.info.Type != TypeWeapon || dst.possessive || dst.end+1 >= cb {
		return nil
	}
	if s.tokens[dst.start].isCap() && !(dst.end == dst.start+1 && isLowerName(dst.info.Name)) {
		// A capitalised class noun is an acronym of a class whose canonical name is lower
		// case ("an ICBM, a solid-fuel Hwasong-18,"); any other capitalised name is a model.
		return nil
	}
	k := dst.end
	comma := s.tokens[k].Text == ","
	if !comma && !s.tw(wNameParticiple, k) {
		return nil
	}
	k++
	article := false
	for k < cb && (isQuote(s.tokens[k].Text) || comma && s.tw(wArticle, k)) {
		article = article || s.tw(wArticle, k)
		k++
	}
	if article {
		// "launched an ICBM, a solid-fuel Hwasong-18, on Monday", "fired its newest missile,
		// the new Hwasong-19.": after an article, up to three lower-case modifiers (no name,
		// function word or trigger) may stand before the model.
		for n := 0; n < 3 && k < cb && s.mentionAt(k) == nil && s.tokens[k].isWord() && !s.tokens[k].isCap() &&
			!s.tw(wFunction, k) && !s.trigAt(k); n++ {
			k++
			if k+1 < cb && s.tokens[k].Text == "-" {
				k++ // "solid-fuel": one modifier
			}
		}
	}
	m := s.mentionAt(k)
	if m == nil || m.info.Type != TypeWeapon || m.info == dst.info || !s.tokens[m.start].isCap() || !ok(m) {
		return nil
	}
	if comma {
		e := m.end
		if e < cb && isQuote(s.tokens[e].Text) {
			e++
		}
		if article && e < s.b && s.tokens[e].Text == "." && e+1 == s.b {
			return m // "..., a solid-fuel Hwasong-18." ends the sentence as the apposition ends
		}
		if e >= cb || !s.tokens[e].is(",", ")") || e+1 < cb && s.tw(wConjunction, e+1) {
			return nil // "drones, Shaheds and missiles": a list, not an apposition
		}
	}
	return m
}

// isLowerName: a canonical name written in lower case (a class of hardware: "intercontinental
// ballistic missiles"), not a model's.
func isLowerName(n string) bool {
	return n != "" && strings.ToLower(n) == n
}

// organOK: m is a force of a state (an institution the gazetteer seats in a state, or a body
// named with its state: "Ukraine's armed forces", "China Coast Guard"), its name ending in an
// organ-head word, standing where the relation takes a state but no institution as its source.
func (x *Extractor) organOK(m *mention, spec *argSpec) bool {
	if m.info.Type != TypeInstitution || m.info.State == "" || typeIn(TypeInstitution, spec.src) || !typeIn(TypeState, spec.src) {
		return false
	}
	// Only a force acts for its state ("the PLA", "Ukraine's armed forces"); a department
	// seated in a state ("the State Department") is no attacker.
	name := m.info.Name
	if i := strings.LastIndexByte(name, ' '); i >= 0 {
		name = name[i+1:]
	}
	if !x.lex.shapes.organHeads[strings.ToUpper(name[:1])+strings.ToLower(name[1:])] {
		return false
	}
	st, ok := x.lex.gaz.entities[m.info.State]
	return ok && st.Type == TypeState
}

// eventSubjectDoers: the subject of the verb at o.t is a definite noun phrase headed by a
// penalty noun (cues.tsv penalty: "The measures", "These sanctions") or a noun trigger of the
// verb's own relation, and the document stated such an event before: its doers, else nil.
func (x *Extractor) eventSubjectDoers(s *sentenceCtx, o *occurrence) []*mention {
	vg := s.verbGroupStart(o.t, o.ca)
	head := vg - 1
	floor := o.ca
	if head-2 > s.a && s.tw(wWhRelative, head) && s.tokens[head-1].Text == "," {
		// "The strikes, which hit radar sites near Sanaa, ...": the relative clause's
		// subject is the noun before its comma.
		head -= 2
		vg = head + 1
		floor = s.a
	}
	if head <= floor || !s.tokens[head].isWord() || s.tokens[head].isCap() || s.mentionAt(head) != nil {
		return nil
	}
	isHead := s.tw(wMeasureNoun, head) || x.lex.penalty.matchAt(s.tokens[:vg], head) > 0 || head > s.a && x.lex.penalty.matchAt(s.tokens[:vg], head-1) == 2
	for _, tp := range x.lex.triggersOf(&s.tokens[head]) {
		isHead = isHead || !tp.frame.verbal() && tp.relation == o.trig.relation
	}
	if !isHead {
		return nil
	}
	k := head - 1
	for k >= floor && k > head-4 && s.tokens[k].isWord() && !s.tokens[k].isCap() && !s.tw(wDefinite, k) && !s.tw(wFunction, k) {
		k-- // "The new EU measures" stops at "EU": a named subject is the subject's business
	}
	if k < floor || !s.tw(wDefinite, k) {
		return nil
	}
	var doers []*mention
	for _, info := range s.events[o.trig.relation] {
		if m := docMention(info); o.srcOK(m) {
			doers = append(doers, m)
		}
	}
	if len(doers) == 0 {
		// "The EU imposed sanctions on three Iranian officers. The measures target ...": the
		// earlier trigger named no target, but its subject is the relation's latest source.
		if p := s.pendingSource(o.trig.relation); p != nil && o.srcOK(p) {
			doers = append(doers, p)
		}
	}
	return doers
}

// coordinatedBetween: the parties of an unnamed event noun phrase coordinated after k within
// the clause ("X's attacks and the cooperation between A, B and C"): betweenParties of the
// phrase after the first conjunction, else nil.
func (s *sentenceCtx) coordinatedBetween(k, cb int, ok func(*mention) bool) []*mention {
	for j := k; j+1 < cb && j < k+20; j++ {
		if s.tokens[j].is(";", ":") || s.tw(wClause, j) || s.tw(wSpeech, j) {
			return nil
		}
		if s.tw(wConjunction, j) {
			if !(s.tw(wArticle, j+1) || s.tw(wDefinite, j+1)) || s.tokens[j-1].Text == "," {
				// "condemned X's attacks and said talks between", "..., and the talks between
				// A and B went ahead": another verb's, another clause's.
				return nil
			}
			return s.betweenParties(j+1, cb, ok)
		}
	}
	return nil
}

// betweenParties: an unnamed object noun phrase at te (an article and lower-case words, or
// lower-case words alone: "condemned military cooperation between Russia and the North") whose
// head is followed by "between" and coordinated names: those names, else nil.
func (s *sentenceCtx) betweenParties(te, cb int, ok func(*mention) bool) []*mention {
	if te < cb && isQuote(s.tokens[te].Text) {
		te++ // "it \"strongly condemned\" military cooperation between": the quote closes the verb
	}
	if te >= cb {
		return nil
	}
	first := te + 1
	if !(s.tw(wArticle, te) || s.tw(wDefinite, te)) {
		if tk := s.tokens[te]; !tk.isWord() || tk.isCap() || s.tw(wFunction, te) || s.mentionAt(te) != nil {
			return nil
		}
		first = te
	}
	for k := first; k < cb && k <= te+5; k++ {
		if s.tokens[k].is("between") {
			at := k + 1
			if at < cb && s.tw(wArticle, at) && s.mentionAt(at) == nil {
				at++ // "between the DPRK and Russia": the article before the first party
			}
			if m := s.mentionAt(at); m != nil && ok(m) {
				if g := s.group(m, ok); len(g) > 1 {
					return g
				}
			}
			return nil
		}
		if !s.tokens[k].isWord() || s.tokens[k].isCap() || s.tw(wFunction, k) {
			return nil
		}
	}
	return nil
}

// leaderState: the state a head of state or government leads (gazetteer state= and a role whose
// first word is a words.tsv leader-title), standing for the person where the relation takes
// states but no people as its source; nil otherwise.
func (x *Extractor) leaderState(m *mention, spec *argSpec) *mention {
	if m.info.Type != TypePerson || m.info.State == "" || typeIn(TypePerson, spec.src) || !typeIn(TypeState, spec.src) {
		return nil
	}
	first, _, _ := strings.Cut(strings.ToLower(m.info.Role), " ")
	if first == "" || !x.lex.words.in(wLeaderTitle, first) {
		return nil
	}
	st := x.seatedState(m)
	if st == nil {
		return nil
	}
	return actingFor(m, st)
}

// attackModifier: a weapon that only modifies an attack noun after it, alone or coordinated
// ("launched drone strikes", "launching artillery and drone strikes on Stepanakert"): the
// attack is stated, no launch of that weapon.
func (x *Extractor) attackModifier(s *sentenceCtx, m *mention) bool {
	if m.info.Type != TypeWeapon {
		return false
	}
	for k := m.end; k < s.b; {
		if x.lex.shapes.attackWords[s.tokens[k].Lower] {
			return true
		}
		if !s.tokens[k].is("and", "or", ",") || k+1 >= s.b {
			return false
		}
		next := s.mentionAt(k + 1)
		if next == nil || next.info.Type != TypeWeapon {
			return false
		}
		k = next.end
	}
	return false
}

// forceOf: the state whose force m is (an institution seated in a state whose name ends in an
// organ-head: "the Philippine coast guard", "Ukraine's navy"), when types admits a state; nil
// otherwise.
func (x *Extractor) forceOf(m *mention, types []string) *entityInfo {
	if m.info.Type != TypeInstitution || m.info.State == "" || !typeIn(TypeState, types) {
		return nil
	}
	name := m.info.Name
	if i := strings.LastIndexByte(name, ' '); i >= 0 {
		name = name[i+1:]
	}
	if name == "" || !x.lex.shapes.organHeads[strings.ToUpper(name[:1])+strings.ToLower(name[1:])] {
		return nil
	}
	if st, ok := x.lex.gaz.entities[m.info.State]; ok && st.Type == TypeState {
		return st
	}
	return nil
}

// commandForcesState: the state of a state's military command m (an institution whose name
// ends in "Command" and opens with its state, or one the gazetteer seats in a state) right
// before an agent noun, past a parenthesised acronym ("U.S. Central Command (CENTCOM)
// forces", "U.S. Africa Command troops"), when types admits a state; nil otherwise. Its
// forces are the state's, drawn from every service; a service's own ships or troops ("China
// Coast Guard vessels") stay the service's (gold: CONDEMNED to the coast guard).
func (x *Extractor) commandForcesState(s *sentenceCtx, m *mention, types []string) *entityInfo {
	if m.info.Type != TypeInstitution || !typeIn(TypeState, types) || !strings.HasSuffix(m.info.Name, " Command") || m.end <= m.start || m.end > s.b {
		return nil
	}
	k := m.end
	if k+2 < s.b && s.tokens[k].Text == "(" && s.tokens[k+2].Text == ")" {
		k += 3
	}
	if k >= s.b || !s.tokens[k].isWord() || s.tokens[k].isCap() || !s.tw(wAgentHead, k) {
		return nil
	}
	if st := x.forceOf(m, types); st != nil {
		return st
	}
	if e, n := x.lex.gaz.match(s.tokens[:m.end], m.start); e != nil && e.info != nil && e.info.Type == TypeState && m.start+n < m.end {
		return e.info
	}
	return nil
}

// withBefore: the "with" that opens the adjunct the trigger heads ("with the support of",
// "with strong backing from"), or -1. r42supp: up to six lower-case modifiers may stand
// between, coordinated ones too ("with the direct military and political support of Türkiye").
func (s *sentenceCtx) withBefore(o *occurrence) int {
	for k := o.t - 1; k >= o.ca && k >= o.t-7; k-- {
		tk := s.tokens[k]
		if tk.is("with") {
			return k
		}
		if !tk.isWord() || tk.isCap() || s.tw(wPreposition, k) || s.mentionAt(k) != nil || k < o.t-4 && s.trigAt(k) {
			return -1 // "provided Ukraine with humanitarian assistance and pledged further support"
		}
	}
	return -1
}

// possessivePronounOwner: the person "his" or "her" (words.tsv person-possessive) before the
// noun at o.t stands for (a few lower-case modifiers may come between: "his first official
// visit"), the nearest person named before it in the clause, or nil.
func (s *sentenceCtx) possessivePronounOwner(o *occurrence) *mention {
	k := o.t - 1
	for k > o.ca && k >= o.t-3 && s.tokens[k].isWord() && !s.tokens[k].isCap() && !s.tw(wPersonPossessive, k) && !s.tw(wPreposition, k) {
		k--
	}
	if k < o.ca || !s.tw(wPersonPossessive, k) {
		return nil
	}
	if m := s.cataphoricOwner(k, o); m != nil {
		return m
	}
	for j := len(s.mentions) - 1; j >= 0; j-- {
		m := &s.mentions[j]
		if m.end <= k && m.start >= o.ca && m.info.Type == TypePerson {
			if !o.srcOK(m) {
				return nil
			}
			if s.withObject(m) {
				// "Modi raised it with President Putin during his visit to Moscow": the
				// partner after "with" is not whom "his" stands for; the clause's person
				// before it is.
				for i := j - 1; i >= 0; i-- {
					if e := &s.mentions[i]; e.start >= o.ca && e.info.Type == TypePerson && !e.possessive && o.srcOK(e) {
						return e
					}
				}
			}
			return m
		}
	}
	// "During his visit to Australia from June 15 to 18, Premier Li Qiang met ...": in a
	// clause that opens with a prepositional phrase and names no person before "his", "his"
	// is the subject of the clause after the phrase's comma.
	return s.openingPhraseOwner(o.ca, k, o)
}

// withObject: m is the object of "with" (past capitalised title words: "with President
// Putin", "with Omani counterparts").
func (s *sentenceCtx) withObject(m *mention) bool {
	k := m.start - 1
	for k > s.a && k >= m.start-4 && (s.tokens[k].isCap() && s.tokens[k].isWord() || s.tw(wArticle, k)) {
		k--
	}
	return k >= s.a && s.tokens[k].is("with")
}

// cataphoricOwner: "his"/"her" at k inside a prepositional phrase opening the sentence
// ("During his visit to Australia, Premier Li Qiang met ...", also after a speaker's label
// "Lin Jian: During his visit ...") points forward to the main clause's subject, a person;
// nil otherwise.
func (s *sentenceCtx) cataphoricOwner(k int, o *occurrence) *mention {
	start := s.a
	for j := k - 1; j >= s.a; j-- {
		if s.tokens[j].Text == ":" {
			start = j + 1
			break
		}
	}
	return s.openingPhraseOwner(start, k, o)
}

// openingPhraseOwner: "his"/"her" at k inside a prepositional phrase opening at start stands
// for the person subject of the clause after the phrase's comma (a comma inside a date,
// "June 15, 2024", closes no phrase); nil when the phrase's comma comes before the trigger
// or no person is that subject.
func (s *sentenceCtx) openingPhraseOwner(start, k int, o *occurrence) *mention {
	if start >= k || !s.tw(wPreposition, start) {
		return nil
	}
	comma := -1
	for j := start + 1; j < s.b && j < start+25; j++ {
		if s.tokens[j].Text == "," && !s.dateComma(j) {
			comma = j
			break
		}
	}
	if comma < o.t {
		return nil
	}
	_, cb := s.clauseOf(comma + 1)
	person := func(m *mention) bool { return m.info.Type == TypePerson && o.srcOK(m) }
	if m := s.clauseSubject(comma+1, cb, person); m != nil && m.info.Type == TypePerson {
		return m
	}
	return nil
}

// possessedPerson: after a possessor that is no person, a person named after its title is the
// head of the phrase ("received Chile's Minister of Finance Mario Marcel": Marcel, not
// Chile); nil when anything but capitalised title words and office links comes between.
func (s *sentenceCtx) possessedPerson(m *mention, cb int, ok func(*mention) bool) *mention {
	if !m.possessive || m.info.Type == TypePerson || m.end+1 >= cb {
		return nil
	}
	for k := m.end + 1; k < cb && k < m.end+10; k++ {
		if p := s.mentionAt(k); p != nil {
			if p.info.Type == TypePerson && ok(p) {
				return p
			}
			return nil
		}
		if !s.tokens[k].isCap() && !s.tw(wOfficeLink, k) {
			return nil
		}
	}
	return nil
}

// frontedByAgent is the doer of a trigger noun that is the object of another act noun whose
// "by" agent comes first: "the use by the United States of its veto", "the exercise by Russia
// of the veto". The agent stands between the outer noun and "of", so it is found right before
// "of" and a determiner before the trigger, with "by" right before it (or before its list).
func (s *sentenceCtx) frontedByAgent(o *occurrence) *mention {
	i := o.t - 1
	if i > s.a && s.tw(wDeterminer, i) {
		i--
	}
	if i <= s.a || !s.tokens[i].is("of") {
		return nil
	}
	m := s.mentionEndingAt(i, o.srcOK)
	if m == nil {
		return nil
	}
	first := m
	for _, g := range s.group(m, o.srcOK) {
		if g.start < first.start {
			first = g
		}
	}
	k := first.start - 1
	if k > s.a && s.tw(wArticle, k) {
		k-- // "by the United States"
	}
	if k <= s.a || !s.tokens[k].is("by") {
		return nil
	}
	return m
}

// reciprocalParties: a trigger whose doer is "each" (with at most one noun: "each side",
// "each country") and whose target is "the" + a words.tsv other-party ("the other", "the
// others") later in the sentence
// ("commits each side to come to the other's aid", "each party undertakes to assist the
// others") states the relation from every party to every other. The parties are the states
// the sentence names before "each" (a dateline's city aside), people standing for their
// seated state; nil unless two to four are named, since a sentence naming more does not say
// which of them are the parties.
func (x *Extractor) reciprocalParties(s *sentenceCtx, o *occurrence) []argPair {
	each := -1
	for k := o.t - 1; k >= s.a && k >= o.t-8; k-- {
		if s.tokens[k].is("each") {
			each = k
			break
		}
	}
	if each < 0 && s.eachOtherAt(o.te) {
		each = o.t // "promising to help each other": the parties are named before the verb
	} else if each < 0 && o.te+2 < s.b && typeIn(s.tokens[o.te].Lower, o.trig.spec.targetPreps) && s.eachOtherAt(o.te+1) {
		// "pledged to provide military assistance to each other", "reaffirmed their support
		// for one another": the reciprocal pronoun after the trigger's target preposition.
		each = o.t
	} else if each < 0 {
		// "provides for mutual assistance in the event of aggression against one of the
		// parties", "if either party is attacked, the other shall provide assistance": a
		// party named as "one (of the parties)" or "either party" stands where "each" does.
		if each = s.partyMarker(o); each < 0 {
			return nil
		}
	} else {
		if s.eachOtherAt(each) {
			return nil
		}
		other := false
		for k := each + 2; k < s.b && !other; k++ {
			other = s.tw(wOtherParty, k) && s.tokens[k-1].is("the")
		}
		if !other {
			return nil
		}
	}
	parties, own := x.partiesBefore(s, each, s.a), false
	if each == o.t {
		// "..., in which the two sides pledged to provide military assistance to each other":
		// the parties are the subject's, named in the trigger's stretch since the last comma
		// that closes no list of names; a participle opening that stretch ("..., promising to
		// help each other") has the sentence's for its own, but one after a noun of its own
		// ("..., deepening a network of sanctioned states supporting one another") none.
		from := s.segmentStart(o.t)
		if clause := x.partiesBefore(s, each, from); len(clause) >= 2 || o.t > from+3 {
			parties, own = clause, len(clause) < 2
		}
	}
	signers := len(parties) == 0 && !own
	if signers {
		// "The treaty obliges each side to give military assistance to the other": a clause
		// of the treaty whose signing the document stated last, its signers the parties.
		for _, info := range s.events[RelSigned] {
			// The signer stands where "each" does: it is what "each side" refers to.
			if info.Type == TypePerson && info.State == "" && s.served != nil {
				// "President Vahagn Khachaturyan of Armenia and President Masoud Pezeshkian
				// of Iran signed": a signer the gazetteer does not seat stands for the state
				// the document made them an official of (h44bspk: the signers are the
				// people of the list, not one person and the other's state).
				if st := s.infos[s.served.of(info.ID, s.infos)]; st != nil {
					info = st
				}
			}
			parties = x.addParty(parties, &mention{info: info, start: each, end: each + 1, sentence: -1, coref: true, signer: true})
		}
	}
	if len(parties) < 2 || len(parties) > 4 {
		return nil
	}
	var pairs []argPair
	for _, a := range parties {
		for _, b := range parties {
			// A signer read from an earlier sentence stands nowhere in this one: only its
			// type is checked as a target.
			if a.info != b.info && o.srcOK(a) && (signers && typeIn(b.info.Type, o.trig.spec.dst) || !signers && o.dstOK(b)) {
				pairs = append(pairs, argPair{a, b})
			}
		}
	}
	return pairs
}

// anyPartyTarget: the first of preps within 14 tokens of te is followed by a words.tsv
// any-party phrase ("to either side", "to any party to the conflict"): a target preposition
// whose object is no named party. A mechanism, not a rule: which phrases are data.
func (s *sentenceCtx) anyPartyTarget(te, cb int, preps []string) bool {
	for k := te; k < cb && k < te+14; k++ {
		if typeIn(s.tokens[k].Lower, preps) && !s.tw(wPrepIdiom, k-1) {
			return k+1 < cb && s.w.anyParty.matchAt(s.tokens[:s.b], k+1) > 0
		}
	}
	return false
}

// partyMarker: where the sentence names one party of a reciprocal clause without "each" (a
// words.tsv party-marker phrase: "one of the parties", "one party", "either party", "either
// side"), when the clause is reciprocal: "mutual" right before trigger o, or "the other"
// after the marker; or -1.
func (s *sentenceCtx) partyMarker(o *occurrence) int {
	mutual := o.t > s.a && s.tokens[o.t-1].is("mutual") || s.tokens[o.t].is("mutual") // "mutual defense pact" is one trigger
	for k := s.a; k+1 < s.b; k++ {
		if s.w.partyMarker.matchAt(s.tokens[:s.b], k) == 0 {
			continue
		}
		if mutual {
			return k
		}
		for j := k + 2; j+1 < s.b; j++ {
			if s.tokens[j].is("the") && s.tokens[j+1].is("other", "other's") {
				return k
			}
		}
		return -1
	}
	return -1
}

// segmentStart: where the stretch of the sentence holding token t starts, after the last ";"
// or the last comma before t that is no comma of a list of names ("Mali, Niger and Chad": the
// comma right before a name, or an article and a name, is one).
func (s *sentenceCtx) segmentStart(t int) int {
	for k := t - 1; k > s.a; k-- {
		if s.tokens[k].Text == ";" {
			return k + 1
		}
		if s.tokens[k].Text == "," && k+1 < t && s.mentionAt(k+1) == nil && !(s.tw(wArticle, k+1) && k+2 < t && s.mentionAt(k+2) != nil) {
			return k + 1
		}
	}
	return s.a
}

// eachOtherAt: a reciprocal pronoun (words.tsv reciprocal: "each other", "one another")
// starts at k.
func (s *sentenceCtx) eachOtherAt(k int) bool {
	return k < s.b && s.w.reciprocal.matchAt(s.tokens[:s.b], k) > 0
}

// partiesBefore: the states the sentence names from token from on before token each (a
// dateline's city aside),
// people standing for their seated state, once each; other names (the treaty, a body) are no
// parties.
func (x *Extractor) partiesBefore(s *sentenceCtx, each, from int) []*mention {
	parties := []*mention{}
	for i := range s.mentions {
		m := &s.mentions[i]
		if m.nested || m.label || m.start >= each || m.start < from || s.datelineName(m) {
			continue // the parties are named before "each"; "SEOUL, June 20 -" is no party
		}
		if m.self {
			// "We note that Moscow and Kyiv have each blamed the other": the speaker who
			// reports the reciprocal act is no party to it (r41bcond).
			continue
		}
		parties = x.addParty(parties, m)
	}
	return parties
}

// addParty adds m to a treaty's parties once: a State as it is, a person or body standing for
// its seated state, anything else not at all.
func (x *Extractor) addParty(parties []*mention, m *mention) []*mention {
	if m.info.Type != TypeState {
		st := x.seatedState(m)
		if st == nil {
			return parties
		}
		m = actingFor(m, st)
	}
	if slices.ContainsFunc(parties, func(p *mention) bool { return p.info == m.info }) {
		return parties
	}
	return append(parties, m)
}

// datelineName: m is a news dateline's place, upper case at the sentence's start and followed
// by a comma or a dash ("SEOUL, June 20 (EWS) -", "PYONGYANG/TOKYO --"), or the country
// after such a city and its comma, before the dash ("SEOUL, South Korea —": r42bsupp).
func (s *sentenceCtx) datelineName(m *mention) bool {
	if m.end < s.b && m.start-2 >= s.a && m.start <= s.a+6 && s.tokens[m.start-1].is(",") &&
		s.tokens[m.end].is("-", "--", "–", "—") {
		city := true
		for k := s.a; k < m.start-1; k++ {
			if t := s.tokens[k].Text; t != strings.ToUpper(t) || !s.tokens[k].isWord() && !s.tokens[k].is("/", ".") {
				city = false
				break
			}
		}
		if city {
			return true
		}
	}
	if m.start > s.a+2 || m.end >= s.b {
		return false
	}
	for k := m.start; k < m.end; k++ {
		if t := s.tokens[k].Text; t != strings.ToUpper(t) {
			return false
		}
	}
	return s.tokens[m.end].is(",", "-", "--", "/", "–", "—")
}

// kindHolder: the "by" agent m of a noun that a superlative opens is a state standing before
// a title after an indefinite article ("the first visit by an Indian Prime Minister to
// Austria", "the first state visit to China by an Iranian president"): the phrase names any
// holder of the office, a kind of visitor, not the state, which went nowhere; the named
// traveller is the clause's own (words.tsv kind-article, superlative).
func (x *Extractor) kindHolder(s *sentenceCtx, o *occurrence, m *mention) bool {
	if m.info.Type != TypeState || m.possessive || m.start-1 <= s.a || !s.tw(wKindArticle, m.start-1) {
		return false
	}
	if !isRoleWord(s.tokens[:s.b], m.end, x.lex) {
		return false
	}
	for k := o.t - 1; k >= s.a && k >= o.t-3; k-- {
		if s.tw(wSuperlative, k) {
			return true
		}
		if !s.tokens[k].isWord() || s.tokens[k].isCap() {
			break
		}
	}
	return false
}

// kindDescribed: a state m inside a superlative description that is the subject of the
// infinitive trigger ("the first Russian defence minister to visit North Korea", "the highest
// Chinese official to visit Pyongyang") qualifies the office, not the doer: ok is true, and
// person is the one the description is said of, the subject of the copula before it
// ("Shoigu became the first ...", "..., becoming the highest-ranking U.S. official to visit")
// or the name it stands in apposition to ("Zhao Leji, the highest Chinese official to
// visit"), or nil when no person is named there.
func (x *Extractor) kindDescribed(s *sentenceCtx, o *occurrence, m *mention) (person *mention, ok bool) {
	if m.info.Type != TypeState || m.possessive || m.end >= o.t || o.t-1 <= s.a || !s.tokens[o.t-1].is("to") {
		return nil, false
	}
	n := max(x.lex.titles.matchAt(s.tokens[:s.b], m.end), x.lex.roles.matchAt(s.tokens[:s.b], m.end))
	if n == 0 || m.end+n != o.t-1 {
		return nil, false
	}
	the := -1
	for k := m.start - 1; k >= s.a && k >= m.start-4; k-- {
		if s.tokens[k].is("the") {
			the = k
			break
		}
	}
	if the < 0 || the+1 == m.start {
		return nil, false
	}
	sup := false
	for k := the + 1; k < m.start; k++ {
		sup = sup || s.tw(wSuperlative, k)
	}
	if !sup {
		return nil, false
	}
	isPerson := func(p *mention) bool { return p.info.Type == TypePerson && o.srcOK(p) }
	if the-1 > s.a && s.tokens[the-1].Text == "," {
		if p := s.mentionEndingAt(the-1, isPerson); p != nil {
			return p, true
		}
	}
	if the-1 > s.a && (s.tw(wCopula, the-1) || s.tw(wBe, the-1)) {
		return s.nearestLeft(the-1, s.a, isPerson, false), true
	}
	return nil, true
}

// kindTraveller: the noun at o.t, opened by a superlative, is the predicate of a pronoun
// subject that points back at an event ("It was the first visit to Japan by a Korean
// President", "This was the first visit by an Indian Prime Minister to Ukraine"): the
// traveller is the one doer of the latest sentence's event of the noun's relation; nil
// when the noun stands otherwise or that event had no single doer (words.tsv event-pronoun).
func (s *sentenceCtx) kindTraveller(o *occurrence) *mention {
	k := o.t - 1
	for k > s.a && !s.tokens[k].is("the") && s.tokens[k].isWord() && !s.tokens[k].isCap() {
		k--
	}
	if k-2 < s.lead || !s.tokens[k].is("the") || !s.tw(wBe, k-1) || !s.tw(wEventPronoun, k-2) ||
		k-2 > s.lead && s.tokens[k-3].Text != "," {
		return nil
	}
	doers := s.events[o.trig.relation]
	if len(doers) != 1 || doers[0].Type != TypePerson {
		return nil
	}
	// The pronoun stands for the doer where it stands, as a resolved anaphor does.
	m := &mention{info: doers[0], start: k - 2, end: k - 1, sentence: -1, coref: true, event: eventOf(o.trig.relation)}
	if !o.srcOK(m) {
		return nil
	}
	return m
}

// demonymBeforeName: m is a demonym right before another name ("the transfer of Iranian
// missiles to Russia"): it modifies that name, whose phrase it does not head.
func (s *sentenceCtx) demonymBeforeName(m *mention) bool {
	return m.demonym && m.end < s.b && s.mentionAt(m.end) != nil
}

// zeroRelativeAgreement (r41bsign): the verb at o, whose subject src is a subject pronoun
// standing right after a named Agreement ("the Minsk agreements it had signed in 2015"), with
// at most auxiliaries and adverbs between pronoun and verb and no object after the verb, is a
// contact relative clause: the agreement is the verb's object. Only an Agreement antecedent:
// after a telling verb a name before a pronoun is an addressee ("told Kyiv it had attacked"),
// which no agreement is.
func (s *sentenceCtx) zeroRelativeAgreement(o *occurrence, src *mention) *mention {
	p := src.start
	if p <= s.a || p >= o.t || !s.tw(wSubjectPronoun, p) {
		return nil
	}
	for k := src.end; k < o.t; k++ {
		if !s.tw(wAux, k) && !s.adverb(k) {
			return nil
		}
	}
	if o.te < o.cb && s.tokens[o.te].isWord() && !s.tw(wPreposition, o.te) && !s.adverb(o.te) && !s.dateEndsClause(o.te, o.cb) && !s.tw(wComitative, o.te) {
		return nil // an object follows the verb
	}
	m := s.mentionEndingAt(p, func(m *mention) bool { return m.info.Type == TypeAgreement && o.dstOK(m) })
	if m == nil || m.possessive {
		return nil
	}
	return m
}

// reportingConjunct: the first ", and" or ", but" (words.tsv clause-coordinator) between te
// and cb that opens a clause with a subject of its own (a capitalised word, an article or a
// subject pronoun) whose verb, within its first five words, is a speech verb ("..., and the
// presidential office said"); the comma's index, or 0.
func (s *sentenceCtx) reportingConjunct(te, cb int) int {
	for j := te + 1; j+1 < cb; j++ {
		if !s.tw(wClauseCoordinator, j) || s.tokens[j-1].Text != "," {
			continue
		}
		if n := s.tokens[j+1]; !(n.isCap() || s.tw(wArticle, j+1) || s.tw(wSubjectPronoun, j+1)) {
			continue
		}
		for k := j + 2; k < cb && k <= j+6; k++ {
			if !s.tokens[k].isWord() {
				break
			}
			if s.tw(wSpeech, k) {
				return j - 1
			}
		}
	}
	return 0
}

// judgementComplement: a naming verb's complement starts at k, no object before it: a word
// of blame (cues.tsv judgement) opens it, past an article and a quotation mark ("a step that
// Lithuania called reckless", "a visit that Caracas called a \"threat\""), so the verb's
// object is the relative clause's gap (h44cond).
func (s *sentenceCtx) judgementComplement(x *Extractor, k, cb int) bool {
	for j := k; j < cb && j < k+3; j++ {
		if x.lex.judgement.matchAt(s.tokens[:cb], j) > 0 {
			return true
		}
		if !s.tw(wArticle, j) && !isQuote(s.tokens[j].Text) || s.mentionAt(j) != nil {
			return false
		}
	}
	return false
}

// colonGloss: the colon at t glosses a body with its members: every pair's source (the body,
// before whole-first turns the pair round) ends right before the colon, or before a bracketed
// short name that ends there ("the Nordic-Baltic Eight (NB8):"); and from the colon to the
// sentence's end stand only names, at least two of them states, joined by commas, "and" and
// articles ("Denmark, Finland, ... Sweden and my own country, Estonia.").
func (s *sentenceCtx) colonGloss(t int, pairs []argPair) bool {
	head := t // where the body's name ends: the colon, or the bracket of its short name
	if t-1 > s.a && s.tokens[t-1].Text == ")" {
		for q := t - 2; q > s.a && q >= t-4; q-- {
			if s.tokens[q].Text == "(" {
				head = q
				break
			}
		}
	}
	body := s.mentionEndingAt(head, func(m *mention) bool { return m.info.Type == TypeInstitution })
	if body != nil {
		b := body.start - 1
		if b > s.a && s.tw(wArticle, b) {
			b--
		}
		if !(b > s.a && s.tokens[b].is("of") && s.tokens[b-1].is("behalf") || b >= s.a && s.tokens[b].is("for")) {
			// only a body the speaker speaks or signs for ("on behalf of the NB8:", "speaking
			// for the Caribbean Community:", "Signed for the EAC:"); a heading's or a tally's
			// body before a colon ("Security Council: ...") lists no members
			return false
		}
	} else if body = s.describedBody(t, pairs); body == nil {
		return false
	}
	for _, p := range pairs {
		if p.src == nil || p.src.info != body.info {
			return false
		}
	}
	states := 0
	for p := t + 1; p < s.b; {
		var m *mention
		for k := range s.mentions {
			if c := &s.mentions[k]; c.start == p && (m == nil || c.end > m.end) {
				m = c
			}
		}
		if m != nil {
			if m.info.Type == TypeState {
				states++
			}
			p = m.end
			continue
		}
		if s.tokens[p].is("the", "and", ",", ".", "my", "own", "country") {
			// ("Sweden and my own country, Estonia": the speaker's state, named after it)
			p++
			continue
		}
		return false
	}
	return states >= 2
}

// describedBody: the colon at t ends a description of a body that is its clause's subject:
// the body, a form of "be", and a plural noun of members right before the colon ("The JEF is
// a UK-led framework of ten northern European countries: Denmark, ...", "IGAD is a bloc of
// eight states: ..."), with no comma between; the body, or nil.
func (s *sentenceCtx) describedBody(t int, pairs []argPair) *mention {
	if len(pairs) == 0 || pairs[0].src == nil {
		return nil
	}
	m := pairs[0].src
	if m.info.Type != TypeInstitution || m.end >= t || !s.tw(wBe, m.end) || t-m.end > 15 ||
		!s.tokens[t-1].is("countries", "states", "nations", "members", "democracies", "governments", "economies") {
		return nil
	}
	for k := m.end; k < t; k++ {
		if s.tokens[k].is(",", ";") {
			return nil
		}
	}
	return m
}
