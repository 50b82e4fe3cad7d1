package extract

import "strings"

// A light chunker over the sentence's tokens and mentions: it tells the frames where a verb
// group begins, which names only modify a noun ("Russia's war", "Iranian-backed militias"),
// and what the subject of a verb is by the structure in front of it rather than by distance.

// modifier: the name modifies a noun and is not an argument of its own — a possessor whose
// noun is no name ("Russia's war", "Manila's treaty ally") or the first part of a hyphenated
// compound ("Iranian-backed militias", "U.S.-led coalition").
func (s *sentenceCtx) modifier(m *mention) bool {
	k := m.end
	if m.possessive {
		k++ // past 's
		if k < s.b && s.mentionAt(k) != nil {
			return false // "Russia's Kursk region": the possessor locates a name
		}
		return k < s.b && s.tokens[k].isWord()
	}
	return k+1 < s.b && s.tokens[k].Text == "-" && !s.tokens[k].SpaceBefore && !s.tokens[k+1].SpaceBefore &&
		s.tokens[k+1].isWord() && !s.tokens[k+1].isCap()
}

// verbGroupStart is the first token of the verb group that ends with the verb at t:
// auxiliaries, negation and adverbs before it ("has not yet sent", "had also reportedly
// supplied", "has been supplying"), and a words.tsv quantifier floated after an auxiliary
// ("have all imposed").
func (s *sentenceCtx) verbGroupStart(t, ca int) int {
	k := t
	for k-1 >= ca {
		w := &s.tokens[k-1] // a pointer: a Token is 80 bytes
		if !w.isWord() || w.isCap() && k-1 != s.a {
			break
		}
		if s.tw(wAux, k-1) || s.tw(wBe, k-1) || s.tw(wAuxSkip, k-1) || s.tw(wAdverb, k-1) ||
			s.w.ends(eAdverb, w.Lower) && len(w.Lower) > 4 {
			k--
			continue
		}
		if d := s.dateEndingAt(k, ca); d >= 0 {
			k = d // "held talks and later that day put their names to": a date between verbs
			continue
		}
		if s.tw(wQuantifier, k-1) && k-2 >= ca && (s.tw(wAux, k-2) || s.tw(wBe, k-2) || s.tw(wAuxSkip, k-2)) {
			k-- // "have all imposed", "have both signed": a floating quantifier after the auxiliary
			continue
		}
		break
	}
	return k
}

// dateEndingAt: where a lower-case date expression ("that day", "the next day") ending at k
// starts, after ca; else -1. Capitalised dates ("Tuesday") are left to the subject search.
func (s *sentenceCtx) dateEndingAt(k, ca int) int {
	for _, d := range s.dateMentions {
		if d.end == k && d.start > ca && !s.tokens[d.start].isCap() && s.tokens[d.start].isWord() && !isDigits(s.tokens[d.start].Text) {
			return d.start
		}
	}
	return -1
}

// structuralSubject reads the subject from what stands right before the verb group at t. It
// returns found=false when the structure is not one it knows, so the caller may fall back on
// the nearest name; found=true with a nil mention means the subject is there but unnamed
// ("the president", "Russia's war", "Iranian-backed militias").
// thatClauseSpeaker: the token at k is an unresolved "it" or "they" opening a speech verb's
// that-clause ("Niger, Mali and Burkina Faso announced in January that they were leaving
// ECOWAS", "said in a joint statement the same day that they would impose"): the speaker,
// the name right before the speech verb's group, is the pronoun's referent; nil otherwise.
// Adjuncts may stand between the verb and "that" (up to ten words); a comma or a name ends
// the search.
func (s *sentenceCtx) thatClauseSpeaker(k int, ok func(*mention) bool) *mention {
	if !s.tokens[k].is("it", "they") || s.mentionAt(k) != nil || k-2 <= s.a || !s.tokens[k-1].is("that") {
		return nil
	}
	for v := k - 2; v > s.a && v >= k-12; v-- {
		if s.tw(wSpeech, v) {
			// The speaker is the name right before the speech verb's group, not a name
			// further back ("Chad hosted officials who told reporters that they ...").
			pa, _ := s.clauseOf(v)
			if m := s.mentionEndingAt(s.verbGroupStart(v, pa), ok); m != nil && !m.possessive && !m.demonym {
				return m
			}
			return nil
		}
		if s.tokens[v].is(",", ";") || s.mentionAt(v) != nil {
			return nil
		}
	}
	return nil
}

