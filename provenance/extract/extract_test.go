package extract_test

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/provcheck/provcheck/provenance/extract"
	"github.com/provcheck/provcheck/provenance/text"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const pageURL = "https://vigourfeed.test/2031/harbour-authority-probe/"

// prose is fictional story text, long enough for readability to see an
// article in it.
const prose = `<p>The city council of Brenmoor voted on Tuesday to close the old tram depot by the end of next year, ending a century of repairs carried out on the site by generations of local engineers.</p>
<p>Council member Ilse Varga, who chairs the transport committee, said the decision followed a two-year study that found the building could not be brought up to modern safety standards at a reasonable cost.</p>
<p>Workers at the depot will be offered positions at the new maintenance centre on the eastern ring road, which is due to open in the spring, the council said in a statement released after the vote.</p>
<p>Residents of the neighbourhood have asked that the brick facade be preserved, and the committee agreed to commission a heritage survey before any demolition work begins on the listed parts of the site.</p>`

// page wraps body snippets into a complete article page.
func page(head, body string) []byte {
	return []byte(`<!DOCTYPE html><html lang="en"><head><title>Brenmoor to close tram depot</title>` + head +
		`</head><body><nav><a href="/">Home</a> <a href="/city/">City</a></nav><article><h1>Brenmoor to close tram depot</h1>` +
		prose + body + `</article><footer><a href="/about/">About us</a></footer></body></html>`)
}

func mustExtract(t *testing.T, body []byte) *extract.Article {
	t.Helper()
	a, err := extract.Extract(body, pageURL, extract.Options{})
	require.NoError(t, err)
	require.NotNil(t, a)
	return a
}

func TestAggregatorPage(t *testing.T) {
	body, err := os.ReadFile("testdata/aggregator.html")
	require.NoError(t, err)
	a := mustExtract(t, body)

	require.NotEmpty(t, a.References)
	first := a.References[0]
	assert.Equal(t, extract.KindLabelled, first.Kind)
	assert.Equal(t, "https://www.dailyplanet.test/business/2031/10/harbour-probe-freight-data", first.URL, "tracking parameters dropped")
	assert.Equal(t, "Reference", first.Text)
	assert.InDelta(t, extract.ConfLabelled, first.Confidence, 1e-9)

	assert.Contains(t, a.Text, "Investigators at the Port of Valmora")
	for _, gone := range []string{"Denial of responsibility", "automatic aggregator", "DMCA compliant image", "Leave a Comment", "Reference"} {
		assert.NotContains(t, a.Text, gone)
	}
	joined := strings.Join(a.Boilerplate, "\n")
	assert.Contains(t, joined, "Denial of responsibility! Vigourfeed is an automatic aggregator")
	assert.Contains(t, joined, "DMCA compliant image")
	assert.Contains(t, joined, "Leave a Comment")
	assert.Equal(t, "article", a.Type)
	assert.Equal(t, "en-US", a.Language)
	assert.Equal(t, "html-lang", a.FieldSources["language"])
	assert.Equal(t, "Vigourfeed", a.SiteName)
	for _, r := range a.References {
		assert.NotEqual(t, "facebook.com", extract.Site(r.URL), "share buttons are not sources")
		assert.NotEqual(t, "vigourfeed.test", extract.Site(r.URL), "same-site links are not sources")
	}
}

func TestTextAndParagraphSpans(t *testing.T) {
	a := mustExtract(t, page("", `<p>Ünïcödé line: 東京 and café.</p>`))
	assert.NotContains(t, a.Text, "\n\n\n")
	paras := strings.Split(a.Text, "\n\n")
	require.Len(t, a.Paragraphs, len(paras))
	r := text.NewRunes(a.Text)
	for i, sp := range a.Paragraphs {
		assert.Equal(t, paras[i], sp.Text)
		assert.Equal(t, sp.Text, a.Text[r.ByteOffset(sp.Start):r.ByteOffset(sp.End)])
	}
	assert.Contains(t, a.Text, "Ünïcödé line: 東京 and café.")
	assert.Equal(t, len(strings.Fields(a.Text)), a.WordCount)
}

func TestLinksWholePage(t *testing.T) {
	a := mustExtract(t, page("", `<p>The council cited <a href="https://stats.brenmoor.test/depot-study">the depot study</a> in its vote.</p>`))
	byURL := map[string]extract.Link{}
	for _, l := range a.Links {
		byURL[l.URL] = l
	}
	require.Contains(t, byURL, "https://vigourfeed.test/")
	require.Contains(t, byURL, "https://vigourfeed.test/about/")
	require.Contains(t, byURL, "https://stats.brenmoor.test/depot-study")
	assert.False(t, byURL["https://vigourfeed.test/about/"].InArticle)
	assert.True(t, byURL["https://stats.brenmoor.test/depot-study"].InArticle)
	assert.Equal(t, "the depot study", byURL["https://stats.brenmoor.test/depot-study"].Text)
}

