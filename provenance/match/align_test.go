package match

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const srcStory = `Harbour officials in Port Avena said on Tuesday that the new grain terminal would open in March, two months later than planned. ` +
	`The delay follows a dispute between the builder, Kestrel Works, and the city council over the cost of dredging the northern channel. ` +
	`Mayor Ilse Vantongeren told reporters that the terminal would handle 40,000 tonnes of wheat a week once it runs at full capacity. ` +
	`Farmers in the Doren valley have waited six years for a port that can load large bulk carriers without sending grain by rail to Maribel. ` +
	`The council will vote next week on whether to cover the extra 12 million crowns from its reserve fund or to borrow the money.`

func assertSpans(t *testing.T, cp, src string, r Result) {
	t.Helper()
	cr, sr := []rune(cp), []rune(src)
	prev := -1
	for _, p := range r.Passages {
		require.LessOrEqual(t, p.Copy.End, len(cr))
		require.LessOrEqual(t, p.Source.End, len(sr))
		assert.Equal(t, p.Copy.Text, string(cr[p.Copy.Start:p.Copy.End]))
		assert.Equal(t, p.Source.Text, string(sr[p.Source.Start:p.Source.End]))
		assert.GreaterOrEqual(t, p.Copy.Start, prev, "passages sorted by copy offset")
		prev = p.Copy.Start
		assert.Contains(t, []string{KindExact, KindNear, KindParaphrase}, p.Kind)
		assert.True(t, p.Score >= 0 && p.Score <= 1, "score %v", p.Score)
	}
	for _, v := range []float64{r.Containment, r.Coverage, r.VerbatimShare, r.RewrittenShare} {
		assert.True(t, v >= 0 && v <= 1, "share %v", v)
	}
}

func kinds(r Result) map[string]int {
	m := map[string]int{}
	for _, p := range r.Passages {
		m[p.Kind]++
	}
	return m
}

// ownParagraphs is text of a copy's own, about two thirds as long as
// srcStory.
const ownParagraphs = `Shipping agents along the coast expect freight rates to ease once bulk carriers can dock at the new quay. ` +
	`Several of them said insurers had already asked for detailed plans of the berths and the mooring lines.\n\n` +
	`A neighbouring town opened a smaller fish market last autumn, and its traders say the crowds have not yet come back after the storms.`

func TestAlignRelations(t *testing.T) {
	sentences := strings.SplitAfter(srcStory, ". ")
	reordered := sentences[3] + sentences[0] + sentences[4] + sentences[1] + sentences[2]
	spun := strings.NewReplacer("officials", "authorities", "said", "stated", "delay", "postponement",
		"dispute", "quarrel", "reporters", "journalists", "waited", "lingered", "borrow", "loan").Replace(srcStory)
	merged := `Port Avena's grain terminal, run by contractor Kestrel Works, will only open in March after a row with the council about dredging the northern channel. ` +
		`According to Mayor Ilse Vantongeren it should load 40,000 tonnes of wheat weekly, good news for Doren valley farmers who have waited six years and still rail their grain to Maribel. ` +
		`Councillors decide next week whether the additional 12 million crowns come from reserves or a loan.`
	unrelated := `The Port Avena chess club held its spring tournament in the old library on Saturday. ` +
		`Forty players entered, and the youngest, aged nine, reached the semi-final before losing to the club secretary. ` +
		`Organisers hope to move next year's event to the town hall, where there is room for spectators and a café.`
	tests := []struct {
		name string
		copy string
		want Relation
		kind string // a passage kind that must appear
	}{
		{"verbatim", srcStory, Verbatim, KindExact},
		{"verbatim inside more text", "Local news roundup. " + srcStory + " In other news, the ferry timetable changes on Monday.", Verbatim, KindExact},
		{"reordered sentences", reordered, Verbatim, KindExact},
		{"verbatim plus own paragraphs", srcStory + "\n\n" + ownParagraphs, Verbatim, KindExact},
		{"synonyms swapped", spun, Rewritten, KindNear},
		{"sentences merged and rewritten", merged, Rewritten, KindParaphrase},
		{"partial copy", sentences[1] + "Builders elsewhere in the region report similar quarrels, and several union leaders have asked the province to step in before the harvest season begins, since storage sheds across the plain are already full and prices keep falling every month.", Partial, KindExact},
		{"same place, other story", unrelated, Unrelated, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := Align(tc.copy, srcStory, Options{})
			assertSpans(t, tc.copy, srcStory, r)
			assert.Equal(t, tc.want, r.Relation, "containment %.2f coverage %.2f verbatim %.2f passages %v", r.Containment, r.Coverage, r.VerbatimShare, kinds(r))
			if tc.kind != "" {
				assert.Positive(t, kinds(r)[tc.kind], "want a %s passage, got %v", tc.kind, kinds(r))
			}
		})
	}
}

