package extract

import (
	"fmt"
	"slices"
	"strings"
)

// The grammar of relations is data: relations.tsv gives each relation's argument types and
// prepositions, triggers.tsv the phrases with their frame and per-row overrides, words.tsv
// the English function words the frames read. Go holds only the frames themselves.

// frameKind is how a trigger's arguments are laid out around it. Each kind has one function
// (frameFuncs) that finds the argument pairs, as text/template/parse has one state function
// per lexer state.
type frameKind uint8

const (
	frameVerb frameKind = iota
	frameVerbTo
	frameRecv
	frameNoun
	frameAgent
	framePair
	frameGuest
	frameEvent
	frameCharge
	frameUser
	frameIdent
	frameBlame
	frameCount
)

var frameNames = [frameCount]string{"verb", "verb-to", "recv", "noun", "agent", "pair", "guest", "event", "charge", "user", "ident", "blame"}

func (f frameKind) String() string { return frameNames[f] }

// verbal frames do not apply where the trigger is used as a noun ("the visit").
func (f frameKind) verbal() bool { return f == frameVerb || f == frameVerbTo || f == frameGuest }

func parseFrame(name string) (frameKind, bool) {
	for k, n := range frameNames {
		if n == name {
			return frameKind(k), true
		}
	}
	return 0, false
}

// frameFuncs finds the argument pairs of one trigger occurrence, one function per frame.
var frameFuncs = [frameCount]func(*Extractor, *sentenceCtx, *occurrence) []argPair{
	frameVerb:   verbArgs,
	frameVerbTo: verbArgs,
	frameRecv:   recvArgs,
	frameNoun:   nounArgs,
	frameAgent:  agentArgs,
	framePair:   pairFrameArgs,
	frameGuest:  guestArgs,
	frameEvent:  eventArgs,
	frameCharge: chargeArgs,
	frameIdent:  identArgs,
	frameBlame:  blameArgs,
}

// userArgs reads the argument pairs of the trigger before it through frameFuncs; it joins the
// table at init, which a composite literal referring to it would make an initialization cycle.
func init() { frameFuncs[frameUser] = userArgs }

// specFlag is one boolean property of an argument spec: its index in a specFlags set.
type specFlag uint16

