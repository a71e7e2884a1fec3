package statements

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/provcheck/provcheck/provenance/finding"
)

func findingsByCode(fs []finding.Finding) map[finding.Code][]finding.Finding {
	m := map[finding.Code][]finding.Finding{}
	for _, f := range fs {
		m[f.Code] = append(m[f.Code], f)
	}
	return m
}

func TestCompareFixture(t *testing.T) {
	checks, fs := Compare(fixtureCopy, fixtureSource, Options{})
	verdicts := map[string]Verdict{}
	for _, c := range checks {
		verdicts[c.Text] = c.Verdict
	}
	assert.Equal(t, Altered, verdicts["We handled 45 containers of medical supplies last week, and none of them was delayed"])
	assert.Equal(t, NotFound, verdicts["We will hire twenty new inspectors next spring"])
	assert.Equal(t, NotFound, verdicts["The police found nothing at all"])
	assert.Equal(t, Altered, verdicts["the leak was the work of an insider"])
	assert.Equal(t, Paraphrased, verdicts["the staff will be trained again in January"])

	by := findingsByCode(fs)
	tests := []struct {
		code     finding.Code
		copyText string
		severity finding.Severity
	}{
		{finding.QuoteAltered, "We handled 45 containers", finding.Error},
		{finding.QuoteNotFound, "We will hire twenty", finding.Error},
		{finding.ClaimAttributedToPerson, "could be sold to criminal groups", finding.Error},
		{finding.AttributionDropped, "The authority will replace", finding.Warning},
		{finding.HedgeStrengthened, "The authority will replace", finding.Warning},
		{finding.QuoteMarksDropped, "the staff will be trained", finding.Info},
	}
	// the quote's words kept without their marks are one problem, not also
	// a paraphrase
	for _, f := range by[finding.QuoteParaphrased] {
		assert.NotContains(t, f.Evidence.Copy.Text, "the staff will be trained")
	}
	for _, tt := range tests {
		t.Run(string(tt.code), func(t *testing.T) {
			var hit *finding.Finding
			for _, f := range by[tt.code] {
				if f.Evidence.Copy != nil && strings.Contains(f.Evidence.Copy.Text, tt.copyText) {
					hit = &f
				}
			}
			require.NotNil(t, hit, "no %s on %q; got %v", tt.code, tt.copyText, fs)
			assert.Equal(t, tt.severity, hit.Severity)
			assert.NotEmpty(t, hit.Evidence.Detail)
			if tt.code != finding.QuoteNotFound {
				require.NotNil(t, hit.Evidence.Source)
				assert.Equal(t, hit.Evidence.Source.Text, string([]rune(fixtureSource)[hit.Evidence.Source.Start:hit.Evidence.Source.End]))
			}
			assert.Equal(t, hit.Evidence.Copy.Text, string([]rune(fixtureCopy)[hit.Evidence.Copy.Start:hit.Evidence.Copy.End]))
		})
	}
}

func TestCompareFaithfulCopyIsQuiet(t *testing.T) {
	checks, fs := Compare(fixtureSource, fixtureSource, Options{})
	require.NotEmpty(t, checks)
	for _, c := range checks {
		assert.Equal(t, Verbatim, c.Verdict, c.Text)
	}
	assert.Empty(t, fs)
}

func TestCompareMisattributionAndTitle(t *testing.T) {
	src := "Ada Brook, the mayor of Eastwick, met Tom Reyes, a lawyer for the harbour union.\n\n" +
		"“The strike will start on Monday at dawn,” Reyes said.\n\n“We want calm on the docks,” Brook said."
	cp := "Ada Brook, the governor of Eastwick, met Tom Reyes, a lawyer for the harbour union.\n\n" +
		"“The strike will start on Monday at dawn,” Brook said.\n\n“We want calm on the docks,” Brook said."
	checks, fs := Compare(cp, src, Options{})
	require.Len(t, checks, 2)
	assert.Equal(t, Misattributed, checks[0].Verdict)
	require.NotNil(t, checks[0].Source)
	assert.Equal(t, "Tom Reyes", checks[0].Source.Speaker)
	by := findingsByCode(fs)
	assert.Len(t, by[finding.QuoteMisattributed], 1)
	assert.NotEmpty(t, by[finding.SpeakerTitleChanged])
}

func TestComparePunctuationAndCaseAreNotAlterations(t *testing.T) {
	src := "“We want calm on the docks, and we want it now,” said Ada Brook."
	cp := "“we want calm on the docks - and we want it now!” said Ada Brook."
	checks, fs := Compare(cp, src, Options{})
	require.Len(t, checks, 1)
	assert.Equal(t, Verbatim, checks[0].Verdict)
	assert.Empty(t, fs)
}

