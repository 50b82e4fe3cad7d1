package extract

import (
	"sort"
	"strings"
)

// mention is one recognised entity occurrence, in token indices of the whole document.
type mention struct {
	info       *entityInfo
	start, end int // token range [start, end)
	sentence   int
	demonym    bool // "Russian" in "Russian Foreign Minister"
	possessive bool // followed by 's
}

var (
	instHeads = wordSet("Ministry Department Agency Institute Institution University College Center Centre Council Committee " +
		"Commission Embassy Consulate School Academy Army Navy Force Forces Guard Party Office Bureau Service " +
		"Corporation Foundation Organization Organisation Parliament Assembly Command Fleet Bank Fund Association " +
		"Union Court Tribunal Secretariat Cabinet Times News Post Journal Press Herald Tribune Daily Review")
	// Heads that take an "of"/"for" complement: "Institute for Security and Development Policy".
	instComplementHeads = wordSet("Ministry Department Institute Institution University School Academy Council " +
		"Committee Commission Office Bureau Organization Organisation Bank Association Court Center Centre Union Embassy Party")
	placeHeads = wordSet("Cosmodrome Peninsula Oblast Province Region Strait Island Islands Sea Gulf Bay Base Port " +
		"Harbor Harbour Spaceport Valley Mountains River County District Prefecture Krai Airport")
	agreementHeads = wordSet("Agreement Treaty Accord Accords Armistice Pact Declaration Convention Memorandum " +
		"Protocol Charter Deal")
	nameStop = wordSet("The A An In On At As By For From Of To And Or But With Without This That These Those It Its " +
		"He She They We I His Her Their Our Since After Before While When Where Why How What Who According However " +
		"Although Despite During Under Over Into Both Some Many Most Other Such One Two Three Last Next Key " +
		"January February March April May June July August September October November December " +
		"Monday Tuesday Wednesday Thursday Friday Saturday Sunday Related Conclusion Summary Reactions Further " +
		"Once Concurrently Amidst Speculations Current Experts Preceding Concerns Historically Undoubtedly " +
		"Having Notwithstanding Maybe Politically Clearly Pushing More Due Not Are Is Was Were Has Have Had")
	speechVerbs = wordSet("said says told stated wrote argued added noted warned explained claimed insisted")
	govNouns    = wordSet("government regime administration leadership")
)

func wordSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// docEntities holds the entities of one document: the shared gazetteer's, plus those that
// patterns found (people, bodies, places and agreements the gazetteer lacks).
type docEntities struct {
	byID map[string]*entityInfo
}

func (d *docEntities) get(id, typ, name string) *entityInfo {
	if info, ok := d.byID[id]; ok {
		return info
	}
	info := &entityInfo{ID: id, Type: typ, Name: name}
	d.byID[id] = info
	return info
}

