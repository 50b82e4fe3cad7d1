package extract

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// PDFs are read with poppler's pdftotext, the maintained reference for PDF text: it puts a
// page's text in reading order (columns one after the other) and marks pages with form
// feeds. What a reader does not read is removed here: running headers and footers (lines
// repeated at the top or bottom of the pages), page numbers, footnote markers after words,
// and hyphens that break words across lines. Footnotes move to the end of the text. Lines
// are joined into paragraphs, which a blank line separates. The date comes from a date line
// or a `Published:` line on the first page, else from the information dictionary (pdfinfo).

// PDFToTextInstall is how to get pdftotext when it is missing.
const PDFToTextInstall = "reading PDFs needs poppler's pdftotext, which is not on PATH: install it with `apt-get install poppler-utils` (Debian, Ubuntu) or `brew install poppler` (macOS)"

func convertPDF(ctx context.Context, _ string, data []byte) (string, error) {
	bin, err := exec.LookPath("pdftotext")
	if err != nil {
		return "", errors.New(PDFToTextInstall)
	}
	if !bytes.HasPrefix(bytes.TrimLeft(data, " \t\r\n"), []byte("%PDF-")) {
		return "", errors.New("not a PDF file (no %PDF- header)")
	}
	out, err := runTool(ctx, data, bin, "-enc", "UTF-8", "-eol", "unix", "-", "-")
	if err != nil {
		return "", fmt.Errorf("pdftotext: %w", err)
	}
	if !utf8.Valid(out) {
		out = bytes.ToValidUTF8(out, []byte("\uFFFD"))
	}
	info := ""
	if bin, err := exec.LookPath("pdfinfo"); err == nil {
		if o, err := runTool(ctx, data, bin, "-isodates", "-"); err == nil {
			info = pdfInfoDate(string(o))
		}
	}
	text := cleanPDFText(string(out), info)
	if strings.TrimSpace(text) == "" {
		return "", errors.New("no text in the PDF (a scanned image? kg reads no images)")
	}
	return text, nil
}

// runTool runs a poppler tool with data on its standard input.
func runTool(ctx context.Context, data []byte, bin string, args ...string) ([]byte, error) {
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Stdin = bytes.NewReader(data)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		msg := strings.TrimSpace(stderr.String())
		if i := strings.IndexByte(msg, '\n'); i >= 0 {
			msg = msg[:i]
		}
		if msg != "" {
			return nil, fmt.Errorf("%v: %s", err, msg)
		}
		return nil, err
	}
	return out, nil
}

// pdfInfoDate reads the creation date from `pdfinfo -isodates` output.
func pdfInfoDate(info string) string {
	sc := bufio.NewScanner(strings.NewReader(info))
	for sc.Scan() {
		k, v, ok := strings.Cut(sc.Text(), ":")
		if ok && strings.TrimSpace(k) == "CreationDate" {
			return parseDateValue(v)
		}
	}
	return ""
}

var (
	pageNumberLine = regexp.MustCompile(`(?i)^(?:page\s+)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:of|/)\s*\d{1,4})?$`)
	digitsRun      = regexp.MustCompile(`\d+`)
	// footnoteLine opens a footnote at the foot of a page: its number, then its text.
	footnoteLine = regexp.MustCompile(`^([1-9]\d?)[\s.)]\s*\S`)
	superscripts = strings.NewReplacer("¹", "", "²", "", "³", "", "⁴", "", "⁵", "", "⁶", "", "⁷", "", "⁸", "", "⁹", "", "⁰", "")
)

// edgeLines is how many lines at the top and at the bottom of a page may be running
// headers, footers or page numbers.
const edgeLines = 3

// cleanPDFText turns pdftotext output into paragraphs with a header block.
func cleanPDFText(raw, infoDate string) string {
	pages := strings.Split(strings.TrimRight(raw, "\f\n"), "\f")
	lines := make([][]string, len(pages))
	for i, p := range pages {
		lines[i] = strings.Split(p, "\n")
	}
	repeated := runningLines(lines)
	var notes []string
	var paras []string
	for pi, page := range lines {
		page = dropEdges(page, repeated)
		body, foot := splitFootnotes(page)
		for _, n := range foot {
			notes = append(notes, n)
		}
		for _, para := range joinParagraphs(body) {
			// A paragraph broken by a page or a column goes on in lower case.
			if pi > 0 && len(paras) > 0 && len(para) > 0 && startsLower(para) && !endsSentence(paras[len(paras)-1]) {
				paras[len(paras)-1] = joinLine(paras[len(paras)-1], para)
				continue
			}
			paras = append(paras, para)
		}
	}
	markers := map[string]bool{}
	for i, n := range notes {
		m := footnoteLine.FindStringSubmatch(n)
		markers[m[1]] = true
		notes[i] = strings.TrimSpace(n[len(m[1]):])
	}
	for i := range paras {
		paras[i] = dropMarkers(superscripts.Replace(paras[i]), markers)
	}
	paras = append(paras, notes...)
	return withPDFHeader(paras, infoDate)
}

// runningLines are the lines (digits masked) that stand at the top or bottom of at least
// half of the pages, two at least: running headers and footers.
func runningLines(pages [][]string) map[string]bool {
	count := map[string]int{}
	for _, page := range pages {
		seen := map[string]bool{}
		for _, k := range edgeIndexes(page) {
			key := maskDigits(page[k])
			if key != "" && !seen[key] {
				seen[key] = true
				count[key]++
			}
		}
	}
	out := map[string]bool{}
	for k, n := range count {
		if n >= 2 && n*2 >= len(pages) {
			out[k] = true
		}
	}
	return out
}

