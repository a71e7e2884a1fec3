package provenance

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/provcheck/provcheck/crawler"
	"github.com/provcheck/provcheck/provenance/finding"
)

// web is an in-memory Fetcher: URL → HTML. Unknown URLs answer 404.
type web struct {
	mu      sync.Mutex
	pages   map[string]string
	fetched []string
}

func (w *web) Fetch(_ context.Context, u string) (*crawler.Page, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.fetched = append(w.fetched, u)
	body, ok := w.pages[u]
	if !ok {
		return nil, &crawler.FetchError{URL: u, Kind: crawler.KindHTTPStatus, Status: 404}
	}
	return &crawler.Page{URL: u, FinalURL: u, Status: 200, ContentType: "text/html", Body: []byte(body)}, nil
}

const story = `The harbour authority of Brenmoor voted on Tuesday to close the old tram depot by March, ending a
dispute that has divided the port district for three years. The depot employs 214 people and handles repairs for
the city's 46 trams. Councillor Ada Brook, who chairs the transport committee, said the site would become housing.
Unions have asked for a transition plan and for retraining money before any closure. The authority said it would
publish the plan in January and hold two public meetings before the final vote. Engineers estimate that moving
repairs to the northern yard will cost 18 million euros over five years, a figure the opposition disputes.`

// article is a news page carrying body, crediting ref with a "Source" link.
func article(title, body, ref string) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<!DOCTYPE html><html lang="en"><head><title>%s</title><meta property="og:type" content="article"></head><body><article><h1>%s</h1>`, title, title)
	for _, s := range strings.SplitAfter(strings.Join(strings.Fields(body), " "), ". ") {
		fmt.Fprintf(&b, "<p>%s</p>", s)
	}
	if ref != "" {
		fmt.Fprintf(&b, `<p>Source: <a href="%s">the original story</a></p>`, ref)
	}
	b.WriteString(`</article></body></html>`)
	return b.String()
}

func check(t *testing.T, w *web, target string, opts Options) *Report {
	t.Helper()
	r := NewChecker(w, opts).Check(context.Background(), target)
	require.NotNil(t, r)
	return r
}

func codesOf(r *Report) []finding.Code {
	var cs []finding.Code
	for _, f := range r.Findings {
		cs = append(cs, f.Code)
	}
	return cs
}

func TestChainIsFollowedToTheOriginal(t *testing.T) {
	w := &web{pages: map[string]string{
		"http://agg-a.example/s": article("Depot to close", story, "http://agg-b.example/s"),
		"http://agg-b.example/s": article("Depot to close", story, "http://news.example/s"),
		"http://news.example/s":  article("Depot to close", story, ""),
	}}
	r := check(t, w, "http://agg-a.example/s", Options{})
	require.NotNil(t, r.Original)
	assert.Equal(t, "http://news.example/s", r.Original.URL)
	var path []string
	for _, l := range r.Original.Chain {
		path = append(path, l.URL)
	}
	assert.Equal(t, []string{"http://agg-a.example/s", "http://agg-b.example/s", "http://news.example/s"}, path)
	assert.Contains(t, codesOf(r), finding.ReferenceIsCopy)
	assert.Equal(t, "partial", r.Attribution.Verdict, "credits the republisher, not the original")
}

func TestChainDepthAndLoops(t *testing.T) {
	loop := &web{pages: map[string]string{
		"http://agg-a.example/s": article("Depot to close", story, "http://agg-b.example/s"),
		"http://agg-b.example/s": article("Depot to close", story, "http://agg-a.example/s"),
	}}
	r := check(t, loop, "http://agg-a.example/s", Options{})
	assert.Contains(t, codesOf(r), finding.ChainDepthExceeded, "a loop is reported")
	require.NotNil(t, r.Original, "the best page found still stands")
	assert.Equal(t, "http://agg-b.example/s", r.Original.URL)

	deep := &web{pages: map[string]string{}}
	for i := range 5 {
		deep.pages[fmt.Sprintf("http://agg%d.example/s", i)] = article("Depot to close", story, fmt.Sprintf("http://agg%d.example/s", i+1))
	}
	deep.pages["http://agg5.example/s"] = article("Depot to close", story, "")
	r = check(t, deep, "http://agg0.example/s", Options{MaxDepth: 2})
	assert.Contains(t, codesOf(r), finding.ChainDepthExceeded)
	require.NotNil(t, r.Original)
	assert.Equal(t, "http://agg2.example/s", r.Original.URL, "stopped after two hops")
	assert.NotContains(t, deep.fetched, "http://agg4.example/s", "nothing fetched past the limit")
}

func TestReferencesThatDoNotLead(t *testing.T) {
	other := strings.Repeat("A recipe for lemon cake needs flour, sugar, eggs and the zest of two lemons. ", 8)
	tests := []struct {
		name     string
		pages    map[string]string
		want     finding.Code
		wantCred string
	}{
		{"dead", map[string]string{"http://agg.example/s": article("Depot", story, "http://news.example/gone")},
			finding.ReferenceFetchFailed, WronglyCredited},
		{"unrelated", map[string]string{"http://agg.example/s": article("Depot", story, "http://food.example/cake"),
			"http://food.example/cake": article("Cake", other, "")}, finding.ReferenceUnrelated, WronglyCredited},
		{"none", map[string]string{"http://agg.example/s": article("Depot", story, "")}, finding.NoReference, Uncredited},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := check(t, &web{pages: tt.pages}, "http://agg.example/s", Options{})
			assert.Nil(t, r.Original)
			assert.Contains(t, codesOf(r), tt.want)
			assert.Equal(t, tt.wantCred, r.Attribution.Verdict)
			assert.Equal(t, Warn, r.Verdict)
			for _, st := range r.Statements {
				assert.Equal(t, "unchecked", string(st.Verdict))
			}
		})
	}
}

// TestUnlinkedLabelIsNamed tells a copy that labels a source without a
// link from one that names none: the finding quotes the label.
func TestUnlinkedLabelIsNamed(t *testing.T) {
	bare := strings.Replace(article("Depot", story, ""), "</article>", "<p>Reference</p></article>", 1)
	r := check(t, &web{pages: map[string]string{"http://agg.example/s": bare}}, "http://agg.example/s", Options{})
	f := findingOf(t, r, finding.NoReference)
	assert.Contains(t, f.Message, `labels a source ("Reference") but links none`)
	assert.Contains(t, f.Evidence.Detail, "rule=unlinked-label")

	none := check(t, &web{pages: map[string]string{"http://agg.example/s": article("Depot", story, "")}}, "http://agg.example/s", Options{})
	assert.Equal(t, "the page names no reference to an original source", findingOf(t, none, finding.NoReference).Message)
}

// TestIgnoredReferenceIsExplained: a page whose only source link points
// at itself or its own site is told why nothing was followed.
func TestIgnoredReferenceIsExplained(t *testing.T) {
	tests := map[string]string{
		"http://agg.example/s":     `its link http://agg.example/s points at the page itself`,
		"http://agg.example/other": `its link http://agg.example/other points at the page's own site`,
	}
	for href, want := range tests {
		r := check(t, &web{pages: map[string]string{"http://agg.example/s": article("Depot", story, href)}}, "http://agg.example/s", Options{})
		f := findingOf(t, r, finding.NoReference)
		assert.Contains(t, f.Message, `the page labels a source ("Source") but `+want)
		assert.Contains(t, f.Evidence.Detail, "rule=ignored-reference")
	}
}

