package extract

import (
	"context"
	"strings"
	"testing"
)

// checkRelations extracts each case's text (published on the given day; "" for none) and
// checks that every wanted relDetail prefix is present and every unwanted relKey absent.
func checkRelations(t *testing.T, published string, cases []relCase) {
	t.Helper()
	x := newTestExtractor(t)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc, err := x.Extract(context.Background(), Meta{ID: "t", Published: published}, c.text)
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
					t.Errorf("missing %q in %q", w, got)
				}
			}
			for _, n := range c.not {
				if keys[n] {
					t.Errorf("unwanted %q in %q", n, got)
				}
			}
		})
	}
}

type relCase struct {
	name string
	text string
	want []string // relDetail prefixes that must be present
	not  []string // relKey values that must be absent
}

// TestOfficialsFromPhrases: a title or apposition that names its state or body in the same
// phrase (SCHEMA.md, OFFICIAL_OF), in sentences of our own.
func TestOfficialsFromPhrases(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"an office's complement names the state",
			"The talks were opened by Minister of Foreign Affairs of the Republic of Estonia Marta Kask on Friday.",
			[]string{"OFFICIAL_OF person:marta-kask state:EST"}, nil},
		{"a plural role of states, each followed by its holder",
			"Explaining their votes, the representatives of Chile, Tomas Arevalo Ruiz, and Kenya, Wanjiru Odhiambo, expressed concern. The delegates of Peru, Lucia de Campos, and the United Kingdom, Harold Bexley, condemned the strikes.",
			[]string{"OFFICIAL_OF person:tomas-arevalo-ruiz state:CHL", "OFFICIAL_OF person:wanjiru-odhiambo state:KEN",
				"OFFICIAL_OF person:lucia-de-campos state:PER", "OFFICIAL_OF person:harold-bexley state:GBR"},
			[]string{"OFFICIAL_OF person:wanjiru-odhiambo state:CHL", "OFFICIAL_OF person:harold-bexley state:PER"}},
		{"a list of states after a plural role holds no holders", "Chile welcomed the representatives of Kenya, Peru and Norway, Harold Bexley said.",
			nil, []string{"OFFICIAL_OF person:harold-bexley state:NOR"}},
		{"two offices held together, then the complement",
			"Deputy Prime Minister - Minister of Finance of Latvia Janis Ozols spoke first.",
			[]string{"OFFICIAL_OF person:janis-ozols state:LVA"}, nil},
		{"a title whose first words end a body's name serves that body",
			"On Monday, Belarusian Security Council Secretary Pavel Vorin met Wang Yi in Minsk.",
			[]string{"OFFICIAL_OF person:pavel-vorin inst:belarus-security-council"}, nil},
		{"a possessive state before a role with a complement",
			"Delegates heard from Poland's Minister of Defence Adam Nowicki on Monday.",
			[]string{"OFFICIAL_OF person:adam-nowicki state:POL"}, nil},
		{"a role and its complement before an apposition's comma",
			"The representative of the Kingdom of Norway, Ingrid Berg, asked for a recorded vote.",
			[]string{"OFFICIAL_OF person:ingrid-berg state:NOR"}, nil},
		{"a rank after the comma",
			"The commander of the Armed Forces of Ghana, Gen. Kofi Mensah, toured the border.",
			[]string{"OFFICIAL_OF person:kofi-mensah"}, nil},
		{"a person of a state",
			"After the vote, Lucia Ferraro of Italy said the text was balanced.",
			[]string{"OFFICIAL_OF person:lucia-ferraro state:ITA"}, nil},
		{"a title before, the state after",
			"The meeting was chaired by President Tomas Varga of Hungary in the capital.",
			[]string{"OFFICIAL_OF person:tomas-varga state:HUN"}, nil},
		{"a list of people of one body",
			"The sanctions target Colonel Pedro Alves and Commander Marco Silva of the Wagner Group.",
			[]string{"OFFICIAL_OF person:pedro-alves inst:wagner-group", "OFFICIAL_OF person:marco-silva inst:wagner-group"}, nil},
		{"a list of people is not one state's",
			"Minister Elena Popescu and Minister Viktor Horvath of Hungary spoke after the vote.",
			[]string{"OFFICIAL_OF person:viktor-horvath state:HUN"}, []string{"OFFICIAL_OF person:elena-popescu state:HUN"}},
		{"a body before two roles in a row",
			"NATO spokesman Colonel Martin Fischer said the jets were scrambled.",
			[]string{"OFFICIAL_OF person:martin-fischer inst:nato"}, nil},
		{"a body's press secretary before the name",
			"Pentagon press secretary Dana Whitlock told reporters the drills were over.",
			[]string{"OFFICIAL_OF person:dana-whitlock inst:us-department-of-defense"}, nil},
		{"a body's title before a service and its rank",
			"Pentagon Press Secretary Air Force Maj. Gen. Tom Becker said the battery would ship.",
			[]string{"OFFICIAL_OF person:tom-becker inst:us-department-of-defense"}, nil},
		{"a service and rank alone name no second body",
			"Air Force Maj. Gen. Tom Becker said the battery would ship.",
			nil, []string{"OFFICIAL_OF person:tom-becker inst:us-department-of-defense"}},
		{"a press secretary with no body names none",
			"Press Secretary Dana Whitlock told reporters the drills were over.",
			nil, []string{"OFFICIAL_OF person:dana-whitlock inst:us-department-of-defense"}},
		{"a plural role of a body before a list of names",
			"The ministry designated two commanders of the Wagner Group, Pavel Ostrov and Ilya Markin, for their role in the siege.",
			[]string{"OFFICIAL_OF person:pavel-ostrov inst:wagner-group", "OFFICIAL_OF person:ilya-markin inst:wagner-group"}, nil},
		{"a plural role ending in -ies",
			"The council listed two deputies of the Wagner Group, Pavel Ostrov and Ilya Markin, on Monday.",
			[]string{"OFFICIAL_OF person:pavel-ostrov inst:wagner-group", "OFFICIAL_OF person:ilya-markin inst:wagner-group"}, nil},
		{"a plural noun that is no role names no holders",
			"The council listed two factories of the Wagner Group, Pavel Ostrov and Ilya Markin, on Monday.",
			nil, []string{"OFFICIAL_OF person:pavel-ostrov inst:wagner-group"}},
		{"a singular role's apposition does not reach the next name",
			"The designations include the commander of the Wagner Group, Pavel Ostrov, and Ilya Markin, a businessman.",
			[]string{"OFFICIAL_OF person:pavel-ostrov inst:wagner-group"}, []string{"OFFICIAL_OF person:ilya-markin inst:wagner-group"}},
		{"a role of a state's named body is the body's",
			"Gen. Park Min-ho, Chairman of the ROK Joint Chiefs of Staff, visited troops on Monday.",
			[]string{"OFFICIAL_OF person:park-min-ho inst:jcs"}, []string{"OFFICIAL_OF person:park-min-ho state:KOR"}},
		{"a role of a state alone stays the state's",
			"Gen. Park Min-ho, Chairman of the ROK delegation, visited troops on Monday.",
			[]string{"OFFICIAL_OF person:park-min-ho state:KOR"}, nil},
		{"a body before a role, then a comma and a rank",
			"A NATO spokeswoman, Major Anna Weber, declined to comment.",
			[]string{"OFFICIAL_OF person:anna-weber inst:nato"}, nil},
		{"whose role",
			"The plan was backed by Ghana, whose president Kwame Asante spoke at length.",
			[]string{"OFFICIAL_OF person:kwame-asante state:GHA"}, nil},
		{"a possessive role in the apposition",
			"Maria Santos, Brazil's permanent representative, abstained.",
			[]string{"OFFICIAL_OF person:maria-santos state:BRA"}, nil},
		{"its opening a sentence is the subject of the sentence before",
			"Egypt shot down two drones over Sinai on Sunday. Its foreign minister, Karim Aziz, called the attack reckless.",
			[]string{"OFFICIAL_OF person:karim-aziz state:EGY"}, nil},
		{"its inside a sentence needs its owner there",
			"Egypt shot down two drones over Sinai on Sunday. The drones damaged its border post, Karim Aziz said.",
			nil, []string{"OFFICIAL_OF person:karim-aziz state:EGY"}},
		{"a possessive in a later verb phrase is not the apposition's",
			"Its foreign minister, Karim Aziz, summoned Egypt's ambassador on Sunday.",
			nil, []string{"OFFICIAL_OF person:karim-aziz state:EGY"}},
		{"a title in a list is the next person's",
			"Macron welcomed German Chancellor Hans Weber, Italian Prime Minister Lucia Conti and others.",
			[]string{"OFFICIAL_OF person:hans-weber state:DEU", "OFFICIAL_OF person:lucia-conti state:ITA"},
			[]string{"OFFICIAL_OF person:hans-weber state:ITA"}},
		{"a list of roles names each person's own state",
			"We, the Minister of Foreign Affairs of Chile, Ana Rojas, the Minister of Foreign Affairs of Peru, Luis Vega, agreed.",
			[]string{"OFFICIAL_OF person:ana-rojas state:CHL", "OFFICIAL_OF person:luis-vega state:PER"},
			[]string{"OFFICIAL_OF person:ana-rojas state:PER"}},
		{"a role of a possessive body names the body",
			"Among them is Rosa Marin, president of Venezuela's National Electoral Council, who was sanctioned.",
			nil, []string{"OFFICIAL_OF person:rosa-marin state:VEN"}},
		{"a state's body named alone after the full name",
			"Ukraine's air force said it downed the drones. Air force spokesman Oleh Marchenko gave no figures.",
			[]string{"OFFICIAL_OF person:oleh-marchenko inst:ukraine-air-force"}, nil},
		{"a state acting in the person's clause gives a bare title its state",
			"On Monday the D.P.R.K. sent Foreign Minister Choe Son Hui to Moscow.",
			[]string{"OFFICIAL_OF person:choe-son-hui state:PRK"}, nil},
		{"a demonym of another person's title does not",
			"Belarusian Foreign Minister Ivan Sokol asked Foreign Minister Choe Son Hui about the visit.",
			[]string{"OFFICIAL_OF person:ivan-sokol state:BLR"}, []string{"OFFICIAL_OF person:choe-son-hui state:BLR"}},
		{"a state inside a hyphened compound does not",
			"The Mongolia-DPRK trade accord was signed by Foreign Minister Choe Son Hui in Ulaanbaatar.",
			nil, []string{"OFFICIAL_OF person:choe-son-hui state:PRK"}},
		{"a state as one side after between does not",
			"We welcome the accords reached between Mongolia and the DPRK, including one signed by Foreign Minister Choe Son Hui.",
			nil, []string{"OFFICIAL_OF person:choe-son-hui state:PRK"}},
		{"a titled speaker of a state's deed is not tied by it",
			"The DPRK fired two missiles into the sea, Foreign Minister Choe Son Hui said on Monday.",
			nil, []string{"OFFICIAL_OF person:choe-son-hui state:PRK"}},
		{"a titled speaker after said is not tied either",
			"The DPRK will send more envoys to Minsk, said Foreign Minister Choe Son Hui.",
			nil, []string{"OFFICIAL_OF person:choe-son-hui state:PRK"}},
		{"a state heading another clause does not",
			"Russia vetoed the draft on Friday, hours after President Vladimir Putin signed the decrees.",
			nil, []string{"OFFICIAL_OF person:vladimir-putin state:RUS"}},
		{"a state owning another body does not",
			"Russia's parliament approved the treaty, and President Vladimir Putin signed it.",
			nil, []string{"OFFICIAL_OF person:vladimir-putin state:RUS"}},
		{"a bare title states no official",
			"On Monday President Tomas Varga left for the summit.",
			nil, []string{"OFFICIAL_OF person:tomas-varga state:HUN"}},
	})
}

