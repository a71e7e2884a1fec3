package provenance

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/provcheck/provcheck/crawler"
	"github.com/provcheck/provcheck/provenance/finding"
	"github.com/provcheck/provcheck/provenance/statements"
)

// pumpStory is a made-up news story, one paragraph per entry.
var pumpStory = []string{
	`The Verrin Valley water board agreed on Monday to build a pumping station at Harlow Point, a project that engineers say will end the summer shortages that have hit the eastern villages for four years running.`,
	`The station will cost 31 million pounds and draw from the lower reservoir through a new tunnel under the ridge, according to the plans the board approved by six votes to two after a long and heated session.`,
	`"Nobody in Tollbridge should have to queue at a standpipe again," said board chair Orla Finnegan, who has campaigned for the scheme since she was first elected to the board in the spring of 2019.`,
	`Residents of the eastern villages have faced hosepipe bans every August since 2020, and last year the board sent tanker lorries to three schools after the taps ran dry during a week of record heat.`,
	`Opponents on the board argued that the tunnel would disturb a colony of rare bats that roosts in the old quarry, and asked for an independent survey before any digging begins on the ridge.`,
	`The board's chief engineer, Tomasz Wielgus, said the route had been moved twice already to avoid the quarry, and that the contractor would stop work at night during the breeding season.`,
	`Money for the project will come from a rise in the standing charge of about eleven pounds a year per household, spread over a decade, together with a loan from the regional infrastructure bank.`,
	`Farmers in the valley welcomed the decision but warned that the board must also repair the leaking mains along the river road, which lose an estimated fifth of the treated water before it reaches any tap.`,
	`Work on the tunnel is due to start in October and the station should be pumping by the summer of 2027, the board said, although the contractor has not yet signed the final agreement.`,
	`A public exhibition of the plans will be held in the Tollbridge village hall next month, where residents can put questions to the engineers and the board members who voted for the scheme.`,
}

// ownParas are an aggregator's own paragraphs, found in no source.
var ownParas = []string{
	`Readers across the region have written to us in recent weeks about dry taps, brown water and bills that seem to rise every single spring without any visible improvement in the service.`,
	`We will follow the story as the contractor is chosen, and we would like to hear from anyone who lives near the ridge and has views on the tunnel and the quarry.`,
}

// releaseParas is the water board's own press release, published a day
// before the story, which the story quotes from.
var releaseParas = []string{
	`The Verrin Valley water board will meet on Monday to decide on the proposed pumping station at Harlow Point and the tunnel that would serve it.`,
	pumpStory[1],
	`Papers for the meeting, including the engineering survey and the funding plan, are available on request from the board's offices in Castlemoor.`,
}

