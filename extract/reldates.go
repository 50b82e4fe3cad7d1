package extract

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Relative dates. Every date expression of a sentence becomes a dateMention whose values
// are resolved once, in document order, against the reference date and the paragraph's last
// dated event (SCHEMA.md "Dates"); a relation then takes the values of the expression
// nearest its trigger (relationDates). The phrases are data (data/dates.tsv); each kind of
// phrase is a dateRule, one resolve function each.

// dateEnv is what a relative expression resolves against.
type dateEnv struct {
	ref    time.Time // the reference day; zero when unknown
	refISO string    // the reference date as given (its precision)
	anchor string    // the paragraph's last dated event (ISO, any precision), or ""
	// lead is the document's first day stated (a news report's lead: "said on Tuesday"):
	// "the same day" in a paragraph with no day of its own is that day (heldout2 b02, b03:
	// "responded the same day" after a paragraph without a day). A count ("the next day")
	// is not: it needs the event it counts from in reach.
	lead   string
	future bool // a future or plan cue governs the expression (weekdays)
	// later: "later" just before the weekday ("is due to meet him later on Thursday"): a
	// plan for later the same day when the weekday is the reference day's.
	later bool
	sign  int // 1, or -1 when "N days after" counts back from the sentence's date
}

// dateRule resolves one kind of relative expression; n is the number a <n> slot matched.
type dateRule interface {
	resolve(env dateEnv, n int) []string
}

// refDay: the reference date plus days (times the phrase's number when perN is set: "three
// days ago").
type refDay struct {
	days int
	perN bool
}

func (r refDay) resolve(env dateEnv, n int) []string {
	if env.ref.IsZero() || len(env.refISO) < 10 {
		return nil
	}
	return []string{env.ref.AddDate(0, 0, times(r.days, r.perN, n)).Format(time.DateOnly)}
}

// refMonth: the reference month plus months.
type refMonth struct {
	months int
	perN   bool
}

func (r refMonth) resolve(env dateEnv, n int) []string {
	if env.ref.IsZero() || len(env.refISO) < 7 {
		return nil
	}
	first := time.Date(env.ref.Year(), env.ref.Month(), 1, 0, 0, 0, 0, time.UTC)
	return []string{first.AddDate(0, times(r.months, r.perN, n), 0).Format("2006-01")}
}

// refYear: the reference year plus years.
type refYear struct {
	years int
	perN  bool
}

func (r refYear) resolve(env dateEnv, n int) []string {
	if env.ref.IsZero() {
		return nil
	}
	return []string{strconv.Itoa(env.ref.Year() + times(r.years, r.perN, n))}
}

// times is k, or k times the phrase's number n when perN is set.
func times(k int, perN bool, n int) int {
	if perN {
		return k * n
	}
	return k
}

// afterDay: the paragraph's last dated event plus days (times the phrase's number when
// perN is set), at day precision; needs a day-precision anchor.
type afterDay struct {
	days int
	perN bool
}

func (r afterDay) resolve(env dateEnv, n int) []string {
	a, ok := parseISODay(env.anchor)
	if !ok && r.days == 0 && !r.perN {
		a, ok = parseISODay(env.lead) // "the same day": the day the report is about
	}
	if !ok {
		return nil
	}
	d := r.days
	if r.perN {
		d *= n
	}
	return []string{a.AddDate(0, 0, d).Format(time.DateOnly)}
}

// afterMonth: the paragraph's last dated event plus months, at month precision.
type afterMonth struct {
	months int
	perN   bool
}

func (r afterMonth) resolve(env dateEnv, n int) []string {
	if len(env.anchor) < 7 {
		return nil
	}
	a, err := time.Parse("2006-01", env.anchor[:7])
	if err != nil {
		return nil
	}
	m := r.months
	if r.perN {
		m *= n
	}
	return []string{a.AddDate(0, m, 0).Format("2006-01")}
}

// daysAfter: "N days after X". The caller sets the anchor and the direction: X's date
// forward when X is a date, or the sentence's date backward when X is the earlier event.
type daysAfter struct {
	days   int
	perN   bool
	months bool
}

func (r daysAfter) resolve(env dateEnv, n int) []string {
	k := r.days
	if r.perN {
		k *= n
	}
	k *= env.sign
	if r.months {
		return afterMonth{months: k}.resolve(env, n)
	}
	return afterDay{days: k}.resolve(env, n)
}

// vague: no date ("last week", "recently").
type vague struct{}

func (vague) resolve(dateEnv, int) []string { return nil }

// vagueAdverb: an adverb of vague time in a verb group ("previously sanctioned", "had
// earlier signed"): no date of its own, and it yields to a date the same clause states ("in
// 2023"), which is the date the text gives for the event.
type vagueAdverb struct{}

func (vagueAdverb) resolve(dateEnv, int) []string { return nil }

// vagueRule: a rule of either vague kind.
func vagueRule(r dateRule) bool {
	switch r.(type) {
	case vague, vagueAdverb:
		return true
	}
	return false
}

// weekdayRule: a day of the week; week says which one: 0 the nearest on or before the
// reference date (or after it with a future cue), -1 the one in the previous calendar week,
// +1 the nearest after the reference date.
type weekdayRule struct {
	day  time.Weekday
	week int
	// after counts from the paragraph's last dated event instead of the reference date:
	// 1 for the first such day after it ("the following Monday"), 2 for the first on or
	// after it ("that Friday"), 3 for the last one before it ("the previous Friday").
	after int
}

func (r weekdayRule) resolve(env dateEnv, _ int) []string {
	if r.after > 0 {
		if a, ok := parseISODay(env.anchor); ok {
			delta := (int(r.day) - int(a.Weekday()) + 7) % 7
			switch {
			case r.after == 3:
				delta = -((int(a.Weekday()) - int(r.day) + 7) % 7)
				if delta == 0 {
					delta = -7
				}
			case delta == 0 && r.after == 1:
				delta = 7
			}
			return []string{a.AddDate(0, 0, delta).Format(time.DateOnly)}
		}
		// No dated event before it: "the following Monday" is the next one, "that Friday"
		// and "the previous Friday" the last one, as the reference date has them.
		if r.after == 1 {
			r.week = 1
		}
	}
	if env.ref.IsZero() || len(env.refISO) < 10 {
		return nil
	}
	ref := env.ref
	var d time.Time
	switch {
	case r.week < 0:
		monday := ref.AddDate(0, 0, -isoWeekday(ref.Weekday()))
		d = monday.AddDate(0, 0, -7+isoWeekday(r.day))
	case r.week > 0 || env.future:
		delta := (int(r.day) - int(ref.Weekday()) + 7) % 7
		if delta == 0 && !(env.later && r.week == 0) {
			delta = 7
		}
		d = ref.AddDate(0, 0, delta)
	default:
		d = ref.AddDate(0, 0, -((int(ref.Weekday()) - int(r.day) + 7) % 7))
	}
	return []string{d.Format(time.DateOnly)}
}

