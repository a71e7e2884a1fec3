package report

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/provcheck/provcheck/provenance"
	"github.com/provcheck/provcheck/provenance/finding"
)

// junitWriter writes JUnit XML for CI: one testsuite per run, one testcase
// per target. The suite's counts come first in the XML, so the writer
// keeps each target's small testcase element (messages, no article texts)
// until Close.
type junitWriter struct {
	w        io.Writer
	cases    bytes.Buffer
	tests    int
	failures int
	errors   int
	millis   int64
}

type junitCase struct {
	XMLName   xml.Name      `xml:"testcase"`
	Name      string        `xml:"name,attr"`
	Classname string        `xml:"classname,attr"`
	Time      string        `xml:"time,attr"`
	Failure   *junitProblem `xml:"failure,omitempty"`
	Error     *junitProblem `xml:"error,omitempty"`
	SystemOut *junitText    `xml:"system-out,omitempty"`
}

// junitText is element content written as CDATA, so multi-line evidence
// stays readable in the file.
type junitText struct {
	Text string `xml:",cdata"`
}

type junitProblem struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr"`
	Text    string `xml:",cdata"`
}

func (j *junitWriter) WriteReport(r *provenance.Report) error {
	if r == nil {
		return errNilReport
	}
	c := junitCase{Name: r.Target, Classname: "provcheck", Time: seconds(r.DurationMS)}
	errs := ofSeverity(r.Findings, finding.Error)
	switch r.Verdict {
	case provenance.Errored:
		msg := r.Error
		if msg == "" {
			msg = joinMessages(errs)
		}
		c.Error = &junitProblem{Message: msg, Type: string(provenance.Errored), Text: xmlSafe(describeFindings(errs))}
		j.errors++
	case provenance.Fail:
		c.Failure = &junitProblem{Message: joinMessages(errs), Type: string(provenance.Fail), Text: xmlSafe(describeFindings(errs))}
		j.failures++
	}
	c.SystemOut = &junitText{xmlSafe(junitOut(r))}
	j.tests++
	j.millis += r.DurationMS
	b, err := xml.MarshalIndent(c, "    ", "  ")
	if err != nil {
		return fmt.Errorf("encode JUnit testcase of %s: %w", r.Target, err)
	}
	j.cases.WriteString("\n")
	j.cases.Write(b)
	return nil
}

func (j *junitWriter) Close() error {
	attrs := fmt.Sprintf(`name="provcheck" tests="%d" failures="%d" errors="%d" skipped="0" time="%s"`,
		j.tests, j.failures, j.errors, seconds(j.millis))
	_, err := fmt.Fprintf(j.w, "%s<testsuites %s>\n  <testsuite %s>%s\n  </testsuite>\n</testsuites>\n",
		xml.Header, attrs, attrs, j.cases.Bytes())
	if err != nil {
		return fmt.Errorf("write JUnit XML: %w", err)
	}
	return nil
}

// junitOut is what CI shows beside a testcase: the original found and the
// warnings, which do not fail the target.
func junitOut(r *provenance.Report) string {
	var b strings.Builder
	fmt.Fprintf(&b, "verdict: %s\n", r.Verdict)
	if o := r.Original; o != nil {
		fmt.Fprintf(&b, "original: %s (%s, %.0f%% of the copy)\n", o.URL, r.Reuse.Relation, 100*r.Reuse.TakenShare)
	}
	if ws := ofSeverity(r.Findings, finding.Warning); len(ws) > 0 {
		fmt.Fprintf(&b, "warnings:\n%s", describeFindings(ws))
	}
	return b.String()
}

func ofSeverity(fs []finding.Finding, sev finding.Severity) []finding.Finding {
	var out []finding.Finding
	for _, f := range fs {
		if f.Severity == sev {
			out = append(out, f)
		}
	}
	return out
}

func joinMessages(fs []finding.Finding) string {
	msgs := make([]string, len(fs))
	for i, f := range fs {
		msgs[i] = string(f.Code) + ": " + f.Message
	}
	return strings.Join(msgs, "; ")
}

// describeFindings lists findings one per line with their evidence.
func describeFindings(fs []finding.Finding) string {
	var b strings.Builder
	for _, f := range fs {
		fmt.Fprintf(&b, "%s: %s\n", f.Code, f.Message)
		if c := f.Evidence.Copy; c != nil {
			fmt.Fprintf(&b, "  copy:     “%s” [%d:%d]\n", c.Text, c.Start, c.End)
		}
		if s := f.Evidence.Source; s != nil {
			fmt.Fprintf(&b, "  original: “%s” [%d:%d]\n", s.Text, s.Start, s.End)
		}
		if f.Evidence.URL != "" {
			fmt.Fprintf(&b, "  url:      %s\n", f.Evidence.URL)
		}
	}
	return b.String()
}

func seconds(ms int64) string { return strconv.FormatFloat(float64(ms)/1000, 'f', 3, 64) }

// xmlSafe replaces what XML 1.0 cannot carry (control characters, invalid
// UTF-8) with U+FFFD; CDATA sections are not escaped, so it must be done here.
func xmlSafe(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\t' || r == '\n' || r == '\r',
			r >= 0x20 && r <= 0xD7FF && r != utf8.RuneError,
			r >= 0xE000 && r <= 0xFFFD,
			r >= 0x10000 && r <= 0x10FFFF:
			return r
		}
		return '\uFFFD'
	}, s)
}
