package extract

// Gapping: a conjunct whose verb is left out states the relation of the clause it is joined to
// (relations.tsv flag gapped).

import "slices"

// gapPair is a pair a gapped conjunct added, with 1 + the token after its new name
// (Relation.gap).
type gapPair struct {
	argPair
	at int
}

// gapAt: the Relation.gap of pair p, 0 when no gapped conjunct added it.
func gapAt(gaps []gapPair, p argPair) int {
	for _, g := range gaps {
		if g.argPair == p {
			return g.at
		}
	}
	return 0
}

// gapDate: the dates of a date phrase right after a gapped conjunct's new name (at is
// Relation.gap), past a gap verb and one preposition ("and Sweden in March 2024", "and Sweden
// followed in March"): the conjunct's own event's.
func (s *sentenceCtx) gapDate(at int) ([]string, bool) {
	if at == 0 {
		return nil, false
	}
	k := at - 1
	if k < s.b && s.tw(wGapVerb, k) {
		k++
	}
	for _, d := range s.dateMentions {
		if len(d.values) > 0 && (d.start == k || d.start == k+1 && k < s.b && s.tokens[k].isWord() && !s.tokens[k].isCap()) {
			return slices.Clone(d.values), true
		}
	}
	return nil, false
}

// gappedConjuncts: the pairs that gapped conjuncts add to the frame's pairs. Two shapes, read
// after an argument that stands after the trigger:
//   - a new subject: "Finland joined NATO in April 2023 and Sweden in March 2024", "... and
//     Sweden followed in March": after the target, its date and place phrases and an optional
//     comma come "and" and names of the source's kind; after them the clause ends (past date
//     and place phrases only) or a words.tsv gap-verb follows. The new names take the target.
//   - a repeated preposition: "a member of the SCO in 2023 and of BRICS in 2024", "the
//     accession of Finland last year and of Sweden this year": the argument stands right
//     after a preposition (an article between), and after the argument, its adjuncts, an
//     optional comma, "and" and at most one lower-case word, the same preposition opens
//     another name of its kind, which takes the argument's place.
func (s *sentenceCtx) gappedConjuncts(pairs []argPair, o *occurrence) []gapPair {
	var out []gapPair
	add := func(p argPair) {
		if slices.Contains(pairs, p) || slices.ContainsFunc(out, func(g gapPair) bool { return g.argPair == p }) {
			return
		}
		at := p.src
		if slices.ContainsFunc(pairs, func(q argPair) bool { return q.src == p.src }) {
			at = p.dst // the target is the new name
		}
		out = append(out, gapPair{p, at.end + 1})
	}
	for _, p := range pairs {
		if p.src == nil || p.dst == nil {
			continue
		}
		if p.src.end <= o.t && p.dst.start >= o.te {
			for _, m := range s.gappedSubjects(p.dst, o) {
				add(argPair{m, p.dst})
			}
		}
		if p.dst.start >= o.te {
			for _, m := range s.repeatedPrep(p.dst, p.src, o.dstOK) {
				add(argPair{p.src, m})
			}
		}
		if p.src.start >= o.te {
			for _, m := range s.repeatedPrep(p.src, p.dst, o.srcOK) {
				add(argPair{m, p.dst})
			}
		}
	}
	return out
}

// pastDateAndPlace: the first token at or after k past date mentions and the place and date
// phrases pastAdjuncts reads ("in April 2023", "last year", "on 4 April in Brussels").
func (s *sentenceCtx) pastDateAndPlace(k int) int {
	for n := 0; n < 4 && k < s.b; n++ {
		j := k
		for _, d := range s.dateMentions {
			if d.start == k || d.start == k+1 && s.tokens[k].isWord() && !s.tokens[k].isCap() {
				j = max(j, d.end)
			}
		}
		j = max(j, s.pastAdjuncts(k, s.b))
		if j == k {
			break
		}
		k = j
	}
	return k
}

// andAfter: the token after "and" (an optional comma before it) at k, else -1.
func (s *sentenceCtx) andAfter(k int) int {
	if k < s.b && s.tokens[k].Text == "," {
		k++
	}
	if k+1 < s.b && s.tokens[k].is("and") {
		return k + 1
	}
	return -1
}

// gappedSubjects: the new subjects after the target dst (gappedConjuncts, first shape).
func (s *sentenceCtx) gappedSubjects(dst *mention, o *occurrence) []*mention {
	end := dst.end
	for _, m := range s.group(dst, o.dstOK) {
		end = max(end, m.end)
	}
	k := s.andAfter(s.pastDateAndPlace(end))
	if k < 0 {
		return nil
	}
	if s.tw(wArticle, k) && k+1 < s.b {
		k++ // "and the Philippines in July"
	}
	m := s.mentionAt(k)
	if m == nil || m.possessive || m.demonym || !o.srcOK(m) {
		return nil
	}
	g := s.group(m, o.srcOK)
	e := m.end
	for _, n := range g {
		e = max(e, n.end)
	}
	if e < s.b && s.tw(wGapVerb, e) {
		// "and Sweden followed", not "and Sweden did not" (words.tsv negator)
		if e+1 < s.b && s.tw(wNegator, e+1) {
			return nil
		}
		return g
	}
	if e = s.pastDateAndPlace(e); e > m.end && (e >= s.b || !s.tokens[e].isWord()) || e >= s.b || s.tokens[e].is(".", ";") {
		// "and Sweden in March 2024, ...": only date and place phrases after the new subject
		return g
	}
	return nil
}

