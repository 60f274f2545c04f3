"""The page-text parser on fixtures in each publisher layout, pinned by golden files, and its details."""

from __future__ import annotations

from datetime import date

import pytest

from lint.parse.text import parse_text
from tests.conftest import run_text
from tests.page_dump import PAGES, PINNED_RULES, check_golden, dump

LAYOUTS = [
    "published-page.txt",
    "hospital-page.txt",
    "journal-abstract.txt",
    "same/dry-mouth.txt",
    # a compact export: single newlines, "- " and lone "-" bullets, "1)" items, untitled entries
    "compact-export.txt",
    # a government page: skip link, banner, browser notice, alt text, contact widget, dates in figures
    "government-page.txt",
    # an encyclopedia: menu, tagline, edit links, caret backlinks
    "encyclopedia-page.txt",
    # licensed content under a host's banner and back link; label and value bylines on separate lines
    "syndicated-topic.txt",
    # a practice page: a reference with no list heading, an update sentence, an author list
    "reference-foot.txt",
    # a journal article: masthead, navigation, authors with affiliation marks, affiliations, contact line
    "journal-masthead.txt",
]


@pytest.mark.parametrize("name", LAYOUTS)
def test_parse_golden(name: str) -> None:
    text = (PAGES / name).read_text(encoding="utf-8")
    check_golden(name.replace("/", "-") + ".parsed", dump(parse_text(text, name)))


@pytest.mark.parametrize("name", LAYOUTS)
def test_findings_golden(name: str) -> None:
    text = (PAGES / name).read_text(encoding="utf-8")
    report = run_text(text, fmt="text", path=name, select=PINNED_RULES)
    lines = [f"{f.line}:{f.column}-{f.end_line}:{f.end_column} {f.rule} {f.message}" for f in report.findings]
    check_golden(name.replace("/", "-") + ".findings", "\n".join(lines) + "\n")


def _article(text: str):  # type: ignore[no-untyped-def]
    return parse_text(text, "page.txt")


def test_glued_date_and_reading_time() -> None:
    a = _article("Ana BellAna Bell\nJanuary 26, 20265 min read\n\nKnee pain in runners\n\nRest helps. [1]\n")
    assert a.metadata.published == date(2026, 1, 26)
    assert a.metadata.reading_time_minutes == 5
    start, end = a.metadata.spans["published"]
    assert a.text[start:end] == "January 26, 2026"
    assert [p.name for p in a.metadata.authors] == ["Ana Bell"]
    assert a.metadata.title == "Knee pain in runners"
    assert [b.role for b in a.blocks[:2]] == ["byline", "byline"]


def test_doubled_team_name_is_an_author_not_a_reviewer() -> None:
    report = run_text(
        "Care Guide EditorsCare Guide Editors\nMay 2, 2026\n\nKnee pain\n\nRest helps most runners recover. [1]\n",
        fmt="text",
        select=["missing-author", "missing-reviewer"],
    )
    assert [f.rule for f in report.findings] == ["missing-reviewer"]
    assert report.article.authors[0].name == "Care Guide Editors"


def test_source_entries_with_backlinks_and_no_title() -> None:
    a = _article(
        "Sources\n\n  1. 1.^abcKnee pain(nhs.uk)\n  2. 2.^(example.org)\n  3. 3.^abacus use in clinics(example.org)\n"
    )
    first, untitled, lower = a.sources
    assert (first.number, first.title, first.domain, first.backlinks) == (1, "Knee pain", "nhs.uk", 3)
    assert (untitled.title, untitled.domain, untitled.backlinks) == ("", "example.org", 1)
    # backlink letters run a, b, c; with a lower-case title the whole run is taken as backlinks
    assert lower.backlinks == 2
    assert a.sources_heading is not None and a.sources_heading.text == "Sources"


def test_flattened_table_rows_are_cited_together() -> None:
    a = _article("Doses\n\nAgeDoseNotes\nAdults500 mgWith food [1]\nChildren250 mgCheck weight\n")
    cells = [(b.kind, b.row, b.text) for b in a.blocks if b.kind.startswith("table")]
    assert cells == [
        ("table_header", 1, "Age"),
        ("table_header", 1, "Dose"),
        ("table_header", 1, "Notes"),
        ("table_cell", 2, "Adults"),
        ("table_cell", 2, "500 mg"),
        ("table_cell", 2, "With food [1]"),
        ("table_cell", 3, "Children"),
        ("table_cell", 3, "250 mg"),
        ("table_cell", 3, "Check weight"),
    ]


def test_bullets_and_continuation_lines() -> None:
    a = _article("Tips\n\n  • Drink water through the day, more in hot\n    weather. [1]\n  • Rest. [2]\n")
    items = [b.text for b in a.blocks if b.kind == "list_item"]
    assert items == ["Drink water through the day, more in hot weather. [1]", "Rest. [2]"]


def test_bullets_touching_their_items_first_letter_are_list_items() -> None:
    a = _article(
        "Knee osteoarthritis\n\nThese steps can ease the pain:\n•lose weight if you are overweight\n"
        "•use heat or ice packs\n•exercise regularly\n"
    )
    items = [b.text for b in a.blocks if b.kind == "list_item"]
    assert items == ["lose weight if you are overweight", "use heat or ice packs", "exercise regularly"]


def test_a_thumbnails_name_and_a_widget_loading_are_chrome() -> None:
    a = _article(
        "Blood pressure medicines\n\nthumbnail-image\n\nLoading metrics\n\n"
        "Most blood pressure medicines are taken once a day. [1]\n"
    )
    roles = {b.text: b.role for b in a.blocks}
    assert roles["thumbnail-image"] == "chrome" and roles["Loading metrics"] == "chrome"


def test_headings_questions_lead_ins_and_chrome() -> None:
    a = _article(
        "Start Free\n\nKnee pain in runners\n\nKey Takeaway:\n\nWhy does it hurt?\n\n"
        "Overuse strains the tendon. [1]\n\nLearn more about sports injuries\n\nBook an appointment\n"
    )
    roles = [(b.kind, b.role, b.text) for b in a.blocks]
    assert roles == [
        ("line", "chrome", "Start Free"),
        ("heading", "body", "Knee pain in runners"),
        ("paragraph", "body", "Key Takeaway:"),
        ("heading", "body", "Why does it hurt?"),
        ("paragraph", "body", "Overuse strains the tendon. [1]"),
        ("line", "chrome", "Learn more about sports injuries"),
        ("line", "chrome", "Book an appointment"),
    ]


def test_hard_wrapped_paragraph_is_one_block() -> None:
    a = _article(
        "Knee pain\n\nRunners who increase their weekly distance quickly are more likely to\n"
        "develop pain at the front of the knee. [1]\n"
    )
    body = [b for b in a.blocks if b.kind == "paragraph"]
    assert len(body) == 1
    assert body[0].text.endswith("front of the knee. [1]")


def test_abstract_header_is_metadata() -> None:
    # a long title, the authors and each affiliation are lines of their own, and none of them is a claim
    a = _article(
        "Knee pain in amateur runners after a sudden rise in weekly distance: a prospective cohort study\n"
        "Ana Bell, Tomas Ruiz, Wen Li, Ruth Okafor, Daniel Weiss\n"
        "1 Department of Sports Medicine, Lakeside University Hospital, Leeds, United Kingdom\n"
        "Correspondence: Ana Bell, sports unit, Lakeside University Hospital\n\n"
        "Background: Knee pain is common in runners. [1]\n"
    )
    assert a.metadata.title == (
        "Knee pain in amateur runners after a sudden rise in weekly distance: a prospective cohort study"
    )
    assert [p.name for p in a.metadata.authors] == ["Ana Bell", "Tomas Ruiz", "Wen Li", "Ruth Okafor", "Daniel Weiss"]
    assert [(b.kind, b.role) for b in a.blocks[1:4]] == [("line", "byline")] * 3
    assert [b.text for b in a.body_blocks] == ["Background: Knee pain is common in runners. [1]"]


def test_nothing_depends_on_the_site_name() -> None:
    page = (PAGES / "published-page.txt").read_text(encoding="utf-8")
    renamed = page.replace("Brightleaf", "Qwzx")
    assert [(b.kind, b.role) for b in _article(page).blocks] == [(b.kind, b.role) for b in _article(renamed).blocks]


def test_title_after_a_site_menu_and_above_its_byline() -> None:
    a = _article(
        "Conditions\nDrugs\nWellness\n\n"
        "Gout in the big toe\n"
        "Medically reviewed by Sam Lee, MD — Written by Ana Bell — Updated on May 5, 2026\n\n"
        "Gout causes sudden joint pain. [1]\n"
    )
    assert a.metadata.title == "Gout in the big toe"
    assert a.metadata.reviewer is not None and a.metadata.reviewer.credentials == ["MD"]
    assert [p.name for p in a.metadata.authors] == ["Ana Bell"]
    assert a.metadata.updated == date(2026, 5, 5)


@pytest.mark.parametrize(
    ("config", "page", "reading", "why"),
    [
        (None, "Last reviewed: 3/11/2024\n", "2024-03-11", "default"),
        ({"date_order": "DMY"}, "Last reviewed: 3/11/2024\n", "2024-11-03", "config"),
        (None, "Last reviewed: 3/11/2024\nLast modified: 28/02/2024\n", "2024-11-03", "page"),
        (None, "Last reviewed: 3/11/2024\nYour GP can check the colour of the rash.\n", "2024-11-03", "language"),
    ],
)
def test_the_report_says_how_an_ambiguous_date_was_read(
    config: dict[str, str] | None, page: str, reading: str, why: str
) -> None:
    report = run_text("Ankle sprains\n\n" + page, fmt="text", path="page.txt", config=config, select=["META"])
    assert report.article.updated is not None and report.article.updated.isoformat() == reading
    assert (report.article.date_order, report.article.date_order_from) == (reading_order(reading), why)


def reading_order(iso: str) -> str:
    return "MDY" if iso.endswith("-11") else "DMY"


def test_unambiguous_dates_need_no_reading() -> None:
    report = run_text("Ankle sprains\n\nLast reviewed: 28/02/2024\n", fmt="text", path="page.txt", select=["META"])
    assert report.article.updated == date(2024, 2, 28)
    assert report.article.date_order is None


@pytest.mark.parametrize(
    ("page", "title"),
    [
        (
            "Is it normal to ache after a flu shot?\n\nAn ache is common. [1]\n",
            "Is it normal to ache after a flu shot?",
        ),
        ("Flu shots: what to expect\nFlu shots: what to expect\nAn ache is common. [1]\n", "Flu shots: what to expect"),
        ("Skip to main content\nJump to content\n\nFlu shots\n\nAn ache is common. [1]\n", "Flu shots"),
        (
            "Vaccines Hub\n\nWhat to expect after your flu shot\n\nAn ache is common. [1]\n",
            "What to expect after your flu shot",
        ),
        (
            "Patient Library\n\nThis library is provided by a partner.\n\n< Back\n\nFlu shots\n\nOverview\n\nAn ache is common. [1]\n",
            "Flu shots",
        ),
        (
            "Side Effects\n\nMedicine information provided by: Example Data Ltd\n\nMost people feel a sore arm. [1]\n",
            "Side Effects",
        ),
        (
            "Our Clinics\nPatient Help\nUseful Links\nPosted on: 2/3/2025\nSore arm after a flu shot: how long does it last?\n"
            "An ache is common. [1]\n",
            "Sore arm after a flu shot: how long does it last?",
        ),
        ("Tennis elbow\nElbow - tennis\nCauses\nTennis elbow comes from overuse of the forearm. [1]\n", "Tennis elbow"),
        (
            "2024 Sleep Health\n\nArticle Image\n\nShort naps may help night-shift workers, study finds\n\nA nap helps. [1]\n",
            "Short naps may help night-shift workers, study finds",
        ),
        (
            "4. Is a sore arm after a flu shot normal?\n\nAn ache is common. [1]\n",
            "Is a sore arm after a flu shot normal?",
        ),
        ("Atrial Fibrillation (AF)\nOverview\nAF makes the heart beat irregularly. [1]\n", "Atrial Fibrillation (AF)"),
        (
            "heart rhythm\n\nPalpitations: causes and care\n\nMost palpitations are harmless. [1]\n",
            "Palpitations: causes and care",
        ),
        (
            "Expert Guide\n\nSore throats in children\n\nMost sore throats clear up within a week. [1]\n",
            "Sore throats in children",
        ),
        # a short title over a deck that says something: the deck is no longer title
        (
            "Swelling after surgery\n\n\nOperations on the lymph nodes can lead to lasting swelling\n\n"
            "Swelling can appear months later. [1]\n",
            "Swelling after surgery",
        ),
        # but a station's name over a headline with a modal verb is no title
        (
            "Harbour TV\n\nCooling caps could save hair during chemotherapy\n\nHair loss worries many patients. [1]\n",
            "Cooling caps could save hair during chemotherapy",
        ),
        # a breadcrumb's own label, the crumbs lost in the copy
        ("You are here\n\nStretching\n\nStretching eases stiff joints in most people. [1]\n", "Stretching"),
        # a site and its section set off by a double colon, the author's name alone, a series part in brackets
        (
            "Harbour :: Symptom Guides\n\n\nDr Lee\n\nWhat Helps a Stiff Back? (A Guide for Patients, Pt. 2)\n\n"
            "Gentle movement eases a stiff back for most people. [1]\n",
            "What Helps a Stiff Back? (A Guide for Patients, Pt. 2)",
        ),
        # a brand and its slogan over the dates and the title
        (
            "HarbourLynx - we search the web\nMay 3, 2006\n\nKnee Braces and Ice\nAna Lima, Ben Cole and Cara Diaz\n\n"
            "Ice eases a swollen knee for most runners after a fall. [1]\n",
            "Knee Braces and Ice",
        ),
        # a site's name over an outdated-browser notice over the title
        (
            "Joint Services\n\nThis site is best viewed with a modern browser. You appear to be using an old version of "
            "Internet Explorer.\n\nSide effects\n\nMost side effects of the injection settle within a week. [1]\n",
            "Side effects",
        ),
        # a headline with its label, longer than any heading
        (
            "Title: Short afternoon naps linked to better memory in adults over sixty who sleep badly at night\n"
            "A nap helps. [1]\n",
            "Short afternoon naps linked to better memory in adults over sixty who sleep badly at night",
        ),
        # a title that asks and answers, printed twice
        (
            "Feeling sick? Know where to go.\n\nFeeling sick? Know where to go.\n\nA nap helps. [1]\n",
            "Feeling sick? Know where to go.",
        ),
        # a site section's label ending in a colon over a one-word title
        ("Help with common illnesses:\nEarache\nMost earaches get better in three days. [1]\n", "Earache"),
        # a language picker and a practice banner printed twice, and a section label, over the title
        (
            "Translate this page: English\nFormerly Valley Oncology Request an Appointment\n"
            "Translate this page: English\nFormerly Valley Oncology Request an Appointment\n\n"
            "Living with cancer\n\nMouth sores\n\nMouth sores are common during chemotherapy. [1]\n",
            "Mouth sores",
        ),
        # a widget, a home button and a banner in another script over the section label and title
        (
            "快猫短视频\n\n+ -Text Size\n\nCampuses: Home button\n\nTargeted Therapy\n\n"
            "Side Effects of Targeted Therapy\n\nRash is common with some targeted drugs. [1]\n",
            "Side Effects of Targeted Therapy",
        ),
        # a logo, an app prompt and a printable-copy link over the title
        (
            "Healthsite Logo\nGet the App\n\nTo view a printable PDF version of this guide, click here.\n\n"
            "Going home after surgery\n\nMost people go home within two days. [1]\n",
            "Going home after surgery",
        ),
        # a loading notice over a title whose abbreviation carries figures
        ("Loading...\n\nAbout Mpox (MPXV-1)\n\nMpox spreads through close contact. [1]\n", "About Mpox (MPXV-1)"),
        # a print link under the title, over its first section's question
        (
            "Skip to content Harbour Public Health Search\n\nHead lice\n\nPrinter friendly version\n\n"
            "What is it?\n\n  • Head lice are small insects that live in the hair. [1]\n",
            "Head lice",
        ),
        # the title over its first section, a question on what the title names
        (
            "Hay Fever\n\nWhat Is Hay Fever Exactly?\n\nHay fever is an allergy to pollen that makes you sneeze. [1]\n",
            "Hay Fever",
        ),
        # the service's name over the page's title
        (
            "Student Health and Wellness Services\n\nSore throat self-care\n\n"
            "Most sore throats are caused by viruses and get better within a week. [1]\n",
            "Sore throat self-care",
        ),
        # a government department printed twice, the programme, and the breadcrumb over the title
        (
            "Harbour Department of Health\nHarbour Department of Health\nKidney Care Programme\n"
            "Home > Treatments > Dialysis Guide > Overview\n\nDialysis Guide\n\n"
            "Dialysis does the work of the kidneys when they fail. [1]\n",
            "Dialysis Guide",
        ),
        # a pager over the title
        (
            "Campus Self-Care Handbook\n\nTable of Contents\n\nPrevious Topic | Next Topic\n\nEar Infections\n\n"
            "Most ear infections clear up without antibiotics in three days. [1]\n",
            "Ear Infections",
        ),
        # a helpline's promo with its number, and a disclaimer, over the title
        (
            "Questions about your test?\n1-800-555-0100\nDISCLAIMER\n"
            "This website refers visitors to testing services and gives no medical advice.\n\n"
            "Gonorrhoea Testing\n\nGonorrhoea is a bacterial infection passed on through sex. [1]\n",
            "Gonorrhoea Testing",
        ),
        # a category over a reader's question, the answer under it
        (
            "Side Effects\n\nIf I feel no nausea after the pill, does that mean it is not working?\n\n"
            "No: most people who take it feel nothing at all and it still works. [1]\n",
            "If I feel no nausea after the pill, does that mean it is not working?",
        ),
        # a headline of two sentences over its writer and date
        (
            "Worried about shingles? What to know before you see the pharmacist.\nAna Lima, RPh\n"
            "Published: 2025-03-02\nShingles is a painful rash on one side of the body. [1]\n",
            "Worried about shingles? What to know before you see the pharmacist.",
        ),
        # a journal's labels as list items over the title and its abstract
        (
            "Skip to main content\n  • Research article\n  • Open access\n  • Published:\n\n"
            "Falls after hip surgery in older adults are still common a decade on - a systematic review of cohort "
            "studies\n\nAbstract\n\nBackground\n\nFalls are common after hip surgery. [1]\n",
            "Falls after hip surgery in older adults are still common a decade on - a systematic review of cohort studies",
        ),
        # a notice asking for another browser over the title
        (
            "For the best experience on our site, we recommend using a different browser.\n"
            "Using Internet Explorer may stop some features from working.\n\n\nFlu Season: What You Need to Know\n\n"
            "Flu spreads most easily in the winter months. [1]\n",
            "Flu Season: What You Need to Know",
        ),
        # a services menu of cards, each name printed twice over its blurb, over the title
        (
            "Family Medicine\nFamily Medicine\nFrom checkups to vaccines, see our family medicine services.\n"
            "Heart Care\nHeart Care\nSee our list of heart services.\n\n"
            "Four Facts About Kidney Stones\n\nKidney stones form when minerals in the urine crystallise. [1]\n",
            "Four Facts About Kidney Stones",
        ),
        # the page's markup leaked into the copy over the title printed twice
        (
            'class="page page-id-12 page-child parent-pageid-40 page-template-default theme-responsive-on '
            "theme-menu-auto-arrows-on theme-submenu-borders-on theme-fixed-menu-on top-bg-color-dark "
            'no-title-section">\n\nSpacer Technique\n\nSpacer Technique\n\n'
            "Click HERE for a video showing how to use a spacer with an inhaler\n\n"
            "A spacer helps more of the medicine reach the lungs. [1]\n",
            "Spacer Technique",
        ),
        # a cookie notice in sentences, its links and a dangling pointer over a reader's question
        (
            "We are using cookies to give you the best experience on our site. Cookies are files stored in your "
            "browser.\n\nBy continuing to use our website, you are agreeing to our use of cookies.\n\nFind out more\n"
            "For more information, go to\n\nCan steroids cause thrush?\n\n"
            "Steroid inhalers can let thrush grow in the mouth. [1]\n",
            "Can steroids cause thrush?",
        ),
        # a journal platform's menus and widgets over a paper's long title and its abstract
        (
            "Skip to main content\nAdvertisement\nBrowse Subject Areas\n?\n\n"
            "Click through the taxonomy to find articles in your field.\n\n  • Loading metrics\n\n"
            "Effects of walking programmes on blood pressure among older adults with hypertension: a systematic "
            "review\n\nAbstract\n\nWalking lowers blood pressure a little in older adults. [1]\n",
            "Effects of walking programmes on blood pressure among older adults with hypertension: a systematic review",
        ),
        # the blog's title over a byline the reader cannot take apart
        (
            "Teething (part one)\n\nBy Dr Ana Lima - PaediatricianGeneral12 Mar 2019\n\n"
            "Most babies start teething at about six months. [1]\n",
            "Teething (part one)",
        ),
    ],
)
def test_title_is_the_first_real_heading(page: str, title: str) -> None:
    a = _article(page)
    assert a.metadata.title == title
    # the chrome above the title and a second copy of it are neither claims nor sections
    headings = [b.text for b in a.blocks if b.kind == "heading"]
    assert headings[0] == title and headings.count(title) == 1
    assert all(b.role != "body" or b.start >= a.metadata.spans["title"][0] for b in a.blocks)


def test_a_headline_over_its_deck_printed_again_over_the_text_is_the_title() -> None:
    a = _article(
        "Harbour Health Magazine\n\nBowl of oats that is helpful to lower cholesterol\n\n"
        "Why Oats May Lower Your Cholesterol\n\n"
        "Oats hold a soluble fibre that binds cholesterol in the gut and carries it out of the body.\n\n"
        "Reviewed by: Ana Lima, PhD, in May 2024. Written by: Sam Roe.\n\n"
        "Why Oats May Lower Your Cholesterol\n\nOat fibre lowers LDL cholesterol by a few per cent. [1]\n"
    )
    assert a.metadata.title == "Why Oats May Lower Your Cholesterol"
    assert [p.name for p in a.metadata.authors] == ["Sam Roe"]
    # the deck under the first copy is the article's text, checked as a claim
    deck = next(b for b in a.blocks if b.text.startswith("Oats hold"))
    assert deck.role == "body"


def test_compact_export_headings_and_lone_bullets() -> None:
    a = _article(
        "Shin splints\n"
        "Shin splints are pain along the inner edge of the shin bone after running. [1]\n"
        "Why it happens\n"
        "-\n"
        "Load: running on hard ground strains the muscle attachments. [2]\n"
        "When to see a doctor\n"
        "- The pain is there at rest. [3]\n"
    )
    assert [(b.kind, b.text) for b in a.blocks if b.kind != "paragraph"] == [
        ("heading", "Shin splints"),
        ("heading", "Why it happens"),
        ("list_item", "Load: running on hard ground strains the muscle attachments. [2]"),
        ("heading", "When to see a doctor"),
        ("list_item", "The pain is there at rest. [3]"),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "To continue reading this article, you must log in.",
        "We use cookies to improve your visit. Accept all cookies",
        "Sign up for our weekly newsletter",
        "Phone: 0800 000 0000",
        "Call 911.",
        "Print",
    ],
)
def test_page_furniture_is_never_body(line: str) -> None:
    a = _article(
        f"Back pain\n\nMost back pain gets better within six weeks. [1]\n\n{line}\n\nHeat can ease stiffness. [2]\n"
    )
    block = next(b for b in a.blocks if b.text.startswith(line.rstrip(".")))
    assert block.role == "chrome" and block.kind != "heading"


def test_a_document_viewers_page_markers_are_chrome_even_as_list_items() -> None:
    a = _article(
        "Hair loss\n\n  • pg 1\nCoping with hair loss\n\nHair often thins two weeks into treatment. [1]\n\n"
        "Page 2\n\nMost hair grows back within months. [2]\n"
    )
    markers = [b for b in a.blocks if b.text.strip() in ("pg 1", "Page 2")]
    assert len(markers) == 2 and all(b.role == "chrome" and b.kind != "heading" for b in markers)


@pytest.mark.parametrize(
    ("page", "authors"),
    [
        # a doctor's name alone between the site's trail and the title
        (
            "Harbour :: Guides\n\nDr Lee\n\nStiff backs\n\nGentle movement eases a stiff back for most people. [1]\n",
            ["Dr Lee"],
        ),
        # the same name with a professor's title, above a title of its own
        (
            "Prof Ana Lima\n\nStiff backs\n\nGentle movement eases a stiff back for most people. [1]\n",
            ["Prof Ana Lima"],
        ),
    ],
)
def test_authors_named_alone_near_the_title(page: str, authors: list[str]) -> None:
    a = _article(page)
    assert [p.name for p in a.metadata.authors] == authors
    assert all(b.role != "body" for b in a.blocks if any(name in b.text for name in authors))


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Agony aunt and sex therapist Jo Bell answers:", "Jo Bell"),
        ("Ana Lima RN, MSN, Harbour Health's Nurse Correspondent, responds:", "Ana Lima"),
    ],
)
def test_the_person_a_qa_column_says_answers_is_the_author(line: str, author: str) -> None:
    a = _article(
        f"Painful sex\n\nIt hurts since my treatment. Is that normal?\n\n{line}\n\n"
        "Pain during sex is common after pelvic radiotherapy. [1]\n"
    )
    assert [p.name for p in a.metadata.authors] == [author]
    assert next(b for b in a.blocks if b.text == line).role == "byline"


def test_entries_keep_numbers_and_offsets_in_every_list_style() -> None:
    a = _article(
        "Sprains\n\nA sprain is a torn ligament. [1] [2]\n\nBibliography\n\n"
        "[1] Lund K. Ankle ligament injuries. Sports Med Review. 2018;12(3):40-47.\n"
        "2) Example Health Service. Sprains. https://health.example.org/sprains\n"
    )
    assert [(s.display_id, s.title[:12]) for s in a.sources] == [("1", "Lund K. Ankl"), ("2", "Example Heal")]
    for s in a.sources:
        assert a.text[s.start : s.end] == s.text
    assert [b.role for b in a.blocks if b.kind == "list_item"] == ["source_entry", "source_entry"]


def test_a_picture_described_over_a_heading_is_no_section() -> None:
    a = _article(
        "Back pain\n\nMost back pain gets better. [1]\n\nWoman holding a hot water bottle\n\nHave questions?\n\nAsk us.\n"
    )
    caption = next(b for b in a.blocks if b.text.startswith("Woman"))
    assert (caption.kind, caption.role) == ("line", "chrome")


def test_a_paragraph_ending_in_a_flattened_citation_is_no_heading() -> None:
    a = _article(
        "Heel pain\n\nPlantar fasciitis causes most heel pain.1 Stretching helps most people.2\n\nRest helps.3\n"
    )
    assert [b.kind for b in a.blocks] == ["heading", "paragraph", "paragraph"]
    assert a.metadata.title == "Heel pain"


@pytest.mark.parametrize(
    ("line", "field", "day"),
    [
        ("Last reviewed: 1/4/2018", "updated", date(2018, 1, 4)),
        ("Reviewed 7/28/2022", "updated", date(2022, 7, 28)),
        ("Review Date 5/17/2024", "updated", date(2024, 5, 17)),
        ("Current as of: July 31, 2024", "updated", date(2024, 7, 31)),
        ("This topic was updated on January 9, 2017.", "updated", date(2017, 1, 9)),
        ("Approved by the Harbour Editorial Board, 05/2022", "updated", date(2022, 5, 1)),
        ("Last updated: November 28, 2025View editorial policy", "updated", date(2025, 11, 28)),
        ("Published 2 March 2023", "published", date(2023, 3, 2)),
        ("Date of last review: March 2024", "updated", date(2024, 3, 1)),
        ("Originally published: 5 May 2024", "published", date(2024, 5, 5)),
        ("Last modified: 12/12/2022 5:28 AM", "updated", date(2022, 12, 12)),
        ("Reviewed by:Last reviewed on August 30, 2023", "updated", date(2023, 8, 30)),
        ("Revised: February 2025", "updated", date(2025, 2, 1)),
        ("Thursday 6 June 2024", "published", date(2024, 6, 6)),
        ("Published: Tue, 4 Jun 2024", "published", date(2024, 6, 4)),
        ("Date issued: October 2021", "published", date(2021, 10, 1)),
        # a booklet's imprint, its label set off by spaces: the edition is the date it was published
        ("Edition     March 2019", "published", date(2019, 3, 1)),
        ("Edition date: 4 May 2020", "published", date(2020, 5, 4)),
        ("Published 4 May 2016 Volume 2016:9 Pages 101-110", "published", date(2016, 5, 4)),
        ("Last Medical Review: June 2, 2023 Last Revised: June 9, 2023", "updated", date(2023, 6, 9)),
        ("Editor: Ana Lima Updated: 3/14/2024 9:05:33 PM", "updated", date(2024, 3, 14)),
        # the time of day after a bar, its zone in brackets
        ("Updated: 14 Feb 2024 | 09:15 AM (UTC)", "updated", date(2024, 2, 14)),
        ("Posted 2 Oct 2023, 18:40 (GMT)", "published", date(2023, 10, 2)),
        # year first, with slashes or dots
        ("Published: 2022/08/25", "published", date(2022, 8, 25)),
        ("Last updated: 2023.11.04", "updated", date(2023, 11, 4)),
        # a question-and-answer page dates the question and the answer: either is when the page was published
        ("Ask Date: 2022/08/25", "published", date(2022, 8, 25)),
        ("Reply Date: 2022/08/26", "published", date(2022, 8, 26)),
        ("Answered on : 2024-02-10", "published", date(2024, 2, 10)),
    ],
)
def test_date_lines_in_every_common_form(line: str, field: str, day: date) -> None:
    a = _article(f"Knee pain\n\n{line}\n\nRest helps most runners recover. [1]\n")
    assert getattr(a.metadata, field) == day
    start, end = a.metadata.spans[field]
    assert a.text[start:end] in line and any(ch.isdigit() for ch in a.text[start:end])
    assert next(b for b in a.blocks if b.text == line).role == "byline"


def test_a_numbered_line_over_its_own_paragraph_is_a_heading() -> None:
    a = _article(
        "Signs to see a doctor\n\n1. A Cough Lasting Three Weeks\n\nA lingering cough can point to a lung problem.\n\n"
        "Tips:\n\n1. Keep a diary\n2. Bring a friend\n"
    )
    assert [(b.kind, b.text) for b in a.blocks if b.kind != "paragraph"] == [
        ("heading", "Signs to see a doctor"),
        ("heading", "1. A Cough Lasting Three Weeks"),
        ("list_item", "Keep a diary"),
        ("list_item", "Bring a friend"),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "0800 555 0199 Toll Free",
        "basics-icon",
        "Terms of Use",
        "Twitter - White Circle",
        "Shopping Cart",
        "icon8 clinical references",
    ],
)
def test_phone_lines_icons_and_footer_links_are_chrome(line: str) -> None:
    a = _article(f"Back pain\n\nMost back pain gets better within six weeks. [1]\n\n{line}\n")
    assert next(b for b in a.blocks if b.text == line).role == "chrome"


def test_a_range_of_figures_is_not_a_phone_number() -> None:
    a = _article("Doses\n\nAdults take:\n\n10 - 2000\n")
    assert a.blocks[-1].role == "body"


def test_a_section_label_over_the_title_is_neither_title_nor_author() -> None:
    a = _article(
        "Heart Health\n\nLowering Your Cholesterol\n\nBy Ana Bell, RN\nMedically reviewed by Sam Lee, MD\n\n"
        "Statins lower LDL cholesterol in most adults. [1]\n"
    )
    assert a.metadata.title == "Lowering Your Cholesterol"
    assert [p.name for p in a.metadata.authors] == ["Ana Bell"]
    assert a.metadata.reviewer is not None and a.metadata.reviewer.name == "Sam Lee"


@pytest.mark.parametrize("label", ["About This Resource", "About this leaflet", "About this information"])
def test_an_about_this_leaflet_label_under_the_title_is_no_title(label: str) -> None:
    a = _article(
        f"Skip to Main Content\n\nSymptom Management\n\n{label}\n\nAuthor: Riverside Regional Cancer Program\n\n"
        "Revised: January 2025\n\nImmunotherapy can cause swelling in any organ of your body.\n"
    )
    assert a.metadata.title == "Symptom Management"
    assert [p.name for p in a.metadata.authors] == ["Riverside Regional Cancer Program"]