// isoWeekday counts from Monday = 0.
func isoWeekday(d time.Weekday) int { return (int(d) + 6) % 7 }

func parseISODay(s string) (time.Time, bool) {
	if len(s) < 10 {
		return time.Time{}, false
	}
	// Every sentence with a date phrase parses the reference date: digits in the places
	// time.DateOnly has them are read here, anything else by time.Parse itself.
	y, okY := digits(s[0:4])
	m, okM := digits(s[5:7])
	d, okD := digits(s[8:10])
	if !okY || !okM || !okD || s[4] != '-' || s[7] != '-' {
		t, err := time.Parse(time.DateOnly, s[:10])
		return t, err == nil
	}
	if m < 1 || m > 12 || d < 1 || d > time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day() {
		return time.Time{}, false // time.Parse's "month out of range", "day out of range"
	}
	return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC), true
}

// digits reads s, made only of ASCII digits, as a number.
func digits(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}

// datePhrase is one phrase of dates.tsv as lower-case token keys; "<n>" is a number slot.
type datePhrase struct {
	keys []string
	rule dateRule
	// second is keys[1] when it is a word (not a slot), else "": phraseAt skips a phrase
	// whose second word is not the next token's without trying it.
	second string
}

// secondMisses reports whether the phrase's second key is a word that tokens[j] (the token
// after its first key) is not, which rules the phrase out.
func (p *datePhrase) secondMisses(tokens []Token, j, b int) bool {
	return p.second != "" && (j >= b || tokens[j].Lower != p.second)
}

// numberPhrase is a number word or phrase ("two", "a couple of") and its value.
type numberPhrase struct {
	keys []string
	n    int
}

// dateLexicon holds the compiled dates.tsv.
type dateLexicon struct {
	phrases  map[string][]datePhrase // by first key
	weekdays map[string]time.Weekday
	numbers  map[string][]numberPhrase // by first key
	slot     []datePhrase              // phrases["<n>"]: those opening with a number slot
	timeSlot []datePhrase              // phrases["<time>"]: those opening with a clock time
	// word lists around weekdays and dates
	weekLast, weekNext, lastWeek, nextWeek, future, noEvent, rangeTo, speech, performative wordList
	// weekAfter and weekThat: words before a weekday that count from the paragraph's last
	// dated event ("the following Monday"; "that Friday").
	weekAfter, weekThat, weekBefore wordList
	// clock holds the words after an hour that make it a clock time ("7 a.m.", "0710 GMT").
	clock wordList
	// occasion and occasionAct frame an occasion (occasion.go): the words that name one
	// ("met", "talks", "summit") and the acts performed at one in the simple past
	// ("condemned", "reaffirmed", "signed").
	occasion, occasionAct wordList
	// link: words before an occasion word that place an act at the occasion ("during the
	// talks", "speaking after the vote").
	link wordList
	// attribution: the words.tsv phrases that open an attribution ("according to"), set by
	// New once the words are compiled; a date inside one dates the report.
	attribution *phraseSet
	// words: the words.tsv classes (subject pronouns after "after": clauseFollows), set by New.
	words *words
	// The words around an occasion act that decide whether it is one (occasion.go actAt):
	// barrier words between the act and its trigger ("agreed to continue supporting"),
	// tense words before the act ("has condemned"), past auxiliaries ("was signed"), skipped
	// adverbs ("also signed") and relative words before it in its clause ("that ECOWAS
	// imposed").
	barrier, tense, past, skip, relative wordList
	// titleYear: words after which a bare year is part of a title, not a date ("the Iran
	// (Sanctions) Regulations 2023", "Vision 2030").
	titleYear wordList
	// progressive: the present forms of "be" that make an -ing verb after them the present
	// progressive ("is visiting", "are imposing"): an event going on on the day it is stated.
	progressive wordList
	// progressivePast: "was|were" before an -ing trigger in speech a dated statement reports.
	progressivePast wordList
	// adoption: the words opening a line that states when the document itself was adopted
	// or issued ("Adopted by the Council at its 1168th meeting, held on 14 August 2023").
	adoption wordList
}

// wordList matches multi-word phrases, longest first, by their first or their last key.
type wordList struct {
	byFirst, byLast map[string][][]string
	// first and last are the list's bits in wordInfo.dates once the vocab has registered it
	// (0 before): set on the words its phrases start or end with.
	first, last uint64
}

func newWordList() wordList {
	return wordList{byFirst: map[string][][]string{}, byLast: map[string][][]string{}}
}

func (w wordList) add(phrase string) {
	keys := phraseKeys(phrase)
	if len(keys) > 0 {
		w.byFirst[keys[0]] = append(w.byFirst[keys[0]], keys)
		w.byLast[keys[len(keys)-1]] = append(w.byLast[keys[len(keys)-1]], keys)
	}
}

// matchAt returns the length of the longest phrase starting at tokens[i] and ending before
// limit, or 0.
func (w wordList) matchAt(tokens []Token, i, limit int) int {
	if i >= limit || i >= len(tokens) {
		return 0
	}
	phrases, ok := w.phrasesOf(&tokens[i], w.first)
	if !ok {
		phrases = w.byFirst[tokens[i].Lower]
	}
	best := 0
	for _, keys := range phrases {
		if len(keys) > best && i+len(keys) <= limit && keysAt(tokens, i, keys) {
			best = len(keys)
		}
	}
	return best
}

// phrasesOf returns the list's phrases that start (bit w.first) or end (w.last) with token
// t's word, as the word's info holds them, without a map look-up; false when the vocab
// cannot tell (the list or the word was not registered).
func (w wordList) phrasesOf(t *Token, bit uint64) ([][]string, bool) {
	if t.word == nil || bit == 0 {
		return nil, false
	}
	if t.word.dates&bit != 0 {
		for _, sp := range t.word.phrases {
			if sp.dates == bit {
				return sp.keys, true
			}
		}
	}
	return nil, true
}

