//! The words the phrase reader knows: verbs that end a subject, openers that only set the
//! time or the source, words that cannot begin or end a label, words of time after "the",
//! participles and nouns of people. Lower-case ASCII.

/// Verbs and auxiliaries that end a subject ("… accounted for", "… has reached").
#[rustfmt::skip]
pub(super) const VERBS: &[&str] = &[
    "accounting", "accounted", "accounts", "account", "reaching", "reached", "reaches", "reach",
    "exceeded", "exceed", "exceeds", "exceeding", "increased", "decreased", "grew", "grown",
    "grow", "grows", "shortened", "cumulatively", "increasing", "decreasing", "was", "were", "is",
    "are", "would", "will", "has", "have", "had", "saw", "sees", "rose", "risen", "rises", "fell",
    "fallen", "dropped", "hit", "hits", "stood", "stands", "standing", "went", "contributed", "contributes",
    "met", "achieved", "remained", "remains", "totaled", "totalled", "amounted", "surged",
    "jumped", "declined", "expanded", "climbed", "rising", "registered", "recorded", "topped",
    "ranked", "ranks", "estimated", "represented", "represents", "became", "continued", "can",
    "could", "may", "should", "must", "did", "does", "accomplished", "covering", "took", "takes",
    "made", "makes", "planned", "showed", "shows", "doubled", "tripled", "invested", "generated",
    "received", "handled", "served", "posted",
    // Participles that open a clause said of the subject before ("…, fulfilling 29.5 % of
    // the annual target", "…, marking a year-on-year increase of …").
    "fulfilling", "completing", "achieving", "representing", "marking", "driving", "bringing",
    "leaving", "pushing", "lifting", "raising", "lowering", "hitting", "registering",
    "recording", "posting", "surpassing", "benefited", "benefitted", "dipped", "slumped",
    "tumbled", "sank", "slid", "slipped", "plunged", "edged", "eased", "growing", "falling",
    "declining", "dropping", "expanding", "climbing", "surging", "jumping", "rebounded",
    "recovered", "accelerated", "slowed", "picked", "drove", "pulled", "dragged",
    "boosted", "saved", "surpassed", "surpasses", "witnessed", "witnessing", "maintained",
    "logged", "realized", "realised", "expect", "expects", "dominate", "dominates",
    "recovering", "returning", "outpacing", "came", "comes", "narrowed", "widened", "soared",
    "shrank", "shrunk", "contracted", "plummeted", "passed", "crossed", "broke",
    // Verbs of saying ("80 % of the people surveyed said they were satisfied").
    "said", "says", "reported",
    // Verbs of a level kept ("stayed below 5.5 %", "hovered around 5.2 %").
    "stayed", "stays", "hovered", "hovers", "stabilized", "stabilised", "fluctuated",
    "ranged", "ranges",
];

/// Clause openers that only set the time, the place or the source: a subject is looked for
/// after them.
#[rustfmt::skip]
pub(super) const OPENERS: &[&str] = &[
    "as of", "based on", "according to", "in ", "by ", "since", "from ", "last year",
    "this year", "meanwhile", "first", "second", "third", "fourth", "fifth", "notably",
    "additionally", "moreover", "currently", "at present", "over the past", "for ", "among",
    "specifically", "as estimated", "on the whole", "at the end", "so far", "to date", "however",
    "besides", "furthermore", "between", "during", "after", "before", "as a result", "overall",
    "on average", "similarly", "in addition", "thanks to", "so ", "thus", "regarding",
    "as to", "as for", "in terms of", "with regard to", "concerning", "speaking of", "through ",
    "until ", "up to ", "on ", "under ", "together", "combined", "altogether", "in total",
    "looking at", "looking back", "judging from", "judging by",
];

/// Words that cannot begin a label: pronouns, prepositions, conjunctions, hedges, auxiliaries.
#[rustfmt::skip]
pub(super) const NOT_FIRST: &[&str] = &[
    "we", "they", "it", "its", "this", "these", "those", "them", "which", "who", "that", "there",
    "here", "of", "to", "in", "by", "from", "with", "and", "or", "but", "been", "being", "just",
    "only", "over", "more", "less", "than", "about", "nearly", "approximately", "around", "as",
    "compared", "an", "a", "while", "when", "where", "increase", "decrease", "growth", "year",
    "place", "at", "on", "up", "some", "also", "i", "our", "you", "he", "she", "his", "her",
    "such", "respectively", "making", "capable", "ranking", "now", "then", "today", "again",
    "thank", "thanks", "please", "almost", "each", "all", "claiming", "enjoyed", "for",
    "among", "same", "down", "what", "contributing", "yet",
];

/// Words dropped from the start of a noun phrase.
#[rustfmt::skip]
pub(super) const LEADS: &[&str] = &[
    "the", "a", "an", "our", "its", "notably", "currently", "with", "and", "while", "but", "yet",
    "total", "combined", "meanwhile", "also", "some", "both", "of", "china's", "chinas",
    "collectively",
];