def test_a_deck_on_the_titles_topic_between_the_title_and_its_byline_is_no_title() -> None:
    a = _article(
        "Return to Previous Page\n\nChemo Nerve Damage\n\nAnswering Your Questions about a Nerve Condition Caused by "
        "Chemotherapy\n\nby Ann Berrow, BSN, RN, and Carl Tamsin, RN\n\nNerve damage can cause tingling in the hands.\n"
    )
    assert a.metadata.title == "Chemo Nerve Damage"
    assert [p.name for p in a.metadata.authors] == ["Ann Berrow", "Carl Tamsin"]
    # a section label shares no word with the title under it: the title is still the longer line
    b = _article("Heart Health\n\nWhat You Can Do to Lower Your Cholesterol\n\nBy Ana Bell, RN\n\nStatins help. [1]\n")
    assert b.metadata.title == "What You Can Do to Lower Your Cholesterol"


def test_a_short_title_over_its_byline_in_a_compact_export() -> None:
    a = _article(
        "Heart Health\nLow Cholesterol Diets\nBy Ana Bell, RN\nStatins lower LDL cholesterol in most adults. [1]\n"
    )
    assert a.metadata.title == "Low Cholesterol Diets"
    assert [p.name for p in a.metadata.authors] == ["Ana Bell"]


@pytest.mark.parametrize(
    "heading", ["Sources", "References", "Reference:", "Bibliography", "Citations", "Works cited", "Notes", "Footnotes"]
)
@pytest.mark.parametrize("compact", [True, False])
def test_source_list_headings(heading: str, compact: bool) -> None:
    gap = "\n" if compact else "\n\n"
    a = _article(
        gap.join(
            [
                "Sprains",
                "A sprain is a torn ligament. [1]",
                heading,
                "1. Lund K. Ankle ligament injuries. Sports Med Review. 2018;12(3):40-47.",
            ]
        )
        + "\n"
    )
    assert a.sources_heading is not None and a.sources_heading.text == heading
    assert [(s.number, s.title[:4]) for s in a.sources] == [(1, "Lund")]


def test_a_figure_caption_is_chrome() -> None:
    a = _article("Knee pain\n\nFigure 1: The knee joint from the front\n\nThe knee is a hinge joint. [1]\n")
    assert next(b for b in a.blocks if b.text.startswith("Figure")).role == "chrome"


def test_items_spaced_out_under_a_lead_in_and_the_heading_after_them() -> None:
    a = _article(
        "Flu\n\nCommon signs include:\n\nFever\n\nSore throat\n\nAching muscles\n\n"
        "When to see a doctor\n\nCall your GP if you are short of breath. [1]\n"
    )
    assert [(b.kind, b.text) for b in a.blocks][2:] == [
        ("list_item", "Fever"),
        ("list_item", "Sore throat"),
        ("list_item", "Aching muscles"),
        ("heading", "When to see a doctor"),
        ("paragraph", "Call your GP if you are short of breath. [1]"),
    ]


def test_compact_items_under_a_lead_in_and_the_heading_after_them() -> None:
    a = _article(
        "Flu\nCommon signs include:\nFever\nSore throat\nWhen to see a doctor\nCall your GP if you are short of breath. [1]\n"
    )
    assert [(b.kind, b.text) for b in a.blocks][2:] == [
        ("list_item", "Fever"),
        ("list_item", "Sore throat"),
        ("heading", "When to see a doctor"),
        ("paragraph", "Call your GP if you are short of breath. [1]"),
    ]


def test_a_heading_that_starts_like_a_button_is_still_a_heading() -> None:
    a = _article("Gout\n\nShared decision making\n\nYou and your doctor choose a treatment together. [1]\n\nShare\n")
    assert [(b.kind, b.role) for b in a.blocks][1:] == [("heading", "body"), ("paragraph", "body"), ("line", "chrome")]


def test_a_run_of_short_link_lines_is_chrome_but_the_last_heads_its_text() -> None:
    a = _article(
        "Neuropathy\nNeuropathy is damage to the nerves of the hands and feet. [1]\n"
        "Checklists\nOther resources\nManaging symptoms\nLooking after your feet\nCheck your feet every day for cuts. [2]\n"
    )
    roles = [(b.kind, b.role, b.text) for b in a.blocks][2:]
    assert roles == [
        ("line", "chrome", "Checklists"),
        ("line", "chrome", "Other resources"),
        ("line", "chrome", "Managing symptoms"),
        ("heading", "body", "Looking after your feet"),
        ("paragraph", "body", "Check your feet every day for cuts. [2]"),
    ]


def test_review_dates_printed_as_the_last_list_items() -> None:
    a = _article(
        "Fever in adults\n\nA fever can be the first sign of an infection. [1]\n\n"
        "- Keep a thermometer at home.\n- Page last reviewed: March 3, 2020\n- Page last updated: April 9, 2021\n"
    )
    assert a.metadata.updated == date(2021, 4, 9)
    start, end = a.metadata.spans["updated"]
    assert a.text[start:end] == "April 9, 2021"
    # the date lines are bylines, not items of the list above them
    assert [b.text for b in a.blocks if b.kind == "list_item"] == ["Keep a thermometer at home."]


def test_a_job_title_after_the_author_is_not_a_second_author() -> None:
    a = _article("Knee pain in runners\n\nBy Tom Green, Senior Health Editor\n\nRest helps most runners. [1]\n")
    assert [p.name for p in a.metadata.authors] == ["Tom Green"]


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        # no comma before "and": the credentials still belong to the first name
        (
            "By Ann Berrow, BSN, RN and Carl Tamsin, BSN, RN",
            [("Ann Berrow", ["BSN", "RN"]), ("Carl Tamsin", ["BSN", "RN"])],
        ),
        # a contributor added with "with", after a lower-case "by"
        (
            "by Ann Berrow, BSN, RN, and Carl Tamsin, RN, with Ellen Q. Marsh, PhD, AOCN",
            [("Ann Berrow", ["BSN", "RN"]), ("Carl Tamsin", ["RN"]), ("Ellen Q. Marsh", ["PhD", "AOCN"])],
        ),
    ],
    ids=["and without a comma", "with a contributor"],
)
def test_credentialed_authors_joined_by_and_or_with_are_each_an_author(
    byline: str, authors: list[tuple[str, list[str]]]
) -> None:
    a = _article(f"Nerve damage from chemotherapy\n\n{byline}\n\nNerve damage can cause tingling in the hands.\n")
    assert [(p.name, p.credentials) for p in a.metadata.authors] == authors


@pytest.mark.parametrize(
    ("byline", "name", "credentials"),
    [
        ("Authored by Nina Govan, BPharm(Hons)", "Nina Govan", ["BPharm"]),
        ("By Nina Govan, MBBS, MD (General Medicine)", "Nina Govan", ["MBBS", "MD"]),
        ("By Mark Portal, MD-FACP", "Mark Portal", ["MD-FACP"]),
        ("Written by Mark Portal MD-PhD", "Mark Portal", ["MD-PhD"]),
        ("By Dana Collet-Fenn, Audiologist and MD of Aston Hearing", "Dana Collet-Fenn", []),
        ("By Dr. Rina Haas, Nutrition Scientist at Dairy Harbour", "Dr. Rina Haas", []),
        ("Nina Govan Nina Govan Senior Writer and Contributor", "Nina Govan", []),
        ("by Nina Govan Health Writer", "Nina Govan", []),
        ("By Nina Govan - Staff Writer", "Nina Govan", []),
        ("By Nina Govan RD (SA)", "Nina Govan", ["RD"]),
        ("By Nina Govan, MPH, Harbour Medical School", "Nina Govan", ["MPH"]),
        ("Written by Dr Nina Govan, Founder and Lead GP at HarbourGP", "Dr Nina Govan", []),
        ("Advisory by Nina Govan, Harbour Patient Care Pharmacist", "Nina Govan", []),
        ("Compiled by Nina Govan, RN", "Nina Govan", ["RN"]),
        ("Post by Nina Govan, CNM, MS", "Nina Govan", ["CNM", "MS"]),
        ("By Nina Govan; photography by Omar Reyes", "Nina Govan", []),
        ("By Dr Nina Govan, Associate Vice President, HarbourWorks", "Dr Nina Govan", []),
        ("Nina Govan, Licensed Registered Dietitian Nutritionist", "Nina Govan", []),
        ("Nina Govan Reyes, Jr. M.D., FACS", "Nina Govan Reyes", ["MD", "FACS"]),
        ("Author(s)Nina Govan, PharmD", "Nina Govan", ["PharmD"]),
    ],
    ids=[
        "bracketed class",
        "bracketed subject",
        "joined credentials",
        "joined credentials with no comma",
        "job at a company",
        "job of several words at a company",
        "name printed twice",
        "job with no comma",
        "job after a dash",
        "country of a credential",
        "school after the credentials",
        "two jobs at a company",
        "advice credit",
        "compiled by",
        "post by",
        "photographer after a semicolon",
        "employer after the job",
        "name and job with no by",
        "name suffix before the credentials",
        "authors label glued to the name",
    ],
)
def test_a_byline_with_credentials_or_jobs_written_in_other_ways_names_its_author(
    byline: str, name: str, credentials: list[str]
) -> None:
    a = _article(f"Chest pain in adults\n\n{byline}\n\nChest pain may come from the heart or the lungs.\n")
    assert [(p.name, p.credentials) for p in a.metadata.authors] == [(name, credentials)]
    assert a.metadata.title == "Chest pain in adults"


@pytest.mark.parametrize(
    "page",
    [
        "Foot blisters\n\nMarta Quell\n\nA blister forms when a shoe rubs the same patch of skin for hours.\n",
        # the title printed again over the text, a shelf label and an edition between
        "Foot blisters\n\n+Walking Guide\nOnline\n\nFoot blisters\n\nMarta Quell\n\n"
        "A blister forms when a shoe rubs the same patch of skin for hours.\n",
    ],
    ids=["under the title", "under the title printed again"],
)
def test_a_name_alone_under_the_title_is_the_writer(page: str) -> None:
    a = _article(page)
    assert [p.name for p in a.metadata.authors] == ["Marta Quell"]
    assert a.metadata.title == "Foot blisters"
    assert not any(b.kind == "heading" and b.text == "Marta Quell" for b in a.blocks)


@pytest.mark.parametrize(
    "page",
    [
        # words the page also prints in lower case are no name: a label under the title
        "Foot blisters\n\nTrail Kit\n\nA trail kit holds plasters, tape and a clean needle for a big blister.\n",
        # a heading over a list is no byline
        "Foot blisters\n\nMarta Quell\n\n- Keep the blister covered with a plaster until it heals on its own\n",
    ],
    ids=["word printed in lower case", "heading over a list"],
)
def test_a_label_under_the_title_is_no_writer(page: str) -> None:
    assert _article(page).metadata.authors == []


def test_a_clinician_line_over_a_standfirst_is_the_author_and_never_the_title() -> None:
    a = _article(
        "Dr. Nina Govan, DNB(Internal Medicine), MRCP-1(UK)\n\nIs the chest pain you feel just indigestion, or could "
        "your body be warning you of something more serious?\n\nChest pain may come from the heart or the lungs.\n"
    )
    assert [(p.name, p.credentials) for p in a.metadata.authors] == [("Dr. Nina Govan", ["DNB", "MRCP"])]
    assert a.metadata.title != "Dr. Nina Govan, DNB(Internal Medicine), MRCP-1(UK)"


@pytest.mark.parametrize(
    ("line", "authors", "published"),
    [
        ("February 4, 2015 / Mark Portal, MD-FACP", ["Mark Portal"], date(2015, 2, 4)),
        ("March 2, 2021 | Dr. Ana Lima", ["Dr. Ana Lima"], date(2021, 3, 2)),
        ("January 15, 2020/Cancer Care", [], date(2020, 1, 15)),  # the post's category, not its writer
        ("08/11/23  3:03 PM PST", [], date(2023, 8, 11)),  # a two-digit year with the time of posting
    ],
)
def test_a_date_line_with_a_writer_or_a_time_after_it(line: str, authors: list[str], published: date) -> None:
    a = _article(f"Falls in older adults\n\n{line}\n\nFalls are common and often preventable.\n")
    assert [p.name for p in a.metadata.authors] == authors
    assert a.metadata.published == published


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        # a reference site's credits: the editor is no author, and "more..." opens the full list
        ("  • Author: Ana Lima, MD, FACS; Chief Editor: Sam Roe, MD  more...", ["Ana Lima"]),
        ("Author: Ana Lima, MD; Section Editor: Sam Roe, MD", ["Ana Lima"]),
        # a wiki's credit set off by a dash
        ("Top Contributors - Ana Lima, Kim Jackson and Sam Roe", ["Ana Lima", "Kim Jackson", "Sam Roe"]),
    ],
)
def test_credit_lines_of_reference_sites_and_wikis_name_the_authors(line: str, authors: list[str]) -> None:
    a = _article(f"Erectile Dysfunction\n\nUpdated: Jul 19, 2022\n{line}\n\nErectile dysfunction is common.\n")
    assert [p.name for p in a.metadata.authors] == authors


@pytest.mark.parametrize(
    "line",
    [
        "Harbour Journal of Medicine, December 2019, Vol. 119, 833-838. doi:https://doi.org/10.5555/hjm.2019.135",
        "Harbour Journal of Medicine, December 2019, Vol. 119, 833-838.",
    ],
)
def test_a_journal_citation_line_under_the_title_is_no_text(line: str) -> None:
    a = _article(f"Returning to Sport After Concussion\n\n{line}\n\nMost athletes recover within four weeks.\n")
    assert next(b for b in a.blocks if b.text == line).role == "chrome"


def test_byline_parts_split_by_full_stops() -> None:
    a = _article(
        "Knee pain in runners\n\nBy Lena Marsh, Senior Health Writer. Reviewed by Omar Reyes, MD. Updated May 5, 2025\n\n"
        "Rest helps most runners. [1]\n"
    )
    assert [p.name for p in a.metadata.authors] == ["Lena Marsh"]
    assert a.metadata.reviewer is not None and a.metadata.reviewer.name == "Omar Reyes"
    assert a.metadata.updated == date(2025, 5, 5)


def test_an_author_under_an_article_author_label() -> None:
    a = _article("Knee pain\n\nArticle Author:\nPriya Raman\n\nKnee pain is common in runners. [1]\n")
    assert [p.name for p in a.metadata.authors] == ["Priya Raman"]


def test_a_site_menu_of_bulleted_links_is_chrome_and_the_title_follows_it() -> None:
    topics = ["Bone Health", "Body Image", "Hair Loss", "Heart Health", "Sleep Loss", "Weight Loss", "Stress Reduction"]
    topics += ["Managing Medications", "Skin and Nail Changes", "Appetite Changes", "Bowel Management"]
    page = "What do these drugs do?\n" + "".join(f"- {t}\n" for t in topics)
    page += "Mouth Care During Treatment\nChemotherapy can cause painful mouth sores. [1]\n"
    a = _article(page)
    assert a.metadata.title == "Mouth Care During Treatment"
    menu = [b for b in a.blocks if b.text.lstrip("- ") in topics]
    assert len(menu) == len(topics) and all(b.role == "chrome" for b in menu)


def test_a_symptom_list_in_title_case_is_no_menu() -> None:
    items = ["Hand Pain", "Foot Pain", "Poor Balance", "Jaw Pain", "Hearing Loss", "Muscle Weakness", "Cold Feet"]
    for head in ("Symptoms can include:", "When to call your care team"):
        a = _article("Neuropathy\n\n" + head + "\n" + "".join(f"- {t}\n" for t in items))
        assert [b.kind for b in a.blocks if b.role == "body"][-len(items) :] == ["list_item"] * len(items)


def test_a_sentence_wrapped_after_its_subject_is_one_paragraph() -> None:
    a = _article("Neuropathy\n\nPeripheral neuropathy\ncan be a side effect of some chemotherapy medicines. [1]\n")
    body = [b for b in a.blocks if b.role == "body" and b.kind != "heading"]
    assert [b.text.split() for b in body] == [
        "Peripheral neuropathy can be a side effect of some chemotherapy medicines. [1]".split()
    ]


def test_chrome_over_a_news_story_and_its_archive_date() -> None:
    page = (
        "You are on page 1of 40\n\nFree UK delivery over £30.00\n\nThis story is from March 3, 2015\n\n"
        "Flu cases rise in the city\n\n– 4 MIN READ\n\nFlu cases doubled this month, doctors said. [1]\n"
    )
    a = _article(page)
    assert a.metadata.title == "Flu cases rise in the city"
    assert a.metadata.published == date(2015, 3, 3)
    assert a.metadata.reading_time_minutes == 4


def test_a_journal_history_line_gives_the_publication_date_and_no_update() -> None:
    a = _article(
        "Knee pain\n\nReceived: 2 May 2023 / Revised: 9 June 2023 / Accepted: 20 June 2023 / Published: 1 July 2023"
        "\n\nRest helps most runners recover. [1]\n"
    )
    assert (a.metadata.published, a.metadata.updated) == (date(2023, 7, 1), None)


def test_a_dated_line_that_goes_on_as_a_sentence_is_no_byline() -> None:
    a = _article("Knee pain\n\nPublished 4 May 2016 in a journal, the trial found that rest helps\n\nRest helps. [1]\n")
    assert a.metadata.published is None


def test_the_items_under_a_chrome_lead_in_are_chrome() -> None:
    a = _article("Knee pain\n\nRest helps most runners recover. [1]\n\nJump to a section:\n\n(En español)\n")
    assert next(b for b in a.blocks if b.text == "(En español)").role == "chrome"