// endsAt returns the length of the longest phrase ending just before tokens[i] and starting
// at or after lo, or 0.
func (w wordList) endsAt(tokens []Token, i, lo int) int {
	if i <= lo {
		return 0
	}
	phrases, ok := w.phrasesOf(&tokens[i-1], w.last)
	if !ok {
		phrases = w.byLast[tokens[i-1].Lower]
	}
	best := 0
	for _, keys := range phrases {
		if s := i - len(keys); len(keys) > best && s >= lo && keysAt(tokens, s, keys) {
			best = len(keys)
		}
	}
	return best
}

func keysAt(tokens []Token, i int, keys []string) bool {
	for k, key := range keys {
		if tokens[i+k].Lower != key {
			return false
		}
	}
	return true
}

func phraseKeys(phrase string) []string {
	var keys []string
	phrase = strings.NewReplacer("<n>", " NUMSLOT ", "<time>", " TIMESLOT ").Replace(phrase)
	for _, t := range tokenize(strings.ToLower(phrase)) {
		switch t.Lower {
		case "numslot":
			keys = append(keys, "<n>")
			continue
		case "timeslot":
			keys = append(keys, "<time>")
			continue
		}
		keys = append(keys, t.Lower)
	}
	return keys
}

// compileDates reads the rows of dates files (kind, argument, phrases).
func compileDates(rows []tsvRow) (*dateLexicon, error) {
	lx := &dateLexicon{phrases: map[string][]datePhrase{}, weekdays: map[string]time.Weekday{},
		numbers: map[string][]numberPhrase{}, weekLast: newWordList(), weekNext: newWordList(), lastWeek: newWordList(),
		nextWeek: newWordList(), future: newWordList(), noEvent: newWordList(), rangeTo: newWordList(), speech: newWordList(),
		performative: newWordList(), clock: newWordList(), weekAfter: newWordList(), weekThat: newWordList(), weekBefore: newWordList(),
		occasion: newWordList(), occasionAct: newWordList(), link: newWordList(),
		barrier: newWordList(), tense: newWordList(), past: newWordList(), skip: newWordList(), relative: newWordList(), titleYear: newWordList(), progressive: newWordList(), progressivePast: newWordList(), adoption: newWordList()}
	lists := map[string]wordList{"weekday-last": lx.weekLast, "weekday-next": lx.weekNext,
		"week-last": lx.lastWeek, "week-next": lx.nextWeek, "future": lx.future,
		"no-event": lx.noEvent, "range-to": lx.rangeTo, "speech": lx.speech, "performative": lx.performative,
		"clock": lx.clock, "weekday-after": lx.weekAfter, "weekday-that": lx.weekThat, "weekday-before": lx.weekBefore,
		"occasion": lx.occasion, "occasion-act": lx.occasionAct,
		"occasion-link": lx.link, "occasion-barrier": lx.barrier,
		"occasion-tense": lx.tense, "occasion-past": lx.past, "occasion-skip": lx.skip, "occasion-relative": lx.relative, "title-year": lx.titleYear, "progressive": lx.progressive, "progressive-past": lx.progressivePast, "adoption": lx.adoption}
	for _, row := range rows {
		kind, arg, phrases := row.field(0), row.field(1), splitList(row.field(2))
		if len(phrases) == 0 {
			return nil, fmt.Errorf("%s: want kind, argument and phrases", row.where)
		}
		if l, ok := lists[kind]; ok {
			for _, p := range phrases {
				l.add(p)
			}
			continue
		}
		switch kind {
		case "weekday":
			d, err := strconv.Atoi(arg)
			if err != nil || d < 1 || d > 7 {
				return nil, fmt.Errorf("%s: weekday %q: want 1 (Monday) to 7 (Sunday)", row.where, arg)
			}
			for _, p := range phrases {
				lx.weekdays[strings.ToLower(p)] = time.Weekday(d % 7)
			}
			continue
		case "number":
			n, err := strconv.Atoi(arg)
			if err != nil {
				return nil, fmt.Errorf("%s: number %q: want an integer", row.where, arg)
			}
			for _, p := range phrases {
				keys := phraseKeys(p)
				if len(keys) > 0 {
					lx.numbers[keys[0]] = append(lx.numbers[keys[0]], numberPhrase{keys, n})
				}
			}
			continue
		}
		rule, err := dateRuleOf(kind, arg)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", row.where, err)
		}
		for _, p := range phrases {
			keys := phraseKeys(p)
			if len(keys) == 0 || keys[0] == "<n>" && len(keys) == 1 {
				return nil, fmt.Errorf("%s: empty phrase", row.where)
			}
			p := datePhrase{keys: keys, rule: rule}
			if len(keys) > 1 && keys[1] != "<n>" && keys[1] != "<time>" {
				p.second = keys[1]
			}
			lx.phrases[keys[0]] = append(lx.phrases[keys[0]], p)
		}
	}
	lx.slot = lx.phrases["<n>"]
	lx.timeSlot = lx.phrases["<time>"]
	return lx, nil
}

// dateRuleOf builds the rule of a kind with its argument.
func dateRuleOf(kind, arg string) (dateRule, error) {
	perN := strings.HasSuffix(arg, "n")
	num := strings.TrimSuffix(arg, "n")
	if perN && (num == "" || num == "-" || num == "+") {
		num += "1" // "n", "-n": the phrase's number, forward or back
	}
	n, err := strconv.Atoi(strings.TrimPrefix(num, "+"))
	needsNumber := func() error {
		if err != nil {
			return fmt.Errorf("%s: argument %q: want a number of days or months (n for the phrase's number)", kind, arg)
		}
		return nil
	}
	switch kind {
	case "day", "month", "year":
		if err := needsNumber(); err != nil {
			return nil, err
		}
		switch kind {
		case "day":
			return refDay{n, perN}, nil
		case "month":
			return refMonth{n, perN}, nil
		}
		return refYear{n, perN}, nil
	case "after-day":
		if err := needsNumber(); err != nil {
			return nil, err
		}
		return afterDay{n, perN}, nil
	case "after-month":
		if err := needsNumber(); err != nil {
			return nil, err
		}
		return afterMonth{n, perN}, nil
	case "days-after", "months-after":
		if err := needsNumber(); err != nil {
			return nil, err
		}
		return daysAfter{days: n, perN: perN, months: kind == "months-after"}, nil
	case "vague":
		return vague{}, nil
	case "vague-adverb":
		return vagueAdverb{}, nil
	}
	return nil, fmt.Errorf("unknown kind %q (want day, month, year, after-day, after-month, days-after, months-after, vague, vague-adverb, weekday, weekday-last, weekday-next, week-last, week-next, future, no-event, range-to, speech, performative, clock, weekday-after, weekday-that, weekday-before, occasion, occasion-act, occasion-link, occasion-barrier, occasion-tense, occasion-past, occasion-skip, occasion-relative, progressive, progressive-past or number)", kind)
}

