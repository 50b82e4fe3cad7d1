package extract

import "testing"

// TestPrecisionFamilies covers the false relations found across every development set in the
// sixth round (readings that should not exist or had a wrong end): each case is a sentence
// of our own in the family, with the true reading of the same family that must still fire.
func TestPrecisionFamilies(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		// A host "receives" a person: a state in the guest's title supplies nothing.
		{"a host who receives a titled guest is supplied nothing",
			"Astana, May 3 -- Kassym-Jomart Tokayev, President of the Republic of Kazakhstan and honorary chairman of the Kazakh Oil and Gas Union, received Hakan Fidan, Minister of Foreign Affairs of Turkey, at the Akorda on Tuesday.",
			[]string{"OFFICIAL_OF person:hakan-fidan state:TUR"}, []string{"SUPPLIED state:TUR state:KAZ"}},
		{"goods received from a state are still supplied",
			"Armenia received artillery systems from India last year.",
			[]string{"SUPPLIED state:IND state:ARM"}, nil},
		{"goods received from a state after a named buyer are still supplied",
			"Baku has received Harop drones from Israel.",
			[]string{"SUPPLIED state:ISR state:AZE"}, nil},
		// A goods word inside a name ("Workers' Party", "Oil Union") is no goods in the clause.
		{"a goods word inside a body's name makes nothing supplied",
			"Armenia received an invitation from the Workers' Party of Korea.",
			nil, []string{"SUPPLIED inst:wpk state:ARM"}},
		{"goods named beside the body are still supplied",
			"Armenia received fuel from the Workers' Party of Korea.",
			[]string{"SUPPLIED inst:wpk state:ARM"}, nil},
		// "according to", "due to", "prior to" are no target's preposition.
		{"an attribution's name is no recipient of a shipment",
			"Ankara has been sending drones and spare parts, according to the Sudanese army.",
			nil, []string{"SUPPORTS state:TUR inst:sudan-army"}},
		{"a destination before the attribution counts, the attribution's body does not",
			"Egypt has reinforced its garrison in the Sinai, sending about 200 soldiers and armoured vehicles to El Arish, according to the Egyptian army.",
			[]string{"DEPLOYED state:EGY place:el-arish"}, []string{"SUPPORTS state:EGY inst:egypt-army"}},
		{"a recipient after its own 'to' still counts",
			"Ankara has been sending drones to the Sudanese army, according to Egyptian officials.",
			[]string{"SUPPORTS state:TUR inst:sudan-army"}, []string{"SUPPLIED state:TUR state:EGY"}},
		// The speakers of a relative clause's speech verb are not its verb's subject.
		{"the speakers of 'that X says are ...' do not deploy; the antecedent does",
			"The Iranian advisers that Israel says are fighting alongside Syrian forces in Idlib were not named.",
			[]string{"DEPLOYED state:IRN place:idlib"}, []string{"DEPLOYED state:ISR place:idlib"}},
		{"a coordinated antecedent before a comma deploys, the speaker does not",
			"Japan and the Philippines, which Washington says are deploying troops to Palawan, signed the accord.",
			[]string{"DEPLOYED state:JPN place:palawan", "DEPLOYED state:PHL place:palawan"}, []string{"DEPLOYED state:USA place:palawan"}},
		{"a relative clause's own subject still deploys",
			"The Iranian advisers that Israel deployed to Idlib were not named.",
			[]string{"DEPLOYED state:ISR place:idlib"}, nil},
		// A comitative companion at home in the place neither deploys nor goes there.
		{"troops fighting alongside the host's forces: the host does not deploy at home",
			"The Iranian advisers that Israel says are fighting alongside Syrian forces in Idlib were not named.",
			nil, []string{"DEPLOYED state:SYR place:idlib"}},
		{"troops fighting alongside the host's forces in one of its cities",
			"Belarusian troops were fighting alongside Russian forces in Belgorod last week.",
			[]string{"DEPLOYED state:BLR place:belgorod"}, []string{"DEPLOYED state:RUS place:belgorod"}},
		{"a companion away from home deploys too",
			"Dutch troops are serving alongside German forces in Lithuania.",
			[]string{"DEPLOYED state:NLD state:LTU", "DEPLOYED state:DEU state:LTU"}, nil},
		// A name after a role's comma that has its own verb heads the main clause.
		{"the subject after an opening phrase's role is not that role's holder",
			"After talks with the Chinese ambassador, Viktor Orban said Hungary would stay neutral.",
			nil, []string{"OFFICIAL_OF person:viktor-orban state:CHN"}},
		{"a role in apposition to an earlier name does not pass to the next subject",
			"Having delivered the greetings of Recep Tayyip Erdogan, President of Turkey, Ilham Aliyev thanked Ankara for its support.",
			[]string{"OFFICIAL_OF person:recep-tayyip-erdogan state:TUR"}, []string{"OFFICIAL_OF person:ilham-aliyev state:TUR"}},
		{"a name closed by a comma after the role is its holder",
			"China's ambassador, Fu Cong, told the Council that Beijing opposed the text.",
			[]string{"OFFICIAL_OF person:fu-cong state:CHN"}, nil},
		{"a name ending the sentence after the role is its holder",
			"The statement was read by the representative of Brazil, Sergio Franca Danese.",
			[]string{"OFFICIAL_OF person:sergio-franca-danese state:BRA"}, nil},
		// A participle before "with" describes its noun ("crews armed with knives").
		{"crews armed with knives arm no one",
			"Last week, Chinese maritime militia crews armed with batons and knives boarded Vietnamese coast guard boats near the Paracels.",
			nil, []string{"SUPPORTS state:CHN inst:vietnam-coast-guard"}},
		{"a state that arms a group with weapons still supports it",
			"Iran armed the Houthis with drones and missiles.",
			[]string{"SUPPORTS state:IRN inst:houthis"}, nil},
		{"a phrasal trigger ending in 'with' still fires",
			"Hungary sided with Serbia in the dispute.",
			[]string{"SUPPORTS state:HUN state:SRB"}, nil},
		// After a nationality adjective a verb trigger is a noun: "Chinese veto ends ...".
		{"a demonym before the trigger makes it a noun, not a verb with a subject",
			"The Security Council met on Monday. Chinese veto ends the United Nations inquiry into Myanmar.",
			nil, []string{"VETOED state:CHN inst:un"}},
		{"a state's name before the verb is still its subject",
			"China vetoed a Security Council resolution on Myanmar.",
			[]string{"VETOED state:CHN inst:unsc"}, nil},
		{"a demonym noun phrase is read by the noun row",
			"The British support for Kyiv remains firm.",
			[]string{"SUPPORTS state:GBR state:UKR"}, nil},
	})
}