# the title of a page-text copy, under page chrome or in a shape of its own: each case gives the page, the title
# it must find, and a line that must be chrome (or None)
# the separators a breadcrumb trail is printed with, and the names the test ids give them
_CRUMB_SEPARATORS = (
    (">>", "double-arrows"),
    (">", "arrows"),
    ("›", "angle-quotes"),
    ("/", "slashes"),
    ("»", "guillemets"),
)
PAGE_TEXT_TITLES = [
    pytest.param(
        "🌿 Calming a Racing Heart: Two Breathing Exercises\nA racing heart can feel alarming, but slow breathing often "
        "helps it settle within minutes.\nThe steps below take less than five minutes each.\n",
        "Calming a Racing Heart: Two Breathing Exercises",
        None,
        id="a-title-dressed-with-a-pictogram",
    ),
    pytest.param(
        "'Cradle Cap'\n\nWhat it is and when to seek advice\n\nCradle cap is a harmless, scaly patch on a baby's scalp "
        "that usually clears by itself within months.\n",
        "Cradle Cap",
        None,
        id="a-title-set-in-quotes-over-a-deck-that-ends-on-when-to-seek-advice",
    ),
    pytest.param(
        "Article Text\n\nDownload PDF\nSaline drops eased blocked noses in infants more than no treatment at day 3\n\n"
        "Statistics from Altmetric.com\n\nRequest Permissions\n\nIf you wish to reuse this article please use the link "
        "below.\n\n QUESTION: In infants with a cold, do saline nose drops shorten a blocked nose?\n\nDesign\n\n"
        "Randomised controlled trial.\n",
        "Saline drops eased blocked noses in infants more than no treatment at day 3",
        "Article Text",
        id="a-journal-pages-tab-label-over-the-title",
    ),
    pytest.param(
        "Skip to main content\n\n\nAll stories\n\nQ: My mother has been told she has heart failure and must take water "
        "pills. She worries about leg cramps. What can she do?\n\nWater pills can lower potassium, which can cause "
        "cramps. Her doctor can check her blood levels.\n",
        None,
        "All stories",
        id="a-link-back-to-all-stories-is-no-title",
    ),
    pytest.param(
        "Clinic banner Clinic banner\n\nHead lice fact sheet\n\nHead lice\n\nWhat are head lice?\n\n"
        "Head lice are tiny insects that live on the scalp and feed on blood.\n",
        "Head lice fact sheet",
        "Clinic banner Clinic banner",
        id="a-header-pictures-alt-text-printed-twice-over-the-title",
    ),
    pytest.param(
        "arrow-left Created with Sketch. Arrow Right Created with Sketch. Tick icon Created with Sketch. Clock Created "
        "with Sketch. Email Created with Sketch. Print Created with Sketch.\n\nTreatment & self-care\n\nThere are many "
        "ways to ease hay fever, including antihistamine tablets, steroid nose sprays and keeping windows shut on days "
        "with a high pollen count.\n\nIt is not OK to struggle through the season. If tablets do not help, see your "
        "pharmacist.\n",
        "Treatment & self-care",
        None,
        id="icon-drawings-left-by-their-titles-over-the-title",
    ),
    pytest.param(
        "Picture of a man checking his blood pressure with a cuff at his kitchen table at home.\n\nLiving with high "
        "blood pressure\n\nWhat is blood pressure?\n\nHigh blood pressure rarely causes symptoms, so many people do "
        "not know they have it.\n",
        "Living with high blood pressure",
        "Picture of a man checking his blood pressure with a cuff at his kitchen table at home.",
        id="a-photos-alt-text-sentence-over-the-title",
    ),
    pytest.param(
        "Skip to main content\n\nPatient Information\n\nMRI Scan\n\nWhat is an MRI?\n\nAn MRI scanner is a short tube "
        "that is open at both ends, and you lie inside it during the scan.\n\nMagnetic resonance imaging (MRI) uses a "
        "strong magnet and radio waves to make detailed pictures of the body.\n",
        "MRI Scan",
        None,
        id="a-first-section-asking-about-the-titles-abbreviation",
    ),
    pytest.param(
        "Wound Care Instructions\n\nFor Patients and Caregivers\n\nWhile your nurse will give you instructions for your "
        "own recovery, here are some general guidelines for wound care at home.\n\nNormal Symptoms\n\n  • Mild swelling\n",
        "Wound Care Instructions",
        None,
        id="an-audience-line-under-the-title",
    ),
    pytest.param(
        "Back to News\nPosted or Updated on 12 Mar 2024\nFlu jabs for over-65s - book your slot now.\n"
        "The flu vaccine is the best protection against flu for older people this winter.\n",
        None,
        None,
        id="a-back-link-and-a-posted-or-updated-line-are-no-title",
    ),
    pytest.param(
        "June 2nd 2021\n\nLifestyle / Health & Fitness\n\nHarbour marks World Asthma Day with free inhaler checks\n\n"
        "Nurses at the town's clinics will check how patients use their inhalers this week.\n",
        "Harbour marks World Asthma Day with free inhaler checks",
        None,
        id="a-news-sites-section-path-over-the-headline",
    ),
    pytest.param(
        "For more details on this topic, please see the step-by-step guide and the common questions below.\n"
        "When to Worry About a Cough: Signs to Watch\n\nStep-by-Step Guide\nKnow Your Symptoms\n"
        "Start by noting how long the cough has lasted and whether it brings up mucus or blood.\n",
        "When to Worry About a Cough: Signs to Watch",
        "For more details on this topic, please see the step-by-step guide and the common questions below.",
        id="a-line-sending-the-reader-on-through-the-page-above-the-title",
    ),
    pytest.param(
        "When Should I Worry About...\n\nWhen to See a Doctor for Shin Splints\n\nApril 7, 2022 - Nina Govan\n\n"
        "Shin splints are pain along the inner edge of the shin bone. [1]\n",
        "When to See a Doctor for Shin Splints",
        None,
        id="a-series-kicker-trailing-off-over-the-title",
    ),
    pytest.param(
        "The Ultimate Guide to Treating Hay Fever in Leeds (2021)\n\nPortrait of Dr Nina Govan\nDr Nina Govan\n\n"
        "August 3rd, 2020· 5 min read\n\nHay fever is an allergy to pollen. [1]\n",
        "The Ultimate Guide to Treating Hay Fever in Leeds (2021)",
        None,
        id="a-title-closed-by-its-year-in-brackets-over-the-writers-portrait",
    ),
    pytest.param(
        "145\nViews\n21\nCrossRef citations to date\n0\nAltmetric\nOriginal Research\n\n"
        "Yoga for back pain in nurses: a randomised trial\n\nPages 11-19 | Published online: 10 May 2018\n",
        "Yoga for back pain in nurses: a randomised trial",
        "CrossRef citations to date",
        id="a-journal-pages-counters-over-the-title-are-chrome",
    ),
    pytest.param(
        "Follow the friendliest pharmacy in town on facebook\n\nBeat the winter flu\n\n"
        "Flu spreads fastest in the colder months. [1]\n",
        "Beat the winter flu",
        "Follow the friendliest pharmacy in town on facebook",
        id="a-promo-for-the-publishers-social-page-is-chrome",
    ),
    pytest.param(
        "|Articles|June 13, 2022\n- 2022 Pharmacy Guide\nClinical Pearl: Head Lice\nAuthor(s)Nina Govan, PharmD\n"
        "Head lice are tiny insects that live in the hair. [1]\n",
        "Clinical Pearl: Head Lice",
        None,
        id="a-section-and-date-between-bars-over-a-shelf-label-and-the-title",
    ),
    pytest.param(
        "Sponsor us!\n\nDownload Guide\n\nPanic Attacks Self Help Guide\n\nWhat is a panic attack?\n\n"
        "A panic attack is a sudden rush of fear with a racing heart. [1]\n",
        "Panic Attacks Self Help Guide",
        "Sponsor us!",
        id="a-sponsor-button-over-the-title-is-chrome",
    ),
    pytest.param(
        "Skip to main content\nNormal text size icon Increase text size by 30% icon\nHarbour Trust logo\n\n"
        "Caring for my stoma\n\nThis guide answers common questions about living with a stoma. [1]\n",
        "Caring for my stoma",
        "Normal text size icon Increase text size by 30% icon",
        id="a-text-size-control-named-by-its-icons-is-chrome",
    ),
    pytest.param(
        "Home » Family Health » Head lice: how to spot and treat them\nFamily Health Spring 2024\n\n"
        "Head lice: how to spot and treat them\n\nHead lice are tiny insects that live in the hair. [1]\n",
        "Head lice: how to spot and treat them",
        None,
        id="the-line-that-prints-the-breadcrumbs-last-crumb-again-is-the-title",
    ),
    pytest.param(
        "The Effect of Daily Probiotic Drinks on Diarrhoea After Antibiotics in Young Children: A Double-Blind Randomised "
        "Trial\n\nauthors:\n\navatar Ana Lima 1 , avatar Sam Roe 2 , 3 , avatar Kim Lee 1 , *\n\n"
        "Department of Paediatrics, Harbour University of Medical Sciences, Leeds, UK\n"
        "Child Health Research Center, Harbour University, Leeds, UK\n",
        "The Effect of Daily Probiotic Drinks on Diarrhoea After Antibiotics in Young Children: A Double-Blind Randomised "
        "Trial",
        None,
        id="a-papers-long-title-over-its-authors-label",
    ),
    pytest.param(
        (
            "Call (555) 010-0199 Pay Your Bill\nSelect Page\n\nAll About Bunions\n\n"
            "Nina Govan, Licensed Registered Dietitian Nutritionist\n\nMay 2, 2021\n\n"
            "A bunion is a bony bump that forms on the joint at the base of the big toe. [1]\n"
        ),
        "All About Bunions",
        "Call (555) 010-0199 Pay Your Bill",
        id="a-row-of-buttons-led-by-a-phone-number-and-a-writer-with-her-job-under-the-title",
    ),
    pytest.param(
        (
            "Questions? Call us at 800-555-0199\n\nCaring for your child's ear infection\n\n"
            "Most ear infections clear up within three days. [1]\n"
        ),
        "Caring for your child's ear infection",
        "Questions? Call us at 800-555-0199",
        id="a-phone-banner-over-the-title-is-chrome",
    ),
    pytest.param(
        (
            "Donate For Members Search\n\nGo to Harbour Skin Society Home\n\nIsotretinoin: what to expect\n\n"
            "Isotretinoin often dries the lips within the first weeks. [1]\n"
        ),
        "Isotretinoin: what to expect",
        "Go to Harbour Skin Society Home",
        id="a-link-back-to-the-site-home-is-chrome",
    ),
    pytest.param(
        (
            "My Current Location Springfield, IL 62701\n\nAccess Your Account\n\nNew to Harbour Health?\n\n"
            "Join for free!\n\nOr, sign in directly with Harbour Health:\n\nSign Up or Log In\n\n"
            "What to Know About Gout Flares\n\nWas this helpful? (212)\n\n"
            "Gout flares often start at night in the big toe. [1]\n"
        ),
        "What to Know About Gout Flares",
        "Was this helpful? (212)",
        id="a-location-picker-an-account-box-and-a-feedback-count-are-chrome",
    ),
    pytest.param(
        "IBS (Irritable Bowel Syndrome)\n\nIBS is a common condition that affects the digestive system. [1]\n",
        "IBS (Irritable Bowel Syndrome)",
        None,
        id="an-abbreviation-spelt-out-in-brackets-is-the-title",
    ),
    pytest.param(
        (
            "Home Page\n\nNext Article in Journal\nSleep and shift work: a survey of nurses\n\n"
            "Knee pain in runners: a cohort study\n\nRest helps most runners recover. [1]\n"
        ),
        "Knee pain in runners: a cohort study",
        None,
        id="a-link-to-the-next-article-and-a-home-link-are-not-the-title",
    ),
    pytest.param(
        "Worried about your sleep?\n\nStart here\n\nSleeping Tablets: A Guide\n\nMost sleeping tablets lose effect within weeks. [1]\n",
        "Sleeping Tablets: A Guide",
        None,
        id="a-promo-question-and-its-button-are-not-the-title",
    ),
    pytest.param(
        "Free Sleep Check\n\nGet started\n\nSleeping Tablets: A Guide\n\nMost sleeping tablets lose effect within weeks. [1]\n",
        "Sleeping Tablets: A Guide",
        None,
        id="a-promo-heading-and-its-button-are-not-the-title",
    ),
    pytest.param(
        (
            "Member login\n\nNot a Member?\n\nSite logo\n\n  1. Your location: Home\n  2. Gluten\n"
            "  3. Gluten in children\n\nGluten in children\n\nOne in a hundred children cannot eat gluten. [1]\n"
        ),
        "Gluten in children",
        "2. Gluten",
        id="a-members-box-a-logo-and-a-numbered-breadcrumb-are-chrome",
    ),
    pytest.param(
        "Notifications\n\n  • You're all caught up!\n\nIron pills\n\nIron pills often cause constipation. [1]\n",
        "Iron pills",
        "Notifications",
        id="a-notification-bell-and-its-empty-list-are-chrome",
    ),
    pytest.param(
        (
            "Our site has been refreshed! Take a tour.\n  • HPV\n  • Vaccine Safety\n\nDo vaccines cause fainting?\n\n"
            "Fainting after a vaccine is most common in teenagers. [1]\n"
        ),
        "Do vaccines cause fainting?",
        "Our site has been refreshed! Take a tour.",
        id="a-redesign-notice-and-topic-tags-over-the-title-are-chrome",
    ),
    pytest.param(
        (
            "Scalp cooling during chemotherapy\n\nThis leaflet explains how a cold cap may reduce hair loss.\n\n"
            "Back to top\n\nHair loss and chemotherapy\n\nMost hair grows back within months. [1]\n"
        ),
        "Scalp cooling during chemotherapy",
        None,
        id="a-back-to-top-link-is-no-back-link-to-the-host",
    ),
    pytest.param(
        (
            "Font Type:\nArial Georgia\nFont Size:\nAa Aa\nLine Spacing:\nColumn Width:\nBackground:\nArticle\n\n"
            "Night Shifts and Sleep in Nurses: A Cohort Study\n\nNight shifts shorten sleep. [1]\n"
        ),
        "Night Shifts and Sleep in Nurses: A Cohort Study",
        "Arial Georgia",
        id="a-reading-widget-above-a-journal-title-is-chrome",
    ),
    pytest.param(
        (
            "Jump to content\nMain menu\nSearch\nCapecitabine\nFrom Wikipedia, the free encyclopedia\nCapecitabine\n"
            "Clinical data\nTrade names\tXeloda\nRoutes of administration\tBy mouth\n"
            "Capecitabine is a chemotherapy tablet.[1] It can make the palms sore.[2]\n"
        ),
        "Capecitabine",
        None,
        id="the-line-over-the-encyclopedia-tagline-is-the-title",
    ),
    pytest.param(
        "Letrozole (Letrozole Tablets)\n\nLetrozole lowers oestrogen levels after the menopause. [1]\n",
        "Letrozole (Letrozole Tablets)",
        None,
        id="a-drug-title-with-its-salt-in-brackets-is-the-title",
    ),
    pytest.param(
        "Side Effects\nNaproxen (Naprosyn) Side Effects\nNaproxen can upset the stomach. [1]\n",
        "Naproxen (Naprosyn) Side Effects",
        None,
        id="a-section-tab-over-a-title-that-ends-with-it-is-not-the-title",
    ),
    pytest.param(
        "We are here for you.\n\nHair Loss and Chemotherapy\n\nSome chemotherapy drugs make hair fall out. [1]\n",
        "Hair Loss and Chemotherapy",
        None,
        id="a-short-slogan-sentence-above-the-title-is-not-the-start-of-the-text",
    ),
    pytest.param(
        (
            "This information is intended for patients prescribed naproxen in Ireland only.\n\n"
            "What is gout?\n\nGout is a kind of arthritis caused by uric acid crystals. [1]\n"
        ),
        "What is gout?",
        None,
        id="a-notice-saying-whom-the-site-is-for-is-chrome-above-the-title",
    ),
    pytest.param(
        (
            "This leaflet answers common questions about mouth care during chemotherapy.\n"
            "Why does chemotherapy cause mouth sores?\n"
            "Chemotherapy harms fast-growing cells, including those lining the mouth. [1]\n"
        ),
        "Why does chemotherapy cause mouth sores?",
        None,
        id="a-leaflets-note-on-itself-over-its-first-heading-leaves-the-heading-as-title",
    ),
    pytest.param(
        (
            "Coping With Chemo Brain: What Helps\n\nMay 2, 2024\n\nBack\n\n"
            "Many people notice memory lapses during chemotherapy. [1]\n"
        ),
        "Coping With Chemo Brain: What Helps",
        None,
        id="a-back-link-under-the-title-and-its-date-does-not-hide-the-title",
    ),
    pytest.param(
        (
            "Living With Gout\n\nA+ A- Text Size\n\nHow to tell a gout flare from an infected joint\n\n"
            "A gout flare usually settles within a week or two. [1]\n"
        ),
        "How to tell a gout flare from an infected joint",
        "Living With Gout",
        id="a-series-label-and-text-size-control-above-the-title-are-chrome",
    ),
    pytest.param(
        (
            "Gout and Diet | Rheumatology | Joint Health Review\n[Skip to Main Content]\nSign In\n"
            "Joint Health Review Patient Page\nMarch 2021\n\nGout and Diet\n\n"
            "Cherries may lower the chance of a gout flare. [1]\n"
        ),
        "Gout and Diet",
        "[Skip to Main Content]",
        id="the-browser-title-line-over-a-bracketed-skip-link-points-to-the-headline",
    ),
    pytest.param(
        (
            "The Great Winter Walk\n\nEvery step you take funds our nurses\n\nDonate Now\n\n"
            "Dry mouth\n\nSome cancer drugs make the mouth dry for weeks. [1]\n"
        ),
        "Dry mouth",
        None,
        id="a-promo-banner-and-its-button-above-the-title-are-not-the-title",
    ),
    pytest.param(
        "Sore mouth - Harbour Cancer Trust\nMenu\nSearch\n\nSore mouth\n\nSome cancer drugs make the mouth sore. [1]\n",
        "Sore mouth",
        None,
        id="a-browser-title-line-with-a-dash-before-the-site-name-points-to-the-headline",
    ),
    pytest.param(
        (
            "Mouth care during chemotherapy\n\nSimple steps for every day\n\nFind out more\n\n"
            "Some cancer drugs make the mouth sore. [1]\n"
        ),
        "Mouth care during chemotherapy",
        None,
        id="a-title-and-subtitle-over-a-find-out-more-link-keep-their-title",
    ),
    pytest.param(
        (
            "Skip to main content\nOncology Letters logoLink to Oncology Letters\n\n"
            "Taste Changes During Chemotherapy\n\nMost taste changes fade within weeks of the last cycle. [1]\n"
        ),
        "Taste Changes During Chemotherapy",
        None,
        id="a-journal-logo-with-its-link-glued-on-is-not-the-title",
    ),
    pytest.param(
        (
            "Life after treatment blog\n\nSoft foods for a sore mouth — ideas from our dietitians\n\n"
            "By Lena Okafor, R.N. March 4, 2012\n\n"
            "Soft, moist foods are easier to swallow when your mouth is sore. [1]\n"
        ),
        "Soft foods for a sore mouth — ideas from our dietitians",
        None,
        id="a-blog-name-over-the-post-title-is-not-the-title",
    ),
    pytest.param(
        (
            "Viewing through mirror:   [ UP ]\n[Report a problem]   [Settings]\nJump to content\n\n"
            "Taste changes\n\nFrom Wikipedia, the free encyclopedia\n\n"
            "Taste changes are common during chemotherapy.[1]\n"
        ),
        "Taste changes",
        None,
        id="a-skip-link-puts-the-toolbar-above-it-out-of-the-title",
    ),
    pytest.param(
        (
            "Translate this page: EnglishDeutsch\nFormerly known as Harbour Oncology Group Request an Appointment\n"
            "Translate this page: EnglishDeutsch\nFormerly known as Harbour Oncology Group Request an Appointment\n\n"
            "Tingling Hands and Feet\n\nSome chemotherapy drugs damage the nerves in the hands and feet. [1]\n"
        ),
        "Tingling Hands and Feet",
        None,
        id="a-banner-printed-twice-is-not-the-title",
    ),
    pytest.param(
        (
            "Nail Changes During Chemotherapy | Oncology | Harbour Journal of Medicine\n[Skip to Navigation]\nSign In\n"
            "Harbour Journal Patient Page\nMay 2021\n\nNail Changes During Chemotherapy\n\n"
            "Harbour J Med. 2021;12(5):301. doi:10.1000/hjm.2021.0301\n\n"
            "Some chemotherapy drugs make the nails brittle or discoloured. [1]\n"
        ),
        "Nail Changes During Chemotherapy",
        None,
        id="a-browser-title-line-names-the-heading-that-repeats-its-first-part",
    ),
    pytest.param(
        (
            "The Big Harbour Bake Sale\n\nEvery cake sold funds a nurse for a day\n\nRegister Now\n\n"
            "Dry mouth\n\nRadiotherapy to the head and neck often makes the mouth dry. [1]\n"
        ),
        "Dry mouth",
        None,
        id="a-campaign-promo-with-its-slogan-and-button-above-the-title-is-not-the-title",
    ),
    pytest.param(
        (
            "Sore Hands and Feet (Erythrodysesthesia)\n\nHarbour Cancer Institute\nLast Modified: June 3, 2011\n\n"
            "Some chemotherapy drugs make the palms and soles red and sore. [1]\n"
        ),
        "Sore Hands and Feet (Erythrodysesthesia)",
        None,
        id="a-title-ending-in-a-long-term-in-brackets-is-still-the-title",
    ),
    pytest.param(
        "Read\nMucositis\nMucositis is soreness of the lining of the mouth and gut during treatment. [1]\n",
        "Mucositis",
        None,
        id="a-one-word-button-above-a-one-word-title-in-a-compact-export-is-not-the-title",
    ),
    pytest.param(
        (
            "A man whose arm is a bridge, carrying and sheltering a small boat\n\nHelping a partner through chemotherapy\n\n"
            "Chemotherapy often makes people tired for a few days after each cycle. [1]\n"
        ),
        "Helping a partner through chemotherapy",
        None,
        id="a-long-image-description-above-the-title-is-not-the-title",
    ),
    pytest.param(
        "Sign In\nDry mouth\n\n\nSome cancer drugs make the mouth dry for weeks. [1]\n",
        "Dry mouth",
        None,
        id="an-account-link-over-the-title-does-not-make-the-title-a-menu-entry",
    ),
    pytest.param(
        (
            "What is a PICC line?\n\nA PICC line is a thin tube put into a vein in your arm for treatment. [1]\n\n"
            "It can stay in place for several months while you have chemotherapy. [2]\n\n"
            "Back to Our Services\n\nPatients & Visitors\n"
        ),
        "What is a PICC line?",
        None,
        id="a-back-link-at-the-foot-of-a-short-page-leaves-the-title-at-the-top",
    ),
    pytest.param(
        (
            "For patients and carers\nFeeling sick after chemotherapy\nFeeling sick after chemotherapy\n"
            "Anti-sickness tablets work best taken before you feel sick. [1]\n"
        ),
        "Feeling sick after chemotherapy",
        None,
        id="a-label-over-a-title-printed-twice-is-not-the-title",
    ),
    pytest.param(
        (
            "Harbour Cancer Clinic\nPart of Northshore Health Group\n\nHiccups\n\n"
            "What causes hiccups?\n\nSome anti-sickness drugs can cause them. [1]\n"
        ),
        "Hiccups",
        None,
        id="a-hospital-name-over-the-group-it-belongs-to-is-the-banner",
    ),
    pytest.param(
        "Sign In\nTreatment side effects\n\n\n\nEveryone reacts differently to chemotherapy. [1]\n",
        "Treatment side effects",
        None,
        id="a-sign-in-link-on-the-line-above-the-title-is-no-menu",
    ),
    pytest.param(
        (
            "Harbour Survivors Week\n\nOur magazine is a proud sponsor of the week.\n\nReturn to Previous Page\n\n"
            "Feeling Tired?\n\nTiredness is common during treatment. [1]\n"
        ),
        "Feeling Tired?",
        None,
        id="return-to-previous-page-is-a-back-link",
    ),
    pytest.param(
        (
            "212\nViews\n3\nCitations\nCase Report\n\n"
            "Slow healing after a knee replacement in a keen runner: a case study\n\n"
            "Pages 12-19 | Published online: 4 May 2015\n\nAbstract\n\nA runner healed slowly after surgery. [1]\n"
        ),
        "Slow healing after a knee replacement in a keen runner: a case study",
        "Citations",
        id="a-journal-article-type-label-under-its-metrics-stands-over-the-title",
    ),
    pytest.param(
        (
            "Journal Information\nVol. 12. Issue 3.\nPages 101-110 (March 2019)\nVisits\n512\n"
            "Review article\nOpen Access\nKnee pain in runners: what helps\n\nRest helps most runners recover. [1]\n"
        ),
        "Knee pain in runners: what helps",
        "Journal Information",
        id="an-article-type-and-access-label-under-volume-lines-stand-over-the-title",
    ),
    pytest.param(
        (
            "Orthopaedics\nKnee Braces\nInformation for patients, families and carers\nIntroduction\n"
            "This leaflet explains how to wear a knee brace. [1]\n"
        ),
        "Knee Braces",
        "Information for patients, families and carers",
        id="a-leaflet-title-over-its-audience-line-under-a-department-label",
    ),
    pytest.param(
        (
            "Easing Knee Pain\n\nPhysiotherapy\nA guide for patients and carers\n\n"
            "Most knee pain in runners settles with rest and exercise. [1]\n"
        ),
        "Easing Knee Pain",
        None,
        id="a-category-over-an-audience-line-below-the-title-is-not-the-title",
    ),
    pytest.param(
        (
            "Weekly running distance and the risk of knee pain in recreational runners followed for two years "
            "after their first marathon\n\nJ Sports Med. 2015 Mar 3;12(2):101-9. doi: 10.1000/jsm.2015.1\n\n"
            "Abstract\n\nRunners who ran further had more knee pain. [1]\n"
        ),
        "Weekly running distance and the risk of knee pain in recreational runners followed for two years "
        "after their first marathon",
        None,
        id="an-abstract-title-too-long-for-a-heading-over-its-citation-line",
    ),
    pytest.param(
        (
            "Knee Arthroscopy (Keyhole)\nSports Injuries\n\n"
            "Knee arthroscopy is a small operation that lets the surgeon look inside the joint through tiny cuts. [1]\n"
        ),
        "Knee Arthroscopy (Keyhole)",
        None,
        id="a-title-and-its-category-line-stacked-over-the-text",
    ),
    pytest.param(
        (
            "Back To Search Results\n\nRunner's Knee\n\nEditor: Ana Lima Updated: 3/14/2024 9:05:33 PM\n\n"
            "Runner's knee is pain around the kneecap. [1]\n"
        ),
        "Runner's Knee",
        "Back To Search Results",
        id="a-title-over-an-editor-and-update-line-under-a-back-to-results-link",
    ),
    pytest.param(
        (
            "Skip Navigation\n\n\n\nPatient Education Pocket Guide\n\nWhat is Runner's Knee?\n\n"
            "Runner's knee is pain around the kneecap that comes on with running. [1]\n"
        ),
        "What is Runner's Knee?",
        "Patient Education Pocket Guide",
        id="a-patient-education-collection-name-above-the-title",
    ),
    pytest.param(
        "Harbour Valley Health logo\n. Caring for Every Family\n\nKnee Pain in Runners\n\nRest helps most runners recover. [1]\n",
        "Knee Pain in Runners",
        None,
        id="a-tagline-left-after-its-logo-links-full-stop-is-not-the-title",
    ),
    pytest.param(
        "Skip Navigation Links\nFor Health Professionals\nContact Us\n\nKnee Pain in Runners\n\nRest helps most runners. [1]\n",
        "Knee Pain in Runners",
        "For Health Professionals",
        id="an-audience-link-for-health-professionals-is-not-the-title",
    ),
    pytest.param(
        "Spacer Spacer Spacer Spacer\n\nKnee Pain in Runners\n\nRest helps most runners recover. [1]\n",
        "Knee Pain in Runners",
        "Spacer Spacer Spacer Spacer",
        id="a-spacer-images-alt-text-is-not-the-title",
    ),
    pytest.param(
        "Get a yearly membership for only $12. Limited time offer.\n\nGet 25% Off\n\nPneumonia in Older People\n\n"
        "Pneumonia is more serious as we age. [1]\n",
        "Pneumonia in Older People",
        "Get a yearly membership for only $12. Limited time offer.",
        id="a-sales-banner-is-not-the-title",
    ),
    pytest.param(
        "STAY HOME AND STAY SAFE. For more information and support on COVID-19 please visit example.org\n\n"
        "How to Treat Iron Deficiency\n\nIron deficiency is easy to treat. [1]\n",
        "How to Treat Iron Deficiency",
        "STAY HOME AND STAY SAFE. For more information and support on COVID-19 please visit example.org",
        id="a-public-health-banner-is-not-the-title",
    ),
    pytest.param(
        "We have updated our Online Terms of Use and Privacy Policy. See our Cookies Notice for information about "
        "our use of cookies. By using this website or clicking \u201cI ACCEPT\u201d, you consent to our Terms of Use.\n\n"
        "Croup in Children: Home Care\n\nCroup is most common in children under three. [1]\n",
        "Croup in Children: Home Care",
        "We have updated our Online Terms of Use and Privacy Policy. See our Cookies Notice for information about "
        "our use of cookies. By using this website or clicking \u201cI ACCEPT\u201d, you consent to our Terms of Use.",
        id="a-terms-of-use-notice-is-not-the-title",
    ),
    pytest.param(
        "How do you feel about our website?\nGreat   Indifferent\n\nTreating an Eczema Flare-Up\n\n"
        "Eczema makes skin itchy and red. [1]\n",
        "Treating an Eczema Flare-Up",
        "How do you feel about our website?",
        id="a-feedback-widget-is-not-the-title",
    ),
    pytest.param(
        "Coronavirus (COVID-19): Important information from Harbour Health\n\nFood Allergies in Children\n\n"
        "Peanut allergy is common in children. [1]\n",
        "Food Allergies in Children",
        "Coronavirus (COVID-19): Important information from Harbour Health",
        id="a-pandemic-banner-is-not-the-title",
    ),
    pytest.param(
        "Content Map Terms\n\nCOPD: Handling a Flare-Up\n\nOverview\n\nIn a flare-up your symptoms get worse. [1]\n",
        "COPD: Handling a Flare-Up",
        None,
        id="links-run-together-over-the-title-that-opens-with-an-overview",
    ),
    pytest.param(
        "April 2022 2nd Edition\n\nArthritis can be treated\n\nLeft untreated, arthritis can damage joints. [1]\n",
        "Arthritis can be treated",
        None,
        id="a-newspapers-edition-line-is-not-the-title",
    ),
    pytest.param(
        "Infant jaundice\n\nWhen to seek immediate medical care\n\nSee a doctor immediately if:\n\n"
        "  • Jaundice is getting worse\n  • Baby is hard to wake\n",
        "Infant jaundice",
        None,
        id="a-when-to-seek-care-heading-under-the-title-is-a-section",
    ),
    pytest.param(
        "Chlamydia\nWhat you need to know\nSigns and symptoms\nMany people with chlamydia notice nothing. [1]\n",
        "Chlamydia",
        None,
        id="a-one-word-title-over-what-you-need-to-know-in-a-compact-export",
    ),
    pytest.param(
        "Activate ReciteMe accessibility assistance Download this page Print this page\n\nColic\n\n"
        "Colic is crying in a baby who is otherwise well. [1]\n",
        "Colic",
        "Activate ReciteMe accessibility assistance Download this page Print this page",
        id="an-accessibility-tool-row-is-not-the-title",
    ),
    pytest.param(
        "Health Guide delivered to your inbox\n\nYou can unsubscribe at any time.\n"
        "Please review our privacy policy for more info.\n\n"
        "Does finasteride have side effects?\n\nFinasteride can affect sexual function. [1]\n",
        "Does finasteride have side effects?",
        "Health Guide delivered to your inbox",
        id="a-newsletter-box-is-not-the-title",
    ),
    pytest.param(
        "User Avatar\nRaj Lal asked on January 27, 2025.\n\nIs cramping in pregnancy normal?\n\n"
        "Mild cramping is common early in pregnancy. [1]\n",
        "Is cramping in pregnancy normal?",
        "User Avatar",
        id="a-qa-askers-avatar-and-line-are-not-the-title",
    ),
    pytest.param(
        "Book Online\n\n733 Harbour Avenue, Brooklyn, NY 11222\n\nManaging Dry Eye Syndrome\n\nDecember 10, 2025\n\n"
        "Dry eye is common in people who use screens all day. [1]\n",
        "Managing Dry Eye Syndrome",
        "733 Harbour Avenue, Brooklyn, NY 11222",
        id="a-clinics-booking-button-and-address-are-not-the-title",
    ),
    pytest.param(
        "Harbour Travel Clinic is closing temporarily as a precaution.\nGet notified when Harbour Travel Clinic reopens\n\n"
        "Malaria Tablet Information\n\nMalaria is common in many tropical countries. [1]\n",
        "Malaria Tablet Information",
        "Harbour Travel Clinic is closing temporarily as a precaution.",
        id="a-closure-notice-is-not-the-title",
    ),
    pytest.param(
        "Recent News and Events\n\nMay 25th, 2022\n\nCommon Running Injuries: Shin Splints\n\nby Tim Walden, PT, DPT\n\n"
        "Shin splints are an overuse injury. [1]\n",
        "Common Running Injuries: Shin Splints",
        None,
        id="a-blogs-section-label-over-the-posts-date-title-and-byline",
    ),
    pytest.param(
        "The way we use patient data is changing: we collect information about your care to improve services.\n\n"
        "Harbour Trust Logo\n\nEmergency Assessment Unit\n\nBleeding in early pregnancy\n\nPatient Information Leaflet\n\n"
        "Introduction\n\nLight bleeding in early pregnancy is common. [1]\n",
        "Bleeding in early pregnancy",
        "The way we use patient data is changing: we collect information about your care to improve services.",
        id="a-data-notice-and-a-units-name-over-a-leaflets-title",
    ),
    pytest.param(
        "NEW: Try our easy at-home blood test kits. Get your test.\n\nOn this page\n\n    Cystitis: when to see a doctor\n\n"
        "Cystitis often clears up within a few days. [1]\n",
        "Cystitis: when to see a doctor",
        "NEW: Try our easy at-home blood test kits. Get your test.",
        id="a-shops-new-product-banner-is-not-the-title",
    ),
    pytest.param(
        "1 1 home\n\nInsomnia > Working With Your Doctor: Insomnia\n\nHow to Find Help for Insomnia\n\n"
        "Insomnia that lasts for months needs a doctor's help. [1]\n",
        "How to Find Help for Insomnia",
        "Insomnia > Working With Your Doctor: Insomnia",
        id="a-cart-counter-over-a-breadcrumb-leaves-the-title-below-them",
    ),
    pytest.param(
        "1. Health\nYou can opt-out at any time. Please refer to our privacy policy for contact information.\n\n"
        "Coping With Cancer Fatigue\n\nUpdated September 18, 2012\n\nFatigue is common during treatment. [1]\n",
        "Coping With Cancer Fatigue",
        "You can opt-out at any time. Please refer to our privacy policy for contact information.",
        id="a-one-crumb-list-and-an-opt-out-note-over-the-title",
    ),
    pytest.param(
        "Facebook Twitter Instagram You Tube Pinterest LinkedIn RSS Podcasts Video Library Blog\n\n"
        "When to seek medical care for flu\n\nMost people with flu get better at home. [1]\n",
        "When to seek medical care for flu",
        "Facebook Twitter Instagram You Tube Pinterest LinkedIn RSS Podcasts Video Library Blog",
        id="a-row-of-social-and-media-links-is-not-the-title",
    ),
    pytest.param(
        "COVID-19 Resource Center\n\nReview the latest information on visitor policies and vaccines in the COVID-19 "
        "Resource Center.\n\nWhen Is a Migraine Cause for Concern?\n\nMost migraines are not dangerous. [1]\n",
        "When Is a Migraine Cause for Concern?",
        "COVID-19 Resource Center",
        id="a-pandemic-resource-centre-link-is-not-the-title",
    ),
    pytest.param(
        "Glossary   Small Text Medium Text Larger Text\n\nKnee Pain in Runners\n\nRest helps most runners recover. [1]\n",
        "Knee Pain in Runners",
        "Glossary   Small Text Medium Text Larger Text",
        id="a-text-size-widgets-choices-are-not-the-title",
    ),
    pytest.param(
        "Pin IconCart IconSearch icon\n\nKnee Pain in Runners\n\nRest helps most runners recover. [1]\n",
        "Knee Pain in Runners",
        "Pin IconCart IconSearch icon",
        id="icon-alt-texts-glued-in-a-row-are-not-the-title",
    ),
    pytest.param(
        "SUMMER DEAL! Get 15% off on vitamins*\n\nKnee Pain in Runners\n\nRest helps most runners recover. [1]\n",
        "Knee Pain in Runners",
        "SUMMER DEAL! Get 15% off on vitamins*",
        id="a-shops-discount-banner-is-not-the-title",
    ),
    pytest.param(
        (
            "Pin IconCart icon\nSUMMER DEAL! Get 15% off on vitamins*\nNaproxen\nNAPROXEN AT A GLANCE\nWhat Naproxen treats\n"
            "Naproxen eases joint pain and swelling. [1]\n"
        ),
        "Naproxen",
        None,
        id="a-one-word-drug-title-stacked-over-its-headings-under-a-banner-line",
    ),
    pytest.param(
        "• Jump to:\n\nKnee pain in runners\n\nMost runners recover with rest. [1]\n",
        "Knee pain in runners",
        None,
        id="a-jump-menus-bulleted-label-over-the-title",
    ),
    pytest.param(
        (
            "Knee Injury Care\nRunner's Knee After Marathon Training\n"
            "Runner's knee, or pain around the kneecap, often follows a sudden rise in weekly distance. [1]\n"
            "Most runners recover within six weeks. [2]\n"
        ),
        "Runner's Knee After Marathon Training",
        None,
        id="a-section-label-over-the-topic-the-text-opens-on-is-not-the-title",
    ),
    pytest.param(
        (
            "Hand-Foot Skin Reaction\nSore Hands on Capecitabine\n"
            "Sore hands and feet are common with capecitabine, a skin reaction doctors call hand-foot syndrome. [1]\n"
        ),
        "Hand-Foot Skin Reaction",
        None,
        id="a-title-the-text-goes-on-to-name-stays-the-title-over-its-subtitle",
    ),
    *(
        pytest.param(
            f"Care Library {sep} Conditions {sep} Shingles\n\nShingles: Signs and Care\n\n"
            "Shingles is a painful rash from the chickenpox virus. Most people recover in weeks. [1]\n",
            "Shingles: Signs and Care",
            f"Care Library {sep} Conditions {sep} Shingles",
            id=f"a-breadcrumb-with-{name}-over-the-heading-is-not-the-title",
        )
        for sep, name in _CRUMB_SEPARATORS
    ),
    *(
        pytest.param(
            f"Home {sep} Medicines {sep} Kneezol\n\n"
            "Kneezol is a cream that eases the ache of runner's knee. It is rubbed in twice a day. [1]\n",
            "Kneezol",
            f"Home {sep} Medicines {sep} Kneezol",
            id=f"a-breadcrumb-with-{name}-over-the-text-gives-its-last-crumb-as-the-title",
        )
        for sep, name in _CRUMB_SEPARATORS
    ),
    *(
        pytest.param(
            f"Topics {sep} Heart\n\nHeart Failure Explained\n\n"
            "Heart failure means the heart pumps less well than it should. Many people live well with it. [1]\n",
            "Heart Failure Explained",
            f"Topics {sep} Heart",
            id=f"a-two-crumb-trail-with-{name}-is-not-the-title",
        )
        for sep, name in _CRUMB_SEPARATORS
        if sep != "/"  # two crumbs set off by a slash are too often no trail
    ),
    pytest.param(
        (
            "Accessible Search Form      Advanced Search\n\nWhy Do Gallstones Form?\n\n"
            "Most gallstones form when bile holds more cholesterol than it can dissolve. [1]\n"
        ),
        "Why Do Gallstones Form?",
        "Accessible Search Form      Advanced Search",
        id="a-search-forms-labels-over-the-title-are-chrome",
    ),
    pytest.param(
        (
            "Nurse and patient looking at a blood pressure chart\n\nQ & A: Living With High Blood Pressure\n\n"
            "Q: Do I need to take my tablets every day?\n\nA: Yes. Blood pressure rises again within days of "
            "stopping most tablets. [1]\n"
        ),
        "Q & A: Living With High Blood Pressure",
        None,
        id="a-pictures-description-in-sentence-case-over-the-title-is-not-the-title",
    ),
    pytest.param(
        (
            "Digestive health\n\nLow FODMAP diet\n\nLow FODMAP diet tips\n\n"
            "A low FODMAP diet cuts out foods that ferment in the gut for a few weeks, then brings them back. [1]\n"
        ),
        "Low FODMAP diet",
        None,
        id="a-category-over-the-title-and-a-first-heading-that-repeats-it",
    ),
    pytest.param(
        (
            "Online Pharmacy Customer Service 0300 555 0199*\n\nShopping Cart\n\nHay fever relief\n\n"
            "Antihistamine tablets ease sneezing and itchy eyes within an hour for most people. [1]\n"
        ),
        "Hay fever relief",
        "Online Pharmacy Customer Service 0300 555 0199*",
        id="a-shops-service-number-and-cart-over-the-title-are-chrome",
    ),
    pytest.param(
        "Act F.A.S.T.\n\nStroke Warning Signs Graphic\n\nFact: most people with a stroke reach hospital too late "
        "for clot-busting treatment.\n",
        "Act F.A.S.T.",
        None,
        id="a-title-in-capitals-ending-in-a-full-stop-over-a-pictures-name",
    ),
    pytest.param(
        "Lasting joint pain after chikungunya fever.\n\nA subset of adults developed joint pain that lasted "
        "more than a year after the fever had gone.\n",
        "Lasting joint pain after chikungunya fever.",
        None,
        id="an-abstracts-title-ending-in-a-full-stop",
    ),
    pytest.param(
        "Head lice, again!\n\nQ: My daughter keeps bringing lice home from school. What works?\n\n"
        "A: Wet combing every three days for two weeks clears most infestations.\n",
        "Head lice, again!",
        None,
        id="a-columns-title-ending-in-an-exclamation-mark",
    ),
    pytest.param(
        "free parcel icon Free Delivery Over £30\nphone icon Order By Phone\nPost Category: Eczema\n\n"
        "Why emollients matter in winter\n\nCold air dries the skin and makes eczema flare.\n",
        "Why emollients matter in winter",
        "Post Category: Eczema",
        id="icon-labels-and-a-post-category-over-the-title-are-chrome",
    ),
    pytest.param(
        "Harbour University Research Online\nOpen Research @ Harbour\n\nSleep after knee replacement surgery\n\n"
        "Lima, Ana and Novak, Peter 2022. Sleep after knee replacement surgery. Physiotherapy 31 (2), pp. 101-109. "
        "10.5555/physio.2022.02\n\nMost patients sleep poorly for the first two weeks after surgery.\n",
        "Sleep after knee replacement surgery",
        "Lima, Ana and Novak, Peter 2022. Sleep after knee replacement surgery. Physiotherapy 31 (2), pp. 101-109. "
        "10.5555/physio.2022.02",
        id="a-repository-records-title-over-the-line-citing-it",
    ),
    pytest.param(
        "Hostname: page-component-12ab Total loading time: 0 Render date: 2024-03-28T00:59:44.477Z\n\n"
        "Mumps in a university hall of residence\n\nPublished online by Harbour University Press:  3 May 2015\n\n"
        "We describe an outbreak of mumps among students in one hall.\n",
        "Mumps in a university hall of residence",
        "Hostname: page-component-12ab Total loading time: 0 Render date: 2024-03-28T00:59:44.477Z",
        id="a-journal-platforms-render-banner-over-the-title-is-chrome",
    ),
    pytest.param(
        "older man resting on a sofa with a blanket\n\nHeart Failure: When Breathlessness Needs a Doctor\n\n"
        "March 3, 2024\n\nBreathlessness that wakes you at night can mean fluid is building up in the lungs.\n",
        "Heart Failure: When Breathlessness Needs a Doctor",
        None,
        id="a-pictures-lower-case-description-over-the-title-and-its-date",
    ),
    pytest.param(
        "Some nurses at Harbour Health hospitals are planning to strike on Thursday 23 October.\n"
        "Eczema in adults\nEczema makes the skin dry, red and itchy.\n",
        "Eczema in adults",
        "Some nurses at Harbour Health hospitals are planning to strike on Thursday 23 October.",
        id="a-strike-notice-over-the-title-is-chrome",
    ),
    pytest.param(
        "Home /// Health /// Site Index\n\nNortriptyline and dry mouth\n\nDry mouth is the most common side effect.\n",
        "Nortriptyline and dry mouth",
        "Home /// Health /// Site Index",
        id="a-trail-set-off-by-triple-slashes-is-chrome",
    ),
    pytest.param(
        "Harbour Health and Fitness News\n\nStatins and muscle aches\n\nWritten By Unknown on Tuesday, February 28, "
        "2012 | 10:31 AM\n\nMuscle aches are the most reported side effect of statins.\n",
        "Statins and muscle aches",
        None,
        id="a-blogs-name-over-the-posts-title-and-its-byline",
    ),
    *(
        pytest.param(
            f"Harbour Logo\n\n{button}\n\nStarting on high dose steroids\n\nPatient information A-Z\n\n"
            "Who is the leaflet for?\n\nFor all patients prescribed high dose steroids.\n",
            "Starting on high dose steroids",
            button,
            id=f"a-{button.lower().replace(' ', '-')}-button-over-the-title-is-chrome",
        )
        for button in ("Go Ad-Free", "Mobile menu open")
    ),
    pytest.param(
        "Go to headerGo to navigationGo to searchGo to contentsGo to footer\n"
        "In content section. Select this link to jump to navigation\n\n"
        "Long-term harms of antidepressants: a review\n\nAbstract\n\nWe reviewed twelve trials.\n",
        "Long-term harms of antidepressants: a review",
        "Go to headerGo to navigationGo to searchGo to contentsGo to footer",
        id="skip-links-glued-together-and-a-screen-readers-note-are-chrome",
    ),
    pytest.param(
        "Probiotics\n\nFact Sheet for Health Professionals\n\nProbiotics are live microorganisms.\n",
        "Probiotics",
        None,
        id="a-fact-sheets-audience-under-the-title-is-no-title",
    ),
]


@pytest.mark.parametrize(("text", "title", "chrome"), PAGE_TEXT_TITLES)
def test_the_title_of_a_page_text_copy(text: str, title: str, chrome: str | None) -> None:
    a = _article(text)
    assert a.metadata.title == title
    if chrome is not None:
        assert next(b for b in a.blocks if b.text == chrome).role == "chrome"


@pytest.mark.parametrize(
    "page",
    [
        # a page cut above its title starts with a sentence: no title, and the sentence stays a claim
        "Gout also affects the kidneys, making stones more likely.\n\nDrinking water helps flush uric acid out.\n",
        "Smoking causes gum disease.\n\nSmokers lose more teeth than people who never smoked.\n",
        # a reviewer's name under "reviewed ... by" is no title
        "This page was reviewed under our medical policy by\nAna Lima, MD, Chief of Medicine\n"
        "Gout is a common form of arthritis.\n",
    ],
)
def test_a_first_sentence_or_a_reviewers_name_is_never_taken_for_the_title(page: str) -> None:
    assert _article(page).metadata.title is None