// numberAt reads a number at tokens[i]: digits or a number phrase (longest first). It
// returns the value and the number of tokens read.
func (lx *dateLexicon) numberAt(tokens []Token, i, b int) (int, int) {
	if c := tokens[i].Text[0]; c >= '0' && c <= '9' {
		if n, err := strconv.Atoi(tokens[i].Text); err == nil && n > 0 && n < 1000 {
			return n, 1
		}
		return 0, 0
	}
	if !tokens[i].mayBe(dateNumber) {
		return 0, 0
	}
	best, value := 0, 0
	for _, p := range lx.numbers[tokens[i].Lower] {
		if len(p.keys) > best && i+len(p.keys) <= b && keysAt(tokens, i, p.keys) {
			best, value = len(p.keys), p.n
		}
	}
	return value, best
}

// phraseAt matches the longest relative phrase at tokens[i]; it returns the rule, the
// number its slot matched and the phrase's end.
func (lx *dateLexicon) phraseAt(tokens []Token, i, b int) (dateRule, int, int) {
	var rule dateRule
	bestEnd, bestN := 0, 0
	// try matches p.keys[k:] from tokens[j], n being the number a slot before k read. The
	// first key is matched once for all the phrases that share it (the word itself, or the
	// number or clock time read once), not once per phrase: a digit or "the" opens some
	// twenty phrases each.
	try := func(p datePhrase, k, j, n int) {
		for _, key := range p.keys[k:] {
			if j >= b {
				return
			}
			if key == "<time>" {
				l := lx.clockAt(tokens, j, b)
				if l == 0 {
					return
				}
				j += l
				continue
			}
			if key == "<n>" {
				v, l := lx.numberAt(tokens, j, b)
				if l == 0 {
					return
				}
				n, j = v, j+l
				continue
			}
			if tokens[j].Lower != key {
				return
			}
			j++
		}
		if j > bestEnd {
			rule, bestEnd, bestN = p.rule, j, n
		}
	}
	if tokens[i].mayBe(datePhraseWord) {
		phrases := lx.phrases[tokens[i].Lower]
		for k := range phrases {
			if !phrases[k].secondMisses(tokens, i+1, b) {
				try(phrases[k], 1, i+1, 0) // the map's key is the phrase's first
			}
		}
	}
	// Phrases that open with a number slot ("two days later") or a clock time ("7:10 a.m.").
	if len(lx.slot) > 0 {
		if v, l := lx.numberAt(tokens, i, b); l > 0 {
			for k := range lx.slot {
				if !lx.slot[k].secondMisses(tokens, i+l, b) {
					try(lx.slot[k], 1, i+l, v)
				}
			}
		}
	}
	if len(lx.timeSlot) > 0 {
		if l := lx.clockAt(tokens, i, b); l > 0 {
			for k := range lx.timeSlot {
				if !lx.timeSlot[k].secondMisses(tokens, i+l, b) {
					try(lx.timeSlot[k], 1, i+l, 0)
				}
			}
		}
	}
	return rule, bestN, bestEnd
}

// mayHoldDate reports whether any token of [a, b) can start a relative expression: most
// sentences hold none, and this keeps them cheap.
func (lx *dateLexicon) mayHoldDate(tokens []Token, a, b int) bool {
	for i := a; i < b; i++ {
		l := tokens[i].Lower
		if w := tokens[i].word; w != nil {
			if w.dates&(datePhraseWord|dateWeekday) != 0 || w.dates&dateNumber != 0 && len(lx.slot) > 0 {
				return true
			}
		} else {
			if _, ok := lx.phrases[l]; ok {
				return true
			}
			if _, ok := lx.weekdays[l]; ok {
				return true
			}
			if _, ok := lx.numbers[l]; ok && len(lx.slot) > 0 {
				return true
			}
		}
		if l != "" && l[0] >= '0' && l[0] <= '9' && len(lx.slot) > 0 {
			return true
		}
	}
	return false
}

// findRelativeDates finds the relative expressions of tokens [a, b) that do not overlap the
// absolute dates already found.
func (lx *dateLexicon) findRelativeDates(tokens []Token, a, b int, absolute []dateMention) []dateMention {
	taken := func(i int) bool {
		for _, d := range absolute {
			if i >= d.start && i < d.end {
				return true
			}
		}
		return false
	}
	var out []dateMention
	for i := a; i < b; i++ {
		if taken(i) {
			continue
		}
		if tokens[i].mayBe(dateWeekday) {
			if day, ok := lx.weekdays[tokens[i].Lower]; ok && tokens[i].isCap() {
				if j := i + 1; j < b && (taken(j) || tokens[j].Text == "," && j+1 < b && taken(j+1)) {
					// "on Friday, October 11", "Tuesday 15 October": the date says which day, and
					// the weekday joins it ("said on Friday, October 11" is still a statement's).
					for k := range absolute {
						if absolute[k].start == j || absolute[k].start == j+1 {
							absolute[k].start = i
						}
					}
					continue
				}
				out = append(out, lx.weekdayMention(tokens, a, b, i, day))
				i = out[len(out)-1].end - 1
				continue
			}
		}
		rule, n, end := lx.phraseAt(tokens, i, b)
		if rule == nil || taken(end-1) {
			continue
		}
		out = append(out, dateMention{start: i, end: end, rule: rule, n: n})
		i = end - 1
	}
	return out
}

// weekdayMention reads a weekday at tokens[i] with the words around it that say which week.
func (lx *dateLexicon) weekdayMention(tokens []Token, a, b, i int, day time.Weekday) dateMention {
	d := dateMention{start: i, end: i + 1}
	r := weekdayRule{day: day}
	possessive := i+1 < b && tokens[i+1].is("'s", "\u2019s") // "said that Friday's talks": "that" opens a clause
	if l := lx.weekAfter.endsAt(tokens, i, a); l > 0 && !possessive {
		r.after, d.start = 1, i-l
	} else if l := lx.weekThat.endsAt(tokens, i, a); l > 0 && !possessive {
		r.after, d.start = 2, i-l
	} else if l := lx.weekBefore.endsAt(tokens, i, a); l > 0 && !possessive {
		r.after, d.start = 3, i-l
	} else if l := lx.weekLast.endsAt(tokens, i, a); l > 0 {
		r.week, d.start = -1, i-l
	} else if l := lx.weekNext.endsAt(tokens, i, a); l > 0 {
		r.week, d.start = 1, i-l
	}
	if i+1 < b {
		if l := lx.lastWeek.matchAt(tokens, i+1, b); l > 0 {
			r.week, d.end = -1, i+1+l
		} else if l := lx.nextWeek.matchAt(tokens, i+1, b); l > 0 {
			r.week, d.end = 1, i+1+l
		}
	}
	d.rule = r
	return d
}

