//! Naming rules: the themes, the Chinese names of known officials, the rules that give the
//! indicators the charts rely on their fixed ids and labels, and the keyword rules for themes.

use crate::dataset::{Kind, Unit};

/// The themes a figure can be filed under: (id, label). The first seven are the MIIT
/// briefing's; the others serve briefings of other ministries. A dataset lists the themes
/// its figures use, in this order.
pub const THEMES: [(&str, &str); 24] = [
    ("ict", "ICT and 5G"),
    ("industry", "Industry and manufacturing"),
    ("digital", "Digital transformation"),
    ("smes", "SMEs"),
    ("green", "Green development"),
    ("innovation", "Innovation and high-tech zones"),
    ("reform", "Reform and opening-up"),
    ("science", "Science and technology"),
    ("health", "Health"),
    ("employment", "Employment and social security"),
    ("agriculture", "Agriculture and rural affairs"),
    ("energy", "Energy"),
    ("trade", "Trade and investment"),
    ("consumption", "Consumption and retail"),
    ("transport", "Transport"),
    ("finance", "Finance and tax"),
    ("poverty", "Poverty alleviation"),
    ("environment", "Ecology and environment"),
    ("water", "Water resources"),
    ("justice", "Justice and public security"),
    ("culture", "Culture, tourism and sport"),
    ("society", "Education, housing and society"),
    ("economy", "The economy"),
    ("other", "Other figures"),
];

/// Chinese names of officials who speak at MIIT briefings (the English transcript has none).
pub const KNOWN_NAMES: [(&str, &str); 4] = [
    ("Jin Zhuanglong", "金壮龙"),
    ("Xin Guobin", "辛国斌"),
    ("Zhao Zhiguo", "赵志国"),
    ("Shou Xiaoli", "寿小丽"),
];

/// The context of a figure, in lower case, that rules look at.
#[derive(Debug, Clone, Default)]
pub struct Ctx {
    /// The words since the previous figure of the sentence (or its start).
    pub before: String,
    /// The words after the figure, up to the next comma, semicolon or figure.
    pub after: String,
    /// The whole sentence.
    pub sentence: String,
    /// The figure's place among the sentence's figures (0 for the first).
    pub index: usize,
    /// Byte offset of the figure in the sentence.
    pub start: usize,
}

impl Ctx {
    fn b(&self, w: &str) -> bool {
        self.before.contains(w)
    }
    fn a(&self, w: &str) -> bool {
        self.after.contains(w)
    }
    fn s(&self, w: &str) -> bool {
        self.sentence.contains(w)
    }
}

/// A rule: a figure of this unit (and kind) whose context satisfies `when` is the indicator
/// `id`, labelled `label`, under `theme`.
#[derive(Debug, Clone, Copy)]
pub struct Rule {
    /// The fixed indicator id.
    pub id: &'static str,
    /// The label a person would write.
    pub label: &'static str,
    /// A theme id.
    pub theme: &'static str,
    /// The unit the figure must have.
    pub unit: Unit,
    /// The kind the figure must have, if the rule cares.
    pub kind: Option<Kind>,
    /// The test on the figure's context.
    pub when: fn(&Ctx) -> bool,
}

const fn rule(
    id: &'static str,
    label: &'static str,
    theme: &'static str,
    unit: Unit,
    kind: Option<Kind>,
    when: fn(&Ctx) -> bool,
) -> Rule {
    Rule {
        id,
        label,
        theme,
        unit,
        kind,
        when,
    }
}

use Kind::{Share, Target};
use Unit::{Count, Percent, Yuan};

