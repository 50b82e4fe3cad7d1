package report

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// The table format is for a person at a terminal, so it never cuts a cell: a row that does not
// fit the width is wrapped within its columns, and when the columns cannot all get a readable
// width, each row is printed as a block of "column  value" lines instead. Columns that hold the
// same value in every row are printed once above the table, and columns empty in every row are
// named below it, so repeated and blank cells do not push the evidence off the screen.

const (
	// minWrapWidth is the narrowest a wrapped column may become; narrower, and the words of an
	// evidence sentence break mid-word on almost every line, so the block layout reads better.
	minWrapWidth = 16
	colGap       = " | "
)

func width(s string) int { return utf8.RuneCountInString(s) }

// grid is a table's cells as one-line text, with the columns kept for the table split from the
// ones shown once (constant) or not at all (empty).
type grid struct {
	columns  []string     // the columns shown in the table
	rows     [][]string   // their cells
	items    [][][]string // the items of list cells with more than one, else nil
	constant [][2]string
	empty    []string
	total    int // rows in the result
}

func newGrid(t Table) grid {
	g := grid{total: len(t.Rows)}
	cells := make([][]string, len(t.Rows))
	items := make([][][]string, len(t.Rows))
	for r, row := range t.Rows {
		cells[r] = make([]string, len(t.Columns))
		items[r] = make([][]string, len(t.Columns))
		for i := range t.Columns {
			if i < len(row) {
				cells[r][i] = cell(row[i])
				items[r][i] = listItems(row[i])
			}
		}
	}
	keep := make([]int, 0, len(t.Columns))
	for i, c := range t.Columns {
		same, blank := true, true
		for r := range cells {
			if cells[r][i] != "" {
				blank = false
			}
			if cells[r][i] != cells[0][i] {
				same = false
			}
		}
		switch {
		case len(cells) > 1 && blank:
			g.empty = append(g.empty, c)
		case len(cells) > 1 && same:
			g.constant = append(g.constant, [2]string{c, cells[0][i]})
		default:
			keep = append(keep, i)
		}
	}
	if len(keep) == 0 {
		// Every row is the same: show them as they are rather than an empty table.
		g.constant, g.empty = nil, nil
		for i := range t.Columns {
			keep = append(keep, i)
		}
	}
	for _, i := range keep {
		g.columns = append(g.columns, t.Columns[i])
	}
	g.rows = make([][]string, len(cells))
	g.items = make([][][]string, len(cells))
	for r := range cells {
		g.rows[r] = make([]string, len(keep))
		g.items[r] = make([][]string, len(keep))
		for j, i := range keep {
			g.rows[r][j] = cells[r][i]
			g.items[r][j] = items[r][i]
		}
	}
	return g
}

// writeTable renders t within maxLine characters per line (0: no limit, one line per row).
func writeTable(w io.Writer, t Table, maxLine int) error {
	if len(t.Columns) == 0 {
		// A statement without RETURN (e.g. kg query --write 'CREATE ...') has no columns.
		_, err := fmt.Fprintf(w, "(no columns, %d %s)\n", len(t.Rows), plural(len(t.Rows), "row", "rows"))
		return err
	}
	g := newGrid(t)
	var b bytes.Buffer
	for _, kv := range g.constant {
		writeLabelled(&b, kv[0]+": ", kv[1], nil, maxLine)
	}
	if len(g.constant) > 0 {
		b.WriteString("\n")
	}
	if widths, ok := g.columnWidths(maxLine); ok {
		g.writeColumns(&b, widths)
	} else {
		g.writeBlocks(&b, maxLine)
		b.WriteString("\n")
	}
	fmt.Fprintf(&b, "(%d %s", g.total, plural(g.total, "row", "rows"))
	if len(g.empty) > 0 {
		fmt.Fprintf(&b, "; empty in every row: %s", strings.Join(g.empty, ", "))
	}
	b.WriteString(")\n")
	_, err := w.Write(b.Bytes())
	return err
}