func TestLabelledReferences(t *testing.T) {
	const src = "https://planet.test/news/depot"
	cases := []struct {
		name, snippet, label string
	}{
		{"reference anchor", `<p><a href="` + src + `">Reference</a></p>`, "Reference"},
		{"source colon", `<p>Source: <a href="` + src + `">Daily Planet</a></p>`, "Source"},
		{"sources heading list", `<h3>Sources</h3><ul><li><a href="https://other.test/x">Other Herald</a></li><li><a href="` + src + `">Daily Planet</a></li></ul>`, "Sources"},
		{"reference paragraph before", `<p>Reference</p><p><a href="` + src + `">Brenmoor closes its tram depot</a></p>`, "Reference"},
		{"via", `<p>Story via <a href="` + src + `">Daily Planet</a></p>`, "via"},
		{"originally published at, in anchor", `<p><a href="` + src + `">Originally published at Daily Planet</a></p>`, "Originally published at Daily Planet"},
		{"originally published on", `<p>This story was originally published on <a href="` + src + `">Daily Planet</a>.</p>`, "originally published on"},
		{"originally reported by a byline for", `<p>Originally reported by Ana Ruiz for <a href="` + src + `">Daily Planet</a>.</p>`, "Originally reported by Ana Ruiz for"},
		{"first appeared in", `<p>This story first appeared in <a href="` + src + `">Daily Planet</a>.</p>`, "first appeared in"},
		{"read the original", `<p><a href="` + src + `">Read the original article</a></p>`, "Read the original article"},
		{"read more at", `<p>Read more at <a href="` + src + `">Daily Planet</a></p>`, "Read more at"},
		{"full story", `<p>Full story: <a href="` + src + `">Daily Planet</a></p>`, "Full story"},
		{"full story anchor", `<p><a href="` + src + `">Full story</a></p>`, "Full story"},
		{"continue reading on, in anchor", `<p><a href="` + src + `">Continue reading on Daily Planet</a></p>`, "Continue reading on Daily Planet"},
		{"continue reading at", `<p>Continue reading at <a href="` + src + `">Daily Planet</a></p>`, "Continue reading at"},
		{"credit", `<p>Credit: <a href="` + src + `">Daily Planet</a></p>`, "Credit"},
		{"hat tip", `<p>H/T <a href="` + src + `">Daily Planet</a></p>`, "H/T"},
		{"german", `<p>Quelle: <a href="` + src + `">Tagesplanet</a></p>`, "Quelle"},
		{"spanish", `<p>Fuente: <a href="` + src + `">Diario Planeta</a></p>`, "Fuente"},
		{"french spacing", `<p>Source : <a href="` + src + `">Le Planète</a></p>`, "Source"},
		{"chinese", `<p>来源：<a href="` + src + `">星球日报</a></p>`, "来源"},
		{"publisher named before the link", `<p>Originally published by Daily Planet: <a href="` + src + `">Brenmoor closes its depot</a></p>`, "Originally published by Daily Planet"},
		{"link in brackets after the name", `<p>Source: Daily Planet (<a href="` + src + `">link</a>)</p>`, "Source"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := mustExtract(t, page("", tc.snippet))
			ref, ok := findRef(a.References, src)
			require.True(t, ok, "references: %+v", a.References)
			assert.Equal(t, extract.KindLabelled, ref.Kind)
			assert.Equal(t, tc.label, ref.Text)
			assert.Equal(t, extract.KindLabelled, a.References[0].Kind, "labelled sources rank first")
		})
	}
}

// TestUnlinkedLabel notices a source label left with no link, the trace a
// copy keeps when its hyperlinks are lost, and only then.
func TestUnlinkedLabel(t *testing.T) {
	const src = "https://planet.test/news/depot"
	cases := []struct {
		name, snippet, want string
	}{
		{"bare reference paragraph", `<p>Reference</p><p>Denial of responsibility! This site is an aggregator.</p>`, "Reference"},
		{"source with a colon in a heading", `<h4>Source:</h4>`, "Source"},
		{"label that links", `<p><a href="` + src + `">Reference</a></p>`, ""},
		{"label before a link", `<p>Reference</p><p><a href="` + src + `">Brenmoor closes its tram depot</a></p>`, ""},
		{"the word in prose", `<p>A source close to the council said the depot would close.</p>`, ""},
		{"no label at all", ``, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := mustExtract(t, page("", tc.snippet))
			assert.Equal(t, tc.want, a.UnlinkedLabel)
		})
	}
}

