package extract

import (
	"bytes"
	"encoding/json"
	"reflect"
	"testing"
)

// encoderLine is what the jsonl writer wrote before appendJSON: encoding/json without HTML
// escaping, one line per record.
func encoderLine(t testing.TB, v any) []byte {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestRecordJSONMatchesEncoder holds the hand-written record encoders to encoding/json's
// bytes: every field set and unset, and strings that need each kind of escape.
func TestRecordJSONMatchesEncoder(t *testing.T) {
	item, date := "Shahed-136", "2024-02-03"
	strs := []string{"", "plain", `say "no"`, `back\slash`, "tab\tnew\nline\rcr\bff\f", "\x00\x01\x1f\x7f",
		"<b>&amp;</b>", "Zelenskyy’s “peace” — São Tomé", "bad \xff utf8 \xe2\x80", "sep\u2028par\u2029end", "日本"}
	var s jsonStrings
	for _, v := range strs {
		rel := relationRecord{Kind: "relation", Doc: v, Type: "SUPPLIED", Src: "iran", Dst: v, Evidence: v,
			Polarity: "positive", Modality: "asserted", Sentence: 12, Dates: []string{}}
		full := rel
		full.Item, full.Date, full.Role, full.Attribution, full.Quantity, full.Rule, full.Past = &item, &date, v+"r", v+"a", "3", v+"rule", true
		full.Dates, full.Sentence = []string{date, v}, -1
		// Every field set (for a non-empty v): a field added to relationRecord but not to
		// appendJSON fails here, even one tagged omitempty.
		for i, f := 0, reflect.ValueOf(full); i < f.NumField() && v != ""; i++ {
			if f.Field(i).IsZero() {
				t.Fatalf("relationRecord.%s is not set in the full record", f.Type().Field(i).Name)
			}
		}
		for _, r := range []relationRecord{rel, full} {
			if got, want := r.appendJSON(nil, &s), encoderLine(t, &r); !bytes.Equal(got, want) {
				t.Errorf("relation %q:\n got %s\nwant %s", v, got, want)
			}
		}
		for _, surfaces := range [][]string{{}, {v}, {v, "x", v}} {
			e := entityRecord{Kind: "entity", Doc: "d", ID: v, Type: "Person", Name: v, Surfaces: surfaces}
			if got, want := e.appendJSON(nil, &s), encoderLine(t, &e); !bytes.Equal(got, want) {
				t.Errorf("entity %q:\n got %s\nwant %s", v, got, want)
			}
		}
	}
}

// FuzzJSONString: any string appends as encoding/json writes it.
func FuzzJSONString(f *testing.F) {
	for _, v := range []string{"", "plain", `"\`, "\x00\n", "\u2028", "\xff", "é"} {
		f.Add(v)
	}
	var s jsonStrings
	f.Fuzz(func(t *testing.T, v string) {
		want := bytes.TrimSuffix(encoderLine(t, v), []byte{'\n'})
		if got := s.append(nil, v); !bytes.Equal(got, want) {
			t.Errorf("%q:\n got %s\nwant %s", v, got, want)
		}
	})
}

// TestJSONStringEveryPosition: each byte that may need a look, at every position of a string
// longer than the eight-byte chunks jsonPlain skips, appends as encoding/json writes it.
func TestJSONStringEveryPosition(t *testing.T) {
	var s jsonStrings
	for _, c := range []byte{0x00, 0x1f, 0x20, '"', '\\', 0x21, 0x5b, 0x5d, 0x7f, 0x80, 0xe2, 0xff} {
		for pos := range 27 {
			b := []byte("abcdefghijklmnopqrstuvwxyz!")
			b[pos] = c
			v := string(b)
			want := bytes.TrimSuffix(encoderLine(t, v), []byte{'\n'})
			if got := s.append(nil, v); !bytes.Equal(got, want) {
				t.Errorf("%q:\n got %s\nwant %s", v, got, want)
			}
		}
	}
}