// newsPage renders an article page: site name, publication time, body
// paragraphs and closing HTML.
func newsPage(site, published string, paras []string, tail string) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<!DOCTYPE html><html lang="en"><head><title>Pumping station approved</title>`+
		`<meta property="og:type" content="article"><meta property="og:site_name" content="%s">`+
		`<meta property="article:published_time" content="%s"></head><body><article><h1>Pumping station approved</h1>`, site, published)
	for _, p := range paras {
		fmt.Fprintf(&b, "<p>%s</p>", p)
	}
	b.WriteString(tail + `</article></body></html>`)
	return b.String()
}

// serveWeb serves pages (host+path → HTML) on loopback and returns a real
// crawler that reaches every host there.
func serveWeb(t *testing.T, pages map[string]string) *crawler.Crawler {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, ok := pages[r.Host+r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = w.Write([]byte(body))
	}))
	t.Cleanup(srv.Close)
	resolve := map[string]string{}
	for k := range pages {
		host, _, _ := strings.Cut(k, "/")
		resolve[host] = srv.Listener.Addr().String()
	}
	c, err := crawler.New(crawler.Options{Resolve: resolve, AllowPrivateNetwork: true, HostDelay: -1, Retries: -1, Timeout: 2 * time.Second})
	require.NoError(t, err)
	t.Cleanup(func() { c.Close() })
	return c
}

func withOwn(paras []string) []string { return append(append([]string{}, paras...), ownParas...) }

const (
	origURL    = "http://www.valleyecho.example/news/pumping-station"
	origPath   = "www.valleyecho.example/news/pumping-station"
	copyPath   = "agg.example/c/pump"
	copyURL    = "http://agg.example/c/pump"
	echoSource = `<p>Source: <a href="` + origURL + `">The Valley Echo</a></p>`
)

// TestOriginalExplainsTheCopy: the original is the page the copy's text
// comes from. Earlier pages that share a paragraph with it (the press
// release the story quotes, the paper's own preview) are upstream
// material, whatever their date or however they are linked, and an
// original citing an unrelated document stays the top of its chain
// rather than losing to a partner's later copy.
func TestOriginalExplainsTheCopy(t *testing.T) {
	release := newsPage("Verrin Valley Water", "2024-06-02T09:00:00Z", releaseParas, "")
	preview := newsPage("The Valley Echo", "2024-05-28T09:00:00Z",
		[]string{releaseParas[0], pumpStory[3], pumpStory[4], `The meeting is open to the public and starts at seven in the evening in Castlemoor.`}, "")
	orig := newsPage("The Valley Echo", "2024-06-03T18:00:00Z", pumpStory, "")
	tests := []struct {
		name  string
		tail  string // the copy's closing links
		pages map[string]string
		want  string
	}{
		{"press release in a last link", echoSource + `<p>Read the board's <a href="http://www.verrinwater.example/news/harlow">statement on the project</a>.</p>`,
			map[string]string{"www.verrinwater.example/news/harlow": release}, origURL},
		{"earlier preview story", echoSource + `<p>Earlier: <a href="http://www.valleyecho.example/news/board-to-vote">Board to vote on pumping station</a></p>`,
			map[string]string{"www.valleyecho.example/news/board-to-vote": preview}, origURL},
		{"original citing unrelated papers, partner's later copy", `<p>Source: <a href="` + origURL + `-src">The Valley Echo</a></p>` +
			`<p>Also covered by <a href="http://www.shorelinetimes.example/pump">Shoreline Times</a></p>`,
			map[string]string{
				origPath + "-src": newsPage("The Valley Echo", "2024-06-03T18:00:00Z", pumpStory,
					`<p>Source: <a href="http://www.verrinwater.example/papers">Board papers, June 2024</a></p>`),
				"www.verrinwater.example/papers": newsPage("Verrin Valley Water", "2024-05-20T09:00:00Z",
					[]string{`Item 3: the annual accounts of the board for the year to March are presented for approval by the members present.`,
						`Item 4: the board is asked to note the renewal of the office lease in Castlemoor for a further five years from September.`}, ""),
				"www.shorelinetimes.example/pump": newsPage("Shoreline Times", "2024-06-04T07:00:00Z", pumpStory,
					`<p><em>This article first appeared in The Valley Echo.</em></p>`),
			}, origURL + "-src"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pages := map[string]string{origPath: orig, copyPath: newsPage("Agg Daily", "2024-06-04T10:00:00Z", withOwn(pumpStory), tt.tail)}
			for k, v := range tt.pages {
				pages[k] = v
			}
			r := NewChecker(serveWeb(t, pages), Options{}).Check(context.Background(), copyURL)
			require.NotNil(t, r.Original)
			assert.Equal(t, tt.want, r.Original.URL)
			assert.NotContains(t, codesOf(r), finding.QuoteNotFound)
		})
	}
}