func (s *sentenceCtx) structuralSubject(t, ca int, ok func(*mention) bool) (*mention, bool) {
	k := s.verbGroupStart(t, ca) - 1
	if k < ca {
		return nil, false
	}
	tk := s.tokens[k]
	if k-1 >= ca && s.tw(wSpeech, k) && s.tw(wSubjectPronoun, k-1) && k-2 >= ca && s.tokens[k-2].isWord() && !s.tokens[k-2].isCap() &&
		!s.tw(wFunction, k-2) && !s.tw(wConjunction, k-2) && !s.tw(wSpeech, k-2) {
		// "sanctions on four entities it said had helped the North": a speech verb right
		// before the verb group, with no "that" and no subject between, sits in a contact
		// relative clause; the verb's subject is its antecedent, an unnamed noun here.
		return nil, true
	}
	if m := s.thatClauseSpeaker(k, ok); m != nil {
		return m, true
	}
	if m, found := s.accusedConjunct(t, k, ca, ok); found {
		return m, true
	}
	switch {
	case s.tw(wConjunction, k) || tk.Text == "," && k+1 < t && s.tw(wConjunction, k+1):
		if m, found := s.reporterConjunct(t, k, ca, ok); found {
			return m, true
		}
		// Coordinated verb phrases share the clause's subject: "the president left Minsk
		// and arrived in Beijing".
		if m := s.clauseSubject(ca, k, ok); m != nil {
			if p := s.roleApposition(m, k, ok); p != nil {
				return p, true
			}
			return m, true
		}
		// "Macron, who landed on Sunday, met the emir and slammed the launch": a clause opened
		// by a relative pronoun has its antecedent as subject, whether the verb is the
		// relative clause's or the main clause's after it.
		return s.relativeSubject(ca, ok), true
	case tk.Text == ",":
		if m := s.afterRelative(k, ok); m != nil {
			return m, true
		}
		if s.relativeClauseEndingAt(k) {
			// "Hamas, which is backed by Iran, attacked Israel": the names inside the relative
			// clause are not the main verb's subject; its antecedent, of the wrong kind
			// here, is.
			return nil, true
		}
		if m, found := s.beforePrepParenthetical(k, ca, ok); found {
			return m, true
		}
	case tk.Lower == "to":
		if m, found := s.controller(k, ca, ok); found {
			return m, true
		}
		// "Chile sought no quarrel with Peru and did not plan to deploy troops": the
		// infinitive's subject is that of its verb, which opens a coordinated verb phrase.
		if v := k - 1; v > ca && s.tokens[v].isWord() && !s.tokens[v].isCap() && !s.tw(wPreposition, v) && !s.tw(wArticle, v) {
			if c := s.verbGroupStart(v, ca) - 1; c > ca && s.tw(wConjunction, c) {
				if m := s.clauseSubject(ca, c, ok); m != nil {
					return m, true
				}
			}
		}
		return nil, false
	case s.tw(wPronoun, k):
		return s.resolvePronoun(k, ok), true
	case s.tw(wFirstPerson, k) && s.quoted(k):
		return s.quoteSpeaker(k, ok), true
	case s.tw(wFirstPerson, k) && s.mentionAt(k) == nil:
		// "..., and next year we will send a battalion to Latvia": an unresolved "we" is
		// an unnamed subject, not a name further back.
		return nil, true
	case k > s.a && s.tw(wSubordinator, k) && s.w.ends(eParticiple, s.tokens[t].Lower):
		// "Lai spoke while visiting a base in Taoyuan": a participle after a subordinator
		// has the subject of the clause before it.
		pa, _ := s.clauseOf(k - 1)
		if m := s.clauseSubject(pa, k, ok); m != nil {
			return m, true
		}
		if k-1 > pa {
			// "“...,” Lai said while visiting": the subject of the verb before it.
			return s.subjectOf(k-1, pa, ok), true
		}
		return nil, true
	}
	if m := s.mentionEndingAt(k+1, func(*mention) bool { return true }); m != nil {
		switch {
		case s.modifier(m):
			return nil, false
		case !ok(m):
			if holder := s.officeHolder(m, ca, ok); holder != nil {
				// "Premier Li Qiang of the State Council visited Pakistan", "Secretary General
				// X of NATO visited Kyiv": a body after "of" completes the person's office,
				// whatever the relation takes; the person is the subject.
				return holder, true
			}
			if c := s.agentConjunct(m.start, ca, ok); c != nil && !m.demonym {
				// "Russian jets and drones struck": a weapon coordinated with the state's
				// agent noun acts with it.
				return c, true
			}
			// The subject is a name of another kind ("Hezbollah attacks"): no relation of
			// this type, rather than a name further back.
			return nil, !m.demonym
		}
		if head := s.appositionHead(m, t, ok); head != nil {
			return head, true
		}
		if holder := s.officeHolder(m, ca, ok); holder != nil {
			return holder, true
		}
		return m, true
	}
	if s.w.ends(eParticiple, s.tokens[t].Lower) && tk.is("of") {
		// "accused the North of shipping shells": the one accused does what the gerund
		// names; when that object is no name of the right kind, nobody here does.
		if m, found := s.accusedOf(k, ca, ok); found {
			return m, true
		}
	}
	if s.w.ends(eParticiple, s.tokens[t].Lower) {
		if tk.is("for") && k-1 > ca && s.tokens[k-1].Text == "," {
			// "Qods Aviation Industries, a manufacturer of UAVs for the IRGC, for shipping
			// airframes to Russia": a reason phrase after a comma is about the clause's subject.
			k--
			tk = s.tokens[k]
		}
		if tk.Text == "," && k != s.opening {
			// "Mali broke off relations with Ukraine, accusing Kyiv ...": a participle after
			// the clause's verb phrase has the clause's subject; when that is unnamed, the
			// participle's is too (not the object of "from" before the comma).
			if s.tw(wAppraisal, t) {
				if pa, first, found := s.reportingClause(ca); found {
					// "Zelensky said on Thursday that the North was sending troops, calling it
					// a step toward war": a participle of appraisal after a reported clause
					// is the reporter's act, not that of the clause's subject.
					return s.clauseSubject(pa, first, ok), true
				}
			}
			m := s.clauseSubject(ca, k, ok)
			if m == nil && ca > s.a && (s.tw(wSubordinator, ca) || s.tw(wPreposition, ca)) {
				// "Wood told the council after the vote, accusing Moscow": the clause holding
				// the participle opens with an adjunct; the subject is the clause's before it.
				pa, _ := s.clauseOf(ca - 1)
				m = s.clauseSubject(pa, ca, ok)
			}
			for v := k - 1; m == nil && (s.quoted(ca) || isQuote(s.tokens[ca].Text)) && v > ca && !s.quoted(v); v-- {
				if s.tw(wSpeech, v) {
					// "“The world must hear it,” Zelensky wrote on Telegram, accusing Russia":
					// after a quotation the clause is its speaker's.
					m = s.speakerOf(v, ok)
				}
			}
			return m, true
		}
		return nil, false // "a briefing denouncing X": an adjunct, whose subject is the clause's
	}
	return s.unnamedSubject(k, ca, ok)
}

// reportingClause: the clause at ca is a that-clause (newSentenceCtx opens one at "that"),
// perhaps inside another ("said on Thursday that his services had information that the North
// was sending troops"), and the outermost clause holding it has a words.tsv speech verb before
// its "that": pa is that outermost clause's start, first the outermost "that". found=false
// otherwise.
func (s *sentenceCtx) reportingClause(ca int) (pa, first int, found bool) {
	if ca <= s.a || !s.tokens[ca].is("that") {
		return 0, 0, false
	}
	first = ca
	for {
		pa, _ = s.clauseOf(first - 1)
		if pa <= s.a || !s.tokens[pa].is("that") {
			break
		}
		first = pa
	}
	for v := first - 1; v >= pa && v >= first-12; v-- {
		if s.tw(wSpeech, v) {
			return pa, first, true
		}
		if s.tokens[v].is(",", ";") {
			break
		}
	}
	return 0, 0, false
}

