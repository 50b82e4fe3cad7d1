package extract

import (
	"fmt"
	"slices"
	"strings"
)

// phraseSet matches multi-word phrases given as lower-case token sequences.
type phraseSet struct {
	byFirst map[string][][]string
	// bit is the set's bit in wordInfo.starts once the lexicon has registered it (vocab); 0
	// for a set that was not registered, which looks every token up in byFirst.
	bit uint64
}

func (p *phraseSet) add(phrase string) {
	toks := tokenize(strings.ToLower(phrase))
	if len(toks) == 0 {
		return
	}
	keys := make([]string, len(toks))
	for i, t := range toks {
		keys[i] = t.Lower
	}
	if p.byFirst == nil {
		p.byFirst = map[string][][]string{}
	}
	p.byFirst[keys[0]] = append(p.byFirst[keys[0]], keys)
}

// matchAt returns the length of the longest phrase starting at tokens[i], or 0 (also when i
// is outside tokens, so callers may ask one past a clause's end).
func (p *phraseSet) matchAt(tokens []Token, i int) int {
	if uint(i) >= uint(len(tokens)) {
		return 0 // past the end of the span (a sentence closing on a comma): no phrase
	}
	w := tokens[i].word
	if w == nil || p.bit == 0 {
		return longestPhrase(tokens, i, p.byFirst[tokens[i].Lower])
	}
	if w.starts&p.bit == 0 {
		return 0 // most tokens start no phrase of the set: no map look-up for them
	}
	// The word's info holds the set's phrases starting with it: no map look-up either (a
	// look-up that misses the cache costs more than the instructions it runs).
	for _, sp := range w.phrases {
		if sp.bit == p.bit {
			return longestPhrase(tokens, i, sp.keys)
		}
	}
	return 0
}

// endingAt returns the length of the longest phrase of at most eight words that ends at the
// last of tokens and starts at from or after, or 0 ("more than" before a count).
func (p *phraseSet) endingAt(tokens []Token, from int) int {
	best := 0
	for j := len(tokens) - 1; j >= max(from, len(tokens)-8); j-- {
		if n := p.matchAt(tokens, j); n == len(tokens)-j {
			best = n
		}
	}
	return best
}

// longestPhrase returns the length of the longest of phrases (each starting with
// tokens[i]'s word) at tokens[i], or 0.
func longestPhrase(tokens []Token, i int, phrases [][]string) int {
	best := 0
	for _, keys := range phrases {
		if len(keys) <= best || i+len(keys) > len(tokens) {
			continue
		}
		ok := true
		for k := 1; k < len(keys); k++ {
			if tokens[i+k].Lower != keys[k] {
				ok = false
				break
			}
		}
		if ok {
			best = len(keys)
		}
	}
	return best
}

// trigger is one relation trigger phrase with its argument frame.
type trigger struct {
	relation string
	frame    frameKind
	length   int
	spec     *argSpec
	rule     string // ruleName of the trigger, made once here rather than per relation
}

// ruleName names the rule of the relations a trigger starting with word builds
// ("VISITED/verb:visited"), the output's "rule".
func ruleName(relation string, frame frameKind, word string) string {
	return relation + "/" + frame.String() + ":" + word
}

