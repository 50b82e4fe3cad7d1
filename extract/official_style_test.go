package extract

import (
	"context"
	"strings"
	"testing"
)

// TestOfficialStyle: the wording of readouts, ministry statements and defence releases
// (issue 11), in sentences of our own, with negatives.
func TestOfficialStyle(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"a body's formal name with its state",
			"The Ministry of Foreign Affairs of Estonia condemns the shelling of Kharkiv by Russia.",
			[]string{"CONDEMNED inst:estonia-foreign-ministry state:RUS"},
			[]string{"CONDEMNED state:EST state:RUS"}},
		{"the formal name with 'the' before the state",
			"The Ministry of Defence of the Republic of Poland denounced Belarus.",
			[]string{"CONDEMNED inst:poland-defence-ministry state:BLR"}, nil},
		{"'the Government' of a ministry named with its state is that state",
			"Statement of the Ministry of Foreign Affairs of the Republic of Estonia\n\nThe Government condemns Belarus.",
			[]string{"CONDEMNED state:EST state:BLR"}, nil},
		{"'the Ministry' later in the statement is the ministry named before",
			"The Ministry of Foreign Affairs of Latvia issued a statement.\n\nThe Ministry also condemns Belarus.",
			[]string{"CONDEMNED inst:latvia-foreign-ministry state:BLR"}, nil},
		{"'the Ministry' with no ministry named before refers to nothing",
			"Latvia issued a statement.\n\nThe Ministry also condemns Belarus.",
			nil, []string{"CONDEMNED state:LVA state:BLR"}},
		{"an attacker's by-phrase between the attack and its target cities",
			"Officials condemned the overnight strike by Russia on Kyiv and Odesa.",
			[]string{"ATTACKED state:RUS place:kyiv", "ATTACKED state:RUS place:odesa"},
			[]string{"ATTACKED state:RUS state:UKR"}},
		{"a capital after 'on' without an attack is still the government",
			"The decision by Germany on Kyiv's request came late.",
			nil, []string{"ATTACKED state:DEU place:kyiv"}},
		{"a hyphenated given name after an office's complement",
			"Minister of National Defense Park Min-soo held a call with Lloyd J. Austin III.",
			[]string{"MET_WITH person:lloyd-austin person:park-min-soo"}, nil},
		{"a regnal number inside a monarch's name",
			"Marta Kask was received by King Carl XVI Gustaf at the Royal Palace.",
			[]string{"MET_WITH person:carl-xvi-gustaf person:marta-kask"},
			[]string{"MET_WITH person:carl person:marta-kask"}},
		{"models named after a class with ', including'",
			"Russia launched 40 missiles, including Iskander-M ballistic missiles and Kalibr cruise missiles.",
			[]string{"LAUNCHED state:RUS weapon:missile", "LAUNCHED state:RUS weapon:iskander-m"}, nil},
		{"', including' after a class names no target of another verb",
			"Russia launched 40 missiles. Germany, including its navy, condemned Russia.",
			nil, []string{"LAUNCHED state:RUS state:DEU"}},
		{"aircraft of two states hit a site",
			"On 12 March, US and British aircraft hit radar sites in Yemen.",
			[]string{"ATTACKED state:USA", "ATTACKED state:GBR"}, nil},
		{"a treaty named with 'establishing'",
			"Mali and Niger signed the Treaty establishing the Sahel Customs Area on 6 July.",
			[]string{"SIGNED state:MLI agr:treaty-establishing-the-sahel-customs-area"}, nil},
		{"a hyphenated pair of states before 'Alliance' is their alliance",
			"The ministers said the Japan-Philippines Alliance is strong.",
			[]string{"ALLY_OF state:JPN state:PHL"}, nil},
		{"a host's verb without a guest states no meeting",
			"President Marta Kask and Prime Minister Janis Ozols welcomed the new partnership.",
			nil, []string{"MET_WITH person:janis-ozols person:marta-kask"}},
		{"a host's verb with a guest is a meeting",
			"President Marta Kask welcomed Prime Minister Janis Ozols in Riga.",
			[]string{"MET_WITH person:janis-ozols person:marta-kask"}, nil},
		{"a state's force acts for its state where only a state can",
			"During drills around Taiwan that China announced, the People's Liberation Army launched ballistic missiles.",
			[]string{"LAUNCHED state:CHN weapon:ballistic-missile"}, nil},
		{"a force named with its state",
			"China denied it, but the China Coast Guard attacked the Philippines near the shoal.",
			[]string{"ATTACKED state:CHN state:PHL"}, nil},
		{"a department seated in a state is no attacker",
			"The State Department said the treaty covers attacks in the South China Sea.",
			nil, []string{"ATTACKED state:USA place:south-china-sea"}},
		{"'with the support of' names the helpers of the clause's subject",
			"The United States struck Yemen with the support of Australia and Canada.",
			[]string{"SUPPORTS state:AUS state:USA", "SUPPORTS state:CAN state:USA"},
			[]string{"SUPPORTS state:YEM state:AUS", "SUPPORTS state:YEM state:CAN"}},
		{"a definite event as subject: the helpers support its doers",
			"The United States and Britain struck targets in Yemen on Monday. The strikes were conducted with the support of Bahrain and Canada.",
			[]string{"SUPPORTS state:BHR state:USA", "SUPPORTS state:BHR state:GBR"}, nil},
		{"'his' before a visit is the person just named, not the host",
			"President Marta Kask welcomed Prime Minister Janis Ozols on his first visit to Washington.",
			[]string{"VISITED person:janis-ozols place:washington"},
			[]string{"VISITED person:marta-kask place:washington"}},
		{"a commitment of a state to the defence of another",
			"The minister underscored the commitment of Japan to the defence of the Philippines.",
			[]string{"SUPPORTS state:JPN state:PHL"}, nil},
		{"the state of an apposition's office is no subject; listed heads are",
			"Captain Ibrahim Traore, President of Burkina Faso, and Colonel Assimi Goita, President of the Transition of the Republic of Mali, arrived in Niamey on 5 July.",
			[]string{"VISITED person:assimi-goita place:niamey", "VISITED person:ibrahim-traore place:niamey"},
			[]string{"VISITED state:MLI place:niamey", "VISITED state:BFA place:niamey"}},
		{"an apposition holding a person's name keeps that name as the subject",
			"The talks were tense, Ambassador Lina Berg, the envoy, arrived in Geneva.",
			[]string{"VISITED person:lina-berg"}, nil},
		{"a relative clause's date is its own event's",
			"Mali signed the Bamako Accord, which replaced the Algiers Accord concluded in June 2015.",
			nil, nil},
	})
}

