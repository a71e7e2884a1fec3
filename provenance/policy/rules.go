package policy

import (
	"fmt"
	"maps"
	"net/url"
	"path/filepath"
	"strings"

	"github.com/bmatcuk/doublestar/v4"

	"github.com/provcheck/provcheck/provenance"
	"github.com/provcheck/provcheck/provenance/finding"
)

// Rules are the merged settings for one target. A code is in at most one of
// Fail, Warn and Ignore. Build Rules with Defaults or Policy.For: the zero
// value does not require credit.
type Rules struct {
	Fail, Warn, Ignore map[finding.Code]bool
	// MinContainment is the share of the copy that must come from a
	// guessed candidate for it to count as the original; 0 leaves the
	// matcher's own threshold. An original the copy names or the user
	// declares is compared below it, with a MinContainment finding.
	MinContainment float64
	// MaxRewrittenShare flags copies rewritten beyond this share with
	// RewrittenShare; 0 means no limit.
	MaxRewrittenShare float64
	// RequireCredit keeps credit-missing an error; false lowers it to a
	// warning unless it is listed in Fail.
	RequireCredit bool
}

// Defaults are the rules without a policy file: every code at its default
// severity, credit required.
func Defaults() Rules {
	return Rules{
		Fail:          map[finding.Code]bool{},
		Warn:          map[finding.Code]bool{},
		Ignore:        map[finding.Code]bool{},
		RequireCredit: true,
	}
}

// For returns the rules for target, a URL or a local path: the file's top
// level, then every matching override in file order, so a later override
// wins over an earlier one for each code and threshold it names.
//
// An override matches when its path glob matches the target's path or its
// domain glob matches a URL's host: either one is enough. A URL's path is
// matched without the leading "/"; a path glob written as a URL, with a
// scheme, is matched against the URL's scheme, host and path instead, and
// never against a local path. A local path, absolute or relative to
// the working directory, is matched relative to the policy file's
// directory, so the verdict does not depend on where the gate runs from
// (see localPath for globs that start with "../").
func (p *Policy) For(target string) Rules {
	r := Defaults()
	if p == nil {
		return r
	}
	p.base.applyTo(&r)
	for _, o := range p.overrides {
		if p.matches(o, target) {
			o.layer.applyTo(&r)
		}
	}
	return r
}

// matches reports whether override o applies to target: its path glob or
// its domain glob, either one is enough.
func (p *Policy) matches(o override, target string) bool {
	if p.pathMatches(o, target) {
		return true
	}
	_, host := splitTarget(target)
	if o.domain == "" || host == "" {
		return false
	}
	ok, _ := doublestar.Match(o.domain, host)
	return ok
}

// pathMatches reports whether o's path glob, its domain aside, matches
// target: a URL's path, or a local path as localPath gives it.
func (p *Policy) pathMatches(o override, target string) bool {
	pth, host := splitTarget(target)
	if o.path == "" || (o.url && host == "") {
		return false
	}
	if o.url {
		// with and without the port, as a URL is written either way
		ok, _ := doublestar.Match(o.path, fullURL(target, true))
		ok2, _ := doublestar.Match(o.path, fullURL(target, false))
		return ok || ok2
	}
	if host == "" {
		pth = p.localPath(pth, o.up)
	}
	if pth == "" {
		return false
	}
	ok, _ := doublestar.Match(o.path, pth)
	return ok
}

// localPath returns a local path, resolved against the working directory,
// in the form a glob with up leading "../" is written in: relative to the
// directory up levels above the policy file's, with up "../" in front. So
// "posts/**" matches /repo/site/posts/a.md, and site/posts/a.md run from
// /repo, when the policy is /repo/site/.provcheck.yaml, and
// "../posts/**" matches /repo/posts/a.md for a policy in /repo/ci/. It
// returns "" for a file outside that directory: "**" must not reach the
// rest of the disk, nor "../**" more than the parent's tree.
func (p *Policy) localPath(pth string, up int) string {
	dir, err := filepath.Abs(filepath.Dir(p.Path))
	if err != nil {
		return ""
	}
	for range up {
		dir = filepath.Dir(dir)
	}
	abs, err := filepath.Abs(filepath.FromSlash(pth))
	if err != nil {
		return ""
	}
	rel, err := filepath.Rel(dir, abs)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return ""
	}
	return strings.Repeat("../", up) + filepath.ToSlash(rel)
}

func (l layer) applyTo(r *Rules) {
	for c, a := range l.actions {
		delete(r.Fail, c)
		delete(r.Warn, c)
		delete(r.Ignore, c)
		switch a {
		case actFail:
			r.Fail[c] = true
		case actWarn:
			r.Warn[c] = true
		case actIgnore:
			r.Ignore[c] = true
		}
	}
	if l.minContainment != nil {
		r.MinContainment = *l.minContainment
	}
	if l.maxRewrittenShare != nil {
		r.MaxRewrittenShare = *l.maxRewrittenShare
	}
	if l.requireCredit != nil {
		r.RequireCredit = *l.requireCredit
	}
}

// splitTarget returns the path to match globs against and, for a URL, its
// lower-cased host without port.
func splitTarget(target string) (pth, host string) {
	if u, err := url.Parse(target); err == nil && u.Host != "" && (u.Scheme == "http" || u.Scheme == "https") {
		return strings.TrimPrefix(u.Path, "/"), strings.ToLower(u.Hostname())
	}
	pth = filepath.ToSlash(filepath.Clean(target))
	return strings.TrimPrefix(pth, "./"), ""
}

