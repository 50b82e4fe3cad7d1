package extract

import (
	"context"
	"strings"
	"testing"
)

// TestEventRelations checks the wording of attacks, deployments, sanctions, signatures,
// supplies and launches on sentences of our own (not from any corpus): each case lists
// relations that must be found (relDetail prefixes) and relations that must not (relKey).
func TestEventRelations(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name string
		text string
		want []string
		not  []string
	}{
		{"an attack verb makes the capital the place struck",
			"Moscow shelled Kharkiv overnight, and Israel bombed Beirut on Monday.",
			[]string{"ATTACKED state:RUS place:kharkiv asserted/fact", "ATTACKED state:ISR place:beirut asserted/fact"},
			[]string{"ATTACKED state:RUS state:UKR", "ATTACKED state:ISR state:LBN"}},
		{"a capital without an attack verb before it is still the government",
			"Beijing condemned Washington on Monday after Ottawa targeted Chinese firms.",
			[]string{"CONDEMNED state:CHN state:USA asserted/fact"}, nil},
		{"a numbered designation list names the targets of the latest designator",
			"OTTAWA, 3 May 2024 - Canada today sanctioned two firms and one person.\n\nThe following persons are designated under the regulations:\n\n1. Borealis Freight (Cyprus), a shipping firm that moved drone parts.\n\n2. Ivan Sokolov, director of Borealis Freight.\n\nOfficials said more would follow.",
			[]string{"SANCTIONED state:CAN inst:borealis-freight asserted/fact 2024-05-03", "SANCTIONED state:CAN person:ivan-sokolov asserted/fact 2024-05-03"},
			nil},
		{"headers inside a bulleted list change the designator; including names members",
			"The following have been designated:\n\nBy Canada:\n- Borealis Freight LLC, a shipping firm;\n- four brokers in Turkey, including Ivan Sokolov and Pavel Orlov of Borealis Freight LLC.\n\nBy Norway:\n- Kestrel Marine and two banks.",
			[]string{"SANCTIONED state:CAN inst:borealis-freight-llc", "SANCTIONED state:CAN person:ivan-sokolov",
				"SANCTIONED state:CAN person:pavel-orlov", "SANCTIONED state:NOR inst:kestrel-marine"},
			[]string{"SANCTIONED state:NOR person:ivan-sokolov", "SANCTIONED state:CAN state:TUR"}},
		{"an agentless passive designation is the latest designator's",
			"Canada sanctioned Lumen Shipping LLC on Monday. Ivan Petrov, its director, and his two firms were designated for evading the embargo.",
			[]string{"SANCTIONED state:CAN inst:lumen-shipping-llc", "SANCTIONED state:CAN person:ivan-petrov asserted/fact"}, nil},
		{"a list that no list trigger announces names no targets",
			"Canada and Norway discussed the following:\n\n- Borealis Freight, a shipping firm;\n- Ivan Sokolov, a broker.",
			nil, []string{"SANCTIONED state:CAN inst:borealis-freight", "SANCTIONED state:CAN person:ivan-sokolov"}},
		{"a list ends with the first line that is no item",
			"Canada designated two firms. The following are designated:\n- Borealis Freight, a shipping firm.\n\nIvan Sokolov, a broker, welcomed the move.",
			[]string{"SANCTIONED state:CAN inst:borealis-freight"}, []string{"SANCTIONED state:CAN person:ivan-sokolov"}},
		{"without a designator no passive designation",
			"Ivan Petrov, its director, was designated as the company's successor.",
			nil, []string{"SANCTIONED state:CAN person:ivan-petrov"}},
		{"an anaphor of two is both entities, the latest pair joined by and",
			"Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev reached Almaty on Friday and were greeted by Kazakh President Kassym-Jomart Tokayev. The two leaders later signed the Almaty Accord.",
			[]string{"SIGNED person:nikol-pashinyan agr:almaty-accord asserted/fact", "SIGNED person:ilham-aliyev agr:almaty-accord asserted/fact"},
			[]string{"SIGNED person:kassym-jomart-tokayev agr:almaty-accord"}},
		{"an anaphor of two with one antecedent refers to nothing",
			"Finland joined NATO in April. The two countries signed the Helsinki Accord.",
			nil, []string{"SIGNED state:FIN agr:helsinki-accord"}},
		{"a state's parliament ratifies for the state; an accession protocol is an agreement",
			"Sweden's parliament ratified Norway's accession protocol in May.",
			[]string{"SIGNED state:SWE agr:norway-accession-protocol asserted/fact 2024-05"}, nil},
		{"a body after a state's possessive acts for the state",
			"South Korea's National Assembly approved the Reciprocal Access Agreement on Friday.",
			[]string{"SIGNED state:KOR agr:reciprocal-access-agreement asserted/fact"}, nil},
		{"a definite agreement noun refers to the latest agreement",
			"Canada signed the Ottawa Treaty in 1997. Poland ratified the treaty in 2012.",
			[]string{"SIGNED state:CAN agr:ottawa-treaty asserted/fact 1997", "SIGNED state:POL agr:ottawa-treaty asserted/fact 2012"}, nil},
		{"a body acts only as the verb's own subject",
			"A spokesman for Japan's defence ministry said the pact covers attacks on Japanese ships in the East China Sea.",
			nil, []string{"ATTACKED state:JPN place:east-china-sea"}},
		{"approving what is no agreement signs nothing",
			"Germany approved the sale of tanks to Poland.",
			nil, []string{"SIGNED state:DEU state:POL"}},
		{"it after a signing verb is the latest agreement",
			"Chile drafted the Valparaiso Accord in March, and Peru's president signed it in May. Bolivia has also yet to ratify it.",
			[]string{"SIGNED state:PER agr:valparaiso-accord asserted/fact 2024-05", "SIGNED state:BOL agr:valparaiso-accord denied/fact"}, nil},
		{"it elsewhere is no agreement",
			"Chile drafted the Valparaiso Accord in March. It said Peru would join.",
			nil, []string{"SIGNED state:CHL agr:valparaiso-accord"}},
		{"a preposition inside a name is not the target's; a name counts as one word",
			"Japan protested the test on Tuesday by the Islamic Republic of Iran (IRI) of a Khorramshahr-4 ballistic missile.",
			[]string{"LAUNCHED state:IRN weapon:khorramshahr-4"}, nil},
		{"keeping troops at a base deploys them; keeping promises does not",
			"Britain keeps about 800 soldiers at the Bastion Air Base near Lashkar Gah. France keeps its promises in Chad.",
			[]string{"DEPLOYED state:GBR place:bastion-air-base asserted/fact"}, []string{"DEPLOYED state:FRA state:TCD"}},
		{"a numbered group is the latest list of that many, across paragraphs",
			"Colonel Ivan Petrov of Belarus, General Arman Bekov of Kazakhstan and Admiral Sergei Volkov of Russia met in Minsk on Monday.\n\nThe three heads of state later signed the Minsk Charter. Moscow has supplied all three states with tanks.",
			[]string{"SIGNED person:ivan-petrov agr:minsk-charter", "SIGNED person:arman-bekov agr:minsk-charter",
				"SIGNED person:sergei-volkov agr:minsk-charter", "SUPPLIED state:RUS state:BLR", "SUPPLIED state:RUS state:KAZ"}, nil},
		{"a numbered group without a list of that many refers to nothing",
			"Norway and Sweden met in Oslo.\n\nThe three countries later signed the Oslo Charter.",
			nil, []string{"SIGNED state:NOR agr:oslo-charter", "SIGNED state:SWE agr:oslo-charter"}},
		{"a reason phrase after a comma is about the clause's subject",
			"Kestrel Shipping LLC, a front company for Iran's navy, for shipping drones to Russia.",
			[]string{"SUPPLIED inst:kestrel-shipping-llc state:RUS"}, []string{"SUPPLIED inst:iran-navy state:RUS"}},
		{"a ship-prefixed name after at is a shore base",
			"Canada will station two frigates at HMCS Esquimalt from next year.",
			[]string{"DEPLOYED state:CAN place:hmcs-esquimalt asserted/speculative"}, nil},
		{"an attack named as what is answered is not the subject's",
			"Ankara called the raid retaliation for the drone strike on its embassy in Baghdad.",
			nil, []string{"ATTACKED state:TUR place:baghdad"}},
		{"an answered attack may be counted in weeks",
			"Britain struck Yemen in retaliation for weeks of attacks on shipping in the Red Sea.",
			[]string{"ATTACKED state:GBR state:YEM"}, []string{"ATTACKED state:GBR place:red-sea"}},
		{"an attack after a preposition of purpose is still the subject's",
			"Russia used the airfields for the assault on Kharkiv.",
			[]string{"ATTACKED state:RUS place:kharkiv"}, nil},
		{"a model coordinated before another model's class noun is a model too",
			"Iran fired some 40 Zolfaghar and Dezful ballistic missiles at Iraq. Britain and France sent Storm Shadow missiles.",
			[]string{"LAUNCHED state:IRN weapon:zolfaghar", "LAUNCHED state:IRN weapon:dezful"},
			[]string{"LAUNCHED state:IRN weapon:britain", "SUPPLIED weapon:france"}},
		{"a deployment to a capital goes to the city",
			"London dispatched two destroyers to Nicosia on Monday.",
			[]string{"DEPLOYED state:GBR place:nicosia asserted/fact"}, []string{"DEPLOYED state:GBR state:CYP"}},
		{"the Government of a release is the state that issues it",
			"Press release of the Government of Norway\n\nThe Government will send a frigate to Estonia next year. Officials said the Government of Denmark agreed.",
			[]string{"DEPLOYED state:NOR state:EST asserted/speculative"}, []string{"DEPLOYED state:DNK state:EST"}},
		{"a lower-case government is no such reference",
			"Norway welcomed the talks.\n\nDenmark said the government will send a frigate to Estonia.",
			nil, []string{"DEPLOYED state:NOR state:EST"}},
		{"shipping and logistics firms are institutions",
			"Canada designated Arctic Star Logistics and Polar Shipping on Monday.",
			[]string{"SANCTIONED state:CAN inst:arctic-star-logistics", "SANCTIONED state:CAN inst:polar-shipping"}, nil},
		{"the community is the latest body",
			"ECOWAS met in Abuja on Monday. The community froze Guinea's assets and closed its borders.",
			[]string{"SANCTIONED inst:ecowas state:GIN asserted/fact"}, nil},
		{"troops sent in the passive were sent by their owner",
			"Some 2,000 Belarusian soldiers have been deployed to Minsk. Moscow's special forces were reportedly moved to Kursk.",
			[]string{"DEPLOYED state:BLR place:minsk asserted/fact", "DEPLOYED state:RUS place:kursk asserted/reported"}, nil},
		{"troops without an owner, or goods, in the passive name no deployer",
			"The troops were sent to Kursk. Belarusian shells were sent to Russia.",
			nil, []string{"DEPLOYED state:BLR state:RUS", "DEPLOYED state:BLR place:kursk"}},
		{"a sale is a supply; deploying warships is no launch, deploying satellites is",
			"Turkey's sale of drones to Mali worried France. China's deployment of warships to the Taiwan Strait alarmed Manila. North Korea's deployment of spy satellites worried Seoul.",
			[]string{"SUPPLIED state:TUR state:MLI asserted/fact", "DEPLOYED state:CHN place:taiwan-strait", "LAUNCHED state:PRK weapon:spy-satellite"},
			[]string{"LAUNCHED state:CHN weapon:warship"}},
		{"a sale of what is no goods supplies nothing", "Iran's sale of its embassy building to Oman was approved.",
			nil, []string{"SUPPLIED state:IRN state:OMN"}},
		{"putting a party on a sanctions list sanctions it",
			"Japan placed Lukoil Holdings on its blacklist in May, and the European Union added Rosoboronexport JSC to its sanctions list.",
			[]string{"SANCTIONED state:JPN inst:lukoil-holdings asserted/fact 2024-05", "SANCTIONED inst:eu inst:rosoboronexport-jsc asserted/fact"}, nil},
		{"adding without a sanctions list sanctions nothing",
			"Lavrov added that Moscow would respond. Britain added Belarus to the agenda.",
			nil, []string{"SANCTIONED state:GBR state:BLR"}},
		{"airstrikes on a capital strike the city",
			"Israel carried out airstrikes on Beirut on Monday.",
			[]string{"ATTACKED state:ISR place:beirut asserted/fact"}, []string{"ATTACKED state:ISR state:LBN"}},
		{"a gerund after a denial is a verb: denied, reported",
			"Russia denied supplying North Korea with missile technology.",
			[]string{"SUPPLIED state:RUS state:PRK denied/reported"}, nil},
		{"a gerund after a report verb supplies nothing without goods",
			"Seoul reported shipping delays to Russia.",
			nil, []string{"SUPPLIED state:KOR state:RUS"}},
		{"a hedge after a comma is another verb's",
			"The Helsinki Accord, which Norway signed in May, will take effect next year. Norway may sign it, officials said.",
			[]string{"SIGNED state:NOR agr:helsinki-accord asserted/fact 2024-05", "SIGNED state:NOR agr:helsinki-accord asserted/speculative"}, nil},
		{"after a light verb an attack noun is the subject's act",
			"Israel has carried out hundreds of strikes in Syria since 2017. Russia launched its invasion of Ukraine in 2022.",
			[]string{"ATTACKED state:ISR state:SYR asserted/fact 2017", "ATTACKED state:RUS state:UKR asserted/fact 2022"}, nil},
		{"without a light verb a bare attack noun names no attacker",
			"Israel has counted hundreds of strikes in Syria since 2017.",
			nil, []string{"ATTACKED state:ISR state:SYR"}},
		{"a subordinate clause's subject is a group anaphor after its conjunction",
			"Colonel Ivan Petrov of Belarus, General Arman Bekov of Kazakhstan and Admiral Sergei Volkov of Russia met in Minsk on Monday.\n\nThe pact grew in July, when the three heads of state met in Astana and signed the Astana Treaty.",
			[]string{"SIGNED person:ivan-petrov agr:astana-treaty", "SIGNED person:arman-bekov agr:astana-treaty", "SIGNED person:sergei-volkov agr:astana-treaty"}, nil},
		{"a relative clause's verb followed by an adverb in -ly takes the antecedent",
			"Officials counted the Shahed drones that Russia now fires almost nightly.",
			[]string{"LAUNCHED state:RUS weapon:shahed asserted/fact"}, nil},
	}
	for _, c := range cases {
		checkEventRelations(t, x, c.name, c.text, c.want, c.not)
	}
}

// checkEventRelations extracts text and checks that every want (a relDetail prefix) is present
// and no relation in not (relKey) is.
func checkEventRelations(t *testing.T, x *Extractor, name, text string, want, not []string) {
	t.Helper()
	doc, err := x.Extract(context.Background(), Meta{ID: "t", Published: "2024-06-01"}, text)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	keys := map[string]bool{}
	for _, r := range doc.Relations {
		got = append(got, relDetail(r))
		keys[relKey(r)] = true
	}
	for _, w := range want {
		found := false
		for _, g := range got {
			found = found || strings.HasPrefix(g, w)
		}
		if !found {
			t.Errorf("%s: want %q; got %q", name, w, got)
		}
	}
	for _, n := range not {
		if keys[n] {
			t.Errorf("%s: do not want %q; got %q", name, n, got)
		}
	}
}
