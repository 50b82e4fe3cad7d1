package extract

import (
	"context"
	"fmt"
	"maps"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
)

// Options configure an Extractor.
type Options struct {
	// RuleDirs are extra directories of gazetteer and rule files, in the format of the
	// embedded data/ files, loaded after the built-in ones.
	RuleDirs []string
}

// Extractor holds the compiled gazetteers and rules. It is safe for concurrent use; build it
// once and share it between workers.
type Extractor struct {
	lex   *lexicon
	dates *dateLexicon
	// buffers holds *docBuffers, one per concurrent Extract, so that each document does
	// not allocate (and zero) its own large arrays.
	buffers sync.Pool
	// relate stands in for relationRules when set. It is nil in every Extractor New builds;
	// it exists only so that a test can run a rule that fails on purpose and check that the
	// failure costs one sentence (TestSentencePanicContained).
	relate func(*sentenceCtx) []Relation
	// fault, when set, is called as each contained stage starts on its unit (guard.run), with
	// the stage's name and the sentence (-1 for the document): a test's fault panics there,
	// as a bug in that stage would. It is nil in every Extractor New builds.
	fault func(stage string, sentence int)
}

// docBuffers are the arrays Extract reuses from document to document: the tokens, the
// mentions (nothing the document returns holds one; growing them by doubling was a ninth of
// the bytes extraction allocated), and the relations before they are deduplicated and copied
// out at their final length (growing a document's slice of 248-byte relations by doubling
// allocated twice what it kept).
type docBuffers struct {
	tokens   []Token
	mentions []mention
	rels     []Relation
	recent   recentWords // lexicon.lookUpRecent's
}

// New compiles the built-in rules plus any in opts.RuleDirs.
func New(opts Options) (*Extractor, error) {
	rules, err := loadRuleSet(opts.RuleDirs)
	if err != nil {
		return nil, err
	}
	lex, err := compileLexicon(rules)
	if err != nil {
		return nil, fmt.Errorf("compiling rules: %w", err)
	}
	dates, err := compileDates(rules["dates"])
	if err != nil {
		return nil, fmt.Errorf("compiling date rules: %w", err)
	}
	if err := lex.compileVocab(dates); err != nil {
		return nil, fmt.Errorf("compiling rules: %w", err)
	}
	dates.attribution = &lex.words.attribution
	dates.words = lex.words
	return &Extractor{lex: lex, dates: dates}, nil
}

