package extract

import "testing"

// TestR30Names covers round 30's person names written with the family name in capitals, as
// Japanese, Korean and UN documents and designation lists write them, in sentences of our own.
func TestR30Names(t *testing.T) {
	checkEntities(t, []entCase{
		// After an honorific the family name in capitals takes all its given names.
		{"honorific, hyphenated given name",
			"On Tuesday, Mr. PARK Min-seok, Vice Minister of Unification, received the delegation in Seoul.",
			[]string{"person:park-min-seok|PARK Min-seok"}, []string{"person:park-min"}},
		{"two honorifics, hyphenated given name, object",
			"The Foreign Minister of Japan held talks with H.E. Mr. YOON Hae-jin, Ambassador of the Republic of Korea.",
			[]string{"person:yoon-hae-jin|YOON Hae-jin"}, []string{"person:yoon-hae"}},
		{"honorific, two given words",
			"Ms. HONG Sun Ok, Vice Minister, attended the meeting in Geneva.",
			[]string{"person:hong-sun-ok|HONG Sun Ok"}, nil},
		{"honorific, one given word stays as it was",
			"Ms. TAKEDA Haruka, State Minister for Foreign Affairs, visited Manila.",
			[]string{"person:takeda-haruka|TAKEDA Haruka"}, nil},
		{"near miss: a role after the given name stays out",
			"Mr. ONO Kenta Minister for Defense arrived on Monday.",
			[]string{"person:ono-kenta|ONO Kenta"}, []string{"person:ono-kenta-minister"}},
		// A listing's given names before the family name in capitals.
		{"entry line, given names first, born",
			"Designations\n\n3. Pavel Igorevich SAMSONOV, born 1975, Vladivostok, Russia; nationality Russia.",
			[]string{"person:pavel-igorevich-samsonov|Pavel Igorevich SAMSONOV"}, []string{"inst:samsonov"}},
		{"entry line, hyphenated family name, aside",
			"Individuals\n\n7. Hossein TAJ-ABADI (a.k.a. Hossein TAJABADI), born 1969, Iran.",
			[]string{"person:hossein-taj-abadi|Hossein TAJ-ABADI"}, nil},
		{"given names first, introduced by a role",
			"The list adds Oleg BARANOV, director of a freight company in Nakhodka.",
			[]string{"person:oleg-baranov|Oleg BARANOV"}, []string{"inst:baranov"}},
		{"near miss: an operation's name in capitals is no person",
			"Operation KESTREL, the Royal Navy's patrol, ended in May.",
			nil, []string{"person:operation-kestrel"}},
		{"near miss: an acronym after a name is no family name",
			"Pyongyang said on Friday that the KCNA report was accurate.",
			nil, []string{"person:pyongyang-kcna"}},
		// An entry line whose name a person's particulars follow, written in any case.
		{"entry line in capitals, DOB",
			"Individuals\n\n8. CHEN HAOYU, DOB 14 Feb 1980; nationality China; director of a trading firm.",
			[]string{"person:chen-haoyu|CHEN HAOYU"}, []string{"inst:chen-haoyu"}},
		{"entry line, family name in capitals, particulars in the next sentence",
			"Individuals\n\n2. PAK Jong Su. Position: Deputy Director of the Munitions Industry Department. Nationality: North Korean.",
			[]string{"person:pak-jong-su|PAK Jong Su"}, []string{"inst:pak"}},
		{"near miss: a firm's entry with an address names no person",
			"Entities\n\n5. ORIENT STAR SHIPPING COMPANY, Address: Nampo, DPRK.",
			nil, []string{"person:orient-star-shipping-company"}},
		{"near miss: a headline in capitals names no person",
			"NORTH KOREA FIRES MISSILES\n\nKCNA said on Friday that the launch was a success.",
			nil, []string{"person:north-korea-fires-missiles", "person:kcna"}},
		{"near miss: an acronym before a name keeps the name in ordinary case",
			"NATO Secretary General Mark Rutte met DPRK envoy Kim Song in New York.",
			[]string{"person:mark-rutte"}, []string{"person:nato-secretary-general-mark-rutte", "person:dprk-envoy-kim-song"}},
		{"near miss: a capitalised sentence start",
			"Seoul's KIM Sung-min declined to comment. Tokyo said nothing.",
			nil, []string{"person:seoul-kim-sung-min", "person:tokyo"}},
	})
}