// clauseBreak reports whether tokens[i] starts a new clause for a date's tense: a
// semicolon, a dash, or a words.tsv clause-break word ("that" after a verb of saying).
func clauseBreak(w *words, t *Token) bool {
	return t.Text == ";" || t.Text == "\u2014" || w.tok(wClauseBreak, t)
}

// futureCue reports whether a future or plan cue governs the date at [start, end): one in
// its clause before it, or, when the date opens the clause ("On Friday, X will ..."), one
// after it in the clause.
func (lx *dateLexicon) futureCue(tokens []Token, a, b, start, end int) bool {
	lo := a
	for k := start - 1; k >= a; k-- {
		if clauseBreak(lx.words, &tokens[k]) {
			lo = k + 1
			break
		}
	}
	for k := lo; k < start; k++ {
		if tokens[k].Text == "," && k+1 < start && lx.relative.matchAt(tokens, k+1, start) > 0 {
			// "Putin, who is scheduled to host Xi on Tuesday, met Kim on Friday": a cue
			// inside a relative clause that closes before the date is that clause's.
			if c := nextComma(tokens, k+1, start); c > 0 {
				k = c
				continue
			}
		}
		if lx.future.matchAt(tokens, k, start) > 0 {
			return true
		}
	}
	opening := start-lo <= 1 // "On Friday, ..." or "Friday's talks ..."
	if !opening {
		return false
	}
	for k := end; k < b && !clauseBreak(lx.words, &tokens[k]); k++ {
		if lx.speech.matchAt(tokens, k, b) > 0 {
			return false // "On Friday, Lavrov said he would visit": the cue is the report's
		}
		if lx.future.matchAt(tokens, k, b) > 0 {
			return true
		}
	}
	return false
}

// speechThatAfter: a verb of saying followed by "that" opens a reported clause within a few
// words after a date, with no comma or other clause break between ("Earlier today in London
// the Secretary confirmed that ...").
func (lx *dateLexicon) speechThatAfter(tokens []Token, end, b int) bool {
	for k := end; k < b && k < end+8; k++ {
		if clauseBreak(lx.words, &tokens[k]) || tokens[k].Text == "," || tokens[k].is("and") {
			return false
		}
		if l := lx.speech.matchAt(tokens, k, b); l > 0 && k+l < b && tokens[k+l].is("that") {
			return true
		}
	}
	return false
}

// laterBefore: "later" or "later on" right before the token at start.
func laterBefore(tokens []Token, a, start int) bool {
	k := start - 1
	if k > a && tokens[k].is("on") {
		k--
	}
	return k >= a && tokens[k].is("later")
}

// sentenceDates finds and resolves the date expressions of one sentence, in text order.
// anchor is the paragraph's last dated event before the sentence; the returned anchor is the
// one after it (the sentence's most precise date, when it has one).
func (lx *dateLexicon) sentenceDates(tokens []Token, a, b int, ref, anchor string) ([]dateMention, string) {
	return lx.resolveSentence(tokens, a, b, findDates(tokens, a, b), ref, anchor, "")
}

// resolveSentence resolves a sentence's dates given its absolute ones, which it may resolve
// in place (abs is the callers' own); lead is the document's first day stated before the
// sentence, or "".
func (lx *dateLexicon) resolveSentence(tokens []Token, a, b int, abs []dateMention, ref, anchor, lead string) ([]dateMention, string) {
	if len(abs) == 0 && !lx.mayHoldDate(tokens, a, b) {
		return nil, anchor
	}
	all := lx.findRelativeDates(tokens, a, b, abs)
	all = mergeMentions(abs, all)
	env := dateEnv{refISO: ref, lead: lead}
	if t, ok := parseISODay(ref); ok {
		env.ref = t
	} else if len(ref) >= 4 {
		y, _ := strconv.Atoi(ref[:4])
		m := 1
		if len(ref) >= 7 {
			m, _ = strconv.Atoi(ref[5:7])
		}
		env.ref = time.Date(y, time.Month(max(m, 1)), 1, 0, 0, 0, 0, time.UTC)
	}
	// next is the anchor the sentence leaves to the next ones: its most precise date, the
	// later of equally precise ones ("the refusal last Monday of a deal brokered a year ago.
	// Since then ...": since the Monday). Within the sentence the last date anchors.
	next := ""
	for i := range all {
		d := &all[i]
		if r, ok := d.rule.(daysAfter); ok {
			env.anchor, env.sign = lx.afterAnchor(tokens, a, b, all, i, anchor, ref, lead)
			d.values = r.resolve(env, d.n)
		} else if d.rule != nil {
			env.anchor, env.sign = anchor, 1
			_, isWeekday := d.rule.(weekdayRule)
			env.future = isWeekday && lx.futureCue(tokens, a, b, d.start, d.end)
			env.later = isWeekday && laterBefore(tokens, a, d.start)
			d.values = d.rule.resolve(env, d.n)
		} else {
			d.values = d.iso(ref)
		}
		if len(d.values) > 0 {
			anchor = d.values[0]
			if len(d.values[0]) >= len(next) {
				next = d.values[0]
			}
		}
		// "said on Friday": the statement's date.
		k := d.start
		if k > a && tokens[k-1].is("on", "late", "early") {
			k--
		}
		if l := lx.speech.endsAt(tokens, k, a); l > 0 {
			d.speech = k - l
		} else {
			d.speech = lx.attributionBefore(tokens, a, k)
		}
		if d.speech < 0 && lx.speechThatAfter(tokens, d.end, b) {
			// "Earlier today in London the Secretary confirmed that Russia has received
			// ...": the date opens the statement's clause and dates no reported event.
			d.speech = d.start
		}
		// "by March", "until 2030": a bound, not the event's date.
		bound := d.start // "no later than the end of February", "until mid-2025"
		switch k := d.start; {
		case k-2 > a && tokens[k-1].Text == "-" && lx.words.tok(wDatePart, &tokens[k-2]):
			bound = k - 2
		case k-1 > a && lx.words.tok(wDatePart, &tokens[k-1]):
			bound = k - 1
		case k-3 > a && tokens[k-1].is("of") && lx.words.tok(wPeriodPart, &tokens[k-2]) && tokens[k-3].is("the"):
			bound = k - 3
		}
		if i > 0 && all[i-1].end >= bound {
			bound = d.start // "two days before the May 5 summit": the phrase is the earlier date's
		}
		if bound > a && lx.noEvent.endsAt(tokens, bound, a) > 0 && !(i > 0 && all[i-1].rangeWith(tokens, lx, d.start)) {
			d.noEvent = true
		}
		if d.rule == nil {
			d.nounEnd, d.linkFrom = lx.attributiveEnd(tokens, a, b, d.start, d.end)
		}
	}
	// "earlier on Wednesday": a vague word right before a date is part of it.
	out := all[:0]
	for i, d := range all {
		if vagueRule(d.rule) && i+1 < len(all) && all[i+1].start-d.end <= 1 {
			continue
		}
		out = append(out, d)
	}
	if next != "" {
		anchor = next
	}
	return out, anchor
}

