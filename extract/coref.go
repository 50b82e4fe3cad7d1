package extract

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// anaphor is one line of data/coref.tsv: phrases that refer back to a recent entity.
type anaphor struct {
	types      map[string]bool
	count      int             // 1, or 2 to 4 for "the two leaders", "the three governments"; 0 for a group ("the leaders")
	min        int             // a group's least size ("the three leaders": 3)
	max        int             // a group's greatest size, 0 for none ("both ministers": 2)
	chain      bool            // refers to the group a group anaphor just named ("The leaders met. They ...")
	far        bool            // a numbered list named anywhere before in the document ("all three states")
	salient    bool            // the document's two most named entities so far ("Both countries are members")
	first      bool            // the document's first compatible entity ("the Government" of a release)
	cased      []string        // if set, the phrase's words as they must be written ("the Government")
	prefix     string          // the antecedent's first word ("North")
	states     map[string]bool // if set, the ids of the states a State antecedent must be ("the island": island states)
	plural     bool
	possessive bool
	subject    bool            // prefer the first compatible entity of the latest sentence that has one
	object     bool            // an object pronoun: not its own sentence's subject (objectAntecedent)
	second     bool            // the latest compatible entity but one: "its ally" is not the owner "its" names
	unless     map[string]bool // next words that make the phrase refer to nothing
	after      map[string]bool // if set, the phrase means this only after one of these words
	notAfter   map[string]bool // the phrase means nothing right after one of these words ("among them")
	then       map[string]bool // if set, the next words with which alone the phrase refers ("the two met")
	// skip (r41bsign): words of which at least one stands between the phrase and its then=
	// word ("it had signed": then=signed, skip=had), where the generic rows' unless= would
	// stop at them.
	skip   map[string]bool
	titled bool // "the Prime Minister": the latest person the document gave that title
	// principal: with titled, the first person the document gave the title instead of the
	// latest, past a holder whose title follows one of these words ("former"): a readout or
	// briefing names its own official first and the foreign ones after ("Secretary Blinken
	// ... Secretary of Defense Austin ... the Secretary" is Blinken).
	principal map[string]bool
	ahead     bool // "signed a treaty ... . The X Treaty replaces": the next compatible entity named
	opening   bool // only when the phrase opens its sentence ("Its foreign minister, ...")
	// lead: with opening, the phrase also opens its clause after a short adverbial that
	// begins with one of these words and names no one, at the sentence's start or after ",
	// and" ("In February it designated ...", "..., and in May it sanctioned ...").
	lead       map[string]bool
	named      bool            // "the Ministry": the latest entity the document named with those words
	owner      bool            // "his country": the state of the latest person
	introduced bool            // "the ministers": the states listed after "Ministers of" before
	declared   bool            // "we": the names of the document's latest "We, the Leaders of the G7,"
	issuers    map[string]bool // "we": the list after "Governments of" in "a joint statement by the Governments of A, B and C"
	// speech: words of a document's first sentence that make it a speech given in the first
	// person ("Speech by Minister for Defence ..."): there "we" and "our" are the speaker's
	// state, the first state the document names.
	speech map[string]bool
	// office: a group of people ("the Ministers") holds only people the document titled with
	// one of these words ("Foreign Minister Kamikawa", "Secretary of State Blinken"), not the
	// leaders a sentence between named ("the meeting between Kim Jong Un and Vladimir Putin").
	office map[string]bool
	// represented: a group of people (count all of Person) stands for the states its members
	// serve ("the Participants" of a chair's statement whose ministers the text introduced
	// by their states' titles).
	represented bool
	// again: a group of people (count all) keeps the referents the latest description with
	// the same head word gave ("The two leaders held a lunch with their delegations, including
	// X and Y. ... The two leaders affirmed"; "the four Ministers ... Minister X explained ...
	// The Ministers reaffirmed"), unless a later sentence names a group it does not hold.
	again bool
	// source: "we" with no other reading is the state the document's source line names as
	// its issuer ("Source: Ministry of Foreign Affairs, Republic of Korea"; entities.go
	// sourceState).
	source bool
	// heading: words of a document's heading that make it a body's own text, issued in the
	// first person plural ("Statement by the Ministry of National Defense", "Regular press
	// conference of the Ministry ...", "Chairman's Statement of the ASEAN Summit"): there "we"
	// is the first compatible entity the heading names.
	heading map[string]bool
	// speaker: "I" and "me" of a speech or an answer are the person its "by" line names
	// ("Speech by Prime Minister Ulf Kristersson", "Answer by Minister for Foreign Affairs
	// Elina Valtonen:"): the latest sentence before that opens with one of these words and "by".
	speaker map[string]bool
	// turn: words of a document's heading that make it a transcript of turns opened by speaker
	// labels ("Department Press Briefing", "Regular Press Conference"): there "we" in a
	// speaker's turn is the state the briefing speaks for (turns.go); asker: first words of
	// the labels that open a question ("QUESTION:", "Q (TASS):"), whose "we" is no one's;
	// joint: heading words of a press conference of two governments ("Joint press conference
	// of the President of Ukraine and the Prime Minister of the United Kingdom"), where only a
	// speaker's own state speaks.
	turn, asker, joint map[string]bool
	// nonentity: head nouns of things that are no entity ("resolution", "report"): such a
	// noun after a determiner, nearer than any compatible entity in the anaphor's clause, is
	// what "it" stands for ("vetoed a draft resolution because it ignored ...").
	nonentity map[string]bool
	// onlooker: a group anaphor ("the ministers") leaves out a person named right after one
	// of these words and "of" ("signed ... in the presence of President Marcos"): a witness
	// of the occasion, not one of the group.
	onlooker map[string]bool
	// head: the row's phrases are the head nouns of plural descriptions ("juntas",
	// "countries"), read with an opener, a number where stated and modifiers before them
	// (groups.go); numbered: only with a number ("the three Sahel states", not "the states").
	head, numbered bool
	// listed: "They" opening a sentence is the coordinated list that opens the sentence
	// before, its subject ("Chile and Peru met. They condemned ..."; groups.go).
	listed bool
	// self: the phrase names the speaker in the first person ("we", "my Government"); what
	// it resolves to is no antecedent of a third-person anaphor ("only hours before we
	// gathered, it fired several missiles": "it" is the launching state, not the speaker's).
	self bool
	// foreign: an epithet for a state the speaker accuses ("the regime", "the aggressor"):
	// besides the speaker's first-person mentions, the state the source line names as the
	// document's issuer is no antecedent ("my Government's intelligence service confirmed
	// that the regime had begun to send soldiers": the regime is not the speaker's state).
	foreign bool
}

// maxCorefDistance is how many sentences back an antecedent may be: further than that, the
// paragraph has usually moved on.
const maxCorefDistance = 2

// maxListCount: the largest numbered group a row may name ("all ten", "the ten governments");
// counts above four read only a list of exactly that many (far=1).
const maxListCount = 12

// corefLexicon finds anaphors by their first token.
type corefLexicon struct {
	phrases phraseSet
	byKey   map[string][]*anaphor // the phrase's lower-case tokens joined by spaces; rows in file order
	// single: first words that are an anaphor alone ("it"); second: second words of the
	// longer phrases ("country" in "the country"). "the" starts a phrase only before one.
	single, second map[string]bool
	// heads: the head nouns of plural descriptions (rows with head=1), by their first word
	// (groups.go).
	heads map[string][]groupHead
}

func (c *corefLexicon) add(row tsvRow) error {
	count, err := strconv.Atoi(row.field(2))
	if row.field(2) == "all" {
		count, err = 0, nil
	} else if err != nil || count < 1 || count > maxListCount {
		return fmt.Errorf("coreference count %q: want 1 to %d or all", row.field(2), maxListCount)
	}
	a := &anaphor{types: map[string]bool{}, count: count, unless: map[string]bool{}, min: 2}
	for _, t := range splitList(row.field(1)) {
		if !validEntityType(t) {
			return fmt.Errorf("unknown entity type %q", t)
		}
		a.types[t] = true
	}
	attrs := parseAttrs(row.field(3))
	a.prefix = attrs["prefix"]
	for _, iso := range splitList(attrs["states"]) {
		if a.states == nil {
			a.states = map[string]bool{}
		}
		a.states["state:"+iso] = true
	}
	a.plural = attrs["plural"] == "1"
	a.possessive = attrs["possessive"] == "1"
	a.subject = attrs["subject"] == "1"
	a.object = attrs["object"] == "1"
	a.second = attrs["second"] == "1"
	if a.second && count != 1 {
		return fmt.Errorf("coreference option second=1 needs a count of 1")
	}
	a.chain = attrs["chain"] == "1"
	a.far = attrs["far"] == "1"
	a.salient = attrs["salient"] == "1"
	if a.salient && count != 1 && count != 2 {
		return fmt.Errorf("coreference option salient=1 needs a count of 1 or 2")
	}
	a.first = attrs["first"] == "1"
	a.head = attrs["head"] == "1"
	if a.far && count < 2 && !a.head {
		return fmt.Errorf("coreference option far=1 needs a count of 2 to %d", maxListCount)
	}
	if count > 4 && !a.far {
		return fmt.Errorf("coreference count %d: above 4 only with far=1 (a numbered list)", count)
	}
	if v := attrs["min"]; v != "" {
		if a.min, err = strconv.Atoi(v); err != nil || a.min < 2 {
			return fmt.Errorf("coreference min=%q: want a number of at least 2", v)
		}
	}
	if v := attrs["max"]; v != "" {
		if a.max, err = strconv.Atoi(v); err != nil || a.max < a.min || count != 0 {
			return fmt.Errorf("coreference max=%q: want a group (count all) and a number of at least min", v)
		}
	}
	for _, w := range splitList(attrs["unless"]) {
		a.unless[strings.ToLower(w)] = true
	}
	a.after = lowerSet(attrs["after"])
	a.notAfter = lowerSet(attrs["notafter"])
	a.then = lowerSet(attrs["then"])
	a.skip = lowerSet(attrs["skip"])
	if a.skip != nil && a.then == nil {
		return fmt.Errorf("coreference option skip= needs then=")
	}
	a.titled = attrs["titled"] == "1"
	a.principal = lowerSet(attrs["principal"])
	if a.principal != nil && !a.titled {
		return fmt.Errorf("coreference option principal= needs titled=1")
	}
	a.ahead = attrs["ahead"] == "1"
	a.opening = attrs["opening"] == "1"
	a.lead = lowerSet(attrs["lead"])
	if a.lead != nil && !a.opening {
		return fmt.Errorf("coreference option lead= needs opening=1")
	}
	a.named = attrs["named"] == "1"
	a.owner = attrs["owner"] == "1"
	a.introduced = attrs["introduced"] == "1"
	a.declared = attrs["declared"] == "1"
	a.issuers = lowerSet(attrs["issuers"])
	a.speech = lowerSet(attrs["speech"])
	a.source = attrs["source"] == "1"
	a.office = lowerSet(attrs["office"])
	if a.office != nil && (count != 0 || len(a.types) != 1 || !a.types[TypePerson]) {
		return fmt.Errorf("coreference option office= needs a group (count all) of Person")
	}
	a.represented = attrs["represented"] == "1"
	a.again = attrs["again"] == "1"
	if a.again && (count != 0 || a.represented) {
		return fmt.Errorf("coreference option again=1 needs a group (count all) of its members")
	}
	if a.represented && (count != 0 || len(a.types) != 1 || !a.types[TypePerson]) {
		return fmt.Errorf("coreference option represented=1 needs a group (count all) of Person")
	}
	if a.source && count != 1 {
		return fmt.Errorf("coreference option source=1 needs a count of 1")
	}
	a.heading = lowerSet(attrs["heading"])
	if a.heading != nil && count != 1 {
		return fmt.Errorf("coreference option heading= needs a count of 1")
	}
	a.speaker = lowerSet(attrs["speaker"])
	a.turn, a.asker, a.joint = lowerSet(attrs["turn"]), lowerSet(attrs["asker"]), lowerSet(attrs["joint"])
	if a.turn != nil && count != 1 {
		return fmt.Errorf("coreference option turn= needs a count of 1")
	}
	a.nonentity = lowerSet(attrs["nonentity"])
	a.onlooker = lowerSet(attrs["onlooker"])
	if a.speaker != nil && count != 1 {
		return fmt.Errorf("coreference option speaker= needs a count of 1")
	}
	if (a.introduced || a.issuers != nil) && count != 0 {
		return fmt.Errorf("coreference options introduced=1 and issuers= need a count of all")
	}
	a.numbered = attrs["numbered"] == "1"
	a.listed = attrs["listed"] == "1"
	a.self = attrs["self"] == "1"
	a.foreign = attrs["foreign"] == "1"
	if a.listed && (count != 0 || !a.opening && a.after == nil) {
		return fmt.Errorf("coreference option listed=1 needs a count of all and opening=1 or after=")
	}
	if a.head {
		return c.addHeads(row.field(0), a)
	}
	if c.byKey == nil {
		c.byKey = map[string][]*anaphor{}
	}
	if c.single == nil {
		c.single, c.second = map[string]bool{}, map[string]bool{}
	}
	for _, p := range splitList(row.field(0)) {
		toks := tokenize(strings.ToLower(p))
		if len(toks) == 0 {
			continue
		}
		c.phrases.add(p)
		row := a
		if attrs["cased"] == "1" {
			cased := *a
			for _, t := range tokenize(p) {
				cased.cased = append(cased.cased, t.Text)
			}
			row = &cased
		}
		key := phraseKey(toks)
		if a.after != nil {
			// Readings with after= are tried first ("signed it" is the agreement).
			c.byKey[key] = append([]*anaphor{row}, c.byKey[key]...)
		} else {
			c.byKey[key] = append(c.byKey[key], row)
		}
		if len(toks) == 1 {
			c.single[toks[0].Lower] = true
		} else {
			c.second[toks[1].Lower] = true
		}
	}
	return nil
}

