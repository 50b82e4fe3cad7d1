package extract

import "strings"

// officialRules finds OFFICIAL_OF from the ways text ties a person to a state or body:
// "Russian Foreign Minister Sergey Lavrov", "North Korea's leader Kim Jong Un", "Kyrylo
// Budanov, leader of Ukraine's military intelligence", "Julia Rösgren is a Research Intern at
// ISDP", "South Korea's current representative to the UN, Ambassador Hwang". They are
// appended to out (the sentence's relations: a slice of its own per sentence was a
// growing allocation in most sentences naming a person).
func (x *Extractor) officialRules(out []Relation, s *sentenceCtx) []Relation {
	emit := func(p, org *mention, role string) {
		if p == nil || org == nil || p.info == org.info || x.localOffice(org, role) {
			return
		}
		out = append(out, x.officialOf(s, p, org, role, "OFFICIAL_OF/title"))
	}
	orgOK := stateOrBody
	for k := range s.mentions {
		p := &s.mentions[k]
		if p.info.Type != TypePerson {
			continue
		}
		// Title before the name.
		if roleStart, titleStart, role, org := x.roleBefore(s, p.start); role != "" && !s.appositionEndsLine(roleStart, p.start) {
			var branch *mention // a service right before a rank
			if org == nil {
				org = s.stateBefore(roleStart)
			}
			if org == nil {
				// "Russian Security Council Secretary Sergei Shoygu": the title's first words end
				// a body's name, so the body is the office's.
				org = s.orgOverlapping(roleStart)
			}
			if org == nil {
				// Two roles in a row: "IDF spokesman Rear Admiral Daniel Hagari", "A Pentagon
				// spokesman, Major General Pat Ryder": the first names the body.
				end := roleStart
				if end > s.a && s.tokens[end-1].Text == "," {
					end--
				}
				if rs, _, r, o := x.roleBefore(s, end); r != "" && !(end < roleStart && s.bareApposition(rs)) {
					// Not "Ibrahim Traore, President of Burkina Faso, General Assimi Goita": that
					// role describes the name before it.
					if o == nil {
						o = s.stateBefore(rs)
					}
					if o != nil {
						org, role, roleStart = o, r, rs
					}
				}
			}
			if org != nil && org.end == roleStart && org.info.Type == TypeInstitution && x.lex.ranks.matchAt(s.tokens, roleStart) > 0 && !s.ofBefore(org.start) {
				// "Air Force Maj. Gen. Pat Ryder", "Marine Corps Gen. Michael Langley": a service
				// right before a rank is the officer's branch in the rank's style, no office held
				// in it (titles.txt class rank; gold in 4 of 4 documents). Not "Chairman of the
				// Joint Chiefs of Staff General Charles Brown", whose body is the title's before it.
				branch = org
			}
			if org != nil && org.end == roleStart && org.info.Type == TypeInstitution {
				// A body's title before a service and its rank: "Pentagon Press Secretary Air
				// Force Maj. Gen. Pat Ryder" is the Pentagon's press secretary as well.
				if rs, _, r, o := x.roleBefore(s, org.start); r != "" && x.lex.titles.matchAt(s.tokens, rs) > 0 {
					if o == nil {
						o = s.stateBefore(rs)
					}
					if o != nil && o.info.Type == TypeInstitution {
						emit(p, o, r)
					}
				}
			}
			if branch != nil {
				org = nil
			}
			if org != nil && org.start > s.a && s.tokens[org.start-1].is("former") && !pastRole(role) {
				role = "former " + role // "Former Russian Defence Minister Sergei Shoigu"
			}
			if org == nil && roleStart-2 > s.a && s.tokens[roleStart-1].is("and") {
				// "Japanese Foreign Minister Yoko Kamikawa and Defence Minister Minoru Kihara":
				// the state before the first title serves the second, bare one too.
				if prev := s.mentionEndingAt(roleStart-1, func(m *mention) bool { return m.info.Type == TypePerson }); prev != nil {
					if rs, _, r, o := x.roleBefore(s, prev.start); r != "" && o == nil {
						if st := s.stateBefore(rs); st != nil && (st.demonym || st.possessive) && x.lex.titles.matchAt(s.tokens, titleStart) > 0 &&
							(p.info.State == "" || p.info.State == st.info.ID) { // not "Putin and Foreign Minister Wang Yi"
							org = st
						}
					}
				}
			}
			if org == nil && roleStart > s.a+1 && s.tokens[roleStart-1].Lower == "whose" {
				// "Nigeria, whose president Bola Ahmed Tinubu"
				w := roleStart - 1
				if s.tokens[w-1].Text == "," {
					w--
				}
				org = s.mentionEndingAt(w, orgOK)
			}
			if org == nil && roleStart > s.a && s.tokens[roleStart-1].Text == "," {
				org = x.possessiveWithRole(s, roleStart-1)
				if org == nil {
					// "The chief of the Armed Forces of the Philippines, Gen. Romeo S. Brawner Jr."
					org, _ = x.roleOrgBeforeComma(s, roleStart-1)
				}
			}
			// A bare title ("President Macron") ties the person to the state the gazetteer
			// says they serve only where the sentence has named that state before it ("the
			// D.P.R.K. sent Foreign Minister Choe Son Hui"); alone it states no OFFICIAL_OF.
			if org == nil && x.lex.titles.matchAt(s.tokens, titleStart) > 0 && p.info.State != "" {
				org = s.mentionBefore(p.info.State, roleStart)
				// The state must act in the person's clause ("the D.P.R.K. sent Foreign
				// Minister Choe"), not own another body ("Türkiye's Grand National Assembly
				// approved it, and President Erdoğan signed it") or head another clause
				// ("Russia vetoed ..., hours after President Putin signed").
				if org != nil {
					pa, _ := s.clauseOf(p.start)
					if oa, _ := s.clauseOf(org.start); org.possessive || oa != pa || s.subordinateBetween(org.end, roleStart) || s.stateModifiesOther(x, org) || s.titledSpeaker(p, roleStart) || s.stateIsObject(org) {
						org = nil
					}
				}
			}
			if org == nil {
				// "a Russian delegation led by Deputy Defence Minister Yunus-Bek Yevkurov": a
				// title naming no state or body holds office for the delegation's.
				org = s.delegationOf(roleStart)
			}
			emit(p, org, role)
		} else if org := s.delegationOf(p.start); org != nil {
			// "a Hamas delegation led by Ismail Haniyeh": the leader of a party's delegation.
			emit(p, org, "head of delegation")
		} else if c := x.commaBeforeName(s, p.start); c > s.a {
			// "Speaking after a meeting with the North Korean ambassador, Lukashenko said": a
			// role ending an opening phrase, before a name that goes on as the main clause's
			// subject (no comma closes it as an apposition), is someone else's; so is a role
			// before a name with its own verb after it ("the greetings of Vladimir Putin,
			// President of the Russian Federation, Shoigu thanked"). appositionAfterComma
			// tells the two apart.
			subject := !s.appositionAfterComma(p, c)
			if org, role := x.possessiveRoleBeforeComma(s, c); org != nil && !subject {
				// "Russia's ambassador to North Korea, Alexander Matsegora"
				emit(p, org, role)
			} else if org, role := x.roleOrgBeforeComma(s, c); org != nil && !subject {
				// "The representative of the Russian Federation, Vassily Nebenzia"
				emit(p, org, role)
			} else if org, role := x.whoseRoleBeforeComma(s, c, orgOK); org != nil {
				// "Finland, ... and whose President, Alexander Stubb, is with us"
				emit(p, org, role)
			} else if org := s.mentionEndingAt(c, func(m *mention) bool { return m.info.Type == TypeState }); org != nil &&
				pairedRole(s.tokens, [2]int{s.a, s.b}, p.start, x.lex) != "" {
				// "the representatives of Brazil, Ronaldo Costa Filho, and India, Ruchira Kamboj":
				// each holder speaks for the state before the comma.
				emit(p, org, pairedRole(s.tokens, [2]int{s.a, s.b}, p.start, x.lex))
			} else if org, role, holders := x.pluralRoleBeforeComma(s, c, p); org != nil {
				// "two commanders of the Rapid Support Forces (RSF), A and B": each holds it.
				for _, h := range holders {
					emit(h, org, role)
				}
			} else if org := s.speaksFor(s.a, orgOK); org != nil && s.commaAfterOpening(c) {
				// "Speaking for the Russian Federation, Vassily Nebenzia said"
				emit(p, org, "representative")
			}
		} else if p.start-1 > s.a && (s.tokens[p.start-1].Text == "'s" || s.tokens[p.start-1].Text == "\u2019s") && !p.possessive {
			// "France's Nicolas de Rivière said": a state's possessive right before a person
			// ties them, in the phrase, to the state they speak or act for.
			if org := s.mentionEndingAt(p.start-1, func(m *mention) bool { return m.info.Type == TypeState }); org != nil {
				emit(p, org, "")
			}
		}
		// "Lai Ching-te took office as President of Taiwan", "Pezeshkian, who took office as
		// Iran's president": an office taken is held.
		if j := p.end; j < s.b {
			if j+1 < s.b && s.tokens[j].Text == "," {
				j++
			}
			if n := s.w.officeTaking.matchAt(s.tokens[:s.b], j); n > 0 {
				for _, found := range x.rolesAfter(s, j+n, orgOK) {
					emit(p, found.org, found.role)
				}
			}
		}
		// "Vassily Nebenzia, speaking for the Russian Federation, said"
		if j := p.end; j+1 < s.b && s.tokens[j].Text == "," {
			if org := s.speaksFor(j+1, orgOK); org != nil {
				emit(p, org, "representative")
			}
		}
		// Apposition or copula after the name.
		j := p.end
		if j < s.b && (s.tokens[j].is(",", "is", "was") || s.tokens[j].appositionDash()) {
			// "Ri Chang Ho — Chief of the Reconnaissance General Bureau": a dash opens the
			// apposition as a comma does.
			for _, found := range x.rolesAfter(s, j+1, orgOK) {
				emit(p, found.org, found.role)
			}
		} else if x.signatureLine(s, p) {
			// "COMMODORE JAY TARRIELA\nPCG Spokesperson for the West Philippine Sea": a
			// signature block gives the name a line and its office the next.
			for _, found := range x.rolesAfter(s, j, orgOK) {
				emit(p, found.org, found.role)
			}
		}
		// "Ferit Hoxha (Albania) said": the UN's meeting coverage names each speaker's
		// delegation in brackets after the name.
		if j := p.end; j+2 < s.b && s.tokens[j].Text == "(" {
			if org := s.mentionAt(j + 1); org != nil && org.info.Type == TypeState && org.end < s.b && s.tokens[org.end].Text == ")" {
				emit(p, org, "representative")
			}
		}
		// "Zhang Jun of China", "President Yoon Suk Yeol of the Republic of Korea", "Kang
		// Kyong Il and Ri Sin Song of the Korea Mining Development Trading Corporation".
		if org := x.ofOrgAfter(s, p, orgOK); org != nil {
			_, _, role, _ := x.roleBefore(s, p.start)
			emit(p, org, role)
		}
	}
	// "He is a Fellow at ...": a pronoun opening the sentence stands for the person the
	// previous sentence was about.
	if s.b-s.a > 2 && s.tokens[s.a].is("he", "she") && s.tokens[s.a+1].is("is", "was") {
		for k := range s.prev {
			if p := &s.prev[k]; p.info.Type == TypePerson {
				for _, found := range x.rolesAfter(s, s.a+2, orgOK) {
					emit(p, found.org, found.role)
				}
				break
			}
		}
	}
	return out
}

