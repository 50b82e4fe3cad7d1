package extract

import "testing"

// Stop 29, SUPPORTS, ALLY_OF and VETOED. Misses (fn) and false relations (fp) of main d06386b
// in these types, by cause.
//
// heldout28 + heldout29, read sentence by sentence:
//
//	type      set  fn/fp  cause        n   examples
//	SUPPORTS  h28  fn     anaphor      9   "The Ministers reaffirmed their support for Ukraine's
//	                                       sovereignty" (the three named ministers), doc-level
//	                                       Iran -> Hamas/Hizballah/Houthis, "the North"
//	                       argument     6   "X met Putin, pledging his country's support for
//	                                       Moscow's war" (the participle's subject is X, not
//	                                       Putin), OFAC "for having materially assisted ...",
//	                                       "China's delegate ... abstained and expressed support"
//	                       no trigger   6   "shielded North Korea from new penalties", "giving
//	                                       North Korea a blanket protection", "has been a strong
//	                                       supporter of Ukraine"
//	                       object form  2   "supports the just struggle of the Russian army and
//	                                       people" (the army, not the state), PIJ unnamed
//	          h29  fn     argument    12   "We thank the United States, Japan ... and other
//	                                       partners that have expressed support for the
//	                                       Philippines", "Malian forces, supported by Russian
//	                                       personnel", "fuelling Russia's war ... by providing
//	                                       direct military support"
//	                       anaphor     12   coalition members named in another sentence ("among
//	                                       them the United Kingdom, Bahrain, ..."), "the
//	                                       Secretary", "the Authority" for ECOWAS
//	                       convention  10   AUKUS "trilateral security partnership" as mutual
//	                                       support, "welcomes the decision of the IAEA Board",
//	                                       "the ironclad commitment ... to Israel's security"
//	                                       given to the president, not the state
//	                       object form  6   "full support for the investigation led by the
//	                                       Finnish authorities", "NATO's collective defense",
//	                                       "contributions to the Alliance"
//	          h28  fp  9  argument 4 (participle subject, "Secretary Austin is in Ramstein ...
//	                      and the United States announced" gives Austin), object form 2
//	                      ("support for Moscow's war in Ukraine" -> Ukraine; "the Russian army"),
//	                      convention 2 (rockets shipped to Wagner: SUPPLIED, not SUPPORTS),
//	                      entity 1 ("help from Mali?" -> Reuters)
//	          h29  fp  9  argument 5 (a subject inside an apposition "as a permanent member of
//	                      the UN Security Council"; a person as beneficiary), convention 2
//	                      ("discussed continued support for Ukraine"), entity 3 ("the
//	                      Authority" not ECOWAS)
//	ALLY_OF   h28  fn  8  no trigger/convention 7 (KCNA "the US, Japan and the south Korean
//	                      puppets"; a trilateral statement's "commitments to the defense of
//	                      Japan and the ROK"), argument 1 ("based on the strong alliance
//	                      between the Republic of Korea and the United States")
//	          h29  fn 14  convention 14 ("partner(s)": "E3 partners France and Germany", "our
//	                      partners in the EU and in NATO, in particular with Sweden, ...",
//	                      AUKUS "partnership"); the brief says "partner" is no ALLY_OF
//	          h29  fp  6  argument 4 (a list that runs past "our Indo-Pacific partners, and
//	                      of President Zelenskyy of Ukraine"), object form 1 ("the
//	                      Philippines and Japan have welcomed the partnership"), convention 1
//	                      ("welcomed Sweden as an Ally")
//	VETOED    h28  fn  9  no trigger 2 ("Russia voted against a draft resolution"), anaphor 4
//	                      (Council named in another sentence, "may block its renewal"),
//	                      argument 2 ("vetoed a draft text" whose panel is named earlier;
//	                      "block any further action at the United Nations"), object form 1
//	          h29  fn  1  object form 1 ("vetoed the renewal of the mandate of the UN Security
//	                      Council's Panel of Experts": the Council as well)
//	          h29  fp  1  sense 1 ("Chinese vessels blocked ... the Philippine Coast Guard
//	                      ships": a physical block)
//
// Six older sets and two others, counted by script (fn whose two ends never share a
// sentence = anaphor/doc-level; else whether a trigger word of the type is in a sentence
// holding both ends = argument or object form, or not = no trigger); fp by the rule that
// fired:
//
//	set       type      fn  anaphor  trig-word  no-trig  fp  fp rules
//	heldout22 SUPPORTS  17   3       10        4        5   verb:to 2, backed, stand, supporting
//	heldout22 ALLY_OF   11   0        9        2        1   pair:allies
//	heldout22 VETOED     2   1        1        0        0
//	heldout23 SUPPORTS  13   1        9        3        2   noun:support, noun:assistance
//	heldout23 ALLY_OF   10   7        2        1        4   pair:partners 3, partnership
//	heldout24 SUPPORTS  15   2        7        6       18   noun:support 17 ("support Taiwan's
//	                                                       participation in ... the WHO")
//	heldout24 ALLY_OF    6   0        3        3        1   pair:partnership
//	heldout24 VETOED     3   3        0        0        0
//	heldout25 SUPPORTS  37  13       20        4        4   support, supporting, helped, assistance
//	heldout25 ALLY_OF   16   5        5        6        2   allies, partnership
//	heldout25 VETOED     5   4        1        0        0
//	heldout26 SUPPORTS  15   2        9        4        2   verb:endorsed 2
//	heldout26 ALLY_OF    9   0        5        4        1   pair:allies
//	heldout26 VETOED     3   1        2        0        0
//	heldout27 SUPPORTS  19   6        8        5        3   noun:support 3
//	heldout27 ALLY_OF   13   4        1        8        1   pair:alignment
//	heldout27 VETOED     1   0        0        1        0
//	dev3      SUPPORTS   5   1        1        3        1   noun:assistance
//	dev3      ALLY_OF    4   2        1        1        1   pair:mutual
//	corpus    SUPPORTS  41  21       11        9       10   verb:assist 4, stood, supported, backed
//	corpus    ALLY_OF   10   3        3        4        3   mutual, alliance, partnership
//	corpus    VETOED     4   2        2        0        0
//
// Over all sets the wordings that recur in missed sentences: thanks for help ("thanks X and
// Y for their support", 13 sets), "with support from" (11), "voted against" (15), "provided X
// with ... in assistance" (16); VETOED's panel-versus-Council destination follows the
// settled block (both when the sentence names the Council). The sentences below are our own.