// TestChainFollowsPlainCredits: a middle copy that credits the original in
// ordinary words, with a link whose kind is only a guess, is followed
// when it is itself a copy of the linked page; a page that merely quotes
// a paragraph from the page it links stays the top of its chain.
func TestChainFollowsPlainCredits(t *testing.T) {
	relayOwn := []string{
		`Our reporter spent a week in Tollbridge talking to families who have learned to store water in bathtubs and buckets every summer since the shortages began.`,
		`Many of them told us they no longer believe promises from the board, and several said they would wait to see the pumps working before they celebrate anything.`,
		`Shopkeepers on the high street said the bans had cost them custom, because visitors stay away from a village where the cafés cannot always serve a cup of tea.`,
		`The parish council has asked for a seat on the project's steering group so that residents can follow the work and raise problems as they arise.`,
	}
	copied := append(append([]string{}, pumpStory[:8]...), `Relay Wire adds: the board meets again in July.`)
	tests := []struct {
		name     string
		relay    []string
		tail     string
		want     string
		wantCopy bool
		wantCred string
	}{
		{"full story", copied, `<p>Full story: <a href="` + origURL + `">The Valley Echo</a></p>`, origURL, true, PartlyCredited},
		{"written by and republished", copied, `<p>This story was written by <a href="` + origURL + `">The Valley Echo</a> and is republished with permission.</p>`,
			origURL, true, PartlyCredited},
		{"continue reading on", copied, `<p><a href="` + origURL + `">Continue reading on The Valley Echo</a></p>`, origURL, true, PartlyCredited},
		{"own story quoting a paragraph", append(append([]string{}, relayOwn...), pumpStory[2]),
			`<p>Full story: <a href="` + origURL + `">The Valley Echo</a></p>`, "http://relay.example/r/pump", false, Credited},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			copyParas := withOwn(pumpStory)
			if !tt.wantCopy {
				copyParas = withOwn(tt.relay)
			}
			pages := map[string]string{
				origPath:               newsPage("The Valley Echo", "2024-06-03T18:00:00Z", pumpStory, ""),
				"relay.example/r/pump": newsPage("Relay Wire", "2024-06-04T08:00:00Z", tt.relay, tt.tail),
				copyPath: newsPage("Agg Daily", "2024-06-04T10:00:00Z", copyParas,
					`<p>Source: <a href="http://relay.example/r/pump">Relay Wire</a></p>`),
			}
			r := NewChecker(serveWeb(t, pages), Options{}).Check(context.Background(), copyURL)
			require.NotNil(t, r.Original)
			assert.Equal(t, tt.want, r.Original.URL)
			assert.Equal(t, tt.wantCopy, containsCode(r, finding.ReferenceIsCopy), "reference-is-copy")
			assert.Equal(t, tt.wantCred, r.Attribution.Verdict)
		})
	}
}

func containsCode(r *Report, c finding.Code) bool {
	for _, f := range r.Findings {
		if f.Code == c {
			return true
		}
	}
	return false
}

// TestLabelledSourceOfOneParagraph: a copy of mostly its own words that
// lifts one paragraph from the source it labels derives from it (partial,
// credited), where a labelled page sharing only the topic stays unrelated.
func TestLabelledSourceOfOneParagraph(t *testing.T) {
	own := []string{
		`Our correspondent visited the ridge above Harlow Point on a wet Thursday and found walkers, dog owners and a pair of surveyors arguing over where exactly the tunnel would run.`,
		`The footpath along the old quarry has been popular with birdwatchers for decades, and the local rambling club has collected four hundred signatures asking for it to stay open.`,
		`Several walkers said they had never heard of the pumping plans until the surveyors arrived, and complained that the consultation had happened only online and in the evenings.`,
		`The club's secretary said members were not against the water project but wanted a promise that the path and the stile at the top of the quarry would be rebuilt after the work.`,
		`A spokesman for the county's countryside service said any closure of the footpath would need a formal order, which could be challenged by the public within six weeks.`,
		`Local farmers were divided: some welcomed the prospect of reliable water for their cattle troughs, others feared months of lorries on the narrow lane to the ridge.`,
		`The parish magazine has printed three letters on the subject this spring, two of them from families who moved to the valley for its quiet and now fear years of building work.`,
		`At the village shop, the talk was less of bats and footpaths than of the price of bottled water, which the owner says sells out within a day whenever a hosepipe ban is announced.`,
	}
	tests := []struct {
		name     string
		lifted   []string
		wantOrig bool
		wantCred string
	}{
		{"one paragraph lifted", []string{pumpStory[1]}, true, Credited},
		{"topic only", []string{`The water board has not yet said when it will publish the final route of the tunnel.`}, false, WronglyCredited},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pages := map[string]string{
				origPath: newsPage("The Valley Echo", "2024-06-03T18:00:00Z", pumpStory, ""),
				copyPath: newsPage("Agg Daily", "2024-06-04T10:00:00Z", append(append([]string{}, own...), tt.lifted...), echoSource),
			}
			r := NewChecker(serveWeb(t, pages), Options{}).Check(context.Background(), copyURL)
			require.NotEmpty(t, r.References)
			assert.Less(t, r.References[0].Containment, 0.18, "below the matcher's own partial threshold")
			assert.Equal(t, tt.wantOrig, r.Original != nil)
			assert.Equal(t, tt.wantCred, r.Attribution.Verdict)
			if tt.wantOrig {
				assert.Equal(t, "partial", string(r.Reuse.Relation))
			}
		})
	}
}

