package spin_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/provcheck/provcheck/provenance/match/spin"
	"github.com/provcheck/provcheck/provenance/text"
)

func TestSpinnerReproducibleAndKeepsNames(t *testing.T) {
	src := "Mayor Ilse Vantongeren said the new terminal would open in March. Farmers in the Doren valley waited six years for 40,000 tonnes of capacity."
	opts := spin.Options{Swap: 0.5, Reorder: 0.5, Merge: 0.5}
	a, shareA := spin.New(42).Spin(src, opts)
	b, shareB := spin.New(42).Spin(src, opts)
	assert.Equal(t, a, b)
	assert.Equal(t, shareA, shareB)
	assert.NotEqual(t, src, a)
	assert.Greater(t, shareA, 0.2)
	for _, w := range []string{"Ilse", "Vantongeren", "March", "Doren", "40,000"} {
		assert.Contains(t, a, w)
	}
	same, share := spin.New(1).Spin(src, spin.Options{})
	assert.Zero(t, share)
	assert.Equal(t, len(text.Tokenize(src, "")), len(text.Tokenize(same, "")))
}
