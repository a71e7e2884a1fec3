package policy

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/bmatcuk/doublestar/v4"
)

// Usage records which overrides' path globs matched a run's targets, so
// that a glob that can match nothing (written for another directory than
// the policy file's, say) is reported rather than silently applying to
// nothing. Add it every target of the run, then ask Unmatched. A Usage is
// not safe for concurrent use.
type Usage struct {
	p       *Policy
	matched []bool
	local   int // local targets added
	walkCap int // directory entries one look for a file reads; an override may take two (its directory, then the parent for the ../ hint)
}

// defaultWalkCap bounds the look for a file a glob matches: a huge tree
// costs little, and past it nothing is said.
const defaultWalkCap = 10000

// Usage returns an empty record of p's path globs.
func (p *Policy) Usage() *Usage {
	u := &Usage{p: p, walkCap: defaultWalkCap}
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
	if _, host := splitTarget(target); host == "" {
		u.local++
	}
	for i, o := range u.p.overrides {
		if o.path != "" && !u.matched[i] {
			u.matched[i] = u.p.pathMatches(o, target)
		}
	}
}

// Unmatched returns one warning for each override whose path glob can
// match no local file, when the run had local targets: no target matched
// it and no file on disk does, under the directory it is relative to. A
// run that just has no target under a correct glob (one post, the changed
// posts) says nothing. The warning names the file and line of the
// override, the glob and the policy's directory, and, when the glob with
// one more "../" would match files, that form with one of them.
func (u *Usage) Unmatched() []string {
	if u.p == nil || u.local == 0 {
		return nil
	}
	var out []string
	for i, o := range u.p.overrides {
		if o.path == "" || o.url || u.matched[i] {
			continue
		}
		if w, ok := u.unreachable(o); ok {
			out = append(out, w)
		}
	}
	return out
}

// unreachable is the warning for o when its path glob matches no file.
func (u *Usage) unreachable(o override) (string, bool) {
	dir, err := filepath.Abs(filepath.Dir(u.p.Path))
	if err != nil {
		return "", false
	}
	for range o.up {
		dir = filepath.Dir(dir)
	}
	glob := o.path[3*o.up:]
	if _, res := firstFile(dir, glob, u.walkCap); res != walkNone {
		return "", false
	}
	w := fmt.Sprintf("%s:%d: override's path glob %q matches no file: paths are matched relative to %s, the policy file's directory",
		u.p.Path, o.line, o.path, filepath.ToSlash(filepath.Dir(u.p.Path))+"/")
	if parent := filepath.Dir(dir); parent != dir {
		if f, res := firstFile(parent, glob, u.walkCap); res == walkFound {
			w += fmt.Sprintf("; %q would match %q", "../"+o.path, strings.Repeat("../", o.up+1)+f)
		}
	}
	return w, true
}

// walkResult is what a bounded look for a file found.
type walkResult int

const (
	walkNone    walkResult = iota // no file matches
	walkFound                     // a file matches
	walkUnknown                   // the cap was reached, or the walk failed
)

var (
	errFound   = errors.New("found")
	errWalkCap = errors.New("walk cap reached")
)

// firstFile looks under root for a regular file glob matches, visiting at
// most limit directory entries, and returns the first one it finds,
// slash-separated and relative to root. It follows symbolic links to
// directories, as matching a target's path does (a content folder linked
// in from elsewhere), except a link back to a directory the walk came
// through, which would only lead round a cycle to the limit.
func firstFile(root, glob string, limit int) (string, walkResult) {
	fsys := &boundedFS{FS: os.DirFS(root), root: root, left: limit, dirs: map[string]os.FileInfo{}}
	var first string
	err := doublestar.GlobWalk(fsys, glob, func(p string, _ fs.DirEntry) error {
		first = p
		return errFound
	}, doublestar.WithFilesOnly(), doublestar.WithFailOnIOErrors())
	switch {
	case errors.Is(err, errFound):
		return first, walkFound
	case err == nil:
		return "", walkNone
	}
	return "", walkUnknown
}

// skipDirs are never looked in: version control and dependency trees hold
// no posts, and can be large.
var skipDirs = map[string]bool{".git": true, ".hg": true, ".svn": true, "node_modules": true}

// boundedFS is a file system whose directory listings leave out skipDirs
// and links back to the directory listed or one above it, and fail once
// more than left entries have been read in all. dirs caches the
// directories' identities by slash-separated name under root.
type boundedFS struct {
	fs.FS
	root string
	left int
	dirs map[string]os.FileInfo
}

func (b *boundedFS) ReadDir(name string) ([]fs.DirEntry, error) {
	f, err := b.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	d, ok := f.(fs.ReadDirFile)
	if !ok {
		return nil, &fs.PathError{Op: "readdir", Path: name, Err: errors.New("not a directory")}
	}
	// one more than is left, so that a full listing is told from the cap
	es, err := d.ReadDir(b.left + 1)
	if b.left -= len(es); b.left < 0 {
		return nil, errWalkCap
	}
	if err != nil && !errors.Is(err, io.EOF) {
		return nil, err
	}
	es = slices.DeleteFunc(es, func(e fs.DirEntry) bool {
		return e.IsDir() && skipDirs[e.Name()] || e.Type()&fs.ModeSymlink != 0 && b.linksBack(name, e.Name())
	})
	slices.SortFunc(es, func(a, b fs.DirEntry) int { return strings.Compare(a.Name(), b.Name()) })
	return es, nil
}

// linksBack reports whether the link named link in directory dir points at
// dir itself or a directory above it up to root: following it would walk
// round a cycle.
func (b *boundedFS) linksBack(dir, link string) bool {
	to, err := os.Stat(filepath.Join(b.root, filepath.FromSlash(path.Join(dir, link))))
	if err != nil || !to.IsDir() {
		return false
	}
	for d := dir; ; d = path.Dir(d) {
		if fi := b.dir(d); fi != nil && os.SameFile(fi, to) {
			return true
		}
		if d == "." {
			return false
		}
	}
}

// dir is the identity of directory name, nil when it cannot be read.
func (b *boundedFS) dir(name string) os.FileInfo {
	fi, ok := b.dirs[name]
	if !ok {
		fi, _ = os.Stat(filepath.Join(b.root, filepath.FromSlash(name)))
		b.dirs[name] = fi
	}
	return fi
}
