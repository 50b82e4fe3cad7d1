package extract

import "slices"

// Meetings of delegations. A readout of a meeting between two sides ("The four ministers
// exchanged views", "Kamikawa and Kihara held talks with Manalo and Teodoro") pairs every
// participant with every other; the meeting is across the sides, and colleagues who serve
// the same state did not meet each other there (testdata README, heldout6 and heldout9: "a
// 2+2 meeting gives MET_WITH only across the two delegations").

// servedStates records, for each person of the document, the state they serve: the target
// of an OFFICIAL_OF the document states, else the gazetteer's seat (entities.tsv state=).
// offices keeps every state or body each person was made an official of, for a speech act
// their words make (serves).
type servedStates struct {
	by      map[string]string
	offices map[string][]string
}

// note records an OFFICIAL_OF of r; the first one to a state stated holds.
func (ss *servedStates) note(r *Relation, infos map[string]*entityInfo) {
	if r.Type != RelOfficialOf || r.Polarity != Asserted {
		return
	}
	if !slices.Contains(ss.offices[r.Src], r.Dst) {
		if ss.offices == nil {
			ss.offices = map[string][]string{}
		}
		ss.offices[r.Src] = append(ss.offices[r.Src], r.Dst)
	}
	if dst := infos[r.Dst]; dst == nil || dst.Type != TypeState {
		return
	}
	if ss.by == nil {
		ss.by = map[string]string{}
	}
	if _, ok := ss.by[r.Src]; !ok {
		ss.by[r.Src] = r.Dst
	}
}

// serves: the document made person an official of org, or of a body of org's ("State
// Department spokesman Matthew Miller": the United States).
func (ss *servedStates) serves(person string, org *entityInfo, infos map[string]*entityInfo) bool {
	for _, id := range ss.offices[person] {
		if id == org.ID {
			return true
		}
		if e := infos[id]; e != nil && e.Type == TypeInstitution && e.State == org.ID {
			return true
		}
	}
	return false
}

// of is the state person id serves, or "".
func (ss *servedStates) of(id string, infos map[string]*entityInfo) string {
	if st, ok := ss.by[id]; ok {
		return st
	}
	if p := infos[id]; p != nil && p.Type == TypePerson && p.State != "" {
		return p.State
	}
	return ""
}

// acrossSides drops from one sentence's relations each MET_WITH between two people who
// serve the same state when both of them are also paired with one person of another side:
// they are colleagues at a meeting of sides ("A and B held talks with C"). A person of no
// known state counts as another side, except that two such people who both met two or more
// people of one known state are that state's counterparts together (otherDelegation). A meeting among one state's people ("Putin met
// Belousov") keeps its pairs, and so does a colleague met beside a foreigner ("Zakharova
// talked to Modi and Lavrov": Lavrov met no one of Modi's side).
func (ss *servedStates) acrossSides(rels []Relation, infos map[string]*entityInfo) []Relation {
	met := func(a, b string) bool {
		for k := range rels {
			if q := &rels[k]; q.Type == RelMetWith && (q.Src == a && q.Dst == b || q.Src == b && q.Dst == a) {
				return true
			}
		}
		return false
	}
	colleagues := func(r *Relation) bool {
		if r.Type != RelMetWith {
			return false
		}
		side := ss.of(r.Src, infos)
		if side == "" && ss.of(r.Dst, infos) == "" {
			return ss.otherDelegation(rels, r, infos, met)
		}
		if side == "" || side != ss.of(r.Dst, infos) {
			return false
		}
		// A third person, of another side, paired with both.
		for _, other := range metBy(rels, r.Src) {
			if other != r.Dst && ss.of(other, infos) != side && met(other, r.Dst) {
				return true
			}
		}
		return false
	}
	var kept []Relation // nil until the first pair dropped
	for k := range rels {
		switch {
		case colleagues(&rels[k]):
			if kept == nil {
				kept = append(make([]Relation, 0, len(rels)), rels[:k]...)
			}
		case kept != nil:
			kept = append(kept, rels[k])
		}
	}
	if kept == nil {
		return rels
	}
	return kept
}

// metBy lists the other ends of the MET_WITH relations of id, each once.
func metBy(rels []Relation, id string) []string {
	var out []string
	for k := range rels {
		q := &rels[k]
		if q.Type != RelMetWith || q.Src != id && q.Dst != id {
			continue
		}
		other := q.Dst
		if other == id {
			other = q.Src
		}
		if !slices.Contains(out, other) {
			out = append(out, other)
		}
	}
	return out
}

// otherDelegation: r pairs two people of no known state who both met two or more people of
// one known state in the sentence ("Ms. A, Minister for Foreign Affairs, and Mr. B, Minister
// of Defense, held the 2+2 with Secretary C and Secretary D of the Philippines"): facing one
// state's delegation together, they are the other delegation, colleagues who did not meet
// each other there.
func (ss *servedStates) otherDelegation(rels []Relation, r *Relation, infos map[string]*entityInfo, met func(a, b string) bool) bool {
	count := map[string]int{} // the people of each known state met by both
	for _, other := range metBy(rels, r.Src) {
		if other == r.Dst {
			continue
		}
		if st := ss.of(other, infos); st != "" && met(other, r.Dst) {
			count[st]++
			if count[st] >= 2 {
				return true
			}
		}
	}
	return false
}
