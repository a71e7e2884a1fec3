package statements

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/goccy/go-yaml"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/provcheck/provcheck/provenance/finding"
)

// storyExpect is what an editor expects of one made-up copy: findings it
// must raise and findings that would be false alarms.
type storyExpect struct {
	Required  []storyFinding `yaml:"required"`
	Forbidden []storyFinding `yaml:"forbidden"`
}

// storyFinding names a finding by code and, optionally, a part of its copy
// evidence.
type storyFinding struct {
	Code string `yaml:"code"`
	Copy string `yaml:"copy"`
}

func (sf storyFinding) in(fs []finding.Finding) bool {
	for _, f := range fs {
		if string(f.Code) == sf.Code && (sf.Copy == "" || f.Evidence.Copy != nil && strings.Contains(f.Evidence.Copy.Text, sf.Copy)) {
			return true
		}
	}
	return false
}

// TestMadeUpCopies checks made-up aggregator copies of made-up stories
// (testdata/stories) for the findings an editor would raise by hand, and
// for none that would be false alarms: the texts that found most of the
// checker's bugs, kept so none comes back.
func TestMadeUpCopies(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("testdata", "stories", "expect.yaml"))
	require.NoError(t, err)
	var expect map[string]storyExpect
	require.NoError(t, yaml.Unmarshal(raw, &expect))
	names := make([]string, 0, len(expect))
	for name := range expect {
		names = append(names, name)
	}
	sort.Strings(names)
	require.NotEmpty(t, names)
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			cpTitle, cp := readStory(t, name+".copy.txt")
			srcTitle, src := readStory(t, name+".source.txt")
			_, fs := Compare(cp, src, Options{})
			fs = append(fs, HeadlineDrift(cpTitle, srcTitle, src, "")...)
			for _, want := range expect[name].Required {
				assert.True(t, want.in(fs), "missing %s on %q; got %v", want.Code, want.Copy, codesOf(fs))
			}
			for _, no := range expect[name].Forbidden {
				assert.False(t, no.in(fs), "false alarm %s on %q", no.Code, no.Copy)
			}
		})
	}
}

func readStory(t *testing.T, file string) (string, string) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "stories", file))
	require.NoError(t, err)
	title, body, _ := strings.Cut(string(b), "\n")
	return title, strings.TrimSpace(body)
}

func codesOf(fs []finding.Finding) []string {
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = string(f.Code)
	}
	return out
}
