package extract

import (
	"slices"
	"strings"
)

// nameRun returns the end of a run of up to four capitalised name words starting at i
// ("Niklas Swanström", "Paul H. Nitze"), or i when there is none. Initials ("H.") inside the
// run and a generational suffix after it ("III", "Jr.") belong to the name.
func nameRun(tokens []Token, span [2]int, i int, free func(a, b int) bool, lx *lexicon) int {
	j, words := i, 0
	if isInitialAt(tokens, span[1], i) && i > 0 && tokens[i].Newlines == 0 && i+2 < span[1] && tokens[i+2].SpaceBefore && lx.shapes.isNameWord(&tokens[i+2]) && !isInitialAt(tokens, span[1], i+2) && free(i, i+2) {
		j = i + 2 // "S. Jaishankar": a given name's initial opens the name (not a heading's "V. Maritime")
	}
	for j < span[1] && (words < 4 || lx.shapes.familyParticles[tokens[j].Text]) {
		// (past four words only a family particle goes on: "Badr Saad Mohammed Al-Humaidi
		// Al-Dosari")
		if words > 0 && isInitialAt(tokens, span[1], j) && free(j, j+2) {
			j += 2 // "George H. W. Bush"
			continue
		}
		// "Bashar al-Assad", "Ursula von der Leyen": particles between the words of a name.
		// "Mohammed bin Salman bin Abdulaziz Al Saud", "Salman bin Yousef Al-Dosari": a
		// capitalised family particle before the family name (shapes.tsv family-particle).
		if words > 0 && (len(tokens[j].Text) <= 4 && !tokens[j].isCap() && lx.shapes.written(listParticles, &tokens[j]) || lx.shapes.familyParticles[tokens[j].Text]) {
			k := j
			for k < span[1] && (lx.shapes.written(listParticles, &tokens[k]) || lx.shapes.familyParticles[tokens[k].Text]) {
				k++
				if k < span[1] && tokens[k].Text == "-" && !tokens[k].SpaceBefore {
					k++
				}
			}
			if k < span[1] && k-j <= 3 && lx.shapes.isNameWord(&tokens[k]) && free(j, k+1) {
				j = k
			}
		}
		// "Carl XVI Gustaf", "Harald V": a regnal number between the words of a monarch's name.
		if words > 0 && lx.shapes.regnal[tokens[j].Text] && j+1 < span[1] && tokens[j+1].isCap() && tokens[j+1].isWord() &&
			!isAllCaps(tokens[j+1].Key) && !lx.shapes.stop[tokens[j+1].Text] && free(j, j+2) {
			j++
		}
		t := tokens[j]
		if !lx.shapes.isNameWord(&t) || lx.shapes.written(listSuffixes, &t) || lx.shapes.written(listNotName, &t) || isAllCaps(t.Key) && len(t.Key) > 1 || !free(j, j+1) ||
			lx.roles.matchAt(tokens[:span[1]], j) > 0 || lx.honorific.matchAt(tokens[:span[1]], j) > 0 {
			break // "The Prime Minister said" names nobody
		}
		j++
		words++
		// "Min-ji", "Thomas-Greenfield": hyphenated parts of one name, as many as it has
		// ("Chan-o-cha").
		for j+1 < span[1] && tokens[j].Text == "-" && !tokens[j].SpaceBefore && !tokens[j+1].SpaceBefore && tokens[j+1].isWord() && free(j, j+2) {
			j += 2
		}
	}
	for j > i && isInitialAt(tokens, span[1], j-2) && tokens[j-1].Text == "." {
		j -= 2 // a name ends in a word, not an initial
	}
	if words >= 2 {
		j = suffixEnd(tokens, span[1], j, lx)
	}
	return j
}

// isInitialAt: a single capital letter and its dot ("H.").
func isInitialAt(tokens []Token, end, j int) bool {
	return j >= 0 && j+1 < end && len(tokens[j].Text) == 1 && tokens[j].isCap() && tokens[j+1].Text == "." && !tokens[j+1].SpaceBefore
}

// suffixEnd extends a name over a generational suffix: "Lloyd J. Austin III", "Martin
// Luther King Jr.", "John Smith, Jr.".
func suffixEnd(tokens []Token, end, j int, lx *lexicon) int {
	k := j
	if k < end && tokens[k].Text == "," {
		k++
	}
	if k >= end || !lx.shapes.written(listSuffixes, &tokens[k]) {
		return j
	}
	k++
	if k < end && tokens[k].Text == "." && !tokens[k].SpaceBefore && !isAllCaps(tokens[k-1].Text) {
		k++ // "Jr." (but "III." ends the sentence)
	}
	return k
}

// initialledNames finds people from the shape of their names alone: capitalised words with
// initials between them ("George H. W. Bush", "Lloyd J. Austin III") or ending in a
// generational suffix ("Martin Luther King Jr."). A name the gazetteer knows without its
// initials and suffix ("Lloyd Austin") is that person.
func (x *Extractor) initialledNames(tokens []Token, span [2]int, free func(a, b int) bool) []mention {
	lx := x.lex
	shaped := false // most sentences have no initial, suffix or post-nominal: nothing to do
	for k := span[0]; k < span[1] && !shaped; k++ {
		t := &tokens[k] // a pointer: a Token is 80 bytes, copied for every word
		shaped = isInitialAt(tokens, span[1], k) || len(t.Text) <= 4 && t.isCap() && (lx.shapes.written(listSuffixes, t) || lx.shapes.written(listPostNominals, t))
	}
	if !shaped {
		return nil
	}
	var out []mention
	for i := span[0]; i+3 < span[1]; i++ {
		// "ANTONY J. BLINKEN, SECRETARY OF STATE": a signature in capitals, given name,
		// initial and family name, is the person the gazetteer knows by the two words.
		if !tokens[i].isWord() || len(tokens[i].Key) < 2 || !isAllCaps(tokens[i].Key) || !isInitialAt(tokens, span[1], i+1) ||
			!tokens[i+3].isWord() || len(tokens[i+3].Key) < 2 || !isAllCaps(tokens[i+3].Key) || !free(i, i+4) {
			continue
		}
		titled := func(w string) string { return w[:1] + strings.ToLower(w[1:]) }
		plain := tokenize(titled(tokens[i].Text) + " " + titled(tokens[i+3].Text))
		if e, n := lx.gaz.match(plain, 0); e != nil && n == len(plain) && e.info.Type == TypePerson {
			out = append(out, mention{info: e.info, start: i, end: i + 4})
			i += 3
		}
	}
	for i := span[0]; i < span[1]; i++ {
		// Inside a capitalised run no name starts, except right after a title ("Defense
		// Secretary Lloyd J. Austin III").
		if !lx.shapes.isNameWord(&tokens[i]) || lx.shapes.written(listNotName, &tokens[i]) || isRoleWord(tokens, i, lx) ||
			i > span[0] && tokens[i-1].isCap() && tokens[i-1].isWord() && !lx.shapes.written(listNotName, &tokens[i-1]) && !isRoleWord(tokens, i-1, lx) {
			continue
		}
		start, end := i, nameRun(tokens, span, i, free, lx)
		if end <= start {
			continue
		}
		// One given name before the initials: "Secretary of Defense Lloyd J. Austin" is not
		// "Defense Lloyd J. Austin".
		for k := start + 1; k+1 < end; k++ {
			if isInitialAt(tokens, end, k) {
				if k-1 > start && tokens[k-1].isWord() {
					start = k - 1
				}
				break
			}
		}
		words, initials, suffix := nameParts(tokens, start, end, lx)
		postNominal := end < span[1] && lx.shapes.written(listPostNominals, &tokens[end])
		if postNominal && !initials && len(words) > 2 && !suffix {
			// "Secretary of State for Defence John Healey MP": the last two words.
			start, words = end-2, words[len(words)-2:]
			if tokens[start].Text == "-" || !tokens[start].SpaceBefore {
				i = end - 1
				continue
			}
		}
		if len(words) < 2 && !(len(words) == 1 && initials) || !initials && !suffix && !postNominal {
			i = max(i, end-1)
			continue
		}
		if e, n := lx.gaz.match(tokens[:span[1]], start); e != nil && start+n >= end {
			i = start + n - 1
			continue // the gazetteer knows a longer name ("Paul H. Nitze School of ...")
		}
		name := surfaceOf(tokens, start, end)
		info := &entityInfo{ID: "person:" + slug(name), Type: TypePerson, Name: name}
		if plain := tokenize(strings.Join(words, " ")); len(plain) > 0 {
			if e, n := lx.gaz.match(plain, 0); e != nil && n == len(plain) && e.info.Type == TypePerson {
				info = e.info
			}
		}
		out = append(out, mention{info: info, start: start, end: end})
		i = end - 1
	}
	return out
}