func TestUnlabelledLinksAreNotLabelled(t *testing.T) {
	cases := map[string]string{
		"prose link":      `<p>The minister <a href="https://gov.test/statement">said in a statement</a> that the plan was sound.</p>`,
		"photo source":    `<p>Photo source: <a href="https://pics.test/depot.jpg">Pics Agency</a></p>`,
		"sources say":     `<p><a href="https://gov.test/x">Sources say the vote was close</a> and more.</p>`,
		"via in prose":    `<p>Spare parts were shipped to the depot via <a href="https://port.test/">the northern port</a> last year.</p>`,
		"source in prose": `<p>The timetable app is built on the open source <a href="https://code.test/tt">routing library</a> used by other cities.</p>`,
	}
	for name, snippet := range cases {
		t.Run(name, func(t *testing.T) {
			a := mustExtract(t, page("", snippet))
			for _, r := range a.References {
				assert.NotEqual(t, extract.KindLabelled, r.Kind, "%+v", r)
			}
		})
	}
}

func TestMetadataReferences(t *testing.T) {
	cases := []struct {
		name, head, url, kind string
		conf                  float64
	}{
		{"canonical elsewhere", `<link rel="canonical" href="https://planet.test/depot">`, "https://planet.test/depot", extract.KindCanonical, extract.ConfCanonical},
		{"og:url elsewhere", `<meta property="og:url" content="https://planet.test/depot">`, "https://planet.test/depot", extract.KindOGURL, extract.ConfOGURL},
		{"json-ld isBasedOn", `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"x","isBasedOn":"https://planet.test/depot"}</script>`, "https://planet.test/depot", extract.KindJSONLDBasedOn, extract.ConfJSONLDBasedOn},
		{"json-ld citation object", `<script type="application/ld+json">{"@type":"Article","citation":[{"@type":"CreativeWork","url":"https://planet.test/depot"}]}</script>`, "https://planet.test/depot", extract.KindJSONLDCitation, extract.ConfJSONLDCitation},
		{"meta original-source", `<meta name="original-source" content="https://planet.test/depot">`, "https://planet.test/depot", extract.KindOriginalSource, extract.ConfOriginalSource},
		{"meta syndication-source", `<meta name="syndication-source" content="https://planet.test/depot">`, "https://planet.test/depot", extract.KindSyndicationSource, extract.ConfSyndicationSource},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := mustExtract(t, page(tc.head, ""))
			ref, ok := findRef(a.References, tc.url)
			require.True(t, ok, "references: %+v", a.References)
			assert.Equal(t, tc.kind, ref.Kind)
			assert.InDelta(t, tc.conf, ref.Confidence, 1e-9)
		})
	}
}

func TestSameSiteCanonicalIgnored(t *testing.T) {
	a := mustExtract(t, page(`<link rel="canonical" href="https://www.vigourfeed.test/2031/harbour-authority-probe/"><meta property="og:url" content="https://m.vigourfeed.test/x">`, ""))
	assert.Empty(t, a.References)
	assert.Equal(t, "https://www.vigourfeed.test/2031/harbour-authority-probe/", a.Canonical)
}

// A page read from a file has no address: the og:url and canonical it
// declares are its own, not references.
func TestLocalFileKnownByItsDeclaredURL(t *testing.T) {
	head := `<link rel="canonical" href="https://www.vigourfeed.test/story"><meta property="og:url" content="https://www.vigourfeed.test/story">`
	body := `<p>Source: <a href="https://planet.test/depot">Daily Planet</a></p><p>More at <a href="https://vigourfeed.test/other">our site</a>.</p>`
	a, err := extract.Extract(page(head, body), "file:///tmp/saved/story.html", extract.Options{})
	require.NoError(t, err)
	var urls []string
	for _, r := range a.References {
		urls = append(urls, r.URL)
	}
	assert.Equal(t, []string{"https://planet.test/depot"}, urls)
}

