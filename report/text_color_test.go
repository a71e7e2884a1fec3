package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/fatih/color"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/provcheck/provcheck/provenance"
	"github.com/provcheck/provcheck/provenance/finding"
	"github.com/provcheck/provcheck/provenance/statements"
)

func renderText(t *testing.T, opts Options, reports ...*provenance.Report) string {
	t.Helper()
	var buf bytes.Buffer
	w, err := New("text", &buf, opts)
	require.NoError(t, err)
	for _, r := range reports {
		require.NoError(t, w.WriteReport(r))
	}
	require.NoError(t, w.Close())
	return buf.String()
}

// TestTextColorFollowsOptionsOnly flips the color package's global switch
// against the option both ways: the writer must obey the option alone.
func TestTextColorFollowsOptionsOnly(t *testing.T) {
	saved := color.NoColor
	t.Cleanup(func() { color.NoColor = saved })
	for _, global := range []bool{true, false} {
		color.NoColor = global
		plain := renderText(t, Options{}, richReport(t))
		assert.NotContains(t, plain, "\x1b[", "Color off, global NoColor=%v", global)

		coloured := renderText(t, Options{Color: true}, richReport(t))
		assert.Contains(t, coloured, "\x1b[31;1mFAIL \x1b[0;22m", "verdict in bold red, global NoColor=%v", global)
		assert.Contains(t, coloured, "\x1b[31merror  \x1b[0m quote-altered")
		assert.Contains(t, coloured, "\x1b[33mwarning\x1b[0m")
		assert.Contains(t, coloured, "\x1b[31m[-not-]\x1b[0m \x1b[32m{+never+}\x1b[0m")
		assert.Equal(t, plain, stripANSI(coloured), "colour adds escapes and nothing else")
	}
}

func TestTextDiffUnderAlteredQuote(t *testing.T) {
	out := renderText(t, Options{}, richReport(t))
	lines := strings.Split(out, "\n")
	var at int
	for i, l := range lines {
		if strings.Contains(l, "quote-altered:") {
			at = i
		}
	}
	require.NotZero(t, at)
	assert.Equal(t, `              diff:   We will [-not-] {+never+} raise fares [-for the next five years-]`, lines[at+3])
	assert.Equal(t, 1, strings.Count(out, "diff:"), "only altered quotes get a diff")
	golden(t, "rich.txt", []byte(out), versionNormaliser())
}

func TestTextDiffWithoutStatement(t *testing.T) {
	r := richReport(t)
	r.Statements = nil
	out := renderText(t, Options{}, r)
	assert.Contains(t, out, `diff:   We will [-not-] {+never+} raise fares [-for the next five years-]`)
}

func TestWordDiff(t *testing.T) {
	tests := []struct {
		src, dst string
		want     []statements.DiffOp
	}{
		{"a b c", "a b c", []statements.DiffOp{{Op: "equal", Text: "a b c"}}},
		{"we will not go", "we will go", []statements.DiffOp{{Op: "equal", Text: "we will"}, {Op: "delete", Text: "not"}, {Op: "equal", Text: "go"}}},
		{"a gamble with money", "a waste of money", []statements.DiffOp{{Op: "equal", Text: "a"}, {Op: "delete", Text: "gamble with"}, {Op: "insert", Text: "waste of"}, {Op: "equal", Text: "money"}}},
		{"", "new words", []statements.DiffOp{{Op: "insert", Text: "new words"}}},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, wordDiff(tt.src, tt.dst), tt.src)
	}
	assert.Nil(t, diffFor(finding.New(finding.QuoteNotFound, "x", finding.Evidence{}), nil))
}

func stripANSI(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == 0x1b {
			for i < len(s) && s[i] != 'm' {
				i++
			}
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// TestDiffOfCJKHasNoSpaces writes a diff of a script written without
// spaces as it is written, in text and HTML; a spaced script keeps its
// spaces.
func TestDiffOfCJKHasNoSpaces(t *testing.T) {
	ops := []statements.DiffOp{{Op: "equal", Text: "桟橋は夏までに完成する"}, {Op: "delete", Text: "かもしれない"}, {Op: "insert", Text: "だろう"}}
	tw := &textWriter{}
	assert.Equal(t, "桟橋は夏までに完成する[-かもしれない-]{+だろう+}", tw.diff(ops))
	assert.Equal(t, "We will [-not-] {+never+} raise", tw.diff([]statements.DiffOp{{Op: "equal", Text: "We will"}, {Op: "delete", Text: "not"}, {Op: "insert", Text: "never"}, {Op: "equal", Text: "raise"}}))

	r := richReport(t)
	r.Statements[0].Diff = ops
	var buf bytes.Buffer
	w, err := New("html", &buf, Options{})
	require.NoError(t, err)
	require.NoError(t, w.WriteReport(r))
	require.NoError(t, w.Close())
	assert.Contains(t, buf.String(), "桟橋は夏までに完成する<del>かもしれない</del><ins>だろう</ins>")
}
