// Package report renders provenance reports: one small writer per output
// format over the same provenance.Report value. Writers stream: each report
// is written as it arrives, and only the summary is kept.
package report

import (
	_ "embed"
	"fmt"
	"io"
	"strings"

	"github.com/provcheck/provcheck/internal/buildinfo"
	"github.com/provcheck/provcheck/provenance"
)

// SchemaVersion is the version of the JSON report format (report/schema.json).
const SchemaVersion = "1"

//go:embed schema.json
var schema []byte

// Schema returns the JSON Schema of the json and jsonl outputs.
func Schema() []byte { return append([]byte(nil), schema...) }

// Writer writes reports one at a time in one format; Close writes what
// comes after the last report (a summary, a closing bracket).
type Writer interface {
	WriteReport(r *provenance.Report) error
	Close() error
}

// Formats lists the output formats New accepts.
func Formats() []string { return []string{"text", "json", "jsonl", "html", "sarif", "junit"} }

// Options tunes writers. The zero value writes plain text without colour.
type Options struct {
	Quiet bool // text: only the verdict line of each target
	// Color turns on colour in the text format; the caller decides (a
	// terminal, NO_COLOR unset), writers never look at the environment.
	Color bool
	// BaseDir is the directory SARIF locations of local targets are made
	// relative to; "" means the working directory.
	BaseDir string
	// Policy is the policy file the run applied ("" for the default
	// policy), named in the summary of the json, sarif and text formats.
	Policy string
}

// New returns the writer for format (one of Formats) writing to w.
func New(format string, w io.Writer, opts Options) (Writer, error) {
	switch strings.ToLower(format) {
	case "", "text":
		return newTextWriter(w, opts), nil
	case "json":
		return &jsonWriter{w: w, summary: Summary{Policy: opts.Policy}}, nil
	case "jsonl":
		return newJSONLWriter(w), nil
	case "html":
		return &htmlWriter{w: w}, nil
	case "sarif":
		return newSARIFWriter(w, opts), nil
	case "junit":
		return &junitWriter{w: w}, nil
	}
	return nil, fmt.Errorf("unknown format %q (want one of %s)", format, strings.Join(Formats(), ", "))
}

// Tool identifies the program that wrote a report.
type Tool struct {
	Name    string `json:"name"`
	Version string `json:"version"`
	URL     string `json:"url"`
}

func thisTool() Tool {
	return Tool{Name: "provcheck", Version: buildinfo.Version(), URL: buildinfo.ProjectURL}
}

// Summary counts the verdicts of a run.
type Summary struct {
	Targets  int            `json:"targets"`
	Verdicts map[string]int `json:"verdicts"`
	Findings map[string]int `json:"findings"` // by code
	Verdict  string         `json:"verdict"`  // the worst verdict of the run
	ExitCode int            `json:"exit_code"`
	// Suppressed counts the findings a --baseline accepted, over all
	// targets; Policy is the policy file applied. Both are left out when
	// there are none.
	Suppressed int    `json:"suppressed,omitempty"`
	Policy     string `json:"policy,omitempty"`
}

// Tally adds r to the summary.
func (s *Summary) Tally(r *provenance.Report) {
	s.init()
	s.Targets++
	s.Verdicts[string(r.Verdict)]++
	for _, f := range r.Findings {
		s.Findings[string(f.Code)]++
	}
	s.Suppressed += r.Suppressed
	s.Verdict = string(worst(provenance.Verdict(s.Verdict), r.Verdict))
	s.ExitCode = ExitCode(provenance.Verdict(s.Verdict))
}

// init makes the count maps, with every verdict present even at zero.
func (s *Summary) init() {
	if s.Verdicts == nil {
		s.Verdicts = map[string]int{"pass": 0, "warn": 0, "fail": 0, "error": 0}
		s.Findings = map[string]int{}
	}
}

func (s *Summary) normalised() Summary {
	out := *s
	out.init()
	if out.Verdict == "" {
		out.Verdict = string(provenance.Pass)
	}
	return out
}

// ExitCode is the process exit status for the worst verdict of a run: 0
// pass or warn, 1 fail, 2 error (some target could not be checked).
func ExitCode(worstVerdict provenance.Verdict) int {
	switch worstVerdict {
	case provenance.Errored:
		return 2
	case provenance.Fail:
		return 1
	}
	return 0
}

var verdictRank = map[provenance.Verdict]int{provenance.Pass: 1, provenance.Warn: 2, provenance.Fail: 3, provenance.Errored: 4}

func worst(a, b provenance.Verdict) provenance.Verdict {
	if verdictRank[b] > verdictRank[a] {
		return b
	}
	return a
}