func TestHeadlineDrift(t *testing.T) {
	tests := []struct {
		name, copy, source string
		copySpan, srcSpan  string // evidence of the one finding; "" for none
		detail             string
	}{
		{"word", "Rising Chinese App Profits Worry Regulators", "Rising Chinese App Gains Worry Regulators", "Profits", "Gains", "Profits ← Gains"},
		{"number", "Port handles 45 ships in May", "Port handles 42 ships in May", "45 ships", "42 ships", "45 ships ← 42 ships"},
		{"name", "Brook backs harbour strike", "Reyes backs harbour strike", "Brook", "Reyes", "Brook ← Reyes"},
		{"date", "Port handles 42 ships in June", "Port handles 42 ships in May", "June", "May", "June ← May"},
		{"negation", "Council will not approve bus lane", "Council will approve bus lane", "not approve", "approve", "not approve ← approve"},
		{"several changes, one finding", "Inside the Alibaba Espionage Investigation: Spotlight on Surging Chinese App Profits",
			"The Alibaba espionage probe puts a spotlight on Chinese app gains", "Surging Chinese App Profits", "gains", "Surging ← (none); Profits ← gains"},
		{"filler only", "Port quietly handles 42 ships in May", "Port handles 42 ships in May", "", "", ""},
		{"same", "Port handles 42 ships in May", "Port handles 42 ships in May", "", "", ""},
		{"case and punctuation", "Port handles 42 ships, in May!", "port handles 42 ships in may", "", "", ""},
		{"reordered", "Bus lane approved by Ashby council in 5-4 vote", "Ashby council approves bus lane in 5-4 vote", "", "", ""},
		{"headline synonym", "Regulators open probe into harbour deal", "Regulators open investigation into harbour agreement", "", "", ""},
		{"title case", "Tolvane Batteries To Cut 340 Jobs At Dunmore Plant", "Tolvane Batteries to cut 340 jobs at Dunmore plant", "", "", ""},
		{"hedge firmed up", "Kelp forests will not recover from heatwave, scientists say", "Scientists warn kelp forests may not recover from heatwave", "will", "may", "will ← may"},
		{"hedge added", "Port could handle 42 ships in May", "Port handles 42 ships in May", "could handle", "handles", "could handle ← handles"},
		{"the past of an irregular verb", "Storm Hale: 30,000 homes left without power", "Storm Hale leaves 30,000 homes without power", "", "", ""},
		{"a synonym elsewhere in the title", "School building plan pushed back a year", "Ministry delays school building programme by a year", "", "", ""},
		{"the month in title case", "Port Handles 42 Ships In June", "Port Handles 42 Ships In May", "June", "May", "June ← May"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := HeadlineDrift(tt.copy, tt.source, "", "")
			if tt.copySpan == "" {
				assert.Empty(t, fs)
				return
			}
			require.Len(t, fs, 1)
			f := fs[0]
			assert.Equal(t, finding.HeadlineDrift, f.Code)
			require.NotNil(t, f.Evidence.Copy)
			require.NotNil(t, f.Evidence.Source)
			assert.Equal(t, tt.copySpan, f.Evidence.Copy.Text)
			assert.Equal(t, tt.srcSpan, f.Evidence.Source.Text)
			assert.Equal(t, tt.copySpan, string([]rune(tt.copy)[f.Evidence.Copy.Start:f.Evidence.Copy.End]))
			assert.Equal(t, tt.srcSpan, string([]rune(tt.source)[f.Evidence.Source.Start:f.Evidence.Source.End]))
			assert.Equal(t, "rule=headline-drift: "+tt.detail, f.Evidence.Detail)
		})
	}
}

func TestCompareReportedNumberChangeIsAltered(t *testing.T) {
	src := "Ada Brook said the port handled 42 ships in May and expects more in June."
	cp := "Ada Brook said the port handled 45 ships in May and expects more in June."
	checks, _ := Compare(cp, src, Options{})
	require.NotEmpty(t, checks)
	assert.Equal(t, "the port handled 45 ships in May and expects more in June", checks[0].Text)
	assert.Equal(t, Altered, checks[0].Verdict)
	assert.Contains(t, checks[0].Diff, DiffOp{Op: "delete", Text: "42"})
	assert.Contains(t, checks[0].Diff, DiffOp{Op: "insert", Text: "45"})
}

func TestReportedStatementWithChangedFact(t *testing.T) {
	tests := []struct {
		name, src, cp string
		want          []finding.Code
	}{
		{"number", "Mayor Ada Brook said the port handled 42 ships last year, a record for the harbour.",
			"Mayor Ada Brook said the port handled 45 ships last year, a record for the harbour.", []finding.Code{finding.StatementAltered}},
		{"sentence-initial word is no name", "Mayor Ada Brook said such delays could cost the harbour its biggest clients.",
			"Mayor Ada Brook said such delays could cost the harbour its biggest clients.", nil},
		{"a sentence opening and a negation swapped for another", "Mayor Ada Brook said about 30,000 homes were without electricity on Sunday after the storm.",
			"Mayor Ada Brook said around 30,000 homes had no electricity on Sunday after the storm.", nil},
		{"a number spelt out", "Mayor Ada Brook said two people were taken to hospital after a tree fell on a car.",
			"Mayor Ada Brook said three people were taken to hospital after a tree fell on a car.", []finding.Code{finding.StatementAltered}},
		{"a number left out", "Mayor Ada Brook said the first 40 schools would now open in September 2027 rather than 2026, a year late.",
			"Mayor Ada Brook said the first 40 schools would now open in September 2027, a year late.", nil},
		{"an appositive name left out", "Mayor Ada Brook said she had written to the port's chief executive, Tom Reyes, asking for a meeting.",
			"Mayor Ada Brook said she had written to the port's chief executive asking for a meeting.", nil},
		{"an appositive name swapped", "Mayor Ada Brook said she had written to the port's chief executive, Tom Reyes, asking for a meeting.",
			"Mayor Ada Brook said she had written to the port's chief executive, Lena Fischer, asking for a meeting.", []finding.Code{finding.StatementAltered}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checks, fs := Compare(tt.cp, tt.src, Options{})
			var got []finding.Code
			for _, f := range fs {
				got = append(got, f.Code)
				assert.Equal(t, finding.Error, f.Severity)
				require.NotNil(t, f.Evidence.Source)
			}
			assert.Equal(t, tt.want, got)
			if tt.want != nil {
				require.Len(t, checks, 1)
				assert.Equal(t, Altered, checks[0].Verdict)
				assert.NotEmpty(t, checks[0].Diff)
			}
		})
	}
}

