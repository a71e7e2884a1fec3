package policy

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/provcheck/provcheck/provenance/finding"
)

// repoWithCIPolicy lays out a repository whose policy is kept in ci/, away
// from the posts, and moves into its root.
func repoWithCIPolicy(t *testing.T, overrides string) *Policy {
	t.Helper()
	root := t.TempDir()
	for _, d := range []string{"ci", "posts/partners", "posts/own", "other"} {
		require.NoError(t, os.MkdirAll(filepath.Join(root, d), 0o755))
	}
	require.NoError(t, os.WriteFile(filepath.Join(root, "ci", "gate.yaml"), []byte("fail: [quote-altered]\noverrides:\n"+overrides), 0o644))
	t.Chdir(root)
	p, err := Load("ci/gate.yaml")
	require.NoError(t, err)
	return p
}

// TestForPathOutsidePolicyDir: a glob reaches outside the policy file's
// directory with "../", one level per "../", and a glob without it stays
// inside that directory.
func TestForPathOutsidePolicyDir(t *testing.T) {
	tests := []struct {
		name, glob, target string
		want               bool
	}{
		{"parent's posts", "../posts/partners/**", "posts/partners/a.md", true},
		{"parent's posts, dot slash target", "../posts/partners/**", "./posts/partners/a.md", true},
		{"parent's posts, unclean target", "../posts/partners/**", "posts/own/../partners/a.md", true},
		{"dot slash then parent", "./../posts/partners/**", "posts/partners/a.md", true},
		{"parent's whole tree", "../**", "other/b.md", true},
		{"back into the policy's directory", "../ci/**", "ci/c.md", true},
		{"other posts", "../posts/partners/**", "posts/own/a.md", false},
		{"glob without ../ stays inside", "posts/partners/**", "posts/partners/a.md", false},
		{"** stays inside", "**", "posts/partners/a.md", false},
		{"* stays inside", "*", "other", false},
		{"../** stays in the parent", "../**", "../elsewhere/a.md", false},
		{"inside the policy's directory", "**", "ci/c.md", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := repoWithCIPolicy(t, "  - match: {path: \""+tt.glob+"\"}\n    warn: [quote-altered]\n")
			assert.Equal(t, tt.want, p.For(tt.target).Warn[finding.QuoteAltered])
		})
	}
}

// repoLayout writes files (path: content) under a new directory and moves
// into it; a path ending in "/" is a directory.
func repoLayout(t *testing.T, files []string) {
	t.Helper()
	root := t.TempDir()
	for _, f := range files {
		dir, name := filepath.Split(filepath.FromSlash(f))
		require.NoError(t, os.MkdirAll(filepath.Join(root, dir), 0o755))
		if name != "" {
			require.NoError(t, os.WriteFile(filepath.Join(root, dir, name), []byte("x\n"), 0o644))
		}
	}
	t.Chdir(root)
}

// TestUsageUnmatchedFollowsLinks: a content folder linked in from outside
// the repository holds files a glob matches, as matching a target's path
// does through the link; a link back to a directory the walk is in is not
// followed, so a cycle does not end the look at its limit, silently.
func TestUsageUnmatchedFollowsLinks(t *testing.T) {
	outside := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(outside, "a.md"), []byte("x\n"), 0o644))
	repoLayout(t, []string{"content/own/c.md"})
	require.NoError(t, os.Symlink(outside, filepath.Join("content", "partners")))
	require.NoError(t, os.Symlink("..", filepath.Join("content", "own", "loop")))
	tests := []struct {
		name, glob string
		warns      bool
	}{
		{"glob through the link", "**/partners/*.md", false},
		{"a link cycle in the way", "**/nothing/*.md", true},
		{"no cycle in the way", "content/own/nothing/*.md", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := globPolicy(t, tt.glob)
			u := p.Usage()
			u.Add("content/own/c.md")
			assert.Equal(t, tt.warns, len(u.Unmatched()) > 0, "%v", u.Unmatched())
		})
	}
}

// globPolicy writes and loads a .provcheck.yaml in the working directory
// with one override, whose path glob is glob.
func globPolicy(t *testing.T, glob string) *Policy {
	t.Helper()
	yaml := "overrides:\n  - match: {path: \"" + glob + "\"}\n    warn: [quote-altered]\n"
	require.NoError(t, os.WriteFile(".provcheck.yaml", []byte(yaml), 0o644))
	p, err := Load(".provcheck.yaml")
	require.NoError(t, err)
	return p
}