// TestWeakLinkToOwnCopy: an original whose closing link points at a
// verbatim copy of itself on another site (an AMP cache, a print service,
// a partner's republication) stays the original. The copy points back at
// it, or was published later, so the weak link says nothing about where
// the text came from, and the original credits no other page.
func TestWeakLinkToOwnCopy(t *testing.T) {
	const (
		ampURL     = "http://valleyecho-example.ampcache.example/c/www.valleyecho.example/news/pumping-station"
		printURL   = "http://print.pageprint.example/valleyecho/pumping-station"
		partnerURL = "http://www.shorelinetimes.example/pump"
	)
	host := func(u string) string { return strings.TrimPrefix(u, "http://") }
	canonical := func(page string) string {
		return strings.Replace(page, "</head>", `<link rel="canonical" href="`+origURL+`"></head>`, 1)
	}
	tests := []struct {
		name  string
		link  string // the original's closing line
		pages map[string]string
	}{
		{"AMP cache copy with canonical back", `<p>Read this story as an <a href="` + ampURL + `">AMP page</a>.</p>`,
			map[string]string{host(ampURL): canonical(newsPage("The Valley Echo", "2024-06-03T18:00:00Z", pumpStory, ""))}},
		{"print copy published later", `<p>A <a href="` + printURL + `">printable version</a> of this story is available.</p>`,
			map[string]string{host(printURL): newsPage("PagePrint", "2024-06-05T06:00:00Z", pumpStory, "")}},
		{"partner copy crediting the original", `<p>Also in <a href="` + partnerURL + `">Shoreline Times</a></p>`,
			map[string]string{host(partnerURL): newsPage("Shoreline Times", "2024-06-03T18:00:00Z", pumpStory,
				`<p>This article first appeared in <a href="`+origURL+`">The Valley Echo</a>.</p>`)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pages := map[string]string{
				origPath: newsPage("The Valley Echo", "2024-06-03T18:00:00Z", pumpStory, tt.link),
				copyPath: newsPage("Agg Daily", "2024-06-04T10:00:00Z", withOwn(pumpStory), echoSource),
			}
			for k, v := range tt.pages {
				pages[k] = v
			}
			r := NewChecker(serveWeb(t, pages), Options{}).Check(context.Background(), copyURL)
			require.NotNil(t, r.Original)
			assert.Equal(t, origURL, r.Original.URL)
			assert.False(t, containsCode(r, finding.ReferenceIsCopy), "reference-is-copy")
			assert.False(t, containsCode(r, finding.ChainDepthExceeded), "chain-depth-exceeded")
			assert.Equal(t, Credited, r.Attribution.Verdict)
		})
	}
}

// spunPump is a copy of the first half of pumpStory that gives the board
// chair's quote to the chief engineer, with the aggregator's own paragraphs.
func spunPump() []string {
	quote := strings.Replace(pumpStory[2], "said board chair Orla Finnegan, who", "said the board's chief engineer, Tomasz Wielgus, who", 1)
	return withOwn([]string{pumpStory[0], pumpStory[1], quote, pumpStory[3]})
}