// TestSpeakerTitleChanged flags a title only when the copy gives the
// speaker words of a role or institution the original does not, once per
// speaker however often that speaker is quoted.
func TestSpeakerTitleChanged(t *testing.T) {
	src := "“The kelp came back within one season,” said Helena Marsh, a marine ecologist at the University of Westhaven and the study’s lead author.\n\n" +
		"“This is not a reason to relax,” Marsh said.\n\n“Another heatwave would hit the young forests hard,” Marsh said."
	tests := []struct {
		name, appositive string
		want             int
	}{
		{"identical", "a marine ecologist at the University of Westhaven and the study’s lead author", 0},
		{"straight apostrophe and case", "a Marine Ecologist at the university of Westhaven and the study's lead author", 0},
		{"dash and spacing", "a marine  ecologist at the University of Westhaven — and the study's lead author", 0},
		{"shortened", "a marine ecologist at the University of Westhaven", 0},
		{"other institution", "a marine ecologist at the University of Eastwick and the study’s lead author", 1},
		{"other role", "a marine biologist at the University of Westhaven and the study’s lead author", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cp := strings.Replace(src, "a marine ecologist at the University of Westhaven and the study’s lead author", tt.appositive, 1)
			_, fs := Compare(cp, src, Options{})
			got := findingsByCode(fs)[finding.SpeakerTitleChanged]
			require.Len(t, got, tt.want, "%v", fs)
			for _, f := range got {
				require.NotNil(t, f.Evidence.Copy)
				require.NotNil(t, f.Evidence.Source)
				assert.Contains(t, f.Evidence.Detail, "rule=speaker-title-changed")
			}
		})
	}
}

// TestHeadingVerbAndNoun: "who leads the opposition" and "Opposition
// leader" name one post, while two heading nouns ("director", "head") stay
// two titles.
func TestHeadingVerbAndNoun(t *testing.T) {
	tests := []struct {
		name, srcTitle, cpTitle string
		want                    int
	}{
		{"verb in the copy", "Opposition leader Tom Reyes", "Tom Reyes, who leads the opposition,", 0},
		{"verb in the original", "Tom Reyes, who chairs the harbour board,", "Harbour board chairman Tom Reyes", 0},
		{"verb on another body", "Opposition leader Tom Reyes", "Tom Reyes, who leads the ferry union,", 1},
		{"two nouns", "Tom Reyes, the harbour board's director,", "Tom Reyes, the harbour board's head,", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			const story = "The pier closed on Monday.\n\n%s called the plan “a panic move dressed up as a rescue”.\n\n“We will fight it,” Reyes said."
			_, fs := Compare(fmt.Sprintf(story, tt.cpTitle), fmt.Sprintf(story, tt.srcTitle), Options{})
			assert.Len(t, findingsByCode(fs)[finding.SpeakerTitleChanged], tt.want, "%v", fs)
		})
	}
}

// TestSpeakerTitleAndDescription keeps both a title written before the
// name and a description after it, so a copy that keeps either, or words
// of the same root ("baker" for "runs a bakery"), changes no title.
func TestSpeakerTitleAndDescription(t *testing.T) {
	src := "“We will not sign it,” said council chair Ada Brook, a former ship's engineer.\n\n" +
		"“People want the boat,” said Lena Marsh, who runs a bakery in Marr."
	tests := []struct {
		name, copy string
		want       int
	}{
		{"the title kept", "“We will not sign it,” council chair Ada Brook said.\n\n“People want the boat,” said Lena Marsh.", 0},
		{"the description kept", "“We will not sign it,” said Ada Brook, a former ship's engineer.\n\n“People want the boat,” said Lena Marsh.", 0},
		{"an honorific", "“We will not sign it,” said Dr. Ada Brook.\n\n“People want the boat,” said Lena Marsh.", 0},
		{"a word of the same root", "“We will not sign it,” said Ada Brook.\n\n“People want the boat,” said Lena Marsh, a Marr baker.", 0},
		{"another role", "“We will not sign it,” said council treasurer Ada Brook.\n\n“People want the boat,” said Lena Marsh.", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, fs := Compare(tt.copy, src, Options{})
			assert.Len(t, findingsByCode(fs)[finding.SpeakerTitleChanged], tt.want, "%v", fs)
		})
	}
}

