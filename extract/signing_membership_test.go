package extract

import "testing"

// TestSigningFamilies covers how texts tie a signer to an agreement they name only later
// (learned from the misses of testdata/heldout5 and the sets before it): sentences of our
// own, with near misses the rules must leave alone.
func TestSigningFamilies(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		{"a signed treaty the next sentence names",
			"Latvian President Edgars Rinkevics and Estonian Prime Minister Kristen Michal signed a treaty on Tuesday in Riga. The Baltic Energy Security Treaty commits both states to share reserves.",
			[]string{"SIGNED person:edgars-rinkevics agr:baltic-energy-security-treaty", "SIGNED person:kristen-michal agr:baltic-energy-security-treaty"}, nil},
		{"states that inked a pact named two sentences on",
			"Chile and Peru inked a pact on fisheries last week. Officials in Lima welcomed the step. The Pacific Fisheries Accord takes effect in July.",
			[]string{"SIGNED state:CHL agr:pacific-fisheries-accord", "SIGNED state:PER agr:pacific-fisheries-accord"}, nil},
		{"putting names to an agreement in the perfect",
			"Norway and Iceland have put their names to an agreement on Arctic patrols. The Reykjavik Agreement was drafted in 2023.",
			[]string{"SIGNED state:NOR agr:reykjavik-agreement", "SIGNED state:ISL agr:reykjavik-agreement"}, nil},
		{"an agreement named three sentences later is another text's",
			"Chile and Peru signed an agreement on Monday. Lima praised it. Santiago said little. Trade officials met. The Andean Trade Accord was discussed.",
			nil, []string{"SIGNED state:CHL agr:andean-trade-accord", "SIGNED state:PER agr:andean-trade-accord"}},
		{"'the two countries' of a readout are the states of the two ministers named before, across a paragraph",
			"Minister of Foreign Affairs of the Republic of Chile Javiera Soto received Minister of Foreign Affairs of the Republic of Peru Elmer Schialer.\n\nThe ministers reviewed the Pacific Fisheries Accord signed by the presidents of the two countries in March.",
			[]string{"SIGNED state:CHL agr:pacific-fisheries-accord", "SIGNED state:PER agr:pacific-fisheries-accord"}, nil},
		{"'both countries' after a sentence naming a host as well names no parties",
			"Minister Javiera Soto thanked the President and Foreign Minister of Brazil Mauro Vieira for hosting the talks with Minister of Foreign Affairs of the Republic of Peru Elmer Schialer.\n\nThey reviewed the Pacific Fisheries Accord, which both countries signed in March.",
			nil, []string{"SIGNED state:BRA agr:pacific-fisheries-accord"}},
		{"a 'with' party introduced by a demonym and a title",
			"Estonian Foreign Minister Margus Tsahkna signed the Tallinn Cyber Accord with Finnish Foreign Minister Elina Valtonen on Monday.",
			[]string{"SIGNED person:margus-tsahkna agr:tallinn-cyber-accord", "SIGNED person:elina-valtonen agr:tallinn-cyber-accord"}, nil},
		{"a capitalised phrase after 'with' that is no person is no party",
			"Foreign Minister Margus Tsahkna signed the Tallinn Cyber Accord with Great Fanfare on Monday.",
			[]string{"SIGNED person:margus-tsahkna agr:tallinn-cyber-accord"}, nil},
		{"a treaty that is only discussed is signed by nobody",
			"Chile and Peru discussed a treaty on Monday. The Pacific Fisheries Accord is still in draft.",
			nil, []string{"SIGNED state:CHL agr:pacific-fisheries-accord", "SIGNED state:PER agr:pacific-fisheries-accord"}},
	})
}

// TestTitledCoordinatedSubjects: a list member introduced by a lower-case office ("North
// Korean leader Kim Jong Un") stays in the list of subjects or objects.
func TestTitledCoordinatedSubjects(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		{"a second subject with a demonym and a lower-case role",
			"Russian President Vladimir Putin and North Korean leader Kim Jong Un condemned Japan on Wednesday.",
			[]string{"CONDEMNED person:vladimir-putin state:JPN", "CONDEMNED person:kim-jong-un state:JPN"}, nil},
		{"a lower-case role after the conjunction in a list of objects",
			"Marco Rubio held talks with Narendra Modi and foreign minister Subrahmanyam Jaishankar in New Delhi.",
			[]string{"MET_WITH person:marco-rubio person:narendra-modi", "MET_WITH person:marco-rubio person:subrahmanyam-jaishankar"}, nil},
		{"a role that ends a clause joins nobody",
			"Vladimir Putin named the envoy and the leader welcomed Kim Jong Un on Wednesday.",
			nil, []string{"MET_WITH person:vladimir-putin person:kim-jong-un"}},
	})
}