// Extract runs the pipeline over one document's text: tokens and sentences, entity
// recognition and resolution, relation rules with their attributes.
func (x *Extractor) Extract(ctx context.Context, meta Meta, text string) (Document, error) {
	if err := ctx.Err(); err != nil {
		return Document{}, err
	}
	doc := Document{Meta: meta}
	// The header block is metadata: its values fill what the manifest left empty, and its
	// lines are blanked so that no sentence holds them.
	hdr := parseHeader(text)
	hdr.fill(&doc.Meta, text)
	text = hdr.mask(text)
	bufs, _ := x.buffers.Get().(*docBuffers)
	if bufs == nil {
		bufs = &docBuffers{}
	}
	tokens := tokenizeInto(bufs.tokens, text)
	doc.Relations = bufs.rels[:0]
	var mentions []mention
	defer func() {
		// Nothing the document returns holds a token or a mention: the arrays are free for
		// the next one. The mentions are cleared so that the pool keeps no entity alive.
		bufs.tokens = tokens[:0]
		clear(mentions)
		bufs.mentions = mentions[:0]
		x.buffers.Put(bufs)
	}()
	x.lex.lookUpRecent(tokens, &bufs.recent)
	spans := splitSentences(tokens, x.lex.words)
	headline := -1
	if hdr.headline != ([2]int{}) {
		spans = splitAtOffset(spans, tokens, hdr.headline[1])
		headline = sentenceAt(spans, tokens, hdr.headline[0])
	}
	doc.Sentences = make([]Sentence, len(spans))
	for i, sp := range spans {
		start, end := tokens[sp[0]].Start, tokens[sp[1]-1].End
		doc.Sentences[i] = Sentence{Index: i, Start: start, End: end, Text: collapseSpace(text[start:end])}
	}
	g := guard{x, &doc}
	var sentenceDates [][]dateMention
	var ref string
	if !g.run(stageDates, -1, func() { sentenceDates, ref = x.dates.documentDates(tokens, spans, doc.Published, headline) }) {
		sentenceDates, ref = make([][]dateMention, len(spans)), doc.Published // no dates read
	}
	doc.RefDate = ref
	var source []Token // the source line's tokens, read for its issuers
	if doc.Source != "" {
		source = tokenize(doc.Source)
	}
	issuer := x.sourceState(source)
	if issuer == nil && doc.Source == "" {
		issuer = x.letterheadState(tokens)
	}
	mentions = x.recognise(g, tokens, spans, bufs.mentions, x.sourceBodies(source), issuer)
	bySentence := mentionsBySentence(argumentMentions(mentions), len(spans))
	seen := map[string]int{}
	var shortOwners shortForms
	if len(mentions) > 0 {
		doc.Mentions = make([]Mention, 0, len(mentions))
	}
	for _, m := range mentions {
		surface := surfaceIn(text, tokens, m.start, m.end)
		doc.Mentions = append(doc.Mentions, Mention{EntityID: m.info.ID, Sentence: m.sentence,
			Start: tokens[m.start].Start, End: tokens[m.end-1].End, Surface: surface, Coref: m.coref})
		if m.coref {
			continue // "the country" is no name of the entity: it only joins relations
		}
		idx, ok := seen[m.info.ID]
		if !ok {
			idx = len(doc.Entities)
			seen[m.info.ID] = idx
			doc.Entities = append(doc.Entities, Entity{ID: m.info.ID, Type: m.info.Type, Name: m.info.Name,
				Key: x.identityKey(m.info), Curated: x.lex.gaz.entities[m.info.ID] == m.info,
				Wikidata: m.info.Wikidata})
		}
		e := &doc.Entities[idx]
		e.addSurface(surface)
		if m.info.Type == TypeInstitution && !m.nested {
			shortOwners = shortOwners.add(surface, idx, true) // written alone for it
		}
		if m.info.Type == TypePlace && m.end-m.start >= 2 && !tokens[m.end-1].isCap() && (x.lex.shapes.placeNouns[tokens[m.end-1].Lower] ||
			x.lex.shapes.placeHeads[strings.ToUpper(tokens[m.end-1].Text[:1])+tokens[m.end-1].Text[1:]]) {
			// "the oil-rich Essequibo region": the name without its lower-case place noun is
			// the place's name too ("Essequibo").
			e.addSurface(surfaceOf(tokens, m.start, m.end-1))
		}
		if m.info.Type == TypeWeapon && tokens[m.start].isCap() {
			// "Leopard 2A8 main battle tanks": the model as written, without the class noun
			// and its modifiers, is the model's name too.
			if k := modelEnd(tokens, m.start, m.end); k < m.end {
				e.addSurface(surfaceOf(tokens, m.start, k))
			}
		}
		if m.info.Type == TypePlace && m.end-m.start >= 2 && tokens[m.start].isCap() {
			// "the Rafah crossing", "the Alabuga special economic zone": the site without its
			// lower-case site noun (shapes.tsv site-noun) is the place's name too ("Rafah").
			for k := m.start + 1; k < m.end; k++ {
				if !tokens[k].isCap() && x.lex.shapes.siteNouns.matchAt(tokens[:m.end], k) == m.end-k {
					e.addSurface(surfaceOf(tokens, m.start, k))
					break
				}
			}
		}
		if m.info.Type == TypeWeapon {
			for _, bare := range weaponShortForms(tokens, m.start, m.end, x.lex.shapes.modelQualifiers) {
				e.addSurface(bare)
			}
		}
		if m.info.Type == TypePlace && m.end-m.start >= 2 && !tokens[m.start].isCap() && x.lex.shapes.directions[tokens[m.start].Lower] {
			// "northern Gaza", "eastern Ladakh": the place without its direction word is a
			// name of it too, as writers list it.
			e.addSurface(surfaceOf(tokens, m.start+1, m.end))
		}
		if m.info.Type == TypeAgreement {
			// "the 1951 U.S.-Philippines Mutual Defense Treaty": writers also name it without
			// its year and without the parties joined by hyphens ("Mutual Defense Treaty").
			for _, bare := range agreementShortForms(tokens, m.start, m.end, x.lex) {
				e.addSurface(bare)
			}
		}
		if m.info.Type == TypeInstitution {
			// "the Chinese Embassy in Canberra": writers name the office without its seat too
			// ("the Chinese Embassy"); a bare "Embassy" is no name.
			if p := seatEnd(tokens, m.start, m.end, x.lex.words); p > m.start+1 {
				e.addSurface(surfaceOf(tokens, m.start, p))
			}
			if a, b := bodyWithoutState(tokens, m.start, m.end, x.lex); b > a {
				if bare := surfaceOf(tokens, a, b); e.addSurface(bare) {
					if b < m.end && tokens[b].is("of") {
						shortOwners = shortOwners.add(bare, idx, false) // "of" + the state: it may be shared
					}
				}
			}
		}
	}
	// "the Ministry of Defense of China ... the Ministry of Defense of the Russian
	// Federation": a short form two bodies of the document share names neither of them.
	shortOwners.drop(doc.Entities)
	// infos finds an entity by id, for the events a later definite noun points back to.
	infos := map[string]*entityInfo{}
	var served servedStates // the states and bodies each person serves (sides.go)
	for _, m := range mentions {
		infos[m.info.ID] = m.info
	}
	events := map[string][]*entityInfo{}
	eventAt := map[string]int{}
	lastPair := map[string][2]*entityInfo{}
	lastTarget := map[string]*entityInfo{}
	echo := map[string][]*entityInfo{} // sentenceCtx.echo
	echoAt := 0                        // 1 + the sentence that set echo
	scratch := &sentenceScratch{}
	var lists listState
	// eventDates holds, per relation type, the dates of the paragraph's latest relation of
	// that type stated with a date: what "since the invasion" reaches back to.
	eventDates := map[string][]string{}
	var occ occasions
	// stated and statedBy are per sentence; they are cleared, not made anew, for each one
	// (the slices stated holds start nil each time, so events keeps what it copied).
	var stated map[string][]*entityInfo
	var statedBy map[string]string // the rule of the first relation stated per type
	// statedDoers backs the one-doer lists of stated: a sentence states most types with one doer,
	// and making a list for each was a tenth of the extractor's allocations. Each list is
	// capped at its one element, so a second doer's append copies it and no list sees
	// another's, as with lists of their own.
	var statedDoers []*entityInfo
	// eventWhen holds the dates of the events in events, by the same keys; statedWhen is
	// per sentence, as stated is.
	eventWhen := map[string][]string{}
	var statedWhen map[string][]string
	// noteStated records that this sentence states r's event with src among its doers.
	noteStated := func(r *Relation, src *entityInfo) {
		if stated == nil {
			stated, statedBy = map[string][]*entityInfo{}, map[string]string{}
		}
		if statedBy[r.Type] == "" {
			statedBy[r.Type] = r.Rule
			if statedWhen == nil {
				statedWhen = map[string][]string{}
			}
			statedWhen[r.Type] = r.Dates
		} else if len(statedWhen[r.Type]) == 0 && slices.Contains(stated[r.Type], src) {
			// "forces struck more than 60 targets in Yemen on Thursday night": the date
			// the object's trigger took is the main event's, by the same doers.
			statedWhen[r.Type] = r.Dates
		}
		// The sentence's first trigger of the type states its main event: "the
		// operation" after "jets struck targets ... after attacks on shipping" is the
		// strikes, not the attacks named as their cause.
		if r.Rule == statedBy[r.Type] && !slices.Contains(stated[r.Type], src) {
			if list := stated[r.Type]; len(list) > 0 {
				stated[r.Type] = append(list, src)
			} else {
				statedDoers = append(statedDoers, src)
				stated[r.Type] = statedDoers[len(statedDoers)-1 : len(statedDoers) : len(statedDoers)]
			}
		}
	}
	var preamble *mention // the adopting body of a communiqué's operative paragraphs
	deeds := newDeedRecord(len(x.lex.deeds.names))
	// narr holds the dated events the sentence before stated: a narration goes on from the
	// sentence just before (narration.go).
	var narr narration
	// adopted: the date the document says it was adopted or issued on, when a line says so.
	var adopted string
	g.run(stageAdoption, -1, func() { adopted = x.dates.adoptionDate(tokens, spans, sentenceDates) })
	// paraSpeaker: the speaker of the quotation being read, introduced by a line "X said:";
	// pendingSpeaker: the X of such a line just read.
	var paraSpeaker, pendingSpeaker *entityInfo
	for i, sp := range spans {
		if i > 0 {
			narr.next(tokens, spans[i-1][0], sentenceDates[i-1], tokens[sp[0]].Newlines >= 2, ref)
			// The acts no relation states of the sentence before (deeds.go): what a definite
			// "the drills" of this one or a later one names.
			x.recordDeeds(deeds, tokens, spans[i-1], bySentence[i-1], i-1)
		}
		deeds.cur = i
		occ.enter(x.dates, tokens, sp, sentenceDates[i], bySentence[i], i, ref, i == 0 || tokens[sp[0]].Newlines >= 2)
		if tokens[sp[0]].Newlines >= 2 {
			clear(eventDates)
		}
		if i%64 == 0 {
			if err := ctx.Err(); err != nil {
				return Document{}, err
			}
		}
		if i > 0 {
			if d := actDateValues(tokens, spans[i-1][0], sentenceDates[i-1]); d != nil {
				lists.lastDates = d
			}
		}
		lists.cur = i
		if lists.open != nil {
			// Inside a list a trigger announced: its items are targets (lists.go).
			// A failing line costs the list: what the line added is dropped, the list is
			// closed (its state is whatever the failure left), and the line is read as any
			// other sentence.
			nm, ne, nr := len(doc.Mentions), len(doc.Entities), len(doc.Relations)
			if !g.run(stageListLine, i, func() {
				bySentence[i] = x.readListLine(&doc, &lists, seen, newSentenceCtx(x.lex.words, tokens, sp, bySentence[i], nil, scratch), i)
			}) {
				for _, e := range doc.Entities[ne:] {
					delete(seen, e.ID)
				}
				doc.Mentions, doc.Entities, doc.Relations = doc.Mentions[:nm], doc.Entities[:ne], doc.Relations[:nr]
				lists.open = nil
			}
		} else if lists.noted != nil && lists.noted.sentence >= i-continuedListReach {
			// "OFAC designated six individuals. Among them is X": the list continues (lists.go).
			var more []Relation
			g.run(stageListGoesOn, i, func() {
				more = x.continuedList(newSentenceCtx(x.lex.words, tokens, sp, bySentence[i], nil, scratch), &lists)
			})
			for _, r := range more {
				r.Sentence, r.Evidence = i, doc.Sentences[i].Text
				doc.Relations = append(doc.Relations, r)
			}
		}
		if b := preambleBody(x.lex.words, tokens, sp, bySentence[i]); b != nil {
			c := *b
			c.possessive = false
			preamble = &c // "The Peace and Security Council," (operative.go)
		}
		// h43cond: a quotation in the paragraph after a line "X said:" is X's (paraSpeakerOf).
		if tokens[sp[0]].Newlines > 0 {
			if isQuote(tokens[sp[0]].Text) && (pendingSpeaker != nil || paraSpeaker != nil && tokens[sp[0]].Newlines >= 2) {
				if pendingSpeaker != nil {
					paraSpeaker = pendingSpeaker
				}
			} else {
				paraSpeaker = nil
			}
		}
		pendingSpeaker = paraSpeakerOf(x.lex.words, tokens, sp, bySentence[i])
		var operative *mention
		if preamble != nil && opensOperative(x.lex.words, tokens, sp) {
			operative = preamble
		}
		// A relation needs two names, unless one of them is an event stated before ("Jordan
		// condemned the shelling") or the relation's default body ("Russia vetoed the
		// draft"); a list trigger with one name or none may announce a list
		// ("The following have been designated:") or name its source.
		if len(bySentence[i]) <= 1 && !(operative != nil && len(bySentence[i]) == 1) && !(paraSpeaker != nil && len(bySentence[i]) == 1) && !x.lex.triggerWithFlagIn(tokens[sp[0]:sp[1]], flagList) &&
			!(len(bySentence[i]) == 1 && (len(events) > 0 || deeds.any) && x.lex.eventObjectIn(tokens[sp[0]:sp[1]])) &&
			// "The treaty obliges each side to give military assistance to the other": a
			// treaty's mutual clause names its parties only by the signing stated before.
			!(len(events[RelSigned]) > 0 && x.lex.triggerWithFlagIn(tokens[sp[0]:sp[1]], flagReciprocal)) &&
			!(len(bySentence[i]) == 1 && x.lex.triggerIn(tokens[sp[0]:sp[1]], func(tp triggerPhrase) bool {
				return tp.spec.has(flagEventSubject) || tp.spec.body != "" // "The measures target X"; "Russia vetoed the draft"
			})) {
			continue
		}
		var prev []mention
		if i > 0 {
			prev = bySentence[i-1]
		}
		sc := newSentenceCtx(x.lex.words, tokens, sp, bySentence[i], prev, scratch)
		sc.roles = &x.lex.roles
		sc.dateMentions = sentenceDates[i]
		sc.refDate, sc.dateLex, sc.headline, sc.adopted = ref, x.dates, i == headline, adopted
		sc.dropDateClauses()
		sc.joinListClauses()
		if tokens[sp[0]].Newlines >= 2 {
			clear(echo) // a blank line starts a new paragraph
		}
		sc.events, sc.eventAt, sc.lastPair, sc.lastTarget, sc.deeds, sc.echo = events, eventAt, lastPair, lastTarget, deeds, echo
		sc.lists = &lists
		sc.operative = operative
		sc.paraSpeaker = paraSpeaker
		sc.served, sc.infos = &served, infos
		clear(stated)
		clear(statedBy)
		clear(statedWhen)
		// A bug in a rule that panics costs this sentence's relations (guard), not the
		// document; what the rules noted for later sentences before failing (an event, a list
		// opened) stays, as after any sentence.
		var rels []Relation // stays nil when the rules panic
		g.run(stageRelations, i, func() { rels = x.sentenceRelations(sc) })
		for k := range rels {
			served.note(&rels[k], infos)
		}
		rels = served.acrossSides(rels, infos)
		if typ := x.sinceEvent(tokens, sp); typ != "" && len(eventDates[typ]) > 0 {
			for k := range rels {
				if len(rels[k].Dates) == 0 && rels[k].Type != RelOfficialOf {
					rels[k].Dates = eventDates[typ] // SCHEMA.md Dates rule 5: since X gives X
				}
			}
		}
		for _, r := range rels {
			// A state acting through its body ("Hungary's parliament ratified") or struck
			// through its force ("at the Philippine coast guard ship") is named inside the
			// body's name: it is an entity of the document, with no surface of its own. A
			// title implies a state the document never names: not stated here.
			admit := func(id string) bool {
				if _, ok := seen[id]; ok {
					return true
				}
				st := x.lex.gaz.entities[id]
				if st == nil || st.Type != TypeState {
					return false
				}
				seen[id] = len(doc.Entities)
				doc.Entities = append(doc.Entities, Entity{ID: st.ID, Type: st.Type, Name: st.Name,
					Key: x.IdentityKey(st.Type, st.Name), Curated: true, Wikidata: st.Wikidata})
				return true
			}
			if _, ok := seen[r.Dst]; !ok && !(r.forceTarget && admit(r.Dst)) {
				// "Russia vetoed the draft. ... Britain called the veto a disgrace": a text that
				// never names the Council states no veto of it, but the act was done, and a
				// later verdict on "the veto" names its doers (h44cond). Recorded as stated
				// (below), not emitted.
				if _, srcSeen := seen[r.Src]; srcSeen && r.Dst == x.lex.draftBodies[r.Type] && r.Polarity == Asserted && r.Modality != Speculative && !r.aside && infos[r.Src] != nil {
					noteStated(&r, infos[r.Src])
				}
				continue
			}
			if !admit(r.Src) {
				continue
			}
			r.Sentence = i
			r.Evidence = doc.Sentences[i].Text
			if d := occ.datesFor(r); d != nil {
				r.Dates = d // an act at the occasion dated before (occasion.go)
			}
			if len(r.Dates) == 0 && r.occasion > 0 {
				r.Dates = occasionDates(tokens, spans, sentenceDates, r.occasion-1)
			}
			if len(r.Dates) == 0 && r.event != noEvent && (r.act || r.Modality == Fact && !r.now && r.unmarked) && len(sentenceDates[i]) == 0 && r.Polarity == Asserted {
				// "Thomas-Greenfield condemned the vote": a reaction reported in a sentence
				// with no date at all is dated with the event it reacts to; so is what the
				// text tells of the event as past fact ("The strikes were conducted with
				// support from Australia"), not in the perfect ("has repeatedly condemned").
				r.Dates = slices.Clone(eventWhen[r.event.key()])
			}
			if len(r.Dates) == 0 && r.signing {
				// "Article 4 of the treaty obliges each party to assist the other": what the
				// treaty signed last commits its signers to holds from its signing.
				r.Dates = slices.Clone(eventWhen[RelSigned])
			}
			if len(r.Dates) == 0 && r.simplePast && r.Polarity == Asserted && r.Modality != Speculative && len(sentenceDates[i]) == 0 {
				// "Russia launched a missile attack on Ukrainian cities this morning. Russian
				// forces fired 38 missiles at Kyiv and Dnipro": a sentence with no date
				// expression that narrates in the simple past goes on telling the event the
				// sentence just before dated (narration.go).
				r.Dates = narr.datesFor(&r)
			}
			aside := r.aside // read before the record is cleared below
			if len(r.Dates) > 0 && r.Polarity == Asserted && r.Modality != Speculative && !aside {
				eventDates[r.Type] = r.Dates
				narr.stated(&r)
			}
			occ.stated(r)
			// A voiced stance stated by a verb ("Riyadh condemned the strike") is what a later
			// "issued similar statements" repeats (sentenceCtx.echo). A trigger's rule always
			// names its word (ruleName: "CONDEMNED/verb:condemned").
			echoes := r.voiced && strings.HasPrefix(r.Rule, r.Type+"/verb:")
			r.occasion, r.now, r.forceTarget, r.act, r.ownDate, r.srcAnaphor, r.simplePast, r.voiced = 0, false, false, false, false, false, false, false // read: a relation's record holds only what it states
			r.event, r.signing, r.unmarked, r.aside = noEvent, false, false, false
			doc.Relations = append(doc.Relations, r)
			src, dst := infos[r.Src], infos[r.Dst] // each looked up once
			if r.Polarity == Asserted && r.Modality == Fact && src != nil && dst != nil {
				lastPair[r.Type] = [2]*entityInfo{src, dst}
				if echoes {
					if echoAt != i+1 {
						clear(echo) // the latest stance sentence only, of whatever relation
						echoAt = i + 1
					}
					if !slices.Contains(echo[r.Type], dst) {
						echo[r.Type] = append(echo[r.Type], dst)
					}
				}
			}
			if r.Polarity == Asserted && r.Modality != Speculative && dst != nil {
				lastTarget[r.Type] = dst
			}
			if r.Polarity == Asserted && r.Modality != Speculative && src != nil && !aside {
				noteStated(&r, src)
			}
		}
		// The latest sentence stating an event of a type replaces the earlier one; the rules
		// of this sentence have read events already.
		for typ, doers := range stated {
			if len(statedWhen[typ]) > 0 || !restated(events[typ], doers) {
				// An undated restatement by the same doers ("North Korea fired an ICBM
				// yesterday. ... KCNA said Kim had overseen the test of the Hwasong-19") is
				// the same event: the date stated first still dates a reaction to it.
				eventWhen[typ] = statedWhen[typ]
			}
		}
		maps.Copy(events, stated)
		for typ := range stated {
			eventAt[typ] = i
		}
		// The sentence's first act (no stance, no standing tie) is what a following "the
		// move" names; a sentence stating none leaves nothing for the one after it.
		delete(events, anyAct)
		for _, r := range rels {
			if actRelations[r.Type] && r.Polarity == Asserted && r.Modality != Speculative && infos[r.Src] != nil {
				events[anyAct], eventWhen[anyAct] = stated[r.Type], statedWhen[r.Type]
				break
			}
		}
	}
	// The document-wide passes: each one that fails adds nothing.
	var more []Relation
	if g.run(stageSignatures, -1, func() { more = x.signatureBlock(tokens, spans, mentions, doc.Sentences, doc.RefDate) }) {
		doc.Relations = append(doc.Relations, more...)
	}
	if g.run(stageIssuers, -1, func() { more = x.issuerMembership(tokens, spans, mentions, doc.Sentences) }) {
		doc.Relations = append(doc.Relations, more...)
	}
	if g.run(stageBrackets, -1, func() {
		more = append(x.bracketMembership(tokens, spans, mentions, doc.Sentences), x.presentMembers(tokens, spans, mentions, doc.Sentences)...)
	}) {
		doc.Relations = append(doc.Relations, more...)
	}
	// namedDraft fills in the draft's relations in place and may add some: a failure drops
	// what it added.
	if nr := len(doc.Relations); !g.run(stageNamedDraft, -1, func() { x.namedDraft(&doc, tokens, spans, mentions) }) {
		doc.Relations = doc.Relations[:nr]
	}
	// An anaphor can resolve to a state the document only implies ("the two nations" after
	// "Secretary of State Antony Blinken", the United States never named by name): the
	// mention stands, so the state becomes an entity of the document, with no surface of its
	// own, as a relation's implied state does above.
	for _, m := range doc.Mentions {
		if _, ok := seen[m.EntityID]; ok {
			continue
		}
		if st := x.lex.gaz.entities[m.EntityID]; st != nil && st.Type == TypeState {
			seen[st.ID] = len(doc.Entities)
			doc.Entities = append(doc.Entities, Entity{ID: st.ID, Type: st.Type, Name: st.Name,
				Key: x.IdentityKey(st.Type, st.Name), Curated: true, Wikidata: st.Wikidata})
		}
	}
	// The final date clean-ups: one that fails leaves the relations as they came to it (a date
	// it set before failing stays). dedupeRelations compacts in place, so a failure there
	// would leave nothing sound to fall back on: it stays under the per-document net.
	g.run(stagePlaceDates, -1, func() { doc.Relations = x.placeStateDates(doc.Relations) })
	g.run(stageAllianceDay, -1, func() { x.signedAllianceDates(doc.Relations) })
	doc.Relations = memberOwnBody(doc.Relations)
	rels := dedupeRelations(doc.Relations)
	bufs.rels, doc.Relations = rels[:0], nil
	if len(rels) > 0 {
		doc.Relations = slices.Clone(rels)
	}
	return doc, nil
}

