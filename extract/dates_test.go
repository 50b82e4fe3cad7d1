package extract

import (
	"context"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"
)

func testDateLexicon(t *testing.T) *dateLexicon {
	t.Helper()
	rules, err := loadRuleSet(nil)
	if err != nil {
		t.Fatal(err)
	}
	lx, err := compileDates(rules["dates"])
	if err != nil {
		t.Fatal(err)
	}
	return lx
}

// lastSentenceDates resolves a text's dates against ref and returns what the date
// expressions of its last sentence give (nothing for a bound such as "by March").
func lastSentenceDates(lx *dateLexicon, text, ref string) []string {
	tokens := tokenize(text)
	spans := splitSentences(tokens)
	all, _ := lx.documentDates(tokens, spans, ref, -1)
	var out []string
	for _, d := range all[len(all)-1] {
		if !d.noEvent {
			out = append(out, d.values...)
		}
	}
	return out
}

// TestRelativeDates covers every rule of SCHEMA.md "Dates" that resolves an expression,
// with reference dates on every weekday, across month and year ends and on a leap day.
// Weekdays of the reference dates: 2024-02-28 Wed, 2024-02-29 Thu (leap day), 2024-03-01
// Fri, 2024-06-15 Sat, 2024-06-30 Sun, 2024-06-17 Mon, 2024-12-31 Tue, 2025-01-01 Wed.
func TestRelativeDates(t *testing.T) {
	lx := testDateLexicon(t)
	cases := []struct {
		name, ref, text string
		want            []string
	}{
		// Rule 3: a bare weekday is the nearest such day on or before the reference date.
		{"weekday day before", "2024-02-29", "Kim met Putin on Wednesday.", []string{"2024-02-28"}},
		{"weekday on the day", "2024-02-29", "Kim met Putin on Thursday.", []string{"2024-02-29"}},
		{"weekday six days before", "2024-02-29", "Kim met Putin on Friday.", []string{"2024-02-23"}},
		{"weekday onto leap day", "2024-03-01", "Kim met Putin on Thursday.", []string{"2024-02-29"}},
		{"weekday across month end", "2024-03-01", "Kim met Putin on Saturday.", []string{"2024-02-24"}},
		{"weekday across year end", "2025-01-01", "Kim met Putin on Monday.", []string{"2024-12-30"}},
		{"weekday on new year's eve", "2025-01-01", "Kim met Putin on Tuesday.", []string{"2024-12-31"}},
		{"weekday ref sunday", "2024-06-30", "Kim met Putin on Monday.", []string{"2024-06-24"}},
		{"weekday ref sunday same", "2024-06-30", "Kim met Putin on Sunday.", []string{"2024-06-30"}},
		{"weekday ref saturday", "2024-06-15", "Kim met Putin on Friday.", []string{"2024-06-14"}},
		{"weekday ref monday", "2024-06-17", "Kim met Putin on Sunday.", []string{"2024-06-16"}},
		{"weekday possessive", "2024-06-17", "Friday's talks between Kim and Putin ended.", []string{"2024-06-14"}},
		// A future or plan cue looks forward.
		{"future across year end", "2024-12-31", "Kim will meet Putin on Friday.", []string{"2025-01-03"}},
		{"future same weekday is next week", "2024-12-31", "Kim will travel to Moscow on Tuesday.", []string{"2025-01-07"}},
		{"plan onto leap day", "2024-02-28", "Kim is due to arrive in Moscow on Thursday.", []string{"2024-02-29"}},
		{"plan across month end", "2024-02-28", "Kim is scheduled to visit Moscow on Friday.", []string{"2024-03-01"}},
		{"opening weekday, future verb", "2024-06-17", "On Friday, Lavrov will visit Pyongyang.", []string{"2024-06-21"}},
		{"speech past, future in report", "2024-06-17", "Lavrov said on Friday that he will visit Pyongyang.", []string{"2024-06-14"}},
		// last / next weekday: weeks start on Monday.
		{"last weekday", "2024-03-01", "Kim met Putin last Wednesday.", []string{"2024-02-21"}},
		{"last sunday from monday", "2024-06-17", "Kim met Putin last Sunday.", []string{"2024-06-16"}},
		{"weekday of last week", "2025-01-01", "Kim met Putin on Wednesday of last week.", []string{"2024-12-25"}},
		{"next weekday across year", "2024-12-31", "Kim meets Putin next Monday.", []string{"2025-01-06"}},
		{"next same weekday", "2024-12-31", "Kim meets Putin next Tuesday.", []string{"2025-01-07"}},
		// last / next month name: the latest such month before the reference month, the
		// first one after it (rule 4 alone would put "last September" in the future).
		{"last month name, earlier in the year", "2024-04-10", "Kim met Putin last March.", []string{"2024-03"}},
		{"last month name, previous year", "2024-04-10", "Kim met Putin last September.", []string{"2023-09"}},
		{"last month name, same month", "2024-04-10", "Kim met Putin last April.", []string{"2023-04"}},
		{"next month name, later in the year", "2024-04-10", "Kim will meet Putin next September.", []string{"2024-09"}},
		{"next month name, next year", "2024-11-30", "Kim will meet Putin next February.", []string{"2025-02"}},
		// today / yesterday / tomorrow.
		{"yesterday onto leap day", "2024-03-01", "Kim met Putin yesterday.", []string{"2024-02-29"}},
		{"today", "2024-03-01", "Kim meets Putin today.", []string{"2024-03-01"}},
		{"tomorrow onto leap day", "2024-02-28", "Kim meets Putin tomorrow.", []string{"2024-02-29"}},
		{"tonight", "2024-12-31", "Kim meets Putin tonight.", []string{"2024-12-31"}},
		{"tomorrow across year", "2024-12-31", "Kim meets Putin tomorrow.", []string{"2025-01-01"}},
		{"yesterday across year", "2025-01-01", "Kim met Putin yesterday.", []string{"2024-12-31"}},
		{"this morning", "2024-06-15", "Kim met Putin this morning.", []string{"2024-06-15"}},
		{"the day before yesterday", "2024-03-01", "Kim met Putin the day before yesterday.", []string{"2024-02-28"}},
		// this / last / next month and year, at their precision.
		{"last month across year", "2025-01-01", "Kim met Putin last month.", []string{"2024-12"}},
		{"this month", "2025-01-01", "Kim met Putin this month.", []string{"2025-01"}},
		{"earlier this month", "2024-02-29", "Kim met Putin earlier this month.", []string{"2024-02"}},
		{"next month across year", "2024-12-31", "Kim meets Putin next month.", []string{"2025-01"}},
		{"last year", "2025-01-01", "Kim met Putin last year.", []string{"2024"}},
		{"next year", "2024-12-31", "Kim meets Putin next year.", []string{"2025"}},
		{"earlier this year", "2024-02-29", "Kim met Putin earlier this year.", []string{"2024"}},
		// Anchored expressions take the paragraph's last dated event.
		{"next day onto leap day", "2024-03-10", "Kim arrived on 28 February 2024. He met Putin the next day.", []string{"2024-02-29"}},
		{"two days later", "2024-03-10", "Kim arrived on 28 February 2024. Two days later, he met Putin.", []string{"2024-03-01"}},
		{"the same day", "2024-03-10", "Kim arrived on 28 February 2024. He met Putin the same day.", []string{"2024-02-28"}},
		{"a week later", "2024-03-10", "Kim arrived on 28 February 2024. A week later he met Putin.", []string{"2024-03-06"}},
		{"days later across year", "2025-01-10", "Talks opened on December 30, 2024. Three days later, Kim met Putin.", []string{"2025-01-02"}},
		{"days after a dated event", "2024-06-01", "Kim visited Moscow two days after the May 5 summit.", []string{"2024-05-07", "2024-05-05"}},
		{"days after an event clause", "2024-03-10", "Hungary ratified the protocol on 26 February, three days after the minister visited Budapest.", []string{"2024-02-26", "2024-02-23"}},
		{"days after, paragraph anchor", "2024-03-10", "Kim arrived on 28 February 2024. A day after the talks, he left.", []string{"2024-02-29"}},
		{"digits days later", "2025-01-10", "Talks opened on December 30, 2024. 3 days later, Kim met Putin.", []string{"2025-01-02"}},
		{"anchor from a weekday", "2024-06-17", "Kim arrived on Friday. The next day he met Putin.", []string{"2024-06-15"}},
		{"anchor from yesterday", "2024-03-01", "Kim arrived yesterday. Later that day he met Putin.", []string{"2024-02-29"}},
		{"months later", "2025-03-01", "Talks opened in November 2024. Two months later, Kim met Putin.", []string{"2025-01"}},
		{"same sentence anchor", "2024-03-10", "Kim arrived on 28 February 2024 and met Putin the next day.", []string{"2024-02-28", "2024-02-29"}},
		{"previous paragraph's event", "2024-03-10", "Kim arrived on 28 February 2024.\n\nThe next day, he met Putin.", []string{"2024-02-29"}},
		{"two paragraphs back is too far", "2024-03-10", "Kim arrived on 28 February 2024.\n\nTalks went on.\n\nThe next day, he met Putin.", nil},
		{"between days of a month", "", "Troops moved between 8 and 13 October 2024.", []string{"2024-10-08", "2024-10-13"}},
		{"a decade is no year", "", "Submarines will be sold from the early 2030s.", nil},
		{"no anchor", "2024-03-10", "He met Putin the next day.", nil},
		// Week-level and vague expressions give no date.
		{"last week", "2024-06-17", "Kim met Putin last week.", nil},
		{"recently", "2024-06-17", "Kim recently met Putin.", nil},
		{"in recent days", "2024-06-17", "Kim met Putin in recent days.", nil},
		{"earlier", "2024-06-17", "Kim met Putin earlier.", nil},
		{"soon", "2024-06-17", "Kim will meet Putin soon.", nil},
		{"earlier on a weekday", "2024-06-17", "Kim met Putin earlier on Wednesday.", []string{"2024-06-12"}},
		// Rule 4: a missing year.
		{"year of the reference", "2024-01-02", "Kim met Putin on January 16th.", []string{"2024-01-16"}},
		{"since month, year before", "2024-01-02", "Shells have been sent since August.", []string{"2023-08"}},
		{"six months and a day", "2024-06-30", "Kim met Putin on December 31.", []string{"2023-12-31"}},
		{"six months from leap day", "2024-02-29", "Kim met Putin on 29 August.", []string{"2024-08-29"}},
		{"past six months from leap day", "2024-02-29", "Kim met Putin on 30 August.", []string{"2023-08-30"}},
		// Rule 5: spans.
		{"since X", "2024-06-17", "Shells have been sent since March 2023.", []string{"2023-03"}},
		{"range in one", "", "Drills ran on 8-13 October 2024.", []string{"2024-10-08", "2024-10-13"}},
		{"from X to Y", "2024-06-01", "Drills ran from May 1 to May 3.", []string{"2024-05-01", "2024-05-03"}},
		{"by X", "2024-06-17", "Troops will be sent by March 2025.", nil},
		{"until X", "2024-06-17", "The deal is valid until 2030.", nil},
		{"no later than X", "2024-06-17", "Kim will visit no later than June 1, 2025.", nil},
		{"before X", "2024-06-17", "Kim visited before March 2024.", nil},
		// Precision as the text gives it.
		{"year", "", "Kim visited in 2023.", []string{"2023"}},
		{"month", "", "Kim visited in September 2023.", []string{"2023-09"}},
		// A reference date at month precision resolves months, not days.
		{"coarse reference, weekday", "2024-06", "Kim met Putin on Friday.", nil},
		{"coarse reference, month", "2024-06", "Kim met Putin last month.", []string{"2024-05"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := lastSentenceDates(lx, c.text, c.ref)
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("%q (ref %s) = %q, want %q", c.text, c.ref, got, c.want)
			}
		})
	}
}