func TestAlignNearPassageShowsSubstitution(t *testing.T) {
	cp := strings.Replace(srcStory, "the city council over the cost", "the municipal assembly over the cost", 1)
	r := Align(cp, srcStory, Options{})
	assertSpans(t, cp, srcStory, r)
	var near []Passage
	for _, p := range r.Passages {
		if p.Kind == KindNear {
			near = append(near, p)
		}
	}
	require.NotEmpty(t, near)
	assert.Contains(t, near[0].Copy.Text, "municipal assembly")
	assert.Contains(t, near[0].Source.Text, "city council")
	assert.Less(t, r.VerbatimShare, 1.0)
	assert.Greater(t, r.VerbatimShare, 0.8)
}

// A newsletter blurb both pages of a site end with is shown as a passage
// but must not make an unrelated story on the same topic look derived.
func TestAlignBoilerplateDoesNotDominate(t *testing.T) {
	read := func(name string) string {
		b, err := os.ReadFile(filepath.Join("testdata", "spin", name))
		require.NoError(t, err)
		return string(b)
	}
	blurb := "\n\nSign up for the Avena Courier morning newsletter to get the day's local headlines in your inbox before breakfast.\n"
	cp, src := read("other_01_harbour.txt")+blurb, read("orig_01_harbour.txt")+blurb
	r := Align(cp, src, Options{})
	assertSpans(t, cp, src, r)
	require.NotEmpty(t, r.Passages, "the shared blurb is still shown")
	assert.Contains(t, r.Passages[len(r.Passages)-1].Copy.Text, "newsletter")
	assert.Equal(t, Unrelated, r.Relation, "containment %.2f", r.Containment)
	// The same blurb weighs less alone than inside a copied run.
	alone := Align(blurb, src, Options{}).Containment
	assert.Less(t, alone, 1.0)
}

func TestAlignDeterministic(t *testing.T) {
	cp := strings.Replace(srcStory, "Tuesday", "Wednesday", 1)
	a := Align(cp, srcStory, Options{})
	for range 5 {
		assert.Equal(t, a, Align(cp, srcStory, Options{}))
	}
}

func TestAlignBadInput(t *testing.T) {
	word := strings.Repeat("grain ", 100_000)
	tests := []struct{ name, copy, src string }{
		{"empty", "", ""},
		{"empty copy", "", srcStory},
		{"empty source", srcStory, ""},
		{"punctuation only", "... !!! ---", "?? ,,"},
		{"one word repeated", word, word},
		{"repeated word vs story", word, srcStory},
		{"scripts and emoji", "北京大学 東京 서울 Αθήνα Москва القاهرة मुंबई 😀👍🏽 \u200d\ufeff", "서울 Αθήνα Москва 😀 北京"},
		{"invalid utf-8", "\xff\xfe\xfd abc \xc3", "abc \xc3\x28"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := Align(tc.copy, tc.src, Options{})
			assertSpans(t, tc.copy, tc.src, r)
			assert.NotEmpty(t, r.Relation)
		})
	}
}

