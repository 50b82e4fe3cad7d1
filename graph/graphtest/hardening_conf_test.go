package graphtest

import (
	"os"
	"strings"
	"testing"
)

// The test containers, the local runtime and docker compose block the same address ranges
// for LOAD CSV and bound transactions' memory: the tests check on the containers what the
// other two promise.
func TestServersShareHardening(t *testing.T) {
	for path, want := range map[string][]string{
		"../../runtime/neo4j/neo4j.conf": {"internal.dbms.cypher_ip_blocklist=" + IPBlocklist + "\n",
			"server.directories.import=import\n", "db.memory.transaction.max=", "db.memory.transaction.total.max="},
		"../../docker-compose.yml": {`NEO4J_internal_dbms_cypher__ip__blocklist: "` + IPBlocklist + `"`,
			"NEO4J_server_directories_import:", "NEO4J_db_memory_transaction_max:", "NEO4J_db_memory_transaction_total_max:"},
	} {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range want {
			if !strings.Contains(string(b), w) {
				t.Errorf("%s lacks %q", path, w)
			}
		}
	}
}