// TestMeetingsAndDescriptions: meetings and visits whose people are named by a description
// or a group ("the two presidents", "the Prime Minister"), "X told Y", and a repeated "with".
func TestMeetingsAndDescriptions(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"a body's name ends before 'and' + a second office",
			"Colonel Mamady Doumbouya, President of the National Committee for Reconciliation and Development and Head of State of Guinea, met President Macky Sall.",
			[]string{"OFFICIAL_OF person:mamady-doumbouya inst:national-committee-for-reconciliation-and-development", "OFFICIAL_OF person:mamady-doumbouya state:GIN"},
			[]string{"OFFICIAL_OF person:mamady-doumbouya inst:national-committee-for-reconciliation-and-development-and-head-of-state"}},
		{"'his <demonym> counterpart, <title> <name>' is the person met",
			"Defence Minister Boris Pistorius visited Warsaw. Mr Pistorius spoke with his Estonian counterpart, Minister of Defence Hanno Pevkur, by phone on Friday.",
			[]string{"MET_WITH person:boris-pistorius person:hanno-pevkur asserted/fact", "OFFICIAL_OF person:hanno-pevkur state:EST"}, nil},
		{"a possessed description whose apposition is no person names nobody met",
			"President Emmanuel Macron spoke with his Italian counterpart, Italy, on Friday.",
			nil, []string{"MET_WITH person:emmanuel-macron state:ITA"}},
		{"a plural description names both",
			"Brazilian President Lula da Silva praised Argentine President Javier Milei. The two presidents spoke by phone on Friday.",
			[]string{"MET_WITH person:javier-milei person:lula-da-silva asserted/fact"}, nil},
		{"a group of three meets pairwise",
			"Colonel Amadou Diallo, Captain Moussa Keita and General Ali Sangare signed the charter. The three leaders met in Bamako on Monday.",
			[]string{"MET_WITH person:amadou-diallo person:moussa-keita", "MET_WITH person:ali-sangare person:amadou-diallo",
				"MET_WITH person:ali-sangare person:moussa-keita"}, nil},
		{"coordinated subjects of a meeting meet each other too",
			"Chancellor Hans Weber and President Lucia Conti held talks with Prime Minister Erik Lund in Oslo.",
			[]string{"MET_WITH person:erik-lund person:hans-weber", "MET_WITH person:erik-lund person:lucia-conti",
				"MET_WITH person:hans-weber person:lucia-conti"}, nil},
		{"the two, then a meeting verb",
			"Finance Minister Hans Weber thanked his counterpart Lucia Conti when the two met in Rome.",
			[]string{"MET_WITH person:hans-weber person:lucia-conti"}, nil},
		{"the two before a noun names nobody",
			"Defence Minister Hans Weber praised Minister Lucia Conti. The two drones were shot down.",
			nil, []string{"MET_WITH person:hans-weber person:lucia-conti"}},
		{"a title as a description, in a later paragraph",
			"Prime Minister Erik Lund arrived in Oslo.\n\nThe Prime Minister travelled to Berlin on Wednesday and held talks with Chancellor Hans Weber.",
			[]string{"VISITED person:erik-lund place:berlin", "MET_WITH person:erik-lund person:hans-weber"}, nil},
		{"a title with another complement is not the description",
			"Prime Minister Erik Lund arrived in Oslo. The President of Finland travelled to Berlin.",
			nil, []string{"VISITED person:erik-lund place:berlin"}},
		{"telling a person is direct contact, a fact",
			"President Tomas Varga told Chancellor Hans Weber that Hungary would not object.",
			[]string{"MET_WITH person:hans-weber person:tomas-varga asserted/fact"}, nil},
		{"telling reporters is no meeting",
			"President Tomas Varga told reporters that Hans Weber would visit.",
			nil, []string{"MET_WITH person:hans-weber person:tomas-varga"}},
		{"they before a meeting verb are the two people",
			"Foreign Secretary Anna Berg raised the issue with Minister Erik Lund when they spoke by phone on Sunday.",
			[]string{"MET_WITH person:anna-berg person:erik-lund"}, nil},
		{"they said is no meeting",
			"Foreign Secretary Anna Berg thanked Minister Erik Lund, and they said the talks went well.",
			nil, []string{"MET_WITH person:anna-berg person:erik-lund"}},
		{"the preposition repeated after and",
			"Foreign Secretary Anna Berg spoke with Prime Minister Erik Lund on Monday and with President Tomas Varga on Friday.",
			[]string{"MET_WITH person:anna-berg person:erik-lund", "MET_WITH person:anna-berg person:tomas-varga"}, nil},
	})
}