// lexicon is the compiled form of every rule file.
type lexicon struct {
	gaz           *gazetteer
	titles        phraseSet // offices that precede a name
	honorific     phraseSet
	courtesy      phraseSet       // honorifics only after a title or honorific ("H.E. Sheikh Mohammed")
	personNouns   phraseSet       // nouns of a person that name no position ("a Russian national")
	ranks         phraseSet       // military ranks: titles whose body before them is the officer's service
	localOffices  map[string]bool // lower-case offices of a city or province (titles.txt class local)
	kinNouns      phraseSet       // nouns of family ties, after a possessive ("his wife, X")
	roles         phraseSet
	negation      phraseSet
	denial        phraseSet
	spec          phraseSet
	plan          phraseSet // a plan word before the act it plans ("the decision of Mali to withdraw")
	reported      phraseSet
	listing       phraseSet         // "sanctions list", "Entity List": what "added X to" puts X on
	penalty       phraseSet         // "sanctions", "an arms embargo": what "imposed ... on X" puts on X
	space         phraseSet         // "satellite", "orbit": a deployment that is a launch
	sanctionMeans phraseSet         // "with sanctions", "under sanctions": how "targeted X" or "placed X" sanctions
	errand        phraseSet         // "on a state visit", "for talks": why someone is in a place
	appointment   phraseSet         // "facilitator", "envoy": a role "designated X as" names, no sanction
	war           phraseSet         // "war", "war machine": what "enabling Russia's war" supports
	attack        phraseSet         // "strike", "attacked": an attack whose instrument ("using X") was launched
	bodies        phraseSet         // "military intelligence" in "Ukraine's military intelligence"
	bodyTypes     map[string]string // phrase -> entity type, where not Institution ("accession protocol")
	capitals      map[string]string // state id -> its first capital's name: "the Turkish capital" is Ankara
	placeStates   map[string]string // place id -> the state it lies in ("place:kursk" -> "state:RUS"), from places-geonames.tsv
	goods         phraseSet         // what can be supplied besides named weapons
	troops        phraseSet         // "sent troops to": DEPLOYED
	idioms        phraseSet         // phrases whose cue words are not cues ("strongest possible terms")
	amounts       phraseSet         // number words: "million", "thousands", "dozens"
	approx        phraseSet         // "more than", "about", "around"
	ellipsis      phraseSet         // "do so": a verb phrase standing for the one before
	judgement     phraseSet         // words of blame: "called the move reckless" condemns it
	cessation     phraseSet         // "to stop", "to cease": what a call on its object asks it to end ("urged Moscow to halt")
	onus          phraseSet         // "responsible", "accountable": what "held X" lays on its object
	dissuasion    phraseSet         // "against": what a warning to its object warns it off ("warned Moscow against sending troops")
	said          phraseSet         // "claim", "accusation", "draft": what was said or proposed, whose rejection is no stance (cues.tsv class said)
	texts         phraseSet         // "claims", "the text", "the draft": a said thing whose backing is agreement or a vote, not support of a party (cues.tsv class text)
	groundUse     phraseSet         // "use its territory": what letting a party use one's ground lets it do (cues.tsv class ground-use)
	vessel        phraseSet         // "boats", "patrol vessel": what a forced boarding boards (cues.tsv class vessel; h43bvessel: after=vessel)
	enforcement   phraseSet         // "detained", "inspected": a boarding that enforces the law attacks nobody (cues.tsv class enforcement)
	jointWork     phraseSet         // "work with": joint work whose channel ("through NATO") is a body both belong to
	// formalBodies: a body's formal name before "of" + its state ("Ministry of Foreign
	// Affairs of Ukraine"); formalBody maps the lower-case formal name to its body phrase.
	formalBodies phraseSet
	formalBody   map[string]string
	// draftBodies: relation -> its body= (relations.tsv), the body whose unnamed draft a
	// target stands for ("vetoed a draft resolution": the Security Council).
	draftBodies map[string]string
	// placeStateTypes: the relations flagged place-state (relations.tsv), whose dated tie to a
	// place also dates the tie to the place's state (extractor.go placeStateDates).
	placeStateTypes map[string]bool
	// triggers by first token; several relations may share a phrase ("deployment").
	triggers map[string]*wordTriggers
	words    *words       // English function words the frames read
	names    *nameRules   // identity keys of names (identity.go)
	shapes   nameLexicon  // the recogniser for names the gazetteer lacks (names.go)
	coref    corefLexicon // anaphors and what they may refer to (coref.go)
	deeds    deedKinds    // acts no relation states, by kind (acts.tsv, deeds.go)
	vocab    *vocab       // what each word starts or belongs to, from all of the above
}

type triggerPhrase struct {
	keys []string
	trigger
}