// reporterConjunct: the past verb at t opens a verb phrase right after the conjunction at k,
// in a that-clause reported by a speech verb with an adjunct before its "that" ("said on
// Monday that", "told reporters in Helsinki that": reportingClause; right after the verb,
// "that" opens no clause and the conjunct is the reporter's anyway). When the that-clause's
// own verb cannot be shared by a bare past verb (a modal or "do": "would keep"; "be" with no
// participle after it: "was monitoring"; "had" with an object: "had evidence"), the
// conjunct is the reporter's act ("..., and accused Moscow of ..."): the speaker, found=true.
// A shareable verb ("had launched missiles and struck", "attacked Kyiv and killed", "was
// seized and searched") keeps the clause's subject: found=false.
func (s *sentenceCtx) reporterConjunct(t, k, ca int, ok func(*mention) bool) (*mention, bool) {
	if s.tokens[k].Text == "," {
		k++
	}
	if k+1 != t || s.mentionAt(t) != nil || !s.w.ends(ePast, s.tokens[t].Lower) {
		return nil, false
	}
	speaker := func() *mention { return nil }
	pa, first, found := s.reportingClause(ca)
	if found {
		speaker = func() *mention { return s.clauseSubject(pa, first, ok) }
	} else {
		// "A and B expressed support for C, and the ambassador of D said that ... and
		// condemned E": right after its speech verb "that" opens no clause; the conjunct is
		// that verb's speaker's, not the clause's first name's.
		for f := k - 1; f > ca+1 && first == 0; f-- {
			if s.tokens[f].is("that") && s.tw(wSpeech, f-1) && s.tw(wReportVerb, f-1) {
				first = f
			}
		}
		if first == 0 {
			return nil, false
		}
		speaker = func() *mention {
			// The speaker stands after the ", and" that opens the speech verb's clause
			// ("..., and the U.S. Ambassador in Manila, MaryKay Carlson, said that"), out of
			// the object of a preposition ("in Manila").
			floor := ca
			for j := first - 2; j > ca; j-- {
				if s.tokens[j].is("and") && s.tokens[j-1].Text == "," {
					floor = j + 1
					break
				}
			}
			inPP := func(m *mention) bool { p := m.startPast(s, "the") - 1; return p > s.a && s.tw(wPreposition, p) }
			if m := s.nearestLeft(first-1, floor, func(m *mention) bool { return ok(m) && !s.modifier(m) && !inPP(m) }, false); m != nil {
				return m
			}
			return s.speakerOf(first-1, ok)
		}
	}
	for j := first + 1; j < k; j++ {
		if s.mentionAt(j) != nil || !s.tokens[j].isWord() {
			continue
		}
		w := s.tokens[j]
		if !s.tw(wAux, j) {
			if w.isCap() {
				continue
			}
			if s.w.ends(ePast, w.Lower) || s.tw(wIrregularPast, j) {
				return nil, false // "attacked Kyiv and killed": a past verb the conjunct shares
			}
			e := j
			if isQuote(s.tokens[j-1].Text) {
				e-- // 'that Poland "stands'
			}
			if subj := s.mentionEndingAt(e, ok); subj != nil && subj.start <= first+2 && strings.HasSuffix(w.Lower, "s") && !subj.possessive {
				// 'that Poland "stands with its ally"': a present verb right after the
				// clause's named subject, which a past conjunct cannot share.
				return speaker(), true
			}
			continue
		}
		n := j + 1
		for n < k && (s.adverb(n) || isQuote(s.tokens[n].Text)) {
			n++ // 'had "taken control measures"': the verb inside the quotation
		}
		if n >= k {
			return nil, false
		}
		next := s.tokens[n]
		participle := next.isWord() && !next.isCap() && (s.w.ends(ePast, next.Lower) || s.tw(wIrregularPast, n) || next.is("been"))
		switch {
		case w.is("had", "has", "have", "was", "were", "is", "are") && participle:
			return nil, false // "had launched missiles and struck", "was seized and searched"
		case w.is("had", "has", "have") && s.tw(wAux, n):
			return nil, false
		}
		return speaker(), true
	}
	return nil, false
}

// beforePrepParenthetical: the comma at k closes a parenthetical that a preposition opens
// after another comma ("the United States and the United Kingdom, with support from Australia
// and Canada, conducted strikes"): the subject is the name before the parenthetical, not the
// names inside it. Comitatives ("together with", "alongside") are comitativeSubject's.
func (s *sentenceCtx) beforePrepParenthetical(k, ca int, ok func(*mention) bool) (*mention, bool) {
	for j := k - 1; j > ca && j >= k-16; j-- {
		if s.tokens[j].Text != "," {
			continue
		}
		if j+1 >= k || s.tw(wComitative, j+1) || !s.tw(wPreposition, j+1) && !s.tokens[j+1].is("with") {
			continue // a comma inside the parenthetical's list
		}
		head := s.mentionEndingAt(j, func(*mention) bool { return true })
		if head == nil && !s.dateComma(j) && j-1 > ca && s.tw(wAgentHead, j-1) && s.tokens[j-1].isWord() && !s.tokens[j-1].isCap() {
			// h44bcoal: "French troops, with support from Chad, struck", "U.S. Central Command
			// (CENTCOM) forces, with support from ...": the agent noun before the
			// parenthetical acts for the name that modifies it (a demonym, a state, a
			// state's force), not for the helpers inside.
			h := j - 2
			if h-2 > ca && s.tokens[h].Text == ")" && s.tokens[h-2].Text == "(" {
				h -= 3
			}
			if m := s.mentionEndingAt(h+1, func(*mention) bool { return true }); m != nil && !m.possessive {
				if !ok(m) {
					return nil, true
				}
				return m, true
			}
		}
		if head == nil || s.dateComma(j) {
			return nil, false
		}
		if !ok(head) {
			return nil, true
		}
		return head, true
	}
	return nil, false
}

// accusedOf: the "of" at k follows the object of a verb of accusing (words.tsv charge-verb:
// "accused", "suspects"): that object, if it is a name ok takes, else nil; found=false when
// no such verb stands within six words before k.
func (s *sentenceCtx) accusedOf(k, ca int, ok func(*mention) bool) (*mention, bool) {
	for j := k - 1; j >= ca && j >= k-6; j-- {
		if s.tw(wChargeVerb, j) {
			if m := s.mentionEndingAt(k, func(*mention) bool { return true }); m != nil && m.start > j && ok(m) {
				return m, true
			}
			return nil, true
		}
		if s.tokens[j].is(",", ";") {
			break
		}
	}
	return nil, false
}

// roleApposition: the person in apposition to a possessed role noun ("The United Kingdom's
// representative, Barbara Woodward, regretted the vetoes and condemned Hamas": Woodward, not
// the United Kingdom), when the relation takes a person; nil otherwise.
func (s *sentenceCtx) roleApposition(owner *mention, k int, ok func(*mention) bool) *mention {
	if !owner.possessive {
		return nil
	}
	for j := owner.end + 1; j+2 < k && j < owner.end+4 && s.tokens[j].isWord() && !s.tokens[j].isCap(); j++ {
		if !s.tw(wAgentHead, j) || s.tokens[j+1].Text != "," {
			continue
		}
		if p := s.mentionAt(j + 2); p != nil && p.info.Type == TypePerson && ok(p) && p.end < k && s.tokens[p.end].Text == "," {
			return p
		}
	}
	return nil
}

// officeHolder: a state or body after "of" (and an article) that follows a person names the
// person's office ("Foreign Minister Ingrid Dahl of Norway visited Kyiv", "Ambassador Tan of
// the Republic of Singapore denounced"), so the person, not the state, is the subject, when
// the relation takes a person.
func (s *sentenceCtx) officeHolder(m *mention, ca int, ok func(*mention) bool) *mention {
	k := m.start - 1
	if k > ca && s.tw(wArticle, k) {
		k--
	}
	if m.info.Type == TypePerson || k <= ca || !s.tokens[k].is("of") {
		return nil
	}
	if p := s.mentionEndingAt(k, ok); p != nil && p.info.Type == TypePerson && !p.possessive {
		return p
	}
	return nil
}

// afterRelative: the comma at k closes a non-restrictive relative clause (", who ...,"), so a
// verb right after it is the main clause's, whose subject is the relative's antecedent
// ("Carney, who has led the government since Trudeau resigned, met Starmer": Carney, not
// Trudeau); nil otherwise.
func (s *sentenceCtx) afterRelative(k int, ok func(*mention) bool) *mention {
	for j := k - 1; j > s.a+1 && j >= k-30; j-- {
		tk := s.tokens[j]
		if tk.Text == ";" || tk.Text == ":" {
			return nil
		}
		if s.tw(wWhRelative, j) && s.tokens[j-1].Text == "," {
			if j+1 >= k {
				return nil
			}
			return s.relativeSubject(j, ok)
		}
	}
	return nil
}