func phraseKey(tokens []Token) string {
	parts := make([]string, len(tokens))
	for i, t := range tokens {
		parts[i] = t.Lower
	}
	return strings.Join(parts, " ")
}

// accepts: an entity the anaphor may refer to.
func (a *anaphor) accepts(info *entityInfo) bool {
	if !a.types[info.Type] {
		return false
	}
	if a.prefix != "" && !strings.HasPrefix(info.Name, a.prefix+" ") {
		return false
	}
	if a.states != nil && info.Type == TypeState && !a.states[info.ID] {
		return false // "the island's new president" after "Beijing called": an island state only
	}
	if a.plural && !(strings.HasSuffix(info.Name, "s") && !strings.HasSuffix(info.Name, "ss")) {
		return false
	}
	return true
}

// speechComplement tells whether the anaphor at i opens the "that" clause of a speech verb a
// few words before ("Germany said on Monday that it had sent"): there "it had" names the
// speaker or another party, not an empty subject ("it has been reported").
func (x *Extractor) speechComplement(tokens []Token, from, i int) bool {
	if i-1 < from || tokens[i-1].Lower != "that" {
		return false
	}
	for k := i - 2; k >= from && k >= i-6; k-- {
		if x.lex.words.tok(wSpeech, &tokens[k]) {
			return true
		}
	}
	return false
}

