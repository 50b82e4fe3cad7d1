package extract

import (
	"encoding/binary"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token is a word, number or punctuation mark with its byte span in the original text.
// Its methods take a pointer: with a value receiver every tokens[i].isCap() or
// tokens[i].is("of"), inlined or not, copied the 80-byte Token to the stack to read one field.
type Token struct {
	Start, End int
	Text       string // the original bytes
	Key        string // matchKey(Text)
	Lower      string // strings.ToLower(Key)
	// Newlines counts the line breaks in the white space before the token; SpaceBefore is
	// false when the token touches the previous one ("Russia-DPRK", "Ukraine's").
	Newlines    int32 // int32, not int: with the flags after it a Token is 80 bytes, not 88
	SpaceBefore bool
	// capital and wordish are isCap and isWord, read once from the first rune.
	capital, wordish bool
	// word is what the rules know about Lower, looked up once per token (lexicon.lookUp);
	// nil for tokens that were not looked up, which the rules then read the slow way.
	word *wordInfo
}

func (t *Token) isWord() bool { return t.wordish }

func startsWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// display is the token as a reader should see it: a word broken across lines is joined.
func (t *Token) display() string {
	if hasLineBreak(t.Text) {
		return joinHyphenated(t.Text)
	}
	if t.Text == "-" && int(t.End-t.Start) == len(enDash) {
		return enDash // gluedDashes read it as a hyphen; a name keeps the writer's dash
	}
	return t.Text
}

const enDash = "\u2013"

func (t *Token) isCap() bool { return t.capital }

// appositionDash: a dash that opens an apposition or an entry's description, as a comma
// does ("RI Chang Ho — Chief of the Reconnaissance General Bureau", "Anna Berg - Minister of
// Defence"): an em or en dash, a double hyphen, or a hyphen with a space before it (not the
// hyphen inside "Yunus-Bek").
func (t *Token) appositionDash() bool {
	return t.is("\u2014", "\u2013", "--") || t.Text == "-" && t.SpaceBefore
}

// startsDigit: the token opens with an ASCII digit ("2024", "500", "16th").
func (t *Token) startsDigit() bool { return t.Text != "" && t.Text[0] >= '0' && t.Text[0] <= '9' }

func (t *Token) is(words ...string) bool {
	if len(words) == 1 {
		// Most calls ask one word: inlined, this compares with the constant itself, with no
		// array of the words built on the stack and no loop over it.
		return t.Lower == words[0]
	}
	for _, w := range words {
		if t.Lower == w {
			return true
		}
	}
	return false
}

// tokenize splits text into tokens. Dotted abbreviations ("D.P.R.K.", "U.S.") stay one token;
// a possessive "'s" becomes its own token so that "Ukraine's" yields "Ukraine".
func tokenize(text string) []Token { return tokenizeInto(nil, text) }

// tokenizeInto is tokenize writing into buf's array when it is large enough (Extract reuses
// one between documents: a fresh one is a large allocation, zeroed, for every document).
func tokenizeInto(buf []Token, text string) []Token {
	tokens := buf[:0]
	if cap(buf) < len(text)/5 {
		tokens = make([]Token, 0, len(text)/5)
	}
	lower := asciiLower(text)
	newlines, space := 0, false
	i := 0
	for i < len(text) {
		r, size := rune(text[i]), 1
		if r == ' ' {
			space = true // the most common byte, settled before the rune tests below
			i++
			continue
		}
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		switch {
		case r == '\n' || r == '\f' || r == '\u2028' || r == '\u2029':
			newlines++
			space = true
			i += size
			continue
		case unicode.IsSpace(r) || r == utf8.RuneError && size == 1 || unicode.IsControl(r):
			space = true
			i += size
			continue
		}
		end := i + size
		if (r == '\'' || r == '\u2019') && len(tokens) > 0 && !space && isPossessiveS(text, end) {
			end++ // "'s" after a word is one token: the possessive
		}
		switch {
		case unicode.IsLetter(r):
			end = scanWord(text, i)
			for {
				next, ok := lineBreakHyphen(text, end)
				if !ok {
					break
				}
				end = scanWord(text, next)
			}
		case unicode.IsDigit(r):
			if e := scanNumber(text, i); e > i {
				end = e
			} // else a digit of another script ("۰"): one token of its own, as a symbol is
		}
		if len(tokens) == cap(tokens) {
			tokens = slices.Grow(tokens, 1)
		}
		tokens = tokens[:len(tokens)+1]
		setToken(&tokens[len(tokens)-1], text, lower, i, end, newlines, space || i == 0)
		newlines, space = 0, false
		i = end
	}
	gluedDashes(tokens)
	return tokens
}

// gluedDashes reads an en dash glued between two words as the hyphen it stands for ("the
// ROK–U.S. alliance", "U.S.–Japan talks"), as official texts set it; between numbers ("8–13
// October") and with a space on either side it keeps its own reading.
func gluedDashes(tokens []Token) {
	for k := 1; k+1 < len(tokens); k++ {
		t := &tokens[k]
		if t.Text != "\u2013" || t.SpaceBefore || tokens[k+1].SpaceBefore {
			continue
		}
		prev, next := tokens[k-1].Text, tokens[k+1].Text
		last, _ := utf8.DecodeLastRuneInString(prev)
		first, _ := utf8.DecodeRuneInString(next)
		if (unicode.IsLetter(last) || last == '.') && unicode.IsLetter(first) {
			t.Text, t.Key, t.Lower, t.wordish = "-", "-", "-", false
		}
	}
}

// setToken fills t, in place: a Token returned by value was built and then copied into the
// array, 80 bytes for every token of the document.
func setToken(t *Token, text, lower string, start, end, newlines int, space bool) {
	s := text[start:end]
	plain, upper := true, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'a' <= c && c <= 'z' {
			continue // most bytes: one test
		}
		if 'A' <= c && c <= 'Z' {
			upper = true
			continue
		}
		if c >= utf8.RuneSelf || c == '.' || c == '\n' || c == '\r' {
			plain = false
			break
		}
	}
	if plain {
		// The common case, ASCII with no dots or line breaks: the key is the text, and
		// the lower-case form is cut from the document's, not allocated per token.
		l := s
		if upper {
			l = lower[start:end]
		}
		c := s[0]
		*t = Token{Start: start, End: end, Text: s, Key: s, Lower: l, Newlines: int32(newlines), SpaceBefore: space,
			capital: 'A' <= c && c <= 'Z', wordish: 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'}
		return
	}
	key := matchKey(s)
	if hasLineBreak(s) {
		key = matchKey(joinHyphenated(s)) // "mili-\ntary" is "military"
	}
	*t = Token{Start: start, End: end, Text: s, Key: key, Lower: strings.ToLower(key),
		Newlines: int32(newlines), SpaceBefore: space, capital: isUpperInitial(s), wordish: startsWord(s)}
}

func hasLineBreak(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' || s[i] == '\r' {
			return true
		}
	}
	return false
}