def test_a_row_of_section_links_set_off_by_bars_is_chrome_and_a_tables_row_is_not() -> None:
    a = _article(
        "Antacids\n\nAntacids neutralise stomach acid.\n\n"
        "What are antacids?  |   Side effects  |  When to seek medical attention  |  Treatment options\n\n"
        "Side effect | How common | What to do |\n---|---|---|\nBloating | 1 in 10 | Take with food |\n"
    )
    roles = {b.text: b.role for b in a.blocks}
    assert roles["What are antacids?  |   Side effects  |  When to seek medical attention  |  Treatment options"] == (
        "chrome"
    )
    assert not any(b.role == "chrome" and b.text.startswith("Bloating") for b in a.blocks)


def test_an_organisation_is_one_author() -> None:
    a = _article("Knee pain\n\nAuthor: Riverside Regional Sports Medicine Program\n\nRest helps most runners. [1]\n")
    assert [p.name for p in a.metadata.authors] == ["Riverside Regional Sports Medicine Program"]


def test_identifier_items_are_metadata_not_text() -> None:
    a = _article("Knee pain in runners\n- PMID: 12345678\n- DOI: 10.5555/knee.2020.4\nAbstract\nRest helps. [1]\n")
    roles = {b.text: b.role for b in a.blocks}
    assert roles["DOI: 10.5555/knee.2020.4"] == "chrome" and roles["PMID: 12345678"] == "chrome"


def test_a_reading_time_printed_as_a_list_item_is_metadata() -> None:
    a = _article(
        "Garden Tools: Market Size and Growth\n\nHealth Blog\n\nA-Z of Common Childhood Illnesses\n\nMarch 3, 2024\n\n"
        "–  12 MIN READ\n\nSHARE THIS ARTICLE\n\nShare on email\nCommon illnesses\n\nMeasles spreads by coughs. [1]\n"
    )
    assert a.metadata.reading_time_minutes == 12
    assert next(b for b in a.blocks if "MIN READ" in b.text).role == "byline"


def test_a_charity_name_over_its_menu_is_not_the_title() -> None:
    a = _article(
        "Harbour Cancer Support\nCancer information and support\nTreatments and drugs\nSide effects\nHair loss\n"
        "Many chemotherapy drugs make hair fall out. [1]\n"
    )
    assert a.metadata.title not in ("Harbour Cancer Support", "Cancer information and support", "Treatments and drugs")


def test_a_news_dateline_dates_the_page_and_stays_text() -> None:
    a = _article("Cream eases chemo tingling\n\nMar. 4, 2024 -- A cream eased tingling in a small trial. [1]\n")
    assert a.metadata.published == date(2024, 3, 4)
    start, end = a.metadata.spans["published"]
    assert a.text[start:end] == "Mar. 4, 2024"
    assert next(b for b in a.blocks if "cream eased" in b.text).role == "body"
    wire = _article("Cream eases tingling\n\nTUESDAY, Mar. 4, 2024 (Health Wire) -- A cream eased tingling. [1]\n")
    assert wire.metadata.published == date(2024, 3, 4)


def test_a_byline_date_wins_over_a_dateline_and_a_dash_after_words_is_no_dateline() -> None:
    a = _article("Cream eases tingling\n\nPublished 2 May 2024\n\nMar. 4, 2024 -- A cream eased tingling. [1]\n")
    assert a.metadata.published == date(2024, 5, 2)
    b = _article("Cream eases tingling\n\nStep one - Wash the skin gently before you apply it. [1]\n")
    assert b.metadata.published is None


def test_a_society_team_that_wrote_the_page_is_one_author() -> None:
    a = _article(
        "Knee pain\n\nRest helps most runners recover. [1]\n\n"
        "Written by the Harbour Sports Society medical and editorial content team\n"
    )
    assert [p.name for p in a.metadata.authors] == ["Harbour Sports Society medical and editorial content team"]


def test_a_sentence_a_pdf_copy_broke_over_blank_lines_is_one_paragraph() -> None:
    a = _article(
        "Shingles\n\nShingles is a painful rash caused by the same virus as chickenpox, which stays in a number of\n\n\n"
        "nerve cells for life. [1]\n\nA full line with no full stop that tells you to call your nurse immediately\n\n"
        "healthline is our nurse service and you can phone it any time of day or night for advice on what to do.\n"
    )
    texts = [b.text for b in a.blocks]
    assert any(t.endswith("which stays in a number of nerve cells for life. [1]") for t in texts)
    assert any(t.startswith("healthline is our nurse service") for t in texts)


def test_a_leaflet_code_before_its_dates_does_not_hide_them() -> None:
    a = _article(
        "Coping with sickness\n\nSickness often settles within a day. [1]\n\n"
        "Leaflet No. HL22v3 | Published: 02/05/2019 | Last Updated: 27/09/2021 | Next Review Due: 02/05/2024\n"
    )
    assert (a.metadata.published, a.metadata.updated) == (date(2019, 5, 2), date(2021, 9, 27))
    b = _article("Coping with sickness\n\nSickness often settles. | Published: 02/05/2019\n")
    assert b.metadata.published is None


def test_a_breadcrumb_printed_as_a_numbered_list_is_chrome_above_the_title() -> None:
    a = _article(
        "1. Home\n  2. Medicines\n  3. Citalopram\n\nCitalopram\n\nCitalopram can make some people feel sick. [1]\n"
    )
    assert a.metadata.title == "Citalopram"
    assert all(b.role == "chrome" for b in a.blocks if "Medicines" in b.text)


def test_a_contents_list_under_the_title_is_chrome() -> None:
    a = _article(
        "Metformin - Taking metformin\n- Introduction\n- Taking metformin\n- Side effects\n"
        "Metformin can upset the stomach at first. [1]\n"
    )
    assert a.metadata.title == "Metformin - Taking metformin"
    items = [b for b in a.blocks if b.text.lstrip("- ") in ("Introduction", "Taking metformin", "Side effects")]
    assert [b.role for b in items] == ["chrome"] * 3


def test_a_drug_name_over_its_brand_line_is_the_title_and_the_brand_line_no_heading() -> None:
    a = _article("Citalopram\n\nCommon Brand Names: Cipramil\n\nSide effects\n\nCitalopram can cause nausea. [1]\n")
    assert a.metadata.title == "Citalopram"
    assert not any(b.kind == "heading" and "Brand" in b.text for b in a.blocks)


def test_a_numbered_section_over_its_indented_bullets_is_a_heading() -> None:
    a = _article(
        "Naproxen\n\nNaproxen eases joint pain. [1]\n\n  1. Main points\n\n"
        "    • Take naproxen with food. [1]\n    • It can upset your stomach. [1]\n"
    )
    assert next(b for b in a.blocks if "Main points" in b.text).kind == "heading"


def test_a_long_last_line_cut_mid_sentence_is_no_heading() -> None:
    a = _article(
        "Naproxen\n\nNaproxen eases joint pain. [1]\n\nStomach care\n\n"
        "Speak to your pharmacist before you buy any other painkiller that may contain\n"
    )
    assert next(b for b in a.blocks if b.text.startswith("Speak to")).kind == "paragraph"


def test_a_blog_meta_line_gives_the_date_and_the_poster() -> None:
    a = _article(
        "Treatment news\n\nCold caps and hair loss\n\nMarch 3, 2021 Harbour Health Media 2 Comments\n\n"
        "Cold caps can reduce hair loss during chemotherapy. [1]\n"
    )
    assert a.metadata.title == "Cold caps and hair loss"
    assert a.metadata.published == date(2021, 3, 3)
    assert [p.name for p in a.metadata.authors] == ["Harbour Health Media"]


def test_a_lower_case_slogan_and_a_closable_banner_above_the_title_are_chrome() -> None:
    a = _article(
        "harbour cancer care. close to home\n"
        "Some of our clinics have changed their opening times. See All Service Alerts x\n"
        "Book a Visit\n\nHair Loss During Chemotherapy\n\nSome chemotherapy drugs make hair fall out. [1]\n"
    )
    assert a.metadata.title == "Hair Loss During Chemotherapy"
    assert all(b.role == "chrome" for b in a.blocks if "clinics" in b.text or "harbour" in b.text)


def test_a_last_line_cut_mid_word_is_no_heading() -> None:
    a = _article(
        "Naproxen\n\nNaproxen eases joint pain. [1]\n\nStomach care\n\nTake naproxen with food to protect your st\n"
    )
    assert next(b for b in a.blocks if b.text.startswith("Take naproxen")).kind == "paragraph"


def test_a_date_with_its_category_after_a_slash_dates_the_post() -> None:
    a = _article(
        "March 2, 2021/Cancer Care\n\nCold Caps and Hair Loss\n\nCold caps can reduce hair loss during chemotherapy. [1]\n"
    )
    assert a.metadata.title == "Cold Caps and Hair Loss"
    assert a.metadata.published == date(2021, 3, 2)


def test_a_last_line_cut_after_a_verb_or_a_comma_is_no_heading() -> None:
    for cut in ("For most people, sympt", "Dry skin is often worse in"[:-3], "Dry skin is common"):
        a = _article(f"Naproxen\n\nNaproxen eases joint pain. [1]\n\nSkin care\n\n{cut}\n")
        assert next(b for b in a.blocks if b.text == cut).kind == "paragraph", cut


def test_a_category_date_and_poster_glued_together_date_the_page() -> None:
    a = _article(
        "Chemo brain: what helps\n\nBreast CancerJune 2, 2025Harbour Answers\n\nMemory lapses are common. [1]\n"
    )
    assert a.metadata.published == date(2025, 6, 2)
    assert not any(b.kind == "heading" and "June" in b.text for b in a.blocks)


def test_a_short_first_sentence_about_health_over_a_heading_stays_text() -> None:
    a = _article("Gout is painful.\n\nSymptoms of gout\n\nGout often starts in the big toe. [1]\n")
    assert next(b for b in a.blocks if b.text == "Gout is painful.").role == "body"


def test_a_menu_of_short_lines_without_bullets_above_the_title_is_chrome() -> None:
    a = _article(
        "Welcome to Kidney School!\nStart Here\nYour Lab Results\nFood & Drink\nAsk a Nurse\nPrint This Page!\n\n"
        "Living with kidney stones\n\nMost small kidney stones pass on their own within a few weeks. [1]\n"
    )
    assert a.metadata.title == "Living with kidney stones"
    assert all(b.role == "chrome" for b in a.blocks if b.start < a.text.index("Living with"))


def test_a_byline_run_on_at_the_end_of_the_standfirst_names_the_author() -> None:
    a = _article(
        "Learn what helps with a dry mouth during radiotherapy, so treatment is easier. By Harbour Health Staff\n\n"
        "Radiotherapy to the head and neck can damage the glands that make saliva. [1]\n"
    )
    assert [p.name for p in a.metadata.authors] == ["Harbour Health Staff"]
    assert next(b for b in a.blocks if b.text.startswith("Learn what")).role == "byline"


def test_the_first_line_of_a_paragraph_wrapped_at_a_fixed_width_is_no_title() -> None:
    a = _article(
        "See also Precautions section.\n"
        "Heartburn, bloating, or a dry cough can happen in the first weeks of\n"
        "treatment while your body gets used to the tablets, and these usually fade.\n"
        "Swelling of the lips or tongue can be a sign of a serious allergy to this drug.\n"
    )
    assert a.metadata.title is None
    assert not any(b.kind == "heading" for b in a.blocks)


def test_a_start_of_content_mark_puts_the_site_banner_above_it_out_of_the_title() -> None:
    a = _article(
        "Harbour Health. Free advice from nurses, day and night.\n\n"
        "Feeling unwell? Call 0300 000 000 to speak to a nurse.\n\n"
        "start of main content\n\nWhere should I go for a sprained ankle?\n\n"
        "Most sprains get better with rest within a few weeks. [1]\n"
    )
    assert a.metadata.title == "Where should I go for a sprained ankle?"
    assert next(b for b in a.blocks if b.text.startswith("Harbour Health")).role == "chrome"


def test_an_audience_menu_entry_over_the_update_line_is_not_the_title() -> None:
    a = _article(
        "Get the App\nFor Patients\nLast Updated: Mar 04, 2024\n\nKidney Stones\n\n"
        "Most small kidney stones pass on their own within a few weeks. [1]\n"
    )
    assert a.metadata.title == "Kidney Stones"
    assert a.metadata.updated == date(2024, 3, 4)


def test_a_logo_line_ending_in_a_full_stop_is_chrome() -> None:
    a = _article("Harbour Cancer Trust logo.\n\nSore mouth\n\nSome cancer drugs make the mouth sore. [1]\n")
    assert next(b for b in a.blocks if b.text.startswith("Harbour")).role == "chrome"
    assert a.metadata.title == "Sore mouth"


@pytest.mark.parametrize("heading", ["List of references", "List of sources:"])
def test_a_list_of_references_heading_over_indented_entries(heading: str) -> None:
    a = _article(
        "Hair loss and chemotherapy\n\nMost people regrow their hair within a few months of their last cycle. [1]\n\n"
        f"{heading}\n\n  1. Ortega P. Hair regrowth after taxanes. Skin Oncol. 2021;4(2):11-19.\n"
    )
    assert a.sources_heading is not None and a.sources_heading.text == heading
    assert [(s.number, s.title[:6]) for s in a.sources] == [(1, "Ortega")]


def test_a_citation_records_fields_are_no_headings() -> None:
    a = _article(
        "Scalp Cooling in Breast Cancer\n\nJournal: Supportive Oncology, 2022, 5, p. 10-18\n\n"
        "Publisher: Harbour Press\n\nAbstract\n\nScalp cooling reduces hair loss in some patients. [1]\n"
    )
    fields = [b for b in a.blocks if b.text.startswith(("Journal:", "Publisher:"))]
    assert [b.role for b in fields] == ["chrome", "chrome"]
    assert not any(b.kind == "heading" for b in fields)


def test_a_byline_with_the_post_date_run_on_after_the_credential_names_the_author_and_dates_the_post() -> None:
    a = _article(
        "Survivorship blog\n\nGetting back to work after chemotherapy\n\nBy Lena Okafor, R.N. March 4, 2012\n\n"
        "Many readers return to work within a few months of finishing treatment. [1]\n"
    )
    assert a.metadata.title == "Getting back to work after chemotherapy"
    assert [(p.name, p.credentials) for p in a.metadata.authors] == [("Lena Okafor", ["RN"])]
    assert a.metadata.published == date(2012, 3, 4)


@pytest.mark.parametrize(
    "page",
    [
        "Ear infection in children\n\nMarta Quell\nMay 2, 2011\n\nEar infections are common in small children. [1]\n",
        # the page signed at its end
        "Ear infection in children\n\nEar infections are common in small children. [1]\n\n"
        "A warm cloth held to the ear can ease the pain. [1]\nMarta Quell\nMay 2, 2011\n",
    ],
    ids=["at the head", "at the end"],
)
def test_a_name_alone_over_a_date_alone_is_the_writer(page: str) -> None:
    a = _article(page)
    assert [p.name for p in a.metadata.authors] == ["Marta Quell"]
    assert a.metadata.published == date(2011, 5, 2)


def test_a_blog_theme_byline_with_the_writer_lost_gives_the_post_and_update_dates() -> None:
    a = _article(
        "What is a stye?\n\nBy March 13, 2019 March 15th, 2019 General\n\nA stye is a small sore lump on an eyelid. [1]\n"
    )
    assert (a.metadata.published, a.metadata.updated) == (date(2019, 3, 13), date(2019, 3, 15))


def test_a_columns_name_and_its_clinicians_over_the_title_name_the_authors() -> None:
    a = _article(
        "Ask the Doctors by Nina Govan, M.D. and Omar Reyes, M.D\n\nWife Asks Why Only Her Husband Takes a Statin\n\n"
        "Dear Reader: Statins lower the risk of a heart attack in people at high risk. [1]\n"
    )
    assert [p.name for p in a.metadata.authors] == ["Nina Govan", "Omar Reyes"]
    assert a.metadata.title == "Wife Asks Why Only Her Husband Takes a Statin"
    # a review credit is no column: its clinician reviewed the page
    b = _article("Statins\n\nMedically Reviewed by Nina Govan, MD\n\nStatins lower cholesterol. [1]\n")
    assert b.metadata.authors == [] and b.metadata.reviewer is not None


def test_a_clinician_signing_the_end_of_the_page_over_her_job_is_the_author() -> None:
    a = _article(
        "Who should take a statin?\n\nStatins lower the risk of a heart attack in people at high risk. [1]\n\n"
        + "Most people take a statin once a day, often in the evening. [1]\n\n" * 6
        + "Nina Govan, M.D.\n\nMedical Director of\n"
    )
    assert [p.name for p in a.metadata.authors] == ["Nina Govan"]


def test_a_date_then_a_dash_and_the_writer_names_both() -> None:
    a = _article("Shin splints\n\nApril 7, 2022 - Nina Govan\n\nShin splints are pain along the shin bone. [1]\n")
    assert [p.name for p in a.metadata.authors] == ["Nina Govan"]
    assert a.metadata.published == date(2022, 4, 7)
    # a category after the dash is no writer
    b = _article("Shin splints\n\nApril 7, 2022 - Back Pain\n\nShin splints are pain along the shin bone. [1]\n")
    assert b.metadata.authors == []


def test_an_expert_answers_credit_names_the_author() -> None:
    a = _article(
        "Is a sunburn blister serious?\n\nAnswers from Nina Govan, M.D.\n\nMost blisters heal in a week. [1]\n"
    )
    assert [p.name for p in a.metadata.authors] == ["Nina Govan"]


def test_a_name_over_written_and_reviewed_by_and_a_review_line_set_with_pictograms() -> None:
    a = _article(
        "Dengue warning signs\nWarning signs usually appear as the fever settles, and spotting them early helps a lot.\n"
        "Dr. Nina Govan, MBBS MD\nWritten & Reviewed by\n✅ Medically Reviewed 📅 July 2026 ⏱ 10–12 min read\n\n"
        "Severe belly pain is a warning sign of dengue. [1]\n"
    )
    assert [p.name for p in a.metadata.authors] == ["Dr. Nina Govan"]
    assert a.metadata.reviewer is not None and a.metadata.reviewer.name == "Dr. Nina Govan"
    assert a.metadata.reviewed == date(2026, 7, 1)


def test_a_day_closed_by_a_full_stop_dates_the_post() -> None:
    a = _article(
        "5 exercises for a stiff knee\ncalendar\n\n20. January 2026\n\nA stiff knee loosens with gentle movement. [1]\n"
    )
    assert a.metadata.published == date(2026, 1, 20)


def test_a_site_builders_byline_items_name_an_organisation_as_the_author() -> None:
    a = _article(
        "Dry eye: causes and care\n- The Harbour Eye Centre\n- Sep 20\n- 3 min read\n\n"
        "Dry eye happens when tears dry too fast. [1]\n"
    )
    assert [p.name for p in a.metadata.authors] == ["The Harbour Eye Centre"]
    assert a.metadata.reading_time_minutes == 3


def test_a_clinician_under_a_short_title_is_the_writer_and_not_the_title() -> None:
    a = _article(
        "Kidney Stones\nNina Govan Reyes, Jr. M.D., FACS\nKidney stones form when the urine holds too much calcium. [1]\n"
    )
    assert a.metadata.title == "Kidney Stones"
    assert [p.name for p in a.metadata.authors] == ["Nina Govan Reyes"]


@pytest.mark.parametrize(
    ("page", "title", "published"),
    [
        ("Treating sunburn 05/23/2014\nCool the skin with a damp towel. [1]\n", "Treating sunburn", date(2014, 5, 23)),
        (
            "Tips for heartburn\nBy on February 25, 2019\nSpicy food can bring on heartburn. [1]\n",
            "Tips for heartburn",
            date(2019, 2, 25),
        ),
    ],
    ids=["date run on after the title", "by with the name lost, then the date"],
)
def test_the_post_date_printed_with_the_title_or_a_nameless_by(page: str, title: str, published: date) -> None:
    a = _article(page)
    assert (a.metadata.title, a.metadata.published) == (title, published)
    assert a.metadata.authors == []


def test_an_iso_date_then_by_and_the_writer_names_both() -> None:
    a = _article(
        "Chest pain in adults\n\n date 2022-06-14 By Nina Govan, Staff Writer\n\nChest pain may come from the heart.\n"
    )
    assert [p.name for p in a.metadata.authors] == ["Nina Govan"]
    assert a.metadata.published == date(2022, 6, 14)


def test_a_post_date_followed_by_by_and_the_author_names_both() -> None:
    a = _article(
        "Caring for skin during radiotherapy\n\nAugust 09, 2018 by Tom Reyes MSN, FNP, AOCNP®\n\n"
        "Skin in the treated area often turns red after two weeks. [1]\n"
    )
    assert [(p.name, p.credentials) for p in a.metadata.authors] == [("Tom Reyes", ["MSN", "FNP", "AOCNP"])]
    assert a.metadata.published == date(2018, 8, 9)


@pytest.mark.parametrize(
    ("line", "published", "updated"),
    [
        ("Created: March 3, 2016 Updated: May 30, 2020", date(2016, 3, 3), date(2020, 5, 30)),
        ("Last update: 14 October 2015", None, date(2015, 10, 14)),
        ("Last updated Friday 3rd May 2024", None, date(2024, 5, 3)),
        ("Reviewed on 21st of January 2023", None, date(2023, 1, 21)),
    ],
)
def test_labelled_dates_in_more_forms(line: str, published: date | None, updated: date | None) -> None:
    a = _article(f"Dry mouth\n\nSipping water often eases a dry mouth. [1]\n\n{line}\n")
    assert (a.metadata.published, a.metadata.updated) == (published, updated)


@pytest.mark.parametrize(
    ("line", "published", "updated"),
    [
        ("Published:\t3 May 2021", date(2021, 5, 3), None),
        ("Published:   3 May 2021", date(2021, 5, 3), None),
        ("Published:\u00a03 May 2021", date(2021, 5, 3), None),
        ("Last reviewed:\t14 January 2023", None, date(2023, 1, 14)),
        ("Reviewed:   14/01/2023", None, date(2023, 1, 14)),
        ("Date published:\t05/14/2023", date(2023, 5, 14), None),
        ("Last reviewed:\t14 January 2023\tNext review:\t14 January 2026", None, date(2023, 1, 14)),
        ("Published:\t3 May 2021\t\tUpdated:\t4 June 2022", date(2021, 5, 3), date(2022, 6, 4)),
    ],
)
def test_a_label_row_with_its_date_after_a_tab_or_spaces_dates_the_page(
    line: str, published: date | None, updated: date | None
) -> None:
    for page in (
        f"Knee Pain in Runners\n\n{line}\n\nRest helps most runners recover. [1]\n",
        f"Knee Pain in Runners\n\nBy Ana Lima\n{line}\n\nRest helps most runners recover. [1]\n",
        f"Knee Pain in Runners\n\nRest helps most runners recover. [1]\n\n{line}\n",
    ):
        a = _article(page)
        assert (a.metadata.published, a.metadata.updated) == (published, updated)
        assert a.metadata.title == "Knee Pain in Runners"
        assert next(b for b in a.blocks if b.text.startswith(line.split(":")[0])).role == "byline"


@pytest.mark.parametrize("line", ["Year:  2022", "Year:\t2022", "Published:\t2022", "Publication year:   2022"])
def test_a_label_row_with_a_bare_year_is_a_byline_line_that_invents_no_day(line: str) -> None:
    a = _article(f"Knee Pain in Runners\n\n{line}\n\nRest helps most runners recover. [1]\n")
    assert a.metadata.title == "Knee Pain in Runners"
    # the model's dates are days; a year alone has none to give, so the page stays undated
    assert (a.metadata.published, a.metadata.updated) == (None, None)
    row = next(b for b in a.blocks if b.text.startswith(line.split(":")[0]))
    assert (row.kind, row.role) == ("line", "byline")


def test_a_reviewer_with_credentials_and_a_job_title_but_no_comma_is_a_clinician() -> None:
    a = _article(
        "Hiccups during chemotherapy\n\nMedically reviewed by R.J. Amsel M.D. Medical Editor 5/2021\n\n"
        "Some anti-sickness medicines can cause hiccups. [1]\n"
    )
    assert a.metadata.reviewer is not None
    assert (a.metadata.reviewer.name, a.metadata.reviewer.credentials) == ("R.J. Amsel", ["MD"])
    assert a.metadata.updated == date(2021, 5, 1)


def test_a_journal_author_line_with_orcid_marks_and_a_particle_names_the_authors() -> None:
    a = _article(
        "Taste changes during chemotherapy: a survey\n\n"
        "Mira Helden^, Pieter du Toit^, Ana Ruiz^\n\n"
        "Department of Pharmacy, Northfield University, Northfield\n\n"
        "Background: Taste changes are common during chemotherapy and often go unreported. [1]\n"
    )
    assert [p.name for p in a.metadata.authors] == ["Mira Helden", "Pieter du Toit", "Ana Ruiz"]


@pytest.mark.parametrize(
    "authors",
    [
        "Maria Chera1,2, Tomas Ruiz3 and Lin Wei1",
        "Maria Chera1,2*, Tomas Ruiz3† and Lin Wei1",
        "Maria Chera1,2,*, Tomas Ruiz3,†, Lin Wei1‡",
        "Maria Chera¹², Tomas Ruiz³ and Lin Wei¹",
        "Maria Chera¹,², Tomas Ruiz³ and Lin Wei¹*",
        "Maria Chera*, Tomas Ruiz† and Lin Wei§",
    ],
)
def test_an_author_list_with_affiliation_marks_glued_to_the_names_names_the_authors(authors: str) -> None:
    a = _article(
        "Shingles Recurrence in Older Adults: A Cohort Study\n\n"
        f"{authors}\n\n"
        "1 Department of Medicine, Harbour University, Eastport\n\n"
        "Abstract\n\nWe followed 400 adults for five years. Recurrence was rare. [1]\n"
    )
    assert a.metadata.title == "Shingles Recurrence in Older Adults: A Cohort Study"
    assert [p.name for p in a.metadata.authors] == ["Maria Chera", "Tomas Ruiz", "Lin Wei"]
    assert next(b for b in a.blocks if b.text == authors).role == "byline"


def test_a_notice_that_ends_in_its_dismiss_control_is_chrome_above_the_title() -> None:
    a = _article(
        "We are looking for volunteers to review our leaflets! To apply, please click here. Not now? Hide this message.\n\n"
        "Low Platelets\n\nPlatelets help your blood to clot. [1]\n"
    )
    assert a.metadata.title == "Low Platelets"
    assert next(b for b in a.blocks if b.text.startswith("We are")).role == "chrome"


def test_a_journal_article_type_between_the_title_and_its_copy_leaves_the_author_line_under_the_title() -> None:
    a = _article(
        "Sleep problems after breast cancer surgery\nResearch Article\n\n"
        "Sleep problems after breast cancer surgery\n\nJuno Marr^, Eli Sato^\n\n"
        "Background: Poor sleep is common in the first months after surgery. [1]\n"
    )
    assert a.metadata.title == "Sleep problems after breast cancer surgery"
    assert [p.name for p in a.metadata.authors] == ["Juno Marr", "Eli Sato"]
    assert not any(b.kind == "heading" and b.text == "Research Article" for b in a.blocks)


def test_the_title_printed_again_with_the_post_date_run_on_dates_the_post() -> None:
    a = _article(
        "Eating Well During Radiotherapy: What Helps\n\nEating Well During Radiotherapy: What Helps Mar, 4 2025\n\n"
        "Small meals are easier to manage when you feel tired. [1]\n"
    )
    assert a.metadata.title == "Eating Well During Radiotherapy: What Helps"
    assert a.metadata.published == date(2025, 3, 4)


def test_a_blog_line_with_the_comment_count_before_the_poster_gives_both() -> None:
    a = _article(
        "Mouth care during chemotherapy\n\n12 May 2025 3 Comments Dana Whitfield\n\n"
        "A soft toothbrush is gentler on sore gums. [1]\n"
    )
    assert a.metadata.published == date(2025, 5, 12)
    assert [p.name for p in a.metadata.authors] == ["Dana Whitfield"]


def test_an_answer_signed_by_a_clinician_at_its_end_names_the_author() -> None:
    a = _article(
        "How can patients keep their energy up during radiotherapy?\n\n"
        "Short walks most days help many patients feel less tired. Rest is fine, but long naps can make "
        "night sleep worse. — Priya Nand, RN, BSN\n"
    )
    assert [(p.name, p.credentials) for p in a.metadata.authors] == [("Priya Nand", ["RN", "BSN"])]


def test_a_quote_signed_mid_page_is_no_author() -> None:
    a = _article("Tiredness\n\nShort walks help. — Priya Nand, RN, BSN\n\nRest when you need to during the day.\n")
    assert a.metadata.authors == []


def test_the_page_entry_of_a_menu_printed_again_over_the_text_is_the_title() -> None:
    a = _article(
        "Harbour Cancer Centre\n\nAbout Chemotherapy\n\nHair Loss and Chemotherapy\nNausea and Chemotherapy\n"
        "Sore Mouth and Chemotherapy\nTiredness and Chemotherapy\n\nSore Mouth and Chemotherapy\n\n"
        "Chemotherapy can make the lining of the mouth sore within a week of treatment. [1]\n"
    )
    assert a.metadata.title == "Sore Mouth and Chemotherapy"
    assert next(b for b in a.blocks if b.text.startswith("Harbour")).role == "chrome"


def test_a_reprint_banner_above_the_title_is_chrome_and_the_author_line_under_it_is_read() -> None:
    a = _article(
        "Official reprint from Harbour Clinical Reference®\nwww.harbourref.example ©2019 Harbour Reference®\n\n"
        "Mouth sores: Prevention\n\nLena Okafor, MD\n\n"
        "Mouth sores are common after high-dose chemotherapy. [1]\n"
    )
    assert a.metadata.title == "Mouth sores: Prevention"
    assert [(p.name, p.credentials) for p in a.metadata.authors] == [("Lena Okafor", ["MD"])]


def test_a_logo_line_and_a_citation_line_above_the_title_are_chrome_and_the_citation_dates_the_article() -> None:
    a = _article(
        "Skip to main content\nHarbour Press logoLink to Harbour Press\n"
        ". 2019 Mar 7;14(3):88. doi: 10.1000/hp.2019.088\n\n"
        "Exercise During Chemotherapy: A Review\n\n"
        "Lena M Okafor 1,, Tomas van Dijk 2,3, Ana Ruiz 1\n\n"
        "Exercise during chemotherapy can ease fatigue for many patients. [1]\n"
    )
    assert a.metadata.title == "Exercise During Chemotherapy: A Review"
    assert [p.name for p in a.metadata.authors] == ["Lena M Okafor", "Tomas van Dijk", "Ana Ruiz"]
    assert a.metadata.published == date(2019, 3, 7)


def test_a_date_line_under_a_heading_wrapped_onto_a_lower_case_line_still_dates_the_page() -> None:
    a = _article(
        "Viewing page 1 of 12\n\nIssued by the Harbour Society of Nurses (http://www.hsn.\n\nexample)\n\n"
        "Mouth care advice for patients having high-dose\n\n\nchemotherapy and stem cell transplant\n"
        "Published: Friday, March 6, 2020\n\nSummary\nThis guideline sets out how nurses can help patients look after "
        "their mouths.\n"
    )
    assert a.metadata.published == date(2020, 3, 6)


def test_a_stored_copy_date_stamp_before_the_first_sentence_dates_the_page() -> None:
    a = _article(
        " date 2022-08-30 Your dietitian will see you on your first day of treatment.\n\nEat little and often.\n"
    )
    assert a.metadata.published == date(2022, 8, 30)
    assert _article("date 2022-02-30 Eat little and often.\n").metadata.published is None


def test_the_expert_named_with_their_job_under_a_reader_question_is_the_author() -> None:
    a = _article(
        "I have just started radiotherapy. Why am I so tired in the evenings?\n\n"
        "Tomas Reyes, clinical nurse specialist at Harbour Cancer Centre\n\n"
        "TOMAS REYES: Tiredness often builds up over the weeks of treatment. [1]\n"
    )
    assert [p.name for p in a.metadata.authors] == ["Tomas Reyes"]
    assert not any(b.kind == "heading" and "Reyes" in b.text for b in a.blocks)


