package extract

import (
	"context"
	"strings"
	"testing"
)

// TestStance covers the wording of stances between parties (CONDEMNED, SUPPORTS, ALLY_OF,
// VETOED): group anaphors, speech-act frames, nominal forms, and cases that must not fire.
// Every sentence is our own.
func TestStance(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name string
		text string
		want []string // relDetail prefixes that must be present ("TYPE src dst [pol/mod [date]]")
		not  []string // relKey values that must be absent
	}{
		{"a group anaphor is every person named together before, dated by their meeting",
			"Published: 2025-05-06\n\nPresident Emmanuel Macron hosted Chancellor Olaf Scholz and Prime Minister Giorgia Meloni in Paris on 3 May 2025.\n\nThe agenda was long. The leaders condemned Iran's drone attacks.",
			[]string{"CONDEMNED person:emmanuel-macron state:IRN asserted/fact 2025-05-03",
				"CONDEMNED person:olaf-scholz state:IRN asserted/fact 2025-05-03",
				"CONDEMNED person:giorgia-meloni state:IRN asserted/fact 2025-05-03"}, nil},
		{"'they' continues the group a group anaphor named",
			"President Emmanuel Macron met Chancellor Olaf Scholz and Prime Minister Giorgia Meloni in Rome. The leaders spoke for an hour. They denounced Belarus.",
			[]string{"CONDEMNED person:emmanuel-macron state:BLR", "CONDEMNED person:olaf-scholz state:BLR",
				"CONDEMNED person:giorgia-meloni state:BLR"}, nil},
		{"a numbered group needs that many members",
			"Emmanuel Macron met Olaf Scholz in Rome. The three leaders condemned Iran.",
			nil, []string{"CONDEMNED person:emmanuel-macron state:IRN", "CONDEMNED person:olaf-scholz state:IRN"}},
		{"'the leaders of' names its own members, not a group before",
			"Emmanuel Macron met Olaf Scholz in Rome. The leaders of Poland condemned Iran.",
			nil, []string{"CONDEMNED person:emmanuel-macron state:IRN", "CONDEMNED person:olaf-scholz state:IRN"}},
		{"'they' after a group inside a prepositional phrase does not continue it",
			"Poland, Latvia and Estonia met. Envoys from the three countries arrived. They condemned Iran.",
			nil, []string{"CONDEMNED state:POL state:IRN", "CONDEMNED state:LVA state:IRN"}},
		{"an event object names the doers of the latest event of its kind",
			"Armenia attacked Azerbaijan on Monday. Russia, Yerevan's old partner, backed the operation.",
			[]string{"SUPPORTS state:RUS state:ARM asserted/fact"}, nil},
		{"support for an event goes to the doers of the sentence's main event, not its cause",
			"Israeli jets struck Damascus after Syrian attacks on Haifa. Cyprus and Greece gave intelligence support for the operation, officials said.",
			[]string{"SUPPORTS state:CYP state:ISR", "SUPPORTS state:GRC state:ISR"},
			[]string{"SUPPORTS state:CYP state:SYR", "SUPPORTS state:GRC state:SYR"}},
		{"an event object with no event before it names nobody",
			"Turkey backed the operation on Monday.", nil, []string{"SUPPORTS state:TUR state:TUR"}},
		{"a possessed ally noun pairs with the name in apposition to it",
			"Moscow's closest partner, Minsk, hosts Russian troops.", []string{"ALLY_OF state:BLR state:RUS"}, nil},
		{"no apposition, no pair", "Russia's allies met in Minsk on Friday.", nil, []string{"ALLY_OF state:BLR state:RUS"}},
		{"'the Republic' opening a name is no anaphor, so the list goes on",
			"Washington's commitments to Japan and the Republic of Korea are firm.",
			[]string{"SUPPORTS state:USA state:JPN", "SUPPORTS state:USA state:KOR"}, nil},
		{"calling a party something blameworthy condemns it", "Poland called Belarus a rogue state on Monday.",
			[]string{"CONDEMNED state:POL state:BLR asserted/fact"}, nil},
		{"calling a party something good does not", "Poland called Belarus a valued neighbour.",
			nil, []string{"CONDEMNED state:POL state:BLR"}},
		{"'called for' is another sense", "Poland called for talks with Belarus on illegal crossings.",
			nil, []string{"CONDEMNED state:POL state:BLR"}},
		{"calling an earlier event blameworthy condemns its doers",
			"Iran sent drones to Russia in May. Germany called the shipments a dangerous escalation.",
			[]string{"CONDEMNED state:DEU state:IRN asserted/fact"}, []string{"CONDEMNED state:DEU state:RUS"}},
		{"a vetoed draft with no name is the Security Council's, when the text names it",
			"The UN Security Council met on Monday. Russia vetoed a draft resolution on Syria, and China blocked a Council text on Myanmar.",
			[]string{"VETOED state:RUS inst:unsc asserted/fact", "VETOED state:CHN inst:unsc asserted/fact"}, nil},
		{"a draft of a text that names no council is no veto of one",
			"Hungary blocked a text on enlargement in Brussels.", nil, []string{"VETOED state:HUN inst:unsc"}},
		{"a reaction drawn from parties is aimed at the drawing subject",
			"Belarus drew sharp criticism from Poland and Lithuania on Friday.",
			[]string{"CONDEMNED state:POL state:BLR asserted/fact", "CONDEMNED state:LTU state:BLR asserted/fact"},
			[]string{"CONDEMNED state:BLR state:POL", "CONDEMNED state:BLR state:LTU"}},
		{"a reaction to an earlier event is aimed at its doers",
			"Russia vetoed the resolution at the Security Council on Monday. The veto has drawn criticism from South Korea and Ukraine.",
			[]string{"CONDEMNED state:KOR state:RUS", "CONDEMNED state:UKR state:RUS"}, nil},
		{"no source of the reaction, no relation", "Belarus drew sharp criticism over its border policy with Poland.",
			nil, []string{"CONDEMNED state:BLR state:POL", "CONDEMNED state:POL state:BLR"}},
		{"the agent of an unnamed event object past its other complements",
			"Japan condemned the launch on 3 March by North Korea of a reconnaissance satellite.",
			[]string{"CONDEMNED state:JPN state:PRK asserted/fact"}, nil},
		{"a quoted modifier between a possessor and its noun keeps the possessor the source",
			`Ilham Aliyev met Xi Jinping and thanked him for what he called China's "steadfast" support for Baku.`,
			[]string{"SUPPORTS state:CHN state:AZE"}, []string{"SUPPORTS person:ilham-aliyev state:AZE"}},
		{"a noun's target is not in a noun phrase coordinated after its unnamed object",
			`Chad said remarks by a Sudanese official amounted to an admission of "support for terrorism" and a violation of Chad's sovereignty.`,
			nil, []string{"SUPPORTS state:SDN state:TCD"}},
		{"'including' before a preposition names no members",
			"Poland will keep helping, including against threats from Belarus, which arms Wagner.",
			nil, []string{"SUPPORTS state:POL state:BLR"}},
		{"a relative clause's object is the noun a place after it locates",
			"Ukraine's envoy criticised the summit of the Shanghai Cooperation Organisation in Astana, which Kyiv denounced as a club of autocrats.",
			[]string{"CONDEMNED state:UKR inst:sco"}, []string{"CONDEMNED state:UKR state:KAZ", "CONDEMNED state:UKR place:astana"}},
		{"a participle after an unnamed subject's clause has no subject from a prepositional phrase",
			"Their governments announced a withdrawal from the African Union, accusing the bloc of serving Ethiopian interests.",
			nil, []string{"CONDEMNED inst:african-union state:ETH"}},
		{"a present-tense speech act is the document's, dated by its reference date",
			"Published: 2025-03-04\n\nPoland strongly condemns the shelling of Kharkiv by Russia on 2 March.",
			[]string{"CONDEMNED state:POL state:RUS asserted/fact 2025-03-04"}, nil},
		{"a past speech act keeps its own date",
			"Published: 2025-03-04\n\nPoland condemned Russia on 2 March.",
			[]string{"CONDEMNED state:POL state:RUS asserted/fact 2025-03-02"}, nil},
		{"a gazetteer leader's short form after the full name",
			"President Lai Ching-te spoke in Taipei. China denounced Lai on Friday.",
			[]string{"CONDEMNED state:CHN person:lai-ching-te"}, nil},
		{"a first-person subject's apposition names every signatory",
			"We, the Foreign Minister of France, Jean-Noël Barrot, and the Foreign Minister of Germany, Annalena Baerbock, condemn Iran.",
			[]string{"CONDEMNED person:jean-noel-barrot state:IRN", "CONDEMNED person:annalena-baerbock state:IRN"},
			[]string{"CONDEMNED state:FRA state:IRN", "CONDEMNED state:DEU state:IRN"}},
		{"help in a 'with' adjunct goes to the clause's subject",
			"Moldova rebuilt the bridge with help from Romania and Poland.",
			[]string{"SUPPORTS state:ROU state:MDA", "SUPPORTS state:POL state:MDA"}, nil},
		{"a demonym's help in a 'with' adjunct", "Venezuela repaired its refineries with Iranian help.",
			[]string{"SUPPORTS state:IRN state:VEN"}, nil},
		{"thanking a party for its support makes the thanker the one supported",
			"Georgia's foreign minister thanked Lithuania for its support.",
			[]string{"SUPPORTS state:LTU state:GEO"}, nil},
		{"help in an adjunct of a reported clause is not the speaker's",
			"Kenyan officials said the fire was contained, with help from Uganda.",
			nil, []string{"SUPPORTS state:UGA state:KEN"}},
		{"each possessor of coordinated event nouns is a target",
			"Spain condemned Iran's export and Russia's purchase of drones, as well as Belarus's use of them.",
			[]string{"CONDEMNED state:ESP state:IRN", "CONDEMNED state:ESP state:RUS", "CONDEMNED state:ESP state:BLR"}, nil},
		{"a quoted speech act takes the narration's date, not the dates it quotes",
			"Published: 2025-02-10\n\nSpain issued a statement on February 7, 2025: \u201cWe condemn Iran's strikes on January 30, 2025.\u201d",
			[]string{"CONDEMNED state:ESP state:IRN asserted/fact 2025-02-07"}, nil},
	}
	for _, c := range cases {
		doc, err := x.Extract(context.Background(), Meta{ID: "t"}, c.text)
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
				found = found || strings.HasPrefix(g, w)
			}
			if !found {
				t.Errorf("%s: missing %q\n  got %q", c.name, w, got)
			}
		}
		for _, n := range c.not {
			if keys[n] {
				t.Errorf("%s: unwanted %q\n  got %q", c.name, n, got)
			}
		}
	}
}
