package extract

import "testing"

// TestR28Entities covers round 28's classes of entity boundaries, in sentences of our own.
func TestR28Entities(t *testing.T) {
	checkEntities(t, []entCase{
		// A hyphenated role modifier before a weapon class names a class of its own.
		{"anti-ship modifier before a class noun",
			"Tehran shipped anti-ship cruise missiles to the rebels last spring.",
			[]string{"weapon:anti-ship-cruise-missile|anti-ship cruise missiles"}, []string{"weapon:cruise-missile"}},
		{"anti-tank and guided-missile, passive",
			"Anti-armour teams were equipped with anti-tank rockets, and two guided-missile destroyers were sent to the strait.",
			[]string{"weapon:anti-tank-rocket|anti-tank rockets", "weapon:guided-missile-destroyer|guided-missile destroyers"}, nil},
		{"near miss: a modifier the list lacks leaves the bare class",
			"The navy tested new sea-skimming cruise missiles on Friday.",
			[]string{"weapon:cruise-missile|cruise missiles"}, nil},
		// A slash code with a hyphen and a number is one designator.
		{"slash designator with a number",
			"Carrier-based F/A-18 fighters and an AN/TPS-80 radar were moved to the base.",
			[]string{"weapon:f-a-18", "weapon:an-tps-80"}, []string{"weapon:f-a", "weapon:an-tps"}},
		{"near miss: a document symbol with slashes is no model",
			"The council met again, as S/PV.9512 records, and the resolution passed.",
			nil, []string{"weapon:s-pv"}},
		// The capitalised first word of a model's name before its designator.
		{"first word of a model before a hyphen code",
			"The island's army test-fired Tien Kung-IV interceptors, and the navy ordered more Standard Missile-3 rounds.",
			[]string{"weapon:tien-kung-iv", "weapon:standard-missile-3"}, []string{"weapon:kung-iv"}},
		{"first word before a class suffix",
			"Two Ticonderoga-class cruisers and an Arleigh Burke-class destroyer sailed from Yokosuka.",
			[]string{"weapon:arleigh-burke-class"}, []string{"weapon:burke-class"}},
		{"near miss: a known state before a designator stays apart",
			"Ukraine flew its first F-16s in August, and Poland bought more K2 tanks.",
			[]string{"state:UKR", "weapon:f-16"}, []string{"weapon:ukraine-f-16"}},
		{"near miss: a name word run before a designator is no model word",
			"President Zelensky said Kyiv needed more MiG-29 jets.",
			[]string{"weapon:mig-29"}, []string{"weapon:kyiv-mig-29", "weapon:zelensky-mig-29"}},
		{"near miss: a place head before a designator names the place, not the model",
			"Satellite images showed the Kazan-3 freighter moored at Port Zarya-2 on Monday.",
			nil, []string{"weapon:port-zarya-2"}},
		{"a variant of a known model",
			"Berlin pledged four more IRIS-T SLM batteries to Kyiv.",
			[]string{"weapon:iris-t-slm|IRIS-T SLM"}, nil},
		// A report's section headings are no person's name.
		{"section heading above an author's line",
			"The committee may wish to ask about the treaty.\n\nAuthor Information\n\nJane Q. Doe, Analyst in Foreign Affairs\n",
			[]string{"person:jane-q-doe"}, []string{"person:author-information"}},
		{"title-case headings between paragraphs",
			"Regional and Allied Response\n\nOn 3 May the ministers met in Oslo.\n\nEconomic Effects\n\nShipping costs rose.\n",
			nil, []string{"person:regional-and-allied-response", "person:allied-response", "person:economic-effects"}},
		{"near miss: a person named in a heading keeps the name",
			"Lee Discusses Response With Allies\n\nLee Jae-myung spoke with allied leaders on Monday.\n",
			[]string{"person:lee-jae-myung"}, []string{"person:lee-discusses-response"}},
	})
}