// recognise finds entity mentions sentence by sentence: gazetteer first (longest match), then
// patterns for names the gazetteer lacks, then document-level resolution of short forms.
func (x *Extractor) recognise(tokens []Token, sentences [][2]int) []mention {
	lx := x.lex
	doc := &docEntities{byID: map[string]*entityInfo{}}
	var found []mention
	var shorts []mention // short forms, kept if the full name appears somewhere in the document
	fullSeen := map[*entityInfo]bool{}
	for si, span := range sentences {
		covered := make([]bool, span[1]-span[0])
		mark := func(a, b int) {
			for k := a; k < b; k++ {
				covered[k-span[0]] = true
			}
		}
		free := func(a, b int) bool {
			for k := a; k < b; k++ {
				if covered[k-span[0]] {
					return false
				}
			}
			return true
		}
		// Patterns that must win over the gazetteer: "Kim government" is the state.
		for i := span[0]; i+1 < span[1]; i++ {
			if govNouns[tokens[i+1].Lower] && tokens[i].isCap() {
				if e, n := lx.gaz.match(tokens[:i+1], i); e != nil && n == 1 && e.info.Type == TypePerson && e.info.State != "" {
					if st, ok := lx.gaz.entities[e.info.State]; ok {
						found = append(found, mention{info: st, start: i, end: i + 2, sentence: si})
						mark(i, i+2)
					}
				}
			}
		}
		// A state's body: "Ukraine's military intelligence", "the Russian defense ministry".
		for j := span[0] + 1; j < span[1]; j++ {
			b := lx.bodies.matchAt(tokens[:span[1]], j)
			if b == 0 {
				continue
			}
			stateEnd := j
			if tokens[j-1].Lower == "'s" {
				stateEnd--
			}
			for i := max(span[0], stateEnd-4); i < stateEnd; i++ {
				e, n := lx.gaz.match(tokens[:stateEnd], i)
				if e == nil || e.info.Type != TypeState || i+n != stateEnd || !free(i, j+b) {
					continue
				}
				name := e.info.Name + "'s " + surfaceOf(tokens, j, j+b)
				id := "inst:" + slug(e.info.Name) + "-" + slug(surfaceOf(tokens, j, j+b))
				found = append(found, mention{info: doc.get(id, TypeInstitution, name), start: i, end: j + b, sentence: si})
				mark(i, j+b)
				break
			}
		}
		// Institutions, places and agreements built around a head word ("Stockholm Korea
		// Center") go before the gazetteer so that "Chinese Embassy" is not read as "Chinese".
		headline := isHeadline(tokens, span)
		for _, m := range headedNames(tokens, span, lx) {
			if headline {
				break // in Title Case every word looks like a name
			}
			if free(m.start, m.end) {
				m.sentence = si
				m.info = doc.get(m.info.ID, m.info.Type, m.info.Name)
				found = append(found, m)
				mark(m.start, m.end)
			}
		}
		for i := span[0]; i < span[1]; {
			if !free(i, i+1) {
				i++
				continue
			}
			e, n := lx.gaz.match(tokens[:span[1]], i)
			if e == nil || !free(i, i+n) || gluedToWord(tokens, span, i, i+n) {
				i++
				continue
			}
			if e.short && i+n < span[1] && tokens[i+n].isCap() && tokens[i+n].isWord() && !nameStop[tokens[i+n].Text] {
				// "Kim Yong Chol", "Choe Ryong Hae": a short form followed by more name words is
				// the start of another person's name, left to the person patterns.
				i++
				continue
			}
			m := mention{info: e.info, start: i, end: i + n, sentence: si, demonym: e.demonym}
			if e.capital && placeContext(tokens, span, i, lx) {
				m.info = doc.get("place:"+slug(surfaceOf(tokens, i, i+n)), TypePlace, surfaceOf(tokens, i, i+n))
			}
			if e.short && !(e.info.Type == TypePerson && afterTitle(tokens, span, i, lx)) {
				shorts = append(shorts, m)
			} else {
				found = append(found, m)
				fullSeen[e.info] = true
			}
			mark(i, i+n)
			i += n
		}
		for _, m := range x.personPatterns(tokens, span, free) {
			if headline && m.info.ID == "" {
				continue
			}
			m.sentence = si
			if m.info.ID == "" {
				// A single name after a title: resolved with the document's surnames below.
				shorts = append(shorts, m)
			} else {
				m.info = doc.get(m.info.ID, m.info.Type, m.info.Name)
				found = append(found, m)
				fullSeen[m.info] = true
			}
			mark(m.start, m.end)
		}
	}
	// Surnames of people named in full anywhere in the document.
	surnames := map[string]*entityInfo{}
	for _, m := range found {
		if m.info.Type != TypePerson {
			continue
		}
		parts := strings.Fields(m.info.Name)
		if len(parts) >= 2 {
			last := matchKey(parts[len(parts)-1])
			if _, taken := surnames[last]; !taken {
				surnames[last] = m.info
			}
		}
		for _, s := range m.info.Shorts {
			surnames[matchKey(s)] = m.info
		}
	}
	for _, m := range shorts {
		switch {
		case m.info.ID != "" && fullSeen[m.info]:
			found = append(found, m)
		case m.info.ID == "" || m.info.Type == TypePerson:
			key := matchKey(surfaceOf(tokens, m.end-1, m.end))
			if p, ok := surnames[key]; ok {
				m.info = p
				found = append(found, m)
			} else if m.info.ID == "" {
				name := surfaceOf(tokens, m.start, m.end)
				m.info = doc.get("person:"+slug(name), TypePerson, name)
				found = append(found, m)
			}
		}
	}
	found = append(found, surnameMentions(tokens, sentences, found, surnames)...)
	found = append(found, acronymAliases(tokens, sentences, found)...)
	for i := range found {
		if found[i].end < len(tokens) && tokens[found[i].end].Lower == "'s" {
			found[i].possessive = true
		}
	}
	sortMentions(found)
	return found
}

// gluedToWord: "Komsomolsk-on-Amur" is not "Amur": a match hyphenated onto a lower-case
// word is part of a longer name.
func gluedToWord(tokens []Token, span [2]int, a, b int) bool {
	return a-2 >= span[0] && tokens[a-1].Text == "-" && !tokens[a-1].SpaceBefore && !tokens[a].SpaceBefore &&
		!tokens[a-2].isCap() && tokens[a-2].isWord()
}

