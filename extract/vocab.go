package extract

import (
	"fmt"
	"strings"
)

// wordInfo is everything the rules know about one lower-case word: its word classes, the
// phrase sets and trigger phrases that start with it, the recognisers it cues. Extract looks
// each token up once (lexicon.lookUp); the rules then read the token's wordInfo instead of
// looking the word up again in one map per rule.
type wordInfo struct {
	classes  clsSet        // word classes of words.tsv, one bit per wordClass
	starts   uint64        // the registered phrase sets with a phrase starting with the word
	phrases  []setPhrases  // those phrases, per set with a bit in starts or dates
	triggers *wordTriggers // trigger phrases starting with the word
	cue      uint8         // the recognisers the word may start (tokenFlags)
	deed     uint8         // 1 + the kind of act the word names (acts.tsv, deeds.go); 0: none
	gaz      *trieNode     // the gazetteer's trie below the word, when a name starts with it
	dates    uint64        // what the date rules may read the word as (dateMonth, ...)
	// agreementHead: the word, capitalised, is an agreement head of shapes.tsv ("treaty" for
	// "Treaty"), read for lower-case heads ("the Minsk treaty") without making the
	// capitalised string and looking it up (isLowerAgreementHead).
	agreementHead bool
	// groupHead: a head phrase of coref.tsv's plural descriptions starts with the word
	// (corefLexicon.heads), asked of the few words after every "the".
	groupHead bool
	// spellings: the entries of the name recogniser's lists read as written whose
	// lower-case form is this word, each with the lists holding it (nameLexicon.written).
	spellings []spelling
}

// setPhrases are the phrases of one registered phrase set (bit) or date word list (dates:
// its first or last bit) that start, or end, with a word: its byFirst or byLast entry, read
// without a map look-up.
type setPhrases struct {
	bit   uint64
	dates uint64
	keys  [][]string
}

// spelling is one entry, as written, of the name recogniser's lists read as written.
type spelling struct {
	text  string
	lists writtenList
}

// writtenList is one of the name recogniser's lists of shapes.tsv read as written (or a
// set of them), so that a token's word info can say which of them hold the token's text.
type writtenList uint16

const (
	listStop writtenList = 1 << iota
	listSuffixes
	listNotName
	listInstHeads
	listPlaceHeads
	listAgreementHeads
	listPostNominals
	listParticles
	listNotWeapon
	listTopicHeads
	listLegalActs
	listsAll = listLegalActs<<1 - 1
)

// list is the map of the list l (one bit).
func (n *nameLexicon) list(l writtenList) map[string]bool {
	switch l {
	case listStop:
		return n.stop
	case listSuffixes:
		return n.suffixes
	case listNotName:
		return n.notName
	case listInstHeads:
		return n.instHeads
	case listPlaceHeads:
		return n.placeHeads
	case listAgreementHeads:
		return n.agreementHeads
	case listPostNominals:
		return n.postNominals
	case listParticles:
		return n.particles
	case listNotWeapon:
		return n.notWeapon
	case listTopicHeads:
		return n.topicHeads
	case listLegalActs:
		return n.legalActs
	}
	panic(fmt.Sprintf("not one written list: %b", l)) // a programming error, not input
}

// written reports whether token t, as written, is in the list l of shapes.tsv (l's map
// holds t.Text). The token's word info holds the list entries spelt like the word in any
// case, and which lists hold each, so that no map is looked up: a name's words ("Ministry",
// "The") were looked up in several lists each.
func (n *nameLexicon) written(l writtenList, t *Token) bool {
	if t.word == nil {
		return n.list(l)[t.Text]
	}
	for _, s := range t.word.spellings {
		if s.text == t.Text {
			return s.lists&l != 0
		}
	}
	return false
}

// addSpelling records that the list l holds the text s, on the word a token spelt s is
// looked up as (newToken's lower-case key).
func (v *vocab) addSpelling(s string, l writtenList) {
	w := v.info(strings.ToLower(matchKey(s)))
	for k := range w.spellings {
		if w.spellings[k].text == s {
			w.spellings[k].lists |= l
			return
		}
	}
	w.spellings = append(w.spellings, spelling{text: s, lists: l})
}

// Bits of wordInfo.dates; each wordList of the date rules adds two more (wordList.first, .last).
const (
	dateMonth      uint64 = 1 << iota // a month name (monthNumbers)
	dateWeekday                       // a weekday (dateLexicon.weekdays)
	datePhraseWord                    // the first word of a relative date phrase
	dateNumber                        // the first word of a number phrase
	dateLists                         // the first bit of the word lists
)

