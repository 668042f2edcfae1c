//! The hand-labelled figures of the MIIT briefing of 5 July 2024, written from reading
//! `data/000_6ed6731605744708.txt` sentence by sentence (never from the extractor's output).
//!
//! Each [`Fact`] names its sentence by a short verbatim snippet that occurs exactly once in the
//! transcript. Values are in base units: counts as counts, money in yuan, percent in points,
//! bandwidth in bits per second, computing power in FLOPS; a fall is negative.

pub mod check;

use briefboard::dataset::{Kind, Qualifier, Unit};

use Period::{Absent, Either, Is};
use Qualifier::{About, Exact, Nearly, Over};
use Unit::{BitPerSecond, Count, Flops, Gram, Percent, PercentagePoint, Times, Tonne, Yuan};

/// The period a fact must carry. A stock "as of the end of last year" or "by the end of 2023"
/// is of December of that year (`2023-12`).
#[derive(Debug, Clone, Copy)]
pub enum Period {
    /// The sentence gives no period: none may be set.
    Absent,
    /// Exactly this period.
    Is(&'static str),
    /// Ambiguous from the text: either no period or this one (the period said at the head of
    /// the paragraph, which the extractor carries to the figures after it).
    Either(&'static str),
    /// Ambiguous from the text in a way the contract does not settle: not checked.
    Unchecked,
}

/// One hand-labelled fact.
#[derive(Debug, Clone, Copy)]
pub struct Fact {
    /// The contract's fixed indicator id, for the facts the charts rely on.
    pub id: Option<&'static str>,
    /// Verbatim text of the sentence that states the fact (its first mention).
    pub snippet: &'static str,
    /// The value in base units.
    pub value: f64,
    pub unit: Unit,
    pub qualifier: Qualifier,
    /// The accepted kinds: one, or two where the contract allows either.
    pub kinds: &'static [Kind],
    pub period: Period,
    /// The speaker of every mention, in transcript order.
    pub speakers: &'static [&'static str],
}

const fn f(
    snippet: &'static str,
    value: f64,
    unit: Unit,
    qualifier: Qualifier,
    kinds: &'static [Kind],
    period: Period,
    speakers: &'static [&'static str],
) -> Fact {
    Fact {
        id: None,
        snippet,
        value,
        unit,
        qualifier,
        kinds,
        period,
        speakers,
    }
}

impl Fact {
    /// The same fact, bound to the contract's fixed id.
    const fn id(self, id: &'static str) -> Self {
        Self {
            id: Some(id),
            ..self
        }
    }
}

const LEVEL: &[Kind] = &[Kind::Level];
const SHARE: &[Kind] = &[Kind::Share];
const CHANGE: &[Kind] = &[Kind::Change];
const TARGET: &[Kind] = &[Kind::Target];
/// A rate ("penetration rate", "utilization rate"): the contract accepts level or share.
const RATE: &[Kind] = &[Kind::Level, Kind::Share];

pub const JIN: &str = "jin-zhuanglong";
pub const XIN: &str = "xin-guobin";
pub const ZHAO: &str = "zhao-zhiguo";
/// The officials who answer: the only speakers a figure may be attributed to.
pub const OFFICIALS: &[(&str, &str)] = &[
    (JIN, "Jin Zhuanglong"),
    (XIN, "Xin Guobin"),
    (ZHAO, "Zhao Zhiguo"),
];

const J: &[&str] = &[JIN];
const X: &[&str] = &[XIN];
const Z: &[&str] = &[ZHAO];
const JJ: &[&str] = &[JIN, JIN];
const JX: &[&str] = &[JIN, XIN];
const JZ: &[&str] = &[JIN, ZHAO];

