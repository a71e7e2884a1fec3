// Package policy reads a CI gate's .provcheck.yaml and turns it into the
// rules for one target: which finding codes fail, warn or are ignored, and
// the thresholds the pipeline and the gate use.
//
// Globs in overrides use github.com/bmatcuk/doublestar/v4: "*" stays within
// one path segment, "**" crosses segments, and "{a,b}" alternates. A host
// has no "/", so "*.partner.example" matches a.b.partner.example but not
// partner.example itself (write "{partner.example,*.partner.example}").
package policy

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/provcheck/provcheck/provenance/finding"
)

// FileName is the policy file Find looks for.
const FileName = ".provcheck.yaml"

// RewrittenShare is the code of the finding Apply adds when the copy's
// rewritten share is above max_rewritten_share. It is the gate's own
// code, not one the pipeline raises.
const RewrittenShare = finding.PolicyRewrittenShare

// MinContainment is the code of the finding Apply adds when the original
// the copy names (or the user declares) shares less of the copy than
// min_containment: the floor rules out only guessed originals, so a named
// one is compared, and this says it fell short.
const MinContainment = finding.PolicyMinContainment

// Policy is a parsed and validated policy file. The zero value (and a nil
// *Policy) is the default policy: every code at its default severity.
type Policy struct {
	// Path is the file the policy was read from; empty for the default.
	Path      string
	base      layer
	overrides []override
}

// layer is one set of settings: the top level of the file or one override.
// Unset thresholds are nil so a later layer only changes what it names.
type layer struct {
	actions           map[finding.Code]action
	minContainment    *float64
	maxRewrittenShare *float64
	requireCredit     *bool
}

type action int

const (
	actFail action = iota + 1
	actWarn
	actIgnore
)

// override is a layer that applies to targets whose path or host matches.
// up is the number of "../" the path glob starts with (see
// Policy.localPath); url says the path glob is written as a URL (see
// isURLGlob); line is where the override starts in the file.
type override struct {
	path, domain string
	up, line     int
	url          bool
	layer
}

// Error is a policy file problem, located by line when the file gives one.
type Error struct {
	File string
	Line int // 1-based; 0 when the problem has no position
	Msg  string
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.File, e.Msg)
}

// Load reads and validates the policy file at path. Syntax errors, unknown
// keys, unknown codes, thresholds outside their range and bad globs are
// returned as *Error naming the file and line.
func Load(path string) (*Policy, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read policy: %w", err)
	}
	return Parse(path, data)
}

// Parse is Load for a file already in memory; name is used in errors.
func Parse(name string, data []byte) (*Policy, error) {
	raw, err := decode(name, data)
	if err != nil {
		return nil, err
	}
	p := &Policy{Path: name}
	if p.base, err = raw.RawRules.layer(name); err != nil {
		return nil, err
	}
	for _, ro := range raw.Overrides {
		o, err := ro.override(name)
		if err != nil {
			return nil, err
		}
		p.overrides = append(p.overrides, o)
	}
	return p, nil
}

// Find reports the policy file in dir, if there is one.
func Find(dir string) (path string, ok bool) {
	path = filepath.Join(dir, FileName)
	fi, err := os.Stat(path)
	if err != nil || fi.IsDir() {
		return "", false
	}
	return path, true
}

// LoadDir loads the policy file of dir, or returns the default policy when
// dir has none.
func LoadDir(dir string) (*Policy, error) {
	path, ok := Find(dir)
	if !ok {
		return &Policy{}, nil
	}
	p, err := Load(path)
	if errors.Is(err, fs.ErrNotExist) {
		return &Policy{}, nil
	}
	return p, err
}