func TestReferenceURLCleaning(t *testing.T) {
	cases := map[string]string{
		"google news":    "https://news.google.com/articles/CBMi?url=https%3A%2F%2Fplanet.test%2Fdepot&hl=en-US",
		"facebook":       "https://l.facebook.com/l.php?u=https%3A%2F%2Fplanet.test%2Fdepot%3Ffbclid%3Dabc&h=AT0",
		"tracking":       "https://planet.test/depot?utm_source=x&utm_campaign=y&gclid=1&mc_cid=2#comments",
		"google url=":    "https://www.google.com/url?sa=t&url=https://planet.test/depot",
		"reddit wrapper": "https://out.reddit.com/t3_abc?url=https%3A%2F%2Fplanet.test%2Fdepot&token=z",
	}
	for name, href := range cases {
		t.Run(name, func(t *testing.T) {
			a := mustExtract(t, page("", `<p>Source: <a href="`+strings.ReplaceAll(href, "&", "&amp;")+`">Daily Planet</a></p>`))
			require.NotEmpty(t, a.References)
			assert.Equal(t, "https://planet.test/depot", a.References[0].URL)
		})
	}
	t.Run("t.co left alone", func(t *testing.T) {
		a := mustExtract(t, page("", `<p>Source: <a href="https://t.co/AbC123">planet.test/depot</a></p>`))
		require.NotEmpty(t, a.References)
		assert.Equal(t, "https://t.co/AbC123", a.References[0].URL)
	})
}

func TestReferencesDedupedAndSorted(t *testing.T) {
	head := `<link rel="canonical" href="https://planet.test/depot"><meta property="og:url" content="https://planet.test/depot/">` +
		`<script type="application/ld+json">{"@type":"NewsArticle","citation":"https://archive.test/report"}</script>`
	body := `<p>The figures come from <a href="https://archive.test/report">the archive</a> and from
		<a href="https://www.dailyherald.test/depot">The Daily Herald</a>.</p>
		<p>Source: <a href="https://planet.test/depot?utm_source=agg">Planet</a></p>`
	a := mustExtract(t, page(head, body))
	require.GreaterOrEqual(t, len(a.References), 3)
	assert.Equal(t, "https://planet.test/depot", a.References[0].URL)
	assert.Equal(t, extract.KindLabelled, a.References[0].Kind, "the most confident kind wins the duplicate")
	seen := map[string]bool{}
	for i, r := range a.References {
		key := strings.TrimSuffix(r.URL, "/")
		assert.False(t, seen[key], "duplicate %s", r.URL)
		seen[key] = true
		if i > 0 {
			assert.LessOrEqual(t, r.Confidence, a.References[i-1].Confidence)
		}
	}
	herald, ok := findRef(a.References, "https://www.dailyherald.test/depot")
	require.True(t, ok, "%+v", a.References)
	assert.Contains(t, []string{extract.KindPublisherLink, extract.KindLastLink}, herald.Kind)
	archive, ok := findRef(a.References, "https://archive.test/report")
	require.True(t, ok)
	assert.Equal(t, extract.KindJSONLDCitation, archive.Kind)
}

func TestPublisherAndLastLinks(t *testing.T) {
	body := `<p>The plan was first reported by <a href="https://www.dailyherald.test/depot">The Daily Herald</a> last week.</p>
		<p>Budget documents are <a href="https://docs.brenmoor.test/budget">on the council site</a>.</p>`
	a := mustExtract(t, page("", body))
	herald, ok := findRef(a.References, "https://www.dailyherald.test/depot")
	require.True(t, ok, "%+v", a.References)
	assert.Equal(t, extract.KindPublisherLink, herald.Kind)
	docs, ok := findRef(a.References, "https://docs.brenmoor.test/budget")
	require.True(t, ok, "%+v", a.References)
	assert.Equal(t, extract.KindLastLink, docs.Kind)
	assert.InDelta(t, extract.ConfLastLink, docs.Confidence, 1e-9)
}

func TestMetadataSources(t *testing.T) {
	cases := []struct {
		name   string
		head   string
		body   string
		field  string
		want   string
		source string
	}{
		{"json-ld headline", `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","headline":"Depot to close","author":[{"@type":"Person","name":"Ada Brook"},{"@type":"Person","name":"Tom Reyes"}],"datePublished":"2031-03-04T09:30:00+01:00","publisher":{"@type":"Organization","name":"Brenmoor Courier"}}]}</script><meta property="og:title" content="OG title">`,
			"", "title", "Depot to close", "json-ld"},
		{"json-ld author", `<script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"Ada Brook"},{"@type":"Person","name":"Tom Reyes"}]}</script><meta name="author" content="Someone Else">`,
			"", "byline", "Ada Brook, Tom Reyes", "json-ld"},
		{"json-ld publisher", `<script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"Brenmoor Courier"}}</script><meta property="og:site_name" content="Courier">`,
			"", "site_name", "Brenmoor Courier", "json-ld"},
		{"og title", `<meta property="og:title" content="Tram depot closes">`, "", "title", "Tram depot closes", "og"},
		{"og site name", `<meta property="og:site_name" content="Brenmoor Courier">`, "", "site_name", "Brenmoor Courier", "og"},
		{"meta author", `<meta name="author" content="Ada Brook">`, "", "byline", "Ada Brook", "meta"},
		{"html lang", ``, "", "language", "en", "html-lang"},
		{"readability title", ``, "", "title", "Brenmoor to close tram depot", "readability"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := mustExtract(t, page(tc.head, tc.body))
			got := map[string]string{"title": a.Title, "byline": a.Byline, "site_name": a.SiteName, "language": a.Language}
			assert.Equal(t, tc.want, got[tc.field])
			assert.Equal(t, tc.source, a.FieldSources[tc.field])
		})
	}
}

