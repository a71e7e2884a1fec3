package report

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/provcheck/provcheck/provenance"
	"github.com/provcheck/provcheck/provenance/match"
)

func renderHTML(t *testing.T, reports ...*provenance.Report) []byte {
	t.Helper()
	var buf bytes.Buffer
	w, err := New("html", &buf, Options{})
	require.NoError(t, err)
	for _, r := range reports {
		require.NoError(t, w.WriteReport(r))
	}
	require.NoError(t, w.Close())
	return buf.Bytes()
}

func parseHTML(t *testing.T, b []byte) *goquery.Document {
	t.Helper()
	doc, err := goquery.NewDocumentFromReader(bytes.NewReader(b))
	require.NoError(t, err)
	return doc
}

func TestHTMLReport(t *testing.T) {
	r := richReport(t)
	out := renderHTML(t, r)
	doc := parseHTML(t, out)

	t.Run("self-contained", func(t *testing.T) {
		assert.Zero(t, doc.Find("link, img, iframe, script[src]").Length(), "no external assets")
		assert.NotContains(t, string(out), "@import")
		assert.Equal(t, 1, doc.Find("style").Length())
	})
	t.Run("verdict banner", func(t *testing.T) {
		banner := doc.Find("#report-1 .verdict")
		require.Equal(t, 1, banner.Length())
		assert.True(t, banner.HasClass("v-fail"))
		assert.Contains(t, banner.Text(), "FAIL")
		assert.Contains(t, banner.Text(), fixtureTarget)
	})
	t.Run("texts rebuilt exactly", func(t *testing.T) {
		cols := doc.Find(".texts .text")
		require.Equal(t, 2, cols.Length())
		assert.Equal(t, r.Article.Text, cols.Eq(0).Text())
		assert.Equal(t, r.Original.Text, cols.Eq(1).Text())
	})
	t.Run("passages linked to their twins", func(t *testing.T) {
		for i, p := range r.Reuse.Passages {
			for _, side := range []struct {
				self, twin string
				text       string
			}{{"c", "s", p.Copy.Text}, {"s", "c", p.Source.Text}} {
				id := fmt.Sprintf("%s-%d", side.self, i+1)
				el := doc.Find("#" + id)
				require.Equal(t, 1, el.Length(), "anchor %s", id)
				twin := fmt.Sprintf("#%s-%d", side.twin, i+1)
				assert.Equal(t, 1, doc.Find(twin).Length(), "twin of %s", id)
				// Every highlighted piece of this passage carries its number.
				var got strings.Builder
				doc.Find(fmt.Sprintf(".text .p[data-p~='%d']", i+1)).Each(func(_ int, s *goquery.Selection) {
					if strings.HasPrefix(s.AttrOr("href", ""), "#"+side.twin+"-") {
						got.WriteString(s.Text())
					}
				})
				assert.Equal(t, side.text, got.String(), "highlighted text of %s", id)
			}
		}
		doc.Find(".text a.p").Each(func(_ int, s *goquery.Selection) {
			href := s.AttrOr("href", "")
			assert.Equal(t, 1, doc.Find(href).Length(), "link %s has a target", href)
		})
	})
	t.Run("kinds styled and in the legend", func(t *testing.T) {
		for _, k := range []string{match.KindExact, match.KindNear, match.KindParaphrase} {
			assert.Positive(t, doc.Find(".text .p."+k).Length(), k)
			assert.Equal(t, 1, doc.Find(".legend .p."+k).Length(), k)
		}
		assert.Positive(t, doc.Find(".text .p.overlap").Length(), "overlapping passages are marked")
	})
	t.Run("findings linked to their evidence in the texts", func(t *testing.T) {
		for i, f := range r.Findings {
			for _, side := range []struct {
				name string
				span bool
			}{{"c", f.Evidence.Copy != nil}, {"s", f.Evidence.Source != nil}} {
				id := fmt.Sprintf("f%d-%s", i+1, side.name)
				want := 0
				if side.span {
					want = 1
				}
				assert.Equal(t, want, doc.Find("#"+id).Length(), "anchor %s in the text", id)
				assert.Equal(t, want, doc.Find(".findings a[href='#"+id+"']").Length(), "link to %s from the finding", id)
			}
		}
		var errText strings.Builder
		doc.Find(".texts > div:first-child .evd-error").Each(func(_ int, s *goquery.Selection) { errText.WriteString(s.Text()) })
		assert.Contains(t, errText.String(), "This is the best day for Turin", "error evidence outside passages is marked")
		assert.Contains(t, errText.String(), "We will never raise fares")
		assert.NotContains(t, errText.String(), "80,000", "only evidence is marked")
	})
	t.Run("statements", func(t *testing.T) {
		rows := doc.Find("table.statements tbody tr")
		require.Equal(t, len(r.Statements), rows.Length())
		first := rows.Eq(0)
		assert.Contains(t, first.Text(), "Chiara Vecchi")
		assert.Contains(t, first.Text(), "transport councillor")
		assert.Equal(t, "never", first.Find("td.diff ins").Text())
		assert.Equal(t, "notfor the next five years", first.Find("td.diff del").Text())
		for _, v := range []string{"verbatim", "altered", "paraphrased", "not_found", "misattributed"} {
			assert.Equal(t, v, doc.Find("tr.st-"+v+" .badge").First().Text())
		}
	})
	t.Run("findings grouped by severity", func(t *testing.T) {
		heads := doc.Find("h4.sev")
		require.Equal(t, 3, heads.Length())
		assert.Contains(t, heads.Eq(0).Text(), "Errors (3)")
		assert.Contains(t, heads.Eq(1).Text(), "Warnings (5)")
		assert.Contains(t, heads.Eq(2).Text(), "Information (2)")
		assert.Equal(t, 3, doc.Find(".findings li.s-error").Length())
		assert.Contains(t, doc.Find(".findings li.s-error").First().Find(".ev").Text(), "We will never raise fares")
	})
	t.Run("credit, chain, fetch evidence", func(t *testing.T) {
		assert.Contains(t, doc.Text(), "Financial Times (dropped)")
		assert.Equal(t, 3, doc.Find("ol.chain li").Length())
		fetches := doc.Find(".fetch")
		assert.Equal(t, 4, fetches.Length(), "target, original, middle link, dead link")
		assert.Contains(t, fetches.Eq(0).Text(), "301")
		assert.Contains(t, fetches.Eq(0).Text(), r.Article.Fetch.SHA256)
		assert.Contains(t, fetches.Eq(0).Text(), "2026-11-25T09:30:00Z")
		assert.Contains(t, fetches.Eq(0).Text(), "61877")
	})
	golden(t, "rich.html", out, versionNormaliser())
}

