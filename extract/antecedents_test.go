package extract

import "testing"

// TestLastStartingAt: among names starting at a token, the last the anaphor accepts is the
// antecedent; anaphors and nested names never are.
func TestLastStartingAt(t *testing.T) {
	state := &entityInfo{ID: "state:a", Type: TypeState, Name: "A"}
	other := &entityInfo{ID: "state:b", Type: TypeState, Name: "B"}
	person := &entityInfo{ID: "person:c", Type: TypePerson, Name: "C"}
	states := &anaphor{types: map[string]bool{TypeState: true}}
	before := []mention{ // sorted by start, as resolveAnaphors has them
		{info: person, start: 1, end: 2},
		{info: state, start: 3, end: 4},
		{info: other, start: 3, end: 5},
		{info: person, start: 3, end: 4},
		{info: state, start: 6, end: 7, coref: true},
		{info: other, start: 8, end: 9, nested: true},
	}
	for _, tc := range []struct {
		p    int
		want *entityInfo
	}{
		{0, nil}, {1, nil}, {3, other}, {6, nil}, {8, nil}, {9, nil},
	} {
		var got *entityInfo
		if m := lastStartingAt(before, tc.p, states); m != nil {
			got = m.info
		}
		if got != tc.want {
			t.Errorf("lastStartingAt(%d) = %+v, want %+v", tc.p, got, tc.want)
		}
	}
}

// TestPeoplePerSentence counts distinct people named outright in each sentence.
func TestPeoplePerSentence(t *testing.T) {
	a := &entityInfo{ID: "person:a", Type: TypePerson}
	b := &entityInfo{ID: "person:b", Type: TypePerson}
	s := &entityInfo{ID: "state:s", Type: TypeState}
	found := []mention{
		{info: a, start: 0, sentence: 0}, {info: a, start: 2, sentence: 0}, {info: s, start: 3, sentence: 0},
		{info: a, start: 5, sentence: 1}, {info: b, start: 6, sentence: 1},
		{info: b, start: 9, sentence: 2, coref: true},
		{info: a, start: 12, sentence: 3},
	}
	got := peoplePerSentence(found, 5)
	want := []int{1, 2, 0, 1, 0}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("sentence %d: %d people, want %d (all %v)", i, got[i], want[i], got)
		}
	}
}
