// Package identity decides which names of a document are entities the graph already holds:
// identity keys, near spellings, middle names, and the analyst's corrections file. It knows
// nothing of Neo4j; cmd/kg loads the known entities through graph and hands them over.
package identity

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/hbollon/go-edlib"

	"github.com/kg-analytics/kg/extract"
)

// KeyFunc gives the identity key of a name of an entity type: names of one type whose keys
// are equal, spaces aside, are spellings of one name. cmd/kg passes
// extract.Extractor.IdentityKey; graph itself knows nothing of names.
type KeyFunc func(typ, name string) string

// FuzzyThreshold is the least Jaro-Winkler similarity (go-edlib) of two identity keys, spaces
// removed, for two names that pass nearKey's word guards (all words equal but one, which is
// one edit away, five letters or more, no digits, no feminine "a") to be taken as one.
// Measured on testdata/identity and TestNearKey (2026-11-30): the true variants that reach
// this stage score 0.947 (Primorsky/Primorskiy Krai), 0.983 (Grossi/Grosi), 0.988
// (Prigozhin/Prigozhine); no look-alike of the corpus passes the word guards, which do the
// separating. 0.94 sits just under the lowest true pair; it still refuses one-edit
// differences in short keys and in their first letters, where Jaro-Winkler finds no common
// prefix and two names are less likely to be spellings of one.
const FuzzyThreshold = 0.94

// Resolver maps the ids of entities a document names by its own spelling onto entities the
// graph (or an earlier document of the same build) already holds under another spelling, and
// applies the analyst's corrections. Ids already in the graph never change: a later, longer
// or better spelt name becomes an alias of the existing entity.
type Resolver struct {
	key  KeyFunc
	corr *Corrections
	same map[string]string
	ren  map[string]string
	byID map[string]*known
	// byKey indexes entities by type and compact key (spaces removed).
	byKey map[string][]*known
	// byShape indexes entities by type and number of words, for the fuzzy stage.
	byShape map[string][]*known
	// byEnds indexes people by type and the first and last words of their keys, for names
	// with middle names or patronymics ("Sergey Viktorovich Lavrov").
	byEnds map[string][]*known
	order  int
	// keyMemo holds the identity key of every (type, name) asked so far: documents name
	// their entities in the same few spellings over and over, and the key function (the
	// extractor's name rules) is pure and costs far more than a map lookup (on a
	// 200,000-relation import, 0.75 of the 2.8 CPU-seconds of identity resolution). It holds
	// at most keyMemoCap entries.
	keyMemo map[[2]string]string
}

// keyMemoCap bounds keyMemo, which would otherwise grow with every distinct spelling a long
// import meets: at about a hundred bytes an entry, 131,072 entries are some 13 MB. Full, the
// memo is emptied and fills again with the spellings then in use; keys are the same either
// way, as the key function is pure.
const keyMemoCap = 1 << 17

// known is an entity the resolver can map names onto.
type known struct {
	id, typ, name string
	curated       bool
	order         int             // registration order: the first entity of a key wins
	keys          map[string]bool // identity keys (with spaces) of its name and aliases
	states        map[string]bool // states it is OFFICIAL_OF (Person affiliation)
}

// Known is an entity the graph already holds, as graph.Client.KnownEntities reads it.
type Known struct {
	ID, Type, Name string
	Aliases        []string
	States         []string // states the entity (a person) is OFFICIAL_OF
}

// New is a resolver that knows the entities given (from the graph) under their names and
// aliases; corr may be nil.
func New(key KeyFunc, corr *Corrections, entities []Known) *Resolver {
	r := newResolver(key, corr)
	for _, e := range entities {
		k := r.add(e.ID, e.Type, e.Name, false)
		for _, a := range e.Aliases {
			r.addKey(k, a)
		}
		for _, s := range e.States {
			k.states[s] = true
		}
	}
	return r
}

// newResolver is a resolver that knows no entity yet.
func newResolver(key KeyFunc, corr *Corrections) *Resolver {
	if corr == nil {
		corr = &Corrections{}
	}
	return &Resolver{key: key, corr: corr, same: corr.Same(), ren: corr.Renames(), byID: map[string]*known{},
		byKey: map[string][]*known{}, byShape: map[string][]*known{}, byEnds: map[string][]*known{},
		keyMemo: map[[2]string]string{}}
}

// identityKey is r.key(typ, name), computed once per type and name.
func (r *Resolver) identityKey(typ, name string) string {
	k := [2]string{typ, name}
	key, ok := r.keyMemo[k]
	if !ok {
		key = r.key(typ, name)
		if len(r.keyMemo) >= keyMemoCap {
			clear(r.keyMemo)
		}
		r.keyMemo[k] = key
	}
	return key
}