func TestPublishedSources(t *testing.T) {
	want := time.Date(2031, 3, 4, 8, 30, 0, 0, time.UTC)
	cases := []struct{ name, head, body, source string }{
		{"json-ld", `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2031-03-04T09:30:00+01:00"}</script>`, "", "json-ld"},
		{"og article time", `<meta property="article:published_time" content="2031-03-04T08:30:00Z">`, "", "meta:article:published_time"},
		{"time element", ``, `<p>Posted <time datetime="2031-03-04T08:30:00Z">4 March</time></p>`, "time-element"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := mustExtract(t, page(tc.head, tc.body))
			assert.True(t, a.PublishedAt.Equal(want), "got %v", a.PublishedAt)
			assert.Equal(t, tc.source, a.FieldSources["published"])
			_, err := time.Parse(time.RFC3339, a.Published)
			assert.NoError(t, err, a.Published)
		})
	}
	t.Run("unparseable kept as written", func(t *testing.T) {
		a := mustExtract(t, page(`<meta property="article:published_time" content="the day before yesterday">`, ""))
		assert.Equal(t, "the day before yesterday", a.Published)
		assert.True(t, a.PublishedAt.IsZero())
	})
}

func TestType(t *testing.T) {
	linkRows := strings.Repeat(`<li><a href="/city/story-one">Council approves the new cycle lanes on the ring road</a></li>`, 40)
	listing := []byte(`<html><head><title>City news</title></head><body><h1>City</h1><ul>` + linkRows + `</ul><p>` +
		`The latest stories from the city desk of the Brenmoor Courier, updated through the day by our reporters.</p></body></html>`)
	cases := []struct {
		name string
		body []byte
		url  string
		want string
	}{
		{"article", page(`<meta property="og:type" content="article">`, ""), pageURL, "article"},
		{"root path", page("", ""), "https://vigourfeed.test/", "listing"},
		{"og website", page(`<meta property="og:type" content="website">`, ""), pageURL, "listing"},
		{"collection page", page(`<script type="application/ld+json">{"@type":"CollectionPage","name":"City"}</script>`, ""), pageURL, "listing"},
		{"json-ld web page", page(`<script type="application/ld+json">{"@type":"WebPage","name":"City"}</script>`, ""), pageURL, "listing"},
		{"json-ld article wins over web page", page(`<script type="application/ld+json">[{"@type":"WebPage"},{"@type":["NewsArticle"]}]</script><meta property="og:type" content="website">`, ""), pageURL, "article"},
		{"tag path", page("", ""), "https://vigourfeed.test/tag/trams/", "listing"},
		{"link-dense", listing, "https://vigourfeed.test/city-desk", "listing"},
		{"article by layout", page("", ""), pageURL, "article"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a, err := extract.Extract(tc.body, tc.url, extract.Options{})
			require.NoError(t, err)
			assert.Equal(t, tc.want, a.Type)
		})
	}
}

func TestExtractErrors(t *testing.T) {
	spa := []byte(`<!DOCTYPE html><html><head><script src="/static/app.js"></script><script>window.__STATE__={"a":1}</script></head>` +
		`<body><div id="root"></div><noscript>You need to enable JavaScript to run this app.</noscript><script src="/static/chunk.js"></script></body></html>`)
	cases := []struct {
		name   string
		body   []byte
		reason string
	}{
		{"empty", nil, extract.ReasonEmpty},
		{"white space", []byte(" \n\t "), extract.ReasonEmpty},
		{"empty document", []byte("<html><head></head><body></body></html>"), extract.ReasonEmpty},
		{"no article", []byte(`<html><body><nav><a href="/a">Home</a> <a href="/b">About</a></nav><p>Hi.</p></body></html>`), extract.ReasonNoArticle},
		{"frameset", []byte(`<html><frameset cols="50%,50%"><frame src="a.html"><frame src="b.html"></frameset></html>`), extract.ReasonFrameset},
		{"spa shell", spa, extract.ReasonSPAShell},
		{"deep nesting", bytes.Repeat([]byte("<div>"), 5000), extract.ReasonTooDeep},
		{"nesting past the parser bound", bytes.Repeat([]byte("<section>x"), 600), extract.ReasonTooDeep},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a, err := extract.Extract(tc.body, pageURL, extract.Options{})
			assert.Nil(t, a)
			var xe *extract.Error
			require.True(t, errors.As(err, &xe), "err = %v", err)
			assert.Equal(t, tc.reason, xe.Reason)
			assert.Equal(t, pageURL, xe.URL)
		})
	}
}

