package extract

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// TestVocabAgreesWithMaps: every rule that reads a token's word info (lexicon.lookUp) answers
// as it does for the same token without it, which it reads the slow way from the rule's own
// map. Run over the seeds and the development corpus, so that a phrase set, word list or
// date list the vocab misses shows here rather than as a relation quietly lost.
func TestVocabAgreesWithMaps(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	lx, dl := x.lex, x.dates
	paths, _ := filepath.Glob("../seeds/*.txt")
	corpus, _ := filepath.Glob("../testdata/corpus/*.txt")
	paths = append(paths, corpus...)
	if len(paths) < 10 {
		t.Fatalf("only %d documents found", len(paths))
	}
	shaped := map[string]map[string]bool{"stop": lx.shapes.stop, "suffixes": lx.shapes.suffixes,
		"not-name": lx.shapes.notName, "inst-heads": lx.shapes.instHeads, "place-heads": lx.shapes.placeHeads,
		"agreement-heads": lx.shapes.agreementHeads, "post-nominals": lx.shapes.postNominals,
		"particles": lx.shapes.particles, "not-weapon": lx.shapes.notWeapon}
	shapedLists := map[string]writtenList{"stop": listStop, "suffixes": listSuffixes, "not-name": listNotName,
		"inst-heads": listInstHeads, "place-heads": listPlaceHeads, "agreement-heads": listAgreementHeads,
		"post-nominals": listPostNominals, "particles": listParticles, "not-weapon": listNotWeapon}
	lists := map[string]wordList{"weekLast": dl.weekLast, "weekNext": dl.weekNext, "lastWeek": dl.lastWeek,
		"nextWeek": dl.nextWeek, "future": dl.future, "noEvent": dl.noEvent, "rangeTo": dl.rangeTo,
		"speech": dl.speech, "performative": dl.performative, "occasion": dl.occasion, "occasionAct": dl.occasionAct,
		"link": dl.link, "barrier": dl.barrier, "tense": dl.tense, "past": dl.past,
		"skip": dl.skip, "relative": dl.relative}
	for _, path := range paths {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		plain := tokenize(string(b))
		known := tokenize(string(b))
		lx.lookUp(known)
		where := func(i int) string { return filepath.Base(path) + ": " + plain[i].Text }
		if !reflect.DeepEqual(lx.shapes.tokenFlags(known), lx.shapes.tokenFlags(plain)) {
			t.Errorf("%s: token flags differ", path)
		}
		for i := range plain {
			for k, p := range lx.vocab.sets {
				if got, want := p.matchAt(known, i), p.matchAt(plain, i); got != want {
					t.Errorf("%s: phrase set %d matches %d tokens, want %d", where(i), k, got, want)
				}
			}
			if got, want := lx.triggerAt(known, i), lx.triggerAt(plain, i); !reflect.DeepEqual(got, want) {
				t.Errorf("%s: triggers %v, want %v", where(i), got, want)
			}
			if known[i].word.classes != lx.words.classes[plain[i].Lower] {
				t.Errorf("%s: word classes differ", where(i))
			}
			for l := writtenList(1); l&listsAll != 0; l <<= 1 {
				if lx.shapes.written(l, &known[i]) != lx.shapes.written(l, &plain[i]) {
					t.Errorf("%s: written list %b differs", where(i), l)
				}
			}
			for name, m := range shaped {
				if lx.shapes.written(shapedLists[name], &known[i]) != m[plain[i].Text] {
					t.Errorf("%s: %s differs", where(i), name)
				}
			}
			if plain[i].isWord() && lx.isLowerAgreementHead(&known[i]) != lx.isLowerAgreementHead(&plain[i]) {
				t.Errorf("%s: lower-case agreement head differs", where(i))
			}
			ke, kn := lx.gaz.match(known, i)
			pe, pn := lx.gaz.match(plain, i)
			if ke != pe || kn != pn {
				t.Errorf("%s: gazetteer match differs", where(i))
			}
			for name, l := range lists {
				if l.matchAt(known, i, len(known)) != l.matchAt(plain, i, len(plain)) ||
					l.endsAt(known, i+1, 0) != l.endsAt(plain, i+1, 0) {
					t.Errorf("%s: date word list %s differs", where(i), name)
				}
			}
			kr, kv, ke2 := dl.phraseAt(known, i, len(known))
			pr, pv, pe2 := dl.phraseAt(plain, i, len(plain))
			if !reflect.DeepEqual(kr, pr) || kv != pv || ke2 != pe2 {
				t.Errorf("%s: relative date phrase differs", where(i))
			}
		}
		spans := splitSentences(plain, lx.words)
		if !reflect.DeepEqual(splitSentences(known, lx.words), spans) {
			t.Errorf("%s: sentences differ", path)
		}
		for _, sp := range spans {
			if !reflect.DeepEqual(findDates(known, sp[0], sp[1]), findDates(plain, sp[0], sp[1])) {
				t.Errorf("%s: dates of sentence at token %d differ", path, sp[0])
			}
			if dl.mayHoldDate(known, sp[0], sp[1]) != dl.mayHoldDate(plain, sp[0], sp[1]) ||
				lx.eventObjectIn(known[sp[0]:sp[1]]) != lx.eventObjectIn(plain[sp[0]:sp[1]]) {
				t.Errorf("%s: sentence at token %d read differently", path, sp[0])
			}
			if !reflect.DeepEqual(dl.findRelativeDates(known, sp[0], sp[1], nil), dl.findRelativeDates(plain, sp[0], sp[1], nil)) {
				t.Errorf("%s: relative dates of sentence at token %d differ", path, sp[0])
			}
		}
	}
}
