package extract

import (
	"fmt"
	"strings"
)

// entityInfo is what the rules know about a canonical entity.
type entityInfo struct {
	ID, Type, Name string
	State          string   // Person: state served; Institution/Place: seat=, government metonym
	Role           string   // Person: usual title
	Shorts         []string // Person: short forms valid once the full name appeared
	Wikidata       string   // Wikidata item id ("Q7747"), when known
}

// gazEntry is one surface form of an entity, tokenised into match keys.
type gazEntry struct {
	info          *entityInfo
	keys          []string // matchKey of each token, original case
	caseSensitive bool
	capital       bool // seat of government: a State or a Place depending on context
	demonym       bool
	short         bool // only valid once the entity's full name appeared in the document
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
}

func newGazetteer() *gazetteer {
	return &gazetteer{root: &trieNode{}, entities: map[string]*entityInfo{}}
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
		if old.info == e.info && old.capital == e.capital && old.demonym == e.demonym {
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

// match returns the longest entry starting at tokens[i] and the number of tokens it spans.
func (g *gazetteer) match(tokens []Token, i int) (*gazEntry, int) {
	node := g.root
	var best *gazEntry
	bestLen := 0
	for j := i; j < len(tokens) && node.next != nil; j++ {
		child, ok := node.next[tokens[j].Lower]
		if !ok {
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

// accepts checks case: a capitalised form must match as written, or in an all-capitals
// heading ("RUSSIA-DPRK RELATIONS").
func (e *gazEntry) accepts(tokens []Token) bool {
	if !e.caseSensitive {
		return true
	}
	for k, t := range tokens {
		if t.Key == e.keys[k] {
			continue
		}
		if len(t.Key) > 3 && isAllCaps(t.Key) && strings.ToUpper(e.keys[k]) == t.Key {
			continue
		}
		return false
	}
	return true
}
