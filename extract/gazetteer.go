package extract

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

// entityInfo is what the rules know about a canonical entity.
type entityInfo struct {
	ID, Type, Name string
	State          string   // Person: state served; Institution/Place: seat=, government metonym
	Role           string   // Person: usual title
	Shorts         []string // Person: short forms valid once the full name appeared
	Wikidata       string   // Wikidata item id ("Q7747"), when known
	// key is the identity key of Name (nameRules.key), computed once when the rules compile
	// for the gazetteer's entities; "" for entities found in a document.
	key string
}

// gazEntry is one surface form of an entity, tokenised into match keys.
type gazEntry struct {
	info          *entityInfo
	keys          []string // matchKey of each token, original case
	caseSensitive bool
	capital       bool // seat of government: a State or a Place depending on context
	demonym       bool
	short         bool // only valid once the entity's full name appeared in the document
	// needsContext: a generated place name that is also a common word or a person's name
	// ("Mobile", "Austin"); read as a place only after a locative or before a place noun.
	needsContext bool
}

type trieNode struct {
	next    map[string]*trieNode
	entries []*gazEntry
}

// gazetteer matches every known surface form in one left-to-right pass over the tokens,
// longest match first.
type gazetteer struct {
	root     *trieNode
	entities map[string]*entityInfo
	// weaponWords are the first words of lower-case weapon forms ("missiles", "air"): a
	// sentence without one names no model before a weapon noun.
	weaponWords map[string]bool
	// indexed: the lexicon's vocab holds the trie below each first word (wordInfo.gaz), so
	// a token that was looked up needs no map look-up to start a match.
	indexed bool
}

func newGazetteer() *gazetteer {
	return &gazetteer{root: &trieNode{}, entities: map[string]*entityInfo{}, weaponWords: map[string]bool{}}
}

func (g *gazetteer) entity(id, typ, name string) (*entityInfo, error) {
	if info, ok := g.entities[id]; ok {
		if info.Type != typ {
			return nil, fmt.Errorf("entity %s is a %s, not a %s", id, info.Type, typ)
		}
		return info, nil
	}
	if !validEntityType(typ) {
		return nil, fmt.Errorf("unknown entity type %q (want one of %s)", typ, strings.Join(EntityTypes(), ", "))
	}
	if !strings.Contains(id, ":") {
		return nil, fmt.Errorf("entity id %q needs a prefix such as state: or person:", id)
	}
	info := &entityInfo{ID: id, Type: typ, Name: name}
	g.entities[id] = info
	return info, nil
}

func validEntityType(t string) bool {
	for _, v := range EntityTypes() {
		if v == t {
			return true
		}
	}
	return false
}

// add registers a surface form. Lower-case forms match any case; weapon forms also match
// their plural.
func (g *gazetteer) add(info *entityInfo, surface string, e gazEntry) {
	toks := tokenize(surface)
	if len(toks) == 0 {
		return
	}
	e.info = info
	e.keys = make([]string, len(toks))
	for i, t := range toks {
		e.keys[i] = t.Key
	}
	e.caseSensitive = surface != strings.ToLower(surface)
	g.insert(&e, e.keys)
	if !e.caseSensitive && info.Type == TypeWeapon {
		plural := append([]string(nil), e.keys...)
		plural[len(plural)-1] = pluralize(plural[len(plural)-1])
		g.insert(&e, plural)
		g.weaponWords[strings.ToLower(e.keys[0])] = true
		g.weaponWords[strings.ToLower(plural[0])] = true
	}
}

func (g *gazetteer) insert(e *gazEntry, keys []string) {
	node := g.root
	for _, k := range keys {
		k = strings.ToLower(k)
		if node.next == nil {
			node.next = map[string]*trieNode{}
		}
		child, ok := node.next[k]
		if !ok {
			child = &trieNode{}
			node.next[k] = child
		}
		node = child
	}
	for _, old := range node.entries {
		if old.info == e.info && old.capital == e.capital && old.demonym == e.demonym &&
			(!old.caseSensitive || slices.Equal(old.keys, e.keys)) { // "al-Shabaab" and "Al-Shabaab" both count
			return
		}
	}
	node.entries = append(node.entries, e)
}

func pluralize(w string) string {
	switch {
	case strings.HasSuffix(w, "s"), strings.HasSuffix(w, "sh"), strings.HasSuffix(w, "ch"), strings.HasSuffix(w, "x"):
		return w + "es"
	case strings.HasSuffix(w, "y") && len(w) > 1 && !strings.ContainsRune("aeiou", rune(w[len(w)-2])):
		return w[:len(w)-1] + "ies"
	}
	return w + "s"
}

// nodeOf is the trie node a surface form's tokens lead to, or nil when no name starts so.
func (g *gazetteer) nodeOf(surface string) *trieNode {
	return g.nodeOfTokens(tokenize(surface))
}