// officialOf: person p holds role for org, as the sentence states it. The sentence's date
// nearest the name dates the role: "On July 27, 2023, ... Defense Minister Sergei Shoigu" held
// the post that day.
func (x *Extractor) officialOf(s *sentenceCtx, p, org *mention, role, rule string) Relation {
	// A signature's name stands on the line before its office (signatureOffices): the
	// office's line, this sentence, is what dates it. (A choice of clause, not an index guard:
	// from the name's index, before the sentence, the date clause would be empty.)
	return Relation{Type: RelOfficialOf, Src: p.info.ID, Dst: org.info.ID, Role: role,
		Dates: s.dates(max(p.start, s.a)), Past: pastRole(role), RoleKey: x.roleKey(s, role),
		Polarity: Asserted, Modality: Fact, Sentence: p.sentence, Rule: rule}
}

// roleKey is IdentityKey of role without its past marker, computed once per document for
// each role: a document names the same few offices again and again.
func (x *Extractor) roleKey(s *sentenceCtx, role string) string {
	sc := s.scratch
	if k, ok := sc.roleKeys[role]; ok {
		return k
	}
	k := x.IdentityKey("", stripPast(role))
	if sc.roleKeys == nil {
		sc.roleKeys = map[string]string{}
	}
	sc.roleKeys[role] = k
	return k
}

// commaBeforeName: the comma right before the name at i, or before an honorific that opens
// it ("the President of the Republic of Chile, H.E. Mr. Tomas Ruiz,"); -1 when none.
func (x *Extractor) commaBeforeName(s *sentenceCtx, i int) int {
	for k := i - 1; k > s.a && k >= i-4; k-- {
		if s.tokens[k].Text == "," {
			if k == i-1 {
				return k
			}
			for j := k + 1; j < i; {
				n := x.lex.honorific.matchAt(s.tokens[:i], j)
				if n == 0 {
					// "the Omani Foreign Minister, Sayyid Badr Albusaidi", "the Emir, Sheikh
					// Tamim": after an apposition's comma a courtesy word (titles.txt courtesy)
					// is no word of the name (personPatterns leaves it out), so it stands
					// between the role and the name as an honorific does (h44coff).
					n = x.lex.courtesy.matchAt(s.tokens[:i], j)
				}
				if n == 0 {
					return -1
				}
				j += n
				if j < i && s.tokens[j].Text == "." {
					j++
				}
				if j == i {
					return k
				}
			}
			return -1
		}
	}
	return -1
}

// appositionAfterComma: the name p, right after a comma (and an honorific), stands in apposition to the role
// before that comma rather than opening a clause of its own as its subject. Where the comma
// closes the sentence's opening phrase ("Speaking after a meeting with the North Korean
// ambassador, Lukashenko said"), the name is the main clause's subject unless a second comma
// closes it ("After talks with Russia's envoy, Ivan Petrov, the minister left"). A name
// ending its sentence has no verb of its own, so it is in apposition wherever the comma
// stands ("Among those present was Russia's envoy, Ivan Petrov."). Anywhere else the name
// is in apposition when closed by punctuation or "and"/"or" (or is a possessive), not when
// its own verb follows it ("the greetings of Vladimir Putin, President of the
// Russian Federation, Shoigu thanked").
func (s *sentenceCtx) appositionAfterComma(p *mention, comma int) bool {
	if p.end >= s.b || p.end == s.b-1 && !s.tokens[p.end].isWord() {
		return true // only the sentence's closing stop after it: no verb of its own
	}
	next := s.tokens[p.end]
	if comma == s.opening {
		return next.Text == ","
	}
	return !next.isWord() || s.tw(wConjunction, p.end) || p.possessive
}