// isHeadline: a Title Case line ("Putin and Kim Sign Defense Pact in Pyongyang").
func isHeadline(tokens []Token, span [2]int) bool {
	if tokens[span[1]-1].Text == "." {
		return false // headlines carry no full stop; bios full of titles do
	}
	words, caps := 0, 0
	for k := span[0]; k < span[1]; k++ {
		if tokens[k].isWord() && !tokens[k].is("of", "and", "the", "a", "an", "in", "on", "to", "for", "with", "at", "by", "or", "over") {
			words++
			if tokens[k].isCap() {
				caps++
			}
		}
	}
	return words >= 4 && caps*10 >= words*8
}

// afterTitle: "Ambassador Hwang", "Mr. Wang" name a person even without the full name.
func afterTitle(tokens []Token, span [2]int, i int, lx *lexicon) bool {
	k := i
	if k > span[0] && tokens[k-1].Text == "." {
		k--
	}
	for j := max(span[0], k-3); j < k; j++ {
		if n := lx.titles.matchAt(tokens, j); n > 0 && j+n == k && tokens[j].isCap() {
			return true
		}
		if n := lx.honorific.matchAt(tokens, j); n > 0 && j+n == k {
			return true
		}
	}
	return false
}

// surnameMentions: once "Anna Petrova" is named, a later capitalised "Petrova" is her.
func surnameMentions(tokens []Token, sentences [][2]int, found []mention, surnames map[string]*entityInfo) []mention {
	if len(surnames) == 0 {
		return nil
	}
	taken := make([]bool, len(tokens))
	for _, m := range found {
		for k := m.start; k < m.end; k++ {
			taken[k] = true
		}
	}
	var out []mention
	for si, span := range sentences {
		for i := span[0]; i < span[1]; i++ {
			t := tokens[i]
			if taken[i] || !t.isCap() || nameStop[t.Text] {
				continue
			}
			if p, ok := surnames[t.Key]; ok && !(i+1 < span[1] && tokens[i+1].isCap() && tokens[i+1].isWord()) {
				out = append(out, mention{info: p, start: i, end: i + 1, sentence: si})
			}
		}
	}
	return out
}

// placeContext decides whether a capital city names the place ("talks in Moscow", "a visit
// to Pyongyang", "cities like Kyiv") rather than its government ("Moscow argued").
func placeContext(tokens []Token, span [2]int, i int, lx *lexicon) bool {
	if i == span[0] {
		return false
	}
	prev := tokens[i-1]
	if prev.is("in", "at", "near", "into", "around", "outside", "inside", "across", "visiting", "visited", "visit") {
		return true
	}
	if prev.is("like") && i >= 2 && tokens[i-2].is("cities", "city", "towns") {
		return true
	}
	if prev.is("to") {
		for k := i - 2; k >= span[0] && k >= i-4; k-- {
			for _, t := range lx.triggerAt(tokens, k) {
				if t.relation == RelVisited {
					return true
				}
			}
		}
	}
	return false
}

func surfaceOf(tokens []Token, a, b int) string {
	if b == a+1 {
		return tokens[a].display() // most names are one token: no copy
	}
	var sb strings.Builder
	for k := a; k < b; k++ {
		if k > a && tokens[k].SpaceBefore {
			sb.WriteByte(' ')
		}
		sb.WriteString(tokens[k].display())
	}
	return sb.String()
}

