package report

import (
	"bytes"
	"encoding/xml"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/provcheck/provcheck/provenance"
)

type junitDoc struct {
	XMLName  xml.Name `xml:"testsuites"`
	Tests    int      `xml:"tests,attr"`
	Failures int      `xml:"failures,attr"`
	Errors   int      `xml:"errors,attr"`
	Suites   []struct {
		Name     string      `xml:"name,attr"`
		Tests    int         `xml:"tests,attr"`
		Failures int         `xml:"failures,attr"`
		Errors   int         `xml:"errors,attr"`
		Time     string      `xml:"time,attr"`
		Cases    []junitCase `xml:"testcase"`
	} `xml:"testsuite"`
}

func renderJUnit(t *testing.T, reports ...*provenance.Report) ([]byte, junitDoc) {
	t.Helper()
	var buf bytes.Buffer
	w, err := New("junit", &buf, Options{})
	require.NoError(t, err)
	for _, r := range reports {
		require.NoError(t, w.WriteReport(r))
	}
	require.NoError(t, w.Close())
	var doc junitDoc
	require.NoError(t, xml.Unmarshal(buf.Bytes(), &doc), buf.String())
	return buf.Bytes(), doc
}

func TestJUnit(t *testing.T) {
	warned := passReport(t, "https://blog.example/warned")
	warned.Verdict = provenance.Warn
	warned.Findings = richReport(t).Findings[3:8] // the five warnings
	evil := richReport(t)
	evil.Target = "https://x.example/?a=1&b=<2>"
	evil.Findings[0].Message = "bad \x00 byte and ]]> end"
	reports := []*provenance.Report{richReport(t), passReport(t, "https://blog.example/ok"), warned, errorReport("https://down.example/x"), evil}
	out, doc := renderJUnit(t, reports...)

	assert.True(t, strings.HasPrefix(string(out), `<?xml version="1.0" encoding="UTF-8"?>`))
	assert.Equal(t, []int{5, 2, 1}, []int{doc.Tests, doc.Failures, doc.Errors})
	require.Len(t, doc.Suites, 1)
	s := doc.Suites[0]
	assert.Equal(t, []int{5, 2, 1}, []int{s.Tests, s.Failures, s.Errors})
	assert.Equal(t, "2.492", s.Time)
	require.Len(t, s.Cases, len(reports))
	for i, r := range reports {
		assert.Equal(t, r.Target, s.Cases[i].Name)
	}

	fail := s.Cases[0]
	require.NotNil(t, fail.Failure)
	assert.Nil(t, fail.Error)
	assert.Equal(t, "fail", fail.Failure.Type)
	for _, code := range []string{"quote-altered", "quote-not-found", "claim-attributed-to-person"} {
		assert.Contains(t, fail.Failure.Message, code)
	}
	assert.NotContains(t, fail.Failure.Message, "speaker-title-changed", "warnings are not failures")
	assert.Contains(t, fail.Failure.Text, "copy:     “We will never raise fares” [155:180]\n")
	require.NotNil(t, fail.SystemOut)
	assert.Contains(t, fail.SystemOut.Text, "speaker-title-changed")
	assert.Contains(t, fail.SystemOut.Text, "original: "+fixtureOrigURL)
	assert.Equal(t, "1.234", fail.Time)

	assert.Nil(t, s.Cases[1].Failure)
	assert.Nil(t, s.Cases[1].Error)
	assert.NotContains(t, s.Cases[1].SystemOut.Text, "warnings:")

	assert.Nil(t, s.Cases[2].Failure, "a warned target passes")
	assert.Contains(t, s.Cases[2].SystemOut.Text, "upstream-credit-dropped")

	require.NotNil(t, s.Cases[3].Error)
	assert.Equal(t, "error", s.Cases[3].Error.Type)
	assert.Equal(t, "fetch https://down.example/x: timeout", s.Cases[3].Error.Message)
	assert.Contains(t, s.Cases[3].Error.Text, "target-unreadable")

	require.NotNil(t, s.Cases[4].Failure)
	assert.Contains(t, s.Cases[4].Failure.Message, "bad \uFFFD byte and ]]> end")
	assert.Contains(t, s.Cases[4].Failure.Text, "bad \uFFFD byte and ]]> end", "CDATA survives its own terminator")

	golden(t, "batch.junit.xml", out, versionNormaliser(` time="[0-9.]+"`, ` time="TIME"`))
}

func TestJUnitEmpty(t *testing.T) {
	_, doc := renderJUnit(t)
	require.Len(t, doc.Suites, 1)
	assert.Zero(t, doc.Suites[0].Tests)
	assert.Empty(t, doc.Suites[0].Cases)
}

func TestNewWritersRejectNilReport(t *testing.T) {
	for _, format := range []string{"html", "sarif", "junit"} {
		w, err := New(format, &bytes.Buffer{}, Options{})
		require.NoError(t, err)
		assert.ErrorIs(t, w.WriteReport(nil), errNilReport, format)
		assert.NoError(t, w.Close(), format)
	}
	assert.Subset(t, Formats(), []string{"html", "sarif", "junit"})
}