// signatureOffices: the name's line ended the previous sentence and this one is the office
// under it ("Anna Lind\nSpokesperson, Ministry of Foreign Affairs", split at the line break).
func (x *Extractor) signatureOffices(s *sentenceCtx) []Relation {
	n := len(s.prev)
	if n == 0 {
		return nil
	}
	p := &s.prev[n-1]
	if p.info.Type != TypePerson || p.end != s.a || !x.signatureLine(s, p) {
		return nil
	}
	var out []Relation
	orgOK := stateOrBody
	for _, found := range x.rolesAfter(s, s.a, orgOK) {
		out = append(out, x.officialOf(s, p, found.org, found.role, "OFFICIAL_OF/title"))
	}
	return out
}

// signatureLine: the name p fills its line but for a title or honorific before it, and the
// next line opens, within its first three words, with a role: a signature block or a
// witness list ("Anna Lind\nSpokesperson, Ministry of Foreign Affairs").
func (x *Extractor) signatureLine(s *sentenceCtx, p *mention) bool {
	j := p.end
	if j >= s.b || s.tokens[j].Newlines == 0 {
		return false
	}
	ls := p.start
	for ls > 0 && ls > p.start-3 && s.tokens[ls].Newlines == 0 {
		ls--
	}
	if s.tokens[ls].Newlines == 0 && ls != 0 {
		return false
	}
	for k := ls; k < p.start; k++ {
		if !s.tokens[k].isCap() && s.tokens[k].Text != "." {
			return false
		}
	}
	if s.tw(wArticle, j) {
		return false // "Anna Lind\nThe minister of ... said": the next line is prose, no office under a name
	}
	for k := j; k < s.b && k <= j+2; k++ {
		if k > j && s.tokens[k].Newlines > 0 {
			return false
		}
		if x.lex.roles.matchAt(s.tokens[:s.b], k) > 0 {
			return true
		}
	}
	return false
}

// speaksFor: the phrase at k speaks for someone (words.tsv speaks-for: "speaking for",
// "speaking on behalf of", "representing") and is followed by a state or body (after "the");
// that state or body, else nil.
func (s *sentenceCtx) speaksFor(k int, ok func(*mention) bool) *mention {
	if k >= s.b {
		return nil
	}
	n := s.w.speaksFor.matchAt(s.tokens[:s.b], k)
	if n == 0 {
		return nil
	}
	k += n
	if k < s.b && s.tokens[k].is("the") {
		k++
	}
	if m := s.mentionAt(k); m != nil && ok(m) && !m.possessive {
		return m
	}
	return nil
}

// commaAfterOpening: the comma at c closes the sentence's opening phrase (no other comma
// before it).
func (s *sentenceCtx) commaAfterOpening(c int) bool {
	for k := s.a; k < c; k++ {
		if s.tokens[k].Text == "," {
			return false
		}
	}
	return true
}

// roleBefore returns the start of a title or role phrase that ends right before token i (an
// honorific such as "Mr." may sit between: "counterpart Mr. Wang"), where its title starts,
// its text, and the state or body its office complement names ("President of the Republic
// of Kazakhstan Kassym-Jomart Tokayev", "Ukraine's Minister of Defence Rustem Umerov": no
// body in the complement, so nil).
func (x *Extractor) roleBefore(s *sentenceCtx, i int) (int, int, string, *mention) {
	end := i
	for k := i - 1; k >= s.a && k >= i-3; k-- {
		if n := x.lex.honorific.matchAt(s.tokens, k); n > 0 && (k+n == end || k+n+1 == end && s.tokens[k+n].Text == ".") {
			end = k
			break
		}
	}
	found := func(k, roleEnd int, org *mention) (int, int, string, *mention) {
		start := k
		// Modifiers that belong to the role: "former Prime Minister", "Deputy".
		for {
			if s.tw(wRoleModifier, start-1) {
				start--
			} else if start-2 >= s.a && s.tokens[start-1].Text == "-" && s.tokens[start-2].is("then", "ex") {
				start -= 2 // "then-Defense Minister"
			} else {
				break
			}
		}
		return start, k, surfaceOf(s.tokens, start, roleEnd), org
	}
	for k := max(s.a, end-5); k < end; k++ {
		if n := x.lex.roles.matchAt(s.tokens, k); n > 0 && k+n == end {
			return found(k, end, nil)
		} else if n > 0 && k+n+1 == end && s.tokens[k+n].Text == "." && !s.tokens[k+n].SpaceBefore {
			return found(k, k+n, nil) // "Gen. Romeo S. Brawner Jr."
		}
	}
	// A role and its office's complement: "Minister of Foreign Affairs of the Republic of
	// Azerbaijan Jeyhun Bayramov".
	for k := max(s.a, end-16); k < end; k++ {
		n := x.lex.roles.matchAt(s.tokens, k)
		if n == 0 || k+n >= end || !s.tw(wOfficeLink, k+n) {
			continue
		}
		if e, org := s.officeComplement(k+n, end); e == end {
			return found(k, k+n, org)
		}
	}
	// A post at a body: "Russian Permanent Representative to the UN Vassily Nebenzia". The
	// body is where the office is held, not whose it is (no org: the state before the role
	// is, stateBefore).
	for k := max(s.a, end-10); k < end && s.personAt(i); k++ {
		n := x.lex.roles.matchAt(s.tokens, k)
		if n == 0 || k+n+1 >= end || !s.tw(wRolePrep, k+n) || s.tw(wOfficeLink, k+n) {
			continue
		}
		c := k + n + 1
		if s.tw(wArticle, c) {
			c++
		}
		if m := s.mentionAt(c); m != nil && m.info.Type == TypeInstitution && m.end == end {
			return found(k, end, nil)
		}
	}
	return 0, 0, "", nil
}

// officeComplement reads an office's complement from k (an office-link word) up to limit:
// capitalised words joined by office-link words and "the" ("of Foreign Affairs of the
// Republic of Armenia"). It returns where the complement ends (before a person's name, a
// lower-case word, punctuation or a paragraph break) and the last state or body named inside it.
func (s *sentenceCtx) officeComplement(k, limit int) (int, *mention) {
	from, end := k, k
	for k < limit && s.tw(wOfficeLink, k) {
		c := k + 1
		if c < limit && s.tokens[c].Lower == "the" {
			c++
		}
		if c >= limit || !s.tokens[c].isCap() || !s.tokens[c].isWord() || s.personAt(c) {
			break
		}
		k = c
		for k < limit && !s.personAt(k) {
			if k > c && s.tokens[k].Newlines > 1 {
				break // a paragraph break ends the office: a line with no full stop ("Read by X, Spokesperson of the Government of Mali") is no part of the next paragraph's names
			}
			if m := s.mentionAt(k); m != nil && m.start == k && m.end <= limit && (m.info.Type == TypeState || m.info.Type == TypeInstitution) {
				k = m.end // a name read whole: "the Democratic People's Republic of Korea"
				continue
			}
			if !(s.tokens[k].isCap() && s.tokens[k].isWord() ||
				s.tokens[k].Text == "-" && !s.tokens[k].SpaceBefore && k+1 < limit && !s.tokens[k+1].SpaceBefore) {
				break
			}
			k++
		}
		end = k
	}
	var org *mention
	for j := range s.mentions {
		m := &s.mentions[j]
		if m.start > end {
			break
		}
		if m.start > from && m.end <= end && !m.coref && (m.info.Type == TypeState || m.info.Type == TypeInstitution) {
			org = m
		}
	}
	return end, org
}

