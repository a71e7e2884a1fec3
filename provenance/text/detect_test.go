package text

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// Made-up short articles, one per language, for the language detection
// tests here and elsewhere.
const (
	frenchStory = "Le conseil municipal de Valmorin a voté mardi soir un nouveau plan pour les pistes cyclables du centre-ville. " +
		"Selon la maire, Claire Dubosc, les travaux commenceront au printemps et dureront environ huit mois. " +
		"« Nous voulons que les enfants puissent aller à l'école à vélo sans danger », a-t-elle déclaré devant les élus. " +
		"L'opposition estime que le budget de quatre millions d'euros est trop élevé pour une ville de cette taille."
	germanStory = "Der Stadtrat von Helmbach hat am Dienstag einen neuen Plan für die Radwege in der Innenstadt beschlossen. " +
		"Nach Angaben der Bürgermeisterin Petra Kranz sollen die Bauarbeiten im Frühjahr beginnen und etwa acht Monate dauern. " +
		"„Wir wollen, dass Kinder sicher mit dem Fahrrad zur Schule fahren können“, sagte sie vor den Abgeordneten. " +
		"Die Opposition hält das Budget von vier Millionen Euro für zu hoch."
	spanishStory = "El ayuntamiento de Villaserena aprobó el martes un nuevo plan para los carriles bici del centro de la ciudad. " +
		"Según la alcaldesa, Marta Quiroga, las obras comenzarán en primavera y durarán unos ocho meses. " +
		"«Queremos que los niños puedan ir al colegio en bicicleta sin peligro», dijo ante los concejales. " +
		"La oposición considera que el presupuesto de cuatro millones de euros es demasiado alto para una ciudad de este tamaño."
	italianStory = "Il consiglio comunale di Valdorso ha approvato martedì sera un nuovo piano per le piste ciclabili del centro. " +
		"Secondo la sindaca, Giulia Ferretti, i lavori cominceranno in primavera e dureranno circa otto mesi. " +
		"«Vogliamo che i bambini possano andare a scuola in bicicletta senza pericolo», ha detto davanti ai consiglieri. " +
		"L'opposizione ritiene che il bilancio di quattro milioni di euro sia troppo alto per una città di queste dimensioni."
	englishStory = "The town council of Millbrook voted on Tuesday night for a new plan for cycle lanes in the town centre. " +
		"According to the mayor, Clara Dobson, work will begin in the spring and last about eight months. " +
		"\"We want children to be able to cycle to school safely,\" she told councillors. " +
		"The opposition says the budget of four million pounds is too high for a town of this size."
)

func TestDetect(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"french", frenchStory, "fr"},
		{"german", germanStory, "de"},
		{"spanish", spanishStory, "es"},
		{"italian", italianStory, "it"},
		{"english", englishStory, "en"},
		{"japanese", "ヴァルモリン市議会は火曜日の夜、市中心部の自転車道の新しい計画を可決した。" +
			"市長によると、工事は春に始まり、約八か月続く見込みだという。", "ja"},
		{"english quoting french", "The town council of Millbrook voted on Tuesday night for a new plan for cycle lanes. " +
			"The French minister, visiting the town, said: « Nous voulons des villes plus sûres pour les enfants. » " +
			"According to the mayor, Clara Dobson, work will begin in the spring and last about eight months. " +
			"The opposition says the budget of four million pounds is too high for a town of this size.", "en"},
		{"english full of foreign names", "Jean-Pierre Lefèvre, Giuseppe Rossi and Hans Müller met Ana García in Montréal on Monday. " +
			"They signed the accord after a long night of talks. Lefèvre said it was a good day for Europe and for Canada.", "en"},
		{"a short french line", "Le maire a parlé mardi devant les élus.", ""},
		{"a french headline", "Valmorin vote un plan pour les pistes cyclables", ""},
		{"a mix of four languages", "The council met on Tuesday. Le conseil s'est réuni mardi. " +
			"Der Rat tagte am Dienstag. El consejo se reunió el martes.", ""},
		{"portuguese", "A câmara municipal de Vila Serena aprovou na terça-feira um novo plano para as ciclovias do centro da cidade. " +
			"Segundo a presidente, Marta Quintela, as obras vão começar na primavera e durar cerca de oito meses.", "pt"},
		{"japanese written mostly in kanji", "北山市議会は二十日、市立図書館新館建設予算案を賛成多数で可決した。総事業費約四十億円、来年度着工予定。" +
			"市長は記者会見で、市民要望実現と述べた。野党会派は事業費増大懸念表明。", "ja"},
		{"chinese, no rule treats it apart", "北山市议会二十日以多数票通过了市立图书馆新馆建设预算案。总事业费约四十亿日元，预计明年开工。" +
			"市长在记者会上表示，这实现了市民的要求。反对派对事业费增加表示担忧。", ""},
		{"a language no rule treats apart", "Miejska rada Vila Serena przyjęła we wtorek nowy plan ścieżek rowerowych w centrum miasta. " +
			"Według burmistrz Marty Quinteli prace zaczną się wiosną i potrwają około ośmiu miesięcy.", ""},
		{"empty", "", ""},
		{"numbers and punctuation", strings.Repeat("12, 34; 56 — 78. ", 10), ""},
		{"invalid UTF-8", strings.Repeat("\xff\xfe ab\xc3 ", 30), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, Detect(tt.text))
		})
	}
}

