package report

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/provcheck/provcheck/crawler"
	"github.com/provcheck/provcheck/provenance"
	"github.com/provcheck/provcheck/provenance/finding"
	"github.com/provcheck/provcheck/provenance/match"
	"github.com/provcheck/provcheck/provenance/statements"
	"github.com/provcheck/provcheck/provenance/text"
)

// The texts of the rich report: a rewritten copy of a made-up news story,
// with non-ASCII text before and inside passages so offsets must count code
// points.
const (
	fixtureCopy = "Turin approves €1.2bn tram plan\n\n" +
		"The city council of Turin approved on Tuesday a €1.2 billion plan for a new tram line linking the airport to the centre. " +
		"“We will never raise fares,” said Chiara Vecchi, the city’s mayor. " +
		"Construction will begin in 2027 and will last four years.\n\n" +
		"Marco Bianchi said the project was “a waste of public money”. " +
		"“This is the best day for Turin,” Vecchi added. " +
		"The line will carry about 80,000 passengers every day."
	fixtureOriginal = "Città di Torino approves new tram line\n\n" +
		"The city council of Turin approved on Tuesday a €1.2 billion plan for a new tram line linking the airport to the centre, according to the Financial Times. " +
		"“We will not raise fares for the next five years,” said Chiara Vecchi, the city’s transport councillor. " +
		"Work is expected to start in 2027 and may take up to four years.\n\n" +
		"Opposition leader Marco Bianchi said the project was “a gamble with public money”. " +
		"The line will serve an estimated 80,000 passengers a day."

	fixtureTarget   = "https://aggregator.example.com/news/turin-tram-123"
	fixtureMiddle   = "https://www.example-news.it/torino/tram"
	fixtureOrigURL  = "https://www.lastampa.example/cronaca/2026/11/24/tram"
	fixtureDeadLink = "https://dead.example.org/story"
)

// spanOf returns the span of the first sub in s, with code-point offsets.
func spanOf(t testing.TB, s, sub string) text.Span {
	t.Helper()
	i := strings.Index(s, sub)
	if i < 0 {
		t.Fatalf("fixture: %q not in text", sub)
	}
	start := utf8.RuneCountInString(s[:i])
	return text.Span{Start: start, End: start + utf8.RuneCountInString(sub), Text: sub}
}

func spanPtr(t testing.TB, s, sub string) *text.Span {
	t.Helper()
	sp := spanOf(t, s, sub)
	return &sp
}

func fixtureFetch(url, final string, status, size int, sum string, redirects ...crawler.Redirect) *crawler.Page {
	return &crawler.Page{
		URL: url, FinalURL: final, Redirects: redirects, Status: status,
		ContentType: "text/html", Charset: "utf-8",
		FetchedAt: time.Date(2026, 11, 25, 9, 30, 0, 0, time.UTC),
		Bytes:     size, SHA256: sum,
	}
}

