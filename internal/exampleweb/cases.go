package exampleweb

import (
	"encoding/json"
	"fmt"
	"io/fs"
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