// columnWidths gives each column its natural width when the row fits maxLine, and otherwise
// shares the room out, narrowest columns first, so short columns stay whole and the long ones
// wrap. ok is false when some column would be narrower than its header or minWrapWidth.
func (g grid) columnWidths(maxLine int) ([]int, bool) {
	n := len(g.columns)
	natural := make([]int, n)
	least := make([]int, n)
	sum := width(colGap) * (n - 1)
	for i, c := range g.columns {
		natural[i] = width(c)
		for _, row := range g.rows {
			natural[i] = max(natural[i], width(row[i]))
		}
		least[i] = max(width(c), min(natural[i], minWrapWidth))
		sum += natural[i]
	}
	if maxLine <= 0 || sum <= maxLine {
		return natural, true
	}
	room := maxLine - width(colGap)*(n-1)
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	// Narrowest first: a column that fits an equal share of what is left keeps its natural
	// width; the wider ones then share the rest in proportion to their natural widths.
	for i := 1; i < n; i++ {
		for j := i; j > 0 && natural[order[j]] < natural[order[j-1]]; j-- {
			order[j], order[j-1] = order[j-1], order[j]
		}
	}
	widths := make([]int, n)
	k := 0
	for ; k < n; k++ {
		i := order[k]
		if natural[i] > room/(n-k) {
			break
		}
		widths[i] = natural[i]
		room -= widths[i]
	}
	wide := order[k:]
	total := 0
	for _, i := range wide {
		total += natural[i]
	}
	used := 0
	for _, i := range wide {
		widths[i] = max(least[i], room*natural[i]/total)
		used += widths[i]
	}
	// Rounding and the minimums may leave the sum off by a few: settle it on the widest
	// columns, and give up on columns when even the minimums do not fit.
	for j := len(wide) - 1; used < room && len(wide) > 0; j-- {
		if j < 0 {
			j = len(wide) - 1
		}
		if widths[wide[j]] < natural[wide[j]] {
			widths[wide[j]]++
		}
		used++
	}
	for used > room {
		shrunk := false
		for j := len(wide) - 1; j >= 0 && used > room; j-- {
			if widths[wide[j]] > least[wide[j]] {
				widths[wide[j]]--
				used--
				shrunk = true
			}
		}
		if !shrunk {
			return nil, false
		}
	}
	return widths, true
}

func (g grid) writeColumns(b *bytes.Buffer, widths []int) {
	line := func(vals []string) {
		var l strings.Builder
		for i, s := range vals {
			if i > 0 {
				l.WriteString(colGap)
			}
			l.WriteString(s)
			l.WriteString(strings.Repeat(" ", widths[i]-width(s)))
		}
		text := strings.TrimRight(l.String(), " ")
		if text == "" {
			// A row with nothing in any column still takes its line, so rows are not lost
			// and a blank line keeps meaning "next row".
			text = strings.Repeat(" ", max(widths[0], 1))
		}
		b.WriteString(text + "\n")
	}
	line(g.columns)
	sep := make([]string, len(widths))
	for i, n := range widths {
		sep[i] = strings.Repeat("-", n)
	}
	b.WriteString(strings.Join(sep, "-+-") + "\n")
	cells := make([][][]string, len(g.rows))
	spaced := false
	for r, row := range g.rows {
		cells[r] = make([][]string, len(row))
		for i, s := range row {
			cells[r][i] = wrapCell(s, g.items[r][i], widths[i])
			spaced = spaced || len(cells[r][i]) > 1
		}
	}
	for r, row := range cells {
		// Once rows take several lines, a blank line between rows shows where each ends.
		if spaced && r > 0 {
			b.WriteString("\n")
		}
		height := 1
		for _, l := range row {
			height = max(height, len(l))
		}
		for k := 0; k < height; k++ {
			vals := make([]string, len(row))
			for i := range row {
				if k < len(row[i]) {
					vals[i] = row[i][k]
				}
			}
			line(vals)
		}
	}
}