// nameParts splits a person's name into its words (hyphenated parts joined), telling
// whether it has initials and a generational suffix.
func nameParts(tokens []Token, a, b int, lx *lexicon) (words []string, initials, suffix bool) {
	for k := a; k < b; k++ {
		switch {
		case isInitialAt(tokens, b, k):
			initials = true
			k++
		case lx.shapes.written(listSuffixes, &tokens[k]) && k > a:
			suffix = true
		case tokens[k].isWord() && len(words) > 0 && tokens[k-1].Text == "-" && !tokens[k].SpaceBefore:
			words[len(words)-1] += "-" + tokens[k].display()
		case tokens[k].isWord():
			words = append(words, tokens[k].display())
		}
	}
	return words, initials, suffix
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
		for j < span[1] && tokens[j].isCap() || j+1 < span[1] && tokens[j].Text == "-" && tokens[j].SpaceBefore && tokens[j+1].isCap() {
			// "Lt. Col.", "Maj. Gen.": one rank in parts; "Deputy Prime Minister - Minister
			// of Foreign Affairs": two offices held together.
			at := j
			if tokens[at].Text == "-" {
				at++
			}
			m := max(lx.titles.matchAt(tokens[:span[1]], at), lx.honorific.matchAt(tokens[:span[1]], at), lx.courtesy.matchAt(tokens[:span[1]], at))
			if m == 0 {
				break
			}
			j = at + m
			if j < span[1] && tokens[j].Text == "." {
				j++
			}
		}
		if j+2 < span[1] && tokens[j].Text == "(" && tokens[j+2].Text == ")" { // "Maj Gen (ret)"
			j += 3
		}
		if j+1 < span[1] && lx.words.tok(wOfficePrep, &tokens[j]) {
			// "Minister for Foreign Affairs Tobias Billström", "President of the Republic of
			// Kazakhstan Kassym-Jomart Tokayev", "Deputy Prime Minister - Minister of Foreign
			// Affairs of Kazakhstan Murat Nurtleu": the office's complement, then the name.
			if a, e := officeComplementName(tokens, span, j, lx); e > a && free(a, e) && !taken(a, e) {
				add(a, e)
				i = e - 1
			}
			continue
		}
		if end := capsFamilyName(tokens, span, j, free, lx); end > j && !taken(j, end) {
			add(j, end)
			i = end - 1
			continue
		}
		if end := nameRun(tokens, span, j, free, lx); end > j && !taken(j, end) {
			if end == j+1 && end < span[1] && lx.shapes.regnal[tokens[end].Text] && free(end, end+1) {
				end++ // "King Abdullah II", "Pope Leo XIV": a title's one-word name takes its regnal number
			}
			add(j, end)
			i = end - 1
		}
	}
	// "Foreign Ministry spokesman Nasser Kanaani": a lower-case role before a full name.
	for i := span[0]; i < span[1]; i++ {
		n := lx.roles.matchAt(tokens[:span[1]], i)
		if n == 0 {
			n = nationalNoun(tokens, span[0], i, span[1], lx) // "Latvian national Andris Kalnins"
		}
		if n == 0 {
			n = kinNoun(tokens, span, i, lx) // "his wife, Jamileh Alamolhoda"
		}
		if n == 0 {
			continue
		}
		// "talks with Vietnamese President To Lam": a capitalised role after a capitalised
		// modifier that follows a lower-case word is running text too, not a headline.
		capRole := tokens[i].isCap() && i-2 >= span[0] && tokens[i-1].isCap() && tokens[i-1].isWord() &&
			tokens[i-2].isWord() && !tokens[i-2].isCap()
		if tokens[i].isCap() && !capRole {
			continue
		}
		j := i + n
		if end := nameRun(tokens, span, j, free, lx); !capRole && end-j >= 2 && !taken(j, end) {
			add(j, end)
			i = end - 1
		} else if a := stopWordName(tokens, span, j, lx); a > j {
			// "Vietnamese leader To Lam": after a lower-case role, so in running text, a short
			// capitalised function word opening a name is the name's first word.
			if end := nameRun(tokens, span, a, free, lx); end > a && free(j, a) && !taken(j, end) {
				add(j, end)
				i = end - 1
			}
		}
	}
	for i := span[0]; i < span[1]; i++ {
		if i > 0 && tokens[i].Newlines == 0 {
			continue
		}
		if a, b := questionerName(tokens, span, i, lx); b > a && free(a, b) && !taken(a, b) {
			// "QUESTION (Anjali, Deccan Herald): Sir, ...": the questioner before the outlet.
			add(a, b)
			continue
		}
		if a, b := speakerLabel(tokens, span, i, lx); b > a && !taken(a, b) {
			// "MR MILLER: We have seen ...", "SPOKESPERSON LIM SOO-SUK: I will begin": a
			// transcript's speaker label in capitals names its speaker as written.
			// The label is a name of its speaker but no argument and no antecedent (see
			// recognise): "He visited ..." in the turn points back past it.
			name := surfaceOf(tokens, a, b)
			out = append(out, mention{info: &entityInfo{ID: "person:" + slug(name), Type: TypePerson, Name: name}, start: a, end: b, nested: true, label: true})
		}
	}
	for i := span[0]; i < span[1]; i++ {
		if !tokens[i].isCap() || i > span[0] && lx.shapes.isNameWord(&tokens[i-1]) && !questionNumber(tokens[i-1].Text) {
			continue // tested before the run is read: inside a capitalised run no name starts
		}
		if e := cuedEntryName(tokens, span, i, free, lx); e > i && !taken(i, e) {
			// "8. LI WENTAO, DOB 11 Jul 1983", "2. KIM Yong Bok. Position: ...": a listing's
			// entry whose name a person's particulars follow names a person, in any case.
			add(i, e)
			i = e - 1
			continue
		}
		if e := givenCapsFamily(tokens, span, i, free, lx); e > i && !taken(i, e) && (opensEntry(tokens, i) && e < span[1] && tokens[e].is(",", "(") || introducesPerson(tokens, span, e, lx, free)) {
			// "5. Andrei KOLOSOV, born 1981", "(4) Sergei Gennadyevich ZOLOTAREV, director of":
			// a listing's given names before the family name in capitals.
			add(i, e)
			i = e - 1
			continue
		}
		if e := capsFamilyRun(tokens, span, i, free, lx); e > i && !taken(i, e) && (introducesPerson(tokens, span, e, lx, free) || itemApposition(tokens, span, i, e, lx, free) != nil) {
			// "KIM Yong Bok, First Vice-Chief of ...", "NO Kwang Chol, Minister of ...": a
			// sanctions listing's family name in capitals before the given names.
			add(i, e)
			i = e - 1
			continue
		}
		end := nameRun(tokens, span, i, free, lx)
		if end-i < 2 || taken(i, end) {
			continue
		}
		if end < span[1] && lx.shapes.written(listInstHeads, &tokens[end]) {
			continue // "Gulf Strategy Forum": the capitalised run goes on into a body's name
		}
		if speakerTurn(tokens, span, i, end) {
			add(i, end)
			i = end - 1
			continue
		}
		more := pluralRoleApposition(tokens, span, i, end, lx, free)
		if more == nil {
			more = weHeadsApposition(tokens, span, i, end, lx, free)
		}
		if more != nil {
			// "two commanders of the Rapid Support Forces (RSF), Osman Mohamed Hamid Mohamed
			// and Ali Yagoub Gibril, for their role": the names a plural role introduces.
			add(i, end)
			for _, m := range more {
				if !taken(m[0], m[1]) {
					add(m[0], m[1])
				}
			}
			i = more[len(more)-1][1] - 1
			continue
		}
		if more := itemApposition(tokens, span, i, end, lx, free); more != nil {
			// "2. Kim Yong Bok - Deputy Chief of ...", "6. Majid Ghodrati, Reza Sabet-Fard
			// and Mehdi Hosseinzadeh — IRGC-ASF officers": a listing's entry names its
			// people before a dash and their role.
			add(i, end)
			for _, m := range more {
				if !taken(m[0], m[1]) {
					add(m[0], m[1])
				}
			}
			i = end - 1
			if len(more) > 0 {
				i = more[len(more)-1][1] - 1
			}
			continue
		}
		if portfolioTail(tokens, span, i, end, lx) {
			continue // "Minister of Foreign Affairs and International Cooperation of Mali, ..."
		}
		ledBy := i-2 >= span[0] && tokens[i-1].is("by") && lx.shapes.leadVerbs[tokens[i-2].Lower] // "a group led by Milan Radoicic"
		if askedBy(tokens, span, i, end, lx) {
			// "Asked by Alicia Kearns (Rushcliffe)": a written question's member and seat.
			add(i, end)
			i = end - 1
			continue
		}
		if ledBy || statePossessorActs(tokens, span, i, end, lx) || quotedSpeaker(tokens, span, i, end, lx) || ageApposition(tokens, span, end, lx) || speakingFor(tokens, span, i) || speakingForAfter(tokens, span, end) || introducesPerson(tokens, span, end, lx, free) || bylineName(tokens, span, i, end) || creditName(tokens, span, i, end, lx) || namedAfterRole(tokens, span, i, end, lx) ||
			authorLine(tokens, span, lx) || coordinatedPerson(tokens, span, end, out, free, lx) {
			a := i
			if m := lx.courtesy.matchAt(tokens[:span[1]], i); m > 0 && i > span[0] && tokens[i-1].Text == "," && end-(i+m) >= 2 {
				a = i + m // "the Emir, Sheikh Tamim bin Hamad Al Thani": after an apposition's comma a courtesy word is no word of the name
			}
			add(a, end)
			i = end - 1
		}
	}
	return out
}

