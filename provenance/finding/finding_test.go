package finding

import (
	"os"
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/provcheck/provcheck/provenance/text"
)

func TestCodesAreKebabCaseAndDocumented(t *testing.T) {
	kebab := regexp.MustCompile(`^[a-z]+(-[a-z]+)*$`)
	readme, err := os.ReadFile("../../README.md")
	require.NoError(t, err)
	for _, c := range Codes() {
		assert.Regexp(t, kebab, string(c))
		assert.NotEmpty(t, c.Description(), c)
		assert.Contains(t, string(readme), "| `"+string(c)+"` |", "README documents %s", c)
	}
}

func TestSortAndMax(t *testing.T) {
	at := func(n int) *text.Span { return &text.Span{Start: n, End: n + 1} }
	fs := []Finding{
		{Code: "b", Severity: Info, Evidence: Evidence{Copy: at(1)}},
		{Code: "a", Severity: Error, Evidence: Evidence{Copy: at(9)}},
		{Code: "c", Severity: Error, Evidence: Evidence{Copy: at(2)}},
		{Code: "d", Severity: Warning},
	}
	Sort(fs)
	var got []Code
	for _, f := range fs {
		got = append(got, f.Code)
	}
	assert.Equal(t, []Code{"c", "a", "d", "b"}, got)
	assert.Equal(t, Error, Max(fs))
	assert.Equal(t, Severity(""), Max(nil))
}

func TestNewUsesDefaultSeverity(t *testing.T) {
	tests := []struct {
		code Code
		want Severity
	}{
		{QuoteAltered, Error},
		{ReferenceFetchFailed, Warning},
		{AggregatorBoilerplate, Info},
		{Code("not-a-code"), Warning},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, New(tt.code, "m", Evidence{}).Severity, tt.code)
	}
}
