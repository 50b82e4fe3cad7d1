package extract

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

var monthNumbers = map[string]int{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
	"may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
	"sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

// dateMention is a date expression in the text. Year 0 means the text gave no year and it
// is inferred from the document's reference date.
type dateMention struct {
	start, end int // tokens
	year       int
	month      int   // 0 when only a year is given
	days       []int // none when only a month is given; two for "April 8-9"
	// rule resolves a relative expression ("yesterday", "on Friday", "two days later"); nil
	// for an absolute date. n is the number its phrase holds ("two days later": 2).
	rule dateRule
	n    int
	// values are the ISO dates the mention gives, resolved once per document in text order.
	values []string
	// noEvent marks a bound or deadline ("by March", "until 2030"): no date for the event.
	noEvent bool
	// side is -1 for "last September" (the latest such month before the reference month), 1
	// for "next September" (the first one after it), sinceSide for "since September" (the
	// latest such month or day on or before the reference date: what a span reaches from
	// lies behind it), 0 for a month whose year rule 4 infers.
	side int
	// yearShift is set for "June last year" / "in May of this year" / "March next year": the
	// year is the reference year plus shift.
	yearShift *int
	// speech is the first token of the verb of saying the date belongs to ("said on
	// Friday"), or -1.
	speech int
	// implicit marks the date a dateline gives the first sentence of the report under it: it
	// stands at the sentence's start, spans no token and covers every event of the sentence.
	implicit bool
	// nounEnd is set for a date between a determiner and a noun ("the December 2022
	// summit", "its October 26 strikes"): the token after the noun phrase it modifies. It
	// dates that phrase's event only (reldates.go attributiveEnd); 0 otherwise.
	nounEnd int
	// linkFrom, for such a date after an occasion link ("met Xi at the November 2023
	// summit"), is the first token of the verb the link attaches to: a trigger from there
	// to the date is an act at that occasion and takes its date. -1 otherwise.
	linkFrom int
}

func (d dateMention) full() bool { return d.year != 0 && d.month != 0 && len(d.days) > 0 }

// iso renders the mention at the precision the text gives, inferring a missing year from
// ref (yyyy-mm-dd): the reference year, or the year before when that would put the date
// more than six months after the reference date.
func (d dateMention) iso(ref string) []string {
	year := d.year
	switch {
	case year != 0:
	case d.yearShift != nil:
		if ry, _ := refYearMonth(ref); ry != 0 {
			year = ry + *d.yearShift
		}
		if year == 0 {
			return nil
		}
	case d.side == sinceSide:
		year = sinceYear(d.month, firstDay(d.days), ref)
		if year == 0 {
			return nil
		}
	case d.side != 0:
		year = sideYear(d.month, d.side, ref)
		if year == 0 {
			return nil
		}
	default:
		year = inferYear(d.month, firstDay(d.days), ref)
		if year == 0 {
			return nil
		}
	}
	switch {
	case d.month == 0:
		return []string{strconv.Itoa(year)}
	case len(d.days) == 0:
		return []string{isoDate(year, d.month, -1)}
	}
	out := make([]string, len(d.days))
	for i, day := range d.days {
		out[i] = isoDate(year, d.month, day)
	}
	return out
}

// isoDate is fmt.Sprintf("%04d-%02d-%02d", year, month, day), or "%04d-%02d" when day < 0,
// written without fmt (a date per relation, and fmt's reflection was most of their cost).
func isoDate(year, month, day int) string {
	if year < 0 || year > 9999 || month < 0 || month > 99 || day > 99 {
		if day < 0 {
			return fmt.Sprintf("%04d-%02d", year, month)
		}
		return fmt.Sprintf("%04d-%02d-%02d", year, month, day)
	}
	b := make([]byte, 0, 10)
	b = append(b, byte('0'+year/1000), byte('0'+year/100%10), byte('0'+year/10%10), byte('0'+year%10),
		'-', byte('0'+month/10), byte('0'+month%10))
	if day >= 0 {
		b = append(b, '-', byte('0'+day/10), byte('0'+day%10))
	}
	return string(b)
}

func firstDay(days []int) int {
	if len(days) == 0 {
		return 0
	}
	return days[0]
}

// inferYear gives a date without a year (day 0: a month) the reference date's year, or
// the year before when that would put it more than six months after the reference date
// (SCHEMA.md Dates rule 4). A month counts from its first day. 0 when there is no reference.
func inferYear(month, day int, ref string) int {
	ry, rm := refYearMonth(ref)
	if ry == 0 {
		return 0
	}
	rd := 1
	if len(ref) >= 10 {
		rd, _ = strconv.Atoi(ref[8:10])
	} else if len(ref) == 4 {
		rd = 31
	}
	limit := time.Date(ry, time.Month(rm), rd, 0, 0, 0, 0, time.UTC).AddDate(0, 6, 0)
	cand := time.Date(ry, time.Month(month), max(day, 1), 0, 0, 0, 0, time.UTC)
	if cand.After(limit) {
		return ry - 1
	}
	return ry
}

// sinceSide marks a month or day that starts a span reaching the reference date ("since
// September"): it lies on or before the reference date.
const sinceSide = -2

// sinceYear is the year that puts month (and day, when not 0) on or before the reference
// date, or 0 without a reference date.
func sinceYear(month, day int, ref string) int {
	ry, rm := refYearMonth(ref)
	if ry == 0 {
		return 0
	}
	rd := 31
	if len(ref) >= 10 {
		rd, _ = strconv.Atoi(ref[8:10])
	}
	if month > rm || month == rm && day > rd {
		return ry - 1
	}
	return ry
}

// sideYear is the year of "last <month>" (side -1: the latest such month before the
// reference month) or "next <month>" (side 1: the first one after it), or 0 without a
// reference date.
func sideYear(month, side int, ref string) int {
	ry, rm := refYearMonth(ref)
	switch {
	case ry == 0:
		return 0
	case side < 0 && month >= rm:
		return ry - 1
	case side > 0 && month <= rm:
		return ry + 1
	}
	return ry
}

func refYearMonth(ref string) (int, int) {
	if len(ref) < 7 {
		if len(ref) == 4 {
			y, _ := strconv.Atoi(ref)
			return y, 12
		}
		return 0, 0
	}
	y, _ := strconv.Atoi(ref[:4])
	m, _ := strconv.Atoi(ref[5:7])
	return y, m
}

// abbreviatedDate: a short month name without its dot ("18 Oct 2024", "Oct 18") is a date
// between a day and a year or before a day; alone it may be a word ("Mar", "Jun").
func abbreviatedDate(tokens []Token, a, b, i int) bool {
	if i+1 < b && dayOf(tokens[i+1]) > 0 {
		return true
	}
	return i > a && dayOf(tokens[i-1]) > 0 && i+1 < b && yearOf(tokens[i+1]) > 0
}

// yearShiftAt reads "last year", "this year", "next year", optionally after "of", at
// tokens[i] ("June last year", "in May of this year"): the shift from the reference year and
// the number of tokens read.
func yearShiftAt(tokens []Token, i, b int) (int, int) {
	j := i
	if j < b && tokens[j].is("of") {
		j++
	}
	if j+1 >= b || !tokens[j+1].is("year") {
		return 0, 0
	}
	switch tokens[j].Lower {
	case "last":
		return -1, j + 2 - i
	case "this":
		return 0, j + 2 - i
	case "next":
		return 1, j + 2 - i
	}
	return 0, 0
}

func yearOf(t Token) int { return yearIn(t.Text) }

// yearIn is yearOf of a token's text, for the scan over every token (findDates), which
// passes no 80-byte Token.
func yearIn(text string) int {
	if yearWithFootnote(text) {
		// "in February 2022.1": text copied from a PDF glues the full stop and a footnote
		// marker to the year that ends the sentence (sentenceEndAt splits there too).
		text = text[:4]
	}
	if len(text) != 4 {
		return 0
	}
	y, ok := shortAtoi(text)
	if !ok || y < 1900 || y > 2100 {
		return 0
	}
	return y
}

// shortAtoi is strconv.Atoi for strings of at most four bytes, without the error value
// Atoi allocates for every word it is asked to read ("said" is no year).
func shortAtoi(s string) (int, bool) {
	neg := false
	if len(s) > 0 && (s[0] == '+' || s[0] == '-') {
		neg, s = s[0] == '-', s[1:]
	}
	if s == "" {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	if neg {
		n = -n
	}
	return n, true
}

func dayOf(t Token) int {
	s := strings.TrimRight(t.Lower, "stndrh")
	if s == "" || len(s) > 2 {
		return 0
	}
	d, ok := shortAtoi(s)
	if !ok || d < 1 || d > 31 {
		return 0
	}
	return d
}

// findDates scans tokens [a, b) for dates: "January 16th", "March 29, 2024", "April 8-9",
// "16 January 2024", "September 2023", "late March", "2024-01-16", and bare years ("in 2019").
func findDates(tokens []Token, a, b int) []dateMention {
	var out []dateMention
	for i := a; i < b; i++ {
		t := &tokens[i] // a pointer: a Token is 80 bytes, copied for every token
		m, ok := 0, false
		if t.mayBe(dateMonth) {
			m, ok = monthNumbers[t.Lower]
		}
		if ok && t.isCap() && (len(t.Lower) > 3 || t.Lower == "may" || i+1 < b && tokens[i+1].Text == "." || abbreviatedDate(tokens, a, b, i)) {
			// alone: the month is a line of its own, a chronology's heading ("MAY", "SEPTEMBER").
			alone := i == a && i+1 == b
			if t.Lower == "may" && !alone && !(i+1 < b && (dayOf(tokens[i+1]) > 0 || yearOf(tokens[i+1]) > 0)) && !(i > a && (tokens[i-1].is("in", "since", "early", "mid", "late", "until", "of") || dayOf(tokens[i-1]) > 0)) {
				continue // the modal verb at the start of a sentence; "5 May" is a date
			}
			d := dateMention{start: i, end: i + 1, month: m}
			j := i + 1
			if j < b && tokens[j].Text == "." {
				j++
			}
			if j < b && dayOf(tokens[j]) > 0 {
				d.days = []int{dayOf(tokens[j])}
				j++
				if j+1 < b && (tokens[j].Text == "-" || tokens[j].Text == "\u2013") && dayOf(tokens[j+1]) > 0 {
					d.days = append(d.days, dayOf(tokens[j+1]))
					j += 2
				}
				d.end = j
				if j+1 < b && tokens[j].Text == "," && yearOf(tokens[j+1]) > 0 {
					d.year = yearOf(tokens[j+1])
					d.end = j + 2
				} else if j < b && yearOf(tokens[j]) > 0 {
					d.year = yearOf(tokens[j])
					d.end = j + 1
				}
			} else if j < b && yearOf(tokens[j]) > 0 {
				d.year = yearOf(tokens[j])
				d.end = j + 1
			}
			// "16 January 2024"
			if len(d.days) == 0 && i > a && dayOf(tokens[i-1]) > 0 && !(i-1 > a && monthNumbers[tokens[i-2].Lower] > 0) {
				d.days = []int{dayOf(tokens[i-1])}
				d.start = i - 1
				// "8-13 October", "between 8 and 13 October": a range of days before the month.
				if i-3 >= a && (tokens[i-2].Text == "-" || tokens[i-2].Text == "\u2013" || tokens[i-2].is("and", "to", "through")) && dayOf(tokens[i-3]) > 0 {
					d.days = []int{dayOf(tokens[i-3]), d.days[0]}
					d.start = i - 3
				}
			}
			// "the 18th of October": an ordinal day before "of".
			if len(d.days) == 0 && i-2 >= a && tokens[i-1].is("of") && dayOf(tokens[i-2]) > 0 && ordinal(tokens[i-2].Lower) {
				d.days = []int{dayOf(tokens[i-2])}
				d.start = i - 2
				if d.year == 0 && d.end+1 < b && tokens[d.end].Text == "," && yearOf(tokens[d.end+1]) > 0 {
					d.year = yearOf(tokens[d.end+1]) // "the 1st of March, 2024"
					d.end += 2
				}
			}
			midMonth := i-2 >= a && tokens[i-1].Text == "-" && tokens[i-2].is("mid", "early", "late") // "in mid-October"
			if len(d.days) == 0 && d.year == 0 && !midMonth && !alone && !(i > a && tokens[i-1].is("in", "since", "early", "mid", "late", "until", "by", "from", "between", "last", "this", "next", "of")) {
				continue // a bare month name needs a preposition to be a date, or a line of its own
			}
			if len(d.days) == 0 && d.year == 0 && i > a {
				switch tokens[i-1].Lower {
				case "last":
					d.side = -1
				case "next":
					d.side = 1
				}
			}
			if d.year == 0 {
				if shift, n := yearShiftAt(tokens, d.end, b); n > 0 {
					d.yearShift, d.end, d.side = &shift, d.end+n, 0
				} else if d.side == 0 && d.start > a && tokens[d.start-1].is("since") {
					d.side = sinceSide
				}
			}
			out = append(out, d)
			i = d.end - 1
			continue
		}
		if y, m, day := dottedDate(t.Text); y > 0 {
			// "27.12.2024", "5.4.2023": the day, the month and the year joined by dots, as
			// European governments date their statements.
			out = append(out, dateMention{start: i, end: i + 1, year: y, month: m, days: []int{day}})
			continue
		}
		if y := yearIn(t.Text); y > 0 {
			// ISO 2024-01-16
			if i+4 < b && tokens[i+1].Text == "-" && len(tokens[i+2].Text) == 2 && tokens[i+3].Text == "-" && len(tokens[i+4].Text) == 2 {
				m, _ := strconv.Atoi(tokens[i+2].Text)
				day, _ := strconv.Atoi(tokens[i+4].Text)
				if m >= 1 && m <= 12 && day >= 1 && day <= 31 {
					out = append(out, dateMention{start: i, end: i + 5, year: y, month: m, days: []int{day}})
					i += 4
					continue
				}
			}
			if i+1 < b && tokens[i+1].Lower == "s" && !tokens[i+1].SpaceBefore {
				continue // "the 2030s": a decade, not a year
			}
			if i > a && (tokens[i-1].Text == "-" && !tokens[i-1].SpaceBefore) && !(i-2 >= a && tokens[i-2].is("mid", "early", "late", "pre", "post")) {
				continue // "COVID-2019"-like compounds, but "mid-2023" is a date
			}
			if i-2 >= a && i+1 < b && tokens[i-1].Text == "(" && tokens[i+1].Text == ")" && isDigits(tokens[i-2].Text) {
				continue // a UN document's year of adoption, "resolution 2713 (2023)": part of its name
			}
			if i-1 > a && tokens[i-1].Text == "/" && !tokens[i-1].SpaceBefore && !tokens[i].SpaceBefore && isDigits(tokens[i-2].Text) {
				continue // a numbered document, "Press release 14/2025", "resolution 76/2024": no date
			}
			out = append(out, dateMention{start: i, end: i + 1, year: y})
		}
	}
	shareRangeYear(tokens, out)
	return out
}

// dottedDate reads a token "D.M.YYYY" ("27.12.2024", "5.4.2023"): one or two digits of day,
// one or two of month and four of year, joined by dots; else zeros.
func dottedDate(text string) (year, month, day int) {
	first := strings.IndexByte(text, '.')
	if first < 1 || first > 2 {
		return 0, 0, 0
	}
	rest := text[first+1:]
	second := strings.IndexByte(rest, '.')
	if second < 1 || second > 2 || len(rest)-second-1 != 4 {
		return 0, 0, 0
	}
	d, m, y := text[:first], rest[:second], rest[second+1:]
	if !isDigits(d) || !isDigits(m) || !isDigits(y) {
		return 0, 0, 0
	}
	day, _ = strconv.Atoi(d)
	month, _ = strconv.Atoi(m)
	year, _ = strconv.Atoi(y)
	if day < 1 || day > 31 || month < 1 || month > 12 || year < 1900 || year > 2099 {
		return 0, 0, 0
	}
	return year, month, day
}

// shareRangeYear gives the first date of a range the year its second one states ("between
// August and October 2023", "from 28 February to 3 March 2024"): the year is written once for
// both, and rule 4 (the reference year) would put the first in another year than the second
// whenever the reference is a later year. A first month after the second ("from December to
// February 2024") is the year before.
func shareRangeYear(tokens []Token, dates []dateMention) {
	for k := 0; k+1 < len(dates); k++ {
		d, e := &dates[k], dates[k+1]
		if d.year != 0 || d.yearShift != nil || d.month == 0 || e.year == 0 || e.month == 0 || e.start != d.end+1 {
			continue
		}
		if w := tokens[d.end]; !(w.is("to", "and", "through", "until", "till") || w.Text == "-" || w.Text == "\u2013") {
			continue
		}
		d.year = e.year
		if d.month > e.month {
			d.year--
		}
		d.side = 0
	}
}

// referenceDateOf is the document's reference date (SCHEMA.md Dates rule 2): its
// publication date, else the date of a dateline line in the block the document opens with
// (a communiqué's "Abuja, 15 December 2024": the header block's date line), else the latest
// full date the text mentions (taken as well when the publication date is coarser and the
// latest date falls inside it). The latest date is no publication date where a dateline
// gives one: a communiqué sets deadlines and transition periods after its own day.
func referenceDateOf(tokens []Token, spans [][2]int, published string, sentenceDates [][]dateMention) string {
	if len(published) >= 10 {
		return published
	}
	if published == "" {
		if d := openingDateline(tokens, spans, sentenceDates); d != "" {
			return d
		}
	}
	best := ""
	for _, dates := range sentenceDates {
		for _, d := range dates {
			if d.full() {
				// d.iso("")'s last day, without rendering the days before it.
				if last := isoDate(d.year, d.month, d.days[len(d.days)-1]); last > best {
					best = last
				}
			}
		}
	}
	if best != "" && (published == "" || strings.HasPrefix(best, published)) {
		return best
	}
	return published
}

// documentDates finds and resolves the date expressions of every sentence in text order,
// and returns them with the reference date (from published, else from the text). An
// anchored expression ("the same day", "two days later") takes the last dated event of its
// paragraph. The headline states no date of its own.
func (lx *dateLexicon) documentDates(tokens []Token, spans [][2]int, published string, headline int) ([][]dateMention, string) {
	abs := make([][]dateMention, len(spans))
	for i, sp := range spans {
		abs[i] = lx.dropTitleYears(tokens, sp[0], findDates(tokens, sp[0], sp[1]))
	}
	ref := referenceDateOf(tokens, spans, published, abs)
	out := make([][]dateMention, len(spans))
	// anchor is the paragraph's last dated event; a paragraph starts from the one the
	// previous paragraph ended with ("Later that day, ..." opening a paragraph goes on from
	// it), but not from any before.
	anchor, paraLast, lead := "", "", ""
	var dateline []string
	// headings marks the entry headings of a chronology or digest: only when the document
	// has two or more does a heading date its entry (a lone date line is a dateline).
	headings := make([]bool, len(spans))
	count := 0
	for i := range spans {
		if i != headline && lx.isEntryHeading(tokens, spans, i, abs[i]) {
			headings[i] = true
			count++
		}
	}
	var entry []string // the date of the heading above the current chronology entry
	for i, sp := range spans {
		newPara := i == 0 || tokens[sp[0]].Newlines >= 2 || enumeratorEnds(tokens, spans[i-1])
		if newPara {
			anchor, paraLast = paraLast, ""
			entry = nil
		}
		if i == headline {
			continue
		}
		out[i], anchor = lx.resolveSentence(tokens, sp[0], sp[1], abs[i], ref, anchor, lead)
		out[i] = dropInlineDateline(tokens, sp, out[i], ref)
		if entry != nil && !hasValues(out[i]) {
			// A sentence of a chronology's entry with no date of its own states the events
			// of the date its heading gives, in the historical present as in the past.
			out[i] = append([]dateMention{{start: sp[0], end: sp[0], values: entry, speech: -1, implicit: true}}, out[i]...)
		}
		if headings[i] && count >= 2 {
			entry = headingValues(out[i])
		}
		if dateline != nil && newPara {
			// The report under a dateline: its first sentence, without a date of its own,
			// states the events of the dateline's day.
			if !hasValues(out[i]) {
				out[i] = append([]dateMention{{start: sp[0], end: sp[0], values: dateline, speech: -1, implicit: true}}, out[i]...)
			}
			dateline = nil
		}
		if lx.isDateline(tokens, sp, out[i]) && i+1 < len(spans) && (tokens[spans[i+1][0]].Newlines >= 2 || enumeratorEnds(tokens, sp)) {
			dateline = out[i][0].values
		}
		if hasValues(out[i]) {
			paraLast = anchor
		}
		for _, d := range out[i] {
			if lead == "" && len(d.values) > 0 && len(d.values[0]) == len(time.DateOnly) && !d.noEvent {
				lead = d.values[0]
			}
		}
	}
	return out, ref
}

// dropTitleYears leaves out a bare year right after a capitalised dates.tsv title-year word
// ("designated under the Iran (Sanctions) Regulations 2023"): part of a title, no date.
func (lx *dateLexicon) dropTitleYears(tokens []Token, a int, dates []dateMention) []dateMention {
	out := dates[:0]
	for _, d := range dates {
		if d.month == 0 && len(d.days) == 0 && d.end == d.start+1 && d.start-1 > a && tokens[d.start-1].isCap() &&
			lx.titleYear.endsAt(tokens, d.start, a) > 0 {
			continue
		}
		out = append(out, d)
	}
	return out
}

// dropInlineDateline leaves out the date of a wire report's dateline at the start of its
// first sentence ("SEOUL, Nov 1 - North Korea said today ..."): when it is the reference date,
// like the Published line, it is when the report was filed, no event's date (SCHEMA.md Dates
// rules 1 and 6). A dateline that differs from the reference date is kept: it is the day the
// report's "today" means. The dash after the date may be a hyphen, an en dash or, in American
// wire style, an em dash ("UNITED NATIONS, March 29 — Russia on Thursday vetoed ..."); a
// Russian agency closes it with a full stop and its name between slashes ("MINSK, December
// 7. /TASS/. The President ...").
func dropInlineDateline(tokens []Token, sp [2]int, dates []dateMention, ref string) []dateMention {
	if len(dates) == 0 {
		return dates
	}
	d := dates[0]
	if len(d.values) != 1 || d.values[0] != ref {
		return dates
	}
	// The place: capitals ("SEOUL") or, as state agencies write it, one to three capitalised
	// words ("Pyongyang, November 30 (KCNA) --"); the comma, the date and the bracket or dash
	// after it make it a dateline either way.
	k := sp[0]
	for k < d.start && k < sp[0]+3 && tokens[k].isWord() && (isAllCaps(tokens[k].Key) || tokens[k].isCap()) {
		k++
	}
	if k == sp[0] || k >= d.start || tokens[k].Text != "," || d.start != k+1 || d.end >= sp[1] ||
		tokens[d.end].Text != "-" && tokens[d.end].Text != "(" && tokens[d.end].Text != "\u2013" && tokens[d.end].Text != "\u2014" &&
			!(tokens[d.end].Text == "." && d.end+1 < sp[1] && tokens[d.end+1].Text == "/") {
		return dates
	}
	return dates[1:]
}

func hasValues(dates []dateMention) bool {
	for _, d := range dates {
		if len(d.values) > 0 {
			return true
		}
	}
	return false
}

// isEntryHeading: sentence i is the heading of a dated entry of a chronology or digest
// ("July 2023", "Sept. 13, 2023", "Monday, 23 September 2024" on a line of its own, or a
// bare month, "SEPTEMBER", in a year's review, whose year rule 4 gives), its entry's text
// starting on the very next line with no blank line between: it holds one absolute date with
// a year, or a month without a day, and otherwise only weekday names and punctuation. A full
// date closed by a full stop may open its entry's own line ("16 September 2023. The leaders
// sign ...", as trackers write their entries).
func (lx *dateLexicon) isEntryHeading(tokens []Token, spans [][2]int, i int, abs []dateMention) bool {
	sp := spans[i]
	if len(abs) != 1 || abs[0].year == 0 && (abs[0].month == 0 || len(abs[0].days) > 0) || i+1 >= len(spans) ||
		i > 0 && tokens[sp[0]].Newlines == 0 {
		return false
	}
	// The entry goes on on the next line, or on the heading's own line after its full stop
	// ("16 September 2023. The leaders sign ...", a tracker's entries).
	if next := tokens[spans[i+1][0]].Newlines; next != 1 && !(next == 0 && abs[0].full() && tokens[sp[1]-1].Text == ".") {
		return false
	}
	for k := sp[0]; k < sp[1]; k++ {
		if k >= abs[0].start && k < abs[0].end {
			continue
		}
		t := tokens[k]
		if _, ok := lx.weekdays[t.Lower]; ok && t.isCap() {
			continue
		}
		if t.isWord() {
			return false
		}
	}
	return true
}

// headingValues: the values of an entry heading's absolute date (not of its weekday name).
func headingValues(dates []dateMention) []string {
	for _, d := range dates {
		if d.rule == nil && len(d.values) > 0 && !d.noEvent {
			return d.values
		}
	}
	return nil
}

// adoptionDate: the date of the document's own adoption or issue, stated by a line that opens
// with a dates.tsv adoption word ("Adopted by the Peace and Security Council at its 1168th
// meeting, held on 14 August 2023", "Issued on 7 March 2024"): the first full date of the
// first such sentence, else "". A statement's present-tense acts are performed then, which
// may lie before its publication date (SCHEMA.md Dates rule 1).
func (lx *dateLexicon) adoptionDate(tokens []Token, spans [][2]int, sentenceDates [][]dateMention) string {
	for i, sp := range spans {
		t := tokens[sp[0]]
		if i > 0 && t.Newlines == 0 || !t.isCap() || lx.adoption.matchAt(tokens, sp[0], sp[1]) == 0 {
			continue
		}
		for _, d := range sentenceDates[i] {
			if d.full() && d.rule == nil && len(d.values) > 0 && !d.noEvent {
				return d.values[0]
			}
		}
		return ""
	}
	return ""
}

// isDateline reports whether a sentence that ends its paragraph is a dateline: one full date
// with at most a place beside it ("October 11, 2024, Ashgabat", "20 February 2024") and a
// clock time (a readout's "September 3, 2025, 18:40, Beijing"; dates.tsv kind clock).
func (lx *dateLexicon) isDateline(tokens []Token, sp [2]int, dates []dateMention) bool {
	if len(dates) == 2 && dates[1].start > dates[0].end && lx.clockAt(tokens, dates[1].start, sp[1]) == dates[1].end-dates[1].start {
		dates = dates[:1] // the clock time after the date reads as a time of the day: part of the line
	}
	if len(dates) != 1 || !dates[0].full() || len(dates[0].values) == 0 {
		return false
	}
	words := 0
	for k := sp[0]; k < sp[1]; k++ {
		if k >= dates[0].start && k < dates[0].end {
			continue
		}
		t := tokens[k]
		switch {
		case t.Text == "," || t.Text == "." || t.Text == "/" || t.Text == "-" || t.Text == "–" || t.Text == "—":
		case k > dates[0].start && lx.clockAt(tokens, k, sp[1]) > 0:
			k += lx.clockAt(tokens, k, sp[1]) - 1
		case t.isCap() && words < 4:
			words++
		case k == sp[1]-2 && isDigits(t.Text) && tokens[k+1].Text == "." && t.Newlines > 0:
			// "Abuja, 24 February 2024" with the list number of the next line joined to it
		default:
			return false
		}
	}
	return true
}

// enumeratorEnds: the sentence ends with a list number on a line of its own start ("... 2024
// 1."): the text after it opens a paragraph though the splitter ran on.
func enumeratorEnds(tokens []Token, sp [2]int) bool {
	k := sp[1] - 2
	return k > sp[0] && isDigits(tokens[k].Text) && tokens[k+1].Text == "." && tokens[k].Newlines > 0
}

// maxOpeningLine bounds the lines of a document's opening block (organisation, title,
// dateline): a longer line is the body, and no dateline follows it.
const maxOpeningLine = 24

// maxOpeningSentence: a line ending with a full stop and longer than this is a sentence of
// the body, not a title.
const maxOpeningSentence = 8

// openingDateline: the date of a line of the document's opening block that is a dateline:
// one full date and otherwise only capitalised words, "of" and punctuation ("Abuja, Federal
// Republic of Nigeria, 7 July 2024"). Lines, not sentences: the splitter may join the
// block's lines, or a list number ("1.") to the last of them. It is "" when the body begins
// before one.
func openingDateline(tokens []Token, spans [][2]int, sentenceDates [][]dateMention) string {
	if len(spans) == 0 {
		return ""
	}
	// The dates of the sentences read so far: a date lies inside its sentence, so one of a
	// sentence starting at or after a line's end cannot touch the line, and only the opening
	// block's few sentences are gathered instead of the whole document's dates.
	var dates []dateMention
	next := 0
	for a, end := spans[0][0], spans[len(spans)-1][1]; a < end; {
		b := a + 1
		for b < end && tokens[b].Newlines == 0 {
			b++
		}
		if b-a > maxOpeningLine || b-a > maxOpeningSentence && tokens[b-1].Text == "." {
			return "" // the body: a long line, or a sentence
		}
		for ; next < len(spans) && spans[next][0] < b; next++ {
			dates = append(dates, sentenceDates[next]...)
		}
		if v := datelineValue(tokens, a, b, dates); v != "" {
			return v
		}
		a = b
	}
	return ""
}

// datelineValue: the date of the line [a, b) when it is a dateline (one full date, the rest
// capitalised words, "of", punctuation or a list number at its end), else "".
func datelineValue(tokens []Token, a, b int, dates []dateMention) string {
	var d *dateMention
	for i := range dates {
		if dates[i].start >= a && dates[i].end <= b {
			if d != nil {
				return ""
			}
			d = &dates[i]
		} else if dates[i].start < b && dates[i].end > a {
			return ""
		}
	}
	if d == nil || !d.full() {
		return ""
	}
	for k := a; k < b; k++ {
		if k >= d.start && k < d.end {
			continue
		}
		t := tokens[k]
		if !t.isCap() && !t.is("of", ",", ".", "-", "\u2013", "\u2014", "/") {
			return ""
		}
	}
	return d.iso("")[len(d.days)-1]
}

// ordinal: a day written with its ordinal suffix ("18th", "1st", "22nd", "3rd").
func ordinal(s string) bool {
	return len(s) > 2 && s[0] >= '0' && s[0] <= '9' &&
		(strings.HasSuffix(s, "th") || strings.HasSuffix(s, "st") || strings.HasSuffix(s, "nd") || strings.HasSuffix(s, "rd"))
}