// relativeClauseEndingAt: the comma at k closes a relative clause opened by ", which" or
// ", who", or a reduced one opened by a participle and its agent (", backed by"), with no
// other comma, semicolon or colon inside it.
func (s *sentenceCtx) relativeClauseEndingAt(k int) bool {
	for j := k - 1; j > s.a+1 && j >= k-30; j-- {
		tk := s.tokens[j]
		if tk.Text == "," || tk.Text == ";" || tk.Text == ":" {
			return false
		}
		if s.tokens[j-1].Text != "," {
			continue
		}
		if s.tw(wWhRelative, j) {
			return j+1 < k
		}
		return j+2 < k && tk.isWord() && !tk.isCap() && s.w.ends(ePast, tk.Lower) && s.tokens[j+1].is("by")
	}
	return false
}

// controlledNounOwner: the noun at o.t is in the object of an infinitive that a possessed
// control noun governs ("Germany's decision to send aid", "Japan's pledge to give more
// assistance"): the control noun's possessor; nil otherwise. Between the infinitive and the
// noun only lower-case words and amounts stand, no name and no clause break.
func (s *sentenceCtx) controlledNounOwner(o *occurrence) *mention {
	for k := o.t - 1; k > o.ca+1 && k >= o.t-10; k-- {
		tk := s.tokens[k]
		if s.mentionAt(k) != nil || tk.is(",", ";", ":") || tk.isCap() && tk.isWord() {
			return nil
		}
		if !s.tokens[k-1].is("to") {
			continue
		}
		if !tk.isWord() {
			return nil
		}
		if owner, found := s.controller(k-1, o.ca, o.srcOK); found {
			return owner
		}
		return nil
	}
	return nil
}

// controller: before "to" + verb, the possessor of a control noun is the subject ("Russia's
// effort to block", "China's plan to send"), a resolved possessive pronoun too ("its
// attempts to place").
func (s *sentenceCtx) controller(k, ca int, ok func(*mention) bool) (*mention, bool) {
	if k-2 < ca || !s.tw(wControlNoun, k-1) {
		return nil, false
	}
	p := k - 2
	for p > ca && p >= k-5 && (s.tokens[p].Text == "-" || s.tokens[p].isWord() && !s.tokens[p].isCap() && s.classes(p).without(wListAdjective) == (clsSet{})) {
		p-- // "Turkey's long-stalled bid to join": modifiers between the possessive and the noun
	}
	if s.tokens[p].Text == "'s" || s.tokens[p].Text == "\u2019s" {
		if owner := s.mentionEndingAt(p, ok); owner != nil {
			return owner, true
		}
		// "welcomed the President's plans to travel": the possessor is the subject, though
		// unnamed here; not a name further back.
		return nil, true
	}
	if owner := s.possessiveAnaphor(p+1, ok); owner != nil {
		// "including its attempts to place satellites into orbit": the resolved "its" or
		// "their" is the possessor, as a name with "'s" is.
		return owner, true
	}
	return nil, false
}

// unnamedSubject: a noun phrase without a name of its own ends at k, right before the verb
// group — a possessive or hyphen-modified noun, or one opened by an article. Its possessor or
// demonym acts only when the noun is an agent ("China's coast guard boarded", "Russian forces
// struck"), and a possessor also when it is a speech noun ("NATO's statement condemned");
// otherwise the subject is unnamed.
func (s *sentenceCtx) unnamedSubject(k, ca int, ok func(*mention) bool) (*mention, bool) {
	tk := s.tokens[k]
	if !tk.isWord() || tk.isCap() || s.tw(wFunction, k) {
		return nil, false
	}
	j := k
	for j > ca && j > k-3 && s.tokens[j-1].isWord() && !s.tokens[j-1].isCap() && !s.tw(wFunction, j-1) {
		j--
	}
	agent := s.tw(wAgentHead, k)
	if j > ca {
		before := s.tokens[j-1]
		switch {
		case before.Text == "'s" || before.Text == "\u2019s":
			// A speech noun speaks for its owner as an agent acts for it ("the SCO's
			// declaration condemned X", as "the SCO declaration condemned X").
			if owner := s.mentionEndingAt(j-1, ok); owner != nil && (agent || s.tw(wSpeechNoun, k)) {
				return owner, true
			}
			return nil, true
		case before.Text == "-" && !before.SpaceBefore:
			return nil, true
		case s.tw(wArticle, j-1):
			if m := s.agentConjunct(j, ca, ok); m != nil {
				return m, true // "United States aircraft and a submarine struck"
			}
			return nil, true
		}
	}
	if m := s.mentionEndingAt(j, ok); m != nil && m.demonym && agent {
		return m, true
	}
	if m := s.agentConjunct(j, ca, ok); m != nil {
		return m, true // "Russian bombers and warships pounded Kharkiv"
	}
	return nil, false
}

// agentConjunct: the unnamed noun phrase starting at j is the second conjunct of a subject
// whose first conjunct, before "and", is an agent noun a demonym or an attributive state
// modifies ("Russian bombers and warships", "Israeli jets and drones", "United States aircraft
// and a submarine"): the coordinated phrase acts as one subject, and the state of the first
// conjunct is its doer; nil otherwise.
func (s *sentenceCtx) agentConjunct(j, ca int, ok func(*mention) bool) *mention {
	c := j - 1
	if c > ca && s.tw(wArticle, c) {
		c-- // "and a submarine"
	}
	if c-2 < ca || !s.tokens[c].is("and") {
		return nil
	}
	h := c - 1 // the first conjunct's head: an agent noun, or a lower-case weapon class ("jets")
	if w := s.mentionEndingAt(c, func(*mention) bool { return true }); w != nil && w.info.Type == TypeWeapon && !s.tokens[w.start].isCap() {
		h = w.start
	} else if !s.tw(wAgentHead, h) {
		return nil
	}
	m := s.mentionEndingAt(h, ok)
	if m == nil || m.possessive || !(m.demonym || m.info.Type == TypeState) {
		return nil
	}
	return m
}

