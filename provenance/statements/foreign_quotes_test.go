package statements

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestGuillemetInnerSpace leaves the space a French typesetter puts inside
// « » (a space, a no-break space or a narrow one) out of the quote, and
// counts the span in code points.
func TestGuillemetInnerSpace(t *testing.T) {
	for _, sp := range []string{" ", "\u00a0", "\u202f"} {
		txt := "Déjà vu. «" + sp + "La piscine rouvrira en juin" + sp + "», a déclaré Paul Girard."
		sts := Find(txt, Options{Language: "fr"})
		require.Len(t, sts, 1, "%q", sp)
		c := sts[0].Content
		assert.Equal(t, "La piscine rouvrira en juin", c.Text, "%q", sp)
		assert.Equal(t, []rune(txt)[c.Start:c.End], []rune(c.Text), "%q", sp)
		assert.Equal(t, 10+len([]rune(sp)), c.Start, "%q", sp)
	}
}
