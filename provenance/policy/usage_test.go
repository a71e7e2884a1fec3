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

// TestUsageUnmatched: an override whose path glob names none of the run's
// local targets is reported once, with its line, its glob and the
// directory paths are relative to; URL-only runs are not.
func TestUsageUnmatched(t *testing.T) {
	const overrides = "  - match: {path: \"posts/partners/**\"}\n    warn: [quote-altered]\n" + // line 3
		"  - match: {path: \"../posts/partners/**\"}\n    warn: [quote-altered]\n" + // line 5
		"  - match: {domain: \"*.partner.example\"}\n    warn: [quote-altered]\n" + // line 7
		"  - match: {path: \"news/**\"}\n    warn: [quote-altered]\n" // line 9
	tests := []struct {
		name    string
		targets []string
		want    []string
	}{
		{"local posts", []string{"posts/partners/a.md", "posts/partners/b.md"}, []string{
			`ci/gate.yaml:3: override's path glob "posts/partners/**" matches none of the 2 local target(s): paths are matched relative to ci/, the policy file's directory (e.g. "../posts/partners/a.md"); write "../" to reach outside it`,
			`ci/gate.yaml:9: override's path glob "news/**" matches none of the 2 local target(s): paths are matched relative to ci/, the policy file's directory (e.g. "../posts/partners/a.md"); write "../" to reach outside it`,
		}},
		{"a URL's path counts as a match", []string{"posts/partners/a.md", "https://x.example/news/a"}, []string{
			`ci/gate.yaml:3: override's path glob "posts/partners/**" matches none of the 1 local target(s): paths are matched relative to ci/, the policy file's directory (e.g. "../posts/partners/a.md"); write "../" to reach outside it`,
		}},
		{"URLs only", []string{"https://x.example/a", "https://y.example/b"}, nil},
		{"nothing", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := repoWithCIPolicy(t, overrides)
			u := p.Usage()
			for _, tg := range tt.targets {
				u.Add(tg)
			}
			assert.Equal(t, tt.want, u.Unmatched())
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
