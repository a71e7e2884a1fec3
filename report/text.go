package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/provcheck/provcheck/provenance"
	"github.com/provcheck/provcheck/provenance/finding"
	"github.com/provcheck/provcheck/provenance/statements"
	"github.com/provcheck/provcheck/provenance/text"
)

// textWriter writes what a person reads in a terminal: a verdict line per
// target, then the original, the reuse, the statements and the findings
// grouped by severity with the copy's and the source's words.
type textWriter struct {
	w       io.Writer
	opts    Options
	summary Summary
	err     error
}

func (t *textWriter) WriteReport(r *provenance.Report) error {
	t.summary.Tally(r)
	t.printf("%-5s %s%s\n", strings.ToUpper(string(r.Verdict)), r.Target, headline(r))
	if t.opts.Quiet {
		return t.err
	}
	if r.Error != "" {
		t.printf("      could not check: %s\n", r.Error)
	}
	t.original(r)
	t.statements(r.Statements)
	t.findings(r.Findings)
	t.printf("\n")
	return t.err
}

func headline(r *provenance.Report) string {
	if r.Original == nil {
		return ""
	}
	return fmt.Sprintf("  (%s, %.0f%% from %s)", r.Reuse.Relation, 100*r.Reuse.Containment, r.Original.URL)
}

func (t *textWriter) original(r *provenance.Report) {
	if r.Article != nil && r.Article.Title != "" {
		t.printf("      copy:      %s%s\n", r.Article.Title, siteSuffix(r.Article.SiteName))
	}
	if o := r.Original; o != nil {
		t.printf("      original:  %s%s\n", o.Title, siteSuffix(o.SiteName))
		t.printf("                 %s (found via %s)\n", o.URL, o.FoundVia)
		if len(o.Chain) > 2 {
			hops := make([]string, len(o.Chain))
			for i, l := range o.Chain {
				hops[i] = l.URL
			}
			t.printf("      chain:     %s\n", strings.Join(hops, " → "))
		}
		t.printf("      reuse:     %s: containment %.2f, coverage %.2f, verbatim %.2f, rewritten %.2f, %d passages\n",
			r.Reuse.Relation, r.Reuse.Containment, r.Reuse.Coverage, r.Reuse.VerbatimShare, r.Reuse.RewrittenShare, len(r.Reuse.Passages))
		t.printf("      credit:    %s (link %s, publisher %s, author %s)\n", r.Attribution.Verdict,
			yesNo(r.Attribution.LinksToOriginal), yesNo(r.Attribution.NamesPublisher), yesNo(r.Attribution.NamesAuthor))
	}
	for _, ref := range r.References {
		if ref.Status != provenance.RefFetched {
			t.printf("      reference: %s %s: %s %s\n", ref.Kind, ref.URL, ref.Status, ref.Error)
		}
	}
}

func (t *textWriter) statements(cs []statements.Check) {
	if len(cs) == 0 {
		return
	}
	t.printf("      statements:\n")
	for _, c := range cs {
		who := c.Speaker
		if who == "" {
			who = "(unattributed)"
		}
		t.printf("        %-13s %-8s %-22s %s\n", c.Verdict, c.Kind, clip(who, 22), clip(c.Text, 70))
	}
}

func (t *textWriter) findings(fs []finding.Finding) {
	for _, sev := range []finding.Severity{finding.Error, finding.Warning, finding.Info} {
		for _, f := range fs {
			if f.Severity != sev {
				continue
			}
			t.printf("      %-7s %s: %s\n", sev, f.Code, f.Message)
			t.evidence("copy:  ", f.Evidence.Copy)
			t.evidence("source:", f.Evidence.Source)
			if f.Evidence.URL != "" && f.Evidence.Copy == nil && f.Evidence.Source == nil {
				t.printf("              url:    %s\n", f.Evidence.URL)
			}
		}
	}
}

func (t *textWriter) evidence(label string, s *text.Span) {
	if s != nil {
		t.printf("              %s %q [%d:%d]\n", label, clip(s.Text, 160), s.Start, s.End)
	}
}

func (t *textWriter) Close() error {
	if t.opts.Quiet && t.summary.Targets <= 1 {
		return t.err
	}
	s := t.summary.normalised()
	t.printf("%d target(s): %d pass, %d warn, %d fail, %d error\n",
		s.Targets, s.Verdicts["pass"], s.Verdicts["warn"], s.Verdicts["fail"], s.Verdicts["error"])
	return t.err
}

func (t *textWriter) printf(format string, args ...any) {
	if t.err == nil {
		_, t.err = fmt.Fprintf(t.w, format, args...)
	}
}

func siteSuffix(site string) string {
	if site == "" {
		return ""
	}
	return " — " + site
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

// clip shortens s to n code points, marking the cut with an ellipsis.
func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