// attributiveEnd: the date at [start, end) stands between a determiner (words.tsv article,
// possessive, or "'s") and a noun phrase ("welcomed the decision to limit its October 26
// strikes", "the pledges made at the December 2022 Leaders Summit"), so it dates the event
// that phrase names (SCHEMA.md Dates rule 1), not an act told around it. Returns the token
// after the phrase (up to five words, to the first function word), or 0. After an occasion
// link (dates.tsv occasion-link: "met Xi at the November 2023 summit") the date also dates
// the act placed at that occasion: linkFrom is the nearest verb before the link (a past
// participle, "-ed" or words.tsv irregular-past), from which a trigger takes the date ("the
// pledges made at the December 2022 summit" place the making there, not "met" before it);
// else -1.
func (lx *dateLexicon) attributiveEnd(tokens []Token, a, b, start, end int) (int, int) {
	k := start - 1
	if k < a || end >= b || lx.words == nil {
		return 0, -1
	}
	if !lx.words.tok(wArticle, &tokens[k]) && !lx.words.tok(wPossessive, &tokens[k]) && !tokens[k].is("'s", "\u2019s") {
		return 0, -1
	}
	j := end
	for j < b && j < end+5 && tokens[j].isWord() && !lx.words.tok(wPreposition, &tokens[j]) &&
		!lx.words.tok(wConjunction, &tokens[j]) && !lx.words.tok(wRelative, &tokens[j]) &&
		!lx.words.tok(wArticle, &tokens[j]) && !lx.words.tok(wSubordinator, &tokens[j]) {
		j++
	}
	if j == end {
		return 0, -1
	}
	for v := end; v < j; v++ {
		if lx.words.tok(wTimeHead, &tokens[v]) {
			return 0, -1 // "in the 2025 fiscal year": a time of the act itself
		}
	}
	from := -1
	if l := lx.link.endsAt(tokens, start, a); l > 0 {
		from = a
		for v := start - l - 1; v >= a; v-- {
			if pastParticiple(tokens[v]) || lx.words.tok(wIrregularPast, &tokens[v]) {
				from = v
				break
			}
		}
	}
	return j, from
}

// reaches: the date may date the trigger at t; a date inside a noun phrase (nounEnd) dates
// only that phrase's trigger or an act placed at it by an occasion link (linkFrom).
func (d dateMention) reaches(t int) bool {
	return d.nounEnd == 0 || t >= d.end && t < d.nounEnd || d.linkFrom >= 0 && t >= d.linkFrom && t < d.start
}

// afterAnchor chooses what "N days after" counts from: a date right after it ("two days
// after the May 5 summit") forward; else a date earlier in the sentence backward ("ratified
// on 26 February, three days after the minister visited"); else the paragraph's last dated
// event, backward when a clause with its own subject follows (that clause is the earlier
// event), forward when a noun phrase does ("a day after the talks": the talks are the
// anchored event).
//
// A sentence that opens with a definite event noun and an aspect verb ("The briefing came two
// days after Zelensky accused Moscow", "The arrival came two weeks after Tiani spoke with
// Putin") counts back from the event the noun names: the report's lead event (lead, the
// document's first day stated), not whatever the paragraph dated last ("greeted the aircraft
// the next day").
func (lx *dateLexicon) afterAnchor(tokens []Token, a, b int, all []dateMention, i int, anchor, ref, lead string) (string, int) {
	d := all[i]
	if i+1 < len(all) && all[i+1].start-d.end <= 3 && all[i+1].rule == nil {
		if v := all[i+1].iso(ref); len(v) > 0 {
			return v[0], 1
		}
	}
	for k := i - 1; k >= 0; k-- {
		if len(all[k].values) > 0 {
			return all[k].values[0], -1
		}
	}
	if clauseFollows(lx.words, tokens, d.end, b) {
		if lx.eventSubjectBefore(tokens, a, d.start, wAspectNow) {
			// "The launch comes one day after Kim and Austin held talks": told in the
			// present, the launch is the report's own day, so the talks are a day before it.
			return ref, -1
		}
		if lead != "" && lx.eventSubjectCame(tokens, a, d.start) {
			return lead, -1
		}
		// "The arrival came two weeks after General Tiani spoke with Putin": the clause
		// after it is the earlier event; the anchored event is the sentence's own.
		return anchor, -1
	}
	return anchor, 1
}

// eventSubjectCame: the sentence at a opens with a definite article, one to three lower-case
// words (an event noun and its modifiers) and an aspect verb (words.tsv class aspect) right
// before start ("The briefing came", "The latest exercise came").
func (lx *dateLexicon) eventSubjectCame(tokens []Token, a, start int) bool {
	return lx.eventSubjectBefore(tokens, a, start, wAspect)
}

// eventSubjectBefore: eventSubjectCame with the verb before start of the words.tsv class
// verb ("The launch comes" with aspect-now).
func (lx *dateLexicon) eventSubjectBefore(tokens []Token, a, start int, verb wordClass) bool {
	if start-a < 3 || start-a > 5 || !tokens[a].is("the") || !lx.words.tok(verb, &tokens[start-1]) {
		return false
	}
	for k := a + 1; k < start-1; k++ {
		if !tokens[k].isWord() || tokens[k].isCap() {
			return false
		}
	}
	return true
}

