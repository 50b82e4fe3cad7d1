package extract

import (
	"unicode"
	"unicode/utf8"
)

// Sentence splitting works on tokens, so abbreviations are already whole ("D.P.R.K.") and
// offsets come for free.

// headingTokens is the longest line that a paragraph break turns into a heading or byline
// rather than the middle of a sentence broken by PDF extraction.
const headingTokens = 14

// maxSentenceTokens caps a sentence. Real sentences stay far below it; text without any
// sentence punctuation (tables, lists, broken extractions, hostile input) would otherwise
// make one sentence of the whole document, and relation rules cost more than linear time
// in the length of a sentence.
const maxSentenceTokens = 250

// splitSentences returns [start, end) token index ranges of the sentences; lw holds the
// abbreviations and sentence starters of words.tsv.
func splitSentences(tokens []Token, lw *words) [][2]int {
	var spans [][2]int
	start, lineStart := 0, 0
	cut := func(end int) {
		if end > start {
			spans = append(spans, [2]int{start, end})
		}
		start = end
	}
	for i := 0; i < len(tokens); i++ {
		if i > lineStart && tokens[i].Newlines > 0 {
			if breakAtNewline(tokens, lineStart, i, lw) {
				cut(i)
			}
			lineStart = i
		}
		if i-start >= maxSentenceTokens {
			cut(i)
		}
		if i < start {
			continue
		}
		if end, ok := sentenceEndAt(tokens, i, lw); ok {
			cut(end)
			if end > i+1 {
				i = end - 1
			}
		}
	}
	cut(len(tokens))
	return spans
}

// breakAtNewline decides whether the line break before token i ends a sentence: after
// terminal punctuation it does; a short line (heading, byline) followed by a blank line or
// a capitalised word does; a long line broken mid-sentence (PDF extraction) does not.
func breakAtNewline(tokens []Token, lineStart, i int, lw *words) bool {
	prev := tokens[i-1]
	if prev.Text == "." || prev.Text == "!" || prev.Text == "?" || prev.Text == ":" {
		return true
	}
	if isClosingQuote(prev.Text) && i >= 2 && isTerminal(tokens[i-2].Text) {
		return true
	}
	if entryLine(tokens, lineStart, i, lw) && entryLine(tokens, i, lineEnd(tokens, i), lw) {
		// A block of "Name, Title" lines (signatories under a declaration, participants of a
		// readout, "Members present:"): each line is an entry of its own, and read as one
		// sentence the title ending a line would pass for the title of the next line's name.
		return true
	}
	lineLen := i - lineStart
	next := tokens[i]
	if !next.isCap() && next.isWord() {
		return false
	}
	if lw.tok(wWrapEnd, &prev) {
		return false // "the port of\n\nRason": a wrapped line
	}
	if tokens[i].Newlines >= 2 && frontedWe(tokens, i, len(tokens)) >= 0 {
		// "Joint Statement by the Foreign Ministers of the Nordic-Baltic Eight (NB8)\n\nWe, the
		// Foreign Ministers of ...": a first-person apposition opens a declaration's own first
		// sentence after its heading, however long the heading.
		return true
	}
	if tokens[i].Newlines >= 2 {
		return lineLen <= headingTokens || datelineOpens(tokens, i)
	}
	return lineLen <= headingTokens/2
}

// maxEntryTokens is the longest line read as an entry of a block ("Anna Berg, Minister for
// Foreign Affairs of Sweden" is 9 tokens; a long office with its state stays below 20).
const maxEntryTokens = 20