// fieldGap separates "column: value" fields packed on one line of a block. Cells never hold
// two spaces in a row (cell collapses them), so the gap cannot be mistaken for a value's.
const fieldGap = "   "

// writeBlocks prints one block per row: a "--- i of n ---" line, then its cells as
// "column: value" fields packed side by side up to maxLine, so short cells take a line or two
// between them; a value too long for a line starts its own and wraps under itself. Empty
// cells are left out.
func (g grid) writeBlocks(b *bytes.Buffer, maxLine int) {
	for r, row := range g.rows {
		if r > 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(b, "--- %d of %d ---\n", r+1, len(g.rows))
		line := ""
		flush := func() {
			if line != "" {
				b.WriteString(line + "\n")
				line = ""
			}
		}
		for i, c := range g.columns {
			if row[i] == "" {
				continue
			}
			field := c + ": " + row[i]
			switch {
			case maxLine > 0 && width(field) > maxLine:
				flush()
				writeLabelled(b, c+": ", row[i], g.items[r][i], maxLine)
			case line == "":
				line = field
			case maxLine <= 0 || width(line)+width(fieldGap)+width(field) <= maxLine:
				line += fieldGap + field
			default:
				flush()
				line = field
			}
		}
		flush()
	}
}

// writeLabelled writes label then value, wrapping the value to the room left on the line and
// indenting its continuation lines under its first.
func writeLabelled(b *bytes.Buffer, label, value string, items []string, maxLine int) {
	room := 0
	if maxLine > 0 {
		// Too narrow a terminal still gets a readable column of at least minWrapWidth.
		room = max(maxLine-width(label), minWrapWidth)
	}
	for k, l := range wrapCell(value, items, room) {
		if k == 0 {
			b.WriteString(label)
		} else {
			b.WriteString(strings.Repeat(" ", width(label)))
		}
		b.WriteString(l + "\n")
	}
}

// listItems returns the one-line texts of v's items when v is a list of more than one
// non-empty item, else nil.
func listItems(v any) []string {
	list, ok := v.([]any)
	if !ok {
		return nil
	}
	var out []string
	for _, e := range list {
		if s := cell(e); s != "" {
			out = append(out, s)
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// wrapCell wraps a cell to n characters. A list that does not fit on one line starts each
// item on a line of its own (ended by ";" as on one line), so that several evidence sentences
// read as several sentences.
func wrapCell(s string, items []string, n int) []string {
	if n <= 0 || width(s) <= n || len(items) == 0 {
		return wrap(s, n)
	}
	var lines []string
	for i, it := range items {
		if i < len(items)-1 {
			it += ";"
		}
		lines = append(lines, wrap(it, n)...)
	}
	return lines
}

// wrap breaks s into lines of at most n characters at spaces, breaking a word only when it
// is longer than a line. n <= 0 means no limit. Every character of s but the spaces where it
// breaks is kept.
func wrap(s string, n int) []string {
	if n <= 0 || width(s) <= n {
		return []string{s}
	}
	var lines []string
	var cur []rune
	for _, word := range strings.Fields(s) {
		wr := []rune(word)
		switch {
		case len(cur) == 0:
		case len(cur)+1+len(wr) <= n:
			cur = append(cur, ' ')
		default:
			lines = append(lines, string(cur))
			cur = cur[:0]
		}
		for len(cur)+len(wr) > n {
			// A word longer than the line: fill the line with its head, cut after a
			// separator ("VISITED|MET_WITH|...", a URL's "/") when there is one.
			cut := n - len(cur)
			for p := cut - 1; p > cut/2; p-- {
				if strings.ContainsRune("|/,;-", wr[p]) {
					cut = p + 1
					break
				}
			}
			lines = append(lines, string(append(cur, wr[:cut]...)))
			cur, wr = cur[:0], wr[cut:]
		}
		cur = append(cur, wr...)
	}
	if len(cur) > 0 || len(lines) == 0 {
		lines = append(lines, string(cur))
	}
	return lines
}