// TestCompareLooseParaphrase judges a reworded statement of the same
// speaker paraphrased, not invented, and keeps invention not found.
func TestCompareLooseParaphrase(t *testing.T) {
	src := "Tolvane Batteries will cut 340 jobs at its cell factory in Dunmore after carmakers scaled back orders for its battery packs, the company said on Tuesday.\n\n" +
		"Daniel Fitch, regional organiser for the Allied Manufacturing Union, said workers had learned of the cuts from a press release.\n\n" +
		"A spokesperson for the fund said the conditions were assessed every year and that the next review was due in June.\n\n" +
		"“Deleting the app from your phone doesn’t make the spying risk go away,” Fitch said. “Consumers have to understand what they are exposed to.”"
	tests := []struct {
		name, copy string
		want       Verdict
		code       finding.Code
	}{
		{"company and firm", "Battery maker Tolvane Batteries is set to eliminate 340 positions at its Dunmore cell plant after car companies reduced orders for the packs it supplies, the firm announced on Tuesday.", Paraphrased, ""},
		{"appositive role", "According to Daniel Fitch, regional organiser for the Allied Manufacturing Union, employees found out about the job losses through a press release.", Paraphrased, ""},
		{"described speaker", "A fund spokesperson said those conditions are reviewed annually, with the next assessment scheduled for June.", Paraphrased, ""},
		{"two quotes folded", "Fitch warned that merely deleting the app is insufficient to remove spying risks, stressing the need for consumers to be aware of the dangers.", Paraphrased, finding.QuoteParaphrased},
		{"invented", "Fitch said the union will buy the factory and run it as a cooperative next winter.", NotFound, finding.StatementNotFound},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checks, fs := Compare(tt.copy, src, Options{})
			require.NotEmpty(t, checks)
			last := checks[len(checks)-1]
			assert.Equal(t, tt.want, last.Verdict, last.Text)
			by := findingsByCode(fs)
			assert.Empty(t, by[finding.ClaimAttributedToPerson])
			if tt.want == Paraphrased {
				assert.Empty(t, by[finding.StatementNotFound])
				require.NotNil(t, last.Source)
			}
			if tt.code != "" {
				require.NotEmpty(t, by[tt.code], "%v", fs)
				assert.NotNil(t, by[tt.code][0].Evidence.Copy)
				if tt.code != finding.StatementNotFound {
					assert.NotNil(t, by[tt.code][0].Evidence.Source)
				}
			}
		})
	}
}

// TestAttributionDroppedNeedsWords keeps a copy sentence that shares only a
// number, or that still names the speaker, from dropping an attribution.
func TestAttributionDroppedNeedsWords(t *testing.T) {
	src := "“Shares will fall 6.2 percent before the results,” said Priya Raman, an analyst at Corbel & Finch.\n\n" +
		"The Allied Manufacturing Union said it would seek talks on voluntary redundancies and retraining at the plant."
	tests := []struct {
		name, copy string
		want       int
	}{
		{"shared number only", "Tolvane shares dropped 6.2 percent in early trading before regaining part of the losses.", 0},
		{"speaker still named", "The union intends to push for talks on voluntary redundancies and retraining at the plant.", 0},
		{"speaker gone", "Talks on voluntary redundancies and retraining at the plant will be sought.", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, fs := Compare(tt.copy, src, Options{})
			assert.Len(t, findingsByCode(fs)[finding.AttributionDropped], tt.want, "%v", fs)
		})
	}
}

// TestPassiveAddressNamesNoSpeaker: those who "were told" something heard
// it, so a copy that keeps only "Pilots have been told that …" drops the
// original's speaker rather than giving the words to the pilots.
func TestPassiveAddressNamesNoSpeaker(t *testing.T) {
	const src = "Harbour union secretary Jan Ode said pilots had been told that 14 berths would close."
	tests := []struct {
		name, copy string
		dropped    int
	}{
		{"told that", "Pilots have been told that 14 berths will close.", 1},
		{"informed that", "The pilots were informed that 14 berths would close.", 1},
		{"speaker kept", "Jan Ode said pilots had been told that 14 berths would close.", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, fs := Compare(tt.copy, src, Options{})
			byCode := findingsByCode(fs)
			assert.Len(t, byCode[finding.AttributionDropped], tt.dropped, "%v", fs)
			assert.Empty(t, byCode[finding.StatementMisattributed], "%v", fs)
		})
	}
}

// TestAnonymousSourceDropped flags a copy that states as fact what the
// original gives to sources it keeps unnamed on purpose; "some analysts"
// names no source to drop.
func TestAnonymousSourceDropped(t *testing.T) {
	tests := []struct {
		name, source string
		want         int
	}{
		{"people familiar", "The ferry firm is expected to cut the winter timetable next month, according to two people familiar with the plans.", 1},
		{"a person briefed", "The ferry firm will cut the winter timetable next month, a person briefed on the talks said.", 1},
		{"sources", "The ferry firm will cut the winter timetable next month, harbour sources said.", 1},
		{"a vague source", "The ferry firm will cut the winter timetable next month, some analysts said.", 0},
	}
	const copy = "The ferry company will cut the winter timetable next month."
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, fs := Compare(copy, tt.source, Options{})
			got := findingsByCode(fs)[finding.AttributionDropped]
			require.Len(t, got, tt.want, "%v", fs)
			if tt.want > 0 {
				assert.NotNil(t, got[0].Evidence.Source)
			}
		})
	}
}

// TestFaithfulCopyOfAnAttributedQuoteIsQuiet: a quote the source credits
// to its speaker through a participle ("…, saying that …") is attributed,
// though the largest statement around it is the speaker's act.
func TestFaithfulCopyOfAnAttributedQuoteIsQuiet(t *testing.T) {
	text := "Ada Brook has traded her rallies for a town hall.\n\n" +
		"The harbour master began by talking about the town's housing crisis, saying that renting a flat is now “dearer than buying a boat.”"
	_, fs := Compare(text, text, Options{})
	for _, f := range fs {
		assert.NotEqual(t, finding.ClaimAttributedToPerson, f.Code, f.Message)
	}
}

