// Command gen writes the soak's corpus with bench/extract's generator.
package main

import (
	"flag"
	"fmt"
	"os"

	extractbench "github.com/kg-analytics/kg/bench/extract"
)

func main() {
	dir := flag.String("dir", "", "folder to write")
	bytes := flag.Int64("bytes", 4_000_000, "about this many bytes of text")
	flag.Parse()
	if *dir == "" || *bytes <= 0 || *bytes > 100_000_000 {
		fmt.Fprintln(os.Stderr, "gen: -dir is required and -bytes must be in (0, 100 MB]")
		os.Exit(2)
	}
	n, err := extractbench.Generate(*dir, *bytes, 16)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
	fmt.Printf("corpus: %d bytes in %s\n", n, *dir)
}
