package extract

import (
	"context"
	"strings"
	"testing"
)

// structCase is one sentence-level case: relDetail prefixes that must be present and relKey
// values that must be absent.
// structCase: a sentence of our own, the relDetail prefixes ("TYPE src dst [pol/mod
// [date]]") that must be present and the relKey values that must be absent.
type structCase struct {
	name string
	text string
	want []string
	not  []string
}

// checkStructCases runs each case through the extractor on a fixed reference date.
func checkStructCases(t *testing.T, cases []structCase) {
	t.Helper()
	x := newTestExtractor(t)
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

// TestMilitaryStructure: deployments, attacks, launches, supply and membership in the
// constructions official and agency writers use (sentences of our own).
func TestMilitaryStructure(t *testing.T) {
	checkStructCases(t, []structCase{
		// A place after its state's possessive: the troops went to both.
		{"deployed to a state's region names the state too",
			"Pyongyang deployed about 3,000 soldiers to Russia's Kursk region in October.",
			[]string{"DEPLOYED state:PRK place:kursk", "DEPLOYED state:PRK state:RUS"}, nil},
		{"passive participle of deployment to a state's region",
			"Officers commanded the North Korean troops stationed in Russia's Belgorod region.",
			[]string{"DEPLOYED state:PRK state:RUS"}, nil},
		{"sent forces to a state's city",
			"Canada has sent 400 troops to Latvia's capital Riga.",
			[]string{"DEPLOYED state:CAN state:LVA"}, nil},
		{"a place the possessor does not hold adds nothing",
			"Moscow moved troops to Ukraine's Kursk operation zone.",
			nil, []string{"DEPLOYED state:RUS state:UKR"}},
		// A body's title before its members' names.
		{"a body's member noun as a title before the state",
			"NATO member Romania hosted the drills.",
			[]string{"MEMBER_OF state:ROU inst:nato"}, nil},
		{"fellow members before a list",
			"Fellow EU members Hungary and Slovakia blocked the package.",
			[]string{"MEMBER_OF state:HUN inst:eu", "MEMBER_OF state:SVK inst:eu"}, nil},
		{"a possessive body before its newest member",
			"NATO's newest member Sweden sent a battalion.",
			[]string{"MEMBER_OF state:SWE inst:nato"}, nil},
		{"a member noun with no name after it names no member",
			"The NATO members met Erdogan in Vilnius.",
			nil, []string{"MEMBER_OF state:TUR inst:nato"}},
		// A body with its members as the object of a verb of composition.
		{"a body includes states",
			"The Collective Security Treaty Organization includes Armenia, Kazakhstan and Tajikistan.",
			[]string{"MEMBER_OF state:ARM inst:csto", "MEMBER_OF state:KAZ inst:csto", "MEMBER_OF state:TJK inst:csto"}, nil},
		{"a participle of composition after the body's name",
			"The Quad, made up of Australia, India, Japan and the United States, met in Tokyo.",
			[]string{"MEMBER_OF state:AUS inst:quad", "MEMBER_OF state:IND inst:quad", "MEMBER_OF state:USA inst:quad"}, nil},
		{"a restrictive relative on an apposition's head",
			"Poland joined the European Union, the political union that also comprises France and Germany.",
			[]string{"MEMBER_OF state:FRA inst:eu", "MEMBER_OF state:DEU inst:eu"}, nil},
		{"a body that includes a state in a sanctions list makes no member",
			"The EU included Belarus in its sanctions regime.",
			nil, []string{"MEMBER_OF state:BLR inst:eu"}},
		// Attacks as a light verb with war, as a military operation, with coordinated modifiers.
		{"waging a war against a state",
			"Azerbaijan waged a brutal war against Armenia in 2020.",
			[]string{"ATTACKED state:AZE state:ARM"}, nil},
		{"continuing to wage its war",
			"Moscow continues to wage its war of aggression on Ukraine.",
			[]string{"ATTACKED state:RUS state:UKR"}, nil},
		{"a possessive's military operation in a place",
			"Analysts described Israel's military operations in Rafah as the largest of the year.",
			[]string{"ATTACKED state:ISR place:rafah"}, nil},
		{"a military operation with no possessor names no attacker",
			"Kim praised the special military operation in Ukraine.",
			nil, []string{"ATTACKED state:PRK state:UKR"}},
		{"coordinated modifiers between the possessive and the attack",
			"Kyiv said Russia's overnight missile and drone strike on Odesa killed four.",
			[]string{"ATTACKED state:RUS place:odesa"}, nil},
		// Launches as nouns after a light verb.
		{"conducted a test-fire of a named missile",
			"Pakistan conducted a test-fire of the Ababeel missile on Tuesday.",
			[]string{"LAUNCHED state:PAK"}, nil},
		{"the test-launches by a state",
			"The test-launches of two Hwasong-18 missiles by North Korea alarmed Tokyo.",
			[]string{"LAUNCHED state:PRK weapon:hwasong-18"}, nil},
		// Supply of drones named by their abbreviation; assessment verbs in a relative.
		{"UAVs are goods",
			"Tehran has shipped several hundred UAVs to Moscow.",
			[]string{"SUPPLIED state:IRN state:RUS"}, nil},
		{"the assessors in a relative clause are not the supplier",
			"Belarus, which U.S. intelligence officials assess has sent munitions to Russia, denies it.",
			[]string{"SUPPLIED state:BLR state:RUS"}, []string{"SUPPLIED state:USA state:RUS"}},
		// "the troops" moved in a passive: the sender of the latest deployment moved them.
		{"definite troops moved after a deployment",
			"Iran sent 200 advisers to Syria. Reuters reported that the advisers were moved to Aleppo.",
			[]string{"DEPLOYED state:IRN place:aleppo"}, nil},
		{"definite troops past an apposition",
			"Chad has dispatched 1,000 soldiers to Mali. Malian officials said the troops, drawn from an elite unit, were stationed in Gao in May.",
			[]string{"DEPLOYED state:TCD place:gao"}, nil},
		{"definite troops with no deployment before have no owner",
			"Russia bought shells from Iran. The troops were moved to Belgorod.",
			nil, []string{"DEPLOYED state:RUS place:belgorod", "DEPLOYED state:IRN place:belgorod"}},
		// An en dash glued between two names is a hyphen; between numbers it is a range.
		{"en dash between two states before alliance",
			"Seoul said the ROK\u2013U.S. alliance remains firm.",
			[]string{"ALLY_OF state:KOR state:USA"}, nil},
		{"en dash between partners with spelled-out names",
			"Officials praised the Japan\u2013Philippines partnership on Monday.",
			[]string{"ALLY_OF state:JPN state:PHL"}, nil},
		{"en dash between days stays a range",
			"North Korea sent 1,500 troops to Russia on 8\u201313 October.",
			[]string{"DEPLOYED state:PRK state:RUS asserted/fact 2024-10-08"}, nil},
		// Coming under fire from an attacker; a role phrase with "as".
		{"a place came under fire from a state",
			"Kharkiv came under heavy shelling from Russia on Sunday.",
			[]string{"ATTACKED state:RUS place:kharkiv"}, nil},
		{"coming under fire with no attacker named states no attack",
			"Russian peacekeepers came under fire near Stepanakert.",
			nil, []string{"ATTACKED state:RUS place:stepanakert"}},
		{"coming under pressure is no attack",
			"Armenia came under pressure from Russia.",
			nil, []string{"ATTACKED state:RUS state:ARM"}},
		{"a fronted role phrase with as",
			"As a member of the European Union, Hungary must apply the sanctions.",
			[]string{"MEMBER_OF state:HUN inst:eu"}, nil},
		{"an appositive role phrase with as",
			"Malta, as a member of the Security Council, abstained.",
			[]string{"MEMBER_OF state:MLT inst:unsc"}, nil},
		// A mutual defence pact allies its parties.
		{"states sign a mutual defence pact",
			"Mali, Burkina Faso and Niger signed a mutual defence pact on Saturday.",
			[]string{"ALLY_OF state:BFA state:MLI", "ALLY_OF state:MLI state:NER"}, nil},
		{"a mutual defense treaty between two states",
			"The mutual defense treaty between Manila and Washington dates from 1951.",
			[]string{"ALLY_OF state:PHL state:USA"}, nil},
		{"a defence pact named by a third state is not the third state's",
			"Seoul criticised the mutual defence treaty between Moscow and Pyongyang.",
			[]string{"ALLY_OF state:PRK state:RUS"}, []string{"ALLY_OF state:KOR state:RUS", "ALLY_OF state:KOR state:PRK"}},
		// A naming verb's subject allies with each name it calls a partner.
		{"described a list as partners",
			"Lukashenko described Russia, China and Iran as \"partners who do not lecture us\".",
			[]string{"ALLY_OF state:BLR state:RUS", "ALLY_OF state:BLR state:CHN", "ALLY_OF state:BLR state:IRN"},
			[]string{"ALLY_OF state:CHN state:RUS", "ALLY_OF state:IRN state:RUS", "ALLY_OF state:CHN state:IRN"}},
		{"calls a state a strategic partner",
			"Hanoi calls Moscow a comprehensive strategic partner.",
			[]string{"ALLY_OF state:RUS state:VNM"}, nil},
		{"a partner noun opening the text reads no naming verb before it (once an index panic)",
			"Partners of Ukraine met in Ramstein.",
			nil, nil},
		// "whose" before an event noun: the antecedent is its possessor.
		{"whose accession names the members",
			"Sweden and Finland, whose accession to NATO ended decades of neutrality, joined the drills.",
			[]string{"MEMBER_OF state:SWE inst:nato", "MEMBER_OF state:FIN inst:nato"}, nil},
		{"whose invasion names the attacker",
			"Moscow, whose invasion of Georgia lasted five days, denied the claim.",
			[]string{"ATTACKED state:RUS state:GEO"}, nil},
		// A buyer's procurement names no source after another preposition.
		{"procurement for use against a state",
			"Ministers criticised Russia's procurement of Iranian drones for use against Ukraine.",
			[]string{"SUPPLIED state:IRN state:RUS"}, []string{"SUPPLIED state:UKR state:RUS"}},
		// Unnamed partners after "with" pair nobody.
		{"unnamed partners after with",
			"Canada, Japan and Australia will patrol the strait together with regional partners.",
			nil, []string{"ALLY_OF state:AUS state:JPN", "ALLY_OF state:CAN state:JPN", "ALLY_OF state:AUS state:CAN"}},
		{"named partners after with still pair",
			"Tokyo signed a partnership with Manila.",
			[]string{"ALLY_OF state:JPN state:PHL"}, nil},
		// A weapon's origin is not the attacker who uses it.
		{"weapons of another state's origin used in strikes",
			"Russian forces fired drones of Iranian design in strikes on Odesa.",
			[]string{"ATTACKED state:RUS place:odesa"}, []string{"ATTACKED state:IRN place:odesa"}},
		{"another state's weapons used in strikes",
			"Russia has used North Korean missiles in strikes on Kharkiv.",
			[]string{"ATTACKED state:RUS place:kharkiv"}, []string{"ATTACKED state:PRK place:kharkiv"}},
		{"a demonym before a launch noun is still the launcher",
			"Seoul condemned the North Korean missile launches toward Japan.",
			[]string{"LAUNCHED state:PRK"}, nil},
		// Military engineers are troops.
		{"sappers sent to a region",
			"Belarus sent 300 sappers to the Kursk region in May.",
			[]string{"DEPLOYED state:BLR place:kursk"}, nil},
		{"deminers dispatched to a state",
			"Ukraine has dispatched 40 deminers to Moldova.",
			[]string{"DEPLOYED state:UKR state:MDA"}, nil},
	})
}
