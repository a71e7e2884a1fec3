package statements

import (
	"fmt"
	"os"
	"testing"
)

func TestDebugDump(t *testing.T) {
	p := os.Getenv("DUMP")
	if p == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(p)
	for _, s := range Find(string(b), Options{}) {
		sp := "<nil>"
		if s.Speaker != nil {
			sp = fmt.Sprintf("%s | %s | %s | %s", s.Speaker.Name, s.Speaker.Title, s.Speaker.Affiliation, s.Speaker.Kind)
		}
		fmt.Printf("[%s cue=%q spk=%s hedges=%v]\n   %q\n", s.Kind, s.Cue, sp, s.Hedges, s.Content.Text)
	}
}