// sentenceRelations runs the relation rules over one sentence, or the test's stand-in for them
// (relate).
func (x *Extractor) sentenceRelations(sc *sentenceCtx) []Relation {
	if x.relate != nil {
		return x.relate(sc)
	}
	return x.relationRules(sc)
}

// panicSite returns " at file.go:line < file.go:line ..." for up to three innermost frames of
// this package's code below a recovering deferred call (the line that panicked, or that
// called the runtime or library function that did, then its callers), or "" when there are
// none. Called only after a panic.
func panicSite() string {
	pcs := make([]uintptr, 64)
	frames := runtime.CallersFrames(pcs[:runtime.Callers(3, pcs)])
	var b strings.Builder
	for n := 0; n < 3; {
		f, more := frames.Next()
		if strings.Contains(f.Function, "/extract.") && !strings.Contains(f.Function, "guard.run") {
			if n == 0 {
				b.WriteString(" at ")
			} else {
				b.WriteString(" < ")
			}
			fmt.Fprintf(&b, "%s:%d", filepath.Base(f.File), f.Line)
			n++
		}
		if !more {
			break
		}
	}
	return b.String()
}

// docName names a document in a message: its path when read from a file, else its id.
func docName(m Meta) string {
	if m.Path != "" {
		return m.Path
	}
	if m.ID != "" {
		return m.ID
	}
	return "document"
}

