package extract

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"unicode"
)

// nameLexicon holds the word lists of the recogniser for names the gazetteer lacks
// (data/shapes.tsv): what heads, precedes or follows a name and says what it is.
type nameLexicon struct {
	instHeads, instComplementHeads, placeHeads, agreementHeads map[string]bool // as written
	instHeadPairs                                              map[string]bool // two-word inst-heads whose last word is a place-head ("Military District")
	stop, suffixes, notDesignator, notWeapon, notAcronym       map[string]bool // as written
	postNominals, shipPrefixes, notName                        map[string]bool // as written
	instPrefixes                                               map[string]bool // as written: "Operation" in "Operation Prosperity Guardian"
	placePrefixes                                              phraseSet       // capitalised: "RAAF Base" in "RAAF Base Tindal"
	vesselNouns, capitalCues, travelWords, directions          map[string]bool // lower case
	journeyNouns                                               map[string]bool // lower case
	notWeaponHeads                                             map[string]bool // lower case: "images" in "satellite images"
	civilModifiers                                             map[string]bool // lower case: "commercial" in "commercial aircraft"
	merchantVessels                                            map[string]bool // lower case: "car carrier" in "the car carrier Galaxy Leader"
	launcherNouns                                              map[string]bool // lower case: "launchers" in "NLAW launchers"
	regionGroups                                               map[string]bool // lower case: "states" in "the Baltic states"
	classModifiers                                             map[string]bool // lower case: "long-range" in "long-range rockets"
	classTails                                                 map[string]bool // lower case: "systems" in "land-based missile systems"
	modelSuffixes                                              map[string]bool // as written: "class" in "Virginia-class submarines"
	modelQualifiers                                            map[string]bool // as written: "type" in "Shahed-type drones" (Shaheds too)
	modelBlocks                                                map[string]bool // as written: "Block" in "F-16 Block 70"
	labelTitles, speakerGeneric                                map[string]bool // as written: "MR", "QUESTION" in transcript labels
	questionLabels                                             map[string]bool // upper case: "QUESTION", "Q" in "QUESTION (Anjali, Deccan Herald):"
	legalActs, legalActIssuers                                 map[string]bool // as written: "Regulation", "Council" in "Council Regulation (EU) No 269/2014"
	peopleIn                                                   map[string]bool // lower case: "officials" in "officials in Seoul"
	weaponModifiers                                            map[string]bool // lower case: "close-range" in "Fath-360 close-range ballistic missiles"
	departWords                                                map[string]bool // lower case
	likeNouns                                                  map[string]bool // lower case: "cities" in "cities like Kharkiv"
	attackWords, baseCues, stanceAt, leadVerbs                 map[string]bool // lower case
	destinationVerbs, destinationPreps, placeOfNouns           map[string]bool // lower case: "stationed ... in Setermoen"
	placePreps, notPlace, companyForms                         map[string]bool // as written: "in Moura,"; "English"; "Ltd"
	notPlaceLead                                               map[string]bool // lower case: "a stake in Rosneft"
	capitalNouns                                               map[string]bool // lower case: "the Turkish capital"
	particles, placeComplementHeads                            map[string]bool // lower case; as written
	familyParticles                                            map[string]bool // as written
	regnal                                                     map[string]bool // as written: "XVI" in "Carl XVI Gustaf"
	documentSymbols                                            map[string]bool // as written: "S" in "S/2024/835"
	kindAgreements                                             map[string]bool // lower case: "memorandum of understanding", a kind of text, no name
	kindInstitutions                                           map[string]bool // lower case: "foreign terrorist organization", a legal category, no body
	topicHeads                                                 map[string]bool // as written: "Experts" in "Panel of Experts on Yemen"
	missionHeads                                               map[string]bool // as written: "Mission" in "Transition Mission in Somalia"
	agreementLinks                                             map[string]bool // lower case: "establishing" after "Treaty"
	organHeads                                                 map[string]bool // as written: "Guard" in "China Coast Guard"
	theatreHeads, theatres                                     map[string]bool // as written: "Forces" and "Korea" in "U.S. Forces Korea"
	theatreTails                                               map[string]bool // as written: "Command" in "U.S. Naval Forces Central Command"
	titleWords                                                 map[string]bool // lower case: "on" in "Declaration on Security" on a title line
	unitHeads                                                  map[string]bool // as written: "Brigade" in "3 Commando Brigade"
	unitNumberLeads                                            map[string]bool // lower case: "of" in "Royal Marines of 3 Commando Brigade"
	placeNouns, resolution, govNouns, speechVerbs              map[string]bool // lower case
	ageWords                                                   map[string]bool // lower case: "sixty" in "Olha Marchenko, sixty-two,"
	regionNouns                                                map[string]bool // lower case: "region" in "the Odesa region"
	placeSets                                                  map[string]bool // lower case: "ports" in "the Black Sea ports of Odesa and Izmail"
	locative, locativeKnown, resolutionBody                    phraseSet
	bodyPrefix                                                 phraseSet // "United Nations panel of experts"
	organParents                                               phraseSet // "Armed Forces" in "Air Force of the Armed Forces of Ukraine"
	placeHeadPhrases                                           phraseSet // multi-word place heads ("Air Base")
	siteNouns                                                  phraseSet // "air base" after a name
	personCues                                                 phraseSet // "DOB", "born" after a listing's name: the entry is a person
	// places holds the generated cities and regions apart from the main gazetteer: their
	// names are all capitalised, so only capitalised tokens need to look them up, and the
	// main gazetteer's lookups for every token stay small.
	places *placeIndex
	// cueFlags marks the lower-case words some recogniser starts from, so that one map lookup
	// per token tells which recognisers have anything to do (see tokenFlags).
	cueFlags map[string]uint8
}

// Token flags: which recognisers a token may start or enable.
const (
	flagResolution uint8 = 1 << iota // "resolution"
	flagDirection                    // "southern"
	flagWeapon                       // a weapon noun, a vessel noun or a ship prefix
	flagAnaphor                      // the first word of an anaphor
	flagGovNoun                      // "government": "Kim government" is the state
)

// tokenFlags looks every token up once in cueFlags.
func (n *nameLexicon) tokenFlags(tokens []Token) []uint8 {
	fl := make([]uint8, len(tokens))
	for i := range tokens {
		if t := &tokens[i]; t.word != nil { // a pointer: a Token is 80 bytes
			fl[i] = t.word.cue
		} else {
			fl[i] = n.cueFlags[t.Lower]
		}
	}
	return fl
}

func (n *nameLexicon) setFlag(word string, f uint8) {
	if n.cueFlags == nil {
		n.cueFlags = map[string]uint8{}
	}
	n.cueFlags[strings.ToLower(word)] |= f
}

// nameClasses maps each class of data/shapes.tsv to where its words go.
func (n *nameLexicon) classes() map[string]func(string) {
	set := func(m *map[string]bool, lower bool) func(string) {
		return func(w string) {
			if *m == nil {
				*m = map[string]bool{}
			}
			if lower {
				w = strings.ToLower(w)
			}
			(*m)[w] = true
		}
	}
	phrase := func(p *phraseSet) func(string) { return p.add }
	return map[string]func(string){
		"inst-head": func(w string) {
			if strings.Contains(w, " ") { // "Military District": the pair decides over its place-head
				set(&n.instHeadPairs, false)(w)
				return
			}
			set(&n.instHeads, false)(w)
		},
		"inst-complement": set(&n.instComplementHeads, false),
		"place-head": func(w string) {
			if strings.Contains(w, " ") {
				n.placeHeadPhrases.add(w)
				w = w[strings.LastIndexByte(w, ' ')+1:]
			}
			set(&n.placeHeads, false)(w)
		},
		"agreement-head":   set(&n.agreementHeads, false),
		"topic-head":       set(&n.topicHeads, false),
		"mission-head":     set(&n.missionHeads, false),
		"place-noun":       set(&n.placeNouns, true),
		"place-set":        set(&n.placeSets, true),
		"stop":             set(&n.stop, false),
		"suffix":           set(&n.suffixes, false),
		"regnal":           set(&n.regnal, false),
		"agreement-link":   set(&n.agreementLinks, true),
		"organ-head":       set(&n.organHeads, false),
		"theatre-head":     set(&n.theatreHeads, false),
		"theatre":          set(&n.theatres, false),
		"theatre-tail":     set(&n.theatreTails, false),
		"title-word":       set(&n.titleWords, true),
		"unit-head":        set(&n.unitHeads, false),
		"unit-number-lead": set(&n.unitNumberLeads, true),
		"not-name":         set(&n.notName, false),
		"post-nominal":     set(&n.postNominals, false),
		"ship-prefix":      set(&n.shipPrefixes, false),
		"inst-prefix":      set(&n.instPrefixes, false),
		"place-prefix":     phrase(&n.placePrefixes),
		"vessel-noun":      set(&n.vesselNouns, true),
		"capital-cue":      set(&n.capitalCues, true),
		"site-noun":        phrase(&n.siteNouns),
		"direction":        set(&n.directions, true),
		"particle":         set(&n.particles, true),
		"family-particle":  set(&n.familyParticles, false),
		"place-complement": set(&n.placeComplementHeads, false),
		"attack-word":      set(&n.attackWords, true),
		"stance-at":        set(&n.stanceAt, true),
		"people-in":        set(&n.peopleIn, true),
		"weapon-modifier":  set(&n.weaponModifiers, true),
		"lead-verb":        set(&n.leadVerbs, true),
		"travel-word":      set(&n.travelWords, true),
		"journey-noun":     set(&n.journeyNouns, true),
		"depart-word":      set(&n.departWords, true),
		"like-noun":        set(&n.likeNouns, true),
		"locative":         phrase(&n.locative),
		"locative-known":   phrase(&n.locativeKnown),
		"resolution":       set(&n.resolution, true),
		"resolution-body":  phrase(&n.resolutionBody),
		"document-symbol":  set(&n.documentSymbols, false),
		"kind-agreement":   set(&n.kindAgreements, true),
		"kind-institution": set(&n.kindInstitutions, true),
		"body-prefix":      phrase(&n.bodyPrefix),
		"organ-parent":     phrase(&n.organParents),
		"not-designator":   set(&n.notDesignator, false),
		"not-weapon":       set(&n.notWeapon, false),
		"not-weapon-head":  set(&n.notWeaponHeads, true),
		"civil-modifier":   set(&n.civilModifiers, true),
		"merchant-vessel":  set(&n.merchantVessels, true),
		"launcher-noun":    set(&n.launcherNouns, true),
		"region-group":     set(&n.regionGroups, true),
		"class-modifier":   set(&n.classModifiers, true),
		"class-tail":       set(&n.classTails, true),
		"model-suffix":     set(&n.modelSuffixes, false),
		"model-qualifier":  set(&n.modelQualifiers, false),
		"model-block":      set(&n.modelBlocks, false),
		"label-title":      set(&n.labelTitles, false),
		"speaker-generic":  set(&n.speakerGeneric, false),
		"question-label":   set(&n.questionLabels, false),
		"legal-act":        set(&n.legalActs, false),
		"legal-act-issuer": set(&n.legalActIssuers, false),
		"not-acronym":      set(&n.notAcronym, false),
		"gov-noun":         set(&n.govNouns, true),
		"prefer":           func(string) {}, // read after the gazetteer, in compileNames
		"speech-verb":      set(&n.speechVerbs, true),
		"age-word":         set(&n.ageWords, true),
		"region-noun":      set(&n.regionNouns, true),
		"base-cue":         set(&n.baseCues, true),
		"destination-verb": set(&n.destinationVerbs, true),
		"destination-prep": set(&n.destinationPreps, true),
		"place-prep":       set(&n.placePreps, false),
		"not-place":        set(&n.notPlace, false),
		"company-form":     set(&n.companyForms, false),
		"not-place-lead":   set(&n.notPlaceLead, true),
		"place-of-noun":    set(&n.placeOfNouns, true),
		"capital-noun":     set(&n.capitalNouns, true),
		"person-cue":       phrase(&n.personCues),
	}
}

