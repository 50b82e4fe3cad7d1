package extract

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// A header block is the metadata analysts' text files open with: lines such as
//
//	Kim and Putin sign defence pact
//	Published: 2024-06-19
//	Source: Example Wire
//	Author: A. Writer
//
// in any order, ending at the first blank line. Its key lines are metadata, not text: they
// are blanked out (offsets into the file stay valid) so that no sentence contains them. A
// line of the block that is not a key line is the headline, a sentence of its own. A
// headline alone on the first line, followed by a blank line and then the key lines, is read
// the same way.

// headerField stores one key line's value in the document's metadata, unless the manifest
// already gave it (the manifest wins).
type headerField func(m *Meta, value string)

var headerFields = map[string]headerField{
	"title":            setTitle,
	"headline":         setTitle,
	"published":        setPublished,
	"published on":     setPublished,
	"publication date": setPublished,
	"date":             setPublished,
	"dated":            setPublished,
	"source":           setSource,
	"publisher":        setSource,
	"outlet":           setSource,
	"author":           setAuthors,
	"authors":          setAuthors,
	"by":               setAuthors,
	"byline":           setAuthors,
	// Revision stamps are metadata but no publication date: relative dates count from the
	// day the text was first published.
	"updated":       ignoreField,
	"last updated":  ignoreField,
	"modified":      ignoreField,
	"last modified": ignoreField,
}

func ignoreField(*Meta, string) {}

func setTitle(m *Meta, v string) {
	if m.Title == "" {
		m.Title = v
	}
}

func setSource(m *Meta, v string) {
	if m.Source == "" {
		m.Source = v
	}
}

func setPublished(m *Meta, v string) {
	if m.Published == "" {
		m.Published = parseDateValue(v)
	}
}

// authorSep splits a list of authors: "A, B and C", "A; B", "A & B".
var authorSep = regexp.MustCompile(`\s*(?:,|;|&|\band\b)\s*`)

func setAuthors(m *Meta, v string) {
	if len(m.Authors) > 0 {
		return
	}
	v = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(v), "By "))
	for _, a := range authorSep.Split(v, -1) {
		if a = strings.TrimSpace(a); a != "" {
			m.Authors = append(m.Authors, a)
		}
	}
}

var isoPrefix = regexp.MustCompile(`^(\d{4})-(\d{2})(?:-(\d{2}))?`)

// numericDate is a date in digits with slashes or dots: "2024/06/19", "19.06.2024",
// "19/06/2024", "06/19/2024".
var numericDate = regexp.MustCompile(`^(\d{1,4})[/.](\d{1,2})[/.](\d{1,4})\b`)

// parseNumericDate reads numericDate as ISO, or "": year first is year-month-day; year last
// is day-month-year unless the first number cannot be a day's month and the second can be
// no month ("06/19/2024"); a date that stays ambiguous ("06/07/2024") is read day first,
// as most of the world writes it.
func parseNumericDate(v string) string {
	m := numericDate.FindStringSubmatch(v)
	if m == nil {
		return ""
	}
	a, _ := strconv.Atoi(m[1])
	b, _ := strconv.Atoi(m[2])
	c, _ := strconv.Atoi(m[3])
	var y, mo, d int
	switch {
	case len(m[1]) == 4:
		y, mo, d = a, b, c
	case len(m[3]) == 4 && b > 12 && a <= 12:
		y, mo, d = c, a, b
	case len(m[3]) == 4:
		y, mo, d = c, b, a
	default:
		return ""
	}
	t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
	if mo < 1 || mo > 12 || d < 1 || t.Day() != d || y < 1900 || y > 2100 {
		return ""
	}
	return t.Format(time.DateOnly)
}

// parseDateValue reads a metadata date ("2024-06-19", "2024-06-19T08:00:00Z", "June 19,
// 2024", "Wednesday, 19 June 2024") as ISO 8601 at the precision it gives, or "" when it
// holds no date.
func parseDateValue(v string) string {
	v = strings.TrimSpace(v)
	if m := isoPrefix.FindString(v); m != "" {
		return m
	}
	if numericDate.MatchString(v) {
		return parseNumericDate(v) // "" for an impossible date, not its year alone
	}
	tokens := tokenize(v)
	for _, d := range findDates(tokens, 0, len(tokens)) {
		if d.year != 0 {
			if iso := d.iso(""); len(iso) > 0 {
				return iso[0]
			}
		}
	}
	return ""
}

