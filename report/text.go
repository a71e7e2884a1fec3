package report

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"unicode"
	"unicode/utf8"

	"github.com/fatih/color"
	"github.com/pmezard/go-difflib/difflib"
	"golang.org/x/text/unicode/norm"

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
	pal     palette
	summary Summary
	rows    []summaryRow // one line per target for the closing table
	err     error
}

// summaryRow is what the closing table keeps of a report: a line, not the
// report, so a long batch stays small.
type summaryRow struct {
	verdict, target, relation string
	share                     float64
	errors, warnings          int
}

func newTextWriter(w io.Writer, opts Options) *textWriter {
	return &textWriter{w: w, opts: opts, pal: newPalette(opts.Color), summary: Summary{Policy: opts.Policy}}
}

// palette holds the writer's own colours. Each is switched on or off
// explicitly, so the output depends on Options.Color alone, never on the
// color package's global NoColor or the environment.
type palette struct {
	verdict  map[provenance.Verdict]*color.Color
	severity map[finding.Severity]*color.Color
	del, ins *color.Color
}

func newPalette(on bool) palette {
	mk := func(attrs ...color.Attribute) *color.Color {
		c := color.New(attrs...)
		if on {
			c.EnableColor()
		} else {
			c.DisableColor()
		}
		return c
	}
	return palette{
		verdict: map[provenance.Verdict]*color.Color{
			provenance.Pass: mk(color.FgGreen, color.Bold), provenance.Warn: mk(color.FgYellow, color.Bold),
			provenance.Fail: mk(color.FgRed, color.Bold), provenance.Errored: mk(color.FgMagenta, color.Bold),
		},
		severity: map[finding.Severity]*color.Color{
			finding.Error: mk(color.FgRed), finding.Warning: mk(color.FgYellow), finding.Info: mk(color.FgCyan),
		},
		del: mk(color.FgRed),
		ins: mk(color.FgGreen),
	}
}

// paint colours s with c, or returns s as is when c is nil.
func paint(c *color.Color, s string) string {
	if c == nil {
		return s
	}
	return c.Sprint(s)
}

func (t *textWriter) WriteReport(r *provenance.Report) error {
	t.summary.Tally(r)
	t.rows = append(t.rows, rowOf(r))
	t.printf("%s %s%s\n", paint(t.pal.verdict[r.Verdict], fmt.Sprintf("%-5s", strings.ToUpper(string(r.Verdict)))), r.Target, headline(r))
	if t.opts.Quiet {
		return t.err
	}
	if r.Error != "" {
		t.printf("      could not check: %s\n", r.Error)
	}
	t.accepted(r)
	t.original(r)
	t.statements(r.Statements)
	t.findings(r.Findings, r.Statements)
	t.printf("\n")
	return t.err
}

func headline(r *provenance.Report) string {
	if r.Original == nil {
		return ""
	}
	return fmt.Sprintf("  (%s, %.0f%% of the copy from %s)", r.Reuse.Relation, 100*r.Reuse.TakenShare, r.Original.URL)
}

func (t *textWriter) original(r *provenance.Report) {
	if r.Article != nil && r.Article.Title != "" {
		t.printf("      copy:      %s%s\n", r.Article.Title, siteSuffix(r.Article.Title, r.Article.SiteName))
	}
	if o := r.Original; o != nil {
		title := o.Title
		if title == "" {
			title = "(no title)"
		}
		t.printf("      original:  %s%s\n", title, siteSuffix(title, o.SiteName))
		t.printf("                 %s (found via %s)\n", o.URL, o.FoundVia)
		if len(o.Chain) > 2 {
			hops := make([]string, len(o.Chain))
			for i, l := range o.Chain {
				hops[i] = l.URL
			}
			t.printf("      chain:     %s\n", strings.Join(hops, " → "))
		}
		t.printf("      reuse:     %s: taken %.2f (verbatim %.2f, rewritten %.2f), containment %.2f, coverage %.2f, %d passages\n",
			r.Reuse.Relation, r.Reuse.TakenShare, r.Reuse.VerbatimShare, r.Reuse.RewrittenShare, r.Reuse.Containment, r.Reuse.Coverage, len(r.Reuse.Passages))
		t.printf("      credit:    %s (link %s, publisher %s, author %s)\n", r.Attribution.Verdict,
			yesNo(r.Attribution.LinksToOriginal), yesNo(r.Attribution.NamesPublisher), yesNo(r.Attribution.NamesAuthor))
		t.creditEvidence(r.Attribution)
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
		t.printf("        %s %-8s %-22s %s\n", paint(t.statementColor(c.Verdict), fmt.Sprintf("%-13s", c.Verdict)), c.Kind, text.Clip(who, 22), text.Clip(c.Text, 70))
	}
}

