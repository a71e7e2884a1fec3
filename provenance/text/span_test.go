package text

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestRunesSpan(t *testing.T) {
	s := "Liège, “quoted” 来源 ok"
	r := NewRunes(s)
	tests := []struct {
		name       string
		start, end int // byte offsets
		want       Span
	}{
		{"ascii prefix", 0, 2, Span{0, 2, "Li"}},
		{"mid-character end moves forward", 0, 3, Span{0, 3, "Liè"}},
		{"after accent", 5, 7, Span{4, 6, "e,"}},
		{"curly quotes", 8, 20, Span{7, 15, "“quoted”"}},
		{"cjk", 21, 27, Span{16, 18, "来源"}},
		{"clamped", -4, 1000, Span{0, 21, s}},
		{"inverted", 11, 5, Span{8, 8, ""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := r.Span(tt.start, tt.end)
			assert.Equal(t, tt.want.Start, got.Start)
			assert.Equal(t, tt.want.End, got.End)
			assert.Equal(t, tt.want.Text, got.Text)
			assert.Equal(t, string([]rune(s)[got.Start:got.End]), got.Text, "offsets slice the text")
		})
	}
	assert.Equal(t, 0, r.ByteOffset(-1))
	assert.Equal(t, len(s), r.ByteOffset(1000))
	assert.Equal(t, 4, r.ByteOffset(3))
	assert.Equal(t, 21, r.Len())
}

func TestClip(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		want string
	}{
		{"short", 10, "short"},
		{"  spread\n over\tlines ", 40, "spread over lines"},
		{"Liège est très belle", 8, "Liège e…"},
		{"exactly", 7, "exactly"},
		{"no \x1b[31mescape\x07", 40, "no [31mescape"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, Clip(tt.in, tt.n), tt.in)
	}
}