// portfolioTail: the capitalised run at i ends the portfolio of a role ("Minister of Foreign
// Affairs and International Cooperation of the Republic of Mali", "Minister of Foreign
// Affairs, Regional Cooperation and Burkinabè Abroad"): it follows "and" or a comma inside a
// chain of capitalised words that opens with "of" right after a titles.txt role, and "of" or
// "and" follows it. Such a run is a field of the office, no person, whatever follows it (",
// in his capacity as Chair"). A state's name in the chain makes it an apposition ("the
// representative of France, Nicolas de Rivière") or a coordination of people.
func portfolioTail(tokens []Token, span [2]int, i, end int, lx *lexicon) bool {
	if i-1 <= span[0] || !tokens[i-1].is("and", ",", "&") || end >= span[1] || !tokens[end].is("of", "and") {
		return false
	}
	for k := i - 2; k > span[0] && k >= i-12; k-- {
		switch {
		case tokens[k].is("of"):
			for j := k - 1; j >= span[0] && j >= k-4; j-- {
				if m := lx.roles.matchAt(tokens[:span[1]], j); m > 0 && j+m == k {
					return true
				}
			}
			return false
		case tokens[k].is("and", ",", "&"):
		case tokens[k].isCap() && tokens[k].isWord():
			if e, _ := lx.gaz.match(tokens[:span[1]], k); e != nil {
				return false // "the representative of France, Nicolas de Rivière"
			}
		default:
			return false
		}
	}
	return false
}

// itemApposition: the name [i, end) opens an entry line (at a line's start, perhaps after
// its bullet or number: "2. Kim Yong Bok - Deputy Chief of the General Staff", "(1) NO
// Kwang Chol — Minister of ...") and, perhaps after more names joined by commas and "and",
// a spaced dash introduces a role or title (titles.txt, a one-word role also in the plural:
// "Majid Ghodrati, Reza Sabet-Fard and Mehdi Hosseinzadeh — IRGC-ASF officers"), as
// designation annexes and participant lists set them. It returns the spans of the names
// coordinated after the first (an empty, non-nil slice when there are none), or nil.
func itemApposition(tokens []Token, span [2]int, i, end int, lx *lexicon, free func(a, b int) bool) [][2]int {
	if !opensEntry(tokens, i) {
		return nil
	}
	more, k, whole := coordinatedNames(tokens, span, end, lx, free)
	if !whole || k >= span[1] || !spacedDash(tokens[k]) {
		return nil
	}
	if more == nil {
		more = [][2]int{}
	}
	for j := k + 1; j < span[1] && j <= k+5; j++ {
		if lx.roles.matchAt(tokens[:span[1]], j) > 0 || pluralRoleAt(tokens, j, lx) {
			return more
		}
		if tokens[j].is(",", ".", ";", "and", "who", "which") {
			return nil
		}
	}
	return nil
}

// weHeadsApposition: the name [i, end) follows the comma that closes the states of a
// first-person apposition's capitalised plural role ("We, the Foreign Ministers of Denmark,
// Estonia and Finland, Lars Hansen, Mari Tamm and Anna Virtanen, met"), as joint statements
// list their signatories, and opens names joined by commas and "and" that close with a comma.
// It returns the spans of the names after the first, or nil. A lower-case plural role is
// pluralRoleApposition's.
func weHeadsApposition(tokens []Token, span [2]int, i, end int, lx *lexicon, free func(a, b int) bool) [][2]int {
	if i-2 < span[0] || tokens[i-1].Text != "," {
		return nil
	}
	k := i - 2
	for k > span[0] && k >= i-40 && (tokens[k].isCap() && tokens[k].isWord() || tokens[k].is(",", "and", "the", "'s")) {
		k--
	}
	if k-1 <= span[0] || !tokens[k].is("of") || k == i-2 {
		return nil
	}
	r := k - 1
	if !tokens[r].isCap() || !strings.HasSuffix(tokens[r].Lower, "s") || !slices.ContainsFunc(lx.roles.byFirst[singularNoun(tokens[r].Lower)], func(ph []string) bool { return len(ph) == 1 }) {
		return nil
	}
	j := r - 1
	for j > span[0] && j >= r-3 && tokens[j].isCap() && tokens[j].isWord() {
		j-- // "the G7 Foreign Ministers"
	}
	if j-2 < span[0] || !tokens[j].is("the") || tokens[j-1].Text != "," || tokens[j-2].Lower != "we" {
		return nil
	}
	more, next, _ := coordinatedNamesUpTo(tokens, span, end, lx, free, 12)
	if len(more) == 0 || next >= span[1] || tokens[next].Text != "," {
		return nil
	}
	return more
}

// pluralRoleApposition: the name [i, end) follows a comma after a plural role, its
// complement perhaps between ("two commanders of the Rapid Support Forces (RSF), Osman
// Mohamed Hamid Mohamed and Ali Yagoub Gibril, for ...", "the two envoys, Ana Lima and Rui
// Costa."), and opens names joined by commas and "and" that close with a comma or the
// sentence's end. It returns the spans of the names after the first, or nil.
func pluralRoleApposition(tokens []Token, span [2]int, i, end int, lx *lexicon, free func(a, b int) bool) [][2]int {
	if i-2 < span[0] || tokens[i-1].Text != "," {
		return nil
	}
	role := false
	for k := i - 2; k >= span[0] && k >= i-12; k-- {
		if pluralRoleAt(tokens, k, lx) {
			role = roleRunsTo(tokens, k+1, i-1, lx)
			break
		}
	}
	if !role {
		return nil
	}
	more, k, _ := coordinatedNames(tokens, span, end, lx, free)
	if len(more) == 0 || k < span[1] && !tokens[k].is(",", ".") {
		return nil
	}
	return more
}

// coordinatedNames: up to four more names of two words or more after the name ending at k,
// joined by commas and "and" ("A, B and C"). It returns their spans, the token after the
// last, and whether the run ended without meeting something else than a name after a joiner.
func coordinatedNames(tokens []Token, span [2]int, k int, lx *lexicon, free func(a, b int) bool) (more [][2]int, next int, whole bool) {
	return coordinatedNamesUpTo(tokens, span, k, lx, free, 4)
}

// coordinatedNamesUpTo is coordinatedNames with up to n more names.
func coordinatedNamesUpTo(tokens []Token, span [2]int, k int, lx *lexicon, free func(a, b int) bool, n int) (more [][2]int, next int, whole bool) {
	for len(more) < n && k+1 < span[1] && tokens[k].is(",", "and") {
		a := k + 1
		if tokens[k].Text == "," && tokens[a].is("and") {
			a++
		}
		e := nameRun(tokens, span, a, free, lx)
		if e-a < 2 {
			return more, k, false
		}
		more = append(more, [2]int{a, e})
		k = e
	}
	return more, k, true
}

// spacedDash: an em or en dash, or a hyphen with a space before it (" - ").
func spacedDash(t Token) bool {
	return t.is("\u2014", "\u2013") || t.Text == "-" && t.SpaceBefore
}

// opensEntry: token i opens a line, or follows the bullet or number that opens one ("- ",
// "2. ", "3) ", "(4) ").
func opensEntry(tokens []Token, i int) bool {
	if i == 0 || tokens[i].Newlines > 0 {
		return true
	}
	p := tokens[i-1]
	if isBullet(p.Text) && p.Newlines > 0 {
		return true
	}
	if isAmount(trimDot(p.Text)) && strings.HasSuffix(p.Text, ".") {
		return p.Newlines > 0 // "2." as one token
	}
	if i < 2 || !p.is(".", ")") {
		return false
	}
	n := tokens[i-2]
	if !isDigits(n.Text) {
		return false
	}
	if n.Newlines > 0 {
		return true
	}
	return p.Text == ")" && i >= 3 && tokens[i-3].Text == "(" && tokens[i-3].Newlines > 0
}

