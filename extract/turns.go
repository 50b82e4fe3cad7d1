package extract

import "slices"

// A briefing transcript is a run of turns, each opened by a speaker label at the start of a
// line ("MR MILLER:", "Lin Jian:", "SPOKESPERSON JEON:", "QUESTION (KBS):", "Bloomberg:").
// In the spokesperson's turns "we" is the government the briefing speaks for ("MR MILLER:
// ... We condemn this deployment in the strongest terms": the United States), and a turn runs
// on over unlabelled paragraphs until the next label. The government is the state of the
// person on the turn's label, else the one the lines before the first label name: the state,
// a body's seat or a person's state in the briefing's heading ("Regular Press Briefing by the
// Spokesperson of the Ministry of Foreign Affairs of the Republic of Korea", "Matthew Miller,
// Spokesperson"), when they name only one.

// maxLabel is how many tokens a speaker label may hold before its colon ("OFFICIAL
// SPOKESPERSON, SHRI RANDHIR JAISWAL:").
const maxLabel = 8

// turnIndex lists a document's labelled lines, built once when the first "we" of a
// transcript needs it.
type turnIndex struct {
	built   bool
	starts  []int  // the first token of each labelled line, in order
	speaker []bool // per label: a speaker's turn (not a question)
	ends    []int  // per label: the token of its colon
	issuer  *entityInfo
}

// labelEnd: the colon closing a speaker label that opens the line at k (capitalised words,
// with commas, dots and a parenthesised outlet between them), or -1.
func labelEnd(tokens []Token, k int) int {
	words := 0
	for j := k; j < len(tokens) && j < k+maxLabel+1; j++ {
		t := &tokens[j]
		if j > k && t.Newlines > 0 {
			return -1
		}
		switch {
		case t.Text == ":":
			if words == 0 {
				return -1
			}
			return j
		case t.isWord() && t.isCap():
			words++
		case t.isWord() || t.startsDigit():
			return -1 // a lower-case word: a sentence, not a label
		}
	}
	return -1
}

func (ti *turnIndex) build(tokens []Token, found []mention, a *anaphor, entities map[string]*entityInfo) {
	ti.built = true
	for k := range tokens {
		if k > 0 && tokens[k].Newlines == 0 {
			continue
		}
		e := labelEnd(tokens, k)
		if e < 0 {
			continue
		}
		speaker := !a.asker[tokens[k].Lower]
		if speaker {
			person, body := false, false
			for j := firstFrom(found, k); j < len(found) && found[j].start < e; j++ {
				switch found[j].info.Type {
				case TypePerson:
					person = true
				case TypeInstitution:
					body = body || found[j].info.key != ""
				}
			}
			// A known body's label ("Bloomberg:", "Yonhap:") is an outlet's and opens a
			// question; a surname read as an unknown acronym ("MS. ROJAS:") does not.
			speaker = person || !body
		}
		ti.starts, ti.ends, ti.speaker = append(ti.starts, k), append(ti.ends, e), append(ti.speaker, speaker)
	}
	if len(ti.starts) == 0 {
		return
	}
	// The lines before the first label are the heading; a heading that names two states
	// (a joint press conference) speaks for neither.
	for j := 0; j < len(found) && found[j].start < ti.starts[0]; j++ {
		if st := govOf(&found[j], entities); st != nil && a.accepts(st) {
			if ti.issuer != nil && ti.issuer != st {
				ti.issuer = nil
				return
			}
			ti.issuer = st
		}
	}
}

// govOf: the state a name stands for or serves: a state, a body's seat, a person's state.
func govOf(m *mention, entities map[string]*entityInfo) *entityInfo {
	if m.coref {
		return nil
	}
	if m.info.Type == TypeState {
		return m.info
	}
	if m.info.State != "" && (m.info.Type == TypeInstitution || m.info.Type == TypePerson) {
		return entities[m.info.State]
	}
	return nil
}

// issuerAt: the government a briefing speaks for, when token i stands in a speaker's turn (the
// latest label at or before it is a speaker's), else nil. At a joint press conference only the
// state of the person on the label speaks.
func (ti *turnIndex) issuerAt(tokens []Token, found []mention, a *anaphor, entities map[string]*entityInfo, i int, joint bool) []*entityInfo {
	if !ti.built {
		ti.build(tokens, found, a, entities)
	}
	n, _ := slices.BinarySearch(ti.starts, i+1)
	if n == 0 || !ti.speaker[n-1] {
		return nil
	}
	// The speaker's own state first ("PRIME MINISTER STARMER:" at a joint press conference).
	for j := firstFrom(found, ti.starts[n-1]); j < len(found) && found[j].start < ti.ends[n-1]; j++ {
		if st := govOf(&found[j], entities); st != nil && found[j].info.Type == TypePerson && a.accepts(st) {
			return []*entityInfo{st}
		}
	}
	if ti.issuer == nil || joint {
		return nil
	}
	return []*entityInfo{ti.issuer}
}

// turnPerson: the person whose turn holds token i, the one the latest labelled line at or
// before i names ("DR. MENSAH-OBI: ... I have argued ..."), or nil in a question's turn
// ("Q:", "QUESTION (AFP):") or before the first label. labels are the speaker-label
// mentions in order, before the mentions found before i (a label the gazetteer names,
// "RUTTE:", is one of these).
func turnPerson(tokens []Token, before, labels []mention, i int) []*entityInfo {
	for k := i; k >= 0; k-- {
		if k > 0 && tokens[k].Newlines == 0 {
			continue
		}
		e := labelEnd(tokens, k)
		if e < 0 {
			continue
		}
		for j := range labels {
			if labels[j].start >= k && labels[j].end <= e {
				return []*entityInfo{labels[j].info}
			}
		}
		for j := firstFrom(before, k); j < len(before) && before[j].end <= e; j++ {
			if m := &before[j]; !m.coref && m.info.Type == TypePerson {
				return []*entityInfo{m.info}
			}
		}
		return nil
	}
	return nil
}

// askerAt: token i stands in a question's turn of a transcript (the latest label at or before
// it opens a question: "QUESTION (AFP):", "Q:", an outlet's label).
func (ti *turnIndex) askerAt(tokens []Token, found []mention, a *anaphor, entities map[string]*entityInfo, i int) bool {
	if !ti.built {
		ti.build(tokens, found, a, entities)
	}
	n, _ := slices.BinarySearch(ti.starts, i+1)
	return n > 0 && !ti.speaker[n-1]
}
