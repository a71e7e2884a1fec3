package report

import (
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/provcheck/provcheck/crawler"
	"github.com/provcheck/provcheck/provenance"
	"github.com/provcheck/provcheck/provenance/finding"
	"github.com/provcheck/provcheck/provenance/match"
	"github.com/provcheck/provcheck/provenance/statements"
	"github.com/provcheck/provcheck/provenance/text"
)

//go:embed html.tmpl
var htmlSource string

// htmlTemplates parses html.tmpl; it is a template of this package, so a
// parse error is a build defect that the tests catch.
var htmlTemplates = template.Must(template.New("html").Funcs(template.FuncMap{
	"pct":   func(f float64) string { return strconv.FormatFloat(100*f, 'f', 0, 64) + "%" },
	"num":   func(f float64) string { return strconv.FormatFloat(f, 'f', 2, 64) },
	"upper": func(s string) string { return strings.ToUpper(s) },
	"yesno": yesNo,
	// sitesuffix is " — site" unless the title already ends with it
	"sitesuffix": siteSuffix,
	// diffsep is the space before op i of a diff: none between words of a
	// script written without spaces.
	"diffsep": func(ops []statements.DiffOp, i int) string {
		if i == 0 {
			return ""
		}
		return text.WordSep(ops[i-1].Text, ops[i].Text)
	},
	"when": func(t time.Time) string {
		if t.IsZero() {
			return ""
		}
		return t.UTC().Format(time.RFC3339)
	},
}).Parse(htmlSource))

// htmlWriter writes one self-contained HTML page. Each report is rendered as
// it arrives; the summary table, written by Close, is moved to the top of
// the page by CSS (flex order), so nothing but the summary is kept.
type htmlWriter struct {
	w       io.Writer
	n       int
	summary Summary
	rows    []htmlRow
	started bool
}

// htmlRow is one line of the batch summary table.
type htmlRow struct {
	Anchor, Target, Verdict, Relation, Original string
	Taken                                       float64 // share of the copy's words from the original
	Errors, Warnings                            int
}

func (h *htmlWriter) WriteReport(r *provenance.Report) error {
	if r == nil {
		return errNilReport
	}
	if err := h.start(); err != nil {
		return err
	}
	h.n++
	h.summary.Tally(r)
	v := newHTMLReport(h.n, r)
	h.rows = append(h.rows, v.row())
	if err := htmlTemplates.ExecuteTemplate(h.w, "report", v); err != nil {
		return fmt.Errorf("render HTML report of %s: %w", r.Target, err)
	}
	return nil
}

func (h *htmlWriter) Close() error {
	if err := h.start(); err != nil {
		return err
	}
	data := struct {
		Summary Summary
		Rows    []htmlRow
	}{h.summary.normalised(), h.rows}
	if err := htmlTemplates.ExecuteTemplate(h.w, "end", data); err != nil {
		return fmt.Errorf("render HTML summary: %w", err)
	}
	return nil
}

func (h *htmlWriter) start() error {
	if h.started {
		return nil
	}
	h.started = true
	if err := htmlTemplates.ExecuteTemplate(h.w, "begin", thisTool()); err != nil {
		return fmt.Errorf("render HTML head: %w", err)
	}
	return nil
}

// htmlReport is the view of one report the template renders.
type htmlReport struct {
	*provenance.Report
	ID         string // the section's anchor
	prefix     string // anchor prefix of the passages: "" for the first report
	CopyText   []htmlSeg
	SourceText []htmlSeg
	Kinds      []string // passage kinds present, for the legend
	Statements []htmlStatement
	Findings   []htmlSeverity
	Fetches    []htmlFetch
	Counts     map[string]int
}

// htmlSeg is a run of one text: plain, or inside one or more passages.
type htmlSeg struct {
	Text    string
	Anchors []string // ids of the passages that start here, beyond ID
	ID      string   // id of the element itself, when its passage starts here
	Kind    string   // passage kind class; "" for plain text
	Href    string   // the twin in the other text
	DataP   string   // space-separated passage numbers, for hover highlighting
	Title   string
	Overlap bool
	Ev      string // evidence class (evd-error, evd-warning, evd-info) when findings point here
	EvTitle string
}

// htmlStatement is a row of the statements table.
type htmlStatement struct {
	statements.Check
	SourceText  string
	SourceTitle string // the original's title for the speaker, when it differs
	Direct      bool   // a direct quote, shown in quote marks
}

// htmlSeverity is one group of findings.
type htmlSeverity struct {
	Severity finding.Severity
	Findings []htmlFinding
}