// placeStateDates: a journey or a deployment to a place, dated, is one to the state the place
// lies in (places-geonames.tsv), on the same day: "about 1,500 troops were carried to
// Vladivostok between October 8 and 13" dates North Korea's deployment to Russia, which the
// document states elsewhere ("has sent troops to Russia, the spy agency said on Friday").
// Only a tie to that state the document already states takes the date, as a record of the
// place's sentence: the place names no tie of its own. The relations are those flagged
// place-state in relations.tsv.
func (x *Extractor) placeStateDates(rels []Relation) []Relation {
	stated := map[placeTie]bool{}
	for _, r := range rels {
		if x.lex.placeStateTypes[r.Type] {
			stated[placeTie{r.Type, r.Src, r.Dst}] = true
		}
	}
	var out []Relation
	for k, r := range rels {
		st, ok := x.lex.placeStates[r.Dst]
		if !x.lex.placeStateTypes[r.Type] || !ok || st == r.Src || len(r.Dates) == 0 || r.Polarity != Asserted ||
			r.Modality == Speculative || !stated[placeTie{r.Type, r.Src, st}] {
			if out != nil {
				out = append(out, r)
			}
			continue
		}
		if out == nil {
			out = append(make([]Relation, 0, len(rels)+4), rels[:k]...)
		}
		c := r
		c.Dst, c.Dates = st, slices.Clone(r.Dates)
		out = append(out, r, c)
	}
	if out == nil {
		return rels
	}
	return out
}