// TestReportANamedSpeakerMakesIsTheirs: a clause said "reportedly" and
// credited to a named speaker is that speaker's; a copy that drops the
// credit and the hedge is told so.
func TestReportANamedSpeakerMakesIsTheirs(t *testing.T) {
	_, fs := Compare("The agency has been watching the cargo operations at the airport for two years.",
		"The agency has reportedly been watching the cargo operations at the airport for two years, Ada Brook said.", Options{})
	var codes []finding.Code
	for _, f := range fs {
		codes = append(codes, f.Code)
	}
	assert.Contains(t, codes, finding.AttributionDropped)
	assert.Contains(t, codes, finding.HedgeStrengthened)
}

// TestRewordedStatementWithAnotherNumber flags a reworded statement that
// puts a number the original never gives in place of one its sentence
// gives, with the whole source sentence as evidence; a number left out, or
// one taken from elsewhere in the original, is no change.
func TestRewordedStatementWithAnotherNumber(t *testing.T) {
	src := "The researchers surveyed 42 sites in the bay. At 17 of them, the kelp had disappeared entirely, the researchers said."
	tests := []struct {
		name, copy string
		want       int
	}{
		{"another number", "The researchers said the kelp had disappeared entirely at 27 of them.", 1},
		{"the number left out", "The researchers said the kelp had disappeared entirely at some sites.", 0},
		{"the same number", "The researchers said the kelp had disappeared entirely at 17 of them.", 0},
		{"a number from elsewhere in the original", "The researchers said the kelp had disappeared entirely at 42 of them.", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, fs := Compare(tt.copy, src, Options{})
			got := findingsByCode(fs)[finding.StatementAltered]
			require.Len(t, got, tt.want, "%v", fs)
			for _, f := range got {
				assert.Equal(t, "At 17 of them, the kelp had disappeared entirely, the researchers said", f.Evidence.Source.Text)
			}
		})
	}
}

// TestWordsOfADescribedSourceGivenToANamedPerson: the original credits a
// quote to someone it describes but does not name ("a plant manager …
// he said"); a copy that gives it to a person the original names
// elsewhere misattributes it, and one that keeps it anonymous does not.
func TestWordsOfADescribedSourceGivenToANamedPerson(t *testing.T) {
	src := "The chief executive, Lena Fischer, declined to comment on Friday. A plant manager, who asked not to be named, said the changes were rushed. " +
		"“We were told on a Friday and it started on the Monday,” he said."
	tests := []struct {
		name, copy string
		want       int
	}{
		{"given to a named person", "“We were told on a Friday and it started on the Monday,” Lena Fischer said.", 1},
		{"kept anonymous", "“We were told on a Friday and it started on the Monday,” a manager said.", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, fs := Compare(tt.copy, src, Options{})
			got := findingsByCode(fs)[finding.QuoteMisattributed]
			require.Len(t, got, tt.want, "%v", fs)
			for _, f := range got {
				assert.Contains(t, f.Message, "plant manager")
			}
		})
	}
	// the pronoun is the described manager's, not the chief executive's
	sts := Find(src, Options{})
	require.NotEmpty(t, sts)
	last := sts[len(sts)-1]
	require.NotNil(t, last.Speaker)
	assert.Equal(t, "plant manager", last.Speaker.Name)
}

// TestCopyOfThisStory checks a made-up copy of a made-up story for what
// an editor would flag by hand, and for nothing else: a quote the source
// splits around "he said" and the copy joins is verbatim, "the council
// leader" in the original is the copy's "council leader Priya Shah", and
// a dropped "not" in reworded reported speech is an altered statement.
func TestCopyOfThisStory(t *testing.T) {
	src := "Ashby council will trial a four-day week from April, the council leader announced on Monday.\n\n" +
		"“This is not about working less,” said council leader Priya Shah.\n\n" +
		"Opposition councillor Mark Doyle believes the trial is premature. “We should fix the basics first,” he said, “and then talk about perks.”\n\n" +
		"Doyle added that residents had not been consulted and that the council should publish the full costs before the trial begins."
	cp := "Council staff in Ashby will work a four-day week from April, council leader Priya Shah announced on Monday.\n\n" +
		"“We should fix the basics first, and then talk about perks,” said councillor Mark Doyle.\n\n" +
		"Doyle also said residents had been consulted, and called for the full costs to be published."
	checks, fs := Compare(cp, src, Options{})
	by := findingsByCode(fs)
	assert.Empty(t, by[finding.StatementMisattributed], "%v", fs)
	assert.Empty(t, by[finding.QuoteAltered], "%v", fs)
	require.Len(t, by[finding.StatementAltered], 1, "%v", fs)
	assert.Contains(t, by[finding.StatementAltered][0].Message, "reverses a negation")
	for _, ck := range checks {
		if strings.HasPrefix(ck.Text, "We should fix") {
			assert.Equal(t, Verbatim, ck.Verdict)
		}
	}
	// a word changed in the joined quote is still an alteration, and the
	// diff shows that word, not the attribution between the halves
	_, fs = Compare(strings.Replace(cp, "talk about perks", "talk about pay", 1), src, Options{})
	require.Len(t, findingsByCode(fs)[finding.QuoteAltered], 1, "%v", fs)
	assert.NotContains(t, findingsByCode(fs)[finding.QuoteAltered][0].Evidence.Detail, "said")
}