const (
	flagLocative        specFlag = iota // object may follow a locative preposition
	flagItem                            // the supplied weapon is the relation's item
	flagQuantity                        // record the amount near the trigger
	flagNoSubject                       // nouns: no clause subject as source
	flagAgentAfter                      // nouns: source may be the first name after
	flagObjectBefore                    // nouns: target is the name right before
	flagSourceInObject                  // nouns: a demonym in the "of" object is the source
	flagDirectObject                    // pairs: a direct object is the other end
	flagNeedsGoods                      // a weapon or goods noun must be in the clause
	flagPrepOnly                        // verb-to: the target only after a preposition
	flagSpeechAct                       // the relation is a speech act ("condemned")
	flagIntransitive                    // a verb with a direct object does not state it
	flagEventObject                     // an unnamed event object names its doer ("condemned the attack")
	flagDoubleObject                    // verb-to: a recipient may be the first object ("shipped Mali jets")
	flagEnds                            // the trigger ends the relation: it states it denied ("withdrew from")
	flagNeedsTroops                     // a troop noun must follow the trigger ("strengthen its forces in")
	flagList                            // its targets may follow in a list (lists.go)
	flagBodyActs                        // a state's body ("Hungary's parliament") acts for the state
	flagOwnerActs                       // an agentless passive's troops act for their owner
	flagBodyTarget                      // a state's force as target stands for the state ("fired at the Philippine coast guard")
	flagNoTroops                        // a troop noun after the trigger makes it state nothing
	flagNeedsJudgement                  // a word of blame must follow the object ("called the move reckless")
	flagBeneficiary                     // nouns: with no target, the help goes to the clause subject ("with help from X")
	flagLinked                          // agents: the doer is in apposition or a copula's subject ("X, a member of")
	flagPurposePlace                    // a journey's purpose at a place is a target too ("to Russia for a summit in Kazan")
	flagTogether                        // pairs: everyone on both sides is together ("joined by X and Y")
	flagHost                            // pairs: an active verb needs its guest as object ("welcomed Modi", not "welcomed the partnership")
	flagStative                         // a standing state ("a member of"): dated only by "since X" or a change ("became a member")
	flagImplicitAgent                   // an agentless passive to the latest target continues that relation ("more shells were sent to Russia")
	flagWeaponOwner                     // a weapon as subject acts for the state of the demonym or possessive before it ("Russian drones struck")
	flagBodyDefault                     // with no object at all, the target is the relation's body= ("cast negative votes.")
	flagNamedTarget                     // a state modifying a class noun is no target ("sanctions on Russian entities", "on U.S. firms")
	flagLeaderActs                      // a person the gazetteer seats in a state stands for it ("Xi and Putin hailed their partnership")
	flagHostTarget                      // nouns: with no target, the object of a hosting verb visits its subject ("Belarus hosted a visit by X")
	flagWithParty                       // a "with" after the object names a party of the same kind as the subject ("signed the accord with Japan")
	flagNeedsVerdict                    // a word of blame must follow a copula after the object ("said the veto was reckless")
	flagEventSubject                    // a definite noun of an earlier event of the relation as subject names its doers ("The measures target X")
	flagDryTarget                       // a place named as a body of water (words.tsv water) is no target ("fired missiles toward the East Sea")
	flagStanceNow                       // a stance in the simple present or going on ("supports", "will continue to support") holds on the day it is stated
	flagAbroad                          // a journey's end in the traveller's own state or its capital is no visit ("returned to Pyongyang")
	flagNamedParties                    // an agreement named after its parties ("the Japan-Philippines RAA") has no other party
	flagNoSpeaker                       // nouns: a speaker before the definite noun heading its complement clause is no doer ("said the trip was planned")
	flagWholeFirst                      // the frame's source is the whole, its target the part: swapped ("the CSTO includes Armenia": Armenia is a member)
	flagPossessorToo                    // a place after its state's possessive names the state too ("troops to Russia's Kursk region": Russia and Kursk)
	flagStatelessTarget                 // a target institution that is a state's force by its proper name (shapes.tsv organ-head: "the Philippine Navy") is none: goods to it supply its state
	flagSeatedSource                    // a source institution the gazetteer seats in a state stands for it ("the State Department approved a sale": the United States)
	flagAdjacent                        // the target preposition follows the trigger at once or after a copula chain ("soldiers in Kursk", "troops are believed to be in")
	flagReciprocal                      // "each ... the other": every state of the sentence to every other ("commits each side to come to the other's aid")
	flagModifiedPenalty                 // recv: the source modifies a penalty noun that ends the object ("under U.S. sanctions")
	flagClauseSubject                   // verbs: a participle whose subject is its clause's ("struck Kyiv using Kh-101 missiles")
	flagPlaceBefore                     // nouns: a proper name of the target's kind right before the noun is the target, a journey abroad ("the rare Pyongyang visit")
	flagObjectGoods                     // a weapon or goods noun must be in the trigger's object ("hosts Russian nuclear weapons", not "hosted talks on Russian grain")
	flagHeadObject                      // the target heads the verb's object or passive subject ("heads the RGB", not "commands the DPRK forces")
	flagGapped                          // a conjunct with its verb left out takes the relation too ("Finland joined NATO in 2023 and Sweden in 2024", "a member of the SCO and of BRICS")
	flagBetweenParties                  // an agreement's parties after "between" signed it ("the Treaty between A and B, signed on")
	flagCarrier                         // verbs: a passive's by-phrase names the carrier, not the doer; the troops' owner acts ("soldiers were ferried by Russian ships to Vladivostok")
	flagPartitiveRest                   // a partitive remainder after the target names part of it ("sent troops to Russia, most of them to Kursk")
	flagSustainedOwner                  // with no target, the owner of what the object's relative clause sustains receives it ("sold machine tools that feed Russia's defence industry")
	flagFailedMeasure                   // a body that failed to renew or adopt a measure in a clause before the act is a target, with the mandates it names (failedMeasures)
	flagTroopOwner                      // a demonym or possessor modifying a troop noun is a target, the troops' owner ("trained Somali commandos")
	flagEcho                            // the targets are those of the paragraph's latest stance of the relation stated by a verb ("issued similar statements")
	flagPlaceState                      // a dated tie to a place dates the tie to the place's state the document states ("carried to Vladivostok between October 8 and 13": Russia)
	flagSiteTown                        // with locative: the named place a named target site stands in or by is a target too ("struck the X hospital in Kyiv")
	flagReciprocalOnly                  // with reciprocal: the row states its relation only in the reciprocal reading ("a mutual defense pact under which an attack on one member ...")
	flagCapitalised                     // fires only written with a capital inside a sentence that is no Title Case line ("Finland and Sweden as our newest Allies")
	flagCompany                         // pairs: the several guests of one host meet one another too ("X hosted A, B and C")
	flagSeatState                       // a target body headed by a seat noun (words.tsv seat: "the Chinese Embassy in Manila") stands for the state named inside its name (r41bcond)
	flagCourtesy                        // an object asked to act by an infinitive after it was appealed to, not met: the row states nothing ("called on Modi" is a visit, "called on Putin to withdraw" is none)
	flagAside                           // in a ", where" clause after a place, the writer's background: fact, and not the sentence's event (h43btroops)
	flagEndsWhenDone                    // with ends: a withdrawal asked for or still to come ("called on X to withdraw its troops") ends nothing yet: asserted (h44dep)

	numSpecFlags // how many flags are declared; keep last
)