// nodeOfTokens is nodeOf for a surface already tokenised (addPlace tokenises each of tens of
// thousands of place names once for every test).
func (g *gazetteer) nodeOfTokens(toks []Token) *trieNode {
	node := g.root
	for _, t := range toks {
		child, ok := node.next[t.Lower]
		if !ok {
			return nil
		}
		node = child
	}
	return node
}

// nodeOfKeys is nodeOfTokens for the tokens' lower-case keys.
func (g *gazetteer) nodeOfKeys(lower []string) *trieNode {
	node := g.root
	for _, k := range lower {
		child, ok := node.next[k]
		if !ok {
			return nil
		}
		node = child
	}
	return node
}

// knows reports whether the gazetteer already has an entry for exactly this surface form.
func (g *gazetteer) knows(surface string) bool {
	node := g.nodeOf(surface)
	return node != nil && node != g.root && len(node.entries) > 0
}

// prefer moves the entries of entity id first among those for surface, so that a demonym
// shared by a state and a territory ("French": France and the French Southern Lands) is
// read as the state's.
func (g *gazetteer) prefer(surface, id string) bool {
	node := g.nodeOf(surface)
	if node == nil {
		return false
	}
	found := false
	slices.SortStableFunc(node.entries, func(a, b *gazEntry) int {
		switch {
		case a.info.ID == id && b.info.ID != id:
			return -1
		case b.info.ID == id && a.info.ID != id:
			return 1
		}
		return 0
	})
	for _, e := range node.entries {
		found = found || e.info.ID == id
	}
	return found
}

// knowsAt: a gazetteer entry starts at token a and reaches at least token b.
func (g *gazetteer) knowsAt(tokens []Token, a, b int) bool {
	e, n := g.match(tokens, a)
	return e != nil && a+n >= b
}

// match returns the longest entry starting at tokens[i] and the number of tokens it spans.
func (g *gazetteer) match(tokens []Token, i int) (*gazEntry, int) {
	node := g.root
	var best *gazEntry
	bestLen := 0
	for j := i; j < len(tokens) && node.next != nil; j++ {
		var child *trieNode
		if w := tokens[j].word; j == i && w != nil && g.indexed {
			child = w.gaz
		} else {
			child = node.next[tokens[j].Lower]
		}
		if child == nil {
			break
		}
		node = child
		for _, e := range node.entries {
			if e.accepts(tokens[i : j+1]) {
				best, bestLen = e, j-i+1
				break
			}
		}
	}
	return best, bestLen
}

// entriesAt returns every entry whose surface is exactly tokens[i:i+n] (a short form such as
// "Council" may belong to several entities: the UN Security Council, the Council of the EU).
func (g *gazetteer) entriesAt(tokens []Token, i, n int) []*gazEntry {
	node := g.root
	for j := i; j < i+n; j++ {
		if node.next == nil {
			return nil
		}
		if node = node.next[tokens[j].Lower]; node == nil {
			return nil
		}
	}
	var out []*gazEntry
	for _, e := range node.entries {
		if e.accepts(tokens[i : i+n]) {
			out = append(out, e)
		}
	}
	return out
}

// accepts checks case: a capitalised form must match as written, or in an all-capitals
// heading ("RUSSIA-DPRK RELATIONS").
func (e *gazEntry) accepts(tokens []Token) bool {
	if !e.caseSensitive {
		return true
	}
	for k := range tokens {
		t := &tokens[k] // a pointer: a Token is 80 bytes, copied for every word of every candidate
		if t.Key == e.keys[k] {
			continue
		}
		if !isAllCaps(t.Key) || strings.ToUpper(e.keys[k]) != t.Key {
			return false
		}
		// A short word in capitals matches only in a heading ("COUNCIL OF THE EUROPEAN
		// UNION"), so the phrase is scanned for a long word in capitals only here: most
		// look-ups match as written and never pay for it.
		if len(t.Key) <= 3 && !(len(tokens) > 1 && capitalsHeading(tokens)) {
			return false
		}
	}
	return true
}

// capitalsHeading: a phrase with a word of more than three letters in capitals, whose short
// words are capitals too.
func capitalsHeading(tokens []Token) bool {
	for k := range tokens {
		if t := &tokens[k]; len(t.Key) > 3 && isAllCaps(t.Key) {
			return true
		}
	}
	return false
}

// placeIndex holds the generated places: thousands of capitalised names, so a flat map from
// the first word to the entries starting with it (longest first) instead of a trie, which
// costs a map per node (7.7 MB of live heap for 13,000 names against about 2 MB here).
type placeIndex struct {
	byFirst map[string][]*gazEntry
	ids     map[string]*entityInfo // while loading only: one entity per id
}

func newPlaceIndex() *placeIndex {
	return &placeIndex{byFirst: map[string][]*gazEntry{}, ids: map[string]*entityInfo{}}
}

