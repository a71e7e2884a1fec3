package statements

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/provcheck/provcheck/provenance/text"
)

// english stems words the way text.Tokenize does for English.
var english = text.LanguageOf("en")

// americanSpellings rewrite a British spelling into the American one
// ("centres" → "centers", "colour" → "color", "apologise" → "apologize",
// "travelled" → "traveled", "defence" → "defense", "catalogue" →
// "catalog"), so the two spellings of a word get one stem. Both titles
// are rewritten alike, so a rule that also rewrites a word with no
// American twin ("massacre") changes nothing: it only has to keep two
// different words apart, which each rule's guard does.
var americanSpellings = []struct {
	re   *regexp.Regexp
	with string
}{
	{regexp.MustCompile(`^(\w{2,}[^aeiou\W])our(s|ed|ing|ite|ites|able|er|ers|ful|ism|ist|ists|less)?$`), "${1}or${2}"},
	{regexp.MustCompile(`^(\w{2,}[^aeiou\W])iour(s|ed|ing|al)?$`), "${1}ior${2}"},
	{regexp.MustCompile(`^(\w{2,}[tbgv])re(s|d)?$`), "${1}er${2}"},
	{regexp.MustCompile(`^(\w{3,})is(e|es|ed|ing|ation|ations|er|ers)$`), "${1}iz${2}"},
	{regexp.MustCompile(`^(\w{2,})ys(e|es|ed|ing)$`), "${1}yz${2}"},
	{regexp.MustCompile(`^(\w{2,}e)ll(ed|ing|er|ers)$`), "${1}l${2}"},
	{regexp.MustCompile(`^(\w{2,}[^aeiou\W])ogue(s)?$`), "${1}og${2}"},
	{regexp.MustCompile(`^(\w*(?:fen|licen|preten))ce(s|d)?$`), "${1}se${2}"},
	{regexp.MustCompile(`^programme(s)?$`), "program${1}"},
}

// americanStem is the stem of a word in its American spelling.
func americanStem(w string) string {
	for _, r := range americanSpellings {
		if r.re.MatchString(w) {
			w = r.re.ReplaceAllString(w, r.with)
			break
		}
	}
	return english.Stem(w)
}

// derived reports whether two stems are forms of one word that stemming
// left apart ("fail" and "failur", from "failed" and "failure"): the
// shorter, of four letters at least, begins the longer, which adds at
// most two.
func derived(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	return len(a) >= 4 && len(b)-len(a) <= 2 && strings.HasPrefix(b, a)
}

// sameMeaning reports whether two word keys (see titleKeys) say the same:
// one key, two forms of a word, or headline synonyms. Numbers and dates
// are the same only by key: "seven" and "7" share one.
func sameMeaning(a, b string) bool {
	if a == b {
		return true
	}
	if isFactKey(a) || isFactKey(b) {
		return false
	}
	return derived(a, b) || sameGroup(a, b)
}

func isFactKey(k string) bool { return strings.HasPrefix(k, "#") }

func sameGroup(a, b string) bool {
	for _, g := range headlineSynonyms[a] {
		if g == b {
			return true
		}
	}
	return false
}

// headlineSynonyms maps the stem of a word to the stems of the words that
// say the same in a headline. The groups are senses that headlines swap
// freely (probe for investigation, axe for cut, shut for close), kept
// narrow: a group joins no two words that report different events (cut and
// end, charged and guilty, rise and surge, gains and profits). Thesauri
// such as WordNet join words by any of their senses and miss headlinese
// (hire and recruit), so they do not fit this test.
var headlineSynonyms = func() map[string][]string {
	groups := []string{
		// inquiries and decisions
		"probe investigation inquiry enquiry investigate examine", "nab arrest detain", "examine study review assess research",
		"back support endorse", "approve ok endorse", "oppose object", "ban bar prohibit outlaw",
		"curb limit restrict", "eye consider weigh mull", "delay postpone defer push", "vow pledge promise",
		"plan scheme proposal programme project", "deal agreement pact accord",
		"talks negotiations discussions meet meeting", "row dispute clash spat feud", "fight battle struggle",
		"slam criticise criticize blast condemn", "warn caution", "say tell", "reveal show disclose",
		"find discover uncover", "report post announce", "admit confess", "quit resign leave",
		// more and less
		"cut slash axe trim reduce shed shorten shrink lower", "scrap axe abolish ditch",
		"hike raise increase boost lift", "rise climb increase", "fall drop decline dip",
		"close shut", "bid attempt effort", "bid offer", "win secure clinch", "empty vacant",
		// people and bodies
		"hire recruit employ", "jobs posts positions roles", "staff workers employees", "firm company business",
		"chief head leader boss", "former ex", "government ministers ministry", "police officers",
		"doctor medic physician", "children kids", "residents locals", "homes houses",
		"press reporters journalists media",
		// events
		"blaze fire", "crash collision", "kill dead die death", "injure hurt wound", "steal theft stole stolen",
		"comments remarks", "spotlight focus attention", "expert specialist", "money cash funds funding",
		"strike walkout", "vote ballot",
		// plain words of size, number and time
		"big large", "small little", "many numerous", "new fresh", "first initial", "world global globe",
		"issue problem", "team squad",
	}
	return stemGroups(append(groups, irregularPasts...))
}()