// wordTriggers are the trigger phrases starting with one word. triggers.tsv's alternation
// groups expand to hundreds of phrases for some words (243 start with "speaking", in 15
// second words), so a token is matched only against the phrases whose second word follows it.
type wordTriggers struct {
	// all holds the one-word phrases first, in triggers.tsv order (the rule naming an earlier
	// event takes the first that fits), then the longer ones grouped by their second word,
	// each group in triggers.tsv order (the longest phrases that match are all one group's,
	// returned in order). The other rules reading all only ask whether some phrase fits.
	all  []triggerPhrase
	one  int            // all[:one] are the one-word phrases
	next []triggerGroup // the longer phrases, per second word
	// flags are the flags of all's specs together: whether some phrase starting with the word
	// has a flag is one bit, not a walk of all (triggerWithFlagIn asks it of every token of a
	// sentence, and a word starts up to hundreds of phrases).
	flags specFlags
}

// triggerGroup is a run of wordTriggers.all whose phrases share their second word.
type triggerGroup struct {
	second  string
	phrases []triggerPhrase
}

// indexTriggers orders the phrases starting with one word (in triggers.tsv order) into a
// wordTriggers. The list is copied to its exact length: it lives as long as the extractor, and
// under GOGC=400 every byte of live heap is about five of peak heap.
func indexTriggers(tps []triggerPhrase) *wordTriggers {
	wt := &wordTriggers{all: make([]triggerPhrase, 0, len(tps))}
	for _, tp := range tps {
		wt.flags.setAll(&tp.spec.flags)
		if len(tp.keys) == 1 {
			wt.all = append(wt.all, tp)
		}
	}
	wt.one = len(wt.all)
	for k := range tps {
		keys := tps[k].keys
		if len(keys) == 1 || slices.ContainsFunc(wt.next, func(g triggerGroup) bool { return g.second == keys[1] }) {
			continue
		}
		from := len(wt.all)
		for j := k; j < len(tps); j++ {
			if len(tps[j].keys) > 1 && tps[j].keys[1] == keys[1] {
				wt.all = append(wt.all, tps[j])
			}
		}
		wt.next = append(wt.next, triggerGroup{second: keys[1], phrases: wt.all[from:len(wt.all):len(wt.all)]})
	}
	return wt
}

