package extract

import "fmt"

// wordInfo is everything the rules know about one lower-case word: its word classes, the
// phrase sets and trigger phrases that start with it, the recognisers it cues. Extract looks
// each token up once (lexicon.lookUp); the rules then read the token's wordInfo instead of
// looking the word up again in one map per rule.
type wordInfo struct {
	classes  uint64          // word classes of words.tsv, one bit per wordClass
	starts   uint64          // the registered phrase sets with a phrase starting with the word
	triggers []triggerPhrase // trigger phrases starting with the word
	cue      uint8           // the recognisers the word may start (tokenFlags)
}

// vocab maps every word a rule starts with or reads to its wordInfo. It is filled while the
// rules compile and only read afterwards, so workers share it.
type vocab struct {
	words map[string]*wordInfo
	none  *wordInfo // every other word
	sets  int       // phrase sets registered so far
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
		if v.sets == 64 {
			return fmt.Errorf("more than 64 phrase sets: wordInfo.starts needs a wider type")
		}
		p.bit = 1 << v.sets
		v.sets++
		for w := range p.byFirst {
			v.info(w).starts |= p.bit
		}
	}
	return nil
}

// compileVocab gathers, once every rule is compiled, what each word starts or belongs to.
func (lx *lexicon) compileVocab() error {
	v := newVocab()
	err := v.register(&lx.titles, &lx.honorific, &lx.roles, &lx.negation, &lx.denial, &lx.spec,
		&lx.reported, &lx.bodies, &lx.goods, &lx.troops, &lx.idioms, &lx.amounts, &lx.approx,
		&lx.ellipsis, &lx.words.attribution, &lx.coref.phrases, &lx.shapes.locative,
		&lx.shapes.locativeKnown, &lx.shapes.resolutionBody, &lx.shapes.placeHeadPhrases,
		&lx.shapes.siteNouns)
	if err != nil {
		return err
	}
	for w, c := range lx.words.classes {
		v.info(w).classes = c
	}
	for w, tps := range lx.triggers {
		v.info(w).triggers = tps
	}
	for w, f := range lx.shapes.cueFlags {
		v.info(w).cue = f
	}
	lx.vocab = v
	return nil
}

// lookUp attaches to every token what the rules know about its word.
func (lx *lexicon) lookUp(tokens []Token) {
	for i := range tokens {
		w, ok := lx.vocab.words[tokens[i].Lower]
		if !ok {
			w = lx.vocab.none
		}
		tokens[i].word = w
	}
}

// triggersOf returns the trigger phrases starting with token t's word.
func (lx *lexicon) triggersOf(t *Token) []triggerPhrase {
	if t.word != nil {
		return t.word.triggers
	}
	return lx.triggers[t.Lower]
}