// capsFamilyName: after a title or honorific, a family name in capitals and a given name
// ("Ms. KAMIKAWA Yoko", "Mr. KIHARA Minoru", as Japanese official texts write them); it
// returns the name's end, or j when there is none.
func capsFamilyName(tokens []Token, span [2]int, j int, free func(a, b int) bool, lx *lexicon) int {
	if j+1 >= span[1] || len(tokens[j].Key) < 2 || !isLetters(tokens[j].Key) || !isAllCaps(tokens[j].Key) {
		return j
	}
	g := tokens[j+1]
	if !lx.shapes.isNameWord(&g) || isAllCaps(g.Key) || lx.shapes.written(listNotName, &g) || !free(j, j+2) {
		return j
	}
	// A family name the gazetteer knows as a person's ("Mr. YOON Hae-jin") is still one here.
	if e, _ := lx.gaz.match(tokens[:span[1]], j); e != nil && e.info.Type != TypePerson {
		return j
	}
	// The given names go on as a run of their own: hyphenated ("Mr. CHO Tae-yul", "H.E. Mr.
	// PARK Jin-young") or in two words ("Mr. KIM Yong Bok"), at most three words in all.
	if end := nameRun(tokens, span, j+1, free, lx); end > j+2 && end-j <= 4 {
		return end
	}
	return j + 2
}

// givenCapsFamily: given names in ordinary case before a family name in capitals, perhaps
// hyphenated ("Andrei KOLOSOV", "Reza NOURI-MANESH", "Sergei Gennadyevich ZOLOTAREV"), as
// designation lists and UN documents write them. The family name is no name the gazetteer
// knows nor a not-acronym word, and nothing capitalised follows it. It returns the name's
// end, or i when there is none; the caller asks for an entry line or an introducing context.
func givenCapsFamily(tokens []Token, span [2]int, i int, free func(a, b int) bool, lx *lexicon) int {
	// The shape first, as most capitalised words open no such name: name words in ordinary
	// case, then a word in capitals; the lexicon's lookups of the given names only then.
	var given [3]int
	j, words := i, 0
	for j < span[1] && words < 3 {
		t := &tokens[j]
		if !lx.shapes.isNameWord(t) || isAllCaps(t.Key) {
			break
		}
		given[words] = j
		j++
		words++
		if j+1 < span[1] && tokens[j].Text == "-" && !tokens[j].SpaceBefore && !tokens[j+1].SpaceBefore && tokens[j+1].isWord() && !isAllCaps(tokens[j+1].Key) {
			j += 2 // "Jean-Pierre"
		}
	}
	if words == 0 || j >= span[1] || len(tokens[j].Key) < 2 || !isAllCaps(tokens[j].Key) {
		return i
	}
	for _, g := range given[:words] {
		if lx.shapes.written(listNotName, &tokens[g]) || lx.roles.matchAt(tokens[:span[1]], g) > 0 || lx.honorific.matchAt(tokens[:span[1]], g) > 0 ||
			lx.titles.matchAt(tokens[:span[1]], g) > 0 || lx.gaz.knowsAt(tokens[:span[1]], g, g+1) {
			return i // a title, a role or a known name is no given name
		}
	}
	f := j
	for k := 0; k < 3; k++ {
		t := &tokens[j]
		if len(t.Key) < 2 || !isLetters(t.Key) || !isAllCaps(t.Key) || lx.shapes.notAcronym[t.Text] || lx.gaz.knowsAt(tokens[:span[1]], j, j+1) {
			break
		}
		j++
		if j+1 < span[1] && tokens[j].Text == "-" && !tokens[j].SpaceBefore && !tokens[j+1].SpaceBefore {
			j++ // "NOURI-MANESH": the family name's parts
			continue
		}
		break
	}
	if j == f || tokens[j-1].Text == "-" || !free(i, j) {
		return i
	}
	if j < span[1] && (tokens[j].isCap() && tokens[j].isWord() || tokens[j].Text == "-" && !tokens[j].SpaceBefore) {
		return i // "Operation ARGOS Task Group": the run goes on
	}
	return j
}

// capsFamilyRun: a family name in capitals (two letters or more, no name the gazetteer
// knows) followed by given names in ordinary case ("RI Chang Ho"); it returns the name's
// end, or i when there is none.
func capsFamilyRun(tokens []Token, span [2]int, i int, free func(a, b int) bool, lx *lexicon) int {
	if i+1 >= span[1] || len(tokens[i].Key) < 2 || !isLetters(tokens[i].Key) || !isAllCaps(tokens[i].Key) ||
		lx.gaz.knowsAt(tokens[:span[1]], i, i+1) || !free(i, i+1) {
		return i
	}
	g := tokens[i+1]
	if !lx.shapes.isNameWord(&g) || isAllCaps(g.Key) || lx.shapes.written(listNotName, &g) {
		return i
	}
	end := nameRun(tokens, span, i+1, free, lx)
	if end <= i+1 || end-i > 4 {
		return i
	}
	return end
}

// coordinatedPerson: a name before "and" or a comma and a person ("Kang Kyong Il and Ri Sin
// Song of the ...", "Wang Yi, Sun Weidong and Liu Jianchao") is a person too.
func coordinatedPerson(tokens []Token, span [2]int, end int, found []mention, free func(a, b int) bool, lx *lexicon) bool {
	if end+1 >= span[1] || !tokens[end].is("and", ",") {
		return false
	}
	next := end + 1
	for _, m := range found {
		if m.start == next && m.info.Type == TypePerson {
			return true
		}
	}
	// The next name may come later in this pass: read it the same way.
	if e := nameRun(tokens, span, next, free, lx); e-next >= 2 {
		return introducesPerson(tokens, span, e, lx, free)
	}
	return false
}

// authorLine: a line of only names joined by "and" or commas, above a line that names a
// role or a body ("Priya Raghavan and Tomas Lindqvist" over "Institute for ..."), is a
// paper's authors.
func authorLine(tokens []Token, span [2]int, lx *lexicon) bool {
	if span[1] >= len(tokens) || tokens[span[0]].Newlines == 0 && span[0] > 0 || tokens[span[1]].Newlines == 0 || span[1]-span[0] > 14 {
		return false
	}
	if pairedAuthors(tokens, span) {
		return true
	}
	for k := span[0]; k < span[1]; k++ {
		t := tokens[k]
		if !(lx.shapes.isNameWord(&t) && !lx.shapes.written(listNotName, &t) || t.is("and", ",") ||
			t.Text == "." && k > span[0] && len(tokens[k-1].Text) == 1 || t.Text == "-" && !t.SpaceBefore) {
			return false
		}
	}
	// The next line: a role or an institution's head word near its start.
	for k := span[1]; k < len(tokens) && k < span[1]+8; k++ {
		if k > span[1] && tokens[k].Newlines > 0 {
			break
		}
		if lx.roles.matchAt(tokens, k) > 0 || lx.shapes.written(listInstHeads, &tokens[k]) {
			return true
		}
	}
	return false
}

// pairedAuthors: a paragraph of its own under a heading that is only two names of two or
// three words joined by "and" ("Ilona Varga and Tomasz Rybak" between a paper's title and
// its summary) names the paper's authors. A word the rules read as a word of the language
// ("Arms Control and Nuclear Risk", a subtitle) is no word of such a name.
func pairedAuthors(tokens []Token, span [2]int) bool {
	if span[0] == 0 || tokens[span[0]].Newlines < 2 || tokens[span[1]].Newlines < 2 || tokens[span[0]-1].is(".", ":", "!", "?") {
		return false
	}
	and, n := -1, 0
	for k := span[0]; k < span[1]; k++ {
		t := &tokens[k]
		switch {
		case t.is("and") && and < 0 && !t.isCap():
			and = k
		case t.Text == "." && k > span[0] && len(tokens[k-1].Text) == 1, t.Text == "-" && !t.SpaceBefore:
		case t.isCap() && t.isWord() && !isAllCaps(t.Text) && (t.word == nil || t.word.classes == clsSet{} && t.word.triggers == nil && t.word.deed == 0 && !t.word.agreementHead && !t.word.groupHead):
			n++
		case !t.SpaceBefore && k > span[0] && tokens[k-1].Text == "-" && t.isWord():
		default:
			return false
		}
	}
	return and-span[0] >= 2 && span[1]-and >= 3 && and-span[0] <= 5 && span[1]-and <= 6 && n >= 4
}