// TestDetectReadsABoundedPrefix: a long text is judged on its start, and a
// cut inside a multi-byte character does not make it invalid.
func TestDetectReadsABoundedPrefix(t *testing.T) {
	long := strings.Repeat(germanStory+" ", 100) + strings.Repeat(englishStory+" ", 300)
	assert.Equal(t, "de", Detect(long))
	s := strings.Repeat("é", maxDetectBytes)
	assert.LessOrEqual(t, len(ClipBytes(s, maxDetectBytes+1)), maxDetectBytes+1)
	assert.True(t, strings.HasSuffix(ClipBytes(s, 7), "é"))
	assert.Len(t, ClipBytes(s, 7), 6)
}

// TestDetectNarrativeNotQuotes: the language of a story is that of its
// narrative, however long the quotes in another language are, in any of
// the quotation marks the statements package reads.
func TestDetectNarrativeNotQuotes(t *testing.T) {
	const germanQuote1 = "Wir werden die neue Brücke über den Fluss bauen, auch wenn die Kosten weiter steigen. Die Leute in der Altstadt warten seit zwanzig Jahren darauf, und wir lassen sie nicht länger warten"
	const germanQuote2 = "Ohne die Gelder aus dem Land können wir das nicht bezahlen, und deshalb müssen wir jetzt entscheiden, bevor die Frist im Herbst abläuft"
	narrative := func(open1, close1, open2, close2 string) string {
		return "Kellstadt mayor vows to build the river bridge\n\n" +
			open1 + germanQuote1 + "," + close1 + " Mayor Anke Voss told the council on Monday.\n\n" +
			"Her treasurer, Dirk Hallmann, said: " + open2 + germanQuote2 + "." + close2 + "\n\n" +
			"The opposition leader said the council had hidden the rising costs from residents for two years."
	}
	tests := []struct{ name, text, want string }{
		{"straight marks", narrative(`"`, `"`, `"`, `"`), "en"},
		{"curly marks", narrative("“", "”", "“", "”"), "en"},
		{"german marks", narrative("„", "“", "„", "“"), "en"},
		{"guillemets", narrative("«", "»", "»", "«"), "en"},
		{"single curly marks", narrative("‘", "’", "‘", "’"), "en"},
		{"quote left open at the paragraph's end", narrative("“", "”", "“", ""), "en"},
		{"french story quoting an english minister", "Le conseil municipal de Valmorin a voté mardi soir un nouveau plan pour les pistes cyclables du centre-ville, après un long débat. " +
			"« We have seen in Amsterdam and in Copenhagen that when you build safe lanes, people leave their cars at home, and the whole city is better for it », a déclaré le ministre britannique en visite. " +
			"Selon la maire, Claire Dubosc, les travaux commenceront au printemps et dureront environ huit mois.", "fr"},
		{"too little narrative: the whole text", "„" + germanQuote1 + ". " + germanQuote2 + "“, said Voss.", "de"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, Detect(tt.text))
		})
	}
	// The stories of TestDetect without their quotes read as before.
	for want, s := range map[string]string{"fr": frenchStory, "de": germanStory, "es": spanishStory, "it": italianStory, "en": englishStory} {
		assert.Equal(t, want, Detect(outsideQuotes(s)), "without quotes: %.40s", s)
	}
}

func TestOutsideQuotes(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"straight", `He said "ja, sicher" and left.`, "He said   and left."},
		{"apostrophe inside single quotes", "She said ‘we don’t know’ twice.", "She said   twice."},
		{"open quote ends with its line", "A “stray mark\nNext line.", "A  \nNext line."},
		{"nested marks stay inside", "X «il a dit “non” hier» Y", "X   Y"},
		{"no quotes", "Plain text.", "Plain text."},
		{"only a mark", "“", " "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, outsideQuotes(tt.in))
		})
	}
}

// TestClipBytes: a string and a byte slice are cut alike, to at most n
// bytes and never inside a UTF-8 sequence.
func TestClipBytes(t *testing.T) {
	tests := []struct {
		name, s string
		n       int
		want    string
	}{
		{"short enough", "café", 10, "café"},
		{"exact", "café", 5, "café"},
		{"inside é", "café", 4, "caf"},
		{"on a boundary", "café", 3, "caf"},
		{"inside a 3-byte rune", "a€b", 3, "a"},
		{"zero", "abc", 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, ClipBytes(tt.s, tt.n))
			assert.Equal(t, []byte(tt.want), ClipBytes([]byte(tt.s), tt.n))
		})
	}
}