// clauseFollows: a clause with a named or pronoun subject starts at tokens[i] ("after Russia
// invaded", "after he left"), not a noun phrase ("after the talks", "after Putin's visit").
func clauseFollows(w *words, tokens []Token, i, b int) bool {
	if i >= b {
		return false
	}
	t := &tokens[i]
	if w.tok(wSubjectPronoun, t) {
		return true
	}
	if !t.isCap() {
		return false
	}
	for k := i; k < b && k < i+6 && tokens[k].isCap(); k++ {
		if k+1 < b && tokens[k+1].is("'s", "\u2019s", "'", "\u2019") {
			return false // "Putin's visit"
		}
	}
	return true
}

// rangeWith reports whether the date d and the one starting at next form a range ("from May
// 1 to May 3", "between 2019 and 2021"): only a range word lies between them.
func (d dateMention) rangeWith(tokens []Token, lx *dateLexicon, next int) bool {
	l := lx.rangeTo.matchAt(tokens, d.end, next)
	return l > 0 && d.end+l == next
}

// mergeMentions merges two lists of mentions ordered by start; with one empty it returns the
// other, not a copy (most sentences have no relative date).
func mergeMentions(x, y []dateMention) []dateMention {
	if len(y) == 0 && len(x) > 0 {
		return x
	}
	if len(x) == 0 && len(y) > 0 {
		return y
	}
	out := make([]dateMention, 0, len(x)+len(y))
	i, j := 0, 0
	for i < len(x) || j < len(y) {
		if j >= len(y) || i < len(x) && x[i].start < y[j].start {
			out = append(out, x[i])
			i++
		} else {
			out = append(out, y[j])
			j++
		}
	}
	return out
}

// relationDates: the dates of the date expression nearest the trigger t, preferring those
// in the trigger's clause [clauseA, clauseB), with the dates coordinated with it ("on
// December 30, 2023, and January 2, 2024") or ending its range ("from May 1 to May 3").
// An expression that gives no date (vague, a deadline) gives the relation none.
// aspect reports an aspectual verb ("began"): a relative clause opened by one goes on with
// the event of its antecedent, so its date is that event's.
func relationDates(tokens []Token, all []dateMention, t, clauseA, clauseB int, aspect, subordinator func(k int) bool) []string {
	if len(all) == 0 {
		return nil
	}
	distance := func(d dateMention) int {
		if d.end <= t {
			return t - d.end
		}
		return d.start - t
	}
	// A statement's date ("said on Friday") dates the statement, not what it reports.
	// A date inside a noun phrase ("its October 26 strikes") dates only a trigger of that
	// phrase.
	usable := func(d dateMention) bool {
		return (d.speech < 0 || t >= d.speech && t < d.start) && d.reaches(t)
	}
	best := -1
	for i, d := range all {
		if usable(d) && d.start >= clauseA && d.end <= clauseB && (best < 0 || distance(d) < distance(all[best])) {
			best = i
		}
	}
	if _, ok := all[max(best, 0)].rule.(vagueAdverb); ok && best >= 0 && all[best].end <= t {
		// "previously sanctioned X in 2023": the clause's date, not the adverb's none. Only
		// in the verb group, before the trigger: "met Putin recently, a year after the summit
		// in June 2023" keeps none.
		dated := -1
		for i, d := range all {
			if usable(d) && d.start >= clauseA && d.end <= clauseB && len(d.values) > 0 && !d.noEvent &&
				(dated < 0 || distance(d) < distance(all[dated])) {
				dated = i
			}
		}
		if dated >= 0 {
			best = dated
		}
	}
	// A date in a relative clause after the trigger's clause dates that clause's event ("signed
	// the Treaty, which deepens the Charter concluded in September 2023"), unless the clause
	// says when the antecedent event happened ("deliveries to New Delhi, which began in
	// December 2021").
	relative := func(d dateMention) bool {
		for k := max(t, clauseB-1); k+1 < d.start && k < len(tokens)-1; k++ {
			if tokens[k].Text == "," && tokens[k+1].is("which", "who", "whose") {
				if slices.ContainsFunc(tokens[k+2:d.start], func(x Token) bool { return x.Text == "," }) &&
					!subordinateBetween(subordinator, t+1, k) {
					// ", who is on a visit to the DPRK, at the Party building yesterday": the
					// clause closed before the date, which is the main clause's again (not
					// after a subordinator: "stationed there before the junta, which seized
					// power in 2023, revoked the accord in March").
					return false
				}
				return !(k+2 < d.start && aspect != nil && aspect(k+2))
			}
		}
		return false
	}
	if best < 0 {
		for i, d := range all {
			if usable(d) && !(d.start >= clauseB && relative(d)) && (best < 0 || distance(d) < distance(all[best])) {
				best = i
			}
		}
	}
	if best < 0 {
		return nil
	}
	if all[best].noEvent {
		return nil
	}
	// "N days after" dates another event than the date beside it ("signed the treaty on
	// Thursday, a day after Putin arrived": Thursday is the signing's, Wednesday the
	// arrival's), so it joins no neighbour.
	counted := func(d dateMention) bool { _, ok := d.rule.(daysAfter); return ok }
	lo, hi := best, best
	for lo > 0 && coordinatedDates(tokens, all[lo-1].end, all[lo].start) && !all[lo-1].noEvent && !counted(all[lo-1]) && !counted(all[lo]) {
		lo--
	}
	for hi+1 < len(all) && !counted(all[hi]) && !counted(all[hi+1]) && (coordinatedDates(tokens, all[hi].end, all[hi+1].start) || rangeEnd(tokens, all[hi], all[hi+1])) {
		hi++
	}
	var out []string
	for _, d := range all[lo : hi+1] {
		out = append(out, d.values...)
	}
	return out
}

// subordinateBetween: a subordinator (words.tsv class subordinator) at a token in [a, b).
func subordinateBetween(subordinator func(k int) bool, a, b int) bool {
	for k := a; k < b && subordinator != nil; k++ {
		if subordinator(k) {
			return true
		}
	}
	return false
}

// coordinatedDates: only commas and "and"/"or" between two dates.
func coordinatedDates(tokens []Token, a, b int) bool {
	for k := a; k < b; k++ {
		if !tokens[k].is(",", "and", "or") {
			return false
		}
	}
	return b-a <= 3
}

// rangeEnd: "from X to Y", "X until Y", "X-Y": y ends the range x starts.
func rangeEnd(tokens []Token, x, y dateMention) bool {
	if y.start-x.end != 1 {
		return false
	}
	t := tokens[x.end]
	return t.is("to", "until", "through", "till", "-", "\u2013") && (len(x.values) > 0)
}