def test_a_name_with_a_description_that_is_no_job_is_no_author() -> None:
    a = _article("Neuropathy\n\nHarbour Valley, a quiet town on the coast\n\nNerve damage can cause tingling. [1]\n")
    assert a.metadata.authors == []


def test_a_dialog_close_button_and_a_language_chooser_around_the_title_are_not_the_title() -> None:
    a = _article(
        "Dismiss Modal\n\nTreatment\n\nDry Mouth During Radiotherapy\n\nChoose a preferred language\n\n"
        "Radiotherapy to the head can make the mouth dry. [1]\n"
    )
    assert a.metadata.title == "Dry Mouth During Radiotherapy"
    assert all(b.kind != "heading" for b in a.blocks if b.text.startswith(("Dismiss", "Choose")))


def test_an_article_written_by_label_over_the_name_on_the_next_line_names_the_author() -> None:
    a = _article(
        "Mouth sores and chemotherapy\n\nMedically reviewed by\nRuth Okafor, M.D.\nArticle written by\nWen Li, Ph.D.\n\n"
        "Some chemotherapy drugs cause mouth sores. [1]\n"
    )
    assert [p.name for p in a.metadata.authors] == ["Wen Li"]
    assert a.metadata.title == "Mouth sores and chemotherapy"


def test_a_printable_copy_link_and_the_site_name_above_the_title_are_not_the_title() -> None:
    a = _article(
        "Open a PDF version to print this topic\n\nHealthPages Harbour\n\nMouth care during chemotherapy\n\n"
        "Some cancer drugs make the mouth sore. [1]\n"
    )
    assert a.metadata.title == "Mouth care during chemotherapy"
    assert next(b for b in a.blocks if b.text.startswith("Open a PDF")).role == "chrome"


def test_a_review_date_at_the_end_of_a_credit_paragraph_at_the_foot_dates_the_page() -> None:
    a = _article(
        "Sore mouth during chemotherapy\n\nSome cancer drugs make the mouth sore for a week or two. [1]\n\n"
        "Written by the cancer nursing team, Harbour Hospital. Checked by our patient panel. Last reviewed June 2021.\n"
    )
    assert a.metadata.updated == date(2021, 6, 1)


def test_a_date_inside_a_sentence_of_the_text_does_not_date_the_page() -> None:
    a = _article(
        "Sore mouth during chemotherapy\n\nSome cancer drugs make the mouth sore. [1] "
        "The trial that showed this ended in June 2021.\n"
    )
    assert a.metadata.updated is None and a.metadata.published is None


def test_a_name_under_a_picture_caption_is_its_credit_not_a_heading() -> None:
    a = _article(
        "Eating with a sore mouth\n\nSoft cold foods sting less while the mouth heals. [1]\n\n"
        "illustration of a bowl of yoghurt\n\nMira Jansen\n\nDrinks\n\nSip cool water through the day. [1]\n"
    )
    credit = next(b for b in a.blocks if b.text == "Mira Jansen")
    assert credit.role == "chrome" and credit.kind != "heading"


def test_a_reader_question_too_long_for_a_heading_is_the_title() -> None:
    question = (
        "What are the most common skin problems during radiotherapy to the chest and how can people look after "
        "their skin at home?"
    )
    a = _article(question + "\n\nRedness and itching are common in the treated area. [1]\n")
    assert a.metadata.title == question


def test_a_logo_alt_text_with_commas_or_a_description_is_chrome() -> None:
    a = _article(
        "Journal of Mouth, Teeth and Jaw Care logoLink to Journal of Mouth, Teeth and Jaw Care\n"
        "Dry mouth after radiotherapy\n\nSaliva glands in the radiation field make less saliva. [1]\n"
    )
    assert a.metadata.title == "Dry mouth after radiotherapy"
    b = _article(
        "Harbour Trust Logo - a lighthouse on a rock\n\nCold caps\n\nCooling the scalp can reduce hair loss. [1]\n"
    )
    assert b.metadata.title == "Cold caps"


def test_a_charity_registration_line_above_the_title_is_chrome() -> None:
    a = _article("Registered Charity 1234567\n\nMouth care\n\nBrush gently with a soft brush every day. [1]\n")
    assert a.metadata.title == "Mouth care"
    b = _article("Registered charity no. 1089464\nSore mouth\nBrush gently with a soft brush. [1]\n")
    assert b.metadata.title == "Sore mouth"


def test_a_headshot_alt_text_glued_to_the_byline_names_the_author() -> None:
    a = _article("Living with a stoma\n\nDr. Ana LimaBy Ana Lima\n\nMost people return to work within weeks. [1]\n")
    assert [p.name for p in a.metadata.authors] == ["Ana Lima"]
    b = _article("Living with a stoma\n\nRead the full storyBy Ana Lima\n\nMost people return to work. [1]\n")
    assert b.metadata.authors == []


def test_a_clinician_named_alone_above_the_title_is_the_author() -> None:
    a = _article(
        "Ana Lima, MD\n\nManaging Night Sweats on Hormone Therapy\n\nNight sweats often ease after a few months. [1]\n"
    )
    assert [p.name for p in a.metadata.authors] == ["Ana Lima"]
    assert a.metadata.title == "Managing Night Sweats on Hormone Therapy"
    b = _article("Harbour Valley\n\nManaging Night Sweats\n\nNight sweats often ease after a few months. [1]\n")
    assert b.metadata.authors == []


@pytest.mark.parametrize(
    "doctor",
    [
        "Dr. Anna Berg, Cardiologist",
        "Dr Anna Berg, Consultant Cardiologist",
        "Dr. Anna Berg, Paediatrician",
        "Anna Berg, MD, Cardiologist",
        "Dr. Anna Berg, MD",
        "Dr. Anna Berg",
    ],
)
@pytest.mark.parametrize("gap", ["\n\n", "\n"])
@pytest.mark.parametrize("title", ["What Causes Palpitations?", "Palpitations and Your Heart"])
def test_a_doctors_line_printed_above_the_title_is_its_byline(doctor: str, gap: str, title: str) -> None:
    a = _article(
        f"{doctor}{gap}{title}{gap}Palpitations are a feeling that the heart is racing or pounding. "
        f"Most are harmless.{gap}See a doctor if you faint. [1]\n"
    )
    assert a.metadata.title == title
    assert [p.name.removeprefix("Dr. ").removeprefix("Dr ") for p in a.metadata.authors] == ["Anna Berg"]
    assert a.blocks[0].text == doctor and a.blocks[0].role == "byline"


def test_an_author_list_with_the_particle_do_is_read() -> None:
    a = _article(
        "Taste loss after radiotherapy to the head and neck\n\n"
        "Maria Souza do Carmo 1, Pedro Alves Lima 2, Rita Costa 2,\n\n"
        "Abstract\n\nTaste loss was reported by most patients. [1]\n"
    )
    assert [p.name for p in a.metadata.authors][:1] == ["Maria Souza do Carmo"]


def test_a_contributed_by_line_names_the_author() -> None:
    a = _article(
        "Managing Hiccups During Treatment\n\ncontributed by Ana Lima, Pharm.D.\n\n"
        "Hiccups can follow some anti-sickness medicines. [1]\n"
    )
    assert [p.name for p in a.metadata.authors] == ["Ana Lima"]


def test_a_journal_title_too_long_for_a_heading_opens_the_page_under_the_skip_link() -> None:
    title = (
        "Lower rates of taste loss in older adults receiving platinum chemotherapy for head and neck cancer: "
        "a single-centre cohort"
    )
    a = _article("Skip to main content\n\n" + title + "\n\nAbstract\n\nTaste loss was common in this cohort. [1]\n")
    assert a.metadata.title == title


def test_page_controls_printed_above_the_title_are_chrome() -> None:
    a = _article(
        "Dismiss Modal\n\nCare at home\n\nLooking After Your Skin During Radiotherapy\n\n"
        "Choose a preferred language\n\nThe treated skin can become dry and itchy. [1]\n"
    )
    assert a.metadata.title == "Looking After Your Skin During Radiotherapy"
    b = _article(
        "Open a PDF version to print this topic\n\nHarbour Health Info\n\nManaging loose stools after chemotherapy\n\n"
        "Some chemotherapy drugs cause loose stools. [1]\n"
    )
    assert b.metadata.title == "Managing loose stools after chemotherapy"


def test_article_written_by_with_the_name_on_the_next_line_names_the_author() -> None:
    a = _article(
        "Hot Flushes on Hormone Therapy\n\nArticle written by\nAna Lima, PhD\n\nHot flushes often ease with time. [1]\n"
    )
    assert [p.name for p in a.metadata.authors] == ["Ana Lima"]


def test_a_site_menu_broken_by_bare_bullets_and_submenu_labels_is_chrome_and_the_title_follows_it() -> None:
    first = ["Conditions We Treat", "Meet Our Specialists", "Book a Visit at the Harbour Cancer Centre"]
    second = ["Hair Loss", "Sore Mouth", "Tiredness", "Feeling Sick", "Bowel Changes", "Skin Changes", "Tingling"]
    third = ["Our Nurses", "Research and Trials", "Harbour Cancer Centre and Northfield Hospital Partnership"]
    third += ["Supporting the Harbour Cancer Centre Appeal", "Volunteering", "Visitor Information", "Parking"]
    page = "Harbour Cancer Centre\nHarbour Cancer Centre\n" + "".join(f"- {t}\n" for t in first)
    page += "-\nSide Effects\n" + "".join(f"- {t}\n" for t in second)
    page += "-\nAbout Us\n" + "".join(f"- {t}\n" for t in third)
    page += "Link copied!\nFeeling Sick\nSome chemotherapy drugs make people feel sick for a day or two. [1]\n"
    a = _article(page)
    assert a.metadata.title == "Feeling Sick"
    above = [b for b in a.blocks if b.start <= page.index("Link copied!")]
    assert above and all(b.role == "chrome" for b in above)


def test_a_search_box_close_button_above_the_title_is_chrome() -> None:
    a = _article(
        "Close this search box.\n\nTingling Hands\n\nSome chemotherapy drugs damage nerves in the hands. [1]\n"
    )
    assert a.metadata.title == "Tingling Hands"
    assert next(b for b in a.blocks if b.text.startswith("Close")).role == "chrome"


def test_a_section_heading_and_its_sub_heading_right_under_the_title_are_nested() -> None:
    a = _article(
        "Tingling Hands and Feet\n\nNerve Problems\n\nNumbness and Pins and Needles\n\n"
        "Some chemotherapy drugs damage the nerves of the hands and feet. [1]\n"
    )
    assert a.metadata.title == "Tingling Hands and Feet"
    levels = {b.text: b.level for b in a.blocks if b.kind == "heading"}
    assert levels["Nerve Problems"] < levels["Numbness and Pins and Needles"]


def test_a_blog_widgets_writers_picture_item_above_the_title_names_the_author() -> None:
    a = _article(
        "top of page\n  • Writer's pictureAna Lima\n\nMy first week of radiotherapy\n\nUpdated: Mar 3, 2023\n\n"
        "Radiotherapy to the chest can make the skin sore. [1]\n"
    )
    assert [p.name for p in a.metadata.authors] == ["Ana Lima"]
    assert a.metadata.title == "My first week of radiotherapy"


def test_a_dateline_whose_long_dash_touches_the_first_word_dates_the_page() -> None:
    a = _article(
        "Tired all the time\n\nMarch 3, 2022—Drained. Heavy legs. Slow mornings. Fatigue is common in treatment. [1]\n"
    )
    assert a.metadata.published == date(2022, 3, 3)
    start, end = a.metadata.spans["published"]
    assert a.text[start:end] == "March 3, 2022"


def test_a_journal_issue_line_and_a_citation_line_date_the_article() -> None:
    issue = _article(
        "Journal Information\nVol. 12. Issue 3.\nPages 101-110 (March 2019)\nReview article\nOpen Access\n"
        "Knee pain in runners: what helps\n\nRest helps most runners recover. [1]\n"
    )
    assert issue.metadata.published == date(2019, 3, 1)
    cited = _article(
        "Weekly running distance and the risk of knee pain in recreational runners followed for two years "
        "after their first marathon\n\nJ Sports Med. 2015 Mar 3;12(2):101-9. doi: 10.1000/jsm.2015.1\n\n"
        "Runners who ran further had more pain. [1]\n"
    )
    assert cited.metadata.published == date(2015, 3, 3)


def test_names_with_credentials_under_an_author_information_heading_are_the_authors() -> None:
    a = _article(
        "Knee Pain in Runners: An Update\n\nLearning Objective: After this lesson you will know how to treat "
        "knee pain in runners.\n\nAuthor Information\n\nAna Lima, MD\n\nDisclosures: Nothing to disclose\n\n"
        "Assistant Professor\n\nBen Cole, MD, PhD\n\nDisclosures: Nothing to disclose\n\nINTRODUCTION\n\n"
        "Knee pain is common in runners and often settles with rest. [1]\n"
    )
    assert [p.name for p in a.metadata.authors] == ["Ana Lima", "Ben Cole"]
    assert next(b for b in a.blocks if b.text == "Ana Lima, MD").role == "byline"


def test_a_subtitle_over_a_surname_first_author_list_is_no_author() -> None:
    a = _article(
        "Knee Pain in Runners\n\nCurrent Management and Future Directions\n\nLima, Ana1,2; Cole, Benjamin2\n\n"
        "Rest helps most runners recover. [1]\n"
    )
    assert a.metadata.title == "Knee Pain in Runners"
    assert [p.name for p in a.metadata.authors] == ["Ana Lima", "Benjamin Cole"]


def test_the_line_under_an_archives_identifier_lines_is_the_title() -> None:
    page = (
        "LibLibLib\n\nSearch tips\nAdvanced\n\nLogo of the archiveAbout the archive\n"
        "J Sports Med. Author manuscript; available in 2012 May 1.\nPublished in final edited form as:\n"
        "PMCID: PMC1234567\nNIHMSID: NIHMS765432\n\nKnee pain in long-distance runners\n\nAbstract\n\n"
        "Rest helps most runners recover. [1]\n"
    )
    assert _article(page).metadata.title == "Knee pain in long-distance runners"


def test_a_page_header_flattened_into_the_first_line_gives_its_author_reviewer_and_update() -> None:
    header = (
        "Sports Health Knee Pain in Runners What helps and what does not By Ana Lima, MD Ana Lima, MD, is a sports "
        "physician who writes about running injuries. Learn about our editorial process Updated on March 3, 2023 "
        "Medically reviewed by Ben Cole, MD Ben Cole, MD, is a knee surgeon at a teaching hospital. Table of Contents "
    )
    text = (
        "Knee pain is common in runners and often settles with rest. Pain that lasts for weeks is caused by "
        "overuse more often than by injury, and a short break from running helps most people. [1]\n"
    )
    a = _article(header + text * 2)
    assert [p.name for p in a.metadata.authors] == ["Ana Lima"]
    assert a.metadata.reviewer is not None and a.metadata.reviewer.name == "Ben Cole"
    assert a.metadata.updated == date(2023, 3, 3)
    plain = _article((text * 4).replace("\n", " ") + "\n")
    assert plain.metadata.authors == [] and plain.metadata.reviewer is None


def test_a_clinician_alone_on_a_line_among_the_title_lines_is_the_author() -> None:
    a = _article(
        "Knee Pain in Runners\n\nr e v i e w\nKnee Pain\nin Runners\nAna Lima, MD, FACP\n"
        "Runners often get knee pain after long runs, and most of them recover with rest and exercise over some weeks. [1]\n"
    )
    assert [p.name for p in a.metadata.authors] == ["Ana Lima"]
    assert next(b for b in a.blocks if b.text.startswith("Ana Lima")).role == "byline"
    reviewed = _article(
        "Rash on Immunotherapy\n\nMedically Reviewed By Ana Lima, PharmD\n\n"
        "Some drugs cause a rash, and most rashes are mild and settle with cream over a week or two. [1]\n"
    )
    assert reviewed.metadata.authors == []


def test_a_copys_note_on_its_first_publication_wins_over_its_storage_stamp() -> None:
    a = _article(
        " date 2019-05-02 This article was originally published on March 3, 2017.\n\nKnee pain is common. [1]\n"
    )
    assert a.metadata.published == date(2017, 3, 3)
    assert a.metadata.updated is None


def test_the_older_us_government_banner_and_an_abstract_header_with_its_issue_date() -> None:
    a = _article(
        "Skip to main page content\nU.S. flag\n\nAn official website of the United States government\n\nDot gov\n\n"
        "The .gov means it’s official.\nFederal government websites often end in .gov or .mil. Before sharing "
        "sensitive information, make sure you’re on a federal government site.\n\nHttps\n\nThe site is secure.\n"
        "The https:// ensures that you are connecting to the official website and that any information you provide "
        "is encrypted and transmitted securely.\n\nAccess keys Home Main Content Main Navigation\n"
        ". 2019 Mar 4;7(2):e101.\ndoi: 10.1000/knee.2019.7. eCollection 2019.\n\n"
        "Knee pain in runners after a first marathon: a cohort study\n\nAffiliations\n\n"
        "Knee pain in runners after a first marathon: a cohort study\n\nAbstract\n\nRunners often had knee pain. [1]\n"
    )
    assert a.metadata.title == "Knee pain in runners after a first marathon: a cohort study"
    assert a.metadata.published == date(2019, 3, 4)
    banner = [b for b in a.blocks if b.start < a.text.index("Access keys") + 5]
    assert banner and all(b.role == "chrome" for b in banner)


def test_short_lines_under_a_lead_in_are_items_even_when_one_is_long_or_ends_like_a_sentence() -> None:
    a = _article(
        "Cold hands\n\nSome chemotherapy drugs make fingers sensitive to cold for a few days. [1]\n\n"
        "Ways to protect your hands:\n"
        "Wear gloves outdoors.\n"
        "Use a mug with a handle\n"
        "When you open the freezer, wear an oven glove or a thick winter mitten\n"
        "Avoid iced drinks for a few days\n"
    )
    items = [b.text for b in a.blocks if b.kind == "list_item"]
    assert items == [
        "Wear gloves outdoors.",
        "Use a mug with a handle",
        "When you open the freezer, wear an oven glove or a thick winter mitten",
        "Avoid iced drinks for a few days",
    ]
    assert [b.text for b in a.blocks if b.kind == "heading"] == ["Cold hands"]


def test_a_journal_title_longer_than_a_heading_set_in_title_case_is_the_title() -> None:
    title = (
        "Nurse-Led Telephone Follow-Up Compared With Clinic Visits for Managing Oral Mucositis During "
        "Head and Neck Radiotherapy in Older Adults"
    )
    a = _article(title + "\n\nAbstract\n\nObjective: To compare two ways of following up patients. [1]\n")
    assert a.metadata.title == title


def test_a_citation_of_the_page_itself_names_its_authors_and_is_no_source() -> None:
    title = "Cold Caps for Hair Loss During Chemotherapy"
    page = (
        f"{title}\n\nAbstract\n\nScalp cooling reduced hair loss in half of the women studied. [1]\n\n"
        f"How to cite this article:\n\nOkafor, N. , Lindqvist, E. and Haddad, R. (2021) {title}. "
        "Nursing Open Reports, 4, 11-19. doi: 10.5555/nor.2021.4011.\n"
    )
    a = _article(page)
    assert [p.name for p in a.metadata.authors] == ["N. Okafor", "E. Lindqvist", "R. Haddad"]
    assert a.sources == []
    assert next(b for b in a.blocks if b.text.startswith("Okafor")).role == "byline"


def test_a_helpline_box_above_the_title_is_chrome() -> None:
    a = _article(
        "Skip to content\n\nTalk to one of our cancer nurses\n\nCall us on 0808 800 4040\n\n"
        "Average wait: 40 secs\n\nMouth sores during chemotherapy\n\n"
        "Some chemotherapy drugs make the lining of the mouth sore. [1]\n"
    )
    assert a.metadata.title == "Mouth sores during chemotherapy"
    top = [b for b in a.blocks if b.start < a.text.index("Mouth sores")]
    assert top and all(b.role == "chrome" for b in top)


def test_a_review_date_label_glued_to_the_reviewers_name_still_dates_the_page() -> None:
    a = _article(
        "Mouth care during chemotherapy\n\n"
        "Reviewed by: Harbour Oncology Nursing TeamLast reviewed: March 3, 20254 min read\n\n"
        "Chemotherapy can make the lining of the mouth sore. [1]\n"
    )
    assert a.metadata.updated == date(2025, 3, 3)
    assert a.metadata.reviewer is not None and a.metadata.reviewer.name.startswith("Harbour Oncology Nursing Team")


def test_a_line_describing_an_image_under_the_title_is_chrome() -> None:
    a = _article(
        "Tingling hands\n\n"
        "An illustration showing two hands with the fingertips shaded, standing for numbness after chemotherapy.\n\n"
        "Some chemotherapy drugs damage the nerves in the fingertips. [1]\n"
    )
    alt = next(b for b in a.blocks if b.text.startswith("An illustration"))
    assert alt.role == "chrome"


def test_a_picture_described_under_the_headline_is_chrome_and_a_dateline_glued_by_an_em_dash_dates_the_story() -> None:
    a = _article(
        "Sleeping through chemotherapy\n\n"
        "A man in a knitted hat rests on a sofa by the window.\n\n"
        "March 4, 2022\u2014Tired all day. Awake all night.\n\n"
        "Many people on chemotherapy sleep badly, according to a national survey. [1]\n"
    )
    assert next(b for b in a.blocks if b.text.startswith("A man")).role == "chrome"
    assert a.metadata.published == date(2022, 3, 4)


def test_a_written_by_line_whose_author_has_a_team_and_job_after_a_comma_names_the_author() -> None:
    a = _article(
        "2 May 2022\nWritten by Sam Okoro, Harbour Cancer Trust lymphoedema nurse\n\n"
        "Swelling in the arm can start months after surgery to the armpit. [1]\n"
    )
    assert [p.name for p in a.metadata.authors] == ["Sam Okoro"]
    assert a.metadata.title != "Written by Sam Okoro, Harbour Cancer Trust lymphoedema nurse"


def test_a_site_label_over_an_alphabet_index_is_navigation_and_the_title_follows() -> None:
    a = _article(
        "Patient Guides\nA B C D E F G H I J K L M N O P Q R S T U V W X Y Z Browse All\n\n"
        "Dry Skin During Radiotherapy\n\nThe treated skin often turns dry and flaky in the second week. [1]\n"
    )
    assert a.metadata.title == "Dry Skin During Radiotherapy"


def test_a_back_link_below_the_articles_first_sentences_leaves_the_title_above_it() -> None:
    a = _article(
        "Feeling Sick After Chemotherapy\n\nWhy It Happens\n\n"
        "Feeling sick after chemotherapy is common and often lasts a day or two after each cycle. [1]\n\n"
        "Anti-sickness tablets work best when they are taken before the sickness starts, as advised. [1]\n\n"
        "Back to: « Side effects\n\nGinger biscuits settle the stomach for some people. [2]\n\n"
        "Small meals are easier to keep down than large ones. [2]\n\nCold food smells less than hot food. [2]\n"
    )
    assert a.metadata.title == "Feeling Sick After Chemotherapy"


def test_a_site_name_and_its_slogan_after_a_dash_over_the_title_are_chrome() -> None:
    page = (
        "Harbour Hospital – the care you need, from people you know, close to home.\n\nSore Mouth and Ulcers\n\n"
        "Chemotherapy can make the lining of the mouth sore within a week. [1]\n"
    )
    a = _article(page)
    assert a.metadata.title == "Sore Mouth and Ulcers"
    assert a.blocks[0].role == "chrome"


def test_a_row_of_tabs_printed_as_one_line_over_their_panels_is_chrome() -> None:
    strip = "How scalp cooling works Who can use a cold cap Hair may still thin during treatment."
    page = (
        f"Cold Cap Therapy\n\n{strip}\n\nHow scalp cooling works\n\n"
        "The cap cools the scalp so less of the drug reaches the hair roots. [1]\n\n"
        "Who can use a cold cap\n\nMost people having chemotherapy for breast cancer can use one. [1]\n\n"
        "Hair may still thin during treatment.\n\nSome thinning is normal even with the cap. [1]\n"
    )
    a = _article(page)
    assert next(b for b in a.blocks if b.text == strip).role == "chrome"
    assert any(b.text == "Hair may still thin during treatment." and b.role == "body" for b in a.blocks)


def test_a_paragraph_wrapped_in_a_narrow_column_is_one_paragraph() -> None:
    page = (
        "Sore Hands and Feet\n\nWhat is hand-foot syndrome?\n"
        "Sore, red palms and soles are a common\nside effect of some chemotherapy and\n"
        "targeted medicines. The skin may crack\nand blister in severe cases, and it can\n"
        "become hard to walk or to hold things.\nAsk your nurse which cream to use.\n"
    )
    a = _article(page)
    texts = [b.text for b in a.blocks if b.kind == "paragraph"]
    assert texts[0].startswith("Sore, red palms and soles are a common side effect of some chemotherapy and targeted")
    assert texts[0].endswith("become hard to walk or to hold things.")


def test_a_handout_series_label_over_the_handouts_title_is_not_the_title() -> None:
    a = _article(
        "PATIENT EDUCATION\n\nharbourhealth.example.org\n\nSore Palms and Soles\n\n"
        "Some chemotherapy tablets make the palms and soles red and sore. [1]\n"
    )
    assert a.metadata.title == "Sore Palms and Soles"


def test_a_blog_post_line_names_its_poster_and_date() -> None:
    a = _article(
        "Coping With a Dry Mouth\n\nPosted by Ana Lima on 14 March 2022\n\n"
        "Sipping water often keeps the mouth moist during radiotherapy. [1]\n"
    )
    assert a.metadata.title == "Coping With a Dry Mouth"
    assert [p.name for p in a.metadata.authors] == ["Ana Lima"]
    assert a.metadata.published == date(2022, 3, 14)


def test_a_section_reviewed_and_approved_by_a_board_names_the_reviewer() -> None:
    a = _article(
        "Dry Mouth\n\nThis section has been reviewed and approved by the Harbour Editorial Board, 06/2019\n\n"
        "Sipping water often keeps the mouth moist during radiotherapy. [1]\n"
    )
    assert a.metadata.title == "Dry Mouth"
    assert a.metadata.reviewer is not None and a.metadata.reviewer.name == "Harbour Editorial Board"


def test_text_size_letters_over_a_breadcrumb_are_chrome_above_the_title() -> None:
    a = _article(
        "A- A A+\nHome > Patients > Health Library\n\n\nNutrition: Eating With a Sore Mouth\n\n"
        "Soft, cool foods are easier to eat when the mouth is sore. [1]\n"
    )
    assert a.metadata.title == "Nutrition: Eating With a Sore Mouth"
    assert a.blocks[0].role == "chrome"


@pytest.mark.parametrize(
    "top",
    [
        pytest.param(
            "Dry Mouth\n\nFacebook Twitter YouTube Blog iPhone\n\n", id="a-row-of-social-links-under-the-title"
        ),
        pytest.param(
            "A Part of the Harbour University Medical Center\n\nConnect with Harbour\nFacebook Twitter YouTube\n"
            "Email PageEmail page Print PagePrint page\n\nDry Mouth\n\n",
            id="a-group-tagline-a-social-row-with-its-label-and-page-tools-above-the-title",
        ),
    ],
)
def test_social_links_and_page_tools_are_chrome_around_the_title(top: str) -> None:
    a = _article(top + "Sipping water often keeps the mouth moist during radiotherapy. [1]\n")
    assert a.metadata.title == "Dry Mouth"
    assert all(b.role == "chrome" for b in a.blocks if b.text != "Dry Mouth" and not b.text.startswith("Sipping"))


def test_a_title_carried_on_from_the_previous_page_is_still_the_title() -> None:
    a = _article(
        "Font Size\n\nMouth Problems (Patient) (cont.)\n\n\nCauses\n\n"
        "Some chemotherapy drugs make the lining of the mouth sore within a week. [1]\n"
    )
    assert a.metadata.title == "Mouth Problems (Patient)"


def test_a_title_in_title_case_closed_by_a_full_stop_is_the_title() -> None:
    a = _article(
        "How To Look After Your Mouth During Chemotherapy.\n\n"
        "Chemotherapy can make the lining of the mouth sore within a week. [1]\n"
    )
    assert a.metadata.title is not None and a.metadata.title.startswith("How To Look After Your Mouth")
    # a sentence in sentence case opening a page stays text
    b = _article("Chemotherapy can make the lining of the mouth sore.\n\nRinse with salt water after meals. [1]\n")
    assert b.metadata.title is None


def test_a_generic_first_section_under_the_title_is_not_the_title() -> None:
    a = _article(
        "Mouth Complications\n\n\nDescription and Causes\n\n"
        "Some chemotherapy drugs make the lining of the mouth sore within a week of treatment. [1]\n"
    )
    assert a.metadata.title == "Mouth Complications"


def test_an_organisation_named_after_authored_by_is_the_author_not_the_title() -> None:
    a = _article(
        "Authored by Harbour Health\n\nLooking After Your Mouth During Chemotherapy\n\n"
        "Chemotherapy can make the inside of the mouth sore within a week. [1]\n"
    )
    assert [p.name for p in a.metadata.authors] == ["Harbour Health"]
    assert a.metadata.title == "Looking After Your Mouth During Chemotherapy"
    b = _article("Mouth care\n\nBy Harbour Health\n\nA soft brush protects sore gums. [1]\n")
    assert b.metadata.authors == []


def test_a_post_date_followed_by_its_category_after_a_bar_is_the_published_date() -> None:
    a = _article(
        "Tiredness During Treatment\n\nMarch 2, 2021 | Supportive Care\n\n"
        "Tiredness is the most common side effect of cancer treatment. [1]\n"
    )
    assert a.metadata.published == date(2021, 3, 2)
    b = _article("Tiredness\n\nMarch 2, 2021 | Rest eases tiredness in most people.\n\nRest helps. [1]\n")
    assert b.metadata.published is None


def test_a_widget_status_message_left_in_the_copy_is_furniture_not_text() -> None:
    page = (
        "Dry skin on targeted drugs\n\nYou've successfully added to your alerts. You will get an email when we publish.\n\n"
        "We were unable to process your request. Please try again later.\n\n"
        "Targeted drugs often dry the skin within a few weeks. [1]\n"
    )
    a = _article(page)
    role = {b.text.split()[0] + " " + b.text.split()[1]: b.role for b in a.blocks}
    assert role["You've successfully"] != "body" and role["We were"] != "body"
    assert role["Targeted drugs"] == "body"


def test_a_forms_messages_left_in_the_copy_are_furniture_not_text() -> None:
    page = (
        "Dry skin on targeted drugs\n\nThanks for subscribing!\nOops! Something went wrong while submitting the form.\n\n"
        "Thank you! Your submission has been received!\n\nTargeted drugs often dry the skin within a few weeks. [1]\n"
    )
    a = _article(page)
    body = [b.text for b in a.blocks if b.role == "body" and b.kind != "heading"]
    assert body == ["Targeted drugs often dry the skin within a few weeks. [1]"]


def test_a_paywall_prompt_and_an_audience_gate_above_the_title_are_furniture() -> None:
    page = (
        "Subscribe to the Magazine for free\n"
        "Subscribe for free to keep reading! If you are already subscribed, enter your email to log back in.\n"
        "Are you a healthcare professional?\n\nDaily care for dry skin\n\nWritten By\nAna Lima\n\n"
        "Dry skin heals faster when it is moisturised twice a day. [1]\n"
    )
    a = _article(page)
    assert a.metadata.title == "Daily care for dry skin"
    assert [p.name for p in a.metadata.authors] == ["Ana Lima"]
    # the same sentence in the article's text is still text
    b = _article("Dry skin\n\nAre you a healthcare professional? Read our guidance on emollients. [1]\n")
    assert any(block.role == "body" and "guidance" in block.text for block in b.blocks)


def test_a_byline_run_into_the_heading_after_it_is_read_as_a_byline_and_a_heading() -> None:
    page = (
        "Knee pain after running\n\nPosted on 08th May 2024 by Ana LimaWhy does my knee hurt?\n"
        "Most knee pain in runners comes from the tendon below the kneecap. [1]\n"
    )
    a = _article(page)
    assert [p.name for p in a.metadata.authors] == ["Ana Lima"]
    assert a.metadata.published == date(2024, 5, 8)
    assert [b.text for b in a.blocks if b.kind == "heading"] == ["Knee pain after running", "Why does my knee hurt?"]
    # a name run into a publisher's link is not cut there: "Email author" is no heading
    b = _article("Knee pain\n\nBy Sam RoeEmail author\n\nMost knee pain in runners comes from the tendon. [1]\n")
    assert "Email author" not in [b.text for b in b.blocks]