// TestVisitsByStructure: guests of a host after a long list, a participle after a
// subordinator, and short forms of names with suffixes or family names first.
func TestVisitsByStructure(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"guests with their states, then the place",
			"President Tomas Varga hosted President Lucia Conti of Italy and Chancellor Hans Weber of Germany in Paris today.",
			[]string{"VISITED person:lucia-conti place:paris", "VISITED person:hans-weber place:paris", "MET_WITH person:hans-weber person:tomas-varga"}, nil},
		{"a participle after while has the clause's subject",
			"Defence Minister Hans Weber spoke. \"We are ready,\" Weber said while visiting an air base in Gdansk on Friday.",
			[]string{"VISITED person:hans-weber place:gdansk"}, nil},
		{"a participle after while does not take a later name",
			"The ministry said on Friday while quoting Hans Weber that troops were ready.",
			nil, []string{"VISITED person:hans-weber"}},
		{"a short form skips the suffix",
			"The commander, Gen. Mark T. Ellison Jr., spoke. Ellison told reporters in Darwin, where he flew on Tuesday, that the drills went well.",
			[]string{"VISITED person:mark-t-ellison-jr place:darwin"}, nil},
		{"a family name first is the short form",
			"The island's new premier, Chen Wei-ming, spoke. Chen said while visiting a navy base in Kaohsiung on Thursday that he was proud.",
			[]string{"VISITED person:chen-wei-ming place:kaohsiung"}, nil},
	})
}

