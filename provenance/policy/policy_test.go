package policy

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/provcheck/provcheck/provenance"
	"github.com/provcheck/provcheck/provenance/finding"
	"github.com/provcheck/provcheck/provenance/match"
)

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, yaml string
		line       int
		msg        string
	}{
		{"syntax", "fail: [quote-altered\n", 1, "']' not found"},
		{"unknown top key", "fail: [quote-altered]\nfial: [quote-not-found]\n", 2, `unknown field "fial"`},
		{"unknown threshold", "thresholds:\n  min_containment: 0.2\n  max_share: 0.5\n", 3, `unknown field "max_share"`},
		{"unknown override key", "overrides:\n  - match: {path: a}\n    colour: red\n", 3, `unknown field "colour"`},
		{"unknown match key", "overrides:\n  - match: {host: a}\n", 2, `unknown field "host"`},
		{"unknown code", "warn:\n  - credit-missing\n  - quote-altred\n", 3, `unknown finding code "quote-altred"`},
		{"unknown code in override", "overrides:\n  - match: {domain: a.example}\n    ignore:\n      - nope\n", 4, `ignore: unknown finding code "nope"`},
		{"code listed twice", "fail: [quote-altered]\nwarn: [quote-altered]\n", 2, "already listed on line 1"},
		{"threshold above 1", "thresholds:\n  min_containment: 1.5\n", 2, "min_containment 1.5 is outside 0..1"},
		{"threshold below 0", "\nthresholds:\n  max_rewritten_share: -0.1\n", 3, "max_rewritten_share -0.1 is outside 0..1"},
		{"zero max share", "thresholds:\n  max_rewritten_share: 0\n", 2, "omit it for no limit"},
		{"threshold not a number", "thresholds:\n  min_containment: lots\n", 2, `expected a number, got "lots"`},
		{"require_credit not bool", "thresholds:\n  require_credit: maybe\n", 2, "expected true or false"},
		{"list expected", "fail: quote-altered\n", 1, "sequence is expected"},
		{"bad path glob", "overrides:\n  - match: {path: \"posts/[a\"}\n", 2, `match.path: bad glob "posts/[a"`},
		{"bad domain glob", "overrides:\n  - match:\n      path: posts/**\n      domain: \"{a,b\"\n", 4, "match.domain: bad glob"},
		{"override without match", "fail: [quote-altered]\noverrides:\n  - fail: [quote-not-found]\n", 3, "needs match.path or match.domain"},
		{"override bad threshold", "overrides:\n  - match: {path: a}\n    thresholds: {min_containment: 2}\n", 3, "outside 0..1"},
		{"nan threshold", "thresholds:\n  min_containment: .nan\n", 2, "min_containment NaN is not a number between 0 and 1"},
		{"NaN threshold", "fail: [quote-altered]\nthresholds:\n  max_rewritten_share: .NaN\n", 3, "max_rewritten_share NaN is not a number"},
		{"infinite threshold", "thresholds:\n  max_rewritten_share: .inf\n", 2, "max_rewritten_share +Inf is not a number"},
		{"negative infinity", "thresholds:\n  min_containment: -.inf\n", 2, "min_containment -Inf is not a number"},
		{"nan in an override", "overrides:\n  - match: {path: a}\n    thresholds:\n      min_containment: .nan\n", 4, "min_containment NaN"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("gate.yaml", []byte(tt.yaml))
			require.Error(t, err)
			var pe *Error
			require.ErrorAs(t, err, &pe)
			assert.Equal(t, "gate.yaml", pe.File)
			assert.Equal(t, tt.line, pe.Line, "line of %v", err)
			assert.Contains(t, pe.Msg, tt.msg)
			assert.Contains(t, err.Error(), "gate.yaml:")
		})
	}
}

func TestLoadFull(t *testing.T) {
	p, err := Load("testdata/full.yaml")
	require.NoError(t, err)
	r := p.For("posts/own/story.md")
	assert.True(t, r.Fail[finding.QuoteAltered])
	assert.True(t, r.Warn[finding.CreditPublisherNotNamed])
	assert.True(t, r.Ignore[finding.AggregatorBoilerplate])
	assert.Equal(t, 0.3, r.MinContainment)
	assert.Equal(t, 0.8, r.MaxRewrittenShare)
	assert.True(t, r.RequireCredit)
}