// compileNames reads the name recogniser's word lists and the generated place gazetteers.
func (lx *lexicon) compileNames(rules ruleSet) error {
	classes := lx.shapes.classes()
	for _, row := range rules["shapes"] {
		add, ok := classes[row.field(0)]
		if !ok {
			return fmt.Errorf("%s: unknown name class %q", row.where, row.field(0))
		}
		for _, w := range splitList(row.field(1)) {
			add(w)
		}
	}
	for _, row := range rules["shapes"] {
		if row.field(0) != "prefer" {
			continue
		}
		for _, pair := range splitList(row.field(1)) {
			surface, id, ok := strings.Cut(pair, "=")
			if !ok || !lx.gaz.prefer(surface, id) {
				return fmt.Errorf("%s: prefer %q: want surface=entity-id of a known entity", row.where, pair)
			}
		}
	}
	// "the Korean peninsula", "the Taiwan strait": a place named with a place head takes its
	// head in lower case too, as many news styles write it.
	for _, row := range rules["entities"] {
		info := lx.gaz.entities[row.field(1)]
		if row.field(0) != TypePlace || info == nil {
			continue
		}
		for _, name := range append([]string{row.field(2)}, splitList(row.field(3))...) {
			k := strings.LastIndexByte(name, ' ')
			if k <= 0 || !lx.shapes.placeHeads[name[k+1:]] {
				continue
			}
			lx.gaz.add(info, name[:k+1]+strings.ToLower(name[k+1:]), gazEntry{})
		}
	}
	for _, row := range rules["coref"] {
		if err := lx.coref.add(row); err != nil {
			return fmt.Errorf("%s: %w", row.where, err)
		}
	}
	for w := range lx.shapes.resolution {
		lx.shapes.setFlag(w, flagResolution)
	}
	for w := range lx.shapes.directions {
		lx.shapes.setFlag(w, flagDirection)
	}
	for _, set := range []map[string]bool{lx.gaz.weaponWords, lx.shapes.vesselNouns, lx.shapes.shipPrefixes} {
		for w := range set {
			lx.shapes.setFlag(w, flagWeapon)
			if k := strings.LastIndexByte(w, ' '); k >= 0 {
				lx.shapes.setFlag(w[k+1:], flagWeapon) // "spy ship": the word right before the name cues it
			}
		}
	}
	for w := range lx.coref.phrases.byFirst {
		lx.shapes.setFlag(w, flagAnaphor)
	}
	for w := range lx.shapes.govNouns {
		lx.shapes.setFlag(w, flagGovNoun)
	}
	rows := rules["places"]
	if shared, n, err := builtinPlaces(rows); err != nil {
		return err
	} else if shared != nil {
		// The embedded rows open the list (loadRuleSet): their index is shared, less the
		// names this gazetteer knows; a user's places rows are added to copies.
		rows = rows[n:]
		lx.shapes.places, lx.placeStates = shared.forGazetteer(lx.gaz, len(rows) > 0), shared.states
		if len(rows) > 0 {
			lx.shapes.places.ids, lx.placeStates = maps.Clone(shared.index.ids), maps.Clone(shared.states)
		}
	} else {
		lx.shapes.places = newPlaceIndex()
	}
	for _, row := range rows {
		if err := lx.addPlace(row); err != nil {
			return fmt.Errorf("%s: %w", row.where, err)
		}
	}
	lx.shapes.places.ids = nil // needed only while loading
	return nil
}

// sameRow: a and b are copies of one parsed row (a ruleSet's slices are copied when a user's
// rows are appended; the rows' fields are not).
func sameRow(a, b tsvRow) bool {
	return len(a.fields) > 0 && len(a.fields) == len(b.fields) && &a.fields[0] == &b.fields[0]
}

// builtinPlaces returns the shared index of the embedded places rows and their number when
// rows begins with them (the ruleSet of loadRuleSet), nil otherwise (a rule set built some
// other way loads every row itself).
func builtinPlaces(rows []tsvRow) (*placesShared, int, error) {
	base, err := builtin.ruleRows()
	if err != nil {
		return nil, 0, err
	}
	own := base["places"]
	if len(own) == 0 || len(rows) < len(own) || !sameRow(rows[0], own[0]) || !sameRow(rows[len(own)-1], own[len(own)-1]) {
		return nil, 0, nil
	}
	builtin.placesOnce.Do(func() { builtin.places, builtin.placesErr = buildPlacesShared(own) })
	return builtin.places, len(own), builtin.placesErr
}

// addPlace reads a generated place line: id, name, aliases, country (ISO alpha-3), and
// "context" when the name may only be read as a place in a place context. A name the
// gazetteer already knows (a capital, a curated place, a person) keeps its meaning.
func (lx *lexicon) addPlace(row tsvRow) error {
	id, name := row.field(0), row.field(1)
	if !strings.HasPrefix(id, "place:") || name == "" {
		return fmt.Errorf("place line needs a place: id and a name")
	}
	needsContext := row.field(4) == "context"
	if c := row.field(3); c != "" {
		if lx.placeStates == nil {
			lx.placeStates = map[string]string{}
		}
		lx.placeStates[id] = "state:" + c
	}
	for _, n := range append([]string{name}, splitList(row.field(2))...) {
		toks := tokenize(n) // once: tens of thousands of names load for every extractor
		if node := lx.gaz.nodeOfTokens(toks); node != nil && node != lx.gaz.root && len(node.entries) > 0 || lx.shapes.places.knowsTokens(toks) {
			continue
		}
		lx.shapes.places.add(id, name, n, toks, needsContext)
	}
	return nil
}

// isNameWord: a capitalised word that may be part of a name, not one of shapes.tsv's stop
// words ("The", "On"). The rules ask it of the words around and inside a name.
func (n *nameLexicon) isNameWord(t *Token) bool {
	return t.isCap() && t.isWord() && !n.written(listStop, t)
}

// locativeBefore: a locative word or phrase ends right before token i ("near", "off the coast
// of"); known widens the test to the weaker cues that suffice for a known place name.
func (n *nameLexicon) locativeBefore(tokens []Token, span [2]int, i int, known bool) bool {
	for k := i - 1; k >= span[0] && k >= i-5; k-- {
		if m := n.locative.matchAt(tokens[:i], k); m == i-k {
			return true
		}
		if known {
			if m := n.locativeKnown.matchAt(tokens[:i], k); m == i-k {
				return true
			}
		}
	}
	return false
}

// destinationBefore: the name at i..end is where a movement or a stay leads ("stationed in
// Setermoen", "sent a battalion to Troms", "visited the troops in Alta"): a destination-prep
// right before it and a destination-verb earlier in the same clause, at most twelve words back
// ("deployed a commando group and the amphibious ship HMS Albion to Tromsø").
// A run ending in an institution head or a not-name word ("sent the bill to Congress") is no
// place.
func (n *nameLexicon) destinationBefore(tokens []Token, span [2]int, i, end int) bool {
	if i-1 <= span[0] || !n.destinationPreps[tokens[i-1].Lower] {
		return false
	}
	if last := &tokens[end-1]; n.written(listInstHeads, last) || n.written(listNotName, last) {
		return false
	}
	for k := i - 2; k >= span[0] && k >= i-13; k-- {
		t := tokens[k]
		if t.is(",", ";", ":", "(", "\"", "“", "”") {
			return false
		}
		if n.destinationVerbs[t.Lower] {
			return true
		}
	}
	return false
}

// attackTargetBefore: "on" or "against" after an attack-word ends right before token i
// ("drone strikes on Stepanakert", "the assault against Bakhmut"); a run ending in an
// institution head or a not-name word is no place.
func (n *nameLexicon) attackTargetBefore(w *words, tokens []Token, span [2]int, i, end int) bool {
	if i-2 < span[0] || !w.tok(wAttackPrep, &tokens[i-1]) || !n.attackWords[tokens[i-2].Lower] {
		return false
	}
	last := &tokens[end-1]
	return !n.written(listInstHeads, last) && !n.written(listNotName, last)
}

// labelStart: the name and its place noun open the line (after a bullet) and a colon follows,
// a report's label ("- Pokrovsk direction: 28 assaults"), which "the" does not open.
func labelStart(tokens []Token, span [2]int, i, end int) bool {
	return (i == span[0] || i-1 == span[0] && tokens[i-1].is("-", "\u2013", "\u2022", "*")) &&
		end+1 < span[1] && tokens[end+1].Text == ":"
}