// resolveAnaphors adds, for each anaphor the names did not take, mentions of its antecedents:
// the most recent compatible entities mentioned before it in the same paragraph. found is
// sorted by start; the result is too.
// labels are the transcript's speaker labels, no antecedents but the speakers of their turns.
// issuer is the state the document's source line names as its issuer (sourceState), or nil.
func (x *Extractor) resolveAnaphors(tokens []Token, sentences [][2]int, found []mention, fl []uint8, issuer *entityInfo, title []Token, labels ...mention) []mention {
	c := &x.lex.coref
	if c.byKey == nil {
		return found
	}
	var out []mention
	next := 0            // found[:next] start before the current token
	var recent []mention // mentions of the paragraph so far, names and resolved anaphors
	// actors: recent without the bodies named as the source of what is said ("spoke to the
	// Financial Times"), for the pronouns that stand for an actor (attributionSource).
	var actors []mention
	var titled []titledPerson
	var described [][2]int // spans of "the Russian leader": the demonym in them acts no more
	// resolved keeps an anaphor's referent, which later anaphors of the paragraph may continue.
	resolved := func(m mention) {
		out = append(out, m)
		recent = append(recent, m)
		actors = append(actors, m)
	}
	// group is what the latest group anaphor ("the leaders") referred to, for a chained
	// "they" after it.
	var group struct {
		ants     []*entityInfo
		sentence int
		occasion int
		// numbered: a numbered group ("the two countries") ending at token end; a "they"
		// continues it only when no two other compatible names stand between ("The two
		// countries met. Japan and the United States said they ..." is Japan and the United
		// States).
		numbered bool
		end      int
	}
	// weOpenings: where "We ," opens a declared apposition, found when the first "we" to
	// resolve needs them (a scan back from every "we" was quadratic in the document).
	var weOpenings []int
	weFound := false
	// people: how many distinct people each sentence names, counted when the first group
	// anaphor needs them (a count per sentence scanned back from every anaphor was quadratic).
	var people []int
	paraStart := 0 // the token that opens the current paragraph
	// described groups of people by head word ("leaders", "ministers"): what the latest
	// description ending in it referred to, for a later one with again=1.
	byHead := map[string]describedGroup{}
	var bylines bylineIndex
	var turns turnIndex // the speaker labels of a transcript, read when its first "we" needs them
	var iss issuers     // the states a joint text declares it speaks for, read at the first word that may open a group phrase
	for si, span := range sentences {
		if si > 0 && tokens[span[0]].Newlines >= 2 {
			recent = recent[:0] // a blank line starts a new paragraph
			actors = actors[:0]
			paraStart = span[0]
		}
		for i := span[0]; i < span[1]; i++ {
			for next < len(found) && found[next].start <= i {
				if k := len(described) - 1; k >= 0 && found[next].start > described[k][0] && found[next].end <= described[k][1] {
					// "the three AES states recalled their ambassadors": a name inside the
					// description just resolved is dropped with it (below), so no later
					// anaphor may take it ("their" is no AES, which the document would then
					// name nowhere). The spans come in order, and a name inside one is reached
					// right after it.
					next++
					continue
				}
				recent = append(recent, found[next])
				if !x.attributionSource(tokens, span, &found[next]) && !breachComplement(x.lex.words, tokens, span[0], found[next].start) {
					// "in violation of UN Security Council resolutions, and its growing
					// cooperation": whose norm was broken acts in nothing that follows.
					actors = append(actors, found[next])
				}
				if found[next].info.Type == TypePerson {
					t := titledPerson{info: found[next].info, a: found[next].start, b: found[next].start}
					if a := x.titleRunBefore(tokens, span[0], found[next].start); a < found[next].start {
						t.a = a
						t.state = stateEndingAt(tokens, recent, a)
					} else if a, b := x.appositionTitle(tokens, found[next].end, span[1]); a < b {
						t.a, t.b = a, b // "Kim Jong Un, general secretary of the WPK, ...": "the General Secretary"
					}
					if t.a < t.b || t.info.State != "" {
						titled = append(titled, t)
					}
				}
				next++
			}
			// "the Russian leader": a demonym and a role with no name after them stand for the
			// latest person the document tied to that state with such a title.
			// After a person's name and a comma the phrase is that person's apposition
			// ("Sergei Lavrov, the Russian foreign minister,"): it describes the name before
			// it, and its demonym stays the state the role is held for.
			appos := i-2 >= span[0] && tokens[i-1].Text == "," && len(recent) > 0 &&
				recent[len(recent)-1].end == i-1 && recent[len(recent)-1].info.Type == TypePerson
			if !appos && tokens[i].Lower == "the" && next < len(found) && found[next].start == i+1 && found[next].demonym && found[next].info.Type == TypeState {
				j := found[next].end
				n := 0
				if j < span[1] { // a text may end right after the demonym ("... the Russian")
					n = x.lex.roles.matchAt(tokens[:span[1]], j)
				}
				// "the Russian leader's first visit": the description owns a thing named in lower
				// case after its "'s"; before a capitalised word the "'s" goes on into a longer
				// name or title ("the Russian President's Special Envoy"), which is none.
				poss := j+n+1 < span[1] && tokens[j+n].Text == "'s" && tokens[j+n+1].isWord() && !tokens[j+n+1].isCap()
				if n > 0 && (j+n >= span[1] || !tokens[j+n].isCap() && tokens[j+n].Text != "'s" || poss) {
					if ant := x.describedAntecedent(tokens, titled, found[next].info.ID, j, j+n); ant != nil {
						resolved(mention{info: ant, start: i, end: j + n, sentence: si, coref: true, possessive: poss})
						described = append(described, [2]int{i, j + n})
						i = j + n - 1
						continue
					}
				}
			}
			var gn int
			var gants []*entityInfo
			if iss.mayOpen(tokens[i].Lower) { // most tokens: no call
				gn, gants = x.issuerGroupAt(tokens, span, i, &iss, sentences, found)
			}
			if n, ants := gn, gants; n > 0 && !(next > 0 && found[next-1].end > i) && !quoted(tokens, paraStart, i) {
				// "all eight of us", "the three states": the issuers a joint text declared
				// (issuers.go); a later "they" continues them.
				group.ants, group.sentence, group.occasion = ants, si, 0
				described = append(described, [2]int{i, i + n}) // ", Iceland included,": the aside is the group's
				for _, ant := range ants {
					resolved(mention{info: ant, start: i, end: i + n, sentence: si, coref: true})
				}
				i += n - 1
				continue
			}
			if next > 0 && found[next-1].end > i {
				// inside a name: no group description or anaphor starts here
			} else if gn, gants := x.groupDescriptionAt(tokens, span, i, found, next, paraStart); gn > 0 {
				// "the juntas", "the three Sahel states": the latest list of their members
				// (groups.go); a later "they" continues them.
				if !(i > span[0] && x.lex.words.tok(wPreposition, &tokens[i-1])) {
					group.ants, group.sentence, group.occasion = gants, si, 0
					group.numbered, group.end = true, i+gn
				}
				described = append(described, [2]int{i, i + gn}) // "the three AES states": the body names no one here
				for _, ant := range gants {
					resolved(mention{info: ant, start: i, end: i + gn, sentence: si, coref: true})
				}
				i += gn - 1
				continue
			}
			if fl[i]&flagAnaphor == 0 || next > 0 && found[next-1].end > i {
				continue // no anaphor starts here, or inside a name
			}
			if strings.ContainsRune(tokens[i].Text, '.') {
				continue // "H.E." keys as "he", but no pronoun is written with dots
			}
			if !c.single[tokens[i].Lower] && (i+1 >= span[1] || !c.second[tokens[i+1].Lower]) {
				continue // "the" before a word no anaphor has second
			}
			n := c.phrases.matchAt(tokens[:span[1]], i)
			if n == 0 || next < len(found) && found[next].start < i+n {
				continue // "the Republic of Korea": the phrase opens a name
			}
			if n > 1 && tokens[i+n-1].isCap() && i+n < span[1] && tokens[i+n].isCap() && tokens[i+n].isWord() {
				continue // "President of the State Affairs": a capitalised run goes on, a name the gazetteer does not know
			}
			if n > 1 && tokens[i+n-1].isCap() && i+n+1 < span[1] && (tokens[i+n].Text == "'" || tokens[i+n].Text == "\u2019") && tokens[i+n+1].isCap() {
				continue // "the Leaders' Summit": a plural's possessive opens the name of an event, no group
			}
			var ants []*entityInfo
			var a *anaphor
			occasion := 0
			thing := false // the anaphor stands for a thing that is no entity
			for _, row := range c.byKey[phraseKey(tokens[i:i+n])] {
				if i+n < span[1] && row.unless[tokens[i+n].Lower] && !x.speechComplement(tokens, span[0], i) || row.prefix != "" && !tokens[i+1].isCap() {
					continue // "it is expected"; "the north of the country" is no state
				}
				if row.after != nil && (i == span[0] || !row.after[tokens[i-1].Lower]) || !row.writtenAs(tokens[i:i+n]) ||
					i > span[0] && row.notAfter[tokens[i-1].Lower] {
					continue // "signed it" only; "the Government" only as written
				}
				j := i + n
				for row.skip != nil && j < span[1] && row.skip[tokens[j].Lower] {
					j++ // "it had signed": the then= word after the skipped ones
				}
				if row.then != nil && (j >= span[1] || !row.then[tokens[j].Lower] || row.skip != nil && j == i+n) || row.opening && i != span[0] && !leadOpening(tokens, span, i, row.lead, found[:next]) {
					continue // "the two met", but not "the two drones"
				}
				a = row
				if row.count == 2 && row.types[TypeState] && !row.possessive {
					// "a Japan-Philippines Reciprocal Access Agreement, which the two countries
					// intend to sign": the two states the agreement's own name joins.
					if parties := x.agreementParties(tokens, recent, span[0], i); parties != nil {
						ants = parties
						break
					}
				}
				switch {
				case row.ahead:
					ants = nextNamed(found[next:], row, si)
				case row.titled:
					ants = titledAntecedent(tokens, titled, i+1, i+n, row.principal)
				case row.named:
					limit := len(tokens)
					if row.first {
						limit = issuerEnd(tokens, sentences)
					}
					ants = namedAntecedent(tokens, found[:next], row, i+1, i+n, limit)
				case row.declared:
					if !weFound {
						weOpenings, weFound = appositionOpenings(tokens), true
					}
					ants = declaredAntecedents(tokens, x.lex.words, weOpenings, found[:next], row, i)
				case row.introduced:
					if people == nil {
						people = peoplePerSentence(found, len(sentences))
					}
					ants, occasion = introducedAntecedents(tokens, x.lex.words, sentences, found[:next], people, row, map[string]bool{tokens[i+n-1].Lower: true}, false, si)
				case row.issuers != nil:
					if quoted(tokens, paraStart, i) {
						break // a quoted speaker's "we" ("Foreign Secretary X said: "We will ..."") is not the listed issuers'
					}
					if people == nil {
						people = peoplePerSentence(found, len(sentences))
					}
					// The statement's "we" speaks on the day of its own sentence, not of the
					// line that lists its issuers: no occasion.
					ants, _ = introducedAntecedents(tokens, x.lex.words, sentences, found[:next], people, row, row.issuers, true, si)
				case row.owner:
					ants = x.ownerAntecedent(tokens, recent, found[:next], out, titled, row, si, i)
				case row.chain:
					if group.sentence >= si-maxCorefDistance && len(group.ants) > 0 && row.types[group.ants[0].Type] &&
						!(group.numbered && namedBetween(found[:next], row, group.end, i)) {
						ants, occasion = group.ants, group.occasion
					}
				case row.listed && !row.opening:
					// "The Netherlands and Denmark said they had finished ...": the list that
					// opens the anaphor's own sentence, the subject of the word before it.
					ants = openingList(tokens, [2]int{span[0], i}, found[:next], row)
				case row.listed:
					if si > 0 && tokens[span[0]].Newlines < 2 {
						ants = openingList(tokens, sentences[si-1], found[:next], row)
					}
				case row.count == 0:
					var holds func(*mention) bool
					if row.office != nil {
						holds = func(m *mention) bool {
							return titledWith(tokens, titled, m.info, row.office) || officeBefore(tokens, m.start, row.office)
						}
					}
					ants, occasion = groupAntecedents(tokens, found[:next], row, si, holds)
					if g, ok := byHead[tokens[i+n-1].Lower]; ok && row.again && g.keeps(row, ants, occasion) {
						if !sameMembers(ants, g.ants) && g.occasion > 0 {
							occasion = g.occasion
						}
						ants = g.ants
					}
					if row.represented {
						ants = x.representedStates(tokens, found[:next], titled, ants)
					}
				case row.speech != nil:
					if si > 0 && !quoted(tokens, paraStart, i) && (spokenDocument(tokens, sentences, row.speech, title) || latestBefore(bylines.of(tokens, sentences, row, row.speech), si) >= 0) {
						if ants = speakerState(found[:next], row, issuerEnd(tokens, sentences), x.lex.gaz.entities); ants == nil {
							ants = firstAntecedent(x.untopical(tokens, found[:next]), row, x.lex.gaz.entities)
						}
					}
				case row.turn != nil:
					if si > 0 && !quoted(tokens, paraStart, i) && spokenDocument(tokens, sentences, row.turn, title) {
						joint := row.joint != nil && spokenDocument(tokens, sentences, row.joint, title)
						ants = turns.issuerAt(tokens, found, row, x.lex.gaz.entities, i, joint)
						if ants == nil && joint {
							if p := turnPerson(tokens, found[:next], labels, i); len(p) == 1 && p[0].Type == TypePerson {
								if st := x.headingTitleState(tokens, sentences, title, labels, p[0]); st != nil && row.accepts(st) {
									ants = []*entityInfo{st}
								}
							}
						}
					}
				case row.heading != nil:
					if si > 0 && !quoted(tokens, paraStart, i) && spokenDocument(tokens, sentences, row.heading, title) {
						end := issuerEnd(tokens, sentences)
						if ants = x.headingSpeaker(tokens, found[:next], titled, row, end); ants == nil {
							ants = headingAntecedent(found[:next], row, end, x.lex.gaz.entities, described)
						}
					}
				case row.speaker != nil:
					if tokens[i].Text == "I" && !pronounI(tokens, span[0], i, span[1]) || quoted(tokens, paraStart, i) {
						break // "World War I"; a third party quoted in the speech
					}
					if b := latestBefore(bylines.of(tokens, sentences, row, row.speaker), si); b >= 0 {
						ants = bylinePerson(found[:next], sentences[b])
					} else {
						ants = turnPerson(tokens, found[:next], labels, i)
					}
				case row.source:
					// With asker=, not in a question's turn of a transcript ("QUESTION (Armenpress):
					// We ..."): a journalist's "we" is not the issuer's.
					if si > 0 && issuer != nil && row.accepts(issuer) && !quoted(tokens, paraStart, i) &&
						!(row.asker != nil && turns.askerAt(tokens, found, row, x.lex.gaz.entities, i)) {
						ants = []*entityInfo{issuer}
					}
				case row.first:
					ants = firstAntecedent(found[:next], row, x.lex.gaz.entities)
				case row.far:
					ants = listAntecedents(tokens, found[:next], row)
				case row.salient:
					ants = salientEntities(found[:next], row)
				default:
					pool := recent
					if n == 1 && (x.lex.words.tok(wSubjectPronoun, &tokens[i]) || x.lex.words.tok(wObjectPronoun, &tokens[i]) ||
						x.lex.words.tok(wPossessive, &tokens[i])) {
						pool = actors // "They did transfer ...": no outlet the speaker spoke to
					}
					if !row.possessive {
						// "its" stays as it was: in the speaker's own clause ("we will continue to
						// support its defense") the nearest other name is no better a reading.
						pool = thirdPersons(pool, nil)
					}
					if row.foreign {
						pool = thirdPersons(pool, issuer)
					}
					first := si - maxCorefDistance
					if row.possessive {
						first = si // "its troops": the owner is named in the same sentence
					}
					if row.opening {
						first = si - 1 // "Jordan ... . Its foreign minister": the sentence before
					}
					if row.count == 2 {
						// h44bnum: "The three European governments described the transfer as an
						// escalation by both countries": a pair is no two members of a larger
						// group a description named ("the three governments": one mention of
						// each member on one span); those members are passed over.
						pool = outsideGroups(tokens, pool)
					}
					if row.count == 2 && !row.possessive && !row.opening {
						// "opposes the US deploying missiles in the Philippines and has lodged
						// representations with both countries": two named in the anaphor's own
						// sentence come before a pair joined in an earlier one.
						if same := coordinatedAntecedents(tokens, pool, row, si); same != nil {
							ants = same
						} else if same := antecedents(tokens, pool, row, si); len(same) == 2 {
							ants = same
						}
					}
					if row.second {
						// "the United States stood with its ally": the latest name is the
						// owner "its" stands for, the ally the one named before it.
						// A demonym modifies a class ("tracked the Chinese ships"): no ally.
						two := *row
						two.count = 2
						named := make([]mention, 0, len(pool))
						for _, m := range pool {
							if !m.demonym {
								named = append(named, m)
							}
						}
						if pair := antecedents(tokens, named, &two, first); pair != nil {
							ants = pair[1:]
						} else {
							break
						}
					}
					if ants == nil && row.object {
						ants = objectAntecedent(tokens, pool, row, si, first, i)
					}
					if ants == nil {
						if ants = coordinatedAntecedents(tokens, pool, row, first); ants == nil {
							ants = antecedents(tokens, pool, row, first)
						}
					}
					if ants != nil && row.nonentity != nil && nonEntityNearer(x.lex.words, tokens, pool, row, span[0], si, i) {
						ants = nil // "a draft resolution ... because it": the draft
					}
					if ants != nil && row.opening && row.nonentity != nil && i == span[0] && si > 0 && opensWithNonentity(x.lex.words, tokens, sentences[si-1], row) {
						// r42cond: "Resolution 2773, drafted by France, was adopted ... It
						// condemns": the sentence before opens with the thing, its subject;
						// "It" is that thing, and no later row reads a name for it.
						ants, thing = nil, true
					}
					if ants == nil && row.prefix != "" {
						// "the North" is a name in all but form: at a paragraph's start it
						// still stands for the latest North ... the document named.
						ants = antecedents(tokens, found[:next], row, 0)
					}
				}
				if len(ants) > 0 || thing {
					break
				}
			}
			if len(ants) == 0 {
				i += n - 1
				continue
			}
			if (a.count == 0 || a.chain || a.count >= 2 && len(ants) >= 2 && !a.possessive) && !(i > span[0] && x.lex.words.tok(wPreposition, &tokens[i-1])) &&
				!x.lex.words.tok(wSpeakerPronoun, &tokens[i]) {
				// A later "they" continues a group that acts, not one inside a
				// prepositional phrase ("officers from the four countries"); a numbered
				// group ("The three states recall that they signed") is such a group too,
				// or "they" would reach past it to the people named before. A "we" group is
				// the speakers, whom "they" does not continue.
				group.ants, group.sentence, group.occasion = ants, si, occasion
				group.numbered, group.end = a.count >= 2, i+n
			}
			// "the Alliance's 32nd member": an anaphor whose head is capitalised, as a name's
			// is, with "'s" after it is a possessive, as the name is. (A lower-case one, "the
			// kingdom's foreign ministry", "the bloc's chief", keeps its reading.)
			poss := a.possessive || a.count == 1 && n > 1 && tokens[i+n-1].isCap() && i+n+1 < span[1] && (tokens[i+n].Text == "'s" || tokens[i+n].Text == "\u2019s")
			for _, ant := range ants {
				resolved(mention{info: ant, start: i, end: i + n, sentence: si, coref: true, possessive: poss, occasion: occasion, self: a.self})
			}
			if len(ants) >= 2 && ants[0].Type == TypePerson && !(i > span[0] && x.lex.words.tok(wPreposition, &tokens[i-1])) {
				byHead[tokens[i+n-1].Lower] = describedGroup{ants: ants, sentence: si, occasion: occasion}
			}
			i += n - 1
		}
	}
	if len(out) == 0 {
		return found
	}
	if len(described) > 0 {
		kept := found[:0]
		for _, m := range found {
			inside := false
			for _, d := range described {
				inside = inside || m.start > d[0] && m.end <= d[1]
			}
			if !inside {
				kept = append(kept, m)
			}
		}
		found = kept
	}
	found = append(found, out...)
	sortMentions(found)
	return found
}

// thirdPersons: the mentions a third-person anaphor may take as antecedent, those of the
// paragraph but the speaker's first-person ones (coref.tsv self=1) and, when not nil, those of
// the issuer: a statement tells in the speaker's paragraphs what other states did, and "it",
// "the regime" are never the "we" named between. The list is copied only when it holds such
// a mention.
func thirdPersons(pool []mention, issuer *entityInfo) []mention {
	speaks := func(m mention) bool { return m.self || issuer != nil && m.info == issuer }
	k := slices.IndexFunc(pool, speaks)
	if k < 0 {
		return pool
	}
	out := slices.Clone(pool[:k])
	for _, m := range pool[k+1:] {
		if !speaks(m) {
			out = append(out, m)
		}
	}
	return out
}

