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

// TestDateComma: a comma between a day and a year is inside a date, read as the date finder
// reads days and years; a comma between two years or after a name closes a phrase.
func TestDateComma(t *testing.T) {
	cases := []struct {
		text  string
		comma int // the comma's token index
		want  bool
	}{
		{"On September 16, 2023, Mali signed", 3, true},
		{"On October 16th, 2024, Mali signed", 3, true},
		{"In 2022, 2023 was worse", 2, false},
		{"Mali, 2023 was worse", 1, false},
		{"On September 16, the year", 3, false},
	}
	for _, c := range cases {
		tokens := tokenize(c.text)
		if tokens[c.comma].Text != "," {
			t.Fatalf("%q: token %d is %q, not a comma", c.text, c.comma, tokens[c.comma].Text)
		}
		s := newSentenceCtx(&words{}, tokens, [2]int{0, len(tokens)}, nil, nil, &sentenceScratch{})
		if got := s.dateComma(c.comma); got != c.want {
			t.Errorf("dateComma(%q, %d) = %v, want %v", c.text, c.comma, got, c.want)
		}
	}
}