// TestFrontedPrepositionMembership: a relative clause opened by the membership noun's
// preposition ("NATO, of which Finland is a member") has the name before its comma as the
// body.
func TestFrontedPrepositionMembership(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		{"became a full member, past tense",
			"Ministers met at the Shanghai Cooperation Organisation, of which Iran became a full member in July 2023.",
			[]string{"MEMBER_OF state:IRN inst:sco asserted/fact"}, nil},
		{"present copula with an adverb",
			"Officials in Oslo discussed NATO, of which Finland is now a member.",
			[]string{"MEMBER_OF state:FIN inst:nato asserted/fact"}, nil},
		{"a longer member noun",
			"The summit praised NATO, of which Sweden is the newest member state.",
			[]string{"MEMBER_OF state:SWE inst:nato"}, nil},
		{"negated",
			"The summit praised NATO, of which Austria is not a member.",
			[]string{"MEMBER_OF state:AUT inst:nato denied/fact"}, nil},
		{"founding named as a noun, with 'by' founders",
			"Officials recalled the establishment of the Alliance of Sahel States by Mali, Burkina Faso and Niger in 2023.",
			[]string{"MEMBER_OF state:MLI inst:aes", "MEMBER_OF state:BFA inst:aes", "MEMBER_OF state:NER inst:aes"}, nil},
		{"founding named as a noun, with a possessive founder",
			"Mali's founding of the Alliance of Sahel States angered its neighbours.",
			[]string{"MEMBER_OF state:MLI inst:aes"}, nil},
		{"the creation of an unnamed body names no membership",
			"Mali announced the creation of a joint force with Niger.",
			nil, []string{"MEMBER_OF state:MLI state:NER", "MEMBER_OF state:NER state:MLI"}},
		{"a member named after a later comma is in another clause",
			"The summit praised NATO, of which the minister spoke at length, and Ireland is a member of the EU.",
			nil, []string{"MEMBER_OF state:IRL inst:nato"}},
	})
}

