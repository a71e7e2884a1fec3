package provenance

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/provcheck/provcheck/provenance/finding"
)

// creditedCopy is the story on an aggregator's page, with extra placed
// inside the article (before: the first paragraph) and page after it.
func creditedCopy(before, inArticle, page string) string {
	cp := article("Depot to close", story, "")
	cp = strings.Replace(cp, "<article>", `<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/world">World</a></nav><article>`, 1)
	cp = strings.Replace(cp, "<h1>Depot to close</h1>", "<h1>Depot to close</h1>"+before, 1)
	cp = strings.Replace(cp, "</article>", inArticle+"</article>", 1)
	return strings.Replace(cp, "</body>", page+`<footer><small>© Pulse Aggregator Ltd. <a href="/about">About</a></small></footer></body>`, 1)
}

func originalPage(site, byline string) string {
	return strings.Replace(article("Depot to close", story, ""), "</head>",
		`<meta property="og:site_name" content="`+site+`"><meta name="author" content="`+byline+`"></head>`, 1)
}

// TestPublisherNamedOutsideTheBodyOrShortened: partners credit the
// original in captions, asides, small print and footers, and by a short
// form of its name ("Brenmoor Courier" for "The Brenmoor Courier", "TBC");
// each is a credit without a link (partial), not a missing credit.
func TestPublisherNamedOutsideTheBodyOrShortened(t *testing.T) {
	const origURL = "http://www.brenmoorcourier.example/s"
	tests := []struct{ name, before, inArticle, page, where string }{
		{"via short name", "", "<p>(via Brenmoor Courier)</p>", "", WhereBody},
		{"source short name", "", "<p>Source: Brenmoor Courier</p>", "", ""},
		{"name with tagline", "", "<p>Reporting by the Brenmoor Courier staff.</p>", "", ""},
		{"figcaption", `<figure><img src="/d.jpg"><figcaption>The depot at dusk. Photo: Lia Venn / The Brenmoor Courier</figcaption></figure>`, "", "", "figcaption"},
		{"aside", "", "<aside><p>This article was produced by The Brenmoor Courier.</p></aside>", "", "aside"},
		{"small print", "", "<p><small>© The Brenmoor Courier. Republished with permission.</small></p>", "", "small"},
		{"site footer", "", "", "<footer><p>This story was first published by The Brenmoor Courier under a content-sharing agreement.</p></footer>", "footer"},
		{"initials", "", "<p>Source: TBC</p>", "", ""},
		{"domain label", "", "<p>Source: brenmoorcourier</p>", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := &web{pages: map[string]string{
				"http://agg.example/s": creditedCopy(tt.before, tt.inArticle, tt.page),
				origURL:                originalPage("The Brenmoor Courier – the port's paper", "Ada Marsh"),
			}}
			r := check(t, w, "http://agg.example/s", Options{Source: origURL})
			require.NotNil(t, r.Original)
			assert.Equal(t, PartlyCredited, r.Attribution.Verdict)
			require.NotNil(t, r.Attribution.Publisher, "publisher named")
			assert.Equal(t, "The Brenmoor Courier – the port's paper", r.Attribution.Publisher.Name)
			if tt.where != "" {
				assert.Equal(t, tt.where, r.Attribution.Publisher.Where)
			}
			assert.NotContains(t, codesOf(r), finding.CreditMissing)
			assert.Contains(t, codesOf(r), finding.CreditNoLink)
		})
	}
}

// TestGenericNamesNameNoPublisher: a host label every site has ("news.",
// "www.", "m.") or a site name of generic words alone is no publisher's
// name, so an aggregator's "News" nav link or its own footer credits
// nothing; a name the copy's own publisher shares is no credit either.
func TestGenericNamesNameNoPublisher(t *testing.T) {
	tests := []struct{ name, origURL, site, copySite, copyPage string }{
		{"news subdomain", "http://news.tidewater.example/s", "Tidewater Gazette", "Pulse", creditedCopy("", "", "")},
		{"mobile subdomain", "http://mobile.tidewater.example/s", "Tidewater Gazette", "Pulse", creditedCopy("", "<p>Read it on mobile.</p>", "")},
		{"edition subdomain", "http://edition.tidewater.example/s", "Tidewater Gazette", "Pulse", creditedCopy("", "", "<p>Choose your edition</p>")},
		{"generic site name", "http://www.dailynews.example/s", "The Daily News", "Pulse", creditedCopy("", "<p>Get the daily news in your inbox.</p>", "")},
		{"shared with the copy's publisher", "http://www.harbourmedia.example/s", "Harbour Media", "Harbour Media Digest",
			creditedCopy("", "", "<footer><p>© Harbour Media Digest</p></footer>")},
		{"two-letter initials", "http://www.dockmail.example/s", "Dock Mail", "Pulse",
			creditedCopy("", "", "<footer><p>Tips? Send us a DM.</p></footer>")},
		{"a list of partner sites in an aside", "http://www.brenmoorcourier.example/s", "The Brenmoor Courier", "Pulse",
			creditedCopy("", "<aside><p>Partner sites: Brenmoor Courier, Quartzwire Deals, Fenwick Weekly</p></aside>", "")},
		{"one word of the name in lower case", "http://www.thesunrise.example/s", "The Lantern", "Pulse",
			creditedCopy("", "<p>Residents walked home by the light of a lantern.</p>", "")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cp := strings.Replace(tt.copyPage, "</head>", `<meta property="og:site_name" content="`+tt.copySite+`"></head>`, 1)
			w := &web{pages: map[string]string{"http://agg.example/s": cp, tt.origURL: originalPage(tt.site, "Ada Marsh")}}
			r := check(t, w, "http://agg.example/s", Options{Source: tt.origURL})
			require.NotNil(t, r.Original)
			assert.Equal(t, Uncredited, r.Attribution.Verdict, "%+v", r.Attribution.Publisher)
			assert.Nil(t, r.Attribution.Publisher)
			assert.Contains(t, codesOf(r), finding.CreditMissing)
		})
	}
}