// clauseSubject is the head name of the clause's first noun phrase, before token k: the
// first name not inside a prepositional phrase, and of a name run the last one ("Belarusian
// President Alexander Lukashenko"). Nil when the first noun phrase is unnamed.
func (s *sentenceCtx) clauseSubject(ca, k int, ok func(*mention) bool) *mention {
	i := ca
	// An opening date with no comma ("On 11 January the United States, with support from
	// ...", "In March 2024 Britain ...") ends with the date; any other opening adverbial
	// ("On Wednesday, ...", "In Beijing, ...") ends at its comma.
	dated := false
	if i == ca && i > s.a && i+1 < k && s.tokens[i].is("that") && s.tokens[i-1].isWord() && s.mentionAt(i) == nil {
		// "said on Tuesday that Canada would cancel its agreements and impose sanctions": a
		// that-clause, a clause of its own (newSentenceCtx), has its subject after "that";
		// an unresolved pronoun there is the speaker ("said on Tuesday that they would cancel
		// ... and impose").
		if m := s.thatClauseSpeaker(i+1, ok); m != nil {
			return m
		}
		i++
	}
	if i+1 < k && s.tw(wConjunction, i) && s.tw(wFunction, i+1) && s.mentionAt(i) == nil {
		i++ // "..., and on 11 January the United States ..."
	}
	if i < k && s.mentionAt(i) == nil {
		// An opening date set off by its comma that no function word opens ("The next day,
		// the United States, ...", "Last week, Britain ...") ends at its comma.
		for _, d := range s.dateMentions {
			if d.start == i && d.end+1 < k && s.tokens[d.end].Text == "," {
				i, dated = d.end+1, true
				break
			}
		}
	}
	if !dated && i < k && s.tw(wFunction, i) && !s.tw(wArticle, i) {
		for _, d := range s.dateMentions {
			// An entry heading's or dateline's date (implicit) spans no token of the clause.
			if !d.implicit && d.start <= i+1 && d.start >= i && d.end < k && s.tokens[d.end].Text != "," && s.tokens[d.end].isWord() {
				i, dated = d.end, true
				break
			}
		}
	}
	if !dated && i+1 < k && s.tokens[i].isCap() && s.mentionAt(i) == nil && s.adverb(i) && s.tw(wFunction, i+1) && !s.tw(wArticle, i+1) {
		// h44bcoal: an adverb before the opening phrase ("Early on Friday, ...", "Shortly
		// after midnight, ...", "Late on 3 May, ...") belongs to it.
		i++
	}
	// A second opening phrase ("On January 11, in response to these attacks, the United
	// States ...") ends at its own comma too.
	for n := 0; n < 2 && (!dated || i > ca && s.tokens[i-1].Text == ",") && i < k && (s.tw(wFunction, i) || s.tw(wLocative, i)) && !s.tw(wArticle, i); n++ {
		from := i
		// h44bcoal: a parenthesis inside the phrase ("At 2:30 a.m. (local time) on 12
		// January, ...") does not count toward its length.
		paren, reach := false, i+12
		for j := i; j < k && j < reach; j++ {
			switch s.tokens[j].Text {
			case "(":
				paren = true
			case ")":
				paren = false
			}
			if paren || s.tokens[j].Text == ")" {
				reach++
			}
			if !paren && s.tokens[j].Text == "," && !s.dateComma(j) {
				i = j + 1
				break
			}
		}
		if i == from {
			break
		}
	}
	if i+1 < k && s.tokens[i].isWord() && s.tokens[i+1].Text == "," && s.mentionAt(i) == nil {
		i += 2 // a one-word opener: "Overnight, United States forces, with support from ..."
	}
	if i < k && (s.tw(wSubordinator, i) || s.tw(wClause, i)) && s.mentionAt(i) == nil {
		i++ // "..., when the three heads of state met in Niamey and signed"
	}
	for i < k && s.mentionAt(i) == nil && (s.tw(wArticle, i) || s.tokens[i].isCap() && s.tokens[i].isWord()) {
		// (an anaphor such as "the three heads of state" is a mention from its article on)
		i++
	}
	// "the militaries of the United States and the United Kingdom, with support from ...": an
	// agent noun's of-complement names who acts.
	for j := i; j < k && j < i+3 && s.mentionAt(j) == nil && s.tokens[j].isWord() && !s.tokens[j].isCap(); j++ {
		if s.tw(wAgentHead, j) && j+2 < k && s.tokens[j+1].is("of") {
			n := j + 2
			if s.mentionAt(n) == nil && s.tw(wArticle, n) {
				n++ // "of the United States"
			}
			if s.mentionAt(n) != nil {
				i = n
			}
			break
		}
	}
	var head *mention
	for i < k {
		m := s.mentionAt(i)
		if m == nil {
			// Title words between a demonym and the name: "Belarusian President Alexander".
			if s.tokens[i].isCap() && s.tokens[i].isWord() && head != nil && (head.demonym || head.info.Type == TypeState && !head.possessive) {
				i++
				continue
			}
			// Title words between a body and a person ("NATO Secretary General Mark Rutte,
			// ..., says"): the person is the head, as after a demonym; with no person after
			// the title the body stays the head.
			if head != nil && head.info.Type == TypeInstitution && i == head.end {
				if p := s.titledPerson(head, k, ok); p != nil {
					i = p.start
					continue
				}
			}
			break
		}
		head = m
		i = m.end
		if m.possessive {
			break
		}
		// "Chinese defence ministry spokesman Wu Qian": a role noun between a body and a
		// person makes the person the head.
		j := i
		for j < k && s.tw(wAgentHead, j) {
			j++
		}
		if j > i && j < k && s.mentionAt(j) != nil {
			i = j
		}
	}
	if head != nil && head.possessive && ok(head) {
		// "Mali's military government broke off ..., accusing Kyiv": the possessor of an
		// agent noun acts, as before a verb (unnamedSubject).
		for j := i + 1; j < k && j < i+4 && s.tokens[j].isWord() && !s.tokens[j].isCap(); j++ {
			if s.tw(wAgentHead, j) {
				return head
			}
		}
		return nil
	}
	if head == nil || !ok(head) {
		return nil
	}
	if head.demonym && i < k && s.tokens[i].isWord() && !s.tokens[i].isCap() && !s.tw(wAgentHead, i) {
		return nil // "Belarusian officials said": the demonym modifies an unnamed head
	}
	return head
}

