package extract

import "testing"

// Round 33, CONDEMNED. Every test text is our own wording.

// TestR33AppraisalAfterReport: a words.tsv appraisal participle set off by a comma after a
// speech verb's that-clause ("said on Monday that X had done Y, calling it ...") is the
// speaker's act: its subject is the speaker, not the that-clause's subject, and an "it" right
// after it stands for what was reported, whose doer is the that-clause's subject. Near misses:
// a participle of another kind after the same clause keeps the clause's subject; a that-clause
// of no speech verb gives the participle no speaker.
func TestR33AppraisalAfterReport(t *testing.T) {
	checkRelations(t, "2024-05-02", []relCase{
		{"calling it, after a that-clause of a speech verb",
			"Lithuanian President Gitanas Nauseda said on Thursday that Belarus had moved 5,000 troops to the border, calling it \"a reckless escalation\".",
			[]string{"CONDEMNED person:gitanas-nauseda state:BLR"}, []string{"CONDEMNED state:BLR state:BLR"}},
		{"nested that-clauses: the outermost speaker",
			"Estonian Prime Minister Kaja Kallas said on Friday that her services had evidence that Iran was shipping drones to Russia, calling it a dangerous provocation.",
			[]string{"CONDEMNED person:kaja-kallas state:IRN"}, []string{"CONDEMNED state:IRN state:RUS", "CONDEMNED person:kaja-kallas state:RUS"}},
		{"a passive that-clause: the possessor of the troops did it",
			"NATO Secretary General Jens Stoltenberg confirmed on Monday that Iranian troops had been sent to Belarus, calling it \"a serious escalation\".",
			[]string{"CONDEMNED person:jens-stoltenberg state:IRN"}, []string{"CONDEMNED state:IRN state:BLR", "CONDEMNED person:jens-stoltenberg state:BLR"}},
		{"a joint statement's speakers describe the act",
			"Iran has delivered ballistic missiles to Russia, officials said. Spain, Italy and Portugal said in a joint statement that they would cancel air services agreements, describing the deliveries as \"a further escalation\".",
			[]string{"CONDEMNED state:ESP state:IRN", "CONDEMNED state:PRT state:IRN"}, nil},
		{"near miss: a participle of another kind keeps the clause's subject",
			"Ukrainian officials said on Sunday that Russia had launched missiles at Kharkiv, killing four people.",
			[]string{"ATTACKED state:RUS place:kharkiv"}, []string{"CONDEMNED state:UKR state:RUS"}},
		{"near miss: a that-clause of a noun, no speech verb",
			"The evidence that Belarus had moved troops to the border grew, calling it \"reckless\" was easy.",
			nil, []string{"CONDEMNED state:BLR state:BLR"}},
	})
}