/// The rules, most specific first; the first that matches names the figure. A figure that
/// states two facts ("market shares of 5G base stations and cellphones both exceed 50%")
/// matches the rules of both, marked by [`SPLITS`].
#[rustfmt::skip]
pub const RULES: &[Rule] = &[
    rule("5g-base-stations", "5G base stations built", "ict", Count, None, |c| c.a("5g base stations")),
    rule("5g-base-stations-global-share", "5G base stations, share of the world's total", "ict", Percent, None, |c| c.b("5g base stations") && c.a("global share")),
    rule("5g-user-penetration", "5G user penetration rate", "ict", Percent, None, |c| c.b("5g user penetration")),
    rule("villages-with-5g", "Administrative villages with 5G access", "ict", Percent, None, |c| c.a("villages") && c.a("5g")),
    rule("5g-standard-essential-patents-share", "Share of the world's declared 5G standard-essential patents", "ict", Percent, None, |c| c.a("standard-essential patents")),
    rule("5g-base-station-market-share", "5G base stations, global market share", "ict", Percent, None, |c| c.b("market share") && c.b("base stations")),
    rule("5g-cellphone-market-share", "5G cellphones, global market share", "ict", Percent, None, |c| c.b("market share") && c.b("cellphones")),
    rule("5g-industry-categories", "Categories of the national economy with 5G applications", "ict", Count, None, |c| c.a("categories of the national economy")),
    rule("5g-private-networks", "5G virtual private networks", "ict", Count, None, |c| c.a("virtual private networks")),
    rule("5g-factories", "5G factories", "ict", Count, None, |c| { c.a("5g factories") }),
    rule("5g-industrial-internet-projects", "\"5G plus industrial internet\" projects", "ict", Count, None, |c| c.a("industrial internet") && c.a("projects")),
    rule("industrial-value-added", "Industrial value added", "industry", Yuan, None, |c| c.b("industrial added value") || c.b("industrial value added")),
    rule("strategic-emerging-industries-share-of-gdp", "Strategic emerging industries, share of GDP", "industry", Percent, Some(Share), |c| c.b("strategic emerging industries") && c.a("gdp")),
    rule("manufacturing-share-of-gdp", "Manufacturing value added, share of GDP", "industry", Percent, Some(Share), |c| c.b("manufacturing") && c.a("gdp")),
    rule("industry-share-of-gdp", "Industrial value added, share of GDP", "industry", Percent, Some(Share), |c| c.a("of gdp") && (c.s("industrial added value") || c.s("value added of industry")) && !c.b("manufacturing")),
    rule("manufacturing-global-share", "Manufacturing value added, share of the world's total", "industry", Percent, Some(Share), |c| c.a("global share") && c.s("manufacturing")),
    rule("high-tech-manufacturing-share", "High-tech manufacturing, share of industrial value added", "industry", Percent, Some(Share), |c| c.b("high-tech manufacturing")),
    rule("equipment-manufacturing-share", "Equipment manufacturing, share of industrial value added", "industry", Percent, Some(Share), |c| c.b("equipment manufacturing")),
    rule("digital-rd-tools-penetration", "Penetration of digital R&D and design tools in key industrial enterprises", "digital", Percent, None, |c| c.b("design tools")),
    rule("nc-rate-key-processes", "Numerical control rate of key processes", "digital", Percent, None, |c| c.b("numerical control rate")),
    rule("smart-manufacturing-demonstration-factories", "National smart manufacturing demonstration factories", "digital", Count, None, |c| c.a("demonstration factories")),
    rule("lighthouse-factories-china", "Lighthouse factories in China", "digital", Count, None, |c| c.a("in china") && c.s("lighthouse factories")),
    rule("lighthouse-factories-world", "Lighthouse factories in the world", "digital", Count, None, |c| c.a("lighthouse factories")),
    rule("lighthouse-factories-china-share", "China's share of the world's lighthouse factories", "digital", Percent, Some(Share), |c| c.s("lighthouse factories")),
    rule("industrial-robots-share-of-world", "Installed industrial robot capacity, share of the world's total", "digital", Percent, None, |c| c.b("industrial robot")),
    rule("little-giants-digital-coverage-2027", "\"Little giant\" enterprises covered by digital transformation", "digital", Percent, Some(Target), |c| c.s("little giant")),
    rule("digital-transformation-all-enterprises-2030", "Industrial enterprises above designated size digitally transformed", "digital", Percent, Some(Target), |c| c.s("all industrial enterprises")),
    rule("digital-transformation-coverage-2027", "Digital transformation coverage in major industrial provinces, cities and parks", "digital", Percent, Some(Target), |c| c.s("parks")),
    rule("digital-industrial-parks-target", "High-standard digital industrial parks to build", "digital", Count, Some(Target), |c| c.a("digital industrial parks")),
    rule("sme-industrial-clusters-target", "National SME characteristic industrial clusters to approve this year", "smes", Count, Some(Target), |c| c.s("industrial clusters")),
    rule("sme-industrial-clusters", "National SME characteristic industrial clusters", "smes", Count, None, |c| c.a("industrial clusters")),
    rule("little-giants", "\"Little giant\" enterprises", "smes", Count, None, |c| c.a("little giant")),
    rule("specialized-sophisticated-smes", "Specialized and sophisticated SMEs", "smes", Count, None, |c| c.a("smes") || c.a("small- and medium-sized enterprises")),
    rule("single-product-champions", "Single-product champions in manufacturing", "smes", Count, None, |c| c.a("single-product")),
    rule("industrial-enterprises-above-designated-size", "Industrial enterprises above designated size", "industry", Count, None, |c| c.a("industrial enterprises above designated size")),
    rule("high-tech-enterprises", "High-tech enterprises", "innovation", Count, None, |c| c.a("high-tech enterprises")),
];

