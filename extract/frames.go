package extract

import "strings"

// One function per frame kind (grammar.go, frameFuncs): each finds the argument pairs of one
// trigger occurrence from its spec. Nothing here names a relation type; what differs between
// relations is in the spec (relations.tsv, triggers.tsv).

type argPair struct {
	src, dst *mention
}

// occurrence is one trigger found in a sentence, with its clause and argument filters.
type occurrence struct {
	trig         trigger
	t, te        int // trigger tokens [t, te)
	ca, cb       int // its clause
	srcOK, dstOK func(*mention) bool
}

func (x *Extractor) applyTrigger(s *sentenceCtx, t int, trig trigger) []Relation {
	ca, cb := s.clauseOf(t)
	spec := trig.spec
	o := &occurrence{trig: trig, t: t, te: t + trig.length, ca: ca, cb: cb,
		srcOK: func(m *mention) bool { return typeIn(m.info.Type, spec.src) },
		// A target is no mere modifier: not "Iranian-designed drones", "the Chinese engine
		// maker", "Romanian ports"; but "Ukrainian cities", "Russian forces" stand for the state.
		dstOK: func(m *mention) bool { return typeIn(m.info.Type, spec.dst) && !s.modifierOnly(m) },
	}
	var out []Relation
	for _, p := range frameFuncs[trig.frame](x, s, o) {
		if p.src == nil || p.dst == nil || p.src.info == p.dst.info {
			continue
		}
		out = append(out, x.buildRelations(s, t, trig, p)...)
	}
	return out
}

// cross pairs every source with every target.
func cross(srcs, dsts []*mention) []argPair {
	var pairs []argPair
	for _, a := range srcs {
		for _, b := range dsts {
			pairs = append(pairs, argPair{a, b})
		}
	}
	return pairs
}

// verbArgs: subject and object of an active verb, or the passive's "by" agent and subject.
// Frame verb-to takes its target after one of the spec's prepositions.
func verbArgs(x *Extractor, s *sentenceCtx, o *occurrence) []argPair {
	spec := o.trig.spec
	withPrep := o.trig.frame == frameVerbTo
	if s.passive(o.t) {
		dst := s.nearestLeft(o.t, o.ca, o.dstOK, true)
		if withPrep {
			// "shells have been sent to Russia by North Korea": the recipient follows "to".
			if to := s.afterAnyWord(o.te, o.cb, spec.targetPreps[:min(1, len(spec.targetPreps))], o.dstOK, 6); to != nil {
				dst = to
			}
		}
		src := s.afterWord(o.te, o.cb, "by", o.srcOK, 12)
		if src == nil {
			return nil
		}
		return cross([]*mention{src}, s.group(dst, o.dstOK))
	}
	if strings.HasSuffix(s.tokens[o.t].Lower, "ing") && o.t > s.a && s.tw(wArticle, o.t-1) {
		// "a visiting Chinese official ... in Pyongyang": an attributive participle; the
		// doer is the noun it modifies, the target follows a locative.
		var pairs []argPair
		for _, v := range s.group(s.firstRight(o.te, o.cb, o.srcOK, nil), o.srcOK) {
			pairs = append(pairs, argPair{v, s.afterAnyWord(o.te, o.cb, spec.targetPreps, o.dstOK, 20)})
		}
		return pairs
	}
	if o.t > s.a+1 && s.tokens[o.t-1].Text == "-" && !s.tokens[o.t-1].SpaceBefore && !s.tokens[o.t].SpaceBefore &&
		s.mentionEndingAt(o.t-1, func(*mention) bool { return true }) != nil {
		// "U.S.-backed Kyiv", "Iranian-backed militias": a participle in a compound; its
		// doer is the name glued to it, its target the name it modifies, if any.
		src := s.mentionEndingAt(o.t-1, o.srcOK)
		dst := s.mentionAt(o.te)
		if dst == nil || !o.dstOK(dst) {
			return nil
		}
		return []argPair{{src, dst}}
	}
	if spec.has(flagIntransitive) && o.te < o.cb && s.tw(wArticle, o.te) {
		return nil // "Cairo flew a first shipment of arms to Somalia": not a journey
	}
	src := s.subjectOf(o.t, o.ca, o.srcOK)
	var dst *mention
	if withPrep {
		dst = s.afterAnyWord(o.te, o.cb, spec.targetPreps, o.dstOK, 14)
	}
	if dst == nil && !spec.has(flagPrepOnly) {
		if spec.objectLast {
			dst = s.lastInNP(o.te, o.cb, o.dstOK)
		} else if obj, found := s.objectOf(o.te, o.cb, o.dstOK, src, spec.has(flagLocative)); found && !withPrep {
			// A verb-to's direct object is what moves, not the target ("delivered jets").
			dst = obj
		} else if o.te < o.cb && s.tokens[o.te].is(",", ";", ":") {
			// "Hezbollah attacks, and ...": nothing follows the verb in its phrase.
		} else {
			objOK := o.dstOK
			if !spec.has(flagLocative) {
				objOK = func(m *mention) bool {
					return o.dstOK(m) && !(m.start > s.a && s.tw(wLocative, m.start-1))
				}
			}
			dst = s.firstRight(o.te, o.cb, objOK, src)
		}
	}
	return cross(s.coordination(src, o.srcOK), s.group(dst, o.dstOK))
}