// TestReferenceDateWeekdays checks the weekday rule against the calendar for a reference
// date on every day of a fortnight that crosses a year end, with and without a plan.
func TestReferenceDateWeekdays(t *testing.T) {
	lx := testDateLexicon(t)
	names := []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}
	start := time.Date(2024, 12, 25, 0, 0, 0, 0, time.UTC)
	for d := range 14 {
		ref := start.AddDate(0, 0, d)
		for wd, name := range names {
			past := lastSentenceDates(lx, "Kim met Putin on "+name+".", ref.Format(time.DateOnly))
			future := lastSentenceDates(lx, "Kim will meet Putin on "+name+".", ref.Format(time.DateOnly))
			if len(past) != 1 || len(future) != 1 {
				t.Fatalf("ref %s, %s: got %q and %q", ref.Format(time.DateOnly), name, past, future)
			}
			p, _ := time.Parse(time.DateOnly, past[0])
			f, _ := time.Parse(time.DateOnly, future[0])
			back, ahead := ref.Sub(p).Hours()/24, f.Sub(ref).Hours()/24
			if int(p.Weekday()) != wd || back < 0 || back > 6 {
				t.Errorf("ref %s: on %s = %s, want the %s within six days before or on it", ref.Format(time.DateOnly), name, past[0], name)
			}
			if int(f.Weekday()) != wd || ahead < 1 || ahead > 7 {
				t.Errorf("ref %s: will ... on %s = %s, want the next %s after it", ref.Format(time.DateOnly), name, future[0], name)
			}
		}
	}
}

