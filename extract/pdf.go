package extract

import (
	"bytes"
	"cmp"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"os/exec"
	"regexp"
	"slices"
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
// or a `Published:` line on the first page, else from the information dictionary's creation
// date (which pdftotext's -bbox-layout output carries).

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
	// -bbox-layout gives pdftotext's blocks with their boxes, from which the reading order
	// across columns and the page furniture are worked out below.
	out, err := runTool(ctx, data, bin, "-bbox-layout", "-enc", "UTF-8", "-", "-")
	if err != nil {
		return "", fmt.Errorf("pdftotext: %w", err)
	}
	var doc pdfDoc
	if err := xml.Unmarshal(bytes.ToValidUTF8(out, []byte("\uFFFD")), &doc); err != nil {
		return "", fmt.Errorf("reading pdftotext output: %w", err)
	}
	text := doc.text()
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

// pdfDoc is pdftotext's -bbox-layout output: pages of flows of blocks of lines of words.
type pdfDoc struct {
	Meta []struct {
		Name    string `xml:"name,attr"`
		Content string `xml:"content,attr"`
	} `xml:"head>meta"`
	Pages []pdfPage `xml:"body>doc>page"`
}

type pdfPage struct {
	Height float64    `xml:"height,attr"`
	Blocks []pdfBlock `xml:"flow>block"`
}

type pdfBox struct {
	XMin float64 `xml:"xMin,attr"`
	YMin float64 `xml:"yMin,attr"`
	XMax float64 `xml:"xMax,attr"`
	YMax float64 `xml:"yMax,attr"`
}

type pdfBlock struct {
	pdfBox
	Lines []pdfLine `xml:"line"`
}

type pdfLine struct {
	pdfBox
	Words []pdfWord `xml:"word"`
}

type pdfWord struct {
	pdfBox
	Text string `xml:",chardata"`
}

func (b pdfBox) height() float64 { return b.YMax - b.YMin }

var (
	pageNumberLine = regexp.MustCompile(`(?i)^(?:page\s+)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:of|/)\s*\d{1,4})?$`)
	digitsRun      = regexp.MustCompile(`\d+`)
	noteNumber     = regexp.MustCompile(`^[1-9]\d?$`)
	superscripts   = strings.NewReplacer("¹", "", "²", "", "³", "", "⁴", "", "⁵", "", "⁶", "", "⁷", "", "⁸", "", "⁹", "", "⁰", "")
)

// edgeBlocks is how many blocks at the top and at the bottom of a page may be running
// headers, footers or page numbers.
const edgeBlocks = 2

// text assembles the document: furniture removed, blocks in reading order, paragraphs one
// blank line apart, footnotes at the end, under a header block with the date.
func (d pdfDoc) text() string {
	body := d.bodyHeight()
	repeated := d.runningBlocks()
	var paras, notes []string
	for _, page := range d.Pages {
		blocks := page.sortedByTop()
		edges := edgeSet(len(blocks))
		var kept []pdfBlock
		for i, b := range blocks {
			t := oneLine(b.plain())
			if edges[i] && (repeated[maskDigits(t)] || pageNumberLine.MatchString(t)) {
				continue
			}
			// A footnote: small print opening with its number, in the lower part of the page.
			if first := b.firstWord(); noteNumber.MatchString(first) && b.wordHeight() < 0.85*body && b.YMin > page.Height*0.6 {
				notes = append(notes, strings.TrimSpace(strings.TrimPrefix(b.paragraph(body), first)))
				continue
			}
			kept = append(kept, b)
		}
		for _, b := range readingOrder(kept) {
			para := b.paragraph(body)
			if para == "" {
				continue
			}
			// A paragraph broken by a column or a page: the last one stops mid-sentence and
			// is no heading, or this one goes on in lower case.
			if prev := len(paras) - 1; prev >= 0 && !endsSentence(paras[prev]) && !strings.Contains(paras[prev], "\n") &&
				(startsLower(para) || len(paras[prev]) > 120) {
				paras[len(paras)-1] = joinLine(paras[len(paras)-1], para)
				continue
			}
			paras = append(paras, para)
		}
	}
	paras = append(paras, notes...)
	return withPDFHeader(paras, d.creationDate())
}

func (d pdfDoc) creationDate() string {
	for _, m := range d.Meta {
		if m.Name == "CreationDate" {
			return parseDateValue(m.Content)
		}
	}
	return ""
}

// bodyHeight is the median word height: the body text's size.
func (d pdfDoc) bodyHeight() float64 {
	var hs []float64
	for _, p := range d.Pages {
		for _, b := range p.Blocks {
			hs = b.appendHeights(hs)
		}
	}
	return median(hs)
}

// runningBlocks are the texts (digits masked) of blocks that stand at the top or bottom of
// at least half of the pages, two at least: running headers and footers.
func (d pdfDoc) runningBlocks() map[string]bool {
	count := map[string]int{}
	for _, p := range d.Pages {
		blocks := p.sortedByTop()
		seen := map[string]bool{}
		for i := range edgeSet(len(blocks)) {
			key := maskDigits(blocks[i].plain())
			if key != "" && !seen[key] {
				seen[key] = true
				count[key]++
			}
		}
	}
	out := map[string]bool{}
	for k, n := range count {
		if n >= 2 && n*2 >= len(d.Pages) {
			out[k] = true
		}
	}
	return out
}

func edgeSet(n int) map[int]bool {
	out := map[int]bool{}
	for i := 0; i < n && i < edgeBlocks; i++ {
		out[i], out[n-1-i] = true, true
	}
	return out
}

func (p pdfPage) sortedByTop() []pdfBlock {
	blocks := slices.Clone(p.Blocks)
	slices.SortStableFunc(blocks, func(a, b pdfBlock) int { return cmp.Compare(a.YMin, b.YMin) })
	return blocks
}

func maskDigits(s string) string { return digitsRun.ReplaceAllString(oneLine(s), "#") }

func (b pdfBlock) plain() string {
	var parts []string
	for _, l := range b.Lines {
		for _, w := range l.Words {
			parts = append(parts, w.Text)
		}
	}
	return strings.Join(parts, " ")
}

func (b pdfBlock) firstWord() string {
	if len(b.Lines) == 0 || len(b.Lines[0].Words) == 0 {
		return ""
	}
	return b.Lines[0].Words[0].Text
}

func (b pdfBlock) wordHeight() float64 { return median(b.appendHeights(nil)) }

func (b pdfBlock) appendHeights(hs []float64) []float64 {
	for _, l := range b.Lines {
		for _, w := range l.Words {
			hs = append(hs, w.height())
		}
	}
	return hs
}

// median of hs (sorted in place), 0 for none.
func median(hs []float64) float64 {
	if len(hs) == 0 {
		return 0
	}
	slices.Sort(hs)
	return hs[len(hs)/2]
}

// paragraph joins the block's lines, dropping footnote markers (small raised numbers) and
// joining words hyphenated across lines. A metadata key line stays a line of its own.
func (b pdfBlock) paragraph(body float64) string {
	var lines []string
	for _, l := range b.Lines {
		var words []string
		for _, w := range l.Words {
			if body > 0 && w.height() < 0.8*body && noteNumber.MatchString(w.Text) && b.wordHeight() >= 0.85*body {
				continue // a footnote marker set small
			}
			words = append(words, superscripts.Replace(w.Text))
		}
		if line := oneLine(strings.Join(words, " ")); line != "" {
			lines = append(lines, line)
		}
	}
	return strings.Join(joinParagraphs(lines), "\n")
}

// readingOrder puts a page's blocks in reading order: blocks that span the columns cut the
// page into bands, read top to bottom; inside a band the columns are read left to right,
// each top to bottom.
func readingOrder(blocks []pdfBlock) []pdfBlock {
	if len(blocks) < 2 {
		return blocks
	}
	left, right := blocks[0].XMin, blocks[0].XMax
	for _, b := range blocks {
		left, right = min(left, b.XMin), max(right, b.XMax)
	}
	wide := func(b pdfBlock) bool { return b.XMax-b.XMin > 0.6*(right-left) }
	var out, band []pdfBlock
	flush := func() {
		out = append(out, byColumns(band)...)
		band = nil
	}
	for _, b := range blocks { // sorted by top
		if wide(b) {
			flush()
			out = append(out, b)
			continue
		}
		band = append(band, b)
	}
	flush()
	return out
}

// byColumns groups blocks whose horizontal extents overlap into columns, left to right.
func byColumns(blocks []pdfBlock) []pdfBlock {
	type column struct {
		x0, x1 float64
		blocks []pdfBlock
	}
	var cols []*column
	for _, b := range blocks {
		var c *column
		for _, k := range cols {
			if b.XMin < k.x1 && b.XMax > k.x0 {
				c = k
				break
			}
		}
		if c == nil {
			c = &column{x0: b.XMin, x1: b.XMax}
			cols = append(cols, c)
		}
		c.x0, c.x1 = min(c.x0, b.XMin), max(c.x1, b.XMax)
		c.blocks = append(c.blocks, b)
	}
	slices.SortStableFunc(cols, func(a, b *column) int { return cmp.Compare(a.x0, b.x0) })
	var out []pdfBlock
	for _, c := range cols {
		out = append(out, c.blocks...)
	}
	return out
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

// withPDFHeader writes the paragraphs under a header block. The first paragraph, when short
// and without a final stop, is the headline; key lines after it ("Published: ...") join the
// block; without a Published line the date is a date line near the top of the first page,
// else the creation date of the information dictionary.
func withPDFHeader(paras []string, infoDate string) string {
	var head []string
	rest := paras
	if len(rest) > 1 && len(rest[0]) <= 200 && !endsSentence(rest[0]) && !isKeyLine(rest[0]) {
		head, rest = append(head, rest[0]), rest[1:]
	}
	published := ""
	for len(rest) > 0 && isKeyLine(strings.SplitN(rest[0], "\n", 2)[0]) {
		for _, l := range strings.Split(rest[0], "\n") {
			head = append(head, l)
			if f, v, ok := keyLine(l); ok {
				var m Meta
				f(&m, v)
				if m.Published != "" {
					published = m.Published
				}
			}
		}
		rest = rest[1:]
	}
	if published == "" {
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
		if published == "" {
			published = infoDate
		}
		if published != "" {
			head = append(head, "Published: "+published)
		}
	}
	var b strings.Builder
	if len(head) > 0 {
		b.WriteString(strings.Join(head, "\n"))
		b.WriteString("\n\n")
	}
	b.WriteString(strings.Join(rest, "\n\n"))
	b.WriteString("\n")
	return b.String()
}

func yearOfISO(d string) int {
	y, _ := strconv.Atoi(d[:4])
	return y
}