// header is what parseHeader found at the top of a text.
type header struct {
	// keyLines are the byte ranges of the metadata lines (without their line break).
	keyLines [][2]int
	// headline is the byte range of the headline, if the block has one.
	headline [2]int
	// values are the key lines' fields in order, applied by fill.
	values []headerValue
}

type headerValue struct {
	field headerField
	value string
}

// maxHeaderLines bounds a header block: a longer first paragraph is text.
const maxHeaderLines = 12

// parseHeader finds the header block at the top of text. A block counts only when at least
// one line is a known key and at most two lines are not (a headline and a subtitle).
func parseHeader(text string) header {
	blocks := leadingBlocks(text, 2)
	if len(blocks) == 0 {
		return header{}
	}
	h, ok := readBlock(text, blocks[0])
	if ok {
		// "Title: X" and then X again as the article's first line: that line is the
		// headline.
		if h.headline == ([2]int{}) {
			if next := leadingBlocks(text[blocks[0][len(blocks[0])-1][1]:], 1); len(next) == 1 && len(next[0]) == 1 {
				off := blocks[0][len(blocks[0])-1][1]
				line := [2]int{off + next[0][0][0], off + next[0][0][1]}
				var m Meta
				for _, v := range h.values {
					v.field(&m, v.value)
				}
				if m.Title != "" && collapseSpace(text[line[0]:line[1]]) == collapseSpace(m.Title) {
					h.headline = line
				}
			}
		}
		return h
	}
	// "Headline\n\nPublished: ...\n\nBody": a one-line first block before a block of keys.
	if len(blocks) == 2 && len(blocks[0]) == 1 {
		h2, ok := readBlock(text, blocks[1])
		if ok && h2.headline == ([2]int{}) {
			h2.headline = blocks[0][0]
			return h2
		}
	}
	return header{}
}

// readBlock reads one block of lines as a header block.
func readBlock(text string, lines [][2]int) (header, bool) {
	var h header
	if len(lines) > maxHeaderLines {
		return h, false
	}
	other := 0
	for _, ln := range lines {
		line := text[ln[0]:ln[1]]
		if f, v, ok := keyLine(line); ok {
			h.keyLines = append(h.keyLines, ln)
			h.values = append(h.values, headerValue{f, v})
			continue
		}
		other++
		if h.headline == ([2]int{}) {
			h.headline = ln
		} else {
			h.headline[1] = ln[1] // a subtitle continues the headline's sentence
		}
	}
	return h, len(h.keyLines) > 0 && other <= 2
}

// keyLine reads "Key: value" with a known key.
func keyLine(line string) (headerField, string, bool) {
	k, v, ok := strings.Cut(line, ":")
	if !ok {
		return nil, "", false
	}
	f, known := headerFields[strings.ToLower(strings.TrimSpace(k))]
	v = strings.TrimSpace(v)
	if !known || v == "" {
		return nil, "", false
	}
	return f, v, true
}

// leadingBlocks returns the byte ranges of the lines of the first n blocks of non-blank lines.
func leadingBlocks(text string, n int) [][][2]int {
	var blocks [][][2]int
	var cur [][2]int
	pos := 0
	for pos < len(text) && len(blocks) < n {
		end := strings.IndexByte(text[pos:], '\n')
		next := len(text)
		if end < 0 {
			end = len(text)
		} else {
			end += pos
			next = end + 1
		}
		lineStart := pos
		line := text[lineStart:end]
		trimmed := strings.TrimSpace(strings.TrimPrefix(line, "\uFEFF"))
		if trimmed == "" {
			if len(cur) > 0 {
				blocks = append(blocks, cur)
				cur = nil
			}
		} else {
			s := lineStart + strings.Index(line, trimmed)
			cur = append(cur, [2]int{s, s + len(trimmed)})
		}
		pos = next
	}
	if len(cur) > 0 && len(blocks) < n {
		blocks = append(blocks, cur)
	}
	return blocks
}

// fill stores the header's values in meta where the manifest left them empty, and takes
// the headline as the title when no Title line gave one.
func (h header) fill(meta *Meta, text string) {
	for _, v := range h.values {
		v.field(meta, v.value)
	}
	if meta.Title == "" && h.headline != ([2]int{}) {
		meta.Title = collapseSpace(text[h.headline[0]:h.headline[1]])
	}
}

// mask returns text with the key lines blanked by spaces (line breaks and offsets kept).
func (h header) mask(text string) string {
	if len(h.keyLines) == 0 {
		return text
	}
	b := []byte(text)
	for _, ln := range h.keyLines {
		for i := ln[0]; i < ln[1]; i++ {
			if b[i] != '\n' {
				b[i] = ' '
			}
		}
	}
	return string(b)
}
