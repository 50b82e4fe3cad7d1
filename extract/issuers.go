package extract

// A joint text declares who issues it: a title ("Joint Declaration of the Foreign Ministers
// of A, B and C"), an opening ("We, the Heads of State of A, B and C,") or a signature block
// under its last paragraph ("Signed by:" and one line per signer). This file holds what the
// document model reads from such a block; the referents "we", "all three of us" are resolved
// in coref.go.

// signatureBlock returns SIGNED from every person a signature block lists to the agreement
// the document's own title line names ("Stockholm Declaration on Security in the Baltic Sea
// Region"). The block opens with a line that is only a cue of words.tsv class
// signature-cue ("Signed by:", "Signatories:") and runs to the end of its paragraph. A
// document whose title names no agreement (a communiqué, a press release) or that has no
// such cue line gets nothing: the rule needs both.
func (x *Extractor) signatureBlock(tokens []Token, spans [][2]int, mentions []mention, sentences []Sentence, date string) []Relation {
	agr := ownAgreement(tokens, spans, mentions)
	if agr == nil {
		return nil
	}
	cue := -1
	for si := len(spans) - 1; si > 0; si-- {
		sp := spans[si]
		if tokens[sp[0]].Newlines == 0 {
			continue // a cue opens a line of its own
		}
		n := x.lex.words.signatureCue.matchAt(tokens[:sp[1]], sp[0])
		if n > 0 && (sp[0]+n == sp[1] || sp[0]+n+1 == sp[1] && tokens[sp[0]+n].Text == ":") {
			cue = si
			break
		}
	}
	if cue < 0 {
		return nil
	}
	var out []Relation
	signers := map[string]bool{}
	for _, m := range mentions {
		if m.sentence <= cue || m.coref || m.nested || m.info.Type != TypePerson || signers[m.info.ID] {
			continue
		}
		if end := paragraphEnd(tokens, spans, cue); m.sentence >= end {
			break // mentions come in document order: the block has ended
		}
		if !opensLine(tokens, spans[m.sentence], m.start) {
			continue // a signer's name opens the line; a name inside a title does not sign
		}
		signers[m.info.ID] = true
		r := Relation{Type: RelSigned, Src: m.info.ID, Dst: agr.ID, Polarity: Asserted, Modality: Fact,
			Sentence: m.sentence, Evidence: sentences[m.sentence].Text, Rule: "SIGNED/signature-block"}
		if date != "" {
			r.Dates = []string{date} // the block signs the text on the day it is dated
		}
		out = append(out, r)
	}
	return out
}

// ownAgreement is the agreement a title line of the document's first sentence names, or nil.
func ownAgreement(tokens []Token, spans [][2]int, mentions []mention) *entityInfo {
	if len(spans) == 0 {
		return nil
	}
	for _, m := range mentions {
		if m.sentence > 0 {
			break
		}
		if m.info.Type == TypeAgreement && !m.coref && titleLine(tokens, spans[0], m.start) &&
			(m.end == len(tokens) || tokens[m.end].Newlines > 0) {
			return m.info
		}
	}
	return nil
}

// paragraphEnd is the first sentence after si that opens a new paragraph (a blank line
// before it), or len(spans).
func paragraphEnd(tokens []Token, spans [][2]int, si int) int {
	for k := si + 1; k < len(spans); k++ {
		if tokens[spans[k][0]].Newlines >= 2 {
			return k
		}
	}
	return len(spans)
}

// opensLine: the token at i is the first of its line within the sentence span.
func opensLine(tokens []Token, sp [2]int, i int) bool {
	return i == sp[0] || tokens[i].Newlines > 0
}