// mayBe reports whether the token's word may be read as f (a bit of wordInfo.dates): false
// only when the vocab knows it is not.
func (t *Token) mayBe(f uint64) bool { return t.word == nil || t.word.dates&f != 0 }

// vocab maps every word a rule starts with or reads to its wordInfo. It is filled while the
// rules compile and only read afterwards, so workers share it.
type vocab struct {
	words map[string]*wordInfo
	none  *wordInfo    // every other word
	sets  []*phraseSet // registered, in the order of their bits
}

func newVocab() *vocab { return &vocab{words: map[string]*wordInfo{}, none: &wordInfo{}} }

func (v *vocab) info(lower string) *wordInfo {
	w, ok := v.words[lower]
	if !ok {
		w = &wordInfo{}
		v.words[lower] = w
	}
	return w
}

// register gives each phrase set a bit of wordInfo.starts and sets it on the words its
// phrases start with.
func (v *vocab) register(sets ...*phraseSet) error {
	for _, p := range sets {
		if len(v.sets) == 64 {
			return fmt.Errorf("more than 64 phrase sets: wordInfo.starts needs a wider type")
		}
		p.bit = 1 << len(v.sets)
		v.sets = append(v.sets, p)
		for w, keys := range p.byFirst {
			info := v.info(w)
			info.starts |= p.bit
			info.phrases = append(info.phrases, setPhrases{bit: p.bit, keys: keys})
		}
	}
	return nil
}

// phraseBits returns the bits of the given phrase sets in wordInfo.starts, and whether every
// set has one (was registered): a token whose word has none of them starts no phrase of any.
func phraseBits(sets ...*phraseSet) (uint64, bool) {
	var bits uint64
	for _, p := range sets {
		if p.bit == 0 {
			return 0, false
		}
		bits |= p.bit
	}
	return bits, true
}

// compileVocab gathers, once every rule is compiled, what each word starts or belongs to.
func (lx *lexicon) compileVocab(dl *dateLexicon) error {
	v := newVocab()
	err := v.register(&lx.titles, &lx.honorific, &lx.courtesy, &lx.roles, &lx.negation, &lx.denial, &lx.spec,
		&lx.reported, &lx.bodies, &lx.goods, &lx.troops, &lx.idioms, &lx.amounts, &lx.approx,
		&lx.ellipsis, &lx.judgement, &lx.cessation, &lx.onus, &lx.dissuasion, &lx.said, &lx.groundUse, &lx.vessel, &lx.enforcement, &lx.listing, &lx.penalty, &lx.space, &lx.sanctionMeans, &lx.errand, &lx.appointment, &lx.words.attribution, &lx.words.speaksFor, &lx.words.sourceCue, &lx.words.memberIntro, &lx.words.listJoin, &lx.words.exampleIntro, &lx.words.deedModifier, &lx.words.listAhead, &lx.words.failure, &lx.words.inversionLead, &lx.coref.phrases, &lx.shapes.locative,
		&lx.shapes.locativeKnown, &lx.shapes.resolutionBody, &lx.shapes.placeHeadPhrases,
		&lx.shapes.siteNouns, &lx.formalBodies, &lx.plan, &lx.personNouns, &lx.kinNouns, &lx.ranks, &lx.shapes.bodyPrefix)
	if err != nil {
		return err
	}
	// The reciprocal clause's phrases, read at every token of its sentence.
	if err := v.register(&lx.words.reciprocal, &lx.words.partyMarker, &lx.words.anyParty); err != nil {
		return err
	}
	for w, c := range lx.words.classes {
		v.info(w).classes = c
	}
	for head := range lx.shapes.agreementHeads {
		// The lower-case words w with capitalised(w) == head: w is head with its first byte
		// lowered, when that byte is one capitalised takes back to it.
		if w := strings.ToLower(head[:1]) + head[1:]; capitalised(w) == head {
			v.info(w).agreementHead = true
		}
	}
	for w := range lx.coref.heads {
		v.info(w).groupHead = true
	}
	for w, wt := range lx.triggers {
		v.info(w).triggers = wt
	}
	for w, kind := range lx.deeds.kind {
		v.info(w).deed = kind + 1
	}
	for w, f := range lx.shapes.cueFlags {
		v.info(w).cue = f
	}
	for w, node := range lx.gaz.root.next {
		v.info(w).gaz = node
	}
	lx.gaz.indexed = true
	for l := writtenList(1); l&listsAll != 0; l <<= 1 {
		for text := range lx.shapes.list(l) {
			v.addSpelling(text, l)
		}
	}
	for w := range monthNumbers {
		v.info(w).dates |= dateMonth
	}
	for w := range dl.weekdays {
		v.info(w).dates |= dateWeekday
	}
	for w := range dl.phrases {
		v.info(w).dates |= datePhraseWord
	}
	for w := range dl.numbers {
		v.info(w).dates |= dateNumber
	}
	bit := dateLists
	for _, l := range []*wordList{&dl.weekLast, &dl.weekNext, &dl.lastWeek, &dl.nextWeek, &dl.future,
		&dl.noEvent, &dl.rangeTo, &dl.speech, &dl.performative, &dl.clock, &dl.weekAfter, &dl.weekThat, &dl.weekBefore,
		&dl.occasion, &dl.occasionAct, &dl.link, &dl.barrier, &dl.tense, &dl.past, &dl.skip, &dl.relative, &dl.titleYear, &dl.progressive, &dl.progressivePast} {
		if bit<<1 == 0 {
			return fmt.Errorf("too many date word lists: wordInfo.dates needs a wider type")
		}
		l.first, l.last, bit = bit, bit<<1, bit<<2
		for w, keys := range l.byFirst {
			info := v.info(w)
			info.dates |= l.first
			info.phrases = append(info.phrases, setPhrases{dates: l.first, keys: keys})
		}
		for w, keys := range l.byLast {
			info := v.info(w)
			info.dates |= l.last
			info.phrases = append(info.phrases, setPhrases{dates: l.last, keys: keys})
		}
	}
	lx.vocab = v
	return nil
}

