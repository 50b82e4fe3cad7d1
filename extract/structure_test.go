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
	checkRelations(t, "2024-06-01", []relCase{
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
		{"a definite event noun points back to the latest event's doers",
			"Syria shelled Lebanon overnight. Egypt criticised Turkey. On Monday Jordan condemned the shelling.",
			[]string{"CONDEMNED state:JOR state:SYR asserted/fact"}, []string{"CONDEMNED state:JOR state:TUR", "CONDEMNED state:JOR state:LBN"}},
		{"a double object names the recipient", "Moscow has also shipped Mali attack helicopters.",
			[]string{"SUPPLIED state:RUS state:MLI asserted/fact"}, nil},
		{"supplied X with goods", "Turkey supplied Niger with armoured vehicles in May.",
			[]string{"SUPPLIED state:TUR state:NER asserted/fact"}, nil},
		{"a name after \", and\" is another clause's", "Germany delivered the first system in October, and Norway supplied launchers.",
			nil, []string{"SUPPLIED state:DEU state:NOR"}},
		{"buying for someone supplies them", "The Netherlands will purchase artillery ammunition for Ukraine.",
			[]string{"SUPPLIED state:NLD state:UKR asserted/speculative"}, []string{"SUPPLIED state:UKR state:NLD"}},
		{"an opening participle takes the main clause's subject", "Visiting Beijing on Monday, Putin met Xi Jinping.",
			[]string{"VISITED person:vladimir-putin place:beijing asserted/fact", "MET_WITH person:vladimir-putin person:xi-jinping asserted/fact"}, nil},
		{"a name after an opening phrase's comma is no prepositional object", "Speaking in Tokyo, Putin met Xi Jinping.",
			[]string{"MET_WITH person:vladimir-putin person:xi-jinping asserted/fact"}, nil},
		{"a trailing participle takes the clause's subject",
			"Mali's military government broke off relations with Ukraine on Sunday, accusing Kyiv of backing rebels.",
			[]string{"CONDEMNED state:MLI state:UKR asserted/fact"}, nil},
		{"a list in an opening phrase is not its end", "With help from Denmark, Norway and Poland, Ukraine struck Russia.",
			nil, []string{"ATTACKED state:NOR state:RUS", "ATTACKED state:DNK state:RUS"}},
		{"moving weapons to a state deploys them", "Last year Moscow moved tactical nuclear weapons to Belarus.",
			[]string{"DEPLOYED state:RUS state:BLR asserted/fact"}, nil},
		{"moving to act deploys nothing", "Russia moved to block the resolution in Belarus.",
			nil, []string{"DEPLOYED state:RUS state:BLR"}},
		{"the month May is no hedge", "Russia moved troops to Belarus in May.",
			[]string{"DEPLOYED state:RUS state:BLR asserted/fact 2024-05"}, nil},
		{"leaving a body denies membership", "Mali withdrew from ECOWAS in January.",
			[]string{"MEMBER_OF state:MLI inst:ecowas denied/fact 2024-01"}, nil},
		{"a departure of a list from a body", "The departure of Mali, Burkina Faso and Niger from ECOWAS weakened the bloc.",
			[]string{"MEMBER_OF state:MLI inst:ecowas denied/fact", "MEMBER_OF state:BFA inst:ecowas denied/fact", "MEMBER_OF state:NER inst:ecowas denied/fact"}, nil},
		{"a negated withdrawal asserts membership", "Russia did not withdraw from the Council of Europe.",
			[]string{"MEMBER_OF state:RUS inst:council-of-europe asserted/fact"}, nil},
		{"founders of a body are its members", "Niger, Mali and Burkina Faso formed the Alliance of Sahel States last September.",
			[]string{"MEMBER_OF state:NER inst:aes asserted/fact", "MEMBER_OF state:BFA inst:aes asserted/fact"}, nil},
		{"arming or supplying an armed group supports it", "Iran has supplied Hezbollah for decades through Syria.",
			[]string{"SUPPORTS state:IRN inst:hezbollah asserted/fact"}, []string{"SUPPLIED state:IRN state:SYR"}},
		{"a denied arming", "Tehran denies arming the Houthis.",
			[]string{"SUPPORTS state:IRN inst:houthis denied/reported"}, nil},
		{"weapons sent to a group", "Iran sent drones to the Houthis in March.",
			[]string{"SUPPORTS state:IRN inst:houthis asserted/fact"}, nil},
		{"funding supports", "For years Iran has funded Hezbollah.",
			[]string{"SUPPORTS state:IRN inst:hezbollah"}, nil},
		{"the noun arms is no arming", "Russian arms reached Hezbollah.",
			nil, []string{"SUPPORTS state:RUS inst:hezbollah"}},
		{"members after \", including\" are the targets",
			"Last month, China imposed sanctions on a dozen American defence companies, including units of Lockheed Martin and General Dynamics.",
			[]string{"SANCTIONED state:CHN inst:lockheed-martin asserted/fact", "SANCTIONED state:CHN inst:general-dynamics asserted/fact"},
			[]string{"SANCTIONED state:CHN state:USA"}},
		{"a described member is none", "This morning Japan designated eight individuals and two vessels, including the Russian shipping company.",
			nil, []string{"SANCTIONED state:JPN state:RUS"}},
		{"a doer the clause names in another role is no target",
			"Britain and Yemen struck targets in Syria. Iran condemned the strikes as a violation of Yemen's sovereignty.",
			[]string{"CONDEMNED state:IRN state:GBR"}, []string{"CONDEMNED state:IRN state:YEM"}},
		{"destruction is an attack event", "Russia struck Odesa overnight. On Friday Ukraine condemned the destruction.",
			[]string{"CONDEMNED state:UKR state:RUS asserted/fact"}, nil},
		{"a relative clause's object is its antecedent",
			"The 1993 Agreement on the Maintenance of Peace, which India and China signed in Beijing, still holds.",
			[]string{"SIGNED state:IND agr:", "SIGNED state:CHN agr:"}, nil},
		{"a relative clause's object is no name after the clause", "Belarus, which Russia supports with oil, condemned Ukraine.",
			[]string{"SUPPORTS state:RUS state:BLR"}, []string{"SUPPORTS state:RUS state:UKR"}},
		{"freezing a party's assets sanctions it", "ECOWAS closed borders and froze Niger's assets at the regional central bank.",
			[]string{"SANCTIONED inst:ecowas state:NER asserted/fact"}, nil},
		{"going to a place is a planned journey", "Is Secretary Blinken going to Cairo next week?",
			[]string{"VISITED person:antony-blinken place:cairo asserted/speculative"}, nil},
		{"going to do is no journey", "Russia is going to win in Ukraine.",
			nil, []string{"VISITED state:RUS state:UKR"}},
		{"a traveller's place is the antecedent of where", "Putin spoke to reporters in Beijing, where he flew on Tuesday.",
			[]string{"VISITED person:vladimir-putin place:beijing asserted/fact"}, nil},
		{"reinforcing forces somewhere deploys them", "Moscow would strengthen its forces in Karelia.",
			[]string{"DEPLOYED state:RUS place:karelia asserted/speculative"}, nil},
		{"reinforcing without troops deploys nothing", "Russia strengthened ties in Africa and Belarus.",
			nil, []string{"DEPLOYED state:RUS state:BLR"}},
		{"a lower-case title inside a list of people", "Antony Blinken met President Joseph Aoun and caretaker Prime Minister Najib Mikati on Monday.",
			[]string{"MET_WITH person:antony-blinken person:najib-mikati asserted/fact"}, nil},
		{"commitments to a party support it", "Biden said the United States' commitments to Japan and South Korea are ironclad.",
			[]string{"SUPPORTS state:USA state:JPN", "SUPPORTS state:USA state:KOR"}, nil},
		{"a relative that-clause's object is its antecedent",
			"The Comprehensive Strategic Partnership Treaty that Vladimir Putin and Kim Jong Un signed in Pyongyang took effect.",
			[]string{"SIGNED person:vladimir-putin agr:", "SIGNED person:kim-jong-un agr:"}, nil},
		{"a complement that-clause after a speech verb has no antecedent", "Japan told South Korea that China had attacked.",
			nil, []string{"ATTACKED state:CHN state:KOR"}},
		{"counted members after \", including\"",
			"Iran launched more than 300 projectiles at Israel late on Saturday, including about 170 Shahed-136 drones, 30 Paveh cruise missiles and some 120 Emad ballistic missiles.",
			[]string{"LAUNCHED state:IRN weapon:shahed-136", "LAUNCHED state:IRN weapon:paveh", "LAUNCHED state:IRN weapon:emad"}, nil},
		{"places of included targets are struck",
			"American and British warplanes struck more than 60 targets in Yemen early on Friday, including radar sites and missile launchers around Sanaa, Hodeidah and Saada.",
			[]string{"ATTACKED state:USA place:sanaa", "ATTACKED state:GBR place:saada", "ATTACKED state:USA state:YEM"}, nil},
		{"troops that arrive are deployed", "About a hundred Russian instructors arrived in Ouagadougou on Wednesday.",
			[]string{"DEPLOYED state:RUS place:ouagadougou asserted/fact"}, []string{"VISITED state:RUS place:ouagadougou"}},
		{"troops before a movement verb", "Russian forces moved to Kursk last week.",
			[]string{"DEPLOYED state:RUS place:kursk asserted/fact"}, nil},
		{"a person who lands visits", "Putin landed in Pyongyang on Wednesday.",
			[]string{"VISITED person:vladimir-putin place:pyongyang asserted/fact"}, nil},
		{"summoning an envoy is a protest and a meeting",
			"First Vice Foreign Minister Kim Hong-kyun will summon Russian Ambassador Georgy Zinoviev tomorrow.",
			[]string{"CONDEMNED person:kim-hong-kyun state:RUS asserted/speculative", "MET_WITH person:georgy-zinoviev person:kim-hong-kyun asserted/speculative"}, nil},
		{"regarding a state as a partner", "Pezeshkian said Tehran regarded Moscow as a reliable partner.",
			[]string{"ALLY_OF state:IRN state:RUS asserted/reported"}, nil},
		{"regarding a state as a partner, verb between", "Japan sees the Philippines as a key partner.",
			[]string{"ALLY_OF state:JPN state:PHL asserted/fact"}, nil},
		{"a body's allies are its members", "Australia, the United Kingdom and the United States, the three AUKUS partners, met on Monday.",
			[]string{"MEMBER_OF state:AUS inst:aukus", "MEMBER_OF state:GBR inst:aukus", "MEMBER_OF state:USA inst:aukus"}, nil},
		{"a NATO ally", "Poland, a NATO ally, protested.", []string{"MEMBER_OF state:POL inst:nato asserted/fact"}, nil},
		{"an ally of a state is no member", "Japan, a close ally of the United States, protested.",
			[]string{"ALLY_OF state:JPN state:USA"}, nil},
		{"a day before May makes it the month", "Putin met Xi Jinping on 5 May.",
			[]string{"MET_WITH person:vladimir-putin person:xi-jinping asserted/fact 2024-05-05"}, nil},
		{"an indefinite event noun points nowhere",
			"Syria shelled Lebanon overnight. Jordan has condemned attacks on civilians for years.",
			nil, []string{"CONDEMNED state:JOR state:SYR"}},
		{"the event must be asserted before",
			"Syria may shell Lebanon. Jordan condemned the shelling.",
			nil, []string{"CONDEMNED state:JOR state:SYR"}},
	})
}

// TestAttribution: the source of a reported claim is named.
func TestAttribution(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct{ text, want string }{
		{"According to Reuters, Iran shipped drones to Russia.", "Reuters"},
		{"Iran shipped drones to Russia, Ukraine's military intelligence said.", "Ukraine's military intelligence"},
		{"Sergey Lavrov said that Iran had shipped drones to Russia.", "Sergey Lavrov"},
		// A name inside the quotation is what is said, not who says it.
		{"\"Iran shipped drones to Russia for a year,\" said Mira Jensen, an analyst at the institute.", "Mira Jensen"},
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