// htmlFinding is a finding with links to its evidence in the texts.
type htmlFinding struct {
	finding.Finding
	CopyHref, SourceHref string
}

// htmlFetch is the evidence of one fetch.
type htmlFetch struct {
	Role string
	*crawler.Page
}

// sameWording reports whether two titles say the same words, whatever
// their typography, case or punctuation: "hospital’s" and "hospital's"
// are one title, and the table shows no "original:" line for them.
func sameWording(a, b string) bool {
	norm := text.Analyzer{Filters: []text.Filter{text.NormalizeFilter()}}
	ta, tb := norm.Analyze(a), norm.Analyze(b)
	return slices.EqualFunc(ta, tb, func(x, y text.Token) bool { return x.Norm == y.Norm })
}

func newHTMLReport(n int, r *provenance.Report) *htmlReport {
	v := &htmlReport{Report: r, ID: fmt.Sprintf("report-%d", n), Counts: map[string]int{}}
	if n > 1 {
		v.prefix = fmt.Sprintf("r%d-", n)
	}
	hrefs := v.texts()
	for _, c := range r.Statements {
		s := htmlStatement{Check: c, Direct: c.Kind == statements.Direct}
		if c.Source != nil {
			s.SourceText = c.Source.Span.Text
			if !sameWording(c.Source.SpeakerTitle, c.SpeakerTitle) {
				s.SourceTitle = c.Source.SpeakerTitle
			}
		}
		v.Statements = append(v.Statements, s)
	}
	for _, sev := range []finding.Severity{finding.Error, finding.Warning, finding.Info} {
		g := htmlSeverity{Severity: sev}
		for i, f := range r.Findings {
			if f.Severity == sev {
				g.Findings = append(g.Findings, htmlFinding{Finding: f, CopyHref: hrefs[0][i], SourceHref: hrefs[1][i]})
			}
		}
		v.Counts[string(sev)] = len(g.Findings)
		if len(g.Findings) > 0 {
			v.Findings = append(v.Findings, g)
		}
	}
	v.fetches()
	return v
}

func (v *htmlReport) row() htmlRow {
	row := htmlRow{Anchor: v.ID, Target: v.Target, Verdict: string(v.Verdict), Relation: string(v.Reuse.Relation),
		Taken: v.Reuse.TakenShare, Errors: v.Counts[string(finding.Error)], Warnings: v.Counts[string(finding.Warning)]}
	if v.Original != nil {
		row.Original = v.Original.URL
	}
	return row
}

// texts splits the copy and the original at every passage, so each
// passage is highlighted in both and linked to its twin, and at the evidence
// of every finding, so a finding links to its words. It returns the links
// to each finding's evidence in the copy ([0]) and the original ([1]).
func (v *htmlReport) texts() (hrefs [2]map[int]string) {
	var cm, sm []mark
	seen := map[string]bool{}
	for i, p := range v.Reuse.Passages {
		kind := passageClass(p.Kind)
		seen[kind] = true
		cm = append(cm, mark{Start: p.Copy.Start, End: p.Copy.End, ID: i + 1, Kind: kind})
		sm = append(sm, mark{Start: p.Source.Start, End: p.Source.End, ID: i + 1, Kind: kind})
	}
	for _, k := range []string{match.KindExact, match.KindNear, match.KindParaphrase, "other"} {
		if seen[k] {
			v.Kinds = append(v.Kinds, k)
		}
	}
	hrefs = [2]map[int]string{{}, {}}
	var copyText, srcText *spanChecker
	if v.Article != nil {
		copyText = newSpanChecker(v.Article.Text)
	}
	if v.Original != nil {
		srcText = newSpanChecker(v.Original.Text)
	}
	np := len(v.Reuse.Passages)
	for i, f := range v.Report.Findings {
		id := np + i + 1
		if sp := f.Evidence.Copy; sp != nil && copyText.holds(sp) {
			cm = append(cm, mark{Start: sp.Start, End: sp.End, ID: id, Kind: string(f.Severity)})
			hrefs[0][i] = "#" + v.evidenceID(i, "c")
		}
		if sp := f.Evidence.Source; sp != nil && srcText.holds(sp) {
			sm = append(sm, mark{Start: sp.Start, End: sp.End, ID: id, Kind: string(f.Severity)})
			hrefs[1][i] = "#" + v.evidenceID(i, "s")
		}
	}
	if v.Article != nil {
		v.CopyText = v.segments(v.Article.Text, cm, "c", "s")
	}
	if v.Original != nil {
		v.SourceText = v.segments(v.Original.Text, sm, "s", "c")
	}
	return hrefs
}

