package statements

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestScanQuotesUnbalancedInner keeps a quotation whose inner marks are
// unbalanced or mixed from running on into the next paragraph's quote.
func TestScanQuotesUnbalancedInner(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"curly inner closed by a straight mark", "“He says, ‘The pier is closed.'”\n\n“We will reopen it,” said Ada Brook.",
			[]string{"He says, ‘The pier is closed.'", "We will reopen it,"}},
		{"doubled opening mark", "The plan reads: ““The pier is closed to ferries.”\n\n“We will reopen it,” said Ada Brook.",
			[]string{"“The pier is closed to ferries.”", "We will reopen it,"}},
		{"a multi-paragraph quote still continues", "“The pier is closed.\n\n“We will reopen it in May,” said Ada Brook.",
			[]string{"The pier is closed.\n\n“We will reopen it in May,"}},
		{"an apostrophe inside a single quote", "“She said ‘don't go' and left.”",
			[]string{"She said ‘don't go' and left."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, q := range scanQuotes(tt.text) {
				got = append(got, tt.text[q.start:q.end])
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

// TestTitlesAreNotQuotes leaves the names of shows and books out of the
// direct quotes, but keeps speech, headline quotes and shouting.
func TestTitlesAreNotQuotes(t *testing.T) {
	tests := []struct {
		text   string
		direct bool
	}{
		{"Ada Brook talked about “The Old Pier of Kelby” on Monday.", false},
		{"Ada Brook appeared on “Harbour Tonight With Jon Arkwell” this week.", false},
		{"“The pier will reopen in May,” Ada Brook said.", true},
		{"Brook Says “We Will Rebuild The Pier”", true},
		{"Ada Brook wrote “CLOSE THE PIER NOW” in a post.", true},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			got := false
			for _, st := range Find(tt.text, Options{}) {
				got = got || st.Kind == Direct
			}
			assert.Equal(t, tt.direct, got)
		})
	}
}

// TestQuoteBeforeATitledSpeaker gives a quote to the speaker named after
// it and their title, not to whom they told it.
func TestQuoteBeforeATitledSpeaker(t *testing.T) {
	sts := Find("“We will rebuild the pier,” the harbour master, Ada Brook, told the Kelby Herald.", Options{})
	require.Len(t, sts, 1, "%+v", sts)
	assert.Equal(t, Direct, sts[0].Kind)
	assert.Equal(t, "We will rebuild the pier", sts[0].Content.Text)
	require.NotNil(t, sts[0].Speaker)
	assert.Equal(t, "Ada Brook", sts[0].Speaker.Name)
}

// TestQuoteEndingASentence ends a sentence at a quotation that closes on a
// full stop when a new sentence follows, so the words after it are not read
// as part of what was said; a speaker after the quote keeps it whole.
func TestQuoteEndingASentence(t *testing.T) {
	tests := []struct {
		name, text string
		sents      []string
	}{
		{"a new sentence follows", "Brook said, “The pier is safe.” Critics, however, disagree.",
			[]string{"Brook said, “The pier is safe.”", "Critics, however, disagree."}},
		{"the speaker follows", "“The pier is safe.” Brook said so twice.", []string{"“The pier is safe.” Brook said so twice."}},
		{"the next sentence has a cue of its own", "He said the memo “was late.” He added: “Nobody wants it.”",
			[]string{"He said the memo “was late.”", "He added: “Nobody wants it.”"}},
		{"the next sentence's cue takes a clause", "Rees urged both sides to “step back from the brink.” He said he had written to Fischer.",
			[]string{"Rees urged both sides to “step back from the brink.”", "He said he had written to Fischer."}},
		{"the next sentence's cue takes a quotation", "He called it “a fair start.” He added, “We will see.”",
			[]string{"He called it “a fair start.”", "He added, “We will see.”"}},
		{"the next sentence's cue has a 'that' clause past a place", "He called it “95 percent done.” Reyes wrote on X that he was ready.",
			[]string{"He called it “95 percent done.”", "Reyes wrote on X that he was ready."}},
		{"a speaker set off by commas follows", "“The ferry will run all winter.” Ada Brook, the council leader, said on Monday.",
			[]string{"“The ferry will run all winter.” Ada Brook, the council leader, said on Monday."}},
		{"a titled speaker follows", "“The ferry will run all winter.” Council leader Ada Brook said.",
			[]string{"“The ferry will run all winter.” Council leader Ada Brook said."}},
		{"the speaker and a day follow", "“The pier is safe.” Brook said Monday.", []string{"“The pier is safe.” Brook said Monday."}},
		{"a comma inside the quote", "“The pier is safe,” Critics disagree.", []string{"“The pier is safe,” Critics disagree."}},
		{"lower case follows", "She called it “a mess.” and left.", []string{"She called it “a mess.” and left."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := newDoc(tt.text, "")
			var got []string
			for _, s := range d.sents {
				got = append(got, tt.text[s.start:s.end])
			}
			assert.Equal(t, tt.sents, got)
		})
	}
	sts := Find("Brook said, “The pier is safe.” Critics on the council say otherwise.", Options{})
	for _, st := range sts {
		if st.Kind == Reported && st.Cue == "said" {
			assert.NotContains(t, st.Content.Text, "Critics", "the reported words end with the quotation")
		}
	}
}

// TestStraightSingleQuotes reads quotations in straight single marks, and a
// term in them whose comma stands outside ('Partygate',), and leaves
// apostrophes, and a line that is only a quoted subheading, alone.
func TestStraightSingleQuotes(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"'It is not a reason to give up,' said Oliver Grant. 'But it is a warning.'", []string{"It is not a reason to give up,", "But it is a warning."}},
		{"Liberal politicians fear 'Europe is disintegrating.'", []string{"Europe is disintegrating."}},
		{"The players' union said the '90s were over.", nil},
		{"They played rock 'n' roll all night, and 'Jive' too.", []string{"Jive"}},
		{"After what critics dubbed 'Partygate', Ada Brook said the rules had been followed. 'We did nothing wrong,' she said.", []string{"Partygate", "We did nothing wrong,"}},
		{"Nice.\n'A healthy environment.'\nThe plant opened in May.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			var got []string
			for _, q := range scanQuotes(tt.text) {
				got = append(got, tt.text[q.start:q.end])
			}
			assert.Equal(t, tt.want, got)
		})
	}
}