// sinceEvent finds "since the invasion" (or "since its / Russia's invasion") in a sentence:
// the relation type whose event noun follows "since", or "". The noun names an event the
// document stated before; a relation of the sentence without a date of its own runs from
// that event's date.
func (x *Extractor) sinceEvent(tokens []Token, sp [2]int) string {
	for i := sp[0]; i+1 < sp[1]; i++ {
		if !tokens[i].is("since") {
			continue
		}
		for k := i + 1; k < sp[1] && k <= i+4; k++ {
			for _, tr := range x.lex.triggerAt(tokens[:sp[1]], k) {
				if tr.frame == frameNoun {
					return tr.relation
				}
			}
			if !tokens[k].is("the", "'s", "’s", "'") && !x.lex.words.tok(wPossessive, &tokens[k]) && !tokens[k].isCap() {
				break // "since the invasion", "since Russia's invasion"; not "since troops arrived"
			}
		}
	}
	return ""
}

// clockAt reads a clock time at tokens[i] and returns its length in tokens, or 0: an hour
// with minutes ("7:10", "19:00"), perhaps with a word of dates.tsv's clock list after it
// ("7:10 a.m.", "19:00 local time"), or an hour, "10.30" or "0710" with such a word ("7
// a.m.", "10.30 pm", "0710 GMT"). A bare number is no time.
func (lx *dateLexicon) clockAt(tokens []Token, i, b int) int {
	t := tokens[i].Text
	if t == "" || t[0] < '0' || t[0] > '9' {
		return 0
	}
	j, minutes := i+1, false
	switch {
	case len(t) <= 2:
		if h, ok := shortAtoi(t); !ok || h > 24 {
			return 0
		}
		if j+1 < b && tokens[j].Text == ":" && !tokens[j].SpaceBefore && !tokens[j+1].SpaceBefore && clockMinutes(tokens[j+1].Text) {
			j, minutes = j+2, true
		}
	case len(t) == 4 && t[2] != '.': // "0710"
		h, okH := shortAtoi(t[:2])
		if !okH || h > 24 || !clockMinutes(t[2:]) {
			return 0
		}
	case (len(t) == 4 || len(t) == 5) && t[len(t)-3] == '.': // "7.30", "10.30"
		h, okH := shortAtoi(t[:len(t)-3])
		if !okH || h > 24 || !clockMinutes(t[len(t)-2:]) {
			return 0
		}
	default:
		return 0
	}
	if l := lx.clock.matchAt(tokens, j, b); l > 0 {
		return j + l - i
	}
	if minutes {
		return j - i
	}
	return 0
}

// clockMinutes: two digits from 00 to 59.
func clockMinutes(s string) bool {
	return len(s) == 2 && s[0] >= '0' && s[0] <= '5' && s[1] >= '0' && s[1] <= '9'
}

// nextComma is the first comma in tokens [i, b), or -1.
func nextComma(tokens []Token, i, b int) int {
	for k := i; k < b; k++ {
		if tokens[k].Text == "," {
			return k
		}
	}
	return -1
}

// attributionBefore: the date at k sits inside an attribution opened by a phrase of the
// words.tsv attribution class ("according to") with no comma between ("According to the
// defence chief at a briefing on March 18, 300 containers were shipped"): it dates the
// report, like "said on Friday" (SCHEMA.md Dates rule 1). It returns where the attribution
// starts, or -1.
func (lx *dateLexicon) attributionBefore(tokens []Token, a, k int) int {
	if lx.attribution == nil {
		return -1
	}
	for j := k - 1; j >= a && j >= k-16; j-- {
		if tokens[j].Text == "," || tokens[j].Text == ";" {
			return -1
		}
		if n := lx.attribution.matchAt(tokens[:k], j); n > 0 {
			return j
		}
	}
	return -1
}

// progressiveNow: the verb trigger at t is in the present progressive ("is visiting the UK",
// "Australia is imposing sanctions", "OFAC is also designating"), adverbs between, in a
// clause [ca, cb) that states no date of the event: the event goes on on the day it is
// stated, the reference date or the day of the statement that reports it (SCHEMA.md Dates
// rule 3, "today"). A past or future form of "be" ("was visiting", "will be visiting") is
// not in dates.tsv's progressive list.
func (s *sentenceCtx) progressiveNow(t, ca, cb int) bool {
	if t < ca || s.dateLex == nil || s.quoted(t) || !s.w.ends(eParticiple, s.tokens[t].Lower) {
		return false
	}
	k := t
	for k-1 > ca && (s.tw(wAdverb, k-1) || s.w.ends(eAdverb, s.tokens[k-1].Lower) && len(s.tokens[k-1].Lower) > 4) {
		k--
	}
	if s.dateLex.progressive.endsAt(s.tokens, k, ca) == 0 && !s.reportedProgressive(k, ca) {
		return false
	}
	for _, d := range s.dateMentions {
		if d.start < cb && d.end > ca && d.speech < 0 {
			return false
		}
	}
	return true
}

// reportedProgressive: a past form of "be" ends right before k (dates.tsv progressive-past)
// in speech a dated statement before it reports ("said on Sunday that they were leaving"):
// the tense is the statement's present, shifted back.
func (s *sentenceCtx) reportedProgressive(k, ca int) bool {
	if s.dateLex.progressivePast.endsAt(s.tokens, k, ca) == 0 {
		return false
	}
	return s.datedSayingBefore(k)
}

// datedSayingBefore: a date of saying ("said on Sunday that ...") ends at or before k: speech
// after it is that day's statement.
func (s *sentenceCtx) datedSayingBefore(k int) bool {
	return slices.ContainsFunc(s.dateMentions, func(d dateMention) bool { return d.speech >= 0 && d.end <= k && !d.noEvent })
}

// progressiveVerb: the verb whose tense dates the trigger at t: the trigger itself when it is
// a verb, else the -ing word one or two words before a noun trigger ("is imposing
// sanctions", "are imposing new sanctions"); -1 when there is none.
func (s *sentenceCtx) progressiveVerb(t, ca int, verbal bool) int {
	if verbal {
		return t
	}
	for k := t - 1; k >= ca && k >= t-2; k-- {
		if !s.tokens[k].isWord() {
			return -1
		}
		if s.w.ends(eParticiple, s.tokens[k].Lower) {
			return k
		}
	}
	return -1
}