// whoseRoleBeforeComma reads "STATE, whose ROLE," before a name ("Finland, which joined the
// Alliance, and whose President, Alexander Stubb, is with us"): the state before "whose", or
// the antecedent of the relative clause "whose" continues after ", and".
func (x *Extractor) whoseRoleBeforeComma(s *sentenceCtx, comma int, orgOK func(*mention) bool) (*mention, string) {
	for r := comma - 1; r > s.a+1 && r >= comma-3; r-- {
		if n := x.lex.roles.matchAt(s.tokens[:comma], r); n == 0 || r+n != comma || !s.tokens[r-1].is("whose") {
			continue
		}
		w := r - 1
		if s.tokens[w-1].Text == "," {
			w--
		}
		if m := s.mentionEndingAt(w, orgOK); m != nil {
			return m, surfaceOf(s.tokens, r, comma)
		}
		if s.tokens[w-1].is("and") {
			// "X, which ..., and whose": the antecedent of the first relative clause
			for k := w - 2; k > s.a && k >= w-20; k-- {
				if s.tw(wWhRelative, k) && s.tokens[k-1].Text == "," {
					if m := s.mentionEndingAt(k-1, orgOK); m != nil {
						return m, surfaceOf(s.tokens, r, comma)
					}
					break
				}
			}
		}
		return nil, ""
	}
	return nil, ""
}

// personAt: a person's name starts at token k.
func (s *sentenceCtx) personAt(k int) bool {
	m := s.mentionAt(k)
	return m != nil && m.info.Type == TypePerson
}

// roleOrgBeforeComma reads a role that names its state or body, ending at the comma before a
// name: "The representative of the Russian Federation, Vassily Nebenzia", "A Pentagon
// spokesman, Major General Pat Ryder".
func (x *Extractor) roleOrgBeforeComma(s *sentenceCtx, comma int) (*mention, string) {
	for k := max(s.a, comma-16); k < comma; k++ {
		n := x.lex.roles.matchAt(s.tokens, k)
		if n == 0 || k+n > comma {
			continue
		}
		if s.bareApposition(k) {
			// "General Ruiz, commander of the Chilean Division, and the British Ambassador to
			// Chile, Louise Carter": a first name's apposition closed by ", and" leaves the
			// role after it to the next name (h44coff); read on from there.
			if j := s.commaAndAfter(k+n, comma); j > 0 {
				k = j - 1
				continue
			}
			return nil, "" // "the greetings of Vladimir Putin, President of the Russian Federation, Shoigu ...": Putin's
		}
		if k+n == comma {
			if org := s.stateBefore(k); org != nil {
				return org, surfaceOf(s.tokens, k, k+n)
			}
			continue
		}
		if org := s.stateBefore(k); org != nil && s.domainComplement(k+n, comma) {
			// "the UN Special Envoy for Yemen, Hans Grundberg", "The PCG Spokesperson for the
			// West Philippine Sea, Commodore Jay Tarriela": the body before the role holds it;
			// the complement names the role's brief, not its owner.
			return org, surfaceOf(s.tokens, k, k+n)
		}
		if !s.tw(wOfficeLink, k+n) {
			continue
		}
		e, org := s.officeComplement(k+n, comma)
		// "The Ambassador of Peru in Quito, Luis Vargas": "in" and the host's capital or
		// country read as "to" does (h44coff).
		if e < comma && org != nil && s.tw(wEnvoyTitle, k+n-1) && s.tokens[e].is("to", "in") {
			// r41bsanc: "the Ambassador of the Russian Federation to the Republic of Korea,
			// Georgy Zinoviev": an envoy's complement names the state served, and "to" the host
			// (as rolesAfter reads it after the name), which must end the phrase at the comma.
			h := e + 1
			if h < comma && s.tw(wArticle, h) {
				h++
			}
			if m := s.mentionAt(h); m != nil && m.end == comma && (m.info.Type == TypeState || m.info.Type == TypeInstitution || s.tokens[e].is("in") && m.info.Type == TypePlace) {
				return org, surfaceOf(s.tokens, k, k+n)
			}
		}
		if e == comma {
			if org == nil {
				// "the Spanish Minister of Foreign Affairs, José Manuel Albares": a complement
				// naming only the office leaves the state to the demonym before the role, as
				// it does right before a name (roleBefore's caller).
				org = s.stateBefore(k)
			}
			if org != nil {
				return org, surfaceOf(s.tokens, k, k+n)
			}
		}
	}
	return nil, ""
}

// commaAndAfter: the token after the first ", and" in [i, end), or 0 (roleOrgBeforeComma).
func (s *sentenceCtx) commaAndAfter(i, end int) int {
	for j := max(i, s.a+1); j < end; j++ {
		if s.tokens[j].is("and") && s.tokens[j-1].Text == "," {
			return j + 1
		}
	}
	return 0
}

// stateModifiesOther: the state named before a bare title belongs to another phrase: a
// demonym before another person's title ("Ukrainian Foreign Minister Kuleba asked President
// Zelensky"), a part of a hyphened compound ("the UK-Ukraine Partnership was signed by ...
// President Zelenskyy") or one side of a pair after "between" ("agreements concluded between
// Allies and Ukraine, including the one signed by President Zelenskyy").
func (s *sentenceCtx) stateModifiesOther(x *Extractor, org *mention) bool {
	if org.demonym && org.end < s.b && x.lex.titles.matchAt(s.tokens[:s.b], org.end) > 0 {
		return true
	}
	if org.end < s.b && s.tokens[org.end].Text == "-" && !s.tokens[org.end].SpaceBefore ||
		org.start-1 > s.a && s.tokens[org.start-1].Text == "-" && !s.tokens[org.start].SpaceBefore {
		return true
	}
	for k := org.start - 1; k >= s.a && k >= org.start-4; k-- {
		if s.tw(wBetween, k) {
			return true
		}
		if !s.tokens[k].is("and", ",", "the") && !(s.tokens[k].isCap() && s.tokens[k].isWord()) {
			break
		}
	}
	return false
}

// titledSpeaker: the person with a bare title is the source of what the clause reports
// ("Ukrainian troops have taken two soldiers prisoner, President Zelensky said", "Belarus
// joined ..., said President Lukashenko"): the state before is the report's, not the title's.
func (s *sentenceCtx) titledSpeaker(p *mention, roleStart int) bool {
	if p.end < s.b && (s.tw(wSpeech, p.end) || s.tokens[p.end].is("saying")) {
		return true
	}
	return roleStart-1 > s.a && s.tw(wSpeech, roleStart-1)
}

