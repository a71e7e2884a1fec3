package extract

import (
	"encoding/json"
	"strings"
)

// jsonLD is what provcheck reads from a page's JSON-LD: the article node's
// fields and the @types declared anywhere.
type jsonLD struct {
	types     map[string]bool
	headline  string
	authors   []string
	published string
	publisher string
	language  string
	image     string
	basedOn   []string
	citations []string
	pos       int // position of the script that held the article node
}

// articleTypes are schema.org types whose node describes the story itself.
var articleTypes = map[string]bool{
	"article": true, "newsarticle": true, "blogposting": true, "reportagenewsarticle": true,
	"analysisnewsarticle": true, "opinionnewsarticle": true, "reviewnewsarticle": true,
	"backgroundnewsarticle": true, "askpublicnewsarticle": true, "techarticle": true,
	"scholarlyarticle": true, "report": true, "liveblogposting": true, "socialmediaposting": true,
	"posting": true, "review": true,
}

// parseJSONLD reads every ld+json script; malformed ones are skipped, since
// pages ship broken JSON-LD often enough that it must not fail extraction.
func parseJSONLD(scripts []jsonLDScript) jsonLD {
	ld := jsonLD{types: map[string]bool{}}
	found := false
	for _, s := range scripts {
		var v any
		if json.Unmarshal([]byte(strings.TrimSpace(s.raw)), &v) != nil {
			continue
		}
		for _, node := range flattenLD(v, 0) {
			ts := ldTypes(node)
			isArticle := false
			for _, t := range ts {
				ld.types[t] = true
				isArticle = isArticle || articleTypes[t]
			}
			if isArticle && !found {
				found = true
				ld.fill(node)
				ld.pos = s.pos
			}
		}
	}
	return ld
}

// flattenLD lists the typed nodes of a JSON-LD value: top-level arrays,
// @graph members, and mainEntity.
func flattenLD(v any, depth int) []map[string]any {
	if depth > 4 {
		return nil
	}
	var out []map[string]any
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			out = append(out, flattenLD(e, depth+1)...)
		}
	case map[string]any:
		out = append(out, x)
		for _, k := range []string{"@graph", "mainEntity", "mainEntityOfPage"} {
			if sub, ok := x[k]; ok {
				out = append(out, flattenLD(sub, depth+1)...)
			}
		}
	}
	return out
}

func ldTypes(node map[string]any) []string {
	var out []string
	for _, t := range ldStrings(node["@type"]) {
		out = append(out, strings.ToLower(t))
	}
	return out
}

func (ld *jsonLD) fill(node map[string]any) {
	ld.headline = firstOf(ldStrings(node["headline"]))
	if ld.headline == "" {
		ld.headline = firstOf(ldStrings(node["name"]))
	}
	ld.authors = ldNames(node["author"])
	ld.published = firstOf(ldStrings(node["datePublished"]))
	ld.publisher = firstOf(ldNames(node["publisher"]))
	ld.language = firstOf(ldStrings(node["inLanguage"]))
	ld.image = firstOf(ldURLs(node["image"]))
	ld.basedOn = ldURLs(node["isBasedOn"])
	ld.citations = ldURLs(node["citation"])
}

// ldStrings reads a JSON-LD value that should be text: a string or a list.
func ldStrings(v any) []string {
	switch x := v.(type) {
	case string:
		if s := strings.TrimSpace(x); s != "" {
			return []string{s}
		}
	case []any:
		var out []string
		for _, e := range x {
			out = append(out, ldStrings(e)...)
		}
		return out
	case map[string]any:
		return ldStrings(x["@value"])
	}
	return nil
}

// ldNames reads Person/Organization values: names of objects, or strings.
func ldNames(v any) []string {
	switch x := v.(type) {
	case []any:
		var out []string
		for _, e := range x {
			out = append(out, ldNames(e)...)
		}
		return out
	case map[string]any:
		return ldStrings(x["name"])
	}
	return ldStrings(v)
}

// ldURLs reads URL-valued properties: strings, or objects with url / @id.
func ldURLs(v any) []string {
	switch x := v.(type) {
	case []any:
		var out []string
		for _, e := range x {
			out = append(out, ldURLs(e)...)
		}
		return out
	case map[string]any:
		for _, k := range []string{"url", "@id", "contentUrl"} {
			if s := firstOf(ldStrings(x[k])); s != "" {
				return []string{s}
			}
		}
		return nil
	}
	return ldStrings(v)
}

func firstOf(s []string) string {
	if len(s) == 0 {
		return ""
	}
	return s[0]
}
