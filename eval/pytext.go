package eval

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// This file holds the few pieces of Python's string semantics that score.py relies on, so
// that the port agrees with it on unusual input as well as on ordinary names: str.lower()
// (full case mapping, final sigma), str.isspace(), str.isdigit(), the \b of re, and repr()
// of floats as json.dumps prints them.

// normalise is score.py's normalise: NFKC, lower case, straight quotes, no dots, no
// possessive 's at a word end, white space collapsed, no leading "the ".
func normalise(name string) string {
	text := pyLower(norm.NFKC.String(name))
	text = straightenQuotes(text)
	text = strings.ReplaceAll(text, ".", "")
	text = removePossessive(text)
	text = strings.Join(pyFields(text), " ")
	return strings.TrimPrefix(text, "the ")
}

func straightenQuotes(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case '\u2018', '\u2019', '\u201a', '\u201b':
			return '\''
		case '\u201c', '\u201d', '\u201e', '\u201f':
			return '"'
		}
		return r
	}, s)
}

// removePossessive deletes every "'s" that is followed by a non-word character or the end,
// as re.sub(r"'s\b", "", s) does (matches do not overlap and are taken left to right).
func removePossessive(s string) string {
	if !strings.Contains(s, "'s") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		if strings.HasPrefix(s[i:], "'s") {
			next, _ := utf8.DecodeRuneInString(s[i+2:])
			if i+2 == len(s) || !pyWordChar(next) {
				i += 2
				continue
			}
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String()
}

// pyWordChar is \w of Python's re for str patterns: alphanumerics (str.isalnum) and "_".
func pyWordChar(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r)
}

// pyIsSpace is str.isspace(): Go's unicode.IsSpace plus the four information separators
// U+001C..U+001F, which Python counts as white space.
func pyIsSpace(r rune) bool {
	return unicode.IsSpace(r) || (r >= 0x1c && r <= 0x1f)
}

// pyFields is str.split() with no arguments.
func pyFields(s string) []string { return strings.FieldsFunc(s, pyIsSpace) }

// pyStrip is str.strip() with no arguments.
func pyStrip(s string) string { return strings.TrimFunc(s, pyIsSpace) }

// digitRanges are the characters for which str.isdigit() holds beyond the decimal digits
// (Nd) that unicode.IsDigit covers: superscripts, circled and other numbered forms. The
// table was taken from Python 3.11 (Unicode 14) by listing isdigit() and not isdecimal().
var digitRanges = [][2]rune{
	{0xB2, 0xB3}, {0xB9, 0xB9}, {0x1369, 0x1371}, {0x19DA, 0x19DA}, {0x2070, 0x2070},
	{0x2074, 0x2079}, {0x2080, 0x2089}, {0x2460, 0x2468}, {0x2474, 0x247C}, {0x2488, 0x2490},
	{0x24EA, 0x24EA}, {0x24F5, 0x24FD}, {0x24FF, 0x24FF}, {0x2776, 0x277E}, {0x2780, 0x2788},
	{0x278A, 0x2792}, {0x10A40, 0x10A43}, {0x10E60, 0x10E68}, {0x11052, 0x1105A}, {0x1F100, 0x1F10A},
}

// pyIsDigit is str.isdigit() for one character.
func pyIsDigit(r rune) bool {
	if unicode.IsDigit(r) {
		return true
	}
	for _, rg := range digitRanges {
		if r >= rg[0] && r <= rg[1] {
			return true
		}
	}
	return false
}

// pyLower is str.lower(): the simple lower-case mapping of each character, except that
// U+0130 (capital I with dot) becomes "i" plus a combining dot, and a capital sigma at the
// end of a word becomes the final form ς.
func pyLower(s string) string {
	isASCII := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			isASCII = false
			break
		}
	}
	if isASCII {
		return strings.ToLower(s)
	}
	runes := []rune(s)
	var b strings.Builder
	b.Grow(len(s))
	for i, r := range runes {
		switch {
		case r == 0x130:
			b.WriteString("i\u0307")
		case r == 0x3A3:
			if finalSigma(runes, i) {
				b.WriteRune(0x3C2)
			} else {
				b.WriteRune(0x3C3)
			}
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// finalSigma is the Final_Sigma condition: a cased letter before (skipping case-ignorable
// characters) and no cased letter after.
func finalSigma(runes []rune, i int) bool {
	j := i - 1
	for j >= 0 && caseIgnorable(runes[j]) {
		j--
	}
	if j < 0 || !cased(runes[j]) {
		return false
	}
	k := i + 1
	for k < len(runes) && caseIgnorable(runes[k]) {
		k++
	}
	return k == len(runes) || !cased(runes[k])
}

func cased(r rune) bool {
	return unicode.IsUpper(r) || unicode.IsLower(r) || unicode.IsTitle(r) ||
		unicode.Is(unicode.Other_Lowercase, r) || unicode.Is(unicode.Other_Uppercase, r)
}

func caseIgnorable(r rune) bool {
	switch r {
	case '\'', '.', ':', '^', '`', 0xA8, 0xAD, 0xAF, 0xB4, 0xB7, 0xB8, 0x2018, 0x2019, 0x2024, 0x2027, 0xFE13, 0xFE52, 0xFE55, 0xFF07, 0xFF0E, 0xFF1A:
		return true
	}
	return unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf, unicode.Lm, unicode.Sk)
}

// pyFloat formats a float as Python's repr() does (and so json.dumps): the shortest digits
// that read back to the same value, in positional notation when the decimal exponent is in
// [-4, 16), with ".0" on whole numbers, and otherwise as 1e-05 / 1.5e+16.
func pyFloat(f float64) string {
	if f == 0 {
		if 1/f < 0 {
			return "-0.0"
		}
		return "0.0"
	}
	e := strconv.FormatFloat(f, 'e', -1, 64) // "-d.ddde±XX"
	sign := ""
	if e[0] == '-' {
		sign, e = "-", e[1:]
	}
	mant, expPart, _ := strings.Cut(e, "e")
	exp, _ := strconv.Atoi(expPart)
	digits := strings.Replace(mant, ".", "", 1)
	decpt := exp + 1 // digits d1 d2 ... with the decimal point after decpt of them
	if decpt > -4 && decpt <= 16 {
		switch {
		case decpt <= 0:
			return sign + "0." + strings.Repeat("0", -decpt) + digits
		case decpt >= len(digits):
			return sign + digits + strings.Repeat("0", decpt-len(digits)) + ".0"
		default:
			return sign + digits[:decpt] + "." + digits[decpt:]
		}
	}
	m := digits[:1]
	if len(digits) > 1 {
		m += "." + digits[1:]
	}
	es := "+"
	if exp < 0 {
		es, exp = "-", -exp
	}
	return sign + m + "e" + es + leftPad(strconv.Itoa(exp), 2)
}

func leftPad(s string, n int) string {
	if len(s) >= n {
		return s
	}
	return strings.Repeat("0", n-len(s)) + s
}
