// Package extractbench generates synthetic news corpora and benchmarks the extraction
// pipeline over them (see run.sh). The corpus is generated, never committed: sentences are
// built from templates in the style of the seed documents, with states, officials,
// institutions, weapons, places and dates drawn at random, so the rules meet the same kinds
// of phrases as in real articles but in endlessly varied combinations.
package extractbench

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
)

type state struct{ name, adj, capital string }

var (
	states = []state{
		{"North Korea", "North Korean", "Pyongyang"}, {"Russia", "Russian", "Moscow"},
		{"China", "Chinese", "Beijing"}, {"the United States", "American", "Washington"},
		{"South Korea", "South Korean", "Seoul"}, {"Ukraine", "Ukrainian", "Kyiv"},
		{"Iran", "Iranian", "Tehran"}, {"Japan", "Japanese", "Tokyo"}, {"Pakistan", "Pakistani", "Islamabad"},
		{"Belarus", "Belarusian", "Minsk"}, {"Syria", "Syrian", "Damascus"}, {"France", "French", "Paris"},
		{"Germany", "German", "Berlin"}, {"the United Kingdom", "British", "London"}, {"India", "Indian", "New Delhi"},
		{"Sweden", "Swedish", "Stockholm"}, {"Poland", "Polish", "Warsaw"}, {"Turkey", "Turkish", "Ankara"},
	}
	knownPeople = []string{"Kim Jong Un", "Vladimir Putin", "Sergey Lavrov", "Choe Son Hui", "Xi Jinping",
		"Sergei Shoigu", "Kyrylo Budanov", "Antony Blinken", "Yoon Suk Yeol", "Zhao Leji", "Imran Khan"}
	firstNames = []string{"Anna", "Boris", "Chen", "Dmitri", "Elena", "Farid", "Gao", "Hyun", "Ivan", "Jae",
		"Katarina", "Lars", "Mikhail", "Nadia", "Oleg", "Park", "Qiang", "Rustam", "Sofia", "Tomas", "Yuri", "Zhang"}
	lastNames = []string{"Andersson", "Belov", "Cho", "Dolgov", "Eriksen", "Fedorov", "Gromov", "Han", "Ivanova",
		"Jung", "Kovalenko", "Lee", "Markov", "Nam", "Orlov", "Petrov", "Ri", "Smirnov", "Tanaka", "Volkov", "Wang"}
	titles = []string{"Foreign Minister", "Defence Minister", "President", "Prime Minister", "Ambassador",
		"Deputy Foreign Minister", "spokesperson", "Chief of General Staff", "Vice Premier"}
	institutions = []string{"the UN Security Council", "NATO", "the European Union", "the United Nations",
		"the Associated Press", "the Financial Times", "Reuters", "the Korean Central News Agency",
		"the International Atomic Energy Agency", "the Ministry of Defence", "the State Department",
		"the UN Panel of Experts", "the Institute for Security and Development Policy", "BRICS"}
	media   = []string{"the Associated Press", "the Financial Times", "Reuters", "Yonhap", "The Intercept", "TASS"}
	weapons = []string{"artillery shells", "ballistic missiles", "hypersonic missiles", "drones", "ammunition",
		"a spy satellite", "surface-to-air missiles", "rocket launchers", "tanks", "a submarine", "anti-tank missiles"}
	places = []string{"Pyongyang", "Vladivostok", "the Vostochny Cosmodrome", "Kyiv", "Kharkiv", "Beijing",
		"the Sea of Japan", "Rason", "Khabarovsk", "Moscow", "Seoul", "the Korean Peninsula", "Crimea"}
	agreements = []string{"the Comprehensive Strategic Partnership Treaty", "the Korean Armistice Agreement",
		"Resolution 1718", "the New START treaty", "the Treaty on Friendship, Cooperation and Mutual Assistance"}
	months = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September",
		"October", "November", "December"}
	fillers = []string{
		"Analysts say the relationship remains transactional rather than strategic.",
		"The more on-and-off relationship has turned into a much more stable interaction.",
		"Both sides have a clear political and economic agenda, and trust remains limited.",
		"Observers noted that the timing of the announcement was hardly a coincidence.",
		"The war in Ukraine has changed the calculus of every government in the region.",
		"It is not yet clear how far the cooperation will go, or how long it will last.",
		"Sanctions have made it harder, but not impossible, to move goods across the border.",
		"Officials declined to comment on the details of the arrangement.",
	}
)

// gen builds sentences from one random source.
type gen struct{ r *rand.Rand }

func (g gen) pick(list []string) string { return list[g.r.IntN(len(list))] }

func (g gen) state() state { return states[g.r.IntN(len(states))] }