// TestMembershipWording: membership by apposition or copula only, leaving with co-leavers,
// a relative clause after an acronym, "belongs to", and "joined by" as company.
func TestMembershipWording(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"members of a group as an object are no membership of the subject",
			"Ankara accused Athens of sheltering members of the Kurdistan Workers' Party.",
			nil, []string{"MEMBER_OF state:GRC inst:pkk"}},
		{"members of a body, including named people",
			"The raid killed six members of the Wagner Group, including Colonel Ivan Sokolov.",
			[]string{"MEMBER_OF person:ivan-sokolov inst:wagner-group"}, nil},
		{"a copula links the member",
			"Estonia is a member of NATO.",
			[]string{"MEMBER_OF state:EST inst:nato"}, nil},
		{"leaving, with others along",
			"The African Union (AU), which Chad is leaving along with Sudan and Libya, met on Monday.",
			[]string{"MEMBER_OF state:TCD inst:african-union denied", "MEMBER_OF state:SDN inst:african-union denied", "MEMBER_OF state:LBY inst:african-union denied"}, nil},
		{"belonging",
			"Every Nordic state now belongs to NATO.",
			nil, nil},
		{"belonging, named",
			"Norway belongs to NATO but not to the European Union.",
			[]string{"MEMBER_OF state:NOR inst:nato"}, nil},
		{"joined by two: all three together",
			"Defence Minister Hans Weber opened the conference, joined by General Lucia Conti and Admiral Marco Silva.",
			[]string{"MET_WITH person:hans-weber person:lucia-conti", "MET_WITH person:hans-weber person:marco-silva",
				"MET_WITH person:lucia-conti person:marco-silva"}, nil},
		{"joined by is company, not membership",
			"Defence Minister Hans Weber opened the meeting, joined by General Lucia Conti of the NATO Military Committee.",
			[]string{"MET_WITH person:hans-weber person:lucia-conti"}, []string{"MEMBER_OF person:hans-weber inst:nato-military-committee"}},
	})
}