// objectOf is the direct object of the verb ending before te: the first acceptable name of
// the noun phrase after it, the possessor of its noun ("condemned China's actions"), or the
// name in its complement ("condemned the provocations of Lai", "struck targets in Kyiv" when
// locatives are allowed). found=false when no noun phrase starts at te, so the caller may
// fall back; found=true with nil when the object is there but unnamed ("denounced the
// annexation as theft and said Kyiv ...").
func (s *sentenceCtx) objectOf(te, cb int, ok func(*mention) bool, not *mention, locative bool) (*mention, bool) {
	accept := func(m *mention) bool { return m != nil && ok(m) && (not == nil || m.info != not.info) }
	te = s.afterQuotedManner(te, cb)
	te = s.afterFreeRelative(te, cb)
	k := te
	for k < cb && k < te+12 {
		if m := s.mentionAt(k); m != nil {
			if p := s.namedHolder(m); accept(p) {
				return p, true // "summoned Ukraine's ambassador, Yurii Pyvovarov"
			}
			if accept(m) {
				return m, true
			}
			k = m.end
			continue
		}
		if !s.npContinues(k, te, cb) {
			break
		}
		k++
	}
	if k == te {
		return nil, false
	}
	if locative {
		k = s.plainListEnd(k, cb) // "attacked shelters, hospitals and schools across Gaza"
	}
	if k < cb && (s.tw(wComplement, k) || locative && s.tw(wLocative, k)) {
		if k+1 < cb && s.tokens[k].is("of") && s.w.ends(eParticiple, s.tokens[k+1].Lower) && !s.tokens[k+1].isCap() && !s.tw(wArticle, k+1) {
			// "accused Western members of using sanctions to pressure Bamako": a gerund after
			// "of" states a charge, and the names in it are no complement of the object.
			return nil, true
		}
		for j := range s.mentions {
			m := &s.mentions[j]
			if m.start > k && m.start <= k+6 && m.end <= cb && accept(m) && !s.punctBetween(k, m.start) {
				if m.possessive && locative && s.tw(wLocative, k) && j+1 < len(s.mentions) && s.mentions[j+1].start == m.end+1 &&
					s.mentions[j+1].info.Type == TypePlace && accept(&s.mentions[j+1]) {
					// r42force: "struck a military facility in Russia's Bryansk region": a site's
					// locative names the place, its state's possessive before it no sufferer of
					// a plain noun (as "troops to Russia's Kursk region" in afterWord).
					return &s.mentions[j+1], true
				}
				if m.possessive && !s.possessesAgent(m, cb) {
					// "condemned these obstructions of the Philippines' freedom of navigation":
					// the possessor of a plain noun in the complement suffers the act.
					return nil, true
				}
				if p := m.startPast(s, "the") - 1; p > k && s.tw(wPreposition, p) && !s.tw(wComplement, p) {
					// "condemned the provision of military assistance to Russia by the DPRK":
					// a name after another preposition (the act's recipient or place) yields to
					// the act's own agent after "by" (argument finding, shared mechanism).
					if agent := s.agentAfter(m.end, cb, accept); agent != nil {
						return agent, true
					}
				}
				return m, true
			}
		}
	}
	if agent := s.agentAfter(k, cb, accept); agent != nil {
		return agent, true
	}
	if p := s.describedPerson(te, k, cb); accept(p) {
		return p, true // "held talks with the head of state, Captain Ibrahim Traoré"
	}
	return nil, true
}

// afterQuotedManner: a quoted prepositional phrase right after the verb, with no name in
// it, is a manner adverbial the writer quotes from the statement ('condemned "in the
// strongest possible terms" Iran's transfers'); the object starts after its closing quote.
// Otherwise te.
func (s *sentenceCtx) afterQuotedManner(te, cb int) int {
	if te+2 >= cb || !isQuote(s.tokens[te].Text) || !s.tw(wPreposition, te+1) {
		return te
	}
	for j := te + 2; j < cb && j <= te+8; j++ {
		if s.mentionAt(j) != nil {
			return te
		}
		if isQuote(s.tokens[j].Text) {
			return j + 1
		}
	}
	return te
}

// plainListEnd: where a list of unnamed lower-case nouns that continues the noun phrase ending
// at k ends (", hospitals and schools"), when an "and" or "or" closes it and a locative or
// complement follows; otherwise k. Each item is at most two plain words and ends in a plural.
func (s *sentenceCtx) plainListEnd(k, cb int) int {
	closed := false
	j := k
	for j < cb && j < k+10 {
		tk := s.tokens[j]
		if tk.Text != "," && !s.tw(wConjunction, j) {
			break
		}
		if s.tw(wConjunction, j) {
			closed = true
		}
		j++
		if j < cb && s.tw(wConjunction, j) { // ", and"
			closed = true
			j++
		}
		n := 0
		// Items are up to three plain words, a lower-case weapon class among them ("drone
		// storage depots", "missile launch positions").
		for j < cb && n < 3 && s.tokens[j].isWord() && !s.tokens[j].isCap() && (s.mentionAt(j) == nil || s.mentionAt(j).info.Type == TypeWeapon) && !s.tw(wFunction, j) &&
			!s.tw(wLocative, j) && !s.tw(wPreposition, j) && !s.tw(wAux, j) && !s.tw(wBe, j) && !s.tw(wArticle, j) {
			j++
			n++
		}
		if n == 0 || !plural(s.tokens[j-1].Lower) {
			return k // "struck the plant and said in Kharkiv": a verb, not a list of sites
		}
		if closed {
			break
		}
	}
	if closed && j < cb && (s.tw(wComplement, j) || s.tw(wLocative, j)) {
		return j
	}
	return k
}

// afterFreeRelative: an object opened by "what" + a speaker + a verb of naming (words.tsv
// naming-verb: "supports what he called Russia's special military operation", "condemned
// what it described as foreign interference") is the noun phrase after that verb; the
// speaker is no object. Otherwise te.
func (s *sentenceCtx) afterFreeRelative(te, cb int) int {
	w := te
	if w < cb && isQuote(s.tokens[w].Text) {
		w++ // "fully supports" what he called ...
	}
	if w+3 >= cb || !s.tokens[w].is("what") {
		return te
	}
	j := w + 1
	if m := s.mentionAt(j); m != nil {
		j = m.end
	} else if s.tw(wSubjectPronoun, j) {
		j++
	} else {
		return te
	}
	if j+1 >= cb || !s.tw(wNamingVerb, j) {
		return te
	}
	j++
	if s.tokens[j].is("as") {
		j++
	}
	return j
}

// possessesAgent: the possessive name m owns an agent noun (words.tsv agent-head) within three
// lower-case words after it ("China's coast guard", "Russia's forces"), which acts for it.
func (s *sentenceCtx) possessesAgent(m *mention, cb int) bool {
	j := m.end
	if j < cb && (s.tokens[j].Text == "'s" || s.tokens[j].Text == "\u2019s" || s.tokens[j].Text == "'" || s.tokens[j].Text == "\u2019") {
		j++
	}
	for ; j < cb && j < m.end+4 && s.tokens[j].isWord() && !s.tokens[j].isCap(); j++ {
		if s.tw(wAgentHead, j) {
			return true
		}
	}
	return false
}

// describedPerson: a definite description opening at te and a person's name in apposition
// after its comma, past titles ("the head of state, Captain Ibrahim Traoré"); nil when a
// speech verb follows the name ("met the delegation, Ivan Petrov said") or a name stands in
// the description.
func (s *sentenceCtx) describedPerson(te, k, cb int) *mention {
	if te >= cb || !s.tokens[te].is("the") && !s.tw(wPossessive, te) {
		return nil
	}
	for ; k < cb && k < te+8 && s.tokens[k].Text != ","; k++ {
		// A demonym describes ("his Polish counterpart, Wladyslaw Kosiniak-Kamysz"); another
		// name is the object itself.
		if m := s.mentionAt(k); m != nil && !m.demonym {
			if !s.officeOwner(m, te) {
				return nil
			}
			// "the Secretary General of NATO, Mark Rutte", "the Minister for Foreign Affairs
			// of Finland, Elina Valtonen": the state or body owning the office describes
			// the person named after the comma.
			k = m.end - 1
			continue
		}
		if s.trigAt(k) || !s.tokens[k].isWord() {
			return nil
		}
	}
	if k >= cb || s.tokens[k].Text != "," {
		return nil
	}
	for j := k + 1; j < cb && j <= k+8; j++ {
		if m := s.mentionAt(j); m != nil {
			if m.info.Type != TypePerson || m.end < cb && (s.tw(wSpeech, m.end) || s.tw(wReportVerb, m.end)) {
				return nil
			}
			return m
		}
		// Title words, with an office's complement ("Secretary of National Defense").
		if !s.tokens[j].isCap() && s.tokens[j].Text != "." && !s.tw(wOfficePrep, j) {
			return nil
		}
	}
	return nil
}

