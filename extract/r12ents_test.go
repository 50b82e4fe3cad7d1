package extract

import (
	"context"
	"strings"
	"testing"
)

// entCase: an entity check. want and not hold "id" (an entity of that id is present /
// absent) or "id|surface" (the entity has / lacks that surface form).
type entCase struct {
	name string
	text string
	want []string
	not  []string
}

func checkEntities(t *testing.T, cases []entCase) {
	t.Helper()
	x := newTestExtractor(t)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc, err := x.Extract(context.Background(), Meta{ID: "t", Published: "2024-06-01"}, c.text)
			if err != nil {
				t.Fatal(err)
			}
			has := map[string]bool{}
			var all []string
			for _, e := range doc.Entities {
				has[e.ID] = true
				for _, s := range e.Surfaces {
					has[e.ID+"|"+s] = true
					all = append(all, e.ID+"|"+s)
				}
			}
			for _, w := range c.want {
				if !has[w] {
					t.Errorf("missing %q in %s", w, strings.Join(all, "; "))
				}
			}
			for _, n := range c.not {
				if has[n] {
					t.Errorf("unwanted %q in %s", n, strings.Join(all, "; "))
				}
			}
		})
	}
}

// TestR12Entities covers round 12's classes of names the gazetteer lacks and of wrong
// spans, in sentences of our own.
func TestR12Entities(t *testing.T) {
	checkEntities(t, []entCase{
		// A body's short form that two states' bodies of the document share names neither.
		{"two states' defence ministries by formal name",
			"The Ministry of Defense of China said the patrol was routine. The Ministry of Defense of the Russian Federation said its bombers kept to international airspace.",
			[]string{"inst:china-defense-ministry|Ministry of Defense of China", "inst:russia-defense-ministry|Ministry of Defense of the Russian Federation"},
			[]string{"inst:china-defense-ministry|Ministry of Defense", "inst:russia-defense-ministry|Ministry of Defense"}},
		{"two foreign ministries, past tense, with the",
			"On Monday the Ministry of Foreign Affairs of Egypt welcomed the truce, and the Ministry of Foreign Affairs of the Hashemite Kingdom of Jordan called for more aid.",
			[]string{"inst:egypt-foreign-ministry|Ministry of Foreign Affairs of Egypt"},
			[]string{"inst:egypt-foreign-ministry|Ministry of Foreign Affairs", "inst:jordan-foreign-ministry|Ministry of Foreign Affairs"}},
		{"near miss: after a state's possessive the body's own words stay a name of each",
			"Russia's Foreign Ministry protested, and Ukraine's Foreign Ministry replied on Tuesday.",
			[]string{"inst:russia-foreign-ministry|Foreign Ministry", "inst:ukraine-foreign-ministry|Foreign Ministry"}, nil},
		{"one state's ministry keeps its short form",
			"The Ministry of Foreign Affairs of Estonia summoned the Russian envoy on Monday.",
			[]string{"inst:estonia-foreign-ministry|Ministry of Foreign Affairs"}, nil},
		// A list of places after a locative runs through names the gazetteer lacks: a capital
		// later in it is the city, and the items after it are places.
		{"list after in, capital third",
			"The fund will back projects in Subic Bay, Clark, Manila and Batangas.",
			[]string{"place:manila", "place:batangas", "place:clark"}, []string{"state:PHL"}},
		{"list after near, capital second, past tense",
			"Drones were shot down near Ruse, Sofia, and Pleven on Sunday.",
			[]string{"place:sofia", "place:pleven"}, []string{"state:BGR"}},
		{"near miss: a capital after a comma with no list mark after it is the government",
			"Talks were held in Tromso, Oslo said on Friday.",
			[]string{"state:NOR"}, []string{"place:oslo"}},
		// An ocean's name ends in its head word.
		{"an ocean after toward",
			"The bombers flew toward the Pacific Ocean and returned.",
			[]string{"place:pacific-ocean|Pacific Ocean"}, nil},
		{"an ocean as subject",
			"The Indian Ocean has become a theatre of naval rivalry.",
			[]string{"place:indian-ocean"}, nil},
		// A capitalised family particle opens the family name after given names joined by
		// "bin"; a courtesy word after a title or honorific is no word of the name.
		{"family particle after a bin chain, in an apposition",
			"Crown Prince Mohammed bin Salman bin Abdulaziz Al Saud chaired the session in Riyadh.",
			[]string{"person:mohammed-bin-salman-bin-abdulaziz-al-saud|Mohammed bin Salman bin Abdulaziz Al Saud"}, nil},
		{"honorific, courtesy word, family particle",
			"The council met under the chairmanship of H.E. Sheikh Khalid bin Ahmed bin Hamad Al Khalifa on Sunday.",
			[]string{"person:khalid-bin-ahmed-bin-hamad-al-khalifa|Khalid bin Ahmed bin Hamad Al Khalifa"},
			[]string{"person:sheikh-khalid-bin-ahmed-bin-hamad"}},
		{"near miss: Sheikh inside a name stays",
			"President Hassan Sheikh Mohamud will visit Nairobi next week.",
			[]string{"person:hassan-sheikh-mohamud|Hassan Sheikh Mohamud"}, nil},
		{"near miss: Al as a given name",
			"Former Vice President Al Gore spoke at the summit.",
			[]string{"person:al-gore|Al Gore"}, nil},
		// Well-known bodies the shapes cannot read (entities.tsv).
		{"the Union State after a preposition",
			"Belarus will host joint drills within the Union State next year.",
			[]string{"inst:union-state|Union State"}, nil},
		{"Turkey's parliament by its formal name, possessive",
			"The Grand National Assembly of Türkiye ratified the protocol on Tuesday.",
			[]string{"inst:turkey-grand-national-assembly|Grand National Assembly of Türkiye"}, nil},
		{"near miss: a state of the Union is no Union State",
			"The Union said the state of the economy was strong.",
			nil, []string{"inst:union-state"}},
		// A title-case headline's verb after a name is no word of it; ranks and running-head
		// words in capitals name no body.
		{"headline verb after a titled name",
			"Pentagon Press Secretary Air Force Maj. Gen. Pat Ryder Holds a Press Briefing",
			[]string{"person:pat-ryder|Pat Ryder"}, []string{"person:pat-ryder-holds"}},
		{"headline verb, another name",
			"Deputy Secretary Kurt Campbell Meets With Philippine Foreign Secretary",
			[]string{"person:kurt-campbell|Kurt Campbell"}, []string{"person:kurt-campbell-meets"}},
		{"ranks in capitals before a speaker label",
			"MAJ. GEN. PAT RYDER: Good afternoon, everybody. A few items at the top.",
			nil, []string{"inst:maj", "inst:gen"}},
		{"a running head in capitals",
			"IF12481 · VERSION 12 · UPDATED\n\nTaiwan received new arms in May.",
			nil, []string{"inst:version", "inst:updated"}},
		{"near miss: an acronym of a body stays",
			"The IRGC seized a tanker, and NATO condemned the seizure.",
			[]string{"inst:irgc", "inst:nato"}, nil},
	})
}