// entryLine: tokens [a, b) are one line shaped like an entry of a signature or participant
// block: a capitalised word first, a comma or spaced dash with a capitalised word after it
// (a name and its title, either way round), every word capitalised but the lower-case connectives of
// names and offices ("of", "for", "the", "de") and numbers, and no punctuation or
// connective at its end. A line of wrapped prose holds lower-case words (verbs, nouns), so
// it is not one; a line broken after "Foreign" ends in a word, so it takes a comma and
// capitals throughout to be one.
func entryLine(tokens []Token, a, b int, lw *words) bool {
	if b-a < 3 || b-a > maxEntryTokens || !tokens[a].isWord() || !tokens[a].isCap() {
		return false
	}
	last := tokens[b-1]
	if !last.isWord() || lw.tok(wWrapEnd, &last) || lw.tok(wEntryLink, &last) {
		return false
	}
	comma, after := false, false // after: a capitalised word after the first comma
	for k := a + 1; k < b; k++ {
		t := tokens[k]
		switch {
		case t.Text == "," || t.is("\u2013", "\u2014") || t.Text == "-" && t.SpaceBefore:
			comma = true // "Anna Berg, Minister ...", "Anna Berg – Minister ..."
		case t.isWord() && t.isCap():
			after = after || comma
		case t.isWord() && !lw.tok(wEntryLink, &t) && !isDigits(t.Text):
			return false
		}
	}
	return comma && after // "January 17, 2024" is a date line, not an entry
}

// lineEnd is the end of the line that starts at token i: the next token after a line break,
// or the end of the text.
func lineEnd(tokens []Token, i int) int {
	j := i + 1
	for j < len(tokens) && tokens[j].Newlines == 0 {
		j++
	}
	return j
}

// datelineOpens: the line at i opens with a news dateline, capitalised place words then a
// comma, dash or agency parenthesis ("SEOUL, Nov 1 -", "UNITED NATIONS, March 29 -",
// "SEOUL/TOKYO -", "LONDON —"): a report starts there, so a long headline above it is a
// sentence of its own. The name recogniser reads the same shape (datelineAt), with the
// gazetteer's say on each place.
func datelineOpens(tokens []Token, i int) bool {
	for k := i; ; {
		j := datelineRun(tokens, k, len(tokens))
		switch {
		case j == k || j >= len(tokens) || tokens[j].Newlines > 0:
			return false
		case tokens[j].Text == "/" && j+1 < len(tokens):
			k = j + 1 // "SEOUL/TOKYO"
		default:
			return datelineSep(tokens[j])
		}
	}
}

// datelineRun is the end of a dateline's run of place words at k: up to three ALL-CAPS
// words of three letters or more on one line ("SEOUL", "UNITED NATIONS"); k when none.
func datelineRun(tokens []Token, k, end int) int {
	j := k
	for j < end && j-k < 3 && tokens[j].isWord() && isAllCaps(tokens[j].Key) && len(tokens[j].Key) > 2 && (j == k || tokens[j].Newlines == 0) {
		j++
	}
	return j
}

// datelineSep: t ends a dateline's places: a comma, a dash or the agency's parenthesis ("SEOUL,",
// "WASHINGTON —", "MOSCOW (Reuters)"); a hyphen only with a space before it, not "KCNA-run".
func datelineSep(t Token) bool {
	return t.is(",", "\u2014", "\u2013", "(") || t.Text == "-" && t.SpaceBefore
}

func isTerminal(s string) bool { return s == "." || s == "!" || s == "?" || s == "…" }

func isClosingQuote(s string) bool {
	return s == "\u201d" || s == "\"" || s == "\u2019" || s == "'" || s == ")"
}

// sentenceEndAt reports whether a sentence ends at token i and, if so, the index of the
// first token of the next sentence.
func sentenceEndAt(tokens []Token, i int, lw *words) (int, bool) {
	t := &tokens[i] // a pointer: a Token is 80 bytes, copied for every token
	if yearWithFootnote(t.Text) && i+1 < len(tokens) && tokens[i+1].SpaceBefore && tokens[i+1].isCap() && tokens[i+1].isWord() {
		// "... since 2019.3 National Security Adviser ...": a year, the full stop and a
		// footnote marker from a PDF, then the next sentence.
		return i + 1, true
	}
	dotted := len(t.Text) > 2 && t.Text[len(t.Text)-1] == '.' && t.Key != t.Text
	if !isTerminal(t.Text) && !dotted {
		return 0, false
	}
	j := i + 1
	for j < len(tokens) && isClosingQuote(tokens[j].Text) && !tokens[j].SpaceBefore {
		j++
	}
	if j >= len(tokens) {
		return len(tokens), true
	}
	// Emoji, symbols and direction marks between sentences ("... 2024. 👋 Lavrov ...")
	// belong to neither: look past them to the word that starts the next sentence.
	w := j
	for w < len(tokens) && w-j < 8 && isSymbolToken(tokens[w]) {
		w++
	}
	if w > j && w < len(tokens) && !dotted && (startsSentence(tokens[w]) || tokens[w].isCap()) {
		return j, true
	}
	next := tokens[j]
	if dotted {
		// "U.S. National Security Advisor" goes on; "the D.P.R.K. These meetings" ends.
		return j, next.isCap() && lw.tok(wSentenceStarter, &next) && next.SpaceBefore
	}
	if t.Text == "." && i > 0 {
		prev := tokens[i-1]
		if lw.tok(wNonFinalAbbrev, &prev) && (next.isCap() || next.startsDigit()) {
			return 0, false
		}
		// An initial: "Paul H. Nitze".
		if len(prev.Text) == 1 && prev.isCap() && prev.isWord() && next.isCap() {
			return 0, false
		}
	}
	r := next.Text
	if startsSentence(next) || isOpeningQuote(r) || (len(r) > 0 && r[0] >= '0' && r[0] <= '9') || next.Newlines > 0 {
		return j, true
	}
	return 0, false
}

