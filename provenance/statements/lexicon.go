package statements

// The word lists the attribution rules read: cue verbs and their kinds,
// auxiliaries, stance words, and the small words that mark clauses.

import (
	"strings"
)

// cueVerbs maps each inflection of a reporting verb to its base form.
var cueVerbs = func() map[string]string {
	m := map[string]string{}
	regular := `want call cite support criticize criticise condemn attack plan blame praise decline defend
		show find say tell explain warn note highlight argue add believe claim state report announce insist
		suggest acknowledge admit contend assert declare maintain predict stress emphasize emphasise
		conclude think feel recall reveal confirm deny tweet respond reply comment observe indicate
		estimate fear hope worry expect agree accuse charge urge caution complain allege point concede
		promise vow pledge boast testify explain wonder ask question acknowledge describe suspect
		recount remark mention announce signal hint disclose contend recommend propose demand
		counter counsel advise reckon doubt joke lament write know learn refer talk endorse oppose
		reiterate echo express voice repeat slam blast denounce decry deride mock tout hail applaud
		congratulate thank rebuke lambaste assail rail dismiss reject rebuff chide scold portray label dub
		characterize characterise liken brand term deem regard view consider apologize apologise underscore
		reaffirm affirm proclaim articulate outline detail list reference invoke allude quip muse speculate
		forecast assure reassure remind inform implore plead press push encourage persuade convince
		request order instruct invite challenge interject shout yell chant cheer boo heckle retweet email
		unveil back favor favour prefer champion advocate promote justify embrace welcome celebrate credit
		attribute threaten want wish desire aim intend anticipate decide opt refuse disagree dispute
		contest rebut refute discuss debate negotiate address remember recognize recognise realize realise
		notice assume presume imagine trust distrust regret vote focus release offer sign identify post
		share anger nominate appoint approve require`
	for _, v := range strings.Fields(regular) {
		m[v] = v
		m[v+"s"] = v
		if doubledFinal[v] {
			last := v[len(v)-1:]
			m[v+last+"ed"], m[v+last+"ing"] = v, v // "planned", "admitting"
		}
		if strings.HasSuffix(v, "ee") {
			m[v+"d"], m[v+"ing"] = v, v // "agreed", "agreeing"
		} else if strings.HasSuffix(v, "e") {
			m[v+"d"] = v
			m[v[:len(v)-1]+"ing"] = v
		} else {
			m[v+"ed"] = v
			m[v+"ing"] = v
		}
		if strings.HasSuffix(v, "y") && !strings.HasSuffix(v, "ay") {
			m[v[:len(v)-1]+"ies"] = v
			m[v[:len(v)-1]+"ied"] = v
		}
		if strings.HasSuffix(v, "sh") || strings.HasSuffix(v, "ss") || strings.HasSuffix(v, "x") {
			m[v+"es"] = v
		}
	}
	for w, v := range map[string]string{"said": "say", "told": "tell", "thought": "think", "felt": "feel",
		"wrote": "write", "written": "write", "knew": "know", "known": "know", "learnt": "learn", "found": "find", "shown": "show", "referring": "refer", "referred": "refer",
		"stressed": "stress", "tweeted": "tweet", "admitted": "admit", "vowed": "vow",
		"see": "see", "saw": "see", "sees": "see", "seen": "see", "sought": "seek", "seeks": "seek", "seeking": "seek", "seek": "seek",
		"swore": "swear", "sworn": "swear", "understood": "understand",
		"chose": "choose", "chosen": "choose", "laid": "lay", "lashed": "lash", "slammed": "slam", "slamming": "slam",
		"blasted": "blast", "echoes": "echo", "echoed": "echo", "pressed": "press", "pushed": "push", "pushes": "push",
		"dubbed": "dub", "dubbing": "dub", "chanted": "chant", "referenced": "reference", "emailed": "email",
		"favored": "favor", "preferred": "prefer", "preferring": "prefer", "threatened": "threaten",
		"wanted": "want", "wished": "wish", "wishes": "wish", "opted": "opt", "regretted": "regret", "regret": "regret"} {
		m[w] = v
	}
	return m
}()

// actVerbs are cues of an attitude or an act rather than of words: what
// follows them is a stance, which Compare leaves alone.
var actVerbs = wordSet(`deem regard view consider wish desire aim intend anticipate decide opt
	refuse prefer favor favour back champion advocate promote embrace welcome celebrate credit attribute
	threaten challenge invite cheer boo heckle remember recognize recognise realize realise notice assume
	presume imagine trust distrust encourage persuade convince push press negotiate address contest
	disagree justify order request unveil seek choose understand regret dismiss reject rebuff see
	vote focus release offer sign identify post share anger nominate appoint approve require`)

