package extract

// headsPhrase: m is the whole phrase a verb takes as its target (relations.tsv and
// triggers.tsv flag head-object), not a modifier in it or a name inside a phrase on another
// head. After the trigger [t, te) only articles stand between it and m ("heads the
// Reconnaissance General Bureau"), and no plain lower-case word follows m ("commands the DPRK
// forces", "chaired a meeting of the Joint Operations Center" name no office of the body).
// Before the trigger (a passive: "the SAF, led by General Burhan") at most a comma stands
// between m and it, and m is not in a phrase on an unknown name ("the Presidential Leadership
// Council in Yemen, headed by").
func (s *sentenceCtx) headsPhrase(t, te int, m *mention) bool {
	if m.possessive {
		return false
	}
	if m.start >= te {
		for k := te; k < m.start; k++ {
			if !s.tw(wArticle, k) {
				return false
			}
		}
		if m.end >= s.b {
			return true
		}
		next := &s.tokens[m.end]
		return !next.isWord() || next.isCap() || s.tw(wFunction, m.end) || s.tw(wConjunction, m.end) ||
			s.tw(wPreposition, m.end) || s.tw(wRelative, m.end)
	}
	if m.end > t {
		return false
	}
	for k := m.end; k < t; k++ {
		if s.tokens[k].Text != "," {
			return false
		}
	}
	k := m.start - 1
	for s.tw(wArticle, k) {
		k--
	}
	// "fighting between the SAF, led by": the preposition opens the verb's own phrase; after a
	// capitalised word (not the sentence's first) it opens a phrase on a name the gazetteer
	// does not hold ("the Presidential Leadership Council in Yemen, headed by"), whose head
	// the verb is about.
	return k <= s.a+1 || !s.tw(wPreposition, k) || !s.tokens[k-1].isCap()
}

// relativeLink: the relative clause opened at ca (", which", ", who") links its pronoun to
// the agent noun at t by a copula ("which became the 32nd member", "which is NATO's newest
// member"), with no other name as the copula's object ("which made Belarus a member": Belarus
// is the member, not the antecedent). own is the agent noun's own name before it (the
// possessor in "NATO's newest member"), or nil.
func (s *sentenceCtx) relativeLink(ca, t int, own *mention) bool {
	if ca+2 >= t || !s.tw(wWhRelative, ca) {
		return false
	}
	k := ca + 1
	for k < t && (s.tw(wAux, k) || s.adverb(k)) {
		k++ // "which has since become", "which has been"
	}
	if k >= t || !s.tw(wBe, k) && !s.tw(wCopula, k) {
		return false
	}
	m := s.mentionAt(k + 1)
	return m == nil || own != nil && m.start == own.start
}
