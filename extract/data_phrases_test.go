package extract

import (
	"slices"
	"strings"
	"testing"
)

func TestExpandPhrases(t *testing.T) {
	cases := []struct {
		in   string
		want []string
		err  bool
	}{
		{in: "condemned|denounced", want: []string{"condemned", "denounced"}},
		{in: "put {its|their} signature{|s} to", want: []string{"put its signature to", "put their signature to", "put its signatures to", "put their signatures to"}},
		{in: "stood {|firmly|shoulder to shoulder} with", want: []string{"stood with", "stood firmly with", "stood shoulder to shoulder with"}},
		{in: "condemn{|s|ed|ing}|deplored", want: []string{"condemn", "condemns", "condemned", "condemning", "deplored"}},
		{in: " a | |b ", want: []string{"a", "b"}},
		{in: "{|}", want: nil},
		{in: "put {its|their signature to", err: true},
		{in: "put its} signature", err: true},
		{in: "{a|{b|c}}", err: true},
	}
	for _, c := range cases {
		got, err := expandPhrases(c.in)
		if c.err {
			if err == nil {
				t.Errorf("expandPhrases(%q) = %q, want an error", c.in, got)
			}
			continue
		}
		if err != nil {
			t.Errorf("expandPhrases(%q): %v", c.in, err)
			continue
		}
		slices.Sort(got)
		want := slices.Clone(c.want)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("expandPhrases(%q) = %q, want %q", c.in, got, want)
		}
	}
}

// FuzzExpandPhrases: any row text either fails with an error or gives phrases without
// braces, bars or doubled spaces.
func FuzzExpandPhrases(f *testing.F) {
	for _, s := range []string{"a|b", "put {its|their} signature{|s} to", "{|}", "{a|{b}}", "x}{", "stood {|firmly} with|"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 200 || strings.Count(s, "{") > 6 {
			return // the product of many groups grows fast; rows hold a few
		}
		got, err := expandPhrases(s)
		if err != nil {
			return
		}
		for _, p := range got {
			if strings.ContainsAny(p, "{}|") || strings.Contains(p, "  ") || p != strings.TrimSpace(p) || p == "" {
				t.Fatalf("expandPhrases(%q) gave %q", s, p)
			}
		}
	})
}