// TestUsageUnmatched: an override's path glob is reported, once, with its
// line and the directory paths are relative to, only when no target of the
// run matched it and it matches no file on disk either, as a glob written
// for another directory does; "../" is suggested only when the glob with
// it would match files. A run that merely has no target under a correct
// glob (one post, a list of changed posts) says nothing.
func TestUsageUnmatched(t *testing.T) {
	repo := []string{"ci/", "posts/partners/a.md", "posts/partners/b.md", "posts/own/c.md", "other/d.md", ".git/secret.md"}
	tests := []struct {
		name, policy, glob string
		targets            []string
		want               []string
	}{
		{"root policy, one own post", ".provcheck.yaml", "posts/partners/**", []string{"posts/own/c.md"}, nil},
		{"root policy, own post and a URL", ".provcheck.yaml", "posts/partners/**", []string{"https://x.example/a", "posts/own/c.md"}, nil},
		{"ci policy with ../, one own post", "ci/gate.yaml", "../posts/partners/**", []string{"posts/own/c.md"}, nil},
		{"ci policy with ../, a target under it", "ci/gate.yaml", "../posts/partners/**", []string{"posts/partners/a.md"}, nil},
		{"ci policy without ../", "ci/gate.yaml", "posts/partners/**", []string{"posts/own/c.md"}, []string{
			`ci/gate.yaml:3: override's path glob "posts/partners/**" matches no file: paths are matched relative to ci/, the policy file's directory; "../posts/partners/**" would match "../posts/partners/a.md"`,
		}},
		{"glob naming nothing anywhere", "ci/gate.yaml", "../news/**", []string{"posts/own/c.md"}, []string{
			`ci/gate.yaml:3: override's path glob "../news/**" matches no file: paths are matched relative to ci/, the policy file's directory`,
		}},
		{"a URL's path matches the glob", "ci/gate.yaml", "news/**", []string{"posts/own/c.md", "https://x.example/news/a"}, nil},
		{"a directory is no file", ".provcheck.yaml", "posts/partners", []string{"posts/own/c.md"}, []string{
			`.provcheck.yaml:3: override's path glob "posts/partners" matches no file: paths are matched relative to ./, the policy file's directory`,
		}},
		{".git is not looked in", ".provcheck.yaml", "**/secret.md", []string{"posts/own/c.md"}, []string{
			`.provcheck.yaml:3: override's path glob "**/secret.md" matches no file: paths are matched relative to ./, the policy file's directory`,
		}},
		{"URLs only", "ci/gate.yaml", "posts/partners/**", []string{"https://x.example/a", "https://y.example/b"}, nil},
		{"nothing", "ci/gate.yaml", "posts/partners/**", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			repoLayout(t, repo)
			yaml := "fail: [quote-altered]\noverrides:\n  - match: {path: \"" + tt.glob + "\"}\n    warn: [quote-altered]\n"
			require.NoError(t, os.WriteFile(tt.policy, []byte(yaml), 0o644))
			p, err := Load(tt.policy)
			require.NoError(t, err)
			u := p.Usage()
			for _, tg := range tt.targets {
				u.Add(tg)
			}
			assert.Equal(t, tt.want, u.Unmatched())
		})
	}
}

// TestUsageUnmatchedDomain: an override with a path and a domain glob is
// reported for its path glob even when its domain matched a URL of the
// run: the domain says nothing of where the path glob looks.
func TestUsageUnmatchedDomain(t *testing.T) {
	repoLayout(t, []string{"ci/", "posts/partners/a.md", "posts/own/c.md"})
	yaml := "overrides:\n  - match: {path: \"posts/partners/**\", domain: \"*.partner.example\"}\n    warn: [quote-altered]\n"
	require.NoError(t, os.WriteFile("ci/gate.yaml", []byte(yaml), 0o644))
	p, err := Load("ci/gate.yaml")
	require.NoError(t, err)
	u := p.Usage()
	for _, tg := range []string{"https://news.partner.example/story/z", "posts/own/c.md"} {
		u.Add(tg)
	}
	assert.Equal(t, []string{
		`ci/gate.yaml:2: override's path glob "posts/partners/**" matches no file: paths are matched relative to ci/, the policy file's directory; "../posts/partners/**" would match "../posts/partners/a.md"`,
	}, u.Unmatched())
}