// TestContainmentFloorSparesNamedSources: a policy's min_containment rules
// out a page the copy only links (a guess), never the source it names: that
// one is compared, so its altered quotes still fail the gate, and a page
// ruled out says against which threshold.
func TestContainmentFloorSparesNamedSources(t *testing.T) {
	tests := []struct {
		name     string
		tail     string
		paras    []string
		floor    float64
		wantOrig bool
		wantMsg  string // of reference-unrelated
	}{
		{"labelled source below the floor", echoSource, spunPump(), 0.9, true, ""},
		{"guessed link below the floor", `<p>More: <a href="` + origURL + `">the pumping plans</a></p>`, spunPump(), 0.9, false,
			"below the policy's min_containment of 90%: not taken as the original"},
		{"labelled source sharing nothing", echoSource, ownParas, 0.3, false,
			"below the 18% from which a copy counts as derived from a page: unrelated"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pages := map[string]string{
				origPath: newsPage("The Valley Echo", "2024-06-03T18:00:00Z", pumpStory, ""),
				copyPath: newsPage("Agg Daily", "2024-06-04T10:00:00Z", tt.paras, tt.tail),
			}
			r := NewChecker(serveWeb(t, pages), Options{MinContainment: tt.floor}).Check(context.Background(), copyURL)
			require.NotEmpty(t, r.References)
			assert.Less(t, r.References[0].Containment, tt.floor)
			assert.Equal(t, tt.wantOrig, r.Original != nil)
			if tt.wantOrig {
				assert.True(t, containsCode(r, finding.QuoteMisattributed), "%v", codesOf(r))
				assert.Equal(t, Fail, r.Verdict)
				return
			}
			assert.True(t, containsCode(r, finding.OriginalNotFound))
			assert.Contains(t, findingOf(t, r, finding.ReferenceUnrelated).Message, tt.wantMsg)
		})
	}
}

// TestDeclaredSourceUnrelated: a declared source that is readable but
// shares nothing with the copy (a wrong source: line) leaves nothing
// compared, as an unreadable one does: verdict error, no statement checked
// against it. One the copy lifts a paragraph from is compared.
func TestDeclaredSourceUnrelated(t *testing.T) {
	other := []string{
		`The Castlemoor rugby club has appointed a new head coach after a season in which the first team lost eleven of its fourteen league matches.`,
		`The club's chairman said the new coach, a former scrum half who played for the county for a decade, had been chosen from a list of nine applicants.`,
		`Season tickets will go on sale at the clubhouse next Saturday, and junior members will again be admitted free to every home match.`,
	}
	tests := []struct {
		name      string
		source    []string
		wantError bool
	}{
		{"another story", other, true},
		{"one paragraph lifted", append(append([]string{}, other...), pumpStory[1]), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			const srcURL = "http://www.castlemoorgazette.example/sport/coach"
			c := serveWeb(t, map[string]string{"www.castlemoorgazette.example/sport/coach": newsPage("Castlemoor Gazette", "2024-06-01T08:00:00Z", tt.source, "")})
			post := filepath.Join(t.TempDir(), "post.html")
			require.NoError(t, os.WriteFile(post, []byte(newsPage("Agg Daily", "2024-06-04T10:00:00Z", spunPump(), "")), 0o600))
			r := NewChecker(c, Options{Source: srcURL}).Check(context.Background(), post)
			if !tt.wantError {
				assert.NotEqual(t, Errored, r.Verdict)
				assert.NotNil(t, r.Original)
				return
			}
			assert.Equal(t, Errored, r.Verdict)
			assert.Equal(t, []finding.Code{finding.SourceUnrelated}, codesOf(r))
			assert.Equal(t, finding.Error, r.Findings[0].Severity)
			assert.Contains(t, r.Error, "the declared source "+srcURL+" is unrelated to the copy: it shares 0% of the copy's words, below the 18% from which")
			assert.Nil(t, r.Original)
			require.Len(t, r.References, 1)
			assert.Equal(t, "unrelated", r.References[0].Relation)
			for _, s := range r.Statements {
				assert.Equal(t, statements.Unchecked, s.Verdict)
			}
		})
	}
}