func (t *textWriter) statementColor(v statements.Verdict) *color.Color {
	switch v {
	case statements.Verbatim:
		return t.pal.verdict[provenance.Pass]
	case statements.Paraphrased:
		return t.pal.verdict[provenance.Warn]
	}
	return t.pal.verdict[provenance.Fail]
}

func (t *textWriter) findings(fs []finding.Finding, checks []statements.Check) {
	for _, sev := range []finding.Severity{finding.Error, finding.Warning, finding.Info} {
		for _, f := range fs {
			if f.Severity != sev {
				continue
			}
			t.printf("      %s %s: %s\n", paint(t.pal.severity[sev], fmt.Sprintf("%-7s", sev)), f.Code, f.Message)
			t.evidence("copy:  ", f.Evidence.Copy)
			t.evidence("source:", f.Evidence.Source)
			if d := diffFor(f, checks); len(d) > 0 {
				t.printf("              diff:   %s\n", t.diff(d))
			}
			if f.Evidence.URL != "" && f.Evidence.Copy == nil && f.Evidence.Source == nil {
				t.printf("              url:    %s\n", f.Evidence.URL)
			}
		}
	}
}

// diff renders a word-level diff readable without colour: deletions in
// [-…-], insertions in {+…+}, coloured red and green when colour is on.
func (t *textWriter) diff(ops []statements.DiffOp) string {
	var b strings.Builder
	for i, op := range ops {
		if i > 0 {
			b.WriteString(text.WordSep(ops[i-1].Text, op.Text)) // none within CJK
		}
		switch op.Op {
		case "delete":
			b.WriteString(paint(t.pal.del, "[-"+op.Text+"-]"))
		case "insert":
			b.WriteString(paint(t.pal.ins, "{+"+op.Text+"+}"))
		default:
			b.WriteString(op.Text)
		}
	}
	return b.String()
}

// diffFor returns the word diff to show under an altered-quote finding: the
// diff of the statement check at the finding's copy span, else one computed
// from the finding's own evidence.
func diffFor(f finding.Finding, checks []statements.Check) []statements.DiffOp {
	if f.Code != finding.QuoteAltered || f.Evidence.Copy == nil {
		return nil
	}
	cp := f.Evidence.Copy
	for _, c := range checks {
		if len(c.Diff) > 0 && c.Span.Start < cp.End && cp.Start < c.Span.End {
			return c.Diff
		}
	}
	if f.Evidence.Source == nil {
		return nil
	}
	return wordDiff(f.Evidence.Source.Text, cp.Text)
}

// wordDiff is a word-level diff from src to dst over white-space separated
// words, for evidence that came without one.
func wordDiff(src, dst string) []statements.DiffOp {
	a, b := strings.Fields(src), strings.Fields(dst)
	var out []statements.DiffOp
	add := func(op string, words []string) {
		if len(words) > 0 {
			out = append(out, statements.DiffOp{Op: op, Text: strings.Join(words, " ")})
		}
	}
	for _, oc := range difflib.NewMatcher(a, b).GetOpCodes() {
		switch oc.Tag {
		case 'e':
			add("equal", b[oc.J1:oc.J2])
		case 'd':
			add("delete", a[oc.I1:oc.I2])
		case 'i':
			add("insert", b[oc.J1:oc.J2])
		case 'r':
			add("delete", a[oc.I1:oc.I2])
			add("insert", b[oc.J1:oc.J2])
		}
	}
	return out
}

func (t *textWriter) evidence(label string, s *text.Span) {
	if s != nil {
		// as written, not escaped: an editor reads the quote's own marks
		t.printf("              %s \"%s\" [%d:%d]\n", label, text.Clip(s.Text, 160), s.Start, s.End)
	}
}