// doubledFinal are the cue verbs that double their last consonant before
// -ed and -ing.
var doubledFinal = wordSet(`plan slam dub quip rebut refer admit commit regret abet compel propel repel
	equip omit permit submit emit prefer concur confer defer deter infer chat`)

// auxVerbs may stand between a subject and its cue ("has said", "also warned").
var auxVerbs = wordSet(`has have had is was are were be been am will would could should can may might
	also previously recently later then once repeatedly publicly further again never often
	already not just even still earlier first last reportedly privately openly flatly quickly
	himself herself themselves itself
	who did does do didn't doesn't don't won't wouldn't can't couldn't shouldn't hasn't haven't hadn't
	isn't wasn't aren't weren't yet now all both`)

var beVerbs = wordSet(`is was are were be been being am`)

// lyNouns end in -ly but are nouns, not adverbs of manner: "attorneys for
// the family said" names the family.
var lyNouns = wordSet(`family ally assembly rally supply monopoly anomaly homily`)

var hedgeWords = wordSet(`could may might allegedly reportedly suspected possibly possible likely
	perhaps probably apparently potentially seems seem seemed appears appear appeared suggests
	suggest suggested purportedly supposedly unconfirmed rumored rumoured presumably arguably
	unclear uncertain believed alleged suspect suspects`)

// stanceNouns name a stance taken towards something, which PolNeAR
// attributes like a verb: "support for X", "his attacks on X", "criticism
// from X".
var stanceNouns = wordSet(`support opposition criticism criticisms attack attacks complaint complaints
	condemnation praise endorsement endorsements embrace demand demands concern concerns proposal
	proposals push plea rejection defense defence accusation accusations allegation allegations fear fears
	suspicion suspicions doubt doubts worry worries denial denials assumption perception decision
	determination refusal willingness reluctance agreement decisions claim claims promise promises
	pledge pledges skepticism enthusiasm`)

// stancePreps join a stance noun to its object or its holder.
var stancePreps = wordSet(`for to of on against from that about`)

// documentNouns carry someone's words: "a statement by the council".
var documentNouns = wordSet(`statement statements release letter memo report filing post tweet email
	transcript remarks interview`)

// askedObjects introduce what someone was asked: "asked about the fares",
// "asked whether the pier would close", "asked which pier would close".
var askedObjects = wordSet(`about whether if which what who whom whose how why when where`)

// whWords open a question put to someone: "asked which county …".
var whWords = wordSet(`which what who whom whose how why when where`)

// openingPrepositions open a phrase that holds no clause of its own.
var openingPrepositions = wordSet(`in on at during from with by for among under of across amid despite
	through within without like unlike`)

// modalAux are the auxiliaries a bare verb or a participle follows.
var modalAux = wordSet(`has have had will would can could should may might must did does do
	hasn't haven't hadn't won't wouldn't can't couldn't shouldn't didn't doesn't don't`)

// eventVerbs move, keep, win or end things rather than take a stance on
// them: "Clinton won Nevada", "he served two terms" credit no attitude.
var eventVerbs = wordSet(`lost lose loses losing won win wins winning earned earns carried carries
	continued continues served serves entered enters left leaves led leads held holds turned turns
	worked works ended ends moved moves paid pays joined joins faced faces remained remains received
	receives became becomes come comes came went goes gone finished finishes visited visits traveled
	travelled travels arrived arrives returned returns lived lives died dies ran runs got gets grew
	grows fell falls rose rises stayed stays spent spends reached reaches took takes
	defeated defeats trounced trounces scored scores captured captures dominated dominates leading
	married marries founded built builds funded funds hosted hosts serving represented represents
	representing invested invests managed manages owned owns operated operates controlled controls
	played plays filled fills fled flees benefited benefits suffered suffers tied ties trailed trails
	stepped steps begun beginning completed completes conducted conducts gathered gathers presided
	locked selling sold suspended canceled cancelled kicked`)

// notVerbs are words that follow a modal without being its verb.
var notVerbs = wordSet(`long ever yet still since already actually really certainly clearly probably
	perhaps simply only less more much many few little enough plenty lots`)

// irregularPast are past forms of common verbs of acting that the
// suffix test misses.
var irregularPast = wordSet(`made took gave sent went began brought sought spoke wrote chose drew threw
	held kept left lost met paid put ran set struck stood taught won withdrew`)

