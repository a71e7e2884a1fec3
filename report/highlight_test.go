package report

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

func TestSplitMarks(t *testing.T) {
	const s = "Zoë said “no” to the café’s plan." // non-ASCII before, inside and after marks
	tests := []struct {
		name  string
		marks []mark
		want  []segment
	}{
		{
			name: "no marks",
			want: []segment{{Text: s}},
		},
		{
			name:  "one mark over code points, not bytes",
			marks: []mark{{Start: 9, End: 13, ID: 1}},
			want: []segment{
				{Text: "Zoë said "},
				{Text: "“no”", Marks: []int{1}, Starts: []int{1}},
				{Text: " to the café’s plan."},
			},
		},
		{
			name:  "out of order and touching",
			marks: []mark{{Start: 21, End: 27, ID: 2}, {Start: 0, End: 3, ID: 1}, {Start: 27, End: 33, ID: 3}},
			want: []segment{
				{Text: "Zoë", Marks: []int{1}, Starts: []int{1}},
				{Text: " said “no” to the "},
				{Text: "café’s", Marks: []int{2}, Starts: []int{2}},
				{Text: " plan.", Marks: []int{3}, Starts: []int{3}},
			},
		},
		{
			name:  "overlapping",
			marks: []mark{{Start: 4, End: 13, ID: 1}, {Start: 9, End: 20, ID: 2}},
			want: []segment{
				{Text: "Zoë "},
				{Text: "said ", Marks: []int{1}, Starts: []int{1}},
				{Text: "“no”", Marks: []int{1, 2}, Starts: []int{2}},
				{Text: " to the", Marks: []int{2}},
				{Text: " café’s plan."},
			},
		},
		{
			name:  "nested, same start",
			marks: []mark{{Start: 0, End: 8, ID: 2}, {Start: 0, End: 3, ID: 1}},
			want: []segment{
				{Text: "Zoë", Marks: []int{1, 2}, Starts: []int{1, 2}},
				{Text: " said", Marks: []int{2}},
				{Text: " “no” to the café’s plan."},
			},
		},
		{
			name:  "clamped, empty and inverted",
			marks: []mark{{Start: -5, End: 3, ID: 1}, {Start: 30, End: 999, ID: 2}, {Start: 10, End: 10, ID: 3}, {Start: 12, End: 5, ID: 4}, {Start: 500, End: 600, ID: 5}},
			want: []segment{
				{Text: "Zoë", Marks: []int{1}, Starts: []int{1}},
				{Text: " said “no” to the café’s pl"},
				{Text: "an.", Marks: []int{2}, Starts: []int{2}},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := splitMarks(s, tt.marks)
			assert.Equal(t, tt.want, got)
			assert.Equal(t, s, joinSegments(got), "segments must rebuild the text")
		})
	}
}

func TestSplitMarksEmptyText(t *testing.T) {
	got := splitMarks("", []mark{{Start: 0, End: 4, ID: 1}})
	assert.Equal(t, []segment{{}}, got)
}

func FuzzSplitMarks(f *testing.F) {
	f.Add("a “b” c", 0, 3, 2, 9)
	f.Fuzz(func(t *testing.T, s string, a, b, c, d int) {
		got := splitMarks(s, []mark{{Start: a, End: b, ID: 1}, {Start: c, End: d, ID: 2}})
		if strings.ToValidUTF8(s, "\uFFFD") == s {
			assert.Equal(t, s, joinSegments(got))
		}
	})
}

func joinSegments(segs []segment) string {
	var b strings.Builder
	for _, sg := range segs {
		b.WriteString(sg.Text)
	}
	return b.String()
}

// BenchmarkSplitMarks splits a long article (about 60,000 words) at 2,000
// overlapping passages.
func BenchmarkSplitMarks(b *testing.B) {
	s := strings.Repeat("Città di Torino approves a new tram line — “we will not raise fares”. ", 5000)
	n := utf8.RuneCountInString(s)
	marks := make([]mark, 2000)
	for i := range marks {
		start := (i * 7919) % (n - 400)
		marks[i] = mark{Start: start, End: start + 50 + i%300, ID: i + 1}
	}
	b.ReportAllocs()
	for b.Loop() {
		splitMarks(s, marks)
	}
}