// TestQuotesOfTwoSpeakersJoinedAreNoSplitQuote: two quotations with more
// than an attribution between them are not one quote split in two.
func TestQuotesOfTwoSpeakersJoinedAreNoSplitQuote(t *testing.T) {
	src := "“We should fix the basics first,” said councillor Mark Doyle, who has opposed the trial since the council first discussed it in March. “And then talk about perks,” said Ada Brook."
	checks, _ := Compare("“We should fix the basics first, and then talk about perks,” said councillor Mark Doyle.", src, Options{})
	require.NotEmpty(t, checks)
	assert.NotEqual(t, Verbatim, checks[0].Verdict)
}

// TestHeadlineBringsUpFactsOfTheStory: a name or number the original's
// text gives is no drift when the copy's headline brings it up, and a
// name swapped for one of the story's other names still is.
func TestHeadlineBringsUpFactsOfTheStory(t *testing.T) {
	body := "Former mayor Jonas Albrecht was charged on Friday over contracts worth a combined £6.4 million. His successor, Ada Brook, said nothing."
	assert.Empty(t, HeadlineDrift("Ex-mayor Albrecht charged with £6.4m harbour fraud", "Former mayor charged with harbour fraud", body, ""))
	fs := HeadlineDrift("Ex-mayor Albrecht charged with £9m harbour fraud", "Former mayor charged with harbour fraud", body, "")
	require.Len(t, fs, 1)
	assert.Equal(t, "rule=headline-drift: £9m harbour ← harbour", fs[0].Evidence.Detail)
	fs = HeadlineDrift("Brook charged with harbour fraud", "Albrecht charged with harbour fraud", body, "")
	require.Len(t, fs, 1)
	assert.Equal(t, "rule=headline-drift: Brook ← Albrecht", fs[0].Evidence.Detail)
}

// TestPronounThatMayMeanTheOriginalsSpeaker: a copy's "she said" that the
// rules resolve to the latest person may as well mean the original's
// speaker, named earlier in the copy, so no misattribution rests on it;
// a pronoun whose gender rules the original's speaker out still counts.
func TestPronounThatMayMeanTheOriginalsSpeaker(t *testing.T) {
	src := "“We have been patient,” said the union's leader, Karen Walsh. David Amini, the airline's chief, said the offer was fair.\n\n" +
		"Walsh rejected that claim. She said pilots at rival carriers earned up to 15% more for the same hours."
	may := "“We have been patient,” union leader Karen Walsh said. Airline chief David Amini said the offer was fair.\n\n" +
		"She said pilots at rival carriers earned up to 15% more for the same hours."
	_, fs := Compare(may, src, Options{})
	assert.Empty(t, findingsByCode(fs)[finding.StatementMisattributed], "%v", fs)
	ruledOut := strings.Replace(may, "She said", "He said", 1)
	_, fs = Compare(ruledOut, src, Options{})
	assert.Len(t, findingsByCode(fs)[finding.StatementMisattributed], 1, "%v", fs)
}

// TestSourcePassageKeepsItsLastStopWord: a quote ending on a stop word
// ("over") that the copy keeps is compared with the whole source quote, so
// the diff shows only the dropped "not".
func TestSourcePassageKeepsItsLastStopWord(t *testing.T) {
	checks, _ := Compare("“The fight is over,” said Iris Holm.", "“The fight is not over,” said Iris Holm.", Options{})
	require.Len(t, checks, 1)
	require.NotNil(t, checks[0].Source)
	assert.Equal(t, "The fight is not over", checks[0].Source.Span.Text)
	assert.Equal(t, []DiffOp{{"equal", "The fight is"}, {"delete", "not"}, {"equal", "over"}}, checks[0].Diff)
}

// TestDescribedSpeakerOfTheOtherGender: "he" after "A company spokeswoman
// said …" is not the spokeswoman's, so a copy giving the quote to the man
// named before is faithful.
func TestDescribedSpeakerOfTheOtherGender(t *testing.T) {
	src := "Tom Reyes, the union leader, attacked the plan on Monday. A company spokeswoman said the plant would close in March. “This is a betrayal of every worker here,” he said."
	cp := "Tom Reyes, the union leader, attacked the plan on Monday. A company spokeswoman said the plant would close in March. “This is a betrayal of every worker here,” Reyes said."
	_, fs := Compare(cp, src, Options{})
	assert.Empty(t, findingsByCode(fs)[finding.QuoteMisattributed], "%v", fs)
}

// TestQuotesOfTwoSentencesAreNoSplitQuote: "“A,” said Brook. “B,” Reyes
// replied." joined into one quote of Brook's is no faithful copy.
func TestQuotesOfTwoSentencesAreNoSplitQuote(t *testing.T) {
	src := "“Fares will have to rise next year,” said Ada Brook. “Not while I sit on this council,” Tom Reyes replied."
	checks, _ := Compare("“Fares will have to rise next year. Not while I sit on this council,” said Ada Brook.", src, Options{})
	require.NotEmpty(t, checks)
	assert.NotEqual(t, Verbatim, checks[0].Verdict)
}

// TestNegationMovedIsNoFlip: a negation moved within reworded speech keeps
// the claim's sense.
func TestNegationMovedIsNoFlip(t *testing.T) {
	src := "Mayor Ada Brook said she did not believe the ferry would be ready by the spring, because the yard was late."
	_, fs := Compare("Mayor Ada Brook said she believed the ferry would not be ready by the spring, because the yard was late.", src, Options{})
	assert.Empty(t, findingsByCode(fs)[finding.StatementAltered], "%v", fs)
}

