package extract

import (
	"fmt"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// nameRules are the data behind identity keys (data/names*.tsv): spellings that name the same
// thing ("sergei" and "sergey", "choi" and "choe", "defence" and "defense") and words that
// say nothing about who someone is (honorifics, generational suffixes, particles).
type nameRules struct {
	variant map[string]string // folded word -> canonical spelling
	drop    map[string]dropAt // folded word -> where it is dropped
}

// dropAt says where in a name a droppable word is dropped.
type dropAt int

const (
	dropLead  dropAt = iota + 1 // only before the first kept word ("Mr", "Dr")
	dropTrail                   // only after the last kept word ("Jr", "III")
	dropAny                     // anywhere ("al" in "Bashar al-Assad")
)

func newNameRules() *nameRules {
	return &nameRules{variant: map[string]string{}, drop: map[string]dropAt{}}
}

// addRow reads one names line: "variant<TAB>canonical<TAB>other|spellings" or
// "drop<TAB>word|word<TAB>lead|trail|any".
func (n *nameRules) addRow(row tsvRow) error {
	switch row.field(0) {
	case "variant":
		canon := foldWord(row.field(1))
		if canon == "" {
			return fmt.Errorf("variant line without a canonical spelling")
		}
		others := splitList(row.field(2))
		if len(others) == 0 {
			return fmt.Errorf("variant %q lists no other spelling", row.field(1))
		}
		// A spelling already mapped keeps its class: chains (a->b, b->c) resolve to one form.
		if c, ok := n.variant[canon]; ok {
			canon = c
		}
		n.variant[canon] = canon
		for _, o := range others {
			n.variant[foldWord(o)] = canon
		}
	case "drop":
		var at dropAt
		switch row.field(2) {
		case "lead":
			at = dropLead
		case "trail":
			at = dropTrail
		case "any":
			at = dropAny
		default:
			return fmt.Errorf("drop position %q: want lead, trail or any", row.field(2))
		}
		for _, w := range splitList(row.field(1)) {
			n.drop[foldWord(w)] = at
		}
	default:
		return fmt.Errorf("names class %q: want variant or drop", row.field(0))
	}
	return nil
}

// foldWord is a word's comparison form: NFKD without marks, lower case, letters and digits only.
func foldWord(s string) string {
	if isPlainASCII(s) {
		return foldASCIIWord(s)
	}
	var b strings.Builder
	for _, r := range norm.NFKD.String(foldText(s)) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// foldASCIIWord is foldWord of plain ASCII, which NFKD leaves as it is and which has no marks:
// its letters and digits, lower-cased. A word that is that already is returned, not copied
// (the identity key of every name a document finds folds each of its words).
func foldASCIIWord(s string) string {
	i := 0
	for i < len(s) && isLowerOrDigit(s[i]) {
		i++
	}
	if i == len(s) {
		return s
	}
	b := make([]byte, i, len(s))
	copy(b, s[:i])
	for ; i < len(s); i++ {
		switch c := s[i]; {
		case isLowerOrDigit(c):
			b = append(b, c)
		case 'A' <= c && c <= 'Z':
			b = append(b, c+'a'-'A')
		}
	}
	return string(b)
}

func isLowerOrDigit(c byte) bool { return 'a' <= c && c <= 'z' || '0' <= c && c <= '9' }

// IdentityKey is the normalised form under which names of one type are the same name: case,
// diacritics, dots, apostrophes and hyphens do not count ("Choi Son-hui" and "Choe Son Hui"
// differ only in spaces and a romanisation, "Antony J. Blinken" and "Antony Blinken" in an
// initial), honorifics and suffixes are dropped from people's names, and each word takes the
// canonical spelling of its variant class (data/names.tsv). Words stay separated by single
// spaces; a hyphenated word becomes one word, so keys that differ only in spaces name the
// same thing ("son hui" and "sonhui"), which callers compare with spaces removed.
func (x *Extractor) IdentityKey(typ, name string) string {
	return x.lex.names.key(typ, name)
}

// identityKey is IdentityKey of the entity's type and name, computed once for the
// gazetteer's entities.
func (x *Extractor) identityKey(info *entityInfo) string {
	if info.key != "" {
		return info.key
	}
	return x.lex.names.key(info.Type, info.Name)
}

// keySpacer splits a name's words at dots, commas and brackets. It is built once: a Replacer
// compiles itself on first use, which per call cost 7% of extraction time.
var keySpacer = strings.NewReplacer(".", ". ", ",", " ", "(", " ", ")", " ")

func (n *nameRules) key(typ, name string) string {
	// Arrays on the stack for the words and a word's parts: most names have a few of each,
	// and every name a document finds is keyed.
	var wordsBuf [8]string
	words := wordsBuf[:0]
	for _, f := range strings.Fields(keySpacer.Replace(foldText(name))) {
		// "al-Assad": a droppable particle hyphenated onto a word goes; "Son-hui" is one word.
		var keptBuf [4]string
		kept := keptBuf[:0]
		for rest, more := f, true; more; {
			var p string
			p, rest, more = strings.Cut(rest, "-")
			w := foldWord(p)
			if w == "" {
				continue
			}
			if more && n.drop[w] == dropAny {
				continue
			}
			kept = append(kept, w)
		}
		if len(kept) == 0 {
			continue
		}
		// Variants apply to each part: "Son-hui" and "Son Hui" meet only if each part does.
		for i, w := range kept {
			if c, ok := n.variant[w]; ok {
				kept[i] = c
			}
		}
		words = append(words, strings.Join(kept, ""))
	}
	if typ == TypePerson {
		words = n.trimPerson(words)
	} else {
		for i, w := range words {
			words[i] = strings.TrimSuffix(w, "s") // "Forces"/"Force", "Affairs"/"Affair"
		}
	}
	return strings.Join(words, " ")
}

// trimPerson drops honorifics before a person's name, suffixes after it, particles anywhere
// and middle initials ("J" in "Antony J Blinken"), keeping at least one word.
func (n *nameRules) trimPerson(words []string) []string {
	for len(words) > 1 && (n.drop[words[0]] == dropLead || n.drop[words[0]] == dropAny) {
		words = words[1:]
	}
	for len(words) > 1 && (n.drop[words[len(words)-1]] == dropTrail || n.drop[words[len(words)-1]] == dropAny) {
		words = words[:len(words)-1]
	}
	out := words[:0:0]
	for i, w := range words {
		if n.drop[w] == dropAny && len(words) > 2 {
			continue
		}
		if i > 0 && i < len(words)-1 && len([]rune(w)) == 1 {
			continue // a middle initial
		}
		out = append(out, w)
	}
	if len(out) == 0 {
		return words
	}
	return out
}

// validWikidata: "Q" and digits.
func validWikidata(q string) bool {
	if len(q) < 2 || q[0] != 'Q' {
		return false
	}
	for _, r := range q[1:] {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
