package extract

import "testing"

// TestH43NotWeaponHeads: a one-word weapon class that modifies what a programme yields or
// who studies it ("missile development", "a drone analyst", "rocket engines") names no
// weapon (shapes.tsv not-weapon-head); the class as a head noun still does, and so does a
// class before "capabilities", which the seeds' gold annotates as the weapon.
func TestH43NotWeaponHeads(t *testing.T) {
	checkEntities(t, []entCase{
		{"a state's nuclear and missile development",
			"The ministers voiced concern over Iran's nuclear and missile development and its arms trade with Moscow.",
			nil, []string{"weapon:missile"}},
		{"a threat, other wording",
			"Officials in Tokyo said the drone threat to shipping in the Gulf of Aden remained high.",
			nil, []string{"weapon:drone"}},
		{"near miss: capabilities name the weapon (the seeds' gold)",
			"Officials in Tokyo said Pyongyang's missile capabilities had grown.",
			[]string{"weapon:missile"}, nil},
		{"an analyst, engines and a motor",
			"Sara Lindqvist, a missile analyst at a Stockholm institute, said China had sold drone engines to Tehran; investigators in Odesa showed a charred rocket motor.",
			nil, []string{"weapon:missile", "weapon:drone", "weapon:rocket"}},
		{"debris, guidance and navigation",
			"Prosecutors in Kyiv displayed missile debris, while Latvia reported jamming of satellite navigation over the Baltic and Caracas sought help with missile guidance.",
			nil, []string{"weapon:missile", "weapon:spy-satellite"}},
		{"near miss: the class as a head noun is still a weapon",
			"Venezuela moved drones and missiles to the Essequibo border on Friday, and a drone flew over Georgetown.",
			[]string{"weapon:drone", "weapon:missile"}, nil},
		{"near miss: a longer class keeps its mention before such a noun",
			"Ethiopia accused Eritrea of buying ballistic missile components from abroad.",
			[]string{"weapon:ballistic-missile"}, nil},
	})
}

// TestH43MerchantShips: a ship a merchant vessel noun introduces (shapes.tsv merchant-vessel)
// is civil and no Weapon, whether its name reads as a ship's or as a model's code; a warship's
// vessel noun still makes its ship a Weapon.
func TestH43MerchantShips(t *testing.T) {
	checkEntities(t, []entCase{
		{"a car carrier seized",
			"Gunmen seized the car carrier Northern Lark off the coast of Somalia on Tuesday.",
			nil, []string{"weapon:northern-lark"}},
		{"a bulk carrier with a number after its name",
			"Danish police boarded the bulk carrier Jade Harbour 7 after a cable near Bornholm was cut.",
			nil, []string{"weapon:jade-harbour"}},
		{"two cargo vessels with code-like names, joined by and",
			"The cargo vessels Port Baltiya-5 and Port Baltiya-6 carried shells from Iran across the Caspian.",
			nil, []string{"weapon:baltiya-5", "weapon:baltiya-6"}},
		{"a tanker",
			"Finland detained the tanker Silver Comet, which it said had dragged its anchor.",
			nil, []string{"weapon:silver-comet"}},
		{"near miss: a frigate is a warship",
			"Venezuela sent the frigate Mariscal Sucre toward the Essequibo coast.",
			[]string{"weapon:mariscal-sucre"}, nil},
	})
}