// flagWords is how many 64-bit words a specFlags set takes: sized from numSpecFlags, with a
// word to spare when the count fills its words exactly, so a new flag needs no other edit.
const flagWords = numSpecFlags/64 + 1

// specFlags is a set of specFlag: a fixed array, so a spec copies it by value and testing a
// flag costs one index and one mask, with no allocation.
type specFlags [flagWords]uint64

func (fs *specFlags) has(f specFlag) bool { return fs[f/64]&(1<<(f%64)) != 0 }
func (fs *specFlags) set(f specFlag)      { fs[f/64] |= 1 << (f % 64) }
func (fs *specFlags) unset(f specFlag)    { fs[f/64] &^= 1 << (f % 64) }

// setAll adds every flag of o; unsetAll takes every flag of o off.
func (fs *specFlags) setAll(o *specFlags) {
	for i := range fs {
		fs[i] |= o[i]
	}
}

func (fs *specFlags) unsetAll(o *specFlags) {
	for i := range fs {
		fs[i] &^= o[i]
	}
}

// flagSet is the set of the flags given.
func flagSet(flags ...specFlag) specFlags {
	var fs specFlags
	for _, f := range flags {
		fs.set(f)
	}
	return fs
}

var flagNames = map[string]specFlag{
	"locative": flagLocative, "item": flagItem, "quantity": flagQuantity, "carrier": flagCarrier,
	"no-subject": flagNoSubject, "agent-after": flagAgentAfter, "object-before": flagObjectBefore,
	"source-in-object": flagSourceInObject, "direct-object": flagDirectObject, "prep-only": flagPrepOnly, "speech-act": flagSpeechAct, "intransitive": flagIntransitive,
	"event-object": flagEventObject, "double-object": flagDoubleObject, "ends": flagEnds,
	"list": flagList, "body-acts": flagBodyActs, "owner-acts": flagOwnerActs, "body-target": flagBodyTarget,
	"beneficiary": flagBeneficiary,
	"linked":      flagLinked, "purpose-place": flagPurposePlace, "together": flagTogether,
	"host": flagHost, "stative": flagStative, "weapon-owner": flagWeaponOwner, "implicit-agent": flagImplicitAgent, "event-subject": flagEventSubject, "stance-now": flagStanceNow, "abroad": flagAbroad,
	"body-default": flagBodyDefault, "echo": flagEcho, "named-target": flagNamedTarget,
	"leader-acts": flagLeaderActs, "host-target": flagHostTarget, "with-party": flagWithParty,
	"aside": flagAside, "dry-target": flagDryTarget, "site-town": flagSiteTown, "named-parties": flagNamedParties, "no-speaker": flagNoSpeaker, "possessor-too": flagPossessorToo, "whole-first": flagWholeFirst,
	"seated-source": flagSeatedSource, "stateless-target": flagStatelessTarget, "adjacent": flagAdjacent, "reciprocal": flagReciprocal,
	"modified-penalty": flagModifiedPenalty, "clause-subject": flagClauseSubject, "place-before": flagPlaceBefore,
	"head-object": flagHeadObject, "gapped": flagGapped, "failed-measure": flagFailedMeasure, "between-parties": flagBetweenParties, "partitive-rest": flagPartitiveRest, "sustained-owner": flagSustainedOwner,
	"troop-owner": flagTroopOwner, "reciprocal-only": flagReciprocalOnly, "capitalised": flagCapitalised, "company": flagCompany, "seat-state": flagSeatState,
	"courtesy":    flagCourtesy,
	"place-state": flagPlaceState, "ends-when-done": flagEndsWhenDone,
}

