"""Writes the benchmark corpus: seeded synthetic health articles in Markdown, the same bytes on every run.

    python bench/generate.py [--out .bench] [--articles 1000] [--words 1000] [--long-words 100000]

Lays out under OUT: `corpus/` (the many articles), `sample100/` (the first 100 of them), `one/` (the
first alone) and `long/` (one long article). A stamp file skips the work when nothing changed.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

VERSION = 1  # bump when the output changes for the same arguments


@dataclass(frozen=True)
class Topic:
    condition: str
    people: str  # who has it, as a plural noun phrase
    symptoms: tuple[str, ...]
    treatments: tuple[str, ...]  # medicines and therapies, lower case
    triggers: tuple[str, ...]
    complications: tuple[str, ...]
    tests: tuple[str, ...]
    self_care: tuple[str, ...]  # imperative phrases
    red_flags: tuple[str, ...]


TOPICS = (
    Topic(
        "asthma",
        "people with asthma",
        ("wheezing", "a tight chest", "breathlessness", "a cough that is worse at night"),
        ("a reliever inhaler", "a preventer inhaler", "inhaled corticosteroids", "montelukast", "salbutamol"),
        ("cold air", "pollen", "dust mites", "smoke", "chest infections", "exercise"),
        ("a severe attack", "poor sleep", "time off work or school", "lung infections"),
        ("spirometry", "a peak flow diary", "a FeNO breath test"),
        ("carry your reliever inhaler", "check your inhaler technique", "keep a symptom diary", "get a yearly flu jab"),
        ("lips or fingers turning blue", "being too breathless to speak", "a reliever that stops working"),
    ),
    Topic(
        "eczema",
        "children with eczema",
        ("itchy skin", "dry patches", "cracked skin", "red or darkened patches"),
        ("emollients", "topical corticosteroids", "tacrolimus ointment", "antihistamines", "wet wraps"),
        ("soap", "heat", "wool clothing", "stress", "house dust"),
        ("skin infections", "broken sleep", "thickened skin"),
        ("a skin examination", "patch testing", "a swab for infection"),
        ("use an emollient every day", "wash with a soap substitute", "keep nails short", "wear cotton clothing"),
        ("weeping or crusted skin with a fever", "painful clustered blisters", "skin that spreads red quickly"),
    ),
    Topic(
        "gout",
        "adults with gout",
        ("sudden joint pain", "a hot swollen big toe", "shiny red skin over a joint", "stiffness"),
        ("colchicine", "naproxen", "allopurinol", "febuxostat", "prednisolone"),
        ("alcohol", "sugary drinks", "dehydration", "red meat", "some diuretics"),
        ("kidney stones", "joint damage", "tophi under the skin"),
        ("a blood urate test", "joint fluid analysis", "an ultrasound scan"),
        ("drink plenty of water", "rest the joint", "raise the leg", "cut down on alcohol"),
        ("a joint that is hot with a high temperature", "pain that spreads up the leg", "feeling very unwell"),
    ),
    Topic(
        "urinary tract infection",
        "women with urinary tract infections",
        ("burning when passing urine", "needing to pass urine often", "cloudy urine", "lower tummy pain"),
        ("nitrofurantoin", "trimethoprim", "fosfomycin", "paracetamol", "cranberry products"),
        ("sexual activity", "not drinking enough", "the menopause", "a catheter"),
        ("a kidney infection", "sepsis", "recurrent infections"),
        ("a urine dipstick test", "a urine culture", "a kidney ultrasound"),
        ("drink regular glasses of water", "avoid holding urine for long", "wipe from front to back"),
        ("pain in the side or back", "shivering with a high temperature", "confusion or drowsiness"),
    ),
    Topic(
        "osteoporosis",
        "postmenopausal women",
        ("a fracture after a minor fall", "loss of height", "a stooped back", "back pain"),
        ("alendronate", "risedronate", "denosumab", "calcium and vitamin D", "hormone replacement therapy"),
        ("smoking", "heavy drinking", "long-term steroid use", "low body weight", "an early menopause"),
        ("hip fractures", "spinal fractures", "loss of independence"),
        ("a DXA scan", "a FRAX score", "blood calcium tests"),
        ("do weight-bearing exercise", "make your home safe from falls", "eat calcium-rich food"),
        ("sudden severe back pain", "being unable to stand after a fall", "a leg that looks shortened"),
    ),
    Topic(
        "heart failure",
        "older adults with heart failure",
        ("breathlessness", "swollen ankles", "tiredness", "waking at night short of breath"),
        ("bisoprolol", "ramipril", "sacubitril with valsartan", "furosemide", "dapagliflozin"),
        ("too much salt", "missed medicines", "infections", "heavy drinking"),
        ("kidney problems", "abnormal heart rhythms", "hospital admission"),
        ("an echocardiogram", "an NT-proBNP blood test", "an ECG"),
        ("weigh yourself every morning", "limit salt", "take your medicines at the same time", "stay active"),
        ("chest pain that does not ease", "fainting", "breathlessness at rest"),
    ),
    Topic(
        "shingles",
        "adults over 50",
        ("a painful blistering rash", "a band of pain on one side", "tingling skin", "a headache"),
        ("aciclovir", "valaciclovir", "famciclovir", "gabapentin", "the shingles vaccine"),
        ("older age", "a weakened immune system", "stress", "cancer treatment"),
        ("post-herpetic neuralgia", "eye damage", "skin infection"),
        ("a clinical examination", "a swab of a blister", "an eye examination"),
        ("keep the rash clean and dry", "wear loose clothing", "avoid pregnant women until the blisters crust"),
        ("a rash near the eye", "blurred vision", "a rash with a weak immune system"),
    ),
    Topic(
        "iron deficiency anaemia",
        "pregnant women",
        ("tiredness", "pale skin", "heart palpitations", "shortness of breath"),
        ("ferrous sulfate", "ferrous fumarate", "intravenous iron", "vitamin C", "a blood transfusion"),
        ("heavy periods", "pregnancy", "bleeding from the gut", "a diet low in iron"),
        ("heart problems", "pregnancy complications", "poor concentration"),
        ("a full blood count", "a ferritin test", "a colonoscopy"),
        ("take iron tablets with orange juice", "avoid tea with meals", "eat dark green vegetables"),
        ("black or tarry stools", "chest pain", "fainting"),
    ),
    Topic(
        "acid reflux",
        "adults with reflux",
        ("heartburn", "an acid taste", "a persistent cough", "a hoarse voice"),
        ("omeprazole", "lansoprazole", "famotidine", "alginates", "antacids"),
        ("large meals", "fatty food", "alcohol", "smoking", "lying down after eating"),
        ("oesophagitis", "Barrett's oesophagus", "a narrowed gullet"),
        ("an endoscopy", "pH monitoring", "a barium swallow"),
        ("eat smaller meals", "raise the head of your bed", "stop eating three hours before bed"),
        ("difficulty swallowing", "vomiting blood", "unexplained weight loss"),
    ),
    Topic(
        "type 2 diabetes",
        "adults with type 2 diabetes",
        ("thirst", "passing urine often", "tiredness", "blurred vision", "slow-healing cuts"),
        ("metformin", "sitagliptin", "empagliflozin", "semaglutide", "insulin"),
        ("excess weight", "inactivity", "a family history", "gestational diabetes"),
        ("nerve damage", "kidney disease", "eye disease", "foot ulcers"),
        ("an HbA1c test", "a fasting glucose test", "a urine albumin test"),
        ("check your feet every day", "walk for 30 minutes a day", "swap sugary drinks for water"),
        ("a foot wound that is red and hot", "vomiting with very high sugar", "confusion with low sugar"),
    ),
)

SITES = (
    ("nhs.uk", "NHS"),
    ("mayoclinic.org", "Mayo Clinic"),
    ("medlineplus.gov", "MedlinePlus"),
    ("cdc.gov", "Centers for Disease Control and Prevention"),
    ("nice.org.uk", "National Institute for Health and Care Excellence"),
    ("who.int", "World Health Organization"),
    ("niddk.nih.gov", "National Institute of Diabetes and Digestive and Kidney Diseases"),
    ("aafp.org", "American Academy of Family Physicians"),
    ("bmj.com", "The BMJ"),
    ("cochranelibrary.com", "Cochrane Library"),
)
SOURCE_KINDS = (
    "overview",
    "symptoms and causes",
    "diagnosis and treatment",
    "clinical guideline",
    "patient information",
    "systematic review of treatments",
    "fact sheet",
    "self-care advice",
)
FIRST = ("Amira", "Ben", "Chloe", "Daniel", "Esther", "Farid", "Grace", "Hiro", "Ines", "Jon", "Kavya", "Liam")
LAST = ("Okafor", "Lindqvist", "Moreau", "Haddad", "Nakamura", "Reyes", "Kowalski", "Brennan", "Achebe", "Varga")
WRITER_CREDENTIALS = ("MA", "MPH", "BSc", "MSc")
REVIEWER_CREDENTIALS = ("MD", "MBBS", "PharmD", "RN", "MD, PhD")
CLINICIANS = ("doctor", "GP", "pharmacist", "nurse", "care team")
NUMBERS = ("two", "three", "four", "five", "six", "eight", "ten")

# claim sentences: each becomes a cited (or, as a defect, uncited) statement
CLAIMS = (
    "{Condition} affects about {pct} percent of {people} at some point.",
    "Up to {pct}% of {people} notice {symptom} before other symptoms appear.",
    "{Treatment} can ease {symptom} within {n} weeks for many {people}.",
    "{Trigger} is one of the most common triggers, and avoiding it reduces flare-ups.",
    "Without treatment, {condition} can lead to {complication}.",
    "The usual adult dose of {treatment} is {dose} mg once a day, taken with food.",
    "Studies suggest that {treatment} lowers the risk of {complication} by around a {fraction}.",
    "Most {people} who {self_care} report fewer symptoms after {n} months.",
    "{Symptom} is often worse in the morning and improves during the day.",
    "Doctors usually confirm the diagnosis with {test}.",
    "Long-term use of {treatment} may cause side effects, so your {clinician} will review it regularly.",
    "About {k} in {ten} {people} have {symptom} at diagnosis.",
    "Repeated episodes of {symptom} are linked to a higher chance of {complication}.",
    "{Treatment} works best when it is started early and taken every day as prescribed.",
    "Ask your {clinician} before combining {treatment} with other medicines, because some interactions are serious.",
    "Take {treatment} at the same time each day so that the level in your body stays steady.",
    "{Complication} is more common in {people} who smoke or drink heavily.",
    "Regular reviews help catch {complication} early, when it is easier to treat.",
)
# sentences that are not claims: questions, lead-ins, calls to action, asides
QUESTIONS = (
    "What does {condition} feel like?",
    "Is {treatment} right for you?",
    "How is {condition} diagnosed?",
    "Why does {symptom} happen?",
)
LEAD_INS = (
    "Common signs include:",
    "Things that may help include:",
    "Your {clinician} may suggest the following:",
    "Before your appointment, note down:",
)
CTAS = (
    "Learn more about {condition} in our guide to living well.",
    "Read more about tests for {condition} on our tests page.",
    "Related articles: living with a long-term condition.",
)
SECTION_TITLES = (
    "Symptoms",
    "What causes {condition}?",
    "Who is at risk",
    "How {condition} is diagnosed",
    "Treatment options",
    "Medicines",
    "Living with {condition}",
    "Self-care at home",
    "Complications",
    "Preventing flare-ups",
    "Questions to ask your {clinician}",
    "Outlook",
)
RED_FLAG_TITLES = ("When to seek medical help", "When to contact your care team", "Red flags", "Warning signs")
DISCLAIMERS = (
    "This article is for general information only and is not a substitute for professional medical advice, "
    "diagnosis or treatment. Always ask your {clinician} about your own situation.",
    "The information here is for educational purposes only and does not replace advice from a doctor or "
    "other qualified health professional.",
)


class Writer:
    """Builds one article from a seeded random generator."""

    def __init__(self, rng: random.Random, topic: Topic, n_sources: int) -> None:
        self.rng = rng
        self.topic = topic
        self.n_sources = n_sources
        self.cited: set[int] = set()
        self.next_source = 1  # the lowest source number not cited yet
        self.labelled = {i for i in range(1, n_sources + 1) if rng.random() < 0.15}  # PubMed entries, `[PMn]`
        self.words = 0
        self.uncited_claims_left = 0
        self.broken_markers_left = 0

    def pick(self, options: tuple[str, ...]) -> str:
        return self.rng.choice(options)

    def fill(self, template: str) -> str:
        t, r = self.topic, self.rng
        values = {
            "condition": t.condition,
            "people": t.people,
            "symptom": self.pick(t.symptoms),
            "treatment": self.pick(t.treatments),
            "trigger": self.pick(t.triggers),
            "complication": self.pick(t.complications),
            "test": self.pick(t.tests),
            "self_care": self.pick(t.self_care),
            "clinician": self.pick(CLINICIANS),
            "pct": str(r.randint(5, 60)),
            "n": self.pick(NUMBERS),
            "k": str(r.randint(1, 9)),
            "ten": "10",
            "dose": str(r.choice((5, 10, 20, 40, 100, 250, 500))),
            "fraction": self.pick(("quarter", "third", "half")),
        }
        values.update({k.capitalize(): v[:1].upper() + v[1:] for k, v in list(values.items())})
        return template.format(**values)

    def source(self) -> int:
        """A source to cite: the next one not cited yet (sources are numbered as first cited), or an earlier one."""
        if self.next_source <= self.n_sources and (self.next_source == 1 or self.rng.random() < 0.25):
            self.next_source += 1
            return self.next_source - 1
        return self.rng.randint(1, self.next_source - 1)

    def marker(self) -> str:
        """A citation marker in one of the styles editors write, in AMA order."""
        r, n = self.rng, self.n_sources
        if self.broken_markers_left and r.random() < 0.05:
            self.broken_markers_left -= 1
            return f"[{n + r.randint(2, 6)}]"  # defect: past the end of the list
        a = self.source()
        self.cited.add(a)
        if a in self.labelled and a < self.next_source - 1 and r.random() < 0.5:
            return f"[PM{a}]"
        style = r.random()
        if style < 0.7:
            return f"[{a}]"
        if style >= 0.95 and a + 2 < self.next_source:
            return f"[{a}-{a + 2}]"  # a range of sources already cited
        b = self.source()
        self.cited.add(b)
        a, b = min(a, b), max(a, b)
        if a == b:
            return f"[{a}]"
        return f"[{a}] [{b}]" if style < 0.85 else f"[{a}, {b}]"

    def claim(self) -> str:
        sentence = self.fill(self.pick(CLAIMS))
        if self.uncited_claims_left and self.rng.random() < 0.08:
            self.uncited_claims_left -= 1
            return sentence  # defect: no marker covers it
        glue = "" if self.rng.random() < 0.1 else " "
        return f"{sentence}{glue}{self.marker()}"

    def paragraph(self) -> str:
        r = self.rng
        parts = [self.claim() for _ in range(r.randint(2, 5))]
        if r.random() < 0.15:
            parts.insert(0, self.fill(self.pick(QUESTIONS)))
        if r.random() < 0.08:
            parts.append(self.fill(self.pick(CTAS)))
        return self.count(" ".join(parts))

    def bullet_list(self) -> str:
        items = [f"- {self.claim()}" for _ in range(self.rng.randint(3, 6))]
        return self.count(self.fill(self.pick(LEAD_INS)) + "\n\n" + "\n".join(items))

    def table(self) -> str:
        t = self.topic
        rows = ["| Option | What it does | Notes |", "|---|---|---|"]
        for treatment in self.rng.sample(t.treatments, 3):
            effect = f"Eases {self.pick(t.symptoms)} {self.marker()}"
            rows.append(f"| {treatment} | {effect} | Your {self.pick(CLINICIANS)} checks the dose |")
        return self.count("\n".join(rows))

    def section(self, allow_table: bool) -> str:
        r = self.rng
        title = self.fill(self.pick(SECTION_TITLES))
        parts = [f"## {title}"]
        for _ in range(r.randint(1, 3)):
            roll = r.random()
            if roll < 0.25:
                parts.append(self.bullet_list())
            elif roll < 0.3 and allow_table:
                parts.append(self.table())
            else:
                parts.append(self.paragraph())
        return "\n\n".join(parts)

    def red_flags(self) -> str:
        lines = [f"## {self.pick(RED_FLAG_TITLES)}", "", "Get urgent medical help if you have any of these:", ""]
        for flag in self.topic.red_flags:
            lines.append(f"- {flag[:1].upper() + flag[1:]} needs prompt assessment. {self.marker()}")
        return self.count("\n".join(lines))

    def count(self, text: str) -> str:
        self.words += len(text.split())
        return text


def source_entry(rng: random.Random, topic: Topic, i: int, site: tuple[str, str], kind: str, labelled: bool) -> str:
    domain, publisher = site
    slug = f"{topic.condition.replace(' ', '-')}-{kind.replace(' ', '-')}-{i}"
    title = f"{topic.condition[:1].upper() + topic.condition[1:]}: {kind}"
    year = rng.randint(2019, 2025)
    if labelled:
        pmid = rng.randint(10_000_000, 39_999_999)
        return f"[PM{i}] {title}. {publisher}, {year}. PMID: {pmid}"
    return f"[{title}](https://www.{domain}/health/{slug}). {publisher}, {year}."


def article(seed: str, words: int) -> str:
    """One article of about ``words`` words of body text, with defects chosen by the seed."""
    rng = random.Random(seed)
    topic = rng.choice(TOPICS)
    scale = max(1, words // 1000)
    n_sources = min(60, rng.randint(6, 12) * (1 if scale == 1 else 4))
    w = Writer(rng, topic, n_sources)
    defects = {d for d in ("uncited", "broken", "unused", "duplicate", "empty", "no-disclaimer") if rng.random() < 0.15}
    if "uncited" in defects:
        w.uncited_claims_left = rng.randint(1, 3) * scale
    if "broken" in defects:
        w.broken_markers_left = scale
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    reviewer = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    published = f"20{rng.randint(19, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    title = f"{topic.condition[:1].upper() + topic.condition[1:]}: symptoms, treatment and self-care"
    front = "\n".join(
        [
            "---",
            f'title: "{title}"',
            f'description: "What {topic.condition} is, how it is treated, and when to get help."',
            "authors:",
            f"  - name: {name}",
            f"    credentials: {rng.choice(WRITER_CREDENTIALS)}",
            "reviewer:",
            f"  name: {reviewer}",
            f'  credentials: "{rng.choice(REVIEWER_CREDENTIALS)}"',
            f"published: {published}",
            f"last_reviewed: 2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            "---",
        ]
    )
    body = [f"# {title}", w.paragraph()]
    allow_table = rng.random() < 0.3
    red_flags_after = rng.randint(1, 3)  # sections before the red-flag section
    sections = 0
    while w.words < words - 150:  # the source list and front matter make up the rest
        body.append(w.section(allow_table))
        sections += 1
        if sections == red_flags_after:
            body.append(w.red_flags())
    if sections < red_flags_after:
        body.append(w.red_flags())
    if "empty" in defects:
        body.append("## Related questions")  # defect: a heading with nothing under it
    for i in range(1, n_sources + 1):
        if i not in w.cited:
            body[-1] += f"\n\nYour {rng.choice(CLINICIANS)} can explain what this means for you. [{i}]"
    # distinct (site, kind) pairs, so only the planted duplicate is one
    kinds = rng.sample([(site, kind) for site in SITES for kind in SOURCE_KINDS], n_sources + 1)
    entries = [f"{i}. {source_entry(rng, topic, i, *kinds[i - 1], i in w.labelled)}" for i in range(1, n_sources + 1)]
    if "unused" in defects:
        entries.append(f"{n_sources + 1}. {source_entry(rng, topic, n_sources + 1, *kinds[-1], False)}")  # defect
    if "duplicate" in defects:
        j = rng.randint(1, n_sources - 1)
        repeated = entries[j - 1].split(". ", 1)[1].removeprefix(f"[PM{j}] ")
        entries[n_sources - 1] = f"{n_sources}. {repeated}"  # defect: repeats entry j
    body.append("## Sources\n\n" + "\n".join(entries))
    if "no-disclaimer" not in defects:
        body.append("## Disclaimer\n\n" + w.fill(rng.choice(DISCLAIMERS)))
    return front + "\n\n" + "\n\n".join(body) + "\n"


def write_corpus(out: Path, articles: int, words: int, long_words: int) -> None:
    stamp = out / "corpus.stamp"
    key = hashlib.sha256(f"{VERSION}|{articles}|{words}|{long_words}|".encode() + Path(__file__).read_bytes())
    if stamp.exists() and stamp.read_text() == key.hexdigest():
        return
    for sub in ("corpus", "sample100", "one", "long"):
        shutil.rmtree(out / sub, ignore_errors=True)
        (out / sub).mkdir(parents=True)
    for i in range(articles):
        name = f"article-{i:04d}.md"
        text = article(f"medlint-bench-{i}", words)
        (out / "corpus" / name).write_text(text, encoding="utf-8")
        if i < 100:
            (out / "sample100" / name).write_text(text, encoding="utf-8")
        if i == 0:
            (out / "one" / name).write_text(text, encoding="utf-8")
    (out / "long" / "long-article.md").write_text(article("medlint-bench-long", long_words), encoding="utf-8")
    stamp.write_text(key.hexdigest())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, default=Path(".bench"))
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--words", type=int, default=1000)
    parser.add_argument("--long-words", type=int, default=100_000)
    args = parser.parse_args(argv)
    if args.articles < 1:
        parser.error("--articles must be at least 1")
    write_corpus(args.out, args.articles, args.words, args.long_words)
    print(f"corpus in {args.out}/: {args.articles} articles of ~{args.words} words, one of ~{args.long_words}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