// asciiLower is s with A-Z in lower case and every other byte as it was, so that byte
// offsets into s hold in the result.
func asciiLower(s string) string {
	b := []byte(s)
	i := 0
	// Eight bytes at a time while they are ASCII: a byte is in A-Z when adding 0x80-'A' sets
	// its top bit and adding 0x80-'Z'-1 does not (no byte carries into the next), and that
	// bit shifted to 0x20 lowers it.
	for ; i+8 <= len(b); i += 8 {
		x := binary.LittleEndian.Uint64(b[i:])
		if x&highBits != 0 {
			lowerBytes(b[i : i+8])
			continue
		}
		upper := (x + lowBits*(0x80-'A')) &^ (x + lowBits*(0x80-'Z'-1)) & highBits
		binary.LittleEndian.PutUint64(b[i:], x|upper>>2)
	}
	lowerBytes(b[i:])
	return string(b)
}

// lowerBytes puts the bytes A-Z of b in lower case.
func lowerBytes(b []byte) {
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
}

// scanWord returns the end of the word starting at i: letters, marks and digits, inner
// apostrophes ("People's" stops before "'s"; "O'Brien" stays whole) and dotted
// abbreviations made of single letters ("U.S.", "D.P.R.K.", "B.R.I.C.S.").
func scanWord(text string, i int) int {
	if end, ok := scanDotted(text, i); ok {
		return end
	}
	j := i
	for j < len(text) {
		if c := text[j]; 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
			j++ // ASCII letters and digits, the common case
			continue
		}
		r, size := utf8.DecodeRuneInString(text[j:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			j += size
			continue
		}
		if r == '\'' || r == '\u2019' {
			next, nsize := utf8.DecodeRuneInString(text[j+size:])
			if !unicode.IsLetter(next) {
				break
			}
			// "'s" closing a word is the possessive: leave it for its own token.
			if (next == 's' || next == 'S') && !isLetterAt(text, j+size+nsize) {
				break
			}
			j += size
			continue
		}
		break
	}
	return j
}

