package report

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// Formats lists the output formats Write accepts.
var formats = []string{"table", "csv", "json", "markdown"}

// Formats returns the names of the output formats, for flag help and errors.
func Formats() []string { return append([]string(nil), formats...) }

// CheckFormat returns an error naming the accepted formats when f is not one of them.
func CheckFormat(f string) error {
	for _, ok := range formats {
		if f == ok {
			return nil
		}
	}
	return fmt.Errorf("unknown format %q; want one of %s", f, strings.Join(formats, ", "))
}

// Options tune the human-oriented formats.
type Options struct {
	// Width is the longest line the table format prints (0: no limit); rows wider than it
	// are wrapped, never cut. CSV, JSON and Markdown ignore it.
	Width int
}

// Write renders t in the given format.
func Write(w io.Writer, t Table, format string, opts Options) error {
	switch format {
	case "table":
		return writeTable(w, t, opts.Width)
	case "csv":
		return writeCSV(w, t)
	case "json":
		return writeJSON(w, t)
	case "markdown":
		return writeMarkdown(w, t)
	}
	return CheckFormat(format)
}

func cell(v any) string {
	// One line per cell: evidence sentences may carry line breaks from the source text.
	return strings.Join(strings.Fields(text(v)), " ")
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

func writeCSV(w io.Writer, t Table) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(t.Columns); err != nil {
		return err
	}
	rec := make([]string, len(t.Columns))
	for _, row := range t.Rows {
		for i, v := range row {
			rec[i] = text(v)
		}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// writeJSON writes an array of objects whose keys keep the column order, so the JSON reads
// like the table.
func writeJSON(w io.Writer, t Table) error {
	var b bytes.Buffer
	b.WriteString("[")
	for r, row := range t.Rows {
		if r > 0 {
			b.WriteString(",")
		}
		b.WriteString("\n  {")
		for i, v := range row {
			if i > 0 {
				b.WriteString(", ")
			}
			k, err := json.Marshal(t.Columns[i])
			if err != nil {
				return err
			}
			val, err := json.Marshal(v)
			if err != nil {
				return fmt.Errorf("encoding column %s: %w", t.Columns[i], err)
			}
			b.Write(k)
			b.WriteString(": ")
			b.Write(val)
		}
		b.WriteString("}")
	}
	if len(t.Rows) > 0 {
		b.WriteString("\n")
	}
	b.WriteString("]\n")
	_, err := w.Write(b.Bytes())
	return err
}

func writeMarkdown(w io.Writer, t Table) error {
	var b bytes.Buffer
	esc := func(s string) string { return strings.ReplaceAll(cell(s), "|", `\|`) }
	hdr := make([]string, len(t.Columns))
	for i, c := range t.Columns {
		hdr[i] = esc(c)
	}
	b.WriteString("| " + strings.Join(hdr, " | ") + " |\n")
	b.WriteString("|" + strings.Repeat(" --- |", len(t.Columns)) + "\n")
	for _, row := range t.Rows {
		vals := make([]string, len(row))
		for i, v := range row {
			vals[i] = esc(text(v))
		}
		b.WriteString("| " + strings.Join(vals, " | ") + " |\n")
	}
	_, err := w.Write(b.Bytes())
	return err
}
