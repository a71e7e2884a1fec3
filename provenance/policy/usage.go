package policy

import (
	"fmt"
	"path/filepath"
)

// Usage records which overrides' path globs matched a run's targets, so
// that a glob naming none of them (written for another directory than the
// policy file's, say) is reported rather than silently applying to
// nothing. Add it every target of the run, then ask Unmatched. A Usage is
// not safe for concurrent use.
type Usage struct {
	p       *Policy
	matched []bool
	local   int    // local targets added
	example string // the first local target, as a glob sees it
}

// Usage returns an empty record of p's path globs.
func (p *Policy) Usage() *Usage {
	u := &Usage{p: p}
	if p != nil {
		u.matched = make([]bool, len(p.overrides))
	}
	return u
}

// Add records the overrides whose path glob matches target.
func (u *Usage) Add(target string) {
	if u.p == nil {
		return
	}
	_, host := splitTarget(target)
	if host == "" {
		if u.local++; u.example == "" {
			u.example = u.p.relPath(target)
		}
	}
	for i, o := range u.p.overrides {
		if o.path != "" && !u.matched[i] {
			u.matched[i] = u.p.matches(override{path: o.path, up: o.up}, target)
		}
	}
}

// Unmatched returns one warning for each override whose path glob matched
// none of the targets added, when some of them were local files: the
// file and line of the override, the glob, and the directory local paths
// are taken relative to, with one of the targets as the glob sees it.
func (u *Usage) Unmatched() []string {
	if u.p == nil || u.local == 0 {
		return nil
	}
	dir := filepath.ToSlash(filepath.Dir(u.p.Path)) + "/"
	var out []string
	for i, o := range u.p.overrides {
		if o.path == "" || u.matched[i] {
			continue
		}
		out = append(out, fmt.Sprintf("%s:%d: override's path glob %q matches none of the %d local target(s): paths are matched relative to %s, the policy file's directory (e.g. %q); write \"../\" to reach outside it",
			u.p.Path, o.line, o.path, u.local, dir, u.example))
	}
	return out
}

// relPath returns a local target relative to the policy file's directory,
// "../" included, as a glob would have to name it.
func (p *Policy) relPath(target string) string {
	pth, _ := splitTarget(target)
	dir, err1 := filepath.Abs(filepath.Dir(p.Path))
	abs, err2 := filepath.Abs(filepath.FromSlash(pth))
	rel, err3 := filepath.Rel(dir, abs)
	if err1 != nil || err2 != nil || err3 != nil {
		return pth
	}
	return filepath.ToSlash(rel)
}
