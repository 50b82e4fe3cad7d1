package extract

import "slices"

// narration holds what a sentence with no date expression of its own, narrating in the
// simple past, goes on from (SCHEMA.md Dates rule 3: an event just mentioned dates the one
// told after it). The sentence just before told, by source, the events it dated:
//
//   - of the same type ("Russia launched a missile attack on Ukrainian cities this morning.
//     Russian forces fired 38 missiles at Kyiv"), across a paragraph break too;
//   - of another type, by the same source ("U.S. forces struck Houthi targets in Yemen on
//     12 January. U.S. forces launched Tomahawk missiles"), in the same paragraph;
//
// and, with no dated event of its source there, the one full date the sentence just before
// states, in the same paragraph ("On 9 January the Houthis fired drones at shipping. The
// destroyer USS Gravely shot them down"). A new paragraph tells another event: it inherits
// only what the same act by the same source dated. A relation performed by saying it
// ("condemned", "backed") takes only the first: the occasion frames (occasion.go) decide
// which occasion, if any, a speech act was made at.
type narration struct {
	prev, cur             map[actKey][]string // dated events by (type, source)
	prevSource, curSource map[string][]string // dated events by source, any type
	prevDates             []string            // the one full date of the sentence before
	paragraph             bool                // the current sentence opens a paragraph
}

// next moves on to the next sentence, which opens a paragraph or not; before is the
// sentence just before (its tokens from a, and date mentions). Its one full date is one a
// narration can go on from when it is no bound ("until 30 June"), no date of saying ("said
// on 8 November that ...": the report's, not an event's), lies on or before the
// reference date ref (an expiry, "the licence expires on 30 June 2030", is no event told)
// and stands outside quotation marks (a date in a quoted earlier statement is that
// statement's event).
func (n *narration) next(tokens []Token, a int, before []dateMention, opensParagraph bool, ref string) {
	n.prev, n.cur = n.cur, n.prev
	clear(n.cur)
	n.prevSource, n.curSource = n.curSource, n.prevSource
	clear(n.curSource)
	n.paragraph = opensParagraph
	n.prevDates = nil
	if len(before) != 1 || len(before[0].days) == 0 || before[0].noEvent || before[0].speech >= 0 || len(before[0].values) == 0 {
		return
	}
	for _, v := range before[0].values {
		if v > ref {
			return
		}
	}
	if quotedAt(tokens, a, before[0].start) {
		return
	}
	n.prevDates = before[0].values
}

// quotedAt: token k lies inside quotation marks opened after token a.
func quotedAt(tokens []Token, a, k int) bool {
	quoted := false
	for i := a; i < k; i++ {
		quoted = quoteAfter(tokens[i].Text, quoted)
	}
	return quoted
}

// datesFor: the dates a simple-past relation with no date in its sentence goes on with.
func (n *narration) datesFor(r *Relation) []string {
	if d := n.prev[actKey{r.Type, r.Src}]; len(d) > 0 {
		return slices.Clone(d)
	}
	if n.paragraph || r.voiced {
		return nil
	}
	if d := n.prevSource[r.Src]; len(d) > 0 {
		return slices.Clone(d)
	}
	return slices.Clone(n.prevDates)
}

// stated records a dated, asserted, unhedged relation of the current sentence.
func (n *narration) stated(r *Relation) {
	if n.cur == nil {
		n.cur, n.curSource = map[actKey][]string{}, map[string][]string{}
	}
	if _, ok := n.cur[actKey{r.Type, r.Src}]; !ok {
		n.cur[actKey{r.Type, r.Src}] = r.Dates
	}
	if _, ok := n.curSource[r.Src]; !ok {
		n.curSource[r.Src] = r.Dates
	}
}