// outsideGroups: pool without the members of a group of more than two: the resolved mentions
// of a group anaphor (three or more coreference mentions on one span: "the three
// governments") and the names of a list of three or more joined only by commas, "and" and
// articles ("Kenya, Uganda and Tanzania"). pool is sorted by start, so a span's mentions are
// contiguous; the pool is returned as it is when it has no such group.
func outsideGroups(tokens []Token, pool []mention) []mention {
	drop := make([]bool, len(pool))
	grouped := false
	for k := 0; k < len(pool); {
		m := &pool[k]
		j := k + 1
		if m.coref {
			for j < len(pool) && pool[j].coref && pool[j].start == m.start && pool[j].end == m.end {
				j++
			}
		} else {
			last := k
			for j < len(pool) && !pool[j].coref && !pool[j].nested && pool[j].sentence == m.sentence && pool[j].start >= pool[last].end && listJoint(tokens, pool[last].end, pool[j].start) {
				last = j
				j++
			}
		}
		if j-k > 2 {
			for q := k; q < j; q++ {
				drop[q] = true
			}
			grouped = true
		}
		k = j
	}
	if !grouped {
		return pool
	}
	out := make([]mention, 0, len(pool))
	for k := range pool {
		if !drop[k] {
			out = append(out, pool[k])
		}
	}
	return out
}

// listJoint: the tokens [a, b) between two names are a list's joint: a comma or "and" (or
// both), with at most an article after it.
func listJoint(tokens []Token, a, b int) bool {
	if b <= a || b-a > 3 {
		return false
	}
	joint := false
	for j := a; j < b; j++ {
		switch {
		case tokens[j].Text == "," || tokens[j].is("and"):
			joint = true
		case tokens[j].is("the") && j == b-1:
		default:
			return false
		}
	}
	return joint
}

// agreementParties: the two states named inside the agreement that ends right before the
// relative pronoun before the anaphor at i ("the Japan-Philippines Reciprocal Access
// Agreement, which the two countries signed"), or nil.
func (x *Extractor) agreementParties(tokens []Token, recent []mention, from, i int) []*entityInfo {
	k := i - 1
	if k <= from || !x.lex.words.tok(wThingRelative, &tokens[k]) {
		return nil
	}
	if tokens[k-1].Text == "," {
		k--
	}
	var agr *mention
	for j := len(recent) - 1; j >= 0; j-- {
		if m := &recent[j]; m.end == k && m.info.Type == TypeAgreement && !m.coref {
			agr = m
			break
		}
	}
	if agr == nil {
		return nil
	}
	var states []*entityInfo
	for j := agr.start; j < agr.end; {
		e, n := x.lex.gaz.match(tokens[:agr.end], j)
		if e == nil || n == 0 {
			j++
			continue
		}
		if e.info.Type == TypeState && !slices.Contains(states, e.info) {
			states = append(states, e.info)
		}
		j += n
	}
	if len(states) != 2 {
		return nil
	}
	return states
}

// attributionSource: the body m is named as the source of what the sentence reports, not as
// one of its actors: after a words.tsv source-cue ("spoke to the Financial Times", "according
// to a report by the Associated Press"). Such a body is no antecedent of a later pronoun:
// "They did transfer ..." in a quote given to a newspaper is about the states the speaker
// talks of, not the newspaper. A description may still name it ("According to the Institute
// for the Study of War, ... The group said"), and a body that reports is no such source ("the
// Ministry of National Defense reported that it had detected": its own act).
func (x *Extractor) attributionSource(tokens []Token, span [2]int, m *mention) bool {
	if m.info.Type != TypeInstitution {
		return false
	}
	j := m.start
	if j > span[0] && x.lex.words.tok(wArticle, &tokens[j-1]) {
		j--
	}
	for i := max(span[0], j-4); i < j; i++ {
		if n := x.lex.words.sourceCue.matchAt(tokens[:j], i); n > 0 && i+n == j {
			return true
		}
	}
	return false
}

// nextNamed: the entity an indefinite anaphor announces ("signed a treaty on Wednesday ... .
// The Comprehensive Strategic Partnership Treaty was signed at the end of those talks"): the
// first compatible entity named after it, in its own sentence or at most maxCorefDistance
// sentences on. Only the first is taken: a text names what it announced before it names
// anything else of the kind.
func nextNamed(after []mention, a *anaphor, si int) []*entityInfo {
	for _, m := range after {
		if m.sentence > si+maxCorefDistance {
			break
		}
		if !m.nested && !m.coref && a.accepts(m.info) {
			return []*entityInfo{m.info}
		}
	}
	return nil
}

// groupAntecedents: a group anaphor ("the leaders", "the three ministers") refers to every
// compatible entity named in the latest earlier sentence of the document that names at least
// a.min of them ("Biden hosted Yoon and Kishida ... The leaders condemned"). Groups are
// introduced once and referred to across paragraphs, so the search is not bounded by one.
// occasion is 1 + the index of that sentence.
// holds, when not nil, admits only the people who hold the group's office (coref.tsv office=).
func groupAntecedents(tokens []Token, before []mention, a *anaphor, si int, holds func(*mention) bool) (_ []*entityInfo, occasion int) {
	var out []*entityInfo
	cur := -1
	for k := len(before) - 1; k >= 0; k-- {
		m := &before[k]
		if m.sentence >= si || m.coref || !a.accepts(m.info) || a.onlookerAt(tokens, m.start) || labelSpeaker(tokens, m) ||
			holds != nil && !holds(m) {
			continue
		}
		if m.sentence != cur {
			if a.sized(len(out)) {
				break
			}
			out, cur = out[:0], m.sentence
		}
		if !slices.Contains(out, m.info) {
			out = append(out, m.info)
		}
	}
	if !a.sized(len(out)) {
		return nil, 0
	}
	if a.max == 0 {
		// "Biden hosted Marcos and Kishida. Kishida flew in on Tuesday, and Marcos arrived on
		// Wednesday. The leaders condemned ...": a sentence that names part of a group just
		// introduced does not shrink it; the sentence before, naming all of them and more, is
		// the group.
		if wider, at := widerGroup(tokens, before, a, cur, out, holds); wider != nil {
			out, cur = wider, at
		}
	}
	slices.Reverse(out) // text order
	return out, cur + 1
}

// describedGroup: the people a group description ("the two leaders") referred to, in
// sentence, and the occasion it was dated by.
type describedGroup struct {
	ants     []*entityInfo
	sentence int
	occasion int
}

// keeps: the description's group still holds for a later one with the same head word read
// by row, whose own search found ants in sentence occasion-1: that sentence is not after the
// description (it named others beside the group: "held a lunch with their delegations,
// including X and Y"), or it names only members of the group ("Minister X explained ..., and
// Secretary Y expressed"); and the group is of the row's size.
func (g describedGroup) keeps(row *anaphor, ants []*entityInfo, occasion int) bool {
	if !row.sized(len(g.ants)) || len(row.accepted(g.ants)) != len(g.ants) {
		return false
	}
	return occasion-1 <= g.sentence || subsetOf(ants, g.ants)
}

// sameMembers: a and b hold the same entities, in any order.
func sameMembers(a, b []*entityInfo) bool {
	return len(a) == len(b) && subsetOf(a, b)
}

// subsetOf: every entity of a is in b.
func subsetOf(a, b []*entityInfo) bool {
	for _, e := range a {
		if !slices.Contains(b, e) {
			return false
		}
	}
	return true
}

// labelSpeaker: m is a person's name closing a speaker label, right before a colon
// ("Spokesman, Colonel Amadou Abdramane: Their Excellencies ... decide"): the one who reads the
// text out, not a member of the group it goes on to name.
func labelSpeaker(tokens []Token, m *mention) bool {
	return m.info.Type == TypePerson && m.end < len(tokens) && tokens[m.end].Text == ":"
}

// widerGroup: the compatible entities of the latest sentence before sentence cur that names
// any, when they include every one of group and more; nil otherwise.
func widerGroup(tokens []Token, before []mention, a *anaphor, cur int, group []*entityInfo, holds func(*mention) bool) ([]*entityInfo, int) {
	var out []*entityInfo
	at := -1
	for k := len(before) - 1; k >= 0; k-- {
		m := &before[k]
		if m.sentence >= cur || m.coref || !a.accepts(m.info) || a.onlookerAt(tokens, m.start) || holds != nil && !holds(m) {
			continue
		}
		if at >= 0 && m.sentence != at {
			break
		}
		at = m.sentence
		if !slices.Contains(out, m.info) {
			out = append(out, m.info)
		}
	}
	if len(out) <= len(group) {
		return nil, 0
	}
	for _, g := range group {
		if !slices.Contains(out, g) {
			return nil, 0
		}
	}
	return out, at
}

// accepted: the entities of ents the anaphor can stand for, in their order (nil for none).
func (a *anaphor) accepted(ents []*entityInfo) []*entityInfo {
	var out []*entityInfo
	for _, e := range ents {
		if a.accepts(e) {
			out = append(out, e)
		}
	}
	return out
}

// sized: n entities are a group of the anaphor's size; with a max, a sentence naming more is
// no antecedent and the search goes on to an earlier one ("both ministers" is the latest
// pair named together, not a sentence naming three).
func (a *anaphor) sized(n int) bool {
	return n >= a.min && (a.max == 0 || n <= a.max)
}

// coordinatedAntecedents: for an anaphor of two ("the two leaders"), the latest pair of
// compatible entities joined by "and" ("Abiy Ahmed and Somali President Hassan Sheikh Mohamud
// arrived ... and were received by Erdogan. The two leaders signed": Abiy and Hassan Sheikh,
// not Erdogan), or nil.
func coordinatedAntecedents(tokens []Token, recent []mention, a *anaphor, firstSentence int) []*entityInfo {
	if a.count != 2 {
		return nil
	}
	var second *mention // the later of the pair, skipping what the anaphor cannot mean ("Somali")
	for k := len(recent) - 1; k >= 0 && recent[k].sentence >= firstSentence; k-- {
		first := &recent[k]
		if first.coref || !a.accepts(first.info) {
			continue
		}
		if second == nil || first.info == second.info || second.start-first.end > 8 || second.start <= first.end {
			second = first
			continue
		}
		joined := false
		for j := first.end; j < second.start; j++ {
			switch {
			case tokens[j].is("and"):
				joined = true
			case !tokens[j].isWord() && tokens[j].Text != "," && tokens[j].Text != "'s" && tokens[j].Text != "\u2019s":
				joined = false
				j = second.start
			}
		}
		if joined {
			return []*entityInfo{second.info, first.info}
		}
		second = first
	}
	return nil
}

// writtenAs: the tokens are written as a cased anaphor requires ("the Government", not "the
// government").
func (a *anaphor) writtenAs(tokens []Token) bool {
	if a.cased == nil {
		return true
	}
	if len(tokens) != len(a.cased) {
		return false
	}
	for k, t := range tokens {
		if k > 0 && t.Text != a.cased[k] {
			return false // the first word may open the sentence
		}
	}
	return true
}

// headingLines is how many sentences of a document's opening block (the lines before its first
// blank line) may make up its heading: "Government Offices of Sweden" above "Speech by ...".
const headingLines = 3

// spokenDocument: the document's heading (the first sentences up to its first blank line, at
// most headingLines) holds one of the words that make it a speech ("Speech by ...",
// "Remarks by ...").
func spokenDocument(tokens []Token, sentences [][2]int, words map[string]bool, title []Token) bool {
	// A "Title:" line of the metadata block is the heading too: the block is masked out of
	// the text, so "Title: Transcript - joint press conference, Ministry of Defence" or
	// "Title: ... Hold a Press Conference" above the speaker labels is in no sentence.
	for k := range title {
		if words[title[k].Lower] {
			return true
		}
	}
	end := headingEnd(tokens, sentences)
	for k := 0; k < end && k < len(tokens); k++ {
		if words[tokens[k].Lower] {
			return true
		}
	}
	return false
}

