package statements

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/provcheck/provcheck/provenance/finding"
)

// quoteCheck is the check of the copy's statement whose text begins with
// prefix.
func quoteCheck(t *testing.T, checks []Check, prefix string) Check {
	t.Helper()
	for _, ck := range checks {
		if strings.HasPrefix(ck.Text, prefix) {
			return ck
		}
	}
	require.Failf(t, "no statement", "%q in %v", prefix, checks)
	return Check{}
}

func firstDirect(t *testing.T, checks []Check) Check {
	t.Helper()
	for _, ck := range checks {
		if ck.Kind == Direct {
			return ck
		}
	}
	require.Failf(t, "no quote", "%v", checks)
	return Check{}
}

// TestQuoteEditorsLicence: words left out at an ellipsis, a clarification
// in square brackets and a number in another style change no word of the
// speaker's; a changed word, a dropped negation or a number in brackets
// still does.
func TestQuoteEditorsLicence(t *testing.T) {
	src := "The harbour board will rebuild the north pier. “We have waited three years for this money, and we are not going to spend it on a patch-up job that fails again by winter,” said harbour master Ines Varga. “It will be finished before the summer season opens.”\n\n" +
		"Varga said the works would cost £4.5 million. “We will not, under any circumstances, raise mooring fees to pay for it,” she added. “About 38 per cent of the boats here belong to local families.”\n\n“The old crane, which has not worked since 1987, will be taken down in May,” Varga said."
	tests := []struct {
		name, quote string
		verdict     Verdict
		elided      bool // a quote-elided note is raised
	}{
		{"ellipsis", "“We have waited three years for this money … It will be finished before the summer season opens,” said harbour master Ines Varga.", Verbatim, false},
		{"three dots", "“We have waited three years for this money ... It will be finished before the summer season opens,” said harbour master Ines Varga.", Verbatim, false},
		{"spaced dots", "“We have waited three years for this money . . . It will be finished before the summer season opens,” said harbour master Ines Varga.", Verbatim, false},
		{"bracketed ellipsis", "“We have waited three years for this money [...] It will be finished before the summer season opens,” said harbour master Ines Varga.", Verbatim, false},
		{"clause with its negation left out whole", "“The old crane … will be taken down in May,” Varga said.", Verbatim, false},
		{"negation left out of its clause", "“The old crane, which has … worked since 1987, will be taken down in May,” Varga said.", Altered, false},
		{"words left out inside a negated clause", "“We have waited three years for this money, and we are not going to spend it on a … job that fails again by winter,” said harbour master Ines Varga.", Verbatim, true},
		{"negation left out", "“We will … raise mooring fees to pay for it,” Varga added.", Altered, false},
		{"word changed in a part", "“We have waited three years for this money … It will be finished before the autumn season opens,” said harbour master Ines Varga.", Altered, false},
		{"parts out of order", "“It will be finished before the summer season opens … We have waited three years for this money,” said harbour master Ines Varga.", Altered, false},
		{"bracketed clarification", "“[The pier] will be finished before the summer season opens,” said harbour master Ines Varga.", Verbatim, false},
		{"bracketed word put in", "“It will be finished [well] before the summer season opens,” said harbour master Ines Varga.", Verbatim, false},
		{"bracketed negation put in", "“It will [not] be finished before the summer season opens,” said harbour master Ines Varga.", Altered, false},
		{"bracket replaces a word of meaning", "“It will be finished before the summer [festival] opens,” said harbour master Ines Varga.", Altered, false},
		{"number in digits", "“We have waited 3 years for this money, and we are not going to spend it on a patch-up job that fails again by winter,” said harbour master Ines Varga.", Verbatim, false},
		{"number changed", "“We have waited 4 years for this money, and we are not going to spend it on a patch-up job that fails again by winter,” said harbour master Ines Varga.", Altered, false},
		{"number spelt out changed", "“We have waited four years for this money, and we are not going to spend it on a patch-up job that fails again by winter,” said harbour master Ines Varga.", Altered, false},
		{"percent sign", "“About 38% of the boats here belong to local families,” Varga added.", Verbatim, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checks, fs := Compare(tt.quote, src, Options{})
			ck := firstDirect(t, checks)
			assert.Equal(t, tt.verdict, ck.Verdict, "%v %v", ck.Diff, fs)
			assert.Equal(t, tt.elided, len(findingsByCode(fs)[finding.QuoteElided]) > 0, "%v", fs)
			alt := findingsByCode(fs)[finding.QuoteAltered]
			if tt.verdict == Verbatim {
				assert.Empty(t, alt, "%v", fs)
			}
			if tt.verdict == Altered && (strings.HasPrefix(tt.name, "number") || strings.Contains(tt.name, "negation")) {
				require.Len(t, alt, 1, "%v", fs)
				assert.Equal(t, finding.Error, alt[0].Severity, alt[0].Evidence.Detail)
			}
		})
	}
}