func TestLoadMissingFile(t *testing.T) {
	_, err := Load(filepath.Join(t.TempDir(), "none.yaml"))
	assert.ErrorIs(t, err, os.ErrNotExist)
}

func TestFind(t *testing.T) {
	dir := t.TempDir()
	_, ok := Find(dir)
	assert.False(t, ok)
	p, err := LoadDir(dir)
	require.NoError(t, err)
	assert.Equal(t, Defaults(), p.For("x.html"))

	want := filepath.Join(dir, FileName)
	require.NoError(t, os.WriteFile(want, []byte("ignore: [reuse-verbatim]\n"), 0o644))
	got, ok := Find(dir)
	require.True(t, ok)
	assert.Equal(t, want, got)
	p, err = LoadDir(dir)
	require.NoError(t, err)
	assert.True(t, p.For("x.html").Ignore[finding.ReuseVerbatim])
}

func TestForOverrides(t *testing.T) {
	p, err := Load("testdata/full.yaml")
	require.NoError(t, err)
	tests := []struct {
		target         string
		quoteAltered   string // fail | warn | ignore | ""
		creditMissing  string
		minContainment float64
		maxRewritten   float64
		requireCredit  bool
	}{
		{"testdata/posts/own/a.md", "fail", "", 0.3, 0.8, true},
		{"https://news.example/posts/partners/a", "warn", "ignore", 0.5, 0.8, true}, // path glob on a URL's path
		{"./testdata/posts/partners/deep/b.html", "warn", "ignore", 0.5, 0.8, true}, // local path, cleaned
		{"https://blog.partner.example/x", "warn", "ignore", 0.5, 0.8, true},        // domain glob
		{"https://BLOG.Partner.example:8443/x", "warn", "ignore", 0.5, 0.8, true},   // host case and port
		{"https://partner.example/x", "fail", "", 0.3, 0.8, true},                   // *. needs a label
		{"https://wire.partner.example/x", "warn", "fail", 0.5, 0.9, false},         // both match; later wins
		{"https://wire.partner.example.evil/x", "fail", "", 0.3, 0.8, true},         // suffix is not the host
		{"testdata/posts/partnership/a.md", "fail", "", 0.3, 0.8, true},             // segment boundary
		{"posts/partners/a.md", "fail", "", 0.3, 0.8, true},                         // relative to the policy, not the working directory
	}
	for _, tt := range tests {
		t.Run(tt.target, func(t *testing.T) {
			r := p.For(tt.target)
			assert.Equal(t, tt.quoteAltered, actionOf(r, finding.QuoteAltered))
			assert.Equal(t, tt.creditMissing, actionOf(r, finding.CreditMissing))
			assert.Equal(t, tt.minContainment, r.MinContainment)
			assert.Equal(t, tt.maxRewritten, r.MaxRewrittenShare)
			assert.Equal(t, tt.requireCredit, r.RequireCredit)
		})
	}
}

func actionOf(r Rules, c finding.Code) string {
	n, out := 0, ""
	for name, m := range map[string]map[finding.Code]bool{"fail": r.Fail, "warn": r.Warn, "ignore": r.Ignore} {
		if m[c] {
			n++
			out = name
		}
	}
	if n > 1 {
		return "several"
	}
	return out
}

func TestNilAndZeroPolicy(t *testing.T) {
	var nilp *Policy
	assert.Equal(t, Defaults(), nilp.For("a"))
	assert.Equal(t, Defaults(), (&Policy{}).For("https://a.example/"))
}

func report(fs ...finding.Finding) *provenance.Report {
	rep := &provenance.Report{Target: "t", Findings: fs}
	rep.Verdict = provenance.VerdictOf(fs)
	return rep
}

func codes(rep *provenance.Report) map[finding.Code]finding.Severity {
	out := map[finding.Code]finding.Severity{}
	for _, f := range rep.Findings {
		out[f.Code] = f.Severity
	}
	return out
}

