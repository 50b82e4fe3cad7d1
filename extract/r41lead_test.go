package extract

import "testing"

// Stop 41 (lead): the company of a framed meeting takes the meeting's date. Every sentence is
// our own.

// TestPastCompanyDates: "The summit was attended by A, B and C" pairs the attendees through
// the meeting noun (frames.go eventCompany); told in the simple past, it is the occasion the
// document framed ("held its summit in X on <date>"), so the pairs take that date, as "met"
// would. A company announced for later ("will be attended by") is no act at the occasion.
func TestPastCompanyDates(t *testing.T) {
	x := newTestExtractor(t)
	checkAnyRelationDate(t, x, []anyDateCase{
		{"attendees of the framed summit, next paragraph",
			"Published: 2023-09-20\n\nThe Council of Heads of State held its annual summit in Samarkand on 12 September 2023.\n\nThe summit was attended by President Ilham Aliyev, President Recep Tayyip Erdogan and President Vladimir Putin.",
			RelMetWith, "person:ilham-aliyev", "person:vladimir-putin", "2023-09-12", ""},
		{"hosts of the framed meeting",
			"Published: 2024-03-02\n\nThe foreign ministers met in Vilnius on 28 February 2024. The meeting was hosted by Foreign Minister Gabrielius Landsbergis and attended by Foreign Minister Margus Tsahkna.",
			RelMetWith, "person:gabrielius-landsbergis", "person:margus-tsahkna", "2024-02-28", ""},
		{"near miss: a company announced for later is no act at the framed occasion",
			"Published: 2023-09-20\n\nThe Council of Heads of State held its annual summit in Samarkand on 12 September 2023.\n\nThe next summit will be attended by President Ilham Aliyev and President Vladimir Putin.",
			RelMetWith, "person:ilham-aliyev", "person:vladimir-putin", "", "2023-09-12"},
	})
}