// headedNames finds capitalised names ending in (or, for "Ministry of ..." forms, starting
// with) a head word that says what they are.
func headedNames(tokens []Token, span [2]int, lx *lexicon) []mention {
	var out []mention
	for h := span[0]; h < span[1]; h++ {
		word := tokens[h].Text
		if !tokens[h].isCap() {
			continue
		}
		var typ, prefix string
		switch {
		case instHeads[word]:
			typ, prefix = TypeInstitution, "inst:"
		case placeHeads[word]:
			typ, prefix = TypePlace, "place:"
		case agreementHeads[word]:
			typ, prefix = TypeAgreement, "agr:"
		default:
			continue
		}
		// Left: contiguous capitalised words (initials and "People's" included).
		start := h
		for k := h - 1; k >= span[0]; k-- {
			t := tokens[k]
			if t.Lower == "'s" && k > span[0] && tokens[k-1].isCap() {
				if endsState(tokens, span, k, lx) {
					break // "South Korea's National Intelligence Service"
				}
				continue
			}
			if !t.isCap() || !t.isWord() || nameStop[t.Text] && k != h-1 || isRoleWord(tokens, k, lx) {
				break
			}
			start = k
		}
		// "Paul H. Nitze School": an initial inside the name.
		for start-2 >= span[0] && tokens[start-1].Text == "." && len(tokens[start-2].Text) == 1 && tokens[start-2].isCap() {
			k := start - 2
			for k-1 >= span[0] && tokens[k-1].isCap() && tokens[k-1].isWord() && !nameStop[tokens[k-1].Text] && !isRoleWord(tokens, k-1, lx) {
				k--
			}
			start = k
		}
		end := h + 1
		for end < span[1] && (instHeads[tokens[end].Text] || agreementHeads[tokens[end].Text] || placeHeads[tokens[end].Text]) {
			end++ // "Korean Armistice Agreement"
		}
		h = end - 1
		word = tokens[h].Text
		if typ == TypeInstitution && instComplementHeads[word] || typ == TypeAgreement {
			end = extendComplement(tokens, span, h+1)
		}
		if start == h && end == h+1 {
			continue // a bare head word ("the Council") names nothing
		}
		if e, n := lx.gaz.match(tokens[:span[1]], start); e != nil && start+n >= end {
			h = start + n - 1
			continue // the gazetteer knows this name ("Warsaw Pact", "Korean People's Army")
		}
		name := surfaceOf(tokens, start, end)
		info := &entityInfo{ID: prefix + slug(name), Type: typ, Name: name}
		// "U.S. Treasury Department" is the gazetteer's "Treasury Department" with its
		// country in front: keep one id for both.
		for k := start + 1; k <= h; k++ {
			if !endsState(tokens, [2]int{start, end}, k, lx) && !(tokens[k-1].Lower == "'s" && endsState(tokens, [2]int{start, end}, k-1, lx)) {
				continue // "Nordic Security Council" is not the UN's
			}
			if e, n := lx.gaz.match(tokens[:end], k); e != nil && k+n == end && e.info.Type == typ {
				info = e.info
				break
			}
		}
		out = append(out, mention{info: info, start: start, end: end})
		h = end - 1
	}
	return out
}

// extendComplement takes "of"/"for" + capitalised words after a head ("University of
// Helsinki"), stopping before a second headed name ("Institute of the Paul H. Nitze School").
func extendComplement(tokens []Token, span [2]int, k int) int {
	if k >= span[1] || !tokens[k].is("of", "for") {
		return k
	}
	j := k + 1
	if j < span[1] && tokens[j].is("the") {
		j++
	}
	end := k
	for ; j < span[1]; j++ {
		t := tokens[j]
		if t.isCap() && t.isWord() || t.is("and") && j+1 < span[1] && tokens[j+1].isCap() || len(t.Text) == 1 && t.Text == "." {
			if instHeads[t.Text] && j > k+1 {
				return k
			}
			if t.isCap() {
				end = j + 1
			}
			continue
		}
		break
	}
	return end
}

// endsState: a gazetteer state ends right before token k.
func endsState(tokens []Token, span [2]int, k int, lx *lexicon) bool {
	for start := max(span[0], k-4); start < k; start++ {
		if e, n := lx.gaz.match(tokens[:k], start); e != nil && start+n == k && e.info.Type == TypeState {
			return true
		}
	}
	return false
}

func isRoleWord(tokens []Token, k int, lx *lexicon) bool {
	return lx.roles.matchAt(tokens, k) > 0 || lx.titles.matchAt(tokens, k) > 0
}

// acronymAliases: "Korean People's Army (KPA)" makes every later "KPA" the same entity.
func acronymAliases(tokens []Token, sentences [][2]int, found []mention) []mention {
	any := false
	for i := 0; i+2 < len(tokens); i++ {
		if tokens[i].Text == "(" && tokens[i+2].Text == ")" && isAllCaps(tokens[i+1].Key) {
			any = true
			break
		}
	}
	if !any {
		return nil
	}
	byEnd := map[int]mention{}
	taken := map[int]bool{}
	for _, m := range found {
		byEnd[m.end] = m
		for k := m.start; k < m.end; k++ {
			taken[k] = true
		}
	}
	alias := map[string]*entityInfo{}
	for i := 0; i+2 < len(tokens); i++ {
		if tokens[i].Text != "(" || tokens[i+2].Text != ")" || !isAllCaps(tokens[i+1].Key) || len(tokens[i+1].Key) < 2 {
			continue
		}
		if m, ok := byEnd[i]; ok && !taken[i+1] {
			alias[tokens[i+1].Key] = m.info
		}
	}
	if len(alias) == 0 {
		return nil
	}
	var out []mention
	for si, span := range sentences {
		for i := span[0]; i < span[1]; i++ {
			if info, ok := alias[tokens[i].Key]; ok && !taken[i] {
				out = append(out, mention{info: info, start: i, end: i + 1, sentence: si})
			}
		}
	}
	return out
}

func sortMentions(ms []mention) {
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].start < ms[j].start })
}
