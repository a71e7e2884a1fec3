package exampleweb

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"strings"

	"github.com/provcheck/provcheck/provenance"
)

// Case is one entry of the example web's cases.json: a page to check and
// what the check must find.
type Case struct {
	Name        string          `json:"name"`
	Target      string          `json:"target"`
	Source      string          `json:"source"` // the --source URL, when the case declares its original
	Verdict     string          `json:"verdict"`
	Original    *string         `json:"original"`
	Relation    string          `json:"relation"`
	Must        []string        `json:"must"`
	MustNot     []string        `json:"must_not"`
	Statements  []CaseStatement `json:"statements"`
	Attribution string          `json:"attribution"`
	About       string          `json:"about"`
}

// CaseStatement is a statement verdict a case expects for one speaker.
type CaseStatement struct {
	Speaker string `json:"speaker"`
	Verdict string `json:"verdict"`
}

// LoadCases reads cases.json from the example web.
func LoadCases(fsys fs.FS) ([]Case, error) {
	b, err := fs.ReadFile(fsys, "cases.json")
	if err != nil {
		return nil, fmt.Errorf("example web: %w", err)
	}
	var cs []Case
	if err := json.Unmarshal(b, &cs); err != nil {
		return nil, fmt.Errorf("example web: cases.json: %w", err)
	}
	return cs, nil
}

// FindCase returns the case called name.
func FindCase(cs []Case, name string) (Case, error) {
	for _, c := range cs {
		if c.Name == name {
			return c, nil
		}
	}
	return Case{}, fmt.Errorf("example web: no case %q in cases.json", name)
}

// Outcome is how a report measured up to its case.
type Outcome struct {
	VerdictRight, OriginalRight bool
	Must, MustFound             int // required findings, and how many were raised
	MustNot, FalseAlarms        int // forbidden findings, and how many were raised anyway
	Statements, StatementsRight int
	Misses                      []string // what was wrong, in words
}

// Score compares a report with what the case expects.
func (c Case) Score(r *provenance.Report) Outcome {
	var o Outcome
	miss := func(format string, args ...any) { o.Misses = append(o.Misses, fmt.Sprintf(format, args...)) }
	if o.VerdictRight = string(r.Verdict) == c.Verdict; !o.VerdictRight {
		miss("verdict %s, want %s", r.Verdict, c.Verdict)
	}
	got := ""
	if r.Original != nil {
		got = r.Original.URL
	}
	if o.OriginalRight = (c.Original == nil && got == "") || (c.Original != nil && *c.Original == got); !o.OriginalRight {
		miss("original %q", got)
	}
	if c.Relation != "" && string(r.Reuse.Relation) != c.Relation {
		miss("relation %s, want %s", r.Reuse.Relation, c.Relation)
	}
	if c.Attribution != "" && r.Attribution.Verdict != c.Attribution {
		miss("attribution %s, want %s", r.Attribution.Verdict, c.Attribution)
	}
	codes := map[string]bool{}
	for _, f := range r.Findings {
		codes[string(f.Code)] = true
	}
	for _, m := range c.Must {
		if o.Must++; codes[m] {
			o.MustFound++
		} else {
			miss("missing %s", m)
		}
	}
	for _, m := range c.MustNot {
		if o.MustNot++; codes[m] {
			o.FalseAlarms++
			miss("unwanted %s", m)
		}
	}
	for _, st := range c.Statements {
		if o.Statements++; hasStatement(r, st) {
			o.StatementsRight++
		} else {
			miss("no statement of %s judged %s", st.Speaker, st.Verdict)
		}
	}
	return o
}

func hasStatement(r *provenance.Report, want CaseStatement) bool {
	for _, s := range r.Statements {
		if strings.Contains(s.Speaker, want.Speaker) && string(s.Verdict) == want.Verdict {
			return true
		}
	}
	return false
}