func TestHeaderBlock(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	text := "Lavrov visits Pyongyang to deepen ties with Kim\n" +
		"Published: Saturday, October 19, 2024\n" +
		"Source: Example Wire\n" +
		"Authors: A. Writer and B. Reporter\n" +
		"\n" +
		"Russian Foreign Minister Sergey Lavrov visited Pyongyang on Friday.\n"
	doc, err := x.Extract(context.Background(), Meta{ID: "t"}, text)
	if err != nil {
		t.Fatal(err)
	}
	if doc.Published != "2024-10-19" || doc.RefDate != "2024-10-19" || doc.Source != "Example Wire" ||
		!reflect.DeepEqual(doc.Authors, []string{"A. Writer", "B. Reporter"}) ||
		doc.Title != "Lavrov visits Pyongyang to deepen ties with Kim" {
		t.Errorf("meta = %+v, ref %s", doc.Meta, doc.RefDate)
	}
	for _, s := range doc.Sentences {
		if strings.Contains(s.Text, "Published") || strings.Contains(s.Text, "Example Wire") {
			t.Errorf("header line in sentence %d: %q", s.Index, s.Text)
		}
	}
	if len(doc.Sentences) != 2 || doc.Sentences[0].Text != "Lavrov visits Pyongyang to deepen ties with Kim" {
		t.Fatalf("sentences = %+v, want the headline and one more", doc.Sentences)
	}
	var visits []Relation
	for _, r := range doc.Relations {
		if r.Type == RelVisited {
			visits = append(visits, r)
		}
	}
	if len(visits) != 2 {
		t.Fatalf("VISITED relations = %+v, want the headline's and the body's", visits)
	}
	if visits[0].Sentence != 0 || len(visits[0].Dates) != 0 {
		t.Errorf("headline relation = %+v, want no date", visits[0])
	}
	if !reflect.DeepEqual(visits[1].Dates, []string{"2024-10-18"}) {
		t.Errorf("body relation dates = %q, want [2024-10-18]", visits[1].Dates)
	}

	// The manifest wins over the header.
	doc, err = x.Extract(context.Background(), Meta{ID: "t", Published: "2024-10-20", Title: "Given"}, text)
	if err != nil {
		t.Fatal(err)
	}
	if doc.Published != "2024-10-20" || doc.Title != "Given" || doc.Source != "Example Wire" {
		t.Errorf("manifest meta lost: %+v", doc.Meta)
	}
}