func (t *textWriter) Close() error {
	if t.opts.Quiet && t.summary.Targets <= 1 {
		return t.err
	}
	if !t.opts.Quiet && len(t.rows) > 1 {
		t.table()
	}
	s := t.summary.normalised()
	t.printf("%d target(s): %d pass, %d warn, %d fail, %d error\n",
		s.Targets, s.Verdicts["pass"], s.Verdicts["warn"], s.Verdicts["fail"], s.Verdicts["error"])
	if s.Suppressed > 0 {
		t.printf("%d finding(s) accepted by the baseline\n", s.Suppressed)
	}
	if s.Policy != "" {
		t.printf("policy: %s\n", s.Policy)
	}
	return t.err
}

// accepted says how many findings the baseline accepted, so a page that
// passes on them does not read as a clean one.
func (t *textWriter) accepted(r *provenance.Report) {
	if r.Suppressed == 0 {
		return
	}
	bySeverity := map[finding.Severity]int{}
	for _, f := range r.Accepted {
		bySeverity[f.Severity]++
	}
	var parts []string
	for _, sev := range []finding.Severity{finding.Error, finding.Warning, finding.Info} {
		if n := bySeverity[sev]; n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n, sev))
		}
	}
	detail := ""
	if len(parts) > 0 {
		detail = " (" + strings.Join(parts, ", ") + ")"
	}
	t.printf("      accepted:  %d finding(s) by the baseline%s, not shown and not counted in the verdict\n", r.Suppressed, detail)
}

func rowOf(r *provenance.Report) summaryRow {
	row := summaryRow{verdict: strings.ToUpper(string(r.Verdict)), target: r.Target, relation: string(r.Reuse.Relation), share: r.Reuse.TakenShare}
	for _, f := range r.Findings {
		switch f.Severity {
		case finding.Error:
			row.errors++
		case finding.Warning:
			row.warnings++
		}
	}
	return row
}

// table prints the batch's closing table, one line per target.
func (t *textWriter) table() {
	tw := tabwriter.NewWriter(t.w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "VERDICT\tERRORS\tWARNINGS\tRELATION\tCOPY FROM ORIGINAL\tTARGET")
	for _, r := range t.rows {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%s\t%.0f%%\t%s\n", r.verdict, r.errors, r.warnings, r.relation, 100*r.share, r.target)
	}
	if err := tw.Flush(); err != nil && t.err == nil {
		t.err = err
	}
	t.printf("\n")
}

func (t *textWriter) printf(format string, args ...any) {
	if t.err == nil {
		_, t.err = fmt.Fprintf(t.w, format, args...)
	}
}

// siteSuffix is " — site" after a title, unless the title already ends
// with the site name as a segment of its own ("Council backs plan | The
// Herald"): extraction keeps such suffixes when it cannot tell them from
// the headline, as in scripts written without spaces.
func siteSuffix(title, site string) string {
	if site == "" || titleEndsWithSite(title, site) {
		return ""
	}
	return " — " + site
}

// titleEndsWithSite compares after NFKC (full-width forms, compatibility
// characters) and case folding, and takes the site name as a segment only
// when no letter or digit runs into it ("Paper praises The Times" does not
// end with the site "The Times").
func titleEndsWithSite(title, site string) bool {
	t := strings.ToLower(strings.TrimSpace(norm.NFKC.String(title)))
	s := strings.ToLower(strings.TrimSpace(norm.NFKC.String(site)))
	if s == "" || !strings.HasSuffix(t, s) {
		return false
	}
	before := strings.TrimRightFunc(t[:len(t)-len(s)], unicode.IsSpace)
	r, _ := utf8.DecodeLastRuneInString(before)
	return before == "" || !unicode.In(r, unicode.Letter, unicode.Number, unicode.Mark)
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

// creditEvidence prints where the copy's page credits the original: the
// link that counted, and the words that named the publisher and author.
func (t *textWriter) creditEvidence(a provenance.Attribution) {
	if a.Link != nil {
		t.printf("                 link: %q → %s (%s)\n", a.Link.Found, a.Link.URL, a.Link.Where)
	}
	for _, m := range []struct {
		what string
		m    *provenance.CreditMatch
	}{{"publisher", a.Publisher}, {"author", a.Author}} {
		if m.m != nil {
			t.printf("                 %s: %q in %s: %q\n", m.what, m.m.Found, m.m.Where, m.m.Text)
		}
	}
}