func compileLexicon(rules ruleSet) (*lexicon, error) {
	lx := &lexicon{gaz: newGazetteer(), triggers: map[string]*wordTriggers{}, names: newNameRules()}
	for _, row := range rules["names"] {
		if err := lx.names.addRow(row); err != nil {
			return nil, fmt.Errorf("%s: %w", row.where, err)
		}
	}
	for _, row := range rules["countries"] {
		if err := lx.addCountry(row); err != nil {
			return nil, fmt.Errorf("%s: %w", row.where, err)
		}
	}
	for _, row := range rules["entities"] {
		if err := lx.addEntity(row); err != nil {
			return nil, fmt.Errorf("%s: %w", row.where, err)
		}
	}
	if err := lx.compileNames(rules); err != nil {
		return nil, err
	}
	for _, row := range rules["titles"] {
		phrase, class := row.field(0), row.field(1)
		switch class {
		case "title":
			lx.titles.add(phrase)
			lx.roles.add(phrase)
		case "rank":
			lx.titles.add(phrase)
			lx.roles.add(phrase)
			lx.ranks.add(phrase)
		case "local":
			lx.titles.add(phrase)
			lx.roles.add(phrase)
			if lx.localOffices == nil {
				lx.localOffices = map[string]bool{}
			}
			lx.localOffices[strings.ToLower(phrase)] = true
		case "honorific":
			lx.honorific.add(phrase)
		case "role":
			lx.roles.add(phrase)
		case "person":
			lx.personNouns.add(phrase)
		case "kin":
			lx.kinNouns.add(phrase)
		case "courtesy":
			lx.courtesy.add(phrase)
		default:
			return nil, fmt.Errorf("%s: class %q: want title, rank, local, honorific, courtesy, role, person or kin", row.where, class)
		}
	}
	for _, row := range rules["bodies"] {
		lx.bodies.add(row.field(0))
		if typ := row.field(1); typ != "" {
			if typ != TypeInstitution && typ != TypeAgreement {
				return nil, fmt.Errorf("%s: body type %q: want Institution or Agreement", row.where, typ)
			}
			if lx.bodyTypes == nil {
				lx.bodyTypes = map[string]string{}
			}
			lx.bodyTypes[phraseKey(tokenize(strings.ToLower(row.field(0))))] = typ
		}
		for _, formal := range strings.Split(row.field(2), "|") {
			if formal = strings.TrimSpace(formal); formal == "" {
				continue
			}
			lx.formalBodies.add(formal)
			if lx.formalBody == nil {
				lx.formalBody = map[string]string{}
			}
			lx.formalBody[strings.ToLower(formal)] = row.field(0)
		}
	}
	cueClasses := map[string]*phraseSet{"negation": &lx.negation, "denial": &lx.denial,
		"speculative": &lx.spec, "plan": &lx.plan, "reported": &lx.reported, "goods": &lx.goods, "troops": &lx.troops,
		"idiom": &lx.idioms, "amount": &lx.amounts, "approximate": &lx.approx, "ellipsis": &lx.ellipsis,
		"judgement": &lx.judgement, "listing": &lx.listing, "penalty": &lx.penalty, "space": &lx.space,
		"sanction": &lx.sanctionMeans, "errand": &lx.errand, "appointment": &lx.appointment, "war": &lx.war, "attack": &lx.attack,
		"cessation": &lx.cessation, "onus": &lx.onus, "dissuasion": &lx.dissuasion, "joint-work": &lx.jointWork, "said": &lx.said, "text": &lx.texts,
		"ground-use": &lx.groundUse, "vessel": &lx.vessel, "enforcement": &lx.enforcement}
	for _, row := range rules["cues"] {
		set, ok := cueClasses[row.field(0)]
		if !ok {
			return nil, fmt.Errorf("%s: cue class %q: want negation, denial, speculative, plan, reported, idiom, goods, troops, amount, approximate, ellipsis, judgement, listing, penalty, space, sanction, errand, appointment, war, attack, cessation, onus, dissuasion, joint-work, said, text, ground-use, vessel or enforcement", row.where, row.field(0))
		}
		for _, p := range splitList(row.field(1)) {
			set.add(p)
		}
	}
	w, err := compileWords(rules["words"])
	if err != nil {
		return nil, err
	}
	lx.words = w
	if lx.deeds, err = compileDeeds(rules["acts"]); err != nil {
		return nil, err
	}
	specs, err := compileRelations(rules["relations"])
	if err != nil {
		return nil, err
	}
	for rel, spec := range specs {
		if spec.has(flagPlaceState) {
			if lx.placeStateTypes == nil {
				lx.placeStateTypes = map[string]bool{}
			}
			lx.placeStateTypes[rel] = true
		}
		if spec.body != "" && lx.gaz.entities[spec.body] == nil {
			return nil, fmt.Errorf("relations: %s body=%q: no such entity in the gazetteer", rel, spec.body)
		}
		if spec.body != "" {
			if lx.draftBodies == nil {
				lx.draftBodies = map[string]string{}
			}
			lx.draftBodies[rel] = spec.body
		}
	}
	names := map[string]string{} // rule names made so far (ruleName), to share one string each
	byFirst := map[string][]triggerPhrase{}
	// The alternation groups expand to thousands of phrases of a few hundred words: each word
	// is one string, however many phrases spell it.
	interned := map[string]string{}
	for _, row := range rules["triggers"] {
		rel := row.field(0)
		if !validRelationType(rel) {
			return nil, fmt.Errorf("%s: unknown relation %q", row.where, rel)
		}
		frame, ok := parseFrame(row.field(1))
		if !ok {
			return nil, fmt.Errorf("%s: unknown frame %q", row.where, row.field(1))
		}
		spec, err := triggerSpec(specs, rel, parseAttrs(row.field(3)), row.where)
		if err != nil {
			return nil, err
		}
		if spec.needsCue != "" {
			if spec.needsSet = cueClasses[spec.needsCue]; spec.needsSet == nil {
				return nil, fmt.Errorf("%s: needs=%q: want goods, troops, no-troops or a cue class", row.where, spec.needsCue)
			}
		}
		if spec.afterCue != "" {
			if spec.afterSet = cueClasses[spec.afterCue]; spec.afterSet == nil {
				return nil, fmt.Errorf("%s: after=%q: want a cue class", row.where, spec.afterCue)
			}
		}
		phrases, err := expandPhrases(row.field(2))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", row.where, err)
		}
		for _, p := range phrases {
			toks := tokenize(strings.ToLower(p))
			keys := make([]string, len(toks))
			for i, t := range toks {
				var ok bool
				if keys[i], ok = interned[t.Lower]; !ok {
					keys[i] = strings.Clone(t.Lower) // not a slice holding the whole phrase alive
					interned[keys[i]] = keys[i]
				}
			}
			if len(keys) == 0 {
				continue
			}
			name := ruleName(rel, frame, keys[0])
			if shared, ok := names[name]; ok {
				name = shared // one string per rule: a row's phrases share it (they live with the extractor)
			} else {
				names[name] = name
			}
			byFirst[keys[0]] = append(byFirst[keys[0]], triggerPhrase{keys, trigger{rel, frame, len(keys), spec, name}})
		}
	}
	for w, tps := range byFirst {
		lx.triggers[w] = indexTriggers(tps)
	}
	for _, info := range lx.gaz.entities {
		info.key = lx.names.key(info.Type, info.Name)
	}
	return lx, nil
}

