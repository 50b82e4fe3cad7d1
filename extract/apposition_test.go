package extract

import "testing"

// TestAppositionAfterRoleComma: a name right after a role's comma is that role's holder when
// it stands in apposition (closed by a comma or punctuation, or ending the sentence), and
// someone else when it goes on as its clause's subject. One test covers both the comma that
// closes an opening phrase and any other comma, in sentences of our own.
func TestAppositionAfterRoleComma(t *testing.T) {
	const holder = "OFFICIAL_OF person:ivan-petrov state:RUS"
	checkRelations(t, "2024-06-01", []relCase{
		{"opening phrase: the name goes on as the subject",
			"After a meeting with Russia's ambassador to Chile, Ivan Petrov thanked the hosts.",
			nil, []string{holder}},
		{"opening phrase: a second comma closes the apposition",
			"With Russia's ambassador to Chile, Ivan Petrov, the minister toured the port.",
			[]string{holder}, nil},
		{"opening phrase: the name ends the sentence, so has no verb of its own",
			"Among those present was Russia's ambassador to Chile, Ivan Petrov.",
			[]string{holder}, nil},
		{"mid-sentence: closed by a comma",
			"The talks were chaired by Russia's ambassador to Chile, Ivan Petrov, on Monday.",
			[]string{holder}, nil},
		{"mid-sentence: the name ends the sentence",
			"The talks in Lima were chaired by Russia's ambassador to Chile, Ivan Petrov.",
			[]string{holder}, nil},
		{"mid-sentence: the name has its own verb",
			"The minister thanked Russia's ambassador to Chile, Ivan Petrov said.",
			nil, []string{holder}},
	})
}