// headingEnd: the token that ends the document's heading, its first sentences up to its first
// blank line, at most headingLines.
func headingEnd(tokens []Token, sentences [][2]int) int {
	end := 0
	for s, sp := range sentences {
		if s >= headingLines || s > 0 && tokens[sp[0]].Newlines >= 2 {
			break
		}
		end = sp[1]
	}
	return end
}

// issuerEnd: the token that ends the sentence after the document's heading, its first body
// sentence, where a release names its issuer when its Title Case heading yields no name
// ("Statement by the Ministry of National Defense\n\nThe Ministry of National Defense strongly
// condemns ...").
func issuerEnd(tokens []Token, sentences [][2]int) int {
	end := headingEnd(tokens, sentences)
	for _, sp := range sentences {
		if sp[0] >= end {
			return sp[1]
		}
	}
	return end
}

// speakerState: the state of the first person or state body named before token end, in the
// document's heading or first body sentence: the speaker of a speech or remarks
// ("Remarks at a UN Security Council Briefing on the DPRK / Ambassador Linda
// Thomas-Greenfield, U.S. Representative to the United Nations": the United States). A
// state the heading names bare is the topic (the DPRK); nil when no one there serves a state.
func speakerState(before []mention, a *anaphor, end int, entities map[string]*entityInfo) []*entityInfo {
	for k := range before {
		m := &before[k]
		if m.start >= end {
			break
		}
		if m.demonym || m.info.Type == TypeState {
			continue
		}
		if st := govOf(m, entities); st != nil && a.accepts(st) {
			return []*entityInfo{st}
		}
	}
	return nil
}

// untopical: the names of before up to the first state that stands as the object of a
// preposition other than "of", perhaps after an article ("Further support for Ukraine",
// "Remarks on the DPRK"): a speech's first state is its speaker's only when it is not its
// topic; a state after "of" owns the office before it ("Office of the Prime Minister of
// Denmark"). Names
// are sorted by start; the names before the first topical one are returned, and the
// document's first state ahead of any topic stays its fallback speaker.
func (x *Extractor) untopical(tokens []Token, before []mention) []mention {
	for k := range before {
		p := before[k].start - 1
		for p > 0 && x.lex.words.tok(wArticle, &tokens[p]) {
			p--
		}
		if p >= 0 && before[k].info.Type == TypeState && x.lex.words.tok(wPreposition, &tokens[p]) && !tokens[p].is("of") {
			return before[:k]
		}
	}
	return before
}

// headingAntecedent: the first institution named (not referred to) before token end, in the
// document's heading or first body sentence ("Statement by the Ministry of National
// Defense"). A state's body speaks for its state when the row accepts a State (a government's
// statement: "We condemn" is the state); a body of no state (ASEAN) speaks as itself. A state
// the heading names is the topic, not the issuer ("Statement on North Korea's launch"). A
// name inside a description the document resolved ("all eight NB8 countries": the states) is
// dropped with it, so it speaks for no one.
func headingAntecedent(before []mention, a *anaphor, end int, entities map[string]*entityInfo, described [][2]int) []*entityInfo {
	for k := range before {
		m := &before[k]
		if m.start >= end {
			break
		}
		if m.coref || m.demonym || m.info.Type != TypeInstitution || insideSpan(described, m) {
			continue
		}
		if m.info.State != "" {
			if st := entities[m.info.State]; st != nil && st.Type == TypeState && a.accepts(st) {
				return []*entityInfo{st}
			}
		}
		if a.accepts(m.info) {
			return []*entityInfo{m.info}
		}
	}
	return nil
}

// representedStates: the states a group of people serve, one per person in their order
// ("the Participants" after "the Minister ... of France, X, hosted the Foreign Minister of
// Germany, Y, and the Minister ... of Poland, Z": France, Germany, Poland); nil unless every
// person serves a state and no two the same one (then the group is no meeting of states).
func (x *Extractor) representedStates(tokens []Token, before []mention, titled []titledPerson, people []*entityInfo) []*entityInfo {
	if len(people) < 2 {
		return nil
	}
	var out []*entityInfo
	for _, p := range people {
		st := x.personState(tokens, before, titled, p)
		if st == nil {
			for k := range before {
				if before[k].info == p && !before[k].coref {
					if st = titleBeforeState(tokens, before, k); st != nil {
						break
					}
				}
			}
		}
		if st == nil || slices.Contains(out, st) {
			return nil
		}
		out = append(out, st)
	}
	return out
}

// titleBeforeState: the state a title in apposition before the person at before[k] names:
// "of", perhaps "the", the state, a comma and the name ("the Minister of Foreign Affairs of
// Poland, Radosław Sikorski"); nil otherwise.
func titleBeforeState(tokens []Token, before []mention, k int) *entityInfo {
	p := before[k].start - 1
	if p < 2 || tokens[p].Text != "," {
		return nil
	}
	for j := k - 1; j >= 0; j-- {
		m := &before[j]
		if m.end < p {
			break
		}
		if m.end == p && m.info.Type == TypeState && !m.coref {
			q := m.start - 1
			if q > 0 && tokens[q].is("the") {
				q--
			}
			if q >= 0 && tokens[q].is("of") {
				return m.info
			}
		}
	}
	return nil
}

// headingSpeaker: the state of the person a statement's heading gives it to, when that person
// is named before any body ("Statement by Ambassador X, Permanent Representative of Latvia to
// the United Nations"; "Statement by Keir Starmer, Prime Minister of the United Kingdom, to the
// House of Commons"): the person speaks for their government, and the body after the title is
// the venue the statement is addressed to, not its issuer. nil when a body comes first ("Statement
// by the Ministry of ...": headingAntecedent reads it) or the person serves no state named.
func (x *Extractor) headingSpeaker(tokens []Token, before []mention, titled []titledPerson, a *anaphor, end int) []*entityInfo {
	for k := range before {
		m := &before[k]
		if m.start >= end {
			break
		}
		if m.coref || m.demonym || m.nested || m.info.Type == TypeState {
			continue // a state the heading names bare is its topic
		}
		if m.info.Type != TypePerson {
			return nil
		}
		st := x.personState(tokens, before, titled, m.info)
		if st == nil {
			st = titleState(tokens, before, k, end)
		}
		if st != nil && a.accepts(st) {
			return []*entityInfo{st}
		}
		return nil
	}
	return nil
}

// titleState: the state a title in apposition after the person at before[k] names: a comma,
// capitalised title words, "of", perhaps "the", and the state ("Rein Ott, Permanent
// Representative of Latvia to the United Nations"); nil otherwise.
func titleState(tokens []Token, before []mention, k, end int) *entityInfo {
	p := before[k].end
	if p >= end || tokens[p].Text != "," {
		return nil
	}
	q := p + 1
	for q < end && q <= p+6 && tokens[q].isWord() && tokens[q].isCap() {
		q++
	}
	if q == p+1 || q+1 >= end || !tokens[q].is("of") {
		return nil
	}
	q++
	if tokens[q].is("the") {
		q++
	}
	for j := k + 1; j < len(before) && before[j].start <= q; j++ {
		if m := &before[j]; m.start == q && m.info.Type == TypeState && !m.coref {
			return m.info
		}
	}
	return nil
}

// insideSpan: m lies within one of the spans.
func insideSpan(spans [][2]int, m *mention) bool {
	for _, d := range spans {
		if m.start >= d[0] && m.end <= d[1] {
			return true
		}
	}
	return false
}

// bylineIndex lists, per coref.tsv row and its words, the document's by-line sentences: those
// that open with one of the words and "by", at most two capitalised words after their first
// ("Speech by ...", "Opening Remarks by ...", "Answer by Minister ..."). A news report's
// "said in a speech" opens no sentence this way. Listed once per document when first needed,
// not rescanned for every "I".
type bylineIndex map[*anaphor][]int

func (b *bylineIndex) of(tokens []Token, sentences [][2]int, row *anaphor, words map[string]bool) []int {
	if *b == nil {
		*b = bylineIndex{}
	}
	if v, ok := (*b)[row]; ok {
		return v
	}
	var out []int
	for s, sp := range sentences {
		for k := sp[0]; k+1 < sp[1] && k < sp[0]+3 && tokens[k].isCap(); k++ {
			if words[tokens[k].Lower] && tokens[k+1].Lower == "by" {
				out = append(out, s)
				break
			}
		}
	}
	(*b)[row] = out
	return out
}

// latestBefore: the last of the sorted sentence indexes in list before si, or -1.
func latestBefore(list []int, si int) int {
	if n, _ := slices.BinarySearch(list, si); n > 0 {
		return list[n-1]
	}
	return -1
}

// bylinePerson: the first person named in the by-line sentence sp (its speaker).
func bylinePerson(before []mention, sp [2]int) []*entityInfo {
	k := firstFrom(before, sp[0])
	for ; k < len(before) && before[k].start < sp[1]; k++ {
		if m := &before[k]; !m.coref && m.info.Type == TypePerson {
			return []*entityInfo{m.info}
		}
	}
	return nil
}

// onlookerAt: the name at start follows one of a.onlooker's words and "of", past at most six
// title words and honorifics ("in the presence of H.E. Mr. Ferdinand R. Marcos Jr.").
func (a *anaphor) onlookerAt(tokens []Token, start int) bool {
	if a.onlooker == nil {
		return false
	}
	k := start - 1
	for k >= 0 && start-k <= 6 && (tokens[k].isCap() || tokens[k].Text == ".") && tokens[k].Newlines == 0 {
		k--
	}
	return k >= 1 && tokens[k].Lower == "of" && a.onlooker[tokens[k-1].Lower]
}

// nonEntityNearer: between the latest compatible entity of the anaphor's sentence (or its
// start; or the noun it completes, "the proposal by Egypt") and the anaphor at i stands one of
// a.nonentity's nouns after a words.tsv thing-determiner ("a", "the", "this" at most two words
// before it), with no relative word (words.tsv relative) between it and the anaphor: "it"
// then stands for that thing. "the draft, which it called biased" keeps the state.
func nonEntityNearer(w *words, tokens []Token, recent []mention, a *anaphor, from, si, i int) bool {
	for k := len(recent) - 1; k >= 0; k-- {
		if m := &recent[k]; m.end <= i && a.accepts(m.info) {
			if m.sentence == si {
				from = m.end
				// "the proposal by Egypt, but it": the entity completes the noun, which
				// stays the nearer thing.
				p := m.start - 1
				if p > 0 && tokens[p].is("the") {
					p--
				}
				if p > 0 && w.tok(wComplement, &tokens[p]) && a.nonentity[tokens[p-1].Lower] {
					from = p - 1
				}
			}
			break
		}
	}
	for k := i - 1; k >= from; k-- {
		if w.tok(wRelative, &tokens[k]) {
			return false
		}
		if !a.nonentity[tokens[k].Lower] {
			continue
		}
		for d := k - 1; d >= 0 && d >= k-3; d-- {
			if w.tok(wThingDeterminer, &tokens[d]) {
				return true
			}
		}
	}
	return false
}

// leadOpening: the anaphor at i follows ", and" directly, or a short adverbial (at most five
// words) that begins with a word of lead and names no one, itself at its sentence's start or
// after ", and" ("In May 2024, it", "..., and last month it", "..., and it"): the anaphor
// opens its clause as if it opened the sentence, and stands for the subject before it.
func leadOpening(tokens []Token, span [2]int, i int, lead map[string]bool, before []mention) bool {
	if lead == nil {
		return false
	}
	if i-2 >= span[0] && tokens[i-1].is("and") && tokens[i-2].Text == "," {
		return true // "..., and it sent 3,000 more": the adverbial may be empty
	}
	for c := i - 1; c >= span[0] && c >= i-6; c-- {
		if tokens[c].is(";", ":") || c < i-1 && tokens[c].Text == "," && !(c+1 < i && tokens[c+1].startsDigit()) {
			return false // the adverbial holds no comma of its own, but "May 3, 2024"
		}
		opens := c == span[0] || c-2 >= span[0] && tokens[c-1].is("and") && tokens[c-2].Text == ","
		if !opens || !lead[tokens[c].Lower] {
			continue
		}
		return len(before) == 0 || before[len(before)-1].end <= c
	}
	return false
}