func (r *Resolver) add(id, typ, name string, curated bool) *known {
	if k, ok := r.byID[id]; ok {
		return k
	}
	r.order++
	k := &known{id: id, typ: typ, name: name, curated: curated, order: r.order, keys: map[string]bool{}, states: map[string]bool{}}
	r.byID[id] = k
	r.addKey(k, name)
	return k
}

// addKey indexes one more name of k. People are not found by one-word names ("Kim"): a
// family name alone says too little.
func (r *Resolver) addKey(k *known, name string) {
	key := r.identityKey(k.typ, name)
	if key == "" || k.keys[key] || k.typ == extract.TypePerson && !strings.Contains(key, " ") {
		return
	}
	first := len(k.keys) == 0
	k.keys[key] = true
	ck := k.typ + "|" + compact(key)
	r.byKey[ck] = append(r.byKey[ck], k)
	shape := fmt.Sprintf("%s|%d", k.typ, len(strings.Fields(key)))
	if first || !slices.Contains(r.byShape[shape], k) {
		r.byShape[shape] = append(r.byShape[shape], k)
	}
	if words := strings.Fields(key); k.typ == extract.TypePerson {
		ends := endsKey(k.typ, words)
		if !slices.Contains(r.byEnds[ends], k) {
			r.byEnds[ends] = append(r.byEnds[ends], k)
		}
	}
}

func compact(key string) string { return strings.ReplaceAll(key, " ", "") }

// Resolve returns doc with its entity ids mapped onto the entities they are: the analyst's
// same lines first, then for names found by their spelling (not Curated) an entity of the
// same type with an equal identity key or, failing that, a near-identical one. Entities of
// the document that end up as one are merged, and relations between them dropped.
func (r *Resolver) Resolve(doc extract.Document) extract.Document {
	states := map[string]map[string]bool{} // the document's OFFICIAL_OF states, by person
	for _, rel := range doc.Relations {
		if rel.Type == extract.RelOfficialOf && strings.HasPrefix(rel.Dst, "state:") {
			if states[rel.Src] == nil {
				states[rel.Src] = map[string]bool{}
			}
			states[rel.Src][rel.Dst] = true
		}
	}
	// Gazetteer entities first, so that another spelling in the same document finds them;
	// then the others in document order, each registered before the next is decided, so two
	// spellings of one new name in one document become one entity.
	order := make([]int, 0, len(doc.Entities))
	for pass := 0; pass < 2; pass++ {
		for i, e := range doc.Entities {
			if e.Curated == (pass == 0) {
				order = append(order, i)
			}
		}
	}
	to := map[string]string{}
	for _, i := range order {
		e := doc.Entities[i]
		id := r.target(e, states[e.ID])
		to[e.ID] = id
		k, existed := r.byID[id]
		if !existed {
			k = r.add(id, e.Type, e.Name, e.Curated)
		}
		if e.Curated && id == e.ID {
			k.curated = true
		}
		for _, s := range append([]string{e.Name}, e.Surfaces...) {
			r.addKey(k, s)
		}
		for s := range states[e.ID] {
			k.states[s] = true
		}
	}
	out := doc
	out.Entities = nil
	index := map[string]int{}
	for _, e := range doc.Entities {
		id := to[e.ID]
		k := r.byID[id]
		ne := e
		ne.ID, ne.Name = id, k.name
		if name, ok := r.ren[id]; ok {
			ne.Name = name
		}
		if id != e.ID {
			ne.Key, ne.Curated = r.identityKey(ne.Type, ne.Name), k.curated
		}
		if i, ok := index[id]; ok {
			for _, s := range e.Surfaces {
				if !slices.Contains(out.Entities[i].Surfaces, s) {
					out.Entities[i].Surfaces = append(out.Entities[i].Surfaces, s)
				}
			}
			if out.Entities[i].Wikidata == "" {
				out.Entities[i].Wikidata = e.Wikidata
			}
			continue
		}
		index[id] = len(out.Entities)
		out.Entities = append(out.Entities, ne)
	}
	out.Mentions = slices.Clone(doc.Mentions)
	for i := range out.Mentions {
		out.Mentions[i].EntityID = to[out.Mentions[i].EntityID]
	}
	out.Relations = nil
	for _, rel := range doc.Relations {
		rel.Src, rel.Dst = to[rel.Src], to[rel.Dst]
		if rel.Item != "" {
			rel.Item = to[rel.Item]
		}
		if rel.Src == rel.Dst {
			continue // two names of one entity: no relation of it with itself
		}
		out.Relations = append(out.Relations, rel)
	}
	return out
}

