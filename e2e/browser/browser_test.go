// Package browser checks kg in a real Neo4j Browser: headless Chromium, driven by check.mjs
// (playwright-core), logs in to the local server's Browser and checks the first screen (no
// frame printing the style sheet; North Korea's neighbourhood drawn in kg's colours; the guide
// open), runs a report pasted from `kg report show` and the same report from its guide slide,
// and must see the graph drawn with no error frame. Screenshots of both stay in out/ (or
// KG_E2E_OUT) for CI to keep. setup.sh installs Chromium and playwright-core.
package browser

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kg-analytics/kg/cypher"
	"github.com/kg-analytics/kg/graph/graphtest"
)

func TestReportInNeo4jBrowser(t *testing.T) {
	chromium := os.Getenv("KG_CHROMIUM")
	if chromium == "" {
		chromium = "/usr/bin/chromium"
	}
	if _, err := os.Stat(chromium); err != nil {
		t.Fatalf("no Chromium at %s: run e2e/browser/setup.sh (or set KG_CHROMIUM)", chromium)
	}
	if _, err := os.Stat("node_modules/playwright-core/package.json"); err != nil {
		t.Fatalf("playwright-core is not installed: run e2e/browser/setup.sh")
	}

	srv := graphtest.Acquire(t)
	browserURL, err := browserFor(srv.URI)
	if err != nil {
		t.Fatal(err)
	}
	bin := graphtest.BuildKG(t, "../../cmd/kg")
	run := func(args ...string) string {
		t.Helper()
		out, errOut, code := srv.RunKG(t, bin, args...)
		if code != 0 {
			t.Fatalf("kg %s: exit %d\n%s%s", strings.Join(args, " "), code, out, errOut)
		}
		return out
	}
	run("build", "../../seeds")
	script := filepath.Join(t.TempDir(), "paths.cypher")
	// "Lavrov's discussions with Kim Jong Un" (seeds/003_...): a one-hop path to draw.
	if err := os.WriteFile(script, []byte(run("report", "show", "paths")), 0o644); err != nil {
		t.Fatal(err)
	}
	outDir := os.Getenv("KG_E2E_OUT")
	if outDir == "" {
		outDir = "out"
	}
	if err := os.MkdirAll(outDir, 0o755); err != nil {
		t.Fatal(err)
	}
	shot, _ := filepath.Abs(filepath.Join(outDir, "paths.png"))
	firstShot, _ := filepath.Abs(filepath.Join(outDir, "first-screen.png"))
	// The first screen must show kg's colours for the states and people around North Korea.
	styleJSON, err := cypher.StyleJSON()
	if err != nil {
		t.Fatal(err)
	}
	var style map[string]map[string]string
	if err := json.Unmarshal([]byte(styleJSON), &style); err != nil {
		t.Fatal(err)
	}
	colours := style["node.State"]["color"] + "|" + style["node.Person"]["color"]

	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "node", "check.mjs")
	cmd.Env = append(os.Environ(), srv.Env()...)
	cmd.Env = append(cmd.Env, "KG_BROWSER_URL="+browserURL, "KG_E2E_SCRIPT="+script, "KG_CHROMIUM="+chromium,
		"KG_E2E_TITLE=Shortest paths between two entities", "KG_E2E_EXPECT=Sergey Lavrov|Kim Jong Un",
		"KG_E2E_SCREENSHOT="+shot, "KG_E2E_FIRST_SCREENSHOT="+firstShot,
		// "Russia's Foreign Minister Sergei Lavrov embarked on a visit to North Korea"; "Kim Jong Un",
		// "North Korea's leader" (seeds/): a State and two Persons around the default entity.
		"KG_E2E_FIRST_EXPECT="+cypher.DefaultEntity+"|Russia|Kim Jong Un|Sergey Lavrov", "KG_E2E_FIRST_COLOURS="+colours)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err = cmd.Run()
	t.Logf("check.mjs saw: %s", strings.TrimSpace(stdout.String()))
	t.Logf("screenshots: %s %s", firstShot, shot)
	if err != nil {
		t.Fatalf("check.mjs: %v: %s", err, strings.TrimSpace(stderr.String()))
	}
	var seen struct {
		Nodes    int      `json:"nodes"`
		Captions []string `json:"captions"`
		Errors   []string `json:"errors"`
		First    struct {
			Frames []string `json:"frames"`
			Nodes  int      `json:"nodes"`
		} `json:"first"`
	}
	if err := json.Unmarshal(stdout.Bytes(), &seen); err != nil {
		t.Fatalf("check.mjs output: %v", err)
	}
	if len(seen.First.Frames) != 1 || seen.First.Nodes < 4 {
		t.Errorf("first screen: want the neighbourhood frame alone with at least 4 nodes, saw %+v", seen.First)
	}
	if seen.Nodes < 2 || len(seen.Errors) > 0 {
		t.Errorf("want at least 2 nodes and no error frame, saw %+v", seen)
	}
}

// browserFor finds the Neo4j Browser of the server at boltURI: KG_BROWSER_URL if set, else
// the same host on KG_NEO4J_HTTP_PORT (7474). The server's discovery document must name the
// same Bolt port, so the check never logs in to another server's Browser.
func browserFor(boltURI string) (string, error) {
	if u := os.Getenv("KG_BROWSER_URL"); u != "" {
		return u, nil
	}
	bu, err := url.Parse(boltURI)
	if err != nil {
		return "", fmt.Errorf("NEO4J_URI %q: %w", boltURI, err)
	}
	httpPort := os.Getenv("KG_NEO4J_HTTP_PORT")
	if httpPort == "" {
		httpPort = "7474"
	}
	base := "http://" + bu.Hostname() + ":" + httpPort
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, base+"/", nil)
	req.Header.Set("Accept", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return "", fmt.Errorf("no Neo4j Browser at %s for %s (set KG_BROWSER_URL or KG_NEO4J_HTTP_PORT): %w", base, boltURI, err)
	}
	defer resp.Body.Close()
	var disco struct {
		Bolt string `json:"bolt_direct"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&disco); err != nil {
		return "", fmt.Errorf("%s/ is not a Neo4j discovery document: %w", base, err)
	}
	if !strings.HasSuffix(disco.Bolt, ":"+bu.Port()) {
		return "", errors.New("the Browser at " + base + " belongs to the server at " + disco.Bolt +
			", not " + boltURI + "; set KG_BROWSER_URL or KG_NEO4J_HTTP_PORT")
	}
	return base + "/browser/", nil
}