// pronounI: the capital "I" at i is the pronoun, a subject before a lower-case verb ("I met",
// "I'm"), not a numeral ("World War I", "Phase I of").
func pronounI(tokens []Token, from, i, end int) bool {
	if i > from && tokens[i-1].isCap() && tokens[i-1].isWord() {
		return false
	}
	return i+1 < end && tokens[i+1].isWord() && !tokens[i+1].isCap() || i+1 < end && strings.HasPrefix(tokens[i+1].Text, "'")
}

// quoted: token i stands inside quotation marks opened since the paragraph began at from
// (a third party quoted in a speech: "he told me: \"I will not leave\"").
func quoted(tokens []Token, from, i int) bool {
	open := false
	for k := from; k < i; k++ {
		switch tokens[k].Text {
		case "\"":
			open = !open
		case "“":
			open = true
		case "”":
			open = false
		}
	}
	return open
}

// firstAntecedent: the document's first compatible named entity ("the Government" in a
// ministry's briefing is the ministry's state, named in its heading or first sentence).
// A state's body named with its state ("the Ministry of Foreign Affairs of the Republic of
// Korea") names that state for a State anaphor ("the Government").
func firstAntecedent(before []mention, a *anaphor, entities map[string]*entityInfo) []*entityInfo {
	for k := range before {
		m := &before[k]
		if m.coref || m.demonym {
			continue
		}
		if a.accepts(m.info) {
			return []*entityInfo{m.info}
		}
		if m.info.Type == TypeInstitution && m.info.State != "" {
			if st := entities[m.info.State]; st != nil && a.accepts(st) {
				return []*entityInfo{st}
			}
		}
	}
	return nil
}

// titledPerson: a person's name and the title words right before it ("Prime Minister" in
// "Prime Minister Ulf Kristersson"), tokens [a, b).
type titledPerson struct {
	info  *entityInfo
	a, b  int
	state string // the state named right before the title ("Russian President Vladimir Putin")
}

// declaredAntecedents: "we" after a statement opened by a first-person apposition ("We, the
// Leaders of the G7, condemn ... We reaffirm our support") is who that apposition named: the
// compatible names between "We," and the first comma before a lower-case word, in the latest
// such apposition before i (openings lists where each opens: appositionOpenings).
func declaredAntecedents(tokens []Token, w *words, openings []int, before []mention, a *anaphor, i int) []*entityInfo {
	// The latest opening k with its comma before i: openings[:n] are the ones before i-1.
	n, _ := slices.BinarySearch(openings, i-1)
	for ; n > 0; n-- {
		k := openings[n-1]
		end := k + 2
		for end < i && end < k+60 && !(tokens[end].Text == "," && end+1 < len(tokens) && tokens[end+1].isWord() && !tokens[end+1].isCap() && !tokens[end+1].is("and", "the") &&
			!w.tok(wEnumerator, &tokens[end+1])) {
			end++
		}
		if !namesAny(before, k+1, end) {
			// "We, as four maritime democracies, support ...", "We, therefore, call on ...":
			// an apposition that names no one declares no speakers; the statement's "we" is
			// still who its earlier opening named ("Today, we, Prime Minister A of X and
			// President B of Y, met ...").
			continue
		}
		if _, states := groupApposition(tokens, w, k, end, before); states != nil {
			// "We, the participating states of the MSMT - Australia, Canada, ...": the
			// listed states speak, not the body they belong to.
			return a.accepted(states)
		}
		if body, states := appositionBody(tokens, w, k, end, before); body != nil {
			// "We, the G7 Foreign Ministers of Canada, France, ...": each named state speaks
			// (stop 21), with the bodies whose heads join them ("and the High Representative
			// of the European Union"); the G7 is a speaker only for a row that takes no State.
			out := a.accepted(states)
			if out != nil {
				out = append(out, a.accepted(coSpeakers(tokens, body.end, end, before, body))...)
			}
			if out == nil && a.accepts(body.info) {
				out = []*entityInfo{body.info}
			}
			return out
		}
		if _, states := trailingGroup(tokens, w, k, end, before); states != nil {
			// "We, the Foreign Ministers of A, B, C and D, the four members of the Quad,":
			// the listed states speak; the body after them describes them.
			return a.accepted(states)
		}
		var out []*entityInfo
		for j := range before {
			m := &before[j]
			of := m.start - 1
			if of > 0 && tokens[of].is("the") {
				of-- // "President B of the United States"
			}
			if j > 0 && of > 0 && tokens[of].is("of") && before[j-1].end == of && before[j-1].info.Type == TypePerson {
				// "we, Prime Minister A of X and President B of Y": X and Y are where the
				// named people serve; the people speak (stop 43), not their states.
				continue
			}
			if m.start > k+1 && m.end <= end && !m.coref && a.accepts(m.info) && !slices.Contains(out, m.info) {
				out = append(out, m.info)
			}
		}
		return out
	}
	return nil
}

// namesAny: whether a name (not a resolved anaphor) lies within tokens (a, b).
func namesAny(before []mention, a, b int) bool {
	for j := range before {
		if m := &before[j]; m.start > a && m.end <= b && !m.coref {
			return true
		}
	}
	return false
}

// appositionOpenings lists, in order, the positions k of "we" followed by a comma: where a
// first-person apposition may open (declaredAntecedents).
func appositionOpenings(tokens []Token) []int {
	var out []int
	for k := 0; k+1 < len(tokens); k++ {
		if tokens[k].Lower == "we" && tokens[k+1].Text == "," {
			out = append(out, k)
		}
	}
	return out
}

// introducedAntecedents: a group anaphor whose last word heads an earlier "HEAD of" + a list
// ("The Foreign Ministers of the Republic of Kazakhstan, the Kyrgyz Republic, ... and the
// United States of America met in Astana. ... The ministers condemned") refers to the
// compatible entities of the latest such list, at least a.min of them; the occasion is that
// sentence. heads are the head words that may introduce the list (the anaphor's last word, or
// a row's issuers=); by also lets "HEAD by" introduce it ("a statement by the United States,
// Japan and ..."); people counts the distinct people each sentence names (peoplePerSentence).
func introducedAntecedents(tokens []Token, w *words, sentences [][2]int, before []mention, people []int, a *anaphor, heads map[string]bool, by bool, si int) (_ []*entityInfo, occasion int) {
	for j := si - 1; j >= 0; j-- {
		sp := sentences[j]
		for k := sp[0]; k+2 < sp[1]; k++ {
			if !(tokens[k+1].is("of") || by && tokens[k+1].is("by")) || !heads[tokens[k].Lower] {
				continue
			}
			if alignedStatement(tokens, w, sp[0], k) {
				continue // "aligns itself with the statement delivered by X on behalf of A, B and C"
			}
			if members := colonMembers(tokens, before, a, k+2, sp[1]); len(members) >= 2 {
				// "on behalf of the Nordic-Baltic Eight: Denmark, Finland, ... and my own
				// country, Estonia": the members named after the colon speak, not the group
				// (testdata/README.md, "On behalf of" a group).
				return members, j + 1
			}
			var out []*entityInfo
			for p := k + 2; p < sp[1]; {
				if m := lastStartingAt(before, p, a); m != nil {
					if !slices.Contains(out, m.info) {
						out = append(out, m.info)
					}
					p = m.end
					continue
				}
				if tokens[p].is("the", "and", ",") {
					p++
					continue
				}
				break
			}
			if len(out) >= a.min {
				return out, j + 1
			}
		}
		if people[j] >= 2 {
			// "hosted the leaders of Australia, India and Japan ... welcomed Modi, Albanese and
			// Kishida ... the leaders said": a group since named by its people is theirs.
			return nil, 0
		}
	}
	return nil, 0
}

// maxColonLead: how many tokens may stand between "HEAD of" and the colon that opens the
// members' list ("on behalf of the Nordic and Baltic countries: Denmark, ...").
const maxColonLead = 8

// colonMembers: the list of names a accepts that follows a colon within maxColonLead tokens of
// from, in tokens before end, when the words before the colon name a group or describe one
// (no more than one name among them: "the Nordic-Baltic Eight:", "the Nordic and Baltic
// countries:"); "my own country," or "my country," before a member is skipped ("Sweden and my
// own country, Estonia"). nil when no colon opens a list there.
func colonMembers(tokens []Token, before []mention, a *anaphor, from, end int) []*entityInfo {
	colon := -1
	for p := from; p < end && p <= from+maxColonLead; p++ {
		if tokens[p].Text == ":" {
			colon = p
			break
		}
		if tokens[p].is(",", ";", "(") {
			return nil
		}
	}
	if colon < 0 {
		return nil
	}
	k := firstFrom(before, from)
	names := 0
	for ; k < len(before) && before[k].start < colon; k++ {
		if !before[k].nested {
			names++
		}
	}
	if names > 1 {
		return nil
	}
	var out []*entityInfo
	for p := colon + 1; p < end; {
		if m := lastStartingAt(before, p, a); m != nil {
			if !slices.Contains(out, m.info) {
				out = append(out, m.info)
			}
			p = m.end
			continue
		}
		if tokens[p].is("the", "and", ",", "my", "own", "country", "our") {
			p++
			continue
		}
		break
	}
	return out
}

// alignedStatement: between from and the head at k stands "with" and a words.tsv speech-noun,
// perhaps after an article ("Thailand aligns itself with the statement delivered by Canada on
// behalf of Canada, Australia and New Zealand"): the list belongs to another's statement, which
// the text's own speaker joins; it names no speaker of this text.
func alignedStatement(tokens []Token, w *words, from, k int) bool {
	for p := from; p+1 < k; p++ {
		if !tokens[p].is("with") {
			continue
		}
		q := p + 1
		if w.tok(wArticle, &tokens[q]) && q+1 < k {
			q++
		}
		if w.tok(wSpeechNoun, &tokens[q]) {
			return true
		}
	}
	return false
}

// firstFrom is the index of the first mention of ms, sorted by start, that starts at token p
// or after it (len(ms) if none): a binary search.
func firstFrom(ms []mention, p int) int {
	k, _ := slices.BinarySearchFunc(ms, p, func(m mention, t int) int { return cmp.Compare(m.start, t) })
	return k
}

// lastStartingAt: the last name (no anaphor, no nested name) of before, sorted by start, that
// starts at token p and that a accepts; nil if none. A binary search, not a map of every
// mention built per anaphor: that was quadratic in the document.
func lastStartingAt(before []mention, p int, a *anaphor) *mention {
	k := firstFrom(before, p+1)
	for k--; k >= 0 && before[k].start == p; k-- {
		if m := &before[k]; !m.coref && !m.nested && a.accepts(m.info) {
			return m
		}
	}
	return nil
}

// peoplePerSentence: how many distinct people each of n sentences names outright (no
// anaphor); found is sorted by start, so a sentence's mentions are contiguous.
func peoplePerSentence(found []mention, n int) []int {
	out := make([]int, n)
	var seen []*entityInfo
	last := -1
	for k := range found {
		m := &found[k]
		if m.coref || m.info.Type != TypePerson {
			continue
		}
		if m.sentence != last {
			seen, last = seen[:0], m.sentence
		}
		if !slices.Contains(seen, m.info) {
			seen = append(seen, m.info)
			out[m.sentence]++
		}
	}
	return out
}

// ownerAntecedent: "his country", "her delegation" is the state of the latest person named
// (or referred to) at most maxCorefDistance sentences back: the state before their title
// ("Russian President"), the gazetteer's state of the person, "of" + a state after their name
// ("Daniel Ortega of Nicaragua"), or a state in apposition with their name ("the Russian
// Federation's delegate, Vassily Nebenzia"; "Robert Wood, the representative of the United
// States,").
func (x *Extractor) ownerAntecedent(tokens []Token, recent, before, resolved []mention, titled []titledPerson, a *anaphor, si, at int) []*entityInfo {
	if a.count == 2 {
		return x.partiesOf(tokens, before, resolved, titled)
	}
	if st := x.describedSpeakerState(tokens, before, si, at); st != nil {
		return []*entityInfo{st}
	}
	for k := len(recent) - 1; k >= 0 && recent[k].sentence >= si-maxCorefDistance; k-- {
		if recent[k].info.Type == TypePerson {
			if st := x.personState(tokens, before, titled, recent[k].info); st != nil {
				return []*entityInfo{st}
			}
			return nil
		}
	}
	return nil
}