func TestFingerprintContainment(t *testing.T) {
	src := Fingerprint(srcStory, Options{})
	require.Positive(t, src.Len())
	assert.InDelta(t, 1.0, src.Containment(src), 1e-9)
	part := Fingerprint(strings.SplitAfter(srcStory, ". ")[2], Options{})
	assert.Greater(t, part.Containment(src), 0.9, "a sentence of the source is contained in it")
	assert.Less(t, src.Containment(part), 0.5, "the source is not contained in one sentence")
	other := Fingerprint("The chess club met in the library and played until midnight.", Options{})
	assert.Zero(t, other.Containment(src))
	assert.Zero(t, Fingerprint("", Options{}).Containment(src))
	var nilFP *Fingerprints
	assert.Zero(t, nilFP.Containment(src))
}

func FuzzAlign(f *testing.F) {
	f.Add(srcStory, srcStory)
	f.Add("Mayor Ilse Vantongeren said 40,000 tonnes", srcStory)
	f.Add("北京 😀 abc", "abc 北京")
	f.Add("", "x")
	f.Fuzz(func(t *testing.T, cp, src string) {
		r := Align(cp, src, Options{})
		cr, sr := []rune(cp), []rune(src)
		for _, p := range r.Passages {
			if p.Copy.Start < 0 || p.Copy.End > len(cr) || p.Copy.Start > p.Copy.End ||
				p.Source.Start < 0 || p.Source.End > len(sr) || p.Source.Start > p.Source.End {
				t.Fatalf("span out of range: %+v", p)
			}
			if string(cr[p.Copy.Start:p.Copy.End]) != p.Copy.Text && strings.ToValidUTF8(cp, "") == cp {
				t.Fatalf("copy text mismatch %+v", p)
			}
		}
		if r.Containment < 0 || r.Containment > 1 || r.Coverage < 0 || r.Coverage > 1 {
			t.Fatalf("shares out of range: %+v", r)
		}
	})
}

func TestAlignOtherLanguages(t *testing.T) {
	frSrc := "Le conseil municipal de Brenmoor a voté jeudi la fermeture de deux bibliothèques publiques à la fin de l'année. " +
		"Le maire Hamid Saroyan a déclaré que les fermetures permettraient d'économiser 1,8 million de couronnes par an. " +
		"Les parents et les enseignants ont protesté devant la mairie pendant toute la soirée."
	frCopy := "Le conseil municipal de Brenmoor a voté jeudi la fermeture de deux bibliothèques publiques à la fin de l'année. " +
		"Selon le maire Hamid Saroyan, ces fermetures économiseraient 1,8 million de couronnes chaque année. " +
		"Des parents et des enseignants ont manifesté devant la mairie durant toute la soirée."
	zhSrc := "港口官员周二表示，新的粮食码头将于三月开放，比计划晚两个月。延误是由于建筑商与市议会在疏浚费用上的争议。"
	zhCopy := "据报道，新的粮食码头将于三月开放，比计划晚两个月。市长表示码头每周可处理四万吨小麦。"
	tests := []struct {
		name, copy, src, lang string
		want                  []Relation
	}{
		{"french rewritten", frCopy, frSrc, "fr", []Relation{Rewritten, Verbatim}},
		{"chinese partial", zhCopy, zhSrc, "zh", []Relation{Partial, Rewritten}},
		{"french vs chinese", frCopy, zhSrc, "fr", []Relation{Unrelated}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := Align(tc.copy, tc.src, Options{Language: tc.lang})
			assertSpans(t, tc.copy, tc.src, r)
			assert.Contains(t, tc.want, r.Relation, "containment %.2f passages %v", r.Containment, kinds(r))
		})
	}
}