// TestAuthorNamedByOtherForms: a copy may write the original's author with
// a middle initial, by initial, or surname first; a role in a byline
// ("Staff Writer") is no one's name, so an aggregator signing with it
// claims the work.
func TestAuthorNamedByOtherForms(t *testing.T) {
	tests := []struct {
		name, origByline, copyByline string
		named, claimed               bool
	}{
		{"middle initial", "Ada Marsh", "Ada R. Marsh", true, false},
		{"first initial", "Ada Marsh", "A. Marsh", true, false},
		{"surname first", "Ada Marsh", "Marsh, Ada", true, false},
		{"surname alone is anyone", "Ada Marsh", "Tom Marsh", false, true},
		{"role is no name", "Ada Marsh | Staff Writer", "Staff Writer", false, true},
		{"role in the copy's byline too", "Ada Marsh, Senior Reporter", "Senior Reporter", false, true},
		{"name with role", "Ada Marsh | Staff Writer", "Ada Marsh, Staff Writer", true, false},
		{"article before a surname is no initial", "Alice Brown", "", false, false},
		{"words in lower case are no name", "Will Long", "", false, false},
	}
	body := map[string]string{
		"article before a surname is no initial": "<p>A Brown University study found the depot was safe.</p>",
		"words in lower case are no name":        "<p>The repairs will take long, the council said.</p>",
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cp := creditedCopy("", body[tt.name], "")
			if tt.copyByline != "" {
				cp = strings.Replace(cp, "</head>", `<meta name="author" content="`+tt.copyByline+`"></head>`, 1)
			}
			const origURL = "http://www.brenmoorcourier.example/s"
			w := &web{pages: map[string]string{"http://agg.example/s": cp, origURL: originalPage("The Brenmoor Courier", tt.origByline)}}
			r := check(t, w, "http://agg.example/s", Options{Source: origURL})
			require.NotNil(t, r.Original)
			assert.Equal(t, tt.named, r.Attribution.NamesAuthor, "named")
			assert.Equal(t, tt.claimed, r.Attribution.BylineClaimed, "claimed")
			assert.Equal(t, tt.claimed, slices.Contains(codesOf(r), finding.BylineClaimed))
		})
	}
}

// TestUpstreamCreditsWithoutArticleOrAfterTheClaim: wire credits are
// written "according to Reuters" and "Bloomberg reported"; dropping them
// is found like any upstream credit. A person or a public body reporting
// is no outlet.
func TestUpstreamCreditsWithoutArticleOrAfterTheClaim(t *testing.T) {
	tests := []struct{ origSentence, want string }{
		{"The pilots will strike, according to Reuters.", "Reuters"},
		{"Shifts run fourteen hours, Bloomberg reported on Tuesday.", "Bloomberg"},
		{"Ships wait offshore, the Wall Street Journal reported.", "Wall Street Journal"},
		{"According to Coastline News, the plan is ready.", "Coastline News"},
		{"Yesterday Brenmoor Courier revealed the plan.", "Brenmoor Courier"},
		{"The plan is ready, according to Ada Marsh.", ""},
		{"The Harbour Board reported a loss.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.origSentence, func(t *testing.T) {
			orig := &candidate{doc: doc("http://o.example/a", "O", "", "The depot will close. "+tt.origSentence)}
			credits, fs := upstreamCredits(newNamer("The depot will close."), orig)
			if tt.want == "" {
				assert.Empty(t, credits)
				return
			}
			assert.Equal(t, []Credit{{Name: tt.want}}, credits)
			require.Len(t, fs, 1)
			assert.Equal(t, finding.UpstreamCreditDropped, fs[0].Code)
			kept, _ := upstreamCredits(newNamer("The depot will close, "+tt.want+" said."), orig)
			assert.Equal(t, []Credit{{Name: tt.want, Kept: true}}, kept)
		})
	}
}
