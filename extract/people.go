package extract

// nameParticles join the words of Arabic and Persian names ("Mohammed bin Salman").
var nameParticles = wordSet("bin bint ibn")

// nameRun returns the end of a run of up to four capitalised name words starting at i
// ("Niklas Swanström", "Paul H. Nitze"), or i when there is none.
func nameRun(tokens []Token, span [2]int, i int, free func(a, b int) bool, lx *lexicon) int {
	j := i
	for j < span[1] && j-i < 4 {
		t := tokens[j]
		if !t.isCap() || !t.isWord() || nameStop[t.Text] || isAllCaps(t.Key) && len(t.Key) > 1 || !free(j, j+1) ||
			lx.roles.matchAt(tokens[:span[1]], j) > 0 || lx.honorific.matchAt(tokens[:span[1]], j) > 0 {
			break // "The Prime Minister said" names nobody
		}
		j++
		// "Mohammed bin Salman": a lower-case particle between two name words.
		if j+1 < span[1] && nameParticles[tokens[j].Lower] && tokens[j].Text == tokens[j].Lower && tokens[j+1].isCap() && tokens[j+1].isWord() && free(j, j+2) {
			j++
		}
		// "Min-ji", "Thomas-Greenfield": hyphenated parts of one name.
		if j+1 < span[1] && tokens[j].Text == "-" && !tokens[j].SpaceBefore && !tokens[j+1].SpaceBefore && tokens[j+1].isWord() && free(j, j+2) {
			j += 2
		}
	}
	return j
}

// personPatterns finds people the gazetteer does not know, from the way text introduces
// them: a title ("Ambassador Hwang"), an apposition ("Liu Pengyu, spokesperson for"), a
// copula ("Julia Rösgren is a Research Intern"), a speech verb ("Jane Roe said") or a byline.
// A mention with an empty ID is a single name to resolve against the document's surnames.
func (x *Extractor) personPatterns(tokens []Token, span [2]int, free func(a, b int) bool) []mention {
	lx := x.lex
	var out []mention
	add := func(a, b int) {
		if b-a == 1 {
			out = append(out, mention{info: &entityInfo{Type: TypePerson}, start: a, end: b})
			return
		}
		name := surfaceOf(tokens, a, b)
		out = append(out, mention{info: &entityInfo{ID: "person:" + slug(name), Type: TypePerson, Name: name}, start: a, end: b})
	}
	taken := func(a, b int) bool {
		for _, m := range out {
			if a < m.end && m.start < b {
				return true
			}
		}
		return !free(a, b)
	}
	for i := span[0]; i < span[1]; i++ {
		if !tokens[i].isCap() {
			continue
		}
		n := lx.titles.matchAt(tokens, i)
		if n == 0 {
			n = lx.honorific.matchAt(tokens, i)
		}
		if n == 0 {
			continue
		}
		j := i + n
		if j < span[1] && tokens[j].Text == "." {
			j++
		}
		if j+2 < span[1] && tokens[j].Text == "(" && tokens[j+2].Text == ")" { // "Maj Gen (ret)"
			j += 3
		}
		if end := nameRun(tokens, span, j, free, lx); end > j && !taken(j, end) {
			add(j, end)
			i = end - 1
		}
	}
	// "Foreign Ministry spokesman Nasser Kanaani": a lower-case role before a full name.
	for i := span[0]; i < span[1]; i++ {
		n := lx.roles.matchAt(tokens[:span[1]], i)
		if n == 0 || tokens[i].isCap() {
			continue
		}
		j := i + n
		if end := nameRun(tokens, span, j, free, lx); end-j >= 2 && !taken(j, end) {
			add(j, end)
			i = end - 1
		}
	}
	for i := span[0]; i < span[1]; i++ {
		end := nameRun(tokens, span, i, free, lx)
		if end-i < 2 || taken(i, end) || (i > span[0] && tokens[i-1].isCap() && tokens[i-1].isWord() && !nameStop[tokens[i-1].Text]) {
			continue
		}
		if introducesPerson(tokens, span, end, lx) || bylineName(tokens, span, i, end) || namedAfterRole(tokens, span, i, end, lx) {
			add(i, end)
			i = end - 1
		}
	}
	return out
}

// introducesPerson looks at what follows a name: ", [the|a] [adjective] role", "is/was
// [the|a] ... role" or a speech verb.
func introducesPerson(tokens []Token, span [2]int, k int, lx *lexicon) bool {
	if k >= span[1] {
		return false
	}
	if speechVerbs[tokens[k].Lower] {
		return true
	}
	if !tokens[k].is(",", "is", "was") {
		return false
	}
	for j := k + 1; j < span[1] && j <= k+5; j++ {
		if lx.roles.matchAt(tokens, j) > 0 {
			return true
		}
		if tokens[j].is(",", ".", ";", "and", "who", "which") {
			return false
		}
	}
	return false
}

// namedAfterRole: "Iran's ambassador to Syria, Ali Rezaei, said" names the holder of a role
// in an apposition closed by a comma.
func namedAfterRole(tokens []Token, span [2]int, a, b int, lx *lexicon) bool {
	if a-1 <= span[0] || tokens[a-1].Text != "," || b >= span[1] || !tokens[b].is(",", "said", "says", "told") {
		return false
	}
	for k := max(span[0], a-8); k < a-1; k++ {
		if n := lx.roles.matchAt(tokens, k); n > 0 && !tokens[k].isCap() {
			return true
		}
	}
	return false
}

// bylineName accepts names in a byline sentence: only names, commas and "and", after a
// sentence that is just "by" (or starting with "By").
func bylineName(tokens []Token, span [2]int, a, b int) bool {
	prevBy := span[0] > 0 && tokens[span[0]-1].is("by") && (span[0] < 2 || tokens[span[0]-1].Newlines > 0 || tokens[span[0]].Newlines > 0)
	if !prevBy && !tokens[span[0]].is("by") {
		return false
	}
	for k := span[0]; k < span[1]; k++ {
		t := tokens[k]
		if t.is(",", "and", "by") || t.isCap() && t.isWord() || t.Text == "-" && !t.SpaceBefore || !t.SpaceBefore && t.isWord() && tokens[k-1].Text == "-" {
			continue
		}
		return false
	}
	return true
}