// edgeIndexes are the indexes of the first and last non-blank lines of a page.
func edgeIndexes(page []string) []int {
	var idx []int
	for k, n := 0, 0; k < len(page) && n < edgeLines; k++ {
		if strings.TrimSpace(page[k]) != "" {
			idx = append(idx, k)
			n++
		}
	}
	for k, n := len(page)-1, 0; k >= 0 && n < edgeLines; k-- {
		if strings.TrimSpace(page[k]) != "" {
			idx = append(idx, k)
			n++
		}
	}
	return idx
}

func maskDigits(s string) string { return digitsRun.ReplaceAllString(oneLine(s), "#") }

// dropEdges blanks running headers, footers and page numbers at a page's edges.
func dropEdges(page []string, repeated map[string]bool) []string {
	out := append([]string(nil), page...)
	for _, k := range edgeIndexes(page) {
		l := oneLine(page[k])
		if repeated[maskDigits(l)] || pageNumberLine.MatchString(l) {
			out[k] = ""
		}
	}
	return out
}

// splitFootnotes separates the footnotes at the foot of a page: from the last line that
// opens with a footnote number and is preceded by a blank line, to the end.
func splitFootnotes(page []string) (body, notes []string) {
	end := len(page)
	for end > 0 && strings.TrimSpace(page[end-1]) == "" {
		end--
	}
	start := -1
	for k := end - 1; k > 0 && k >= end-12; k-- {
		if footnoteLine.MatchString(strings.TrimSpace(page[k])) && strings.TrimSpace(page[k-1]) == "" {
			start = k
			// Earlier notes of the same block: keep going up while the block continues.
		}
		if strings.TrimSpace(page[k]) == "" && start >= 0 && !footnoteLine.MatchString(strings.TrimSpace(page[k+1])) {
			break
		}
	}
	if start < 0 {
		return page, nil
	}
	for _, para := range joinParagraphs(page[start:end]) {
		if footnoteLine.MatchString(para) {
			notes = append(notes, para)
		} else if len(notes) > 0 {
			notes[len(notes)-1] = joinLine(notes[len(notes)-1], para)
		}
	}
	return page[:start], notes
}

// joinParagraphs joins lines into paragraphs at blank lines, joining words hyphenated
// across lines. A metadata key line ("Published: ...") stays a line of its own.
func joinParagraphs(lines []string) []string {
	var out []string
	cur := ""
	flush := func() {
		if cur != "" {
			out = append(out, cur)
			cur = ""
		}
	}
	for _, l := range lines {
		l = oneLine(l)
		switch {
		case l == "":
			flush()
		case isKeyLine(l):
			if cur != "" {
				cur += "\n" + l
			} else {
				cur = l
			}
		case cur == "":
			cur = l
		default:
			if k := strings.LastIndexByte(cur, '\n'); k >= 0 && isKeyLine(cur[k+1:]) {
				cur += "\n" + l
			} else {
				cur = joinLine(cur, l)
			}
		}
	}
	flush()
	return out
}

func isKeyLine(l string) bool {
	_, _, ok := keyLine(l)
	return ok
}

// joinLine joins two lines of one paragraph; a word hyphenated at the break is made whole
// ("mili-" + "tary"), a compound keeps its hyphen ("Russia-" + "DPRK").
func joinLine(a, b string) string {
	if strings.HasSuffix(a, "-") && len(a) >= 2 {
		prev, _ := utf8.DecodeLastRuneInString(a[:len(a)-1])
		if unicode.IsLower(prev) && startsLower(b) {
			return a[:len(a)-1] + b
		}
		return a + b
	}
	return a + " " + b
}

func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

func endsSentence(s string) bool {
	s = strings.TrimRight(s, "\"”’)")
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, ":")
}

// footnoteMarker: a footnote number stuck to the end of a word or after its punctuation
// ("Pyongyang.1 The", "visit2,").
var footnoteMarker = regexp.MustCompile(`([\p{Ll}.,;:”’")])([1-9]\d?)([\s.,;:]|$)`)

// dropMarkers removes footnote markers whose numbers the page's footnotes use.
func dropMarkers(s string, markers map[string]bool) string {
	if len(markers) == 0 {
		return s
	}
	return footnoteMarker.ReplaceAllStringFunc(s, func(m string) string {
		sub := footnoteMarker.FindStringSubmatch(m)
		if !markers[sub[2]] {
			return m
		}
		return sub[1] + sub[3]
	})
}

// withPDFHeader writes the paragraphs under a header block. A header block already at the
// top of the text is kept as it is; otherwise the first paragraph, when short and without
// a final stop, is the headline, and the date is a date line near the top of the first page
// or the information dictionary's.
func withPDFHeader(paras []string, infoDate string) string {
	text := strings.Join(paras, "\n\n") + "\n"
	h := parseHeader(text)
	var m Meta
	for _, v := range h.values {
		v.field(&m, v.value)
	}
	if m.Published != "" || len(paras) == 0 {
		return text
	}
	published := infoDate
	rest := paras
	headline := ""
	if len(paras[0]) <= 200 && !endsSentence(paras[0]) && len(paras) > 1 {
		headline, rest = paras[0], paras[1:]
	}
	// A dateline on its own near the top: "18 October 2024".
	for i := 0; i < len(rest) && i < 3; i++ {
		if len(rest[i]) <= 40 {
			if d := parseDateValue(rest[i]); len(d) == 10 && strings.Contains(rest[i], strconv.Itoa(yearOfISO(d))) {
				published = d
				rest = append(append([]string(nil), rest[:i]...), rest[i+1:]...)
				break
			}
		}
	}
	var b strings.Builder
	writeHeader(&b, headline, published, "", "")
	b.WriteString(strings.Join(rest, "\n\n"))
	b.WriteString("\n")
	return b.String()
}

func yearOfISO(d string) int {
	y, _ := strconv.Atoi(d[:4])
	return y
}