func (g gen) person() string {
	if g.r.IntN(3) == 0 {
		return g.pick(knownPeople)
	}
	return g.pick(firstNames) + " " + g.pick(lastNames)
}

func (g gen) official() string {
	s := g.state()
	return s.adj + " " + g.pick(titles) + " " + g.person()
}

func (g gen) date() string {
	year := 2019 + g.r.IntN(6)
	switch g.r.IntN(5) {
	case 0:
		return fmt.Sprintf("on %s %d, %d", g.pick(months), 1+g.r.IntN(28), year)
	case 1:
		return fmt.Sprintf("in %s %d", g.pick(months), year)
	case 2:
		return fmt.Sprintf("on %s %dth", g.pick(months), 4+g.r.IntN(16))
	case 3:
		return fmt.Sprintf("in %d", year)
	}
	return fmt.Sprintf("since %s", g.pick(months))
}

// sentence returns one sentence with a capital first letter.
func (g gen) sentence() string {
	s := g.raw()
	if strings.HasPrefix(s, "the ") {
		s = "T" + s[1:]
	}
	return s
}

func (g gen) raw() string {
	a, b := g.state(), g.state()
	for b == a {
		b = g.state()
	}
	switch g.r.IntN(16) {
	case 0:
		return fmt.Sprintf("%s met with %s in %s %s.", g.official(), g.official(), g.pick(places), g.date())
	case 1:
		return fmt.Sprintf("%s sent %s to %s %s, according to %s.", a.name, g.pick(weapons), b.name, g.date(), g.pick(media))
	case 2:
		return fmt.Sprintf("%s has officially denied the transfer of %s to %s.", a.capital, g.pick(weapons), b.name)
	case 3:
		return fmt.Sprintf("%s vetoed a resolution in %s %s that would have renewed the mandate.", a.name, g.pick(institutions), g.date())
	case 4:
		return fmt.Sprintf("%s launched %s %s, %s reported.", a.name, g.pick(weapons), g.date(), g.pick(media))
	case 5:
		return fmt.Sprintf("%s visited %s %s, the first such trip in years.", g.person(), g.pick(places), g.date())
	case 6:
		return fmt.Sprintf("%s condemned %s for its support of %s.", g.pick(institutions), a.name, b.name)
	case 7:
		return fmt.Sprintf("%s imposed sanctions on %s %s.", a.name, b.name, g.date())
	case 8:
		return fmt.Sprintf("%s could deploy troops to %s, analysts warned.", a.name, g.pick(places))
	case 9:
		return fmt.Sprintf("%s and %s signed %s %s.", g.person(), g.person(), g.pick(agreements), g.date())
	case 10:
		return fmt.Sprintf("%s is a member of %s and a close partner of %s.", a.name, g.pick(institutions), b.name)
	case 11:
		return fmt.Sprintf("%s reportedly procured %s from %s, via ships and transport planes.", a.name, g.pick(weapons), b.name)
	case 12:
		return fmt.Sprintf("%s pledged support for %s %s.", a.capital, b.name, g.date())
	case 13:
		return fmt.Sprintf("“We will never accept this,” said %s, speaking to %s.", g.official(), g.pick(media))
	case 14:
		return fmt.Sprintf("%s attacked %s %s with %s.", a.name, g.pick(places), g.date(), g.pick(weapons))
	}
	return g.pick(fillers)
}

// document returns one article of roughly size bytes: a headline, then paragraphs.
func (g gen) document(size int) string {
	var b strings.Builder
	a, c := g.state(), g.state()
	fmt.Fprintf(&b, "%s-%s Ties Deepen Over %s\n\n", a.adj, c.adj, g.pick(places))
	for b.Len() < size {
		n := 3 + g.r.IntN(4)
		for i := 0; i < n; i++ {
			if i > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(g.sentence())
		}
		b.WriteString("\n\n")
	}
	return b.String()
}

// Generate writes a corpus of about total bytes into dir as doc-NNNNN.txt files of 4-40 KB
// (news and analysis lengths), deterministically from seed. It returns the bytes written.
func Generate(dir string, total int64, seed uint64) (int64, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return 0, fmt.Errorf("creating corpus dir: %w", err)
	}
	g := gen{rand.New(rand.NewPCG(seed, 0x6b67))}
	var written int64
	for i := 0; written < total; i++ {
		doc := g.document(4<<10 + g.r.IntN(36<<10))
		path := filepath.Join(dir, fmt.Sprintf("doc-%05d.txt", i))
		if err := os.WriteFile(path, []byte(doc), 0o644); err != nil {
			return written, fmt.Errorf("writing corpus: %w", err)
		}
		written += int64(len(doc))
	}
	return written, nil
}
