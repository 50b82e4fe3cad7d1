package extract

import "fmt"

// Stages of the pipeline a panic is contained to (guard.run). Their names are the words a
// warning uses.
const (
	stageDates       = "date resolution"
	stageAdoption    = "adoption date"
	stageEntities    = "entity recognition"
	stageRelations   = "relation rules"
	stageCoref       = "coreference"
	stageListLine    = "list line"
	stageListGoesOn  = "continued list"
	stageSignatures  = "signature block"
	stageIssuers     = "issuer membership"
	stageBrackets    = "bracketed membership"
	stageNamedDraft  = "named draft"
	stagePlaceDates  = "place-state dates"
	stageAllianceDay = "alliance dates"
)

// guard contains a bug that panics inside one stage of one document's extraction to the unit
// the stage was running over: one sentence, or the whole stage when it reads the document at
// once (sentence < 0). The caller keeps what the unit had before it ran (its fallback), the
// document gets a warning naming it, the stage and the sentence, and extraction goes on.
// extractOne's per-document recovery stays the outer net for the code between stages.
type guard struct {
	x   *Extractor
	doc *Document
}

// run runs f as stage over sentence and reports whether it finished.
func (g guard) run(stage string, sentence int, f func()) (ok bool) {
	defer func() {
		if p := recover(); p != nil {
			ok = false
			where := ""
			if sentence >= 0 {
				where = fmt.Sprintf("sentence %d: ", sentence)
			}
			g.doc.Warnings = append(g.doc.Warnings, fmt.Sprintf("%s: %s%s failed, its output dropped (internal error, please report): %v%s",
				docName(g.doc.Meta), where, stage, p, panicSite()))
		}
	}()
	if g.x.fault != nil {
		g.x.fault(stage, sentence)
	}
	f()
	return true
}

// titleTokens: the document's title as tokens, read as part of its heading where the text's
// metadata block held it (coref.go spokenDocument); nil without a title.
func (g guard) titleTokens() []Token {
	if g.doc == nil || g.doc.Title == "" {
		return nil
	}
	return tokenize(g.doc.Title)
}