func TestHTMLEscapesUntrustedText(t *testing.T) {
	r := richReport(t)
	evil := `<script>alert("x")</script><img src=x onerror=alert(1)>`
	r.Article.Text = evil + " " + r.Article.Text
	r.Article.Title = evil
	r.Original.Chain[1].URL = "javascript:alert(1)"
	r.Statements[0].Text = evil
	r.Findings[0].Message = evil
	r.Reuse.Passages[0].Kind = `exact" onmouseover="alert(1)`
	out := renderHTML(t, r)

	assert.NotContains(t, string(out), "<script>alert")
	assert.NotContains(t, string(out), "<img")
	assert.NotContains(t, string(out), `onmouseover="alert`)
	assert.NotContains(t, string(out), `href="javascript:`)
	assert.Contains(t, string(out), "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;")
	doc := parseHTML(t, out)
	assert.Equal(t, 1, doc.Find("script").Length(), "only the page's own script")
	assert.Equal(t, r.Article.Text, doc.Find(".texts .text").First().Text(), "escaped text still reads the same")
}

func TestHTMLBatch(t *testing.T) {
	reports := []*provenance.Report{richReport(t), passReport(t, "https://blog.example/original-post"), errorReport("https://down.example/x"), richReport(t)}
	doc := parseHTML(t, renderHTML(t, reports...))

	rows := doc.Find("#summary tbody tr")
	require.Equal(t, len(reports), rows.Length())
	for i, r := range reports {
		link := rows.Eq(i).Find("a")
		assert.Equal(t, fmt.Sprintf("#report-%d", i+1), link.AttrOr("href", ""))
		assert.Equal(t, r.Target, link.Text())
		assert.Equal(t, 1, doc.Find(fmt.Sprintf("#report-%d", i+1)).Length())
	}
	assert.Contains(t, doc.Find("#summary h2").Text(), "4 targets")
	assert.Contains(t, doc.Find("#summary h2").Text(), "ERROR")
	assert.Contains(t, doc.Find("#report-3").Text(), "Could not check this target")

	ids := map[string]int{}
	doc.Find("[id]").Each(func(_ int, s *goquery.Selection) { ids[s.AttrOr("id", "")]++ })
	for id, n := range ids {
		assert.Equal(t, 1, n, "id %s is unique", id)
	}
	assert.Equal(t, 1, ids["c-1"])
	assert.Equal(t, 1, ids["r4-c-1"], "later reports prefix their anchors")
	assert.Equal(t, "#r4-s-1", doc.Find("#r4-c-1").AttrOr("href", ""))
}