// lookUp attaches to every token what the rules know about its word.
func (lx *lexicon) lookUp(tokens []Token) {
	var recent recentWords
	lx.lookUpRecent(tokens, &recent)
}

// recentWords holds the words a document's tokens were last looked up as, each at a slot
// chosen by its length and first and last bytes: a document repeats a few words ("the", ",",
// "of") for most of its tokens, and comparing with the one word at the slot costs a fraction
// of a look-up in the vocab's map of thousands of words, whose buckets miss the cache.
type recentWords [256]struct {
	lower string
	word  *wordInfo
}

// lookUpRecent is lookUp reading recent first. recent is cleared first: its strings are cut
// from a document's text, which it would otherwise keep alive.
func (lx *lexicon) lookUpRecent(tokens []Token, recent *recentWords) {
	*recent = recentWords{}
	for i := range tokens {
		l := tokens[i].Lower
		if l == "" {
			tokens[i].word = lx.vocab.word(l)
			continue
		}
		slot := &recent[byte(len(l)<<5)^l[0]^l[len(l)-1]<<3]
		if slot.lower != l {
			slot.lower, slot.word = l, lx.vocab.word(l)
		}
		tokens[i].word = slot.word
	}
}

// word is the info of a lower-case word, none for a word no rule reads.
func (v *vocab) word(lower string) *wordInfo {
	if w, ok := v.words[lower]; ok {
		return w
	}
	return v.none
}

// isLowerAgreementHead reports whether token t, capitalised, is an agreement head of
// shapes.tsv: a lower-case head after a name ("the Minsk treaty").
func (lx *lexicon) isLowerAgreementHead(t *Token) bool {
	if t.word != nil {
		return t.word.agreementHead
	}
	return lx.shapes.agreementHeads[capitalised(t.Lower)]
}

// capitalised is s with its first byte upper-cased, as the agreement heads of shapes.tsv are
// compared with a lower-case word.
func capitalised(s string) string { return strings.ToUpper(s[:1]) + s[1:] }

// triggersOf returns the trigger phrases starting with token t's word.
func (lx *lexicon) triggersOf(t *Token) []triggerPhrase {
	if wt := lx.triggersAt(t); wt != nil {
		return wt.all
	}
	return nil
}

// triggersAt returns the trigger phrases starting with token t's word, indexed, or nil.
func (lx *lexicon) triggersAt(t *Token) *wordTriggers {
	if t.word != nil {
		return t.word.triggers
	}
	return lx.triggers[t.Lower]
}