def test_the_title_under_a_helpline_box_or_a_one_sentence_dek_is_the_heading_over_the_first_paragraph() -> None:
    boxed = (
        "Helpline\nSpeak to a specialist nurse.\nCall the Harbour Bowel Helpline\n(9-5 Mon - Fri)\n0800 000 000\n"
        "Seeing your GP about bowel symptoms\n"
        "If you have had blood in your stool for three weeks or more, your GP will want to examine you. [1]\n"
    )
    assert _article(boxed).metadata.title == "Seeing your GP about bowel symptoms"
    dek = (
        "Heartburn is common, but it is worth knowing when to see a specialist.\nHeartburn and Acid Reflux\n"
        "Your stomach makes acid to digest food, and a valve keeps it from rising into the food pipe. [1]\n"
    )
    assert _article(dek).metadata.title == "Heartburn and Acid Reflux"


def test_a_page_that_opens_with_a_paragraph_takes_no_later_heading_as_its_title() -> None:
    page = (
        "Kidney stones are hard deposits that form in the kidney. They can hurt as they pass. [1]\n"
        "Why Stones Form\nStones grow from tiny crystals when the urine holds more minerals than it can dissolve. [1]\n"
    )
    a = _article(page)
    assert a.metadata.title is None
    assert [b.text for b in a.blocks if b.kind == "heading"] == ["Why Stones Form"]
    # nor one sentence per line: two of them are text, not a dek
    two = _article(
        "Shingles is a painful rash caused by the chickenpox virus.\nIt is most common in people over 50.\n"
        "Living with shingles pain\nMost rashes heal within a month, but the pain can last longer in some people. [1]\n"
    )
    assert two.metadata.title is None
    # with their markers too: a sentence that cites a source is never the title
    cited = _article(
        "Shingles is a painful rash caused by the chickenpox virus. [1]\nIt is most common in people over 50. [1]\n"
        "Most rashes heal within a month, but the pain can last longer in some people. [1]\n"
    )
    assert cited.metadata.title is None
    # nor the first section's question under a slogan
    b = _article(
        "Knowing more means better health for your family.\nWhat is osteoarthritis?\n"
        "Osteoarthritis is the wearing of the cartilage that covers the ends of the bones in a joint. [1]\n"
    )
    assert b.metadata.title is None


def test_a_one_word_title_over_its_gloss_in_brackets_is_the_title() -> None:
    a = _article("Xerostomia\n(Dry mouth)\nDry mouth is common during radiotherapy to the head and neck. [1]\n")
    assert a.metadata.title == "Xerostomia"
    b = _article("Haloperidol\n(pronounced hal-oh-PER-i-dol)\nWhy has it been prescribed?\nIt treats psychosis. [1]\n")
    assert b.metadata.title == "Haloperidol"


def test_a_search_box_placeholder_and_a_careers_banner_above_the_title_are_not_the_title() -> None:
    page = (
        "Skip to Content\n\n\nSearch Harbour Valley Health System\nJoin our caring team today. Find jobs\n\n"
        "Fever During Chemotherapy\n\nA fever during chemotherapy can be the first sign of an infection. [1]\n"
    )
    a = _article(page)
    assert a.metadata.title == "Fever During Chemotherapy"
    b = _article("Search for a trial near you\n\nTrials test new cancer medicines in people. [1]\n")
    assert b.metadata.title == "Search for a trial near you"


def test_a_name_printed_on_two_lines_in_a_row_is_a_byline_widget_and_its_author() -> None:
    page = (
        "Rash on EGFR Drugs\n\nMost people on these drugs get a rash on the face within two weeks. [1]\n\n"
        "Rosa M. Quint, PharmD, BCOP\nRosa M. Quint\n\nThe rash usually fades within a month of stopping. [1]\n"
    )
    a = _article(page)
    assert [p.name for p in a.metadata.authors] == ["Rosa M. Quint"]
    assert not any(b.role == "body" and b.text.startswith("Rosa") for b in a.blocks)
    b = _article("Mouth Ulcers\n\nMouth Ulcers\n\nUlcers often heal within two weeks. [1]\n")
    assert b.metadata.authors == []


def test_a_cards_name_with_its_edition_date_above_the_title_is_the_date_not_the_title() -> None:
    page = (
        "Harbour Nursing Pocket Card - March 2021\n\nManaging Mouth Sores\n\n"
        "Mouth sores often start a week after chemotherapy. [1]\n"
    )
    a = _article(page)
    assert a.metadata.title == "Managing Mouth Sores"
    assert a.metadata.published == date(2021, 3, 1)


def test_a_title_that_ends_on_a_quoted_word_is_still_the_title() -> None:
    a = _article(
        "Living With “Scanxiety”\n\nWorry before a scan is common and often eases once the results are known. [1]\n"
    )
    assert a.metadata.title == "Living With “Scanxiety”"
    b = _article('Sleep and "chemo fog"\n\nPoor sleep can make thinking problems worse. [1]\n')
    assert b.metadata.title == 'Sleep and "chemo fog"'
    # a quoted sentence closed inside its quotes is text, not a heading
    c = _article('She said "rest helps."\n\nRest eases tiredness in most people. [1]\n')
    assert c.metadata.title is None


def test_a_stock_photo_title_under_the_page_title_is_furniture_not_the_title() -> None:
    page = (
        "Eating With Mouth Sores\n\nGlass of milk isolated on white background\n\n"
        "Soft, cool foods are easier to swallow when the mouth is sore. [1]\n"
    )
    a = _article(page)
    assert a.metadata.title == "Eating With Mouth Sores"
    assert not any(b.role == "body" and b.text.startswith("Glass of milk") for b in a.blocks)


def test_a_column_name_in_dotted_initials_above_the_title_is_not_the_text() -> None:
    a = _article("H.E.L.P.\n\nTaste changes on chemo\n\nFood can taste of metal during chemotherapy. [1]\n")
    assert a.metadata.title == "Taste changes on chemo"


def test_a_reading_time_printed_before_the_post_date_does_not_hide_the_date() -> None:
    glued = _article(
        "Nerve pain after chemo\n\nRosa Quint\n6 min readApr 9, 2023\n\nTingling often starts in the toes. [1]\n"
    )
    assert glued.metadata.published == date(2023, 4, 9)
    assert glued.metadata.reading_time_minutes == 6
    spaced = _article("Nerve pain after chemo\n\n6 min read Apr 9, 2023\n\nTingling often starts in the toes. [1]\n")
    assert spaced.metadata.published == date(2023, 4, 9)


def test_a_page_date_label_without_its_verb_is_still_a_date_label() -> None:
    a = _article("Hair loss\n\nThis page last updated 5 May 2023\n\nHair often grows back within months. [1]\n")
    assert a.metadata.updated == date(2023, 5, 5)
    b = _article(
        "Hair loss\n\nLiterature review current through: Feb 2023. | This topic last updated: Mar 3, 2023.\n\n"
        "Hair often grows back within months. [1]\n"
    )
    assert b.metadata.updated == date(2023, 3, 3)


def test_a_review_date_closing_a_credit_line_under_the_title_is_the_update() -> None:
    page = (
        "Skin rash on immunotherapy\n\n"
        "Adapted from: Harbour regional toxicity handbook v3.1. A Lima & R Quint. Last reviewed: 14.03.2022.\n"
        "Signs: rash, itch, dry patches\n"
        "Steroid creams settle most mild rashes within a week. [1]\n"
    )
    a = _article(page)
    assert a.metadata.updated == date(2022, 3, 14)


def test_an_as_told_to_byline_names_both_the_speaker_and_the_writer() -> None:
    a = _article("By Rosa Quint, as told to Sam Lee\n\nMost people on chemo get some side effects. [1]\n")
    assert [p.name for p in a.metadata.authors] == ["Rosa Quint", "Sam Lee"]


def test_the_name_over_a_blog_platforms_reading_time_is_the_author() -> None:
    page = "Cold hands on oxaliplatin\n\nHarbour Patient Stories\n5 min readOct 2, 2023\n\nCold drinks can sting. [1]\n"
    a = _article(page)
    assert [p.name for p in a.metadata.authors] == ["Harbour Patient Stories"]
    assert a.metadata.title == "Cold hands on oxaliplatin"
    same_line = _article("Cold hands\n\nRosa Quint · 5 min read · Oct 2, 2023\n\nCold drinks can sting. [1]\n")
    assert [p.name for p in same_line.metadata.authors] == ["Rosa Quint"]
    # without a reading time a category before the date is no author
    category = _article("Cold hands\n\nNerve Changes | Oct 2, 2023\n\nCold drinks can sting. [1]\n")
    assert category.metadata.authors == []


def test_an_about_the_author_bio_opening_with_a_name_gives_the_author() -> None:
    page = (
        "Eating well during radiotherapy\n\nSmall meals are easier to manage during treatment. [1]\n\n"
        "About the Author\n\nRosa Quint has written about nutrition since 2012 and holds a degree in dietetics.\n"
    )
    a = _article(page)
    assert [p.name for p in a.metadata.authors] == ["Rosa Quint"]
    org = _article(
        "Eating well\n\nSmall meals help. [1]\n\nAbout the Author\n\nThe Harbour Cancer Institute is a charity.\n"
    )
    assert org.metadata.authors == []


def test_a_journal_issue_line_with_num_over_the_title_is_not_the_title() -> None:
    page = (
        "HARBOUR JOURNAL OF NURSING 2021 , Vol 12 , Num 3\nCold Caps for Hair Loss in Chemotherapy\n"
        "Rosa QUINT1,Sam LEE2\n\nSummary\n\nScalp cooling can reduce hair loss during some chemotherapy. [1]\n"
    )
    a = _article(page)
    assert a.metadata.title == "Cold Caps for Hair Loss in Chemotherapy"


def test_a_hospital_name_heading_a_print_view_is_not_the_title() -> None:
    page = (
        "Harbour Valley General Hospital\n\nMouth Care During Chemotherapy\n\n"
        "A soft toothbrush protects sore gums during treatment. [1]\n"
    )
    assert _article(page).metadata.title == "Mouth Care During Chemotherapy"
    leaflet = _article("Coming Into Hospital\n\nWhat to Bring\n\nPack your medicines in their boxes. [1]\n")
    assert leaflet.metadata.title == "Coming Into Hospital"


def test_a_document_hosts_date_and_view_counter_is_a_date_not_the_title() -> None:
    page = (
        "15.04.2019 Views\n\nManaging nausea after chemotherapy ...\n\nManaging nausea after chemotherapy ...\n\n"
        "Anti-sickness medicines work best when taken on time. [1]\n"
    )
    a = _article(page)
    assert a.metadata.title == "Managing nausea after chemotherapy ..."
    assert a.metadata.published == date(2019, 4, 15)


def test_the_title_over_its_own_breadcrumb_entry_is_the_title_under_a_notice() -> None:
    page = (
        "Our phone lines are closed on Friday for maintenance. Email us instead and we will reply soon.\n\n\n"
        "Walking for cancer fatigue\n\n    1. Walking for cancer fatigue\n\nFirst published: May 2020\n\n"
        "Regular walks can ease fatigue during treatment. [1]\n"
    )
    a = _article(page)
    assert a.metadata.title == "Walking for cancer fatigue"


def test_a_skip_links_target_and_a_notice_cut_before_its_link_are_not_the_title() -> None:
    page = (
        "Main Content\n\nFor the latest visiting rules during the flu season, visit\n\n"
        "Harbour Valley Cancer Center\n\n\nNurse answers questions about cold caps\n\n"
        "Cold caps can protect some hair during chemotherapy. [1]\n"
    )
    assert _article(page).metadata.title == "Nurse answers questions about cold caps"
    visit = _article("Preparing for your visit\n\nBring a list of your medicines. [1]\n")
    assert visit.metadata.title == "Preparing for your visit"


def test_a_site_builders_byline_items_under_the_title_give_the_author() -> None:
    page = (
        "Mouth Sores: What Helped Me\n- Quintessa\n\n- Mar 4\n- 3 min read\n"
        "Salt water rinses eased my mouth sores within days. [1]\n"
    )
    a = _article(page)
    assert [p.name for p in a.metadata.authors] == ["Quintessa"]
    assert not any(b.role == "body" and b.text in ("Quintessa", "3 min read") for b in a.blocks)
    # the same items far from the title are a list in the text
    b = _article("Mouth Sores\n\nThings that helped:\n- Quintessa\n- 3 min read\n\nRinses helped. [1]\n")
    assert b.metadata.authors == []


def test_a_headline_closed_by_a_full_stop_over_a_two_digit_year_dateline() -> None:
    page = (
        "Survivors report numb feet years after chemotherapy ends.\n08/21/18 Eugene, Ore.\n"
        "A study of 300 survivors found numbness in the feet six years on. [1]\n"
    )
    a = _article(page)
    assert a.metadata.title == "Survivors report numb feet years after chemotherapy ends."
    assert a.metadata.published == date(2018, 8, 21)
    # a first sentence over the text is no headline
    b = _article("Survivors often report numb feet.\nA study of 300 survivors found numbness six years on. [1]\n")
    assert b.metadata.title is None


def test_a_date_with_its_year_glued_to_the_month_over_the_title_dates_the_post() -> None:
    page = "3rd Feb2014\n\nWhat my first week of radiotherapy felt like\n\nThe tiredness came in the second week. [1]\n"
    a = _article(page)
    assert a.metadata.published == date(2014, 2, 3)
    assert a.metadata.title == "What my first week of radiotherapy felt like"


def test_an_icon_sets_symbol_names_above_a_library_menu_are_chrome_and_the_title_is_found() -> None:
    page = (
        "phone ico-search ico-menu calendar pin-lg pin-sm share ico-social-x printer\n"
        "Health Library Explorer\n"
        "A B C D E F G H I J K L M N O P Q R S T U V W X Y Z A-Z Listings Contact Us\n\n"
        "Dry Mouth During Radiation Therapy\n\n"
        "Radiation to the head and neck often slows the flow of saliva. [1]\n"
    )
    a = _article(page)
    assert a.metadata.title == "Dry Mouth During Radiation Therapy"
    assert a.blocks[0].role == "chrome"
    # lower-case words with no icon names stay text
    b = _article("sip water often and keep your lips moist with a balm during treatment\n\nDry mouth is common. [1]\n")
    assert b.blocks[0].role == "body"


def test_a_short_row_between_rows_of_a_bar_menu_and_a_section_label_are_not_the_title() -> None:
    page = (
        "Home | Our Doctors | Treatments | Patients | Contact\n"
        "Proton Therapy | Brachytherapy\n"
        "Bone Scans | Prostate Care | Skin Cancer\n\n"
        "Patient Resources\n"
        "Dry Mouth\n\n"
        "Radiation to the jaw often slows the flow of saliva for months after treatment. [1]\n"
    )
    a = _article(page)
    assert a.metadata.title == "Dry Mouth"
    assert all(b.role == "chrome" for b in a.blocks[:4])
    # a title with its site name after a bar, on its own, is still the title
    b = _article("Dry Mouth | Harbour Oncology\n\nRadiation often slows the flow of saliva. [1]\n")
    assert b.metadata.title is not None and b.metadata.title.startswith("Dry Mouth")


def test_a_pictures_alt_text_over_its_photo_credit_is_no_text_of_the_article() -> None:
    page = (
        "Swelling After Breast Surgery\n\nSwelling of the arm can start months after the lymph nodes are removed. [1]\n\n"
        "Swelling of the right arm is visible in this patient.\n\nJane Roe Studio / Getty Images\n\n"
        "Early treatment keeps the swelling from getting worse. [1]\n"
    )
    a = _article(page)
    caption = next(b for b in a.blocks if b.text.startswith("Swelling of the right"))
    assert caption.role == "chrome"
    # the same sentence with no credit under it stays text
    b = _article("Swelling\n\nSwelling of the right arm is visible in this patient.\n\nSwelling can return. [1]\n")
    assert next(x for x in b.blocks if x.text.startswith("Swelling of the right")).role == "body"


def test_a_numbered_heading_over_a_paragraph_cut_after_its_first_sentence_is_a_heading() -> None:
    page = (
        "Coping With Tiredness\n\nTiredness affects most people having radiotherapy. [1]\n\n"
        "1. Planning Your Day Around Your Energy\n\n"
        "Most people have more energy in the morning. Here are some ways to use th"
    )
    a = _article(page)
    step = next(b for b in a.blocks if "Planning Your Day" in b.text)
    assert step.kind == "heading"
    # a numbered line over another numbered line is still a list item
    b = _article("Tiredness\n\n1. Plan your day\n\n2. Rest between tasks\n\nRest helps. [1]\n")
    assert next(x for x in b.blocks if "Plan your day" in x.text).kind == "list_item"


def test_a_journal_label_with_its_section_over_a_question_title_and_a_column_of_authors() -> None:
    page = (
        "CC BY 4.0 · Harbour J Sports Med 2019; 07(02): 101-108\nDOI: 10.1000/hjsm-2019-12\n"
        "Original Article: Rehabilitation and Recovery\n\n"
        "Knee Pain After a First Marathon: Do Runners Need a Risk Score Beyond the Usual Training Advice?\n\n"
        "Mara Olsen\n1   Department of Physiotherapy, Harbour University Hospital, Harbour, Norland\n,\n"
        "Tomas Reyes\n2   Department of Sports Medicine, Harbour University Hospital, Harbour, Norland\n\n"
        "Abstract\n\nBackground Knee pain is common after long races.\n"
    )
    a = _article(page)
    assert a.metadata.title.startswith("Knee Pain After a First Marathon")
    assert [p.name for p in a.metadata.authors] == ["Mara Olsen", "Tomas Reyes"]
    assert a.metadata.published == date(2019, 1, 1)  # the year alone on the citation line
    column = [b for b in a.blocks if a.text.index("Mara") <= b.start < a.text.index("Abstract")]
    assert column and all(b.role == "byline" for b in column)
    # one name over a single affiliation is no column: a heading over its first paragraph stays a heading
    b = _article("Knee pain\n\nMara Olsen\nDepartment of Physiotherapy, Harbour University\n\nRest helps. [1]\n")
    assert b.metadata.authors == []


def test_an_article_type_with_its_access_label_over_copyright_and_citation_lines_and_names_before_affiliations() -> (
    None
):
    page = (
        "Minireviews Open Access\n"
        "Copyright ©The Author(s) 2023. Published by Harbour Press Inc. All rights reserved.\n"
        "Harbour J Sports Med. Mar 14, 2023; 9(3): 210-222\n"
        "Published online Mar 14, 2023. doi: 10.1000/hjsm.v9.i3.210\n"
        "New ways to treat runner's knee without surgery\n"
        "Mara Olsen, Tomas Reyes, Faculty of Medicine, Harbour University, Harbour 1200, Norland\n"
        "Ida Berg, Sports Clinic North, Sports Clinic North, Harbour 1201, Norland\n"
        "Tomas Reyes, General and Sports Physiotherapy, Medical University of Norland, Harbour 1202, Norland\n"
        "Author contributions: Olsen M and Reyes T wrote the draft; Berg I revised it.\n"
    )
    a = _article(page)
    assert a.metadata.title == "New ways to treat runner's knee without surgery"
    assert a.metadata.published == date(2023, 3, 14)
    assert [p.name for p in a.metadata.authors] == ["Mara Olsen", "Tomas Reyes", "Ida Berg"]


def test_an_abstract_archives_short_citation_names_the_first_author_and_the_year() -> None:
    page = (
        "Review\n. 2018:1040:55-61.\ndoi: 10.1000/978-1-2345-6789-0_4.\n\n"
        "Running Injuries: Patellofemoral Pain\n\nAffiliations\n\n"
        "Running Injuries: Patellofemoral Pain\n\nMara K Olsen et al. Adv Sports Med Biol. 2018.\n\n"
        "Abstract\n\nPatellofemoral pain is a frequent complaint in runners.\n"
    )
    a = _article(page)
    assert a.metadata.title == "Running Injuries: Patellofemoral Pain"
    assert [p.name for p in a.metadata.authors] == ["Mara K Olsen"]
    assert a.metadata.published == date(2018, 1, 1)
    short = next(b for b in a.blocks if b.text.startswith("Mara K Olsen"))
    assert short.role == "byline"


def test_a_drug_sites_medical_editor_with_the_update_run_on_after_the_credentials() -> None:
    page = (
        "Kneezol\n\nMedical Editor: Rosa Quint, MD, FACSM Last updated on Harbour Drugs: 3/14/2022\n"
        "Kneezol Side Effects Center\n\nWhat Is Kneezol?\n\nKneezol is a cream used for runner's knee. [1]\n"
    )
    a = _article(page)
    assert a.metadata.title == "Kneezol"
    assert a.metadata.reviewer is not None and a.metadata.reviewer.name == "Rosa Quint"
    assert a.metadata.updated == date(2022, 3, 14)
    b = _article("Kneezol\n\nMedical Author: Tomas Reyes, MD\n\nKneezol is a cream used for runner's knee. [1]\n")
    assert [p.name for p in b.metadata.authors] == ["Tomas Reyes"]


def test_the_last_crumb_of_a_breadcrumb_printed_again_under_it_is_the_title() -> None:
    page = (
        "Home > SPORT & YOU > Injuries > Knees > Easing Runner's Knee (Rest, Ice, Exercise)\n\n"
        "Easing Runner's Knee (Rest, Ice, Exercise)\n\nWhat is runner's knee?\n\n"
        "Runner's knee is pain around the kneecap. [1]\n"
    )
    a = _article(page)
    assert a.metadata.title == "Easing Runner's Knee (Rest, Ice, Exercise)"
    assert a.blocks[0].role == "chrome"


def test_a_breadcrumbs_last_crumb_is_the_title_where_the_text_starts_under_it() -> None:
    a = _article("Home >> Medicines >> Kneezol\n\nKneezol is a cream that eases the ache of runner's knee. [1]\n")
    start, end = a.metadata.spans["title"]
    assert a.text[start:end] == "Kneezol"
    assert a.blocks[0].role == "chrome"
    # a trail may end on a separator
    assert (
        _article("Home » Medicines » Kneezol »\n\nKneezol is a cream for runner's knee. [1]\n").metadata.title
        == "Kneezol"
    )
    # a trail that ends on a site link names no page
    assert _article("Home / About / Contact\n\nKneezol is a cream for runner's knee. [1]\n").metadata.title is None


def test_a_newspapers_role_and_name_lines_under_the_headline_lead_to_the_byline() -> None:
    page = (
        "Sore knees are not just a runner's problem\n\nStaff Writer\nThe Harbour Evening Herald\n"
        "Rosa Quint, MD, & Tomas Reyes, MD\n\n"
        "My husband has started running and his knees ache. Should he stop?\n\n"
        "Knee pain in new runners usually comes from doing too much too soon. [1]\n"
    )
    a = _article(page)
    assert [p.name for p in a.metadata.authors] == ["Rosa Quint", "Tomas Reyes"]
    assert [b.role for b in a.blocks[1:4]] == ["byline", "chrome", "byline"]
    b = _article(
        "Sore knees are not just a runner's problem\n\nIda Berg\nStaff Reporter\nThe Harbour Evening Herald\n\n"
        "Knee pain in new runners usually comes from doing too much too soon. [1]\n"
    )
    assert [p.name for p in b.metadata.authors] == ["Ida Berg"]


def test_a_bullet_in_title_case_over_a_paragraph_indented_under_it_is_a_sub_heading() -> None:
    page = (
        "Runner's knee\n\n  1. Knee Pain\n\n    Knee pain in runners usually comes from doing too much too soon. [1]\n\n"
        "    • Easing Knee Pain\n\n"
        "      Rest, ice and a slow return to running ease the pain in most runners within weeks. [1]\n\n"
        "    • Rest\n\n    • Ice\n"
    )
    a = _article(page)
    heading = next(b for b in a.blocks if b.text == "Easing Knee Pain")
    assert heading.kind == "heading"
    assert [b.kind for b in a.blocks if b.text in ("Rest", "Ice")] == ["list_item", "list_item"]


def test_authors_printed_as_list_items_under_the_title_with_an_email_link_glued_on() -> None:
    page = (
        "Advertisement\n\nRunning Injuries of the Knee\n\n  • Mara Olsen\n  • Tomas ReyesEmail author\nChapter\n\n"
        "Abstract\n\nKnee injuries are common in runners who train on hard ground.\n"
    )
    a = _article(page)
    assert [p.name for p in a.metadata.authors] == ["Mara Olsen", "Tomas Reyes"]
    assert [b.role for b in a.blocks if b.text.lstrip("• ").startswith(("Mara", "Tomas"))] == ["byline", "byline"]
    # one item under a title is no list of authors: it may be the page's only list item
    b = _article("Running Injuries of the Knee\n\n  • Mara Olsen\n\nKnee injuries are common in runners. [1]\n")
    assert b.metadata.authors == []


def test_a_numbered_reference_list_in_journal_year_volume_pages_form_is_a_source_list() -> None:
    page = (
        "Tiredness on Chemotherapy\n\nMost people on chemotherapy feel tired at some point.\n\n"
        "Walking most days can ease this tiredness and lift the mood.1,2\n\n"
        "1. Okafor, T., Lind, M. Walking during chemotherapy. J Support Oncol 2011:6:210-218.\n"
        "2. Brandt, K. Activity and mood in cancer care. Eur J Cancer Care 2019;28:1204-12.\n"
    )
    assert [s.number for s in _article(page).sources] == [1, 2]
    report = run_text(page, fmt="text", path="page.txt", select=["uncited-claim", "unused-source"])
    # the paragraph's flattened superscripts cite both entries; the first paragraph stays uncited
    assert sorted({f.line for f in report.findings}) == [3]


def test_a_pager_line_and_a_licence_notice_are_furniture_not_red_flags_or_claims() -> None:
    page = (
        "Biological Therapy Risks\n\nSome biological drugs can cause flu-like symptoms for a day or two.\n\n"
        "Page 4 of 7     Next Page:  When to Call Your Doctor\n"
        "From Family Health Guide, Harbour Press. Copyright 2009 by Harbour Press. All rights reserved. "
        "To ask for a reprint, write to Harbour Press. Used with permission of Harbour Press.\n"
    )
    report = run_text(page, fmt="text", path="page.txt", select=["uncited-claim", "missing-red-flags"])
    assert sorted((f.rule, f.line) for f in report.findings) == [("missing-red-flags", 1), ("uncited-claim", 3)]


def test_a_document_dumped_onto_one_line_after_its_pager_keeps_its_claims_and_a_citation_line_is_no_title() -> None:
    page = (
        "Chemotherapy\n\nPage 1 of 12 Chemotherapy This leaflet is about chemotherapy. "
        "Chemotherapy often thins the hair within three weeks.\n"
    )
    report = run_text(page, fmt="text", path="page.txt", select=["uncited-claim"])
    assert {f.line for f in report.findings} == {3}
    journal = _article(
        "Reviews\nCopyright \u00a9The Authors 2023. All rights reserved.\nJ Harbour Med. Mar 2, 2023; 9(2): 101-112\n"
        "Published online Mar 2, 2023.\nSkin Effects of Targeted Drugs in Lung Cancer\n\nRash is common. [1]\n"
    )
    assert journal.metadata.title != "J Harbour Med. Mar 2, 2023; 9(2): 101-112"


def test_a_search_reset_link_an_alert_signup_and_a_handout_series_over_a_drug_sheet_are_not_the_title() -> None:
    page = (
        "Patient & Family Education Materials\n\nStart over with a New Search\n\nCapecitabine (Xeloda)\n\n"
        "How does this medicine work?\n\nCapecitabine turns into a chemotherapy drug inside the body. [1]\n"
    )
    report = run_text(page, fmt="text", path="page.txt", select=["empty-section"])
    assert report.article.title == "Capecitabine (Xeloda)"
    assert report.findings == []
    b = _article(
        "Get notified of page updates\n\nHand-Foot Skin Reaction\n\nSome targeted drugs redden the palms. [1]\n"
    )
    assert b.metadata.title == "Hand-Foot Skin Reaction"


def test_names_one_a_line_under_a_credit_are_who_checked_the_page_not_a_claim() -> None:
    page = (
        "Hand-Foot Syndrome\n\nSome targeted drugs make the palms red and sore within weeks. [1]\n\n"
        "Information validated by:\n\nNuria Vidal Serra\nJoan Pons Mas\n"
    )
    report = run_text(page, fmt="text", path="page.txt", select=["uncited-claim"])
    assert report.findings == []
    assert report.article.reviewer is not None and report.article.reviewer.name == "Nuria Vidal Serra"
    b = _article(
        "Hand-Foot Syndrome\n\nPalms may redden. [1]\n\nContent prepared by:\n\nNuria Vidal Serra\nJoan Pons Mas\n"
    )
    assert [p.name for p in b.metadata.authors] == ["Nuria Vidal Serra", "Joan Pons Mas"]


def test_a_blog_posts_category_line_marks_the_title_under_it_and_the_blog_frame_above_is_chrome() -> None:
    page = (
        "Blog banner with a pen resting on a notebook.\n\nWelcome to Our Blog.\n\n"
        "At Harbour Health, we share useful health news with our community every week.\n\n"
        "Posted on June 4, 2024 in Cancer\n\nHair Loss During Chemotherapy and What Helps.\n\n"
        "Hair loss often starts two to three weeks after the first cycle. [1]\n"
    )
    report = run_text(page, fmt="text", path="page.txt", select=["uncited-claim"])
    assert report.article.title == "Hair Loss During Chemotherapy and What Helps."
    assert report.article.published == date(2024, 6, 4)
    assert report.findings == []


@pytest.mark.parametrize("last", ["This", "The"])
def test_a_page_cut_after_one_word_is_checked_without_error(last: str) -> None:
    # a stored copy stops mid-sentence: the last "sentence" is one word, and no check may read past it
    report = run_text(f"Skin care\n\nRadiotherapy can make the skin sore.\n\n{last}", fmt="text", path="page.txt")
    assert [f.line for f in report.findings if f.rule == "uncited-claim"] == [3]


def test_a_banner_ending_in_link_arrows_and_a_text_size_control_are_not_the_title() -> None:
    page = (
        "FOR FLU SHOTS: Book an appointment at one of our clinics. >>\n\nText size: a a a\n\n"
        "Chemotherapy Day Guide\n\nChemotherapy can make you feel sick for a day or two. [1]\n"
    )
    assert _article(page).metadata.title == "Chemotherapy Day Guide"


def test_a_day_units_name_over_the_page_title_is_not_the_title() -> None:
    page = (
        "Oncology Daycare\n\nYour Treatment Day\n\nBefore your treatment\n\n"
        "Chemotherapy can make you feel sick for a day or two. [1]\n"
    )
    assert _article(page).metadata.title == "Your Treatment Day"


def test_a_headline_run_on_after_a_stored_copys_date_stamp_is_the_title() -> None:
    page = " date 2019-03-14 Cold caps cut hair loss for many on chemotherapy\nA trial of 200 women found less hair loss. [1]\n"
    b = _article(page)
    assert b.metadata.title == "Cold caps cut hair loss for many on chemotherapy"
    assert b.metadata.published == date(2019, 3, 14)
    # a lede after the stamp ends its sentence on the line: the copy has no headline
    lede = " date 2019-03-14 Leeds - Cold caps cut hair loss for many women, a trial found.\nMore follows. [1]\n"
    assert _article(lede).metadata.title is None
    # a sentence wrapped onto the next line is no headline
    wrapped = " date 2019-03-14 Cold caps cut hair loss for many women on\nchemotherapy, a trial of 200 found. [1]\n"
    assert _article(wrapped).metadata.title is None


def test_a_title_set_with_a_colon_over_its_byline_or_its_paragraph_is_the_title() -> None:
    page = "Mouth care during chemotherapy:\n\nBy Ana Lima\n\nA soft toothbrush protects sore gums. [1]\n"
    b = _article(page)
    assert b.metadata.title == "Mouth care during chemotherapy"
    para = "Sleep and Fatigue:\nPoor sleep makes tiredness worse. Short naps may help some people. [1]\n"
    assert _article(para).metadata.title == "Sleep and Fatigue"
    # a lead-in over its list stays a lead-in
    listed = "Ways to save energy:\n- Rest between tasks\n- Ask for help with shopping\n"
    assert _article(listed).metadata.title is None


def test_a_blog_themes_meta_row_with_a_time_stamp_dates_the_post_and_the_stamp_dates_its_update() -> None:
    page = (
        "Scalp cooling during chemotherapy\n\nBy | 2021-06-02T10:15:00+00:00 March 3rd, 2020|News|\n\n"
        "A cooling cap can reduce hair loss for some people. [1]\n"
    )
    b = _article(page)
    assert b.metadata.published == date(2020, 3, 3)
    assert b.metadata.updated == date(2021, 6, 2)
    assert b.metadata.authors == []
    named = page.replace("By |", "By Ana Lima |")
    assert [p.name for p in _article(named).metadata.authors] == ["Ana Lima"]