// TestCoordinatedOffices: an apposition holding two offices joined by "and", each with its
// state or body after "of" ("President of the State Affairs of the Democratic People's
// Republic of Korea"), names both; a state's own Security Council is its body.
func TestCoordinatedOffices(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		{"a party office and a state office whose state's name holds a possessive",
			"Kim Jong Un, General Secretary of the Workers' Party of Korea and President of the State Affairs of the Democratic People's Republic of Korea, received the delegation.",
			[]string{"OFFICIAL_OF person:kim-jong-un inst:wpk", "OFFICIAL_OF person:kim-jong-un state:PRK"}, nil},
		{"a state office and the chair of a body",
			"The summit thanked Bola Ahmed Tinubu, President of the Federal Republic of Nigeria and Chairperson of the ECOWAS Authority of Heads of State and Government, for his efforts.",
			[]string{"OFFICIAL_OF person:bola-ahmed-tinubu state:NGA", "OFFICIAL_OF person:bola-ahmed-tinubu inst:ecowas-authority"}, nil},
		{"a state's name opening an apposition's role: the seat of government",
			"Dmitry Peskov, the Kremlin spokesman, said on Monday that the talks went well.",
			[]string{"OFFICIAL_OF person:dmitry-peskov state:RUS"}, nil},
		{"a state's short name opening an apposition's role",
			"Linda Thomas-Greenfield, the U.S. ambassador, condemned the vote.",
			[]string{"OFFICIAL_OF person:linda-thomas-greenfield state:USA"}, nil},
		{"a state before a role whose own of-complement names the employer is the portfolio",
			"Anna Berg, the Ukraine envoy of the European Union, spoke.",
			[]string{"OFFICIAL_OF person:anna-berg inst:eu"}, []string{"OFFICIAL_OF person:anna-berg state:UKR"}},
		{"an article-less office between two names describes the first",
			"Conveying the greetings of Vladimir Putin, President of the Russian Federation, Sergei Shoigu thanked the hosts.",
			[]string{"OFFICIAL_OF person:vladimir-putin state:RUS"}, []string{"OFFICIAL_OF person:sergei-shoigu state:RUS"}},
		{"the same between two names in a list of members",
			"The talks joined Emmanuel Macron, President of the French Republic, Olaf Scholz and others.",
			[]string{"OFFICIAL_OF person:emmanuel-macron state:FRA"}, []string{"OFFICIAL_OF person:olaf-scholz state:FRA"}},
		{"with an article the office introduces the next name",
			"We, Antony Blinken, and the Minister of Foreign Affairs of Japan, Kamikawa Yoko, condemn the launch.",
			[]string{"OFFICIAL_OF person:kamikawa-yoko state:JPN"}, []string{"OFFICIAL_OF person:antony-blinken state:JPN"}},
		{"a role ending an opening phrase is not the office of the main clause's subject",
			"Speaking to reporters after talks with the Chinese ambassador, Alexander Lukashenko said Belarus was ready.",
			nil, []string{"OFFICIAL_OF person:alexander-lukashenko state:CHN"}},
		{"a name closed by a comma after such a role is its apposition",
			"On Monday he met with the Russian ambassador, Alexei Polishchuk, in Kyiv.",
			[]string{"OFFICIAL_OF person:alexei-polishchuk state:RUS"}, nil},
		{"speaking for a state in the opening phrase still names the subject's state",
			"Speaking for the Russian Federation, Vassily Nebenzia said the vote was wrong.",
			[]string{"OFFICIAL_OF person:vassily-nebenzia state:RUS"}, nil},
		{"a plural role's list of states, each with its holder",
			"Explaining their votes, the representatives of Brazil, Ronaldo Costa Filho, and Mexico, Juan Ramon de la Fuente, expressed concern.",
			[]string{"OFFICIAL_OF person:ronaldo-costa-filho state:BRA"}, []string{"OFFICIAL_OF person:ronaldo-costa-filho state:MEX"}},
		{"the holder's apposition after the plural role leaves the subject to the list",
			"The representatives of France, Nicolas de Riviere, condemned Russia.",
			[]string{"OFFICIAL_OF person:nicolas-de-riviere state:FRA", "CONDEMNED person:nicolas-de-riviere state:RUS"}, nil},
		{"a state in a prepositional phrase before a name is no office",
			"After talks with France, Nicolas de Riviere spoke to reporters.",
			nil, []string{"OFFICIAL_OF person:nicolas-de-riviere state:FRA"}},
		{"a possessive pronoun's state before a role in apposition",
			"Norway welcomed the vote; its ambassador, Mona Juul, said the text was balanced.",
			[]string{"OFFICIAL_OF person:mona-juul state:NOR"}, nil},
		{"a possessive pronoun resolved to a body is left alone",
			"The council adjourned, and its chair, Mona Juul, said the text was balanced.",
			nil, []string{"OFFICIAL_OF person:mona-juul inst:unsc"}},
		{"'whose' + role set off by commas before the holder",
			"The talks were brokered by Qatar, whose emir, Tamim bin Hamad Al Thani, sent an envoy.",
			[]string{"OFFICIAL_OF person:tamim-bin-hamad-al-thani state:QAT"}, nil},
		{"'and whose' continuing a relative clause on the state",
			"We thank Estonia, which joined the Alliance in 2004, and whose Prime Minister, Kristen Michal, is here.",
			[]string{"OFFICIAL_OF person:kristen-michal state:EST"}, nil},
		{"'whose' + a noun that is no role names no office",
			"We thank Estonia, whose support, Kristen Michal said, matters.",
			nil, []string{"OFFICIAL_OF person:kristen-michal state:EST"}},
		{"a demonym before the first of two coordinated titles serves both",
			"Japanese Foreign Minister Yoko Kamikawa and Defence Minister Minoru Kihara arrived in Manila on Monday.",
			[]string{"OFFICIAL_OF person:yoko-kamikawa state:JPN", "OFFICIAL_OF person:minoru-kihara state:JPN"}, nil},
		{"a possessive does too",
			"France's President Emmanuel Macron and Foreign Minister Jean-Noel Barrot visited Kyiv.",
			[]string{"OFFICIAL_OF person:jean-noel-barrot state:FRA"}, nil},
		{"not for a second person the gazetteer ties to another state",
			"Russian President Vladimir Putin and Foreign Minister Wang Yi met in Moscow.",
			nil, []string{"OFFICIAL_OF person:wang-yi state:RUS"}},
		{"the secretary of a state's Security Council",
			"Sergei Shoigu, secretary of the Security Council of the Russian Federation, arrived in Pyongyang on Tuesday.",
			[]string{"OFFICIAL_OF person:sergei-shoigu inst:russia-security-council"}, []string{"OFFICIAL_OF person:sergei-shoigu inst:unsc"}},
		{"'the Security Council' alone after a state's one is still the UN's",
			"Sergei Shoigu, secretary of the Security Council of the Russian Federation, arrived in Pyongyang. Russia vetoed a Security Council resolution on Friday.",
			[]string{"VETOED state:RUS inst:unsc"}, nil},
	})
}