/// Every figure of the briefing, in transcript order of first mention.
#[rustfmt::skip]
pub const FACTS: &[Fact] = &[
    // Jin Zhuanglong's introduction: "comprehensive, diverse and large".
    f("with 41 major industrial categories", 41.0, Count, Exact, LEVEL, Absent, J),
    f("207 medium industrial categories", 207.0, Count, Exact, LEVEL, Absent, J),
    f("666 industrial subcategories", 666.0, Count, Exact, LEVEL, Absent, J),
    f("with over 220 products among the top global producers", 220.0, Count, Over, LEVEL, Absent, J),
    f("out of 500 major industrial products", 500.0, Count, Exact, LEVEL, Absent, J),
    f("reaching 39.9 trillion yuan in 2023", 39.9e12, Yuan, Exact, LEVEL, Is("2023"), J).id("industrial-value-added"),
    f("accounting for 31.7% of GDP", 31.7, Percent, Exact, SHARE, Is("2023"), JJ).id("industry-share-of-gdp"),
    f("manufacturing accounting for 26.2% of GDP", 26.2, Percent, Exact, SHARE, Is("2023"), J).id("manufacturing-share-of-gdp"),
    // Same sentence as "in 2023", but the contract's table gives this share no period.
    f("about 30% of the global share", 30.0, Percent, About, SHARE, Either("2023"), J).id("manufacturing-global-share"),
    f("high-tech manufacturing accounted for 15.7%", 15.7, Percent, Exact, SHARE, Is("2023"), J).id("high-tech-manufacturing-share"),
    f("equipment manufacturing accounted for 33.6%", 33.6, Percent, Exact, SHARE, Is("2023"), J).id("equipment-manufacturing-share"),
    f("design tools in key industrial enterprises reaching 80.1%", 80.1, Percent, Exact, RATE, Either("2023"), J).id("digital-rd-tools-penetration"),
    f("numerical control rate of key processes reaching 62.9%", 62.9, Percent, Exact, RATE, Either("2023"), J).id("nc-rate-key-processes"),
    f("with 421 national intelligent manufacturing demonstration factories", 421.0, Count, Exact, LEVEL, Either("2023"), JX).id("smart-manufacturing-demonstration-factories"),
    f("(2021-2025) period, the energy consumption per unit", -6.8, Percent, Exact, CHANGE, Is("2021/2022"), JZ),
    f("water consumption per 10,000 yuan of industrial added value decreased by 20.3%", -20.3, Percent, Exact, CHANGE, Is("2021/2023"), J),
    f("reached approximately 2.2 billion metric tons", 2.2e9, Tonne, About, LEVEL, Is("2023"), J),
    f("with a utilization rate of 54%", 54.0, Percent, Exact, RATE, Is("2023"), J),
    f("We have established 30 national manufacturing innovation centers", 30.0, Count, Exact, LEVEL, Absent, JJ),
    f("established 23 national independent innovation demonstration zones", 23.0, Count, Exact, LEVEL, Absent, J),
    f("zones and 178 national high-tech industrial development zones", 178.0, Count, Exact, LEVEL, Absent, JJ),
    f("Six C919 large passenger aircrafts", 6.0, Count, Exact, LEVEL, Absent, J),
    f("A total of 139 ARJ21 regional aircrafts have been delivered", 139.0, Count, Exact, LEVEL, Absent, J),
    f("three of which have been delivered overseas", 3.0, Count, Exact, LEVEL, Absent, J),
    // "on June 28" dates the hand-over ceremony; the contract has no rule for a day.
    f("a total of 1,935.3 grams of lunar samples", 1_935.3, Gram, Exact, LEVEL, Either("2024-06"), J),
    f("There are over 501,000 industrial enterprises above designated size", 501_000.0, Count, Over, LEVEL, Absent, J).id("industrial-enterprises-above-designated-size"),
    f("and 463,000 high-tech enterprises", 463_000.0, Count, Exact, LEVEL, Absent, J).id("high-tech-enterprises"),
    // The second mention says "By the end of June" (2024-06); the first gives no period.
    f("with over 140,000 small- and medium-sized enterprises of this type", 140_000.0, Count, Over, LEVEL, Either("2024-06"), JJ).id("specialized-sophisticated-smes"),
    f("including 12,000 \"little giant\" enterprises with high growth potential", 12_000.0, Count, Exact, LEVEL, Either("2024-06"), JJ).id("little-giants"),
    f("1,557 single-product specialists", 1_557.0, Count, Exact, LEVEL, Absent, J).id("single-product-champions"),
    f("We have built a total of 3.837 million 5G base stations", 3_837_000.0, Count, Exact, LEVEL, Absent, JZ).id("5g-base-stations"),
    f("5G base stations, accounting for over 60% of the global share", 60.0, Percent, Over, SHARE, Absent, J).id("5g-base-stations-global-share"),
    // Jin Zhuanglong on industrial performance (Yicai).
    f("increased by 6.2% year on year", 6.2, Percent, Exact, CHANGE, Is("2024-01/2024-05"), J),
    f("1.6 percentage points higher than in 2023", 1.6, PercentagePoint, Exact, CHANGE, Is("2024-01/2024-05"), J),
    f("grew by 7.5% and 10% year on year, respectively", 7.5, Percent, Exact, CHANGE, Is("2024-05"), J),
    f("grew by 7.5% and 10% year on year, respectively", 10.0, Percent, Exact, CHANGE, Is("2024-05"), J),
    f("collectively accounting for about 70% of the value added", 70.0, Percent, About, SHARE, Absent, J),
    f("accounts for over 60% of the national total", 60.0, Percent, Over, SHARE, Absent, J),
    f("more than 10 of which have achieved hard-earned double-digit growth", 10.0, Count, Over, LEVEL, Either("2024-01/2024-05"), J),
    // Xin Guobin on traditional industries.
    f("account for about 80% of the entire manufacturing sector", 80.0, Percent, About, SHARE, Absent, X),
    // Zhao Zhiguo on information and communication.
    f("rapidly increased from 10 megabits to 100 megabits", 10e6, BitPerSecond, Exact, LEVEL, Absent, Z),
    f("rapidly increased from 10 megabits to 100 megabits", 100e6, BitPerSecond, Exact, LEVEL, Absent, Z),
    f("and now to 1 gigabit", 1e9, BitPerSecond, Exact, LEVEL, Absent, Z),
    f("Gigabit users account for more than 70% globally", 70.0, Percent, Over, SHARE, Absent, Z),
    f("5G user penetration rate has now exceeded 60%", 60.0, Percent, Over, SHARE, Absent, Z).id("5g-user-penetration"),
    f("more than 90% of administrative villages have access to 5G", 90.0, Percent, Over, SHARE, Absent, Z).id("villages-with-5g"),
    f("nearly 20 million national top-level domain name registrations", 20e6, Count, Nearly, LEVEL, Absent, Z),
    f("our computing power has reached 230 EFLOPS", 2.3e20, Flops, Exact, LEVEL, Absent, Z),
    f("China accounts for 42% of the world's declared standard-essential patents", 42.0, Percent, Exact, SHARE, Absent, Z).id("5g-standard-essential-patents-share"),
    f("global market shares of 5G base stations and cellphones both exceed 50%", 50.0, Percent, Over, SHARE, Absent, Z).id("5g-base-station-market-share"),
    f("global market shares of 5G base stations and cellphones both exceed 50%", 50.0, Percent, Over, SHARE, Absent, Z).id("5g-cellphone-market-share"),
    f("with just a single 64 Kbps line", 64e3, BitPerSecond, Exact, LEVEL, Is("1994"), Z),
    f("we now have 1.09 billion internet users", 1.09e9, Count, Exact, LEVEL, Absent, Z),
    f("online retail sales reached 15.42 trillion yuan", 15.42e12, Yuan, Exact, LEVEL, Is("2023"), Z),
    // "compared to 2012" is a base year, not a period the contract defines.
    f("have grown by 239 times compared to 2012", 239.0, Times, Exact, CHANGE, Period::Unchecked, Z),
    f("Revenue of the software industry has exceeded 12 trillion yuan", 12e12, Yuan, Over, LEVEL, Absent, Z),
    f("integrated into 74 major categories of the national economy", 74.0, Count, Exact, LEVEL, Absent, Z).id("5g-industry-categories"),
    f("30,000 5G virtual private networks", 30_000.0, Count, Exact, LEVEL, Absent, Z).id("5g-private-networks"),
    f("300 5G factories, and over 13,000", 300.0, Count, Exact, LEVEL, Absent, Z).id("5g-factories"),
    f("over 13,000 \"5G plus industrial internet\" projects", 13_000.0, Count, Over, LEVEL, Absent, Z).id("5g-industrial-internet-projects"),
    // Xin Guobin on digital transformation.
    f("installed industrial robot capacity now accounts for more than 50%", 50.0, Percent, Over, SHARE, Absent, X).id("industrial-robots-share-of-world"),
    f("out of 153 lighthouse factories in the world", 153.0, Count, Exact, LEVEL, Is("2023-12"), X).id("lighthouse-factories-world"),
    f("62 were in China, accounting for more than 40%", 62.0, Count, Exact, LEVEL, Is("2023-12"), X).id("lighthouse-factories-china"),
    // Same sentence as "As of the end of last year", but the contract gives the share no period.
    f("62 were in China, accounting for more than 40%", 40.0, Percent, Over, SHARE, Either("2023-12"), X).id("lighthouse-factories-china-share"),
    f("has been shortened by about 30%", -30.0, Percent, About, CHANGE, Absent, X),
    f("Production efficiency in these factories has increased by nearly 30%", 30.0, Percent, Nearly, CHANGE, Absent, X),
    f("achieve full coverage of digital transformation for industrial enterprises", 100.0, Percent, Exact, TARGET, Is("2027"), X).id("digital-transformation-coverage-2027"),
    // The sentence has no year; the contract ties it to the 2027 goal before it.
    f("we will build approximately 200 high-standard digital industrial parks", 200.0, Count, About, TARGET, Is("2027"), X).id("digital-industrial-parks-target"),
    f("By 2030, we will strive to basically complete a round of digital transformation", 100.0, Percent, Exact, TARGET, Is("2030"), X).id("digital-transformation-all-enterprises-2030"),
    // Jin Zhuanglong on emerging industries and SMEs.
    f("Strategic emerging industries in China account for about 13% of GDP", 13.0, Percent, About, SHARE, Absent, J).id("strategic-emerging-industries-share-of-gdp"),
    f("we aim to achieve full digital transformation coverage for \"little giant\" enterprises", 100.0, Percent, Exact, TARGET, Is("2027"), J).id("little-giants-digital-coverage-2027"),
    f("China has developed 200 national SME characteristic industrial clusters", 200.0, Count, Exact, LEVEL, Absent, J).id("sme-industrial-clusters"),
    f("approve and confirm approximately 100 more this year", 100.0, Count, About, TARGET, Is("2024"), J).id("sme-industrial-clusters-target"),
    // Zhao Zhiguo on green development.
    f("we had cultivated 196 national-level green data centers", 196.0, Count, Exact, LEVEL, Is("2023-12"), Z),
    f("increasing from 15% in 2018 to over 50%", 15.0, Percent, Exact, RATE, Is("2018"), Z),
    f("increasing from 15% in 2018 to over 50%", 50.0, Percent, Over, RATE, Is("2023-12"), Z),
    f("per 5G base station site has decreased by more than 20%", -20.0, Percent, Over, CHANGE, Absent, Z),
    f("new orders for green ships accounting for 57% of the global total", 57.0, Percent, Exact, SHARE, Either("2023-12"), Z),
    // Xin Guobin on reform and opening-up.
    f("telecommunications sector had reached 2,037", 2_037.0, Count, Exact, LEVEL, Is("2024-06"), X),
    // Jin Zhuanglong on national high-tech zones.
    f("account for more than 20% of total industrial value added", 20.0, Percent, Over, SHARE, Absent, J),
    f("They have gathered 30% of all high-tech enterprises", 30.0, Percent, Exact, SHARE, Absent, J),
    f("40% of “little giant” enterprises", 40.0, Percent, Exact, SHARE, Absent, J),
    f("These zones account for 50% of enterprise R&D expenditures and invention patents", 50.0, Percent, Exact, SHARE, Absent, J),
    f("60% of listed companies on the sci-tech innovation board", 60.0, Percent, Exact, SHARE, Absent, J),
    f("70% of national manufacturing innovation centers", 70.0, Percent, Exact, SHARE, Absent, J),
    f("80% of national key laboratories", 80.0, Percent, Exact, SHARE, Absent, J),
];

