package extract

import "testing"

// TestSentenceAccessorsOutside: the sentence context's per-token accessors (tw, twAny,
// classes, quoted, trigAt, cue) answer for an index outside the sentence, before it, after it
// or outside the document, as for a token with nothing (relations.go), and inside it read the
// sentence's arrays. A rule handed a mention of another sentence (a carried subject, an
// antecedent, a list member) asks about the words at its edges without a range check of its
// own; before, each such call site panicked until it was guarded (stops 36 and 37).
func TestSentenceAccessorsOutside(t *testing.T) {
	x := newTestExtractor(t)
	for _, tc := range []struct {
		text   string
		quoted bool // the middle sentence has quoted words
	}{
		// the middle sentence has a trigger, a cue and words of many classes
		{"The envoy arrived in Oslo. \"We condemn it,\" she said, and Norway did not sanction Iran. It was late.", true},
		{"Kim Tae spoke first.\nHe said Seoul would reportedly support the talks.\nNobody replied.", false},
	} {
		text := tc.text
		tokens := tokenize(text)
		spans := splitSentences(tokens, x.lex.words)
		if len(spans) < 3 {
			t.Fatalf("%q: %d sentences, want 3", text, len(spans))
		}
		sp := spans[1]
		s := newSentenceCtx(x.lex.words, tokens, sp, nil, nil, &sentenceScratch{})
		x.markTriggers(s)
		x.cues(s)
		quotes, trigs, cues, classed := 0, 0, 0, 0
		for k := -3; k < len(tokens)+3; k++ {
			inside := k >= sp[0] && k < sp[1]
			var cls clsSet
			if inside {
				cls = s.cls[k-sp[0]]
				if s.inQuote[k-sp[0]] {
					quotes++
				}
				if s.trigMark[k-sp[0]] {
					trigs++
				}
				if s.cueMarks[k-sp[0]] != 0 {
					cues++
				}
				if cls != (clsSet{}) {
					classed++
				}
			}
			if got := s.classes(k); got != cls {
				t.Errorf("%q: classes(%d) = %v, want %v", text, k, got, cls)
			}
			for c := wordClass(0); c < wordClassCount; c++ {
				if got := s.tw(c, k); got != cls.has(c) {
					t.Errorf("%q: tw(%s, %d) = %v, want %v", text, wordClassNames[c], k, got, !got)
				}
			}
			all := classesOf(wBe, wAux, wSpeech, wPronoun, wArticle, wPreposition, wConjunction)
			if got := s.twAny(&all, k); got != cls.hasAny(&all) {
				t.Errorf("%q: twAny(%d) = %v, want %v", text, k, got, !got)
			}
			if got, want := s.quoted(k), inside && s.inQuote[k-sp[0]]; got != want {
				t.Errorf("%q: quoted(%d) = %v, want %v", text, k, got, want)
			}
			if got, want := s.trigAt(k), inside && s.trigMark[k-sp[0]]; got != want {
				t.Errorf("%q: trigAt(%d) = %v, want %v", text, k, got, want)
			}
			want := uint8(0)
			if inside {
				want = s.cueMarks[k-sp[0]]
			}
			if got := s.cue(k); got != want {
				t.Errorf("%q: cue(%d) = %v, want %v", text, k, got, want)
			}
		}
		// The inside answers above are only worth something if the sentence has each kind.
		if classed == 0 || trigs == 0 || cues == 0 || tc.quoted && quotes == 0 {
			t.Errorf("%q: sentence %q has classed %d, triggers %d, cues %d, quoted %d words: pick another",
				text, tokens[sp[0]].Text, classed, trigs, cues, quotes)
		}
	}
}

// TestSentenceAccessorsBeforeMarking: before a sentence's triggers and cues are marked, trigAt
// and cue answer "none" for every token rather than read the previous sentence's marks.
func TestSentenceAccessorsBeforeMarking(t *testing.T) {
	x := newTestExtractor(t)
	tokens := tokenize("Norway did not sanction Iran. Sweden condemned the strike.")
	spans := splitSentences(tokens, x.lex.words)
	scratch := &sentenceScratch{}
	s := newSentenceCtx(x.lex.words, tokens, spans[0], nil, nil, scratch)
	x.markTriggers(s)
	x.cues(s)
	s = newSentenceCtx(x.lex.words, tokens, spans[1], nil, nil, scratch)
	for k := spans[1][0]; k < spans[1][1]; k++ {
		if s.trigAt(k) || s.cue(k) != 0 {
			t.Errorf("token %d (%q): marked before marking (trigger %v, cue %d)", k, tokens[k].Text, s.trigAt(k), s.cue(k))
		}
	}
}