// TestUnderSanctions: being subject to or under someone's sanctions is their sanctioning,
// also in a relative clause after "(ACRONYM),".
func TestUnderSanctions(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		{"a relative clause after an acronym, with an adverb",
			"Treasury designated the Korea Ryonbong General Corporation (KRGC), which is already subject to sanctions by the UN Security Council and the European Union.",
			[]string{"SANCTIONED inst:unsc inst:korea-ryonbong-general-corporation", "SANCTIONED inst:eu inst:korea-ryonbong-general-corporation"}, nil},
		{"present tense, 'faces sanctions from'",
			"Iran Air faces sanctions from Britain and Canada.",
			[]string{"SANCTIONED state:GBR inst:iran-air", "SANCTIONED state:CAN inst:iran-air"}, nil},
		{"a relative after a plain name",
			"Officials named Iran Air, which has been under sanctions imposed by Britain since 2024.",
			[]string{"SANCTIONED state:GBR inst:iran-air"}, nil},
		{"a date between a list verb and its counted object leaves the object's modifiers untargeted",
			"The United States sanctioned on Wednesday seven companies in China and Iran that it accused of procuring drone parts.",
			nil, []string{"SANCTIONED state:USA state:IRN", "SANCTIONED state:USA state:CHN"}},
		{"the same date before a named object still targets it",
			"The United States sanctioned on Wednesday Iran and seven companies in China.",
			[]string{"SANCTIONED state:USA state:IRN"}, nil},
		{"a review of sanctions is no sanction",
			"Iran Air is subject to a sanctions review by Britain.",
			nil, []string{"SANCTIONED state:GBR inst:iran-air"}},
	})
}

// TestWithdrawingForces: withdrawing troops from a place ends their deployment there (denied,
// as a withdrawal from a body ends a membership); without troops nothing is deployed.
func TestWithdrawingForces(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		{"the noun with a demonym on the troops; a withdrawal called for ends nothing yet (h44dep, as gold)",
			"The ministers called for the immediate withdrawal of Israeli forces from Syrian territory.",
			[]string{"DEPLOYED state:ISR state:SYR asserted/fact"}, nil},
		{"the verb in the past",
			"France withdrew its last troops from Mali in August 2022.",
			[]string{"DEPLOYED state:FRA state:MLI denied/fact"}, nil},
		{"the verb in the future, speculative",
			"Germany will withdraw its soldiers from Niger by August.",
			[]string{"DEPLOYED state:DEU state:NER denied"}, nil},
		{"a withdrawal from a body deploys nothing",
			"Mali announced its withdrawal from ECOWAS.",
			[]string{"MEMBER_OF state:MLI inst:ecowas denied/fact"}, []string{"DEPLOYED state:MLI inst:ecowas"}},
		{"troops present somewhere are deployed there",
			"The presence of Russian troops in Mali has grown since 2022.",
			[]string{"DEPLOYED state:RUS state:MLI asserted/fact"}, nil},
		{"present on a possessive's territory",
			"Seoul asked Moscow to explain the presence of North Korean soldiers on its territory.",
			[]string{"DEPLOYED state:PRK state:RUS"}, nil},
		{"firms present somewhere deploy nothing",
			"The presence of Chinese firms in Africa worries Paris.",
			nil, []string{"DEPLOYED state:CHN place:africa"}},
		{"withdrawing diplomats deploys nothing",
			"Russia withdrew its diplomats from Kyiv.",
			nil, []string{"DEPLOYED state:RUS place:kyiv"}},
	})
}