// officeOwner: the state or body m completes an office's title that opened at te with
// capitalised title words and "of"/"for" ("the Secretary General of NATO", "the Minister for
// Foreign Affairs of Finland"), right after "of" or "of the".
func (s *sentenceCtx) officeOwner(m *mention, te int) bool {
	if m.info.Type != TypeState && m.info.Type != TypeInstitution || m.possessive {
		return false
	}
	j := m.start - 1
	if j > te && s.tw(wArticle, j) {
		j--
	}
	if j <= te || !s.tokens[j].is("of") {
		return false
	}
	for k := te + 1; k < j; k++ {
		if !s.tokens[k].isCap() && !s.tw(wOfficeLink, k) {
			return false
		}
	}
	return s.tokens[te+1].isCap()
}

// agentAfter: the agent of an unnamed event noun after its other complements ("the launch on
// November 21 by the DPRK", "the signing of the treaty by Russia and North Korea"): the name
// after "by", past prepositional phrases, quotes and dates but not past a comma or a clause.
func (s *sentenceCtx) agentAfter(k, cb int, accept func(*mention) bool) *mention {
	for j := k; j < cb && j < k+16; j++ {
		tk := s.tokens[j]
		if tk.is(",", ";", ":") || j > k && s.tw(wClause, j) {
			return nil
		}
		if tk.Lower != "by" {
			continue
		}
		if m := s.mentionAt(j + 1); m != nil && accept(m) {
			return m
		}
		if j+2 < cb && s.tw(wArticle, j+1) {
			if m := s.mentionAt(j + 2); m != nil && accept(m) {
				return m
			}
		}
		return nil
	}
	return nil
}

// npContinues: token k, inside the object noun phrase that began at te, belongs to it — an
// article, a possessive, a hyphen, a quoted modifier, "Mr." before a name, a content word, or
// a conjunction opening a next conjunct ("a Chinese official and Russian Defense Minister
// Sergei Shoigu"); a preposition, a conjunction before a verb or punctuation ends it.
func (s *sentenceCtx) npContinues(k, te, cb int) bool {
	tk := s.tokens[k]
	switch {
	case k > te && s.modifierListLink(k):
		return true // "the illegal and aggressive actions of the China Coast Guard"
	case s.tw(wConjunction, k):
		return k > te && k+1 < cb && (s.tokens[k+1].isCap() || s.tw(wArticle, k+1) || s.statehoodLink(k, cb))
	case tk.Text == "\"" || tk.Text == "\u201c" || tk.Text == "\u201d":
		return true
	case tk.Text == "," && k > te && s.statehoodLink(k, cb):
		return true // "the independence, sovereignty and territorial integrity of"
	case tk.Text == ".":
		return k > te && s.tokens[k-1].isCap() && len(s.tokens[k-1].Text) <= 3
	case tk.Text == "'s" || tk.Text == "\u2019s" || tk.Text == "-" && !tk.SpaceBefore || s.tw(wArticle, k):
		return true
	case s.tw(wOfficeLink, k) && k > te && s.tokens[k-1].isCap() && s.tokens[k-1].isWord() && s.mentionAt(k-1) == nil && s.mentionEndingAt(k, func(*mention) bool { return true }) == nil &&
		k+1 < cb && (s.tokens[k+1].isCap() || s.tw(wArticle, k+1)):
		// "Chairman of the State Affairs of the Democratic People's Republic of Korea Kim
		// Jong Un": inside a capitalised title an office link continues the title's phrase,
		// up to its holder's name.
		return true
	}
	return tk.isWord() && !s.tw(wFunction, k) && !s.tw(wLocative, k) && !s.tw(wPreposition, k)
}

// inPP: the name is the object of a preposition ("talks with Kim Jong Un and North Korea's
// Foreign Minister Choe Son Hui"), possibly through a list, titles and modifiers.
func (s *sentenceCtx) inPP(m *mention) bool {
	for k := m.start - 1; k >= s.a && k >= m.start-12; k-- {
		tk := s.tokens[k]
		switch {
		case k == s.opening:
			return false // "On Monday in Tokyo, Putin met": the opening phrase has ended
		case m.info.Type == TypePerson && s.tw(wConjunction, k) && k-1 > s.a && s.tokens[k-1].Text == ",":
			// "Ruiz spoke in Lima, and Foreign Minister Vidal met Tanaka": a person after ", and"
			// opens another clause, not the phrase before it.
			return false
		case s.tw(wArticle, k), s.tw(wConjunction, k), tk.Text == ",", tk.Text == "'s", tk.Text == "\u2019s", tk.isCap():
			continue
		case s.tw(wOfficeLink, k) && k > s.a && s.tokens[k-1].isCap() && s.tokens[k+1].isCap():
			// "Minister for Foreign Affairs Elina Valtonen": an office link inside a title, like
			// a transparent "of", names the office the person holds.
			return false
		case s.tw(wFunction, k) || s.tw(wLocative, k):
			// "by X" names the agent of a nominal ("testing by the D.P.R.K."), "of X" the one
			// a title or office belongs to ("the representative of Sierra Leone"): not mere PPs.
			return !s.tw(wPPTransparent, k)
		default:
			return false
		}
	}
	return false
}

// modifierOnly: a name that only modifies the noun after it and does not stand for a party —
// the first part of a hyphenated compound ("Iranian-designed"), or a demonym before a noun
// other than an agent or a place ("the Chinese engine maker", "Romanian ports").
func (s *sentenceCtx) modifierOnly(m *mention) bool {
	if m.possessive {
		return false
	}
	if s.modifier(m) {
		return true
	}
	if !m.demonym || m.end >= s.b {
		return false
	}
	next := s.tokens[m.end]
	return next.Text[0] >= 'a' && next.Text[0] <= 'z' && !s.tw(wFunction, m.end) && !s.tw(wConjunction, m.end) &&
		!s.tw(wAgentHead, m.end) && !s.tw(wPlaceHead, m.end) && !s.tw(wStanceHead, m.end) &&
		!s.tw(wPlaceHead, s.compoundHead(m.end))
}

// compoundHead: the last of at most three plain lower-case words from k, the head of a
// compound noun after a demonym ("a Philippine supply boat", "Ukrainian energy
// infrastructure"); k when the run is one word long or none. modifierOnly reads a place-head
// there as it does right after the demonym; an agent-head there is often a person's title
// ("North Korean defence chief": the person is meant), so it is not read.
func (s *sentenceCtx) compoundHead(k int) int {
	h := k
	for j := k; j < s.b && j < k+3; j++ {
		tk := &s.tokens[j]
		if !tk.isWord() || tk.isCap() || s.tw(wFunction, j) || s.tw(wConjunction, j) || s.tw(wPreposition, j) ||
			s.tw(wBe, j) || s.tw(wAux, j) || s.mentionAt(j) != nil {
			break
		}
		h = j
	}
	if h+1 < s.b && isPossessiveMark(s.tokens[h+1].Text) {
		return k // "the Chinese fishing boats' captain": the phrase goes on to its own head
	}
	return h
}

