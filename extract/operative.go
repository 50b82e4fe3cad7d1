package extract

// A communiqué or resolution names the body that adopts it once, on a line of its own that
// its operative paragraphs continue ("The Peace and Security Council," then "1. Strongly
// condemns the attack ...; 2. Reiterates its full support to ..."), or at the end of its
// preamble ("Acting under Article 7 of its Protocol, the Council:"). Each operative
// paragraph opens with a verb of words.tsv class operative and has no subject of its own: the
// body is its subject, and the owner of its "its".

// preambleBody returns the body or state a preamble line names as the subject of the
// operative paragraphs after it: the sentence's last name, closing the sentence before a
// comma or colon, and opening the sentence, its line or its last clause (past articles). Nil otherwise.
func preambleBody(w *words, tokens []Token, sp [2]int, mentions []mention) *mention {
	e := sp[1]
	if e-sp[0] > 3 && tokens[e-1].is(".", ")") && tokens[e-2].startsDigit() && tokens[e-2].Newlines > 0 {
		e -= 2 // the first paragraph's number, on a line of its own, closes the sentence ("Council,\n\n1.")
	}
	if len(mentions) == 0 || e-sp[0] < 2 || !tokens[e-1].is(",", ":") {
		return nil
	}
	m := &mentions[len(mentions)-1]
	if m.end != e-1 || m.coref && !tokens[m.start].isCap() || m.info.Type != TypeInstitution && m.info.Type != TypeState {
		return nil
	}
	k := m.start - 1
	for k >= sp[0] && w.tok(wArticle, &tokens[k]) {
		k--
	}
	if k >= sp[0] && tokens[k].Text != "," && tokens[k+1].Newlines == 0 { // or opening its line
		return nil
	}
	return m
}

// opensOperative: the sentence opens with an operative verb, capitalised, past a
// paragraph number and adverbs ("2. Strongly condemns", "Reiterates").
func opensOperative(w *words, tokens []Token, sp [2]int) bool {
	k := sp[0]
	for k < sp[1] && (tokens[k].startsDigit() || !tokens[k].isWord()) {
		k++
	}
	if k >= sp[1] || !tokens[k].isCap() {
		return false
	}
	for k+1 < sp[1] && adverbToken(w, &tokens[k]) {
		k++
	}
	return w.tok(wOperative, &tokens[k])
}

// operativeSubject: the adopting body as the subject of the clause at t, when the sentence
// is an operative paragraph and no name stands before t in the sentence.
func (s *sentenceCtx) operativeSubject(t int, ok func(*mention) bool) *mention {
	if s.operative == nil || !ok(s.operative) {
		return nil
	}
	for j := range s.mentions {
		if m := &s.mentions[j]; m.end <= t && !m.coref && !s.inPP(m) && !s.modifier(m) && ok(m) {
			return nil
		}
	}
	return s.operative
}
