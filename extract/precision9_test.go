package extract

import "testing"

// TestPrecisionRound9 covers false relations found on heldout10 and heldout11 (and the older
// sets) in the ninth round, one class at a time: sentences of our own in the family of the
// false reading, each beside a true reading of the same family that must still fire.
func TestPrecisionRound9(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		// A named warship is a force, not cargo: "aircraft" inside "aircraft carrier" and the
		// vessel's own name after it are no goods, so the move is a deployment only.
		{"an aircraft carrier sent to a place is deployed, not supplied",
			"Beijing dispatched the aircraft carrier Fujian to waters near the Philippines.",
			nil, []string{"SUPPLIED state:CHN state:PHL"}},
		{"a carrier named after the class noun ships nothing",
			"France sent the aircraft carrier Charles de Gaulle to Cyprus in March.",
			[]string{"DEPLOYED state:FRA state:CYP"}, []string{"SUPPLIED state:FRA state:CYP"}},
		{"aircraft sent are still supplied",
			"Norway sent six aircraft to Ukraine last year.",
			[]string{"SUPPLIED state:NOR state:UKR"}, nil},
		{"a carrier and jets: the jets are still supplied",
			"The United States sent an aircraft carrier and fighter jets to Israel.",
			[]string{"DEPLOYED state:USA state:ISR", "SUPPLIED state:USA state:ISR"}, nil},
		// Delivering a strike is striking: the light verb and its strike noun are one trigger,
		// so the missiles of "a strike with missiles" go nowhere as cargo.
		{"a group strike delivered on a state attacks it",
			"Russian forces delivered a group strike with Kalibr missiles on Ukraine overnight.",
			[]string{"ATTACKED state:RUS state:UKR"}, []string{"SUPPLIED state:RUS state:UKR"}},
		{"strikes delivered against a city attack it",
			"Israel has delivered massive strikes against Beirut since Monday.",
			[]string{"ATTACKED state:ISR place:beirut"}, nil},
		{"a strike dealt on a region attacks it",
			"The Ukrainian army dealt a powerful strike on Crimea on Sunday.",
			[]string{"ATTACKED state:UKR place:crimea"}, nil},
		{"missiles delivered to a state are still supplied",
			"Iran delivered ballistic missiles to Russia in September.",
			[]string{"SUPPLIED state:IRN state:RUS"}, nil},
		// A preposition stranded at the end of a relative clause on a common noun ("the
		// diplomats we talked to,") has that noun as its object: the names of the main
		// clause did not meet each other.
		{"a stranded 'spoke to' after a common noun pairs no names",
			"The pact that Xi Jinping and Vladimir Putin sealed in May is, according to several diplomats we spoke to, mostly symbolic.",
			nil, []string{"MET_WITH person:vladimir-putin person:xi-jinping"}},
		{"a stranded 'met with' at the end of the sentence pairs no names",
			"Emmanuel Macron and Olaf Scholz praised the envoys they met with.",
			nil, []string{"MET_WITH person:emmanuel-macron person:olaf-scholz"}},
		{"two leaders who talked to each other still met",
			"Emmanuel Macron and Olaf Scholz spoke by phone on Tuesday.",
			[]string{"MET_WITH person:emmanuel-macron person:olaf-scholz"}, nil},
		{"a named antecedent of a stranded 'spoke with' still meets the subject",
			"Narendra Modi, who Xi Jinping spoke with on Monday, flew home.",
			[]string{"MET_WITH person:narendra-modi person:xi-jinping"}, nil},
		// A participle set off by a comma before "by" is a passive: the names before it did
		// not do it to the names after the parenthesis.
		{"', supported by partners,' relates the subject to nobody after",
			"French and German troops, supported by allied partners, conducted raids against Wagner positions in Libya.",
			nil, []string{"SUPPORTS state:FRA inst:wagner-group", "SUPPORTS state:DEU inst:wagner-group"}},
		{"', helped by volunteers,' is no help of the subject to the object",
			"Polish and Czech units, helped by local volunteers, evacuated civilians from Ukraine.",
			nil, []string{"SUPPORTS state:POL state:UKR", "SUPPORTS state:CZE state:UKR"}},
		{"', aided by partners,' is no aid to a place named later",
			"British and Dutch warships, aided by allied partners, escorted ships past Yemen.",
			nil, []string{"SUPPORTS state:GBR state:YEM", "SUPPORTS state:NLD state:YEM"}},
		{"a named agent after ', backed by' still backs the name before",
			"Mali, backed by Russia, expelled the French ambassador.",
			[]string{"SUPPORTS state:RUS state:MLI"}, nil},
		{"an active verb after a subject and a comma still acts",
			"Japan, in a statement on Monday, condemned the launch by North Korea.",
			[]string{"CONDEMNED state:JPN state:PRK"}, nil},
		// The act a draft proposes ("a text on new sanctions") is not done by whoever votes
		// on, vetoes or drafts the text.
		{"a vetoed text on sanctions sanctions nobody",
			"Last year Russia and China vetoed a text on tougher sanctions against Myanmar.",
			nil, []string{"SANCTIONED state:RUS state:MMR", "SANCTIONED state:CHN state:MMR"}},
		{"a blocked draft resolution about sanctions sanctions nobody",
			"Moscow blocked a draft resolution about targeted sanctions on Mali in August.",
			nil, []string{"SANCTIONED state:RUS state:MLI"}},
		{"sanctions announced by a state still have it as source",
			"In June Japan announced new sanctions against Myanmar.",
			[]string{"SANCTIONED state:JPN state:MMR"}, nil},
		{"a state's sanctions after a draft it did not vote on are still its own",
			"After the vote on the draft, Canada imposed sanctions on Myanmar.",
			[]string{"SANCTIONED state:CAN state:MMR"}, nil},
		// "to" and a bare verb after a pair noun open the partners' own act: its object is
		// no partner of anyone.
		{"allies called on to pressure a state are not its allies",
			"Poland called on allies to pressure Belarus over the border crisis.",
			nil, []string{"ALLY_OF state:BLR state:POL"}},
		{"partners asked to sanction a state are not its partners",
			"Kyiv asked partners to sanction Iran.",
			nil, []string{"ALLY_OF state:IRN state:UKR"}},
		{"allies urged to arm a state are not the urger's tie to it",
			"Japan urged allies to arm Ukraine.",
			nil, []string{"ALLY_OF state:JPN state:UKR"}},
		{"an alliance commitment to both states still allies them",
			"Washington reaffirmed its alliance commitments to both Japan and South Korea.",
			[]string{"ALLY_OF state:JPN state:USA", "ALLY_OF state:KOR state:USA"}, nil},
		{"an ally to a named state is still its ally",
			"Belarus remains the closest ally to Russia.",
			[]string{"ALLY_OF state:BLR state:RUS"}, nil},
		// Troops that travel somewhere are deployed there: a journey verb with a troop
		// subject is no visit of their state.
		{"troops that go to a state are deployed, not visiting",
			"Officials say Chinese troops went to Belarus in July for joint drills.",
			[]string{"DEPLOYED state:CHN state:BLR"}, []string{"VISITED state:CHN state:BLR"}},
		{"soldiers that headed to a country are deployed",
			"Hundreds of Russian soldiers headed to Mali last spring.",
			[]string{"DEPLOYED state:RUS state:MLI"}, []string{"VISITED state:RUS state:MLI"}},
		{"a leader who travelled to a capital still visited it",
			"Vladimir Putin travelled to Pyongyang in June.",
			[]string{"VISITED person:vladimir-putin place:pyongyang"}, nil},
		// The object of an object-control verb ("asked members to ...") does the infinitive's
		// act; a plain noun there names no doer, and the asker is none.
		{"partners urged to send tanks: the urger sends none",
			"Poland urged partners to send tanks to Ukraine.",
			nil, []string{"SUPPLIED state:POL state:UKR", "ALLY_OF state:POL state:UKR"}},
		{"allies asked to condemn: the asker condemns nobody",
			"The Lithuanian president asked allies to condemn Belarus.",
			nil, []string{"CONDEMNED state:LTU state:BLR", "ALLY_OF state:BLR state:LTU"}},
		{"members asked to stand with a state: the asker is no supporter",
			"Kyiv asked the members to stand with Moldova.",
			nil, []string{"SUPPORTS state:UKR state:MDA"}},
		{"a named object of 'urged' still acts",
			"Poland urged Germany to send tanks to Ukraine.",
			[]string{"SUPPLIED state:DEU state:UKR"}, []string{"SUPPLIED state:POL state:UKR"}},
		{"a subject with its own infinitive still acts",
			"Japan decided to send tanks to Poland.",
			[]string{"SUPPLIED state:JPN state:POL"}, nil},
		// The head of an apposition is the subject also when its short form in brackets
		// stands before the comma: the state named inside the apposition is not.
		{"a bracketed short form before the apposition keeps the head as subject",
			"The Republic of Korea (ROK), a U.S. treaty ally, has sanctioned Russia.",
			[]string{"SANCTIONED state:KOR state:RUS"}, []string{"SANCTIONED state:USA state:RUS"}},
		{"a bracketed alias list before the apposition keeps the head as subject",
			"The Kingdom of the Netherlands (the Netherlands, or Holland), a NATO ally, has supplied F-16 jets to Ukraine.",
			[]string{"SUPPLIED state:NLD state:UKR"}, nil},
		{"a head without brackets is still the subject",
			"South Korea, a U.S. treaty ally, has sanctioned Russia.",
			[]string{"SANCTIONED state:KOR state:RUS"}, []string{"SANCTIONED state:USA state:RUS"}},
		// Help a person thanks for went to his state; when the gazetteer knows no state of
		// the person, he is no target.
		{"an anaphor for a person of no known state thanking for help is no target",
			"Prime Minister Alar Kask met the Norwegian envoy in Tallinn. The Prime Minister thanked Norway for its generous support.",
			nil, []string{"SUPPORTS state:NOR person:alar-kask"}},
		{"a state thanking for support is still helped",
			"Israel thanked the United States for its support.",
			[]string{"SUPPORTS state:USA state:ISR"}, nil},
		{"a state thanking for steady backing is still helped",
			"Mali thanked Russia for its steady backing.",
			[]string{"SUPPORTS state:RUS state:MLI"}, nil},
		// A veto of an unnamed draft that would have kept a named body's mandate alive
		// affects that body; the Council that would have adopted the draft is named only when
		// the sentence names it ("a Security Council resolution").
		{"an unnamed draft renewing a panel's mandate vetoes the panel, not the Council",
			"The Security Council met on Friday. Moscow vetoed a draft resolution that would have extended the mandate of the UN Panel of Experts.",
			[]string{"VETOED state:RUS inst:un-panel-of-experts"}, []string{"VETOED state:RUS inst:unsc"}},
		{"an unnamed draft with no mandate still vetoes the Council's text",
			"The Security Council met on Friday. Russia vetoed a draft resolution on Ukraine.",
			[]string{"VETOED state:RUS inst:unsc"}, nil},
		// A verb of naming inside a free relative ("for what they called a breach of X") names
		// the outer verb's object; the thing after "of" is not blamed.
		{"'what they called a breach of' a body's rules blames no body",
			"The Security Council met on Monday. Canada and Norway criticised Russia for what they called a violation of Security Council resolutions.",
			[]string{"CONDEMNED state:CAN state:RUS", "CONDEMNED state:NOR state:RUS"}, []string{"CONDEMNED state:RUS inst:unsc", "CONDEMNED state:CAN inst:unsc"}},
		{"'what he described as the threat from' still blames the named doers",
			"Lavrov spoke in Minsk on Friday about what he described as the threat from Poland and Lithuania.",
			[]string{"CONDEMNED person:sergey-lavrov state:POL"}, nil},
	})
}
