package provenance

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/provcheck/provcheck/crawler"
	"github.com/provcheck/provcheck/provenance/extract"
	"github.com/provcheck/provcheck/provenance/finding"
	"github.com/provcheck/provcheck/provenance/match"
)

func doc(url, site, byline, body string, links ...extract.Link) *document {
	art := &extract.Article{URL: url, SiteName: site, Byline: byline, Text: body, Links: links}
	p := &crawler.Page{URL: url, FinalURL: url}
	return &document{page: p, art: art, info: pageInfo(p, art)}
}

func TestCheckCredit(t *testing.T) {
	origBody := "The port deal was first reported by the Harbour Gazette. Officials declined to comment, according to the Coastal Wire."
	orig := &candidate{doc: doc("https://www.harbourledger.example/port-deal", "Harbour Ledger", "By Ana Ruiz and Tom Lee", origBody),
		align: match.Result{Relation: match.Rewritten}}
	link := extract.Link{URL: "http://harbourledger.example/port-deal/?utm_source=x", Text: "Reference"}
	tests := []struct {
		name          string
		copyDoc       *document
		wantVerdict   string
		wantLink      bool
		wantPublisher bool
		wantAuthor    bool
		wantCodes     []string
	}{
		{"link and publisher", doc("http://agg.example/a", "Agg", "", "Harbour Ledger reported the deal; the Harbour Gazette had it first. Coastal Wire too.", link),
			Credited, true, true, false, []string{"credit-author-not-named"}},
		{"link only", doc("http://agg.example/a", "Agg", "", "A deal was made.", link),
			PartlyCredited, true, false, false, []string{"upstream-credit-dropped", "upstream-credit-dropped", "credit-publisher-not-named", "credit-author-not-named"}},
		{"named, no link", doc("http://agg.example/a", "Agg", "", "As Ana Ruiz of harbourledger.example wrote, a deal was made.", extract.Link{URL: "http://other.example/", Text: "Home"}),
			PartlyCredited, false, true, true, []string{"upstream-credit-dropped", "upstream-credit-dropped", "credit-no-link"}},
		{"nothing", doc("http://agg.example/a", "Agg", "By Staff Writer", "A deal was made."),
			Uncredited, false, false, false, []string{"upstream-credit-dropped", "upstream-credit-dropped", "credit-missing", "byline-claimed"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// The user's --source is no link of the copy's.
			declared := Reference{URL: orig.doc.info.URL, Kind: KindDeclared, Fetch: orig.doc.page}
			a, fs := checkCredit(&Report{References: []Reference{declared}}, tt.copyDoc, orig)
			assert.Equal(t, tt.wantVerdict, a.Verdict)
			assert.Equal(t, tt.wantLink, a.LinksToOriginal, "link")
			assert.Equal(t, tt.wantPublisher, a.NamesPublisher, "publisher")
			assert.Equal(t, tt.wantAuthor, a.NamesAuthor, "author")
			var codes []string
			for _, f := range fs {
				codes = append(codes, string(f.Code))
			}
			assert.ElementsMatch(t, tt.wantCodes, codes)
			assert.Equal(t, []Credit{{"Harbour Gazette", tt.name == "link and publisher"}, {"Coastal Wire", tt.name == "link and publisher"}}, a.UpstreamCredits)
		})
	}
}

func TestUpstreamCreditsSkipPeople(t *testing.T) {
	orig := &candidate{doc: doc("https://o.example/a", "O", "", "According to Carlos Perez, the law matters. The story was first reported by Reuters."),
		align: match.Result{Relation: match.Rewritten}}
	credits, fs := upstreamCredits(newNamer(creditText(creditPlaces(doc("http://c.example/a", "C", "", "The law matters.")))), orig)
	assert.Equal(t, []Credit{{Name: "Reuters", Kept: false}}, credits)
	if assert.Len(t, fs, 1) {
		assert.Equal(t, "The story was first reported by Reuters.", fs[0].Evidence.Source.Text)
	}
}

