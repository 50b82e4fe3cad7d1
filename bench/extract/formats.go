package extractbench

import (
	"fmt"
	"html"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/go-pdf/fpdf"
)

// GenerateFormats writes the same generated articles, about total bytes of text, three ways:
// as .txt under dir/txt, as HTML pages with navigation, a cookie banner, related links and
// scripts under dir/html, and as two-column PDFs with a running header and page numbers under
// dir/pdf. It returns the bytes of text written per format.
func GenerateFormats(dir string, total int64, seed uint64) (int64, error) {
	for _, f := range []string{"txt", "html", "pdf"} {
		if err := os.MkdirAll(filepath.Join(dir, f), 0o755); err != nil {
			return 0, fmt.Errorf("creating corpus dir: %w", err)
		}
	}
	g := gen{rand.New(rand.NewPCG(seed, 0x6b68))}
	var written int64
	for i := 0; written < total; i++ {
		doc := g.document(4<<10 + g.r.IntN(36<<10))
		name := fmt.Sprintf("doc-%05d", i)
		headline, body, _ := strings.Cut(doc, "\n\n")
		paras := strings.Split(strings.TrimSpace(body), "\n\n")
		pdf, err := pdfPage(headline, paras)
		if err != nil {
			return written, err
		}
		for ext, data := range map[string][]byte{"txt": []byte(doc), "html": []byte(htmlPage(headline, paras)), "pdf": pdf} {
			if err := os.WriteFile(filepath.Join(dir, ext, name+"."+ext), data, 0o644); err != nil {
				return written, fmt.Errorf("writing corpus: %w", err)
			}
		}
		written += int64(len(doc))
	}
	return written, nil
}

func htmlPage(headline string, paras []string) string {
	var b strings.Builder
	h := html.EscapeString(headline)
	fmt.Fprintf(&b, `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s | Bench Wire</title>
<meta property="article:published_time" content="2024-06-19T08:00:00Z"><meta name="author" content="Bench Writer">
<script>var dataLayer = []; dataLayer.push({"page": "article"});</script></head><body>
<div class="cookie-banner"><p>We use cookies to improve your experience.</p><button>Accept</button></div>
<header><nav><ul><li><a href="/world">World</a></li><li><a href="/asia">Asia</a></li><li><a href="/europe">Europe</a></li></ul></nav></header>
<main><article><h1>%s</h1>
`, h, h)
	for _, p := range paras {
		fmt.Fprintf(&b, "<p>%s</p>\n", html.EscapeString(p))
	}
	b.WriteString(`</article><aside class="related"><h2>Related</h2><ul><li><a href="/a">Earlier story</a></li><li><a href="/b">Another story</a></li></ul></aside></main>
<footer><p>Bench Wire</p></footer><script src="/app.js"></script></body></html>
`)
	return b.String()
}

// pdfPage lays the article out on A4 pages in two columns with a running header and page
// numbers, as a report or a printed article is.
func pdfPage(headline string, paras []string) ([]byte, error) {
	pdf := fpdf.New("P", "mm", "A4", "")
	pdf.SetAutoPageBreak(false, 0)
	tr := pdf.UnicodeTranslatorFromDescriptor("")
	const margin, gap, lineH, top, bottom = 15.0, 8.0, 4.6, 20.0, 280.0
	colW := (210 - 2*margin - gap) / 2
	page := 0
	newPage := func() {
		pdf.AddPage()
		page++
		pdf.SetFont("Helvetica", "I", 8)
		pdf.Text(margin, 10, "Bench Wire - Analysis")
		pdf.Text(103, 290, fmt.Sprint(page))
		pdf.SetFont("Helvetica", "", 10)
	}
	newPage()
	pdf.SetFont("Helvetica", "B", 12)
	pdf.Text(margin, top+4, tr(headline))
	// A fixed creation date: the text gives no publication date, and today's would move the
	// years inferred for dates without one.
	pdf.SetCreationDate(time.Date(2024, 12, 31, 0, 0, 0, 0, time.UTC))
	pdf.SetFont("Helvetica", "", 10)
	colTop := top + 14.0 // below the headline on the first page
	x, y, col := margin, colTop, 0
	advance := func() {
		y += lineH
		if y <= bottom {
			return
		}
		col++
		if col == 2 {
			newPage()
			col, colTop = 0, top
		}
		x, y = margin+float64(col)*(colW+gap), colTop
	}
	for _, p := range paras {
		line := ""
		for _, w := range strings.Fields(tr(p)) {
			next := w
			if line != "" {
				next = line + " " + w
			}
			if line != "" && pdf.GetStringWidth(next) > colW {
				pdf.Text(x, y, line)
				advance()
				next = w
			}
			line = next
		}
		if line != "" {
			pdf.Text(x, y, line)
			advance()
		}
		advance()
	}
	var buf strings.Builder
	if err := pdf.Output(&buf); err != nil {
		return nil, fmt.Errorf("rendering PDF: %w", err)
	}
	return []byte(buf.String()), nil
}