// nounCues report a claim by their possessor: "Trump's claim that …".
var nounCues = wordSet(`claim claims assertion suggestion warning belief argument allegation promise
	insistence contention prediction pledge vow charge accusation statement view`)

// labelWords open the labels that stand before a colon in place of a
// speaker: "Correction:", "Video:", "Editor's note:".
var labelWords = wordSet(`correction corrections clarification video videos photo photos update updated
	watch listen live breaking exclusive related editor note opinion analysis transcript read source
	reference via full`)

// watchVerbs are verbs of saying that watch instead when a plain object
// follows: "observed that the deal stalled", but "observing the airport".
var watchVerbs = wordSet(`observe`)

// workNouns name a kind of work, whose title may follow in quotation
// marks: "the reality show “Cake Boss”".
var workNouns = wordSet(`show series film movie book novel memoir documentary album song program programme
	podcast musical play column sitcom episode`)

// makerNouns name who made a work, whose title may follow "of": "the
// author of “Destiny and Power”".
var makerNouns = wordSet(`author authors host hosts star stars creator creators producer producers
	editor editors director directors writer writers co-author co-authors`)

// reportAdverbs hand a clause to unnamed others: in "the agency has
// reportedly been watching", the agency is reported on, not reporting.
var reportAdverbs = wordSet(`reportedly allegedly purportedly supposedly`)

// evidentials hedge a claim without a speaker: "the fight is expected to
// be costly", "the race seemed to be hers to lose".
var evidentials = wordSet(`seem seems seemed appear appears appeared expected`)

// pollNouns head the polls and studies whose findings "In a … poll, X"
// reports.
var pollNouns = wordSet(`poll polls survey surveys study studies report reports analysis census tally`)

// stanceAdjectives and stance nouns after a form of "be" credit a stance
// to the subject: "Cruz was critical of …", "Voters are confident that …",
// "She is a vocal supporter of …".
var stanceAdjectives = wordSet(`critical supportive opposed skeptical sceptical confident aware worried
	concerned angry furious upset happy pleased proud eager willing reluctant determined committed open
	wary sure certain convinced optimistic pessimistic hopeful fond enamored enthusiastic unhappy
	frustrated disappointed outraged satisfied uncomfortable comfortable adamant vocal outspoken upfront
	candid dismissive afraid scared fearful nervous anxious excited interested intent keen unwilling
	hesitant split divided united against grateful thankful sympathetic hostile receptive cautious
	doubtful undecided torn ambivalent insistent mindful dubious measured assured silent quiet blunt
	supporter supporters critic critics
	opponent opponents advocate advocates proponent proponents backer backers fan fans champion`)

// degreeWords may stand between "be" and a stance word.
var degreeWords = wordSet(`a an so very too more most less quite increasingly deeply`)

// stanceLinks join a stance adjective or noun to what it is about.
var stanceLinks = wordSet(`of about to that in with at on over toward towards for by`)

// passiveEvidentials after a form of "be" attribute a view or a report to
// no one in particular: "is considered an asset", "was reported to have …".
var passiveEvidentials = wordSet(`considered believed thought reported rumored rumoured alleged regarded
	deemed understood estimated projected predicted suspected known`)

// speechParticiples are the verbs whose participle after a comma reports
// what the sentence's subject said: "…, saying the plan failed".
var speechParticiples = wordSet(`say argue note cite call suggest claim warn add insist explain accuse complain
	predict promise vow describe ask urge tell write tweet declare state stress acknowledge admit announce
	contend assert allege point question refer talk`)

// openers begin a phrase or clause that a comma ends before the subject:
// "Speaking at a rally, Trump …", "After the vote, the council …".
var openers = wordSet(`after before when while as since although though if once earlier later
	having asked speaking appearing writing campaigning responding`)

// pluralNounCues are cue verbs in -s that are as often plural nouns.
var pluralNounCues = wordSet(`states state debates debate attacks attack reports report calls call
	comments comment tweets tweet charges concerns fears hopes plans points questions warnings
	supports views claims promises remarks answers responses replies estimates rail rails press`)

// addressVerbs take the one addressed as their object, never their
// speaker.
var addressVerbs = wordSet(`tell inform remind assure reassure`)

// quantifiers may open an inverted speaker: "…, said several observers".
var quantifiers = wordSet(`several many some most both all one two three four five few other`)

// asides are the words set off by commas between a subject and its verb:
// "Sanders, meanwhile, hopes …", "The mayor, however, said …".
var asides = wordSet(`meanwhile however though too instead also moreover nonetheless nevertheless
	likewise similarly separately later earlier then now`)