// introducesPerson looks at what follows a name: ", [the|a] [adjective] role", "is/was
// [the|a] ... role" or a speech verb.
func introducesPerson(tokens []Token, span [2]int, k int, lx *lexicon, free func(a, b int) bool) bool {
	if k >= span[1] {
		return false
	}
	if lx.shapes.speechVerbs[tokens[k].Lower] {
		return true
	}
	// "Nicolás Maduro, who", "officials aligned with Nicolás Maduro who obstructed".
	if tokens[k].is("who") || tokens[k].Text == "," && k+1 < span[1] && tokens[k+1].is("who") {
		return true
	}
	// "Ana Rojas (Chile) said", "Ana Rojas (Chile) deplored": a meeting record names a speaker
	// with the state in parentheses (not before a comma: "Sahara Thunder (Iran), a front
	// company", a designation list's firm).
	if tokens[k].Text == "(" {
		if e, n := lx.gaz.match(tokens[:span[1]], k+1); e != nil && e.info.Type == TypeState && !e.demonym {
			if j := k + 1 + n; j+1 < span[1] && tokens[j].Text == ")" &&
				(lx.shapes.speechVerbs[tokens[j+1].Lower] || pastVerb(tokens[j+1]) || nextSpeakerIntroduced(tokens, span, j+1, lx, free)) {
				return true
			}
		}
	}
	// "Zhang Jun of China said", "Barbara Woodward of the United Kingdom, ...", "Ri Sin Song
	// of the Korea Sobaeksu Trading Company".
	if tokens[k].is("of") {
		j := k + 1
		if j < span[1] && tokens[j].is("the") {
			j++
		}
		e, n := lx.gaz.match(tokens[:span[1]], j)
		if e != nil && e.info.Type == TypeState && !e.demonym && j+n < span[1] &&
			(tokens[j+n].is(",") || lx.shapes.speechVerbs[tokens[j+n].Lower] || pastVerb(tokens[j+n]) || nextSpeakerIntroduced(tokens, span, j+n, lx, free)) {
			// "Rosa Lima of Brazil denounced": a person speaking for a state at a meeting.
			return true
		}
		if e == nil && j < span[1] && !free(j, j+1) && tokens[j].isCap() {
			return true // a body named by the patterns before
		}
		if e != nil && j+n < span[1] && tokens[j+n].isCap() && !free(j+n, j+n+1) {
			// "Marta Nowak of the Warsaw Institute for Strategic Studies", "of the Swedish
			// Institute of International Affairs": a known name (a capital, a demonym) opens
			// the longer name of a body the patterns before named.
			return true
		}
	}
	if !tokens[k].is(",", "is", "was") {
		return false
	}
	// Five words, a hyphenated compound one word: "Sa'id al-Jamal, an Iran-based Houthi
	// financial facilitator".
	for j, words := k+1, 0; j < span[1] && words < 5; j++ {
		if lx.roles.matchAt(tokens, j) > 0 || nationalNoun(tokens, k+1, j, span[1], lx) > 0 {
			return true // "Lena Osei, a Ghanaian national who": a person noun after a state
		}
		if tokens[j].is(",", ".", ";", "and", "who", "which") {
			return false
		}
		if !(tokens[j].Text == "-" && !tokens[j].SpaceBefore) && (tokens[j].SpaceBefore || j == k+1) {
			words++
		}
	}
	return false
}

// nextSpeakerIntroduced: at k a list of speakers goes on (", and", "and" or ",") with another
// name of two to five capitalised words that introducesPerson accepts: "Rosa Lima of Brazil and
// Tomas Ruiz of Chile denounced", "Ana Rojas (Chile), Ivan Petrov (Serbia) and ... said". The
// last speaker's verb vouches for the list (h44bspk); a list of firms with their states has
// none.
func nextSpeakerIntroduced(tokens []Token, span [2]int, k int, lx *lexicon, free func(a, b int) bool) bool {
	if k >= span[1] || !tokens[k].is(",", "and") {
		return false
	}
	if tokens[k].Text == "," && k+1 < span[1] && tokens[k+1].is("and") {
		k++
	}
	j := k + 1
	for j < span[1] && j-k <= 5 && tokens[j].isCap() && tokens[j].isWord() {
		j++
	}
	if j-k-1 < 2 {
		return false
	}
	if e, n := lx.gaz.match(tokens[:span[1]], k+1); e != nil && k+1+n >= j {
		return false // a known name (a state), no person
	}
	return introducesPerson(tokens, span, j, lx, free)
}

// nationalNoun: a titles.txt person noun at j ("national", "citizen") right after a state's
// name or demonym that starts at lo or later ("a Ghanaian national", "Latvian national
// Andris Kalnins") and ending its noun phrase ("a Russian national carrier" is a firm): the
// noun's length, or 0. It makes a name a person as a role does, but names no office.
func nationalNoun(tokens []Token, lo, j, b int, lx *lexicon) int {
	m := lx.personNouns.matchAt(tokens[:b], j)
	if m == 0 || tokens[j].isCap() {
		return 0
	}
	state := false
	for k := j - 1; k >= lo && k >= j-3 && !state; k-- {
		e, n := lx.gaz.match(tokens[:j], k)
		state = e != nil && e.info.Type == TypeState && k+n == j
	}
	if !state {
		return 0
	}
	next := j + m
	if next >= b || !tokens[next].isWord() || tokens[next].isCap() {
		return m
	}
	t := &tokens[next]
	if lx.words.tok(wConjunction, t) || lx.words.tok(wRelative, t) || lx.words.tok(wPreposition, t) ||
		lx.words.ends(ePast, t.Lower) || lx.words.ends(eParticiple, t.Lower) {
		return m
	}
	return 0
}

// kinNoun: a titles.txt kin noun at i after a possessive pronoun or "'s" ("his wife", "the
// leader's sister"): its length with the comma of an apposition after it, so the name
// follows, or 0.
func kinNoun(tokens []Token, span [2]int, i int, lx *lexicon) int {
	m := lx.kinNouns.matchAt(tokens[:span[1]], i)
	// "my" too: a speaker names a guest so ("I welcome my friend X"); words.tsv possessive
	// leaves it out, as its words stand for a third party (the pronoun resolver reads them).
	if m == 0 || tokens[i].isCap() || i == span[0] || !lx.words.tok(wPossessive, &tokens[i-1]) && !tokens[i-1].is("'s", "\u2019s", "my") {
		return 0
	}
	if i+m < span[1] && tokens[i+m].Text == "," {
		m++
	}
	return m
}

// quotedSpeaker: the name from i to end follows a speech verb that follows a closing
// quotation mark ("\"I heard a bang,\" said Olha Marchenko, a retired nurse"): news reports
// name a quoted speaker after the verb. The name must close its phrase (a comma, the
// sentence's end, "who" or ";") and hold no body's head word. "told" takes its hearer as
// object ("\"...,\" told Radio Liberty"): the name after it is never the speaker, even at
// the sentence's end.
func quotedSpeaker(tokens []Token, span [2]int, i, end int, lx *lexicon) bool {
	if i-3 < span[0] || !lx.shapes.speechVerbs[tokens[i-1].Lower] || tokens[i-1].isCap() || tokens[i-1].is("told") ||
		!tokens[i-2].is("\"", "\u201d", "''") || !tokens[i-3].is(",", "?", "!", ".") {
		return false
	}
	for k := i; k < end; k++ {
		if lx.shapes.written(listInstHeads, &tokens[k]) {
			return false // "\"...,\" said Amnesty International": a body's name
		}
	}
	return end >= span[1] || tokens[end].is(",", ".", "who", ";")
}

// ageApposition: the name ending at end is followed by an age between commas ("Kim Soon-ja,
// seventy-eight, lives near ...", "Jane Roe, 62, said"), which only a person has.
func ageApposition(tokens []Token, span [2]int, end int, lx *lexicon) bool {
	k := end + 1
	if k+1 >= span[1] || !tokens[end].is(",") {
		return false
	}
	switch t := tokens[k]; {
	case isDigits(t.Text) && t.Text[0] != '0' && (len(t.Text) < 3 || len(t.Text) == 3 && t.Text < "111"): // an age, not a count
		k++
	case lx.shapes.ageWords[t.Lower] && !t.isCap():
		k++
		if k+1 < span[1] && tokens[k].Text == "-" && !tokens[k].SpaceBefore && tokens[k+1].isWord() && !tokens[k+1].isCap() {
			k += 2 // "sixty-two"
		}
	default:
		return false
	}
	return k < span[1] && tokens[k].is(",")
}