// TestTitleShortForm: "CEO" in the copy is the original's "chief
// executive", and "CFO" is not.
func TestTitleShortForm(t *testing.T) {
	src := "“We grew too fast,” said Nadia Okafor, the chief executive of Lumora."
	_, fs := Compare("“We grew too fast,” said Nadia Okafor, the CEO of Lumora.", src, Options{})
	assert.Empty(t, findingsByCode(fs)[finding.SpeakerTitleChanged], "%v", fs)
	_, fs = Compare("“We grew too fast,” said Nadia Okafor, the CFO of Lumora.", src, Options{})
	assert.Len(t, findingsByCode(fs)[finding.SpeakerTitleChanged], 1, "%v", fs)
}

// TestCJKQuoteKeepsTheWholeSourceClause: in a script written without
// spaces the source's changed ending may be longer than the copy's
// (かもしれない for だろう); the source span and the diff take it whole, and
// the diff writes the characters together.
func TestCJKQuoteKeepsTheWholeSourceClause(t *testing.T) {
	const (
		src = "港の整備について、組合長の佐藤健は「新しい桟橋は来年の夏までに完成するかもしれない」と話した。工事は五月に始まる。"
		cp  = "港の整備について、組合長の佐藤健は「新しい桟橋は来年の夏までに完成するだろう」と話した。工事は五月に始まる。"
	)
	checks, fs := Compare(cp, src, Options{Language: "ja"})
	var ck *Check
	for i := range checks {
		if strings.Contains(checks[i].Text, "新しい桟橋") {
			ck = &checks[i]
		}
	}
	require.NotNil(t, ck, "checks: %+v", checks)
	assert.Equal(t, Altered, ck.Verdict)
	require.NotNil(t, ck.Source)
	assert.Equal(t, "新しい桟橋は来年の夏までに完成するかもしれない", ck.Source.Span.Text)
	assert.Equal(t, []DiffOp{{Op: "equal", Text: "新しい桟橋は来年の夏までに完成する"}, {Op: "delete", Text: "かもしれない"}, {Op: "insert", Text: "だろう"}}, ck.Diff)
	assert.NotEmpty(t, findingsByCode(fs)[finding.QuoteAltered])
}

// TestMessageQuotesWordsOnOneLine: a message quotes the copy's words as
// written, on one line: no escaped marks or line breaks, even for a quote
// that runs over two paragraphs.
func TestMessageQuotesWordsOnOneLine(t *testing.T) {
	src := "Parish clerk Maeve Doran spoke after the vote.\n\n“The village deserves answers about the flooding.\n\n“We want an independent review, not another report by the same engineers,” she said."
	cp := strings.Replace(src, "an independent review", "a quick review", 1)
	_, fs := Compare(cp, src, Options{})
	alt := findingsByCode(fs)[finding.QuoteAltered]
	require.Len(t, alt, 1, "%v", fs)
	assert.Contains(t, alt[0].Message, `flooding. “We want`)
	for _, esc := range []string{"\n", `\n`, `\"`} {
		assert.NotContains(t, alt[0].Message, esc)
	}
}

// TestOneFindingPerProblem: words of a quote kept without their marks are
// quote-marks-dropped, not also a paraphrase; an invented quote inside an
// invented reported statement is one quote-not-found.
func TestOneFindingPerProblem(t *testing.T) {
	src := "The mill will close in June. “We have kept the looms running for ninety years and we cannot keep them running any longer,” said owner Hal Brennan."
	_, fs := Compare("The mill will close in June. Owner Hal Brennan said they had kept the looms running for ninety years and they cannot keep them running any longer.", src, Options{})
	by := findingsByCode(fs)
	assert.Len(t, by[finding.QuoteMarksDropped], 1, "%v", fs)
	assert.Empty(t, by[finding.QuoteParaphrased], "%v", fs)

	_, fs = Compare("The mill will close in June. Weavers called the closure “a theft from the whole valley”.", src, Options{})
	by = findingsByCode(fs)
	assert.Len(t, by[finding.QuoteNotFound], 1, "%v", fs)
	assert.Empty(t, by[finding.StatementNotFound], "%v", fs)
}

// TestOneChangeOneError: a word changed inside a quote that a reported
// statement holds, and a sentence merged into a person's words, are each
// one error, however many statements see them.
func TestOneChangeOneError(t *testing.T) {
	const src = "The ferry strike ended on Monday.\n\nAround 9,000 commuters cross the strait at Kelby every working day.\n\n" +
		"Union official Petra Lenz described the delay as “a disgrace for Kelby”.\n\nPetra Lenz backed the levy. She said she supported it and opposed the tax."
	tests := []struct {
		name, copy string
		code       finding.Code
		gone       finding.Code
	}{
		{"quote inside a statement", "The ferry strike is over since Monday.\n\nPetra Lenz, a union official, described the delay as “a disgrace for Marton”.",
			finding.QuoteAltered, finding.StatementAltered},
		{"sentence merged", "The ferry strike is over since Monday.\n\nPetra Lenz said some 9,000 commuters use the strait at Kelby every working day.",
			finding.ClaimAttributedToPerson, ""},
		{"a swap inside a clause of the statement", "The ferry strike is over since Monday.\n\nPetra Lenz backed the levy. She said she opposed it and supported the tax.",
			finding.StatementAltered, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, fs := Compare(tt.copy, src, Options{})
			by := findingsByCode(fs)
			assert.Len(t, by[tt.code], 1, "%v", fs)
			if tt.gone != "" {
				assert.Empty(t, by[tt.gone], "%v", fs)
			}
		})
	}
}

