package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Completing an import is a flag (--finish DIR), not a subcommand, so a corpus folder named
// finish is imported like any other; --finish refuses company and a folder kg did not write.
func TestImportFinishIsAFlag(t *testing.T) {
	tmp := t.TempDir()
	write(t, filepath.Join(tmp, "finish", "a.txt"), "Russia vetoed the resolution on Syria on 3 March 2024.")
	t.Chdir(tmp)
	id := filepath.Join(tmp, "id.tsv")
	out, errOut, code := runKG(t, "", "import", "--identity", id, "--csv-only", "csv", "finish")
	if code != 0 {
		t.Fatalf("kg import --csv-only csv finish: exit %d\n%s%s", code, out, errOut)
	}
	if !strings.Contains(out, `"documents":1`) {
		t.Errorf("the folder named finish was not imported: %s", out)
	}
	docs, err := os.ReadFile(filepath.Join("csv", "documents.csv"))
	if err != nil || !strings.Contains(string(docs), `"a"`) {
		t.Errorf("documents.csv lacks the document of finish/a.txt (%v):\n%s", err, docs)
	}
	if !strings.Contains(errOut, "kg import --finish csv") {
		t.Errorf("--csv-only should say how to complete the import with --finish:\n%s", errOut)
	}

	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"import", "--finish", "csv", "finish"}, "give it alone"},
		{[]string{"import", "--finish", "csv", "--from", "x.jsonl"}, "give it alone"},
		{[]string{"import", "--finish", "finish"}, "not a folder written by kg import --csv-only"},
	} {
		_, errOut, code := runKG(t, "", append(c.args, "--identity", id)...)
		if code != 2 || !strings.Contains(errOut, c.want) || strings.Count(strings.TrimSpace(errOut), "\n") > 1 {
			t.Errorf("kg %s: exit %d, stderr %q; want a usage error saying %q", strings.Join(c.args, " "), code, errOut, c.want)
		}
	}
}