// argSpec says which entity types a trigger joins and how its frame finds them.
type argSpec struct {
	relation    string
	src, dst    []string // entity types
	targetPreps []string // in order of preference
	sourcePreps []string // besides "by"
	objectLast  bool
	// body is the entity whose draft an unnamed object is ("vetoed a draft resolution": the
	// Security Council), when the document names it (relations.tsv body=).
	body string
	// srcIDs, when set, are the only entities that may be the source (src-ids=: the
	// permanent members, whose negative vote is a veto).
	srcIDs   []string
	flags    specFlags
	flagsOff specFlags  // flags the row took off the relation's default (flags=-name)
	needsCue string     // needs=CLASS: a phrase of this cue class must be in the clause ("sanctions list")
	needsSet *phraseSet // that class's phrases
	needsNot bool       // needs=no-CLASS: a phrase of the class in the clause makes the trigger give nothing
	afterCue string     // after=CLASS: a phrase of this cue class must complete the verb's object ("urged Moscow to halt")
	afterSet *phraseSet // that class's phrases
	afterNot bool       // after=no-CLASS: the verb's object headed by a phrase of the class gives nothing ("backed the text")
	// troops, when set, is the spec used when a troop noun follows the trigger.
	troops *argSpec
}

func (a *argSpec) has(f specFlag) bool { return a.flags.has(f) }

// voiced: the relation can be performed by saying it (a speech act, or a stance stated as
// holding now), so the date of the saying is its own.
func (a *argSpec) voiced() bool { return a.has(flagSpeechAct) || a.has(flagStanceNow) }

// applyAttrs overrides a spec with a row's key=value attributes; flags add to the default's.
func (a *argSpec) applyAttrs(attrs map[string]string, where string) error {
	for k, v := range attrs {
		switch k {
		case "src":
			a.src = splitList(v)
		case "dst":
			a.dst = splitList(v)
		case "to":
			a.targetPreps = lowerList(v)
		case "by":
			a.sourcePreps = lowerList(v)
		case "body":
			a.body = v
		case "src-ids":
			a.srcIDs = splitList(v)
		case "object":
			if v != "last" && v != "first" {
				return fmt.Errorf("%s: object=%q: want first or last", where, v)
			}
			a.objectLast = v == "last"
		case "flags":
			for _, f := range splitList(v) {
				// "-name" takes a flag the relation's default sets off for this row.
				name, off := strings.CutPrefix(f, "-")
				bit, ok := flagNames[name]
				if !ok {
					return fmt.Errorf("%s: unknown flag %q", where, f)
				}
				if off {
					a.flags.unset(bit)
					a.flagsOff.set(bit)
				} else {
					a.flags.set(bit)
				}
			}
		case "needs":
			switch v {
			case "goods":
				a.flags.set(flagNeedsGoods)
			case "goods-object":
				a.flags.set(flagObjectGoods)
			case "troops":
				a.flags.set(flagNeedsTroops)
			case "no-troops":
				a.flags.set(flagNoTroops)
			case "judgement":
				a.flags.set(flagNeedsJudgement)
			case "verdict":
				a.flags.set(flagNeedsVerdict)
			default:
				// A cue class (cues.tsv) that must occur in the clause, or with "no-" must not
				// ("targeted X with sanctions" attacks nothing); checked by the caller.
				a.needsCue, a.needsNot = strings.TrimPrefix(v, "no-"), strings.HasPrefix(v, "no-")
			}
		case "after":
			// resolved by the caller, which knows the cue classes; "no-" for an object that
			// must not be headed by one of the class's phrases
			a.afterCue, a.afterNot = strings.TrimPrefix(v, "no-"), strings.HasPrefix(v, "no-")
		case "troops":
			// resolved by the caller, which knows the other relations
		default:
			return fmt.Errorf("%s: unknown attribute %q", where, k)
		}
	}
	for _, t := range append(append([]string{}, a.src...), a.dst...) {
		if !validEntityType(t) {
			return fmt.Errorf("%s: unknown entity type %q", where, t)
		}
	}
	return nil
}

func lowerList(s string) []string {
	out := splitList(strings.ToLower(s))
	return out
}

