package extract

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/go-pdf/fpdf"
)

// pdfLayout describes a PDF to render for a test: a page of the given size with a running
// header and a page number on every page, the headline and metadata lines across the top of
// the first page, and the paragraphs flowed through the columns. A "{1}" in a paragraph is
// a footnote marker: a raised small "1" after the word, with the footnote at the foot of
// that page.
type pdfLayout struct {
	size          string // "A4", "A5"
	columns       int
	fontSize      float64
	runningHeader string
	headline      string
	meta          []string
	paras         []string
	footnote      string
}

func renderPDF(t *testing.T, l pdfLayout) []byte {
	t.Helper()
	pdf := fpdf.New("P", "mm", l.size, "")
	pdf.SetAutoPageBreak(false, 0)
	pdf.SetCreator("kg test", true)
	tr := pdf.UnicodeTranslatorFromDescriptor("")
	pageW, pageH := pdf.GetPageSize()
	margin, gap := 10.0, 10.0
	colW := (pageW - 2*margin - float64(l.columns-1)*gap) / float64(l.columns)
	lineH := l.fontSize * 0.45
	bottom := pageH - 22
	page := 0
	newPage := func() {
		pdf.AddPage()
		page++
		pdf.SetFont("Helvetica", "I", 8)
		pdf.Text(margin, 8, tr(l.runningHeader))
		pdf.Text(pageW/2-2, pageH-6, fmt.Sprint(page))
	}
	newPage()
	y := 18.0
	if l.headline != "" {
		pdf.SetFont("Helvetica", "B", l.fontSize+4)
		for _, line := range wrapText(pdf, tr(l.headline), pageW-2*margin) {
			pdf.Text(margin, y, line)
			y += lineH * 1.5
		}
		y += lineH * 0.5
	}
	pdf.SetFont("Helvetica", "", l.fontSize-2)
	for _, m := range l.meta {
		pdf.Text(margin, y, tr(m))
		y += lineH
	}
	y += lineH
	colTop, col := y, 0
	x := margin
	advance := func() {
		y += lineH
		if y <= bottom {
			return
		}
		col++
		if col == l.columns {
			newPage()
			col, colTop = 0, 18
		}
		x, y = margin+float64(col)*(colW+gap), colTop
	}
	for _, p := range l.paras {
		pdf.SetFont("Helvetica", "", l.fontSize)
		for _, line := range wrapText(pdf, tr(p), colW) {
			before, after, marked := strings.Cut(line, "{1}")
			pdf.SetFont("Helvetica", "", l.fontSize)
			pdf.Text(x, y, before)
			if marked {
				w := pdf.GetStringWidth(before)
				pdf.SetFont("Helvetica", "", l.fontSize*0.6)
				pdf.Text(x+w, y-lineH*0.25, "1")
				mw := pdf.GetStringWidth("1")
				pdf.SetFont("Helvetica", "", l.fontSize)
				pdf.Text(x+w+mw, y, after)
				pdf.SetFont("Helvetica", "", l.fontSize*0.7)
				pdf.Line(margin, pageH-18, margin+30, pageH-18)
				pdf.Text(margin, pageH-14, tr("1 "+l.footnote))
				pdf.SetFont("Helvetica", "", l.fontSize)
			}
			advance()
		}
		advance()
	}
	var buf bytes.Buffer
	if err := pdf.Output(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// wrapText breaks cp1252 text into lines no wider than w in the current font (fpdf's
// SplitText measures only runes below 256 of UTF-8 text).
func wrapText(pdf *fpdf.Fpdf, s string, w float64) []string {
	var lines []string
	cur := ""
	for _, word := range strings.Fields(s) {
		next := word
		if cur != "" {
			next = cur + " " + word
		}
		if cur != "" && pdf.GetStringWidth(strings.ReplaceAll(next, "{1}", "")) > w {
			lines = append(lines, cur)
			next = word
		}
		cur = next
	}
	if cur != "" {
		lines = append(lines, cur)
	}
	return lines
}

func needPDFToText(t *testing.T) {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip(PDFToTextInstall)
	}
}

// relationKey is a relation as the scorer compares it, with its attributes.
func relationKeys(doc Document) []string {
	var out []string
	for _, r := range doc.Relations {
		out = append(out, fmt.Sprintf("%s %s %s item=%s dates=%v %s %s", r.Src, r.Type, r.Dst, r.Item, r.Dates, r.Polarity, r.Modality))
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func entityIDs(doc Document) []string {
	var out []string
	for _, e := range doc.Entities {
		out = append(out, e.ID)
	}
	slices.Sort(out)
	return out
}

func readDoc(t *testing.T, x *Extractor, path string) Document {
	t.Helper()
	meta, text, err := ReadInput(context.Background(), Input{Meta: Meta{ID: DocID(path), Path: path}}, nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := x.Extract(context.Background(), meta, text)
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// TestFormatsAgree: one article as plain text, as an HTML page with navigation, a cookie
// banner, related links, comments and scripts, and as a two-column PDF with a running
// header, page numbers and a footnote gives the same entities, relations and dates.
func TestFormatsAgree(t *testing.T) {
	needPDFToText(t)
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	txtPath := filepath.Join("testdata", "formats", "article.txt")
	raw, err := os.ReadFile(txtPath)
	if err != nil {
		t.Fatal(err)
	}
	head, body, _ := strings.Cut(string(raw), "\n\n")
	headLines := strings.Split(head, "\n")
	paras := strings.Split(strings.TrimSpace(body), "\n\n")
	// The footnote marker goes after a word in the middle of the article.
	paras[2] = strings.Replace(paras[2], "August 2023.", "August 2023.{1}", 1)
	dir := t.TempDir()
	pdfPath := filepath.Join(dir, "article.pdf")
	pdf := renderPDF(t, pdfLayout{size: "A6", columns: 2, fontSize: 9, runningHeader: "Example Wire - Asia briefing",
		headline: headLines[0], meta: []string{"Published: 19 October 2024", "Source: Example Wire"},
		paras: paras, footnote: "Figures from a closed briefing to lawmakers, as reported by the agency."})
	if err := os.WriteFile(pdfPath, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	txt := readDoc(t, x, txtPath)
	html := readDoc(t, x, filepath.Join("testdata", "formats", "article.html"))
	fromPDF := readDoc(t, x, pdfPath)
	if len(txt.Relations) < 10 {
		t.Fatalf("the text fixture gives %d relations; the test needs its relations", len(txt.Relations))
	}
	for name, doc := range map[string]Document{"html": html, "pdf": fromPDF} {
		if doc.ID != "article" || doc.RefDate != "2024-10-19" || doc.Published != "2024-10-19" {
			t.Errorf("%s: id %q published %q ref %q, want article, 2024-10-19", name, doc.ID, doc.Published, doc.RefDate)
		}
		if got, want := entityIDs(doc), entityIDs(txt); !slices.Equal(got, want) {
			t.Errorf("%s entities:\n got %q\nwant %q", name, got, want)
		}
		if got, want := relationKeys(doc), relationKeys(txt); !slices.Equal(got, want) {
			t.Errorf("%s relations:\n got %s\nwant %s", name, strings.Join(got, "\n     "), strings.Join(want, "\n     "))
		}
		for _, s := range doc.Sentences {
			for _, junk := range []string{"cookies", "Related stories", "Reader123", "Asia briefing", "dataLayer", "Figures from"} {
				if strings.Contains(s.Text, junk) && !(name == "pdf" && junk == "Figures from" && s.Index == len(doc.Sentences)-1) {
					t.Errorf("%s: sentence %d holds %q: %q", name, s.Index, junk, s.Text)
				}
			}
		}
	}
	for _, s := range fromPDF.Sentences {
		if strings.Contains(s.Text, "2023.1") || strings.Contains(s.Text, "2023. 1 ") {
			t.Errorf("pdf: footnote marker left in sentence %d: %q", s.Index, s.Text)
		}
	}
	if last := fromPDF.Sentences[len(fromPDF.Sentences)-1].Text; !strings.HasPrefix(last, "Figures from a closed briefing") {
		t.Errorf("pdf: last sentence %q, want the footnote", last)
	}
	if html.Title != txt.Title || !slices.Equal(html.Authors, []string{"Jane Doe"}) || html.Source != "Example Wire" {
		t.Errorf("html meta = %+v", html.Meta)
	}
}

// TestSeedPDF: the seed 003 rendered to a PDF and read back gives every relation the text
// gives.
func TestSeedPDF(t *testing.T) {
	needPDFToText(t)
	paths, _ := filepath.Glob("../seeds/003_*.txt")
	if len(paths) != 1 {
		t.Fatalf("seed 003 not found: %q", paths)
	}
	raw, err := os.ReadFile(paths[0])
	if err != nil {
		t.Fatal(err)
	}
	var paras []string
	for _, p := range strings.Split(string(raw), "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			paras = append(paras, p)
		}
	}
	pdfPath := filepath.Join(t.TempDir(), "003.pdf")
	if err := os.WriteFile(pdfPath, renderPDF(t, pdfLayout{size: "A4", columns: 1, fontSize: 11,
		runningHeader: "Institute for Security and Development Policy", paras: paras}), 0o644); err != nil {
		t.Fatal(err)
	}
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	txt, fromPDF := readDoc(t, x, paths[0]), readDoc(t, x, pdfPath)
	triples := func(doc Document) map[string]bool {
		out := map[string]bool{}
		for _, r := range doc.Relations {
			out[r.Src+" "+r.Type+" "+r.Dst] = true
		}
		return out
	}
	got := triples(fromPDF)
	for k := range triples(txt) {
		if !got[k] {
			t.Errorf("relation %s of the text is missing from the PDF", k)
		}
	}
}

func TestPDFWithoutPdftotext(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	_, err := convertPDF(context.Background(), "x.pdf", []byte("%PDF-1.4\n"))
	if err == nil || !strings.Contains(err.Error(), "apt-get install poppler-utils") {
		t.Errorf("err = %v, want the install line", err)
	}
}

// TestFIFOSkipped: a named pipe in an input folder is skipped with one line, not read (it
// would block forever); a pipe named on the command line is read, and a read that blocks
// ends when the context is cancelled.
func TestFIFOSkipped(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte("Kim met Putin."), 0o644); err != nil {
		t.Fatal(err)
	}
	fifo := filepath.Join(dir, "b.txt")
	if err := syscallMkfifo(fifo); err != nil {
		t.Skip("no named pipes here:", err)
	}
	inputs, err := CollectInputs([]string{dir}, "")
	if err != nil {
		t.Fatal(err)
	}
	if len(inputs) != 2 || inputs[0].Problem != nil || inputs[1].Problem == nil ||
		!strings.Contains(inputs[1].Problem.Error(), "named pipe") {
		t.Fatalf("inputs = %+v, want a.txt and a problem for the pipe", inputs)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		_, _, err := ReadInput(ctx, Input{Meta: Meta{ID: "b", Path: fifo}}, nil, 0)
		done <- err
	}()
	time.Sleep(100 * time.Millisecond) // let the read block in open
	cancel()
	if err := <-done; err != context.Canceled {
		t.Errorf("blocked read after cancel: %v, want context.Canceled", err)
	}
}

// TestHTMLDates: the page's date from a meta tag, from JSON-LD, or from the first <time>.
func TestHTMLDates(t *testing.T) {
	body := `<article><h1>Kim meets Putin</h1><p>North Korean leader Kim Jong Un met Russian President Vladimir Putin in Vladivostok on Wednesday, the Kremlin said.</p><p>The two leaders held talks for more than four hours, according to state media in both countries.</p><p>Analysts in Seoul said the meeting was closely watched in Washington and Tokyo.</p></article>`
	cases := map[string]string{
		"meta":   `<html><head><meta property="article:published_time" content="2023-09-14T10:00:00Z"></head><body>` + body + `</body></html>`,
		"jsonld": `<html><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Kim meets Putin","datePublished":"2023-09-14"}</script></head><body>` + body + `</body></html>`,
		"time":   `<html><body><p class="date"><time datetime="2023-09-14">14 September</time></p>` + body + `</body></html>`,
	}
	for name, page := range cases {
		text, err := convertHTML(context.Background(), "p.html", []byte(page))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		var m Meta
		parseHeader(text).fill(&m, text)
		if m.Published != "2023-09-14" {
			t.Errorf("%s: published %q, want 2023-09-14\n%s", name, m.Published, text)
		}
		if !strings.Contains(text, "\n\nThe two leaders held talks") {
			t.Errorf("%s: paragraphs not kept apart:\n%s", name, text)
		}
	}
}
