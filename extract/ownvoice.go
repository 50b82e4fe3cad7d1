package extract

// A person who speaks for the source of a speech act. "Hayashi told reporters that Japan
// strongly condemns the launch", "The representative of Ukraine, Sergiy Kyslytsya, said that
// Kyiv held Moscow responsible", "Kallas said: 'The EU strongly condemns ...'": a minister,
// spokesperson or envoy saying that the state or body they serve condemns is that state's
// condemnation, made as it is said (SCHEMA.md Modality rule 1: "A speech act that is itself
// the relation is fact when the text states that it happened"; testdata README, "X condemned
// Y, X's spokesman said" is a fact), and so is its ministry's ("The State Department said in
// a statement that the United States condemns"). The speech verb's own subject was already the source
// ("Britain said that it condemned", speaks); this is its official. A person of another
// state still reports ("Zelensky said Japan condemned the launch": reported).

// speaksForSource: the speaker of the speech word at j is a person who serves src: by an
// OFFICIAL_OF the document stated before this sentence (to src, or to a body whose seat or
// government is src), by the gazetteer's state of the person, or by a title in this sentence
// that names src ("Japan's Chief Cabinet Secretary Yoshimasa Hayashi", "South Korea's
// ambassador, Hwang Joon-kook", "The representative of Ukraine, Sergiy Kyslytsya", "Fu Cong
// of China").
func (x *Extractor) speaksForSource(s *sentenceCtx, j int, src *entityInfo) bool {
	if src.Type != TypeState && src.Type != TypeInstitution {
		return false
	}
	sp := s.speakerOf(j, func(m *mention) bool { return m.info.Type == TypePerson || m.info.Type == TypeInstitution })
	if sp == nil || sp.start >= j {
		return false
	}
	if sp.info.Type == TypeInstitution {
		// "The State Department said in a statement that the United States condemns",
		// "Kenya's foreign ministry said that Kenya condemns": the state's own body.
		return src.Type == TypeState && x.bodyState(s, sp) == src
	}
	if sp.info.Type != TypePerson {
		return false
	}
	if s.served != nil && s.served.serves(sp.info.ID, src, s.infos) {
		return true
	}
	if sp.info.State != "" && sp.info.State == src.ID {
		return true
	}
	toks := s.tokens
	// "Fu Cong of China", "Robert Wood of the United States"
	if k := sp.end; k+1 < s.b && toks[k].is("of") {
		k++
		if toks[k].is("the") {
			k++
		}
		if m := s.mentionAt(k); m != nil && m.info == src {
			return true
		}
	}
	// A state or body before the name, with only its title between (one comma allowed right
	// before the name), and a role word of titles.txt in the title or just before the state.
	for i := range s.mentions {
		m := &s.mentions[i]
		if m.info != src || m.end > sp.start || m.end < sp.start-7 {
			continue
		}
		end := sp.start
		if end-1 >= m.end && toks[end-1].Text == "," {
			end--
		}
		ok, role := true, false
		for k := m.end; k < end; k++ {
			if !toks[k].isWord() && toks[k].Text != "'s" && toks[k].Text != "-" && toks[k].Text != "." {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		for k := max(s.a, m.start-4); k < end && !role; k++ {
			if k >= m.start && k < m.end {
				continue
			}
			role = x.lex.roles.matchAt(toks[:s.b], k) > 0
		}
		if role {
			return true
		}
	}
	return false
}

// bodyState: the state an institution's mention is a body of: its acting state (the gazetteer's
// seat, a possessive before it) or a state named inside its name ("South Korea's foreign
// ministry", "the Foreign Ministry of Peru"); nil if none.
func (x *Extractor) bodyState(s *sentenceCtx, m *mention) *entityInfo {
	if st := x.actingState(s, m); st != nil {
		return st
	}
	for i := range s.mentions {
		if n := &s.mentions[i]; n != m && n.info.Type == TypeState && n.start >= m.start && n.end <= m.end {
			return n.info
		}
	}
	return nil
}

// perfectBetween: a perfect auxiliary ("has", "have", "had") stands between j (the speech
// word, or the end of the source's name after it) and the trigger at t: what the speaker says was done before, which it reports (SCHEMA.md
// Modality rule 1: an actor's own claim about what it did).
func (s *sentenceCtx) perfectBetween(j, t int) bool {
	for k := j + 1; k < t; k++ {
		if s.tokens[k].is("has", "have", "had") {
			return true
		}
	}
	return false
}