def test_a_journals_history_date_with_a_weekday_and_a_comma_after_the_day_is_read() -> None:
    page = (
        "Hand-foot syndrome with oral chemotherapy\n\nReview Article\n\nPublication history\n"
        "Received: Mon 03, Feb 2020\nPublished: Fri 14, Feb 2020\n\nPalms may redden and peel. [1]\n"
    )
    assert _article(page).metadata.published == date(2020, 2, 14)


def test_a_row_of_link_cards_over_the_title_is_chrome_not_the_title_or_claims() -> None:
    page = (
        "• Second Opinions\n\n    Every patient deserves a second look.\n\n    read more\n"
        "  • Our Team\n\n    Specialists who listen to you.\n\n    Read more\n\n"
        "Skin Care During Radiotherapy\n\nWash the treated skin gently with lukewarm water. [1]\n"
    )
    report = run_text(page, fmt="text", path="page.txt", select=["uncited-claim"])
    assert report.article.title == "Skin Care During Radiotherapy"
    assert report.findings == []


def test_a_journal_articles_title_over_its_names_line_passes_over_the_platform_and_journal_names() -> None:
    page = (
        "Open Journal Platform\n\nNursing Practice Today\n\n"
        "Mouth care routines for adults receiving high dose chemotherapy at home\n\n"
        "Ana Lima, Sam Roe\n\nOral mucositis is common after high-dose chemotherapy. [1]\n"
    )
    b = _article(page)
    assert b.metadata.title == "Mouth care routines for adults receiving high dose chemotherapy at home"
    assert [p.name for p in b.metadata.authors] == ["Ana Lima", "Sam Roe"]


def test_a_posts_date_title_and_bare_name_header_names_the_writer() -> None:
    page = (
        "Monday, March 4, 2019\n\nLiving With Chemo Fog\n\nAna Lima\n\n"
        "Many people notice memory slips during chemotherapy, and most improve within a year. [1]\n"
    )
    b = _article(page)
    assert [p.name for p in b.metadata.authors] == ["Ana Lima"]
    assert b.metadata.published == date(2019, 3, 4)
    # without the date, a name under the title is still the writer; a subtitle whose words the text prints in lower
    # case is no name
    assert [p.name for p in _article(page.replace("Monday, March 4, 2019\n\n", "")).metadata.authors] == ["Ana Lima"]
    subtitle = page.replace("Monday, March 4, 2019\n\n", "").replace("Ana Lima", "Memory Slips")
    assert _article(subtitle).metadata.authors == []
    # a sub-heading whose words recur in the text is a topic, not a name
    topic = page.replace("Ana Lima", "Memory Slips")
    assert _article(topic).metadata.authors == []


def test_a_forum_threads_question_typed_in_lower_case_is_the_title() -> None:
    page = "how to cope with mouth sores on chemo\n\nRinse with salt water after meals.\nUse a soft toothbrush.\n"
    assert _article(page).metadata.title == "how to cope with mouth sores on chemo"
    # a lower-case site slogan over the title is still passed over
    slogan = "care close to home\n\nMouth Sores\n\nRinse with salt water after meals. [1]\n"
    assert _article(slogan).metadata.title == "Mouth Sores"


def test_a_read_the_full_article_click_here_sentence_is_a_link_not_a_claim() -> None:
    page = (
        "Chemo Brain Tips\n\nMemory slips after chemotherapy often improve over a year. [1]\n\n"
        "To read the whole article and see what the experts suggest for memory problems, click here.\n\n"
        "Sources\n\n1. Ana Lima. Memory after chemotherapy. 2021.\n"
    )
    report = run_text(page, fmt="text", path="page.txt", select=["uncited-claim"])
    assert report.findings == []


def test_a_journals_author_info_and_corresponding_author_labels_are_no_names_and_lead_to_the_author() -> None:
    page = (
        "Scalp cooling during taxane chemotherapy\n\nAuthor Info\n\nCorresponding Author\nAna Lima\n"
        "Department of Oncology Nursing, Harbour University, Leeds, United Kingdom\n\n"
        "Hair loss is among the most feared effects of chemotherapy. [1]\n"
    )
    assert [p.name for p in _article(page).metadata.authors] == ["Ana Lima"]


def test_a_blog_archives_label_and_profile_box_are_passed_over_for_the_posts_date_and_title() -> None:
    page = (
        "About Me\n\nMy photo\n\nNurse, mother of two, writing about life after breast cancer treatment.\n\n"
        "Tuesday, June 4, 2019\n\nGentle Exercise After Chemo\n\n"
        "Six weeks after my last cycle I walked on the treadmill for ten minutes. [1]\n"
    )
    b = _article(page)
    assert b.metadata.title == "Gentle Exercise After Chemo"
    assert b.metadata.published == date(2019, 6, 4)
    archive = "Showing posts from June, 2019\n\nGentle Exercise After Chemo\n\nI walked for ten minutes today. [1]\n"
    assert _article(archive).metadata.title == "Gentle Exercise After Chemo"


def test_a_posts_weekday_and_date_run_on_before_its_indented_first_sentence_date_it() -> None:
    page = (
        "Chemo diary: week six\n\n  Tuesday, 4 June 2019 - My sixth cycle is done and the tiredness came back on the"
        " second day, as it has every time so far. I slept most of the afternoon and then walked to the shops and"
        " back, which felt like a small victory after the week I had. [1]\n"
    )
    assert _article(page).metadata.published == date(2019, 6, 4)


def test_a_notices_label_and_paragraph_over_the_title_are_not_the_title() -> None:
    page = (
        "Please note:\nOur infusion suite moves to the east wing in May. Parking is free for patients.\n\n"
        "Mouth Sores\n\nMouth sores often start a week after chemotherapy. [1]\n"
    )
    assert _article(page).metadata.title == "Mouth Sores"
    # a notice's label over its paragraph is no colon-closed title either
    alone = "Visitor Update:\nMasks are required on the ward. Thank you for your help.\n"
    assert _article(alone).metadata.title is None


def test_a_submitted_by_line_names_the_poster_and_date_not_the_title() -> None:
    # a CMS's default byline over a post whose title is elsewhere: "Submitted by <name> on <date>"
    a = _article(
        "Skip to main content\nSubmitted by Dr R. Mehta on 3 August 2016\n"
        "Photo of a nurse holding a cup of ginger tea for this article on nausea\n\n"
        "Ginger can ease mild nausea after chemotherapy. [1]\n"
    )
    assert [p.name for p in a.metadata.authors] == ["Dr R. Mehta"]
    assert a.metadata.published == date(2016, 8, 3)
    assert a.metadata.title is None or "Submitted" not in a.metadata.title


def test_a_journal_issue_line_above_an_index_entry_dates_it_and_the_title_and_author_items_follow() -> None:
    # an index of open journals: "<Journal> (<Mon yyyy>)" over the article's long title and its authors as items
    a = _article(
        "Harbour Journal of Supportive Care (Mar 2021)\n\n"
        "Teaching Patients to Report Immune-Related Side Effects Early: A Nurse-Led Programme in a Regional Centre\n\n"
        "  • Ana Lima,\n  • Ben K. Cole,\n  • Sam Roe\n\nAbstract\n\n"
        "Nurse-led teaching was followed by earlier reports of diarrhoea and rash. [1]\n"
    )
    assert a.metadata.published == date(2021, 3, 1)
    assert a.metadata.title is not None and a.metadata.title.startswith("Teaching Patients to Report")
    assert [p.name for p in a.metadata.authors] == ["Ana Lima", "Ben K. Cole", "Sam Roe"]


def test_an_encyclopedia_copys_caret_entries_with_no_heading_are_its_source_list() -> None:
    # a mirror drops the "References" heading but keeps each entry's back-link caret
    page = (
        "Hand-foot syndrome\n\n"
        "Hand-foot syndrome is redness and soreness of the palms and soles after some chemotherapy.[1][2]\n\n"
        "  1. ^ Lima, Ana; Cole, Ben (2005). Skin Reactions to Cancer Drugs. (2nd ed.). Harbour Press. ISBN 0-0000.\n"
        "  2. ^ a b Roe S (2011). Sore palms on capecitabine. Harbour Med J. 12: 34.\n"
    )
    a = _article(page)
    assert [s.number for s in a.sources] == [1, 2]
    report = run_text(page, fmt="text", path="page.txt", select=["uncited-claim", "missing-sources"])
    assert report.findings == []


def test_a_field_list_with_each_label_and_value_an_item_gives_both_dates() -> None:
    # a resource page's metadata as a flattened definition list: "- Published:" / "- May 2021"
    page = (
        "Mouth care during chemotherapy\n"
        "Chemotherapy can make the mouth sore, so gentle brushing helps. [1]\n"
        "- Topic:\n- Cancer\n- Published:\n- May 2021\n- Last reviewed:\n- March 2026\n"
        "Other languages\n"
    )
    a = _article(page)
    assert a.metadata.published == date(2021, 5, 1)
    assert a.metadata.updated == date(2026, 3, 1)
    report = run_text(page, fmt="text", path="page.txt", select=["stale-review"])
    assert report.findings == []


def test_a_menu_printed_twice_entry_by_entry_is_not_the_title() -> None:
    # a shop's phone and desktop menus in one copy: each entry comes twice before the page's own title
    page = (
        "Healthy Recipes\n\nHealthy Recipes\n\nSpecial Diets\n\nSpecial Diets\n\nStore Locations\n\nStore Locations\n\n"
        "Eating Well During Chemotherapy\n\nSmall meals every few hours are easier to manage when food tastes odd. [1]\n"
    )
    assert _article(page).metadata.title == "Eating Well During Chemotherapy"


@pytest.mark.parametrize(
    "banner",
    [
        "Harbour Cancer Centre will NEVER ask you to transfer money over a call. If in doubt, call the ScamShield "
        "helpline at 1799.",
        "This section of the website is only for patients in Ruritania who have been prescribed HARBOURMAB. If you are "
        "a healthcare professional, please click here. If you are a member of the public, please click here.",
    ],
)
def test_a_scam_warning_or_an_audience_gate_above_the_title_is_furniture(banner: str) -> None:
    page = f"{banner}\n\nYour treatment\n\nHarbourmab is an immunotherapy that can inflame the bowel. [1]\n"
    report = run_text(page, fmt="text", path="page.txt", select=["uncited-claim"])
    assert report.article.title == "Your treatment"
    assert report.findings == []


def test_a_date_label_with_a_spaced_colon_and_a_bracketed_note_gives_the_update() -> None:
    # French typography spaces the colon, the month is in lower case, and a note in brackets follows the date
    a = _article(
        "Last update : june 2018 (under construction)\n\n"
        "Tiredness is the most common side effect of cancer treatment. [1]\n"
    )
    assert a.metadata.updated == date(2018, 6, 1)


def test_a_regional_journals_page_gives_the_citation_year_and_the_author_with_a_native_script_name() -> None:
    a = _article(
        "Table of Content\n\n\nAutumn 2021, Vol. 9 No. 3\n\nHarbour J. Dermatol. (2021) 9, 40-46\n\nReview Article\n\n"
        "Skin changes on targeted cancer drugs\n\n\nKM Chan 陳嘉明\n\n\n"
        "Rash and dry skin are common on targeted cancer drugs and can lead to lower doses. [1]\n"
    )
    assert a.metadata.title == "Skin changes on targeted cancer drugs"
    assert [p.name for p in a.metadata.authors] == ["KM Chan"]
    assert a.metadata.published == date(2021, 1, 1)


def test_a_records_title_closed_by_a_full_stop_over_its_type_is_the_title() -> None:
    page = (
        "Nail changes during taxane chemotherapy.\nReview\nOverview\nabstract\n"
        "Taxanes often darken and lift the nails, and cooling the hands may reduce this. [1]\n"
    )
    report = run_text(page, fmt="text", path="page.txt", select=["uncited-claim"])
    assert report.article.title == "Nail changes during taxane chemotherapy."
    assert report.findings == []


def test_a_heading_ending_in_a_lower_case_term_in_brackets_is_a_heading() -> None:
    # the title and section headings name the medical term after the everyday one, in lower case
    page = (
        "Sore palms and soles (hand-foot syndrome)\n\n"
        "Some chemotherapy tablets make the palms red and sore. [1]\n\n"
        "Mouth sores (oral mucositis)\n\n"
        "Mouth sores often start a week after treatment. [2]\n\n"
        "Call your nurse (see below)\n"
    )
    a = _article(page)
    assert a.metadata.title == "Sore palms and soles (hand-foot syndrome)"
    headings = [a.text[b.start : b.end] for b in a.blocks if b.kind == "heading"]
    assert "Mouth sores (oral mucositis)" in headings
    assert "Call your nurse (see below)" not in headings


def test_a_booklets_imprint_dates_it_and_a_closure_notice_is_no_title() -> None:
    booklet = _article(
        "Understanding Mouth Care\n\nLoading....\n\nFull text\n\n"
        "A guide for people with cancer First published March 2001. This edition June 2019. © Harbour Council 2019.\n\n"
        "Mouth sores are common during chemotherapy. [1]\n"
    )
    assert booklet.metadata.published == date(2001, 3, 1)
    assert booklet.metadata.updated == date(2019, 6, 1)
    page = _article(
        "Our pharmacy will be closed from 4-6 May and relocated to Level 2 from 7 May 2025\n\n"
        "Radiotherapy\n\nRadiotherapy can make the skin in the treated area red and sore. [1]\n"
    )
    assert page.metadata.title == "Radiotherapy"


def test_a_print_views_barred_header_names_the_page_first() -> None:
    page = (
        "Radiotherapy Services | Harbour City | Bayview Hospital | Harbour Health\n\n\n"
        "Radiotherapy uses high-energy rays to destroy cancer cells in one part of the body. [1]\n"
    )
    a = _article(page)
    assert a.metadata.title == "Radiotherapy Services"
    start, end = a.metadata.spans["title"]
    assert a.text[start:end] == "Radiotherapy Services"
    menu = "Home | About | Contact\n\nRadiotherapy uses high-energy rays to destroy cancer cells in one part of the body. [1]\n"
    assert _article(menu).metadata.title is None


def test_a_journals_home_links_are_no_title_and_its_issue_line_dates_the_article() -> None:
    a = _article(
        "Harbour Journal of Oncology Home\nHJO Digital Home\n"
        "Review for clinicians| Volume 12, ISSUE 3, P101-109, March 2020\n\n"
        "Skin Toxicities of Targeted Drugs\n\n      Abstract\n\n"
        "      Rash is common with targeted drugs and often needs a lower dose. [1]\n"
    )
    assert a.metadata.title == "Skin Toxicities of Targeted Drugs"
    assert a.metadata.published == date(2020, 3, 1)
    b = _article("Mouth care booklet\n\nPublished on Jan 21,2020\n\nMouth sores are common during chemotherapy. [1]\n")
    assert b.metadata.published == date(2020, 1, 21)


def test_a_long_title_and_subtitle_of_many_short_words_opens_the_page() -> None:
    # 17 words in under 120 characters: too many words for a heading, still the page's title
    title = "Dry Mouth, Sore Gums, Taste Changes: A Gentle Guide to Head and Neck Radiotherapy Side Effects at Home"
    page = f"{title}\n\nRadiotherapy to the neck often dries the mouth.\nSaliva Tips\nSip water often.\n"
    assert len(title) <= 120 and len(title.split()) > 16
    assert _article(page).metadata.title == title


def test_a_question_heading_cut_mid_word_at_the_end_of_a_copy_heads_no_empty_section() -> None:
    page = "Arm swelling after surgery\n\nWhat is it?\n\nSwelling of the arm can follow the removal of lymph nodes.\n\n"
    cut = run_text(page + "What are the warning sig", fmt="text", path="page.txt", select=["empty-section"])
    assert cut.findings == []
    # a whole question heading with nothing under it is still an empty section
    whole = run_text(page + "When to see a doctor\n", fmt="text", path="page.txt", select=["empty-section"])
    assert [f.rule for f in whole.findings] == ["empty-section"]


def test_a_co_branded_header_with_its_return_link_and_a_topic_picker_is_passed_over_for_the_title() -> None:
    page = (
        "Harbour Pharmacy Health Partners\nReturn To Harbour\n\nSkin health hub\n\n"
        "Choose a topic to read more.\nSelect An Article\n\nHand-foot syndrome on capecitabine\n\n"
        "What is it?\n\nCapecitabine can make the palms red and sore.\n"
    )
    assert _article(page).metadata.title == "Hand-foot syndrome on capecitabine"
    # a page titled "Return to ..." with no banner naming that place keeps its title
    assert (
        _article("Return to Work\n\nMany people go back to work during treatment.\n").metadata.title == "Return to Work"
    )


def test_a_date_label_over_its_value_with_the_time_after_a_bar_dates_the_page() -> None:
    a = _article(
        "Filgrastim\nWhat it does\nFilgrastim helps the marrow make white cells after chemotherapy. [1]\n"
        "Last updated\n14 Feb 2024 | 09:15 AM (UTC)\nStore the pens in a fridge.\n"
    )
    assert a.metadata.updated == date(2024, 2, 14)
    assert next(b for b in a.blocks if b.text.startswith("14 Feb")).role == "byline"


def test_credentials_on_the_line_under_a_name_in_a_label_and_value_block_belong_to_that_name() -> None:
    a = _article(
        "Filgrastim\nFilgrastim helps the marrow make white cells after chemotherapy. [1]\n"
        "Written By\nDr. Mira Holt\nMBBS, MD (General Medicine)\nReviewed By\nDr. Tomas Reyes\nMBA, MD Pharmacology\n"
        "Store the pens in a fridge.\n"
    )
    assert [(p.name, p.credentials) for p in a.metadata.authors] == [("Dr. Mira Holt", ["MBBS", "MD"])]
    assert a.metadata.reviewer is not None and a.metadata.reviewer.credentials == ["MBA", "MD"]
    assert next(b for b in a.blocks if b.text.startswith("MBA")).role == "byline"


def test_a_journal_masthead_with_the_year_before_the_volume_dates_the_abstract() -> None:
    a = _article(
        "NORTHSHORE REVIEW OF SUPPORTIVE CARE 2022 , Vol 7 , Num 4\nJaw Exercises After Head and Neck Radiotherapy\n"
        "Lena Bright1, Omar Vance2\n\nSummary\n\nStiff jaw muscles are common after radiotherapy to the neck. [1]\n"
    )
    assert a.metadata.published == date(2022, 1, 1)
    start, end = a.metadata.spans["published"]
    assert a.text[start:end].startswith("2022")


@pytest.mark.parametrize(
    ("keywords", "published"),
    [
        ("Keywords: mucositis, mouthwash, radiotherapy.", date(2019, 1, 1)),
        # with nothing that marks a journal's abstract, a number and a year under a name date nothing
        ("Rinse after every meal.", None),
    ],
)
def test_a_journals_issue_line_over_an_abstract_dates_it_only_on_an_abstract_page(
    keywords: str, published: date | None
) -> None:
    a = _article(
        "Klinika Praxis 2/2019\nMouthwashes for radiation mucositis\n"
        "Radiation to the mouth often causes painful sores, and some mouthwashes can ease them. [1]\n"
        f"{keywords}\n"
    )
    assert a.metadata.published == published


def test_an_author_line_of_accented_capital_surnames_with_glued_affiliation_digits_names_the_authors() -> None:
    a = _article(
        "HARBOUR JOURNAL OF NURSING 2021 , Vol 12 , Num 3\nCold Caps for Hair Loss in Chemotherapy\n"
        "Émile ÇETIN1,Łucja ŻAK2,Ana ÖRS1\n1Department of Nursing, Harbour University\n\nSummary\n\n"
        "Scalp cooling can reduce hair loss during some chemotherapy. [1]\n"
    )
    assert [p.name for p in a.metadata.authors] == ["Émile ÇETIN", "Łucja ŻAK", "Ana ÖRS"]


@pytest.mark.parametrize(
    "page",
    [
        # a blog's header: title, breadcrumb, indented date and byline, the title again over the text
        "Jaw stretches after radiotherapy\n\nHome / Blog / Jaw stretches after radiotherapy\n\n   March 3, 2024\n\n"
        "   Dr. Kavya Menon, Consultant Physiotherapist, Harbour Cancer Centre - North\n\n"
        "Jaw stretches after radiotherapy\n\nRadiotherapy to the neck can stiffen the jaw muscles. [1]\n",
        # the byline right under the title, its role a field: no second author
        "Jaw stretches after radiotherapy\n\nProf. Kavya Menon, Consultant Oncology, Harbour Cancer Centre\n\n"
        "Radiotherapy to the neck can stiffen the jaw muscles. [1]\n",
    ],
)
def test_a_doctors_name_with_a_capitalised_role_and_centre_near_the_title_is_the_author(page: str) -> None:
    a = _article(page)
    assert [p.name.split(None, 1)[1] for p in a.metadata.authors] == ["Kavya Menon"]
    assert next(b for b in a.blocks if "Kavya Menon" in b.text).role == "byline"


def test_affiliations_whose_mark_is_glued_to_a_long_department_name_are_no_sections() -> None:
    page = (
        "HARBOUR JOURNAL OF NURSING 2021 , Vol 12 , Num 3\n"
        "The Effect of Scalp Cooling on Hair Loss in Women Receiving Taxane Chemotherapy\n"
        "Ana LIMA1,Ben COLE2,Rui SOUSA3\n1Department of Oncology, Harbour University, Harbourton-Freeland\n"
        "2Department of Physical Medicine and Rehabilitation, Northgate General Hospital, Harbourton-Freeland\n"
        "3Department of Nursing Education and Research, Saint Brigid Teaching Hospital, Westport-Freeland\n"
        "DOI : 10.5555/hjn.2021.0042\n\nSummary\n\nAIM\nScalp cooling can reduce hair loss during some chemotherapy. [1]\n"
        "\nMETHODS\nForty women wore cooling caps.\n"
    )
    a = _article(page)
    assert [b.role for b in a.blocks if "Department" in b.text] == ["byline"] * 3
    assert run_text(page, fmt="text", path="page.txt", select=["empty-section"]).findings == []