// pluralRoleBeforeComma reads a plural role and its body ending at the comma before a list
// of two or more names: "two senior officers of the Korean People's Army, Kim Yong Bok and Ri
// Chang Ho", "two commanders of the Rapid Support Forces (RSF), A and B". It returns the body,
// the singular role and the people listed (names joined by commas and "and", from p).
func (x *Extractor) pluralRoleBeforeComma(s *sentenceCtx, comma int, p *mention) (*mention, string, []*mention) {
	end := comma
	if end-3 > s.a && s.tokens[end-1].Text == ")" && s.tokens[end-3].Text == "(" {
		end -= 3 // the body's short form in brackets
	}
	org := s.mentionEndingAt(end, func(m *mention) bool { return m.info.Type == TypeState || m.info.Type == TypeInstitution })
	if org == nil || org.possessive {
		return nil, "", nil
	}
	k := org.start - 1
	if k > s.a && s.tokens[k].is("the") {
		k--
	}
	if k-1 < s.a || !s.tokens[k].is("of") || !pluralRoleAt(s.tokens, k-1, x.lex) {
		return nil, "", nil
	}
	holders := []*mention{p}
	for j := p.end; j+1 < s.b && len(holders) < 8; {
		q := j + 1
		if s.tokens[j].Text == "," && s.tokens[q].is("and") {
			q++
		} else if !s.tokens[j].is(",", "and") {
			break
		}
		m := s.mentionAt(q)
		if m == nil || m.info.Type != TypePerson {
			break
		}
		holders = append(holders, m)
		j = m.end
	}
	if len(holders) < 2 {
		return nil, "", nil // a plural role names a list
	}
	return org, singularNoun(s.tokens[k-1].Lower), holders
}

// domainComplement: the tokens [k, comma) are a role's brief, "for" or "on" and a name or
// capitalised words ("for Yemen", "for the West Philippine Sea", "on Human Rights"), or an
// envoy's posting, "to" and the host ("the US Ambassador to the United Nations"), or a
// locative and the place it is held in, named or described ("the U.S. Ambassador in Manila",
// "the British Ambassador in the city": the envoy's state is still the one before the role).
func (s *sentenceCtx) domainComplement(k, comma int) bool {
	posted := k+1 < comma && s.tw(wEnvoyTitle, k-1) && s.tw(wLocative, k)
	if posted && definiteSite(s.tokens, k+1, comma, s.w) {
		return true
	}
	if k+1 >= comma || !s.tokens[k].is("for", "on") && !(s.tokens[k].is("to") && s.tw(wEnvoyTitle, k-1)) && !posted {
		return false
	}
	for j := k + 1; j < comma; j++ {
		if !s.tokens[j].isCap() && !s.tokens[j].is("the", "of", "and") && s.mentionAt(j) == nil {
			return false
		}
	}
	return s.tokens[comma-1].isCap()
}

// ofOrgAfter: the state or body after "of" right behind a person's name, or behind a list
// of people joined by "and" when it is a body ("Kang Kyong Il and Ri Sin Song of the Korea
// Mining Development Trading Corporation"). A possessive names what the body owns ("Zhang of
// China's foreign ministry"), not the body.
func (x *Extractor) ofOrgAfter(s *sentenceCtx, p *mention, orgOK func(*mention) bool) *mention {
	j, listed := p.end, false
	for j+1 < s.b && s.tokens[j].Lower == "and" {
		q := j + 1 // past a title: "Colonel Pedro Alves and Commander Marco Silva of ..."
		if n := x.lex.titles.matchAt(s.tokens[:s.b], q); n > 0 {
			q += n
		}
		if q >= s.b || !s.personAt(q) {
			break
		}
		j, listed = s.mentionAt(q).end, true
	}
	if j >= s.b || s.tokens[j].Lower != "of" {
		return nil
	}
	k := j + 1
	if k < s.b && s.tokens[k].Lower == "the" {
		k++
	}
	m := s.mentionAt(k)
	if m == nil || m.coref || m.possessive || m.demonym || !orgOK(m) || listed && m.info.Type != TypeInstitution {
		return nil
	}
	return m
}

// stateBefore is a state (or body) named right before a role: "Russian", "North Korea's",
// "U.S.".
func (s *sentenceCtx) stateBefore(i int) *mention {
	for k := len(s.mentions) - 1; k >= 0; k-- {
		m := &s.mentions[k]
		if m.end > i {
			continue
		}
		gap := i - m.end
		if m.possessive {
			gap = i - s.afterPossessive(m) // "Russia's envoy", and "its envoy" with no "'s" to skip
		}
		if gap == 0 && (m.info.Type == TypeState || m.info.Type == TypeInstitution && !(m.coref && s.pronounMention(m))) {
			return m // "its envoy" is a state's; "its" is too often resolved to a body ("the council")
		}
		return nil
	}
	return nil
}

// delegationOf: the words before token i are "<state or body> [modifiers] <side-head> led by"
// (words.tsv side-head, lead-participle: "a Russian military delegation led by", "Belarus's
// delegation, headed by"); the state or body whose delegation the person at i leads, or nil.
// Up to two lower-case modifiers may stand between the name and the noun ("the Hamas
// negotiating delegation").
func (s *sentenceCtx) delegationOf(i int) *mention {
	k := i - 3
	if k <= s.a || !s.tokens[i-1].is("by") || !s.tw(wLeadParticiple, i-2) {
		return nil
	}
	if s.tokens[k].Text == "," {
		k--
	}
	if k <= s.a || !s.tw(wSideHead, k) {
		return nil
	}
	for range 3 {
		if m := s.stateBefore(k); m != nil {
			return m
		}
		if k-1 <= s.a || !s.tokens[k-1].isWord() || s.tokens[k-1].Text != s.tokens[k-1].Lower || s.tw(wArticle, k-1) {
			return nil
		}
		k--
	}
	return nil
}

// delegationLeader: the noun phrase at k is a party's delegation with its leader after
// "led by" ("a Russian delegation led by Deputy Defence Minister Yunus-Bek Yevkurov", "the
// Israeli delegation headed by Director of the Mossad David Barnea"); the leader, who stands
// for the delegation as a guest or a partner in talks, or nil. Only an article, the party's
// name and lower-case modifiers may come before the noun (words.tsv side-head), and only
// capitalised title words, "of" and "the" between "by" and the name.
func (s *sentenceCtx) delegationLeader(k, cb int) *mention {
	for n := 0; k < cb && n < 5 && !s.tw(wSideHead, k); n++ {
		if m := s.mentionAt(k); m != nil && (m.info.Type == TypeState || m.info.Type == TypeInstitution) {
			k = m.end
			continue
		}
		if !s.tokens[k].isWord() || s.tokens[k].isCap() && !s.tw(wArticle, k) {
			return nil
		}
		k++
	}
	if k >= cb || !s.tw(wSideHead, k) {
		return nil
	}
	k++
	if k < cb && s.tokens[k].Text == "," {
		k++
	}
	if k+2 >= cb || !s.tw(wLeadParticiple, k) || !s.tokens[k+1].is("by") {
		return nil
	}
	for j := k + 2; j < cb && j < k+12; j++ {
		if m := s.mentionAt(j); m != nil {
			if m.info.Type == TypePerson {
				return m
			}
			j = m.end - 1
			continue
		}
		if !s.tokens[j].isCap() && !s.tokens[j].is("of", "the", ".") {
			return nil
		}
	}
	return nil
}