func validRelationType(t string) bool {
	for _, v := range RelationTypes() {
		if v == t {
			return true
		}
	}
	return false
}

func (lx *lexicon) addCountry(row tsvRow) error {
	iso := row.field(0)
	if len(iso) != 3 {
		return fmt.Errorf("%q is not an ISO 3166-1 alpha-3 code", iso)
	}
	switch status := row.field(6); status {
	case "":
	case "territory":
		// A dependent territory (Guam, Puerto Rico, Greenland) is a Place: its name and its
		// demonym name the territory; its capital is left to the place gazetteers.
		info, err := lx.gaz.entity("place:"+slug(row.field(1)), TypePlace, row.field(1))
		if err != nil {
			return err
		}
		for _, name := range append([]string{row.field(1), row.field(2)}, splitList(row.field(3))...) {
			if name != "" {
				lx.gaz.add(info, name, gazEntry{})
			}
		}
		return nil
	default:
		return fmt.Errorf("status %q: want empty or territory", status)
	}
	info, err := lx.gaz.entity("state:"+iso, TypeState, row.field(1))
	if err != nil {
		return err
	}
	capitals := splitList(row.field(5))
	for _, name := range append([]string{row.field(1), row.field(2)}, splitList(row.field(3))...) {
		if name != "" {
			// A city-state's name is its capital's ("Singapore"): a Place after "in", "to",
			// the government otherwise, as for any capital.
			lx.gaz.add(info, name, gazEntry{capital: slices.Contains(capitals, name)})
		}
	}
	for _, d := range splitList(row.field(4)) {
		lx.gaz.add(info, d, gazEntry{demonym: true})
	}
	for _, c := range capitals {
		lx.gaz.add(info, c, gazEntry{capital: true})
		lx.noteCapital(info.ID, c)
	}
	return nil
}

// noteCapital records a state's first capital in the country data; an entities.tsv
// capital=1 alias that begins it ("Washington" for "Washington D.C.") replaces it.
func (lx *lexicon) noteCapital(state, name string) {
	if lx.capitals == nil {
		lx.capitals = map[string]string{}
	}
	if _, ok := lx.capitals[state]; !ok {
		lx.capitals[state] = name
	}
}