// TestH43WeaponAcronyms: an acronym the gazetteer lacks names a weapon model, not a body, where
// the document writes it before a weapon class noun or a shapes.tsv launcher-noun, or after a
// capitalised system's name and ", or" / ", known as"; the reading holds wherever else the
// document writes it.
func TestH43WeaponAcronyms(t *testing.T) {
	checkEntities(t, []entCase{
		{"before a class noun",
			"Brazil will buy 24 MANSUP anti-ship missiles for its new frigates.",
			[]string{"weapon:mansup"}, []string{"inst:mansup"}},
		{"before launchers, and alone later",
			"Kenyan troops trained with CARL launchers near Nanyuki. The CARL proved reliable in dust.",
			[]string{"weapon:carl|CARL"}, []string{"inst:carl"}},
		{"a battery",
			"Officials in Riyadh said the KADS battery near Jizan was operational again.",
			[]string{"weapon:kads"}, []string{"inst:kads"}},
		{"a system's name, or its acronym",
			"Chile deployed a Coastal Anti-Ship Launch System, or CASLS, to Punta Arenas, and the CASLS stayed there through March.",
			[]string{"weapon:casls"}, []string{"inst:casls"}},
		{"near miss: an acronym before a lower-case 'system' that is no weapon stays a body",
			"Lithuania left the ELGRID system in February, officials at ELGRID said.",
			[]string{"inst:elgrid"}, []string{"weapon:elgrid"}},
		{"near miss: a body's acronym elsewhere stays a body",
			"The CSTO said its members would meet in Yerevan.",
			[]string{"inst:csto"}, nil},
	})
}

// TestH43ServiceBeforeClass: a service's name or a mission's abbreviation before a weapon class
// noun ("Navy aircraft", "CAP aircraft") says whose or what for; it is no model (shapes.tsv
// not-weapon), and the class noun is still a Weapon.
func TestH43ServiceBeforeClass(t *testing.T) {
	checkEntities(t, []entCase{
		{"a service before aircraft",
			"The strikes on Hodeidah were flown by Air Force and Navy aircraft from the carrier.",
			[]string{"weapon:aircraft"}, []string{"weapon:navy"}},
		{"combat air patrol",
			"Taiwan's armed forces employed CAP aircraft and coastal missile systems to monitor the PLA.",
			[]string{"weapon:aircraft"}, []string{"weapon:cap"}},
		{"Marine and Army helicopters",
			"Colombia sent Marine helicopters and Army drones to the border with Venezuela.",
			[]string{"weapon:helicopter", "weapon:drone"}, []string{"weapon:marine", "weapon:army"}},
		{"near miss: a model name before its class noun is still a model",
			"Nigeria received Super Tucano aircraft from Brazil.",
			[]string{"weapon:super-tucano"}, nil},
	})
}

// TestH43CapsHeadingLine: a one-word ALL-CAPS line of five letters or more is a section
// heading of a release or a factbox, no body's acronym; an acronym in running text still is.
func TestH43CapsHeadingLine(t *testing.T) {
	checkEntities(t, []entCase{
		{"a designation list's heading",
			"The Treasury today designated two firms in Dubai.\n\nSHIPS\n\nThe GOLDEN WAVE carried oil to Syria.",
			nil, []string{"inst:ships"}},
		{"a factbox's heading",
			"Russia buys shells from several states.\n\nOTHERS\n\nBelarus has also sent ammunition, officials say.",
			nil, []string{"inst:others"}},
		{"near miss: an acronym in running text",
			"Ghana asked ECOWAS to send observers.\n\nThe ECOWAS summit opens on Monday.",
			[]string{"inst:ecowas"}, nil},
		{"near miss: a short acronym alone on a line is kept",
			"Leaders met in Vilnius.\n\nNATO\n\nThe alliance agreed new plans.",
			[]string{"inst:nato"}, nil},
	})
}

// TestH43TwoWordModelName: a designator's model may have a two-word name of its own that no
// list or gazetteer knows ("F/A-18 Super Hornets"), part of the model's mention as a one-word
// name is ("B-1B Lancer"); a known name after a designator is not taken.
func TestH43TwoWordModelName(t *testing.T) {
	checkEntities(t, []entCase{
		{"a two-word name after the designator",
			"Two F/A-18 Super Hornets flew from the carrier over the Red Sea.",
			[]string{"weapon:f-a-18-super-hornets|F/A-18 Super Hornets"}, []string{"weapon:f-a-18"}},
		{"another model, other wording",
			"Egypt received F-16 Fighting Falcons from Washington in 1982.",
			[]string{"weapon:f-16-fighting-falcons"}, []string{"weapon:f-16"}},
		{"near miss: a demonym after the designator is no name word",
			"A KN-23 North Korean missile struck Kharkiv.",
			[]string{"weapon:kn-23", "state:PRK"}, nil},
	})
}