// target decides which entity id e is.
func (r *Resolver) target(e extract.Entity, states map[string]bool) string {
	if t, ok := r.same[e.ID]; ok {
		return t
	}
	if t, ok := r.same[AliasKey(e.Name)]; ok {
		return t
	}
	if e.Curated {
		return e.ID
	}
	if k, ok := r.byID[e.ID]; ok && k.typ == e.Type {
		return e.ID // the graph knows this spelling's id: ids stay put
	}
	key := e.Key
	if key == "" {
		key = r.identityKey(e.Type, e.Name)
	}
	if e.Type == extract.TypePerson && !strings.Contains(key, " ") {
		return e.ID
	}
	ok := func(k *known) bool {
		return k.typ == e.Type && !r.corr.Different(e.ID, k.id) && compatible(states, k.states)
	}
	var best *known
	for _, k := range r.byKey[e.Type+"|"+compact(key)] {
		if ok(k) && (best == nil || k.curated && !best.curated || k.curated == best.curated && k.order < best.order) {
			best = k
		}
	}
	if best != nil {
		return best.id
	}
	var bestSim float32
	words := strings.Fields(key)
	for _, k := range r.byShape[fmt.Sprintf("%s|%d", e.Type, len(words))] {
		if !ok(k) {
			continue
		}
		for other := range k.keys {
			sim, near := nearKey(words, strings.Fields(other))
			if near && sim >= FuzzyThreshold && (sim > bestSim || sim == bestSim && k.order < best.order) {
				best, bestSim = k, sim
			}
		}
	}
	if best != nil {
		return best.id
	}
	if e.Type == extract.TypePerson {
		for _, k := range r.byEnds[endsKey(e.Type, words)] {
			if !ok(k) {
				continue
			}
			for other := range k.keys {
				if middleNames(words, strings.Fields(other)) && (best == nil || k.order < best.order) {
					best = k
				}
			}
		}
	}
	if best != nil {
		return best.id
	}
	return e.ID
}

func endsKey(typ string, words []string) string {
	return typ + "|" + words[0] + "|" + words[len(words)-1]
}

// middleNames: one name is the other with middle names or a patronymic added ("Sergey
// Lavrov", "Sergey Viktorovich Lavrov"; "Recep Erdogan", "Recep Tayyip Erdogan"): same first
// and last words, the shorter of two words at least, and every added word six letters or
// more, so that Korean and Chinese syllables ("Kim Song", "Kim Il Song") never count as
// middle names.
func middleNames(a, b []string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) < 2 || len(b) == len(a) || a[0] != b[0] || a[len(a)-1] != b[len(b)-1] {
		return false
	}
	i := 0
	for _, w := range b {
		if i < len(a) && w == a[i] {
			i++
			continue
		}
		if len([]rune(w)) < 6 {
			return false
		}
	}
	return i == len(a)
}

// compatible: affiliations agree when both are known.
func compatible(a, b map[string]bool) bool {
	if len(a) == 0 || len(b) == 0 {
		return true
	}
	for s := range a {
		if b[s] {
			return true
		}
	}
	return false
}

// nearKey compares two keys of as many words: they are near when all words but one are
// equal and that one is one edit away (OSA distance, go-edlib) in a word of five letters or
// more without digits, so "Kim Jong Un" and "Kim Jong Il", "Hwasong-17" and "Hwasong-18"
// stay apart. It returns the Jaro-Winkler similarity of the compact keys.
func nearKey(a, b []string) (float32, bool) {
	if len(a) != len(b) {
		return 0, false
	}
	diff := -1
	for i := range a {
		if a[i] != b[i] {
			if diff >= 0 {
				return 0, false
			}
			diff = i
		}
	}
	if diff < 0 {
		return 1, true
	}
	x, y := a[diff], b[diff]
	if len([]rune(x)) < 5 || len([]rune(y)) < 5 || hasDigit(x) || hasDigit(y) || !sameWordShape(x, y) {
		return 0, false
	}
	if edlib.OSADamerauLevenshteinDistance(x, y) > 1 {
		return 0, false
	}
	return edlib.JaroWinklerSimilarity(strings.Join(a, ""), strings.Join(b, "")), true
}

// sameWordShape: a final "a" added or swapped in makes a Slavic family name feminine
// ("Petrov"/"Petrova", "Zelensky"/"Zelenska"): such pairs are two people.
func sameWordShape(x, y string) bool {
	return strings.HasSuffix(x, "a") == strings.HasSuffix(y, "a")
}

func hasDigit(s string) bool {
	return strings.IndexFunc(s, unicode.IsDigit) >= 0
}
