package extract

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

// HTML pages are read through readability (Mozilla's Readability algorithm in Go, as
// maintained by Readeck): it finds the article's main text and drops navigation, scripts,
// comments, cookie banners and lists of related links, and reads the title, byline, site
// name and publication date from the page's metadata (article:published_time and similar
// meta tags, JSON-LD datePublished). The result is written as a header block (header.go)
// followed by the article's paragraphs, one blank line apart, so that every format reaches
// the pipeline the same way.

func convertHTML(ctx context.Context, _ string, data []byte) (string, error) {
	if err := ctx.Err(); err != nil {
		return "", err
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return "", fmt.Errorf("binary file (NUL byte at offset %d); not an HTML page", i)
	}
	if !utf8.Valid(data) {
		// A page in another encoding (its <meta charset> or a BOM says which; windows-1252
		// is the web's default): decode it, and replace what still does not decode.
		enc, _, _ := charset.DetermineEncoding(data, "text/html")
		if decoded, err := enc.NewDecoder().Bytes(data); err == nil {
			data = decoded
		}
		data = bytes.ToValidUTF8(data, []byte("\uFFFD"))
	}
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return "", fmt.Errorf("parsing HTML: %w", err)
	}
	timeTag := firstTimeDatetime(doc)
	parser := readability.NewParser()
	art, err := parser.ParseAndMutate(doc, nil)
	if err != nil {
		return "", fmt.Errorf("finding the article text: %w", err)
	}
	if art.Node == nil {
		return "", errors.New("no article text found in the page")
	}
	body := paragraphsOf(render.InnerText(art.Node))
	title := oneLine(art.Title())
	if len(body) > 0 && oneLine(body[0]) == title {
		body = body[1:] // the page repeats its <h1> in the article
	}
	if len(body) == 0 {
		return "", errors.New("no article text found in the page")
	}
	published := ""
	if t, err := art.PublishedTime(); err == nil {
		published = t.Format(time.DateOnly)
	} else if timeTag != "" {
		published = parseDateValue(timeTag)
	}
	var b strings.Builder
	writeHeader(&b, title, published, oneLine(art.SiteName()), oneLine(art.Byline()))
	b.WriteString(strings.Join(body, "\n\n"))
	b.WriteString("\n")
	return b.String(), nil
}

// writeHeader writes a header block: the headline, then key lines, then a blank line.
func writeHeader(b *strings.Builder, title, published, source, authors string) {
	if title != "" {
		b.WriteString(title + "\n")
	}
	if published != "" {
		b.WriteString("Published: " + published + "\n")
	}
	if source != "" {
		b.WriteString("Source: " + source + "\n")
	}
	if authors != "" {
		b.WriteString("Authors: " + authors + "\n")
	}
	if b.Len() > 0 {
		b.WriteString("\n")
	}
}

// paragraphsOf splits rendered text into paragraphs at blank lines, each on one line.
func paragraphsOf(text string) []string {
	var out []string
	for _, p := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n\n") {
		if p = oneLine(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// firstTimeDatetime is the datetime attribute of the page's first <time> element that has
// one, read before readability rewrites the tree: many news pages date their article only
// there.
func firstTimeDatetime(n *html.Node) string {
	if n.Type == html.ElementNode && n.Data == "time" {
		for _, a := range n.Attr {
			if a.Key == "datetime" && strings.TrimSpace(a.Val) != "" {
				return a.Val
			}
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if v := firstTimeDatetime(c); v != "" {
			return v
		}
	}
	return ""
}
