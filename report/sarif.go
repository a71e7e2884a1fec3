package report

import (
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"github.com/provcheck/provcheck/internal/localfile"
	"github.com/provcheck/provcheck/provenance"
	"github.com/provcheck/provcheck/provenance/baseline"
	"github.com/provcheck/provcheck/provenance/finding"
)

// SARIF identifies the SARIF version and schema the sarif writer follows.
const (
	SARIFVersion = "2.1.0"
	SARIFSchema  = "https://json.schemastore.org/sarif-2.1.0.json"
)

// maxSARIFSource caps how much of a local target the sarif writer reads to
// find the line of a quote; beyond it findings point at line 1.
const maxSARIFSource = 16 << 20

// sarifWriter writes one SARIF log with a single run: every finding code
// is a rule, every finding a result located in the target. Results are
// streamed into the run's array as reports arrive.
type sarifWriter struct {
	w       io.Writer
	base    string // directory local target paths are made relative to
	rules   map[finding.Code]int
	n       int // results written
	started bool
	summary Summary
	err     error
}

type sarifMessage struct {
	Text string `json:"text"`
}

type sarifRule struct {
	ID                   string       `json:"id"`
	Name                 string       `json:"name"`
	ShortDescription     sarifMessage `json:"shortDescription"`
	DefaultConfiguration struct {
		Level string `json:"level"`
	} `json:"defaultConfiguration"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	Version        string      `json:"version"`
	InformationURI string      `json:"informationUri"`
	Rules          []sarifRule `json:"rules"`
}

type sarifResult struct {
	RuleID              string            `json:"ruleId"`
	RuleIndex           *int              `json:"ruleIndex,omitempty"`
	Level               string            `json:"level"`
	Message             sarifMessage      `json:"message"`
	Locations           []sarifLocation   `json:"locations"`
	RelatedLocations    []sarifLocation   `json:"relatedLocations,omitempty"`
	PartialFingerprints map[string]string `json:"partialFingerprints"`
	Properties          sarifProperties   `json:"properties"`
}

type sarifProperties struct {
	Target   string           `json:"target"`
	Verdict  string           `json:"verdict"`
	Evidence finding.Evidence `json:"evidence"`
}

type sarifLocation struct {
	ID               *int                  `json:"id,omitempty"`
	PhysicalLocation sarifPhysicalLocation `json:"physicalLocation"`
	Message          *sarifMessage         `json:"message,omitempty"`
}

type sarifPhysicalLocation struct {
	ArtifactLocation struct {
		URI string `json:"uri"`
	} `json:"artifactLocation"`
	Region *sarifRegion `json:"region,omitempty"`
}

// sarifRegion is 1-based; columns count code points (the run's columnKind)
// and EndColumn is the column just past the region.
type sarifRegion struct {
	StartLine   int           `json:"startLine"`
	StartColumn int           `json:"startColumn,omitempty"`
	EndLine     int           `json:"endLine,omitempty"`
	EndColumn   int           `json:"endColumn,omitempty"`
	Snippet     *sarifMessage `json:"snippet,omitempty"`
}

func newSARIFWriter(w io.Writer, opts Options) *sarifWriter {
	s := &sarifWriter{w: w, base: opts.BaseDir, rules: map[finding.Code]int{}, summary: Summary{Policy: opts.Policy}}
	for i, c := range finding.Codes() {
		s.rules[c] = i
	}
	return s
}

func (s *sarifWriter) WriteReport(r *provenance.Report) error {
	if r == nil {
		return errNilReport
	}
	s.start()
	s.summary.Tally(r)
	loc := s.locator(r)
	for _, f := range r.Findings {
		b, err := json.MarshalIndent(s.result(r, f, loc), "        ", "  ")
		if err != nil {
			return fmt.Errorf("encode SARIF result for %s: %w", r.Target, err)
		}
		if s.n > 0 {
			s.printf(",")
		}
		s.printf("\n        %s", b)
		s.n++
	}
	return s.err
}

func (s *sarifWriter) Close() error {
	s.start()
	sum := s.summary.normalised()
	inv, err := json.Marshal([]map[string]any{{"executionSuccessful": true, "exitCode": sum.ExitCode}})
	if err != nil {
		return fmt.Errorf("encode SARIF invocation: %w", err)
	}
	props, err := json.MarshalIndent(map[string]any{"summary": sum}, "      ", "  ")
	if err != nil {
		return fmt.Errorf("encode SARIF summary: %w", err)
	}
	s.printf("\n      ],\n      \"invocations\": %s,\n      \"properties\": %s\n    }\n  ]\n}\n", inv, props)
	return s.err
}

// start writes everything up to the opening of the results array.
func (s *sarifWriter) start() {
	if s.started {
		return
	}
	s.started = true
	tool := thisTool()
	d := sarifDriver{Name: tool.Name, Version: tool.Version, InformationURI: tool.URL}
	for _, c := range finding.Codes() {
		r := sarifRule{ID: string(c), Name: ruleName(c), ShortDescription: sarifMessage{c.Description()}}
		r.DefaultConfiguration.Level = sarifLevel(c.DefaultSeverity())
		d.Rules = append(d.Rules, r)
	}
	b, err := json.MarshalIndent(map[string]any{"driver": d}, "      ", "  ")
	if err != nil {
		s.err = fmt.Errorf("encode SARIF tool: %w", err)
		return
	}
	s.printf("{\n  \"$schema\": %q,\n  \"version\": %q,\n  \"runs\": [\n    {\n      \"tool\": %s,\n"+
		"      \"columnKind\": \"unicodeCodePoints\",\n      \"results\": [", SARIFSchema, SARIFVersion, b)
}

func (s *sarifWriter) result(r *provenance.Report, f finding.Finding, loc *locator) sarifResult {
	res := sarifResult{
		RuleID:     string(f.Code),
		Level:      sarifLevel(f.Severity),
		Message:    sarifMessage{sarifText(f)},
		Properties: sarifProperties{Target: r.Target, Verdict: string(r.Verdict), Evidence: f.Evidence},
	}
	if i, ok := s.rules[f.Code]; ok {
		res.RuleIndex = &i
	}
	var quote string
	if f.Evidence.Copy != nil {
		quote = f.Evidence.Copy.Text
	}
	res.Locations = []sarifLocation{loc.locate(quote)}
	if u := f.Evidence.URL; u != "" && u != r.Target {
		id := 1
		rel := sarifLocation{ID: &id, Message: &sarifMessage{"the page concerned"}}
		rel.PhysicalLocation.ArtifactLocation.URI = u
		res.RelatedLocations = []sarifLocation{rel}
	}
	// The baseline's fingerprint over the artifact's URI (a path relative to
	// the repository, or the URL), so it stays put across checkouts and
	// agrees with a --baseline written from the repository root.
	res.PartialFingerprints = map[string]string{"provcheckFinding/v1": baseline.Fingerprint(loc.uri, f)}
	return res
}

// sarifText is a finding's message followed by its evidence, so a code
// scanning view shows what to compare without opening the report.
func sarifText(f finding.Finding) string {
	var b strings.Builder
	b.WriteString(f.Message)
	if c := f.Evidence.Copy; c != nil {
		fmt.Fprintf(&b, "\nCopy: “%s”", c.Text)
	}
	if o := f.Evidence.Source; o != nil {
		fmt.Fprintf(&b, "\nOriginal: “%s”", o.Text)
	}
	if f.Evidence.Detail != "" {
		fmt.Fprintf(&b, "\nDetail: %s", f.Evidence.Detail)
	}
	return b.String()
}

func sarifLevel(s finding.Severity) string {
	switch s {
	case finding.Error:
		return "error"
	case finding.Info:
		return "note"
	}
	return "warning"
}

// ruleName turns a kebab-case code into the PascalCase name SARIF viewers
// show: quote-altered → QuoteAltered.
func ruleName(c finding.Code) string {
	parts := strings.Split(string(c), "-")
	for i, p := range parts {
		if p != "" {
			parts[i] = strings.ToUpper(p[:1]) + p[1:]
		}
	}
	return strings.Join(parts, "")
}

func (s *sarifWriter) printf(format string, args ...any) {
	if s.err == nil {
		_, s.err = fmt.Fprintf(s.w, format, args...)
	}
}

// locator places findings of one target: in a local file, at the line and
// column of the quote; for a URL, at the URL.
type locator struct {
	uri     string
	local   bool
	content []byte // the file as written; nil when unreadable
	quotes  *quoteFinder
}

func (s *sarifWriter) locator(r *provenance.Report) *locator {
	if isWebURL(r.Target) {
		return &locator{uri: r.Target}
	}
	l := &locator{uri: fileURI(r.Target, s.base), local: true}
	if b, err := readCapped(r.Target, maxSARIFSource); err == nil {
		l.content = b
	} else if r.Article != nil && r.Article.Fetch != nil {
		l.content = r.Article.Fetch.Body
	}
	return l
}

func (l *locator) locate(quote string) sarifLocation {
	var loc sarifLocation
	loc.PhysicalLocation.ArtifactLocation.URI = l.uri
	if !l.local {
		return loc
	}
	reg := &sarifRegion{StartLine: 1}
	if l.quotes == nil {
		l.quotes = &quoteFinder{content: l.content}
	}
	if start, end, ok := l.quotes.find(quote); ok {
		reg.StartLine, reg.StartColumn = lineCol(l.content, start)
		reg.EndLine, reg.EndColumn = lineCol(l.content, end)
		reg.Snippet = &sarifMessage{string(l.content[start:end])}
	}
	loc.PhysicalLocation.Region = reg
	return loc
}

func isWebURL(target string) bool {
	u, err := url.Parse(target)
	return err == nil && (strings.EqualFold(u.Scheme, "http") || strings.EqualFold(u.Scheme, "https")) && u.Host != ""
}

// fileURI is the artifact URI of a local target: relative to base (the
// working directory when base is empty) when the file lies under it, an
// absolute file URI otherwise.
func fileURI(path, base string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		return (&url.URL{Path: filepath.ToSlash(path)}).String()
	}
	if base == "" {
		base, _ = os.Getwd()
	}
	if b, err := filepath.Abs(base); err == nil {
		if rel, err := filepath.Rel(b, abs); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			return (&url.URL{Path: filepath.ToSlash(rel)}).String()
		}
	}
	return (&url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}).String()
}

func readCapped(path string, limit int64) ([]byte, error) {
	f, err := localfile.Open(path) // a named pipe would block the open

	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, limit))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return b, nil
}