// memberOwnBody drops SUPPORTS from a party to a body the document makes it a member of
// (MEMBER_OF, asserted). In a communiqué the members speak as "we" ("we supported the work of
// the Special Envoy of the ASEAN Chair", "reaffirm their commitment to the AES", "our support
// for its full membership of ASEAN"): the body's name there is part of a longer object or is
// their own organisation, and a member's backing of its own body is membership, not support
// of another party (SCHEMA SUPPORTS joins two parties). Stop 43 (h43supp): in half A every
// such SUPPORTS was false (9 fp, no tp). A denied membership ("Armenia has frozen its
// participation in the CSTO") keeps the stance.
func memberOwnBody(rels []Relation) []Relation {
	type pair struct{ src, dst string }
	members := map[pair]bool{}
	for _, r := range rels {
		if r.Type == RelMemberOf && r.Polarity == Asserted {
			members[pair{r.Src, r.Dst}] = true
		}
	}
	if len(members) == 0 {
		return rels
	}
	out := rels[:0]
	for _, r := range rels {
		if r.Type == RelSupports && members[pair{r.Src, r.Dst}] {
			continue
		}
		out = append(out, r)
	}
	return out
}

// signedAllianceDates: a partnership or alliance between two states stated with no date in
// a sentence that dates their signing of one agreement ("We noted the signing on 19 June
// 2024 of the Treaty on Comprehensive Strategic Partnership between the DPRK and Russia";
// "Putin and Kim signed a treaty on Wednesday ..., a deal that Kim described as raising
// relations to the level of an alliance") is the tie that signing made: it holds from the
// signing's date. A signer is a state, or a person the document makes an official of one
// (OFFICIAL_OF) or the gazetteer seats in one.
func (x *Extractor) signedAllianceDates(rels []Relation) {
	serves := map[string]string{}
	for _, r := range rels {
		if r.Type == RelOfficialOf && r.Polarity == Asserted && strings.HasPrefix(r.Dst, "state:") {
			if _, ok := serves[r.Src]; !ok {
				serves[r.Src] = r.Dst
			}
		}
	}
	stateOf := func(id string) string {
		if strings.HasPrefix(id, "state:") {
			return id
		}
		if st, ok := serves[id]; ok {
			return st
		}
		if e := x.lex.gaz.entities[id]; e != nil && e.Type == TypePerson {
			return e.State
		}
		return ""
	}
	type signing struct {
		sentence   int
		state, agr string
	}
	signed := map[signing][]string{}
	for _, r := range rels {
		if r.Type == RelSigned && len(r.Dates) > 0 && r.Polarity == Asserted && r.Modality != Speculative {
			if st := stateOf(r.Src); st != "" {
				if _, ok := signed[signing{r.Sentence, st, r.Dst}]; !ok {
					signed[signing{r.Sentence, st, r.Dst}] = r.Dates
				}
			}
		}
	}
	if len(signed) == 0 {
		return
	}
	for k := range rels {
		r := &rels[k]
		if r.Type != RelAllyOf || len(r.Dates) > 0 || r.Polarity != Asserted || r.Modality == Speculative {
			continue
		}
		for s, d := range signed {
			if s.sentence != r.Sentence || s.state != r.Src {
				continue
			}
			if _, ok := signed[signing{s.sentence, r.Dst, s.agr}]; ok {
				r.Dates = slices.Clone(d)
				break
			}
		}
	}
}