func TestApply(t *testing.T) {
	boiler := finding.New(finding.AggregatorBoilerplate, "disclaimer", finding.Evidence{})
	altered := finding.New(finding.QuoteAltered, "quote", finding.Evidence{})
	credit := finding.New(finding.CreditMissing, "credit", finding.Evidence{})
	drift := finding.New(finding.HeadlineDrift, "headline", finding.Evidence{})
	publisher := finding.New(finding.CreditPublisherNotNamed, "publisher", finding.Evidence{})
	wordChanged := finding.New(finding.QuoteAltered, "a word", finding.Evidence{})
	wordChanged.Severity = finding.Warning // the rule's own grade: no number, name or negation changed
	tests := []struct {
		name    string
		rules   Rules
		in      []finding.Finding
		want    map[finding.Code]finding.Severity
		verdict provenance.Verdict
	}{
		{"defaults keep severities", Defaults(), []finding.Finding{altered, drift},
			map[finding.Code]finding.Severity{finding.QuoteAltered: finding.Error, finding.HeadlineDrift: finding.Warning}, provenance.Fail},
		{"a rule's own grade is kept", Defaults(), []finding.Finding{wordChanged},
			map[finding.Code]finding.Severity{finding.QuoteAltered: finding.Warning}, provenance.Warn},
		{"fail overrides a rule's grade", rules(func(r *Rules) { r.Fail[finding.QuoteAltered] = true }), []finding.Finding{wordChanged},
			map[finding.Code]finding.Severity{finding.QuoteAltered: finding.Error}, provenance.Fail},
		{"ignore drops", rules(func(r *Rules) { r.Ignore[finding.QuoteAltered] = true }), []finding.Finding{altered, drift},
			map[finding.Code]finding.Severity{finding.HeadlineDrift: finding.Warning}, provenance.Warn},
		{"ignore everything passes", rules(func(r *Rules) { r.Ignore[finding.AggregatorBoilerplate] = true }), []finding.Finding{boiler},
			map[finding.Code]finding.Severity{}, provenance.Pass},
		{"warn lowers an error", rules(func(r *Rules) { r.Warn[finding.QuoteAltered] = true }), []finding.Finding{altered},
			map[finding.Code]finding.Severity{finding.QuoteAltered: finding.Warning}, provenance.Warn},
		{"fail raises info", rules(func(r *Rules) { r.Fail[finding.CreditPublisherNotNamed] = true }), []finding.Finding{publisher},
			map[finding.Code]finding.Severity{finding.CreditPublisherNotNamed: finding.Error}, provenance.Fail},
		{"credit not required", rules(func(r *Rules) { r.RequireCredit = false }), []finding.Finding{credit},
			map[finding.Code]finding.Severity{finding.CreditMissing: finding.Warning}, provenance.Warn},
		{"credit not required but listed in fail", rules(func(r *Rules) { r.RequireCredit = false; r.Fail[finding.CreditMissing] = true }), []finding.Finding{credit},
			map[finding.Code]finding.Severity{finding.CreditMissing: finding.Error}, provenance.Fail},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rep := report(tt.in...)
			tt.rules.Apply(rep)
			assert.Equal(t, tt.want, codes(rep))
			assert.Equal(t, tt.verdict, rep.Verdict)
		})
	}
}

func rules(edit func(*Rules)) Rules {
	r := Defaults()
	edit(&r)
	return r
}

func TestApplyKeepsErrorVerdict(t *testing.T) {
	rep := report(finding.New(finding.TargetUnreadable, "404", finding.Evidence{}), finding.New(finding.HeadlineDrift, "h", finding.Evidence{}))
	rep.Verdict = provenance.Errored
	rules(func(r *Rules) { r.Ignore[finding.TargetUnreadable] = true }).Apply(rep)
	assert.Equal(t, provenance.Errored, rep.Verdict)
	assert.Len(t, rep.Findings, 1)
}