// TestTwoChangesTwoErrors keeps what the dedupe of TestOneChangeOneError
// must not drop: a name changed outside a quote as well as inside it, and
// a sentence put in the mouths of two people.
func TestTwoChangesTwoErrors(t *testing.T) {
	t.Run("a change outside the quote too", func(t *testing.T) {
		const src = "The pier closed on Monday.\n\nPetra Lenz said Kelby council would pay the fine and called the delay “a disgrace for Kelby”."
		_, fs := Compare("The pier closed on Monday.\n\nPetra Lenz said Marton council would pay the fine and called the delay “a disgrace for Marton”.", src, Options{})
		by := findingsByCode(fs)
		assert.Len(t, by[finding.QuoteAltered], 1, "%v", fs)
		assert.NotEmpty(t, by[finding.StatementAltered], "%v", fs)
	})
	t.Run("two people's mouths", func(t *testing.T) {
		const src = "The pier closed on Monday.\n\nThe pier is unsafe. The repairs would cost £4m."
		_, fs := Compare("The pier closed on Monday.\n\nMayor Ada Brook said harbour master Jan Ode had warned that the pier is unsafe and the repairs would cost £4m.", src, Options{})
		var who []string
		for _, f := range findingsByCode(fs)[finding.ClaimAttributedToPerson] {
			who = append(who, f.Message)
		}
		assert.Len(t, who, 2, "%v", fs)
	})
}

// TestMisattributedOnce gives a statement moved to another person one
// finding, though its clauses and the quote within it are statements of
// their own, and marks the quote misattributed with it.
func TestMisattributedOnce(t *testing.T) {
	src := "Ada Brook, who chairs the harbour board, welcomed the survey.\n\n" +
		"Tom Reyes, a pilot who was not involved, said the soundings were \"useful but patchy\" and warned that the channel shifted after storms."
	cp := "Ada Brook, who chairs the harbour board, welcomed the survey.\n\n" +
		"Ada Brook said the soundings were \"useful but patchy\" and warned that the channel shifted after storms."
	checks, fs := Compare(cp, src, Options{})
	by := findingsByCode(fs)
	require.Len(t, append(by[finding.StatementMisattributed], by[finding.QuoteMisattributed]...), 1, "%v", fs)
	for _, ck := range checks {
		if ck.Kind == Direct {
			assert.Equal(t, Misattributed, ck.Verdict, ck.Text)
		}
	}
}

// TestJoinedClauseUnsupported flags a clause a reported statement joins
// with "and that" when the original holds nothing of it, behind a clause
// it does hold; a joined clause the original gives, however reworded, is
// left alone.
func TestJoinedClauseUnsupported(t *testing.T) {
	src := "The ferry operator will cut the winter timetable.\n\n" +
		"“We overbuilt the fleet for a market that changed faster than anyone expected,” harbour director Ada Brook wrote to staff. “Crews will be moved to the summer routes.”"
	tests := []struct {
		name, copy string
		want       int
	}{
		{"an invented promise", "Harbour director Ada Brook wrote that the fleet had been overbuilt for a market that changed faster than anyone expected, and that every sailor would receive a full year's bonus.", 1},
		{"the second quote reworded", "Harbour director Ada Brook wrote that the fleet had been overbuilt for a market that changed faster than anyone expected, and that crews would move to the summer routes.", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, fs := Compare(tt.copy, src, Options{})
			got := findingsByCode(fs)[finding.StatementNotFound]
			require.Len(t, got, tt.want, "%v", fs)
			if tt.want > 0 {
				assert.Equal(t, "every sailor would receive a full year's bonus", got[0].Evidence.Copy.Text)
			}
		})
	}
}

// TestClaimInAQuoteOnce reports an unattributed sentence of the original
// put inside a person's quote as that claim, not also as quote marks
// added to it.
func TestClaimInAQuoteOnce(t *testing.T) {
	src := "The harbour board met on Tuesday.\n\n" +
		"The pier has lost three of its five cranes since 2022.\n\n" +
		"“This is a reprieve, not a rescue,” Ada Brook said."
	cp := "The harbour board met on Tuesday.\n\n" +
		"“This is a reprieve, not a rescue. The pier has lost three of its five cranes since 2022,” Ada Brook said."
	_, fs := Compare(cp, src, Options{})
	by := findingsByCode(fs)
	assert.Len(t, by[finding.ClaimAttributedToPerson], 1, "%v", fs)
	assert.Empty(t, by[finding.QuoteMarksAdded], "%v", fs)
}

// TestOwnQuoteInsideAMisattributedStatement keeps a quote the original
// gives to the copy's speaker verbatim, though the statement around it
// joins it to another person's words.
func TestOwnQuoteInsideAMisattributedStatement(t *testing.T) {
	src := "The harbour board met on Tuesday.\n\n" +
		"Tom Reyes said the new pier would cost far more than the board had claimed.\n\n" +
		"Ada Brook called the plan \"a reckless gamble with harbour money\"."
	cp := "The harbour board met on Tuesday.\n\n" +
		"Ada Brook said the new pier would cost far more than the board had claimed and was \"a reckless gamble with harbour money\"."
	checks, fs := Compare(cp, src, Options{})
	require.Len(t, findingsByCode(fs)[finding.StatementMisattributed], 1, "%v", fs)
	for _, ck := range checks {
		if ck.Kind == Direct {
			assert.Equal(t, Verbatim, ck.Verdict, ck.Text)
		}
	}
}