// placeTie is a relation by its type and ends.
type placeTie struct{ typ, src, dst string }

// namedDraft: in a document that names one draft by its symbol ("draft resolution (document
// S/2024/835)"), a target that stands for the body's unnamed draft (relations.tsv body=: "the
// Security Council failed to adopt a draft ... owing to a negative vote by the United States")
// is that draft. With no symbol, or two, the body stays the target. A symbol is a draft's only
// where a sentence naming it holds a draft noun (words.tsv class draft: "The draft (document
// S/2022/431)", "the text, document S/2024/255"): a report's own symbol on its cover line
// ("S/2024/215" above a Panel of Experts report) names no draft, and a veto the report tells of
// keeps its body.
func (x *Extractor) namedDraft(doc *Document, tokens []Token, spans [][2]int, mentions []mention) {
	var symbol string
	for _, e := range doc.Entities {
		if e.Type != TypeAgreement || !x.lex.shapes.isDocumentSymbol(e.Name) {
			continue
		}
		if symbol != "" {
			return
		}
		symbol = e.ID
	}
	if symbol == "" || !x.draftSentence(symbol, tokens, spans, mentions) {
		return
	}
	if symbol == "" {
		return
	}
	for k := range doc.Relations {
		r := &doc.Relations[k]
		if body := x.lex.draftBodies[r.Type]; body != "" && r.Dst == body {
			r.Dst = symbol
		}
	}
}