// irregularPasts are the past forms of irregular verbs, which stemming
// leaves apart from their verb.
var irregularPasts = []string{
	"leave left", "win won", "lose lost", "take took taken", "give gave given", "make made",
	"go went gone", "rise rose risen", "fall fell fallen", "hold held", "meet met", "find found",
	"keep kept", "tell told", "sell sold", "buy bought", "pay paid", "seek sought", "strike struck",
	"fight fought", "bring brought", "run ran", "begin began begun", "break broke broken",
	"choose chose chosen", "drive drove driven", "fly flew flown", "freeze froze frozen",
	"lead led", "spend spent", "send sent", "shut shut", "steal stole stolen", "swear swore sworn",
	"throw threw thrown", "write wrote written", "speak spoke spoken", "see saw seen",
}

// irregularForms maps the stem of a verb to the stems of its irregular
// forms ("win" to "won").
var irregularForms = stemGroups(irregularPasts)

// stemGroups maps the stem of each word of groups to the stems of its
// group.
func stemGroups(groups []string) map[string][]string {
	m := map[string][]string{}
	for _, g := range groups {
		var st []string
		for _, w := range strings.Fields(g) {
			st = append(st, americanStem(w))
		}
		for _, a := range st {
			m[a] = append(m[a], st...)
		}
	}
	return m
}

// headlineFiller are the stems of words headlines add without adding a
// claim: labels ("Exclusive", "Explainer") and framings of the story
// ("Inside", "Delving into", "A closer look at").
var headlineFiller = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`inside explained explainer exclusive breaking update updated live watch read
		analysis opinion report here here's what why how look closer latest new story say says said back
		delve delving explore exploring unpack unpacking deep dive spotlight`) {
		m[americanStem(w)] = true
	}
	return m
}()

// titleFunctionWords are prepositions and linking words that the stop
// list leaves in but that say nothing of their own in a headline ("fault
// behind failure" is "failure because of fault").
var titleFunctionWords = wordSet(`behind amid amidst despite via across toward towards within upon onto
	among amongst beside besides beyond along alongside near per versus vs plus following regarding concerning since yet`)

// siteSuffix is a site's name after a title: " — NewsPulse Daily",
// " | The Post", " - Herald". A part with a digit is kept: it may be the
// headline's own ("… — 3 dead").
var siteSuffix = regexp.MustCompile(`\s+(?:[|—–·•]|-|::)\s+([^|—–·•]{1,60})$`)

// withoutSiteName strips a site's name from the end of a title: at most
// four words after a spaced bar or dash. Pages often give it in their
// title; it is no part of the headline. The result begins the title, so
// offsets into one are offsets into the other.
func withoutSiteName(title string) string {
	for range 2 { // "Pool closing - Aggreg8 — Aggreg8": the page's name and the site's
		title = strings.TrimRightFunc(title, unicode.IsSpace)
		m := siteSuffix.FindStringSubmatchIndex(title)
		if m == nil || strings.TrimSpace(title[:m[0]]) == "" {
			return title
		}
		name := title[m[2]:m[3]]
		if len(strings.Fields(name)) > 4 || !strings.ContainsFunc(name, unicode.IsLetter) || hasNumber(name) {
			return title // "- 2024 results", "| 3 dead": the headline's own words
		}
		title = strings.TrimRightFunc(title[:m[0]], unicode.IsSpace)
	}
	return title
}

// hasNumber reports whether a word of s is a number ("2024", "3,000");
// a name like "Aggreg8" is none.
func hasNumber(s string) bool {
	for _, w := range strings.Fields(s) {
		if !strings.ContainsFunc(w, unicode.IsLetter) && strings.ContainsFunc(w, unicode.IsDigit) {
			return true
		}
	}
	return false
}
