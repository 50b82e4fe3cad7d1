package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// foldReplacer straightens typographic quotes and dashes so that rules and gazetteers are
// written once in plain ASCII punctuation.
var foldReplacer = strings.NewReplacer(
	"\u2018", "'", "\u2019", "'", "\u201a", "'", "\u201b", "'", "\u2032", "'",
	"\u201c", `"`, "\u201d", `"`, "\u201e", `"`, "\u201f", `"`,
	"\u2010", "-", "\u2011", "-", "\u00ad", "",
)

// foldText is the matching form of a piece of text: NFKC (which also undoes ligatures such
// as "ﬁ"), straight quotes, plain hyphens. Case is kept.
func foldText(s string) string {
	if isPlainASCII(s) {
		return s
	}
	return foldReplacer.Replace(norm.NFKC.String(s))
}

func isPlainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// matchKey is how a token is compared with gazetteer entries: folded, with dots removed so
// that "D.P.R.K." and "DPRK" meet.
func matchKey(s string) string {
	s = foldText(s)
	if strings.IndexByte(s, '.') >= 0 && len(s) > 1 {
		s = strings.ReplaceAll(s, ".", "")
	}
	return s
}

// slug turns a name into the id part used for entities found by patterns:
// "Niklas Swanström" → "niklas-swanstrom".
func slug(name string) string {
	if isPlainASCII(name) {
		return slugASCII(name)
	}
	decomposed := norm.NFKD.String(foldText(name))
	var b strings.Builder
	dash := false
	for _, r := range decomposed {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
			dash = false
		case r == '\'' || r == '.':
			continue
		default:
			if !dash && b.Len() > 0 {
				b.WriteByte('-')
				dash = true
			}
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

// slugASCII is slug of plain ASCII, which NFKD leaves as it is and which has no marks. A name
// that is its own slug is returned, not copied (ids of the names each document finds).
func slugASCII(name string) string {
	i := 0
	for i < len(name) && (isLowerOrDigit(name[i]) || i > 0 && name[i] == '-' && name[i-1] != '-' && i+1 < len(name)) {
		i++
	}
	if i == len(name) {
		return name
	}
	b := make([]byte, i, len(name))
	copy(b, name[:i])
	dash := i > 0 && b[i-1] == '-'
	for ; i < len(name); i++ {
		switch c := name[i]; {
		case isLowerOrDigit(c):
			b = append(b, c)
			dash = false
		case 'A' <= c && c <= 'Z':
			b = append(b, c+'a'-'A')
			dash = false
		case c == '\'' || c == '.':
		default:
			if !dash && len(b) > 0 {
				b = append(b, '-')
				dash = true
			}
		}
	}
	return strings.TrimSuffix(string(b), "-")
}

// collapseSpace joins the words of s with single spaces (evidence text from PDF extractions
// is full of line breaks).
func collapseSpace(s string) string {
	clean := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c > ' ' && c < utf8.RuneSelf || c == ' ' && i > 0 && i < len(s)-1 && s[i+1] != ' ' {
			continue // printable ASCII, or a single space inside: one or two tests a byte
		}
		// White space to collapse, or a byte that may be some (non-ASCII); a control
		// byte also takes the slow path, which keeps it as it is.
		clean = false
		break
	}
	if clean {
		return s // the common case: one line, single spaces, ASCII
	}
	return strings.Join(strings.Fields(s), " ")
}

func isUpperInitial(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

func isAllCaps(s string) bool {
	letters := 0
	for i := 0; i < len(s); i++ { // ASCII first, without decoding runes: most words are
		c := s[i]
		switch {
		case c >= 0x80:
			return isAllCapsRunes(s)
		case c >= 'a' && c <= 'z':
			return false
		case c >= 'A' && c <= 'Z':
			letters++
		}
	}
	return letters > 0
}

func isAllCapsRunes(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters > 0
}