// subjectOf is the subject of the verb at t: the nearest name before it in the clause, the
// first of a coordinated verb phrase, the head of an apposition, a relative pronoun's
// antecedent or a personal pronoun's.
func (s *sentenceCtx) subjectOf(t, ca int, ok func(*mention) bool) *mention {
	if m, found := s.structuralSubject(t, ca, ok); found {
		return m
	}
	src := s.nearestLeft(t, ca, func(m *mention) bool { return ok(m) && !s.modifier(m) }, true)
	if subj := s.coordinatedVerbSubject(src, t, ca, ok); subj != nil {
		src = subj
	}
	if src == nil {
		src = s.relativeSubject(ca, ok)
	}
	if head := s.appositionHead(src, t, ok); head != nil {
		src = head
	}
	if src == nil {
		src = s.pronounSubject(t, ca, ok)
	}
	return src
}

// agentArgs: "Moscow's main suppliers", "Iran, a key supplier to Russia", "Lithuania,
// Latvia and Poland, all NATO members", "the TFTC, whose members are X, Y and Z".
func agentArgs(x *Extractor, s *sentenceCtx, o *occurrence) []argPair {
	if pairs := s.whoseAgents(o); pairs != nil {
		return pairs
	}
	recipient := s.possessor(o.t)
	if recipient == nil || !o.dstOK(recipient) {
		recipient = s.afterPrep(o.te, o.cb, o.trig.spec.targetPreps, o.dstOK, nil)
	}
	if recipient == nil && o.trig.spec.has(flagObjectBefore) && o.t > s.a {
		recipient = s.mentionEndingAt(o.t, o.dstOK) // "NATO members"
	}
	var doer *mention
	if recipient != nil && recipient.end <= o.t {
		doer = s.nearestLeft(recipient.start, o.ca, o.srcOK, false)
	} else {
		doer = s.nearestLeft(o.t, o.ca, o.srcOK, false)
	}
	if doer == nil {
		// "Iran, a key supplier to Russia": the name before the apposition's comma.
		for k := o.t - 1; k > s.a && k >= o.t-6; k-- {
			if s.tokens[k].Text == "," {
				doer = s.mentionEndingAt(k, o.srcOK)
				break
			}
		}
	}
	return cross(s.coordination(doer, o.srcOK), []*mention{recipient})
}

// whoseAgents: "the Terrorist Financing Targeting Center (TFTC), whose members are the United
// States, Saudi Arabia and Qatar": the name before "whose" is the recipient, the list after
// the copula the doers.
func (s *sentenceCtx) whoseAgents(o *occurrence) []argPair {
	k := o.t - 1
	if k <= s.a || s.tokens[k].Lower != "whose" || o.te >= o.cb || !s.tw(wBe, o.te) {
		return nil
	}
	j := k
	if s.tokens[j-1].Text == "," {
		j--
	}
	if s.tokens[j-1].Text == ")" {
		for j > s.a && s.tokens[j-1].Text != "(" {
			j--
		}
		j-- // "(TFTC)" after the name
	}
	recipient := s.mentionEndingAt(j, o.dstOK)
	if recipient == nil {
		return nil
	}
	doer, _ := s.objectOf(o.te+1, o.cb, o.srcOK, recipient, false)
	if doer == nil {
		return nil
	}
	return cross(s.group(doer, o.srcOK), []*mention{recipient})
}

// recvArgs: the recipient is the subject or possessor, the source follows "from".
func recvArgs(x *Extractor, s *sentenceCtx, o *occurrence) []argPair {
	recipient := s.possessor(o.t)
	if recipient == nil || !o.dstOK(recipient) {
		recipient = s.nearestLeft(o.t, o.ca, o.dstOK, true)
	}
	source := s.afterWord(o.te, o.cb, "from", o.srcOK, 14)
	if source == nil {
		source = s.firstRight(o.te, o.cb, o.srcOK, recipient)
	}
	return []argPair{{source, recipient}}
}