// findingOf returns r's first finding of code c.
func findingOf(t *testing.T, r *Report, c finding.Code) finding.Finding {
	t.Helper()
	for _, f := range r.Findings {
		if f.Code == c {
			return f
		}
	}
	require.Failf(t, "finding missing", "no %s in %v", c, codesOf(r))
	return finding.Finding{}
}

func TestDeclaredSourceAndContainmentFloor(t *testing.T) {
	w := &web{pages: map[string]string{
		"http://agg.example/s":  article("Depot to close", story, ""),
		"http://news.example/s": article("Depot to close", story, ""),
	}}
	r := check(t, w, "http://agg.example/s", Options{Source: "http://news.example/s"})
	require.NotNil(t, r.Original)
	assert.Equal(t, KindDeclared, r.Original.FoundVia)
	assert.Equal(t, Uncredited, r.Attribution.Verdict, "the user's --source is no credit of the copy's")
	assert.Contains(t, codesOf(r), finding.CreditMissing)
	assert.Equal(t, Fail, r.Verdict)

	half := strings.SplitAfter(story, ". ")
	w.pages["http://agg.example/half"] = article("Depot", strings.Join(half[:2], "")+strings.Repeat("Other news of the week filled the rest of the page with sport. ", 12), "http://news.example/s")
	loose := check(t, w, "http://agg.example/half", Options{})
	strict := check(t, w, "http://agg.example/half", Options{MinContainment: 0.9})
	require.NotNil(t, loose.Original, "a partial copy is derived by default")
	require.NotNil(t, strict.Original, "a policy's containment floor does not rule out the source the page names")
	assert.Equal(t, loose.Reuse.Relation, strict.Reuse.Relation, "nor relabels it")
}

// TestDeclaredSourceUnreadable: an original the user named that cannot be
// read leaves nothing compared, which is an error of the check (exit 2),
// not a warning a gate would pass.
func TestDeclaredSourceUnreadable(t *testing.T) {
	w := &web{pages: map[string]string{
		"http://agg.example/s":      article("Depot to close", story, "http://news.example/s"),
		"http://news.example/":      `<html><body>` + strings.Repeat(`<a href="/a">A story</a> `, 20) + `</body></html>`,
		"http://news.example/empty": `<html><body></body></html>`,
	}}
	for _, src := range []string{"http://news.example/gone", "http://news.example/empty", "http://news.example/", "/no/such/file.html"} {
		t.Run(src, func(t *testing.T) {
			r := check(t, w, "http://agg.example/s", Options{Source: src})
			assert.Equal(t, Errored, r.Verdict)
			assert.Contains(t, r.Error, "the declared source "+src+" could not be read: ")
			assert.Equal(t, []finding.Code{finding.SourceUnreadable}, codesOf(r))
			assert.Equal(t, finding.Error, r.Findings[0].Severity)
			assert.Equal(t, CreditUnknown, r.Attribution.Verdict, "the copy's own references were not looked at")
			assert.Nil(t, r.Original)
		})
	}
}

func TestUnreadableTarget(t *testing.T) {
	r := check(t, &web{}, "http://gone.example/s", Options{})
	assert.Equal(t, Errored, r.Verdict)
	require.Len(t, r.Findings, 1)
	assert.Equal(t, finding.TargetUnreadable, r.Findings[0].Code)
	assert.Equal(t, "http-status", r.Findings[0].Evidence.Detail)
	require.NotNil(t, r.Statements)
	require.NotNil(t, r.References)
}
