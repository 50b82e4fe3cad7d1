package extract

import (
	"slices"
	"testing"
)

// TestYearWithFootnoteMarker: text copied from a PDF glues a sentence's full stop and its
// footnote number to the year that ends it ("in February 2022.1"); the year still dates the
// relation, at the precision it is written with. A decimal that is no year stays no date.
func TestYearWithFootnoteMarker(t *testing.T) {
	lx := testDateLexicon(t)
	cases := []struct {
		name, ref, text string
		want            []string
	}{
		{"month and year, one-digit marker", "2024-05-01", "Russia invaded Ukraine in February 2022.1", []string{"2022-02"}},
		{"bare year, two-digit marker", "2024-05-01", "Manila bought the missiles from India in 2022.14", []string{"2022"}},
		{"full date, marker", "2024-05-01", "The treaty was signed on 19 June 2024.3", []string{"2024-06-19"}},
		{"since a year, marker", "2024-05-01", "The two navies have exercised together since 2016.7", []string{"2016"}},
		{"near miss: a decimal figure is no year", "2024-05-01", "The budget grew to 3500.5 million dollars.", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := lastSentenceDates(lx, c.text, c.ref)
			if !slices.Equal(got, c.want) {
				t.Errorf("%q (ref %s) = %q, want %q", c.text, c.ref, got, c.want)
			}
		})
	}
}