// TestApplyKeepsTheCauseOfAnErrorAnError: the finding that made a target
// uncheckable (an empty page: extraction-failed, a warning elsewhere) keeps
// the error severity its report gave it, as the verdict stays error.
func TestApplyKeepsTheCauseOfAnErrorAnError(t *testing.T) {
	cause := finding.New(finding.ExtractionFailed, "empty page", finding.Evidence{})
	cause.Severity = finding.Error
	rep := report(cause, finding.New(finding.HeadlineDrift, "h", finding.Evidence{}))
	rep.Verdict = provenance.Errored
	rules(func(r *Rules) { r.Fail[finding.HeadlineDrift] = true }).Apply(rep)
	sev := map[finding.Code]finding.Severity{}
	for _, f := range rep.Findings {
		sev[f.Code] = f.Severity
	}
	assert.Equal(t, map[finding.Code]finding.Severity{finding.ExtractionFailed: finding.Error, finding.HeadlineDrift: finding.Error}, sev)

	ok := report(finding.New(finding.ExtractionFailed, "reference empty", finding.Evidence{}))
	Defaults().Apply(ok)
	assert.Equal(t, finding.Warning, ok.Findings[0].Severity, "elsewhere the default holds")
}

func TestApplyRewrittenShare(t *testing.T) {
	mk := func(share float64) *provenance.Report {
		rep := report(finding.New(finding.ReuseRewritten, "spun", finding.Evidence{}))
		rep.Original = &provenance.Original{Page: provenance.Page{URL: "https://origin.example/a"}}
		rep.Reuse = match.Result{Relation: match.Rewritten, RewrittenShare: share}
		return rep
	}
	r := rules(func(r *Rules) { r.MaxRewrittenShare = 0.8 })
	over := mk(0.85)
	r.Apply(over)
	r.Apply(over) // idempotent: one finding, not two
	require.Len(t, over.Findings, 2)
	assert.Equal(t, RewrittenShare, over.Findings[0].Code)
	assert.Equal(t, "https://origin.example/a", over.Findings[0].Evidence.URL)
	assert.Equal(t, provenance.Warn, over.Verdict)

	under := mk(0.8)
	r.Apply(under)
	assert.Len(t, under.Findings, 1)
	assert.Equal(t, provenance.Pass, under.Verdict)

	failing := mk(0.95)
	rules(func(r *Rules) { r.MaxRewrittenShare = 0.5; r.Fail[RewrittenShare] = true }).Apply(failing)
	assert.Equal(t, provenance.Fail, failing.Verdict)

	unlimited := mk(1)
	Defaults().Apply(unlimited)
	assert.Len(t, unlimited.Findings, 1)
}

func TestWithFailOn(t *testing.T) {
	base := rules(func(r *Rules) { r.Ignore[finding.HeadlineDrift] = true; r.Warn[finding.QuoteAltered] = true })
	got := WithFailOn(base, []finding.Code{finding.HeadlineDrift, finding.QuoteAltered, finding.BylineClaimed})
	for _, c := range []finding.Code{finding.HeadlineDrift, finding.QuoteAltered, finding.BylineClaimed} {
		assert.Equal(t, "fail", actionOf(got, c), c)
	}
	assert.True(t, base.Ignore[finding.HeadlineDrift], "the input rules are not modified")
	assert.True(t, base.Warn[finding.QuoteAltered])

	rep := report(finding.New(finding.HeadlineDrift, "h", finding.Evidence{}))
	got.Apply(rep)
	assert.Equal(t, provenance.Fail, rep.Verdict)
}

func TestParseCodes(t *testing.T) {
	got, err := ParseCodes(" quote-altered, ,policy-rewritten-share")
	require.NoError(t, err)
	assert.Equal(t, []finding.Code{finding.QuoteAltered, RewrittenShare}, got)
	_, err = ParseCodes("quote-altered,quote-changed")
	var ue *UnknownCodeError
	require.ErrorAs(t, err, &ue)
	assert.Equal(t, "quote-changed", ue.Code)
}