/// Pairs of rules that one figure may both match, when the sentence names two things that
/// "both" reach it.
pub const SPLITS: [(&str, &str); 1] =
    [("5g-base-station-market-share", "5g-cellphone-market-share")];

/// Keywords that file a figure under a theme, tried in order on the figure's sentence; a
/// figure that matches none is filed under `other` ("Other figures").
#[rustfmt::skip]
pub const THEME_WORDS: [(&str, &[&str]); 23] = [
    ("smes", &["smes", "small- and medium", "little giant", "single-product"]),
    ("green", &["energy consumption", "carbon", "green", "solid waste", "water consumption", "renewable"]),
    ("reform", &["foreign-invested", "foreign investment", "opening-up"]),
    ("ict", &["digital economy", "5g", "gigabit", "broadband", "internet users", "computing power", "domain name", "telecom", "kbps", "megabit", "mobile payment", "online retail", "software", "information and communication"]),
    ("digital", &["digital", "lighthouse", "intelligent manufacturing", "smart manufacturing", "robot", "numerical control"]),
    ("innovation", &["innovation", "high-tech", "aircraft", "lunar", "spacecraft"]),
    ("science", &["r&d", "research", "scientific", "scientists", "laborator", "technological"]),
    ("justice", &["court", "crime", "criminal", "police", "procurat", "judicial", "lawyer", "prosecut", "fraud", "smuggl"]),
    ("culture", &["cultur", "touris", "museum", "film", "heritage", "sport", "librar", "tourist", "performing arts", "travel agenc", "scenic", "hotel"]),
    ("health", &["cases", "patients", "hospital", "medical", "infected", "health", "epidemic", "vaccin", "disease", "deaths", "dead"]),
    ("employment", &["jobs", "employment", "employed", "employees", "unemploy", "workforce", "pension", "social security", "insurance"]),
    ("agriculture", &["agricultur", "farm", "grain", "crop", "rural", "husbandry", "fishery", "pesticide", "veterinary", "livestock"]),
    ("energy", &["coal", "power units", "kilowatt", "electricity", "crude oil", "natural gas", "fossil", "wind", "solar", "photovoltaic", "charging"]),
    ("trade", &["trade", "export", "import", "foreign direct", "tariff", "customs"]),
    ("consumption", &["retail", "consumption", "consumer", "sales"]),
    ("transport", &["railway", "highway", "airport", "transport", "logistics", "expressway"]),
    ("finance", &["tax", "fiscal", "loans", "bonds", "financ", "budget", "deposit"]),
    ("poverty", &["poverty", "poor", "inhospitable"]),
    ("environment", &["emission", "pollut", "ecolog", "forest", "air quality", "water quality"]),
    ("water", &["water", "irrigat", "flood", "reservoir", "drought", "river"]),
    ("society", &["education", "school", "student", "universit", "teacher", "elderly", "older people", "civil affairs", "social organization", "welfare", "veteran", "disab", "children", "charit", "volunteer", "housing"]),
    ("industry", &["industr", "manufactur", "factory", "factories", "enterprises above designated size"]),
    ("economy", &["gdp", "economy", "economic", "income", "consumer price", "cpi", "producer price", "ppi", "fixed-asset", "fixed asset", "investment", "output"]),
];
