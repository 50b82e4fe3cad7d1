package extract

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// relKey is a relation as the tests name it: "TYPE src dst" plus, where the case says so,
// "polarity/modality" and the first date.
func relKey(r Relation) string {
	src, dst := r.Src, r.Dst
	if Undirected(r.Type) && dst < src {
		src, dst = dst, src
	}
	return r.Type + " " + src + " " + dst
}

func relDetail(r Relation) string {
	date := ""
	if len(r.Dates) > 0 {
		date = r.Dates[0]
	}
	return fmt.Sprintf("%s %s/%s %s", relKey(r), r.Polarity, r.Modality, date)
}

// TestStructure checks arguments by structure, coordination, new wording, attribution,
// modality scope and date attachment on sentences of our own (not from any corpus).
func TestStructure(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name string
		text string
		want []string // relDetail prefixes that must be present ("TYPE src dst [pol/mod [date]]")
		not  []string // relKey values that must be absent
	}{
		{"possessive object is the party, not the place after it",
			"Belarus has backed Russia's war in Ukraine by hosting its troops.",
			[]string{"SUPPORTS state:BLR state:RUS asserted/fact"}, []string{"SUPPORTS state:BLR state:UKR"}},
		{"coordinated verb phrases share the person, not the object of the first",
			"Belarusian President Alexander Lukashenko left Minsk on Wednesday and arrived in Beijing.",
			[]string{"VISITED person:alexander-lukashenko place:beijing"}, []string{"VISITED state:BLR place:beijing"}},
		{"a hyphenated participle takes only the name it modifies",
			"Iranian-backed militias attacked Israel.",
			nil, []string{"SUPPORTS state:IRN state:ISR", "ATTACKED state:IRN state:ISR"}},
		{"apposition with a possessive is not the subject",
			"The United States, Manila's treaty ally, condemned China's actions on Monday.",
			[]string{"CONDEMNED state:USA state:CHN asserted/fact"}, []string{"CONDEMNED state:PHL state:CHN"}},
		{"a list after a preposition gives every member",
			"Narendra Modi held talks with Vladimir Putin, Sergey Lavrov and Sergei Shoigu.",
			[]string{"MET_WITH person:narendra-modi person:vladimir-putin", "MET_WITH person:narendra-modi person:sergey-lavrov",
				"MET_WITH person:narendra-modi person:sergei-shoigu"}, nil},
		{"a list of subjects gives every member",
			"Denmark, Norway, Poland and Estonia sent shells to Ukraine.",
			[]string{"SUPPLIED state:DNK state:UKR", "SUPPLIED state:NOR state:UKR", "SUPPLIED state:POL state:UKR",
				"SUPPLIED state:EST state:UKR"}, nil},
		{"arrival and reception as wording",
			"Putin touched down in Pyongyang and was welcomed by Kim Jong Un.",
			[]string{"VISITED person:vladimir-putin place:pyongyang", "MET_WITH person:kim-jong-un person:vladimir-putin"}, nil},
		{"objections are condemnation", "Ukraine voiced strong objections to the decision of Belarus.",
			[]string{"CONDEMNED state:UKR state:BLR asserted/fact"}, nil},
		{"raids as a noun with a list of targets", "Russia launched air raids on Donetsk and Kharkiv.",
			[]string{"ATTACKED state:RUS place:donetsk", "ATTACKED state:RUS place:kharkiv"}, nil},
		{"nominal supply with possessive source", "Minsk's shipments of fuel to Moscow have risen sharply.",
			[]string{"SUPPLIED state:BLR state:RUS asserted/fact"}, nil},
		{"a speech act in a statement is a fact", "Japan condemned the launch by North Korea in a statement.",
			[]string{"CONDEMNED state:JPN state:PRK asserted/fact"}, nil},
		{"anticipated visit is speculative and undated",
			"On January 16, 2024, Pyongyang sent its foreign minister to meet Sergey Lavrov in anticipation of a visit by Vladimir Putin to North Korea.",
			[]string{"VISITED person:vladimir-putin state:PRK asserted/speculative "}, nil},
		{"a negated 'do so' denies the visit",
			"Putin reportedly accepted an invitation to visit North Korea, but Putin has yet to do so.",
			[]string{"VISITED person:vladimir-putin state:PRK denied/speculative"}, nil},
		{"a date belongs to the nearest event",
			"Washington condemned North Korea's export of missiles to Russia and Russia's use of them against Ukraine on December 30, 2023.",
			[]string{"ATTACKED state:RUS state:UKR asserted/fact 2023-12-30", "SUPPLIED state:PRK state:RUS asserted/fact "}, nil},
		{"a hypothetical event takes no date across a comma",
			"Russia's effort to block a Security Council resolution, an idea floated in an article from March 29, 2024, would be severe.",
			[]string{"VETOED state:RUS inst:unsc asserted/speculative "}, nil},
		{"meeting named by the pronoun's antecedent",
			"Sergey Lavrov's visit to Beijing, where he held talks with his counterpart Wang Yi, ended on Tuesday.",
			[]string{"MET_WITH person:sergey-lavrov person:wang-yi"}, []string{"MET_WITH person:wang-yi person:xi-jinping"}},
		{"an infinitive after a noun is not a meeting",
			"Choe Son Hui engaged in talks to implement agreements forged between Putin and Kim Jong Un.",
			nil, []string{"MET_WITH person:choe-son-hui person:kim-jong-un"}},
		{"troops and goods in one object", "North Korea is sending not only weapons but also personnel to Russia.",
			[]string{"DEPLOYED state:PRK state:RUS", "SUPPLIED state:PRK state:RUS"}, nil},
		{"a preposition's object is its first name", "Iran resumed weapons deliveries to the African Union through Syria.",
			nil, []string{"SUPPLIED state:IRN state:SYR"}},
		{"a demonym before a common noun is no target", "Kyiv ships grain through Romanian ports to Turkey.",
			[]string{"SUPPLIED state:UKR state:TUR"}, []string{"SUPPLIED state:UKR state:ROU"}},
		{"a demonym before a place noun is the state", "Russia fired missiles at Ukrainian cities.",
			[]string{"ATTACKED state:RUS state:UKR"}, nil},
		{"a trigger inside an unknown name", "The Council renewed the African Union Support and Stabilization Mission in Somalia.",
			nil, []string{"SUPPORTS inst:african-union state:SOM"}},
		{"a travel verb with an object is no journey", "Egypt flew a first shipment of arms to Somalia.",
			[]string{"SUPPLIED state:EGY state:SOM"}, []string{"VISITED state:EGY state:SOM"}},
		{"authorised deployment", "Germany approved sending two battalions to Lithuania.",
			[]string{"DEPLOYED state:DEU state:LTU"}, nil},
		{"passive launch at a target", "Cruise missiles were launched at Kharkiv by Russia.",
			[]string{"ATTACKED state:RUS place:kharkiv"}, nil},
		{"a subject of another kind is no cue to look further back",
			"Israel may defend itself from Hezbollah attacks, and it faces threats from Iran.",
			nil, []string{"ATTACKED state:ISR state:IRN"}},
		{"a possessed control noun before an infinitive",
			"Russia's effort to block the Security Council resolution failed.",
			[]string{"VETOED state:RUS inst:unsc asserted/speculative"}, nil},
		{"the of-phrase names the source before a target preposition",
			"The minister reaffirmed the support of the United States for Ukraine.",
			[]string{"SUPPORTS state:USA state:UKR"}, nil},
		{"apposition of a list with an agent noun", "Lithuania, Latvia, Estonia and Poland, all NATO members, should plan ahead.",
			[]string{"MEMBER_OF state:LTU inst:nato", "MEMBER_OF state:LVA inst:nato", "MEMBER_OF state:EST inst:nato", "MEMBER_OF state:POL inst:nato"}, nil},
		{"whose members are a list", "The action was coordinated with the European Union (EU), whose members include France, Germany and Poland.",
			nil, nil},
		{"whose members are a list after the copula", "The action was coordinated with the European Union (EU), whose members are France, Germany and Poland.",
			[]string{"MEMBER_OF state:FRA inst:eu", "MEMBER_OF state:DEU inst:eu", "MEMBER_OF state:POL inst:eu"}, nil},
		{"signing as a noun with a quoted object", "Seoul regrets the signing of the \"Treaty of Damascus\" by Iran and Syria on June 19.",
			[]string{"SIGNED state:IRN agr:treaty-of-damascus", "SIGNED state:SYR agr:treaty-of-damascus"}, nil},
		{"control noun gives the infinitive's subject", "Jordan summoned Iran's ambassador to protest comments by Iranian officials.",
			nil, []string{"CONDEMNED state:IRN state:IRN"}},
	}
	for _, c := range cases {
		doc, err := x.Extract(context.Background(), Meta{ID: "t", Published: "2024-06-01"}, c.text)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		keys := map[string]bool{}
		for _, r := range doc.Relations {
			got = append(got, relDetail(r))
			keys[relKey(r)] = true
		}
		for _, w := range c.want {
			found := false
			for _, g := range got {
				if strings.HasPrefix(g, w) {
					found = true
				}
			}
			if !found {
				t.Errorf("%s: want %q; got %q", c.name, w, got)
			}
		}
		for _, n := range c.not {
			if keys[n] {
				t.Errorf("%s: do not want %q; got %q", c.name, n, got)
			}
		}
	}
}