// fullURL is the form a URL glob is matched against: a URL target's
// scheme, lower-cased host without port, and path, so that it agrees with
// what a domain glob and a path glob see of the same URL.
func fullURL(target string, port bool) string {
	u, err := url.Parse(target)
	if err != nil {
		return ""
	}
	host := strings.ToLower(u.Hostname())
	if port && u.Port() != "" {
		host += ":" + u.Port()
	}
	return u.Scheme + "://" + host + u.Path
}

// WithFailOn returns r with codes raised to error, as --fail-on asks. The
// command line wins over the file, so the codes leave Warn and Ignore. r's
// maps are not modified.
func WithFailOn(r Rules, codes []finding.Code) Rules {
	r.Fail, r.Warn, r.Ignore = clone(r.Fail), clone(r.Warn), clone(r.Ignore)
	for _, c := range codes {
		delete(r.Warn, c)
		delete(r.Ignore, c)
		r.Fail[c] = true
	}
	return r
}

func clone(m map[finding.Code]bool) map[finding.Code]bool {
	if m == nil {
		return map[finding.Code]bool{}
	}
	return maps.Clone(m)
}

// UnknownCodeError is a code given on the command line that no rule has.
type UnknownCodeError struct{ Code string }

func (e *UnknownCodeError) Error() string { return fmt.Sprintf("unknown finding code %q", e.Code) }

// ParseCodes splits a comma-separated --fail-on value and checks each code.
func ParseCodes(list string) ([]finding.Code, error) {
	var out []finding.Code
	for _, s := range strings.Split(list, ",") {
		s = strings.TrimSpace(s)
		if s == "" {
			continue
		}
		if !finding.Code(s).Known() {
			return nil, &UnknownCodeError{Code: s}
		}
		out = append(out, finding.Code(s))
	}
	return out, nil
}

// Apply grades rep's findings by r: ignored codes are dropped, Fail and
// Warn codes take their severity, and, past MaxRewrittenShare, a
// RewrittenShare finding is added (below MinContainment, a MinContainment
// one). The verdict is recomputed unless the
// target could not be checked (verdict error), which stays as it is.
// Apply is idempotent.
func (r Rules) Apply(rep *provenance.Report) {
	if rep == nil {
		return
	}
	for _, add := range []func(*provenance.Report) (finding.Finding, bool){r.rewrittenShare, r.minContainment} {
		if f, ok := add(rep); ok {
			rep.Findings = append(rep.Findings, f)
		}
	}
	kept := rep.Findings[:0]
	for _, f := range rep.Findings {
		if r.Ignore[f.Code] {
			continue
		}
		// The error that made a target uncheckable stays an error, as its
		// verdict stays error: SARIF and JUnit must not call it a warning.
		if rep.Verdict != provenance.Errored || f.Severity != finding.Error {
			f.Severity = r.severity(f)
		}
		kept = append(kept, f)
	}
	rep.Findings = kept
	finding.Sort(rep.Findings)
	if rep.Verdict != provenance.Errored {
		rep.Verdict = provenance.VerdictOf(rep.Findings)
	}
}

// severity is a finding's grade under r: the policy's lists first, then
// the grade the rule that raised it gave (a quote with a word changed is
// a warning, with a number changed an error), then the code's default.
func (r Rules) severity(f finding.Finding) finding.Severity {
	switch {
	case r.Fail[f.Code]:
		return finding.Error
	case r.Warn[f.Code]:
		return finding.Warning
	case f.Code == finding.CreditMissing && !r.RequireCredit:
		return finding.Warning
	case f.Code == finding.CreditMissing:
		return f.Code.DefaultSeverity()
	case f.Severity != "":
		return f.Severity
	}
	return f.Code.DefaultSeverity()
}

func (r Rules) rewrittenShare(rep *provenance.Report) (finding.Finding, bool) {
	share := rep.Reuse.RewrittenShare
	if r.MaxRewrittenShare <= 0 || rep.Original == nil || share <= r.MaxRewrittenShare {
		return finding.Finding{}, false
	}
	for _, f := range rep.Findings {
		if f.Code == RewrittenShare {
			return finding.Finding{}, false
		}
	}
	msg := fmt.Sprintf("%.0f%% of the copy is rewritten from the original, above the policy's %.0f%%", 100*share, 100*r.MaxRewrittenShare)
	ev := finding.Evidence{URL: rep.Original.URL, Detail: fmt.Sprintf("rewritten_share %.3f > max_rewritten_share %.3f", share, r.MaxRewrittenShare)}
	return finding.New(RewrittenShare, msg, ev), true
}

// minContainment reports an original that shares less of the copy than the
// floor: the pipeline compared it because the copy or the user names it.
func (r Rules) minContainment(rep *provenance.Report) (finding.Finding, bool) {
	c := rep.Reuse.Containment
	if r.MinContainment <= 0 || rep.Original == nil || c >= r.MinContainment {
		return finding.Finding{}, false
	}
	for _, f := range rep.Findings {
		if f.Code == MinContainment {
			return finding.Finding{}, false
		}
	}
	msg := fmt.Sprintf("the original %s; compared all the same, as the %s names it as the source",
		provenance.SharesBelowFloor(c, r.MinContainment), namer(rep.Original.FoundVia))
	ev := finding.Evidence{URL: rep.Original.URL, Detail: fmt.Sprintf("containment %.3f < min_containment %.3f", c, r.MinContainment)}
	return finding.New(MinContainment, msg, ev), true
}

// namer is who named the original: the user, or the page itself.
func namer(via string) string {
	if via == provenance.KindDeclared {
		return "user (or the post's front matter)"
	}
	return "page"
}
