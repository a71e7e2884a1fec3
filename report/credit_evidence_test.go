package report

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/provcheck/provcheck/provenance"
)

// TestCreditEvidenceInEveryFormat: the credit verdict shows what it rests
// on (the link that counted, the words that named the publisher and the
// author, and where on the page), and the JSON carrying it validates.
func TestCreditEvidenceInEveryFormat(t *testing.T) {
	r := sample(provenance.Warn)
	r.Attribution.Link = &provenance.CreditMatch{Name: "http://orig.example/story", Found: "Brenmoor Courier",
		Where: provenance.WhereLink, Text: "Brenmoor Courier", URL: "http://orig.example/story?ref=x"}
	r.Attribution.NamesPublisher, r.Attribution.NamesAuthor = true, true
	r.Attribution.Publisher = &provenance.CreditMatch{Name: "The Brenmoor Courier", Found: "TBC", Where: "figcaption", Text: "Photo: Lia Venn / TBC"}
	r.Attribution.Author = &provenance.CreditMatch{Name: "Ada Marsh", Found: "Marsh, Ada", Where: provenance.WhereByline, Text: "Marsh, Ada"}
	tests := []struct {
		format string
		want   []string
	}{
		{"json", []string{`"publisher": {`, `"where": "figcaption"`, `"found": "Marsh, Ada"`, `"url": "http://orig.example/story?ref=x"`}},
		{"text", []string{`link: "Brenmoor Courier" → http://orig.example/story?ref=x (link)`, `publisher: "TBC" in figcaption: "Photo: Lia Venn / TBC"`, `author: "Marsh, Ada" in byline`}},
		{"html", []string{`“TBC” in figcaption`, `<q>Photo: Lia Venn / TBC</q>`, `href="http://orig.example/story?ref=x"`}},
	}
	for _, tt := range tests {
		t.Run(tt.format, func(t *testing.T) {
			var buf bytes.Buffer
			w, err := New(tt.format, &buf, Options{})
			require.NoError(t, err)
			require.NoError(t, w.WriteReport(r))
			require.NoError(t, w.Close())
			for _, s := range tt.want {
				assert.Contains(t, buf.String(), s)
			}
			if tt.format == "json" {
				require.NoError(t, Validate(buf.Bytes()))
			}
		})
	}
	bad, err := json.Marshal(r)
	require.NoError(t, err)
	var m map[string]any
	require.NoError(t, json.Unmarshal(bad, &m))
	m["attribution"].(map[string]any)["publisher"].(map[string]any)["where"] = "somewhere"
	bad, _ = json.Marshal(m)
	assert.Error(t, ValidateReport(bad), "where is one of the documented places")
}