// compileRelations reads relations.tsv rows into the default spec of each relation.
func compileRelations(rows []tsvRow) (map[string]*argSpec, error) {
	specs := map[string]*argSpec{}
	for _, row := range rows {
		rel := row.field(0)
		if !validRelationType(rel) {
			return nil, fmt.Errorf("%s: unknown relation %q", row.where, rel)
		}
		spec := &argSpec{relation: rel, src: splitList(row.field(1)), dst: splitList(row.field(2))}
		if len(spec.src) == 0 || len(spec.dst) == 0 {
			return nil, fmt.Errorf("%s: relation %s needs source and target types", row.where, rel)
		}
		if err := spec.applyAttrs(parseAttrs(row.field(3)), row.where); err != nil {
			return nil, err
		}
		specs[rel] = spec
	}
	return specs, nil
}

// triggerSpec is a trigger row's spec: the relation's default with the row's overrides.
func triggerSpec(specs map[string]*argSpec, rel string, attrs map[string]string, where string) (*argSpec, error) {
	base, ok := specs[rel]
	if !ok {
		return nil, fmt.Errorf("%s: relation %q has no row in relations.tsv", where, rel)
	}
	spec := *base
	if err := spec.applyAttrs(attrs, where); err != nil {
		return nil, err
	}
	if to := attrs["troops"]; to != "" {
		other, ok := specs[to]
		if !ok {
			return nil, fmt.Errorf("%s: troops=%q: relation has no row in relations.tsv", where, to)
		}
		t := *other
		// Troops go somewhere: the destination must follow a preposition of the deployment.
		// The troops' spec takes the trigger's flags, less those about the trigger's own
		// object (goods, amounts, troop nouns, a judgement after it).
		drop := flagSet(flagItem, flagQuantity, flagLocative, flagNeedsGoods, flagObjectGoods, flagNeedsTroops, flagNoTroops, flagNeedsJudgement, flagNeedsVerdict, flagDoubleObject)
		inherited := spec.flags
		inherited.unsetAll(&drop)
		t.flags.setAll(&inherited)
		t.flags.set(flagPrepOnly)
		t.flags.unsetAll(&spec.flagsOff) // a flag the row took off stays off for its troops
		if to == rel && attrs["to"] != "" {
			t.targetPreps = spec.targetPreps // "station submarines at HMAS Stirling"
		}
		if preps, ok := attrs["to"]; ok && preps == "" {
			// A row whose verb takes its destination as direct object ("troops reached
			// Kursk"): the troops' destination is that object, with no preposition.
			t.targetPreps = nil
			t.flags.unset(flagPrepOnly)
		}
		spec.troops = &t
	}
	return &spec, nil
}

// wordClass names one closed list of English words in words.tsv.
type wordClass uint8