/// Words a dangling label end is cut back from ("… covering over", "… increase of").
#[rustfmt::skip]
pub(super) const DANGLING: &[&str] = &[
    "of", "and", "the", "to", "by", "from", "with", "in", "a", "an", "over", "than", "more",
    "about", "nearly", "at", "up", "for", "on", "as", "or", "its", "their", "our", "least",
    "approximately", "around", "some", "reach", "be", "annually", "nationwide", "respectively",
    "globally", "only", "overall", "currently", "cumulatively", "being", "out", "under",
    "already", "having", "them", "still", "almost", "there", "here", "each", "worth", "also",
    "even", "throughout", "it", "we", "they", "but", "while", "whereas", "yet", "all", "both",
    "comprising", "including", "involving", "containing",
];

/// Adverbs that never name anything measured, dropped wherever they stand in a label
/// ("imports … from Belt and Road countries also").
#[rustfmt::skip]
pub(super) const NEVER_IN_LABEL: &[&str] = &[
    "also", "even", "respectively", "already", "still", "further", "additionally", "now",
];

/// Words after "in the" / "for the" that make a phrase of time ("in the first half", "for
/// the year", "in the past decade").
#[rustfmt::skip]
pub(super) const TIME_AFTER_THE: &[&str] = &[
    "first", "second", "third", "fourth", "past", "last", "same", "previous", "next", "year",
    "years", "month", "months", "quarter", "period", "beginning", "end", "early", "late", "mid",
    "current", "coming", "following", "whole", "entire", "decade", "meantime", "future",
];

/// Words of a hedge said right before a figure ("more than", "at least", "about"): what
/// [`super::phrase::before_hedge`] takes off the words before one.
pub(super) const HEDGE_WORDS: &[&str] = &[
    "more",
    "than",
    "over",
    "about",
    "nearly",
    "almost",
    "around",
    "approximately",
    "some",
    "at",
    "least",
];

/// Units and empty words that are no subject ("yuan", "square meters", "each", "all").
pub(super) const UNIT_WORDS: &[&str] = &[
    "yuan",
    "square meters",
    "square metres",
    "person",
    "persons",
    "people",
    "each",
    "all",
    "percent",
    "times",
    "items",
    "figure",
    "figures",
    "cubic meters",
    "tons",
    "mu",
    "jin",
    "kilowatts",
    "kilometers",
    "hectares",
    "units",
    "pieces",
    "sets",
    "copies",
    "pairs",
    "years",
    "households",
    "kilos",
    "kilograms",
    "tonnes",
];

/// Units of measure that a label said of nothing else may come out as ("Kilos", "Kph"):
/// then the figure is of the thing said before.
pub(super) const MEASURE_WORDS: &[&str] = &[
    "kilos",
    "kilograms",
    "kg",
    "tons",
    "tonnes",
    "kph",
    "km",
    "kilometres",
    "kilometers",
    "yuan",
    "dollars",
    "hectares",
    "mu",
    "jin",
];

/// Participles that say whose a thing is when "by" follows ("value generated by the
/// secondary sector").
pub(super) const MADE_BY: &[&str] = &["created", "generated", "produced", "made", "earned"];

/// Participles kept with their "by" ("passengers handled by civil airports").
pub(super) const DONE_BY: &[&str] = &["handled", "served", "carried", "transported", "received"];

/// Nouns of people that a "who" clause says which of ("people who pay contributions").
#[rustfmt::skip]
pub(super) const PEOPLE: &[&str] = &[
    "people", "persons", "individuals", "residents", "seniors", "workers", "employees",
    "students", "children", "taxpayers", "farmers", "households", "families", "patients",
];

/// Verbs of an infinitive of purpose ("to promote", "to support").
#[rustfmt::skip]
pub(super) const INFINITIVES: &[&str] = &[
    "promote", "support", "help", "ensure", "improve", "make", "build", "meet", "achieve",
    "serve", "provide", "boost", "advance", "strengthen", "enhance", "facilitate", "expand",
];

/// Past participles not in "-ed" ("1.2 million were built in rural areas").
pub(super) const IRREGULAR: &[&str] = &[
    "built",
    "made",
    "sold",
    "grown",
    "taken",
    "given",
    "held",
    "brought",
    "won",
    "paid",
    "shown",
    "set",
    "put",
    "kept",
    "sent",
    "spent",
    "lent",
    "found",
    "seen",
    "done",
    "run",
    "withdrawn",
    "drawn",
];

/// Things counted that are places ("300 cities", "20 other provinces"), said as reached.
#[rustfmt::skip]
pub(super) const PLACE_NOUNS: &[&str] = &[
    "cities", "provinces", "countries", "regions", "counties", "villages", "towns",
    "districts", "ports", "economies", "townships", "prefectures", "municipalities",
];
