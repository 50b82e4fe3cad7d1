package extract

import "testing"

// TestEndorsedSigns: endorsing a text its makers agreed is signing it (triggers.tsv SIGNED
// "endorsed"); a body that endorses one is no signer, and endorsing no agreement signs nothing.
func TestEndorsedSigns(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"two leaders endorse a declaration",
			"In Nairobi, President William Ruto and President Yoweri Museveni endorsed the Lake Victoria Declaration.",
			[]string{"SIGNED person:william-ruto agr:lake-victoria-declaration", "SIGNED person:yoweri-museveni agr:lake-victoria-declaration"}, nil},
		{"a state endorses an accord",
			"Paraguay endorses the Asuncion Accord, the foreign ministry said.",
			[]string{"SIGNED state:PRY agr:asuncion-accord"}, nil},
		{"a body that endorses a declaration signs nothing",
			"The European Union endorsed the Lake Victoria Declaration.",
			nil, []string{"SIGNED inst:eu agr:lake-victoria-declaration"}},
		{"endorsing a candidate signs nothing",
			"Kenya endorsed the candidate of Uganda for the post.",
			nil, []string{"SIGNED state:KEN state:UGA"}},
	})
}