// theBefore: "the" right before token i, or before a lower-case hyphenated adjective right
// before it ("the oil-rich Essequibo region", "the war-torn Kherson region").
func theBefore(tokens []Token, span [2]int, i int) bool {
	if tokens[i-1].is("the") {
		return true
	}
	// "Russia's Voronezh region", "Ukraine's Sumy oblast": a state's possessive determines
	// the noun as "the" does.
	if i-2 >= span[0] && tokens[i-1].is("'s", "\u2019s") && tokens[i-2].isCap() {
		return true
	}
	k := i - 1
	if k-3 < span[0] || tokens[k].isCap() || !tokens[k].isWord() || tokens[k-1].Text != "-" || tokens[k-1].SpaceBefore || tokens[k].SpaceBefore {
		return false
	}
	return !tokens[k-2].isCap() && tokens[k-2].isWord() && tokens[k-3].is("the")
}

// closedLocative: a name the gazetteers lack right after a place preposition ("in", "from",
// `place-prep`) that closes its phrase (a comma, a full stop, a semicolon, a list's "and"):
// "killed 500 people in Moura, in March", "reported for duty in Boden, Revinge and
// Karlsborg", "flew missions from Siauliai, alongside". A name that goes on ("in Kim's
// view"), ends in a body's head or a not-name word ("in Parliament,") or is a language or
// another not-place word (`not-place`: "in English,") is no place, nor is one after a
// `not-place-lead` word ("a stake in Rosneft,"), nor a name of several words after "from".
func (n *nameLexicon) closedLocative(tokens []Token, span [2]int, i, end int) bool {
	if i-2 < span[0] || !n.placePreps[tokens[i-1].Text] || end-i > 3 || n.notPlaceLead[tokens[i-2].Lower] {
		return false
	}
	if tokens[i-1].is("from") && slices.ContainsFunc(tokens[i+1:end], func(t Token) bool { return t.SpaceBefore }) {
		// "took over from Nikolai Patrushev,": after "from", a name of two or more words the
		// gazetteers lack is as often a person as a place (one left or handed over to), so
		// only a one-word name (hyphenated parts included) closes as a place there ("flew
		// missions from Siauliai,", "from Ziemel-Ostava;").
		return false
	}
	if end < span[1] && !tokens[end].is(",", ".", ";", "and", "or") {
		return false
	}
	for k := i; k < end; k++ {
		if n.notPlace[tokens[k].Text] {
			return false
		}
	}
	last := &tokens[end-1]
	return !n.written(listInstHeads, last) && !n.written(listNotName, last)
}

// placeOfBefore: "the", at most two words, a place-of-noun and "of" end right before token i
// ("the eastern state of Sucre", "the Brazilian state of Roraima").
func (n *nameLexicon) placeOfBefore(tokens []Token, span [2]int, i int) bool {
	if i-2 <= span[0] || !tokens[i-1].is("of") || !n.placeOfNouns[tokens[i-2].Lower] || tokens[i-2].isCap() {
		return false
	}
	for k := i - 3; k >= span[0] && k >= i-5; k-- {
		if tokens[k].is("the") {
			return true
		}
		if !tokens[k].isWord() {
			return false
		}
	}
	return false
}

// designatorEnd returns the end of a weapon model designator starting at i: letters, a
// hyphen and a code with digits or capitals ("Kh-101", "Shahed-136", "Iskander-M", "F-16",
// "S-400", "Su-35S"), or i when there is none.
func (n *nameLexicon) designatorEnd(tokens []Token, end, i int) int {
	if i+2 >= end || tokens[i+1].SpaceBefore || tokens[i+1].Text != "-" && tokens[i+1].Text != "/" {
		return i // the common case, tested first: no hyphen or slash after the word
	}
	t := tokens[i]
	if !t.isCap() || !isLetters(t.Text) || n.notDesignator[t.Text] {
		return i
	}
	hy, code := tokens[i+1], tokens[i+2]
	if hy.Text == "/" && !hy.SpaceBefore && !code.SpaceBefore && isAllCaps(t.Text) && isAllCaps(code.Text) && len(code.Text) <= 3 {
		if i+3 < end && !tokens[i+3].SpaceBefore && (tokens[i+3].Text == "/" || tokens[i+3].Text == ".") {
			return i // "S/PV.9505", "PSC/PR/COMM.1210": a document symbol goes on with a number or another part
		}
		if i+4 < end && tokens[i+3].Text == "-" && !tokens[i+3].SpaceBefore && !tokens[i+4].SpaceBefore &&
			strings.ContainsAny(tokens[i+4].Text, "0123456789") && (i+5 >= end || tokens[i+5].Text != "-" && tokens[i+5].Text != "/") {
			return i + 5 // "F/A-18", "AN/TPS-77": a slash code with a hyphen and a number is one designator
		}
		return i + 3 // "SAMP/T"
	}
	if hy.Text != "-" || hy.SpaceBefore || code.SpaceBefore {
		return i
	}
	hasDigit := strings.ContainsAny(code.Text, "0123456789")
	switch {
	case len(code.Text) == 4 && (strings.HasPrefix(code.Text, "19") || strings.HasPrefix(code.Text, "20")):
		return i // "Sword-2024": a year names an exercise or an event, not a model
	case hasDigit && (len(t.Text) <= 4 || hasLowerAfterFirst(t.Text)):
	case hasDigit && isAllCaps(t.Text) && (!isDigits(code.Text) || i+3 < end && !tokens[i+3].SpaceBefore && isLetters(tokens[i+3].Text)):
		// "ALTIUS-600M": a model's name in capitals before a code of digits and letters (a
		// word in capitals before bare digits is no model: "COVID-19").
	case !hasDigit && isAllCaps(code.Text) && len(code.Text) <= 3 && len(t.Text) >= 3 && !isAllCaps(t.Text):
		// "Iskander-M", "Kalibr-M": a letter suffix on a word.
	case n.modelSuffixes[code.Text] && i+3 < end && tokens[i+3].isWord() && !tokens[i+3].isCap():
		// "Virginia-class submarines", "Shahed-type drones": the class word (shapes.tsv
		// model-suffix), if a weapon noun follows.
	default:
		return i
	}
	j := i + 3
	// "Su-35S", "Kh-47M2": more code glued on.
	for j < end && !tokens[j].SpaceBefore && tokens[j].isWord() && (isAllCaps(tokens[j].Text) || isDigits(tokens[j].Text)) && len(tokens[j].Text) <= 3 {
		j++
	}
	// "MiG-29" and "Shahed-136" but not "Covid-19-era" or "2023-24".
	if j < end && tokens[j].Text == "-" && !tokens[j].SpaceBefore {
		return i
	}
	// "PAC-3 MSE": a variant in capitals after a space.
	if hasDigit && j < end && tokens[j].isWord() && isAllCaps(tokens[j].Text) && isLetters(tokens[j].Text) && len(tokens[j].Text) <= 3 &&
		!n.notAcronym[tokens[j].Text] && !(j+1 < end && tokens[j+1].isCap()) {
		j++
	}
	// "F-16 Block 70 fighters": a production block and its number name the variant.
	if hasDigit && j+1 < end && n.modelBlocks[tokens[j].Text] && isDigits(tokens[j+1].Text) && len(tokens[j+1].Text) <= 3 {
		j += 2
	}
	return j
}