// speakingFor: the name at i follows a sentence-opening "Speaking for X," or "Speaking on
// behalf of X," and is the speaker ("Speaking for Chile, Ana Rojas said").
func speakingFor(tokens []Token, span [2]int, i int) bool {
	a := span[0]
	if i-a < 4 || !tokens[a].is("speaking") || !tokens[a+1].is("for", "on") || tokens[i-1].Text != "," {
		return false
	}
	for k := a + 2; k < i-1; k++ {
		if !tokens[k].isWord() && tokens[k].Text != "'s" {
			return false // one phrase, no clause of its own
		}
	}
	return true
}

// speakingForAfter: the name ending at end is followed by an apposition saying whom it speaks
// for (", speaking for Mexico,", ", speaking on behalf of", ", representing the EU,"), which
// only a person does.
func speakingForAfter(tokens []Token, span [2]int, end int) bool {
	if end+2 >= span[1] || tokens[end].Text != "," {
		return false
	}
	k := end + 1
	return tokens[k].is("speaking") && tokens[k+1].is("for", "on") || tokens[k].is("representing")
}

// statePossessorActs: the name [i, end) of two or three words follows a state's possessive
// and comes before a verb in -ed ("Japan's Kazuyuki Yamazaki expressed support", "Brazil's
// Sergio Danese welcomed the vote"), as meeting reports name a state's speaker; no word of
// the name is a head of a body's, place's or agreement's name ("Russia's Pacific Fleet
// conducted drills").
func statePossessorActs(tokens []Token, span [2]int, i, end int, lx *lexicon) bool {
	if end-i > 3 || end >= span[1] || !pastVerb(tokens[end]) || i-2 < span[0] || tokens[i-1].Text != "'s" {
		return false
	}
	for k := i; k < end; k++ {
		if t := &tokens[k]; lx.shapes.written(listInstHeads, t) || lx.shapes.written(listPlaceHeads, t) || lx.shapes.written(listAgreementHeads, t) {
			return false
		}
	}
	for k := i - 2; k >= span[0] && k >= i-4; k-- {
		if e, n := lx.gaz.match(tokens[:i-1], k); e != nil && k+n == i-1 {
			return e.info.Type == TypeState && !e.demonym
		}
	}
	return false
}

// pastVerb: a lower-case word in -ed, as a clause's finite verb reads ("denounced", "urged").
func pastVerb(t Token) bool {
	return t.isWord() && !t.isCap() && len(t.Lower) > 4 && strings.HasSuffix(t.Lower, "ed")
}

// namedAfterRole: "Iran's ambassador to Syria, Ali Rezaei, said" names the holder of a role
// in an apposition closed by a comma.
func namedAfterRole(tokens []Token, span [2]int, a, b int, lx *lexicon) bool {
	// The apposition may end the sentence: "... for the island's new president, Lai Ching-te."
	if a-1 <= span[0] || tokens[a-1].Text != "," || b < span[1] && !tokens[b].is(",", ".") && !lx.shapes.speechVerbs[tokens[b].Lower] {
		return false
	}
	if pairedAfterRole(tokens, span, a, lx) {
		return true
	}
	for k := max(span[0], a-16); k < a-1; k++ {
		// "The Permanent Observer of the State of Palestine, Riyad Mansour, said"
		// "India's delegate, Ruchira Kamboj,", "Finland, whose President, Alexander Stubb,":
		// a determiner or possessive (words.tsv role-determiner) makes a capitalised role a
		// noun, not a name's first word.
		// Capitalised modifiers may stand between ("the Russian Ambassador, Georgy
		// Zinoviev,", "the Iranian Foreign Minister, ..."). The role's phrase must run up to
		// the comma in capitalised words and their links ("The High Representative of the
		// Union for ..., Kaja Kallas,"), so a role far back in the clause does not count.
		n := lx.roles.matchAt(tokens, k)
		if n == 0 {
			continue
		}
		determined := func(d int) bool { return lx.words.tok(wRoleDeterminer, &tokens[d-1]) }
		if k >= a-10 && (!tokens[k].isCap() || k == span[0] || determined(k)) {
			return true
		}
		if !roleRunsTo(tokens, k+n, a-1, lx) {
			continue
		}
		d := k
		for d-1 > span[0] && d > k-3 && tokens[d-1].isCap() && tokens[d-1].isWord() && lx.roles.matchAt(tokens, d-1) == 0 {
			d--
		}
		if !tokens[k].isCap() || d == span[0] || determined(d) {
			return true
		}
	}
	return false
}

// roleRunsTo: the tokens [k, comma) after a role continue its phrase as a name's complement
// does: capitalised words, the links of words.tsv name-link ("of", "for", "to", "the"), as in
// "... to the United Nations", hyphens, brackets and possessives, and a words.tsv locative
// before a capitalised name ("Ambassador in Manila").
func roleRunsTo(tokens []Token, k, comma int, lx *lexicon) bool {
	for j := k; j < comma; j++ {
		if lx.words.tok(wLocative, &tokens[j]) && j+1 < comma && tokens[j+1].isCap() {
			continue // "the U.S. Ambassador in Manila, MaryKay Carlson,": where the role is held
		}
		if lx.words.tok(wLocative, &tokens[j]) && definiteSite(tokens, j+1, comma, lx.words) {
			return true // "the British Ambassador in the city, Martin Harris,": the same, described
		}
		if !tokens[j].isCap() && !lx.words.tok(wNameLink, &tokens[j]) && !tokens[j].is("-", "'s", "\u2019s", "(", ")") {
			return false
		}
	}
	return true
}

// definiteSite: the tokens [k, comma) are "the" and one to three words that describe a place
// by a noun, perhaps after capitalised modifiers ("the city", "the Ukrainian capital"): a
// lower-case last word, and no function word or punctuation.
func definiteSite(tokens []Token, k, comma int, w *words) bool {
	if k >= comma || !tokens[k].is("the") || comma-k < 2 || comma-k > 4 || tokens[comma-1].isCap() {
		return false
	}
	for j := k + 1; j < comma; j++ {
		if !tokens[j].isWord() || w.tok(wFunction, &tokens[j]) || w.tok(wPreposition, &tokens[j]) {
			return false
		}
	}
	return true
}

// pairedAfterRole: the name at a follows a state and its comma in a list of states each
// followed by its holder's name, opened by a plural role and "of": "the representatives of
// Brazil, Ronaldo Costa Filho, and India, Ruchira Kamboj, ...", as meeting records write them.
func pairedAfterRole(tokens []Token, span [2]int, a int, lx *lexicon) bool {
	return pairedRole(tokens, span, a, lx) != ""
}

// pairedRole is pairedAfterRole's role in the singular ("representative"), or "".
func pairedRole(tokens []Token, span [2]int, a int, lx *lexicon) string {
	k := a - 1 // the comma after the state
	for pairs := 0; pairs < 8; pairs++ {
		if k-1 <= span[0] || tokens[k].Text != "," {
			return ""
		}
		start := stateNameFrom(tokens, max(span[0], k-5), k, k, lx)
		if start < 0 {
			return ""
		}
		k = start - 1
		if k > span[0] && tokens[k].is("the") {
			k--
		}
		if k <= span[0] {
			return ""
		}
		if tokens[k].is("of") {
			if pluralRoleAt(tokens, k-1, lx) {
				return singularNoun(tokens[k-1].Lower)
			}
			return ""
		}
		// ", and India": back over the previous holder's name to the comma after its state.
		if !tokens[k].is("and") {
			return ""
		}
		k--
		if k > span[0] && tokens[k].Text == "," {
			k--
		}
		words := 0
		for k > span[0] && words < 6 && (tokens[k].isCap() && tokens[k].isWord() || lx.shapes.particles[tokens[k].Lower] || tokens[k].Text == "-") {
			k--
			words++
		}
		// A holder's name has two words or more and is no state ("of Kenya, Peru and Norway,
		// Harold Bexley said" lists states, not holders).
		if e, _ := lx.gaz.match(tokens[:span[1]], k+1); words < 2 || e != nil && e.info.Type == TypeState {
			return ""
		}
	}
	return ""
}

// pluralRoleAt: token k is the plural of a one-word role ("representatives", "delegates").
func pluralRoleAt(tokens []Token, k int, lx *lexicon) bool {
	if k < 0 || tokens[k].isCap() || !strings.HasSuffix(tokens[k].Lower, "s") {
		return false
	}
	for _, ph := range lx.roles.byFirst[singularNoun(tokens[k].Lower)] {
		if len(ph) == 1 {
			return true
		}
	}
	return false
}