// sentenceAdverbs open a sentence before a comma and name no one: "Still,
// he held his fire …".
var sentenceAdverbs = wordSet(`still indeed yet so thus hence besides anyway regardless otherwise
	nevertheless ultimately certainly clearly obviously fortunately unfortunately surprisingly`)

// evidenceVerbs report what a record or a study shows.
var evidenceVerbs = wordSet(`show find reveal indicate suggest confirm`)

// appositiveOpeners start the phrase that describes a name.
var appositiveOpeners = wordSet(`a an the who whose one his her their its former longtime veteran senior top`)

var finiteVerbs = wordSet(`is was are were am has have had will would could should can may might did does do
	won't wouldn't can't couldn't isn't wasn't`)

// subjectPronouns open a clause; "her office" does not.
var subjectPronouns = wordSet(`he she they we i you it`)

// placePrepositions open a phrase of where or of whom after a verb of
// saying: "said in her office, as interns worked the phones".
var placePrepositions = wordSet(`in on of from`)

var circumstantial = wordSet(`at during after before while monday tuesday wednesday thursday friday
	saturday sunday yesterday tonight last`)

// adverbial words open a phrase of place, time or manner after a verb.
var adverbial = wordSet(`at in during after before from by while when as and or but against among
	across into through throughout despite`)

// quoteCircumstance words open what is said about a quote after its
// attribution: where, when or of what it was said ("“…,” she said in an
// interview", "“…,” he said of the plan").
var quoteCircumstance = wordSet(`at in on during after before from while when as with about of over amid
	aboard outside inside near via today yesterday tonight earlier later`)

// notContent words cannot open what someone said: "said at a briefing",
// "said and did".
var notContent = wordSet(`and or but at in on during after before from to for with by while when as
	last this earlier later yesterday today tonight monday tuesday wednesday thursday friday saturday sunday`)

// sayingVerbs are never anything but a verb of saying, whatever stands
// before them.
var sayingVerbs = wordSet(`say says said tell tells told explain explains explained warn warns warned
	add adds added insist insists insisted argue argues argued write writes wrote note noted notes`)

// timeNouns end a phrase of time that may stand between a subject and its
// verb: "on Tuesday", "last week", "earlier this month".
var timeNouns = wordSet(`monday tuesday wednesday thursday friday saturday sunday week month year
	night morning afternoon evening weekend`)

// subordinators open a clause that a comma closes before the main one:
// "When she said …, voters …". "As X reported, …" is left out: its words
// are the main clause.
var subordinators = wordSet(`when after before while since although though if because once until
	unless whereas`)

// irregularParticiples are past participles of cue verbs that do not end
// in -ed.
var irregularParticiples = wordSet(`said told thought known shown seen written found sought understood`)

// gerundPrepositions open a phrase whose gerund the clause's subject does:
// "by proposing", "after thanking", "without saying".
var gerundPrepositions = wordSet(`by after before while in without when since upon`)

var relativePronouns = wordSet(`who whom whose which that`)

// verbParticles are the prepositions that take a cue verb's object: "focus
// on X", "boast of X", "push for X".
var verbParticles = map[string]string{
	"comment": "on", "focus": "on", "insist": "on", "reflect": "on", "elaborate": "on", "speak": "of about",
	"boast": "of about", "warn": "of about against", "complain": "of about", "talk": "about", "think": "about of",
	"worry": "about", "write": "about of", "joke": "about", "push": "for", "call": "for on", "advocate": "for",
	"argue": "for against", "press": "for", "plead": "for", "vote": "for against", "campaign": "for against",
	"agree": "with on", "disagree": "with on", "side": "with", "rail": "against", "caution": "against",
	"testify": "about", "ask": "about for", "learn": "about of", "know": "about of", "hear": "about of",
	"respond": "to", "refer": "to", "point": "to", "object": "to", "apologize": "for", "apologise": "for",
	"thank": "for", "praise": "for", "blame": "for", "criticize": "for", "criticise": "for", "credit": "with",
}

// dayWords name a day: "said Tuesday that".
var dayWords = wordSet(`monday tuesday wednesday thursday friday saturday sunday today yesterday tonight`)

// controlVerbs take an object that then does what their infinitive says:
// "got the council to approve", "urged voters to stay home".
var controlVerbs = wordSet(`get gets got getting ask asks asked asking urge urges urged urging persuade
	persuades persuaded persuading convince convinces convinced convincing encourage encourages encouraged
	encouraging tell tells told telling force forces forced forcing allow allows allowed allowing invite
	invites invited inviting push pushes pushed pushing press presses pressed pressing pressure pressured
	implore implored lead led want wants wanted`)