// partitiveConjuncts: the pairs that a partitive remainder after a target standing after the
// trigger adds to the frame's pairs (relations.tsv flag partitive-rest): the source takes the
// remainder's names as targets too.
func (s *sentenceCtx) partitiveConjuncts(pairs []argPair, o *occurrence) []gapPair {
	var out []gapPair
	for _, p := range pairs {
		if p.src == nil || p.dst == nil || p.dst.start < o.te {
			continue
		}
		for _, m := range s.partitiveRest(p.dst, o.dstOK) {
			q := argPair{p.src, m}
			if !slices.Contains(pairs, q) && !slices.ContainsFunc(out, func(g gapPair) bool { return g.argPair == q }) {
				out = append(out, gapPair{q, m.end + 1})
			}
		}
	}
	return out
}

// partitiveRest: the names after a partitive remainder set off by a comma after arg: "sent
// 11,000 soldiers to Russia, most of them to the Kursk region", "deployed troops to Poland in
// May, some of them to Rzeszow": after the argument and its adjuncts come
// a comma, a words.tsv partitive head or a number (an article and one lower-case modifier
// before it), partitive-of and a partitive-pronoun, then the argument's own preposition
// opens another name of its kind, which takes part of the argument's place.
func (s *sentenceCtx) partitiveRest(arg *mention, ok func(*mention) bool) []*mention {
	q := s.prepBefore(arg)
	if q < 0 {
		return nil
	}
	k := s.pastDateAndPlace(arg.end)
	for j := 0; j < 4 && k < s.b && s.tokens[k].isWord() && !s.trigAt(k) && (!s.tokens[k].isCap() || s.inDateMention(k) || monthNumbers[s.tokens[k].Lower] > 0); j++ {
		k++ // "in October and November", "last autumn": adjunct words pastDateAndPlace leaves
	}
	if k+1 >= s.b || s.tokens[k].Text != "," {
		return nil
	}
	k++
	for j := 0; j < 2 && k < s.b && (s.tw(wArticle, k) || s.tokens[k].isWord() && !s.tokens[k].isCap() && !s.tw(wPartitive, k) && !s.tw(wFunction, k)); j++ {
		k++ // "a large part of them", "the bulk of them"
	}
	if k+3 >= s.b || !(s.tw(wPartitive, k) || s.tokens[k].startsDigit()) || !s.tw(wPartitiveOf, k+1) || !s.tw(wPartitivePronoun, k+2) {
		return nil
	}
	k += 3
	if s.tokens[k].Lower != s.tokens[q].Lower {
		return nil
	}
	k++
	if k < s.b && s.tw(wArticle, k) {
		k++
	}
	m := s.mentionAt(k)
	if m == nil || m == arg || !ok(m) {
		return nil
	}
	return s.group(m, ok)
}

// prepBefore: the preposition before arg (past an article), or -1 when none opens it.
func (s *sentenceCtx) prepBefore(arg *mention) int {
	q := arg.start - 1
	if q > s.a && s.tw(wArticle, q) {
		q--
	}
	if q <= s.a || !s.tw(wPreposition, q) {
		return -1
	}
	return q
}

// inDateMention: token k is inside a date mention.
func (s *sentenceCtx) inDateMention(k int) bool {
	for _, d := range s.dateMentions {
		if d.start <= k && k < d.end {
			return true
		}
	}
	return false
}

// pastRelativeClause: the comma that closes a relative clause set off by commas at k (", where
// fighter jets are built," and ", which he toured,": a relative adverb or a wh-relative after
// the comma), when ", and" follows that comma ("travel on to Kazan, where tractors are built,
// and later to Novosibirsk"); else k.
func (s *sentenceCtx) pastRelativeClause(k int) int {
	if k+2 >= s.b || s.tokens[k].Text != "," || !(s.tw(wRelativeAdverb, k+1) || s.tw(wWhRelative, k+1)) {
		return k
	}
	for j := k + 2; j+1 < s.b && j < k+25; j++ {
		if s.tokens[j].Text == ";" || s.tokens[j].Text == ":" {
			return k
		}
		if s.tokens[j].Text == "," {
			if s.tokens[j+1].is("and") {
				return j
			}
			return k // "..., where X, Y and Z met": a list or another clause, no conjunct
		}
	}
	return k
}

// repeatedPrep: the names that a preposition repeated after arg opens (gappedConjuncts,
// second shape). The pair's other end may stand between, after its own preposition ("the
// accession of Finland to NATO last year and of Sweden this year").
func (s *sentenceCtx) repeatedPrep(arg, other *mention, ok func(*mention) bool) []*mention {
	q := s.prepBefore(arg)
	if q < 0 {
		return nil
	}
	k := s.pastDateAndPlace(arg.end)
	if other.start == k+1 && s.tw(wPreposition, k) {
		k = s.pastDateAndPlace(other.end)
	}
	k = s.pastRelativeClause(k)
	if k = s.andAfter(k); k < 0 {
		return nil
	}
	if k+1 < s.b && s.tokens[k].Text == "," {
		// "and, since July, of the SCO": a date or place set off by commas
		if j := s.pastDateAndPlace(k + 1); j > k+1 && j < s.b && s.tokens[j].Text == "," {
			k = j + 1
		}
	} else if k+1 < s.b && s.tokens[k].isWord() && !s.tokens[k].isCap() && s.tokens[k].Lower != s.tokens[q].Lower {
		k++ // "and earlier of the SCO"
	}
	if k+1 >= s.b || s.tokens[k].Lower != s.tokens[q].Lower {
		return nil
	}
	k++
	if k < s.b && s.tw(wArticle, k) {
		k++
	}
	m := s.mentionAt(k)
	if m == nil || !ok(m) {
		return nil
	}
	return s.group(m, ok)
}