// TestForPathRelativeToPolicy runs the same gate from different working
// directories: a path glob is relative to the policy file's directory, so
// the override applies whichever way the post is named.
func TestForPathRelativeToPolicy(t *testing.T) {
	root := t.TempDir()
	site := filepath.Join(root, "site")
	for _, d := range []string{"posts/partners", "posts/own"} {
		require.NoError(t, os.MkdirAll(filepath.Join(site, d), 0o755))
	}
	require.NoError(t, os.WriteFile(filepath.Join(site, FileName),
		[]byte("overrides:\n  - match: {path: \"posts/partners/**\"}\n    ignore: [quote-altered]\n"), 0o644))
	abs := func(p string) string { return filepath.Join(root, filepath.FromSlash(p)) }
	tests := []struct {
		name, cwd, config, target string
		want                      bool
	}{
		{"policy's directory", "site", FileName, "posts/partners/a.md", true},
		{"policy's directory, dot slash", "site", "./" + FileName, "./posts/partners/a.md", true},
		{"repository root", ".", "site/" + FileName, "site/posts/partners/a.md", true},
		{"below the policy", "site/posts", "../" + FileName, "partners/a.md", true},
		{"sibling directory", "site/posts/own", "../../" + FileName, "../partners/a.md", true},
		{"absolute target", ".", "site/" + FileName, abs("site/posts/partners/a.md"), true},
		{"absolute policy", "site/posts", abs("site/" + FileName), "partners/a.md", true},
		{"other directory", "site", FileName, "posts/own/a.md", false},
		{"relative name outside the tree", "site/posts", "../" + FileName, "posts/partners/a.md", false},
		{"outside the policy's directory", ".", "site/" + FileName, "posts/partners/a.md", false},
		{"absolute, outside", "site", FileName, abs("posts/partners/a.md"), false},
		{"parent of the policy", "site", FileName, "..", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Chdir(abs(tt.cwd))
			p, err := Load(tt.config)
			require.NoError(t, err)
			assert.Equal(t, tt.want, p.For(tt.target).Ignore[finding.QuoteAltered])
		})
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"", "fail: [quote-altered]\n", "overrides:\n  - match: {path: a}\n    thresholds: {min_containment: 0.2}\n", "thresholds: {max_rewritten_share: x}", "- [\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := Parse("f.yaml", []byte(s))
		if err != nil {
			var pe *Error
			require.ErrorAs(t, err, &pe)
			return
		}
		r := p.For("https://a.example/posts/x")
		r.Apply(report(finding.New(finding.QuoteAltered, "q", finding.Evidence{})))
	})
}

func BenchmarkApply(b *testing.B) {
	p, err := Load("testdata/full.yaml")
	require.NoError(b, err)
	fs := make([]finding.Finding, 0, 40)
	for _, c := range finding.Codes() {
		fs = append(fs, finding.New(c, "m", finding.Evidence{}))
	}
	b.ReportAllocs()
	for b.Loop() {
		rep := report(append([]finding.Finding(nil), fs...)...)
		p.For("https://wire.partner.example/posts/partners/a").Apply(rep)
	}
}

// TestApplyMinContainment: an original compared below the policy's floor
// (the page or the user named it) is reported with the share and the floor.
func TestApplyMinContainment(t *testing.T) {
	mk := func(containment float64, via string) *provenance.Report {
		rep := report()
		rep.Original = &provenance.Original{Page: provenance.Page{URL: "https://origin.example/a"}, FoundVia: via}
		rep.Reuse = match.Result{Relation: match.Partial, Containment: containment}
		return rep
	}
	tests := []struct {
		name        string
		floor       float64
		rep         *provenance.Report
		wantMsg     string
		wantVerdict provenance.Verdict
	}{
		{"named below", 0.5, mk(0.42, "labelled"), "the original shares 42% of the copy's words, below the policy's min_containment of 50%; compared all the same, as the page names it", provenance.Warn},
		{"declared below", 0.5, mk(0.2, provenance.KindDeclared), "as the user (or the post's front matter) names it", provenance.Warn},
		{"at the floor", 0.5, mk(0.5, "labelled"), "", provenance.Pass},
		{"no floor", 0, mk(0.1, "labelled"), "", provenance.Pass},
		{"no original", 0.5, report(), "", provenance.Pass},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := rules(func(r *Rules) { r.MinContainment = tt.floor })
			r.Apply(tt.rep)
			r.Apply(tt.rep) // idempotent
			assert.Equal(t, tt.wantVerdict, tt.rep.Verdict)
			if tt.wantMsg == "" {
				assert.Empty(t, tt.rep.Findings)
				return
			}
			require.Len(t, tt.rep.Findings, 1)
			assert.Equal(t, MinContainment, tt.rep.Findings[0].Code)
			assert.Contains(t, tt.rep.Findings[0].Message, tt.wantMsg)
			assert.Equal(t, "https://origin.example/a", tt.rep.Findings[0].Evidence.URL)
		})
	}
}