// draftSentence: a sentence that names the entity id also holds a draft noun (words.tsv class
// draft).
func (x *Extractor) draftSentence(id string, tokens []Token, spans [][2]int, mentions []mention) bool {
	for _, m := range mentions {
		if m.info == nil || m.info.ID != id || m.sentence >= len(spans) {
			continue
		}
		for i := spans[m.sentence][0]; i < spans[m.sentence][1]; i++ {
			cls := x.lex.words.classes[tokens[i].Lower]
			if w := tokens[i].word; w != nil {
				cls = w.classes
			}
			if cls.has(wDraft) {
				return true
			}
		}
	}
	return false
}

// anyAct keys the events map with the doers of the previous sentence's first act, whatever its
// relation, for the nouns of words.tsv class act-event ("criticized the move").
const anyAct = ""

// actRelations are the relations that state an act a later "the move" may name.
var actRelations = map[string]bool{RelDeployed: true, RelSupplied: true, RelAttacked: true, RelLaunched: true,
	RelSanctioned: true, RelVetoed: true, RelSigned: true}

// mentionsBySentence groups mentions by sentence. Recognition returns them in document
// order, so each group is a slice of mentions (capped, so that appending to one group
// cannot write into the next); out of order, they are copied group by group.
// argumentMentions leaves out the nested names ("Ukraine" inside "Ministry of Foreign Affairs
// of Ukraine"), which are surfaces of their entities but no arguments of relations; without
// any, it is mentions itself.
func argumentMentions(mentions []mention) []mention {
	if !slices.ContainsFunc(mentions, func(m mention) bool { return m.nested }) {
		return mentions
	}
	out := make([]mention, 0, len(mentions))
	for _, m := range mentions {
		if !m.nested {
			out = append(out, m)
		}
	}
	return out
}

func mentionsBySentence(mentions []mention, sentences int) [][]mention {
	by := make([][]mention, sentences)
	if !slices.IsSortedFunc(mentions, func(a, b mention) int { return a.sentence - b.sentence }) {
		for _, m := range mentions {
			by[m.sentence] = append(by[m.sentence], m)
		}
		return by
	}
	for i := 0; i < len(mentions); {
		j := i + 1
		for j < len(mentions) && mentions[j].sentence == mentions[i].sentence {
			j++
		}
		by[mentions[i].sentence] = mentions[i:j:j]
		i = j
	}
	return by
}

// occasionDates: the date of sentence j's event, or else the paragraph's last dated event
// before it ("Biden welcomed Modi on Saturday. The four leaders held talks ...").
func occasionDates(tokens []Token, spans [][2]int, dates [][]dateMention, j int) []string {
	for k := j; k >= 0; k-- {
		for _, d := range dates[k] {
			if len(d.values) > 0 {
				return slices.Clone(d.values)
			}
		}
		if tokens[spans[k][0]].Newlines >= 2 {
			return nil // the paragraph's first sentence
		}
	}
	return nil
}

