package extract

// Partitive subjects: part of a force named earlier in the sentence moves on ("North Korea
// has sent 11,000 troops to Russia, some of whom have moved to the Kursk region", "10,000
// DPRK soldiers were sent to Russia, and 8,000 of them have moved into Kursk"). The verb's
// subject is a words.tsv partitive phrase, its antecedent the nearest troop noun before it
// in the sentence; whoever owns or sent those troops deploys them to the verb's destination.

// partitiveTroops: the verb at t has a partitive subject ("some of whom", "8,000 of them",
// "a significant portion", "some") and a troop noun stands before that subject in the
// sentence: the start and end of that troop noun, else -1, -1.
func (x *Extractor) partitiveTroops(s *sentenceCtx, t int) (int, int) {
	k := s.subjectEnd(t, s.a)
	if k <= s.a || !s.tokens[k].isWord() {
		return -1, -1
	}
	start := -1
	switch {
	case s.tw(wPartitivePronoun, k) && s.tw(wPartitiveOf, k-1) && k-2 > s.a &&
		(s.tw(wPartitive, k-2) || s.tokens[k-2].startsDigit()):
		start = k - 2 // "some of whom", "8,000 of them"
	case s.tw(wPartitive, k) && !s.tw(wPartitiveOf, k+1):
		// "some have moved", "a significant portion have moved": the head opens its clause,
		// after at most an article and one modifier.
		start = k
		for j := k - 1; j > s.a && j >= k-2; j-- {
			if s.tw(wArticle, j) || s.tokens[j].isWord() && !s.tokens[j].isCap() && !s.tw(wFunction, j) && s.mentionAt(j) == nil && !s.trigAt(j) {
				start = j
				continue
			}
			break
		}
		if p := start - 1; p > s.a && !(s.tokens[p].Text == "," || s.tw(wClause, p) || s.tw(wConjunction, p) || s.tw(wRelativeAdverb, p) ||
			s.tw(wSubordinator, p) || s.tw(wThingRelative, p)) {
			return -1, -1
		}
	case s.tokens[k].is("they") && k-1 > s.a && s.tw(wRelativeAdverb, k-1):
		// "sent 11,000 soldiers to Russia's Kursk region, where they fought against Ukrainian
		// forces": the whole force, named before the relative adverb, acts there.
		start = k
	default:
		return -1, -1
	}
	for j := start - 1; j >= s.a && j >= start-30; j-- {
		if s.tw(wClauseJoint, j) {
			break // "...; the Pentagon said that some of them": another sentence's force
		}
		if n := x.lex.troops.matchAt(s.tokens[:start], j); n > 0 {
			return j, j + n
		}
	}
	return -1, -1
}

// partitiveOwner: the state whose troops the partitive subject of the verb at t is part of:
// the demonym or possessive before the troop noun ("DPRK soldiers", "North Korean troops"),
// the state of its postmodifier ("soldiers of the DPRK", ownerAfterTroops), else the subject of the verb that moved them ("North Korea has sent 11,000 troops").
func (x *Extractor) partitiveOwner(s *sentenceCtx, t int, ok func(*mention) bool) *mention {
	b, e := x.partitiveTroops(s, t)
	if e < 0 {
		return nil
	}
	if m := s.troopOwner(x, e, s.a, ok); m != nil {
		return m
	}
	if e < s.b && s.tokens[e].is("of", "from") {
		// "10,000 soldiers of the DPRK were in Russia, and many had moved to Kursk": the
		// state in the troop noun's postmodifier owns them.
		k := e + 1
		if k < s.b && s.tokens[k].is("the") {
			k++
		}
		if m := s.mentionAt(k); m != nil {
			if owner := s.ownerAfterTroops(x, m.end-1, s.a, ok); owner != nil {
				return owner
			}
		}
	}
	for v := b - 1; v >= s.a && v >= b-8; v-- {
		if s.trigAt(v) && s.tokens[v].isWord() && !s.tokens[v].isCap() {
			ca, _ := s.clauseOf(v)
			return s.subjectOf(v, ca, ok)
		}
		if s.tokens[v].Text == "," {
			break
		}
	}
	return nil
}

// partitiveEnd is partitiveTroops' end alone.
func (x *Extractor) partitiveEnd(s *sentenceCtx, t int) int {
	_, e := x.partitiveTroops(s, t)
	return e
}