// TestUpstreamCreditsOfAnyName finds the outlet that first published a
// story, whatever its name, and outlets named by their kind ("Courant");
// a source of news that is no outlet ("the White House") is no credit.
func TestUpstreamCreditsOfAnyName(t *testing.T) {
	orig := &candidate{doc: doc("https://o.example/a", "O", "", "The minutes were first published by the Coastal Ledger. According to the Marr Courant, the vote slipped. It was a delay, according to the White House. Spills rose, according to the Environment Standards Agency. "+
		"Debt rose, according to the Treasury. Figures published by the Health Ministry agree. The study, published by the Kelby Institute, says so. Citing Brook, the council said no."),
		align: match.Result{Relation: match.Rewritten}}
	credits, fs := upstreamCredits(newNamer(creditText(creditPlaces(doc("http://c.example/a", "C", "", "The vote slipped, the Marr Courant says.")))), orig)
	assert.Equal(t, []Credit{{Name: "Coastal Ledger", Kept: false}, {Name: "Marr Courant", Kept: true}}, credits)
	assert.Len(t, fs, 1)
}

// TestUpstreamCreditsInOtherLanguages finds the credits to an agency or
// a paper that French, German, Spanish, Italian and Portuguese stories
// give ("Selon l'AFP", "Wie die Deutsche Presse-Agentur berichtete",
// "Según informó la agencia Efe", "Secondo l'Ansa", "Segundo a Lusa"),
// kept when the copy names the outlet by any of its names ("laut dpa"),
// and no credit to a person or a body ("Selon Marc Roux", "laut
// Polizei").
func TestUpstreamCreditsInOtherLanguages(t *testing.T) {
	tests := []struct {
		name, orig, copy string
		want             []Credit
	}{
		{"French, dropped", "Selon l'AFP, la digue a cédé dimanche. Selon Marc Roux, rien n'était prévu.", "La digue a cédé dimanche.", []Credit{{Name: "AFP"}}},
		{"French, a paper named by its kind", "D'après le quotidien La Voix du Nord, la digue a cédé.", "La digue a cédé, selon La Voix du Nord.", []Credit{{Name: "La Voix du Nord", Kept: true}}},
		{"German, kept by its short name", "Wie die Deutsche Presse-Agentur berichtete, sperrt das Land die Brücke. Laut Polizei gab es keine Verletzten.", "Das Land sperrt laut dpa die Brücke.", []Credit{{Name: "Deutsche Presse-Agentur", Kept: true}}},
		{"German, laut dpa dropped", "Laut dpa sperrt das Land die Brücke.", "Das Land sperrt die Brücke.", []Credit{{Name: "dpa"}}},
		{"Spanish", "Según informó la agencia Efe, el puerto cerrará en mayo.", "El puerto cerrará en mayo.", []Credit{{Name: "Efe"}}},
		{"Italian", "Secondo l'Ansa, il porto chiuderà a maggio.", "Il porto chiuderà a maggio, secondo l'Ansa.", []Credit{{Name: "Ansa", Kept: true}}},
		{"Portuguese", "Segundo a Lusa, o porto vai fechar em maio.", "O porto vai fechar em maio.", []Credit{{Name: "Lusa"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			orig := &candidate{doc: doc("https://o.example/a", "O", "", tt.orig), align: match.Result{Relation: match.Rewritten}}
			credits, fs := upstreamCredits(newNamer(creditText(creditPlaces(doc("http://c.example/a", "C", "", tt.copy)))), orig)
			assert.Equal(t, tt.want, credits)
			dropped := 0
			for _, c := range tt.want {
				if !c.Kept {
					dropped++
				}
			}
			assert.Len(t, fs, dropped)
		})
	}
}

// TestUpstreamCreditToItselfIsNone: an original that cites its own
// newsroom ("Nach Informationen der Rundschau" in the Breisgauer
// Rundschau, "according to the Ledger" in the Ledger) credits no one
// upstream.
func TestUpstreamCreditToItselfIsNone(t *testing.T) {
	for site, txt := range map[string]string{
		"Breisgauer Rundschau": "Nach Informationen der Rundschau soll die Firma Geld verlangt haben.",
		"Coastal Ledger":       "According to the Coastal Ledger, the vote slipped.",
	} {
		orig := &candidate{doc: doc("https://o.example/a", site, "", txt), align: match.Result{Relation: match.Rewritten}}
		credits, fs := upstreamCredits(newNamer(creditText(creditPlaces(doc("http://c.example/a", "C", "", "The vote slipped.")))), orig)
		assert.Empty(t, credits, site)
		assert.Empty(t, fs, site)
	}
}

func TestAuthorNames(t *testing.T) {
	tests := map[string][]string{
		"By Ana Ruiz and Tom Lee":  {"Ana Ruiz", "Tom Lee"},
		"Ana Ruiz, Tom Lee | Wire": {"Ana Ruiz", "Tom Lee"},
		"Staff":                    nil,
		"":                         nil,
	}
	for in, want := range tests {
		assert.Equal(t, want, authorNames(in), in)
	}
}

// TestCreditNoLinkSaysHomepage: a copy that names the original's publisher
// and links to its homepage is told so, not that it links nowhere.
func TestCreditNoLinkSaysHomepage(t *testing.T) {
	orig := &candidate{doc: doc("https://www.harbourledger.example/port-deal", "Harbour Ledger", "", "A deal was made."),
		align: match.Result{Relation: match.Rewritten}}
	tests := []struct {
		name string
		link extract.Link
		want string
	}{
		{"homepage", extract.Link{URL: "https://harbourledger.example/", Text: "Harbour Ledger"},
			"the copy names Harbour Ledger and links to the publisher's site, but not to the original article"},
		{"elsewhere", extract.Link{URL: "https://other.example/", Text: "Harbour Ledger"},
			"the copy names Harbour Ledger but does not link to the original"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cp := doc("http://agg.example/a", "Agg", "", "Source: Harbour Ledger. A deal was made.", tt.link)
			_, fs := checkCredit(&Report{}, cp, orig)
			var msgs []string
			for _, f := range fs {
				if f.Code == "credit-no-link" {
					msgs = append(msgs, f.Message)
				}
			}
			assert.Equal(t, []string{tt.want}, msgs)
		})
	}
}

