package extract

import "testing"

// Round 14, dates and modality of matched relations (SCHEMA.md "Dates", "Modality"). Every
// sentence is our own.

// TestLastingPlaceState: a where-clause about a place that says how long a state has lasted
// ("the Kursk region, where Ukrainian forces have held ground since August") is the writer's
// background on the place; a report or hedge around the main clause ("officials said the
// troops had reached ...", "were expected to be sent to ...") does not cover it (SCHEMA.md
// Modality rule 1). A where-clause that narrates, with no "since" span, stays inside the
// report, and so does a lasting state stated outside a where-clause.
func TestLastingPlaceState(t *testing.T) {
	checkRelations(t, "", []relCase{
		{"a closing attribution, present perfect",
			"North Korean units have reached the Kursk region, where Ukrainian forces have held ground since August, Pentagon officials said.",
			[]string{"DEPLOYED state:UKR place:kursk asserted/fact"}, nil},
		{"an opening report, past perfect, a longer object",
			"The agency said the soldiers had been moved to the Kursk region, where Ukrainian troops had held a strip of Russian territory since August.",
			[]string{"DEPLOYED state:UKR place:kursk asserted/fact"}, nil},
		{"a hedge on the main clause",
			"The brigades are expected to be sent to the Kursk region, where Ukrainian forces have held territory since August.",
			[]string{"DEPLOYED state:UKR place:kursk asserted/fact"}, nil},
		{"near miss: a narrating where-clause stays reported",
			"Kim Jong Un flew to Moscow, where he met Vladimir Putin on Tuesday, state media said.",
			[]string{"MET_WITH person:kim-jong-un person:vladimir-putin asserted/reported"}, nil},
		{"near miss: the lasting state in the main clause stays reported",
			"Officials said Ukrainian forces have held ground in the Kursk region since August.",
			[]string{"DEPLOYED state:UKR place:kursk asserted/reported"}, nil},
	})
}

// TestUndatedRestatement: a reaction to "the launch" or "the strike" in a sentence with no
// date is dated with the event it reacts to (SCHEMA.md Dates rule 1). When a later sentence
// tells the same doers' event again without a date ("state media said Kim had overseen the
// test"), it is the same event and the first date still holds; another doer's undated event
// is another event and dates nothing.
func TestUndatedRestatement(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkRelationDates(t, x, []relDateCase{
		{"an undated restatement by the same doer", "2024-11-01",
			"North Korea fired a ballistic missile toward the East Sea yesterday, the military said.\n\nState media said North Korea had tested the new Hwasong-19.\n\nJapan and South Korea condemned the launch.",
			RelCondemned, "state:JPN", "state:PRK", []string{"2024-10-31"}},
		{"an attack told again by another speaker, a weekday", "2024-07-09",
			"Russia struck Kyiv with cruise missiles on Monday, officials said.\n\nThe mayor said Russian forces had attacked Kyiv with drones as well.\n\nPoland condemned the attack.",
			RelCondemned, "state:POL", "state:RUS", []string{"2024-07-08"}},
		{"near miss: another doer's undated event is another event", "2024-11-01",
			"North Korea fired a ballistic missile toward the East Sea yesterday, the military said.\n\nAnalysts said Iran had also fired missiles at Israel.\n\nJapan condemned the launch.",
			RelCondemned, "state:JPN", "state:IRN", nil},
	})
}

// TestAgreementContentDate: what a signed agreement commits its parties to, in a relative
// clause on the agreement right after the signing's date ("signed a treaty on Wednesday that
// commits each country to come to the other's aid"), holds from the signing and takes its
// date (testdata/README.md: "dated by the signing"), with or without an apposition ("a pact
// that ..."). An event in the date's clause that is no signing still keeps its date to itself
// (talks held on Wednesday that are expected to commit Russia to something).
func TestAgreementContentDate(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkRelationDates(t, x, []relDateCase{
		{"a relative clause right after the signing's weekday", "2024-06-20",
			"Russian President Vladimir Putin and North Korean leader Kim Jong Un signed the Comprehensive Strategic Partnership Treaty on Wednesday that commits each country to provide military assistance to the other.",
			RelSupports, "state:RUS", "state:PRK", []string{"2024-06-19"}},
		{"an apposition before the relative clause, a full date", "2024-12-10",
			"Belarus and Russia signed the Treaty on Security Guarantees on 6 December 2024, a pact that obliges Moscow to provide military assistance to Minsk.",
			RelSupports, "state:RUS", "state:BLR", []string{"2024-12-06"}},
		{"near miss: talks are no signing, their expected outcome keeps no date", "2024-06-20",
			"Kim Jong Un met Vladimir Putin in Pyongyang on Wednesday for talks that are expected to commit Russia to provide military assistance to North Korea.",
			RelSupports, "state:RUS", "state:PRK", nil},
	})
}

// TestWhereOnArrival: a trip with no date of its own, followed by a where-clause on the place
// reached that dates what happened there ("flew on to Hanoi, where he was received on
// Thursday by To Lam"), is dated by it: the arrival and the reception are one day (SCHEMA.md
// Dates rule 1). A trip with its own date keeps it, and a lasting state since a month in the
// where-clause ("where Ukrainian forces have held ground since August") dates no arrival.
func TestWhereOnArrival(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkRelationDates(t, x, []relDateCase{
		{"a passive reception, a weekday", "2024-06-21",
			"From Pyongyang, Vladimir Putin flew on to Hanoi, where he was received on Thursday by To Lam.",
			RelVisited, "person:vladimir-putin", "place:hanoi", []string{"2024-06-20"}},
		{"a visit noun, talks on a full date", "2024-01-20",
			"Choe Son Hui returned home after her visit to Moscow, where she held talks with Sergey Lavrov on 16 January.",
			RelVisited, "person:choe-son-hui", "place:moscow", []string{"2024-01-16"}},
		{"near miss: the trip's own date stays", "2024-06-21",
			"Vladimir Putin flew on to Hanoi late on Wednesday, where he held talks with To Lam on Thursday.",
			RelVisited, "person:vladimir-putin", "place:hanoi", []string{"2024-06-19"}},
		{"near miss: a lasting state since a month dates no arrival", "2024-11-05",
			"Russian Defence Minister Andrei Belousov flew to Kursk, where Ukrainian forces have held ground since August.",
			RelVisited, "person:andrei-belousov", "place:kursk", nil},
	})
}