func TestHugeNestedDivs(t *testing.T) {
	if testing.Short() {
		t.Skip("50 MB input")
	}
	body := bytes.Repeat([]byte("<div>"), 10<<20) // 50 MB
	_, err := extract.Extract(body, pageURL, extract.Options{MaxBytes: 64 << 20})
	var xe *extract.Error
	require.True(t, errors.As(err, &xe), "err = %v", err)
	assert.Equal(t, extract.ReasonTooDeep, xe.Reason)
}

func TestInvalidUTF8(t *testing.T) {
	body := page("", "<p>Broken bytes \xff\xfe here, and the story goes on about the depot and its workers.</p>")
	a := mustExtract(t, body)
	assert.True(t, strings.Contains(a.Text, "Broken bytes"))
	assert.True(t, strings.ToValidUTF8(a.Text, "") == a.Text, "text is valid UTF-8")
}

func findRef(refs []extract.Reference, u string) (extract.Reference, bool) {
	for _, r := range refs {
		if strings.TrimSuffix(r.URL, "/") == strings.TrimSuffix(u, "/") {
			return r, true
		}
	}
	return extract.Reference{}, false
}

func TestFooterDisclaimerListed(t *testing.T) {
	body := []byte(strings.Replace(string(page("", "")), "<footer>",
		`<footer><p>Denial of responsibility! Tramwatch is an automatic aggregator of the world's media. All trademarks belong to their rightful owners.</p>`, 1))
	a := mustExtract(t, body)
	require.Len(t, a.Boilerplate, 1)
	assert.Contains(t, a.Boilerplate[0], "Tramwatch is an automatic aggregator")
	assert.NotContains(t, a.Text, "automatic aggregator")
}