// TestR29SuppHelpOfUnnamed: in a "with the help/support of ..." adjunct a possessive pronoun
// owns the helpers ("its partners") and names none of them: no one helps; a named possessor
// or named helpers still do.
func TestR29SuppHelpOfUnnamed(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		{"named helpers after a possessive pronoun and a noun",
			"Egypt cleared the mines with the help of its neighbours Jordan and Saudi Arabia.",
			[]string{"SUPPORTS state:JOR state:EGY", "SUPPORTS state:SAU state:EGY"}, nil},
		{"named helpers, active clause, past",
			"Poland shot down the rockets with the support of Germany and Norway.",
			[]string{"SUPPORTS state:DEU state:POL", "SUPPORTS state:NOR state:POL"}, nil},
		// near misses
		{"a pronoun's unnamed partners",
			"The Netherlands and Belgium met in The Hague. Most of the drones were downed by Romania with the help of its partners.",
			nil, []string{"SUPPORTS state:ROU state:NLD", "SUPPORTS state:ROU state:BEL", "SUPPORTS state:NLD state:ROU"}},
		{"their allies, active clause",
			"Kenya and Uganda met in Nairobi. Somalia repelled the raid with the support of its allies.",
			nil, []string{"SUPPORTS state:SOM state:KEN", "SUPPORTS state:KEN state:SOM", "SUPPORTS state:UGA state:SOM"}},
	})
}

// TestR29SuppVerbAfterPronoun: a word that is both a verb and a noun trigger right after a
// subject pronoun is the clause's verb; its noun reading (whose targets include the names
// after ", including") does not apply. Shared mechanism (relations.go noun/verb reading).
func TestR29SuppVerbAfterPronoun(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		{"present, a possessor's process with an including list",
			"We, the leaders of Canada and Italy, met in Rome. We support Moldova's integration into European bodies, including the Council of Europe.",
			[]string{"SUPPORTS state:CAN state:MDA", "SUPPORTS state:ITA state:MDA"},
			[]string{"SUPPORTS state:CAN inst:council-of-europe", "SUPPORTS state:ITA inst:council-of-europe"}},
		{"an adverb between pronoun and verb",
			"Denmark and Norway held joint drills in the north. The two countries met in Oslo on Monday. They strongly support Iceland's role in Arctic bodies, including the Arctic Council.",
			[]string{"SUPPORTS state:DNK state:ISL", "SUPPORTS state:NOR state:ISL"},
			[]string{"SUPPORTS state:DNK inst:arctic-council"}},
		// the noun after a possessive pronoun keeps its noun frame
		{"their support: a noun",
			"Denmark and Norway held joint drills in the north. The two countries met in Oslo on Monday. They reaffirmed their support for Ukraine.",
			[]string{"SUPPORTS state:DNK state:UKR", "SUPPORTS state:NOR state:UKR"}, nil},
	})
}

// TestR29SuppInfinitiveSubject: the subject of an infinitive after "call on / urge X" is X,
// past an "as ..." phrase set off by commas that names a body X belongs to, and past a few
// modifiers of the noun ("to cease all material and political support"). Shared mechanism
// (frames.go infinitiveSubject): any noun trigger after such an infinitive.
func TestR29SuppInfinitiveSubject(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		{"an as-apposition naming a body",
			"The ministers urged India, as a member of the Shanghai Cooperation Organisation, to end all financial and military support to Russia.",
			[]string{"SUPPORTS state:IND state:RUS"},
			[]string{"SUPPORTS inst:sco state:RUS"}},
		{"a long run of modifiers",
			"The ministers called on Belarus to stop all direct and indirect military support for Russia.",
			[]string{"SUPPORTS state:BLR state:RUS"}, nil},
		{"a possessive pronoun after the apposition",
			"The ministers urged Turkey, as a member of NATO, to increase its support for Ukraine.",
			[]string{"SUPPORTS state:TUR state:UKR"},
			[]string{"SUPPORTS inst:nato state:UKR"}},
	})
}