func TestHTMLNoReports(t *testing.T) {
	doc := parseHTML(t, renderHTML(t))
	assert.Contains(t, doc.Find("#summary").Text(), "0 targets")
	assert.Zero(t, doc.Find(".report").Length())
}

func TestHTMLEvidenceOutsideTheText(t *testing.T) {
	r := richReport(t)
	// Evidence whose offsets do not hold its words (a span into the
	// headline, say) is listed but not marked on the wrong words.
	r.Findings[0].Evidence.Copy.Start += 3
	r.Findings[1].Evidence.Copy.End = 1 << 20
	doc := parseHTML(t, renderHTML(t, r))
	for _, id := range []string{"f1-c", "f2-c"} {
		assert.Zero(t, doc.Find("#"+id).Length(), id)
		assert.Zero(t, doc.Find(".findings a[href='#"+id+"']").Length(), id)
	}
	assert.Equal(t, 1, doc.Find("#f1-s").Length(), "the source side still holds")
	assert.Contains(t, doc.Find(".findings li").First().Text(), r.Findings[0].Evidence.Copy.Text, "still listed")
}

func TestHTMLBadOffsets(t *testing.T) {
	r := richReport(t)
	r.Reuse.Passages = append(r.Reuse.Passages,
		match.Passage{Kind: "exact", Copy: spanOf(t, r.Article.Text, "Turin"), Source: spanOf(t, r.Original.Text, "Torino")},
		match.Passage{Kind: "near"}, // empty
		match.Passage{Kind: "paraphrase", Copy: r.Reuse.Passages[0].Copy, Source: r.Reuse.Passages[0].Source}, // duplicate
	)
	r.Reuse.Passages[0].Copy.End = 1 << 30
	r.Reuse.Passages[1].Source.Start, r.Reuse.Passages[1].Source.End = 50, 10
	doc := parseHTML(t, renderHTML(t, r))
	assert.Equal(t, r.Article.Text, doc.Find(".texts .text").Eq(0).Text())
	assert.Equal(t, r.Original.Text, doc.Find(".texts .text").Eq(1).Text())
}

func BenchmarkHTML(b *testing.B) {
	r := richReport(b)
	for b.Loop() {
		w, _ := New("html", &bytes.Buffer{}, Options{})
		_ = w.WriteReport(r)
		_ = w.Close()
	}
}

// TestHTMLSourceTitleOnlyWhenWordsDiffer shows the original's speaker
// title under the copy's only when the words differ, not the typography.
func TestHTMLSourceTitleOnlyWhenWordsDiffer(t *testing.T) {
	tests := []struct {
		copyTitle, srcTitle string
		shown               bool
	}{
		{"ferry company’s chief engineer", "ferry company's chief engineer", false},
		{"Ferry Company chief engineer", "ferry company chief engineer", false},
		{"chief engineer", "chief engineer", false},
		{"chief engineer", "deputy engineer", true},
	}
	for _, tt := range tests {
		t.Run(tt.copyTitle+" / "+tt.srcTitle, func(t *testing.T) {
			r := richReport(t)
			require.NotEmpty(t, r.Statements)
			src := *r
			src.Statements = append(src.Statements[:0:0], r.Statements[0])
			st := &src.Statements[0]
			require.NotNil(t, st.Source)
			srcCopy := *st.Source
			st.Source = &srcCopy
			st.SpeakerTitle, st.Source.SpeakerTitle = tt.copyTitle, tt.srcTitle
			cell := parseHTML(t, renderHTML(t, &src)).Find(`td[data-label="Title"]`).First().Text()
			assert.Equal(t, tt.shown, strings.Contains(cell, "original:"), cell)
		})
	}
}