// A homepage is a listing, whatever readability makes of it: callers must
// be able to tell "not an article" from "nothing here".
func TestHomepageIsAListing(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html><head><title>Daily Planet</title><meta property="og:type" content="website"></head><body><main>`)
	for i := range 30 {
		fmt.Fprintf(&b, `<h2><a href="/news/2031/story-%d">Headline number %d about the city council budget</a></h2>`, i, i)
	}
	b.WriteString(`</main></body></html>`)
	a, err := extract.Extract([]byte(b.String()), "https://planet.test/", extract.Options{})
	if err != nil {
		var xe *extract.Error
		require.ErrorAs(t, err, &xe)
		assert.Equal(t, extract.ReasonListing, xe.Reason)
		return
	}
	assert.Equal(t, "listing", a.Type)
}

func TestURLKey(t *testing.T) {
	same := []struct{ a, b string }{
		{"https://www.site.example/a/b/", "http://site.example/a/b"},
		{"https://site.example/a?utm_source=x&id=3#top", "https://site.example/a?id=3"},
		{"https://site.example/a?fbclid=1", "https://SITE.example/a"},
		{"http://site.example:80/a", "http://site.example/a"},
	}
	for _, tt := range same {
		assert.Equal(t, extract.URLKey(tt.a), extract.URLKey(tt.b), tt.a)
	}
	assert.NotEqual(t, extract.URLKey("https://site.example/a"), extract.URLKey("https://site.example/b"))
	assert.NotEqual(t, extract.URLKey("http://site.example:8080/a"), extract.URLKey("http://site.example/a"))
}

// TestTidyKeepsCreditLinesApart: tidy drops bylines, credit lines and
// datelines from the text, and hands back those that may credit a source;
// counters and bare dates are dropped for good.
func TestTidyKeepsCreditLinesApart(t *testing.T) {
	furniture := []string{"Photo 3 of 12", "12 March 2024, 9:30 am",
		"First published by the Brenmoor Courier.", "Reporting by Ada Marsh; editing by Tom Reyes", "By Ada Marsh", "Updated 14 March"}
	a := mustExtract(t, page("", "<p>"+strings.Join(furniture, "</p><p>")+"</p>"))
	for _, f := range furniture {
		assert.NotContains(t, a.Text, f)
	}
	assert.Equal(t, furniture[2:], a.CreditLines)
}

// TestIgnoredLabelledLinks: a labelled link to the page itself, its own
// site or a relative path of a saved page is no reference, and the
// article says why; a protocol-relative link in a saved page is https.
func TestIgnoredLabelledLinks(t *testing.T) {
	tests := []struct {
		name, pageURL, href, want, reason string
	}{
		{"itself", pageURL, pageURL, pageURL, extract.IgnoredSelf},
		{"own site", pageURL, "/2031/other-story/", "https://vigourfeed.test/2031/other-story/", extract.IgnoredSameSite},
		{"relative in a saved page", "file:///home/ed/copy.html", "orig.html", "file:///home/ed/orig.html", extract.IgnoredRelative},
		{"mail", pageURL, "mailto:desk@planet.test", "mailto:desk@planet.test", extract.IgnoredNotWeb},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := extract.Extract(page("", `<p>Reference: <a href="`+tt.href+`">the story</a></p>`), tt.pageURL, extract.Options{})
			require.NoError(t, err)
			_, found := findRef(a.References, tt.want)
			assert.False(t, found)
			assert.Equal(t, []extract.IgnoredReference{{URL: tt.want, Text: "Reference", Reason: tt.reason}}, a.Ignored)
		})
	}
	a, err := extract.Extract(page("", `<p>Reference: <a href="//planet.test/news/depot">the story</a></p>`), "file:///home/ed/copy.html", extract.Options{})
	require.NoError(t, err)
	ref, ok := findRef(a.References, "https://planet.test/news/depot")
	require.True(t, ok, "references: %+v", a.References)
	assert.Equal(t, extract.KindLabelled, ref.Kind)
}

// TestReferenceLinesAreNoStoryText: lines that only label and link the
// page's sources leave the text for CreditLines; a credit written as a
// sentence, and prose that mentions a link, stay.
func TestReferenceLinesAreNoStoryText(t *testing.T) {
	const src = "https://planet.test/news/depot"
	tests := []struct {
		name, snippet, line string
		dropped             bool
	}{
		{"label and URL", `<p>Reference: <a href="` + src + `">` + src + `</a></p>`, "Reference: " + src, true},
		{"publisher named before the title", `<p>Originally published by Daily Planet: <a href="` + src + `">Brenmoor closes its depot</a></p>`, "Originally published by Daily Planet: Brenmoor closes its depot", true},
		{"link in brackets", `<p>Source: Daily Planet (<a href="` + src + `">link</a>)</p>`, "Source: Daily Planet (link)", true},
		{"two sources", `<p>Sources: <a href="` + src + `">Daily Planet</a>, <a href="https://other.test/x">Other Herald</a></p>`, "Sources: Daily Planet, Other Herald", true},
		{"credit sentence", `<p>This story was originally published on <a href="` + src + `">Daily Planet</a>.</p>`, "This story was originally published on Daily Planet.", false},
		{"prose with a link", `<p>The council's study of the depot, <a href="https://stats.brenmoor.test/depot-study">the depot study</a>, ran to 80 pages.</p>`, "ran to 80 pages", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := mustExtract(t, page("", tt.snippet))
			assert.Equal(t, !tt.dropped, strings.Contains(a.Text, tt.line), "text:\n%s", a.Text)
			if tt.dropped {
				assert.Contains(t, a.CreditLines, tt.line)
			}
			assert.Contains(t, a.Text, "Brenmoor voted on Tuesday", "the story stays")
		})
	}
}