// isPossessiveMark: the token is a possessive ending ("'s", "'", "’s").
func isPossessiveMark(tx string) bool {
	return tx == "'s" || tx == "'" || tx == "’s" || tx == "’"
}

// siteOf: the demonym m stands right before a facility noun (words.tsv site-head: "Ukrainian
// ports"), a place of its state for relations that take places.
func (s *sentenceCtx) siteOf(m *mention) bool {
	return m.demonym && m.end < s.b && s.tw(wSiteHead, m.end)
}

// inTitleRun: the trigger is capitalised mid-sentence with a capitalised word or name on
// both sides, as inside "Support and Stabilization Mission" ("and"/"of" may join the run).
// Sentences in title case (headlines) state their relations in lower case elsewhere.
func (s *sentenceCtx) inTitleRun(t, n int) bool {
	if t == s.a || !s.tokens[t].isCap() {
		return false
	}
	capAt := func(k int) bool {
		return k >= s.a && k < s.b && s.tokens[k].isCap() && s.tokens[k].isWord()
	}
	joins := func(k int) bool { return s.tw(wOfficeLink, k) }
	before := capAt(t-1) || joins(t-1) && capAt(t-2)
	after := capAt(t+n) || joins(t+n) && capAt(t+n+1)
	if !before || !after {
		return false
	}
	// A sentence mostly in title case is a headline: its words are no name.
	caps, words := 0, 0
	for k := s.a; k < s.b; k++ {
		if s.tokens[k].isWord() {
			words++
			if s.tokens[k].isCap() {
				caps++
			}
		}
	}
	return caps*2 < words
}

// namedHolder: after a possessive and a role noun, the person named in apposition or right
// after it ("Ukraine's ambassador, Yurii Pyvovarov"; "Iran's foreign minister Abbas
// Araghchi"), or nil.
func (s *sentenceCtx) namedHolder(m *mention) *mention {
	if !m.possessive {
		return nil
	}
	k := m.end + 1
	for k < s.b && k < m.end+7 && (s.tokens[k].isWord() && !s.tokens[k].isCap() && !s.tw(wFunction, k) || s.gluedHyphen(k)) {
		k++ // "Russia's state-owned tanker operator": a hyphen glued inside a compound too
	}
	if k == m.end+1 {
		// "Ukraine's Foreign Minister, Andrii Sybiha": a capitalised title, then the holder's
		// name in apposition.
		// The title may hold its office's complement after an office link ("Ukraine's
		// Minister of Defence, Rustem Umerov", "Finland's Minister for Foreign Affairs, Elina
		// Valtonen").
		for k < s.b && k < m.end+8 && s.tokens[k].isWord() && s.mentionAt(k) == nil &&
			(s.tokens[k].isCap() || k > m.end+1 && k+1 < s.b && s.tw(wOfficeLink, k) && s.tokens[k+1].isCap()) {
			k++
		}
		if k > m.end+1 && k+1 < s.b && s.tokens[k].Text == "," {
			if p := s.mentionAt(k + 1); p != nil && p.info.Type == TypePerson {
				return p
			}
		}
		return nil
	}
	if k < s.b && !s.tw(wAgentHead, k-1) {
		// "Iran's national carrier Iran Air", "Russia's state arms exporter Rosoboronexport":
		// a body named right after its description is the head.
		for j := m.end + 1; j < k; j++ {
			if s.tw(wPreposition, j) || s.tw(wLocative, j) || s.trigAt(j) {
				return nil // "Russia's hybrid activities against NATO members": another phrase
			}
		}
		if k+1 < s.b && s.tokens[k].Text == "," && s.tw(wFirmHead, k-1) {
			k++ // "Iran's national carrier, Iran Air,": a firm's name in apposition
		}
		if p := s.mentionAt(k); p != nil && p.info.Type == TypeInstitution && p.info != m.info && !p.possessive {
			return p
		}
		return nil
	}
	if k < s.b && s.tokens[k].Text == "," {
		k++
	}
	if p := s.mentionAt(k); p != nil && p.info.Type == TypePerson {
		return p
	}
	return nil
}

// gluedHyphen: the token at k is a hyphen glued to the words on both sides ("state-owned").
func (s *sentenceCtx) gluedHyphen(k int) bool {
	return k > s.a && k+1 < s.b && s.tokens[k].Text == "-" && !s.tokens[k].SpaceBefore && !s.tokens[k+1].SpaceBefore &&
		s.tokens[k-1].isWord() && s.tokens[k+1].isWord()
}

// plural: a lower-case word that looks like a plural noun ("schools", "depots"), not "-ss".
func plural(w string) bool {
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
}

// accusedGerund: the "of" at k follows the named object of a words.tsv charge-verb ("accused
// Tehran of"), so the -ing word after it is the accused's verb (r42supp).
func (s *sentenceCtx) accusedGerund(k int) bool {
	if !s.tokens[k].is("of") {
		return false
	}
	ca, _ := s.clauseOf(k)
	m, found := s.accusedOf(k, ca, func(*mention) bool { return true })
	return found && m != nil
}

// accusedConjunct: the -ing trigger at t follows the conjunction at k, which ends a list of
// bare gerunds opened right after the accused's "of" ("accused the UAE of arming and financing
// the RSF", "of financing, arming and training Hamas"): the gerunds are all the accused's acts,
// so the accused is the subject (r42supp); found=false otherwise.
func (s *sentenceCtx) accusedConjunct(t, k, ca int, ok func(*mention) bool) (*mention, bool) {
	if !s.w.ends(eParticiple, s.tokens[t].Lower) {
		return nil, false
	}
	if !s.tw(wConjunction, k) && s.tokens[k].Text != "," {
		return nil, false
	}
	g := k - 1
	if s.tokens[g].Text == "," {
		g-- // "of arming, and financing"
	}
	for g-1 > ca && s.w.ends(eParticiple, s.tokens[g].Lower) && s.mentionAt(g) == nil {
		if s.tokens[g-1].is("of") {
			return s.accusedOf(g-1, ca, ok)
		}
		if s.tokens[g-1].Text != "," {
			break
		}
		g -= 2
	}
	return nil, false
}

// statehoodLink: the conjunction or comma at k joins two words.tsv statehood nouns ("the sovereignty and
// territorial integrity of"), one modifier allowed before the second, so the object goes on to
// the "of" after them (r42supp).
func (s *sentenceCtx) statehoodLink(k, cb int) bool {
	if !s.tw(wStatehood, k-1) {
		return false
	}
	j := k + 1
	if j+1 < cb && !s.tw(wStatehood, j) && s.tokens[j].isWord() && !s.tokens[j].isCap() && !s.tw(wFunction, j) {
		j++ // "territorial"
	}
	return j < cb && s.tw(wStatehood, j)
}