// TestDescribedObject: a definite description with the person's name in apposition.
func TestDescribedObject(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"the name after the description's comma",
			"Defence Minister Hans Weber held talks with the head of state, General Lucia Conti, in Rome.",
			[]string{"MET_WITH person:hans-weber person:lucia-conti"}, nil},
		{"a speaker after the comma is not the object",
			"Defence Minister Hans Weber met the delegation, Lucia Conti said on Friday.",
			nil, []string{"MET_WITH person:hans-weber person:lucia-conti"}},
	})
}

// TestPurposePlace: a journey's purpose at a place is a destination too.
func TestPurposePlace(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"travel to a state for a meeting in a city",
			"Foreign Minister Hans Weber travelled to Italy on Monday for a meeting of G7 ministers in Naples.",
			[]string{"VISITED person:hans-weber state:ITA", "VISITED person:hans-weber place:naples"}, nil},
		{"a visit noun for a summit in a city",
			"President Lucia Conti's planned visit to Russia for the BRICS summit in Kazan was confirmed.",
			[]string{"VISITED person:lucia-conti place:kazan"}, nil},
		{"a purpose that is no event names no place",
			"Foreign Minister Hans Weber travelled to Italy for his holiday in Naples.",
			nil, []string{"VISITED person:hans-weber place:naples"}},
	})
}