func isOpeningQuote(s string) bool { return s == "\u201c" || s == "\"" || s == "\u2018" || s == "(" }

// splitAtOffset cuts the sentence that holds the byte offset off so that a sentence ends
// there (a headline ends its sentence whatever its length).
func splitAtOffset(spans [][2]int, tokens []Token, off int) [][2]int {
	for i, sp := range spans {
		if tokens[sp[0]].Start >= off {
			return spans // a sentence already starts there
		}
		if tokens[sp[1]-1].End <= off {
			continue
		}
		for k := sp[0] + 1; k < sp[1]; k++ {
			if tokens[k].Start >= off {
				out := make([][2]int, 0, len(spans)+1)
				out = append(out, spans[:i]...)
				out = append(out, [2]int{sp[0], k}, [2]int{k, sp[1]})
				return append(out, spans[i+1:]...)
			}
		}
		return spans
	}
	return spans
}

// sentenceAt is the index of the sentence holding the byte offset off, or -1.
func sentenceAt(spans [][2]int, tokens []Token, off int) int {
	for i, sp := range spans {
		if tokens[sp[1]-1].End > off {
			if tokens[sp[0]].Start <= off {
				return i
			}
			return -1
		}
	}
	return -1
}

// isSymbolToken: a token of emoji, symbols, format characters (RTL and LTR marks,
// zero-width joiners) or combining marks, which carries no words.
func isSymbolToken(t Token) bool {
	for _, r := range t.Text {
		if !(unicode.In(r, unicode.S, unicode.Cf, unicode.Mn, unicode.Me, unicode.Co) || r == '\uFE0F') {
			return false
		}
	}
	return t.Text != ""
}

// startsSentence: a capitalised word, or a word of a script without letter case (Arabic,
// Hebrew, Chinese, Korean, ...), after terminal punctuation begins a sentence.
func startsSentence(t Token) bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsUpper(r) || unicode.IsTitle(r) || unicode.IsLetter(r) && !unicode.IsLower(r)
}

// yearWithFootnote: a year, a full stop and a footnote number of one or two digits glued
// together ("2019.3"), as text copied from a PDF writes a sentence that ends in a year.
func yearWithFootnote(s string) bool {
	if len(s) < 6 || len(s) > 7 || s[4] != '.' {
		return false
	}
	for k := 0; k < len(s); k++ {
		if k != 4 && (s[k] < '0' || s[k] > '9') {
			return false
		}
	}
	return s[0] == '1' || s[0] == '2'
}

// frontedWe: where "we" opens a first-person apposition ("We, the Foreign Ministers of ...")
// in the tokens from i to limit: at i itself, or after a fronted adverbial of a few words and
// its comma on the same line ("Today, we, Prime Minister ..."); -1 when it does not.
func frontedWe(tokens []Token, i, limit int) int {
	for j := i; j+1 < limit && j <= i+5; j++ {
		if tokens[j].Lower == "we" && tokens[j+1].Text == "," && (j == i || tokens[j-1].Text == ",") {
			return j
		}
		if j > i && tokens[j].Newlines > 0 || !tokens[j].isWord() && !isDigits(tokens[j].Text) && tokens[j].Text != "," {
			return -1
		}
	}
	return -1
}