// nounArgs: a nominalisation's source is its possessor, a demonym, a "by" phrase (or one of
// the spec's source prepositions) or the clause subject; its target follows a target
// preposition.
func nounArgs(x *Extractor, s *sentenceCtx, o *occurrence) []argPair {
	spec := o.trig.spec
	src := s.possessor(o.t)
	if src == nil || !o.srcOK(src) {
		src = s.attributive(o.t, o.srcOK)
	}
	if src == nil {
		// The agent may sit past a relative clause ("the visit to Pyongyang that began
		// on April 11 by Mr Zhao Leji"), but not past a comma.
		src = s.afterWord(o.te, s.untilComma(o.te), "by", o.srcOK, 12)
	}
	var ofTarget *mention
	if src == nil && o.te < o.cb && s.tokens[o.te].Lower == "of" {
		// "the support of the United States for Ukraine": with a target after another
		// preposition, the "of" phrase names the source.
		if of := s.afterWord(o.te, o.cb, "of", o.srcOK, 1); of != nil {
			var others []string
			for _, p := range spec.targetPreps {
				if p != "of" {
					others = append(others, p)
				}
			}
			if t := s.afterPrep(of.end, o.cb, others, o.dstOK, of); t != nil && t.start-of.end <= 4 {
				src, ofTarget = of, t
			}
		}
	}
	if src == nil && len(spec.sourcePreps) > 0 {
		src = s.sourceAfter(o.te, o.cb, spec, o.srcOK)
	}
	if src == nil && spec.has(flagSourceInObject) {
		src = s.attributiveInObject(o.te, o.cb, o.srcOK)
	}
	if src == nil && !spec.has(flagNoSubject) {
		// The clause's subject ("Kim pledged his support for Russia").
		src = s.nearestLeft(o.t, o.ca, func(m *mention) bool { return o.srcOK(m) && !s.inPP(m) }, false)
		if subj := s.coordinatedVerbSubject(src, o.t, o.ca, o.srcOK); subj != nil {
			src = subj
		}
	}
	if src == nil {
		src = s.pronounSubject(o.t, o.ca, o.srcOK)
	}
	if src == nil && spec.has(flagAgentAfter) {
		src = s.firstRight(o.te, o.cb, o.srcOK, nil)
	}
	dst := ofTarget
	if dst == nil && spec.has(flagObjectBefore) && o.t > s.a {
		dst = s.mentionEndingAt(o.t, o.dstOK)
	}
	if dst == nil {
		dst = s.afterPrep(o.te, o.cb, spec.targetPreps, o.dstOK, src)
	}
	return cross(s.coordination(src, o.srcOK), s.group(dst, o.dstOK))
}

// pairFrameArgs: every named end of a symmetric relation, pairwise.
func pairFrameArgs(x *Extractor, s *sentenceCtx, o *occurrence) []argPair {
	return s.pairArgs(o.t, o.te, o.ca, o.cb, o.srcOK, o.trig.spec.has(flagDirectObject))
}

// sourceAfter finds the source after one of the spec's source prepositions, searching up to
// the first target preposition ("support from X for Y"; "the visit of Putin to Pyongyang").
func (s *sentenceCtx) sourceAfter(te, cb int, spec *argSpec, ok func(*mention) bool) *mention {
	end := min(cb, te+12)
	for k := te; k < end; k++ {
		if typeIn(s.tokens[k].Lower, spec.targetPreps) {
			end = k
			break
		}
	}
	return s.afterAnyWord(te, end, spec.sourcePreps, ok, 12)
}

// afterAnyWord is afterWord for the first of words (in order of preference) that finds one.
func (s *sentenceCtx) afterAnyWord(te, cb int, words []string, ok func(*mention) bool, reach int) *mention {
	for _, w := range words {
		if m := s.afterWord(te, cb, w, ok, reach); m != nil {
			return m
		}
	}
	return nil
}

// guestArgs: a host's verb states the guest's presence at the place after one of the
// spec's prepositions: "Biden welcomed Modi, Albanese and Kishida at Archmere Academy",
// "Kim was hosted by Putin at the Vostochny Cosmodrome". The guest is the verb's direct
// object, or the passive's subject.
func guestArgs(x *Extractor, s *sentenceCtx, o *occurrence) []argPair {
	// The place is the object of the first locative after the verb, not a later one
	// ("was received by Putin in the Kremlin in November, and ... Pyongyang").
	var place *mention
	for k := o.te; k < o.cb && k < o.te+12; k++ {
		if typeIn(s.tokens[k].Lower, o.trig.spec.targetPreps) {
			place = s.afterWord(k, o.cb, s.tokens[k].Lower, o.dstOK, 1)
			break
		}
	}
	if place == nil {
		return nil
	}
	var guest *mention
	if s.passive(o.t) {
		guest = s.subjectOf(o.t, o.ca, o.srcOK)
	} else {
		// The direct object: a name right after the verb, past articles and titles.
		for k := o.te; k < o.cb && k < o.te+6 && guest == nil; k++ {
			if m := s.mentionAt(k); m != nil {
				if o.srcOK(m) && !m.demonym {
					guest = m
					break
				}
				k = m.end - 1
				continue
			}
			if !s.tw(wArticle, k) && !s.tokens[k].isCap() {
				break
			}
		}
	}
	return cross(s.group(guest, o.srcOK), []*mention{place})
}
