package extract

import (
	"cmp"
	"slices"
	"strings"
)

// mention is one recognised entity occurrence, in token indices of the whole document.
type mention struct {
	info       *entityInfo
	start, end int // token range [start, end)
	sentence   int
	demonym    bool // "Russian" in "Russian Foreign Minister"
	possessive bool // followed by 's, or a possessive anaphor ("its")
	// signer: a party of a treaty's mutual clause read from the document's latest signing
	// ("Article 4 of the treaty obliges each party to assist the other"; frames.go
	// reciprocalParties): the clause holds from that signing.
	signer bool
	coref  bool // an anaphor resolved to info ("the country", "he"); names no surface
	nested bool // a name inside another's ("Ukraine" in "Ministry of Foreign Affairs of Ukraine"): a surface of its entity, no argument of relations
	label  bool // a transcript's speaker label ("MR MILLER:"): a surface, no argument and no antecedent
	self   bool // a first-person anaphor ("we", "my Government"): no antecedent of a third-person one (coref.go)
	// event marks a doer read from an earlier event ("condemned the vote": the vetoing
	// state) by that event's key in the document's events (its relation type, or anyAct).
	// One byte beside the flags keeps a mention at 48 bytes: every sentence's mentions are
	// copied, sorted and grouped, and 64-byte mentions cost the bench 7% more bytes allocated.
	event eventRef
	// occasion is, for a group anaphor ("the leaders"), 1 + the sentence that named the group
	// together: the occasion its members' joint statements belong to (0: none).
	occasion int
}

// eventRef names the key of an event in a document's events in one byte: 0 is no event,
// 1 anyAct, 2+i the schema's i-th relation type (RelationTypes).
type eventRef uint8

const noEvent eventRef = 0

// eventOf returns the reference to the event kept under key (anyAct or a relation type of the
// schema, which the rule files are checked against when they compile).
func eventOf(key string) eventRef {
	if key == anyAct {
		return 1
	}
	i := slices.Index(RelationTypes(), key)
	if i < 0 {
		panic("extract: event key " + key + " is no relation type of the schema") // rules compile only schema types
	}
	return eventRef(2 + i)
}

// key is the events key e refers to; e must not be noEvent.
func (e eventRef) key() string {
	if e == 1 {
		return anyAct
	}
	return RelationTypes()[e-2]
}

// docMention is an argument that no span of the sentence names: a body the trigger's spec
// fixes, a party carried over from an earlier sentence (a relation's last pair, a list's
// pending source). Its start, end and sentence are -1 so that no rule reads a surface or a
// position from it.
func docMention(info *entityInfo) *mention {
	return &mention{info: info, start: -1, end: -1, sentence: -1}
}