// TestRelativeClauseDates: a date in a relative clause after the trigger's clause dates that
// clause's event, unless an aspectual verb opens the clause.
func TestRelativeClauseDates(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct{ name, text, key, date string }{
		{"the relative clause's own event",
			"Mali signed the Bamako Accord, which replaced the Algiers Accord concluded in June 2015.",
			"SIGNED state:MLI agr:bamako-accord", ""},
		{"an aspectual verb goes on with the antecedent event",
			"Moscow's deliveries of S-400 systems to New Delhi, which began in December 2021, continue.",
			"SUPPLIED state:RUS state:IND", "2021-12"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc, err := x.Extract(context.Background(), Meta{ID: "t", Published: "2024-06-01"}, c.text)
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range doc.Relations {
				if relKey(r) == c.key {
					if got := strings.Join(r.Dates, ","); got != c.date {
						t.Errorf("%s: dates %q, want %q", c.key, got, c.date)
					}
					return
				}
			}
			t.Errorf("no %s in %+v", c.key, doc.Relations)
		})
	}
}

// TestCourtesyCalls: a call paid on someone is a meeting with them, in any tense; a call on a
// state or a city is none, nor is calling on someone to act. Sentences of our own.
func TestCourtesyCalls(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"a courtesy call in the past tense",
			"Defence Minister Richard Marles paid a courtesy call on President Joko Widodo.",
			[]string{"MET_WITH person:joko-widodo person:richard-marles"}, nil},
		{"a farewell call in the present tense",
			"Ambassador Rahm Emanuel pays a farewell call on Prime Minister Fumio Kishida today.",
			[]string{"MET_WITH person:fumio-kishida person:rahm-emanuel"}, nil},
		{"a call made on a minister",
			"Foreign Minister Penny Wong made a call on Foreign Minister Retno Marsudi in Jakarta.",
			[]string{"MET_WITH person:penny-wong person:retno-marsudi"}, nil},
		{"calling on someone to act is no meeting",
			"President Joe Biden called on President Xi Jinping to restrain Pyongyang.",
			nil, []string{"MET_WITH person:joe-biden person:xi-jinping"}},
	})
}

// TestReadoutAppositions: readouts name each participant with the office in apposition ("Mr.
// X, Minister of Y, and Ms. Z, Minister of W,"); the list goes on past each office, on both
// sides of a meeting. Sentences of our own.
func TestReadoutAppositions(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"offices in apposition on the guests' side",
			"Foreign Minister Penny Wong held talks with Mr. Antony Blinken, Secretary of State, and Mr. Lloyd Austin, Secretary of Defense.",
			[]string{"MET_WITH person:antony-blinken person:penny-wong", "MET_WITH person:lloyd-austin person:penny-wong"}, nil},
		{"offices in apposition on the hosts' side",
			"Ms. Penny Wong, Minister for Foreign Affairs, and Mr. Richard Marles, Minister for Defence, met Secretary Antony Blinken.",
			[]string{"MET_WITH person:antony-blinken person:penny-wong", "MET_WITH person:antony-blinken person:richard-marles"}, nil},
		{"a relative clause after the listed hosts",
			"Ms. Penny Wong, Minister for Foreign Affairs, and Mr. Richard Marles, Minister for Defence, who are visiting Tokyo, met Mr. Kishida Fumio.",
			[]string{"MET_WITH person:fumio-kishida person:penny-wong", "MET_WITH person:fumio-kishida person:richard-marles",
				"VISITED person:penny-wong place:tokyo", "VISITED person:richard-marles place:tokyo"}, nil},
		{"a short parenthesis between the meeting and its other side",
			"Foreign Minister Penny Wong held the Ministerial Meeting (\"2+2\") in Tokyo with Mr. Kishida Fumio.",
			[]string{"MET_WITH person:fumio-kishida person:penny-wong"}, nil},
		{"a person in the apposition is no office: the list ends",
			"Secretary Antony Blinken met Mr. Wang Yi, whom Xi Jinping had sent, and said little.",
			[]string{"MET_WITH person:antony-blinken person:wang-yi"}, []string{"MET_WITH person:antony-blinken person:xi-jinping"}},
	})
}