// TestQuoteInBracketsStartsAtTheQuote: the source passage of a quote whose
// first words the copy replaces in brackets starts at the quotation, not
// in its attribution ("added: “It …").
func TestQuoteInBracketsStartsAtTheQuote(t *testing.T) {
	src := "The ferry will stop running on Sundays. Captain Olu Adeyemi added: “It has lost money every winter since 2019.”"
	checks, _ := Compare("Captain Olu Adeyemi said: “[The Sunday service] has lost money every winter since 2019.”", src, Options{})
	ck := quoteCheck(t, checks, "[The Sunday")
	require.NotNil(t, ck.Source)
	assert.Equal(t, "It has lost money every winter since 2019", ck.Source.Span.Text)
	assert.Equal(t, Verbatim, ck.Verdict)
}

// TestQuotationsOfOneSpeakerJoined: two consecutive quotations of one
// speaker ("“A,” she said. “B.”") joined into one quote are her words; the
// attribution between them is no deleted word, and a word changed in the
// joined quote shows in the diff without it.
func TestQuotationsOfOneSpeakerJoined(t *testing.T) {
	src := "“The lifeboat crew answered 41 calls last year,” said Rhian Powell, the station manager. “Most of them came after dark.”"
	checks, fs := Compare("“The lifeboat crew answered 41 calls last year. Most of them came after dark,” said station manager Rhian Powell.", src, Options{})
	assert.Equal(t, Verbatim, quoteCheck(t, checks, "The lifeboat").Verdict, "%v", fs)
	assert.Empty(t, findingsByCode(fs)[finding.QuoteAltered], "%v", fs)

	checks, fs = Compare("“The lifeboat crew answered 41 calls last year. Most of them came before dark,” said station manager Rhian Powell.", src, Options{})
	ck := quoteCheck(t, checks, "The lifeboat")
	assert.Equal(t, Altered, ck.Verdict)
	for _, op := range ck.Diff {
		assert.NotContains(t, op.Text, "said", "%v", ck.Diff)
	}
	require.Len(t, findingsByCode(fs)[finding.QuoteAltered], 1)
	assert.NotContains(t, findingsByCode(fs)[finding.QuoteAltered][0].Evidence.Detail, "Powell")

	// an ellipsis across the attribution of one speaker's two quotations
	checks, _ = Compare("“The lifeboat crew answered 41 calls … Most of them came after dark,” said station manager Rhian Powell.", src, Options{})
	assert.Equal(t, Verbatim, quoteCheck(t, checks, "The lifeboat").Verdict)

	// but not across two speakers' quotations
	two := "“The lifeboat crew answered 41 calls last year,” said Rhian Powell, the station manager. “Most of them came after dark,” the coastguard's Ben Ashe added."
	checks, _ = Compare("“The lifeboat crew answered 41 calls last year … Most of them came after dark,” said Rhian Powell, the station manager.", two, Options{})
	assert.NotEqual(t, Verbatim, quoteCheck(t, checks, "The lifeboat").Verdict)
	checks, _ = Compare("“The lifeboat crew answered 41 calls last year. Most of them came after dark,” said Rhian Powell, the station manager.", two, Options{})
	assert.NotEqual(t, Verbatim, quoteCheck(t, checks, "The lifeboat").Verdict)
}