// orgOverlapping returns the state or body whose name runs from before token i into it, or nil.
func (s *sentenceCtx) orgOverlapping(i int) *mention {
	for k := range s.mentions {
		m := &s.mentions[k]
		if m.start < i && m.end > i && (m.info.Type == TypeState || m.info.Type == TypeInstitution) {
			return m
		}
	}
	return nil
}

// possessiveWithRole handles "South Korea's current representative to the UN, Ambassador
// Hwang": a possessive state followed by a role, before the comma at i.
func (x *Extractor) possessiveWithRole(s *sentenceCtx, comma int) *mention {
	for k := len(s.mentions) - 1; k >= 0; k-- {
		m := &s.mentions[k]
		if m.end > comma || comma-m.end > 8 {
			continue
		}
		if m.possessive && (m.info.Type == TypeState || m.info.Type == TypeInstitution && !m.coref) {
			for j := s.afterPossessive(m); j < comma; j++ {
				if x.lex.roles.matchAt(s.tokens, j) > 0 {
					return m
				}
			}
		}
	}
	return nil
}

// possessiveRoleBeforeComma reads "STATE's ROLE [to X]" ending at the comma before a name.
func (x *Extractor) possessiveRoleBeforeComma(s *sentenceCtx, comma int) (*mention, string) {
	for k := len(s.mentions) - 1; k >= 0; k-- {
		m := &s.mentions[k]
		if m.end > comma {
			continue
		}
		if comma-m.end > 8 {
			return nil, ""
		}
		if !m.possessive && !(m.coref && s.afterPossessive(m) > m.end) || m.info.Type != TypeState && m.info.Type != TypeInstitution {
			continue // "to North Korea" inside the role phrase
		}
		if m.coref && m.info.Type != TypeState && s.pronounMention(m) && !s.conjoinedAntecedent(m) {
			continue // "its ambassador": a state's; "its" is too often resolved to a body ("the council")
		}
		// "the alliance's Secretary General, Jens Stoltenberg", "the Forum's director, Liisa
		// Korhonen": a definite description resolved to the body names it.
		from := s.afterPossessive(m)
		for j := from; j < comma; j++ {
			if n := x.lex.roles.matchAt(s.tokens, j); n > 0 && (j+n == comma || s.tw(wRolePrep, j+n)) {
				return m, surfaceOf(s.tokens, from, j+n)
			}
		}
	}
	return nil, ""
}

// conjoinedAntecedent: the possessive pronoun m follows its own antecedent and "and" ("the
// Russian firm Aerosfera LLC and its director, Oleg Vetrov"): the body it stands for is the
// conjunct right before it, not a guess across clauses.
func (s *sentenceCtx) conjoinedAntecedent(m *mention) bool {
	if m.start-2 < s.a || !s.tw(wConjunction, m.start-1) {
		return false
	}
	ante := s.mentionEndingAt(m.start-1, func(o *mention) bool { return !o.coref })
	return ante != nil && ante.info == m.info
}

// pronounMention: the mention is a pronoun or possessive determiner resolved to its
// antecedent ("its", "their"), not a definite description ("the alliance").
func (s *sentenceCtx) pronounMention(m *mention) bool {
	return s.tw(wPronoun, m.start) || s.tw(wGroupPossessive, m.start) || s.tw(wPossessive, m.start)
}

// afterPossessive: the token after a possessive mention: past its "'s", or right after a
// possessive pronoun resolved to it ("its ambassador, Kazuyuki Yamazaki").
func (s *sentenceCtx) afterPossessive(m *mention) int {
	if m.end < s.b && (s.tokens[m.end].Text == "'s" || s.tokens[m.end].Text == "\u2019s") {
		return m.end + 1
	}
	return m.end
}

// appositionEndsLine: the title at roleStart follows "Name," and a line break parts it from
// the name at name ("Anna Berg, Minister of Defence of Sweden\nJonas Lind, ..."): a block of
// entries a line each, which the sentence splitter left joined. The title is the apposition
// of the name before the comma, not the next line's name's. A title wrapped inside a line of
// prose ("said Foreign\nMinister Anna Berg") has no name and comma before it.
func (s *sentenceCtx) appositionEndsLine(roleStart, name int) bool {
	if name >= s.b || s.tokens[name].Newlines == 0 {
		return false
	}
	c := roleStart - 1
	if c > s.a && s.tokens[c].is("the") {
		c-- // "Anna Berg, the Minister of Defence of Sweden"
	}
	if c <= s.a || s.tokens[c].Text != "," {
		return false
	}
	return s.mentionEndingAt(c, func(m *mention) bool { return m.info.Type == TypePerson }) != nil
}

type roleOrg struct {
	role string
	org  *mention
}