func TestHeaderForms(t *testing.T) {
	cases := []struct {
		name, text      string
		published, head string
	}{
		{"keys only", "Title: A\nDate: 2024-03-01T10:00:00Z\n\nBody.", "2024-03-01", ""},
		{"headline after keys", "Published: 1 March 2024\nKim meets Putin\n\nBody.", "2024-03-01", "Kim meets Putin"},
		{"headline block first", "Kim meets Putin\n\nPublished: March 1, 2024\nSource: X\n\nBody.", "2024-03-01", "Kim meets Putin"},
		{"title repeated as the first line", "Title: Kim meets Putin\nPublished: 2024-03-01\n\nKim meets Putin\n\nBody.", "2024-03-01", "Kim meets Putin"},
		{"first line is no title", "Title: Kim meets Putin\nPublished: 2024-03-01\n\nKim met Putin on Friday.\n\nBody.", "2024-03-01", ""},
		{"no header", "Kim met Putin on March 1, 2024.\n\nBody.", "", ""},
		{"a paragraph with a colon is text", "Note: Kim met Putin.\n\nBody.", "", ""},
	}
	for _, c := range cases {
		h := parseHeader(c.text)
		var m Meta
		for _, v := range h.values {
			v.field(&m, v.value)
		}
		head := ""
		if h.headline != ([2]int{}) {
			head = c.text[h.headline[0]:h.headline[1]]
		}
		if m.Published != c.published || head != c.head {
			t.Errorf("%s: published %q headline %q, want %q %q", c.name, m.Published, head, c.published, c.head)
		}
	}
}