// TestAttribution: the source of a reported claim is named.
func TestAttribution(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct{ text, want string }{
		{"According to Reuters, Iran shipped drones to Russia.", "Reuters"},
		{"Iran shipped drones to Russia, Ukraine's military intelligence said.", "Ukraine's military intelligence"},
		{"Sergey Lavrov said that Iran had shipped drones to Russia.", "Sergey Lavrov"},
	}
	for _, c := range cases {
		doc, err := x.Extract(context.Background(), Meta{ID: "t"}, c.text)
		if err != nil {
			t.Fatal(err)
		}
		found := false
		var got []string
		for _, r := range doc.Relations {
			if r.Type == RelSupplied {
				got = append(got, r.Attribution+"/"+r.Modality)
				found = found || r.Attribution == c.want && r.Modality == Reported
			}
		}
		if !found {
			t.Errorf("%q: want attribution %q (reported); got %q", c.text, c.want, got)
		}
	}
}

// TestTriggerDataNeedsNoGo: a new trigger row with its own prepositions and argument types
// works from a user rules file alone.
func TestTriggerDataNeedsNoGo(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir+"/triggers-desk.tsv", "VISITED\tverb-to\tdropped in\tto=on|at;flags=intransitive\n"+
		"CONDEMNED\tverb\tchided\n")
	x, err := New(Options{RuleDirs: []string{dir}})
	if err != nil {
		t.Fatal(err)
	}
	doc, err := x.Extract(context.Background(), Meta{ID: "t"}, "Antony Blinken dropped in on Finland. Japan chided Russia.")
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{"VISITED person:antony-blinken state:FIN": false, "CONDEMNED state:JPN state:RUS": false}
	for _, r := range doc.Relations {
		if _, ok := want[relKey(r)]; ok {
			want[relKey(r)] = true
		}
	}
	for k, ok := range want {
		if !ok {
			t.Errorf("user trigger row did not give %s; got %+v", k, doc.Relations)
		}
	}
	for _, bad := range []struct{ file, line, msg string }{
		{"triggers-x.tsv", "VISITED\tverb\tpopped by\tflags=sideways\n", "unknown flag"},
		{"triggers-x.tsv", "VISITED\tglide\tpopped by\n", "unknown frame"},
		{"triggers-x.tsv", "VISITED\tverb\tpopped by\tsrc=Planet\n", "unknown entity type"},
		{"words-x.tsv", "adjectivals\tbig|small\n", "unknown word class"},
	} {
		d := t.TempDir()
		writeFile(t, d+"/"+bad.file, bad.line)
		if _, err := New(Options{RuleDirs: []string{d}}); err == nil || !strings.Contains(err.Error(), bad.msg) || !strings.Contains(err.Error(), bad.file+":1") {
			t.Errorf("%q: got %v, want an error naming %s:1 and %q", bad.line, err, bad.file, bad.msg)
		}
	}
}
