package eval

import (
	"fmt"
	"strconv"
	"strings"
)

// object is a JSON object whose keys keep their insertion order, as Python dicts do; the
// JSON report must have the key order score.py prints.
type object []member

type member struct {
	key   string
	value any
}

// writeJSON renders v as json.dumps(v, indent=2, ensure_ascii=False) does. Values are
// object, []any, []string, string, int and float64.
func writeJSON(b *strings.Builder, v any, depth int) {
	indent := func(d int) { b.WriteString("\n" + strings.Repeat("  ", d)) }
	switch v := v.(type) {
	case object:
		if len(v) == 0 {
			b.WriteString("{}")
			return
		}
		b.WriteByte('{')
		for i, m := range v {
			if i > 0 {
				b.WriteByte(',')
			}
			indent(depth + 1)
			writeString(b, m.key)
			b.WriteString(": ")
			writeJSON(b, m.value, depth+1)
		}
		indent(depth)
		b.WriteByte('}')
	case []string:
		items := make([]any, len(v))
		for i, s := range v {
			items[i] = s
		}
		writeJSON(b, items, depth)
	case []any:
		if len(v) == 0 {
			b.WriteString("[]")
			return
		}
		b.WriteByte('[')
		for i, item := range v {
			if i > 0 {
				b.WriteByte(',')
			}
			indent(depth + 1)
			writeJSON(b, item, depth+1)
		}
		indent(depth)
		b.WriteByte(']')
	case string:
		writeString(b, v)
	case int:
		b.WriteString(strconv.Itoa(v))
	case float64:
		b.WriteString(pyFloat(v))
	default:
		panic(fmt.Sprintf("writeJSON: unsupported %T", v))
	}
}

// writeString quotes s as Python's json module does with ensure_ascii=False: only the quote,
// the backslash and control characters are escaped.
func writeString(b *strings.Builder, s string) {
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		case '\b':
			b.WriteString(`\b`)
		case '\f':
			b.WriteString(`\f`)
		default:
			if r < 0x20 {
				fmt.Fprintf(b, `\u%04x`, r)
			} else {
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
}
