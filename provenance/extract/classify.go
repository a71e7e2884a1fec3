package extract

import (
	"regexp"
	"strings"
)

// reListingPath matches URL paths of tag, section and archive pages.
var reListingPath = regexp.MustCompile(`(?i)^/(?:[a-z]{2}(?:-[a-z]{2})?/)?(?:tags?|topics?|category|categories|section|sections|archive|archives|author|authors|search|page)(?:/|$)`)

// classify tells an article page from a listing (homepage, tag or section
// page): declared types first, then the URL, then the layout.
func classify(pg *page, a *Article) string {
	path := strings.TrimRight(pg.url.EscapedPath(), "/")
	ld := pg.ld.types
	ogType := strings.ToLower(pg.meta["og:type"])
	switch {
	case path == "" || path == "/index.html" || path == "/index.php":
		return TypeListing
	case ld["collectionpage"] || ld["itemlist"] || ld["searchresultspage"]:
		return TypeListing
	case hasArticleType(ld) || ogType == "article":
		return TypeArticle
	case ogType == "website" || ld["webpage"] || reListingPath.MatchString(path):
		return TypeListing
	}
	linkShare := float64(pg.linkRunes) / float64(max(1, pg.linkRunes+pg.textRunes))
	switch {
	case a.WordCount < 250 && linkShare > 0.5 || linkShare > 0.7:
		return TypeListing
	case a.WordCount >= 100 && len(a.Paragraphs) >= 3:
		return TypeArticle
	}
	return TypeUnknown
}

func hasArticleType(types map[string]bool) bool {
	for t := range types {
		if articleTypes[t] {
			return true
		}
	}
	return false
}