func (lx *lexicon) addEntity(row tsvRow) error {
	typ, id, name := row.field(0), row.field(1), row.field(2)
	if name == "" {
		return fmt.Errorf("entity %s has no name", id)
	}
	info, err := lx.gaz.entity(id, typ, name)
	if err != nil {
		return err
	}
	attrs := parseAttrs(row.field(4))
	if s := attrs["state"]; s != "" {
		info.State = "state:" + s
	}
	if s := attrs["seat"]; s != "" {
		info.State = "state:" + s
	}
	if r := attrs["role"]; r != "" {
		info.Role = r
	}
	if q := attrs["wikidata"]; q != "" {
		if !validWikidata(q) {
			return fmt.Errorf("wikidata=%q: want Q followed by digits", q)
		}
		info.Wikidata = q
	}
	capital := attrs["capital"] == "1"
	if capital && typ == TypeState {
		// "Washington" for the country data's "Washington D.C.": the form texts use.
		for _, c := range splitList(row.field(3)) {
			if old := lx.capitals[id]; strings.HasPrefix(old, c+" ") {
				lx.capitals[id] = c
			}
		}
	}
	demonym := attrs["demonym"] == "1" && typ == TypeState
	names := append([]string{name}, splitList(row.field(3))...)
	if demonym {
		names = splitList(row.field(3)) // the canonical name is a name, the aliases demonyms
		lx.gaz.add(info, name, gazEntry{})
	}
	for _, n := range names {
		lx.gaz.add(info, n, gazEntry{capital: capital, demonym: demonym})
	}
	for _, s := range splitList(attrs["short"]) {
		if typ == TypePerson {
			info.Shorts = append(info.Shorts, s)
		}
		lx.gaz.add(info, s, gazEntry{short: true})
	}
	return nil
}

// triggerWithFlagIn: some token starts a trigger with the flag f (triggerIn with
// tp.spec.has(f), read from the word's flags together).
func (lx *lexicon) triggerWithFlagIn(tokens []Token, f specFlag) bool {
	for i := range tokens {
		if wt := lx.triggersAt(&tokens[i]); wt != nil && wt.flags.has(f) {
			return true
		}
	}
	return false
}

// triggerIn: some token starts a trigger for which ok holds.
func (lx *lexicon) triggerIn(tokens []Token, ok func(triggerPhrase) bool) bool {
	for i := range tokens {
		if slices.ContainsFunc(lx.triggersOf(&tokens[i]), ok) {
			return true
		}
	}
	return false
}

// eventObjectIn: some token starts a trigger whose object may be an earlier event
// (relations.tsv flag event-object); only then can a sentence with one name state a relation.
func (lx *lexicon) eventObjectIn(tokens []Token) bool {
	for i := range tokens {
		for _, tp := range lx.triggersOf(&tokens[i]) {
			if !tp.spec.has(flagEventObject) {
				continue
			}
			// The event is a definite noun phrase shortly after the trigger ("condemned the
			// attack", "support for the operation"), or before a charge ("says the strikes
			// violate"); without one the sentence is skipped.
			from, to := i+1, i+3
			if tp.frame == frameCharge {
				from, to = i-6, i-1
			}
			for j := max(from, 0); j < len(tokens) && j <= to; j++ {
				if lx.words.tok(wDefinite, &tokens[j]) {
					return true
				}
			}
		}
	}
	return false
}

// triggerAt returns the triggers whose phrase starts at tokens[i] (longest phrase only).
func (lx *lexicon) triggerAt(tokens []Token, i int) []trigger {
	return lx.appendTriggersAt(nil, tokens, i)
}

// appendTriggersAt appends the triggers of triggerAt to dst. The longest phrases that match
// all have the next token as their second word, or, when none of those match, are the one-word
// phrases: so only the group of the next token's word is tried.
func (lx *lexicon) appendTriggersAt(dst []trigger, tokens []Token, i int) []trigger {
	wt := lx.triggersAt(&tokens[i])
	if wt == nil {
		return dst
	}
	if i+1 < len(tokens) {
		next := tokens[i+1].Lower
		for _, g := range wt.next {
			if g.second != next {
				continue
			}
			found, best := dst, 0
			for k := range g.phrases {
				tp := &g.phrases[k]
				if i+len(tp.keys) > len(tokens) || len(tp.keys) < best || !keysAfterSecond(tokens, i, tp.keys) {
					continue
				}
				if len(tp.keys) > best {
					found, best = found[:len(dst)], len(tp.keys)
				}
				found = append(found, tp.trigger)
			}
			if best > 0 {
				return found
			}
			break
		}
	}
	for k := range wt.all[:wt.one] {
		dst = append(dst, wt.all[k].trigger)
	}
	return dst
}

// keysAfterSecond: the keys of a phrase from its third on are the words of tokens from i+2.
func keysAfterSecond(tokens []Token, i int, keys []string) bool {
	for k := 2; k < len(keys); k++ {
		if tokens[i+k].Lower != keys[k] {
			return false
		}
	}
	return true
}