// TestSentenceAfterSymbols: emoji, symbols, direction marks and caseless scripts after
// terminal punctuation start a new sentence, so a relation does not take the previous
// sentence's date.
func TestSentenceAfterSymbols(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, sep := range []string{" 👋 ", " 👋🏽 ", " \u200f", " ★ ", " \u200e\u200f "} {
		text := "Kim met Putin in Moscow on 2024-03-29." + sep + "Lavrov visited Pyongyang on October 18, 2024."
		doc, err := x.Extract(context.Background(), Meta{ID: "t"}, text)
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, r := range doc.Relations {
			if r.Type == RelVisited {
				found = true
				if !reflect.DeepEqual(r.Dates, []string{"2024-10-18"}) {
					t.Errorf("sep %q: VISITED dates %q, want [2024-10-18]", sep, r.Dates)
				}
			}
		}
		if !found || len(doc.Sentences) != 2 {
			t.Errorf("sep %q: %d sentences, VISITED found %v", sep, len(doc.Sentences), found)
		}
	}
	for _, text := range []string{"Kim met Putin. Лавров посетил Пхеньян.", "Kim met Putin. 金正恩会见了普京。", "Kim met Putin. زار لافروف بيونغ يانغ."} {
		if n := len(splitSentences(tokenize(text))); n != 2 {
			t.Errorf("%q: %d sentences, want 2", text, n)
		}
	}
}

// TestRelationDates: which expression dates a relation (SCHEMA.md Dates rules 1 and 5).
func TestRelationDates(t *testing.T) {
	lx := testDateLexicon(t)
	cases := []struct {
		text, trigger string
		want          []string
	}{
		{"The spy agency said on Friday that troops arrived in Russia on 8 October.", "arrived", []string{"2024-10-08"}},
		{"The spy agency said on Friday that North Korea has sent troops to Russia.", "sent", nil},
		{"Seoul condemned the launch on Friday.", "condemned", []string{"2024-10-18"}},
		{"Kim said on Friday that he was ready.", "said", []string{"2024-10-18"}},
		{"Seoul announced on Friday new sanctions against Pyongyang.", "sanctions", []string{"2024-10-18"}},
		{"Missiles struck Kyiv on December 30, 2023, and January 2, 2024.", "struck", []string{"2023-12-30", "2024-01-02"}},
		{"Drills ran from May 1 to May 3 near the border.", "ran", []string{"2024-05-01", "2024-05-03"}},
		{"Troops will be withdrawn by March, officials said on Monday.", "withdrawn", nil},
		{"Kim met Putin recently, a year after the summit in June 2023.", "met", nil},
	}
	for _, c := range cases {
		tokens := tokenize(c.text)
		mentions, _ := lx.sentenceDates(tokens, 0, len(tokens), "2024-10-19", "")
		trig := -1
		for i, tk := range tokens {
			if tk.Lower == c.trigger {
				trig = i
				break
			}
		}
		got := relationDates(tokens, mentions, trig, 0, len(tokens))
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%q at %q = %q, want %q", c.text, c.trigger, got, c.want)
		}
	}
}

func TestShortAtoiIsAtoi(t *testing.T) {
	for _, s := range []string{"", "0", "7", "31", "2024", "-5", "+5", "+", "-", "said", "16th", "1,0", "٣"} {
		want, err := strconv.Atoi(s)
		got, ok := shortAtoi(s)
		if ok != (err == nil) || ok && got != want {
			t.Errorf("shortAtoi(%q) = %d, %v; strconv.Atoi: %d, %v", s, got, ok, want, err)
		}
	}
}