const (
	wBe wordClass = iota
	wAux
	wClause
	wSubordinator
	wReportVerb
	wPronoun
	wDeterminer
	wFunction
	wLocative
	wNPStop
	wPrepIdiom
	wAuxSkip
	wListGlue
	wConjunction
	wBetween
	wPairObject
	wSpeech
	wArticle
	wAdverb
	wAgentHead
	wComplement
	wVerbOpener
	wPPTransparent
	wFirstPerson
	wSpeechNoun
	wControlNoun
	wPlaceHead
	wPreposition
	wDefinite
	wEventPrep
	wLightVerb
	wDraft
	wElicit
	wThank
	wOfficeLink
	wCopula
	wComitative
	wEventNoun
	wGenericRole
	wAspect
	wReaction
	wAspectLead
	wSuperlative
	wChange
	wCause
	wVoice
	wSeat
	wPlural
	wSiteHead
	wLeaderTitle
	wChargeLead
	wActNoun
	wMeasureNoun
	wActEvent
	wRelative
	wSubjectPronoun
	wObjectPronoun
	wPossessive
	wObjectDeterminer
	wStatementVerb
	wClauseJoin
	wAppositionOpener
	wPerformativeAdverb
	wNonPerformative
	wRoleModifier
	wRolePrep
	wNameLink
	wDatePart
	wPeriodPart
	wClauseBreak
	wObjectRelative
	wAgency
	wFirmHead
	wChargeVerb
	wHost
	wMandate
	wSubjectControl
	wObjectExample
	wObjectArgument
	wThankTo
	wStanceHead
	wWater
	wContinuation
	wConcurrent
	wNamingVerb
	wArrivalVerb
	wEnvoyTitle
	wOriginNoun
	wPledgeVerb
	wIrregularPast
	wStanceCopula
	wOthersPrep
	wIssuerPrep
	wPledgeModal
	wVerdictLink
	wSideHead
	wObjectControl
	wIssuerHead
	wIssuerGroup
	wIssueVerb
	wGiveVerb
	wVictimNoun
	wGroupNoun
	wConceal
	wNonFinalAbbrev
	wSentenceStarter
	wStrandedPair
	wInclusion
	wWrapEnd
	wEntryLink
	wGroupPossessive
	wOperative
	wListPossessive
	wCompoundHead
	wOccasionPrep
	wThingRelative
	wWhRelative
	wClauseCoordinator
	wOfficePrep
	wObliqueRelative
	wAttackPrep
	wVenuePrep
	wAdjunctPrep
	wRelativeAdverb
	wPersonPossessive
	wPlaceRelative
	wListAdjective
	wCircumstance
	wReproachVerb
	wChargePrep
	wPerfectGerund
	wConcern
	wGroupOpener
	wGroupModifier
	wPartitive
	wPartitiveOf
	wPartitivePronoun
	wClauseJoint
	wDeedAgent
	wDeedFrame
	wPersonSection
	wMemberGroup
	wOtherPartner
	wPartnerPrep
	wGapVerb
	wTieNoun
	wEventCompany
	wBlocNoun
	wStancePredicate
	wPenaltyReason
	wSourceOffice
	wEnumerator
	wLeadParticiple
	wBlocModifier
	wAllyNoun
	wPartnerNoun
	wOtherParty
	wQuantifier
	wHeadlineMinor
	wThingDeterminer
	wNounPrep
	wTargetPrep
	wRoleDeterminer
	wAdverbialDate
	wClosedRelative
	wCommaRelative
	wReportedRelative
	wAttributionBar
	wAsideRelative
	wNegator
	wBareLead
	wSubjectRelative
	wPluralDefinite
	wBackDefinite
	wSustain
	wPastLead
	wMemberHead
	wKindArticle
	wEventPronoun
	wAppraisal
	wBreach
	wMannerNoun
	wCredit
	wHelpWith
	wNameParticiple
	wGuestNoun
	wParticle
	wParticleLead
	wAspectNow
	wInvolvement
	wUseVerb
	wSpeakerPronoun
	wUndoing
	wSideVerb
	wPenalVerb
	wTimeHead
	wSituation
	wStatehood
	wJointProcess
	wTalksNoun
	wPhaseVerb
	wJoinVerb
	wChannelPrep
	wDoerNoun
	wReceiveVerb
	wActApposition
	wUnrealisedLead
	wDemandVerb
	wChargeModal
	wordClassCount
)

// clsSet is a word's set of classes, one bit per wordClass.
type clsSet [4]uint64

// Every class is one bit of a word's set (four words: up to 256 classes, all a uint8 wordClass
// can name); split the classes when this fails to compile.
var _ [256 - int(wordClassCount)]struct{}

// has takes a pointer: with a value receiver every s.tw(c, k) copied the 32-byte set to the
// stack to read one word of it.
func (b *clsSet) has(c wordClass) bool { return b[c>>6]&(1<<(c&63)) != 0 }

// hasAny: the set shares a class with m.
func (b *clsSet) hasAny(m *clsSet) bool {
	return b[0]&m[0] != 0 || b[1]&m[1] != 0 || b[2]&m[2] != 0 || b[3]&m[3] != 0
}

// classesOf is the set of the classes cs.
func classesOf(cs ...wordClass) clsSet {
	var b clsSet
	for _, c := range cs {
		b[c>>6] |= 1 << (c & 63)
	}
	return b
}

// grammarStop: the classes of grammar words (function words, prepositions, locatives,
// auxiliaries, forms of "be") that end a plain lower-case noun phrase read word by word;
// targetSiteStop adds the words that also end its own phrase.
var (
	grammarStop    = classesOf(wFunction, wPreposition, wLocative, wAux, wBe)
	targetSiteStop = withClasses(grammarStop, wComplement)
)

// withClasses is b plus the classes cs.
func withClasses(b clsSet, cs ...wordClass) clsSet {
	m := classesOf(cs...)
	for i := range b {
		b[i] |= m[i]
	}
	return b
}

// without is the set less class c.
func (b clsSet) without(c wordClass) clsSet {
	b[c>>6] &^= 1 << (c & 63)
	return b
}