/// A fact said more than once: one indicator whose mentions are these sentences, in order.
pub struct Merged {
    pub value: f64,
    pub unit: Unit,
    /// One snippet per mention, in transcript order.
    pub snippets: &'static [&'static str],
    pub speakers: &'static [&'static str],
}

#[rustfmt::skip]
pub const MERGED: &[Merged] = &[
    Merged { value: 3_837_000.0, unit: Count, speakers: JZ, snippets: &["We have built a total of 3.837 million 5G base stations", "We have built 3.837 million 5G base stations, achieving"] },
    Merged { value: 421.0, unit: Count, speakers: JX, snippets: &["with 421 national intelligent manufacturing demonstration factories", "and 421 national-level demonstration factories for smart manufacturing"] },
    Merged { value: -6.8, unit: Percent, speakers: JZ, snippets: &["(2021-2025) period, the energy consumption per unit", "In the first two years of the 14th Five-Year Plan, the energy consumption"] },
    Merged { value: 31.7, unit: Percent, speakers: JJ, snippets: &["reaching 39.9 trillion yuan in 2023, accounting for 31.7% of GDP", "last year, China's total value added of industry accounted for 31.7% of GDP"] },
    Merged { value: 140_000.0, unit: Count, speakers: JJ, snippets: &["with over 140,000 small- and medium-sized enterprises of this type", "By the end of June, we had cultivated over 140,000 such SMEs"] },
    Merged { value: 12_000.0, unit: Count, speakers: JJ, snippets: &["including 12,000 \"little giant\" enterprises with high growth potential", "By the end of June, we had cultivated over 140,000 such SMEs"] },
    Merged { value: 30.0, unit: Count, speakers: JJ, snippets: &["We have established 30 national manufacturing innovation centers", "China has built 30 state-level manufacturing innovation centers"] },
    Merged { value: 178.0, unit: Count, speakers: JJ, snippets: &["zones and 178 national high-tech industrial development zones", "There are 178 national high-tech industrial development zones across the country"] },
];