// Cookie notices and plugs for the site's news app are site furniture even
// when their class names do not say so; a story that reports on cookies or
// an app keeps its paragraphs.
func TestSiteNoticesAreNoStoryText(t *testing.T) {
	tests := []struct {
		name, para string
		dropped    bool
	}{
		{"cookie notice", "We use cookies to tailor the adverts you see, to offer sharing buttons and to count our visitors. By continuing to read you accept our use of cookies.", true},
		{"cookie notice naming the site", "This website uses cookies so that the Brenmoor Bugle can remember your settings and measure its readership. Read our cookie policy to learn more.", true},
		{"consent sentence first", "By continuing to use this site you agree to the storing of cookies on your device.", true},
		{"app plug", "Download the Brenmoor Bugle app for the latest local headlines and breaking news alerts on your phone.", true},
		{"app plug, get our", "Get our free app to read tomorrow's stories tonight and receive alerts for your district.", true},
		{"story about cookies", "The regulator said the retailer's banner, which told shoppers that we use cookies only to improve the service, had misled them.", false},
		{"quoted cookie line", "“We use cookies to keep your basket,” the shop's owner told the inquiry, adding that no data was sold.", false},
		{"app in a story", "Download the FerryLink app to check sailings before you travel, the operator advised passengers on Monday.", false},
		{"long paragraph starting like a notice", "We use cookies in the canteen recipe as well, the head cook joked, before explaining at length how the depot's kitchen had fed three shifts of engineers a day for forty years, and why the new maintenance centre on the eastern ring road would have only vending machines, which the unions have called a poor reward for decades of night work on the trams.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := mustExtract(t, page("", "<div class=\"box-7\"><p>"+tt.para+"</p></div>"))
			assert.Equal(t, !tt.dropped, strings.Contains(a.Text, tt.para), "text:\n%s", a.Text)
			if tt.dropped {
				assert.Contains(t, a.Boilerplate, tt.para)
			}
			assert.Contains(t, a.Text, "Brenmoor voted on Tuesday", "the story stays")
		})
	}
}

// Aggregators word their disclaimers many ways: the page says it was
// aggregated, the site disowns the content, the rights go to the original
// publisher. A story that reports such things about a company keeps its
// paragraph.
func TestAggregatorDisclaimerWordings(t *testing.T) {
	tests := []struct {
		name, para string
		footer     bool // in the page's footer rather than the article
		dropped    bool
	}{
		{"aggregated, site disowns", "This article was automatically aggregated. Gullwire does not own the content.", false, true},
		{"auto-aggregated", "This story was auto-aggregated from the publisher's public feed.", false, true},
		{"disowns, rights to the publisher", "Newsfold does not own this content. All rights belong to the original publisher.", false, true},
		{"two-word name, curly apostrophe", "Pressfeed Daily doesn’t claim any rights to this article.", false, true},
		{"credits to the author", "All credits go to the original author. Contact us for removal.", false, true},
		{"capitals, imported", "DISCLAIMER: This item was automatically imported. All copyrights remain with the original creators.", false, true},
		{"footer, disowns", "Tidelines Hub does not own the content on this site.", true, true},
		{"footer, rights belong", "All Rights Belong To Their Respective Owners. Stories are picked by our robots.", true, true},
		{"club does not own a stadium", "Harbour United does not own the stadium, which the council leases to the club for a nominal rent.", false, false},
		{"short sentence about a stadium", "The club does not own the stadium.", false, false},
		{"company reported disowning content", "Meta said it does not own the content.", false, false},
		{"pronoun", "It does not own the content.", false, false},
		{"content with a clause", "The company does not own the content its users upload, a spokesperson said.", false, false},
		{"story about aggregation", "Critics say the stories were automatically aggregated without the publishers' consent.", false, false},
		{"rights in a ruling", "All rights to the footage remain with the original broadcaster, the judge ruled on Friday.", false, false},
		{"label, rights to the owners", "Disclaimer: All rights belong to their respective owners.", false, true},
		{"rights and credit of this article", "All rights and credit belong to the original publisher of this article.", true, true},
		{"rights attributed to terms", "All rights belong to the original publisher, the streaming site's terms of service said.", false, false},
		{"rights reported", "Quillstream's terms say all rights belong to the original publisher.", false, false},
		{"rights after a lead-in", "According to its footer, all rights remain with the original authors.", false, false},
		{"credits attributed to an owner", "All credits go to the original creators, the channel's owner wrote on Sunday.", false, false},
		{"rights quoted", "\"All rights belong to the original publisher,\" the notice reads.", false, false},
		{"rights in a long paragraph", "All rights belong to the original publisher. That line sits under every clip on Quillstream, and lawyers for three broadcasters told the court this week that it protects nobody, since the site sells advertising against each video it copies.", false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body := page("", "<div class=\"box-7\"><p>"+tt.para+"</p></div>")
			if tt.footer {
				body = []byte(strings.Replace(string(page("", "")), "<footer>", "<footer><p>"+tt.para+"</p>", 1))
			}
			a := mustExtract(t, body)
			assert.Equal(t, !tt.dropped && !tt.footer, strings.Contains(a.Text, tt.para), "text:\n%s", a.Text)
			assert.Equal(t, tt.dropped, slices.Contains(a.Boilerplate, tt.para), "boilerplate: %q", a.Boilerplate)
			assert.Contains(t, a.Text, "Brenmoor voted on Tuesday", "the story stays")
		})
	}
}
