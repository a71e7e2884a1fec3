package spin

// synonymGroups lists interchangeable words the way article spinners swap
// them: loosely, without regard to sense. Each word maps to the others of
// its group.
var synonymGroups = [][]string{
	{"said", "stated", "noted", "remarked"}, {"says", "states", "notes"}, {"told", "informed"},
	{"big", "large", "sizeable"}, {"small", "little", "modest"}, {"new", "fresh", "novel"},
	{"old", "aged", "elderly"}, {"city", "town", "municipality"}, {"people", "residents", "citizens"},
	{"company", "firm", "business"}, {"plan", "scheme", "proposal"}, {"money", "funds", "cash"},
	{"cost", "price", "expense"}, {"costs", "expenses", "charges"}, {"rise", "increase", "growth"},
	{"fall", "drop", "decline"}, {"start", "begin", "commence"}, {"began", "started", "commenced"},
	{"end", "finish", "close"}, {"help", "assist", "aid"}, {"show", "reveal", "display"},
	{"showed", "revealed", "demonstrated"}, {"important", "significant", "crucial"},
	{"problem", "issue", "difficulty"}, {"quickly", "rapidly", "swiftly"}, {"many", "numerous", "several"},
	{"also", "additionally", "furthermore"}, {"but", "however", "yet"}, {"because", "since"},
	{"about", "regarding", "concerning"}, {"after", "following"}, {"during", "throughout"},
	{"get", "obtain", "receive"}, {"make", "create", "produce"}, {"use", "utilise", "employ"},
	{"need", "require"}, {"needed", "required"}, {"want", "wish", "desire"}, {"think", "believe", "reckon"},
	{"expect", "anticipate"}, {"expected", "anticipated"}, {"work", "labour", "effort"},
	{"workers", "employees", "staff"}, {"job", "position", "post"}, {"jobs", "positions", "posts"},
	{"area", "region", "zone"}, {"local", "regional"}, {"officials", "authorities"},
	{"report", "account"}, {"study", "research", "investigation"}, {"result", "outcome"},
	{"results", "outcomes", "findings"}, {"group", "team", "unit"}, {"main", "principal", "primary"},
	{"often", "frequently"}, {"perhaps", "maybe", "possibly"}, {"enough", "sufficient"},
	{"buy", "purchase"}, {"rule", "regulation"}, {"rules", "regulations"}, {"law", "legislation"},
	{"build", "construct"}, {"built", "constructed"}, {"building", "structure"}, {"buildings", "structures"},
	{"road", "street"}, {"roads", "streets"}, {"children", "kids", "youngsters"}, {"doctor", "physician"},
	{"doctors", "physicians", "medics"}, {"leader", "head", "chief"}, {"meeting", "gathering", "session"},
	{"vote", "ballot"}, {"decision", "choice", "ruling"}, {"worried", "concerned", "anxious"},
	{"angry", "furious", "upset"}, {"difficult", "hard", "tough"}, {"easy", "simple"},
	{"fast", "rapid", "quick"}, {"high", "elevated"}, {"low", "reduced"}, {"rain", "rainfall", "downpour"},
	{"storm", "tempest", "gale"}, {"storms", "tempests", "gales"}, {"farmers", "growers", "producers"},
	{"crop", "harvest", "yield"}, {"field", "meadow"}, {"shop", "store"}, {"customers", "clients", "users"},
	{"deal", "agreement", "accord"}, {"talks", "negotiations", "discussions"}, {"warned", "cautioned"},
	{"announced", "declared", "revealed"}, {"risk", "danger", "hazard"}, {"safe", "secure"},
	{"damage", "harm"}, {"repair", "fix", "mend"}, {"repairs", "fixes"}, {"match", "game", "contest"},
	{"won", "triumphed in", "clinched"}, {"win", "victory", "triumph"}, {"riders", "cyclists", "racers"},
	{"rider", "cyclist", "racer"}, {"coach", "trainer"}, {"season", "campaign"}, {"fans", "supporters"},
	{"scientists", "researchers", "experts"}, {"found", "discovered", "uncovered"}, {"data", "information", "figures"},
	{"hospital", "clinic", "infirmary"}, {"school", "academy"}, {"schools", "academies"},
	{"open", "launch"}, {"opened", "launched"}, {"around", "roughly", "approximately"},
	{"almost", "nearly", "virtually"}, {"very", "extremely", "highly"}, {"only", "merely", "just"},
	{"first", "initial"}, {"last", "final", "previous"}, {"next", "following", "coming"},
	{"more", "further", "extra"}, {"part", "portion", "section"}, {"way", "method", "manner"},
	{"country", "nation"}, {"government", "administration"}, {"minister", "secretary"},
	{"ship", "vessel"}, {"ships", "vessels"}, {"port", "harbour", "harbor"}, {"grain", "cereal"},
	{"home", "house", "residence"}, {"homes", "houses", "residences"}, {"family", "household"},
	{"families", "households"}, {"week", "seven days"}, {"weeks", "seven-day periods"}, {"year", "twelve months"},
	{"years", "twelve-month periods"}, {"day", "date"}, {"days", "dates"}, {"hours", "hrs"},
	{"later", "afterwards", "subsequently"}, {"earlier", "previously", "before"}, {"whole", "entire", "complete"},
	{"entire", "whole", "full"}, {"several", "some", "various"}, {"most", "the majority of"},
	{"cut", "slash", "reduce"}, {"pay", "wage", "salary"}, {"attack", "assault", "strike"},
	{"attackers", "assailants", "intruders"}, {"hackers", "cybercriminals"}, {"firm", "company", "enterprise"},
	{"statement", "declaration", "announcement"}, {"journalists", "reporters", "the press"},
	{"reporters", "journalists", "the media"}, {"stolen", "taken", "pilfered"}, {"planet", "world", "globe"},
	{"star", "sun"}, {"telescope", "scope"}, {"discovery", "finding", "find"}, {"surface", "exterior"},
	{"water", "liquid"}, {"wine", "vino"}, {"grapes", "fruit"}, {"heat", "warmth", "high temperatures"},
	{"hot", "warm", "scorching"}, {"dry", "arid", "parched"}, {"quality", "standard", "calibre"},
	{"prices", "costs", "rates"}, {"buyers", "purchasers"}, {"sale", "sale to the public"},
	{"river", "waterway"}, {"flood", "deluge", "inundation"}, {"town", "township", "city"},
	{"residents", "locals", "inhabitants"}, {"rescued", "saved"}, {"trapped", "stuck", "stranded"},
	{"promised", "pledged", "vowed"}, {"operation", "procedure", "surgery"}, {"patients", "sufferers"},
	{"patient", "sufferer"}, {"robot", "machine", "automaton"}, {"surgeon", "doctor"},
	{"libraries", "reading rooms"}, {"library", "reading room"}, {"council", "assembly", "board"},
	{"closures", "shutdowns"}, {"protests", "demonstrations"}, {"petition", "appeal"},
	{"stage", "leg", "phase"}, {"climb", "ascent"}, {"race", "contest", "competition"},
	{"team", "squad", "crew"}, {"crowd", "throng"}, {"lead", "advantage"}, {"gap", "margin"},
	{"terminal", "facility"}, {"builder", "contractor", "constructor"}, {"dispute", "quarrel", "row"},
	{"delay", "postponement", "hold-up"}, {"channel", "waterway", "passage"}, {"traders", "dealers", "merchants"},
	{"contracts", "agreements"}, {"transport", "shipping", "haulage"}, {"welcomed", "applauded", "hailed"},
}

// table maps a lower-case word to its synonyms.
type table map[string][]string

func newTable() table {
	t := table{}
	for _, g := range synonymGroups {
		for _, w := range g {
			for _, s := range g {
				if s != w {
					t[w] = append(t[w], s)
				}
			}
		}
	}
	return t
}