// dedupeRelations keeps one relation per sentence and statement, merging dates. Relations
// arrive grouped by sentence, and a sentence states few, so a scan back over the current
// sentence's relations is enough.
func dedupeRelations(rels []Relation) []Relation {
	out := rels[:0]
	sentenceStart := 0
	for _, r := range rels {
		if len(out) > 0 && out[len(out)-1].Sentence != r.Sentence {
			sentenceStart = len(out)
		}
		dup := -1
		for i := sentenceStart; i < len(out); i++ {
			o := out[i]
			if o.Type == r.Type && o.Src == r.Src && o.Dst == r.Dst && o.Item == r.Item && o.Polarity == r.Polarity && o.Modality == r.Modality {
				dup = i
				break
			}
		}
		if dup < 0 {
			out = append(out, r)
			continue
		}
		for _, d := range r.Dates {
			if !slices.Contains(out[dup].Dates, d) {
				out[dup].Dates = append(out[dup].Dates, d)
			}
		}
		if out[dup].Role == "" {
			out[dup].Role = r.Role
		}
	}
	return out
}

// modelEnd: where a weapon model's own words end inside its mention [a, b), before the
// lower-case class noun and modifiers after it ("Fath-360 close-range ballistic missiles":
// "Fath-360"); b when the mention ends with the model. A lower-case code glued to the model
// ("Virginia-class") stays.
func modelEnd(tokens []Token, a, b int) int {
	k := b
	for k-1 > a {
		t := tokens[k-1]
		lowerWord := t.isWord() && !t.isCap() && isLetters(t.Text)
		switch {
		case lowerWord && t.SpaceBefore:
			k--
		case lowerWord && k-3 > a && tokens[k-2].Text == "-" && !tokens[k-2].SpaceBefore && tokens[k-3].SpaceBefore &&
			!tokens[k-3].isCap() && isLetters(tokens[k-3].Text):
			k -= 3 // "close-range"
		default:
			return k
		}
	}
	return b
}

// weaponShortForms: the names writers also give a weapon named by tokens [a, b) without a
// word that only qualifies it: its class without the calibre ("240-mm multiple rocket
// launchers" is a multiple rocket launcher too) and a model without "-type" or "-series"
// ("Shahed-type drones" are Shaheds: shapes.tsv model-qualifier, in qualifiers).
func weaponShortForms(tokens []Token, a, b int, qualifiers map[string]bool) []string {
	var out []string
	if k := calibreEnd(tokens, b, a); k > a && b-k >= 1 && !tokens[k].isCap() {
		out = append(out, surfaceOf(tokens, k, b))
	}
	if a+2 < b && tokens[a].isCap() && tokens[a+1].Text == "-" && !tokens[a+1].SpaceBefore && !tokens[a+2].SpaceBefore &&
		qualifiers[tokens[a+2].Text] {
		out = append(out, tokens[a].Text)
	}
	return out
}

// addSurface adds a surface the entity does not have yet; it reports whether it did.
func (e *Entity) addSurface(surface string) bool {
	if slices.Contains(e.Surfaces, surface) {
		return false
	}
	e.Surfaces = append(e.Surfaces, surface)
	return true
}

// shortForms maps a body's short form ("Ministry of Defense" of "the Ministry of Defense of
// China") to the document's entities named so, each marked direct when the short form is
// written alone for it rather than inside its longer name.
type shortForms map[string][]shortOwner

type shortOwner struct {
	entity int
	direct bool
}

func (f shortForms) add(surface string, entity int, direct bool) shortForms {
	if f == nil && direct {
		return nil // no short form yet
	}
	if f == nil {
		f = shortForms{}
	}
	owners := f[surface]
	for i, o := range owners {
		if o.entity == entity {
			owners[i].direct = o.direct || direct
			return f
		}
	}
	if !direct || owners != nil {
		f[surface] = append(owners, shortOwner{entity, direct})
	}
	return f
}

// drop removes a short form shared by two or more bodies from those not named by it alone.
// Only the short form of a name with "of" + its state is dropped: the body's own words after
// a state's possessive ("Russia's General Staff", "China's Foreign Ministry") stay a name of
// each, as writers list them.
func (f shortForms) drop(entities []Entity) {
	for surface, owners := range f {
		if len(owners) < 2 {
			continue
		}
		for _, o := range owners {
			if !o.direct {
				e := &entities[o.entity]
				e.Surfaces = slices.DeleteFunc(e.Surfaces, func(s string) bool { return s == surface })
			}
		}
	}
}

// restated: the doers of a sentence's event are all doers of the latest event of its type
// stated before, so the sentence may tell that event again.
func restated(before, now []*entityInfo) bool {
	if len(before) == 0 {
		return false
	}
	for _, d := range now {
		if !slices.Contains(before, d) {
			return false
		}
	}
	return true
}

// paraSpeakerOf: the sentence at sp is a line that ends in a verb of saying and a colon
// ("Foreign Secretary David Lammy said:", "The Minister, speaking in Riga, stated:"), so the
// quoted paragraph after it is its speaker's: the first person it names, else its first
// state or body not inside a possessive; nil for any other sentence. (h43cond: UK and EU
// press releases set the minister's words apart this way.)
func paraSpeakerOf(w *words, tokens []Token, sp [2]int, ms []mention) *entityInfo {
	last := sp[1] - 1
	if last-1 <= sp[0] || tokens[last].Text != ":" || !w.tok(wSpeech, &tokens[last-1]) {
		return nil
	}
	if n := sp[1]; n < len(tokens) && tokens[n].Newlines == 0 {
		return nil // the quotation goes on in the same line: the sentence's own verb reads it
	}
	var first *entityInfo
	for j := range ms {
		m := &ms[j]
		if m.start >= last-1 || m.possessive {
			continue
		}
		if m.info.Type == TypePerson {
			return m.info
		}
		if first == nil && (m.info.Type == TypeState || m.info.Type == TypeInstitution) {
			first = m.info
		}
	}
	return first
}