# a page top in each byline layout, and what it must give: title, authors and reviewer with their credentials,
# dates, reading time, and a line that must be read as a byline rather than as text
BYLINE_LAYOUTS = [
    pytest.param(
        "Coping with Hay Fever\n\nNoor Haddad, March 3, 2024\n\n"
        "Hay fever is an allergy to pollen that makes the nose run and the eyes itch.\n",
        {"authors": [("Noor Haddad", [])], "published": date(2024, 3, 3)},
        id="a-writers-name-and-the-date-after-a-comma",
    ),
    pytest.param(
        "Coping with Hay Fever\n\n03/03/2024 | Noor Haddad\n\n"
        "Hay fever is an allergy to pollen that makes the nose run and the eyes itch.\n",
        {"authors": [("Noor Haddad", [])], "published": date(2024, 3, 3)},
        id="a-numeric-date-then-the-writer-after-a-bar",
    ),
    pytest.param(
        "Coping with Hay Fever\n\nNoor Haddad\nHealth Writer\nMarch 3, 2024\n\n"
        "Hay fever is an allergy to pollen that makes the nose run and the eyes itch.\n",
        {"authors": [("Noor Haddad", [])], "published": date(2024, 3, 3)},
        id="a-writers-name-over-her-job-and-the-date",
    ),
    pytest.param(
        "Coping with Hay Fever\n\nNoor Haddad | March 3, 2024\n\n"
        "Hay fever is an allergy to pollen that makes the nose run and the eyes itch.\n",
        {"authors": [("Noor Haddad", [])], "published": date(2024, 3, 3)},
        id="a-writers-name-before-the-date-with-no-by",
    ),
    pytest.param(
        "Coping with Hay Fever\n\nMarch 3, 2024 • Noor Haddad\n\n"
        "Hay fever is an allergy to pollen that makes the nose run and the eyes itch.\n",
        {"authors": [("Noor Haddad", [])], "published": date(2024, 3, 3)},
        id="a-writers-name-after-the-date-and-a-dot",
    ),
    pytest.param(
        "Coping with Hay Fever\n\nChronic Pain | March 3, 2024\n\n"
        "Hay fever is an allergy to pollen that makes the nose run and the eyes itch.\n",
        {"authors": [], "published": date(2024, 3, 3)},
        id="a-category-before-the-date-is-no-writer",
    ),
    pytest.param(
        "Side Effects\n\nTamoxifen and Hot Flashes: Five Ways to Cope\n\n+ Irene Kowal\n\nTamoxifen is used around the "
        "world to treat breast cancer, but many women find its hot flashes hard to live with.\n",
        {"authors": [("Irene Kowal", [])]},
        id="a-writers-name-after-a-follow-button",
    ),
    pytest.param(
        "As summer arrives\n\nTemperatures are climbing across the country, and a day in the heat can bring on heat "
        "stroke.\n\nDrink water through the day and rest in the shade at midday.\n\nNoor Haddad\n\nKarachi\n",
        {"authors": [("Noor Haddad", [])]},
        id="a-letter-signed-with-the-writers-name-over-her-town",
    ),
    pytest.param(
        "Kidney stones: causes and care\n\nWritten and reviewed by\n\nDr. Kavya 92% (210 ratings)\n\n"
        "MBBS, MD - Internal Medicine\n\nKidney stones form when minerals in the urine clump together.\n",
        {"authors": [("Dr. Kavya", [])]},
        id="a-doctor-known-by-one-name-with-her-rating",
    ),
    pytest.param(
        "Charles Bonnet syndrome\n\nCharles Bonnet syndrome makes people with sight loss see things that are not "
        "there.\n\nCharles Bonnet\n\nThe condition is named after a Swiss naturalist who described it in his "
        "grandfather.\n",
        {"authors": []},
        id="a-name-the-title-holds-is-its-topic-not-its-writer",
    ),
    pytest.param(
        "Walking after surgery\n\nWalking helps you recover and lowers the risk of blood clots after an operation.\n\n"
        "March Forward\n",
        {"authors": []},
        id="a-heading-of-a-common-word-and-a-capitalised-word-names-no-writer",
    ),
    pytest.param(
        "Coping with Hay Fever\n\nBy the Lakeside Pharmacy Editorial Team\n\n"
        "Hay fever is an allergy to pollen that makes the nose run and the eyes itch.\n",
        {"authors": [("Lakeside Pharmacy Editorial Team", [])]},
        id="a-capitalised-team-after-by-the",
    ),
    pytest.param(
        "Sleep and screen time in children\n\nOnline publish date: 2023/04/12\n\n"
        "Screen time before bed shortens sleep in young children.\n",
        {"published": date(2023, 4, 12)},
        id="an-online-publish-date-label",
    ),
    pytest.param(
        "Coping with Hay Fever\n\nStory by Noor Haddad\n\nHay fever is an allergy to pollen that makes the nose run.\n",
        {"authors": [("Noor Haddad", [])]},
        id="story-by",
    ),
    pytest.param(
        "Delirium in Older Adults\n\nCreated by: Noor Haddad, Tomas Reyes, and Ines Varga\n\n"
        "Delirium is a sudden change in how clearly a person thinks.\n",
        {"authors": [("Noor Haddad", []), ("Tomas Reyes", []), ("Ines Varga", [])]},
        id="created-by-with-a-list-of-students",
    ),
    pytest.param(
        "Coping with Hay Fever\n\nBy Noor Haddad Updated March 3, 2024\n\n"
        "Hay fever is an allergy to pollen that makes the nose run and the eyes itch.\n",
        {"authors": [("Noor Haddad", [])], "updated": date(2024, 3, 3)},
        id="the-updated-label-after-the-name-is-no-part-of-it",
    ),
    pytest.param(
        "Can a baby get thrush from a dummy?\n\nThrush is a yeast infection that shows as white patches in the mouth. "
        "We usually treat it with an antifungal gel for a week.\n\nIrene Kowal, MD with Tomas Reyes, MD\n",
        {"authors": [("Irene Kowal", ["MD"]), ("Tomas Reyes", ["MD"])]},
        id="two-doctors-signing-the-end-with-with",
    ),
    pytest.param(
        "Q. Which blood pressure pill is best for me?\n\nThere is no single best pill; doctors often try a low dose of "
        "one and adjust it.\n\n-- Tomas Reyes, MD, cardiology and hypert\n",
        {"authors": [("Tomas Reyes", ["MD"])]},
        id="a-double-hyphen-signature-with-a-cut-specialty",
    ),
    pytest.param(
        "Can I take the pill late?\n\nDr Irene Kowal answers your health question:\n\n"
        "If you are less than a day late, take the missed pill as soon as you remember.\n",
        {"authors": [("Dr Irene Kowal", [])]},
        id="a-newspaper-doctor-answers-your-question",
    ),
    pytest.param(
        "Review\n\nSleep after surgery in older adults: a narrative review\n\n"
        "Irene Kowal1https://orcid.org/0000-0002-1825-0097, Tomas Reyes2,*https://orcid.org/0000-0001-5109-3700\n"
        "1Department of Surgery, Harbour University Hospital\n\nAbstract\n\n"
        "Poor sleep after surgery is common in older adults.\n",
        {"authors": [("Irene Kowal", []), ("Tomas Reyes", [])]},
        id="journal-authors-with-orcid-links-glued-to-their-names",
    ),
    pytest.param(
        "Harbour Journal of Paediatrics\nCurrent issue Archive Editorial board Contact Instructions for authors Ethical "
        "standards and procedures\n2/2023\nOriginal paper\n\n"
        "Sleep and screen time in children under five years\n\nIrene Kowal\n1\n,\nTomas Reyes\n2\n,\nIna Berg\n1\n\n"
        "  1. Department of Paediatrics, Harbour University\nOnline publish date: 2023/04/12\n\nINTRODUCTION\n\n"
        "Screen time before bed shortens sleep in young children [1].\n",
        {
            "title": "Sleep and screen time in children under five years",
            "authors": [("Irene Kowal", []), ("Tomas Reyes", []), ("Ina Berg", [])],
        },
        id="journal-authors-with-each-mark-and-comma-on-its-own-line-under-a-one-row-menu",
    ),
    *(
        pytest.param(
            f"Seizure first aid\n\n{line}\n\nMost seizures stop on their own within a few minutes. [1]\n",
            {"title": "Seizure first aid", "reviewer": ("Tomas Reyes", ["MD"]), "updated": reviewed},
            id=f"a-labelled-reviewer-then-the-review-date-{k}",
        )
        for k, (line, reviewed) in enumerate(
            [
                ("Reviewed by: Tomas Reyes MD on 2/2014", date(2014, 2, 1)),
                ("Reviewed by: Tomas Reyes, MD on March 3, 2022", date(2022, 3, 3)),
                ("Medical reviewer: Tomas Reyes MD, on 14 May 2021", date(2021, 5, 14)),
            ]
        )
    ),
    pytest.param(
        "Seizure first aid\n\nAuthored by: Ana Lima MD | Peter Novak RN | MN\n\nMost seizures stop on their own. [1]\n",
        {"title": "Seizure first aid", "authors": [("Ana Lima", ["MD"]), ("Peter Novak", ["RN"])]},
        id="authors-set-off-by-bars-after-one-label",
    ),
    pytest.param(
        # a bar before what is no name ends the byline: the line is no byline at all
        "Seizure first aid\n\nBy Ana Lima | Heart Health\n\nMost seizures stop on their own. [1]\n",
        {"authors": []},
        id="a-section-label-after-a-bar-makes-no-byline",
    ),
    pytest.param(
        "Shingles vaccine\n\nBy Ana Lima, PhD, BPharm May 09, 2025 • 4 min\n\nMost people get two doses. [1]\n",
        {"authors": [("Ana Lima", ["PhD", "BPharm"])], "published": date(2025, 5, 9), "reading_time": 4},
        id="a-pharmacy-degree-a-date-and-minutes-without-read",
    ),
    pytest.param(
        # the button's label printed twice ("DownloadDownload") is no one's name
        "Irritable bowel syndrome\nIBS\n"
        "Peer reviewed by Dr Amara OkaforLast updated by Dr Tomas Reyes, MRCGPLast updated 4 Mar 2024\n"
        "- DownloadDownload\n- Share\n"
        "Irritable bowel syndrome is a common condition that affects the digestive system. [1]\n",
        {
            "title": "Irritable bowel syndrome",
            "reviewer": ("Dr Amara Okafor", []),
            "authors": [("Dr Tomas Reyes", ["MRCGP"])],
            "updated": date(2024, 3, 4),
        },
        id="an-abbreviation-under-the-title-and-credits-glued-together",
    ),
    pytest.param(
        "Last Updated on March 19, 2025 by Harbour Pharmacy team\nAcute kidney injury | What causes it\n\n"
        "Acute kidney injury often follows dehydration or a severe infection. [1]\n",
        {
            "title": "Acute kidney injury | What causes it",
            "updated": date(2025, 3, 19),
            "authors": [("Harbour Pharmacy team", [])],
        },
        id="the-writer-after-the-update-date",
    ),
    pytest.param(
        "Bleeding on anticoagulants in older adults\n\nAna Lima *,#, Tomas Ruiz #, Lin H Wei *,#\n\n"
        "Abstract\n\nMajor bleeding was more common in people over 85. [1]\n",
        {"authors": [("Ana Lima", []), ("Tomas Ruiz", []), ("Lin H Wei", [])]},
        id="journal-author-marks-set-off-by-spaces",
    ),
    pytest.param(
        "Iron deficiency: causes and treatment\n\nFebruary 5, 2021\n7 minute read\nAna Lima\n\n"
        "Iron deficiency is the most common cause of anaemia worldwide. [1]\n",
        {"authors": [("Ana Lima", [])], "byline": "Ana Lima"},
        id="a-name-alone-under-the-date-and-reading-time",
    ),
    pytest.param(
        "Iron deficiency: causes and treatment\n\n1st April, 2025 • 6 min read\n\n"
        "Iron deficiency is the most common cause of anaemia worldwide. [1]\n\n"
        "Dr Amara Okafor\nReviewed by\nMedically reviewed\n\nMost people get enough iron from food. [1]\n",
        {"reviewer": ("Dr Amara Okafor", []), "byline": "Dr Amara Okafor"},
        id="a-reviewer-widget-with-the-name-over-its-label",
    ),
    pytest.param(
        "Asthma inhalers\n\nReviewed: Dr. Ana Mera\n\nMost inhalers work best with a spacer. [1]\n",
        {"reviewer": ("Dr. Ana Mera", [])},
        id="a-reviewed-label-without-by-and-a-name",
    ),
    pytest.param(
        "Asthma inhalers\n\nReviewed: 12/01/2023\n\nMost inhalers work best with a spacer. [1]\n",
        {"reviewer": None, "updated": date(2023, 12, 1)},
        id="a-reviewed-label-without-by-and-a-date",
    ),
    pytest.param(
        "Reliever inhalers\n\nDate approved / updated\nNovember 2022\n\nA reliever eases symptoms in minutes. [1]\n",
        {"updated": date(2022, 11, 1)},
        id="a-leaflets-approval-date-on-the-next-line",
    ),
    pytest.param(
        "Statins\n\nLast updated: 02 April 2024 & medically reviewed by Amara Okafor\n\nStatins lower LDL. [1]\n",
        {"title": "Statins", "updated": date(2024, 4, 2), "reviewer": ("Amara Okafor", [])},
        id="a-date-and-a-reviewer-joined-by-an-ampersand",
    ),
    pytest.param(
        "Side effects of statins\n\nBy rosalind\nReviewed: Dr. Mera\n\nStatins can cause muscle aches. [1]\n",
        {"authors": [("rosalind", [])], "reviewer": ("Dr. Mera", [])},
        id="a-community-handle-in-lower-case-and-a-reviewer-with-one-name",
    ),
    pytest.param(
        "By mouth\n\nMost tablets are taken with water. [1]\n",
        {"authors": []},
        id="a-route-of-giving-a-medicine-is-no-handle",
    ),
    pytest.param(
        "Ibuprofen in pregnancy\n\nDoctors advise against ibuprofen after week 20. [1]\nsave article\n"
        "profile picture of Ana Lima\nUpdated January 8, 2024\n\nMost providers suggest paracetamol instead. [1]\n",
        {"authors": [("Ana Lima", [])], "updated": date(2024, 1, 8), "byline": "profile picture of Ana Lima"},
        id="the-alt-text-of-the-authors-photo-under-a-button",
    ),
    pytest.param(
        "Antidepressants when breastfeeding\n\nAna Lima on behalf of the Harbour Nursing Society\n"
        "Family Practitioner\nSome antidepressants pass into breast milk. [1]\n",
        {"authors": [("Ana Lima", [])]},
        id="a-clinician-answering-on-behalf-of-a-society",
    ),
    pytest.param(
        "Bleeding on the pill\n\nI have had spotting for two weeks. Is this normal?\n\n"
        "Dr. Tomas Reyes reply Obstetrics and Gynecology\n\nSpotting is common in the first months. [1]\n",
        {"authors": [("Dr. Tomas Reyes", [])]},
        id="a-doctors-reply-on-a-question-and-answer-page",
    ),
    pytest.param(
        "Teen depression\n\nBy Ana Lima, published December 10, 2004 - last reviewed on June 9, 2016\n\n"
        "Depression often shows as irritability in teenagers. [1]\n",
        {"authors": [("Ana Lima", [])], "published": date(2004, 12, 10), "updated": date(2016, 6, 9)},
        id="the-writer-the-published-date-and-the-review-date-after-a-dash",
    ),
    pytest.param(
        "Anxiety\n\nMedically reviewed by Tomas Reyes\nUpdated February 28, 2024by Harbour Editorial Team\n\n"
        "Anxiety that lasts for months can be treated. [1]\n",
        {"authors": [("Harbour Editorial Team", [])], "updated": date(2024, 2, 28), "reviewer": ("Tomas Reyes", [])},
        id="an-update-date-glued-to-the-writers-credit",
    ),
    pytest.param(
        "Shingles\n\nPage last reviewed: 14 March 2023\nLast updated: 2 May 2024\n\nShingles is a painful rash. [1]\n",
        {"updated": date(2024, 5, 2), "reviewed": date(2023, 3, 14)},
        id="the-review-date-kept-apart-from-a-newer-update",
    ),
    pytest.param(
        "Iron pills\n\nby\nauthor image Ana Lima\n\nIron pills often cause constipation. [1]\n",
        {"authors": [("Ana Lima", [])]},
        id="the-alt-text-of-the-authors-image-without-of",
    ),
    pytest.param(
        "Hay fever tablets\n\nReviewed by Tomas ReyesReviewed on 29.04.2024 | 5 minutes read\n\n"
        "Antihistamines ease sneezing. [1]\n",
        {"reviewer": ("Tomas Reyes", []), "reviewed": date(2024, 4, 29), "reading_time": 5},
        id="the-review-date-glued-to-the-reviewers-name",
    ),
    pytest.param(
        "Vitamin D\n\nSep 07, 2022 Bone HealthImmune System 5 MIN\n\nVitamin D helps the body absorb calcium. [1]\n",
        {"published": date(2022, 9, 7), "reading_time": 5},
        id="a-date-its-category-tags-and-the-reading-time",
    ),
    pytest.param(
        "Shingles\n\nMedically reviewed by Tomas Reyes, MD on May 2, 2024\n\nShingles is a painful rash. [1]\n",
        {"updated": date(2024, 5, 2), "reviewed": date(2024, 5, 2), "reviewer": ("Tomas Reyes", ["MD"])},
        id="a-reviewer-with-the-date-of-the-review",
    ),
    pytest.param(
        "Shingles\n\nUpdated: 2 May 2024\n\nShingles is a painful rash. [1]\n",
        {"updated": date(2024, 5, 2), "reviewed": None},
        id="an-update-is-no-review",
    ),
    pytest.param(
        # the writer's name was a link the copy lost
        "1. Health\n\nCan Inhalers Cause Thrush?\n\nBy February 21, 2009\n\nThrush is common with inhaled steroids.\n",
        {"title": "Can Inhalers Cause Thrush?", "authors": [], "published": date(2009, 2, 21)},
        id="by-and-a-date-with-no-name",
    ),
    pytest.param(
        "Published on 12:00 AM, June 19, 2022\n\nSleep tips for insomnia\n\nA dark room helps sleep.\n",
        {"title": "Sleep tips for insomnia", "published": date(2022, 6, 19)},
        id="a-time-of-posting-between-the-label-and-the-date",
    ),
    pytest.param(
        "Constipation\n\nConstipation is common at all ages.\n\nAuthored Aug 11, 2021 by Ana Lima, MPharm\n"
        "Reviewed Aug 12, 2021 by Sam Roe, MPharm\n",
        {
            "authors": [("Ana Lima", ["MPharm"])],
            "reviewer": ("Sam Roe", ["MPharm"]),
            "published": date(2021, 8, 11),
            "reviewed": date(2021, 8, 12),
        },
        id="authored-and-reviewed-with-the-date-before-by",
    ),
    pytest.param(
        "Warts in children\n\nApril 13, 1993|By Dr. Ana Lima and Dr. Sam Roe | Dr. Ana Lima and Dr. Sam Roe,"
        "Contributing Writers\n\nWarts are common in school-age children.\n",
        {"authors": [("Dr. Ana Lima", []), ("Dr. Sam Roe", [])], "published": date(1993, 4, 13)},
        id="a-column-dateline-with-the-writers-named-again-with-their-job",
    ),
    pytest.param(
        "Q. Which heartburn medicines are safe in pregnancy?\nDoctor Answer is medically reviewed by the Harbour "
        "medical review team.\nHeartburn in pregnancy is common.\n",
        {"reviewer": ("Harbour medical review team", [])},
        id="a-sites-named-answers-reviewed-by-its-team",
    ),
    pytest.param(
        "Cold sores\n\nRina Haas, PhD Medically reviewed by Rina H. on | Written by Mark Portal MD-PhD\n\n"
        "Cold sores are caused by a virus.\n",
        {"authors": [("Mark Portal", ["MD-PhD"])], "reviewer": ("Rina H", [])},
        id="a-reviewer-credit-after-a-name-and-its-credentials",
    ),
    pytest.param(
        "Finasteride\n\nLast updated October 15, 2019. 4 minute read\n\nFinasteride may cause side effects.\n",
        {"updated": date(2019, 10, 15), "reading_time": 4},
        id="a-reading-time-after-the-dates-full-stop",
    ),
    pytest.param(
        "Raj Lal asked on January 27, 2025.\n\nIs cramping in pregnancy normal?\n\nMild cramping is common.\n",
        {"title": "Is cramping in pregnancy normal?", "authors": [], "published": date(2025, 1, 27)},
        id="a-qa-askers-line-dates-the-question-and-names-no-author",
    ),
    pytest.param(
        "Mammograms\n\nWritten by Ana Lima, MA | Reviewed by Sam Roe, MD\nFeaturing Kim Lee, MDReviewed by Sam Roe, MD"
        " | June 28, 2024\n\nA mammogram takes about twenty minutes.\n",
        {"reviewed": date(2024, 6, 28), "published": None},
        id="a-bare-date-after-the-review-credit",
    ),
    pytest.param(
        "Life after stroke\n\nNovember 07, 2022 | by Harbour Valley Health\n\nRecovery takes time.\n",
        {"authors": [("Harbour Valley Health", [])], "published": date(2022, 11, 7)},
        id="a-health-systems-name-after-the-date-and-by",
    ),
    pytest.param(
        "Claudication\n\nReceived: July 25, 2017 | Accepted: September 21, 2017| Published: September 23, 2017\n\n"
        "Claudication is leg pain on walking.\n",
        {"published": date(2017, 9, 23)},
        id="a-journal-history-with-a-bar-glued-to-a-date",
    ),
    pytest.param(
        "CASE REPORT | VOLUME 4, ISSUE 9 | OPEN ACCESS DOI: 10.5555/2378-3656/1410186\n\n"
        "Claudication: A Teachable Moment\n\nAna Lima\n\nDepartment of Vascular Surgery, Harbour Clinic, Norland\n\n"
        "*Corresponding author: Ana Lima, Department of Vascular Surgery, Harbour Clinic\n\n"
        "Claudication is leg pain on walking.\n",
        {"title": "Claudication: A Teachable Moment", "authors": [("Ana Lima", [])]},
        id="a-case-reports-author-over-an-affiliation",
    ),
    *(
        pytest.param(
            f"Sciatica: when to worry\n\n{line}\n\nMost sciatica settles within six weeks. [1]\n",
            {"authors": [("Ana Lima", [])], "published": date(2026, 2, 25)},
            id=f"a-blog-themes-byline-with-its-category-and-comment-count-{k}",
        )
        for k, line in enumerate(
            [
                "by Ana Lima February 25, 2026 Conditions 0",
                "By Ana Lima | February 25, 2026 | Back Pain | 3 Comments",
                "By Ana Lima | February 25, 2026 | Back Pain",
            ]
        )
    ),
    pytest.param(
        # what follows the date is a sentence, not a category: no byline
        "Sciatica: when to worry\n\nBy Ana Lima | February 25, 2026 | Most sciatica settles in weeks.\n\n"
        "Rest helps. [1]\n",
        {"authors": [], "published": None},
        id="a-sentence-after-a-bylines-date-makes-no-byline",
    ),
    pytest.param(
        "Ivermectin cream for rosacea\n\nJournal | Journal of Skin Medicine |\nState | Published - Mar 2014 |\n\n"
        "Ivermectin cream cleared lesions in 40% of patients. [1]\n",
        {"published": date(2014, 3, 1)},
        id="a-research-portals-date-after-its-label-and-a-dash",
    ),
    pytest.param(
        "Opioid side effects\n\n26 November 2025 Ana Lima\n\nConstipation is the most common side effect. [1]\n",
        {"authors": [("Ana Lima", [])], "published": date(2025, 11, 26)},
        id="a-blogs-date-then-the-writers-bare-name",
    ),
    pytest.param(
        "Opioid side effects\n\n26 November 2025 Heart Health\n\nConstipation is the most common side effect. [1]\n",
        {"authors": []},
        id="a-date-then-a-section-name-names-no-writer",
    ),
    pytest.param(
        "Mumps in a university hall of residence\n\nPublished online by Harbour University Press:  3 May 2015\n\n"
        "A. LIMA*\nAffiliation:\nHarbour Health Protection Unit, Norland\nP. NOVAK\nAffiliation:\n"
        "Harbour General Hospital, Norland\n\nWe describe an outbreak of mumps among students in one hall.\n",
        {
            "title": "Mumps in a university hall of residence",
            "authors": [("A. LIMA", []), ("P. NOVAK", [])],
            "published": date(2015, 5, 3),
        },
        id="a-journal-platforms-authors-each-over-an-affiliation-label",
    ),
    pytest.param(
        "Insomnia\n\nMedically reviewed by Ana Lima, PharmD and Ben Cole, PhD, RD\n\nPoor sleep raises blood pressure. [1]\n",
        {"reviewer": ("Ana Lima", ["PharmD"])},
        id="the-first-of-two-reviewers-keeps-her-credential",
    ),
    pytest.param(
        "Hay fever tablets\n\nWritten by Dr Ana Lima\nReviewed by Ana Lima | Reviewed on 29 April 2024\n\n"
        "Antihistamines ease sneezing. [1]\n",
        {"authors": [("Dr Ana Lima", [])], "reviewer": ("Dr Ana Lima", [])},
        id="a-reviewer-named-without-the-title-the-author-line-gives-her",
    ),
    pytest.param(
        "Ear infections in children\n\nMost ear infections clear within three days. [1]\n\n"
        "Last reviewed September 2018 by Harbour Medical Review Board Ana Lima, MD  Last Updated: 9/17/2014\n",
        {"reviewer": ("Ana Lima", ["MD"]), "reviewed": date(2018, 9, 1)},
        id="a-review-line-naming-the-board-then-the-clinician-beside-the-update-date",
    ),
    pytest.param(
        "Bleeding piles\n\nDate : 27-Jan-2020\n\nPiles are swollen veins in the back passage.\n",
        {"published": date(2020, 1, 27)},
        id="a-date-with-hyphens-between-day-month-and-year",
    ),
    pytest.param(
        "Statins and muscle aches\n\nWritten By Unknown on Tuesday, February 28, 2012 | 10:31 AM\n\n"
        "Muscle aches are the most reported side effect of statins.\n",
        {"authors": [], "published": date(2012, 2, 28)},
        id="a-blog-platforms-empty-author-field-and-a-weekday-before-the-date",
    ),
    pytest.param(
        "Statins and muscle aches\n\nWritten By Ana Lima on Tuesday, February 28, 2012\n\n"
        "Muscle aches are the most reported side effect of statins.\n",
        {"authors": [("Ana Lima", [])], "published": date(2012, 2, 28)},
        id="a-weekday-between-the-writer-and-the-date",
    ),
    pytest.param(
        "Antacids\n\nPage updated 06/04/18 12:47:36 p.m.\n\nAntacids neutralise stomach acid.\n",
        {"updated": date(2018, 6, 4)},
        id="a-labelled-date-with-a-two-digit-year-and-the-time",
    ),
    pytest.param(
        "Dengue: what to look out for\n\nBy: Harbour Health International\n\nPosted on: 14 Mar 2022\n\n"
        "Dengue is spread by mosquitoes.\n",
        {"authors": [("Harbour Health International", [])], "published": date(2022, 3, 14)},
        id="an-organisation-after-a-by-label",
    ),
    pytest.param(
        "HRT side effects\n\nMedically Reviewed by Dr Ana Lima\n\niconUpdated 5th August 2025\nicon8 clinical references\n\n"
        "HRT relieves hot flushes in most women.\n",
        {"reviewer": ("Dr Ana Lima", []), "updated": date(2025, 8, 5)},
        id="a-date-label-with-an-icon-fonts-name-glued-before-it",
    ),
    pytest.param(
        "IUD insertion\n\nMedically reviewed by Ana Lima-Novak, MD · General Practitioner\n\n"
        "Cramping for a day or two after insertion is common. [1]\n",
        {"reviewer": ("Ana Lima-Novak", ["MD"])},
        id="a-reviewers-job-after-a-dot",
    ),
    pytest.param(
        "Night sweats\n\nNight sweats have many causes. [1]\n\nOnline Medical Reviewer: Ana Lima, MD\n"
        "Date Last Reviewed: 4/1/2023\n",
        {"reviewer": ("Ana Lima", ["MD"])},
        id="an-online-medical-reviewer-label",
    ),
    pytest.param(
        "A Guide to Probiotics\n\nAna J. Lima\n\nThe World Health Organization defines probiotics as live microorganisms.\n",
        {"title": "A Guide to Probiotics", "authors": [("Ana J. Lima", [])]},
        id="a-writers-name-with-a-middle-initial-under-the-title",
    ),
    pytest.param(
        "Heel pain\n\nPosted 14 Mar '19\n\nHeel pain is most often caused by plantar fasciitis.\n",
        {"published": date(2019, 3, 14)},
        id="a-date-with-its-year-cut-to-two-digits-after-an-apostrophe",
    ),
    pytest.param(
        "Gallstones\n\nThis blog was originally published in May, 2016.\n\nGallstones can block the bile duct.\n",
        {"published": date(2016, 5, 1)},
        id="a-blog-saying-when-it-was-first-published",
    ),
    pytest.param(
        "Adrenaline pens\n\nArticle date: April 2013\n\nAn adrenaline pen treats a severe allergic reaction.\n",
        {"published": date(2013, 4, 1)},
        id="an-article-date-label",
    ),
    pytest.param(
        "Pneumonia in older people\n\n*Updated: March 2019/ First published: May 2007\n\n"
        "Pneumonia is more common after the age of 65.\n",
        {"updated": date(2019, 3, 1), "published": date(2007, 5, 1)},
        id="two-labelled-dates-after-a-footnote-mark-set-apart-by-a-slash",
    ),
    pytest.param(
        "Cranberry and cystitis\n\nScientifically reviewed by: Dr. Ana Lima, Ph.D., Pharmacology, in June 2023. "
        "Written by: Sam Roe.\n\nCystitis is an infection of the bladder.\n",
        {"authors": [("Sam Roe", [])], "reviewer": ("Dr. Ana Lima", ["PhD"]), "reviewed": date(2023, 6, 1)},
        id="a-scientific-review-credit-and-the-writer-in-one-line-closed-by-full-stops",
    ),
    pytest.param(
        "Bleeding in early pregnancy\n\nMedically reviewed by Dr. Ana Lima, MBBS, MS (Obstetrics) — Senior "
        "Gynecologist · Advanced Laparoscopic Surgeon · Harbour Women's Hospital, Leeds. · Last reviewed: 3 May 2026.\n\n"
        "Light spotting in early pregnancy is common.\n",
        {"reviewer": ("Dr. Ana Lima", ["MBBS", "MS"]), "reviewed": date(2026, 5, 3)},
        id="a-reviewers-jobs-and-hospital-between-her-name-and-the-review-date",
    ),
    pytest.param(
        "Type 2 diabetes\n\nLast Updated : 04/12/20196 min read\n\nType 2 diabetes is the most common form. [1]\n",
        {"updated": date(2019, 4, 12)},
        id="a-reading-time-glued-to-the-year-of-the-update",
    ),
    pytest.param(
        "Ibuprofen and your stomach\n\nRead MoreMedically reviewed by Ana Lima | MD, PhD, Harbour University School "
        "of Medicine - Leeds on March 3rd, 2025.\n\nIbuprofen can irritate the stomach lining. [1]\n",
        {"reviewer": ("Ana Lima", []), "reviewed": date(2025, 3, 3)},
        id="a-reviewers-credentials-and-school-after-a-bar-then-the-day-of-the-review",
    ),
    pytest.param(
        "Impetigo\n\nThis item was last modified on March 4, 2016\n\nImpetigo is a skin infection. [1]\n",
        {"updated": date(2016, 3, 4)},
        id="an-item-saying-when-it-was-last-modified",
    ),
    pytest.param(
        "A guide to menopause and sleep\n\nMany women sleep badly in the years around menopause, and most of the causes "
        "can be treated.\n\nclinician image\n\nMedically Reviewed by Dr Ana Lima\n\nMBBS, MSc (Dist)\n\n"
        "iconUpdated 2nd May 2024\nicon12 clinical references\n\nHot flushes at night often wake women. [1]\n",
        {"reviewer": ("Dr Ana Lima", ["MBBS", "MSc"]), "updated": date(2024, 5, 2)},
        id="icon-names-glued-to-two-lines-of-a-byline-make-no-table",
    ),
    pytest.param(
        "Vitamin D and falls in older adults: a randomised trial\nLancet Mar 3, 2020\n"
        "Researchers tested whether vitamin D lowers the risk of falls.\n",
        {"published": date(2020, 3, 3)},
        id="a-journals-name-and-the-day-it-printed-the-article-under-the-title",
    ),
    pytest.param(
        "Rashes with antibiotics\n\nA rash in the second week of a course of antibiotics is common in children. [1]\n"
        "– Ana Lima, MD\n",
        {"authors": [("Ana Lima", ["MD"])], "byline": "Ana Lima, MD"},
        id="a-clinician-signing-the-page-after-a-dash-on-its-last-line",
    ),
    pytest.param(
        "Ear wax\n\n12/03/19 Ana O'Neil, RN\n\nEar wax usually falls out on its own. [1]\n",
        {"published": date(2019, 12, 3)},
        id="a-two-digit-year-dateline-whose-writer-has-an-apostrophe-in-her-name",
    ),
    pytest.param(
        "Migraine warning signs\n\nA headache that wakes you at night needs a doctor's review. [1]\n\n"
        "Dr Ravi Menon, MD, DM Neurology (Riverside Medical College)\nConsultant, Neurologist\n",
        {"authors": [("Dr Ravi Menon", ["MD", "DM"])]},
        id="a-clinician-signing-the-page-with-a-degree-followed-by-its-field-and-school",
    ),
    pytest.param(
        "Winter flu jabs\n\n  \u2022   by Carewell\n  \u2022   14 March 2017\n  \u2022   212 view(s)\n\n"
        "The flu vaccine is offered every autumn to people at higher risk. [1]\n",
        {"authors": [("Carewell", [])], "published": date(2017, 3, 14)},
        id="a-blog-themes-meta-list-naming-the-publisher-after-by-beside-the-date",
    ),
    pytest.param(
        "top of page\n  \u2022 Ana Lima, MD\n\nManaging panic attacks\n\n"
        "Panic attacks are sudden waves of fear that peak within minutes. [1]\n",
        {"title": "Managing panic attacks", "authors": [("Ana Lima", ["MD"])]},
        id="a-blog-widgets-credentialed-writer-as-a-list-item-above-the-title",
    ),
    pytest.param(
        "Clinical profile of malaria in young children\n\nAuthors\n\n  \u2022 KO Adeyemi\n\nDOI:\n\n"
        "https://doi.org/10.1234/abc.1\n\nAbstract\n\n"
        "Background: Malaria is a common cause of fever in young children in the tropics.\n",
        {"authors": [("KO Adeyemi", [])]},
        id="a-papers-authors-label-over-its-one-name-as-a-list-item",
    ),
    pytest.param(
        "Swimmer's ear\n\nSwimmer's ear is an infection of the outer ear canal. [1]\n\nAbout Sam Roe\n\n"
        "Sam Roe is a pharmacy student who researched and wrote this article for the clinic's blog.\n",
        {"authors": [("Sam Roe", [])], "byline": "About Sam Roe"},
        id="an-author-box-about-the-writer-over-her-bio-that-opens-with-her-name",
    ),
    pytest.param(
        "Home pregnancy tests\n\nUpdated on May 2, 2021\nAna Lima profile image\n\n"
        "Ana Lima is a mother of two who writes about pregnancy and early parenthood.\n\n"
        "Most home tests find the pregnancy hormone from the first day of a missed period. [1]\n",
        {"authors": [("Ana Lima", [])], "updated": date(2021, 5, 2)},
        id="an-author-box-named-by-the-alt-text-of-her-portrait-over-her-bio",
    ),
    pytest.param(
        "Living with heart failure\n\nHeart failure means the heart does not pump as well as it should. [1]\n\n"
        "Ana Lima\n\nAna Lima is 64 and was told she had heart failure after a winter of breathlessness.\n",
        {"authors": []},
        id="a-patients-name-over-her-story-is-no-author-box",
    ),
    pytest.param(
        "Digestive Health Bowel Conditions How to Manage a Flare By Ana Lima Ana Lima LinkedIn Twitter Ana Lima is a "
        "health journalist with more than ten years of experience writing about digestive health for national outlets "
        "and patient charities across the country. Learn about our editorial process Published on October 20, 2021 "
        "Medically reviewed by Sam Roe, MD Medically reviewed by Sam Roe, MD Facebook Twitter Sam Roe, MD, is a "
        "gastroenterologist.\n\nA flare is a period when the symptoms of the condition come back. [1]\n",
        {"authors": [("Ana Lima", [])], "reviewer": ("Sam Roe", ["MD"]), "published": date(2021, 10, 20)},
        id="a-flattened-header-whose-writer-without-credentials-is-printed-twice-over-her-social-links",
    ),
    pytest.param(
        "Probiotics for diarrhoea in children\n\nauthors:\n\n"
        "avatar Ana Lima 1 , avatar Sam Roe 2 , 3 , avatar Kim Park 1 , *\n\n"
        "Department of Paediatrics, Harbour University, Harbour\n\nAbstract\n\nBackground:\n\n"
        "Diarrhoea after antibiotics is common in children.\n",
        {"authors": [("Ana Lima", []), ("Sam Roe", []), ("Kim Park", [])]},
        id="a-papers-authors-each-after-the-alt-text-of-their-portrait",
    ),
    pytest.param(
        "HJMR - Register at Harbour Journal of Medical Research\n"
        "Harbour Journal of Medical Research, ISSN - 1234 - 5678\nNutrition Section DOI : 10.1234/HJMR/2020/123\n\n"
        "Eating Patterns of Adults Living with Type 2 Diabetes Mellitus-A Survey in a Teaching Hospital of Northern "
        "Harbour\n\nAna Lima1, Sam Roe2, Kim Park3\n\n"
        "1 Professor, Department of Community Medicine, Harbour University, Harbour.\n"
        "2 Lecturer, Department of Community Medicine, Harbour University, Harbour.\n\nAbstract\n\nIntroduction\n\n"
        "Diabetes is a long-term condition that changes how the body uses sugar.\n",
        {
            "title": "Eating Patterns of Adults Living with Type 2 Diabetes Mellitus-A Survey in a Teaching Hospital "
            "of Northern Harbour",
            "authors": [("Ana Lima", []), ("Sam Roe", []), ("Kim Park", [])],
        },
        id="a-papers-title-longer-than-a-heading-over-its-marked-authors-under-the-journals-header",
    ),
    pytest.param(
        "Harbour Skin Clinic, PLLC Blog\n\nHow is eczema treated?\n\n"
        '[fa icon="calendar"] Mar 3, 2023 9:15:04 AM / by Harbour Skin Clinic for Adults, PLLC\n\n'
        "Eczema makes the skin dry, itchy and red. Moisturisers help keep the skin barrier working.\n",
        {
            "title": "How is eczema treated?",
            "authors": [("Harbour Skin Clinic for Adults, PLLC", [])],
            "published": date(2023, 3, 3),
        },
        id="a-blogs-dateline-with-its-icon-shortcodes-and-a-practice-with-its-legal-form-as-the-writer",
    ),
    pytest.param(
        "Shingles\n\nBy Ana Lima, PA\n\nShingles is a painful rash caused by the chickenpox virus.\n",
        {"authors": [("Ana Lima", ["PA"])]},
        id="pa-after-a-name-is-a-physician-assistant-not-a-company",
    ),
    pytest.param(
        "Winter Coughs | Harbour Hospital\n\nBook an Appointment\n\nHospital :\nHarbour General Hospital\n"
        "  • Keyhole surgery for kidney stones: ten years of results\n    Dr. Sam Roe, Dr. Kim Park\n"
        "  • Early signs of heart valve disease in children under ten years old\n    Dr. Ben Cole\n\n"
        "Winter Coughs\n\nHome >> Blogs >> Pulmonology >> Winter Coughs\n\nWinter Coughs\n\n"
        "Dr Ana Lima\nPulmonology\n\n"
        "With winter coming, coughs and colds spread quickly among children and older adults at home.\n",
        {"title": "Winter Coughs", "authors": [("Dr Ana Lima", [])]},
        id="a-hospital-blogs-title-printed-again-under-a-menu-of-other-posts-and-their-doctors",
    ),
    pytest.param(
        "Can I drink alcohol with this medicine?\n\nMany medicines make you drowsy, and alcohol makes it worse.\n\n"
        "Prepared by Ana Lima PharmD Candidate 2024\n",
        {"authors": [("Ana Lima", [])]},
        id="a-pharmacy-students-sign-off-with-her-degree-and-class",
    ),
    pytest.param(
        "Shingles\n\nBy Ana Lima, Nursing Student\n\nShingles is a painful rash caused by the chickenpox virus.\n",
        {"authors": [("Ana Lima", [])]},
        id="a-student-writers-school-is-no-second-author",
    ),
    pytest.param(
        "Six Ways to Ease a Sore Throat\nSore throat keeping you up? Most clear up on their own. These tips help.\n"
        "Ana Lima\nDrink Warm Fluids\n"
        "Warm drinks such as tea with honey soothe the throat and help you stay hydrated while you recover.\n",
        {"title": "Six Ways to Ease a Sore Throat", "authors": [("Ana Lima", [])]},
        id="a-writers-bare-name-under-the-deck-over-the-first-section",
    ),
    pytest.param(
        "Six Ways to Ease a Sore Throat\nSore throat keeping you up? Most clear up on their own. These tips help.\n"
        "Warm Fluids\nDrink Warm Fluids\n"
        "Warm drinks such as tea with honey soothe the throat and help you stay hydrated while you recover.\n",
        {"title": "Six Ways to Ease a Sore Throat", "authors": []},
        id="a-label-under-the-deck-names-no-writer",
    ),
]


@pytest.mark.parametrize(("page", "expected"), BYLINE_LAYOUTS)
def test_a_byline_layout_gives_its_people_and_dates(page: str, expected: dict[str, object]) -> None:
    a = _article(page)
    meta = a.metadata
    read = {
        "title": meta.title,
        "authors": [(p.name, p.credentials) for p in meta.authors],
        "reviewer": (meta.reviewer.name, meta.reviewer.credentials) if meta.reviewer is not None else None,
        "published": meta.published,
        "updated": meta.updated,
        "reviewed": meta.reviewed,
        "reading_time": meta.reading_time_minutes,
    }
    fields = {key: value for key, value in expected.items() if key != "byline"}
    assert {key: read[key] for key in fields} == fields
    if "byline" in expected:
        assert next(b for b in a.blocks if b.text == expected["byline"]).role == "byline"