// scanDotted recognises L.L(.L)*[.] where each L is one letter.
func scanDotted(text string, i int) (int, bool) {
	if text[i] < utf8.RuneSelf && (i+1 >= len(text) || text[i+1] != '.') {
		return i, false // every match has a dot right after its first letter; most words have none
	}
	j, groups := i, 0
	for {
		r, size := utf8.DecodeRuneInString(text[j:])
		if !unicode.IsLetter(r) || isLetterAt(text, j+size) {
			break
		}
		if j+size >= len(text) || text[j+size] != '.' {
			// "U.S" with no final dot (as in "U.S-backed") still counts.
			if groups >= 1 {
				return j + size, true
			}
			break
		}
		j += size + 1
		groups++
	}
	if groups >= 2 {
		return j, true
	}
	return i, false
}

// lineBreakHyphen: a hyphen at the end of a line followed by a lower-case word continues the
// word across the break (PDF extraction: "mili-\ntary"). It returns where the rest starts.
func lineBreakHyphen(text string, end int) (int, bool) {
	if end >= len(text) || text[end] != '-' {
		return 0, false
	}
	j := end + 1
	for j < len(text) && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
		j++
	}
	if j >= len(text) || text[j] != '\n' {
		return 0, false
	}
	for j < len(text) && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r' || text[j] == '\n') {
		j++
	}
	r, _ := utf8.DecodeRuneInString(text[j:])
	if !unicode.IsLower(r) {
		return 0, false
	}
	return j, true
}

// joinHyphenated removes line-break hyphens and the white space after them.
func joinHyphenated(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '-' {
			if j, ok := lineBreakHyphen(s, i); ok {
				i = j - 1
				continue
			}
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

func isPossessiveS(text string, j int) bool {
	return j < len(text) && (text[j] == 's' || text[j] == 'S') && !isLetterAt(text, j+1)
}

func isLetterAt(text string, j int) bool {
	if j >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[j:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// scanNumber takes digits with inner separators ("6,000", "1.5") and ordinal suffixes ("16th").
func scanNumber(text string, i int) int {
	j := i
	for j < len(text) {
		c := text[j]
		if c >= '0' && c <= '9' {
			j++
			continue
		}
		if (c == ',' || c == '.') && j+1 < len(text) && text[j+1] >= '0' && text[j+1] <= '9' && j > i {
			j++
			continue
		}
		break
	}
	for _, suffix := range []string{"st", "nd", "rd", "th"} {
		if strings.HasPrefix(text[j:], suffix) && !isLetterAt(text, j+2) {
			return j + 2
		}
	}
	return j
}