// richReport builds by hand one report that exercises every part of every
// writer: passages of all three kinds (two overlapping), statements of every
// verdict with diffs, the credit check, references fetched, failed and
// skipped, a chain of three links and findings of all severities.
func richReport(t testing.TB) *provenance.Report {
	t.Helper()
	c, o := fixtureCopy, fixtureOriginal
	passage := func(kind, cp, src string, score float64) match.Passage {
		return match.Passage{Kind: kind, Copy: spanOf(t, c, cp), Source: spanOf(t, o, src), Score: score}
	}
	diff := func(ops ...string) []statements.DiffOp {
		var out []statements.DiffOp
		for i := 0; i < len(ops); i += 2 {
			out = append(out, statements.DiffOp{Op: ops[i], Text: ops[i+1]})
		}
		return out
	}
	origFetch := fixtureFetch(fixtureOrigURL, fixtureOrigURL, 200, 48213, "9f2c1e4b7a0d3c5e8f6a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f6a")
	r := &provenance.Report{
		Target:  fixtureTarget,
		Verdict: provenance.Fail,
		Article: &provenance.Page{
			URL: fixtureTarget, FinalURL: fixtureTarget, Title: "Turin approves €1.2bn tram plan",
			Byline: "Staff", SiteName: "Aggregator News", Published: "2026-11-25", Language: "en", Type: "article",
			WordCount: 70, Text: c,
			Fetch: fixtureFetch("http://aggregator.example.com/news/turin-tram-123", fixtureTarget, 200, 61877,
				"0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9",
				crawler.Redirect{From: "http://aggregator.example.com/news/turin-tram-123", To: fixtureTarget, Status: 301, Via: "http"}),
		},
		References: []provenance.Reference{
			{URL: fixtureMiddle, Kind: "source-link", Text: "Example News", Confidence: 0.9, Status: provenance.RefFetched,
				PageType: "article", Relation: "rewritten", Containment: 0.41,
				Fetch: fixtureFetch(fixtureMiddle, fixtureMiddle, 200, 30512, "5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d")},
			{URL: fixtureOrigURL, Kind: "via-link", Text: "La Stampa", Confidence: 0.8, Status: provenance.RefFetched,
				PageType: "article", Relation: "rewritten", Containment: 0.82, FoundOn: fixtureMiddle, Fetch: origFetch},
			{URL: fixtureDeadLink, Kind: "inline-link", Text: "earlier report", Confidence: 0.4, Status: provenance.RefFailed,
				Error: "fetch " + fixtureDeadLink + ": http-status (HTTP 404)", ErrorKind: "http-status",
				Fetch: fixtureFetch(fixtureDeadLink, fixtureDeadLink, 404, 512, "")},
			{URL: "https://social.example/status/1", Kind: "embed", Confidence: 0.1, Status: provenance.RefSkipped},
		},
		Original: &provenance.Original{
			Page: provenance.Page{
				URL: fixtureOrigURL, FinalURL: fixtureOrigURL, Title: "Città di Torino approves new tram line",
				Byline: "Giulia Rossi", SiteName: "La Stampa", Published: "2026-11-24", Language: "en", Type: "article",
				WordCount: 80, Text: o, Fetch: origFetch,
			},
			FoundVia: "via-link",
			Chain: []provenance.ChainLink{
				{URL: fixtureTarget, Title: "Turin approves €1.2bn tram plan", SiteName: "Aggregator News", Via: "target"},
				{URL: fixtureMiddle, Title: "Torino, via libera al tram", SiteName: "Example News", Via: "source-link"},
				{URL: fixtureOrigURL, Title: "Città di Torino approves new tram line", SiteName: "La Stampa", Via: "via-link"},
			},
		},
		Reuse: match.Result{
			Relation: match.Rewritten, TakenShare: 0.82, Containment: 0.82, Coverage: 0.74, VerbatimShare: 0.38, RewrittenShare: 0.44,
			Passages: []match.Passage{
				passage(match.KindExact, "The city council of Turin approved on Tuesday a €1.2 billion plan for a new tram line linking the airport to the centre",
					"The city council of Turin approved on Tuesday a €1.2 billion plan for a new tram line linking the airport to the centre", 1),
				passage(match.KindNear, "said Chiara Vecchi, the city’s mayor", "said Chiara Vecchi, the city’s transport councillor", 0.78),
				passage(match.KindParaphrase, "Construction will begin in 2027 and will last four years.",
					"Work is expected to start in 2027 and may take up to four years.", 0.61),
				passage(match.KindExact, "Marco Bianchi said the project was", "Marco Bianchi said the project was", 1),
				passage(match.KindNear, "said the project was “a waste of public money”", "said the project was “a gamble with public money”", 0.8),
				passage(match.KindNear, "The line will carry about 80,000 passengers every day.",
					"The line will serve an estimated 80,000 passengers a day.", 0.7),
			},
		},
		Statements: []statements.Check{
			{Kind: statements.Direct, Text: "We will never raise fares", Span: spanOf(t, c, "We will never raise fares"),
				Speaker: "Chiara Vecchi", SpeakerTitle: "mayor", Verdict: statements.Altered,
				Source: &statements.Source{Span: spanOf(t, o, "We will not raise fares for the next five years"), Kind: "direct",
					Speaker: "Chiara Vecchi", SpeakerTitle: "transport councillor"},
				Diff: diff("equal", "We will", "delete", "not", "insert", "never", "equal", "raise fares", "delete", "for the next five years")},
			{Kind: statements.Direct, Text: "a waste of public money", Span: spanOf(t, c, "a waste of public money"),
				Speaker: "Marco Bianchi", Verdict: statements.Altered,
				Source: &statements.Source{Span: spanOf(t, o, "a gamble with public money"), Kind: "direct", Speaker: "Marco Bianchi", SpeakerTitle: "Opposition leader"},
				Diff:   diff("equal", "a", "delete", "gamble with", "insert", "waste of", "equal", "public money")},
			{Kind: statements.Direct, Text: "This is the best day for Turin", Span: spanOf(t, c, "This is the best day for Turin"),
				Speaker: "Chiara Vecchi", SpeakerTitle: "mayor", Verdict: statements.NotFound},
			{Kind: statements.Reported, Text: "the project was “a waste of public money”", Span: spanOf(t, c, "the project was “a waste of public money”"),
				Speaker: "Marco Bianchi", Verdict: statements.Paraphrased,
				Source: &statements.Source{Span: spanOf(t, o, "the project was “a gamble with public money”"), Kind: "reported", Speaker: "Marco Bianchi"}},
			{Kind: statements.Reported, Text: "Construction will begin in 2027", Span: spanOf(t, c, "Construction will begin in 2027"),
				Speaker: "Chiara Vecchi", Verdict: statements.Misattributed,
				Source: &statements.Source{Span: spanOf(t, o, "Work is expected to start in 2027"), Kind: "unattributed"}},
			{Kind: statements.Reported, Text: "The city council of Turin approved on Tuesday a €1.2 billion plan",
				Span: spanOf(t, c, "The city council of Turin approved on Tuesday a €1.2 billion plan"), Verdict: statements.Verbatim,
				Source: &statements.Source{Span: spanOf(t, o, "The city council of Turin approved on Tuesday a €1.2 billion plan"), Kind: "unattributed"}},
		},
		Attribution: provenance.Attribution{
			Verdict: provenance.PartlyCredited, LinksToOriginal: false, NamesPublisher: true, NamesAuthor: false,
			UpstreamCredits: []provenance.Credit{{Name: "Financial Times", Kept: false}, {Name: "ANSA", Kept: true}},
			BylineClaimed:   true,
		},
		Findings: []finding.Finding{
			finding.New(finding.QuoteAltered, "The quote by Chiara Vecchi differs from the original: “not” became “never”.",
				finding.Evidence{Copy: spanPtr(t, c, "We will never raise fares"), Source: spanPtr(t, o, "We will not raise fares for the next five years"), Detail: "negation changed"}),
			finding.New(finding.QuoteNotFound, "The quote “This is the best day for Turin” appears nowhere in the original.",
				finding.Evidence{Copy: spanPtr(t, c, "This is the best day for Turin")}),
			finding.New(finding.ClaimAttributedToPerson, "An unattributed sentence of the original is attributed to Chiara Vecchi.",
				finding.Evidence{Copy: spanPtr(t, c, "Construction will begin in 2027"), Source: spanPtr(t, o, "Work is expected to start in 2027")}),
			finding.New(finding.SpeakerTitleChanged, "Chiara Vecchi is “transport councillor” in the original, “mayor” in the copy.",
				finding.Evidence{Copy: spanPtr(t, c, "the city’s mayor"), Source: spanPtr(t, o, "the city’s transport councillor")}),
			finding.New(finding.UpstreamCreditDropped, "The original credits the Financial Times; the copy does not.",
				finding.Evidence{Source: spanPtr(t, o, "according to the Financial Times"), Detail: "Financial Times"}),
			finding.New(finding.ReferenceFetchFailed, "The reference "+fixtureDeadLink+" could not be fetched (HTTP 404).",
				finding.Evidence{URL: fixtureDeadLink, Detail: "http-status"}),
			finding.New(finding.CreditNoLink, "The copy names La Stampa but does not link to the original.", finding.Evidence{URL: fixtureOrigURL}),
			finding.New(finding.BylineClaimed, "The copy carries the byline “Staff” on copied work.", finding.Evidence{}),
			finding.New(finding.ReuseRewritten, "The copy is a rewritten version of the original (82% of its words).", finding.Evidence{URL: fixtureOrigURL}),
			finding.New(finding.CreditAuthorNotNamed, "The copy does not name Giulia Rossi.", finding.Evidence{}),
		},
		DurationMS: 1234,
	}
	finding.Sort(r.Findings)
	return r
}

// passReport is a short report of a clean target, for batches.
func passReport(t testing.TB, target string) *provenance.Report {
	t.Helper()
	txt := "A short original piece with nothing copied."
	return &provenance.Report{
		Target: target, Verdict: provenance.Pass,
		Article:     &provenance.Page{URL: target, Title: "An original piece", Language: "en", Text: txt, Fetch: fixtureFetch(target, target, 200, 2048, "ab12")},
		Reuse:       match.Result{Relation: match.Unknown},
		Attribution: provenance.Attribution{Verdict: provenance.CreditUnknown},
		Findings:    []finding.Finding{finding.New(finding.AggregatorBoilerplate, "The page carries an aggregator disclaimer.", finding.Evidence{Detail: "Automatically generated"})},
		DurationMS:  12,
	}
}

// errorReport is the report of a target that could not be read.
func errorReport(target string) *provenance.Report {
	return &provenance.Report{
		Target: target, Verdict: provenance.Errored, Error: "fetch " + target + ": timeout",
		Findings: []finding.Finding{finding.New(finding.TargetUnreadable, "fetch "+target+": timeout", finding.Evidence{URL: target, Detail: "timeout"})},
	}
}