func isLetters(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return s != ""
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

func hasLowerAfterFirst(s string) bool {
	for i, r := range s {
		if i > 0 && unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// weaponNounAt: a lower-case weapon class of the gazetteer starts at i ("missiles", "drones",
// "air defense systems"); returns its length.
func (lx *lexicon) weaponNounAt(tokens []Token, end, i int) int {
	if i >= end || tokens[i].isCap() {
		return 0
	}
	e, n := lx.gaz.match(tokens[:end], i)
	if e == nil || e.info.Type != TypeWeapon || e.caseSensitive {
		return 0
	}
	return n
}

// classNounAfter: the class noun after a model, with the lower-case modifiers of
// shapes.tsv weapon-modifier before it ("Fath-360 close-range ballistic missiles", "B-1B
// strategic bombers", "Leopard 2A8 main battle tanks"), starts at i; returns its length
// (0: none). The model's mention takes it, as the writers' convention has it.
func (lx *lexicon) classNounAfter(tokens []Token, end, i int) int {
	for k := i; k < end && k-i <= 5; k++ {
		if n := lx.weaponNounAt(tokens, end, k); n > 0 {
			return k + n - i
		}
		t := tokens[k]
		switch {
		case t.Text == "-" && !t.SpaceBefore && k > i && k+1 < end && !tokens[k+1].SpaceBefore:
		case t.isWord() && !t.isCap() && lx.shapes.weaponModifiers[t.Lower]:
		default:
			return 0
		}
	}
	return 0
}

// calibreWeapons: a calibre ("170mm", "152 mm", "120-mm") before a weapon class of the
// gazetteer, with its modifiers ("170mm self-propelled guns", "240mm multiple rocket
// launchers"), names a Weapon of its own with the calibre in its mention: writers name a gun
// or a round by its bore. A calibred class the gazetteer knows ("155mm shells") stays its own.
func (lx *lexicon) calibreWeapons(tokens []Token, span [2]int) []mention {
	var out []mention
	for i := span[0]; i < span[1]; i++ {
		k := calibreEnd(tokens, span[1], i)
		if k == i {
			continue
		}
		n := lx.classNounAfter(tokens, span[1], k)
		if n == 0 {
			continue
		}
		if e, m := lx.gaz.match(tokens[:span[1]], i); e != nil && i+m >= k+n {
			continue
		}
		if i-2 >= span[0] && lx.words.tok(wConjunction, &tokens[i-1]) && (tokens[i-2].Text == "mm" || calibreEnd(tokens, span[1], i-2) == i-1) {
			continue // "155 mm and 105 mm artillery rounds": the class is shared, no calibre names it alone
		}
		name := surfaceOf(tokens, i, k+n)
		out = append(out, mention{info: &entityInfo{ID: "weapon:" + slug(name), Type: TypeWeapon, Name: name}, start: i, end: k + n})
		i = k + n - 1
	}
	return out
}

// calibreEnd: the end of a calibre at token i ("170mm"; "152 mm"; "120-mm"), or i.
func calibreEnd(tokens []Token, end, i int) int {
	t := tokens[i].Text
	if d := strings.TrimSuffix(t, "mm"); len(d) < len(t) && len(d) > 0 && len(d) <= 3 && isDigits(d) {
		return i + 1
	}
	if !isDigits(t) || len(t) > 3 {
		return i
	}
	k := i + 1
	if k < end && tokens[k].Text == "-" && !tokens[k].SpaceBefore {
		k++
	}
	if k < end && tokens[k].Text == "mm" {
		return k + 1
	}
	return i
}

// weaponModels finds named weapon models: a designator ("Kh-101", "Iskander-M missiles",
// "F-16s") or capitalised model names before a weapon noun ("Storm Shadow missiles",
// "Bayraktar TB2 drones"). Each is its own Weapon entity; the class noun after it belongs to
// the mention, not to a separate class entity.
func (lx *lexicon) weaponModels(tokens []Token, span [2]int, fl []uint8) []mention {
	n := &lx.shapes
	candidate := false // a hyphen or slash in a word, a ship word or a weapon noun
	for k := span[0]; k < span[1] && !candidate; k++ {
		t := &tokens[k] // a pointer: a Token is 80 bytes, copied for every word
		candidate = fl[k]&flagWeapon != 0 || (t.Text == "-" || t.Text == "/") && !t.SpaceBefore
	}
	if !candidate {
		return nil
	}
	var out []mention
	merchantEnd := -1 // the end of the last civil ship's name (merchantBefore)
	for i := span[0]; i < span[1]; i++ {
		if !tokens[i].isCap() || i > span[0] && !tokens[i].SpaceBefore && tokens[i-1].isWord() {
			continue // "Leopard 2A6": a code glued to a word goes on a model, it starts none
		}
		nameEnd := n.designatorEnd(tokens, span[1], i)
		if nameEnd == i+3 && tokens[i+1].Text == "-" && lx.knowsOther(tokens[:span[1]], i, TypeWeapon) && lx.knowsOther(tokens[:span[1]], i+2, TypeWeapon) {
			continue // "China-US relations", "India-GCC ties": two known names joined, no model
		}
		if nameEnd > i && nameEnd+1 < span[1] && tokens[nameEnd].isCap() && tokens[nameEnd].SpaceBefore && n.isNameWord(&tokens[nameEnd]) &&
			!n.written(listNotWeapon, &tokens[nameEnd]) && lx.classNounAfter(tokens, span[1], nameEnd+1) > 0 && !lx.knowsOther(tokens[:span[1]], nameEnd, TypeWeapon) {
			nameEnd++ // "MQ-9 Reaper drones", "P-8A Poseidon surveillance aircraft": the model's name after its designator
		} else if nameEnd > i && lx.nicknameAt(tokens, span, nameEnd) {
			nameEnd++ // "a B-1B Lancer deployed from Guam", "C-17 Globemaster transport": the model's one-word name
		} else if nameEnd > i && lx.nicknameWord(tokens, span, nameEnd) && lx.unknownName(tokens, span, nameEnd) && lx.nicknameAt(tokens, span, nameEnd+1) {
			nameEnd += 2 // "F/A-18 Super Hornets flew", "F-16 Fighting Falcons": the model's two-word name (h43ent)
		}
		start := i
		if fl[i]&flagWeapon == 0 && (i == span[0] || fl[i-1]&flagWeapon == 0) && nameEnd == i && !n.vesselApposition(tokens, span, i) {
			// Neither a ship word here or before, nor a designator: only model words before
			// a weapon noun remain, and those need a weapon word ahead.
			j := i
			for j < span[1] && j-i < 3 && tokens[j].isCap() {
				j++
			}
			if j > i && j+1 < span[1] && lx.words.tok(wConjunction, &tokens[j]) {
				// "Emad and Kheibar Shekan ballistic missiles": look past the conjunction.
				for j++; j < span[1] && j-i < 7 && tokens[j].isCap(); j++ {
				}
			}
			if j >= span[1] || fl[j]&flagWeapon == 0 {
				continue
			}
		}
		designator := nameEnd > i
		if v := lx.vesselEnd(tokens, span, i); v > i {
			nameEnd, designator = v, false // "the frigate Admiral Gorshkov", "USS Helena"
		} else if nameEnd == i {
			// Capitalised model words right before a weapon noun: "Storm Shadow missiles".
			if n.designatorEndsAt(tokens, span, i) {
				continue // "MQ-9 Reaper drones": the name after a designator is the designator's model's
			}
			j := i
			if i > span[0] && tokens[i-1].Text == "-" && !tokens[i].SpaceBefore {
				continue // "al-Shabaab fighters"
			}
			modelWord := func(j int) bool {
				return n.isNameWord(&tokens[j]) && !n.written(listNotWeapon, &tokens[j])
			}
			step := func(j int) int {
				if d := n.designatorEnd(tokens, span[1], j); d > j {
					return d
				}
				return j + 1
			}
			// Cheap first: a run that does not end before a weapon noun names no model,
			// whatever the gazetteer says of its words.
			for j < span[1] && j-i < 3 && modelWord(j) {
				j = step(j)
			}
			if j > i && j+1 < span[1] && lx.words.tok(wConjunction, &tokens[j]) && lx.weaponNounAt(tokens, span[1], j) == 0 {
				// "Emad and Kheibar Shekan ballistic missiles": a model coordinated with one
				// before the shared class noun is a model too, without the noun.
				k := j + 1
				for k < span[1] && k-(j+1) < 3 && modelWord(k) {
					k = step(k)
				}
				if k > j+1 && lx.weaponNounAt(tokens, span[1], k) > 0 && !lx.knowsOther(tokens[:span[1]], i, TypeWeapon) &&
					!(i > span[0] && n.isNameWord(&tokens[i-1])) && i > span[0] {
					name := surfaceOf(tokens, i, j)
					out = append(out, mention{info: &entityInfo{ID: "weapon:" + slug(name), Type: TypeWeapon, Name: name}, start: i, end: j})
					i = j
					continue
				}
			}
			if j == i || lx.weaponNounAt(tokens, span[1], j) == 0 {
				continue
			}
			for j = i; j < span[1] && j-i < 3 && modelWord(j) && !lx.knowsOther(tokens[:span[1]], j, TypeWeapon); {
				j = step(j)
			}
			if j == i || lx.weaponNounAt(tokens, span[1], j) == 0 || i == span[0] && !strings.ContainsAny(surfaceOf(tokens, i, j), "0123456789-") {
				continue // sentence-initial "Ballistic missiles" is no model
			}
			if e, m := lx.gaz.match(tokens[:j], i); e != nil && i+m == j && e.info.Type != TypeWeapon {
				continue // "Ukraine missiles": a state, not a model
			}
			if i > span[0] && n.isNameWord(&tokens[i-1]) && !n.written(listInstHeads, &tokens[i-1]) {
				continue // inside a longer capitalised run; after a body's head ("Royal Air Force Typhoon jets") the model starts
			}
			nameEnd = j
		}
		if designator && (len(out) == 0 || out[len(out)-1].end < i) && lx.modelFirstWord(tokens, span, i) {
			start = i - 1 // "Hsiung Feng-III", "Standard Missile-6", "Arleigh Burke-class": the model's first word
		}
		name := surfaceOf(tokens, start, nameEnd)
		if n.shipPrefixes[tokens[start].Text] && start > span[0] && n.baseCues[tokens[start-1].Lower] {
			// "station submarines at HMAS Stirling": a navy's shore base is a place.
			out = append(out, mention{info: &entityInfo{ID: "place:" + slug(name), Type: TypePlace, Name: name}, start: start, end: nameEnd})
			i = nameEnd - 1
			continue
		}
		if e, m := lx.gaz.match(tokens[:span[1]], start); e != nil && start+m >= nameEnd && (e.info.Type != TypeWeapon || e.info.ID == "weapon:"+slug(name)) {
			continue // the gazetteer knows this name as itself ("HIMARS") or as no weapon
		}
		// A model the gazetteer lists under its class ("KN-23" under ballistic missiles) is
		// still its own entity: the model is what the text names. One ending in a shapes.tsv
		// model-suffix needs its weapon noun.
		if c := tokens[nameEnd-1].Text; n.modelSuffixes[c] && lx.classNounAfter(tokens, span[1], nameEnd) == 0 &&
			!(c == "class" && nameEnd < span[1] && !tokens[nameEnd].isCap() && n.vesselNouns[tokens[nameEnd].Lower]) {
			continue // "the Renhai-class cruiser Zunyi": a ship's class before its vessel noun is a model
		}
		end := nameEnd
		if end < span[1] && tokens[end].Text == "s" && !tokens[end].SpaceBefore {
			end++ // "F-16s"
		}
		end += lx.classNounAfter(tokens, span[1], end)
		if lx.merchantBefore(tokens, span, start, merchantEnd) {
			// "the car carrier Galaxy Leader", "cargo vessels Port Olya-3 and Port Olya-4": a
			// ship a merchant vessel noun introduces is civil, no Weapon (SCHEMA: military
			// hardware), though its name reads as a ship's or a model's.
			merchantEnd = end
			i = end - 1
			continue
		}
		out = append(out, mention{info: &entityInfo{ID: "weapon:" + slug(name), Type: TypeWeapon, Name: name}, start: start, end: end})
		i = end - 1
	}
	return out
}

// merchantBefore: a shapes.tsv merchant-vessel noun, one word or two in lower case, stands
// right before the ship's name at i, past one capitalised word of that name ("cargo vessels
// Port Olya-3"); or the name is the second of two joined by "and" or a comma after such a
// noun, the first ending at prev ("... Port Olya-3 and Port Olya-4").
func (lx *lexicon) merchantBefore(tokens []Token, span [2]int, i, prev int) bool {
	n := &lx.shapes
	k := i
	if k-1 > span[0] && tokens[k-1].isCap() && n.isNameWord(&tokens[k-1]) && tokens[k-1].SpaceBefore {
		k--
	}
	if prev >= 0 && (k-1 == prev && tokens[prev].is("and", ",") || k-2 == prev && tokens[prev].Text == "," && tokens[k-1].is("and")) {
		return true
	}
	if k-1 < span[0] || tokens[k-1].isCap() {
		return false
	}
	if k-2 >= span[0] && !tokens[k-2].isCap() && n.merchantVessels[tokens[k-2].Lower+" "+tokens[k-1].Lower] {
		return true
	}
	return n.merchantVessels[tokens[k-1].Lower]
}

// modelFirstWord: the word right before the designator at i is the first word of the model's
// name ("Hsiung Feng-III", "Standard Missile-6", "Arleigh Burke-class"): one capitalised word
// of lower-case letters inside the sentence, on the designator's line, that no list, head
// ("Port Olya-3" is a port), title or gazetteer knows, after a word that is no name word, outside a Title Case headline.
func (lx *lexicon) modelFirstWord(tokens []Token, span [2]int, i int) bool {
	n := &lx.shapes
	if i-2 < span[0] || !tokens[i].SpaceBefore || tokens[i].Newlines > 0 {
		return false
	}
	w := &tokens[i-1]
	if len(w.Text) < 3 || !isLetters(w.Text) || hasUpperAfterFirst(w.Text) || !n.isNameWord(w) || n.written(listNotWeapon, w) ||
		n.written(listNotName, w) || n.written(listPlaceHeads, w) || n.written(listInstHeads, w) || n.written(listAgreementHeads, w) || n.isNameWord(&tokens[i-2]) || tokens[i-2].Text == "-" || isRoleWord(tokens, i-1, lx) {
		return false
	}
	if e, _ := lx.matchName(tokens[:span[1]], i-1); e != nil {
		return false
	}
	return !isHeadline(tokens, span, lx.words)
}

// nicknameAt: the word at k, right after a designator, is the model's own one-word name ("B-1B
// Lancer", "MH-60R Seahawk"): a capitalised word of lower-case letters that no list or
// gazetteer knows, on the designator's line, with no capitalised word after it (a Title Case
// headline's next word is no nickname's end).
func (lx *lexicon) nicknameAt(tokens []Token, span [2]int, k int) bool {
	if !lx.nicknameWord(tokens, span, k) {
		return false
	}
	if k+1 < span[1] && tokens[k+1].isCap() && tokens[k+1].Newlines == 0 {
		return false
	}
	e, _ := lx.matchName(tokens[:span[1]], k)
	return e == nil
}

// unknownName: no name the gazetteer or the name lists know starts at k.
func (lx *lexicon) unknownName(tokens []Token, span [2]int, k int) bool {
	e, _ := lx.matchName(tokens[:span[1]], k)
	return e == nil
}

// nicknameWord: the word at k could be a word of a model's own name: capitalised, of
// lower-case letters after the first, on its line, no list's and no role word.
func (lx *lexicon) nicknameWord(tokens []Token, span [2]int, k int) bool {
	n := &lx.shapes
	return !(k >= span[1] || !tokens[k].SpaceBefore || tokens[k].Newlines > 0 || len(tokens[k].Text) < 3 || hasUpperAfterFirst(tokens[k].Text) ||
		!n.isNameWord(&tokens[k]) || n.written(listNotWeapon, &tokens[k]) || isRoleWord(tokens, k, lx))
}

// resolutions finds resolutions by number: "Resolution 2231", "resolutions 1718 and 2397",
// "UN Security Council Resolution 2231". Ids follow the curated "agr:unscr-<n>".
func (lx *lexicon) resolutions(tokens []Token, span [2]int, fl []uint8) []mention {
	var out []mention
	for i := span[0]; i+1 < span[1]; i++ {
		if fl[i]&flagResolution != 0 && i+5 < span[1] && tokens[i+1].Text == "ES" && tokens[i+2].Text == "-" && isDigits(tokens[i+3].Text) &&
			tokens[i+4].Text == "/" && isDigits(tokens[i+5].Text) && !tokens[i+2].SpaceBefore && !tokens[i+3].SpaceBefore && !tokens[i+4].SpaceBefore && !tokens[i+5].SpaceBefore {
			// "resolution ES-11/7": the General Assembly's emergency special session's numbering.
			head := surfaceOf(tokens, i, i+1)
			if !tokens[i].isCap() || strings.HasSuffix(head, "s") {
				head = "Resolution"
			}
			num := surfaceOf(tokens, i+1, i+6)
			out = append(out, mention{info: &entityInfo{ID: "agr:unga-resolution-" + slug(num), Type: TypeAgreement, Name: head + " " + num}, start: i, end: i + 6})
			i += 5
			continue
		}
		if fl[i]&flagResolution == 0 || !isDigits(tokens[i+1].Text) {
			continue
		}
		start := i
		for k := max(span[0], i-4); k < i; k++ {
			if m := lx.shapes.resolutionBody.matchAt(tokens[:i], k); m == i-k {
				start = k
				break
			}
		}
		head := surfaceOf(tokens, i, i+1)
		if !tokens[i].isCap() {
			head = "Resolution"
		}
		for j := i + 1; j < span[1] && isDigits(tokens[j].Text); {
			name := head + " " + tokens[j].Text
			if strings.HasSuffix(head, "s") {
				name = "Resolution " + tokens[j].Text
			}
			id := "agr:unscr-" + tokens[j].Text
			info := lx.gaz.entities[id]
			if info == nil {
				info = &entityInfo{ID: id, Type: TypeAgreement, Name: name}
			}
			a, b := j, j+1
			if j == i+1 {
				a = start
			}
			if b+1 < span[1] && tokens[b].Text == "/" && !tokens[b].SpaceBefore && isDigits(tokens[b+1].Text) {
				// "resolution 76/262": the General Assembly's numbering.
				b += 2
				name = head + " " + surfaceOf(tokens, j, b)
				info = &entityInfo{ID: "agr:unga-resolution-" + slug(surfaceOf(tokens, j, b)), Type: TypeAgreement, Name: name}
			}
			if b+2 < span[1] && tokens[b].Text == "(" && tokens[b+2].Text == ")" &&
				(len(tokens[b+1].Text) == 4 && isDigits(tokens[b+1].Text) || lx.shapes.regnal[tokens[b+1].Text] || tokens[b+1].Text == "I") {
				b += 3 // "resolution 2719 (2023)"; the General Assembly's session: "resolution 377 (V)"
			}
			out = append(out, mention{info: info, start: a, end: b})
			if b > j+1 && tokens[j+1].Text == "(" {
				// "resolution 1718 (2006)" is also named without its year, as writers cite it.
				out = append(out, mention{info: info, start: a, end: j + 1, nested: true})
			}
			if a < i {
				// "United Nations Security Council Resolution 2722": the body that adopted it is
				// named too, a surface inside the resolution's name.
				if e, n := lx.gaz.match(tokens[:i], a); e != nil && e.info.Type == TypeInstitution && a+n == i {
					out = append(out, mention{info: e.info, start: a, end: i, nested: true})
				}
			}
			j = b - 1
			// "resolutions 1718 and 2397", "1718, 2270 and 2397"
			if j+2 < span[1] && tokens[j+1].is("and", ",", "or") && isDigits(tokens[j+2].Text) {
				j += 2
				continue
			}
			i = j
			break
		}
	}
	return out
}

// legalActs finds a union's legal acts named by their number: a shapes.tsv legal-act head
// ("Regulation", "Decision"), perhaps after legal-act-issuer words ("Council", "Implementing")
// and before the union's tag in parentheses and "No", then the number with its year and
// serial joined by a slash, perhaps with the policy's suffix ("Council Regulation (EU) No
// 269/2014", "Decision 2014/145/CFSP"). Each is an Agreement (a named instrument).
func (lx *lexicon) legalActs(tokens []Token, span [2]int) []mention {
	var out []mention
	for i := span[0]; i+3 < span[1]; i++ {
		if !lx.shapes.written(listLegalActs, &tokens[i]) {
			continue // asked of every token: the word's info answers, not a map
		}
		a := i
		for a-1 >= span[0] && a > i-2 && lx.shapes.legalActIssuers[tokens[a-1].Text] {
			a--
		}
		k := i + 1
		if k+2 < span[1] && tokens[k].Text == "(" && tokens[k+2].Text == ")" && isAllCaps(tokens[k+1].Text) {
			k += 3 // "(EU)", "(CFSP)"
		}
		if k < span[1] && tokens[k].Text == "No" {
			k++
		}
		if k+2 >= span[1] || !isDigits(tokens[k].Text) || tokens[k+1].Text != "/" || tokens[k+1].SpaceBefore || !isDigits(tokens[k+2].Text) || tokens[k+2].SpaceBefore {
			continue
		}
		num := surfaceOf(tokens, k, k+3)
		e := k + 3
		if e+1 < span[1] && tokens[e].Text == "/" && !tokens[e].SpaceBefore && isAllCaps(tokens[e+1].Text) && !tokens[e+1].SpaceBefore {
			num += "/" + tokens[e+1].Text // "2014/145/CFSP"
			e += 2
		}
		name := surfaceOf(tokens, a, e)
		out = append(out, mention{info: &entityInfo{ID: "agr:" + slug(tokens[i].Text+" "+num), Type: TypeAgreement, Name: name}, start: a, end: e})
		i = e - 1
	}
	return out
}

// documentSymbols finds UN document symbols: an organ's capital prefix (shapes.tsv class
// document-symbol), a year and a serial, joined by slashes with no space ("document
// S/2024/835"). Writers name a draft resolution by its symbol, and the symbol is the draft's
// name as an Agreement (SCHEMA "Agreement": a named instrument).
func (lx *lexicon) documentSymbols(tokens []Token, span [2]int) []mention {
	var out []mention
	for i := span[0]; i+4 < span[1]; i++ {
		if tokens[i+1].Text != "/" || !lx.shapes.documentSymbols[tokens[i].Text] || !symbolTail(tokens, i) {
			continue // a slash next is symbolTail's first test, and cheaper than the map at every token
		}
		name := surfaceOf(tokens, i, i+5)
		out = append(out, mention{info: &entityInfo{ID: "agr:" + slug(name), Type: TypeAgreement, Name: name}, start: i, end: i + 5})
		i += 4
	}
	return out
}

// symbolTail: "/<year>/<serial>" follows token i with no space inside.
func symbolTail(tokens []Token, i int) bool {
	for k := i + 1; k <= i+4; k++ {
		if tokens[k].SpaceBefore {
			return false
		}
	}
	return tokens[i+1].Text == "/" && len(tokens[i+2].Text) == 4 && isDigits(tokens[i+2].Text) &&
		tokens[i+3].Text == "/" && isDigits(tokens[i+4].Text)
}

// isDocumentSymbol: the name is one documentSymbols reads ("S/2024/835").
func (n *nameLexicon) isDocumentSymbol(name string) bool {
	prefix, _, ok := strings.Cut(name, "/")
	return ok && n.documentSymbols[prefix] && strings.Count(name, "/") == 2
}

// prefixedInstitutions reads a capitalised word of shapes.tsv class inst-prefix and the one
// to three capitalised words after it as one Institution: a named mission or coalition
// ("Operation Prosperity Guardian", "Operation Barkhane"); and a capitalised phrase of class
// place-prefix and the words after it as one Place: a military base named by its service's
// prefix ("RAF Akrotiri", "RAAF Base Tindal", "Camp Aguinaldo"). Words the gazetteer knows as
// something else end the name ("RAF Typhoons" is no base).
func (lx *lexicon) prefixedInstitutions(tokens []Token, span [2]int) []mention {
	n := &lx.shapes
	var out []mention
	for i := span[0]; i+1 < span[1]; i++ {
		if !tokens[i+1].isCap() || !tokens[i].isCap() {
			continue // no capitalised word after it (tested first: cheaper than the map)
		}
		typ, j := TypeInstitution, i+1
		if !n.instPrefixes[tokens[i].Text] {
			m := n.placePrefixes.matchAt(tokens[:span[1]], i)
			if m == 0 || i+m >= span[1] || !tokens[i+m-1].isCap() || !tokens[i+m].isCap() {
				continue
			}
			if g, gm := lx.gaz.match(tokens[:span[1]], i); g != nil && gm > m {
				continue // "Camp David": the gazetteer knows the whole
			}
			typ, j = TypePlace, i+m
		}
		a := j
		for j < span[1] && j-a < 3 && n.isNameWord(&tokens[j]) && !lx.knowsOther(tokens[:span[1]], j, typ) {
			j++
		}
		if j == a {
			continue // "Operation" alone, or before a known name ("Operation in Ukraine")
		}
		name := surfaceOf(tokens, i, j)
		prefix := "inst:"
		if typ == TypePlace {
			prefix = "place:"
		}
		out = append(out, mention{info: &entityInfo{ID: prefix + slug(name), Type: typ, Name: name}, start: i, end: j})
		i = j - 1
	}
	return out
}

// unknownPlaces finds places the gazetteers lack from a locative before them ("clashes near
// Vuhledar", "off the coast of Hualien", "the town of Kupiansk") or a place noun after them
// ("the Kherson region"), with the names coordinated after the first ("near Vuhledar,
// Marinka and Avdiivka").
//
// placeEnd reports whether a place found before ends at token k: names coordinated with it
// are places too ("in Donetsk, Luhansk and Kherson", "around Sanaa, Hodeidah and Saada").
func (lx *lexicon) unknownPlaces(tokens []Token, span [2]int, free func(a, b int) bool, placeEnd func(k int) bool) []mention {
	n := &lx.shapes
	var out []mention
	add := func(a, b int) {
		name := surfaceOf(tokens, a, b)
		out = append(out, mention{info: &entityInfo{ID: "place:" + slug(name), Type: TypePlace, Name: name}, start: a, end: b})
	}
	run := func(i int) int { // up to three capitalised words, hyphenated parts included
		j := i
		for j < span[1] && j-i < 5 && n.isNameWord(&tokens[j]) && !isAllCaps(tokens[j].Text) && free(j, j+1) {
			j++
			if j+1 < span[1] && tokens[j].Text == "-" && !tokens[j].SpaceBefore && !tokens[j+1].SpaceBefore && tokens[j+1].isWord() {
				j += 2 // "Ivano-Frankivsk", "Kostiantynivka-on-Don"
			}
		}
		return j
	}
	for i := span[0] + 1; i < span[1]; i++ {
		if !n.isNameWord(&tokens[i]) || !free(i, i+1) || tokens[i-1].isCap() && tokens[i-1].isWord() || n.notPlace[tokens[i].Text] {
			continue
		}
		end := run(i)
		if end == i || end < span[1] && (tokens[end].Text == "'s" || n.written(listInstHeads, &tokens[end]) || tokens[end].isCap()) {
			continue
		}
		if k := n.siteNouns.matchAtEnd(tokens[:span[1]], end); k > 0 && !tokens[end].isCap() && !lx.knowsOther(tokens[:span[1]], i, TypePlace) {
			// "Nevatim air base", "Alabuga special economic zone": the site noun belongs to the name.
			add(i, end+k)
			i = end + k - 1
			continue
		}
		if end+1 < span[1] && tokens[end].Text == "-" && !tokens[end].SpaceBefore && tokens[end+1].is("based") && n.locativeBefore(tokens, span, i, true) {
			add(i, end) // "a Vuhledar-based unit"
			i = end
			continue
		}
		if end < span[1] && n.placeNouns[tokens[end].Lower] && !tokens[end].isCap() && (theBefore(tokens, span, i) || labelStart(tokens, span, i, end)) &&
			lx.bodies.matchAt(tokens[:span[1]], end) == 0 { // "the Philippine coast guard ship" names no coast
			// "the Kherson region": the noun belongs to the name.
			add(i, end+1)
			i = end
			continue
		}
		if lx.honorific.matchAt(tokens[:span[1]], i) > 0 {
			continue // "the envoy in Quito, Mr. Luis Vargas": an honorific opens a person's name, no place (h44coff)
		}
		if !n.locativeBefore(tokens, span, i, false) && !coordinatedWithPlace(lx.words, tokens, span, i, placeEnd) &&
			!(n.locativeBefore(tokens, span, i, true) && lx.placeAppositionAt(tokens, span, end)) && !lx.siteInState(tokens, span, i, end) &&
			!n.destinationBefore(tokens, span, i, end) && !n.placeOfBefore(tokens, span, i) && !n.attackTargetBefore(lx.words, tokens, span, i, end) &&
			!n.closedLocative(tokens, span, i, end) {
			continue
		}
		add(i, end)
		// Coordinated names after it: ", Marinka and Avdiivka".
		for k := end; k+1 < span[1] && tokens[k].is(",", "and", "or"); {
			next := k + 1
			if lx.words.tok(wConjunction, &tokens[next]) && tokens[k].Text == "," {
				next++
			}
			if next >= span[1] || !free(next, next+1) {
				break
			}
			e := run(next)
			if e == next || e < span[1] && (tokens[e].Text == "'s" || tokens[e].isCap()) {
				break
			}
			add(next, e)
			k = e
		}
		i = out[len(out)-1].end - 1
	}
	return out
}

// acronyms reads an all-capital word the gazetteer lacks as the name of a body ("IRGC",
// "ECOWAS", "JNIM"), unless it is a common abbreviation or sits in a heading.
// Acronyms the document defines in parentheses ("Nordic Security Council (NSC)") are left to
// acronymAliases, which makes them the defined entity's; those it writes as weapons
// (weaponAcronyms) are Weapons.
func (lx *lexicon) acronyms(tokens []Token, span [2]int, free func(a, b int) bool, defined, weapons map[string]bool) []mention {
	n := &lx.shapes
	var out []mention
	for i := span[0]; i < span[1]; i++ {
		t := &tokens[i] // a pointer: a Token is 80 bytes, copied for every word
		if len(t.Key) < 3 || len(t.Key) > 7 || !isAllCaps(t.Key) || !t.isWord() || n.notAcronym[t.Key] || defined[t.Key] || !free(i, i+1) {
			continue
		}
		if capsNeighbour(tokens, span, i, -1) || capsNeighbour(tokens, span, i, 1) {
			continue // an ALL-CAPS heading ("SPOKESPERSON LIM SOO-SUK")
		}
		if len(t.Key) >= 5 && (i == 0 || t.Newlines > 0) && (i+1 >= len(tokens) || tokens[i+1].Newlines > 0) {
			continue // a one-word ALL-CAPS line is a section heading ("VESSELS", "OTHERS") (h43ent)
		}
		if n.companyForms[t.Text] && i > span[0] && tokens[i-1].is(",", ".") {
			continue // "QILU AEROTECH CO., LTD.": a firm's legal form, part of its name
		}
		if i+1 < span[1] && tokens[i+1].Text == "-" && !tokens[i+1].SpaceBefore {
			continue // "HIMARS-like", "IRIS-T": a compound or a model
		}
		if i > span[0] && tokens[i-1].Text == "/" && !tokens[i-1].SpaceBefore && !t.SpaceBefore {
			continue // "PSC/PR/COMM.1210": a part of a document symbol
		}
		letters, digits := 0, 0
		for _, r := range t.Key {
			if unicode.IsLetter(r) {
				letters++
			} else if unicode.IsDigit(r) {
				digits++
			}
		}
		if letters < 2 {
			continue
		}
		if digits > 0 {
			// Letters and digits in one word name a model ("CV90 combat vehicles", "GM200
			// radars"), or with a year nothing ("FY2025"); a body's acronym has no digits.
			if digits == 4 && (strings.Contains(t.Key, "19") || strings.Contains(t.Key, "20")) || n.notDesignator[strings.TrimRight(t.Text, "0123456789")] {
				continue
			}
			if digits >= 5 {
				continue // "IN12345": five digits number a report or a product, never a model
			}
			out = append(out, mention{info: &entityInfo{ID: "weapon:" + slug(t.Key), Type: TypeWeapon, Name: t.Key}, start: i, end: i + 1})
			continue
		}
		if weapons[t.Key] {
			out = append(out, mention{info: &entityInfo{ID: "weapon:" + slug(t.Key), Type: TypeWeapon, Name: t.Key}, start: i, end: i + 1})
			continue
		}
		out = append(out, mention{info: &entityInfo{ID: "inst:" + slug(t.Key), Type: TypeInstitution, Name: t.Key}, start: i, end: i + 1})
	}
	return out
}

// weaponAcronyms lists the acronym keys a document writes, somewhere, right before a weapon
// class noun or a shapes.tsv launcher-noun ("AMRAAM missiles", "NMESIS anti-ship missiles",
// "NLAW launchers", "the THAAD battery"), or right after a capitalised name ending in a
// launcher-noun or class-tail ("System") and ", or" or ", known as" ("Navy-Marine
// Expeditionary Ship Interdiction System, or NMESIS"): such an acronym names a weapon model
// there and wherever else the document writes it ("the NMESIS would remain"), as a
// capitalised model name does, not a body (acronyms). One pass per document, beside
// definedAcronyms, rather than a scan of the document for every acronym read.
func (lx *lexicon) weaponAcronyms(tokens []Token) map[string]bool {
	n := &lx.shapes
	var out map[string]bool
	for i := range tokens {
		key := tokens[i].Key
		if len(key) < 3 || len(key) > 7 || !isAllCaps(key) || out[key] {
			continue
		}
		found := lx.classNounAfter(tokens, len(tokens), i+1) > 0 || i+1 < len(tokens) && !tokens[i+1].isCap() && n.launcherNouns[tokens[i+1].Lower]
		if !found {
			k := i - 1
			if k > 0 && tokens[k].is("as") && tokens[k-1].is("known") {
				k -= 2
			} else if k >= 0 && tokens[k].is("or") {
				k--
			} else {
				continue
			}
			found = k > 0 && tokens[k].Text == "," && tokens[k-1].isCap() && (n.launcherNouns[tokens[k-1].Lower] || n.classTails[tokens[k-1].Lower])
		}
		if found {
			if out == nil {
				out = map[string]bool{}
			}
			out[key] = true
		}
	}
	return out
}

// definedAcronyms lists the "(ACRONYM)" definitions of a document.
func definedAcronyms(tokens []Token) map[string]bool {
	var out map[string]bool
	for i := 0; i+2 < len(tokens); i++ {
		if tokens[i].Text == "(" && tokens[i+2].Text == ")" && isAllCaps(tokens[i+1].Key) {
			if out == nil {
				out = map[string]bool{}
			}
			out[tokens[i+1].Key] = true
		}
	}
	return out
}

// datelinePlace reads the places of a wire dateline: ALL-CAPS names opening a line and
// followed by a comma or a dash ("KYIV, Ukraine —", "WASHINGTON —", "SEOUL/TOKYO -").
func (lx *lexicon) datelinePlace(tokens []Token, span [2]int) []mention {
	// A headline without a full stop runs into the dateline's sentence: every line opening
	// near the sentence's start is tried.
	for i := span[0]; i < span[1] && i < span[0]+40; i++ {
		if i > 0 && tokens[i].Newlines == 0 {
			continue
		}
		if out, ok := lx.datelineAt(tokens, span, i); ok {
			return out
		}
		if out := lx.titleDateline(tokens, span, i); out != nil {
			return out
		}
	}
	return nil
}

// titleDateline reads a dateline written in ordinary case opening its line at i: one to
// three capitalised words, a comma and the date ("Pyongyang, June 29, 2024 (KCNA) --",
// "Fiuggi, 26 November 2024", "Taipei, 2 April 2025, 15:00"). The words are the place the
// text was issued from, a Place even when they name a seat of government; a state's or a
// body's name there ("Kuwait, 1 December") is left to the gazetteer. The seat of government
// a text is issued from stays a surface of its state too, whose text it is ("the Government"
// after "Pyongyang, June 29 (KCNA)"): a nested mention after the Place.
func (lx *lexicon) titleDateline(tokens []Token, span [2]int, i int) []mention {
	j := i
	for j < span[1] && j-i < 3 && tokens[j].isCap() && tokens[j].isWord() && !isAllCaps(tokens[j].Key) && (j == i || tokens[j].Newlines == 0) &&
		!tokens[j].mayBe(dateMonth) && !lx.shapes.written(listStop, &tokens[j]) {
		j++
	}
	if j == i || j+2 >= span[1] || tokens[j].Text != "," || tokens[j+1].Newlines > 0 {
		return nil
	}
	d := j + 1
	if isDigits(tokens[d].Text) && len(tokens[d].Text) <= 2 {
		d++
	}
	if d >= span[1] || !tokens[d].mayBe(dateMonth) || d+1 >= span[1] || !isDigits(tokens[d+1].Text) {
		return nil
	}
	if i > 0 && tokens[i].Newlines < 2 && tokens[i-1].isWord() && !tokens[i-1].isCap() {
		return nil // "... of the Republic of\nKorea, November 2023.": a line broken inside a sentence
	}
	for k := d + 1; k < span[1] && k <= d+3; k++ {
		if len(tokens[k].Text) == 4 && isDigits(tokens[k].Text) && k+1 < span[1] && tokens[k+1].Text == ":" {
			return nil // "Correction, July 13, 2025: ...": a note's label and its date
		}
	}
	e, n := lx.gaz.match(tokens[:j], i)
	if e != nil && (i+n != j || !e.capital && e.info.Type != TypePlace) {
		return nil
	}
	name := surfaceOf(tokens, i, j)
	out := []mention{{info: &entityInfo{ID: "place:" + slug(name), Type: TypePlace, Name: name}, start: i, end: j}}
	if e != nil && e.capital && e.info.Type == TypeState {
		out = append(out, mention{info: e.info, start: i, end: j, nested: true})
	}
	return out
}

// datelineAt reads a dateline opening its line at i; ok is false when the line is none.
func (lx *lexicon) datelineAt(tokens []Token, span [2]int, i int) (out []mention, ok bool) {
	for k := i; ; {
		j := datelineRun(tokens, k, span[1])
		if j == k || j >= span[1] {
			return nil, false
		}
		if e, n := lx.gaz.match(tokens[:j], k); e != nil && k+n == j && !e.capital && e.info.Type != TypePlace {
			// "UKRAINE, ..." opens with the state, "UNITED NATIONS -" with the body; the
			// agency it credits is still one.
			if c := wireCredit(tokens, span, j); c != nil {
				return []mention{*c}, true
			}
			return nil, false
		}
		name := surfaceOf(tokens, k, j)
		out = append(out, mention{info: &entityInfo{ID: "place:" + slug(name), Type: TypePlace, Name: name}, start: k, end: j})
		switch {
		case tokens[j].Text == "/" && j+1 < span[1]:
			k = j + 1 // "SEOUL/TOKYO"
			continue
		case tokens[j].Text == "(" && !lx.gaz.knowsAt(tokens[:j], k, j):
			return nil, false // "QUESTION (RTB):" is a transcript's speaker, not a dateline
		case tokens[j].Text == ":" && j+1 < span[1] && tokens[j+1].Newlines == 0 && lx.knownSeat(tokens[:j], k, j):
			// "NEW DELHI: Prime Minister ...": an Indian daily's dateline closed by a colon,
			// told from a speaker's label ("MR MILLER:") by the gazetteer's capital or place.
			return out, true
		case datelineSep(tokens[j]):
			if c := wireCredit(tokens, span, j); c != nil {
				out = append(out, *c)
			}
			return out, true
		}
		return nil, false
	}
}

// knownSeat: tokens [a, b) are exactly a capital or a place the gazetteers know. A generated
// place read only in a place context is none: before a colon a name that is also a surname is
// a transcript's speaker more often than a town's dateline ("SELBY: Thank you").
func (lx *lexicon) knownSeat(tokens []Token, a, b int) bool {
	if e, n := lx.gaz.match(tokens, a); e != nil && a+n == b && (e.capital || e.info.Type == TypePlace) {
		return true
	}
	if lx.shapes.places != nil {
		if e, n := lx.shapes.places.match(tokens, a); e != nil && a+n == b && !e.needsContext {
			return true
		}
	}
	return false
}

// wireCredit reads the agency a wire dateline credits after its place and date, in
// parentheses before the dash: "SEOUL, Oct 18 (HNA) -", "LONDON, Sept 11 (CW) —",
// "MOSCOW (Reuters) -". The agency is an Institution. Only a date (capitalised words,
// numbers, dots and commas) may stand between the place and the credit.
func wireCredit(tokens []Token, span [2]int, j int) *mention {
	k := j
	for k < span[1] && k < j+8 && tokens[k].Text != "(" {
		if t := tokens[k]; !(t.is(",", ".") || isDigits(t.Text) || t.isCap() && t.isWord()) {
			return nil
		}
		k++
	}
	a := k + 1
	e := capWordsEnd(tokens, a, min(span[1], a+3))
	if k >= span[1] || tokens[k].Text != "(" || e == a || e+1 >= span[1] || tokens[e].Text != ")" ||
		!(tokens[e+1].is("\u2014", "\u2013") || tokens[e+1].Text == "-") {
		return nil
	}
	name := surfaceOf(tokens, a, e)
	return &mention{info: &entityInfo{ID: "inst:" + slug(name), Type: TypeInstitution, Name: name}, start: a, end: e}
}

// capWordsEnd: the end of the capitalised words from a, before limit (a parenthesised credit
// or seat: "(HNA)", "(South West Bath)").
func capWordsEnd(tokens []Token, a, limit int) int {
	e := a
	for e < limit && tokens[e].isCap() && tokens[e].isWord() {
		e++
	}
	return e
}

// questionOutlets reads the outlet a briefing's question turn credits in parentheses, after
// the questioner's name and a comma or alone: "QUESTION (Anjali, Deccan Herald):", "Q (Nordic
// Radio):", "QUESTION (NRK):". The outlet is an Institution. Alone, one word in ordinary case
// is as often the questioner's given name ("Question (Manish):") and is left; so is an
// outlet the gazetteer knows (it reads it itself).
func (lx *lexicon) questionOutlets(tokens []Token, span [2]int) []mention {
	for i := span[0]; i+4 < span[1] && i < span[0]+40; i++ {
		if i > 0 && tokens[i].Newlines == 0 || !lx.shapes.questionLabelAt(tokens, i) {
			continue
		}
		a := i + 2
		for k := a; k < span[1] && k < a+4; k++ {
			if tokens[k].Text == "," {
				a = k + 1
				break
			}
		}
		e := a
		for e < span[1] && e < a+4 && (tokens[e].isCap() && tokens[e].isWord() || isDigits(tokens[e].Text) && e > a ||
			tokens[e].Text == "-" && !tokens[e].SpaceBefore && e > a) {
			e++
		}
		if e == a || e+1 >= len(tokens) || tokens[e].Text != ")" || tokens[e+1].Text != ":" || lx.gaz.knowsAt(tokens[:e], a, e) ||
			a == i+2 && e == a+1 && !isAllCaps(tokens[a].Text) {
			return nil
		}
		name := surfaceOf(tokens, a, e)
		return []mention{{info: &entityInfo{ID: "inst:" + slug(name), Type: TypeInstitution, Name: name}, start: a, end: e}}
	}
	return nil
}

// questionLabelAt: token i is a briefing's question label (shapes.tsv question-label, in any
// case) before an opening parenthesis ("QUESTION (", "Question (", "Q ("); i+1 is in tokens.
func (n *nameLexicon) questionLabelAt(tokens []Token, i int) bool {
	return tokens[i].isWord() && tokens[i+1].Text == "(" && n.questionLabels[strings.ToUpper(tokens[i].Text)]
}

// askedBySeat reads the seat after a written question's member, in parentheses: "Asked by
// Tom Tugendhat (Tonbridge):", "Asked by Dr Ann Lee (South West Bath), Labour". The seat (a
// constituency) is a Place. Only at a line's opening "Asked by".
func (lx *lexicon) askedBySeat(tokens []Token, span [2]int) []mention {
	i := span[0]
	if i+4 >= span[1] || tokens[i].Text != "Asked" || !tokens[i+1].is("by") || i > 0 && tokens[i].Newlines == 0 {
		return nil
	}
	k := i + 2
	for k < span[1] && k < i+8 && tokens[k].Text != "(" {
		if !tokens[k].isCap() && tokens[k].Text != "." {
			return nil
		}
		k++
	}
	a := k + 1
	e := capWordsEnd(tokens, a, min(span[1], a+4))
	if k >= span[1] || e == a || e >= span[1] || tokens[e].Text != ")" || lx.gaz.knowsAt(tokens[:e], a, e) {
		return nil
	}
	name := surfaceOf(tokens, a, e)
	return []mention{{info: &entityInfo{ID: "place:" + slug(name), Type: TypePlace, Name: name}, start: a, end: e}}
}

// knowsOther: the gazetteer reads a name of another type than typ at token i.
func (lx *lexicon) knowsOther(tokens []Token, i int, typ string) bool {
	e, _ := lx.gaz.match(tokens, i)
	return e != nil && e.info.Type != typ && !e.needsContext
}

// vesselEnd returns the end of a ship's name starting at i: after a ship prefix ("USS Helena",
// "HMCS Margaret Brooke") or right after a vessel noun ("the frigate Admiral Gorshkov", "the
// destroyer Zunyi"); i when there is none.
func (lx *lexicon) vesselEnd(tokens []Token, span [2]int, i int) int {
	n := &lx.shapes
	j := i
	switch {
	case n.shipPrefixes[tokens[i].Text]:
		j = i + 1
	case i > span[0] && n.vesselNouns[tokens[i-1].Lower] && !tokens[i-1].isCap():
	case i-1 > span[0] && !tokens[i-1].isCap() && !tokens[i-2].isCap() && n.vesselNouns[tokens[i-2].Lower+" "+tokens[i-1].Lower]:
		// "the landing ship Nikolay Vilkov", "the spy ship Yantar": a two-word vessel noun.
	case n.vesselApposition(tokens, span, i):
	default:
		return i
	}
	k, words := j, 0
	for k < span[1] && words < 3 {
		// "USS Dwight D. Eisenhower", "USS George H.W. Bush": initials between the words of
		// the person a ship is named for belong to its name, as they do to the person's.
		if words > 0 && isInitialAt(tokens, span[1], k) && k+2 < span[1] && n.isNameWord(&tokens[k+2]) {
			k += 2
			continue
		}
		if !n.isNameWord(&tokens[k]) || isAllCaps(tokens[k].Text) {
			break
		}
		k++
		words++
	}
	if k == j {
		return i
	}
	return k
}

// capsNeighbour: the word before (dir -1) or after (dir 1) token i, across a hyphen, is in
// capitals too.
func capsNeighbour(tokens []Token, span [2]int, i, dir int) bool {
	k := i + dir
	if k >= span[0] && k < span[1] && tokens[k].Text == "-" {
		k += dir
	}
	return k >= span[0] && k < span[1] && tokens[k].isWord() && isAllCaps(tokens[k].Key)
}

// directionalPlaces reads a compass adjective before a place as a region of it: "eastern
// Ladakh", "northern Luzon". Before a state in lower case it is a mention of the state and
// makes no Place ("southern Lebanon", "eastern Congo", "troops in western Libya": the settled
// convention of testdata/README.md, "A compass word before a state"; a capital stays the
// city's region, "southern Beirut"); a capitalised adjective mid-sentence still names a
// region of its own ("Northern Norway", "Eastern Europe").
func (lx *lexicon) directionalPlaces(tokens []Token, span [2]int, fl []uint8) []mention {
	var out []mention
	for i := span[0]; i+1 < span[1]; i++ {
		if fl[i]&flagDirection == 0 {
			continue
		}
		e, n := lx.matchName(tokens[:span[1]], i+1)
		if e == nil || e.info.Type != TypeState && e.info.Type != TypePlace || e.demonym || !tokens[i+1].isCap() {
			continue
		}
		if e.info.Type == TypeState && !e.capital && (!tokens[i].isCap() || i == span[0]) {
			// the whole phrase mentions the state, so that what reads the word before a name
			// ("across southern Lebanon", "in eastern Congo") still finds it
			out = append(out, mention{info: e.info, start: i, end: i + 1 + n})
			i += n
			continue
		}
		if tokens[i].isCap() && i > span[0] && (isAllCaps(tokens[i].Key) || i+1+n < span[1] && tokens[i+1+n].isCap() && tokens[i+1+n].isWord()) {
			// Capitalised mid-sentence, the adjective names a region ("in Northern Norway,
			// Northern Sweden and Northern Finland") unless a capitalised word goes on after the
			// place: then it is another name's ("Northern Europe Command").
			continue
		}
		name := surfaceOf(tokens, i, i+1+n)
		out = append(out, mention{info: &entityInfo{ID: "place:" + slug(name), Type: TypePlace, Name: name}, start: i, end: i + 1 + n})
		i += n
	}
	return out
}

// matchName matches the main gazetteer at token i, then, for a capitalised token, the places.
func (lx *lexicon) matchName(tokens []Token, i int) (*gazEntry, int) {
	if e, n := lx.gaz.match(tokens, i); e != nil {
		return e, n
	}
	if tokens[i].isCap() && lx.shapes.places != nil && !hyphenTail(tokens, i, lx) {
		return lx.shapes.places.match(tokens, i)
	}
	return nil, 0
}

// hyphenTail: token i ends a hyphenated name whose first part no gazetteer knows
// ("Gourma" in "Liptako-Gourma", a region of its own): the city or region of that name is not
// meant. "Russia-Ukraine" and "Seoul-Busan" name both of their known parts.
func hyphenTail(tokens []Token, i int, lx *lexicon) bool {
	if i < 2 || tokens[i-1].Text != "-" || tokens[i-1].SpaceBefore || tokens[i].SpaceBefore || !tokens[i-2].isCap() || !tokens[i-2].isWord() {
		return false
	}
	k := i - 2
	for k-2 >= 0 && tokens[k-1].Text == "-" && !tokens[k-1].SpaceBefore && !tokens[k].SpaceBefore && tokens[k-2].isCap() {
		k -= 2
	}
	if e, _ := lx.gaz.match(tokens[:i-1], k); e != nil {
		return false
	}
	if lx.shapes.places != nil {
		if e, _ := lx.shapes.places.match(tokens[:i-1], k); e != nil {
			return false
		}
	}
	return true
}

// coordinatedWithPlace: token i follows ", " or a conjunction (words.tsv) after a place.
func coordinatedWithPlace(w *words, tokens []Token, span [2]int, i int, placeEnd func(k int) bool) bool {
	k := i - 1
	if k <= span[0] || tokens[k].Text != "," && !w.tok(wConjunction, &tokens[k]) {
		return false
	}
	if w.tok(wConjunction, &tokens[k]) && k-1 > span[0] && tokens[k-1].Text == "," {
		k-- // "Chongjin, Hamhung, and Musudan"
	}
	return placeEnd(k)
}

// placeAppositionAt: ", <known state or place>" follows at token k ("Camp David, Maryland",
// "Goma, Congo").
func (lx *lexicon) placeAppositionAt(tokens []Token, span [2]int, k int) bool {
	if k+1 >= span[1] || tokens[k].Text != "," {
		return false
	}
	e, _ := lx.matchName(tokens[:span[1]], k+1)
	return e != nil && !e.demonym && (e.info.Type == TypeState || e.info.Type == TypePlace)
}

// siteInState: a name after "from" or "at" followed by "in" and a state or known place
// ("flew from Akrotiri in Cyprus", "based at Incirlik in Türkiye") is a place inside it. Only
// these two: "to" and "of" take people and bodies too ("wrote to Kallas in Brussels").
func (lx *lexicon) siteInState(tokens []Token, span [2]int, i, end int) bool {
	if i-1 <= span[0] || !tokens[i-1].is("from", "at") || end+1 >= span[1] || !tokens[end].is("in") {
		return false
	}
	e, _ := lx.matchName(tokens[:span[1]], end+1)
	return e != nil && !e.demonym && (e.info.Type == TypeState || e.info.Type == TypePlace)
}

// matchAtEnd is matchAt that allows i at the end of tokens (no match).
func (p *phraseSet) matchAtEnd(tokens []Token, i int) int {
	if i >= len(tokens) {
		return 0
	}
	return p.matchAt(tokens, i)
}

// vesselApposition: the name at i is a vessel's, in an apposition after its class noun ("a
// Chinese destroyer, the Ningbo, used sonar"): ", the" before it and a comma after one to
// three capitalised words.
func (n *nameLexicon) vesselApposition(tokens []Token, span [2]int, i int) bool {
	if i-3 < span[0] || !tokens[i-1].is("the") || tokens[i-2].Text != "," || !n.vesselNouns[tokens[i-3].Lower] || tokens[i-3].isCap() {
		return false
	}
	k := i
	for k < span[1] && k-i < 3 && tokens[k].isCap() && tokens[k].isWord() {
		k++
	}
	return k > i && k < span[1] && tokens[k].is(",", ")")
}

// designatorEndsAt: a designator ("MQ-9", "P-8A") ends right before token i.
func (n *nameLexicon) designatorEndsAt(tokens []Token, span [2]int, i int) bool {
	for k := i - 3; k >= span[0] && k >= i-5; k-- {
		if n.designatorEnd(tokens, span[1], k) == i {
			return true
		}
	}
	return false
}
