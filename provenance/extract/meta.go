package extract

import (
	"strings"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"
	"github.com/itlightning/dateparse"

	"github.com/provcheck/provcheck/provenance/text"
)

// candidate is one source's value for a metadata field.
type candidate struct{ source, value string }

// pick returns the first non-empty candidate: callers list sources from the
// most to the least trustworthy for that field.
func pick(cs ...candidate) candidate {
	for _, c := range cs {
		if v := collapseSpace(c.value); v != "" {
			return candidate{c.source, v}
		}
	}
	return candidate{}
}

// setMetadata fills the metadata fields and FieldSources. Per field, the
// publisher's structured data (JSON-LD) beats Open Graph, which beats plain
// meta tags, which beat readability's guesses from the layout.
func (a *Article) setMetadata(pg *page, ra readability.Article) {
	ld := pg.ld
	m := pg.meta
	set := func(field string, dst *string, c candidate) {
		if c.value != "" {
			*dst = c.value
			a.FieldSources[field] = c.source
		}
	}
	set("title", &a.Title, pick(
		candidate{"json-ld", ld.headline}, candidate{"og", m["og:title"]},
		candidate{"meta", m["twitter:title"]}, candidate{"readability", ra.Title()}, candidate{"title-element", pg.title}))
	set("byline", &a.Byline, pick(
		candidate{"json-ld", strings.Join(ld.authors, ", ")}, candidate{"meta", m["author"]},
		candidate{"meta", m["article:author"]}, candidate{"meta", m["byl"]}, candidate{"readability", ra.Byline()}))
	set("site_name", &a.SiteName, pick(
		candidate{"json-ld", ld.publisher}, candidate{"og", m["og:site_name"]},
		candidate{"meta", m["application-name"]}, candidate{"readability", ra.SiteName()}))
	set("language", &a.Language, pick(
		candidate{"html-lang", pg.lang}, candidate{"json-ld", ld.language},
		candidate{"meta", m["content-language"]}, candidate{"og", m["og:locale"]}, candidate{"readability", ra.Language()}))
	if a.Language == "" {
		// a page declaring none (a text file, bare HTML) is read from its
		// body; a declared language always wins
		set("language", &a.Language, candidate{"text", text.Detect(a.Text)})
	}
	set("image", &a.Image, pick(
		candidate{"og", m["og:image"]}, candidate{"json-ld", ld.image}, candidate{"readability", ra.ImageURL()}))
	set("canonical", &a.Canonical, pick(
		candidate{"link-canonical", pg.relLinks["canonical"]}, candidate{"og", m["og:url"]}))
	a.setPublished(pg, ld, ra)
}

func (a *Article) setPublished(pg *page, ld jsonLD, ra readability.Article) {
	m := pg.meta
	pub := pick(
		candidate{"json-ld", ld.published}, candidate{"meta:article:published_time", m["article:published_time"]},
		candidate{"meta:datePublished", m["datepublished"]}, candidate{"meta:date", m["date"]},
		candidate{"meta:dc.date", m["dc.date"]}, candidate{"time-element", pg.timeAttr})
	if pub.value == "" {
		if t, err := ra.PublishedTime(); err == nil {
			pub = candidate{"readability", t.Format(time.RFC3339)}
		}
	}
	if pub.value == "" {
		return
	}
	a.Published = pub.value
	a.FieldSources["published"] = pub.source
	if t, ok := parseDate(pub.value); ok {
		a.PublishedAt = t
		a.Published = t.Format(time.RFC3339)
	}
}

// parseDate reads the date formats pages use; RFC 3339 first because it is
// the common case and unambiguous.
func parseDate(s string) (time.Time, bool) {
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, true
	}
	t, err := dateparse.ParseStrict(s)
	if err != nil || t.Year() < 1990 || t.Year() > 2200 {
		return time.Time{}, false
	}
	return t, true
}