// spanChecker tells whether a span really points into one text: its
// offsets lie inside it and, when the span repeats its words, the words
// match. Evidence that points elsewhere (into a headline, say) is listed but
// not marked, rather than marked on the wrong words.
type spanChecker struct {
	text  string
	runes *text.Runes
}

func newSpanChecker(s string) *spanChecker { return &spanChecker{text: s, runes: text.NewRunes(s)} }

func (c *spanChecker) holds(sp *text.Span) bool {
	if c == nil || sp.Start < 0 || sp.Start >= sp.End || sp.End > c.runes.Len() {
		return false
	}
	return sp.Text == "" || c.text[c.runes.ByteOffset(sp.Start):c.runes.ByteOffset(sp.End)] == sp.Text
}

// evidenceID is the anchor of finding i's evidence in one text (side "c"
// for the copy, "s" for the original).
func (v *htmlReport) evidenceID(i int, side string) string {
	return fmt.Sprintf("%sf%d-%s", v.prefix, i+1, side)
}

// segments renders the split text: marks with IDs up to the number of
// passages are passages, the rest the evidence of findings.
func (v *htmlReport) segments(s string, marks []mark, self, twin string) []htmlSeg {
	passages := v.Reuse.Passages
	np := len(passages)
	sevOf := map[int]finding.Severity{}
	for _, m := range marks {
		if m.ID > np {
			sevOf[m.ID] = finding.Severity(m.Kind)
		}
	}
	segs := splitMarks(s, marks)
	out := make([]htmlSeg, 0, len(segs))
	for _, sg := range segs {
		h := htmlSeg{Text: sg.Text}
		var nums, evCodes []string
		primary := 0
		var ev finding.Severity
		for _, id := range sg.Marks {
			if id > np {
				if sev := sevOf[id]; sev.Rank() > ev.Rank() || ev == "" {
					ev = sev
				}
				evCodes = append(evCodes, string(v.Report.Findings[id-np-1].Code))
				continue
			}
			nums = append(nums, strconv.Itoa(id))
			if primary == 0 || kindRank(passages[id-1].Kind) > kindRank(passages[primary-1].Kind) {
				primary = id
			}
		}
		if primary > 0 {
			p := passages[primary-1]
			h.Kind = passageClass(p.Kind)
			h.Href = "#" + v.prefix + twin + "-" + strconv.Itoa(primary)
			h.DataP = strings.Join(nums, " ")
			h.Title = fmt.Sprintf("passage %d: %s, similarity %.2f", primary, p.Kind, p.Score)
			h.Overlap = len(nums) > 1
		}
		if ev != "" {
			h.Ev = "evd evd-" + evidenceClass(ev)
			h.EvTitle = "evidence of " + strings.Join(evCodes, ", ")
		}
		for _, id := range sg.Starts {
			anchor := v.prefix + self + "-" + strconv.Itoa(id)
			if id > np {
				anchor = v.evidenceID(id-np-1, self)
			}
			if h.ID == "" && id == primary && h.Href != "" {
				h.ID = anchor
				continue
			}
			h.Anchors = append(h.Anchors, anchor)
		}
		out = append(out, h)
	}
	return out
}

// evidenceClass maps a severity to a CSS class; severities are data too.
func evidenceClass(s finding.Severity) string {
	switch s {
	case finding.Error, finding.Warning, finding.Info:
		return string(s)
	}
	return "other"
}

// passageClass maps a passage kind to a CSS class; kinds are data, so an
// unknown one gets a neutral class rather than its own name.
func passageClass(kind string) string {
	switch kind {
	case match.KindExact, match.KindNear, match.KindParaphrase:
		return kind
	}
	return "other"
}

func kindRank(kind string) int {
	switch kind {
	case match.KindExact:
		return 3
	case match.KindNear:
		return 2
	case match.KindParaphrase:
		return 1
	}
	return 0
}

// fetches lists the evidence of every fetch the report rests on: the
// target, the original, and each reference that was requested.
func (v *htmlReport) fetches() {
	add := func(role string, p *crawler.Page) {
		if p != nil {
			v.Fetches = append(v.Fetches, htmlFetch{Role: role, Page: p})
		}
	}
	if v.Article != nil {
		add("target", v.Article.Fetch)
	}
	if v.Original != nil {
		add("original", v.Original.Fetch)
	}
	for _, ref := range v.References {
		if v.Original != nil && ref.Fetch != nil && v.Original.Fetch != nil && ref.Fetch.URL == v.Original.Fetch.URL {
			continue
		}
		add("reference ("+ref.Kind+")", ref.Fetch)
	}
}