/// Numbers that are never figures anywhere in this transcript: identifiers (C919, ARJ21, 5G,
/// 2G/4G, IPv4, "July 5"), ordinals (14th, 18th), dates and years (June 28, 1994, 2012, 2018,
/// 2021, 2023, 2024, 2025, 2035), durations ("11 consecutive years"), group sizes ("four
/// measures", "two guarantees", "five major systems"), ranks ("ranks second"), the unit
/// "per 10,000 yuan" and the "230 quintillion" restatement. No legitimate figure has these
/// values, whatever the unit.
pub const NEVER_VALUES: &[f64] = &[
    1.0, 2.0, 4.0, 5.0, 11.0, 14.0, 18.0, 21.0, 28.0, 230.0, 919.0, 1994.0, 2012.0, 2018.0, 2021.0,
    2023.0, 2024.0, 2025.0, 2027.0, 2030.0, 2035.0, 10_000.0,
];

/// Numbers that are not figures in one sentence although the same value is a figure elsewhere:
/// (snippet of the sentence, the value that must not be taken from it).
#[rustfmt::skip]
pub const NOT_IN_SENTENCE: &[(&str, f64)] = &[
    ("The 20th National Congress of the Communist Party of China", 20.0),
    ("the upcoming third plenary session of the 20th CPC Central Committee", 20.0),
    ("summarized in three words", 3.0),
    ("in the 3G era, we realized breakthroughs", 3.0),
    ("The Chang'e-6 spacecraft collected and returned samples", 6.0),
    ("the intelligent six-row cotton picker", 6.0),
    ("These guidelines focus on six areas", 6.0),
    ("focusing on these six directions", 6.0),
    ("coordinating the evolution of 5G-A and 6G innovation", 6.0),
    ("6G development is also accelerating", 6.0),
    ("in the total number of IPv4 and IPv6 addresses", 6.0),
    ("we will continue to focus on the development of the 10 key industries", 10.0),
    ("stabilize growth in these 10 industries", 10.0),
    ("The combined industrial value added of the 10 major industrial provinces", 10.0),
    ("the growth rates of these 10 provinces all exceeded", 10.0),
    ("the 50 prominent industrial cities, more than 10", 50.0),
    ("after 30 years of development", 30.0),
    ("maintaining double-digit growth for 23 consecutive years", 23.0),
    ("Five years since the issuance of commercial licenses", 5.0),
];