// TestUsageUnmatchedCap: the walk looks at a bounded number of entries and
// says nothing when that is not enough to tell.
func TestUsageUnmatchedCap(t *testing.T) {
	tests := []struct {
		name string
		cap  int
		want int
	}{
		{"walked to the end", 100, 1},
		{"cap reached", 3, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			repoLayout(t, []string{"a/1.md", "a/2.md", "b/3.md", "b/4.md", "c/5.md"})
			require.NoError(t, os.WriteFile(".provcheck.yaml", []byte("overrides:\n  - match: {path: \"**/*.txt\"}\n    warn: [quote-altered]\n"), 0o644))
			p, err := Load(".provcheck.yaml")
			require.NoError(t, err)
			u := p.Usage()
			u.walkCap = tt.cap
			u.Add("a/1.md")
			assert.Len(t, u.Unmatched(), tt.want)
		})
	}
}

func TestUsageDefaultPolicy(t *testing.T) {
	for _, p := range []*Policy{nil, {}} {
		u := p.Usage()
		u.Add("posts/a.md")
		assert.Empty(t, u.Unmatched())
	}
}

// TestURLGlob: a path glob written as a URL, with a scheme, is matched
// against a URL target's scheme, host and path, never against a local
// path, and is never reported as matching no file: a cleaned local path
// has no "//", so no file could match it.
func TestURLGlob(t *testing.T) {
	repoLayout(t, []string{"posts/own/c.md"})
	tests := []struct {
		name, glob, target string
		want               bool
	}{
		{"same host and path", "https://wire.example/**", "https://wire.example/news/a", true},
		{"host case and port", "https://wire.example/**", "https://Wire.Example:8443/news/a", true},
		{"other scheme", "https://wire.example/**", "http://wire.example/news/a", false},
		{"scheme alternatives", "http{,s}://*.wire.example/news/**", "http://m.wire.example/news/a", true},
		{"other path", "https://wire.example/news/**", "https://wire.example/sport/a", false},
		{"other host", "https://wire.example/**", "https://other.example/news/a", false},
		{"a local path never", "https://wire.example/**", "https:/wire.example/a.md", false},
		{"a port in the glob", "http://127.0.0.1:8714/news/**", "http://127.0.0.1:8714/news/a", true},
		{"another port", "http://127.0.0.1:8714/news/**", "http://127.0.0.1:9000/news/a", false},
		{"a scheme in capitals", "HTTPS://wire.example/**", "https://wire.example/news/a", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := globPolicy(t, tt.glob)
			assert.Equal(t, tt.want, p.For(tt.target).Warn[finding.QuoteAltered])
			u := p.Usage()
			u.Add("posts/own/c.md")
			assert.Empty(t, u.Unmatched())
		})
	}
}

// TestUsageUnmatchedLinkCycle: links that lead back to a directory the walk
// came through (to its parent, to the root, round two directories) end the
// walk well within its limit; a glob that matches no file is reported and
// one that matches a file, behind or beside the cycle, is not.
func TestUsageUnmatchedLinkCycle(t *testing.T) {
	tests := []struct {
		name, glob string
		links      [][2]string // link, target
		warns      bool
	}{
		{"link to its parent", "**/partners/*.md", [][2]string{{"content/own/up", ".."}}, true},
		{"link to the root", "**/partners/*.md", [][2]string{{"content/own/root", "../.."}}, true},
		{"link to itself", "**/partners/*.md", [][2]string{{"content/own/self", "."}}, true},
		{"two links round", "**/partners/*.md", [][2]string{{"content/a/to-b", "../b"}, {"content/b/to-a", "../a"}}, true},
		{"a file beside the cycle", "**/own/*.md", [][2]string{{"content/own/up", ".."}}, false},
		{"a file behind a link out of the cycle", "**/b/*.md", [][2]string{{"content/own/up", ".."}, {"content/own/b", "../b"}}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			repoLayout(t, []string{"content/own/c.md", "content/a/", "content/b/d.md"})
			for _, l := range tt.links {
				require.NoError(t, os.Symlink(l[1], filepath.FromSlash(l[0])))
			}
			p := globPolicy(t, tt.glob)
			u := p.Usage()
			u.walkCap = 200
			u.Add("content/own/c.md")
			assert.Equal(t, tt.warns, len(u.Unmatched()) > 0, "%v", u.Unmatched())
		})
	}
}