var wordClassNames = [wordClassCount]string{"be", "aux", "clause", "subordinator", "report-verb",
	"pronoun", "determiner", "function", "locative", "np-stop", "prep-idiom", "aux-skip",
	"list-glue", "conjunction", "between", "pair-object", "speech", "article", "adverb", "agent-head", "complement", "verb-opener", "pp-transparent", "first-person", "speech-noun", "control-noun", "place-head", "preposition", "definite", "event-prep", "light-verb", "draft", "elicit", "thank",
	"office-link", "copula", "comitative", "event-noun", "generic-role", "aspect", "reaction",
	"aspect-lead", "superlative", "change", "cause", "voice", "seat", "plural", "site-head", "leader-title", "charge-lead", "act-noun", "measure-noun", "act-event",
	"relative", "subject-pronoun", "object-pronoun", "possessive", "object-determiner", "statement-verb", "clause-join", "apposition-opener", "performative-adverb", "non-performative", "role-modifier", "role-prep", "name-link", "date-part", "period-part", "clause-break", "object-relative", "agency",
	"firm-head", "charge-verb", "host", "mandate", "subject-control", "object-example", "object-argument", "thank-to", "stance-head", "water", "continuation", "concurrent",
	"naming-verb", "arrival-verb", "envoy-title", "origin-noun", "pledge-verb", "irregular-past", "stance-copula", "others-prep", "issuer-prep", "pledge-modal",
	"verdict-link", "side-head", "object-control", "issuer-head", "issuer-group", "issue-verb", "give-verb", "victim-noun", "group-noun", "conceal",
	"non-final-abbrev", "sentence-starter", "stranded-pair", "inclusion", "wrap-end", "entry-link", "group-possessive", "operative", "list-possessive", "compound-head", "occasion-prep",
	"thing-relative", "wh-relative", "clause-coordinator", "office-prep", "oblique-relative", "attack-prep", "venue-prep", "adjunct-prep", "relative-adverb", "person-possessive", "place-relative", "list-adjective", "circumstance", "reproach-verb", "charge-prep", "perfect-gerund", "concern", "group-opener", "group-modifier", "partitive", "partitive-of", "partitive-pronoun", "clause-joint", "deed-agent", "deed-frame", "person-section", "member-group", "other-partner", "partner-prep", "gap-verb", "tie-noun", "event-company", "bloc-noun", "stance-predicate", "penalty-reason", "source-office", "enumerator", "lead-participle", "bloc-modifier", "ally-noun", "partner-noun", "other-party", "quantifier", "headline-minor", "thing-determiner", "noun-prep", "target-prep", "role-determiner", "adverbial-date", "closed-relative", "comma-relative", "reported-relative", "attribution-bar", "aside-relative", "negator", "bare-lead", "subject-relative", "plural-definite", "back-definite", "sustain", "past-lead", "member-head", "kind-article", "event-pronoun", "appraisal", "breach", "manner-noun", "credit", "help-with", "name-participle", "guest-noun", "particle", "particle-lead", "aspect-now", "involvement", "use-verb", "speaker-pronoun", "undoing", "side-verb", "penal-verb", "time-head", "situation", "statehood", "joint-process", "talks-noun", "phase-verb", "join-verb", "channel-prep", "doer-noun", "receive-verb", "act-apposition", "unrealised-lead", "demand-verb", "charge-modal"}

// words holds the closed word classes as one bit set per word, so a single map lookup
// answers every class; phrases (more than one word) live in phraseSets.
type words struct {
	classes     map[string]clsSet
	attribution phraseSet // "according to"
	speaksFor   phraseSet // "speaking on behalf of"
	// officeTaking: "took office as", "was sworn in as": a role after them is the name's.
	officeTaking phraseSet
	sourceCue    phraseSet // "told", "spoke to", "a report by"
	memberIntro  phraseSet // "including", "among them": members of a class object follow
	// signatureCue: a line that is only one of these opens a signature block ("Signed by:").
	signatureCue phraseSet
	listJoin     phraseSet // "as well as": joins a coordinated list as "and" does
	exampleIntro phraseSet // "such as": named members of the plural noun before follow
	deedModifier phraseSet // "military", "joint": words between a name and its act noun (deeds.go)
	listAhead    phraseSet // "the following": the object is a list given after the sentence
	failure      phraseSet // "failed to": a body's failure to act, defeated by the act after it
	// inversionLead: "among those", "also" opening a clause before a passive participle
	// whose subject follows "be" ("Among those designated are A and B").
	inversionLead phraseSet
	reciprocal    phraseSet // "each other", "one another"
	partyMarker   phraseSet // "either party", "one of the parties": one party of a reciprocal clause
	anyParty      phraseSet // "either side", "any party": a target preposition's unnamed object
	// listContinuation: "among them", "these include" opening a sentence whose names are
	// members of the previous sentence's unnamed list object ("OFAC designated six
	// individuals. Among them is X").
	listContinuation phraseSet
	// rosterLine: "Members present" opening a line before a colon and the names of the
	// members of the body the heading names (a committee's evidence session).
	rosterLine phraseSet
	// endings holds, per ending class, the endings of words.tsv's rows of that class.
	endings [endingClassCount][]string
}