// singularNoun undoes the regular English plural of a role noun: "deputies" -> "deputy",
// "envoys" -> "envoy", "attachés" -> "attaché"; "-es" is kept where the singular ends in
// "e" ("representatives"), so only "-ches", "-shes", "-sses" and "-xes" lose two letters.
func singularNoun(w string) string {
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "xes"):
		return w[:len(w)-2]
	}
	return strings.TrimSuffix(w, "s")
}

// bylineName accepts names in a byline sentence: only names, commas and "and", after a
// sentence that is just "by" (or starting with "By").
func bylineName(tokens []Token, span [2]int, a, b int) bool {
	// "May 21, 2024 | By Terri Moon Cronk, DOD News": a byline after a header's separator.
	if a-2 >= span[0] && tokens[a-1].Text == "By" && tokens[a-2].Text == "|" && (b >= span[1] || tokens[b].is(",") || tokens[b].Newlines > 0) {
		return true
	}
	// "... Air Base 201\nBy Ellen Marsh, Defense Department News": a byline line under a
	// headline without a full stop, in the headline's sentence.
	// "By Lee Min-jun, Staff reporter", "By Aiko Mori / Staff Writer": a byline paragraph of
	// its own, the author's desk after a comma, a slash or a bar.
	if b >= span[1] || tokens[b].is(",", "and", "/", "|") || tokens[b].Newlines > 0 {
		// Back over a name joined by "and" before it on the line ("By A and B"); a comma
		// opens an affiliation ("By A, Senior Fellow, Gulf and Horn Programme"), no author.
		k := a - 1
		for k > span[0] && tokens[k].Newlines == 0 && (tokens[k].is("and") || tokens[k].isCap() && tokens[k].isWord() && tokens[k].Text != "By" ||
			tokens[k].Text == "-" && !tokens[k].SpaceBefore || tokens[k].Text == ".") {
			k--
		}
		// Opening its own sentence, the byline has no full stop ("By Air Freight, officials
		// said." is no byline).
		if k >= span[0] && k < a && tokens[k].Text == "By" && (tokens[k].Newlines > 0 || k == 0) &&
			(k > span[0] || !tokens[span[1]-1].is(".", "!", "?")) {
			return true
		}
	}
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

// creditName: the name [a, b) is one of the names after "by" in a credit line, whose
// words.tsv credit word opens the line, its bracket or a part after ";" ("Compiled by A and
// B.", "(Reporting by A in Seoul and B in Tokyo; Editing by C)"): back from the name over
// other names, "and", commas and "in" + a capitalised place lies "by" and the credit word.
func creditName(tokens []Token, span [2]int, a, b int, lx *lexicon) bool {
	if b < span[1] && !tokens[b].is(",", "and", ";", ")", ".", "in") {
		return false
	}
	k := a - 1
	for k > span[0] && tokens[k].Newlines == 0 && (tokens[k].is("and", ",") || tokens[k].isCap() && tokens[k].isWord() ||
		tokens[k].is("in") && tokens[k+1].isCap() || tokens[k].Text == "-" && !tokens[k].SpaceBefore) {
		k--
	}
	if k-1 < span[0] || !tokens[k].is("by") || tokens[k].Newlines > 0 || !lx.words.tok(wCredit, &tokens[k-1]) {
		return false
	}
	c := k - 1
	return c == span[0] || tokens[c].Newlines > 0 || tokens[c-1].is("(", ";")
}

// officeComplementName reads the complement of an office title from j ("of"/"for") and the
// name after it: "Minister for Foreign Affairs Tobias Billström", "President of the Republic
// of Kazakhstan Kassym-Jomart Tokayev", "Speaker of Parliament Nabih Berri". The complement
// is runs of capitalised words joined by office-link words (words.tsv) and "the"; the name
// is the first run's tail that follows a state or body the gazetteer knows, or a word that
// cannot be part of a name, else the last two words of a run of three or more. It returns
// the name's token span, or (0, 0).
func officeComplementName(tokens []Token, span [2]int, j int, lx *lexicon) (int, int) {
	end := span[1]
	k := j
	for k < end && k < j+18 && lx.words.tok(wOfficeLink, &tokens[k]) {
		c := k + 1
		if c < end && tokens[c].is("the") {
			c++
		}
		if c >= end || !tokens[c].isCap() || !tokens[c].isWord() || lx.roles.matchAt(tokens[:end], c) > 0 || lx.honorific.matchAt(tokens[:end], c) > 0 {
			break // "... Nabih Berri and caretaker Prime Minister Najib Mikati"
		}
		k = c
		for k < end {
			if tokens[k].isCap() && tokens[k].isWord() {
				k++
			} else if tokens[k].Text == "-" && !tokens[k].SpaceBefore && k+1 < end && !tokens[k+1].SpaceBefore && tokens[k+1].isWord() {
				k += 2 // "Kim Yong-hyun": the hyphen and the lower-case part are one word with the name
			} else {
				break
			}
		}
		if isInitialAt(tokens, end, k-1) {
			return 0, 0 // "Brian E. Nelson": initialled names are read by their shape
		}
		if k < end && k-c >= 2 && !tokens[k].isCap() && lx.shapes.written(listParticles, &tokens[k]) {
			// "Minister of Media Salman bin Yousef Al-Dosari", "Minister of Foreign Affairs
			// H.E. Sheikh Mohammed bin Abdulrahman": a lower-case particle goes on with the
			// name, whose given name is the run's last word.
			if e := nameRun(tokens, span, k-1, func(int, int) bool { return true }, lx); e > k {
				return k - 1, e
			}
		}
		if a, e := complementRunName(tokens, c, k, lx); e > a {
			return a, e
		}
	}
	return 0, 0
}

// complementRunName is the name at the end of one run [a, e) of an office's complement, or
// (0, 0).
func complementRunName(tokens []Token, a, e int, lx *lexicon) (int, int) {
	// Word starts (a hyphenated name is one word) and the words a name may start at.
	var starts [10]int
	var after [10]bool
	n := 0
	bounded := false
	for w := a; w < e && n < len(starts); w++ {
		if tokens[w].Text == "-" {
			w++
			continue
		}
		if g, m := lx.gaz.match(tokens[:e], w); g != nil && g.info.Type != TypePerson && w+m <= e &&
			!(g.capital && m == 1 && w+2 == e && after[n]) {
			// A one-word capital followed by the run's last word, right after the office's
			// words, is a given name ("Minister of National Defense Wellington Koo").
			w += m - 1
			after[n], bounded = true, true
			continue
		}
		if lx.shapes.written(listNotName, &tokens[w]) || lx.shapes.written(listStop, &tokens[w]) {
			after[n], bounded = true, true
			continue
		}
		if m := lx.titles.matchAt(tokens[:e], w); m > 0 && w+m < e {
			// "Chairman of the Joint Chiefs of Staff Admiral Kim Myung-soo": a rank after the
			// complement is the holder's, no word of the name.
			w += m - 1
			after[n], bounded = true, true
			continue
		}
		starts[n] = w
		n++
	}
	if !bounded {
		if n < 3 || n > 5 {
			return 0, 0 // the complement needs a word of its own before the name
		}
		return starts[n-2], e
	}
	// The last boundary that leaves two or three words ("Armenia Ararat Mirzoyan": Ararat
	// is also a place, but a name has two words).
	for b := n - 2; b >= max(0, n-3); b-- {
		if after[b] {
			return starts[b], e
		}
	}
	return 0, 0
}

// stopWordName: at j a capitalised function word of at most three letters ("To", "An", "Le")
// followed by a name word; it returns where that name word starts, or j.
func stopWordName(tokens []Token, span [2]int, j int, lx *lexicon) int {
	if j+1 >= span[1] || !tokens[j].isCap() || len(tokens[j].Text) > 3 || !lx.shapes.written(listStop, &tokens[j]) || isAllCaps(tokens[j].Text) && len(tokens[j].Text) > 1 {
		return j
	}
	if t := tokens[j+1]; !lx.shapes.isNameWord(&t) || isAllCaps(t.Key) {
		return j
	}
	return j + 1
}

// speakerTurn: a transcript's turn, a line opening with a name and a colon and going on with
// the speaker's words on the same line ("Guo Jiakun: The drills are a stern warning.").
func speakerTurn(tokens []Token, span [2]int, a, b int) bool {
	if a > 0 && tokens[a].Newlines == 0 && !(a-1 >= span[0] && questionNumber(tokens[a-1].Text) && (a-1 == 0 || tokens[a-1].Newlines > 0)) ||
		b >= span[1] || tokens[b].Text != ":" {
		return false
	}
	// The turn's words run on past its first sentence ("JAISWAL: Yes. Prime Minister Modi
	// spoke with ..."): the line counts, not the sentence.
	words := 0
	for k := b + 1; k < len(tokens) && tokens[k].Newlines == 0 && words < 4; k++ {
		if tokens[k].isWord() {
			words++
		}
	}
	return words >= 4 || repeatedLabel(tokens, b)
}

// repeatedLabel: the label's last word before its colon at b opens another labelled line of
// the document too, alone or after other capitalised words ("MS. SINGH: Thanks, everyone."
// closing a briefing whose other turns she opened in full, "KATZ: Thank you all." after
// "FOREIGN MINISTER KATZ: ..."): a short turn of a speaker who speaks again.
func repeatedLabel(tokens []Token, b int) bool {
	w := tokens[b-1].Text
	for k := 0; k+1 < len(tokens); k++ {
		if k != b-1 && tokens[k+1].Text == ":" && tokens[k].Text == w &&
			(k == 0 || tokens[k].Newlines != 0 || tokens[k-1].isWord() && isAllCaps(tokens[k-1].Text) || tokens[k-1].Text == ".") {
			return true
		}
	}
	return false
}

// speakerLabel: a transcript turn opening its line at i with a speaker label in capitals,
// after optional shapes.tsv label-title words ("MR MILLER:", "SPOKESPERSON LIM SOO-SUK:",
// "TARRIELA:"): the name's [a, b), or (i, i). Up to three words (hyphenated parts joined),
// one alone of five letters or more; a generic label (shapes.tsv speaker-generic: "QUESTION", "MODERATOR"), an outlet or any
// name the gazetteer knows ("AFP:", "CCTV:") and a stop word ("AFTER KAZAN:") are none.
func speakerLabel(tokens []Token, span [2]int, i int, lx *lexicon) (int, int) {
	nl := &lx.shapes
	k := i
	for k < span[1] && tokens[k].isWord() && nl.labelTitles[tokens[k].Text] {
		k++
		if k < span[1] && tokens[k].Text == "." && !tokens[k].SpaceBefore {
			k++
		}
	}
	a, words := k, 0
	for k < span[1] && words < 4 {
		t := tokens[k]
		switch {
		case t.isWord() && isAllCaps(t.Text) && len(t.Text) > 1 && isLetters(t.Text):
			if nl.speakerGeneric[t.Text] || nl.notAcronym[t.Text] || nl.stop[capitalised(strings.ToLower(t.Text))] || lx.gaz.knowsAt(tokens[:span[1]], k, k+1) {
				return i, i
			}
			words++
		case t.Text == "-" && !t.SpaceBefore && k > a && k+1 < span[1] && !tokens[k+1].SpaceBefore:
		default:
			if words == 0 || words > 3 || words == 1 && k-a == 1 && len(tokens[a].Text) <= 4 && !namedElsewhere(tokens, a, lx) || !speakerTurn(tokens, span, i, k) {
				// One short word is an outlet's code as often as a name ("AFP:", "NHK:"),
				// unless the document writes it as a part of a person's name elsewhere.
				return i, i
			}
			return a, k
		}
		k++
	}
	return i, i
}

// askedBy: the name [a, b) follows a line's opening "Asked by" (perhaps with an honorific) and
// comes before the member's seat in parentheses: a parliament's written question names the
// member who asked it ("Asked by Tom Tugendhat (Tonbridge):", "Asked by Dr Ann Lee (Bath)").
func askedBy(tokens []Token, span [2]int, a, b int, lx *lexicon) bool {
	k := a - 1
	if k-1 > span[0] && lx.honorific.matchAt(tokens[:a], k) == 1 {
		k--
	}
	return k-1 >= span[0] && b < span[1] && tokens[b].Text == "(" && tokens[k].Text == "by" && tokens[k-1].Text == "Asked" &&
		(k-1 == 0 || tokens[k-1].Newlines > 0)
}

// questionerName: a briefing's question turn opening its line at i with a question label
// (shapes.tsv question-label, in any case) and, in parentheses, the questioner's name
// before a comma and the outlet ("QUESTION (Anjali, Deccan Herald):", "Question (Tomas,
// Yle):"): the name's [a, b), one to three capitalised words the gazetteer does not know, or
// (i, i). A label naming only the outlet ("QUESTION (Reuters):") names no person.
func questionerName(tokens []Token, span [2]int, i int, lx *lexicon) (int, int) {
	if i+5 >= span[1] || !lx.shapes.questionLabelAt(tokens, i) {
		return i, i
	}
	a := i + 2
	b := a
	for b < span[1] && b-a < 3 && tokens[b].isWord() && tokens[b].isCap() && !isAllCaps(tokens[b].Text) && lx.shapes.isNameWord(&tokens[b]) {
		b++
	}
	if b == a || b >= span[1] || tokens[b].Text != "," || lx.gaz.knowsAt(tokens[:span[1]], a, b) {
		return i, i
	}
	for k := b + 1; k < span[1] && k < b+8; k++ {
		if tokens[k].Text == ")" {
			if k+1 < len(tokens) && tokens[k+1].Text == ":" {
				return a, b
			}
			break
		}
	}
	return i, i
}

// namedElsewhere: the short label word at a is written elsewhere in the document as a part
// of a name: in ordinary case next to another capitalised name word ("Spokesperson Jeon
// Ha-gyu" ... "JEON:", "Israel Katz" ... "KATZ:"), or in capitals after a label title or
// before a hyphenated given name ("SPOKESPERSON LIM SOO-SUK" ... "LIM:"). An outlet's or a
// body's code ("AFP:", "NHK:") is written in capitals only, and never so.
func namedElsewhere(tokens []Token, a int, lx *lexicon) bool {
	w := &tokens[a]
	for k := range tokens {
		t := &tokens[k]
		if k == a || t.Lower != w.Lower || !t.isWord() {
			continue
		}
		if !isAllCaps(t.Text) {
			if k > 0 && tokens[k-1].Newlines == 0 && nameNeighbour(&tokens[k-1], lx) || k+1 < len(tokens) && tokens[k+1].Newlines == 0 && nameNeighbour(&tokens[k+1], lx) {
				return true
			}
			continue
		}
		if k > 0 && tokens[k-1].Newlines == 0 && lx.shapes.labelTitles[tokens[k-1].Text] ||
			k+3 < len(tokens) && tokens[k+1].Newlines == 0 && isAllCaps(tokens[k+1].Text) && tokens[k+1].isWord() && tokens[k+2].Text == "-" && !tokens[k+2].SpaceBefore {
			return true
		}
	}
	return false
}

// nameNeighbour: a capitalised word in ordinary case, a name's other part.
func nameNeighbour(t *Token, lx *lexicon) bool {
	return t.isWord() && t.isCap() && !isAllCaps(t.Text) && lx.shapes.isNameWord(t)
}

// questionNumber: a committee transcript's question number before the speaker ("Q15 Owen
// Marsh: How many ...", as parliamentary evidence sessions number their questions).
func questionNumber(s string) bool {
	return len(s) >= 2 && s[0] == 'Q' && isDigits(s[1:])
}

// cuedEntryName: an entry line's name (at a line's start or after its number: opensEntry),
// two to five capitalised words in any case, hyphenated parts joined ("LI WENTAO", "HAMID
// REZA SOLTANI", "KIM Yong Bok", "Reza NOURI-MANESH"), perhaps an aside in parentheses
// after it ("(a.k.a. ...)"), then a comma, a full stop or a semicolon and a `person-cue` of
// shapes.tsv ("DOB", "born", "Position"): the particulars a designation list gives only
// for people. It returns the name's end, or i when there is none.
func cuedEntryName(tokens []Token, span [2]int, i int, free func(a, b int) bool, lx *lexicon) int {
	if !opensEntry(tokens, i) {
		return i
	}
	j, words := i, 0
	for j < span[1] && words < 5 && tokens[j].isCap() && isLetters(tokens[j].Key) && !lx.shapes.stop[tokens[j].Text] {
		j++
		words++
		for j+1 < span[1] && tokens[j].Text == "-" && !tokens[j].SpaceBefore && !tokens[j+1].SpaceBefore && tokens[j+1].isWord() {
			j += 2
		}
	}
	if words < 2 || j >= span[1] || !free(i, j) {
		return i
	}
	k := j
	if tokens[k].Text == "(" { // "(a.k.a. REZA FARAHMANDI TABRIZI)"
		for k < span[1] && k-j < 16 && tokens[k].Text != ")" {
			k++
		}
		k++
	}
	// The particulars may open the next sentence on the same line ("KIM Yong Bok. Position:").
	if k+1 >= len(tokens) || k >= span[1] || !tokens[k].is(",", ".", ";") || tokens[k+1].Newlines > 0 || lx.shapes.personCues.matchAt(tokens, k+1) == 0 {
		return i
	}
	return j
}
