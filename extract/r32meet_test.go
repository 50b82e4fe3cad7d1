package extract

import "testing"

// TestR32Meet covers round 32's meetings, visits, offices and vetoes (heldout34 and
// heldout35 and the older sets): each construction with a near miss it must leave alone.
// The sentences are our own.
func TestR32Meet(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		// VETOED: a permanent member blocking new sanctions or measures blocks the Council's.
		{"permanent members that have blocked new sanctions, in a relative clause",
			"Moscow and Beijing, which have blocked new sanctions on Caracas since 2019, objected to the statement in the Security Council.",
			[]string{"VETOED state:RUS inst:unsc", "VETOED state:CHN inst:unsc"}, nil},
		{"blocking further measures in the council",
			"The Security Council met on Friday. France has blocked further measures in the council since then.",
			[]string{"VETOED state:FRA inst:unsc"}, nil},
		{"a state that is no permanent member blocks no Council measure",
			"Hungary blocked new sanctions on Moscow in the Security Council last year.",
			nil, []string{"VETOED state:HUN inst:unsc"}},
		{"blocking boats is no veto",
			"Chinese vessels blocked the resupply boats near the shoal, the Security Council was told.",
			nil, []string{"VETOED state:CHN inst:unsc"}},
		// OFFICIAL_OF: the leader of a party's delegation holds office for that party.
		{"a state's delegation led by a titled leader",
			"Its interim leader hosted a Turkish delegation led by Deputy Foreign Minister Ahmet Kaya in Bamako in March.",
			[]string{"OFFICIAL_OF person:ahmet-kaya state:TUR"}, nil},
		{"a body's delegation headed by an untitled leader, with a modifier",
			"A Kazakh military delegation headed by Nurlan Yermekbayev travelled to Minsk in June.",
			[]string{"OFFICIAL_OF person:nurlan-yermekbayev state:KAZ"}, nil},
		{"an assistant secretary leads a delegation",
			"A day later a Canadian delegation led by Assistant Secretary of State Laura Brenner visited Accra.",
			[]string{"OFFICIAL_OF person:laura-brenner state:CAN"}, nil},
		{"a title that names its own body keeps the leader there",
			"A Vietnamese delegation led by Politburo member Tran Van Son also attended.",
			nil, []string{"OFFICIAL_OF person:tran-van-son state:VNM"}},
		{"a delegation with no party named gives no office",
			"The delegation led by Pedro Alvarez arrived in Lima on Monday.",
			nil, []string{"OFFICIAL_OF person:pedro-alvarez state:PER"}},
		// VISITED and MET_WITH: a hosted delegation stands for its leader.
		{"a hosted delegation's leader visits the place",
			"Qatar hosted a Taliban delegation led by Abdul Ghani Baradar in Doha in 2021.",
			[]string{"VISITED person:abdul-ghani-baradar place:doha"}, nil},
		{"a hosted delegation's leader meets the host",
			"General Moussa Diallo hosted a Turkish delegation led by Deputy Foreign Minister Ahmet Kaya in Bamako in March.",
			[]string{"VISITED person:ahmet-kaya place:bamako", "MET_WITH person:ahmet-kaya person:moussa-diallo"}, nil},
		{"talks with a delegation, its leader after a comma, meet the leader",
			"Minister Lena Ortiz held talks with a Chilean delegation, led by Vice Minister Pablo Reyes, in Manila.",
			[]string{"MET_WITH person:lena-ortiz person:pablo-reyes"}, nil},
		{"talks with a delegation whose leader follows a lower-case phrase meet no one",
			"Minister Lena Ortiz held talks with a Chilean delegation led by the ministry's deputy, Pablo Reyes, in Manila.",
			nil, []string{"MET_WITH person:lena-ortiz person:pablo-reyes"}},
		{"a delegation whose leader follows a lower-case phrase is not reached",
			"Qatar hosted a Taliban delegation led by the movement's deputy, Abdul Ghani Baradar, in Doha.",
			nil, []string{"VISITED person:abdul-ghani-baradar place:qatar"}},
		// OFFICIAL_OF: "<body> and its <role>, <name>": the possessive's antecedent is the
		// conjunct right before it.
		{"a firm and its director",
			"The designations include the Kazakh firm Steppe Avionics LLC and its director, Marat Seitkali.",
			[]string{"OFFICIAL_OF person:marat-seitkali inst:steppe-avionics"}, nil},
		{"a possessive pronoun with no conjoined antecedent is left to the state rule",
			"Brazil, which sits on the council until next year, regretted the vote; its ambassador, Sergio Danese, said so.",
			nil, []string{"OFFICIAL_OF person:sergio-danese inst:unsc"}},
		// OFFICIAL_OF: an office taken ("took office as", "was sworn in as") is held.
		{"took office as a role of a state",
			"Mr. Aoun took office as President of Lebanon in January.",
			[]string{"OFFICIAL_OF person:aoun state:LBN"}, nil},
		{"a relative clause: who was sworn in as a state's role",
			"The talks were led by Nawaf Salam, who was sworn in as Lebanon's prime minister in February.",
			[]string{"OFFICIAL_OF person:nawaf-salam state:LBN"}, nil},
		{"taking office with no role of a named state or body gives none",
			"Tran Duc Minh took office as the ward chief in 2012, as Vietnam watched.",
			nil, []string{"OFFICIAL_OF person:tran-duc-minh state:VNM"}},
		// MET_WITH: a state's possessive, a capitalised title and the holder in apposition.
		{"talks with a state's titled official in apposition",
			"Minister Wong discussed the package with Kenya's Defence Secretary, Soipan Tuya, in a call on Tuesday.",
			[]string{"MET_WITH person:soipan-tuya person:wong"}, nil},
		{"a possessive title with no name after it pairs with no one",
			"Minister Wong met Kenya's Defence Secretary on Tuesday, and Soipan Tuya later said the talks went well.",
			nil, []string{"MET_WITH person:soipan-tuya person:wong"}},
	})
}