// actingFor is a copy of m that stands for info, at m's place in the sentence: the state a
// person, body or force acts for ("Putin" read as Russia). m itself is left as it is, since
// other relations of the sentence read it as named.
func actingFor(m *mention, info *entityInfo) *mention {
	c := *m
	c.info = info
	return &c
}

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
	// bodies: a state's body by its lower-case phrase ("air force"), once the document has
	// named it with its state; nil when two states' bodies share the phrase.
	bodies map[string]*entityInfo
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
// patterns for names the gazetteer lacks, then document-level resolution of short forms. The
// mentions are appended to found (Extract's array from the document before, emptied). A
// sentence whose recognition fails (g) adds no mention; coreference that fails resolves no
// anaphor.
func (x *Extractor) recognise(g guard, tokens []Token, sentences [][2]int, found []mention, issuers []*entityInfo, issuer *entityInfo) []mention {
	lx := x.lex
	doc := &docEntities{byID: map[string]*entityInfo{}}
	var shorts []mention   // short forms, kept if the full name appears somewhere in the document
	var speakers []mention // speaker labels ("JEON:", "MS. SINGH:"), resolved with the surnames
	var titled []int       // indexes in found of a gazetteer person's short form after a title ("Minister Kim")
	fullSeen := map[*entityInfo]bool{}
	defined, weaponKeys := definedAcronyms(tokens), lx.weaponAcronyms(tokens)
	fl := lx.shapes.tokenFlags(tokens)
	for si, span := range sentences {
		nf, ns, nsp, nt := len(found), len(shorts), len(speakers), len(titled)
		if !g.run(stageEntities, si, func() {
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
				if fl[i+1]&flagGovNoun != 0 && tokens[i].isCap() {
					if e, n := lx.gaz.match(tokens[:i+1], i); e != nil && n == 1 && e.info.Type == TypePerson && e.info.State != "" {
						if st, ok := lx.gaz.entities[e.info.State]; ok {
							found = append(found, mention{info: st, start: i, end: i + 2, sentence: si})
							mark(i, i+2)
						}
					}
				}
			}
			// A state's body by its formal name and its state: "the Ministry of Foreign Affairs of
			// Ukraine" is Ukraine's foreign ministry (bodies.txt, second field).
			for j := span[0]; j < span[1]; j++ {
				f := lx.formalBodies.matchAt(tokens[:span[1]], j)
				if f == 0 || !tokens[j].isCap() || j+f >= span[1] || !tokens[j+f].is("of") {
					continue
				}
				if j > span[0] && capWordAt(tokens, j-1, lx) {
					continue // "the Grand National Assembly of Türkiye": the formal name is inside a longer one
				}
				if serviceOfForces(tokens, span, j, lx) {
					continue // "the Air Force of the Armed Forces of Ukraine": the service's name holds them
				}
				at := j + f + 1
				if at < span[1] && tokens[at].is("the") {
					at++
				}
				if at >= span[1] {
					continue
				}
				e, n := lx.gaz.match(tokens[:span[1]], at)
				if e == nil || e.info.Type != TypeState || !free(j, at+n) {
					continue
				}
				phrase := lx.formalBody[strings.ToLower(surfaceOf(tokens, j, j+f))]
				info := doc.get("inst:"+slug(e.info.Name)+"-"+slug(phrase), TypeInstitution, e.info.Name+"'s "+phrase)
				if info.State == "" {
					info.State = e.info.ID
				}
				found = append(found, mention{info: info, start: j, end: at + n, sentence: si},
					mention{info: e.info, start: at, end: at + n, sentence: si, nested: true})
				mark(j, at+n)
				if prev, seen := doc.bodies[phrase]; seen && prev != info {
					info = nil
				}
				if doc.bodies == nil {
					doc.bodies = map[string]*entityInfo{}
				}
				doc.bodies[phrase] = info
				j = at + n - 1
			}
			// A state's body: "Ukraine's military intelligence", "the Russian defense ministry";
			// then alone, it is the one body of that name the document has named ("Air force
			// spokesman Yuriy Ihnat" after "Ukraine's air force").
			for j := span[0]; j < span[1]; j++ {
				b := lx.bodies.matchAt(tokens[:span[1]], j)
				phrase := ""
				if b == 0 && j > span[0] && tokens[j-1].Lower == "'s" && tokens[j].isCap() {
					// "Taiwan's Ministry of National Defense": a body's formal name after its
					// state's possessive (bodies.txt, third field).
					// Not when the name goes on ("Iran's Ministry of Defense and Armed Forces Logistics").
					if f := lx.formalBodies.matchAt(tokens[:span[1]], j); f > 0 && (j+f >= span[1] || !tokens[j+f].isCap() &&
						!((lx.words.tok(wOfficeLink, &tokens[j+f]) || tokens[j+f].is("&")) && j+f+1 < span[1] && tokens[j+f+1].isCap())) {
						b, phrase = f, lx.formalBody[strings.ToLower(surfaceOf(tokens, j, j+f))]
					}
				}
				if b == 0 || tokens[j].isCap() && j+b < span[1] && lx.shapes.written(listInstHeads, &tokens[j+b]) {
					continue // "Australia's Defence Intelligence Organisation": a longer name goes on
				}
				stateEnd := j
				if j > span[0] && tokens[j-1].Lower == "'s" {
					stateEnd--
				}
				if phrase == "" {
					phrase = strings.ToLower(surfaceOf(tokens, j, j+b))
				}
				owned := false
				for i := max(span[0], stateEnd-4); i < stateEnd; i++ {
					e, n := lx.gaz.match(tokens[:stateEnd], i)
					if e == nil || e.info.Type != TypeState || i+n != stateEnd || !free(i, j+b) {
						continue
					}
					if i > span[0] && tokens[j].isCap() && capWordAt(tokens, i-1, lx) && !lx.gaz.knowsAt(tokens[:span[1]], i-1, i) {
						break // "Royal Australian Navy": the state is inside a body's proper name
					}
					name := e.info.Name + "'s " + surfaceOf(tokens, j, j+b)
					typ, prefix := TypeInstitution, "inst:"
					if lx.bodyTypes[phraseKey(tokens[j:j+b])] == TypeAgreement {
						typ, prefix = TypeAgreement, "agr:" // "Finland's accession protocol"
					}
					id := prefix + slug(e.info.Name) + "-" + slug(phrase) // one id for "Taiwan's defense ministry" and "Taiwan's Ministry of National Defense"
					info := doc.get(id, typ, name)
					if typ == TypeInstitution && info.State == "" {
						info.State = e.info.ID // the body acts for its state (relations.tsv flag body-acts)
					}
					if !e.demonym {
						// The state is named too, as in "the Ministry of Foreign Affairs of Ukraine":
						// "South Korea's intelligence service" names South Korea (a demonym, "the
						// Chinese foreign ministry", only describes the body).
						found = append(found, mention{info: e.info, start: i, end: i + n, sentence: si, nested: true})
					}
					found = append(found, mention{info: info, start: i, end: j + b, sentence: si},
						// "Chinese Foreign Ministry", "Japan's Ministry of Defense": the body's own
						// words are a name of it too, the one a later bare mention uses.
						mention{info: info, start: j, end: j + b, sentence: si, nested: true})
					mark(i, j+b)
					if prev, seen := doc.bodies[phrase]; seen && prev != info {
						info = nil // two states' bodies of one name: a bare one is neither
					}
					if doc.bodies == nil {
						doc.bodies = map[string]*entityInfo{}
					}
					doc.bodies[phrase], owned = info, true
					break
				}
				if info := doc.bodies[phrase]; !owned && info != nil && free(j, j+b) && (j == span[0] || !capWordAt(tokens, j-1, lx) && !isAllCaps(tokens[j-1].Text)) &&
					!gazetteerNames(lx, tokens[:span[1]], j, b) { // "the Security Council" alone is still the UN's
					found = append(found, mention{info: info, start: j, end: j + b, sentence: si})
					mark(j, j+b)
				}
				j += b - 1
			}
			found = append(found, bareFormalBodies(tokens, span, si, lx, doc, free, mark)...)
			// Resolutions by number and weapon models go before the gazetteer, so that
			// "Shahed-136" is not read as the class "Shahed".
			keep := func(ms []mention) {
				for _, m := range ms {
					if !m.nested && !free(m.start, m.end) {
						continue // a nested name lies inside the one kept just before it
					}
					m.sentence = si
					if known, ok := lx.gaz.entities[m.info.ID]; ok && known.Type == m.info.Type {
						m.info = known
					} else {
						m.info = doc.get(m.info.ID, m.info.Type, m.info.Name)
					}
					found = append(found, m)
					mark(m.start, m.end)
				}
			}
			// placeEnd: a place of this sentence ends at token k (for names coordinated with it).
			placeEnd := func(k int) bool {
				for j := len(found) - 1; j >= 0 && found[j].sentence == si; j-- {
					if found[j].end == k && found[j].info.Type == TypePlace {
						return true
					}
				}
				return false
			}
			// listAfterLocative: token i opens a list after a colon that closes a state or
			// place named after a locative ("struck targets in Syria: Aleppo, Raqqa and
			// Homs"): the list names where, a place context like the locative's own; the
			// names after it in the list then follow a place (coordinatedWithPlace). (h44dep)
			listAfterLocative := func(i int) bool {
				if i-2 < span[0] || tokens[i-1].Text != ":" {
					return false
				}
				for j := len(found) - 1; j >= 0 && found[j].sentence == si; j-- {
					if m := found[j]; m.end == i-1 && (m.info.Type == TypePlace || m.info.Type == TypeState) {
						return lx.shapes.locativeBefore(tokens, span, m.start, true)
					}
				}
				return false
			}
			// Institutions, places and agreements built around a head word ("Stockholm Korea
			// Center") go before the gazetteer so that "Chinese Embassy" is not read as "Chinese";
			// an agreement that is a title line of its own ("Bratislava Declaration on Security in
			// Central Europe") goes before everything, so that no place inside it is read apart.
			headline := isHeadline(tokens, span, lx.words) && !roleEntryLine(tokens, span, lx)
			heads := headedNames(tokens, span, lx)
			keepHead := func(m mention) {
				m.sentence = si
				m.info = doc.get(m.info.ID, m.info.Type, m.info.Name)
				found = append(found, m)
				mark(m.start, m.end)
			}
			for _, m := range heads {
				if titleAgreement(tokens, span, m, lx) && free(m.start, m.end) {
					keepHead(m)
				}
			}
			keep(lx.datelinePlace(tokens, span))
			keep(lx.questionOutlets(tokens, span))
			keep(lx.resolutions(tokens, span, fl))
			keep(lx.documentSymbols(tokens, span))
			keep(lx.legalActs(tokens, span))
			keep(lx.askedBySeat(tokens, span))
			keep(lx.prefixedInstitutions(tokens, span))
			keep(lx.directionalPlaces(tokens, span, fl))
			keep(lx.calibreWeapons(tokens, span))
			keep(lx.weaponModels(tokens, span, fl))
			for _, m := range heads {
				if headline && !(si < headingLines && letterhead(tokens, span, m)) {
					continue // in Title Case every word looks like a name (a title agreement was kept above)
				}
				if free(m.start, m.end) {
					keepHead(m)
				}
			}
			if !headline {
				keep(x.initialledNames(tokens, span, free))
			}
			for i := span[0]; i < span[1]; {
				if !free(i, i+1) {
					i++
					continue
				}
				e, n := lx.matchName(tokens[:span[1]], i)
				if e == nil || !free(i, i+n) || gluedToWord(tokens, span, i, i+n) ||
					e.needsContext && (i > span[0] && tokens[i-1].isCap() && tokens[i-1].isWord() || // "Camp David" is not "David"
						// "the visit of Nancy Pelosi" is not Nancy in France: a capitalised word
						// after the name that is no place noun and no known name continues
						// another name.
						i+n < span[1] && capWordAt(tokens, i+n, lx) && !lx.shapes.placeNouns[tokens[i+n].Lower] &&
							!lx.gaz.knowsAt(tokens[:span[1]], i+n, i+n+1) ||
						!lx.shapes.locativeBefore(tokens, span, i, true) && !coordinatedWithPlace(lx.words, tokens, span, i, placeEnd) &&
							!lx.placeAppositionAt(tokens, span, i+n) && !attackAfterPlace(tokens, span, i+n, lx) && !listAfterLocative(i)) {
					i++
					continue
				}
				if e.info.Type == TypePlace && !e.capital && !e.demonym && lx.placeInName(tokens, span, i, i+n) {
					i += n
					continue
				}
				if e.info.Type == TypeWeapon && lx.shapes.vesselNouns[tokens[i+n-1].Lower] && !tokens[i+n-1].isCap() && shipAt(found, si, i+n) {
					i += n // "the aircraft carrier Liaoning": the class noun introduces the ship, the ship is what is named
					continue
				}
				if e.info.Type == TypeWeapon && n == 1 && lx.shapes.capitalCues[tokens[i].Lower] && i > span[0] && tokens[i-1].isCap() &&
					i+1 < span[1] && tokens[i+1].isCap() {
					i++ // "Russia shells Kharkiv": an attack verb (shapes.tsv capital-cue) between two names, no weapon
					continue
				}
				if e.info.Type == TypeWeapon && !e.caseSensitive && n == 1 && i > span[0] && tokens[i-1].is("the") {
					if prev := earlierWeaponHead(tokens, found, i); prev != nil && prev != e.info {
						// "one long-range ballistic missile ... The missile flew 1,000 km": a
						// definite bare class noun whose head an earlier, longer weapon name
						// shares points back to it; it names nothing new.
						found = append(found, mention{info: prev, start: i, end: i + n, sentence: si, coref: true})
						mark(i, i+n)
						i += n
						continue
					}
				}
				if e.info.Type == TypePlace && !e.capital && n == 1 && i+n < span[1] && lx.shapes.regionGroups[tokens[i+n].Text] {
					// "the Baltic states", "Nordic and Baltic countries": a region's name that
					// classifies a group of states is no mention of the place (shapes.tsv
					// region-group, as written in lower case).
					i += n
					continue
				}
				if e.info.Type == TypeWeapon && !e.caseSensitive && n == 1 && i+n < span[1] && !tokens[i+n].isCap() && lx.shapes.notWeaponHeads[tokens[i+n].Lower] {
					// "satellite images", "missile technology": a one-word weapon class that only
					// modifies a noun that is no weapon names no weapon (shapes.tsv
					// not-weapon-head). A longer class keeps its mention ("ballistic missile
					// technology", "its spy satellite programme"): writers count those.
					i += n
					continue
				}
				if e.info.Type == TypeWeapon && !e.caseSensitive && lx.namedVesselClass(tokens, span, i, i+n) {
					// "the destroyers USS Gravely and USS Mason", "HMS Diamond, a Type 45 destroyer,":
					// the class of a vessel named beside it describes that vessel, no weapon of
					// its own.
					i += n
					continue
				}
				if e.info.Type == TypeWeapon && !e.caseSensitive && n == 1 && lx.sharesNotWeaponHead(tokens, span, i+1) {
					// "satellite and missile programmes", "drone or missile technology": a one-word
					// class coordinated with another before a not-weapon-head modifies that noun too.
					i += n
					continue
				}
				if e.info.Type == TypeWeapon && !e.caseSensitive && n == 1 && lx.civilBefore(tokens, span, i) {
					i += n // "commercial aircraft", "civilian vessels": civil hardware is no weapon (shapes.tsv civil-modifier)
					continue
				}
				if n == 1 && i > span[0] && i+1 < span[1] && capWordAt(tokens, i-1, lx) && capWordAt(tokens, i+1, lx) &&
					(e.capital || e.info.Type == TypeState && !e.demonym && afterTitle(tokens, span, i, lx)) &&
					!lx.gaz.knowsAt(tokens[:span[1]], i+1, i+2) && (i+2 >= span[1] || !tokens[i+2].isCap()) {
					// "Minister of National Defense Wellington Koo", "Defense Minister Israel Katz":
					// a capital's name inside a run of capitalised words (a state's right after a
					// title), closing it with one more word, is a given name.
					i++
					continue
				}
				if n == 1 && (!headline || tokens[span[0]].is("by")) && personNameTail(tokens, span, i, e, lx, free) {
					// "Foreign Minister Thérèse Kayikwamba Wagner", "deputy commander, Abdelrahim
					// Hamdan Dagalo", "Louisa Brooke-Holland", "Dr. Ellison-Hwang": a known word
					// (an organisation's alias, a family's surname, a state's) that closes a
					// personal name the gazetteer does not know is the name's last word, left to
					// the person patterns.
					i++
					continue
				}
				if e.info.Type == TypePerson && n == 2 && i+2 < span[1] && capWordAt(tokens, i+2, lx) && len(tokens[i+2].Text) <= 5 &&
					!lx.shapes.written(listNotName, &tokens[i+2]) && !lx.gaz.knowsAt(tokens[:span[1]], i+2, i+3) &&
					(i+3 >= span[1] || !tokens[i+3].isCap()) {
					// "Kim Song Il", "Kim Song Gyong" are not "Kim Song": a third syllable (up to
					// five letters, as Korean ones are romanised) makes another person's name,
					// left to the person patterns.
					i++
					continue
				}
				if e.info.Type == TypePerson && i+n < span[1] && tokens[i+n].Text != "," {
					// "Joseph R. Biden Jr.": a generational suffix belongs to the mention.
					if k := suffixEnd(tokens, span[1], i+n, lx); k > i+n && free(i+n, k) {
						n = k - i
					}
				}
				if e.info.Type == TypeWeapon && e.caseSensitive {
					// "Leopard 2A8": a variant's code glued to the model belongs to its mention.
					for i+n < span[1] && !tokens[i+n].SpaceBefore && tokens[i+n].isWord() && len(tokens[i+n].Text) <= 3 &&
						(isAllCaps(tokens[i+n].Text) || isDigits(tokens[i+n].Text)) && free(i+n, i+n+1) {
						n++
					}
					// "Tomahawk cruise missiles": the class noun belongs to the model's mention.
					if k := lx.classNounAfter(tokens, span[1], i+n); k > 0 && free(i+n, i+n+k) {
						n += k
					}
				}
				if e.info.Type == TypeInstitution && i+n+1 < span[1] && lx.shapes.written(listTopicHeads, &tokens[i+n-1]) && tokens[i+n].is("on") {
					// "the UN Panel of Experts on the DPRK": the state or place a body deals with
					// belongs to its name.
					j := i + n + 1
					if j+1 < span[1] && tokens[j].is("the") {
						j++
					}
					if t, k := lx.gaz.match(tokens[:span[1]], j); t != nil && (t.info.Type == TypeState || t.info.Type == TypePlace) && !t.demonym && free(j, j+k) {
						n = j + k - i
					}
				}
				if e.info.Type == TypeWeapon && e.caseSensitive && n == 1 && !isAllCaps(tokens[i].Text) && i+1 < span[1] && capWordAt(tokens, i+1, lx) &&
					!lx.gaz.knowsAt(tokens[:span[1]], i+1, i+2) && lx.shapes.designatorEnd(tokens, span[1], i+1) == i+1 &&
					(i+2 >= span[1] || !tokens[i+2].isCap()) {
					// "Typhoon Gaemi", "Patriot Act": a one-word model name before one more
					// capitalised name word opens another name ("Harpoon Coastal Defense Systems",
					// a longer run, is the model's system).
					i++
					continue
				}
				if e.short && i+n < span[1] && lx.shapes.isNameWord(&tokens[i+n]) && !(e.info.Type == TypeInstitution && i > span[0] && tokens[i-1].is("the")) {
					// "Kim Yong Chol", "Choe Ryong Hae": a short form followed by more name words is
					// the start of another person's name, left to the person patterns. A body's
					// short form after "the" is no name's start ("Deputy Secretary of the Treasury
					// Wally Adeyemo": the Treasury, then the person).
					i++
					continue
				}
				if e.short && e.info.Type == TypePerson && i > span[0] && lx.shapes.isNameWord(&tokens[i-1]) && i+n+1 < span[1] &&
					tokens[i+n].Text == "-" && !tokens[i+n].SpaceBefore && !tokens[i+n+1].SpaceBefore && tokens[i+n+1].isWord() && !tokens[i+n+1].isCap() {
					// "Kim Kang-il" after Kang Sun Nam was named: a short form glued to a hyphen and a
					// lower-case syllable, after a name word, is a syllable of another person's given
					// name, left to the person patterns.
					i++
					continue
				}
				m := mention{info: e.info, start: i, end: i + n, sentence: si, demonym: e.demonym}
				if e.info.Type == TypeWeapon && !e.caseSensitive {
					// "long-range rockets", "land-based missile systems": a hyphenated range or
					// basing modifier makes a class of its own, apart from the bare class.
					if a := lx.classModifierStart(tokens, span, i); a < i && free(a, i) {
						id := "weapon:" + slug(surfaceOf(tokens, a, i)) + "-" + strings.TrimPrefix(e.info.ID, "weapon:")
						if i+n < span[1] && lx.shapes.classTails[tokens[i+n].Lower] && free(i+n, i+n+1) {
							// "land-based missile systems": the system is the class named.
							id += "-" + strings.TrimSuffix(tokens[i+n].Lower, "s")
							n++
						}
						m.info, m.start, m.end = doc.get(id, TypeWeapon, surfaceOf(tokens, a, i+n)), a, i+n
					}
				}
				if c := lx.capitals[e.info.ID]; e.demonym && c != "" && i > span[0] && tokens[i-1].is("the") && i+n < span[1] &&
					lx.shapes.capitalNouns[tokens[i+n].Lower] && free(i+n, i+n+1) {
					// "arrived in the Turkish capital": the state's capital city, a place; the
					// demonym still names the state.
					found = append(found, mention{info: doc.get("place:"+slug(c), TypePlace, c), start: i, end: i + n + 1, sentence: si},
						mention{info: e.info, start: i, end: i + n, sentence: si, demonym: true, nested: true})
					mark(i, i+n+1)
					i += n + 1
					continue
				}
				if (e.info.Type == TypePlace || e.capital) && !e.demonym && i+n < span[1] && !tokens[i+n].isCap() && tokens[i+n-1].isCap() &&
					(i == span[0] || !tokens[i-1].is("a", "an")) { // "a Danube river port" describes, names nothing
					// "the Kursk nuclear power plant", "Sanaa airfield": a known place or capital
					// before a lower-case site noun (shapes.tsv site-noun) names the site, a place
					// of its own, as "Nevatim air base" does for a name the gazetteers lack.
					if k := lx.shapes.siteNouns.matchAtEnd(tokens[:span[1]], i+n); k > 0 && free(i+n, i+n+k) {
						name := surfaceOf(tokens, i, i+n+k)
						found = append(found, mention{info: doc.get("place:"+slug(name), TypePlace, name), start: i, end: i + n + k, sentence: si})
						mark(i, i+n+k)
						i += n + k
						continue
					}
				}
				if e.info.Type == TypePlace && !e.capital && n == 1 && i+1 < span[1] && lx.shapes.regionNouns[tokens[i+1].Text] && free(i+1, i+2) && i > span[0] &&
					theBefore(tokens, span, i) {
					// "the Odesa region", "Russia's Belgorod oblast": a known city's name before a
					// lower-case region noun (shapes.tsv region-noun) names the region around it, a
					// place of its own; "Kursk region", where the gazetteer has it, matched above.
					name := surfaceOf(tokens, i, i+2)
					found = append(found, mention{info: doc.get("place:"+slug(name), TypePlace, name), start: i, end: i + 2, sentence: si})
					mark(i, i+2)
					i += 2
					continue
				}
				if e.capital && placeContext(tokens, span, i, lx) {
					city := i + n
					if n > 2 && tokens[i+1].Text == "," {
						city = i + 1 // "Washington, D.C.": the city with its district after a comma is the city
					}
					m.info = doc.get("place:"+slug(surfaceOf(tokens, i, city)), TypePlace, surfaceOf(tokens, i, city))
				}
				if e.short && !(e.info.Type == TypePerson && afterTitle(tokens, span, i, lx)) {
					shorts = append(shorts, m)
				} else {
					if e.short {
						titled = append(titled, len(found))
					}
					found = append(found, m)
					fullSeen[e.info] = true
				}
				mark(m.start, i+n)
				i += n
			}
			for _, m := range x.personPatterns(tokens, span, free) {
				if headline && m.info.ID == "" {
					continue
				}
				m.sentence = si
				if m.label {
					// A speaker label: the person the document named in full, resolved below.
					speakers = append(speakers, m)
				} else if m.info.ID == "" {
					// A single name after a title: resolved with the document's surnames below.
					shorts = append(shorts, m)
				} else {
					m.info = doc.get(m.info.ID, m.info.Type, m.info.Name)
					found = append(found, m)
					fullSeen[m.info] = true
				}
				mark(m.start, m.end)
			}
			if !headline {
				// Names known only from their context come last: every other reading wins.
				keep(lx.unknownPlaces(tokens, span, free, placeEnd))
				keep(lx.acronyms(tokens, span, free, defined, weaponKeys))
			}
		}) {
			found, shorts, speakers, titled = found[:nf], shorts[:ns], speakers[:nsp], titled[:nt]
		}
	}
	// Surnames of people named in full anywhere in the document.
	surnames := map[string]*entityInfo{}
	for _, m := range found {
		if m.info.Type != TypePerson {
			continue
		}
		parts := strings.Fields(m.info.Name)
		for len(parts) > 2 && lx.shapes.suffixes[strings.TrimRight(parts[len(parts)-1], ".,")] {
			parts = parts[:len(parts)-1] // "Romeo S. Brawner Jr." is Brawner
		}
		if len(parts) >= 2 {
			last := matchKey(parts[len(parts)-1])
			if _, taken := surnames[last]; !taken {
				surnames[last] = m.info
			}
			// "Lai Ching-te", "Tsai Ing-wen": a hyphenated given name with a lower-case
			// second syllable follows the family name, which is the short form.
			if g := parts[len(parts)-1]; len(parts) == 2 && hyphenatedGivenName(g) {
				if first := matchKey(parts[0]); surnames[first] == nil {
					surnames[first] = m.info
				}
			}
		}
		if len(parts) == 2 && len(parts[0]) > 1 && isAllCaps(parts[0]) && !isAllCaps(parts[1]) {
			// "KIHARA Minoru": the family name in capitals comes first; "Kihara" is the short form.
			family := parts[0][:1] + strings.ToLower(parts[0][1:])
			for _, k := range []string{matchKey(parts[0]), matchKey(family)} {
				if _, taken := surnames[k]; !taken {
					surnames[k] = m.info
				}
			}
		}
		for _, s := range m.info.Shorts {
			surnames[matchKey(s)] = m.info
		}
	}
	for _, m := range speakers {
		// A label naming the surname of a person named in full ("Spokesperson Jeon Ha-kyu" ...
		// "JEON:") is that person, written in capitals; any other is a person of its own.
		if p := surnames[matchKey(labelSurname(m.info.Name))]; p != nil {
			m.info = p
		} else {
			m.info = doc.get(m.info.ID, m.info.Type, m.info.Name)
			fullSeen[m.info] = true
		}
		found = append(found, m)
	}
	for _, k := range titled {
		if p := titledNamesake(tokens, sentences, found, k, lx); p != nil {
			found[k].info = p
		}
	}
	for _, m := range shorts {
		if m.info.Type == TypeInstitution && len(issuers) > 0 {
			// "The Council today adopted ..." in a release whose source line is the Council of
			// the European Union: a body's short form in its own text is the issuing body.
			if e := issuerAt(tokens, m, issuers, lx); e != nil {
				m.info = e
				found = append(found, m)
				continue
			}
		}
		if m.info.ID != "" && m.info.Type != TypePerson && !fullSeen[m.info] {
			// Another entity of the same short form whose full name the document used: "the
			// Council" after "Council of the European Union" is that Council, not the UN's.
			for _, e := range lx.gaz.entriesAt(tokens, m.start, m.end-m.start) {
				if e.short && fullSeen[e.info] {
					m.info = e.info
					break
				}
			}
		}
		if m.info.ID != "" && m.info.Type == TypeInstitution {
			// A short form stands for the first body the document named with it: "The Council"
			// of a communiqué whose opening names its Council of Ministers is that Council, even
			// after it calls upon the Security Council; "The Council" of a Gulf communiqué that
			// never names the Council of the EU is "the Ministerial Council". With no such body
			// before it, a short form that several bodies share and whose full name the document
			// never used names none of them; one of a single body ("the Treasury") stays that body.
			if first := firstNamedWith(tokens, found, m, lx); first != nil {
				m.info = first
			} else if !fullSeen[m.info] && len(shortOwners(tokens, m, lx)) > 1 {
				continue
			}
		}
		switch {
		case m.info.ID != "" && fullSeen[m.info]:
			found = append(found, m)
		case m.info.ID != "" && m.info.Type == TypeInstitution:
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
	found = append(found, surnameMentions(tokens, sentences, found, surnames, &lx.shapes)...)
	found = append(found, acronymAliases(tokens, sentences, found)...)
	seatedBodies(tokens, found, doc, lx.words)
	for i := range found {
		if e := found[i].end; e < len(tokens) && (tokens[e].Lower == "'s" || tokens[e].Lower == "\u2019s" ||
			// "the Philippines' freedom": a plural's bare apostrophe, glued to the name and
			// followed by a lower-case noun.
			(tokens[e].Text == "'" || tokens[e].Text == "\u2019") && !tokens[e].SpaceBefore && strings.HasSuffix(tokens[e-1].Lower, "s") &&
				e+1 < len(tokens) && tokens[e+1].isWord() && !tokens[e+1].isCap()) {
			found[i].possessive = true
		}
	}
	sortMentions(found)
	if !slices.ContainsFunc(found, func(m mention) bool { return m.label }) {
		out := found
		g.run(stageCoref, -1, func() { out = x.resolveAnaphors(tokens, sentences, found, fl, issuer, g.titleTokens()) })
		return out
	}
	// Speaker labels name their speakers but are no antecedents: "they" after "MR MILLER: ...
	// with Minister Gallant" is not Miller. They rejoin the mentions after coreference.
	var labels, rest []mention
	for _, m := range found {
		if m.label {
			labels = append(labels, m)
		} else {
			rest = append(rest, m)
		}
	}
	out := rest
	g.run(stageCoref, -1, func() { out = x.resolveAnaphors(tokens, sentences, rest, fl, issuer, g.titleTokens(), labels...) })
	out = append(out, labels...)
	sortMentions(out)
	return out
}

// gluedToWord: "Komsomolsk-on-Amur" is not "Amur": a match hyphenated onto a lower-case
// word is part of a longer name.
func gluedToWord(tokens []Token, span [2]int, a, b int) bool {
	return a-2 >= span[0] && tokens[a-1].Text == "-" && !tokens[a-1].SpaceBefore && !tokens[a].SpaceBefore &&
		!tokens[a-2].isCap() && tokens[a-2].isWord()
}

// isHeadline: a Title Case line ("Putin and Kim Sign Defense Pact in Pyongyang").
// letterhead: a name built around a head word that makes up its own line of a Title Case
// heading (one of the document's first headingLines sentences), alone or before a comma ("Ministry of National Defense, R.O.C. (Taiwan)" above
// "News Release"): the body that issues the text, a name even in Title Case.
func letterhead(tokens []Token, span [2]int, m mention) bool {
	if m.start > span[0] && tokens[m.start].Newlines == 0 {
		return false
	}
	return m.end == span[1] || tokens[m.end].Newlines > 0 || tokens[m.end].Text == ","
}

// roleEntryLine: the Title Case line is an author's or a witness's entry, not a headline: a
// name (perhaps after "By" and an honorific), a comma, a role of titles.txt within its first
// three words, and another comma before the body ("By Leila Haddad, Senior Fellow, Gulf
// Strategy Forum", "Dr. Karim Haddad, Senior Research Fellow, Levant Policy Centre"): the
// body after the role is a name as in running text.
func roleEntryLine(tokens []Token, span [2]int, lx *lexicon) bool {
	i := span[0]
	if i < span[1] && tokens[i].is("by") {
		i++
	}
	if n := lx.honorific.matchAt(tokens[:span[1]], i); n > 0 {
		i += n
		if i < span[1] && tokens[i].Text == "." {
			i++
		}
	}
	j, words := i, 0
	for j < span[1] && tokens[j].isCap() && tokens[j].isWord() {
		j++
		words++
		// r41bsanc: a hyphen joins the parts of one given name ("By Seo Min-ji, Senior
		// Fellow, ..."): the name goes on past it, one word.
		for j+1 < span[1] && tokens[j].Text == "-" && !tokens[j].SpaceBefore && !tokens[j+1].SpaceBefore && tokens[j+1].isWord() {
			j += 2
		}
	}
	if words < 2 || words > 4 || j >= span[1] || tokens[j].Text != "," {
		return false
	}
	for k := j + 1; k < span[1] && k <= j+3; k++ {
		if n := lx.roles.matchAt(tokens[:span[1]], k); n > 0 {
			return k+n < span[1] && tokens[k+n].Text == ","
		}
	}
	return false
}

// isHeadline: the line is a Title Case headline, four or more words of which eight in ten are
// capitalised, not counting the words.tsv headline-minor words ("of", "and", "the").
func isHeadline(tokens []Token, span [2]int, w *words) bool {
	if tokens[span[1]-1].Text == "." {
		return false // headlines carry no full stop; bios full of titles do
	}
	words, caps := 0, 0
	for k := span[0]; k < span[1]; k++ {
		if tokens[k].isWord() && !w.tok(wHeadlineMinor, &tokens[k]) {
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

// titledNamesake: a gazetteer short form after a title ("Minister Kim") names another person
// of that surname whom the document introduced in full under the same title ("Minister of
// National Defense Kim Yong-hyun"), not the famous bearer of the short form (Kim Jong Un).
func titledNamesake(tokens []Token, sentences [][2]int, found []mention, k int, lx *lexicon) *entityInfo {
	m := found[k]
	span := sentences[m.sentence]
	head := titleHead(tokens, span, m.start, lx)
	if head == "" {
		return nil
	}
	key := matchKey(surfaceOf(tokens, m.start, m.end))
	var pick *entityInfo
	for _, f := range found {
		if f.info == m.info || f.info.Type != TypePerson || f.coref || f.end-f.start < 2 || f.start >= m.start {
			continue
		}
		parts := strings.Fields(f.info.Name)
		if len(parts) < 2 || (matchKey(parts[0]) != key && matchKey(parts[len(parts)-1]) != key) {
			continue
		}
		// The title's head word shortly before the full name, in its sentence.
		fs := sentences[f.sentence]
		for j := max(fs[0], f.start-6); j < f.start; j++ {
			if tokens[j].Lower == head {
				pick = f.info
				break
			}
		}
	}
	return pick
}

// titleHead is the last word of the title right before tokens[i] ("minister" in "Defence
// Minister Kim"), or "" when none.
func titleHead(tokens []Token, span [2]int, i int, lx *lexicon) string {
	k := i
	if k > span[0] && tokens[k-1].Text == "." {
		k--
	}
	for j := max(span[0], k-3); j < k; j++ {
		if n := lx.titles.matchAt(tokens, j); n > 0 && j+n == k && tokens[j].isCap() {
			return tokens[k-1].Lower
		}
	}
	return ""
}

// hyphenatedGivenName: "Ching-te", "Ing-wen" (but not "Thomas-Greenfield").
func hyphenatedGivenName(w string) bool {
	i := strings.IndexByte(w, '-')
	return i > 0 && i+1 < len(w) && w[i+1] >= 'a' && w[i+1] <= 'z'
}

// surnameMentions: once "Anna Petrova" is named, a later capitalised "Petrova" is her.
func surnameMentions(tokens []Token, sentences [][2]int, found []mention, surnames map[string]*entityInfo, nl *nameLexicon) []mention {
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
			t := &tokens[i]
			if taken[i] || !t.isCap() || nl.written(listStop, t) { // written: no look-up for most words
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
// to Pyongyang", "left Minsk", "the Pyongyang area", "to Bamako and Ouagadougou") rather than
// its government ("Moscow argued"). The words are classes of names.tsv.
func placeContext(tokens []Token, span [2]int, i int, lx *lexicon) bool {
	if placeLine(tokens, i, lx) {
		return true
	}
	nl := &lx.shapes
	e, n := lx.gaz.match(tokens[:span[1]], i)
	if e != nil && i+n < span[1] && nl.journeyNouns[tokens[i+n].Lower] {
		return true // "the Pyongyang visit", "his Beijing trip": the journey's destination (stop 21)
	}
	if i == span[0] {
		return false
	}
	if e != nil && i+n < span[1] && nl.placeNouns[tokens[i+n].Lower] {
		return true // "the Pyongyang area"
	}
	if e != nil && tokens[i-1].Text == "," && signaturePlace(tokens, i+n, lx) {
		return true // "Remarks by the Secretary, London, September 10, 2024.", "NATO Headquarters, Brussels"
	}
	prev := tokens[i-1]
	if prev.is("at") && i-2 >= span[0] && nl.stanceAt[tokens[i-2].Lower] {
		return false // "lashed out at Pyongyang", "outrage at Moscow's strikes": the government
	}
	if prev.is("in") && i-2 >= span[0] && nl.peopleIn[tokens[i-2].Lower] {
		return false // "officials in Seoul said", "some in Moscow": the government's people
	}
	if prev.is("both") && i-2 >= span[0] && nl.capitalCues[tokens[i-2].Lower] {
		return true // "channels in both Beijing and Canberra"
	}
	if nl.capitalCues[prev.Lower] || nl.placeOfBefore(tokens, span, i) || nl.locativeBefore(tokens, span, i, false) {
		return true // "in Moscow", "the eastern state of Sucre", "from the vicinity of Pyongyang"
	}
	// "the Tajik capital, Dushanbe,", "striking the capital Kyiv": a capital in apposition to
	// the capital noun, with or without a comma.
	if prev.Text == "," && i-2 >= span[0] && nl.capitalNouns[tokens[i-2].Lower] || nl.capitalNouns[prev.Lower] {
		return true
	}
	if prev.is("the") && i-2 >= span[0] && nl.capitalCues[tokens[i-2].Lower] &&
		!(tokens[i-2].is("at") && i-3 >= span[0] && nl.stanceAt[tokens[i-3].Lower]) {
		return true // a seat of government that is a building: "at the White House", "in the Kremlin"
	}
	if i+2 < span[1] && tokens[i+1].Text == "-" && !tokens[i+1].SpaceBefore && tokens[i+2].is("based") {
		return true // "a Washington-based research group"
	}
	if prev.is("like") && i >= 2 && nl.likeNouns[tokens[i-2].Lower] {
		return true // "cities like Kharkiv"
	}
	if lx.words.tok(wInclusion, &prev) && i-3 >= span[0] && tokens[i-2].Text == "," && nl.likeNouns[tokens[i-3].Lower] {
		return true // "Ukrainian cities, including Kyiv": the cities' members are cities
	}
	// "a visit to Pyongyang", "the visit of Speaker Nancy Pelosi to Taipei", "travelled to
	// Odesa by train from Kyiv", "left Pyongyang for Hanoi": a journey's end or start, within
	// its clause.
	if prev.is("to", "from", "for") {
		for k := i - 2; k >= span[0] && k >= i-12; k-- {
			if tokens[k].is(",", ";", ":", "and", "\"", "“", "”") {
				break
			}
			if prev.is("for") {
				if nl.departWords[tokens[k].Lower] {
					return true
				}
				continue
			}
			if nl.travelWords[tokens[k].Lower] {
				return true
			}
			if !prev.is("to") || k < i-4 {
				continue // a visit trigger's wider forms ("was in") only right before "to"
			}
			for _, t := range lx.triggerAt(tokens, k) {
				if t.relation == RelVisited {
					return true
				}
			}
		}
	}
	// "the assault on Kyiv", "strikes on Kharkiv": the target of an attack is the place.
	if lx.words.tok(wAttackPrep, &prev) && i-2 >= span[0] && nl.attackWords[tokens[i-2].Lower] {
		return true
	}
	// "the attack by the Russian Federation on Kyiv": the attacker's "by"/"from" phrase may
	// stand between the attack and its target.
	if lx.words.tok(wAttackPrep, &prev) {
		for k := i - 3; k > span[0] && k >= i-8; k-- {
			if tokens[k].is(",", ";", "and", "on", "against") {
				break
			}
			if tokens[k].is("by", "from") && nl.attackWords[tokens[k-1].Lower] {
				return true
			}
		}
	}
	// "to Bamako and Ouagadougou", "visited Bamako, Ouagadougou, and Niamey": a later item of
	// a list of places takes the reading of the item before it.
	if j := prevListPlace(tokens, span, i, lx); j >= 0 {
		return placeContext(tokens, span, j, lx)
	}
	return false
}

// prevListPlace is the start of the capital or place named right before the list item at i
// ("Bamako, Ouagadougou", "Ouagadougou, and Niamey", "Bamako and Ouagadougou"), or -1. A bare
// comma joins a list only when another list mark follows the item: "in Moscow, Beijing said"
// is no list.
func prevListPlace(tokens []Token, span [2]int, i int, lx *lexicon) int {
	k := i - 1
	conj := k >= span[0] && lx.words.tok(wConjunction, &tokens[k])
	if conj {
		k--
	}
	comma := k >= span[0] && tokens[k].Text == ","
	if comma {
		k--
	}
	if !conj && !comma || k < span[0] {
		return -1
	}
	if !conj {
		_, n := lx.gaz.match(tokens[:span[1]], i)
		if n == 0 {
			n = unknownNameEnd(tokens, span, i, lx) - i
		}
		if n == 0 || i+n >= span[1] || !tokens[i+n].is(",", "and", "or") {
			return -1
		}
	}
	for j := k; j >= span[0] && j >= k-3; j-- {
		if !tokens[j].isCap() {
			break
		}
		if e, n := lx.gaz.match(tokens[:k+1], j); e != nil && j+n == k+1 && (e.capital || e.info.Type == TypePlace) {
			return j
		}
	}
	// "in Subic Bay, Clark, Manila and Batangas": the item before is a name the gazetteer
	// lacks; the list's reading goes back through it to the item or the cue before.
	j := k
	for j >= span[0] && j > k-3 && lx.shapes.isNameWord(&tokens[j]) && !isAllCaps(tokens[j].Text) {
		j--
	}
	if j++; j <= k && j > span[0] && unknownNameEnd(tokens, span, j, lx) == k+1 {
		return j
	}
	return -1
}

// unknownNameEnd is the end of a run of up to three capitalised name words at i that the
// gazetteer knows no part of, or i.
func unknownNameEnd(tokens []Token, span [2]int, i int, lx *lexicon) int {
	j := i
	for j < span[1] && j-i < 3 && lx.shapes.isNameWord(&tokens[j]) && !isAllCaps(tokens[j].Text) {
		if e, _ := lx.gaz.match(tokens[:span[1]], j); e != nil {
			return i
		}
		j++
	}
	return j
}

// bodyWithoutState returns the part [a, b) of an institution's name at [start, end) that
// names the body without its state: after a state's name or abbreviation, possessive or not
// ("U.S. Department of State", "DPRK Ministry of Munitions Industry", "Kenya's Ministry of
// Water"), or before "of" + the state ("Taiwan Affairs Office of the PRC"). Writers use that
// rest alone for the same body, so it is one of the entity's names. A demonym makes an
// adjective, not a prefix ("Ukrainian Grain Bureau"), except before a formal name with "of"
// ("the Russian Ministry of Defence" is the Ministry of Defence), and a rest of one word is no name
// of its own ("U.S. Navy"); b == a when there is no such part.
func bodyWithoutState(tokens []Token, start, end int, lx *lexicon) (int, int) {
	isState := func(e *gazEntry) bool { return e != nil && e.info.Type == TypeState && !e.demonym && !e.capital }
	// The state after "of" first: a state before it is then part of the name ("Taiwan
	// Affairs Office of the PRC" is the Taiwan Affairs Office).
	// The first "of" that a state's whole name follows: a state's name may hold "of" itself
	// ("the Ministry of National Defence of the Democratic People's Republic of Korea").
	for k := max(start+2, end-9); k <= end-2; k++ {
		if !tokens[k].is("of") {
			continue
		}
		s := k + 1
		if tokens[s].is("the") {
			s++
		}
		if e, n := lx.gaz.match(tokens[:end], s); s < end && isState(e) && s+n == end && stateNameFrom(tokens, max(start+1, k-5), k, end, lx) < 0 {
			// Not when the "of" lies inside the state's name ("Embassy of the People's Republic
			// of China": "of China" is no state of its own there).
			return start, k
		}
	}
	for n := 1; n <= 4 && start+n < end; n++ {
		// The longest match may be the body itself ("U.S. Department of State" is an alias):
		// the state is a shorter match at the same start.
		e, m := lx.gaz.match(tokens[:start+n], start)
		if m != n || !isState(e) && !(e != nil && e.info.Type == TypeState && e.demonym && formalOf(tokens, start+n, end)) {
			continue // a demonym only before a formal name with "of": "the Russian Ministry of Defence"
		}
		a := start + n
		if a < end && tokens[a].Text == "'s" {
			a++
		}
		if end-a >= 2 && tokens[a].isCap() && !tokens[a].is("of") {
			return a, end
		}
		break
	}
	// "the United Nations panel of experts": a parent organisation opening the name
	// (shapes.tsv body-prefix); writers name the body by the rest too.
	if n := lx.shapes.bodyPrefix.matchAt(tokens[:end], start); n > 0 && end-start-n >= 2 && tokens[start].isCap() {
		return start + n, end
	}
	return start, start
}

// formalOf: tokens [a, end) are a capitalised head and "of" + its capitalised remit ("Ministry
// of Defence", "Department of National Defense").
func formalOf(tokens []Token, a, end int) bool {
	return end-a >= 3 && tokens[a].isCap() && tokens[a+1].is("of") && tokens[end-1].isCap()
}

// surfaceIn is surfaceOf(tokens, a, b) for tokens cut from text (tokenize): when the tokens
// stand apart by one space or none and hold no line break, the surface is text's own bytes
// and needs no copy (a name's surface is made for every mention).
func surfaceIn(text string, tokens []Token, a, b int) string {
	if b <= a+1 {
		return surfaceOf(tokens, a, b)
	}
	for k := a + 1; k < b; k++ {
		gap := tokens[k].Start - tokens[k-1].End
		if tokens[k].SpaceBefore && (gap != 1 || text[tokens[k].Start-1] != ' ') || !tokens[k].SpaceBefore && gap != 0 {
			return surfaceOf(tokens, a, b)
		}
	}
	// gluedDashes changes a token's text but display gives back the dash as written, so
	// only a word broken across lines reads otherwise than the text.
	s := text[tokens[a].Start:tokens[b-1].End]
	if strings.IndexByte(s, '\n') >= 0 || strings.IndexByte(s, '\r') >= 0 {
		return surfaceOf(tokens, a, b)
	}
	return s
}

func surfaceOf(tokens []Token, a, b int) string {
	if b == a+1 {
		return tokens[a].display() // most names are one token: no copy
	}
	var sb strings.Builder
	n := 0
	for k := a; k < b; k++ {
		n += len(tokens[k].Text) + 1
	}
	sb.Grow(n) // one allocation: at least the surface's length
	for k := a; k < b; k++ {
		if k > a && tokens[k].SpaceBefore {
			sb.WriteByte(' ')
		}
		sb.WriteString(tokens[k].display())
	}
	return sb.String()
}

// companyFormEnd: the end of a firm's name at end, with the legal form after it that belongs
// to it (shapes.tsv company-form) after a head of the firm's kind ("Co.", "Trading"): after a
// comma ("Hubei Yuanhang Trading Co., Ltd", "QILU AEROTECH CO., LTD.") or right after the
// head's abbreviation dot ("Xiamen Limbach Aircraft Engine Co. Ltd").
func companyFormEnd(tokens []Token, span [2]int, end int, nl *nameLexicon) int {
	k := end
	dot := k < span[1] && tokens[k].Text == "." && !tokens[k].SpaceBefore
	if dot {
		k++
	}
	switch {
	case k+1 < span[1] && tokens[k].Text == "," && nl.companyForms[tokens[k+1].Text]:
		end = k + 2
	case dot && k < span[1] && tokens[k].SpaceBefore && tokens[k].Newlines == 0 && nl.companyForms[tokens[k].Text]:
		end = k + 1
	default:
		return end
	}
	if end < span[1] && tokens[end].Text == "." && !tokens[end].SpaceBefore && (end+1 >= span[1] || !tokens[end+1].isCap()) {
		end++ // "Co., Ltd. in May": the abbreviation's dot, not the sentence's
	}
	return end
}

// headedNames finds capitalised names ending in (or, for "Ministry of ..." forms, starting
// with) a head word that says what they are.
// gazCovers: a gazetteer name that starts a few tokens before start runs through end, so the
// head's run is the tail of a known name joined by "and" or "of".
func gazCovers(tokens []Token, span [2]int, start, end int, lx *lexicon) bool {
	for k := start - 1; k >= span[0] && k >= start-8; k-- {
		if e, n := lx.gaz.match(tokens[:span[1]], k); e != nil && k+n >= end {
			return true
		}
	}
	return false
}

func headedNames(tokens []Token, span [2]int, lx *lexicon) []mention {
	nl := &lx.shapes
	var out []mention
	for h := span[0]; h < span[1]; h++ {
		word := tokens[h].Text
		lowerHead := !tokens[h].isCap() && lowerAgreementHead(tokens, span, h, lx)
		if !tokens[h].isCap() && !lowerHead {
			continue
		}
		var typ, prefix string
		switch {
		case lowerHead:
			// "the 100-Year Partnership agreement": a lower-case agreement noun after a
			// capitalised run the gazetteer does not know ends that agreement's name.
			typ, prefix = TypeAgreement, "agr:"
		case nl.written(listInstHeads, &tokens[h]):
			typ, prefix = TypeInstitution, "inst:"
		case nl.written(listPlaceHeads, &tokens[h]):
			typ, prefix = TypePlace, "place:"
		case nl.written(listAgreementHeads, &tokens[h]):
			typ, prefix = TypeAgreement, "agr:"
		default:
			continue
		}
		station := false
		if h+2 < span[1] && tokens[h+1].Text == "-" && !tokens[h+1].SpaceBefore && !tokens[h+2].SpaceBefore && tokens[h+2].isWord() {
			if typ != TypeInstitution || !tokens[h+2].isCap() || h+3 < span[1] && (tokens[h+3].Text == "-" && !tokens[h+3].SpaceBefore || tokens[h+3].isCap()) {
				// "Port-au-Prince", "Port-Louis": the head word opens a hyphenated name;
				// "People's Liberation Army-Air Force": the name goes on to a later head
				continue
			}
			station = true // "Marine Rotational Force-Darwin": the body's station glued to its head
		}
		// Left: contiguous capitalised words (initials and "People's" included).
		start := h
		for k := h - 1; k >= span[0]; k-- {
			t := tokens[k]
			if t.Lower == "'s" && k > span[0] && tokens[k-1].isCap() {
				if endsState(tokens, span, k, lx) || isAllCaps(tokens[k-1].Key) || lx.gaz.knowsAt(tokens[:span[1]], k+1, h+1) ||
					nl.written(listInstHeads, &tokens[k-1]) {
					// "South Korea's National Intelligence Service", "PLA's Eastern Theater
					// Command", "Treasury's Office of Foreign Assets Control", "the Agency's
					// Board of Governors" (a body's organ)
					break
				}
				continue
			}
			if t.Text == "-" && !t.SpaceBefore && k > span[0] && tokens[k-1].isCap() && k+1 < span[1] && !tokens[k+1].SpaceBefore {
				continue // "Liptako-Gourma Charter"
			}
			if t.Text == "-" && !t.SpaceBefore && k > span[0] && isDigits(tokens[k-1].Text) && k+1 < span[1] && !tokens[k+1].SpaceBefore {
				start = k - 1 // "50-Year Fisheries Accord": a number glued by a hyphen opens the name
				break
			}
			if !t.isCap() || !t.isWord() || nl.written(listStop, &t) && (k != h-1 || t.is("the", "a", "an")) {
				break
			}
			if tokens[k+1].Newlines > 0 && isAllCaps(t.Key) != isAllCaps(tokens[k+1].Key) {
				break // "MEETINGS COVERAGE AND PRESS RELEASES / Security Council": a heading above
			}
			if tokens[k+1].Newlines > 0 && typ == TypeAgreement && titleLine(tokens, span, k+1, lx) {
				break // "Joint Statement / Vilnius Declaration on ...": a title line names the text alone
			}
			if isRoleWord(tokens, k, lx) && !(k == h-1 && k > span[0] && tokens[k-1].isCap() && tokens[k-1].isWord() &&
				!nl.written(listStop, &tokens[k-1]) && !isRoleWord(tokens, k-1, lx) && !lx.gaz.knowsAt(tokens[:span[1]], k-1, k) &&
				(headsEnd(tokens, span, h+1, lx) >= span[1] || !tokens[headsEnd(tokens, span, h+1, lx)].isCap())) {
				// A title ends the name ("President Putin's Office"), except a one-word title
				// between a word the gazetteer does not know and a head that ends the run:
				// "Tradive General Trading" (also with its legal form after it: "Golden Orbit
				// General Trading L.L.C.") is a firm; "Japanese Chief Cabinet Secretary" is no
				// "Japanese Chief Cabinet".
				break
			}
			start = k
		}
		if !lowerHead && typ != TypePlace {
			start = coordinatedNameStart(tokens, span, start, h, lx)
		}
		// Only a pair of states ("U.S.-South Korea Nuclear Consultative Group") is dropped: one
		// state belongs to the name ("Israel Defense Forces", "U.S. Africa Command"), and
		// "Iran-Russia-D.P.R.K. Axis" is all states before its head and keeps them.
		for s, states := start, 0; ; {
			e, n := lx.gaz.match(tokens[:h], s)
			if e == nil || e.info.Type != TypeState || e.demonym || e.capital {
				break
			}
			s += n
			states++
			if s < h && tokens[s].Text == "-" && !tokens[s].SpaceBefore {
				s++
				continue
			}
			if s < h && states >= 2 {
				start = s
			}
			break
		}
		// "Paul H. Nitze School": an initial inside the name.
		for start-2 >= span[0] && tokens[start-1].Text == "." && len(tokens[start-2].Text) == 1 && tokens[start-2].isCap() {
			k := start - 2
			for k-1 >= span[0] && nl.isNameWord(&tokens[k-1]) && !isRoleWord(tokens, k-1, lx) {
				k--
			}
			start = k
		}
		if lowerHead && start == h {
			continue // no capitalised words before "agreement": no name
		}
		end := h + 1
		for !lowerHead && end < span[1] && (nl.written(listInstHeads, &tokens[end]) || nl.written(listAgreementHeads, &tokens[end]) || nl.written(listPlaceHeads, &tokens[end])) {
			end++ // "Korean Armistice Agreement"
		}
		if end < span[1] && nl.written(listPlaceHeads, &tokens[end-1]) && isDigits(tokens[end].Text) && tokens[end].SpaceBefore && tokens[end].Newlines == 0 &&
			len(tokens[end].Text) <= 3 && (end+1 >= span[1] || !tokens[end+1].isWord() || lx.words.tok(wPreposition, &tokens[end+1])) {
			end++ // "Air Base 201", "at Air Base 201 near Agadez"; not a paragraph's number on the next line
		}
		if nl.written(listInstHeads, &tokens[end-1]) {
			end = companyFormEnd(tokens, span, end, nl)
		}
		h = end - 1
		word = tokens[h].Text
		switch { // the last head says what the name is: "Philippine Coast Guard"
		case lowerHead:
		case nl.instComplementHeads[word] && h+1 < span[1] && lx.words.tok(wOfficePrep, &tokens[h+1]):
			typ, prefix = TypeInstitution, "inst:" // "House of Representatives", but "Lancaster House"
		case nl.instHeads[word], h > start && nl.instHeadPairs[tokens[h-1].Text+" "+word]:
			typ, prefix = TypeInstitution, "inst:" // "Leningrad Military District", but "Kherson District"
		case nl.placeHeads[word]:
			typ, prefix = TypePlace, "place:"
		case nl.agreementHeads[word]:
			typ, prefix = TypeAgreement, "agr:"
		}
		if typ == TypeInstitution && nl.unitHeads[word] {
			start = unitNumberStart(tokens, span, start, nl)
		}
		if typ == TypeInstitution && nl.instComplementHeads[word] || typ == TypeAgreement || typ == TypePlace && nl.placeComplementHeads[word] {
			end = extendComplement(tokens, span, h+1, lx, typ == TypeAgreement)
		}
		if typ == TypeInstitution && start < end-1 && nl.missionHeads[tokens[end-1].Text] {
			// "African Union Transition Mission in Somalia"; a bare "Mission" belongs to a
			// title ("the Deputy Chief of Mission in Manila") and takes no seat
			end = missionSeatEnd(tokens, span, end, lx)
		}
		if typ == TypeAgreement && titleLine(tokens, span, start, lx) {
			end = titleLineEnd(tokens, span, end) // "Stockholm Declaration on Security in the Baltic Sea Region" on its own line
		}
		if typ == TypeInstitution && end == h+1 && nl.theatreHeads[word] {
			end = theatreEnd(tokens, span, start, end, lx)
		}
		if station && end == h+1 && tokens[h+1].Text == "-" {
			if start == h {
				continue // "Navy-Marine Corps": two heads joined, no station
			}
			end = h + 3
		}
		if start == h && end == h+1 && !(lx.words.tok(wSeat, &tokens[h]) && h+2 < span[1] && tokens[h+1].is("in") && knownNameAt(tokens[:span[1]], h+2, lx) > 0) {
			continue // a bare head word ("the Council") names nothing; "our Embassy in Beijing" is the seated office
		}
		if typ == TypeInstitution && end == h+1 && statesCompound(tokens, start, h, lx) {
			continue // "the U.S.-ROK Alliance": two states' alliance, not a body of that name
		}
		if e, n := lx.gaz.match(tokens[:span[1]], start); e != nil && start+n >= end {
			h = start + n - 1
			continue // the gazetteer knows this name ("Warsaw Pact", "Korean People's Army")
		}
		if gazCovers(tokens, span, start, end, lx) {
			continue // the run broke at "and" inside a known name ("West African Economic and Monetary Union")
		}
		if typ == TypeAgreement {
			// "the Japan-Philippines Reciprocal Access Agreement": the parties joined by
			// hyphens open the agreement's name (a body's name they do not: see above).
			for a := max(span[0], start-7); a < start-2; a++ {
				if tokens[start].SpaceBefore && statesCompound(tokens, a, start, lx) {
					start = a
					break
				}
			}
		}
		if typ == TypeAgreement && start > span[0] && len(tokens[start-1].Text) == 4 && isDigits(tokens[start-1].Text) &&
			(tokens[start-1].Text[:2] == "19" || tokens[start-1].Text[:2] == "20") {
			start-- // "the 1993 Agreement on ...": the year is part of the agreement's name
		}
		name := surfaceOf(tokens, start, end)
		if typ == TypeAgreement && nl.kindAgreements[strings.ToLower(name)] {
			continue // "signed a Memorandum of Understanding", "the Final Communiqué": a kind of text, no name
		}
		if typ == TypeInstitution && nl.kindInstitutions[strings.ToLower(name)] {
			continue // "designated as a Foreign Terrorist Organization": a legal category, no body
		}
		info := &entityInfo{ID: prefix + slug(name), Type: typ, Name: name}
		if typ == TypeInstitution && nl.organHeads[word] {
			// "China Coast Guard", "Philippine Navy": a state's organ, named with its state.
			if e, n := lx.gaz.match(tokens[:h], start); e != nil && e.info.Type == TypeState && start+n < h+1 {
				info.State = e.info.ID
			}
		}
		if typ == TypeInstitution && lx.words.tok(wSeat, &tokens[h]) && h+2 < end && tokens[h+1].is("of") {
			// "the Embassy of the Republic of Korea": the office abroad is its state's.
			s := h + 2
			if tokens[s].is("the") {
				s++
			}
			if e, n := lx.gaz.match(tokens[:end], s); e != nil && e.info.Type == TypeState && !e.demonym && s+n == end {
				info.State = e.info.ID
			}
		}
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
		if lowerHead {
			// The lower-case noun says what the name is but is no part of it ("the 100-Year
			// Partnership agreement" names the "100-Year Partnership"). h stays on the noun,
			// so the scan goes on after it and never returns to a token it has read.
			name = surfaceOf(tokens, start, h)
			info = &entityInfo{ID: prefix + slug(name), Type: typ, Name: name}
			out = append(out, mention{info: info, start: start, end: h})
			continue
		}
		out = append(out, mention{info: info, start: start, end: end})
		h = end - 1
	}
	return out
}

// conjunctStart: the capitalised words ending at token k form one plain conjunct of a name's
// list ("Cooperation", "Naval Striking", "African Union Support"): no stop word, title or
// head word, no name the gazetteer knows ending at k, on one line. It returns the conjunct's
// first token, or -1.
func conjunctStart(tokens []Token, span [2]int, k int, lx *lexicon) int {
	nl := &lx.shapes
	if k < span[0] || !plainNameWord(tokens, k, lx) || nl.written(listInstHeads, &tokens[k]) ||
		nl.written(listPlaceHeads, &tokens[k]) || nl.written(listAgreementHeads, &tokens[k]) {
		return -1
	}
	for a := max(span[0], k-4); a <= k; a++ {
		if e, n := lx.matchName(tokens[:k+1], a); e != nil && a+n == k+1 {
			return -1 // "Russia and Wagner Group": a known name is its own conjunct
		}
	}
	a := k
	for a-1 >= span[0] && a > k-3 && tokens[a].Newlines == 0 && plainNameWord(tokens, a-1, lx) {
		a--
	}
	return a
}

// plainNameWord: a capitalised word that may stand inside a name's list: no stop word, title
// or role.
func plainNameWord(tokens []Token, k int, lx *lexicon) bool {
	t := &tokens[k]
	return t.isCap() && t.isWord() && len(t.Text) > 1 && !hasUpperAfterFirst(t.Text) && !lx.shapes.written(listStop, t) && !isRoleWord(tokens, k, lx)
}

// hasUpperAfterFirst: a capital after the first letter ("BrahMos", "UNC", "MG-Flot").
func hasUpperAfterFirst(s string) bool {
	for i := 1; i < len(s); i++ {
		if s[i] >= 'A' && s[i] <= 'Z' || s[i] == '-' {
			return true
		}
	}
	return false
}

// coordinatedNameStart: plain conjuncts joined by commas and "and" before a headed name's
// first word belong to it ("Naval Striking and Support Forces", "National Security and
// Defence Council", "Defense Industrial Cooperation, Acquisition and Sustainment Forum").
// The word after "and" is the head's one plain modifier: two names ("Primorsky Rail Freight
// and Zarubino Shipping Agency", "CFC, UNC and United States Forces") stay apart.
func coordinatedNameStart(tokens []Token, span [2]int, start, h int, lx *lexicon) int {
	nl := &lx.shapes
	if h+1 < span[1] && (nl.written(listInstHeads, &tokens[h+1]) || nl.written(listAgreementHeads, &tokens[h+1]) || nl.written(listPlaceHeads, &tokens[h+1])) {
		return start // "Narva Shipping Agency": a head run of its own modifiers
	}
	if start != h-1 || start-2 < span[0] || !tokens[start-1].is("and") || tokens[start].Newlines > 0 || tokens[start-1].Newlines > 0 ||
		!plainNameWord(tokens, start, lx) {
		return start
	}
	a := conjunctStart(tokens, span, start-2, lx)
	if a < 0 {
		return start
	}
	for n := 0; n < 4 && a-2 >= span[0] && tokens[a-1].Text == "," && tokens[a-1].Newlines == 0; n++ {
		b := conjunctStart(tokens, span, a-2, lx)
		if b < 0 {
			break
		}
		a = b
	}
	return a
}

// listClosesName: from token j, plain conjuncts joined by commas end in "and" and one more
// conjunct: "Deterrence and Stability" after "Bureau of Arms Control,".
func listClosesName(tokens []Token, span [2]int, j int, lx *lexicon) bool {
	for n := 0; n < 5; n++ {
		k := j
		for k < span[1] && k < j+3 && tokens[k].Newlines == 0 && plainNameWord(tokens, k, lx) {
			k++
		}
		if k == j || conjunctStart(tokens, span, k-1, lx) < 0 || knownNameAt(tokens[:span[1]], j, lx) > 0 || k >= span[1] {
			return false
		}
		switch {
		case tokens[k].Text == ",":
			j = k + 1
		case tokens[k].is("and"):
			e := k + 1
			for e < span[1] && e < k+4 && tokens[e].Newlines == 0 && plainNameWord(tokens, e, lx) {
				e++
			}
			return e > k+1 && knownNameAt(tokens[:span[1]], k+1, lx) == 0
		default:
			return false
		}
	}
	return false
}

// lowerAgreementHead: the lower-case word at h is an agreement noun (shapes.tsv
// agreement-head, compared in lower case) right after a capitalised word that is no stop word,
// and no name the gazetteer knows stands in the capitalised run before it ("the Russia-North
// Korea agreement" names two states, not an agreement), nor a weapon model's code ("the second
// K2 deal" is an arms contract).
func lowerAgreementHead(tokens []Token, span [2]int, h int, lx *lexicon) bool {
	t := &tokens[h] // pointers: a Token is 80 bytes, and this is asked of every lower-case word
	if !t.isWord() || h == span[0] || !lx.isLowerAgreementHead(t) {
		return false
	}
	if !lx.shapes.isNameWord(&tokens[h-1]) {
		return false
	}
	for k := h - 1; k >= span[0] && k >= h-6; k-- {
		tk := &tokens[k]
		if !(tk.isCap() && tk.isWord()) && !(tk.Text == "-" && !tk.SpaceBefore) && !isDigits(tk.Text) {
			break
		}
		if _, n := lx.matchName(tokens[:h], k); n > 0 {
			return false
		}
		if isModelCode(tk.Text) {
			return false // "the second K2 deal": a weapon model's contract, no named agreement
		}
	}
	return true
}

// isModelCode: a word of capital letters and digits both, as weapon models are written
// ("K2", "KF21", "S400"), not a year or a plain name.
func isModelCode(w string) bool {
	letters, digits := false, false
	for _, r := range w {
		switch {
		case r >= '0' && r <= '9':
			digits = true
		case r >= 'A' && r <= 'Z':
			letters = true
		default:
			return false
		}
	}
	return letters && digits
}

// extendComplement takes "of"/"for" (and, for agreements, "on" and the agreement-link words
// of shapes.tsv: "Treaty establishing the Confederation of Sahel States") + capitalised words after
// a head ("University of Helsinki", "Institute for the Study of War", "Agreement on the
// Maintenance of Peace and Tranquillity"), with the function words between them, stopping
// before a second headed name ("Institute of the Paul H. Nitze School").
func extendComplement(tokens []Token, span [2]int, k int, lx *lexicon, agreement bool) int {
	nl := &lx.shapes
	if k >= span[1] || !lx.words.tok(wOfficePrep, &tokens[k]) && !(agreement && (tokens[k].is("on") || nl.agreementLinks[tokens[k].Lower])) {
		return k
	}
	if !agreement && tokens[k].is("of") {
		if e := organParentEnd(tokens, span, k+1, lx); e > 0 {
			return e // "Air Force of the Armed Forces of Ukraine": a service names its state's forces
		}
		if knownBodyAfter(tokens, span, k+1, lx) {
			return k // "the Munitions Industry Department of the Workers' Party of Korea": the known body is apart
		}
	}
	// "Embassy of the People's Republic of China": a state's name that opens the complement
	// and holds "of" itself is read whole; its own "of" opens no second state.
	stateEnd := 0
	if tokens[k].is("of") {
		s := k + 1
		if s < span[1] && tokens[s].is("the") {
			s++
		}
		if e, n := lx.gaz.match(tokens[:span[1]], s); e != nil && e.info.Type == TypeState && !e.demonym && n > 2 {
			stateEnd = s + n
		}
	}
	end := k
	for j := k + 1; j < span[1]; j++ {
		t := &tokens[j]
		switch {
		case t.Newlines > 0 && j > k+1 && placeLine(tokens, j, lx):
			return end // a heading's name above its venue and date line ("... and Government\nAbuja, 15 December 2024")
		case t.isCap() && t.isWord():
			if nl.written(listInstHeads, t) && tokens[k+1].is("the") {
				return k // "Institute of the Paul H. Nitze School": another body's name
			}
			if nl.written(listStop, t) {
				return end // "... of the Republic of Korea Thursday"
			}
			end = j + 1
		case (t.Text == "-" || t.Lower == "'s") && !t.SpaceBefore && j+1 < span[1] && tokens[j+1].isCap():
			// "Charter of Liptako-Gourma", "Ministry of Foreign Affairs of the People's Republic"
		case t.Text == "," && j > k+1 && tokens[j-1].isCap() && listClosesName(tokens, span, j+1, lx):
			// "Bureau of Arms Control, Deterrence and Stability", "Treaty of Friendship,
			// Cooperation and Mutual Assistance": a list of plain words closed by "and" goes on.
		case t.is("and") && j+1 < span[1] && tokens[j+1].is("the"):
			return end // "the Gulf of Aden and the Cape of Good Hope": two names
		case t.is("and") && possessorAt(tokens, span, j+1, lx):
			// "the Department of Defense and South Korea's National Intelligence Service": a
			// possessor opens a second noun phrase.
			return end
		case t.is("and") && j+1 < span[1] && nl.notDesignator[tokens[j+1].Text]:
			// "Treaty of Mutual Cooperation and Security and Article IV of ...": a numbered
			// part (shapes.tsv not-designator: Article, Chapter, Section) opens a new phrase.
			return end
		case t.is("and") && j+1 < span[1] && tokens[j+1].isCap() && (lx.titles.matchAt(tokens[:span[1]], j+1) > 0 || lx.roles.matchAt(tokens[:span[1]], j+1) > 0):
			return end // "President of the National Council ... and Head of State": a second office
		case t.is("of") && j > k && j >= stateEnd && stateAfter(tokens, span, j+1, lx) &&
			(k == span[0] || lx.formalBodies.matchAt(tokens[:span[1]], k-1) > 0 || lx.roles.matchAt(tokens[:span[1]], k-1) > 0 ||
				statesListAfter(tokens, span, j+1, lx)):
			// "Ministry of Foreign Affairs of the Republic of Armenia": a formal body of
			// bodies.txt is its state's body, and the state no part of its name (nor of an
			// office's title); any other body's name goes on with its state ("Ministry of Science
			// and Technology of China", "Office of the Prosecutor General of Ukraine").
			return end
		case t.is("of") && j > k && knownBodyAfter(tokens, span, j+1, lx):
			// "Authority of Heads of State and Government of the Economic Community of West
			// African States": an organ of a body the gazetteer knows is named without it.
			return end
		case lx.words.tok(wNameLink, t) && j+1 < span[1] && (tokens[j+1].isCap() || tokens[j+1].is("the")) &&
			!(t.is("to") && (j == k+1 || !tokens[j-1].isCap())):
			// "to" only inside the name: "Agreement for Cooperation Relating to Naval Nuclear Propulsion"
		case t.Text == "." && len(tokens[j-1].Text) == 1:
		case agreement && t.is("in") && j > k+1 && tokens[j-1].isCap() && j+1 < span[1] &&
			nl.isNameWord(&tokens[j+1]) && knownNameAt(tokens[:span[1]], j+1, lx) == 0:
			// "Agreement on Cooperation in Civil Nuclear Energy": "in" inside the complement,
			// unless a known name follows ("... Agreement on Defence in Belgrade").
		case agreement && t.is("in", "within") && j > k+1 && tokens[j-1].isCap() && j+2 < span[1] &&
			tokens[j+1].is("the") && nl.isNameWord(&tokens[j+2]) && !stateAfter(tokens, span, j+1, lx):
			// "Treaty on Security Guarantees within the Union State", "Declaration on the Conduct
			// of Parties in the South China Sea": "in"/"within the" + a region or body the
			// agreement covers is part of its name; a venue takes no article ("in Lima"),
			// and a state after it is the signing capital's ("in the Kremlin").
		default:
			return end
		}
	}
	return end
}

// shipAt: a Weapon found in sentence si starts at token k (a ship named after its vessel noun).
func shipAt(found []mention, si, k int) bool {
	for j := len(found) - 1; j >= 0 && found[j].sentence == si; j-- {
		if found[j].start == k && found[j].info.Type == TypeWeapon {
			return true
		}
	}
	return false
}

// missionSeatEnd: a body whose head names a mission (shapes.tsv mission-head) takes "in" + the state or
// place it serves into its name when one known name closes the phrase there ("United Nations
// Multidimensional Integrated Stabilization Mission in Mali", not "... Mission in Mali's north");
// otherwise the name ends at end.
func missionSeatEnd(tokens []Token, span [2]int, end int, lx *lexicon) int {
	if end+1 >= span[1] || !tokens[end].is("in") || !tokens[end+1].isCap() {
		return end
	}
	e, n := lx.matchName(tokens[:span[1]], end+1)
	if e == nil || e.info.Type != TypeState && e.info.Type != TypePlace || e.demonym {
		return end
	}
	if k := end + 1 + n; k < span[1] && (tokens[k].Lower == "'s" || capWordAt(tokens, k, lx)) {
		return end
	}
	return end + 1 + n
}

// serviceOfForces: the state's armed forces named at token j (shapes.tsv organ-parent) close
// a service's name, "<head> of the" right before them ("Air Force of the Armed Forces of
// Ukraine").
func serviceOfForces(tokens []Token, span [2]int, j int, lx *lexicon) bool {
	if j-3 < span[0] || !tokens[j-1].is("the") || !tokens[j-2].is("of") || !tokens[j-3].isCap() ||
		!lx.shapes.instComplementHeads[tokens[j-3].Text] {
		return false
	}
	return organParentEnd(tokens, span, j, lx) > 0
}

// organParentEnd: where the name of a state's whole armed forces (shapes.tsv organ-parent,
// capitalised) that starts at token i, after an optional "the", ends, with the "of" + state
// that names whose forces they are ("the Armed Forces of Ukraine"); 0 if none starts there.
func organParentEnd(tokens []Token, span [2]int, i int, lx *lexicon) int {
	if i < span[1] && tokens[i].is("the") {
		i++
	}
	if i >= span[1] {
		return 0
	}
	n := lx.shapes.organParents.matchAt(tokens[:span[1]], i)
	if n == 0 {
		return 0
	}
	for j := i; j < i+n; j++ {
		if !tokens[j].isCap() {
			return 0 // "of the armed forces": the plain noun phrase is no name's part
		}
	}
	end := i + n
	if end < span[1] && tokens[end].is("of") && stateAfter(tokens, span, end+1, lx) {
		j := end + 1
		if tokens[j].is("the") {
			j++
		}
		_, m := lx.gaz.match(tokens[:span[1]], j)
		end = j + m
	}
	return end
}

// stateNameFrom: the first token in [lo, hi) where a state's name (no demonym) starts that
// ends at token end, or -1.
func stateNameFrom(tokens []Token, lo, hi, end int, lx *lexicon) int {
	for s := lo; s < hi; s++ {
		if e, n := lx.gaz.match(tokens[:end], s); e != nil && e.info.Type == TypeState && !e.demonym && s+n == end {
			return s
		}
	}
	return -1
}

// knownBodyAfter: "the" (optional) and an institution the gazetteer knows start at token i.
func knownBodyAfter(tokens []Token, span [2]int, i int, lx *lexicon) bool {
	if i < span[1] && tokens[i].is("the") {
		i++
	}
	e, _ := lx.gaz.match(tokens[:span[1]], i)
	return e != nil && e.info.Type == TypeInstitution
}

// knownNameAt: the length of the gazetteer name (or generated place) at token i, or 0.
func knownNameAt(tokens []Token, i int, lx *lexicon) int {
	if e, n := lx.matchName(tokens, i); e != nil {
		return n
	}
	return 0
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
	// SortStableFunc, not sort.SliceStable: the same order without reflection's swaps.
	slices.SortStableFunc(ms, func(a, b mention) int { return cmp.Compare(a.start, b.start) })
}

// stateAfter: a gazetteer state (not a demonym) starts at token i, after an optional "the".
func stateAfter(tokens []Token, span [2]int, i int, lx *lexicon) bool {
	return stateEndAfter(tokens, span, i, lx) > 0
}

// stateEndAfter: the end of a gazetteer state (not a demonym) that starts at token i, after
// an optional "the", or 0.
func stateEndAfter(tokens []Token, span [2]int, i int, lx *lexicon) int {
	if i < span[1] && tokens[i].is("the") {
		i++
	}
	if i >= span[1] {
		return 0
	}
	e, n := lx.gaz.match(tokens[:span[1]], i)
	if e == nil || e.info.Type != TypeState || e.demonym {
		return 0
	}
	return i + n
}

// statesListAfter: a state at i (after an optional "the") is the first of a list of states
// ("Council of Ministers of Peru, Chile and Bolivia"): the members of a group, no body's own
// state.
func statesListAfter(tokens []Token, span [2]int, i int, lx *lexicon) bool {
	end := stateEndAfter(tokens, span, i, lx)
	return end > 0 && end+1 < span[1] && tokens[end].is(",", "and") && stateAfter(tokens, span, end+1, lx)
}

// statesCompound: tokens [a, b) are two or more gazetteer states joined by hyphens
// ("U.S.-ROK", "Japan-Philippines").
func statesCompound(tokens []Token, a, b int, lx *lexicon) bool {
	n, end, _ := leadingStates(tokens, a, b, lx, "")
	return n >= 2 && end == b
}

// leadingStates: the gazetteer states joined by hyphens that open tokens [a, b) ("U.S.-ROK",
// "the Japan-Philippines Reciprocal Access Agreement"): how many, where the run ends (past a
// hyphen after the last), and whether the state id is one of them.
func leadingStates(tokens []Token, a, b int, lx *lexicon, id string) (n, end int, has bool) {
	end = a
	for k := a; k < b; {
		e, m := lx.gaz.match(tokens[:b], k)
		if e == nil || e.info.Type != TypeState {
			break
		}
		n++
		has = has || e.info.ID == id
		k += m
		end = k
		if k >= b || tokens[k].Text != "-" || tokens[k].SpaceBefore {
			break
		}
		k++
		end = k
	}
	return n, end, has
}

// seatedBodies: a state's office abroad is named with its seat ("Russia's embassy in
// Helsinki", "the Chinese Embassy in Washington"): a body ending in a seat noun (words.tsv
// class seat) and followed by "in" + a place or state takes that place into its name and
// id, and the place becomes a surface inside it, no argument of the sentence's relations.
func seatedBodies(tokens []Token, found []mention, doc *docEntities, w *words) {
	// at: start token -> index of the mention there, made at the first candidate (most
	// documents have none, and a map as large as the document's mentions was made for each).
	var at map[int]int
	for i := range found {
		m := &found[i]
		if m.nested || m.coref || m.info.Type != TypeInstitution || m.end+1 >= len(tokens) ||
			seatNounAt(tokens, m.start, m.end, w) < 0 || !tokens[m.end].is("in") {
			continue
		}
		if at == nil {
			at = make(map[int]int, len(found))
			for i, m := range found {
				if !m.nested && !m.coref {
					at[m.start] = i
				}
			}
		}
		k, ok := at[m.end+1]
		if !ok || found[k].sentence != m.sentence {
			continue
		}
		place := &found[k]
		if place.info.Type != TypePlace && place.info.Type != TypeState {
			continue
		}
		info := doc.get(m.info.ID+"-"+slug(place.info.Name), TypeInstitution, m.info.Name+" in "+place.info.Name)
		if info.State == "" {
			info.State = m.info.State
		}
		for j := range found {
			// "Embassy" inside "the Chinese Embassy in Washington" names the seated office.
			if n := &found[j]; n.nested && n.info == m.info && n.start >= m.start && n.end <= m.end {
				n.info = info
			}
		}
		m.info, m.end = info, place.end
		place.nested = true
	}
}

// namedVesselClass: the weapon class [a, b) stands right before a named vessel ("the frigate
// Admiral Gorshkov", "the destroyers USS Gravely") or in apposition after one, after ", a" and
// at most three modifiers ("USS Carney, a U.S. Navy destroyer").
func (lx *lexicon) namedVesselClass(tokens []Token, span [2]int, a, b int) bool {
	if b < span[1] && tokens[b].isCap() && lx.vesselEnd(tokens, span, b) > b {
		return true
	}
	for k := a - 1; k >= span[0]+2 && k >= a-4; k-- {
		if !tokens[k].is("a", "an") {
			continue
		}
		if tokens[k-1].Text != "," {
			return false
		}
		for j := max(span[0], k-6); j < k-1; j++ {
			if lx.vesselEnd(tokens, span, j) == k-1 && lx.shapes.shipPrefixes[tokens[j].Text] {
				return true
			}
		}
		return false
	}
	return false
}

// sharesNotWeaponHead: at k "and" or "or", then a one-word weapon class the gazetteer knows in
// lower case and a shapes.tsv not-weapon-head ("... and missile technology"): the class before
// k shares that head noun.
func (lx *lexicon) sharesNotWeaponHead(tokens []Token, span [2]int, k int) bool {
	if k+2 >= span[1] || !tokens[k].is("and", "or") || tokens[k+1].isCap() || tokens[k+2].isCap() || !lx.shapes.notWeaponHeads[tokens[k+2].Lower] {
		return false
	}
	e, n := lx.gaz.match(tokens[:span[1]], k+1)
	return e != nil && n == 1 && e.info.Type == TypeWeapon && !e.caseSensitive
}

// issuerAt: the issuing body (sourceBodies) that the short form m names, or nil.
func issuerAt(tokens []Token, m mention, issuers []*entityInfo, lx *lexicon) *entityInfo {
	for _, e := range lx.gaz.entriesAt(tokens, m.start, m.end-m.start) {
		if e.short && slices.Contains(issuers, e.info) {
			return e.info
		}
	}
	return nil
}

// sourceState: the state a document's source line names as its issuer ("Ministry of National
// Defense, Republic of Korea", "U.S. Department of State, Office of the Spokesperson", "UK
// Parliament, Written questions and answers"): the one state the line names, directly or as the
// state of a body the gazetteer knows, when the line also holds a words.tsv source-office word;
// nil for an outlet's line, a line naming two states, or no line. source is the line's tokens.
func (x *Extractor) sourceState(source []Token) *entityInfo {
	return x.officeState(source, false)
}

// letterheadState: the state a letterhead names as the issuer of a text with no source line:
// the document's first line, when it is a name and no sentence ("Ministry of Foreign Affairs,
// Republic of Korea", "MINISTRY OF DEFENCE OF UKRAINE", "Ministry of Defense, Japan"): at most
// letterheadWords tokens, every word capitalised or a words.tsv article or preposition, naming
// no person, with a source-office word and exactly one state (officeState).
func (x *Extractor) letterheadState(tokens []Token) *entityInfo {
	if len(tokens) == 0 {
		return nil
	}
	end := lineEnd(tokens, 0)
	if end > letterheadWords {
		return nil
	}
	line := tokens[:end]
	for k := range line {
		t := &line[k]
		if t.isWord() && !t.isCap() && !x.lex.words.in(wArticle, t.Lower) && !x.lex.words.in(wPreposition, t.Lower) && !t.is("and") {
			return nil // a lower-case word: a sentence or a title, not a letterhead
		}
	}
	return x.officeState(line, true)
}

// letterheadWords is how many tokens a letterhead line may hold ("Department of National
// Defense, Republic of the Philippines").
const letterheadWords = 12

// officeState: the one state toks name, directly or as the state of a body the gazetteer
// knows, when they also hold a words.tsv source-office word; nil otherwise, or when they name
// two states (a joint line speaks for neither) or, with noPerson, a person (a title naming its
// speaker: "Readout of President Joe Biden's Call with President Xi Jinping").
func (x *Extractor) officeState(toks []Token, noPerson bool) *entityInfo {
	office := false
	var state *entityInfo
	for i := 0; i < len(toks); i++ {
		office = office || x.lex.words.in(wSourceOffice, toks[i].Lower)
		e, n := x.lex.gaz.match(toks, i)
		if e == nil || n == 0 {
			continue
		}
		var st *entityInfo
		switch {
		case e.info.Type == TypePerson && noPerson:
			return nil
		case e.info.Type == TypeState:
			st = e.info
		case e.info.Type == TypeInstitution && e.info.State != "":
			st = x.lex.gaz.entities[e.info.State]
			// A state's own body named whole ("U.S. Department of State", "U.S. Department
			// of the Treasury", "The White House") is itself the office: the match skips
			// the words after its first ("Department"), which the check above never sees.
			office = true
		}
		if st != nil && st.Type == TypeState {
			if state != nil && state != st {
				return nil // two states: a joint line speaks for neither
			}
			state = st
		}
		i += n - 1
	}
	if !office {
		return nil
	}
	return state
}

// sourceBodies: the institutions the gazetteer knows that a document's source line names
// ("Source: Council of the European Union, press release"): the bodies that issue the text.
// toks are the line's tokens.
func (x *Extractor) sourceBodies(toks []Token) []*entityInfo {
	var out []*entityInfo
	for i := 0; i < len(toks); i++ {
		if e, n := x.lex.gaz.match(toks, i); e != nil && n > 0 {
			if e.info.Type == TypeInstitution && !e.short {
				out = append(out, e.info)
			}
			i += n - 1
		}
	}
	return out
}

// seatNounAt: the seat noun (words.tsv seat) that heads the body named by tokens [start, end):
// its last word ("the Chinese Embassy") or the word before its "of" + state complement ("the
// Embassy of the Republic of Korea"); -1 if none.
func seatNounAt(tokens []Token, start, end int, w *words) int {
	if w.tok(wSeat, &tokens[end-1]) {
		return end - 1
	}
	for p := start; p+1 < end && p < start+3; p++ {
		if w.tok(wSeat, &tokens[p]) && tokens[p+1].is("of") {
			return p
		}
	}
	return -1
}

// seatEnd: where the office named by tokens [start, end) ends before its seat, the "in" +
// place that seatedBodies took into the name ("the Chinese Embassy | in Canberra"); -1 if
// the name holds no seat.
func seatEnd(tokens []Token, start, end int, w *words) int {
	for p := end - 2; p > start; p-- {
		if tokens[p].is("in") {
			if seatNounAt(tokens, start, p, w) >= 0 {
				return p
			}
			return -1
		}
	}
	return -1
}

// bareFormalBodies: a state body's formal name in capitals that no state owns and that no
// body of the document was named by before ("Foreign Ministry Spokesperson Lin Jian's Regular
// Press Conference", "the Senate passed the bill"; bodies.txt, third field) still names an
// Institution, one per formal name of the document: the writer names the body the text is
// about or comes from. Not inside a longer name (a capitalised word before it, or "of", "for"
// or a capitalised word after it that opens no title), not the complement of a title or body
// ("Chief of the General Staff"), and not a name the gazetteer knows ("Security Council").
func bareFormalBodies(tokens []Token, span [2]int, si int, lx *lexicon, doc *docEntities, free func(a, b int) bool, mark func(a, b int)) []mention {
	var out []mention
	for j := span[0]; j < span[1]; j++ {
		if !tokens[j].isCap() {
			continue
		}
		// The phrase first: few capitals open one, and isAllCaps reads every byte.
		f := lx.formalBodies.matchAt(tokens[:span[1]], j)
		if f == 0 || isAllCaps(tokens[j].Key) || !free(j, j+f) || !tokens[j+f-1].isCap() {
			continue // "Foreign ministry spokesman ...": a sentence's first capital, no formal name
		}
		phrase := lx.formalBody[strings.ToLower(surfaceOf(tokens, j, j+f))]
		if _, seen := doc.bodies[phrase]; seen || j > span[0] && (lx.shapes.isNameWord(&tokens[j-1]) || tokens[j-1].Lower == "'s" || tokens[j-1].is("of")) ||
			j-1 > span[0] && tokens[j-1].is("the") && tokens[j-2].is("of") || // "Chief of the General Staff": a title's complement
			j+f < span[1] && (lx.words.tok(wOfficePrep, &tokens[j+f]) || tokens[j+f].isCap() && tokens[j+f].isWord() && lx.titles.matchAt(tokens[:span[1]], j+f) == 0) ||
			gazetteerNames(lx, tokens[:span[1]], j, f) {
			j += f - 1
			continue
		}
		name := surfaceOf(tokens, j, j+f)
		info := doc.get("inst:"+slug(name), TypeInstitution, name)
		out = append(out, mention{info: info, start: j, end: j + f, sentence: si})
		mark(j, j+f)
		j += f - 1
	}
	return out
}

// capWordAt: token k is a name word (isNameWord) not written all in capitals, as a name's
// word inside running text is ("Kim", not "KCNA").
func capWordAt(tokens []Token, k int, lx *lexicon) bool {
	return lx.shapes.isNameWord(&tokens[k]) && !isAllCaps(tokens[k].Key)
}

// placeLine: the capital at i opens a line of places and perhaps a date, as a statement's
// place-and-date line ("Washington, D.C.", "Helsinki and Tallinn, 27 December 2024"): there it
// is the place the text comes from, not a government acting.
func placeLine(tokens []Token, i int, lx *lexicon) bool {
	if i > 0 && tokens[i].Newlines == 0 {
		return false
	}
	k := i
	for ; k < len(tokens) && (k == i || tokens[k].Newlines == 0); k++ {
		if k-i > 12 {
			return false
		}
		t := tokens[k]
		if e, n := lx.gaz.match(tokens, k); e != nil && (e.capital || e.info.Type == TypePlace || e.info.Type == TypeState) {
			k += n - 1
			continue
		}
		if t.is(",", "and", "/", "-") || strings.ContainsAny(t.Text, "0123456789") ||
			t.isCap() && strings.Contains(t.Text, ".") || k > i && t.isCap() && lx.shapes.written(listStop, &t) {
			continue // "D.C.", a date's words and numbers
		}
		return false
	}
	return k > i+1
}

// placeInName: the region or site named at [a, b) opens or closes a longer capitalised name
// ("Baltic Institute for Strategic Studies", "Baltic Sentry", "Confederation of Sahel States",
// "Levant Policy Centre", a heading "MIDDLE EAST PROGRAMME"): a capitalised word right after
// it that is no place word and no known name, or one right before a one-word place, continues
// the name, which is not the place. A name ending in a place head ("Baltic Sea Allies") keeps
// its place.
func (lx *lexicon) placeInName(tokens []Token, span [2]int, a, b int) bool {
	nl := &lx.shapes
	if w := tokens[b-1].Text; nl.placeHeads[w] || isAllCaps(w) && len(w) > 1 && nl.placeHeads[w[:1]+strings.ToLower(w[1:])] {
		return false
	}
	nameWord := func(k int) bool {
		t := &tokens[k]
		return t.isCap() && t.isWord() && isLetters(t.Text) && !nl.written(listStop, t) && !nl.placeNouns[t.Lower] &&
			!lx.gaz.knowsAt(tokens[:span[1]], k, k+1) && !lx.shapes.places.knows(t.Text)
	}
	if b < span[1] && tokens[b].SpaceBefore && tokens[b].Newlines == 0 && nameWord(b) {
		return true
	}
	return b-a == 1 && a > span[0] && tokens[a].SpaceBefore && tokens[a].Newlines == 0 && nameWord(a-1) &&
		!isAllCaps(tokens[a-1].Text) && a-1 > span[0] && tokens[a-2].isCap() && tokens[a-2].isWord()
}

// earlierWeaponHead: the weapon of the latest earlier mention of two words or more whose last
// word is the class noun at i, singular or plural ("ballistic missile" for "the missile"), or nil.
func earlierWeaponHead(tokens []Token, found []mention, i int) *entityInfo {
	head := strings.TrimSuffix(tokens[i].Lower, "s")
	for j := len(found) - 1; j >= 0; j-- {
		m := found[j]
		if m.info.Type != TypeWeapon || m.coref || m.end-m.start < 2 || m.start >= i {
			continue
		}
		if strings.TrimSuffix(tokens[m.end-1].Lower, "s") == head {
			return m.info
		}
	}
	return nil
}

// gazetteerNames: the gazetteer reads tokens [j, j+b) as one of its own names ("Security
// Council": the UN's), which a state's body of that name named alone does not take over.
func gazetteerNames(lx *lexicon, tokens []Token, j, b int) bool {
	e, n := lx.gaz.match(tokens, j)
	return e != nil && n >= b
}

// agreementShortForms: the shorter names an agreement's mention [a, b) implies, for the
// forms writers use later or list as its names: without a leading year ("1951 Mutual Defense
// Treaty" -> "Mutual Defense Treaty") and without the parties joined by hyphens that open it
// ("U.S.-Philippines Mutual Defense Treaty" -> "Mutual Defense Treaty"). At least two words
// stay, so a bare head ("Treaty") is never a name.
func agreementShortForms(tokens []Token, a, b int, lx *lexicon) []string {
	var out []string
	if b-a >= 3 && isYear(tokens[a].Text) {
		a++
		out = append(out, surfaceOf(tokens, a, b))
	}
	for k := b - 2; k > a+2; k-- {
		if tokens[k].SpaceBefore && statesCompound(tokens, a, k, lx) {
			out = append(out, surfaceOf(tokens, k, b))
			break
		}
	}
	return out
}

// isYear: four digits from 1900 to 2099, as a name's leading year is written.
func isYear(s string) bool {
	return len(s) == 4 && isDigits(s) && (s[:2] == "19" || s[:2] == "20")
}

// classModifierStart: the start of a hyphenated modifier ("long-range", "land-based", and of
// three words, "surface-to-air", "air-to-air", which writers name classes by as often) right
// before the weapon class noun at token i that shapes.tsv lists as a class-modifier; i when
// there is none. The longer modifier is tried first.
func (lx *lexicon) classModifierStart(tokens []Token, span [2]int, i int) int {
	if i-3 < span[0] || !tokens[i].SpaceBefore {
		return i
	}
	for _, words := range []int{3, 2} {
		a := i - 2*words + 1
		if a < span[0] {
			continue
		}
		key, ok := "", !tokens[a].isCap()
		for j := a; ok && j < i; j++ {
			if (j-a)%2 == 1 {
				ok = tokens[j].Text == "-" && !tokens[j].SpaceBefore
				key += "-"
				continue
			}
			ok = tokens[j].isWord() && (j == a || !tokens[j].SpaceBefore)
			key += tokens[j].Lower
		}
		if ok && lx.shapes.classModifiers[key] {
			return a
		}
	}
	return i
}

// signaturePlace: a capital after a comma ends at token k the place part of a signature or
// venue line: the line ends there, or a comma and a date follow ("..., Helsinki, 12 February
// 2025"; a date opens with a number or a month, a stop word as written).
func signaturePlace(tokens []Token, k int, lx *lexicon) bool {
	if k >= len(tokens) || tokens[k].Newlines > 1 {
		return true
	}
	if tokens[k].Newlines == 1 {
		return tokens[k].isCap() // not prose wrapped at a line's end ("..., Moscow\nsaid")
	}
	if tokens[k].Text != "," || k+1 >= len(tokens) || tokens[k+1].Newlines > 0 {
		return false
	}
	next := tokens[k+1]
	return isDigits(next.Text) || next.isCap() && monthNumbers[next.Lower] > 0
}

// headsEnd: the end of the run of institution head words from token k ("L.L.C." after
// "Trading"); k when there is none.
func headsEnd(tokens []Token, span [2]int, k int, lx *lexicon) int {
	for k < span[1] && lx.shapes.written(listInstHeads, &tokens[k]) {
		k++
	}
	return k
}

// possessorAt: a name the gazetteer knows starts at token i and its possessive "'s" follows.
func possessorAt(tokens []Token, span [2]int, i int, lx *lexicon) bool {
	_, n := lx.gaz.match(tokens[:span[1]], i)
	return n > 0 && i+n < span[1] && tokens[i+n].Lower == "'s"
}

// firstNamedWith: the institution of the earliest full mention before the short form m whose
// words hold m's words ("Council of Ministers of the Confederation of Sahel States" for "the
// Council"), or nil. A mention that ends in m's words is preferred: "the Council" of "The
// Ministerial Council of the Cooperation Council for the Arab States of the Gulf" is the
// Ministerial Council, though the heading named the Cooperation Council first; a body whose
// gazetteer short form m is does not count as ending in it, so "the Council" of the AES
// Council of Ministers stays that Council after the communiqué names the Security Council.
func firstNamedWith(tokens []Token, found []mention, m mention, lx *lexicon) *entityInfo {
	var best *mention
	bestEnds := false
	n := m.end - m.start
	owners := shortOwners(tokens, m, lx)
	for k := range found {
		f := &found[k]
		if f.coref || f.nested || f.info.Type != TypeInstitution || f.start >= m.start || f.end-f.start <= n {
			continue
		}
		for j := f.start; j+n <= f.end; j++ {
			same := true
			for t := 0; t < n && same; t++ {
				same = tokens[j+t].Lower == tokens[m.start+t].Lower
			}
			if !same {
				continue
			}
			ends := j+n == f.end && !slices.Contains(owners, f.info)
			if best == nil || ends && !bestEnds || ends == bestEnds && f.start < best.start {
				best, bestEnds = f, ends
			}
			break
		}
	}
	if best == nil {
		return nil
	}
	return best.info
}

// theatreEnd takes into a state's service the theatre it is named for, a state or a region the
// gazetteer knows, and a second one after "and": "U.S. Forces Korea", "US Forces Japan", "U.S.
// Army Europe and Africa" (shapes.tsv theatre-head). The name must open with a state, so
// "Rapid Support Forces Sudan" stays apart; end is the token after the head.
func theatreEnd(tokens []Token, span [2]int, start, end int, lx *lexicon) int {
	if e, n := lx.gaz.match(tokens[:end], start); e == nil || e.info.Type != TypeState || e.demonym || e.capital || start+n > end-1 {
		return end
	}
	theatre := func(k int) int {
		if k >= span[1] || !tokens[k].isCap() || !tokens[k].SpaceBefore || tokens[k].Newlines > 0 {
			return 0
		}
		if lx.shapes.theatres[tokens[k].Text] {
			return 1
		}
		e, n := lx.gaz.match(tokens[:span[1]], k)
		if e == nil || e.capital || e.demonym || e.info.Type != TypeState && e.info.Type != TypePlace {
			return 0
		}
		return n
	}
	n := theatre(end)
	if n == 0 {
		return end
	}
	end += n
	if end < span[1] && lx.shapes.theatreTails[tokens[end].Text] && !lx.gaz.knowsAt(tokens[:span[1]], end, end+1) {
		end++ // "U.S. Naval Forces Central Command": the theatre's command is the theatre's name
	}
	if end+1 < span[1] && tokens[end].is("and") {
		if m := theatre(end + 1); m > 0 {
			end += 1 + m
		}
	}
	return end
}

// unitNumberStart takes into a formation's name the number that opens it (shapes.tsv
// unit-head): an ordinal always ("the 11th Corps", "82nd Airborne Division"), a bare number of
// at most three digits only after a unit-number-lead word or at the sentence's start ("Royal
// Marines of 3 Commando Brigade"), since elsewhere it counts ("sent 200 Commando Brigade
// troops").
func unitNumberStart(tokens []Token, span [2]int, start int, nl *nameLexicon) int {
	k := start - 1
	if k < span[0] || !tokens[start].SpaceBefore || tokens[start].Newlines > 0 {
		return start
	}
	t := tokens[k].Text
	if ordinal(tokens[k].Lower) {
		return k
	}
	if isDigits(t) && len(t) <= 3 && (k == span[0] || nl.unitNumberLeads[tokens[k-1].Lower]) {
		return k
	}
	return start
}

// shortOwners: the gazetteer entities that have the mention m as their short form, one per
// entry ("Council": the Security Council and the Council of the EU).
func shortOwners(tokens []Token, m mention, lx *lexicon) []*entityInfo {
	var owners []*entityInfo
	for _, e := range lx.gaz.entriesAt(tokens, m.start, m.end-m.start) {
		if e.short {
			owners = append(owners, e.info)
		}
	}
	return owners
}

// titleLine: the token at a opens a line of its own that is a title: it follows a line break
// (or opens the text), holds at most 16 tokens, and every word in it is capitalised or a
// function word (shapes.tsv title-word), so that a running sentence wrapped by a PDF is no title.
func titleLine(tokens []Token, span [2]int, a int, lx *lexicon) bool {
	if a > 0 && tokens[a].Newlines == 0 {
		return false
	}
	n := 0
	for k := a; k < len(tokens) && (k == a || tokens[k].Newlines == 0); k++ {
		if n++; n > 16 || tokens[k].isWord() && !tokens[k].isCap() && !lx.shapes.titleWords[tokens[k].Lower] {
			return false
		}
	}
	return n >= 2
}

// titleLineEnd: an agreement named on a title line runs to the line's end (its complement
// has no sentence around it to stop it), from end, the end of the complement already read.
func titleLineEnd(tokens []Token, span [2]int, end int) int {
	k := end
	for k < span[1] && tokens[k].Newlines == 0 && tokens[k].isWord() {
		k++
	}
	if k < span[1] && tokens[k].Newlines == 0 {
		return end // punctuation inside the line: keep the complement read
	}
	for k > end && !tokens[k-1].isCap() {
		k-- // never end on a function word
	}
	return k
}

// titleAgreement: the headed name m is an agreement that fills a title line of its own.
func titleAgreement(tokens []Token, span [2]int, m mention, lx *lexicon) bool {
	return m.info.Type == TypeAgreement && titleLine(tokens, span, m.start, lx) && (m.end == len(tokens) || tokens[m.end].Newlines > 0)
}

// civilBefore: a shapes.tsv civil-modifier stands right before the class noun at i, or before
// the one lower-case noun it is coordinated with ("public vessels, or aircraft", "commercial
// ships and aircraft"): the modifier is shared, and the hardware is civil.
func (lx *lexicon) civilBefore(tokens []Token, span [2]int, i int) bool {
	k := i - 1
	if k < span[0] {
		return false
	}
	if lx.shapes.civilModifiers[tokens[k].Lower] {
		return true
	}
	if !tokens[k].is("and", "or") {
		return false
	}
	if k--; k > span[0] && tokens[k].Text == "," {
		k-- // "public vessels, or aircraft"
	}
	return k > span[0] && tokens[k].isWord() && !tokens[k].isCap() && lx.shapes.civilModifiers[tokens[k-1].Lower]
}

// labelSurname: a capitalised label's last name in the case of running text ("OKAFOR-HALE"
// is "Okafor-Hale", "RICHARD MARLES" is "Marles").
func labelSurname(name string) string {
	if i := strings.LastIndexByte(name, ' '); i >= 0 {
		name = name[i+1:]
	}
	b := []byte(strings.ToLower(name))
	for i := range b {
		if (i == 0 || b[i-1] == '-') && b[i] >= 'a' && b[i] <= 'z' {
			b[i] -= 'a' - 'A'
		}
	}
	return string(b)
}

// attackAfterPlace: a lower-case shapes.tsv attack-word right after a place name the gazetteer
// reads only in a place context names an attack at that place ("the Pathankot attack", "the
// 26/11 Mumbai attacks", "the Kharkiv strike"): writers name attacks by where they struck, so
// the word is the name's place context as a locative before it is.
func attackAfterPlace(tokens []Token, span [2]int, end int, lx *lexicon) bool {
	return end < span[1] && !tokens[end].isCap() && lx.shapes.attackWords[tokens[end].Lower]
}

// personNameTail: the one-word gazetteer match at i is the last word of a personal name the
// gazetteer lacks. Glued by a hyphen to a capitalised name word that is no known name itself
// ("Brooke-Holland", "Ellison-Hwang"), it is the second half of a double-barrelled surname
// (a state's alias too, and also after an honorific alone: "Dr. Ellison-Hwang"). After a
// space, only an organisation's alias or a family's surname (a Person's short form) closes a
// name, after two or three capitalised name words that no role, title, body head or known
// name claims, on one line, with a title, role or comma before them ("Foreign Minister
// Thérèse Kayikwamba Wagner", "his brother, Abdelrahim Hamdan Dagalo"): "Military Company
// Wagner" is a body's name, "Moscow backs Wagner" no name at all.
func personNameTail(tokens []Token, span [2]int, i int, e *gazEntry, lx *lexicon, free func(a, b int) bool) bool {
	nameWord := func(k int) bool {
		return k >= span[0] && capWordAt(tokens, k, lx) && free(k, k+1) && !isRoleWord(tokens, k, lx) &&
			!lx.shapes.written(listInstHeads, &tokens[k]) && !lx.shapes.written(listNotName, &tokens[k]) &&
			!lx.gaz.knowsAt(tokens[:span[1]], k, k+1)
	}
	if i-2 >= span[0] && tokens[i-1].Text == "-" && !tokens[i-1].SpaceBefore && !tokens[i].SpaceBefore && tokens[i].isCap() {
		if !nameWord(i-2) || e.info.Type == TypeWeapon {
			return false
		}
		return nameWord(i-3) && tokens[i-2].Newlines == 0 || i-3 >= span[0] && (lx.honorific.matchAt(tokens[:span[1]], i-3) > 0 || tokens[i-3].Text == "." && i-4 >= span[0] && lx.honorific.matchAt(tokens[:span[1]], i-4) > 0)
	}
	if !e.short && e.info.Type != TypeInstitution || !tokens[i].SpaceBefore || tokens[i].Newlines > 0 {
		return false
	}
	a := i
	for a-1 >= span[0] && i-a < 3 && nameWord(a-1) && (a == i || tokens[a].Newlines == 0) {
		a--
	}
	if i-a < 2 || tokens[a].Newlines > 0 || a == span[0] || a-1 >= span[0] && capWordAt(tokens, a-1, lx) && !isRoleWord(tokens, a-1, lx) {
		return false
	}
	if tokens[a-1].Text == "," {
		return true
	}
	for k := a - 1; k >= span[0] && k >= a-4; k-- {
		if n := max(lx.titles.matchAt(tokens[:span[1]], k), lx.roles.matchAt(tokens[:span[1]], k)); n > 0 && (k+n == a || k+n+1 == a && tokens[a-1].Text == ".") {
			return true
		}
	}
	return false
}