// add registers a capitalised place name; lower-case names are not read as places. toks is
// tokenize(surface), which the caller has at hand. It returns the new entry, nil when none.
func (p *placeIndex) add(id, name, surface string, toks []Token, needsContext bool) *gazEntry {
	if len(toks) == 0 || surface == strings.ToLower(surface) {
		return nil
	}
	info, ok := p.ids[id]
	if !ok {
		info = &entityInfo{ID: id, Type: TypePlace, Name: name}
		p.ids[id] = info
	}
	e := &gazEntry{info: info, keys: make([]string, len(toks)), caseSensitive: true, needsContext: needsContext}
	for i, t := range toks {
		e.keys[i] = t.Key
	}
	first := strings.ToLower(e.keys[0])
	list := p.byFirst[first]
	// Longest first, in the order added among equals: insert after the last entry at least
	// as long (what a stable sort after appending gave, without sorting on every add).
	at := len(list)
	for at > 0 && len(list[at-1].keys) < len(e.keys) {
		at--
	}
	p.byFirst[first] = slices.Insert(list, at, e)
	return e
}

// placesShared is the place index of the embedded places rows, built once (builtinRules)
// before any gazetteer is consulted, and the surfaces it holds, for each extractor to leave
// out those its gazetteer knows. An extractor's index is forGazetteer's copy; this one is
// never written after it is built.
type placesShared struct {
	index    *placeIndex // ids kept: a user's places row of a built-in id shares its entity
	states   map[string]string
	surfaces []placeSurface
}

// placeSurface is one entry of the shared index with the lower-case keys the gazetteer's
// trie is looked up by (addPlace's test, once per extractor).
type placeSurface struct {
	e     *gazEntry
	lower []string
}

// buildPlacesShared reads the place rows as addPlace does, except that no name is left out
// for the gazetteer: an entry a gazetteer name shadows is removed per extractor, and since
// the gazetteer's test ignores case and an entry left out as a repeat has the lower-case
// keys of the entry it repeats, the index that results is the one addPlace builds.
func buildPlacesShared(rows []tsvRow) (*placesShared, error) {
	s := &placesShared{index: newPlaceIndex(), states: map[string]string{}}
	for _, row := range rows {
		id, name := row.field(0), row.field(1)
		if !strings.HasPrefix(id, "place:") || name == "" {
			return nil, fmt.Errorf("%s: place line needs a place: id and a name", row.where)
		}
		needsContext := row.field(4) == "context"
		if c := row.field(3); c != "" {
			s.states[id] = "state:" + c
		}
		for _, n := range append([]string{name}, splitList(row.field(2))...) {
			toks := tokenize(n)
			if s.index.knowsTokens(toks) {
				continue
			}
			if e := s.index.add(id, name, n, toks, needsContext); e != nil {
				lower := make([]string, len(toks))
				for i := range toks {
					lower[i] = toks[i].Lower
				}
				s.surfaces = append(s.surfaces, placeSurface{e, lower})
			}
		}
	}
	for first, list := range s.index.byFirst {
		s.index.byFirst[first] = slices.Clip(list) // an extractor's insert copies, never writes here
	}
	return s, nil
}

// forGazetteer is the index an extractor with gazetteer g reads: the shared one without the
// names g already knows (a capital, a curated place, a person keep their meaning). Lists are
// copied only where an entry goes, the map when an entry goes or more rows are to be added
// (private); ids is nil (the caller sets it to load more rows).
func (s *placesShared) forGazetteer(g *gazetteer, private bool) *placeIndex {
	p := &placeIndex{byFirst: s.index.byFirst}
	copied := false
	if private {
		p.byFirst, copied = maps.Clone(p.byFirst), true
	}
	for _, ps := range s.surfaces {
		if g.root.next[ps.lower[0]] == nil {
			continue // the common case: no gazetteer name starts with the word
		}
		if node := g.nodeOfKeys(ps.lower); node == nil || len(node.entries) == 0 {
			continue
		}
		if !copied {
			p.byFirst, copied = maps.Clone(p.byFirst), true
		}
		first := strings.ToLower(ps.e.keys[0])
		list := slices.DeleteFunc(slices.Clone(p.byFirst[first]), func(e *gazEntry) bool { return e == ps.e })
		if len(list) == 0 {
			delete(p.byFirst, first)
		} else {
			p.byFirst[first] = slices.Clip(list)
		}
	}
	return p
}

// knows reports whether a place has exactly this surface form.
func (p *placeIndex) knows(surface string) bool {
	return p.knowsTokens(tokenize(surface))
}

// knowsTokens is knows for a surface already tokenised.
func (p *placeIndex) knowsTokens(toks []Token) bool {
	if len(toks) == 0 {
		return false
	}
	for _, e := range p.byFirst[toks[0].Lower] {
		if len(e.keys) == len(toks) && e.accepts(toks) {
			return true
		}
	}
	return false
}

// match returns the longest place starting at tokens[i] and the number of tokens it spans.
func (p *placeIndex) match(tokens []Token, i int) (*gazEntry, int) {
	for _, e := range p.byFirst[tokens[i].Lower] {
		if i+len(e.keys) <= len(tokens) && e.accepts(tokens[i:i+len(e.keys)]) {
			return e, len(e.keys)
		}
	}
	return nil, 0
}
