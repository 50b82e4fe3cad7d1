package extract

import "testing"

// Round 29, CONDEMNED and SANCTIONED. Every test text is our own wording.
//
// Misses of main d06386b (gold CONDEMNED / SANCTIONED relations the extractor did not give),
// classed by the sentence of the document that names the target with a stance or sanction
// word (a first pass by pattern over the misses, then read by hand for heldout28/29):
//
//	class                                               h28  h29  h27  h26  h25  h24  h23  h22   all
//	C: source elsewhere (anaphor, "we", issuer, doc)     14    5   13   13   16   16    8   18   103
//	C: argument (both named, pair not found)              8    1    9   24    1    8    2    3    56
//	C: no trigger in a sentence naming the target         6    5    3    7    6    5    2    5    39
//	C: convention (concern, with/without evaluation)      5    3    5    3    1    7    1   11    36
//	S: argument (target in of/for/list phrase)            .    .   12    8    1    6    2    .    29
//	S: no sanction wording naming the target              .    4    6    .    7    8    .    1    26
//	S: imposer elsewhere (anaphor / issuer)               3    3    1    1    2   11    3    .    24
//	C: evaluative charge / reject / violation             2    1    5    4    2    2    4    3    23
//	C: call on / urge X to (to-infinitive)                .   13    5    3    .    .    1    1    23
//	S: modality (planned, urged)                          1    2    .    .    4    3    .    .    10
//	C: holds X responsible / bears responsibility         .    .    1    .    2    2    3    2    10
//	S: designation / list wording                         4    .    .    1    3    .    .    1     9
//	C: object is an act (actor to be found)               .    2    1    1    .    .    .    3     7
//
// Read by hand: most "source elsewhere" misses in official texts are a document speaking for
// its adopter or issuer ("the Council adopted Resolution 2722, which condemned the attacks",
// five sets) or a "we"/"the Ministers" subject; "call on X to stop" is CONDEMNED in one set's
// gold (heldout29 m12) and not in the conventions ("calls to cease, demands and urging are not
// CONDEMNED"), so it is left alone. Concern: the settled block says nothing; the set notes
// decide "concern" alone is not CONDEMNED (heldout12, 14, 15, 23) and concern joined to an
// evaluative phrase about an actor's act is (heldout12, 14, 16; heldout29 goes further, plain
// concern about exercises). Of the eight post-stop-21 sets, seven carry a gold CONDEMNED for
// "concerned about/over X's <act>" sentences and one (heldout23) writes that plain concern is
// not. The narrower reading both sides share (concern whose object names the act with a word
// of blame: "expressed concern about X's dangerous actions") was tried this round as trigger
// rows with a blame check in the object, and so was "holds X responsible / accountable": the
// first gained no true relation on any set and added 9 false ones (the subject was wrong:
// "They" resolved to the wrong people, "the destabilising role of Russia and Wagner" read
// Russia as the speaker, the PLA instead of its state), the second changed nothing on any
// set; both were left out. The misses they aim at need argument finding (the subject "They",
// "the Ministers"; a force standing for its state) first.

// TestR29DocumentSpeaks: a named document in a relative clause's antecedent speaks for the
// body that adopted or issued it: the subject of the issue-verb before it, or the body at
// the head of its name. Near misses: a document no one is said to adopt; a relative clause on
// a person; a document's own subject clause that names no adopter.
func TestR29DocumentSpeaks(t *testing.T) {
	checkRelations(t, "2024-02-14", []relCase{
		{"adopted resolution, comma relative, the act's possessor",
			"The Security Council adopted Resolution 2799, which condemned Hezbollah's rocket fire on northern Israel.",
			[]string{"CONDEMNED inst:unsc inst:hezbollah"}, nil},
		{"the body at the head of the document's name, a dated participle between",
			"The strikes follow United Nations Security Council Resolution 2722, adopted on January 10, which condemned Houthi attacks on merchant ships.",
			[]string{"CONDEMNED inst:unsc inst:houthis"}, nil},
		{"passed, present tense, an adverb before the verb",
			"Last week the UN Security Council passed Resolution 2801, which strongly condemns the Houthi attacks on shipping.",
			[]string{"CONDEMNED inst:unsc inst:houthis"}, nil},
		{"near miss: nobody adopts the document in the sentence",
			"Diplomats recalled Resolution 2799, which condemned Hezbollah's rocket fire.",
			nil, []string{"CONDEMNED inst:unsc inst:hezbollah"}},
		{"near miss: the relative clause is a person's, not the document's",
			"The Security Council adopted Resolution 2799 after a speech by Volodymyr Zelensky, who condemned Russia's strikes on Odesa.",
			[]string{"CONDEMNED person:volodymyr-zelensky state:RUS"}, []string{"CONDEMNED inst:unsc state:RUS"}},
	})
}