// TestPlainTextCreditLine: a short credit line at the foot of a copy
// ("First published by …", "Reporting by … for …") is page furniture to
// the extractor, which leaves it out of the compared text, but it credits
// the original all the same.
func TestPlainTextCreditLine(t *testing.T) {
	const origURL = "http://news.example/s"
	orig := strings.Replace(article("Depot to close", story, ""), "</head>",
		`<meta property="og:site_name" content="Brenmoor Courier"><meta name="author" content="Ada Marsh"></head>`, 1)
	tests := []struct {
		line                       string
		dropped, publisher, author bool
	}{
		{"First published by Brenmoor Courier (Ada Marsh).", true, true, true},
		{"Reporting by Ada Marsh for the Brenmoor Courier.", true, true, true},
		{"Published by the Brenmoor Courier on 3 March.", true, true, false},
		{"Writing by Ada Marsh.", true, false, true},
		{"Originally published by the Brenmoor Courier.", false, true, false},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			cp := strings.Replace(article("Depot to close", story, ""), "</article>", "<p>"+tt.line+"</p></article>", 1)
			w := &web{pages: map[string]string{"http://agg.example/s": cp, origURL: orig}}
			r := check(t, w, "http://agg.example/s", Options{Source: origURL})
			require.NotNil(t, r.Original)
			assert.Equal(t, !tt.dropped, strings.Contains(r.Article.Text, tt.line), "a dateline or credit line is no story text")
			assert.Equal(t, PartlyCredited, r.Attribution.Verdict)
			assert.Equal(t, tt.publisher, r.Attribution.NamesPublisher, "publisher")
			assert.Equal(t, tt.author, r.Attribution.NamesAuthor, "author")
			assert.NotContains(t, codesOf(r), finding.CreditMissing)
		})
	}
}