/// Every turn header of the transcript ("Name:" on a line of its own) and, for the officials,
/// their speaker id. The header block ("Speakers:", "Chairperson:", "Date:") counts as no one.
#[rustfmt::skip]
pub const TURN_HEADERS: &[(&str, Option<&str>)] = &[
    ("Speakers", None), ("Chairperson", None), ("Date", None),
    ("Jin Zhuanglong", Some(JIN)), ("Xin Guobin", Some(XIN)), ("Zhao Zhiguo", Some(ZHAO)),
    ("Shou Xiaoli", None),
    ("Yicai", None), ("Zhonghongwang.com", None), ("The New Times", None),
    ("People's Posts and Telecommunications News", None), ("CCTV Business Channel", None),
    ("Hong Kong Bauhinia Magazine", None), ("Thecover.cn", None), ("Xinhua News Agency", None),
    ("CMG Voice of China", None), ("Beijing Radio and Television Station", None),
];

/// The media outlets that ask questions, as the transcript writes them.
pub const ASKERS: &[&str] = &[
    "Yicai",
    "Zhonghongwang.com",
    "The New Times",
    "People's Posts and Telecommunications News",
    "CCTV Business Channel",
    "Hong Kong Bauhinia Magazine",
    "Thecover.cn",
    "Xinhua News Agency",
    "CMG Voice of China",
    "Beijing Radio and Television Station",
];