// describedSpeakerState: the state of an unnamed office holder described earlier in the
// anaphor's sentence by a role (titles.txt role or title) and that state, "STATE's ROLE" or
// "the ROLE of STATE" ("Slovenia's delegate said her country", "The representative of the
// United Arab Emirates, who was invited ..., said that his country"), with no person named
// between the description and the anaphor at; nil otherwise, and the named people decide.
func (x *Extractor) describedSpeakerState(tokens []Token, before []mention, si, at int) *entityInfo {
	for k := len(before) - 1; k >= 0 && before[k].sentence == si; k-- {
		m := &before[k]
		if m.info.Type == TypePerson {
			return nil // "The representative of the UK, Barbara Woodward, said her country"
		}
		if m.info.Type != TypeState || m.coref || m.demonym || m.end > at {
			continue
		}
		described := false
		if m.possessive && m.end+1 < at {
			described = isRoleWord(tokens[:at], m.end+1, x.lex)
		} else if j := m.start - 1; j > 0 && !m.possessive {
			if x.lex.words.tok(wArticle, &tokens[j]) {
				j--
			}
			if j > 0 && tokens[j].is("of") {
				// "the ROLE of": the nearest role ending at "of", within three words, after "the".
				for r := j - 1; r > 0 && r >= j-3; r-- {
					if x.lex.roles.matchAt(tokens[:j], r) == j-r {
						described = tokens[r-1].is("the")
						break
					}
				}
			}
		}
		if described {
			return m.info
		}
	}
	return nil
}

// partiesOf: "both sides" of a readout, when its paragraph names no two states, are the
// states of the two people the document named or referred to last ("The Secretary and the
// Foreign Minister ... Both sides reaffirmed"); nil unless both have a state and the two differ,
// and nil when the latest sentence that names people, by name or by a resolved anaphor
// (resolved: "the President"), names more than two: a host or mediator is there too ("Minister
// Mirzoyan thanked the President and Minister Nurtleu of Kazakhstan").
func (x *Extractor) partiesOf(tokens []Token, before, resolved []mention, titled []titledPerson) []*entityInfo {
	latest := -1
	for _, list := range [][]mention{before, resolved} {
		for _, m := range list {
			if m.info.Type == TypePerson {
				latest = max(latest, m.sentence)
			}
		}
	}
	var named []*entityInfo
	for _, list := range [][]mention{before, resolved} {
		for _, m := range list {
			if m.info.Type == TypePerson && m.sentence == latest && !slices.Contains(named, m.info) {
				named = append(named, m.info)
			}
		}
	}
	if len(named) > 2 {
		return nil
	}
	var people []*entityInfo
	for k := len(before) - 1; k >= 0 && len(people) < 2; k-- {
		if m := before[k]; m.info.Type == TypePerson && !slices.Contains(people, m.info) {
			people = append(people, m.info)
		}
	}
	if len(people) < 2 {
		return nil
	}
	a, b := x.personState(tokens, before, titled, people[1]), x.personState(tokens, before, titled, people[0])
	if a == nil || b == nil || a == b {
		return nil
	}
	return []*entityInfo{a, b}
}

// personState: the state the document ties a person to: the state before their title
// ("Russian President"), the gazetteer's state of the person, a state inside their title
// ("President of the Republic of Finland Alexander Stubb"), "of" + a state after their name
// ("Daniel Ortega of Nicaragua"), or a state in apposition with their name ("the Russian
// Federation's delegate, Vassily Nebenzia"; "Robert Wood, the representative of the United
// States,"); nil if none.
func (x *Extractor) personState(tokens []Token, before []mention, titled []titledPerson, person *entityInfo) *entityInfo {
	state := func(id string) *entityInfo {
		if e := x.lex.gaz.entities[id]; e != nil && e.Type == TypeState {
			return e
		}
		return nil
	}
	for k := len(titled) - 1; k >= 0; k-- {
		if titled[k].info == person && titled[k].state != "" {
			return state(titled[k].state)
		}
	}
	if person.State != "" {
		return state(person.State)
	}
	for k := len(titled) - 1; k >= 0; k-- {
		if t := titled[k]; t.info == person && t.a < t.b {
			for j := range before {
				if st := &before[j]; st.info.Type == TypeState && !st.coref && st.start >= t.a && st.end <= t.b {
					return st.info // "President of the Republic of Finland Alexander Stubb"
				}
			}
		}
	}
	for k := len(before) - 1; k >= 0; k-- {
		m := before[k]
		if m.info != person || m.coref {
			continue
		}
		for j := range before {
			st := &before[j]
			if st.info.Type != TypeState || st.sentence != m.sentence || st.coref {
				continue
			}
			if st.start > m.end && st.start <= m.end+2 && tokens[m.end].is("of") {
				return st.info // "Daniel Ortega of Nicaragua"
			}
			name := m.start
			if st.end < m.start {
				name = x.titleRunBefore(tokens, st.end, m.start) // "Kenya's delegate, Ambassador Martin Kimani"
			}
			if st.end <= name && st.end >= name-6 && name > 0 && tokens[name-1].Text == "," && onlyPhraseWords(tokens, st.end, name-1) ||
				st.start > m.end && st.start <= m.end+7 && tokens[m.end].Text == "," && onlyPhraseWords(tokens, m.end+1, st.start) &&
					st.end < len(tokens) && tokens[st.end].Text == "," {
				// "the Russian Federation's delegate, Vassily Nebenzia"; "Robert Wood, the
				// representative of the United States,"
				return st.info
			}
		}
		break
	}
	return nil
}

// onlyPhraseWords: tokens [a, b) are lower-case words, "of", articles and "'s": the rest of a
// noun phrase, with no name and no punctuation.
func onlyPhraseWords(tokens []Token, a, b int) bool {
	for k := a; k < b; k++ {
		if t := tokens[k]; t.Text != "'s" && (!t.isWord() || t.isCap() && !t.is("the", "The")) {
			return false
		}
	}
	return true
}

// stateEndingAt: the id of a state mention (a demonym or a possessive) that ends right before
// token a, or "".
func stateEndingAt(tokens []Token, recent []mention, a int) string {
	for k := len(recent) - 1; k >= 0 && k >= len(recent)-4; k-- {
		m := recent[k]
		if m.info.Type == TypeState && (m.end == a || m.end == a-1 && tokens[a-1].Lower == "'s") {
			return m.info.ID
		}
	}
	return ""
}

// describedAntecedent: the latest person tied to the state (by the demonym before their
// title, or as the gazetteer's person of that state) whose title or usual role holds the
// description's role words [a, b); a generic-role word ("leader") fits any title.
func (x *Extractor) describedAntecedent(tokens []Token, titled []titledPerson, state string, a, b int) *entityInfo {
	generic := b-a == 1 && x.lex.words.tok(wGenericRole, &tokens[a])
	for k := len(titled) - 1; k >= 0; k-- {
		t := titled[k]
		if t.state != state && t.info.State != state {
			continue
		}
		if generic {
			return t.info
		}
		title := strings.ToLower(surfaceOf(tokens, t.a, t.b) + " " + t.info.Role)
		fits := true
		for j := a; j < b && fits; j++ {
			fits = strings.Contains(title, tokens[j].Lower)
		}
		if fits {
			return t.info
		}
	}
	return nil
}

// listAntecedents: for a numbered group ("the three heads of state", "all three states"),
// the latest list of exactly that many compatible entities named before it in the document
// ("Colonel Assimi Goïta of Mali, Captain Ibrahim Traoré of Burkina Faso and General
// Abdourahamane Tiani of Niger"), or nil. A list's members are joined by commas and "and",
// with only titles, articles, "of" and other names between them.
func listAntecedents(tokens []Token, before []mention, a *anaphor) []*entityInfo {
	var chain []*mention // the list being read, latest member first
	closed := false      // its last two members are joined by "and"
	flush := func() []*entityInfo {
		if len(chain) != a.count && (a.count != 0 || len(chain) < 2) || !closed {
			return nil // a.count 0 (a plural description without a number, groups.go): two or more
		}
		out := make([]*entityInfo, 0, len(chain))
		for _, m := range chain {
			for _, o := range out {
				if o == m.info {
					return nil
				}
			}
			out = append(out, m.info)
		}
		return out
	}
	// A description without a number (a.count 0) is a definite plural: the largest list in
	// reach, the latest of the largest ("Mali, Burkina Faso and Niger ... Mali and Niger
	// severed ties ... the juntas" is the three).
	var largest []*entityInfo
	for k := len(before) - 1; k >= 0; k-- {
		m := &before[k]
		if m.coref || !a.accepts(m.info) {
			continue
		}
		if len(chain) > 0 {
			if and, ok := listJoin(tokens, before, m, chain[len(chain)-1]); ok {
				if len(chain) == 1 {
					closed = and
				}
				chain = append(chain, m)
				continue
			}
			if ants := flush(); ants != nil && a.count != 0 {
				return ants
			} else if len(ants) > len(largest) {
				largest = ants
			}
		}
		chain, closed = append(chain[:0], m), false
	}
	if ants := flush(); a.count != 0 || len(ants) > len(largest) {
		return ants
	}
	return largest
}

// namedBetween: two or more distinct compatible entities are named (not referred to) in
// tokens [from, to): a group of their own a plural could stand for ("Japan and the United
// States ... criticised Moscow for what they called"); one name alone is an object ("The two
// countries condemned Russia. They also ...").
func namedBetween(before []mention, a *anaphor, from, to int) bool {
	var first *entityInfo
	for k := len(before) - 1; k >= 0 && before[k].start >= from; k-- {
		if m := &before[k]; !m.coref && !m.nested && m.end <= to && a.accepts(m.info) {
			if first != nil && m.info != first {
				return true
			}
			first = m.info
		}
	}
	return false
}

// salientEntities: the a.count (1 or 2) compatible entities the document has named most often
// before the anaphor, when each was named at least twice and no other was named as often as
// the last of them ("Marles met Marcos in Manila. ... The United States and Japan will also
// send forces. ...\n\nBoth countries are members of ...": Australia and the Philippines, the
// pair the text is about, not the latest pair it joined by "and"; "Sweden is now a member of
// NATO ... Today Sweden became the 32nd member of the North Atlantic Treaty Organization
// ...\n\nFinland became a member of the Alliance": NATO, the body the text is about, not the
// State Department named since); nil when the text has no such entities.
func salientEntities(before []mention, a *anaphor) []*entityInfo {
	counts := map[*entityInfo]int{}
	var order []*entityInfo // first mention order, for a stable result
	for k := range before {
		m := &before[k]
		if m.coref || !a.accepts(m.info) {
			continue
		}
		if counts[m.info] == 0 {
			order = append(order, m.info)
		}
		counts[m.info]++
	}
	n := a.count
	if len(order) < n {
		return nil
	}
	ranked := slices.Clone(order)
	slices.SortStableFunc(ranked, func(x, y *entityInfo) int { return counts[y] - counts[x] })
	if counts[ranked[n-1]] < 2 || len(ranked) > n && counts[ranked[n]] == counts[ranked[n-1]] {
		return nil
	}
	return ranked[:n]
}

// listJoin: the tokens between list members m and next are list glue (commas, "and", titles,
// articles, "of", other names); and says whether "and" is among them.
func listJoin(tokens []Token, mentions []mention, m, next *mention) (and, ok bool) {
	if next.start < m.end || next.start-m.end > 8 {
		return false, false
	}
	for j := m.end; j < next.start; j++ {
		inName := false
		for _, o := range mentions {
			inName = inName || j >= o.start && j < o.end
		}
		tk := tokens[j]
		switch {
		case inName, tk.Text == ",", tk.is("the", "of"), tk.Text == "'s", tk.Text == "\u2019s", tk.isCap() && tk.isWord():
		case tk.is("and"):
			and = true
		default:
			return false, false
		}
	}
	return and, true
}