// rolesAfter reads "[the|a] [adjectives] ROLE (of|at|for|to) [the] ORG", repeated after "and"
// ("the Head of the Stockholm Korea Center and Distinguished Military Fellow at ISDP"), and
// "the highest Chinese official" (a demonym inside the role phrase).
func (x *Extractor) rolesAfter(s *sentenceCtx, i int, orgOK func(*mention) bool) []roleOrg {
	var out []roleOrg
	ca, cb := i, s.b
	for k := i; k < cb; k++ {
		if k > i && s.personAt(k) {
			break // "Indian Prime Minister Narendra Modi, Australian Prime Minister ...": the next person's roles
		}
		if k > i && s.opensItem(k) {
			break // "(3) X, Director of ...\n(4) Y, director of a Russian company": the next entry's
		}
		n := x.lex.roles.matchAt(s.tokens, k)
		if n == 0 {
			if s.tokens[k].is(";", "who", "which") || s.tw(wSpeech, k) || k-ca > 12 {
				break
			}
			if k > s.a && s.tokens[k-1].Text == "," && s.tw(wClauseCoordinator, k) {
				break // "to Antony Blinken, and with that Sweden became the 32nd member of": a new clause
			}
			continue
		}
		if k+n < cb && s.personAt(k+n) && !s.appositionEndsLine(k, k+n) {
			break // a title of the next person: "..., Australian Prime Minister Anthony Albanese"
		}
		if k+n < cb && s.tw(wOfficeLink, k+n) {
			if e, _ := s.officeComplement(k+n, cb); e < cb && s.personAt(e) && !s.appositionEndsLine(k, e) {
				// "Richard Marles, Japanese Minister of Defense Kihara Minoru", "X, ... attended by
				// Latvian Minister of Defence Andris Spruds": the title with its office is the
				// next person's.
				break
			}
		}
		role := surfaceOf(s.tokens, k, k+n)
		if k > ca && s.tokens[k-1].is("former") {
			role = "former " + role // "Shoigu, the former defence minister"
		}
		after := k + n
		var org *mention
		// "Russia's deputy envoy to the UN", "the ambassador to Japan": after an envoy's title
		// "to" names the host the envoy is sent to, not the state or body the envoy serves.
		hostTo := after < cb && s.tw(wEnvoyTitle, after-1) && s.tokens[after].is("to")
		if after < cb && s.tw(wRolePrep, after) && !hostTo {
			for j := range s.mentions {
				m := &s.mentions[j]
				if m.start > after && m.start <= after+3 && orgOK(m) {
					if m.demonym {
						continue // "a professor of North Korean studies": an adjective of the subject, not the employer
					}
					org = m
					if m.possessive && j+1 < len(s.mentions) && s.mentions[j+1].start <= m.end+1 && orgOK(&s.mentions[j+1]) {
						org = &s.mentions[j+1] // "president of Venezuela's Supreme Tribunal of Justice"
					} else if m.info.Type == TypeState && j+1 < len(s.mentions) && s.mentions[j+1].start == m.end &&
						s.mentions[j+1].info.Type == TypeInstitution && orgOK(&s.mentions[j+1]) {
						org = &s.mentions[j+1] // "Chairman of the ROK Joint Chiefs of Staff": the state's body
					}
					break
				}
			}
			if org == nil {
				org = s.fieldThenBody(after, cb, orgOK)
			}
		}
		if org == nil && after < cb && s.tw(wOfficeLink, after) {
			// "Minister of Defence and Veterans Affairs of Burkina Faso"
			if _, o := s.officeComplement(after, cb); o != nil && orgOK(o) && !o.demonym {
				org = o
			}
		}
		if org == nil {
			// "the highest Chinese official"; "Zhang Jun, China's permanent representative"
			// "Dmitry Peskov, the Kremlin spokesman"; "X, the U.S. ambassador": a state's name
			// as the apposition's first word after its article.
			km := k // past modifiers of the role: "Mark Rutte, NATO's new secretary-general"
			for km > i && s.tw(wRoleModifier, km-1) {
				km--
			}
			if st := s.stateBefore(km); st != nil && (st.demonym || (st.possessive || st.end == k && st.info.Type == TypeState) && st.start == s.appositionOpen(i, st.start)) {
				org = st
			} else if st != nil && st.end == k && st.info.Type == TypeInstitution && !st.coref && st.start == s.appositionOpen(i, st.start) &&
				(after >= cb || !s.tokens[after].isCap()) {
				// "Jay Tarriela, the PCG spokesperson", "Michael Kurilla, CENTCOM commander": a
				// body's name right before the title, opening the apposition, is the body served;
				// not a title before a capitalised name ("X, NIS Director Cho Tae-yong"), which
				// is that name's.
				org = st
			}
		}
		if org == nil {
			// "Karim Haddad, Senior Research Fellow, Levant Policy Centre": a byline's body;
			// "X, Assistant Chief of the Defence Staff (Operations), Ministry of Defence": after
			// the office's complement and a bracketed remark.
			e := after
			if e < cb && s.tw(wOfficeLink, e) {
				e, _ = s.officeComplement(e, cb)
			}
			if e < cb && s.tokens[e].Text == "(" {
				for c := e + 1; c < cb && c <= e+5; c++ {
					if s.tokens[c].Text == ")" {
						e = c + 1
						break
					}
				}
			}
			if e+1 < cb && s.tokens[e].Text == "," {
				if m := s.mentionAt(e + 1); m != nil && m.info.Type == TypeInstitution && !m.possessive && orgOK(m) {
					org = m
				} else if u := s.unitBeforeComma(e+1, cb); u > 0 && u+1 < cb {
					// r41bsanc: "Senior Fellow, Gulf and Horn Programme, Nordic Institute for
					// Strategic Affairs": a programme or desk of the body stands between.
					if m := s.mentionAt(u + 1); m != nil && m.info.Type == TypeInstitution && !m.possessive && orgOK(m) {
						org = m
					}
				}
			}
		}
		if org != nil && s.introducesNext(max(org.end, after), cb) && !s.bareApposition(k) {
			break // "Blinken, the Minister of Foreign Affairs of Japan, Kamikawa Yoko": the next name's role
		}
		if org != nil {
			out = append(out, roleOrg{role, org})
			ca = org.end
		}
		k = after - 1
	}
	return out
}

// appositionOpen: where the name of an apposition opening at i may start, past its article and
// words.tsv role-modifier words before the name, up to end ("X, the acting U.S. envoy", "X, the
// interim EU representative"): an acting or interim office is held for the state or body as the
// plain one is (stop 42).
func (s *sentenceCtx) appositionOpen(i, end int) int {
	j := i
	if j < end && s.tw(wArticle, j) {
		j++
	}
	for j < end && s.tw(wRoleModifier, j) && s.mentionAt(j) == nil {
		j++
	}
	return j
}

// unitBeforeComma: the tokens from k are a unit of a body named in Title Case, a few
// capitalised words joined by "and", "&" or "of", naming no institution ("Gulf and Horn
// Programme", "Arctic and Tundra Studies"), closed by a comma: the comma's index, or 0.
func (s *sentenceCtx) unitBeforeComma(k, cb int) int {
	words := 0
	for j := k; j < cb && j <= k+6; j++ {
		tk := s.tokens[j]
		switch {
		case tk.Text == ",":
			if words >= 2 && !tk.is("and", "&", "of") && !s.tokens[j-1].is("and", "&", "of") {
				return j
			}
			return 0
		case tk.is("and", "&", "of"):
			if j == k {
				return 0
			}
		case tk.isCap() && tk.isWord():
			if m := s.mentionAt(j); m != nil && (m.info.Type == TypeInstitution || m.info.Type == TypePerson) {
				return 0
			}
			words++
		default:
			return 0
		}
	}
	return 0
}

// fieldThenBody reads a role's field of study or work and the body after it: "a professor of
// security studies at Keio University", "a professor of North Korean studies at Ewha Womans
// University": "of" at k, lower-case words or a demonym, then a role preposition and [the]
// an institution. Nil when a capitalised word that names nothing, a comma or a clause word
// comes first.
func (s *sentenceCtx) fieldThenBody(k, cb int, orgOK func(*mention) bool) *mention {
	if k+2 >= cb || !s.tokens[k].is("of") {
		return nil
	}
	for j := k + 1; j < cb && j <= k+6; j++ {
		if m := s.mentionAt(j); m != nil && m.demonym {
			j = m.end - 1
			continue
		}
		tk := s.tokens[j]
		if j > k+1 && s.tw(wRolePrep, j) && !tk.is("of") {
			b := j + 1
			if b < cb && s.tw(wArticle, b) {
				b++
			}
			if m := s.mentionAt(b); m != nil && m.info.Type == TypeInstitution && !m.possessive && !m.coref && orgOK(m) {
				return m
			}
			return nil
		}
		if !tk.isWord() || tk.isCap() || s.tw(wFunction, j) || s.trigAt(j) {
			return nil
		}
	}
	return nil
}

// subordinateBetween: a subordinator or ", and" stands in [a, b).
func (s *sentenceCtx) subordinateBetween(a, b int) bool {
	for k := a; k < b; k++ {
		if s.tw(wSubordinator, k) || s.tokens[k].Text == "," && k+1 < b && s.tw(wConjunction, k+1) {
			return true
		}
	}
	return false
}

// bareApposition: the role at k opens, with no article, an apposition right after a person's
// name and its comma ("Vladimir Putin, President of the Russian Federation,"): it describes
// that person even when another name follows its closing comma. With an article it may
// introduce the next name ("Blinken, the Minister of Foreign Affairs of Japan, Kamikawa").
func (s *sentenceCtx) bareApposition(k int) bool {
	if k-2 < s.a || s.tokens[k-1].Text != "," || s.tw(wArticle, k) {
		return false
	}
	m := s.mentionEndingAt(k-1, func(m *mention) bool { return m.info.Type == TypePerson })
	return m != nil
}

