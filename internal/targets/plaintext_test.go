package targets

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestPlainTextArticle(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "copy.txt")
	require.NoError(t, os.WriteFile(p, []byte("Harbour <fees> to rise\r\n\r\nThe authority said fees\nwould rise.\r\n\r\n\r\nUnions objected.\n"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("todo"), 0o644))

	var got []Target
	for tg, err := range Expand(context.Background(), []string{p}, Options{}) {
		require.NoError(t, err)
		got = append(got, tg)
	}
	require.Len(t, got, 1)
	assert.Equal(t, Text, got[0].Kind)
	page := string(got[0].HTML)
	assert.Contains(t, page, "<title>Harbour &lt;fees&gt; to rise</title>")
	assert.Contains(t, page, "<p>The authority said fees would rise.</p>")
	assert.Contains(t, page, "<p>Unions objected.</p>")

	var inDir []Target
	for tg, err := range Expand(context.Background(), []string{dir}, Options{}) {
		require.NoError(t, err)
		inDir = append(inDir, tg)
	}
	assert.Empty(t, inDir, "a directory's .txt files are not taken for articles")
}