// TestMultiParagraphQuoteEvidence: the source passage of an altered quote
// that runs over two paragraphs goes to the end of the original's
// sentence, so the diff shows the words the copy turned round; the
// message quotes the copy's words on one line, unescaped.
func TestMultiParagraphQuoteEvidence(t *testing.T) {
	src := "Parish clerk Maeve Doran spoke after the vote.\n\n“The village deserves answers about the flooding.\n\n“We want an independent review, not another report by the same engineers,” she said."
	cp := "Parish clerk Maeve Doran spoke after the vote.\n\n“The village deserves answers about the flooding.\n\n“We want another report by the same engineers, not an independent review,” she said."
	_, fs := Compare(cp, src, Options{})
	alt := findingsByCode(fs)[finding.QuoteAltered]
	require.Len(t, alt, 1, "%v", fs)
	require.NotNil(t, alt[0].Evidence.Source)
	assert.True(t, strings.HasSuffix(alt[0].Evidence.Source.Text, "not another report by the same engineers"), alt[0].Evidence.Source.Text)
	assert.NotContains(t, alt[0].Message, "\n")
	assert.NotContains(t, alt[0].Message, `\"`)
	assert.NotContains(t, alt[0].Message, `\n`)
}

// TestTwoSpeakersInOneSentenceAreNoSplitQuote: "“A,” said Brook, but Reyes
// said “B”" holds two quotations of two speakers in one sentence.
func TestTwoSpeakersInOneSentenceAreNoSplitQuote(t *testing.T) {
	src := "“The ferry must keep its winter timetable,” said Ada Brook, but Tom Reyes said “the money has run out”."
	checks, _ := Compare("“The ferry must keep its winter timetable, the money has run out,” said Ada Brook.", src, Options{})
	assert.NotEqual(t, Verbatim, firstDirect(t, checks).Verdict)
}

// longQuote is one quotation of Ines Varga's that repeats a clause n times,
// the number in it counting up; edit may change clause i's words.
func longQuote(n int, edit func(i int, words string) string) string {
	var b strings.Builder
	for i := range n {
		b.WriteString(edit(i, fmt.Sprintf("the ferry will leave the quay %d in March and ", i)))
	}
	return "Harbour master Ines Varga said: “" + b.String() + "that is the plan.”"
}

// TestLongRepeatedQuoteRead reads quotes of a long quotation repeating a
// clause with small changes, where the word diff stops its searches early:
// an ellipsis or a bracketed word is still licence, a changed word in one
// clause or in each is still an altered quote.
func TestLongRepeatedQuoteRead(t *testing.T) {
	same := func(_ int, w string) string { return w }
	src := longQuote(120, same)
	tests := []struct {
		name    string
		quote   string
		verdict Verdict
	}{
		{"the same", src, Verbatim},
		{"clauses left out at an ellipsis", longQuote(120, func(i int, w string) string {
			switch {
			case i == 40:
				return "… "
			case i > 40 && i < 60:
				return ""
			}
			return w
		}), Verbatim},
		{"a bracketed word put in", longQuote(120, func(i int, w string) string {
			if i == 70 {
				return strings.Replace(w, "will leave", "will [still] leave", 1)
			}
			return w
		}), Verbatim},
		{"a word changed in one clause", longQuote(120, func(i int, w string) string {
			if i == 90 {
				return strings.Replace(w, "March", "April", 1)
			}
			return w
		}), Altered},
		{"a word changed in each clause", longQuote(120, func(_ int, w string) string { return strings.Replace(w, "March", "April", 1) }), Altered},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checks, fs := Compare(tt.quote, src, Options{})
			ck := firstDirect(t, checks)
			assert.Equal(t, tt.verdict, ck.Verdict, "%v", fs)
			if tt.verdict == Verbatim {
				assert.Empty(t, findingsByCode(fs)[finding.QuoteAltered], "%v", fs)
			} else {
				assert.NotEmpty(t, findingsByCode(fs)[finding.QuoteAltered], "%v", fs)
			}
		})
	}
}
