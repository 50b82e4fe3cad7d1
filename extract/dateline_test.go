package extract

import "testing"

// TestDatelineOpens: the sentence splitter and the name recogniser read one dateline shape,
// ALL-CAPS place words (joined by "/") then a comma, a dash or the agency's parenthesis.
func TestDatelineOpens(t *testing.T) {
	cases := []struct {
		line string
		want bool
	}{
		{"SEOUL, Nov 1 - North Korea fired", true},
		{"UNITED NATIONS, March 29 - The council", true},
		{"SEOUL/TOKYO - Both governments", true},
		{"LONDON \u2014 The minister", true},
		{"MOSCOW (Reuters) - Russia said", true},
		{"KCNA-run media said", false},        // a hyphen touching the word is no dash
		{"The SEOUL talks, held", false},      // the line opens with no place word
		{"UN, March 29 - The council", false}, // two letters: an acronym, not a dateline place
		{"SEOUL\n, Nov 1", false},             // the separator must stay on the place's line
	}
	for _, c := range cases {
		if got := datelineOpens(tokenize(c.line), 0); got != c.want {
			t.Errorf("datelineOpens(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}