// introducesNext: a role phrase ending at k is followed by a comma and a person's name (past
// a rank: ", Gen. Romeo S. Brawner Jr."), whose role it is.
func (s *sentenceCtx) introducesNext(k, cb int) bool {
	if k >= cb || s.tokens[k].Text != "," {
		return false
	}
	for q := k + 1; q < cb && q <= k+5; q++ {
		if s.personAt(q) {
			return true
		}
		if !s.tokens[q].isCap() && s.tokens[q].Text != "." {
			return false
		}
	}
	return false
}

// mentionBefore is a mention of the entity id that ends before token i in the sentence, or nil.
func (s *sentenceCtx) mentionBefore(id string, i int) *mention {
	for k := range s.mentions {
		if m := &s.mentions[k]; m.info.ID == id && m.end <= i && !m.coref {
			return m
		}
	}
	return nil
}

// pastRole: "former Defense Minister", "then-Defense Minister", "ex-President" name a post no
// longer held.
func pastRole(role string) bool { return stripPast(role) != role }

// stripPast removes the marker of a past role: "former Defense Minister" -> "Defense Minister".
func stripPast(role string) string {
	l := strings.ToLower(role)
	for _, p := range []string{"former ", "then-", "ex-"} {
		if strings.HasPrefix(l, p) {
			return strings.TrimSpace(role[len(p):])
		}
	}
	return role
}

// sideRules reads a readout's participant list split by sides ("From the Japanese side, Ms.
// A, Minister for Foreign Affairs, and Mr. B, Minister of Defense, attended, and from the
// Philippine side, Hon. C, Secretary of Foreign Affairs, attended"): with two or more sides of
// different states, every participant meets every participant of the other sides, and a
// participant whose role follows the name in apposition holds it for their side's state.
func (x *Extractor) sideRules(s *sentenceCtx) []Relation {
	type side struct {
		at    int // the token that opens the side ("from")
		state *mention
		// represented: the side is "STATE was represented by": each person listed is the
		// state's representative, whether or not an office follows the name.
		represented bool
	}
	// A side needs a side-head word after "from the" and its state, or a side-verb after a
	// state and "was": most sentences have none, and a class bit per token is cheaper than
	// the word compares below.
	head, verb := false, -1
	for k := s.a + 2; k < s.b && !head && verb < 0; k++ {
		head = k >= s.a+3 && s.tw(wSideHead, k)
		if s.tw(wSideVerb, k) && k+1 < s.b && s.tokens[k+1].is("by") && s.tw(wBe, k-1) {
			verb = k
		}
	}
	if !head && verb < 0 {
		return nil
	}
	var sides []side
	if verb >= 0 {
		representedSides(s, verb, func(at int, st *mention) { sides = append(sides, side{at, st, true}) })
	}
	for k := s.a; head && k+3 < s.b; k++ {
		if !s.tokens[k].is("from", "on") || !s.tokens[k+1].is("the") {
			continue
		}
		st := s.mentionAt(k + 2)
		if st == nil || st.info.Type != TypeState || st.possessive || st.end >= s.b || !s.tw(wSideHead, st.end) {
			continue
		}
		sides = append(sides, side{k, st, false})
	}
	if len(sides) < 2 && !(len(sides) == 1 && sides[0].represented) {
		return nil // one state represented has its officials, though no one to meet
	}
	people := make([][]*mention, len(sides))
	for i, sd := range sides {
		end := s.b
		if i+1 < len(sides) {
			end = sides[i+1].at
		}
		if sd.represented {
			// The list of representatives ends where a clause of its own opens ("Brazil
			// was represented by A, who met B"): B is no representative.
			for k := sd.state.end; k < end; k++ {
				if s.tw(wClause, k) || s.tw(wSubordinator, k) {
					end = k
				}
			}
		}
		for j := range s.mentions {
			if m := &s.mentions[j]; m.info.Type == TypePerson && !m.coref && m.start > sd.state.end && m.end <= end {
				people[i] = append(people[i], m)
			}
		}
	}
	var out []Relation
	for i := range sides {
		for _, p := range people[i] {
			role := ""
			if j := p.end; j < s.b && s.tokens[j].Text == "," {
				if n := x.lex.roles.matchAt(s.tokens[:s.b], j+1); n > 0 {
					role = surfaceOf(s.tokens, j+1, j+1+n)
				}
			}
			if role == "" && sides[i].represented {
				role = "representative"
			}
			if role != "" {
				out = append(out, x.officialOf(s, p, sides[i].state, role, "OFFICIAL_OF/side"))
			}
			for k := i + 1; k < len(sides); k++ {
				if sides[k].state.info == sides[i].state.info {
					continue
				}
				for _, q := range people[k] {
					if q.info != p.info {
						out = append(out, Relation{Type: RelMetWith, Src: p.info.ID, Dst: q.info.ID,
							Dates: s.dates(p.start), Polarity: Asserted, Modality: Fact, Sentence: p.sentence, Rule: "MET_WITH/side"})
					}
				}
			}
		}
	}
	return out
}

// representedSides finds the sides of "Japan was represented by A and B, and the Philippines
// by C and D" (words.tsv side-verb at verb, after a form of "be" and before "by"): the state
// right before "be" opens the first side, and each later state after "and" (and an article)
// and right before "by" opens another, its verb left out. add receives where each side opens
// and its state.
func representedSides(s *sentenceCtx, verb int, add func(int, *mention)) {
	first := s.mentionEndingAt(verb-1, func(m *mention) bool { return m.info.Type == TypeState && !m.possessive })
	if first == nil {
		return
	}
	add(first.start, first)
	for k := verb + 2; k+2 < s.b; k++ {
		if !s.tokens[k].is("and") {
			continue
		}
		j := k + 1
		st := s.mentionAt(j)
		if st == nil && s.tokens[j].is("the") {
			st = s.mentionAt(j + 1)
		}
		if st != nil && st.info.Type == TypeState && !st.possessive && st.end < s.b && s.tokens[st.end].is("by") {
			add(k, st)
		}
	}
}

// ofBefore: the word before token k, past an article, is "of" ("Chairman of the Joint Chiefs").
func (s *sentenceCtx) ofBefore(k int) bool {
	if k > s.a && s.tokens[k-1].is("the") {
		k--
	}
	return k > s.a && s.tokens[k-1].is("of")
}

// localOffice: role is an office of a city or province (titles.txt class local: "Kyiv Mayor
// Vitali Klitschko", "the Governor of Havana", "the governor of East Azerbaijan") and org a
// state, found through the city or a province's name: the holder serves the city, not the state.
func (x *Extractor) localOffice(org *mention, role string) bool {
	return org.info.Type == TypeState && x.lex.localOffices[strings.ToLower(stripPast(role))]
}

// stateIsObject: the state's name is where someone went: after "to", a visit verb or an
// arrival's "in" ("Kim Jong Un visited Russia and met President Putin", "Modi travelled to Ukraine at the
// invitation of President Zelenskyy", "arrived in Moscow and was received by President
// Putin"): a place someone went to, not a state acting in the clause, so it is no bare
// title's state.
func (s *sentenceCtx) stateIsObject(org *mention) bool {
	k := org.start - 1
	if k >= s.a && s.tokens[k].is("the") {
		k--
	}
	if k < s.a {
		return false
	}
	if s.tokens[k].is("in", "at") && k > s.a {
		k-- // "arrived in Moscow", not "political actors in Pakistan"
		return s.tokens[k].is("arrived", "arrives", "arriving", "arrive", "landed", "lands", "landing")
	}
	return s.tokens[k].is("to", "into", "visited", "visit", "visits", "visiting", "toured", "tours")
}