// TakenShare is the share of the copy's words that come from the source,
// verbatim or reworded: a spun copy plus its own paragraph reads as the
// share of words it took, while Containment, weighted by how similar each
// passage is, reads lower.
func TestAlignTakenShare(t *testing.T) {
	spun := `Port Avena's grain terminal will only start working in March, two months behind schedule, harbour authorities announced. ` +
		`Builder Kestrel Works and the municipal council have been arguing about what dredging the northern channel costs. ` +
		`Mayor Ilse Vantongeren told journalists the site would move 40,000 tonnes of wheat weekly at full tilt. ` +
		`Doren valley growers have been waiting six years for a harbour loading big bulk ships, instead of railing grain to Maribel. ` +
		`Next week councillors decide if the additional 12 million crowns come out of reserves or from a loan.`
	own := " Shipping agents along the coast expect freight rates to ease once bulk carriers can dock at the new quay. " +
		"Several of them said insurers had already asked for detailed plans of the berths and the mooring lines."
	tests := []struct {
		name        string
		copy        string
		minTaken    float64
		maxTaken    float64
		containLess bool // containment reads lower than the taken share
	}{
		{"verbatim", srcStory, 1, 1, false},
		{"spun", spun, 0.95, 1, true},
		{"spun plus own paragraph", spun + own, 0.65, 0.8, true},
		{"own text only", own, 0, 0, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := Align(tc.copy, srcStory, Options{})
			assert.InDelta(t, r.VerbatimShare+r.RewrittenShare, r.TakenShare, 1e-9)
			assert.GreaterOrEqual(t, r.TakenShare, tc.minTaken, "taken %.3f containment %.3f", r.TakenShare, r.Containment)
			assert.LessOrEqual(t, r.TakenShare, tc.maxTaken, "taken %.3f containment %.3f", r.TakenShare, r.Containment)
			if tc.containLess {
				assert.Less(t, r.Containment, r.TakenShare)
			}
		})
	}
}

// The relation names how much was taken (rewritten and verbatim need
// containment 0.45, partial 0.18) and then how: verbatim when at least 90%
// of the taken words are exact, so a verbatim lift plus the copy's own
// paragraphs is verbatim, not spun.
func TestRelationBoundaries(t *testing.T) {
	res := func(c, cov, v, rw float64) Result {
		return Result{Containment: c, Coverage: cov, VerbatimShare: v, RewrittenShare: rw, TakenShare: v + rw}
	}
	tests := []struct {
		name string
		r    Result
		want Relation
	}{
		{"whole original word for word", res(1, 1, 1, 0), Verbatim},
		{"whole original verbatim plus own paragraphs", res(0.70, 1, 0.70, 0), Verbatim},
		{"half the original verbatim, half own", res(0.56, 0.55, 0.56, 0), Verbatim},
		{"verbatim at the rewritten floor", res(0.45, 0.5, 0.45, 0), Verbatim},
		{"verbatim just below the rewritten floor", res(0.449, 0.5, 0.449, 0), Partial},
		{"90% of taken words exact", res(0.95, 0.9, 0.9, 0.1), Verbatim},
		{"89% of taken words exact", res(0.95, 0.9, 0.89, 0.11), Rewritten},
		{"old rule: verbatim share 0.8, pure", res(0.44, 0.9, 0.8, 0.05), Verbatim},
		{"verbatim and spun mixed", res(0.59, 0.69, 0.43, 0.26), Rewritten},
		{"spun throughout", res(0.71, 0.71, 0.16, 0.83), Rewritten},
		{"rewritten at the floor", res(0.45, 0.4, 0.1, 0.6), Rewritten},
		{"verbatim paragraph in own text", res(0.3, 0.2, 0.3, 0), Partial},
		{"partial by containment", res(0.18, 0.05, 0.1, 0.1), Partial},
		{"partial by coverage", res(0.09, 0.18, 0.09, 0), Partial},
		{"coverage without enough containment", res(0.089, 0.5, 0.089, 0), Unrelated},
		{"nothing", res(0, 0, 0, 0), Unrelated},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, relation(tc.r))
		})
	}
}