// TestDemonymDescriptions: "the Russian leader" is the latest person tied to Russia.
func TestDemonymDescriptions(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"a leader named by demonym travels, not the state",
			"Spanish Prime Minister Carlos Ortega said he would press Polish President Adam Nowak on trade when the Polish leader travels to Spain next month.",
			[]string{"VISITED person:adam-nowak state:ESP"}, []string{"VISITED state:POL state:ESP"}},
		{"a description's role must fit the person's title",
			"Polish President Adam Nowak spoke on Monday. The Polish ambassador travelled to Spain on Tuesday.",
			nil, []string{"VISITED person:adam-nowak state:ESP"}},
		{"a demonym and a role before a name are a title, not a description",
			"Polish President Adam Nowak spoke. The Polish foreign minister Jan Kowal travelled to Spain.",
			[]string{"VISITED person:jan-kowal state:ESP"}, []string{"VISITED person:adam-nowak state:ESP"}},
	})
}

// TestPronounAfterWhere and a PDF footnote after a year.
func TestPronounAfterWhere(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"he after ', where' is the subject of the clause before",
			"Minister Anna Berg flew to Oslo for talks with President Erik Lund on 3 May, and Minister Hans Weber visited Rome, where he met President Lucia Conti.",
			[]string{"MET_WITH person:hans-weber person:lucia-conti"}, []string{"MET_WITH person:anna-berg person:lucia-conti"}},
		{"a year, a full stop and a footnote end the sentence",
			"Minister Anna Berg has led the talks since 2019.3 Minister Hans Weber then met President Lucia Conti in Rome.",
			[]string{"MET_WITH person:hans-weber person:lucia-conti"}, []string{"MET_WITH person:anna-berg person:lucia-conti"}},
	})
}

// TestInvitedCounterparts: "his counterparts" is the group named before, less the host.
func TestInvitedCounterparts(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"counterparts invited to the host's country",
			"Prime Minister Erik Lund hosted President Lucia Conti and Chancellor Hans Weber in Oslo on Monday. Lund invited his counterparts to Norway for the next summit.",
			[]string{"VISITED person:lucia-conti state:NOR asserted/speculative", "VISITED person:hans-weber state:NOR asserted/speculative"},
			[]string{"VISITED person:erik-lund state:NOR"}},
	})
}

func TestSingularNoun(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"deputies", "deputy"}, {"secretaries", "secretary"}, {"envoys", "envoy"},
		{"representatives", "representative"}, {"attachés", "attaché"},
		{"coaches", "coach"}, {"boxes", "box"}, {"ties", "tie"}, {"chiefs", "chief"},
	} {
		if got := singularNoun(c.in); got != c.want {
			t.Errorf("singularNoun(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