// titleRunBefore is the start of the title right before a name at start: capitalised words,
// office-link words, "of the" and hyphens after the sentence start or a lower-case word
// ("Secretary of State Antony Blinken"), at most twelve tokens, when it holds a title or role;
// else start.
func (x *Extractor) titleRunBefore(tokens []Token, sentStart, start int) int {
	a := start
	for k := start - 1; k >= sentStart && k >= start-12; k-- {
		t := &tokens[k]
		// "of the" inside the office: "Minister of Foreign Affairs of the Islamic Republic of
		// Iran Abbas Araghchi".
		ofThe := t.is("the") && k > sentStart && tokens[k-1].is("of") && tokens[k+1].isCap()
		if !(t.isCap() && t.isWord() || x.lex.words.tok(wOfficeLink, t) || ofThe || t.Text == "-" || t.Text == ".") {
			break
		}
		a = k
	}
	for k := a; k < start; k++ {
		if x.lex.roles.matchAt(tokens[:start], k) > 0 {
			return k
		}
	}
	return start
}

// appositionTitle: the title that follows a person's name ending at end after a comma and
// an optional "the", a role of the roles list after at most two words ("Kim Jong Un, general
// secretary of the Workers' Party", "Mark Rutte, the Secretary General,"), tokens [a, b);
// a == b when none.
func (x *Extractor) appositionTitle(tokens []Token, end, sentEnd int) (int, int) {
	k := end + 1
	if end >= sentEnd || tokens[end].Text != "," {
		return end, end
	}
	if k < sentEnd && tokens[k].is("the") {
		k++
	}
	if k >= sentEnd {
		return end, end
	}
	// A role may follow up to two words of its title ("general secretary": "secretary").
	for j := k; j < k+3 && j < sentEnd && tokens[j].isWord(); j++ {
		if n := x.lex.roles.matchAt(tokens[:sentEnd], j); n > 0 {
			b := j + n
			for b < sentEnd { // roles in a row: "general" "secretary"
				m := x.lex.roles.matchAt(tokens[:sentEnd], b)
				if m == 0 {
					break
				}
				b += m
			}
			return k, b
		}
	}
	return end, end
}

// titledAntecedent: the latest person whose title holds the anaphor's words [a, b) ("the
// Secretary": "Secretary of State Antony Blinken"; "the Prime Minister"), anywhere before in
// the document: a title identifies its holder across paragraphs. With principal (a row's
// principal= words) the first such person, past one whose title follows one of the words
// ("former"): an official text names its own official first ("the upcoming visit of Prime
// Minister Narendra Modi ... Prime Minister Kishida of Japan ... the Prime Minister visited
// Kyiv" is Modi).
// titledWith: the document gave person p a title (before the name or in apposition after it,
// as titled lists them) that holds one of the words ("Foreign Minister", "Secretary of State").
func titledWith(tokens []Token, titled []titledPerson, p *entityInfo, words map[string]bool) bool {
	for _, t := range titled {
		if t.info != p {
			continue
		}
		for k := t.a; k < t.b; k++ {
			if words[tokens[k].Lower] {
				return true
			}
		}
	}
	return false
}

// officeBefore: one of the words stands in the run of capitalised words before the name at
// start, with the articles, "and", "for", "of" and commas between them, at most officeRun
// tokens back within the line ("The Deputy Prime Minister and Minister for Defence, the Hon
// Richard Marles"); a lower-case word ends the run ("the meeting between Kim Jong Un").
func officeBefore(tokens []Token, start int, words map[string]bool) bool {
	for k := start - 1; k >= 0 && k >= start-officeRun; k-- {
		t := &tokens[k]
		if words[t.Lower] {
			return true
		}
		if t.isWord() && !t.isCap() && !t.is("the", "and", "for", "of") || !t.isWord() && t.Text != "," || tokens[k+1].Newlines > 0 {
			return false
		}
	}
	return false
}

// officeRun is how far back officeBefore reads.
const officeRun = 10

func titledAntecedent(tokens []Token, titled []titledPerson, a, b int, principal map[string]bool) []*entityInfo {
	// A title that begins with the phrase's words is the one meant ("the Secretary" after
	// "Secretary Blinken spoke with Foreign Secretary David Cameron" is Blinken); a title
	// that only holds them ("the Minister": "Foreign Minister Wang Yi") is the fallback.
	for _, prefix := range []bool{true, false} {
		for j := range titled {
			k := len(titled) - 1 - j
			if principal != nil {
				k = j // the first holder: the document's own official
			}
			t := titled[k]
			if principal != nil && (principal[tokens[t.a].Lower] || t.a > 0 && principal[tokens[t.a-1].Lower]) {
				continue // "former Prime Minister X" holds the office no more
			}
			for s := t.a; s+(b-a) <= t.b; s++ {
				if prefix && s > t.a {
					break
				}
				same := true
				for j := 0; j < b-a && same; j++ {
					same = tokens[s+j].Lower == tokens[a+j].Lower
				}
				if same {
					return []*entityInfo{t.info}
				}
			}
		}
	}
	return nil
}

// objectAntecedent: an object pronoun ("him") does not stand for the subject of its own
// clause ("Sybiha met the Secretary General, Mark Rutte, and invited him to Kyiv" is Rutte):
// when its sentence opens with a compatible name (its subject), with no ";" or ":" between,
// the latest compatible entity other than that one, at most maxCorefDistance sentences back;
// otherwise nil, and the row's other readings apply.
func objectAntecedent(tokens []Token, recent []mention, a *anaphor, si, firstSentence, at int) []*entityInfo {
	var subject *mention
	for k := range recent {
		if m := &recent[k]; m.sentence == si && !m.possessive && !m.demonym {
			subject = m // past "Spain's" or "Russian" before a title: "Spain's Prime Minister X met him"
			break
		}
	}
	if subject == nil || !a.accepts(subject.info) {
		return nil // "Ukraine's ambassador, X, posted ...; Senegal summoned him": not the subject
	}
	for k := subject.end; k < at; k++ {
		if tokens[k].is(";", ":") {
			return nil // another clause's object
		}
	}
	for k := len(recent) - 1; k >= 0 && recent[k].sentence >= firstSentence; k-- {
		if info := recent[k].info; info != subject.info && a.accepts(info) {
			return []*entityInfo{info}
		}
	}
	return nil
}

// antecedents are the most recent compatible distinct entities, as many as the anaphor counts;
// for a subject anaphor ("he"), the first compatible entity of the latest sentence that has
// one ("Kim Jong Un met Putin. He said" is Kim).
func antecedents(tokens []Token, recent []mention, a *anaphor, firstSentence int) []*entityInfo {
	if a.subject && a.count == 1 {
		var best *entityInfo
		for k := len(recent) - 1; k >= 0 && recent[k].sentence >= firstSentence; k-- {
			if best != nil && recent[k].sentence != recent[k+1].sentence {
				break
			}
			if a.accepts(recent[k].info) {
				best = recent[k].info
			}
		}
		if best == nil {
			return nil
		}
		return []*entityInfo{best}
	}
	var out []*entityInfo
	for k := len(recent) - 1; k >= 0 && len(out) < a.count && recent[k].sentence >= firstSentence; k-- {
		info := recent[k].info
		if recent[k].demonym && a.count == 1 && a.possessive {
			continue // "the Russian side ... its" is still Russia, but a demonym is weak
		}
		if a.count == 1 && indefiniteModifier(tokens, &recent[k]) {
			continue // "used its veto on a North Korea matter since it": a modifier, no referent
		}
		if !a.accepts(info) {
			continue
		}
		dup := false
		for _, o := range out {
			dup = dup || o == info
		}
		if !dup {
			out = append(out, info)
		}
	}
	if len(out) < a.count {
		return nil
	}
	return out
}

// namedAntecedent: the latest entity of the document, in any earlier paragraph, whose mention
// holds the anaphor's words [a, b) ("the Ministry": "the Ministry of Foreign Affairs of
// Ukraine"). A statement names its issuing body once and then calls it by its head word.
// With first=1 it is the first such entity, named in the document's heading or first body
// sentence (before token limit), where a statement names its issuer: a kingdom's statement
// names itself before the other kingdoms it mentions ("The Ministry ... expresses the Kingdom
// of Saudi Arabia's condemnation ... welcomes the decision of the Kingdom of Spain ... The
// Kingdom reaffirms"), and one that names itself only so is no antecedent of this kind.
func namedAntecedent(tokens []Token, before []mention, row *anaphor, a, b, limit int) []*entityInfo {
	for i := range before {
		k := len(before) - 1 - i
		if row.first {
			k = i
		}
		m := before[k]
		if m.start >= limit {
			break
		}
		if m.coref || !row.accepts(m.info) {
			continue
		}
		for j := m.start; j+(b-a) <= m.end; j++ {
			same := true
			for t := 0; t < b-a && same; t++ {
				same = tokens[j+t].Lower == tokens[a+t].Lower
			}
			if same {
				return []*entityInfo{m.info}
			}
		}
	}
	return nil
}

// indefiniteModifier: a name right after "a"/"an" and before a lower-case word modifies that
// noun ("a North Korea matter", "a US draft"); a name takes no indefinite article, so it is
// no referent a pronoun points back to.
func indefiniteModifier(tokens []Token, m *mention) bool {
	if m.start == 0 || m.end >= len(tokens) || !tokens[m.start-1].is("a", "an") {
		return false
	}
	next := tokens[m.end]
	return next.isWord() && !next.isCap()
}

// opensWithNonentity: the sentence sp opens with one of a.nonentity's nouns, after at most
// two words of a words.tsv thing-determiner ("Resolution 2773, drafted by France, was
// adopted", "The draft resolution was vetoed"): its subject is that thing.
func opensWithNonentity(w *words, tokens []Token, sp [2]int, a *anaphor) bool {
	for k := sp[0]; k < sp[1] && k <= sp[0]+2; k++ {
		if a.nonentity[tokens[k].Lower] {
			return true
		}
		if !w.tok(wThingDeterminer, &tokens[k]) && !(k > sp[0] && tokens[k].isWord() && !tokens[k].isCap()) {
			return false
		}
	}
	return false
}

// headingTitleState: at a joint press conference, the state of a speaker whose label gives a
// title the heading ties to a state ("Transcript: joint press conference of the Foreign
// Secretary and the Foreign Minister of Israel" ... "FOREIGN MINISTER KATZ:" and later
// "KATZ:"): the state after that title, "of" and perhaps "the" in the heading (the metadata
// title or the text's first lines); nil when no label gives the person a title or the heading
// names no state after it ("the Foreign Secretary and ..."). Without it the other host's
// "our closest ally" was the state of the office on the source line.
func (x *Extractor) headingTitleState(tokens []Token, sentences [][2]int, title []Token, labels []mention, person *entityInfo) *entityInfo {
	var words []string
	for _, m := range labels {
		if m.info != person {
			continue
		}
		s := m.start
		for s > 0 && tokens[s].Newlines == 0 {
			s--
		}
		var w []string
		for k := s; k < m.start; k++ {
			if tokens[k].isWord() {
				w = append(w, tokens[k].Lower)
			}
		}
		if len(w) > len(words) {
			words = w
		}
	}
	if len(words) == 0 {
		return nil
	}
	find := func(seq []Token) *entityInfo {
		for p := 0; p+len(words)+1 < len(seq); p++ {
			ok := true
			for n, w := range words {
				if seq[p+n].Lower != w {
					ok = false
					break
				}
			}
			if !ok || !seq[p+len(words)].is("of") || p > 0 && seq[p-1].isWord() && !seq[p-1].is("the", "and") {
				continue // "MINISTER X:" is not "the Foreign Minister of Georgia"
			}
			q := p + len(words) + 1
			if seq[q].is("the") && q+1 < len(seq) {
				q++
			}
			if e, n := x.lex.gaz.match(seq, q); e != nil && n > 0 && e.info.Type == TypeState {
				return e.info
			}
		}
		return nil
	}
	if st := find(title); st != nil {
		return st
	}
	end := headingEnd(tokens, sentences)
	if end > len(tokens) {
		end = len(tokens)
	}
	return find(tokens[:end])
}
