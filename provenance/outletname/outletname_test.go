package outletname

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestSame(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"FT", "Financial Times", true},
		{"The Wall Street Journal", "WSJ", true},
		{"WaPo", "Washington Post", true},
		{"financial times", "Financial Times", true},
		{"FT", "Fort Worth Times", false},
		{"US", "Union Star", false},
		{"Times", "Financial Times", false},
	}
	for _, tt := range tests {
		t.Run(tt.a+"/"+tt.b, func(t *testing.T) {
			assert.Equal(t, tt.want, Same(tt.a, tt.b))
		})
	}
}