// endingClass is a words.tsv class of word endings: a regular inflection, which a rule reads
// off a word that no class lists (the data names the English endings, the rules only ask).
type endingClass uint8

const (
	eParticiple endingClass = iota // a present participle: "supporting"
	ePast                          // a regular simple past: "called"
	eAdverb                        // an adverb of manner: "strongly", "reportedly"
	endingClassCount
)

var endingClassNames = [endingClassCount]string{"participle-ending", "past-ending", "adverb-ending"}

// ends: the lower-case word ends in one of class c's endings.
func (w *words) ends(c endingClass, lower string) bool {
	for _, e := range w.endings[c] {
		if strings.HasSuffix(lower, e) {
			return true
		}
	}
	return false
}

func (w *words) in(c wordClass, lower string) bool {
	cls := w.classes[lower] // a map's value has no address to call has on
	return cls.has(c)
}

// tok is in for a token: its looked-up word info answers without a map look-up; a token
// that was not looked up (lexicon.lookUp) falls back to the map.
func (w *words) tok(c wordClass, t *Token) bool {
	if t.word != nil {
		return t.word.classes.has(c)
	}
	return w.in(c, t.Lower)
}

// phraseClass is the phrase set a words.tsv class of phrases fills, or nil for a class of
// single words.
func (w *words) phraseClass(class string) *phraseSet {
	switch class {
	case "attribution":
		return &w.attribution
	case "speaks-for":
		return &w.speaksFor
	case "office-taking":
		return &w.officeTaking
	case "source-cue":
		return &w.sourceCue
	case "member-intro":
		return &w.memberIntro
	case "signature-cue":
		return &w.signatureCue
	case "list-join":
		return &w.listJoin
	case "example-intro":
		return &w.exampleIntro
	case "deed-modifier":
		return &w.deedModifier
	case "list-ahead":
		return &w.listAhead
	case "failure":
		return &w.failure
	case "inversion-lead":
		return &w.inversionLead
	case "reciprocal":
		return &w.reciprocal
	case "party-marker":
		return &w.partyMarker
	case "any-party":
		return &w.anyParty
	case "list-continuation":
		return &w.listContinuation
	case "roster-line":
		return &w.rosterLine
	}
	return nil
}

func compileWords(rows []tsvRow) (*words, error) {
	w := &words{classes: map[string]clsSet{}}
	for _, row := range rows {
		class := row.field(0)
		if set := w.phraseClass(class); set != nil {
			for _, p := range splitList(row.field(1)) {
				set.add(p)
			}
			continue
		}
		if c := slices.Index(endingClassNames[:], class); c >= 0 {
			for _, e := range lowerList(row.field(1)) {
				if e == "" || strings.ContainsAny(e, " \t") {
					return nil, fmt.Errorf("%s: ending class %q holds endings of one word; %q is none", row.where, class, e)
				}
				w.endings[c] = append(w.endings[c], e)
			}
			continue
		}
		found := false
		for c, name := range wordClassNames {
			if name == class {
				for _, p := range lowerList(row.field(1)) {
					if strings.ContainsAny(p, " \t") {
						// A class of single words is looked up one token at a time: a phrase
						// there would never match.
						return nil, fmt.Errorf("%s: word class %q holds single words; %q is a phrase and would never match", row.where, class, p)
					}
					b := w.classes[p]
					b[c>>6] |= 1 << (c & 63)
					w.classes[p] = b
				}
				found = true
				break
			}
		}
		if !found {
			return nil, fmt.Errorf("%s: unknown word class %q", row.where, class)
		}
	}
	return w, nil
}
